"""`tidings eval TASK`: each task module has `evaluate(pipeline, docs, progress) -> dict`, and may
declare `COMPONENTS`, the tidings components its scoring needs (all of them by default).

The metric names and meanings are a contract (DESIGN.md §3): outside checks parse them. Every
task's metrics end with `errors`, the documents the pipeline could not read (refused or failed),
so that a crash never passes for an empty answer.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType

from tidings.progress import quiet

TASKS = ("events", "geo", "timex", "factuality", "quotes", "coref")


def rounded(metrics: dict, digits: int = 4) -> dict:
    """The metrics with floats rounded for reading; counts and nulls as they are."""
    return {k: round(v, digits) if isinstance(v, float) else v for k, v in metrics.items()}


def _task(task: str) -> ModuleType:
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    return importlib.import_module(f"tidings.evaluate.{task}")


def evaluator(task: str) -> Callable:
    return _task(task).evaluate


def components(task: str) -> tuple[str, ...]:
    """The tidings components a task's scoring needs, in pipeline order."""
    from tidings.stages import COMPONENTS

    return tuple(getattr(_task(task), "COMPONENTS", COMPONENTS))


def run(task: str, docs: list[dict], strict: bool = False, progress: Callable = quiet, **options) -> dict:
    """Build a pipeline with the task's components, score it on gold documents, and count the
    documents it could not read (`errors`); with `strict` a component's exception propagates.
    `options` go to the task's scorer (factuality's `cv`)."""
    from tidings.pipeline import Pipeline

    pipeline = Pipeline(components=components(task), strict=strict)
    metrics = evaluator(task)(pipeline, docs, progress=progress, **options)
    return metrics | {"errors": pipeline.errors}
