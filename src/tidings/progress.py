"""Progress on standard error, so standard output stays machine-readable."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.text import Text

T = TypeVar("T")


def track(items: Iterable[T], total: int | None, label: str, unit: str | None = None) -> Iterator[T]:
    """Yield `items`, showing a progress bar on a terminal (and nothing when stderr is a pipe);
    with a `unit`, also the items per second ("12.5 articles/s")."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield from items
        return
    rate = (RateColumn(unit),) if unit else ()
    columns = (TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(), *rate, TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=total)
        for item in items:
            yield item
            progress.advance(task)


def quiet(items: Iterable[T], total: int | None, label: str) -> Iterator[T]:
    """A `track` that shows nothing (for tests and library use)."""
    yield from items


class RateColumn(ProgressColumn):
    """Items per second, over rich's recent window."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:.1f} {self.unit}/s")
