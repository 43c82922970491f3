"""What every reader yields: an `Entry`, one article found or the reason one could not be read,
with the place it came from (a file, a line or record in a file, a URL)."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tidings.checks import article as checked_article, check_text
from tidings.errors import InputError
from tidings.model import Article


@dataclass(frozen=True, slots=True)
class Entry:
    """An article (`article`) or why there is none (`error`), and where it came from."""

    source: str
    article: Article | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.article is not None


def failed(source: str, reason: str) -> Entry:
    return Entry(source, error=reason)


def found(source: str, **fields: Any) -> Entry:
    """An Entry for an article made of `fields` (text, url, title, published, id...), checked
    as the pipeline will check it; an error Entry naming the problem otherwise."""
    try:
        fields["published"] = published_date(fields.get("published"))
        article = checked_article(source, **fields)
        check_text(article.text, source)
    except InputError as error:
        return failed(source, reason(error, source))
    except ValueError as error:
        return failed(source, str(error))
    return Entry(source, article=article)


def from_file(path: Path, limit: int, read: Callable[[bytes, str], Entry]) -> Entry:
    """The Entry `read` makes of a file's first `limit` bytes (named by the file's path), or
    the reason the file cannot be read."""
    source = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit)
    except OSError as error:
        return failed(source, f"cannot read the file ({error.strerror or error})")
    return read(data, source)


def reason(error: Exception, source: str) -> str:
    """An InputError's message without the name of the input it begins with."""
    return str(error).removeprefix(f"{source}: ")


def published_date(value: object) -> date | None:
    """A publication date from what sources give: a date, an ISO 8601 date or timestamp
    ("2024-03-05", "2024-03-05T10:00:00Z"), an RFC 2822 date (feeds, HTTP), a struct_time
    (feedparser). Raises ValueError for a value it cannot read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time.struct_time):
        return date(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, str):
        text = value.strip()
        try:
            return datetime.fromisoformat(text).date() if len(text) > 10 else date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return email.utils.parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            pass
    raise ValueError(f"published: cannot read the date {str(value)[:40]!r} (ISO 8601 or RFC 2822 expected)")
