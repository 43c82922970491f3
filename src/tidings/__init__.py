"""tidings: reads news and writes verifiable event data.

    >>> import tidings
    >>> record = tidings.read("Putin met Kim on Wednesday.", published="2023-09-13")
    >>> tidings.open("news.duckdb").events(actor="RUS", since="2023-09-01")   # a stored corpus
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from tidings.model import Actor, Article, Event, Factuality, Place, Quote, Record, Span, When
from tidings.version import __version__

if TYPE_CHECKING:
    from tidings.corpus.query import Corpus

__all__ = [
    "Actor", "Article", "Event", "Factuality", "Place", "Quote", "Record", "Span", "When",
    "Pipeline", "open", "read", "__version__",
]


@lru_cache(maxsize=1)
def _default_pipeline():
    from tidings.pipeline import Pipeline

    return Pipeline()


def read(
    text: str,
    published: str | date | None = None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
) -> "Record":
    """Read one article with the default pipeline (loaded on first use, then kept); raises
    InputError for an article it cannot read (bad text or metadata)."""
    from tidings.checks import article

    checked = article(text=text, published=published, url=url, title=title, outlet=outlet)
    return _default_pipeline().read(checked)


def __getattr__(name: str):
    if name == "Pipeline":
        from tidings.pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)


def open(path: str | Path) -> Corpus:  # noqa: A001 (tidings.open, as tarfile.open)
    """A store open for reading: its records, and events, counts and dyads as DataFrames or
    Arrow tables (`tidings.corpus.query.Corpus`); StoreError when it cannot be read."""
    from tidings.corpus.query import Corpus

    return Corpus(path)
