"""Reading a store: its records, and events, counts and dyads as pandas DataFrames or Arrow
tables (`tidings.open(path)`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import duckdb

from tidings.model import Record


class Corpus:
    """A store open for reading (`Corpus(path)`), or the reading side of an open connection."""

    def __init__(self, path: str | Path | None = None, *, connection: duckdb.DuckDBPyConnection | None = None, name: str | None = None) -> None:
        from tidings.corpus.store import schema

        if connection is None:
            if path is None:
                raise TypeError("Corpus needs a path or a connection")
            connection = _open_read_only(Path(path))
            try:
                found = schema.version(connection)
                schema.check(found, str(path))
                if found < schema.VERSION:
                    raise schema.SchemaError(
                        f"{path}: store schema version {found} is older than this tidings' ({schema.VERSION}); "
                        "open it once for writing (tidings ingest, or Store(path)) to upgrade it"
                    )
            except BaseException:
                connection.close()
                raise
        self.connection = connection
        self.name = name or str(path)

    def has(self, article_id: str) -> bool:
        """Whether the article is stored."""
        found = self.connection.execute("SELECT 1 FROM articles WHERE article_id = ?", [article_id]).fetchone()
        return found is not None

    def record(self, article_id: str) -> Record | None:
        """The stored record of an article, equal to the one stored; None if not stored."""
        return next(self.records([article_id]), None)

    def records(self, article_ids: Sequence[str] | None = None) -> Iterator[Record]:
        """Stored records: of these articles, or of all in the order they were added."""
        from tidings.corpus.store.records import read_records

        if article_ids is None:
            rows = self.connection.execute("SELECT article_id FROM articles ORDER BY added_at, article_id").fetchall()
            article_ids = [row[0] for row in rows]
        return read_records(self.connection, article_ids)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _open_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    from tidings.corpus.store.schema import StoreError

    if not path.is_file():
        raise StoreError(f"{path}: no such store")
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error as error:
        message = str(error).strip().splitlines()[0]
        raise StoreError(f"{path}: cannot open the store for reading (is a writer using it?): {message}") from None
