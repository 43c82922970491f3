"""Exports of a store: GDELT 2.0 Events and Mentions (tab-separated, GDELT's columns, no header
unless asked), Parquet (one file per table) and JSON lines (one Record per article)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import ContextManager, TextIO

from tidings.corpus.export import gdelt, lookups
from tidings.corpus.filters import EventFilter, where
from tidings.corpus.query import Corpus
from tidings.model import Record

KINDS = ("gdelt-events", "gdelt-mentions", "parquet", "jsonl")
PARQUET_TABLES = (
    "articles", "events", "event_actors", "event_mentions", "actors", "canonical_actors", "places", "times",
    "quotes", "clusters", "errors",
)
BATCH_ROWS = 50_000


def export_gdelt(corpus: Corpus, table: str, out: TextIO, chosen: EventFilter = EventFilter(), header: bool = False) -> int:
    """GDELT's "events" or "mentions" table of the chosen events, written to `out`; the number of rows."""
    rows = 0
    for lines in gdelt_lines(corpus, table, chosen, header):
        out.writelines(lines)
        rows += len(lines)
    return rows - int(header)  # the column names are no row


def gdelt_lines(corpus: Corpus, table: str, chosen: EventFilter = EventFilter(), header: bool = False) -> Iterator[list[str]]:
    """GDELT's "events" or "mentions" table of the chosen events as lists of lines (a batch of
    rows at a time; the column names first, if asked)."""
    connection = corpus.connection
    lookups.register(connection)
    for macro in gdelt.MACROS:
        connection.execute(macro)
    sql, params = gdelt.events_sql(chosen) if table == "events" else gdelt.mentions_sql(chosen)
    if header:
        yield ["\t".join(name for name, _ in gdelt.columns(table)) + "\n"]
    for batch in connection.sql(sql, params=params).to_arrow_reader(BATCH_ROWS):
        columns = [column.to_pylist() for column in batch.columns]
        yield ["\t".join(_cell(value) for value in row) + "\n" for row in zip(*columns)]


def export_parquet(corpus: Corpus, folder: Path) -> list[Path]:
    """Every table of the store as `folder/<table>.parquet` (zstd); the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in PARQUET_TABLES:
        path = folder / f"{table}.parquet"
        escaped = str(path).replace("'", "''")
        corpus.connection.execute(f"COPY (SELECT * FROM {table}) TO '{escaped}' (FORMAT parquet, COMPRESSION zstd)")
        written.append(path)
    return written


def export_jsonl(corpus: Corpus, out: TextIO, chosen: EventFilter = EventFilter()) -> int:
    """The records of the articles with a chosen event (all articles when nothing is chosen),
    one JSON object a line, in the order they were stored; the number written."""
    if chosen.given():
        clause, params = where(chosen)
        sql = f"""SELECT article_id FROM articles WHERE article_id IN (SELECT e.article_id FROM events e WHERE {clause})
                  ORDER BY added_at, article_id"""
        article_ids = [row[0] for row in corpus.connection.execute(sql, params).fetchall()]
        records: Iterable = corpus.records(article_ids)
    else:
        records = corpus.records()
    written = 0
    for record in records:
        out.write(record.model_dump_json() + "\n")
        written += 1
    return written


def export_record_gdelt(record: Record, out: TextIO, header: bool = False) -> int:
    """One article's events as GDELT Events rows (each event a real-world event of its own,
    counted over this article alone), through an in-memory store."""
    from tidings.corpus.store import Store

    with Store(":memory:") as store:
        store.add(record)
        return export_gdelt(store, "events", out, header=header)


def _cell(value) -> str:
    return "" if value is None else str(value)


def open_out(out: str) -> ContextManager[TextIO]:
    """A text stream for `out` ("-": standard output, left open)."""
    return nullcontext(sys.stdout) if out == "-" else open(out, "w", encoding="utf-8", newline="\n")
