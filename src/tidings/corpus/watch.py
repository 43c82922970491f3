"""`tidings watch`: feeds polled unattended. Each poll asks each feed with a conditional GET
(ETag, Last-Modified), and fetches only the items it has not seen; what it has seen is kept
beside the database (`DB.feeds.json`), written after each feed's items are stored, so a
restarted watch goes on where it stopped."""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tidings.corpus.ingest import Engine, Store, Tally, Writer
from tidings.corpus.readers.entry import Entry, failed
from tidings.corpus.readers.feeds import FeedError, fetch_feed, is_url, item_entry, parse_feed
from tidings.corpus.readers.http import FetchError, Politeness, PoliteClient

log = logging.getLogger("tidings")
REMEMBERED = 5_000  # item keys kept per feed: far more than a feed lists at once


@dataclass
class FeedState:
    etag: str | None = None
    last_modified: str | None = None
    seen: list[str] = field(default_factory=list)  # item keys, oldest first


def state_path(db: Path) -> Path:
    return db.with_name(db.name + ".feeds.json")


class Watcher:
    def __init__(self, feeds: Sequence[str], store: Store, engine: Engine, state_file: Path, politeness: Politeness = Politeness()) -> None:
        self.feeds = list(feeds)
        self.store = store
        self.engine = engine
        self.state_file = state_file
        self.client = PoliteClient(politeness)
        self.states = self._load()

    def run(self, every: float, polls: int | None = None) -> None:
        """Poll every `every` seconds (from the start of one poll to the next), `polls` times
        or until interrupted."""
        done = 0
        while polls is None or done < polls:
            started = time.monotonic()
            tally = self.poll()
            done += 1
            log.info("poll %d: %s", done, json.dumps(tally.summary()))
            if polls is None or done < polls:
                time.sleep(max(0.0, started + every - time.monotonic()))

    def poll(self) -> Tally:
        writer = Writer(self.store, Tally())
        for feed in self.feeds:
            state = self.states.setdefault(feed, FeedState())
            writer.take(self._new_entries(feed, state), self.engine)
            self._save()
        self.store.update_clusters(new_only=True)  # only what this poll's articles can change
        return writer.tally

    def close(self) -> None:
        self.client.close()

    def _new_entries(self, feed: str, state: FeedState) -> Iterator[Entry]:
        """The feed's items not seen before, each page fetched; the state is updated as the
        last of them is taken."""
        try:
            if is_url(feed):
                page = self.client.get(feed, etag=state.etag, last_modified=state.last_modified)
                if page.status == 304:
                    return
                items, validators = parse_feed(page.content, page.url), (page.headers.get("etag"), page.headers.get("last-modified"))
            else:
                items, validators = parse_feed(fetch_feed(feed, self.client)), (None, None)
        except (FetchError, FeedError) as error:
            yield failed(feed, f"cannot poll the feed: {error}")
            return
        seen = set(state.seen)
        for item in items:
            if item.key not in seen:
                yield item_entry(item, self.client, feed)
        state.etag, state.last_modified = validators
        current = [item.key for item in items]
        listed = set(current)
        state.seen = ([key for key in state.seen if key not in listed] + current)[-REMEMBERED:]

    def _load(self) -> dict[str, FeedState]:
        try:
            saved = json.loads(self.state_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.warning("%s: cannot read the feeds' state (%s); starting afresh", self.state_file, error)
            return {}
        return {feed: FeedState(**state) for feed, state in saved.items()}

    def _save(self) -> None:
        temporary = self.state_file.with_name(f".{self.state_file.name}.{os.getpid()}")
        temporary.write_text(json.dumps({feed: asdict(s) for feed, s in self.states.items()}), encoding="utf-8")
        os.replace(temporary, self.state_file)
