"""`tidings eval factuality`: the system labels each gold predicate span (DESIGN.md §3).

Metrics: `events`; for certainty, polarity and time, `<attr>_accuracy`, `<attr>_macro_f1`
(F1 averaged over the classes present in the gold) and `<attr>_majority` (the accuracy of always
answering the attribute's most frequent gold class); `cv_folds`: 0 when the shipped model
labelled the documents (it was trained on MEANTIME's dev set: its figures there are fitted),
else K: each document labelled by a model trained on the other K-1 folds (grouped by document).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from tidings.evaluate.metrics import f1_per_class
from tidings.pipeline import Pipeline
from tidings.progress import quiet
from tidings.training import factuality as training
from tidings.training.factuality import ATTRIBUTES
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


def majority(gold: Sequence[str]) -> float | None:
    """The accuracy of always answering the most frequent gold label; None for no items."""
    if not gold:
        return None
    return Counter(gold).most_common(1)[0][1] / len(gold)


def score(gold: dict[str, list[str]], predicted: dict[str, list[str]]) -> dict[str, float | int | None]:
    """The metrics from parallel label lists per attribute."""
    metrics: dict[str, float | int | None] = {"events": len(gold[ATTRIBUTES[0]])}
    for attribute in ATTRIBUTES:
        metrics[f"{attribute}_accuracy"] = accuracy(gold[attribute], predicted[attribute])
        metrics[f"{attribute}_macro_f1"] = macro_f1(gold[attribute], predicted[attribute])
        metrics[f"{attribute}_majority"] = majority(gold[attribute])
    return metrics


def evaluate(pipeline: Pipeline, docs: list[dict], progress: Callable = quiet, cv: int = 0) -> dict:
    """The shipped labelling scored on `docs`, or with `cv` >= 2 a model retrained per fold."""
    found = training.examples(pipeline, docs, progress)
    if cv:
        labels = training.cross_validated(found, cv)
    else:
        labels = training.labelled(found, pipeline.stage("factuality").model)
    gold = {attribute: [example.gold[attribute] for example in found] for attribute in ATTRIBUTES}
    predicted = {
        attribute: [getattr(f, attribute).value if f is not None else UNLABELLED for f in labels]
        for attribute in ATTRIBUTES
    }
    return score(gold, predicted) | {"cv_folds": cv}
