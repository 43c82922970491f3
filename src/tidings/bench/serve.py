"""`tidings bench serve --events N`: N synthetic events in a new store (as `tidings bench store`
makes them), the API served over it by uvicorn on localhost, and the requests an analyst's page
makes timed over HTTP: the event list's first page, filtered pages, and monthly counts. Wall
time (p50, p95), and the CPU time of a request (server, DuckDB's threads and client, all in this
process): on a machine shared with other work, the CPU time says what a request costs."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from tidings.bench.memory import peak_rss_mb
from tidings.bench.store import load, timed
from tidings.bench.synthetic_events import pools, ranked

REPEATS = 50


def run(events: int, db: Path | None = None, repeats: int = REPEATS, seed: int = 7) -> dict:
    """Load, serve, time, and report; a store at `db` is kept (and reused when it exists), a
    temporary one removed."""
    folder = None
    if db is None:
        folder = Path(tempfile.mkdtemp(prefix="tidings-bench-serve-"))
        db = folder / "bench.duckdb"
    try:
        rng = np.random.default_rng(seed)
        pool = pools(events, rng)
        load_s = None if db.exists() else round(load(db, events, pool, rng), 1)
        requests = _time_requests(db, pool, rng, repeats)
        return {"events": events, "load_s": load_s, "repeats": repeats, "peak_rss_mb": peak_rss_mb(), "requests": requests}
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def _time_requests(db: Path, pool, rng: np.random.Generator, repeats: int) -> dict:
    import httpx

    from tidings.serve import Settings, create_app
    from tidings.serve.background import BackgroundServer

    def actor() -> str:
        return pool.actor_codes[ranked(rng, len(pool.actor_codes), 1)[0]]

    def country() -> str:
        return pool.place_countries[ranked(rng, len(pool.place_countries), 1)[0]]

    def year() -> dict:
        first = int(rng.integers(2015, 2025))
        return {"since": f"{first}-01-01", "until": f"{first}-12-31"}

    with BackgroundServer(create_app(Settings(db=db))) as server, httpx.Client(base_url=server.url, timeout=60) as client:

        def get(path: str, params: Callable[[], dict] = dict) -> Callable[[], object]:
            def request() -> None:
                client.get(path, params=params()).raise_for_status()

            return request

        requests = {
            "events_first_page": get("/api/events"),
            "events_actor": get("/api/events", lambda: {"actor": actor()}),
            "events_country_quad_year": get("/api/events", lambda: {"country": country(), "quad_class": int(rng.integers(1, 5)), **year()}),
            "counts_month": get("/api/counts", lambda: {"by": "month"}),
            "counts_month_by_type": get("/api/counts", lambda: {"by": "month", "group": "type"}),
            "counts_month_actor": get("/api/counts", lambda: {"by": "month", "actor": actor()[:3]}),
        }
        return {name: _timed_with_cpu(request, repeats) for name, request in requests.items()}


def _timed_with_cpu(request: Callable[[], object], repeats: int) -> dict:
    started = time.process_time()
    timing = timed(request, repeats)
    return timing | {"cpu_ms_mean": round((time.process_time() - started) / (repeats + 1) * 1000, 1)}
