"""RSS and Atom feeds (feedparser): each item's page is fetched with the polite client and read
as HTML, with the item's title and date where the page lacks them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tidings.corpus.readers.entry import Entry, failed
from tidings.corpus.readers.html import MAX_PAGE_BYTES, from_html
from tidings.corpus.readers.http import FetchError, PoliteClient


class FeedError(Exception):
    """A feed that cannot be read; the message says why in one line."""


@dataclass(frozen=True)
class FeedItem:
    key: str  # the item's guid, else its link: what tells a new item from one seen before
    link: str | None
    title: str | None
    published: object  # feedparser's struct_time, or None


def is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def read_feed(location: str, client: PoliteClient) -> Iterator[Entry]:
    """Every item of the feed at `location` (a URL or a file), its page fetched."""
    try:
        items = parse_feed(fetch_feed(location, client), location if is_url(location) else None)
    except FeedError as error:
        yield failed(location, str(error))
        return
    for item in items:
        yield item_entry(item, client, location)


def fetch_feed(location: str, client: PoliteClient) -> bytes:
    if is_url(location):
        try:
            return client.get(location).content
        except FetchError as error:
            raise FeedError(f"cannot fetch the feed: {error}") from None
    try:
        with Path(location).open("rb") as handle:
            return handle.read(MAX_PAGE_BYTES + 1)
    except OSError as error:
        raise FeedError(f"cannot read the feed ({error.strerror or error})") from None


def parse_feed(data: bytes, url: str | None = None) -> list[FeedItem]:
    """The items of an RSS or Atom document (never fetched by feedparser itself); relative
    links are resolved against the feed's `url`."""
    import feedparser

    if len(data) > MAX_PAGE_BYTES:
        raise FeedError(f"feed too large (over {MAX_PAGE_BYTES:,} bytes)")
    parsed = feedparser.parse(data, response_headers={"content-location": url} if url else None)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        problem = parsed.get("bozo_exception") or "no RSS or Atom in it"
        raise FeedError(f"not a feed ({problem})")
    return [
        FeedItem(
            key=entry.get("id") or entry.get("link") or f"item {number}",
            link=entry.get("link"),
            title=entry.get("title"),
            # dict.get: feedparser's own get maps a missing date to the other, with a warning
            published=dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed"),
        )
        for number, entry in enumerate(parsed.entries, 1)
    ]


def item_entry(item: FeedItem, client: PoliteClient, feed: str) -> Entry:
    if not item.link:
        return failed(f"{feed} ({item.key})", "feed item without a link")
    try:
        page = client.get(item.link)
    except FetchError as error:
        return failed(item.link, str(error))
    return from_html(page.content, item.link, url=page.url, title=item.title, published=item.published)
