"""A web server on localhost for the tests of feeds and the HTTP client: routes set per test
(status, headers, body, a delay before answering), every request remembered."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (longer than the client's timeout: a timeout)
    etag: str | None = None  # answer 304 to a request that names it


@dataclass
class Request:
    path: str
    headers: dict[str, str]


class LocalServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_port}{path}"

    def route(self, path: str, body: bytes | str = b"", **settings) -> str:
        """Serve `body` at `path`; returns the URL."""
        self.routes[path] = Route(body.encode() if isinstance(body, str) else body, **settings)
        return self.url(path)

    def paths(self) -> list[str]:
        return [request.path for request in self.requests]

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler(server: LocalServer) -> Callable:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            server.requests.append(Request(self.path, dict(self.headers)))
            route = server.routes.get(self.path, Route(b"not found", status=404))
            if route.delay:
                time.sleep(route.delay)
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            headers = {"Content-Type": "text/html; charset=utf-8", **route.headers}
            if route.etag:
                headers["ETag"] = route.etag
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            try:
                self.wfile.write(route.body)
            except OSError:  # the client gave up waiting: what a timeout test wants
                pass

        def log_message(self, *args) -> None:
            pass

        def handle_one_request(self) -> None:
            try:
                super().handle_one_request()
            except OSError:
                pass

    return Handler


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A started LocalServer with a robots.txt allowing all (set it to test others)."""
    local = LocalServer()
    local.route("/robots.txt", "User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"})
    local.start()
    yield local
    local.stop()
