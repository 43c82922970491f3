"""`tidings eval factuality`: the system labels each gold predicate span (DESIGN.md §3).

Metrics: `events`; for certainty, polarity and time, `<attr>_accuracy` and `<attr>_macro_f1`
(F1 averaged over the classes present in the gold).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tidings.evaluate import gold as gold_io
from tidings.evaluate.metrics import f1_per_class
from tidings.pipeline import Pipeline
from tidings.progress import quiet

ATTRIBUTES = ("certainty", "polarity", "time")
UNLABELLED = "NONE"  # what an article the pipeline could not parse predicts


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float | None:
    """Share of items whose predicted label equals the gold one; None for no items."""
    if not gold:
        return None
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float | None:
    """F1 per class, averaged over the classes that occur in `gold`; None for no items."""
    if not gold:
        return None
    scores = [f1 for f1, _support in f1_per_class(gold, predicted).values()]
    return sum(scores) / len(scores)


def score(gold: dict[str, list[str]], predicted: dict[str, list[str]]) -> dict[str, float | int | None]:
    """The metrics from parallel label lists per attribute."""
    metrics: dict[str, float | int | None] = {"events": len(gold[ATTRIBUTES[0]])}
    for attribute in ATTRIBUTES:
        metrics[f"{attribute}_accuracy"] = accuracy(gold[attribute], predicted[attribute])
        metrics[f"{attribute}_macro_f1"] = macro_f1(gold[attribute], predicted[attribute])
    return metrics


def evaluate(pipeline: Pipeline, docs: list[dict], progress: Callable = quiet) -> dict:
    stage = pipeline.stage("factuality")
    gold: dict[str, list[str]] = {attribute: [] for attribute in ATTRIBUTES}
    predicted: dict[str, list[str]] = {attribute: [] for attribute in ATTRIBUTES}
    outcomes = pipeline.pipe_with_docs(gold_io.article(doc) for doc in docs)
    for doc, (_outcome, parsed) in zip(docs, progress(outcomes, len(docs), "factuality")):
        for event in doc.get("events", []):
            factuality = stage.assess(parsed, event["start"], event["end"]) if parsed is not None else None
            for attribute in ATTRIBUTES:
                gold[attribute].append(event[attribute])
                label = getattr(factuality, attribute).value if factuality is not None else UNLABELLED
                predicted[attribute].append(label)
    return score(gold, predicted)
