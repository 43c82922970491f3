"""`tidings serve` in a process of its own, over a store ingested by `tidings ingest` from articles
written for these tests and the seed: what a user runs, for the browser tests."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from conftest import REPO

TIDINGS = str(Path(sys.executable).with_name("tidings"))
TOKEN = "web-test-token"
STARTUP_S = 120
SEED = REPO / "examples" / "seed.txt"
SEED_PUBLISHED = "2023-09-13"
ARTICLES = [  # (title, published, text): invented reports, none taken from any outlet
    ("Chile and Peru hold fishing talks", "2024-05-06",
     "Ministers of Chile and Peru met in Santiago on Monday to discuss fishing rights in the waters between "
     "the two countries. The Chilean foreign minister said the talks would continue in Lima next month."),
    ("Arrests after a fuel protest", "2024-03-08",
     "Brazilian police arrested dozens of protesters in Sao Paulo on Friday after clashes over fuel prices. "
     "Union leaders condemned the arrests and demanded the release of the protesters."),
    ("A trade agreement in Abuja", "2024-02-13",
     "French President Emmanuel Macron visited Nigeria on Tuesday and signed a trade agreement with Nigerian "
     "President Bola Tinubu in Abuja. Tinubu praised France for its support."),
    ("Shelling near the border", "2024-01-14",
     "Turkish troops shelled villages near Kobani in Syria on Sunday, Kurdish officials said. The Syrian "
     "government accused Turkey of violating its sovereignty."),
    ("Tokyo and Seoul to talk again", "2024-04-10",
     "Japan and South Korea agreed on Wednesday to resume security talks in Tokyo in May. The Japanese prime "
     "minister welcomed the decision."),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _ingest(db: Path, folder: Path) -> None:
    articles = folder / "articles.jsonl"
    lines = [{"title": title, "published": published, "text": text} for title, published, text in ARTICLES]
    lines.append({"published": SEED_PUBLISHED, "text": SEED.read_text(encoding="utf-8")})
    articles.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    done = subprocess.run([TIDINGS, "ingest", str(articles), "--db", str(db)], capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout.decode().splitlines()[-1])["stored"] == len(lines)


@pytest.fixture(scope="module")
def web_store(tmp_path_factory) -> Path:
    """The test store, ingested once for a module."""
    folder = tmp_path_factory.mktemp("web")
    _ingest(folder / "store.duckdb", folder)
    return folder / "store.duckdb"


@contextmanager
def serving(db: Path, *flags: str) -> Iterator[str]:
    """`tidings serve` over a copy of `db` (a store is open to one process): its base URL."""
    served = db.with_name(f"served-{_free_port()}.duckdb")
    shutil.copyfile(db, served)
    url = f"http://127.0.0.1:{_free_port()}"
    log_path = served.with_suffix(".log")
    with log_path.open("wb") as log:
        server = subprocess.Popen([TIDINGS, "serve", "--db", str(served), "--port", url.rsplit(":", 1)[1], "--token", TOKEN, *flags],
                                  stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + STARTUP_S
            while True:
                assert server.poll() is None, log_path.read_text()
                assert time.monotonic() < deadline, "tidings serve did not answer"
                try:
                    httpx.get(f"{url}/api/health", timeout=2)
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            yield url
        finally:
            server.terminate()
            server.wait(30)


@pytest.fixture(scope="module")
def web_server(web_store: Path) -> Iterator[str]:
    """The base URL of `tidings serve` over the test store, reads public (writes need TOKEN)."""
    with serving(web_store) as url:
        yield url
