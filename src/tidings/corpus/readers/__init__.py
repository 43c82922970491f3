"""Readers: every kind of news source turned into `Entry`s (an Article, or why there is none,
with where it came from). `read_sources` takes files, folders, URLs and "-" alike.

- text files (UTF-8), JSON Lines (`Fields` names the fields), HTML pages (trafilatura),
  WARC / WARC.gz (fastwarc), RSS / Atom feeds (feedparser) and URLs, fetched politely (`http`).
"""

from tidings.corpus.readers.entry import Entry
from tidings.corpus.readers.http import Politeness, PoliteClient
from tidings.corpus.readers.jsonl import Fields
from tidings.corpus.readers.sources import ReadOptions, estimate, kind, read_sources

__all__ = ["Entry", "Fields", "Politeness", "PoliteClient", "ReadOptions", "estimate", "kind", "read_sources"]
