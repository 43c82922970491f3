"""A polite HTTP client for feeds and their pages: it names itself, respects robots.txt (RFC
9309) and its crawl delay, waits between requests to one host, gives up after a timeout, and
retries what may pass (timeouts, refused connections, 429 and 5xx) with growing pauses."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from typing import TYPE_CHECKING

from tidings.corpus.readers.html import MAX_PAGE_BYTES
from tidings.version import __version__

if TYPE_CHECKING:  # imported on the first request: `tidings read` of a file never pays for them
    from urllib.robotparser import RobotFileParser

    import httpx

USER_AGENT = f"tidings/{__version__} (news event reader; honours robots.txt)"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 60.0  # seconds: a longer Retry-After is not waited for
ROBOTS_TTL = 24 * 3600.0  # seconds a robots.txt is trusted (RFC 9309 §2.4)
ROBOTS_FAILURE_TTL = 600.0  # seconds an unreachable robots.txt (complete disallow) is trusted


class FetchError(Exception):
    """A page that could not be fetched; the message says why in one line."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    status: int  # 304: not modified since the validators given
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Politeness:
    timeout: float = 10.0  # seconds for each request
    retries: int = 2  # tries after the first
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    delay: float = 1.0  # seconds between two requests to one host, at least
    user_agent: str = USER_AGENT
    max_bytes: int = MAX_PAGE_BYTES


class PoliteClient:
    def __init__(self, politeness: Politeness = Politeness(), transport: httpx.BaseTransport | None = None) -> None:
        self.politeness = politeness
        self._transport = transport
        self._client: httpx.Client | None = None  # opened at the first request
        self._robots: dict[str, tuple[RobotFileParser, float]] = {}
        self._next_request: dict[str, float] = {}

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Page:
        """The page at `url`, or FetchError. With `etag` / `last_modified` (from an earlier
        Page's headers) the request is conditional: status 304 and no content when unchanged."""
        if not self.allowed(url):
            raise FetchError("robots.txt disallows it")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, headers)

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        cached = self._robots.get(root)
        if cached is None or cached[1] < time.monotonic():
            cached = self._robots[root] = self._load_robots(root)
        return cached[0].can_fetch(self.politeness.user_agent, url)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _load_robots(self, root: str) -> tuple[RobotFileParser, float]:
        """RFC 9309: a robots.txt that is missing (4xx) allows all; one that cannot be reached
        (5xx, network) disallows all until it is tried again."""
        from urllib.robotparser import RobotFileParser

        rules = RobotFileParser(f"{root}/robots.txt")
        try:
            page = self._get(f"{root}/robots.txt", {})
        except FetchError as error:
            if error.status is not None and 400 <= error.status < 500:
                rules.allow_all = True
                return rules, time.monotonic() + ROBOTS_TTL
            rules.disallow_all = True
            return rules, time.monotonic() + ROBOTS_FAILURE_TTL
        rules.parse(page.content.decode("utf-8", "replace").splitlines())
        return rules, time.monotonic() + ROBOTS_TTL

    def _get(self, url: str, headers: dict[str, str]) -> Page:
        import httpx

        settings = self.politeness
        problem, status = "", None
        for attempt in range(settings.retries + 1):
            pause = settings.backoff * 2**attempt
            self._wait_for(url)
            try:
                page = self._once(url, headers)
            except httpx.TimeoutException:
                problem = f"timed out ({settings.timeout:g} s)"
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
                raise FetchError(f"not a URL it can fetch ({error})") from None
            except httpx.TransportError as error:
                problem = f"cannot connect ({type(error).__name__}: {error})"
            else:
                if page.status < 400:
                    return page
                problem, status = f"HTTP {page.status}", page.status
                if page.status not in RETRY_STATUS:
                    raise FetchError(problem, status)
                pause = max(pause, _retry_after(page.headers.get("retry-after")))
            if attempt < settings.retries:
                time.sleep(pause)
        tries = settings.retries + 1
        raise FetchError(f"{problem} ({tries} {'try' if tries == 1 else 'tries'})", status)

    def _once(self, url: str, headers: dict[str, str]) -> Page:
        import httpx

        limit = self.politeness.max_bytes
        if self._client is None:
            self._client = httpx.Client(
                timeout=self.politeness.timeout, follow_redirects=True, transport=self._transport,
                headers={"User-Agent": self.politeness.user_agent},
            )
        with self._client.stream("GET", url, headers=headers) as response:
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"page too large (over {limit:,} bytes)")
                chunks.append(chunk)
            return Page(str(response.url), response.status_code, b"".join(chunks), dict(response.headers))

    def _wait_for(self, url: str) -> None:
        """Sleep until this host may be asked again (the larger of our delay and its
        robots.txt crawl delay)."""
        parts = urlsplit(url)
        host = parts.netloc
        now = time.monotonic()
        ready = self._next_request.get(host, now)
        if ready > now:
            time.sleep(ready - now)
        delay = self.politeness.delay
        robots = self._robots.get(f"{parts.scheme}://{host}")
        if robots is not None:
            delay = max(delay, float(robots[0].crawl_delay(self.politeness.user_agent) or 0))
        self._next_request[host] = time.monotonic() + delay


def _retry_after(value: str | None) -> float:
    try:
        return min(float(value), MAX_RETRY_AFTER) if value else 0.0
    except ValueError:
        return 0.0
