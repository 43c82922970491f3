"""`tidings bench store --events N`: N synthetic events loaded into a new store, then the common
queries timed through `tidings.open` (DESIGN.md section 4): actor x month counts over the whole
store, the top 100 dyads, one actor's daily timeline, and the first page of one actor's event
list, each actor drawn as analysts' choices fall (frequent actors more often).

Only the tables the queries read are filled (articles, events, event actors and mentions,
canonical actors, the monthly actor counts); the synthetic articles have no items of their own."""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyarrow as pa

from tidings.bench.memory import peak_rss_mb
from tidings.bench.synthetic_events import chunks, pools, ranked

REPEATS = 20


def run(events: int, db: Path | None = None, repeats: int = REPEATS, seed: int = 7) -> dict:
    """Load, time, and report; a store at `db` is kept, a temporary one removed."""
    folder = None
    if db is None:
        folder = Path(tempfile.mkdtemp(prefix="tidings-bench-store-"))
        db = folder / "bench.duckdb"
    elif db.exists():
        raise FileExistsError(f"{db}: the benchmark writes a new store; give a path that does not exist")
    try:
        rng = np.random.default_rng(seed)
        pool = pools(events, rng)
        load_s = load(db, events, pool, rng)
        queries = _time_queries(db, pool, rng, repeats)
        return {
            "events": events, "load_s": round(load_s, 1), "file_mb": round(db.stat().st_size / 2**20, 1),
            "actors": len(pool.actor_codes), "peak_rss_mb": peak_rss_mb(), "queries": queries,
        }
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def load(db: Path, events: int, pool, rng: np.random.Generator) -> float:
    """Write the synthetic events into a new store at `db`; the seconds it took."""
    from tidings.corpus.store import Store
    from tidings.corpus.store.schema import ACTOR_MONTHS

    started = time.perf_counter()
    with Store(db) as store:
        connection = store.connection
        schemas: dict[str, pa.Schema] = {}
        for number, tables in enumerate(chunks(events, pool, rng), start=1):
            for table, columns in tables.items():
                if table not in schemas:
                    schemas[table] = connection.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
                batch = _arrow(schemas[table], columns)  # noqa: F841 (read by the SQL below)
                connection.execute(f"INSERT INTO {table} SELECT * FROM batch")
            loaded = min(number * 1_000_000, events)
            print(f"bench store: {loaded:,} of {events:,} events loaded ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
        connection.execute(ACTOR_MONTHS)
        print(f"bench store: monthly actor counts ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
        connection.execute("CHECKPOINT")
    return time.perf_counter() - started


def _arrow(schema: pa.Schema, columns: dict) -> pa.Table:
    """The table's columns in its order and types; those not generated empty (lists) or null."""
    rows = len(next(iter(columns.values())))
    arrays = []
    for field in schema:
        if field.name in columns:
            values = columns[field.name]
            arrays.append(values.cast(field.type) if isinstance(values, pa.Array) else pa.array(values, type=field.type))
        elif pa.types.is_list(field.type):
            arrays.append(pa.ListArray.from_arrays(np.zeros(rows + 1, np.int32), pa.array([], field.type.value_type)))
        else:
            arrays.append(pa.nulls(rows, field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def _time_queries(db: Path, pool, rng: np.random.Generator, repeats: int) -> dict:
    import tidings

    def actor() -> str:
        return pool.actor_codes[ranked(rng, len(pool.actor_codes), 1)[0]]

    with tidings.open(db) as corpus:
        queries: dict[str, Callable[[], object]] = {
            "actor_month": lambda: corpus.counts(by="month", group="actor", actor=actor()[:3]),
            "dyads": lambda: corpus.dyads(limit=100),
            "timeline": lambda: corpus.counts(by="day", actor=actor()),
            "event_list": lambda: corpus.events(actor=actor(), limit=100),
            "actor_month_all": lambda: corpus.counts(by="month", group="actor"),
        }
        return {name: timed(query, repeats) for name, query in queries.items()}


def timed(query: Callable[[], object], repeats: int) -> dict:
    query()  # the first run reads the file into memory: not counted
    seconds = []
    for _ in range(repeats):
        started = time.perf_counter()
        query()
        seconds.append(time.perf_counter() - started)
    seconds.sort()
    p95 = seconds[min(len(seconds) - 1, int(round(0.95 * (len(seconds) - 1))))]
    return {"p50_ms": round(statistics.median(seconds) * 1000, 1), "p95_ms": round(p95 * 1000, 1)}
