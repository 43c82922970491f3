"""Clusters in the store: reports of one event across articles, their corroboration, and what
the reports disagree on."""

from __future__ import annotations

import pytest

from store_records import meeting
from tidings.corpus.ingest import Parsed
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


# Reports posted one batch at a time, in an order that makes later reports join, bridge and
# split what earlier batches clustered: a summit reported over four weeks (each week's reports
# reaching the next), a strike at the same time, reports that disagree, one undated, one with no
# features.
BATCHES = [
    [("s1", "2024-09-02", "harbourpost", SUMMIT, {}), ("k1", "2024-09-03", "coastwire", STRIKE, {})],
    [("s3", "2024-09-17", "bayherald", SUMMIT, {"count": "14"}), ("u1", None, "harbourpost", SUMMIT, {})],
    [("s2", "2024-09-10", "coastwire", SUMMIT, {"place": "Pine Bay"}), ("k2", "2024-09-04", "harbourpost", STRIKE, {})],
    [("s4", "2024-09-24", "coastwire", SUMMIT, {}), ("u2", None, "bayherald", SUMMIT, {}), ("n1", "2024-09-10", "bayherald", None, {})],
    [("k3", "2024-12-20", "bayherald", STRIKE, {})],
]


def _built(batch):
    for article_id, published, outlet, context, fields in batch:
        built = meeting(article_id, published, outlet, **fields)
        yield built.record(), built.mentions(context=context, arguments=context) if context else ()


def _post(store, batch):
    for record, mentions in _built(batch):
        store.add(record, mentions)


def _clustering(store):
    events = store.connection.execute("SELECT event_id, cluster_id FROM events ORDER BY event_id").fetchall()
    clusters = store.connection.execute("SELECT * FROM clusters ORDER BY cluster_id").fetchall()
    return events, clusters


def test_articles_posted_batch_by_batch_get_the_clusters_of_a_full_update(tmp_path, monkeypatch):
    """The API's writer clusters only what each batch can change (the last batch, two months
    on, is clustered alone), and the clusters are those of a full update after each batch."""
    from tidings.corpus.store import clusters
    from tidings.serve.backend import Backend

    read = []
    clustering = clusters.cluster
    monkeypatch.setattr(clusters, "cluster", lambda mentions, settings: read.extend(m.doc_id for m in mentions) or clustering(mentions, settings))
    posted = Backend(tmp_path / "posted.duckdb")
    with Store(tmp_path / "whole.duckdb") as whole:
        for batch in BATCHES:
            read.clear()
            posted.write([Parsed("api", record.article.id, record, tuple(mentions)) for record, mentions in _built(batch)])
            read_by_post = set(read)
            _post(whole, batch)
            whole.update_clusters()
            assert _clustering(posted.store) == _clustering(whole)
        events, rows = _clustering(whole)
    posted.close()
    assert read_by_post == {"k3"}
    assert max(row[4] for row in rows) == 4  # the summit's four dated reports, bridged week by week
    assert len({cluster for _, cluster in events}) < len(events)


def test_with_nothing_new_clustering_what_is_new_reads_nothing(store, monkeypatch):
    from tidings.corpus.store import clusters

    _post(store, BATCHES[0])
    store.update_clusters()
    monkeypatch.setattr(clusters, "cluster", lambda mentions, settings: pytest.fail("clustered again"))
    store.update_clusters(new_only=True)
