"""The API benchmark over synthetic events: every request it times answers over a real server
(timing is the benchmark's, never a test's)."""

from __future__ import annotations

from tidings.bench.serve import run


def test_the_api_benchmark_reports_each_request(tmp_path):
    db = tmp_path / "bench.duckdb"
    result = run(3000, db=db, repeats=1)
    assert result["events"] == 3000 and result["load_s"] >= 0
    assert set(result["requests"]) == {
        "events_first_page", "events_actor", "events_country_quad_year", "counts_month", "counts_month_by_type", "counts_month_actor",
    }
    assert all(set(timing) == {"p50_ms", "p95_ms", "cpu_ms_mean"} for timing in result["requests"].values())
    assert run(3000, db=db, repeats=1)["load_s"] is None  # a kept store is reused
