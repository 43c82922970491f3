"""Shared scoring arithmetic and the eval command's output conventions."""

import pytest

from tidings.evaluate import evaluator, rounded
from tidings.evaluate.metrics import f1, f1_per_class, ratio


def test_ratio_of_nothing_is_the_given_empty_value():
    assert ratio(1, 4) == 0.25
    assert ratio(0, 0) is None and ratio(0, 0, empty=0.0) == 0.0


def test_f1_is_the_harmonic_mean_and_zero_without_hits():
    assert f1(0.5, 1.0) == pytest.approx(2 / 3)
    assert f1(0.0, 0.0) == 0.0


def test_f1_per_class_counts_each_gold_label_with_its_support():
    scores = f1_per_class(["A", "A", "B"], ["A", "B", "B"])
    assert scores["A"] == (pytest.approx(2 / 3), 2)  # 1 hit, 2 gold, 1 predicted
    assert scores["B"] == (pytest.approx(2 / 3), 1)  # 1 hit, 1 gold, 2 predicted


def test_metrics_are_rounded_for_reading_and_counts_are_kept():
    assert rounded({"events": 3, "f1": 2 / 3, "none": None}) == {"events": 3, "f1": 0.6667, "none": None}


def test_unknown_task_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="events, geo, timex"):
        evaluator("sentiment")
