"""Plain text: one article per file (or standard input), UTF-8."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tidings.checks import MAX_BYTES, decode
from tidings.corpus.readers.entry import Entry, failed, found, reason
from tidings.errors import InputError


def read_text(path: Path, **metadata: object) -> Iterator[Entry]:
    """The file as one article; `metadata` (published, url, title) is given to it."""
    source = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        yield failed(source, f"cannot read the file ({error.strerror or error})")
        return
    yield text_entry(data, source, **metadata)


def text_entry(data: bytes, source: str, **metadata: object) -> Entry:
    """The article in bytes read from `source` (at most MAX_BYTES + 1 of them: more is too long)."""
    try:
        text = decode(data, source)
    except InputError as error:
        return failed(source, reason(error, source))
    return found(source, text=text, **metadata)
