"""Plain text: one article per file (or standard input), UTF-8."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from tidings.checks import MAX_BYTES, decode
from tidings.corpus.readers.entry import Entry, failed, found, from_file, reason
from tidings.errors import InputError


def read_text(path: Path, **metadata: object) -> Entry:
    """The file as one article; `metadata` (published, url, title) is given to it."""
    return from_file(path, MAX_BYTES + 1, partial(text_entry, **metadata))


def text_entry(data: bytes, source: str, **metadata: object) -> Entry:
    """The article in bytes read from `source` (at most MAX_BYTES + 1 of them: more is too long)."""
    try:
        text = decode(data, source)
    except InputError as error:
        return failed(source, reason(error, source))
    return found(source, text=text, **metadata)
