"""`tidings eval coref`: cross-document event coreference on gold event mentions (ECB+ format).

The system clusters the gold mentions of each topic across that topic's documents (the topic is
the only gold information it is given: it finds the stories within a topic itself); key and
response are pooled over all topics (a response cluster never crosses topics) and scored with
MUC, B³, CEAF-e and their CoNLL mean. The pipeline's records are used, not only the parse: their
actors, places and times are the arguments and context the clusterer compares.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable

from tidings.corpus.cluster import ClusterSettings, EventMention, MentionReader, cluster
from tidings.evaluate import gold
from tidings.evaluate.coref_metrics import conll
from tidings.model import Record
from tidings.pipeline import Pipeline
from tidings.progress import quiet

MentionId = tuple[str, int, int]
COMPONENTS = ("tidings_places", "tidings_actors", "tidings_times")  # the record keys the clusterer reads


def evaluate(pipeline: Pipeline, docs: list[dict], progress: Callable = quiet) -> dict:
    key, by_topic = read_mentions(pipeline, docs, progress)
    scores = conll(key, respond(by_topic))
    metrics = {"mentions": len(key)}
    metrics |= {f"{name}_f1": scores[name].f1 for name in ("muc", "b3", "ceafe", "conll")}
    return metrics


def read_mentions(
    pipeline: Pipeline, docs: list[dict], progress: Callable = quiet
) -> tuple[dict[MentionId, Hashable], dict[str, list[EventMention]]]:
    """The gold partition and, per topic, the mentions as the clusterer sees them."""
    reader = MentionReader(pipeline.nlp)
    key: dict[MentionId, Hashable] = {}
    by_topic: dict[str, list[EventMention]] = defaultdict(list)
    outcomes = pipeline.pipe_with_docs(gold.article(doc) for doc in docs)
    for doc, (outcome, parsed) in zip(docs, progress(outcomes, len(docs), "coref")):
        spans = [(m["start"], m["end"]) for m in doc["event_mentions"]]
        for m in doc["event_mentions"]:
            key[doc["id"], m["start"], m["end"]] = m["cluster"]
        if parsed is None:  # unreadable: each mention stands alone
            text = doc["text"]
            mentions = [EventMention(doc["id"], s, e, f"{doc['id']}:{s}:{text[s:e]}") for s, e in spans]
        else:
            record = outcome if isinstance(outcome, Record) else None
            mentions = reader(doc["id"], parsed, spans, record)
        by_topic[str(doc.get("topic", ""))].extend(mentions)
    return key, by_topic


def respond(
    by_topic: dict[str, list[EventMention]], settings: ClusterSettings = ClusterSettings()
) -> dict[MentionId, Hashable]:
    """The system partition: each topic clustered on its own."""
    response: dict[MentionId, Hashable] = {}
    for topic, mentions in by_topic.items():
        for mention, label in zip(mentions, cluster(mentions, settings)):
            response[mention.doc_id, mention.start, mention.end] = (topic, label)
    return response
