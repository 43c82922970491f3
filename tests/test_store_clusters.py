"""Clusters in the store: reports of one event across articles, their corroboration, and what
the reports disagree on."""

from __future__ import annotations

import pytest

from store_records import meeting
from tidings.corpus.store import Store
from tidings.corpus.store.disagreements import PlaceRef, Report, disagreements, numbers
from tidings.corpus.store.rows import event_id

SUMMIT = frozenset({"actor:name:ilsa_marrow", "actor:name:teodor_quill", "place:vostok harbour"})
STRIKE = frozenset({"actor:name:dock_union", "place:pine bay", "name:crane nine"})


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "news.duckdb") as store:
        yield store


def _add(store, built, context=SUMMIT):
    store.add(built.record(), built.mentions(context=context, arguments=context))


def _cluster_of(store, article_id, local_id="e1"):
    return store.connection.execute(
        "SELECT cluster_id FROM events WHERE article_id = ? AND local_id = ?", [article_id, local_id]
    ).fetchone()[0]


def _cluster(store, cluster_id):
    result = store.connection.execute("SELECT * FROM clusters WHERE cluster_id = ?", [cluster_id])
    return dict(zip([c[0] for c in result.description], result.fetchone()))


def test_reports_of_one_event_in_two_articles_are_one_cluster(store):
    _add(store, meeting("m1", "2024-09-14", "harbourpost"))
    _add(store, meeting("m2", "2024-09-15", "coastwire"))
    store.update_clusters()
    assert _cluster_of(store, "m1") == _cluster_of(store, "m2")
    cluster = _cluster(store, _cluster_of(store, "m1"))
    assert (cluster["events"], cluster["articles"], cluster["sources"], cluster["mentions"]) == (2, 2, 2, 4)


def test_two_articles_of_one_outlet_are_one_source(store):
    _add(store, meeting("m1", "2024-09-14", "harbourpost"))
    _add(store, meeting("m2", "2024-09-15", "harbourpost"))
    store.update_clusters()
    assert _cluster(store, _cluster_of(store, "m1"))["sources"] == 1


def test_a_cluster_is_named_by_its_first_report(store):
    _add(store, meeting("late", "2024-09-16", "coastwire"))
    _add(store, meeting("early", "2024-09-14", "harbourpost"))
    store.update_clusters()
    assert _cluster_of(store, "late") == event_id("early", "e1")


def test_articles_about_other_things_are_not_linked(store):
    _add(store, meeting("m1", "2024-09-14", "harbourpost"))
    _add(store, meeting("m2", "2024-09-14", "coastwire"), context=STRIKE)
    store.update_clusters()
    assert _cluster_of(store, "m1") != _cluster_of(store, "m2")


def test_reports_further_apart_than_the_window_are_not_linked(store):
    _add(store, meeting("m1", "2024-09-14", "harbourpost"))
    _add(store, meeting("m2", "2024-11-30", "coastwire"))
    store.update_clusters(window_days=7)
    assert _cluster_of(store, "m1") != _cluster_of(store, "m2")


def test_reports_in_neighbouring_windows_are_linked(store):
    _add(store, meeting("m1", "2024-09-13", "harbourpost"))
    _add(store, meeting("m2", "2024-09-16", "coastwire"))
    store.update_clusters(window_days=2)
    assert _cluster_of(store, "m1") == _cluster_of(store, "m2")


def test_an_event_without_features_is_a_cluster_of_its_own(store):
    store.add(meeting("m1", "2024-09-14", "harbourpost").record())
    store.update_clusters()
    assert _cluster_of(store, "m1") == event_id("m1", "e1")
    assert _cluster(store, event_id("m1", "e1"))["articles"] == 1


def test_a_new_report_joins_the_cluster_and_keeps_its_id(store):
    _add(store, meeting("m1", "2024-09-14", "harbourpost"))
    _add(store, meeting("m2", "2024-09-15", "coastwire"))
    store.update_clusters()
    before = _cluster_of(store, "m1")
    _add(store, meeting("m3", "2024-09-16", "bayherald"))
    store.update_clusters()
    assert _cluster_of(store, "m3") == before
    assert _cluster(store, before)["articles"] == 3


def test_reports_that_differ_on_day_place_and_count_list_the_differences(store):
    _add(store, meeting("m1", "2024-09-14", "harbourpost", day="13 September", count="12"))
    _add(store, meeting("m2", "2024-09-14", "coastwire", place="Pine Bay", day="12 September", count="15"))
    store.update_clusters()
    cluster = _cluster(store, _cluster_of(store, "m1"))
    assert cluster["disagree_dates"] == ["2024-09-12", "2024-09-13"]
    assert cluster["disagree_places"] == ["Pine Bay", "Vostok Harbour"]
    assert cluster["disagree_numbers"] == [{"noun": "minister", "values": [12.0, 15.0]}]


def test_reports_that_agree_list_no_differences(store):
    _add(store, meeting("m1", "2024-09-14", "harbourpost", day="13 September"))
    _add(store, meeting("m2", "2024-09-15", "coastwire", day="13 September"))
    store.update_clusters()
    cluster = _cluster(store, _cluster_of(store, "m1"))
    assert (cluster["disagree_dates"], cluster["disagree_places"], cluster["disagree_numbers"]) == ([], [], [])


def test_a_place_and_the_region_holding_it_agree():
    town = PlaceRef("Vostok Harbour", 1, "P", "RUS", "Primorye")
    region = PlaceRef("Primorye", 2, "A", "RUS", "Primorye")
    country = PlaceRef("Russia", 3, "A", "RUS", None)
    reports = [Report("a", place=town), Report("b", place=region), Report("c", place=country)]
    assert disagreements(reports)[1] == []


def test_places_in_two_countries_disagree():
    reports = [Report("a", place=PlaceRef("Vostok Harbour", 1, "P", "RUS", None)), Report("b", place=PlaceRef("Pine Bay", 2, "P", "CAN", None))]
    assert disagreements(reports)[1] == ["Pine Bay", "Vostok Harbour"]


def test_a_count_given_by_one_article_only_is_no_disagreement():
    reports = [Report("a", numbers={"minister": 12.0}), Report("a", numbers={"minister": 15.0}), Report("b")]
    assert disagreements(reports)[2] == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("At least 12 people died in the fire.", {"people": 12.0}),
        ("Guards detained three dockworkers and 1,200 protesters.", {"dockworker": 3.0, "protester": 1200.0}),
        ("The fund pledged 1.5 million dollars.", {"dollar": 1_500_000.0}),
        ("The talks began with 40 Ukrainian delegates.", {"delegate": 40.0}),
        ("Police said the crowd grew.", {}),
    ],
)
def test_numbers_are_read_with_the_noun_they_count(sentence, expected):
    assert numbers(sentence) == expected


def test_numbers_inside_time_expressions_are_not_counts():
    sentence = "On 13 September 2024 guards detained 9 sailors."
    start = sentence.index("13 September 2024")
    assert numbers(sentence, skip=[(start, start + len("13 September 2024"))]) == {"sailor": 9.0}
