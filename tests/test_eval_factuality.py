"""The factuality scorer: accuracy and macro F1 over gold classes, on hand-made cases."""

from __future__ import annotations

import pytest

from tidings.evaluate.factuality import accuracy, evaluate, macro_f1, score
from tidings.pipeline import Pipeline


def test_accuracy_is_the_share_of_equal_labels():
    assert accuracy(["A", "A", "B", "B"], ["A", "B", "B", "B"]) == 0.75


def test_accuracy_of_nothing_is_none():
    assert accuracy([], []) is None


def test_macro_f1_averages_per_class_f1():
    # A: tp 1, gold 2, predicted 1 -> 2/3; B: tp 2, gold 2, predicted 3 -> 4/5
    assert macro_f1(["A", "A", "B", "B"], ["A", "B", "B", "B"]) == pytest.approx((2 / 3 + 4 / 5) / 2)


def test_macro_f1_counts_only_classes_present_in_gold():
    # C is predicted but never gold: it costs A precision, it is not a class of its own
    assert macro_f1(["A", "A"], ["A", "C"]) == pytest.approx(2 / 3)


def test_macro_f1_of_a_class_never_predicted_is_zero():
    assert macro_f1(["A", "B"], ["A", "A"]) == pytest.approx((2 / 3 + 0) / 2)


def test_majority_baseline_scores_full_accuracy_but_low_macro_f1():
    gold = ["POS"] * 9 + ["NEG"]
    predicted = ["POS"] * 10
    assert accuracy(gold, predicted) == 0.9
    assert macro_f1(gold, predicted) == pytest.approx((18 / 19) / 2)


def test_score_names_the_contract_metrics():
    labels = {"certainty": ["CERTAIN"], "polarity": ["NEG"], "time": ["FUTURE"]}
    metrics = score(labels, labels)
    assert metrics == {
        "events": 1,
        "certainty_accuracy": 1.0, "certainty_macro_f1": 1.0,
        "polarity_accuracy": 1.0, "polarity_macro_f1": 1.0,
        "time_accuracy": 1.0, "time_macro_f1": 1.0,
        "certainty_majority": 1.0, "polarity_majority": 1.0, "time_majority": 1.0,
    }


def test_evaluate_labels_each_gold_span(pipeline: Pipeline):
    text = "The port did not open. The ferry may sail tomorrow."
    events = [
        {"start": text.index("open"), "end": text.index("open") + 4,
         "certainty": "CERTAIN", "polarity": "NEG", "time": "NON_FUTURE"},
        {"start": text.index("sail"), "end": text.index("sail") + 4,
         "certainty": "POSSIBLE", "polarity": "POS", "time": "FUTURE"},
    ]
    docs = [{"id": "t:1", "text": text, "dct": "2024-03-06", "events": events}]
    metrics = evaluate(pipeline, docs)
    assert metrics["events"] == 2
    assert metrics["polarity_accuracy"] == 1.0
    assert metrics["certainty_accuracy"] == 1.0
    assert metrics["time_accuracy"] == 1.0

