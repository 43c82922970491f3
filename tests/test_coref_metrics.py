"""Coreference metrics on small partitions whose scores are worked out by hand."""

from __future__ import annotations

import pytest

from tidings.evaluate.coref_metrics import assign, conll

# Key: {a b c} {d e}
KEY = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}


def _scores(response: dict) -> dict[str, tuple[float, float]]:
    return {name: (s.precision, s.recall) for name, s in conll(KEY, response).items()}


def test_identical_response_scores_one_everywhere():
    scores = conll(KEY, dict(KEY))
    assert all(score.f1 == pytest.approx(1.0) for score in scores.values())


def test_all_singletons_response():
    scores = _scores({m: m for m in KEY})
    assert scores["muc"] == (0.0, 0.0)  # no links proposed, none found
    assert scores["b3"] == pytest.approx((1.0, 2 / 5))  # recall (3·1/3 + 2·1/2) / 5
    # best alignment: {a b c}-{a} φ4 = 2/4, {d e}-{d} φ4 = 2/3; sum 7/6 over 5 responses, 2 keys
    assert scores["ceafe"] == pytest.approx((7 / 30, 7 / 12))


def test_one_big_cluster_response():
    scores = _scores({m: "all" for m in KEY})
    assert scores["muc"] == pytest.approx((3 / 4, 1.0))  # 3 of 4 response links right
    assert scores["b3"] == pytest.approx((13 / 25, 1.0))  # precision (3·3/5 + 2·2/5) / 5
    # the one response cluster aligns with {a b c}: φ4 = 6/8
    assert scores["ceafe"] == pytest.approx((3 / 4, 3 / 8))


def test_textbook_merge_of_two_key_clusters():
    # Key {1..5} {6 7} {8 9 A B C}; response {1..5} {6..C} (Luo 2005, Pradhan et al. 2014)
    key = {m: 1 for m in "12345"} | {m: 2 for m in "67"} | {m: 3 for m in "89ABC"}
    response = {m: 1 for m in "12345"} | {m: 2 for m in "6789ABC"}
    scores = conll(key, response)
    assert (scores["muc"].precision, scores["muc"].recall) == pytest.approx((9 / 10, 1.0))
    assert (scores["b3"].precision, scores["b3"].recall) == pytest.approx((16 / 21, 1.0))
    # alignment {1..5}-{1..5} φ4 = 1 and {8..C}-{6..C} φ4 = 10/12
    assert (scores["ceafe"].precision, scores["ceafe"].recall) == pytest.approx((11 / 12, 11 / 18))


def test_conll_f1_is_mean_of_three_f1s():
    scores = conll(KEY, {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3})
    mean = (scores["muc"].f1 + scores["b3"].f1 + scores["ceafe"].f1) / 3
    assert scores["conll"].f1 == pytest.approx(mean)


def test_muc_ignores_singleton_key_clusters():
    key = {"a": 1, "b": 1, "c": 2}
    with_singleton = conll(key, {"a": 1, "b": 1, "c": 2})["muc"]
    assert with_singleton.recall == 1.0 and with_singleton.precision == 1.0
    assert conll({"c": 2}, {"c": 2})["muc"].f1 == 0.0


def test_key_mention_missing_from_response_costs_recall_only():
    scores = conll(KEY, {"a": 1, "b": 1, "c": 1, "d": 2})
    assert scores["b3"].precision == pytest.approx(1.0)
    assert scores["b3"].recall == pytest.approx(7 / 10)  # a b c: 1 each; d: 1/2; e unanswered: 0


def test_assignment_is_optimal_where_greedy_is_not():
    # greedy takes 0.9 first and is left with 0.0; the optimum pairs the two 0.8s
    cost = [[-0.9, -0.8], [-0.8, 0.0]]
    assert assign(cost) == [1, 0]


def test_assignment_handles_more_columns_than_rows():
    assert assign([[3.0, 1.0, 2.0]]) == [1]


def test_coref_eval_reports_the_contract_metrics(pipeline):
    from tidings.evaluate.coref import evaluate

    def doc(doc_id: str, text: str, word: str, label: str) -> dict:
        start = text.index(word)
        mention = {"start": start, "end": start + len(word), "cluster": label}
        return {"id": doc_id, "topic": "1", "text": text, "dct": None, "event_mentions": [mention]}

    docs = [
        doc("x1", "Police arrested Mara Quill in Port Elwin.", "arrested", "E1"),
        doc("x2", "Mara Quill was arrested in Port Elwin on Friday.", "arrested", "E1"),
    ]
    metrics = evaluate(pipeline, docs)
    assert list(metrics) == ["mentions", "muc_f1", "b3_f1", "ceafe_f1", "conll_f1"]
    assert metrics["mentions"] == 2
    assert metrics["conll_f1"] == 1.0
