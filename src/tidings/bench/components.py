"""`tidings bench --corpus FILE --per-component`: where the pipeline's time goes. The CPU time
(`time.process_time`, which other processes on the machine do not inflate as they do the wall
clock) of the tokenizer, each component and the building of the records, over the same texts in
one process, a chunk of documents at a time, each component over the whole chunk (batched, as
`nlp.pipe` runs them); then tidings' share (the components it adds and the records) against
spaCy's. With several rounds, each part's least time counts: on a shared machine the others'
load inflates even CPU time (by a tenth or more from one run to the next), and the least time
is the one it inflated least."""

from __future__ import annotations

import time
from pathlib import Path

from tidings import backbone
from tidings.bench.corpus import CHUNK, WARMUP_DOCS, load_corpus
from tidings.model import Article
from tidings.pipeline import Pipeline
from tidings.record import to_record

TOKENIZER = "tokenizer"
RECORDS = "records"


def run(corpus: Path, limit: int | None = None, rounds: int = 1) -> dict:
    articles = load_corpus(corpus, limit)
    if not articles:
        raise ValueError(f"{corpus}: no readable articles")
    spacy_names = {TOKENIZER, *backbone.load_bare().pipe_names}
    pipeline = Pipeline()
    list(pipeline.pipe(articles[:WARMUP_DOCS]))
    timed = [_round(pipeline, articles) for _ in range(rounds)]
    seconds = {name: min(one[name] for one in timed) for name in timed[0]}
    spacy_s = sum(value for name, value in seconds.items() if name in spacy_names)
    tidings_s = sum(value for name, value in seconds.items() if name not in spacy_names)
    return {
        "docs": len(articles),
        "rounds": rounds,
        "cpu_s": {name: round(value, 3) for name, value in seconds.items()},
        "spacy_cpu_s": round(spacy_s, 3),
        "tidings_cpu_s": round(tidings_s, 3),
        "tidings_share": round(tidings_s / (spacy_s + tidings_s), 3),
    }


def _round(pipeline: Pipeline, articles: list[Article]) -> dict[str, float]:
    """The CPU seconds of each part over all the articles, once."""
    seconds = dict.fromkeys([TOKENIZER, *pipeline.nlp.pipe_names, RECORDS], 0.0)
    for first in range(0, len(articles), CHUNK):
        chunk = articles[first : first + CHUNK]
        started = time.process_time()
        docs = [pipeline._doc(article) for article in chunk]  # tokenized, with the publication date
        seconds[TOKENIZER] += time.process_time() - started
        for name, component in pipeline.nlp.pipeline:
            started = time.process_time()
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
            seconds[name] += time.process_time() - started
        started = time.process_time()
        for doc, article in zip(docs, chunk):
            to_record(doc, article)
        seconds[RECORDS] += time.process_time() - started
    return seconds
