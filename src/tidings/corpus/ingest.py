"""Ingest: sources read into articles, articles into records, records into the store.

Every entry a reader yields ends in the store: a record (with its event mentions), or a row in
`errors` with its source and reason. An article already stored is skipped before it is parsed,
and each batch of articles is stored in one transaction, so a rerun after Ctrl-C or SIGKILL
adds each article exactly once. Parsing is done by an engine: `LocalEngine` in this process, or
`tidings.corpus.scale.RayEngine` on Ray workers; either way one writer, this process, writes.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from tidings.corpus.cluster import EventMention, MentionReader
from tidings.corpus.readers import Entry, ReadOptions, read_sources
from tidings.corpus.readers.entry import reason
from tidings.errors import ReadError
from tidings.model import Record
from tidings.progress import quiet

BATCH = 16  # articles sent to an engine at once


class Store(Protocol):
    """What ingest needs of a store (`tidings.corpus.store.Store`)."""

    def has(self, article_id: str) -> bool: ...

    def add_many(self, items: Iterable[tuple[Record, Sequence[EventMention], str | None]]) -> list[bool]: ...

    def add_error(self, source: str, reason: str, article_id: str | None = None) -> None: ...

    def update_clusters(self, *, new_only: bool = False) -> None: ...

    def close(self) -> None: ...


def open_store(path: Path) -> Store:
    """The store ingest writes to: the one place that names its class."""
    from tidings.corpus.store import Store as DuckStore

    return DuckStore(path)


@dataclass(frozen=True)
class Parsed:
    """What an engine gives back for one article: its record and event mentions, or why not."""

    source: str
    article_id: str
    record: Record | None = None
    mentions: tuple[EventMention, ...] = ()
    error: str | None = None


class Engine(Protocol):
    def map(self, batches: Iterable[list[Entry]]) -> Iterator[list[Parsed]]:
        """The batches' results, in the order of the batches."""
        ...


class Reading:
    """A pipeline and a mention reader over its Docs: what one process (or worker) runs."""

    def __init__(self, pipeline) -> None:
        self.pipeline = pipeline
        self.mention_reader = MentionReader(pipeline.nlp)

    def __call__(self, entries: list[Entry]) -> list[Parsed]:
        outcomes = self.pipeline.pipe_with_docs([entry.article for entry in entries], batch_size=len(entries))
        return [self._parsed(entry, outcome, doc) for entry, (outcome, doc) in zip(entries, outcomes)]

    def _parsed(self, entry: Entry, outcome: Record | ReadError, doc) -> Parsed:
        article_id = entry.article.id
        if isinstance(outcome, ReadError):
            return Parsed(entry.source, article_id, error=reason(outcome.message, article_id))
        triggers = [(event.spans[0].start, event.spans[0].end) for event in outcome.events]
        mentions = self.mention_reader(article_id, doc, triggers, outcome)
        return Parsed(entry.source, article_id, outcome, tuple(mentions))


class LocalEngine:
    """Parses in this process."""

    def __init__(self, pipeline) -> None:
        self.reading = Reading(pipeline)

    def map(self, batches: Iterable[list[Entry]]) -> Iterator[list[Parsed]]:
        for batch in batches:
            yield self.reading(batch)


@dataclass
class Tally:
    """What an ingest did: entries read, articles stored, already stored, and errors."""

    entries: int = 0
    stored: int = 0
    already_stored: int = 0
    errors: int = 0
    started: float = field(default_factory=time.perf_counter, repr=False)

    def summary(self) -> dict:
        seconds = time.perf_counter() - self.started
        counts = {k: v for k, v in asdict(self).items() if k != "started"}
        rate = self.stored / seconds if seconds else 0.0
        return counts | {"seconds": round(seconds, 2), "articles_per_s": round(rate, 2)}


Progress = Callable[[Iterable[Entry], int | None, str], Iterable[Entry]]


def ingest(
    sources: Sequence[str],
    store: Store,
    engine: Engine,
    options: ReadOptions = ReadOptions(),
    progress: Progress = quiet,
    total: int | None = None,
    tally: Tally | None = None,
) -> Tally:
    """Read `sources` into `store`; the Tally says what was done (pass one in to see it grow
    even when an interrupt ends the ingest early). Clusters are updated at the end."""
    writer = Writer(store, tally if tally is not None else Tally())
    writer.take(progress(read_sources(sources, options), total, "ingest"), engine)
    store.update_clusters()
    return writer.tally


class Writer:
    """The one writer: errors as they are read, records as the engine gives them back."""

    def __init__(self, store: Store, tally: Tally) -> None:
        self.store = store
        self.tally = tally
        self.pending: set[str] = set()  # ids sent to the engine and not yet written

    def take(self, entries: Iterable[Entry], engine: Engine) -> None:
        """Every entry into the store: parsed by `engine` unless it is an error or stored."""
        for results in engine.map(self.batches(entries)):
            self.write(results)

    def batches(self, entries: Iterable[Entry]) -> Iterator[list[Entry]]:
        """Articles neither stored nor pending, in batches."""
        batch: list[Entry] = []
        for entry in entries:
            self.tally.entries += 1
            if entry.article is None:
                self.store.add_error(entry.source, entry.error or "unreadable")
                self.tally.errors += 1
            elif entry.article.id in self.pending or self.store.has(entry.article.id):
                self.tally.already_stored += 1
            else:
                self.pending.add(entry.article.id)
                batch.append(entry)
                if len(batch) == BATCH:
                    yield batch
                    batch = []
        if batch:
            yield batch

    def write(self, results: list[Parsed]) -> None:
        """A batch's records in one transaction (much faster per article than one by one), and
        its failures as error rows."""
        records = []
        for parsed in results:
            self.pending.discard(parsed.article_id)
            if parsed.record is None:
                self.store.add_error(parsed.source, parsed.error or "unreadable", parsed.article_id)
                self.tally.errors += 1
            else:
                records.append((parsed.record, parsed.mentions, parsed.source))
        added = self.store.add_many(records) if records else []
        self.tally.stored += sum(added)
        self.tally.already_stored += len(added) - sum(added)
