"""JSON Lines: one article per line, its fields named by the caller (`Fields`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from tidings.checks import MAX_BYTES
from tidings.corpus.readers.entry import Entry, failed, found


@dataclass(frozen=True)
class Fields:
    """Which field of a JSON object holds what. Without an id field, an article's id is a hash
    of its text, so one article from two sources is stored once."""

    text: str = "text"
    published: str = "published"
    id: str | None = None
    url: str = "url"
    title: str = "title"
    outlet: str = "outlet"


def read_jsonl(lines: Iterable[bytes], name: str, fields: Fields = Fields()) -> Iterator[Entry]:
    """An Entry per non-blank line of `lines` (bytes, as read from a file opened in binary),
    named `name:LINE`."""
    for number, line in enumerate(lines, 1):
        source = f"{name}:{number}"
        if len(line) > MAX_BYTES:
            yield failed(source, f"line too long ({len(line):,} bytes; the limit is {MAX_BYTES:,})")
            continue
        if not line.strip():
            continue
        yield article_of(line, source, fields)


def article_of(line: bytes, source: str, fields: Fields) -> Entry:
    try:
        item = json.loads(line)
    except UnicodeDecodeError as error:
        return failed(source, f"not valid UTF-8 (byte 0x{line[error.start]:02x} at offset {error.start})")
    except json.JSONDecodeError as error:
        return failed(source, f"not JSON ({error.msg} at column {error.colno})")
    if not isinstance(item, dict):
        return failed(source, f"not a JSON object but {type(item).__name__}")
    text = item.get(fields.text)
    if not isinstance(text, str):
        missing = "no" if text is None else f"a {type(text).__name__} in"
        return failed(source, f"{missing} text field {fields.text!r}")
    metadata = {
        "published": item.get(fields.published),
        "url": _string(item.get(fields.url)),
        "title": _string(item.get(fields.title)),
        "outlet": _string(item.get(fields.outlet)),
    }
    if fields.id is not None:
        metadata["id"] = _string(item.get(fields.id)) or ""
    return found(source, text=text, **metadata)


def _string(value: object) -> str | None:
    return None if value is None else str(value)
