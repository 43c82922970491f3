"""A browser tab for the web tests: every request it makes and every script error it meets are
kept, and each view can be saved as a screenshot."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from conftest import SCREENSHOTS

LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


class Tab:
    def __init__(self, browser) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)

    def screenshot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)

    def outside_requests(self) -> list[str]:
        """Requests to anywhere but this machine (file: and data: URLs stay here)."""
        return [url for url in self.requests if urlsplit(url).scheme not in ("file", "data") and urlsplit(url).hostname not in LOCAL_HOSTS]


@pytest.fixture
def tab(chromium) -> Iterator[Tab]:
    opened = Tab(chromium)
    yield opened
    opened.page.close()
