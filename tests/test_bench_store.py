"""The store benchmark's synthetic events: a store the queries read like any other (timing is
the benchmark's, never a test's)."""

from __future__ import annotations

import numpy as np
import pytest

import tidings
from tidings.bench.store import run
from tidings.bench.synthetic_events import ranked
from tidings.corpus.filters import EventFilter
from tidings.corpus.query import _actor_counts, _actor_counts_rollup


def test_the_benchmark_reports_each_query_in_the_design_shape(tmp_path):
    result = run(3000, db=tmp_path / "bench.duckdb", repeats=1)
    assert result["events"] == 3000 and result["load_s"] >= 0
    assert set(result["queries"]) >= {"actor_month", "dyads", "timeline", "event_list"}
    assert all(set(timing) == {"p50_ms", "p95_ms"} for timing in result["queries"].values())


def test_synthetic_events_are_counted_alike_by_the_monthly_table_and_the_events(tmp_path):
    path = tmp_path / "bench.duckdb"
    run(5000, db=path, repeats=1)
    with tidings.open(path) as corpus:
        assert corpus.connection.execute("SELECT count(*) FROM events").fetchall() == [(5000,)]
        code = corpus.connection.execute("SELECT actor1_code FROM events WHERE actor1_code IS NOT NULL LIMIT 1").fetchall()[0][0]
        for chosen in (EventFilter(), EventFilter(actor=code[:3])):
            fast, fast_params = _actor_counts_rollup("month", chosen)
            slow, slow_params = _actor_counts("month", chosen)
            rows = corpus.connection.sql(fast, params=fast_params).fetchall()
            expected = corpus.connection.sql(slow, params=slow_params).fetchall()
            assert [row[:4] for row in rows] == [row[:4] for row in expected]
            assert [row[4] for row in rows] == pytest.approx([row[4] for row in expected])


def test_ranks_are_drawn_most_often_first():
    draws = ranked(np.random.default_rng(1), 100, 20_000)
    counts = np.bincount(draws, minlength=100)
    assert counts[0] > counts[9] > counts[99] and draws.min() >= 0 and draws.max() <= 99
