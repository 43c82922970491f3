"""Which reader reads a source: by its form (a URL, a folder, standard input) and its file name
ending. A reader's own fault ends that source with an error Entry, never the others."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from tidings.checks import MAX_BYTES
from tidings.corpus.readers.entry import Entry, failed, reason
from tidings.corpus.readers.feeds import FeedError, is_url, item_entry, parse_feed, read_feed
from tidings.corpus.readers.html import from_html, read_html_file
from tidings.corpus.readers.http import FetchError, Politeness, PoliteClient
from tidings.corpus.readers.jsonl import Fields, read_jsonl
from tidings.corpus.readers.text import read_text, text_entry
from tidings.corpus.readers.waiting import is_named_pipe, named_pipe, standard_input
from tidings.corpus.readers.warc import read_warc
from tidings.errors import InputError

log = logging.getLogger("tidings")

STDIN = "-"
KINDS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".warc": "warc", ".warc.gz": "warc", ".arc.gz": "warc",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}  # any other file is read as text


@dataclass
class ReadOptions:
    fields: Fields = field(default_factory=Fields)  # JSONL field names
    politeness: Politeness = field(default_factory=Politeness)  # for feeds and pages over HTTP
    stdin: str = "jsonl"  # what "-" holds: "jsonl" (one article a line) or "text" (one article)
    text_metadata: dict = field(default_factory=dict)  # published, url, title for text sources (published: for any undated one)
    wait: float | None = None  # seconds to wait for standard input or a named pipe to begin (None: for ever)


def kind(location: str) -> str:
    """url, folder, stdin, or a file kind: jsonl, html, warc, feed, text."""
    if location == STDIN:
        return "stdin"
    if is_url(location):
        return "url"
    if os.path.isdir(location):
        return "folder"
    name = location.lower()
    return next((k for ending, k in KINDS.items() if name.endswith(ending)), "text")


def read_sources(locations: Iterable[str], options: ReadOptions = ReadOptions()) -> Iterator[Entry]:
    """Every Entry of every source, in order; an article whose source gives no publication date
    (a JSONL line without one, a page or feed item with none) takes the one given for text
    sources, if any (`tidings read --published`)."""
    published = options.text_metadata.get("published")
    with PoliteClient(options.politeness) as client:
        for location in locations:
            for entry in _guarded(location, _entries(location, options, client)):
                yield _dated(entry, published)


def _dated(entry: Entry, published: date | None) -> Entry:
    """The entry, its article dated `published` where it has no date of its own."""
    if published is None or entry.article is None or entry.article.published is not None:
        return entry
    return replace(entry, article=entry.article.model_copy(update={"published": published}))


def _entries(location: str, options: ReadOptions, client: PoliteClient) -> Iterator[Entry]:
    what = kind(location)
    path = Path(location)
    if what == "stdin":
        yield from _read_stream(lambda: standard_input(options.wait), "standard input", options.stdin, options, close=False)
    elif what == "url":
        yield from _read_url(location, client)
    elif what == "folder":
        for file in _files(path):
            yield from _guarded(str(file), _entries(str(file), options, client))
    elif not path.exists():
        yield failed(location, "no such file or folder")
    elif is_named_pipe(path):
        holds = "jsonl" if what == "jsonl" else "text"  # a pipe is read as it comes: text or JSON Lines
        yield from _read_stream(lambda: named_pipe(path, options.wait), location, holds, options, close=True)
    elif what == "jsonl":
        with path.open("rb") as handle:
            yield from read_jsonl(handle, location, options.fields)
    elif what == "html":
        yield read_html_file(path)
    elif what == "warc":
        yield from read_warc(path)
    elif what == "feed":
        yield from read_feed(location, client)
    else:
        yield read_text(path, **options.text_metadata)


def _read_stream(
    opened: Callable[[], BinaryIO], source: str, holds: str, options: ReadOptions, close: bool
) -> Iterator[Entry]:
    """Standard input or a named pipe, once it has begun: one text article, or JSON Lines."""
    try:
        stream = opened()
    except InputError as error:
        yield failed(source, reason(error, source))
        return
    try:
        if holds == "text":
            yield text_entry(stream.read(MAX_BYTES + 1), source, **options.text_metadata)
        else:
            yield from read_jsonl(stream, source, options.fields)
    finally:
        if close:
            stream.close()


def _read_url(url: str, client: PoliteClient) -> Iterator[Entry]:
    """A feed at a URL, or a page when the server says it is HTML."""
    try:
        page = client.get(url)
    except FetchError as error:
        yield failed(url, str(error))
        return
    content_type = page.headers.get("content-type", "").lower()
    if "html" in content_type and "xml" not in content_type:
        yield from_html(page.content, url, url=page.url)
        return
    try:
        items = parse_feed(page.content, page.url)
    except FeedError as error:
        yield failed(url, str(error))
        return
    for item in items:
        yield item_entry(item, client, url)


def _files(folder: Path) -> Iterator[Path]:
    """The files below a folder, in name order (a subfolder's where its name falls), hidden
    ones left out."""
    waiting = [folder]
    while waiting:
        path = waiting.pop()
        if path.is_dir():
            waiting.extend(sorted((p for p in path.iterdir() if not p.name.startswith(".")), reverse=True))
        else:
            yield path


def _guarded(location: str, entries: Iterator[Entry]) -> Iterator[Entry]:
    count = 0
    try:
        for entry in entries:
            count += 1
            yield entry
    except Exception as error:  # a reader's fault ends its source, not the batch
        log.exception("reading %s failed", location)
        yield failed(location, f"reading stopped after {count} entries ({type(error).__name__}: {error})")


def estimate(locations: Iterable[str], options: ReadOptions = ReadOptions()) -> int | None:
    """How many entries the sources hold, counted cheaply; None where that cannot be known
    before reading (standard input, URLs, feeds, WARC files)."""
    total = 0
    for location in locations:
        what = kind(location)
        if what in ("stdin", "url", "feed", "warc"):
            return None
        if what == "folder":
            counted = estimate([str(f) for f in _files(Path(location))], options)
            if counted is None:
                return None
            total += counted
        elif what == "jsonl" and os.path.isfile(location):
            with open(location, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total
