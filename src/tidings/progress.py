"""Progress on standard error, so standard output stays machine-readable."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

T = TypeVar("T")


def track(items: Iterable[T], total: int | None, label: str) -> Iterator[T]:
    """Yield `items`, showing a progress bar on a terminal (and nothing when stderr is a pipe)."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield from items
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=total)
        for item in items:
            yield item
            progress.advance(task)


def quiet(items: Iterable[T], total: int | None, label: str) -> Iterator[T]:
    """A `track` that shows nothing (for tests and library use)."""
    yield from items
