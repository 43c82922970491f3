"""The event store: one DuckDB file, no server. One process writes (`Store`); others may read it
(`tidings.open`) while no writer holds it.

    with Store("news.duckdb") as store:
        if not store.has(article.id):
            store.add(record, mentions, source="feeds/reuters.xml")
        store.update_clusters()

`add` is idempotent by article id and stores one article in one transaction, so a run killed at
any point and started again stores each article exactly once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa

from tidings.corpus.cluster import ClusterSettings, EventMention
from tidings.corpus.query import Corpus
from tidings.corpus.store import schema
from tidings.corpus.store.rows import actor_month_rows, feature_rows, record_rows
from tidings.corpus.store.schema import SchemaError, StoreError
from tidings.model import Record

__all__ = ["Store", "StoreError", "SchemaError"]

_CONFLICTS = {  # counts that add up
    "actor_months": " ON CONFLICT DO UPDATE SET events = events + excluded.events, goldstein_sum = goldstein_sum + excluded.goldstein_sum",
}
_KEYS = {"canonical_actors": "canonical_id", "article_features": "article_id"}  # keyed tables: the first row for a key stays


class Store(Corpus):
    """A store open for writing (created if missing, its schema migrated to this version's); the
    query methods of `Corpus` work on it too."""

    def __init__(self, path: str | Path) -> None:
        name = str(path)
        try:
            connection = duckdb.connect(name)
        except duckdb.Error as error:
            raise StoreError(f"{name}: cannot open the store for writing: {_first_line(error)}") from None
        try:
            schema.migrate(connection, name)
        except BaseException:
            connection.close()
            raise
        super().__init__(connection=connection, name=name)
        self._schemas: dict[str, pa.Schema] = {}

    def add(self, record: Record, mentions: Sequence[EventMention] = (), source: str | None = None) -> bool:
        """Store an article's record and its events' clustering features in one transaction;
        False (and nothing written) when the article is already stored."""
        return self.add_many([(record, mentions, source)])[0]

    def add_many(self, items: Iterable[tuple[Record, Sequence[EventMention], str | None]]) -> list[bool]:
        """`add` for several articles (record, mentions, source) in one transaction, much faster
        per article than one by one; a bool for each: False for one stored already (or earlier in
        the batch)."""
        items = list(items)
        added_at = datetime.now(timezone.utc).replace(tzinfo=None)
        tables: dict[str, list[dict]] = defaultdict(list)
        self.connection.execute("BEGIN TRANSACTION")
        try:
            ids = [record.article.id for record, _, _ in items]
            stored = {row[0] for row in self.connection.execute(
                "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
            ).fetchall()}
            added = []
            for record, mentions, source in items:
                new = record.article.id not in stored
                if new:
                    stored.add(record.article.id)
                    for table, rows in (record_rows(record, source, added_at) | feature_rows(record, mentions)).items():
                        tables[table].extend(rows)
                added.append(new)
            tables["actor_months"] = actor_month_rows(tables["events"], tables["event_actors"])
            for table, rows in tables.items():
                self._insert(table, _first_per_key(table, rows))
            self.connection.execute("COMMIT")
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        return added

    def add_error(self, source: str, reason: str, article_id: str | None = None) -> None:
        """Record an article that could not be read or stored, with where it came from and why."""
        self.connection.execute(
            "INSERT INTO errors VALUES (?, ?, ?, ?)",
            [source, reason, article_id, datetime.now(timezone.utc).replace(tzinfo=None)],
        )

    def update_clusters(self, settings: ClusterSettings = ClusterSettings(), window_days: int = 7, new_only: bool = False) -> None:
        """Cluster every stored event mention into real-world events (see `clusters.update`),
        then `optimize`: a writer calls it after each batch of articles. With `new_only`, only
        the clusters the articles stored since can join or change are written again (the same
        clusters, at a cost that does not grow with the store), and `optimize` is left for later."""
        from tidings.corpus.store.clusters import update

        update(self.connection, settings, window_days, new_only=new_only)
        if not new_only:
            self.optimize()

    def optimize(self) -> None:
        """Put the monthly actor counts back in code order (the rows added since the last time
        lie at the end), so actor x month queries read only the codes they ask for."""
        self.connection.execute("BEGIN TRANSACTION")
        try:
            self.connection.execute("CREATE TEMP TABLE ordered AS SELECT * FROM actor_months ORDER BY code, canonical_id, month, cameo_root")
            self.connection.execute("DELETE FROM actor_months")
            self.connection.execute("INSERT INTO actor_months SELECT * FROM ordered")
            self.connection.execute("DROP TABLE ordered")
            self.connection.execute("COMMIT")
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("CHECKPOINT")

    def _insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        if table not in self._schemas:
            self._schemas[table] = self.connection.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
        columns = self._schemas[table]
        unknown = set(rows[0]) - set(columns.names)
        if unknown:
            raise SchemaError(f"{self.name}: table {table} has no column for {', '.join(sorted(unknown))}")
        batch = pa.Table.from_pylist(rows, schema=columns)  # noqa: F841 (read by the SQL below)
        conflict = _CONFLICTS.get(table, " ON CONFLICT DO NOTHING" if table in _KEYS else "")
        self.connection.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch{conflict}")


def _first_per_key(table: str, rows: list[dict]) -> list[dict]:
    if table not in _KEYS:
        return rows
    return list({row[_KEYS[table]]: row for row in reversed(rows)}.values())


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0]
