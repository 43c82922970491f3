"""Arithmetic the scorers share: ratios, F1, F1 per class."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence


def ratio(part: float, whole: float, empty: float | None = None) -> float | None:
    """part / whole, or `empty` when there is nothing to divide by."""
    return part / whole if whole else empty


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0.0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def f1_per_class(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, tuple[float, int]]:
    """For each label in `gold`: its F1 and its gold support."""
    pairs = list(zip(gold, predicted, strict=True))
    support = Counter(gold)
    predicted_counts = Counter(predicted)
    scores = {}
    for label, count in support.items():
        hits = sum(g == p == label for g, p in pairs)
        scores[label] = (2 * hits / (count + predicted_counts[label]), count)
    return scores
