"""HTML pages: the main text, title, date, URL and site name, found by trafilatura."""

from __future__ import annotations

import logging
from pathlib import Path

from tidings.corpus.readers.entry import Entry, failed, found, from_file

MAX_PAGE_BYTES = 10_000_000  # a news page's HTML is rarely over 2 MB; past this it is not one
_SNIFF = 1024


def read_html_file(path: Path) -> Entry:
    return from_file(path, MAX_PAGE_BYTES + 1, from_html)


def from_html(
    data: bytes, source: str, url: str | None = None, title: str | None = None, published: object = None
) -> Entry:
    """The article in a page. `url`, `title` and `published` are what is known from elsewhere
    (a feed, a WARC record): the page's own title and date win, the URL given wins."""
    if len(data) > MAX_PAGE_BYTES:
        return failed(source, f"page too large (over {MAX_PAGE_BYTES:,} bytes)")
    if b"\x00" in data[:_SNIFF]:
        return failed(source, "binary data (NUL bytes), not HTML")
    try:
        page = _extract(data, url)
    except Exception as error:  # a parser fault on one page must not stop the pages after it
        return failed(source, f"cannot parse the page ({type(error).__name__}: {error})")
    if page is None or not (page.text or "").strip():
        return failed(source, "no article text in the page")
    return found(
        source,
        text=page.text,
        url=url or page.url,
        title=page.title or title,
        published=page.date or published,
        outlet=page.sitename or page.hostname,
    )


def _extract(data: bytes, url: str | None):
    import trafilatura

    # trafilatura logs every page it finds no text in; ingest records those as errors instead.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    return trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
