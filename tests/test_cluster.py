"""Event-mention clustering: which mentions link, which never do, and how it scales."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from datetime import date

import pytest

from tidings.bench.clusters import synthetic_mentions
from tidings.corpus.cluster import ClusterSettings, EventMention, MentionReader, cluster, lemma_groups
from tidings.corpus.cluster.stories import StoryArticle, StorySettings, stories
from tidings.knowledge import read_tsv
from tidings.model import Actor, ActorKind, Article, Event, Place, Precision, Record, Span, When

HARBOUR = frozenset({"name:port elwin", "name:mara quill", "name:harbour authority", "word:ferry", "word:dock", "word:tide"})
MOUNTAIN = frozenset({"name:ridgeway", "name:tomas vell", "name:alpine club", "word:summit", "word:rope", "word:snow"})
LONDON = frozenset({"2643743", "GBR", "GBR.ENG"})
LEEDS = frozenset({"2644688", "GBR", "GBR.ENG"})
OTTAWA = frozenset({"6094817", "CAN", "CAN.08"})
ENGLAND = frozenset({"6269131", "GBR", "GBR.ENG"})


def _mention(doc: str, trigger: str, sentence: int = 0, context=HARBOUR, pos="VERB", **features) -> EventMention:
    start = 100 * sentence + len(trigger)
    return EventMention(doc, start, start + len(trigger), trigger, context=context, sentence=sentence, pos=pos, **features)


# What links


def test_one_trigger_in_the_leads_of_articles_about_the_same_things_is_one_event():
    assert cluster([_mention("a", "arrest"), _mention("b", "arrest")]) == [0, 0]


def test_triggers_of_one_lemma_group_are_linked():
    assert cluster([_mention("a", "die"), _mention("b", "death", pos="NOUN")]) == [0, 0]


def test_a_story_told_by_many_articles_links_mentions_further_down_than_an_aside():
    told_everywhere = [_mention(doc, "arrest", sentence=6) for doc in "abcd"]
    aside = [_mention("a", "arrest", sentence=6), _mention("b", "arrest", sentence=6)]
    aside += [_mention(doc, "resign") for doc in "cd"]
    assert cluster(told_everywhere) == [0, 0, 0, 0]
    assert cluster(aside)[:2] == [0, 1]


def test_a_mention_deep_in_an_article_stays_alone_while_the_leads_link():
    mentions = [_mention("a", "arrest"), _mention("b", "arrest"), _mention("c", "arrest", sentence=40)]
    assert cluster(mentions) == [0, 0, 1]


def test_reporting_verbs_link_when_they_share_a_speaker_and_restate_the_same_words():
    statement = frozenset({"word:ferry", "word:suspend", "word:storm", "word:week"})
    quill = frozenset({"name:mara quill"})
    same = [_mention(doc, "say", arguments=quill, words=statement) for doc in "ab"]
    assert cluster(same) == [0, 0]


def test_the_events_stage_decides_which_mentions_of_one_article_are_one_event():
    mentions = [
        _mention("a", "attack", event="e1"),
        _mention("a", "shooting", sentence=2, event="e1"),
        _mention("a", "attack", sentence=1, event="e2"),
    ]
    assert cluster(mentions) == [0, 0, 1]


# What never links


def test_different_triggers_are_not_linked():
    assert cluster([_mention("a", "arrest"), _mention("b", "resign")]) == [0, 1]


def test_articles_about_different_things_tell_different_events():
    assert cluster([_mention("a", "arrest"), _mention("b", "arrest", context=MOUNTAIN)]) == [0, 1]


def test_reporting_verbs_without_a_shared_argument_never_link():
    statement = frozenset({"word:ferry", "word:suspend", "word:storm", "word:week"})
    mentions = [
        _mention("a", "say", arguments=frozenset({"name:mara quill"}), words=statement),
        _mention("b", "say", arguments=frozenset({"name:tomas vell"}), words=statement),
    ]
    assert cluster(mentions) == [0, 1]


def test_two_statements_in_one_article_are_two_events():
    quill = frozenset({"name:mara quill"})
    statement = frozenset({"word:ferry", "word:suspend"})
    mentions = [_mention("a", "say", arguments=quill, words=statement), _mention("a", "say", 3, arguments=quill, words=statement)]
    assert cluster(mentions) == [0, 1]


def test_events_on_different_dates_never_link_even_through_an_undated_mention():
    mentions = [
        _mention("a", "arrest", date=date(2024, 3, 1)),
        _mention("b", "arrest"),
        _mention("c", "arrest", date=date(2024, 3, 9)),
    ]
    labels = cluster(mentions)
    assert labels[0] != labels[2]


def test_dates_a_day_apart_are_one_event():
    mentions = [_mention("a", "arrest", date=date(2024, 3, 1)), _mention("b", "arrest", date=date(2024, 3, 2))]
    assert cluster(mentions) == [0, 0]


def test_a_place_bound_event_at_places_with_nothing_in_common_is_two_events():
    mentions = [_mention("a", "explode", places=LONDON), _mention("b", "explode", places=OTTAWA)]
    assert cluster(mentions) == [0, 1]


def test_a_place_bound_event_named_by_its_city_and_by_its_country_is_one_event():
    mentions = [_mention("a", "explode", places=LONDON), _mention("b", "explode", places=ENGLAND)]
    assert cluster(mentions) == [0, 0]


def test_places_do_not_part_mentions_of_an_event_that_is_not_place_bound():
    mentions = [_mention("a", "sign", places=LEEDS), _mention("b", "sign", places=OTTAWA)]
    assert cluster(mentions) == [0, 0]


def test_the_events_stage_keeps_apart_what_it_read_as_two_events_of_one_article():
    mentions = [_mention("a", "attack", event="e1"), _mention("a", "attack", 1, event="e2"), _mention("b", "attack")]
    labels = cluster(mentions)
    assert labels[0] != labels[1]


# Stories


def test_articles_about_the_same_things_form_one_story_and_others_their_own():
    articles = [StoryArticle(HARBOUR), StoryArticle(MOUNTAIN), StoryArticle(HARBOUR | {"word:gale"}), StoryArticle(MOUNTAIN)]
    assert stories(articles) == [0, 1, 0, 1]


def test_articles_published_further_apart_than_the_window_are_different_stories():
    articles = [StoryArticle(HARBOUR, date(2024, 1, 1)), StoryArticle(HARBOUR, date(2024, 6, 1))]
    assert stories(articles, StorySettings(window_days=14)) == [0, 1]


def test_a_story_goes_on_while_its_articles_keep_coming_within_the_window():
    days = [date(2024, 1, 1), date(2024, 1, 10), date(2024, 1, 20), date(2024, 1, 30)]
    assert stories([StoryArticle(HARBOUR, day) for day in days], StorySettings(window_days=14)) == [0, 0, 0, 0]


# The whole


def test_the_same_input_in_the_same_order_gives_the_same_clusters():
    mentions = synthetic_mentions(3000, seed=7)
    assert cluster(mentions) == cluster(list(mentions))


@pytest.mark.e2e
def test_processes_with_different_hash_seeds_give_the_same_clusters():
    script = "from tidings.bench.clusters import synthetic_mentions; from tidings.corpus.cluster import cluster; print(cluster(synthetic_mentions(3000, seed=3)))"
    outputs = {
        subprocess.run([sys.executable, "-c", script], env=os.environ | {"PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1


def test_cluster_ids_count_up_in_order_of_first_mention():
    mentions = [_mention("a", "resign"), _mention("a", "arrest", 1), _mention("b", "resign")]
    assert cluster(mentions) == [0, 1, 0]


def test_no_mentions_give_no_clusters():
    assert cluster([]) == []


def test_lemma_only_setting_links_every_mention_of_a_trigger_group():
    mentions = [_mention("a", "arrest"), _mention("b", "detain", context=MOUNTAIN, sentence=40)]
    assert cluster(mentions, ClusterSettings(use_context=False)) == [0, 0]


def test_two_hundred_thousand_mentions_cluster_by_story_without_mixing_stories():
    mentions = synthetic_mentions(200_000)
    labels = cluster(mentions)
    assert len(labels) == len(mentions)
    assert sorted(set(labels)) == list(range(max(labels) + 1))
    story_of_cluster: dict[int, set[str]] = defaultdict(set)
    for mention, label in zip(mentions, labels):
        story_of_cluster[label].add(mention.doc_id.split("a")[0])
    assert all(len(stories_) == 1 for stories_ in story_of_cluster.values())
    leads = {labels[i] for i, m in enumerate(mentions) if m.doc_id.startswith("s7a") and m.sentence == 0}
    assert len(leads) == 1  # each story's event, told in every lead, is one cluster


def test_lemma_groups_file_gives_each_lemma_one_group_and_known_rules():
    seen: set[str] = set()
    for row in read_tsv("event_lemma_groups.tsv"):
        lemmas = row["lemmas"].split()
        assert row["link"] in {"context", "argument"} and row["bound"] in {"place", "-"}
        assert not seen & set(lemmas)
        seen |= set(lemmas)
    assert seen == set(lemma_groups())


# Reading mentions off a parsed article


@pytest.fixture(scope="module")
def reader(pipeline) -> MentionReader:
    return MentionReader(pipeline.nlp)


def _span(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start=start, end=start + len(word), text=word)


def _mentions_at(reader: MentionReader, pipeline, text: str, words: list[str], record=None):
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    return reader("doc", pipeline.nlp(text), spans, record)


def test_reader_keeps_the_particle_of_a_phrasal_trigger(reader, pipeline):
    (mention,) = _mentions_at(reader, pipeline, "The singer checked into a clinic on Monday.", ["checked into"])
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


def test_reader_keeps_the_content_words_of_the_sentence_and_of_the_article(reader, pipeline):
    text = "Police arrested the smuggler at the harbour. The ferry sailed late."
    (mention,) = _mentions_at(reader, pipeline, text, ["arrested"])
    assert {"word:smuggler", "word:harbour"} <= mention.words
    assert "word:ferry" not in mention.words and "word:ferry" in mention.context


def test_reader_counts_only_prose_sentences_before_the_trigger(reader, pipeline):
    text = "www.example.org / news / 2024 / 03 / 01\nMarch 1, 2024, 9: 15 AM\nPolice arrest smuggler at harbour\nThe arrest came after a long chase."
    first, second = _mentions_at(reader, pipeline, text, ["arrest smuggler", "arrest came"])
    assert (first.sentence, second.sentence) == (0, 1)


def test_reader_adds_the_record_actors_canonical_ids(reader, pipeline):
    text = "The ministry banned the rally."
    actor = Actor(id="a1", spans=[_span(text, "ministry")], canonical_id="Q42", name="Ministry", kind=ActorKind.ORGANISATION)
    record = Record(article=Article(text=text), actors=[actor])
    (mention,) = _mentions_at(reader, pipeline, text, ["banned"], record)
    assert "actor:Q42" in mention.arguments


def test_reader_leaves_out_a_group_known_only_by_a_code_without_a_country(reader, pipeline):
    text = "Officials and Kenyan police closed the bridge."
    officials = Actor(id="a1", spans=[_span(text, "Officials")], canonical_id="cameo:---GOV", name="Officials",
                      kind=ActorKind.GROUP, cameo="---GOV")
    police = Actor(id="a2", spans=[_span(text, "Kenyan police")], canonical_id="cameo:KENCOP", name="Kenyan police",
                   kind=ActorKind.GROUP, cameo="KENCOP", country="KEN")
    record = Record(article=Article(text=text), actors=[officials, police])
    (mention,) = _mentions_at(reader, pipeline, text, ["closed"], record)
    assert "actor:cameo:KENCOP" in mention.arguments
    assert not any(key.startswith("actor:cameo:---") for key in mention.arguments | mention.context)


def test_reader_gives_the_sentence_places_with_their_region_and_country(reader, pipeline):
    text = "A bomb exploded in Leeds on Friday."
    leeds = Place(id="p1", spans=[_span(text, "Leeds")], name="Leeds", geonameid=2644688, country="GBR", admin1="ENG")
    record = Record(article=Article(text=text), places=[leeds])
    (mention,) = _mentions_at(reader, pipeline, text, ["exploded"], record)
    assert mention.places == {"2644688", "GBR", "GBR.ENG"}


def test_reader_takes_the_code_date_and_identity_of_the_event_tidings_found_at_the_trigger(reader, pipeline):
    text = "Rebels attacked the convoy on 3 March 2024."
    when = When(id="t1", spans=[_span(text, "3 March 2024")], type="DATE", value="2024-03-03", precision=Precision.DAY)
    event = Event(id="e1", spans=[_span(text, "attacked")], cameo="190", cameo_root="19", quad_class=4, goldstein=-10.0, trigger="attack", when="t1")
    record = Record(article=Article(text=text, published=date(2024, 3, 4), outlet="Harbour Times"), times=[when], events=[event])
    (mention,) = _mentions_at(reader, pipeline, text, ["attacked"], record)
    assert (mention.event, mention.cameo, mention.date) == ("e1", "190", date(2024, 3, 3))
    assert (mention.published, mention.outlet) == (date(2024, 3, 4), "Harbour Times")
    assert "year:2024" in mention.context


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
    assert mention.trigger == "arrest" and "name:oldport" in mention.arguments and mention.sentence == 0
