"""`tidings eval timex`: TIMEX3 recognition and normalization against TempEval-style gold.

Metrics (DESIGN.md §3): `timexes`; `precision`, `recall`, `f1` (a system and a gold timex match
when their spans overlap); `f1_strict` (identical spans); `value_f1` (overlapping and the same
TIMEX3 value); `type_accuracy` (of gold timexes some system timex overlaps, the share whose
most-overlapping system timex has the gold type). Counts are pooled over all documents."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from tidings.errors import ReadError
from tidings.evaluate.gold import article
from tidings.evaluate.metrics import f1, ratio
from tidings.progress import quiet

COMPONENTS = ("tidings_times",)  # what the pipeline must run for this task: the times need only the parse


class Timex(NamedTuple):
    start: int
    end: int
    type: str
    value: str


class Counts(NamedTuple):
    """Per-document tallies; they add up across documents."""

    system: int = 0
    gold: int = 0
    system_overlapping: int = 0
    gold_overlapped: int = 0
    system_exact: int = 0
    gold_exact: int = 0
    system_valued: int = 0
    gold_valued: int = 0
    typed: int = 0

    def __add__(self, other: Counts) -> Counts:  # type: ignore[override]
        return Counts(*(a + b for a, b in zip(self, other)))


def _overlap(a: Timex, b: Timex) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def count(system: list[Timex], gold: list[Timex]) -> Counts:
    """Tallies for one document."""

    def overlapping(item: Timex, others: list[Timex]) -> list[Timex]:
        return [other for other in others if _overlap(item, other) > 0]

    def exact(item: Timex, others: list[Timex]) -> bool:
        return any((item.start, item.end) == (o.start, o.end) for o in others)

    def same_value(item: Timex, others: list[Timex]) -> bool:
        return any(o.value == item.value for o in overlapping(item, others))

    typed = 0
    for g in gold:
        matches = overlapping(g, system)
        if matches and max(matches, key=lambda s: _overlap(g, s)).type == g.type:
            typed += 1
    return Counts(
        system=len(system),
        gold=len(gold),
        system_overlapping=sum(bool(overlapping(s, gold)) for s in system),
        gold_overlapped=sum(bool(overlapping(g, system)) for g in gold),
        system_exact=sum(exact(s, gold) for s in system),
        gold_exact=sum(exact(g, system) for g in gold),
        system_valued=sum(same_value(s, gold) for s in system),
        gold_valued=sum(same_value(g, system) for g in gold),
        typed=typed,
    )


def _ratio(part: int, whole: int) -> float:
    return ratio(part, whole, empty=0.0)


def metrics(counts: Counts) -> dict[str, float | int]:
    """The contract's metrics from pooled tallies."""
    precision = _ratio(counts.system_overlapping, counts.system)
    recall = _ratio(counts.gold_overlapped, counts.gold)
    strict = f1(_ratio(counts.system_exact, counts.system), _ratio(counts.gold_exact, counts.gold))
    valued = f1(_ratio(counts.system_valued, counts.system), _ratio(counts.gold_valued, counts.gold))
    return {
        "timexes": counts.gold,
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
        "f1_strict": strict,
        "value_f1": valued,
        "type_accuracy": _ratio(counts.typed, counts.gold_overlapped),
    }


def evaluate(pipeline, docs: list[dict], progress: Callable = quiet) -> dict[str, float | int]:
    """Run the pipeline over gold documents and score its times."""
    outcomes = progress(pipeline.pipe(article(doc) for doc in docs), len(docs), "timex")
    total = Counts()
    for doc, outcome in zip(docs, outcomes):
        gold = [Timex(t["start"], t["end"], t["type"], t["value"]) for t in doc["timexes"]]
        system: list[Timex] = []
        if not isinstance(outcome, ReadError):
            system = [Timex(w.spans[0].start, w.spans[0].end, w.type, w.value) for w in outcome.times if w.spans]  # not the publication date
        total = total + count(system, gold)
    return metrics(total)


