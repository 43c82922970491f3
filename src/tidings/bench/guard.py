"""`tidings bench hostile`: each case of the hostile corpus through bare spaCy and the pipeline;
the worst ratio of their times is the multiple the hostile tests' timeout guard is set from
(tests/test_hostile_inputs.py), with room to spare."""

from __future__ import annotations

import json
import statistics
import sys

from tidings.bench.hostile import cases
from tidings.bench.lengths import measure, warmed_up

TIMED_FROM = 0.01  # seconds of bare spaCy below which a ratio is mostly noise: reported apart


def run(heavy: bool = True) -> dict:
    bare, pipeline = warmed_up()
    rows = []
    for case in cases():
        if case.heavy and not heavy:
            continue
        row = measure(bare, pipeline, case.name, case.text, case.published)
        rows.append({key: row[key] for key in ("text", "chars", "bare_s", "pipeline_s", "ratio", "refused", "failed") if key in row})
        print(json.dumps(rows[-1]), file=sys.stderr)
    timed = [row for row in rows if row.get("ratio")]
    return {
        "cases": len(rows),
        "refused": sum(1 for row in rows if "refused" in row),
        "failed": [row["text"] for row in rows if "failed" in row],
        "worst": _worst(row for row in timed if row["bare_s"] >= TIMED_FROM),
        "worst_under_10ms": _worst(row for row in timed if row["bare_s"] < TIMED_FROM),
        "median_ratio": round(statistics.median(row["ratio"] for row in timed), 2) if timed else None,
    }


def _worst(rows) -> dict | None:
    worst = max(rows, key=lambda row: row["ratio"], default=None)
    return {key: worst[key] for key in ("text", "chars", "bare_s", "pipeline_s", "ratio")} if worst else None
