"""Event-mention clustering: features read off a parse, and which mentions get linked."""

from __future__ import annotations

import pytest

from tidings.corpus.cluster import ClusterSettings, EventMention, MentionReader, cluster, lemma_groups
from tidings.knowledge import read_tsv
from tidings.model import Actor, ActorKind, Article, Record, Span

HARBOUR = frozenset({"name:port elwin", "name:mara quill", "name:harbour authority"})
MOUNTAIN = frozenset({"name:ridgeway", "name:tomas vell", "name:alpine club"})


def _mention(doc: str, start: int, trigger: str, context=HARBOUR, arguments=frozenset()) -> EventMention:
    return EventMention(doc, start, start + 5, trigger, arguments=arguments, context=context)


@pytest.fixture(scope="module")
def reader(pipeline) -> MentionReader:
    return MentionReader(pipeline.nlp)


def _mentions_at(reader: MentionReader, pipeline, text: str, words: list[str], record=None):
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    return reader("doc", pipeline.nlp(text), spans, record)


def test_one_trigger_in_articles_about_the_same_things_is_one_event():
    mentions = [_mention("a", 0, "arrest"), _mention("b", 10, "arrest")]
    assert cluster(mentions) == [0, 0]


def test_one_trigger_in_articles_about_different_things_is_two_events():
    mentions = [_mention("a", 0, "arrest"), _mention("b", 10, "arrest", context=MOUNTAIN)]
    assert cluster(mentions) == [0, 1]


def test_triggers_of_one_lemma_group_are_linked():
    mentions = [_mention("a", 0, "die"), _mention("b", 10, "death")]
    assert cluster(mentions) == [0, 0]


def test_different_triggers_are_not_linked():
    mentions = [_mention("a", 0, "arrest"), _mention("b", 10, "resign")]
    assert cluster(mentions) == [0, 1]


def test_a_shared_sentence_argument_links_articles_that_are_only_loosely_alike():
    loose = frozenset({"name:port elwin", "name:kessel bay", "name:north shore"})
    shared = frozenset({"name:mara quill"})
    apart = [_mention("a", 0, "rescue"), _mention("b", 10, "rescue", context=loose)]
    together = [
        _mention("a", 0, "rescue", arguments=shared),
        _mention("b", 10, "rescue", context=loose, arguments=shared),
    ]
    settings = ClusterSettings(context_threshold=0.3, argument_bonus=0.3)
    assert cluster(apart, settings) == [0, 1]
    assert cluster(together, settings) == [0, 0]


def test_reporting_verbs_link_only_when_their_sentences_share_a_participant():
    quill, vell = frozenset({"name:mara quill"}), frozenset({"name:tomas vell"})
    mentions = [
        _mention("a", 0, "say", arguments=quill),
        _mention("a", 40, "say", arguments=vell),
        _mention("b", 10, "say", arguments=quill),
    ]
    assert cluster(mentions) == [0, 1, 0]


def test_lemma_only_setting_links_every_mention_of_a_trigger_group():
    mentions = [_mention("a", 0, "arrest"), _mention("b", 10, "detain", context=MOUNTAIN)]
    assert cluster(mentions, ClusterSettings(use_context=False)) == [0, 0]


def test_cluster_ids_count_up_in_order_of_first_mention():
    mentions = [_mention("a", 0, "resign"), _mention("a", 20, "arrest"), _mention("b", 10, "resign")]
    assert cluster(mentions) == [0, 1, 0]


def test_no_mentions_give_no_clusters():
    assert cluster([]) == []


def test_lemma_groups_file_gives_each_lemma_one_group_and_a_known_link_rule():
    seen: set[str] = set()
    for row in read_tsv("event_lemma_groups.tsv"):
        lemmas = row["lemmas"].split()
        assert row["link"] in {"context", "argument"}
        assert not seen & set(lemmas)
        seen |= set(lemmas)
    assert seen == set(lemma_groups())


def test_reader_keeps_the_particle_of_a_phrasal_trigger(reader, pipeline):
    text = "The singer checked into a clinic on Monday."
    (mention,) = _mentions_at(reader, pipeline, text, ["checked into"])
    assert mention.trigger == "check_into"


def test_reader_lemmatizes_a_title_cased_headline_verb(reader, pipeline):
    (mention,) = _mentions_at(reader, pipeline, "Singer Checks Into Clinic", ["Checks"])
    assert mention.trigger == "check"


def test_reader_keys_names_of_the_trigger_sentence_as_arguments(reader, pipeline):
    text = "Police arrested John Smith in Chicago on Friday. The weather was mild in Boston."
    (mention,) = _mentions_at(reader, pipeline, text, ["arrested"])
    assert {"name:john smith", "name:smith", "name:chicago"} <= mention.arguments
    assert "name:boston" not in mention.arguments
    assert "name:boston" in mention.context


def test_reader_adds_the_record_actors_canonical_ids(reader, pipeline):
    text = "The ministry banned the rally."
    start = text.index("ministry")
    span = Span(start=start, end=start + 8, text="ministry")
    actor = Actor(id="a1", spans=[span], canonical_id="Q42", name="Ministry", kind=ActorKind.ORGANISATION)
    record = Record(article=Article(text=text), actors=[actor])
    (mention,) = _mentions_at(reader, pipeline, text, ["banned"], record)
    assert "actor:Q42" in mention.arguments


@pytest.mark.parametrize(("start", "end"), [(40, 50), (9, 5), (-3, 2)], ids=["past-the-end", "reversed", "negative"])
def test_a_mention_span_outside_the_text_stands_alone(reader, pipeline, start, end):
    (mention,) = reader("doc", pipeline.nlp("Police arrested Tara Vell."), [(start, end)])
    assert (mention.start, mention.end, mention.trigger, mention.arguments) == (start, end, "", frozenset())


def test_a_doc_without_sentence_boundaries_is_read_as_one_sentence(reader, pipeline):
    text = "Police arrested Tara Vell. The weather was mild in Oldport."
    doc = pipeline.nlp.make_doc(text)
    for name in ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "tidings_names", "ner"):
        doc = pipeline.nlp.get_pipe(name)(doc)
    (mention,) = reader("doc", doc, [(text.index("arrested"), text.index("arrested") + 8)])
    assert mention.trigger == "arrest" and "name:oldport" in mention.arguments
