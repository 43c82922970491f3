"""A stand-in for `tidings.corpus.store.Store` with the same contract (has, add, add_error,
update_clusters, close), so ingest can be tested before and apart from the real store: a DuckDB
file, each article added in one transaction. Tests read it back with `rows`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import duckdb

from tidings.corpus.cluster import EventMention
from tidings.model import Record

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (id VARCHAR PRIMARY KEY, source VARCHAR, record JSON);
CREATE TABLE IF NOT EXISTS mentions (article_id VARCHAR, start_char INTEGER, end_char INTEGER, trigger VARCHAR);
CREATE TABLE IF NOT EXISTS errors (source VARCHAR, reason VARCHAR, article_id VARCHAR);
"""


class Store:
    def __init__(self, path: Path | str) -> None:
        self.connection = duckdb.connect(str(path))
        self.connection.execute(SCHEMA)
        self.cluster_updates = 0

    def has(self, article_id: str) -> bool:
        return self.connection.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def add(self, record: Record, mentions: Sequence[EventMention] = (), source: str | None = None) -> bool:
        if self.has(record.article.id):
            return False
        self.connection.execute("BEGIN TRANSACTION")
        self.connection.execute("INSERT INTO articles VALUES (?, ?, ?)", [record.article.id, source, record.model_dump_json()])
        for m in mentions:
            self.connection.execute("INSERT INTO mentions VALUES (?, ?, ?, ?)", [m.doc_id, m.start, m.end, m.trigger])
        self.connection.execute("COMMIT")
        return True

    def add_error(self, source: str, reason: str, article_id: str | None = None) -> None:
        self.connection.execute("INSERT INTO errors VALUES (?, ?, ?)", [source, reason, article_id])

    def update_clusters(self) -> None:
        self.cluster_updates += 1

    def close(self) -> None:
        self.connection.close()


def rows(path: Path | str) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, of a DuckDB file (this double's or the real store's)."""
    with duckdb.connect(str(path), read_only=True) as connection:
        tables = [name for (name,) in connection.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall()]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}
