"""The timex scorer: overlap, strict and value-aware F1 and type accuracy on hand-made cases."""

from __future__ import annotations

import pytest

from tidings.evaluate.timex import Counts, Timex, count, metrics


def test_identical_timexes_score_one():
    gold = [Timex(0, 4, "DATE", "2020"), Timex(10, 17, "DURATION", "P2Y")]
    scores = metrics(count(list(gold), gold))
    assert scores == {
        "timexes": 2, "precision": 1.0, "recall": 1.0, "f1": 1.0,
        "f1_strict": 1.0, "value_f1": 1.0, "type_accuracy": 1.0,
    }


def test_overlap_counts_for_f1_but_not_for_strict_f1():
    scores = metrics(count([Timex(0, 8, "DATE", "2020")], [Timex(4, 8, "DATE", "2020")]))
    assert (scores["f1"], scores["f1_strict"], scores["value_f1"]) == (1.0, 0.0, 1.0)


def test_wrong_value_lowers_value_f1_only():
    scores = metrics(count([Timex(0, 4, "DATE", "2021")], [Timex(0, 4, "DATE", "2020")]))
    assert (scores["f1"], scores["value_f1"]) == (1.0, 0.0)


def test_spurious_and_missed_timexes_set_precision_and_recall():
    system = [Timex(0, 4, "DATE", "2020"), Timex(20, 25, "DATE", "PAST_REF")]
    gold = [Timex(0, 4, "DATE", "2020"), Timex(30, 33, "DATE", "PRESENT_REF"), Timex(40, 45, "SET", "P1W")]
    scores = metrics(count(system, gold))
    assert (scores["precision"], scores["recall"], scores["f1"]) == pytest.approx((0.5, 1 / 3, 0.4))


def test_type_accuracy_uses_the_most_overlapping_system_timex():
    system = [Timex(0, 2, "DATE", "x"), Timex(2, 10, "DURATION", "P1Y")]
    scores = metrics(count(system, [Timex(1, 10, "DURATION", "P1Y")]))
    assert scores["type_accuracy"] == 1.0


def test_counts_pool_across_documents():
    first = count([Timex(0, 4, "DATE", "2020")], [Timex(0, 4, "DATE", "2020")])
    second = count([], [Timex(0, 4, "DATE", "2020")])
    assert metrics(first + second)["recall"] == 0.5


def test_no_gold_and_no_system_scores_zero_without_dividing_by_zero():
    assert metrics(Counts())["f1"] == 0.0


def test_scoring_needs_only_the_components_the_task_declares():
    from tidings.evaluate.timex import COMPONENTS, evaluate
    from tidings.pipeline import Pipeline

    text = "Talks resumed on 4 July 2021 in Vienna."
    timex = {"start": 17, "end": 28, "type": "DATE", "value": "2021-07-04"}  # "4 July 2021"
    gold = {"id": "d1", "text": text, "dct": "2021-07-10", "timexes": [timex]}
    assert evaluate(Pipeline(components=COMPONENTS), [gold])["value_f1"] == 1.0
