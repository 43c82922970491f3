"""`tidings serve`: its usage errors, and the ready demo (the seed read into a temporary store
and served)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest
from click.testing import CliRunner

from tidings.cli import main


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        ([], "give --db PATH or --demo"),
        (["--demo", "--db", "x.duckdb"], "give --db PATH or --demo"),
        (["--db", "x.duckdb", "--corpus", __file__], "--corpus goes with --demo"),
        (["--db", "x.duckdb", "--private-reads"], "--private-reads needs a token"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(arguments, words, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIDINGS_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", *arguments])
    assert result.exit_code == 2 and words in result.output
    assert not (tmp_path / "x.duckdb").exists()


@pytest.mark.e2e
def test_the_demo_serves_the_seed_articles_events():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "tidings.cli", "serve", "--demo", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ | {"TIDINGS_TOKEN": ""})
    try:
        health = _wait_for(f"http://127.0.0.1:{port}/api/health", server)
        assert health["articles"] == 1 and health["events"] > 0
        meeting = httpx.get(f"http://127.0.0.1:{port}/api/events", params={"place": "Vostochny Cosmodrome"}).json()
        assert [(item["cameo"], item["date"]) for item in meeting["items"]] == [("040", "2023-09-13")]
        parties = {actor["id"] for actor in meeting["items"][0]["sources"] + meeting["items"][0]["targets"]}
        assert parties == {"Q7747", "Q56226"}  # Putin and Kim Jong Un (Wikidata)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(30)


def _wait_for(url: str, server: subprocess.Popen, seconds: float = 240) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"the demo stopped: {server.stderr.read().decode()[-2000:]}")
        try:
            return httpx.get(url).json()
        except httpx.TransportError:
            time.sleep(1)
    raise AssertionError("the demo did not answer in time")
