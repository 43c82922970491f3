"""`tidings eval TASK`: each task module has `evaluate(pipeline, docs, progress) -> dict`.

The metric names and meanings are a contract (DESIGN.md §3): outside checks parse them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

TASKS = ("events", "geo", "timex", "factuality", "quotes", "coref")


def rounded(metrics: dict, digits: int = 4) -> dict:
    """The metrics with floats rounded for reading; counts and nulls as they are."""
    return {k: round(v, digits) if isinstance(v, float) else v for k, v in metrics.items()}


def evaluator(task: str) -> Callable:
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    return importlib.import_module(f"tidings.evaluate.{task}").evaluate
