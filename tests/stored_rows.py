"""Reading back a store file written by `tidings.corpus.store.Store` in the ingest tests."""

from __future__ import annotations

from pathlib import Path

import duckdb


def query(path: Path | str, sql: str) -> list[tuple]:
    """The rows of one query, sorted, on a store opened read-only."""
    with duckdb.connect(str(path), read_only=True) as connection:
        return sorted(connection.execute(sql).fetchall(), key=repr)


def rows(path: Path | str) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without the columns that say when a row was written."""
    with duckdb.connect(str(path), read_only=True) as connection:
        columns: dict[str, list[str]] = {}
        for table, column in connection.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE data_type NOT LIKE 'TIMESTAMP%' ORDER BY table_name, ordinal_position"
        ).fetchall():
            columns.setdefault(table, []).append(f'"{column}"')
        return {
            table: sorted(connection.execute(f'SELECT {", ".join(names)} FROM "{table}"').fetchall(), key=repr)
            for table, names in columns.items()
        }
