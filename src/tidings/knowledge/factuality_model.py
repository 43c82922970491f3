"""The factuality model (`factuality_model.json`): one multinomial logistic regression per
attribute (certainty, polarity, time) over the predicate's features (`stages/factuality_features`),
trained by `tidings train factuality` on MEANTIME's annotations. Applied here in plain Python: a
sum of the weights of the features present, a softmax, and the rules' label where the model's
best probability is below the attribute's `min_probability` or a cue word set it (`kept`)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import lru_cache

from pydantic import BaseModel, PrivateAttr

from tidings.knowledge import data_path

MODEL_FILE = "factuality_model.json"


class AttributeModel(BaseModel):
    """Weights of one attribute's classifier: feature -> one weight per class."""

    classes: list[str]
    intercept: list[float]
    weights: dict[str, list[float]]
    min_probability: float = 0.0  # below it the rules decide
    kept: list[str] = []  # rules' labels that stand whatever the model says (those a cue word set)

    def probabilities(self, features: Iterable[str]) -> list[float]:
        rows = [row for feature in set(features) if (row := self.weights.get(feature)) is not None]
        scores = [sum(column) for column in zip(self.intercept, *rows, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def label(self, features: Iterable[str], fallback: str) -> str:
        """The most probable class, or `fallback` (the rules' label) where the model is unsure
        or the label is one it keeps."""
        if fallback in self.kept:
            return fallback
        probabilities = self.probabilities(features)
        best = max(range(len(probabilities)), key=probabilities.__getitem__)
        return self.classes[best] if probabilities[best] >= self.min_probability else fallback


class FactualityModel(BaseModel):
    """The three attributes' classifiers and where they were trained. `cue_words`: the rules'
    cue words seen in training; a predicate with another cue word is left to the rules, since
    the model has learned nothing of it ("reportedly" unseen must not read as certain)."""

    trained_on: str  # the gold file and its size, for the record
    cue_words: list[str] = []
    attributes: dict[str, AttributeModel]
    _known: frozenset[str] = PrivateAttr(default=frozenset())

    def model_post_init(self, context: object) -> None:
        self._known = frozenset(self.cue_words)

    def knows(self, cue_words: Iterable[str]) -> bool:
        return self._known.issuperset(cue_words)


@lru_cache(maxsize=1)
def factuality_model() -> FactualityModel:
    return FactualityModel.model_validate(json.loads(data_path(MODEL_FILE).read_text(encoding="utf-8")))
