"""News sources made by the tests: HTML pages, WARC records (written with fastwarc), RSS feeds
and short articles, each built for the behaviour under test."""

from __future__ import annotations

import gzip
import io
from html import escape

ARTICLES = (
    "The foreign minister of Japan visited Seoul on Tuesday and met her South Korean counterpart to discuss trade.",
    "Police in Lima arrested two men on Monday after a protest outside the parliament turned violent.",
    "The prime minister of Kenya promised on Friday to send aid to families hit by the floods near Nairobi.",
    "Farmers blocked roads into Brussels on Wednesday to protest against new rules on fertiliser.",
)


def page(text: str, title: str = "", published: str = "", canonical: str = "") -> str:
    """A news page: navigation and a footer around an article of paragraphs (one per line)."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n"))
    return (
        f"<html><head><title>{escape(title)}</title>{meta}{link}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{escape(title)}</h1>{paragraphs}</article>"
        "<footer>Copyright The Daily Example. All rights reserved.</footer></body></html>"
    )


EMPTY_PAGE = "<html><head><title>Nothing here</title></head><body><div class='ad'></div><nav></nav></body></html>"


def warc_record(url: str, body: bytes, status: str = "200 OK", content_type: str = "text/html; charset=utf-8") -> bytes:
    """One WARC response record holding an HTTP response."""
    from fastwarc.warc import WarcRecord, WarcRecordType

    record = WarcRecord()
    record.init_headers(WarcRecordType.response)
    record.headers["WARC-Target-URI"] = url
    record.headers["WARC-Date"] = "2024-03-06T08:00:00Z"
    record.set_bytes_content(f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n".encode() + body)
    record.is_http = True
    buffer = io.BytesIO()
    record.write(buffer)
    return buffer.getvalue()


def warc_request(url: str) -> bytes:
    from fastwarc.warc import WarcRecord, WarcRecordType

    record = WarcRecord()
    record.init_headers(WarcRecordType.request)
    record.headers["WARC-Target-URI"] = url
    record.set_bytes_content(b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n")
    buffer = io.BytesIO()
    record.write(buffer)
    return buffer.getvalue()


def gzipped(*records: bytes) -> bytes:
    """A WARC.gz: each record its own gzip member, as in Common Crawl."""
    return b"".join(gzip.compress(record) for record in records)


def rss(items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed of (title, link, pubDate) items."""
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link><guid>{escape(link)}</guid>"
        f"<pubDate>{date}</pubDate></item>"
        for title, link, date in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Example news</title>{entries}</channel></rss>'
