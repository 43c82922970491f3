"""The store: records in and out unchanged, each article once, failures as rows, one schema."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from store_records import Builder, meeting
from tidings.corpus.cluster import EventMention
from tidings.corpus.query import Corpus
from tidings.corpus.store import SchemaError, Store, StoreError, schema
from tidings.model import QuoteKind


@pytest.fixture
def path(tmp_path):
    return tmp_path / "news.duckdb"


def _rich_record():
    built = Builder(
        "Ilsa Marrow met Teodor Quill in Vostok Harbour on 13 September.\n"
        "\u201cWe agreed on the port,\u201d Marrow told reporters.",
        article_id="rich", published="2024-09-14", url="https://news.example/rich", outlet="Example News", title="A summit",
    )
    marrow = built.actor("Ilsa Marrow", "name:ilsa_marrow", cameo="RUSGOV", country="RUS", role="President")
    quill = built.actor("Teodor Quill", "name:teodor_quill")
    harbour = built.place("Vostok Harbour", geonameid=2013348, lat=43.1, lon=131.9, country="RUS", admin1="Primorye")
    day = built.time("13 September", "2024-09-13")
    built.time("agreed", "2024-09", precision="month", mod="EARLY")  # a time with a mod reads back with it
    quote = built.quote("We agreed on the port,", speaker=marrow, cue="told")
    built.event("met", "040", sources=[marrow], targets=[quill], place=harbour, when=day, also=(("agreed", 0),),
                factuality={"certainty": "PROBABLE", "attributed_to": quote}, confidence=0.8, place_basis="text", when_basis="sentence")
    return built


def test_a_new_store_is_at_the_latest_schema_version(path):
    with Store(path) as store:
        assert schema.version(store.connection) == schema.VERSION


def test_a_stored_record_reads_back_equal(path):
    record = _rich_record().record()
    with Store(path) as store:
        store.add(record)
        assert store.record("rich") == record


def test_an_article_is_stored_once_however_often_it_is_added(path):
    record = meeting("m1", "2024-09-14", "harbourpost").record()
    with Store(path) as store:
        assert store.add(record) is True
        assert store.add(record) is False
        counts = store.connection.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM event_actors)"
        ).fetchone()
    assert counts == (1, 2, 3)


def test_a_batch_stores_each_new_article_once(path):
    first, second = meeting("m1", "2024-09-14", "harbourpost"), meeting("m2", "2024-09-14", "coastwire")
    with Store(path) as store:
        store.add(first.record())
        added = store.add_many([(first.record(), (), None), (second.record(), (), "feed.xml"), (second.record(), (), None)])
        sources = store.connection.execute("SELECT article_id, source FROM articles ORDER BY article_id").fetchall()
    assert added == [False, True, False]
    assert sources == [("m1", None), ("m2", "feed.xml")]


def test_a_reopened_store_keeps_its_articles(path):
    with Store(path) as store:
        store.add(meeting("m1", "2024-09-14", "harbourpost").record())
    with Store(path) as store:
        assert store.has("m1") and not store.has("m2")


def test_an_add_that_fails_midway_leaves_nothing_of_the_article(path, monkeypatch):
    with Store(path) as store:
        original = Store._insert

        def failing(self, table, rows):
            if table == "events":
                raise RuntimeError("disk full")
            original(self, table, rows)

        monkeypatch.setattr(Store, "_insert", failing)
        with pytest.raises(RuntimeError):
            store.add(meeting("m1", "2024-09-14", "harbourpost").record())
        assert not store.has("m1")
        assert store.connection.execute("SELECT count(*) FROM actors").fetchone() == (0,)


def test_a_failure_is_a_row_with_its_source_and_reason(path):
    with Store(path) as store:
        store.add_error("feeds/port.xml", "empty text", article_id="x1")
        store.add_error("pages/broken.html", "HTTP 500")
        rows = store.connection.execute("SELECT source, reason, article_id FROM errors ORDER BY source").fetchall()
    assert rows == [("feeds/port.xml", "empty text", "x1"), ("pages/broken.html", "HTTP 500", None)]


def test_each_mention_of_an_event_is_a_row(path):
    record = meeting("m1", "2024-09-14", "harbourpost").record()
    with Store(path) as store:
        store.add(record)
        rows = store.connection.execute(
            "SELECT m.text FROM event_mentions m JOIN events e USING (event_id) WHERE e.local_id = 'e1' ORDER BY m.position"
        ).fetchall()
    assert rows == [("met",), ("talks",)]


def test_an_event_row_carries_its_day_first_actors_and_place(path):
    record = meeting("m1", "2024-09-14", "harbourpost", day="13 September").record()
    with Store(path) as store:
        store.add(record)
        row = store.connection.execute(
            "SELECT date, date_from, actor1_code, actor2_code, place_name, place_country FROM events WHERE local_id = 'e1'"
        ).fetchone()
    assert (str(row[0]), *row[1:]) == ("2024-09-13", "text", "RUSGOV", "PRKGOV", "Vostok Harbour", "RUS")


def test_an_events_day_comes_from_where_its_time_does(path):
    built = meeting("m1", "2024-09-14", "harbourpost", day="13 September")
    built.events[0] = built.events[0].model_copy(update={"when_basis": "dateline", "place_basis": "article"})
    with Store(path) as store:
        store.add(built.record())
        row = store.connection.execute("SELECT date, date_from, place_basis, when_basis FROM events WHERE local_id = 'e1'").fetchone()
    assert (str(row[0]), *row[1:]) == ("2024-09-13", "dateline", "article", "dateline")


def test_a_store_written_before_the_basis_columns_gains_them(path):
    connection = duckdb.connect(str(path))
    schema.migrate(connection, str(path), upto=2)
    connection.close()
    with Store(path) as store:
        assert schema.version(store.connection) == schema.VERSION
        store.add(_rich_record().record())
        assert store.record("rich") == _rich_record().record()


def test_an_event_without_a_day_in_the_text_is_dated_by_publication(path):
    with Store(path) as store:
        store.add(meeting("m1", "2024-09-14", "harbourpost").record())
        row = store.connection.execute("SELECT date, date_from FROM events WHERE local_id = 'e1'").fetchone()
    assert (str(row[0]), row[1]) == ("2024-09-14", "published")


def test_a_symmetric_event_has_a_second_actor_other_than_the_first(path):
    built = Builder("Marrow and Quill met.", article_id="sym")
    marrow = built.actor("Marrow", "name:marrow")
    quill = built.actor("Quill", "name:quill")
    built.event("met", "040", sources=[marrow, quill], targets=[marrow, quill])
    with Store(path) as store:
        store.add(built.record())
        assert store.connection.execute("SELECT actor1_name, actor2_name FROM events").fetchone() == ("Marrow", "Quill")


def test_a_mention_that_is_no_events_trigger_is_refused(path):
    built = meeting("m1", "2024-09-14", "harbourpost")
    with Store(path) as store:
        with pytest.raises(ValueError, match="no event's trigger"):
            store.add(built.record(), [EventMention("m1", 0, 4, "ilsa")])
        assert not store.has("m1")


def test_clustering_features_read_back_as_they_were_stored(path):
    from tidings.corpus.store import features

    mention = EventMention(
        "m1", 12, 15, "meet", frozenset({"actor:x"}), frozenset({"place:1", "actor:x"}),
        words=frozenset({"word:harbour"}), sentence=2, pos="VERB", places=frozenset({"place:1", "country:XX"}),
        published=date(2024, 9, 14), outlet="harbourpost", date=date(2024, 9, 13), cameo="040", event="e1",
    )
    row = features.encode(mention)
    back = features.decode("m1", row["start_char"], row["end_char"], row["trigger"], row["arguments"], sorted(mention.context), row["extra"])
    assert back == mention


def test_a_store_written_before_time_mods_gains_the_column_and_keeps_its_times(path):
    connection = duckdb.connect(str(path))
    schema.migrate(connection, str(path), upto=2)
    connection.execute(
        "INSERT INTO times VALUES ('old', 0, 't1', 'DATE', '2024-05', 'month', NULL, NULL, [{'start': 0, 'end': 3, 'text': 'May'}])"
    )
    connection.close()
    with Store(path) as store:
        assert schema.version(store.connection) == schema.VERSION
        rows = store.connection.execute("SELECT time_id, value, mod FROM times").fetchall()
    assert rows == [("t1", "2024-05", None)]


def test_an_older_store_gains_the_event_indexes_and_keeps_them_up_to_date(path):
    connection = duckdb.connect(str(path))
    schema.migrate(connection, str(path), upto=3)
    connection.close()
    with Store(path) as store:
        store.add(meeting("m1", "2024-09-14", "harbourpost").record())
        indexes = {row[0] for row in store.connection.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
        assert {"events_by_id", "event_actors_by_event"} <= indexes
        store.update_clusters()  # rewrites events' cluster ids under the index
        for wanted in store.connection.execute("SELECT event_id FROM events").fetchall():
            assert store.event(wanted[0], as_arrow=True).num_rows == 1
            assert store.event_actors([wanted[0]], as_arrow=True).num_rows >= 1


def test_actors_count_their_undated_events_too(path):
    with Store(path) as store:
        store.add(meeting("m1", "2024-09-14", "harbourpost").record())
        store.add(meeting("u1", None, "nodatewire").record())  # no publication date, no day in the text
        actors = {row["id"]: row for row in store.actors(as_arrow=True).to_pylist()}
        monthly = store.counts(by="month", group="actor", as_arrow=True).to_pylist()
    assert actors["name:ilsa_marrow"]["events"] == 4 and actors["name:ilsa_marrow"]["cameo"] == "RUSGOV"
    assert actors["name:teodor_quill"]["events"] == 2
    assert {row["actor_id"]: row["events"] for row in monthly} == {"name:ilsa_marrow": 2, "name:teodor_quill": 1}


def test_a_store_from_a_newer_tidings_is_refused(path):
    connection = duckdb.connect(str(path))
    connection.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
    connection.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [schema.VERSION + 1])
    connection.close()
    with pytest.raises(SchemaError, match="newer than this tidings"):
        Store(path)


def test_a_reader_cannot_write(path):
    with Store(path) as store:
        store.add(meeting("m1", "2024-09-14", "harbourpost").record())
    with Corpus(path) as corpus:
        assert corpus.has("m1")
        with pytest.raises(duckdb.Error):
            corpus.connection.execute("DELETE FROM articles")


def test_reading_a_missing_store_says_so(path):
    with pytest.raises(StoreError, match="no such store"):
        Corpus(path)


_WRITER = """
import sys
from store_records import meeting
from tidings.corpus.store import Store
store = Store(sys.argv[1])
for n in range(100_000):
    built = meeting(f"m{n}", "2024-09-14", "harbourpost")
    store.add(built.record(), built.mentions())
    print(n, flush=True)
"""


def test_a_writer_killed_midway_leaves_only_whole_articles(path):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    tests = str(Path(__file__).parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([tests, os.environ.get("PYTHONPATH", "")])}
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, env=env, text=True)
    for line in writer.stdout:
        if int(line) >= 40:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    with Store(path) as store:
        per_article = store.connection.execute(
            """SELECT a.article_id, (SELECT count(*) FROM events e WHERE e.article_id = a.article_id),
                      (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.article_id),
                      (SELECT count(*) FROM event_features f WHERE f.article_id = a.article_id)
               FROM articles a"""
        ).fetchall()
        assert len(per_article) >= 40
        assert {tuple(counts) for _, *counts in per_article} == {(2, 3, 2)}
        built = meeting("m0", "2024-09-14", "harbourpost")
        assert store.add(built.record()) is False


def test_a_quotes_kind_reads_back(path):
    built = Builder("Ilsa Marrow wants to open the port.", article_id="kind", published="2024-09-14")
    marrow = built.actor("Ilsa Marrow", "name:ilsa_marrow")
    built.quote("to open the port", speaker=marrow, cue="wants")
    record = built.record()
    record.quotes[0].kind = QuoteKind.ATTITUDE
    with Store(path) as store:
        store.add(record)
        assert store.record("kind").quotes[0].kind is QuoteKind.ATTITUDE


def test_a_store_written_before_quote_kinds_gains_them_as_speech(path):
    connection = duckdb.connect(str(path))
    schema.migrate(connection, str(path), upto=2)
    connection.execute("INSERT INTO quotes (article_id, position, quote_id, content, direct, spans) "
                       "VALUES ('old', 0, 'q1', 'the port is open', true, [])")
    connection.close()
    with Store(path) as store:
        assert schema.version(store.connection) == schema.VERSION
        assert store.connection.execute("SELECT kind FROM quotes").fetchall() == [("speech",)]
