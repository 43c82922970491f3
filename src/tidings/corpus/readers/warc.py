"""WARC and WARC.gz files (as in CC-NEWS): each HTML response or resource record one article,
read with fastwarc; a record that is not a page (an image, a redirect, a 404) or is cut short
is an error, named `FILE:N` for the Nth page record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tidings.corpus.readers.entry import Entry, failed
from tidings.corpus.readers.html import MAX_PAGE_BYTES, from_html

HTML_TYPES = ("html", "xml")  # text/html, application/xhtml+xml


def read_warc(path: Path) -> Iterator[Entry]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    name = str(path)
    count = 0
    try:
        with path.open("rb") as handle:
            records = ArchiveIterator(handle, record_types=WarcRecordType.response | WarcRecordType.resource)
            for record in records:
                count += 1
                yield page(record, f"{name}:{count}")
    except OSError as error:
        where = f"after record {count}" if count else "at the start"
        yield failed(name, f"not a readable WARC file {where} ({error})")


def page(record, source: str) -> Entry:
    """The article in one response or resource record."""
    url = record.headers.get("WARC-Target-URI")
    if record.is_http:
        status = record.http_headers.status_code
        if status is None or not 200 <= status < 300:
            return failed(source, f"HTTP {status}{_of(url)}")
        content_type = record.http_content_type
    else:
        content_type = record.headers.get("Content-Type")
    if content_type and not any(kind in content_type.lower() for kind in HTML_TYPES):
        return failed(source, f"not an HTML page ({content_type}){_of(url)}")
    expected = record.content_length
    data = record.reader.read(MAX_PAGE_BYTES + 1)
    if len(data) < min(expected, MAX_PAGE_BYTES + 1):
        return failed(source, f"truncated record ({len(data):,} of {expected:,} bytes){_of(url)}")
    crawled = record.headers.get("WARC-Date")
    return from_html(data, source, url=url, published=crawled[:10] if crawled else None)


def _of(url: str | None) -> str:
    return f" for {url}" if url else ""
