"""Queries over a store: the event list, counts over time, dyads, clusters, as DataFrames and
Arrow tables; and a store of an older schema upgraded."""

from __future__ import annotations

from datetime import date

import duckdb
import pyarrow as pa
import pytest

import tidings
from store_records import Builder, meeting
from tidings.corpus.query import _actor_counts, _actor_counts_rollup
from tidings.corpus.filters import EventFilter
from tidings.corpus.store import Store, schema
from tidings.corpus.store.rows import record_rows


def _strike(article_id: str, published: str) -> Builder:
    built = Builder("Dock workers protested in Pine Bay against the harbour board.", article_id=article_id, published=published)
    workers = built.actor("Dock workers", "name:dock_workers", kind="group", cameo="CANLAB", country="CAN")
    board = built.actor("harbour board", "name:harbour_board", kind="organisation", cameo="CANGOV", country="CAN")
    bay = built.place("Pine Bay", geonameid=5, lat=49.0, lon=-123.0, country="CAN")
    built.event("protested", "141", sources=[workers], targets=[board], place=bay)
    return built


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    path = tmp_path_factory.mktemp("query") / "news.duckdb"
    with Store(path) as store:
        for built in (
            meeting("m1", "2024-09-14", "harbourpost", day="13 September"),
            meeting("m2", "2024-10-02", "coastwire"),
            _strike("s1", "2024-10-05"),
            _strike("s2", "2024-11-20"),
        ):
            store.add(built.record())
        store.add(Builder("Nothing happened.", article_id="quiet").record())
    return path


@pytest.fixture(scope="module")
def db(path):
    with tidings.open(path) as corpus:
        yield corpus


def _ids(frame):
    return [f"{a}/{e}" for a, e in zip(frame["article_id"], frame["local_id"])]


def test_the_event_list_is_newest_first(db):
    frame = db.events()
    assert _ids(frame) == ["s2/e1", "s1/e1", "m2/e1", "m2/e2", "m1/e2", "m1/e1"]


def test_an_actor_is_found_by_the_start_of_its_code(db):
    assert _ids(db.events(actor="RUS")) == ["m2/e1", "m2/e2", "m1/e2", "m1/e1"]


def test_an_actor_is_found_by_canonical_id_or_name(db):
    assert len(db.events(actor="name:teodor_quill")) == 2
    assert len(db.events(actor="teodor quill")) == 2


def test_source_and_target_filter_their_side_only(db):
    assert len(db.events(target="PRK")) == 2
    assert len(db.events(source="PRK")) == 0


def test_events_are_filtered_by_type_root_class_and_place_country(db):
    assert _ids(db.events(type="protest")) == ["s2/e1", "s1/e1"]
    assert _ids(db.events(cameo_root="11")) == ["m2/e2", "m1/e2"]
    assert len(db.events(quad_class=1)) == 2
    assert _ids(db.events(country="CAN", since="2024-11-01")) == ["s2/e1"]


def test_an_event_is_dated_by_its_text_before_its_publication(db):
    frame = db.events(until="2024-09-13")
    assert _ids(frame) == ["m1/e1"] and str(frame["date"][0].date()) == "2024-09-13"


def test_the_event_list_pages(db):
    assert _ids(db.events(limit=2, offset=1)) == ["s1/e1", "m2/e1"]


def test_each_event_comes_with_its_sentence_and_article(db):
    row = db.events(type="PROTEST", limit=1).iloc[0]
    assert row["sentence"] == "Dock workers protested in Pine Bay against the harbour board."
    assert (row["source"], row["target"], row["place"]) == ("Dock workers", "harbour board", "Pine Bay")


def test_arrow_tables_hold_the_rows_of_the_dataframes(db):
    table = db.events(as_arrow=True)
    assert isinstance(table, pa.Table)
    assert table.column("event_id").to_pylist() == db.events()["event_id"].tolist()


def test_counts_per_month_and_type_with_mean_goldstein(db):
    frame = db.counts(by="month", group="type")
    rows = [(str(p.date()), t, n, g) for p, t, n, g in frame.itertuples(index=False)]
    assert rows == [
        ("2024-09-01", "ACCUSE", 1, -2.0), ("2024-09-01", "CONSULT", 1, 1.0),
        ("2024-10-01", "ACCUSE", 1, -2.0), ("2024-10-01", "CONSULT", 1, 1.0), ("2024-10-01", "PROTEST", 1, -6.5),
        ("2024-11-01", "PROTEST", 1, -6.5),
    ]


def test_counts_per_year_of_one_actor(db):
    frame = db.counts(by="year", actor="CANLAB")
    assert frame["events"].tolist() == [2]


def test_actor_month_counts_count_each_actor_of_an_event(db):
    frame = db.counts(by="month", group="actor", actor="CAN")
    rows = [(str(p.date()), a, n) for p, a, n in zip(frame["period"], frame["actor"], frame["events"])]
    assert rows == [("2024-10-01", "Dock workers", 1), ("2024-10-01", "harbour board", 1),
                    ("2024-11-01", "Dock workers", 1), ("2024-11-01", "harbour board", 1)]


@pytest.mark.parametrize("chosen", [EventFilter(), EventFilter(actor="RUS"), EventFilter(quad_class=3, since=date(2024, 10, 1))])
def test_the_monthly_actor_table_agrees_with_the_events(db, chosen):
    fast, fast_params = _actor_counts_rollup("month", chosen)
    slow, slow_params = _actor_counts("month", chosen)
    rows = db.connection.sql(fast, params=fast_params).fetchall()
    expected = db.connection.sql(slow, params=slow_params).fetchall()
    assert rows and [row[:4] for row in rows] == [row[:4] for row in expected]
    assert [row[4] for row in rows] == pytest.approx([row[4] for row in expected])


def test_dyads_count_source_target_pairs(db):
    frame = db.dyads()
    rows = list(zip(frame["source"], frame["target"], frame["events"]))
    assert rows == [("Dock workers", "harbour board", 2), ("Ilsa Marrow", "Teodor Quill", 2)]


def test_an_unknown_type_is_refused_with_the_known_ones(db):
    with pytest.raises(ValueError, match="no PLOVER type MEETING .one of .*CONSULT"):
        db.events(type="MEETING")


def test_a_bad_date_is_refused(db):
    with pytest.raises(ValueError, match="since: not a date"):
        db.counts(since="last week")


def test_clusters_list_real_world_events_with_their_corroboration(tmp_path):
    with Store(tmp_path / "news.duckdb") as store:
        for built in (meeting("m1", "2024-09-14", "harbourpost"), meeting("m2", "2024-09-15", "coastwire")):
            keys = frozenset({"actor:name:ilsa_marrow", "place:vostok harbour"})
            store.add(built.record(), built.mentions(context=keys, arguments=keys))
        store.update_clusters()
        frame = store.clusters(min_articles=2, type="CONSULT")
    assert frame[["articles", "sources", "mentions", "source", "target"]].values.tolist() == [[2, 2, 4, "Ilsa Marrow", "Teodor Quill"]]


def test_a_store_of_schema_version_1_is_upgraded_with_its_monthly_counts(tmp_path):
    path = tmp_path / "old.duckdb"
    connection = duckdb.connect(str(path))
    schema.migrate(connection, str(path), upto=1)
    record = _strike("s1", "2024-10-05").record()
    from datetime import datetime

    for table, rows in record_rows(record, None, datetime(2024, 10, 5)).items():
        if rows:
            batch = pa.Table.from_pylist(rows, schema=connection.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema)  # noqa: F841
            connection.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch")
    connection.close()
    with Store(path) as store:
        assert schema.version(store.connection) == schema.VERSION
        assert store.record("s1") == record
        frame = store.counts(by="month", group="actor")
    assert frame["events"].tolist() == [1, 1]


def test_a_store_of_an_older_schema_is_not_read_until_upgraded(tmp_path):
    path = tmp_path / "old.duckdb"
    connection = duckdb.connect(str(path))
    schema.migrate(connection, str(path), upto=1)
    connection.close()
    with pytest.raises(schema.SchemaError, match="open it once for writing"):
        tidings.open(path)


def _cli(*arguments):
    from click.testing import CliRunner

    from tidings.cli import main

    return CliRunner().invoke(main, ["query", *arguments])


def test_the_query_command_writes_csv_with_a_header(path):
    result = _cli("dyads", "--db", str(path), "--format", "csv")
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == (
        '"source_id","source","target_id","target","events","goldstein_mean",'
        '"source_code","source_country","target_code","target_country"'
    )
    assert len(result.output.splitlines()) == 3


def test_the_query_command_writes_one_json_object_a_line(path):
    import json

    result = _cli("events", "--db", str(path), "--type", "PROTEST", "--format", "json")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["article_id"], r["date"]) for r in rows] == [("s2", "2024-11-20"), ("s1", "2024-10-05")]


def test_the_query_command_writes_parquet_to_a_file(path, tmp_path):
    import pyarrow.parquet as parquet

    out = tmp_path / "counts.parquet"
    result = _cli("counts", "--db", str(path), "--group", "actor", "--format", "parquet", "--out", str(out))
    assert result.exit_code == 0
    assert parquet.read_table(out).column_names == ["period", "actor_id", "actor", "events", "goldstein_mean"]


def test_the_query_command_refuses_a_missing_store_in_one_line(tmp_path):
    result = _cli("events", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 2
    assert result.output.strip() == f"tidings: {tmp_path / 'none.duckdb'}: no such store"
