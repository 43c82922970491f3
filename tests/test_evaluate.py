"""Shared scoring arithmetic and the eval command's conventions: the components a task runs,
and an `errors` count in every task's metrics."""

import pytest

from conftest import gold as gold_file
from tidings.evaluate import TASKS, components, evaluator, gold, rounded, run, timex
from tidings.stages import COMPONENTS
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


def _timex_doc(doc_id: str, text: str) -> dict:
    return {"id": doc_id, "corpus": "test", "text": text, "dct": "2024-03-06", "timexes": []}


def test_a_task_without_a_components_list_runs_them_all(monkeypatch):
    monkeypatch.delattr(timex, "COMPONENTS", raising=False)
    assert components("timex") == COMPONENTS


def test_a_task_runs_only_the_components_it_declares(monkeypatch):
    monkeypatch.setattr(timex, "COMPONENTS", ("tidings_times",), raising=False)
    assert components("timex") == ("tidings_times",)


def test_every_task_declares_components_the_pipeline_knows():
    for task in TASKS:
        assert set(components(task)) <= set(COMPONENTS), task


def test_metrics_count_the_documents_the_pipeline_could_not_read(monkeypatch):
    monkeypatch.setattr(timex, "COMPONENTS", ("tidings_times", "test_broken"), raising=False)
    docs = [_timex_doc("a", "The talks ended on Monday."), _timex_doc("b", "   ")]
    metrics = run("timex", docs)
    assert metrics["errors"] == 2 and metrics["timexes"] == 0


def test_a_strict_run_lets_a_component_failure_propagate(monkeypatch):
    monkeypatch.setattr(timex, "COMPONENTS", ("tidings_times", "test_broken"), raising=False)
    with pytest.raises(ZeroDivisionError):
        run("timex", [_timex_doc("a", "The talks ended on Monday.")], strict=True)


CONTRACT = {  # DESIGN.md §3
    "events": {"docs", "primary_type_accuracy", "primary_type_weighted_f1", "event_recall", "cameo_accuracy",
               "cameo_root_accuracy", "triple_accuracy", "source_accuracy", "target_accuracy",
               "source_accuracy_aliased", "target_accuracy_aliased"},
    "geo": {"toponyms", "recall", "acc161", "median_km", "mean_km", "acc161_gold_spans"},
    "timex": {"timexes", "precision", "recall", "f1", "f1_strict", "value_f1", "type_accuracy"},
    "factuality": {"events", "cv_folds", *(f"{a}_{m}" for a in ("certainty", "polarity", "time") for m in ("accuracy", "macro_f1", "majority"))},
    "quotes": {"attributions", "content_precision", "content_recall", "content_f1", "source_accuracy", "cue_accuracy"},
    "coref": {"mentions", "muc_f1", "b3_f1", "ceafe_f1", "conll_f1"},
}


@pytest.mark.e2e
@pytest.mark.gold
@pytest.mark.parametrize("task", TASKS)
def test_every_task_reports_the_contract_metrics_and_no_errors_on_gold(task):
    docs = gold.load([gold_file(f"{task}_dev.jsonl")])[:3]
    metrics = run(task, docs)
    assert set(metrics) == CONTRACT[task] | {"errors"}
    assert metrics["errors"] == 0
