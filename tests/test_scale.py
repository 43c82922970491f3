"""Ray scale-out: N workers give the same store as one process; without Ray, --workers > 1 is
refused in one line saying how to install it."""

from __future__ import annotations

import importlib.util
import json
import socket
import sys

import pytest
from click.testing import CliRunner

from stored_rows import rows
from tidings.cli import main
from tidings.corpus.ingest import BATCH, LocalEngine, ingest
from tidings.corpus.store import Store
from tidings.corpus.scale import INSTALL, RayEngine, ScaleError


ARTICLES = 2 * BATCH + BATCH // 2  # three batches: both workers busy, the last one short


def corpus(folder) -> str:
    """Short generated articles, one broken line and one empty text, as JSONL."""
    from tidings.bench.texts import article

    lines = [json.dumps({"text": article(50, seed=n), "published": "2024-03-06"}) for n in range(ARTICLES)]
    lines[5:5] = ["{broken", json.dumps({"text": " "})]
    path = folder / "news.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


@pytest.fixture
def no_ray(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray raises ImportError


def test_without_ray_more_workers_are_refused_saying_how_to_install_it(no_ray):
    with pytest.raises(ScaleError, match=r"pip install 'tidings\[scale\]'"):
        RayEngine(2)


def test_tidings_ingest_without_ray_says_so_in_one_line(tmp_path, no_ray):
    result = CliRunner().invoke(main, ["ingest", "x.jsonl", "--db", str(tmp_path / "db"), "--workers", "2"])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"tidings: {INSTALL}"


NEEDS_RAY = pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="needs Ray (pip install 'tidings[scale]')")


@NEEDS_RAY
def test_a_cluster_address_that_does_not_answer_is_refused_in_one_line():
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]  # closed again before the engine tries it
    with pytest.raises(ScaleError, match=rf"cannot reach the Ray cluster at 127.0.0.1:{port}"):
        RayEngine(2, address=f"127.0.0.1:{port}")


@pytest.mark.e2e
@NEEDS_RAY
def test_two_ray_workers_give_the_same_store_as_one_process_row_for_row(tmp_path, pipeline):
    source = corpus(tmp_path)
    stores = {}
    for name in ("local", "ray"):
        engine = LocalEngine(pipeline) if name == "local" else RayEngine(2)
        store = Store(tmp_path / f"{name}.duckdb")
        try:
            tally = ingest([source], store, engine)
        finally:
            store.close()
            if name == "ray":
                engine.close()
        assert (tally.stored, tally.errors) == (ARTICLES, 2)
        stores[name] = rows(tmp_path / f"{name}.duckdb")
    assert stores["ray"] == stores["local"]
