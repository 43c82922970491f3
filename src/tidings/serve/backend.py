"""What the routes work on: the store (one writer connection; a cursor per request for reading)
and the pipeline that reads posted articles (loaded at the first article)."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from tidings.corpus.ingest import Parsed, Reading
from tidings.corpus.query import Corpus
from tidings.corpus.readers import Entry


class Backend:
    """The store `db` (made if missing), and `pipeline` (a `tidings.Pipeline`; by default one
    loaded when the first article comes). One article is read at a time, and one batch written."""

    def __init__(self, db: Path, pipeline=None) -> None:
        from tidings.corpus.store import Store

        self.store = Store(db)
        self._writing = threading.Lock()
        self._reading_lock = threading.Lock()  # spaCy's pipeline is not meant for threads
        self._reading = Reading(pipeline) if pipeline is not None else None

    def open_corpus(self) -> Corpus:
        """A reading view of the store of its own (DuckDB cursors may work in parallel threads),
        for the caller to close."""
        return Corpus(connection=self.store.connection.cursor(), name=self.store.name)

    @contextmanager
    def corpus(self) -> Iterator[Corpus]:
        corpus = self.open_corpus()
        try:
            yield corpus
        finally:
            corpus.close()

    def read(self, entries: Sequence[Entry]) -> list[Parsed]:
        """Records (with their event mentions) of checked entries, in order."""
        with self._reading_lock:
            if self._reading is None:
                from tidings.pipeline import Pipeline

                self._reading = Reading(Pipeline())
            return self._reading(list(entries))

    def write(self, parsed: Sequence[Parsed]) -> None:
        """Store read articles (those stored already are left as they are) and cluster them: only
        the clusters they can join or change are written again, so a post costs the same in a
        store of any size."""
        with self._writing:
            self.store.add_many([(p.record, p.mentions, "api") for p in parsed if p.record is not None])
            self.store.update_clusters(new_only=True)

    def close(self) -> None:
        self.store.close()
