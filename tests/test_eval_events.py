"""The events scorer on small hand-made cases with known answers."""

from __future__ import annotations

import pytest

from tidings.evaluate.events import DocScore, SystemEvent, gold_code, score, side_matches, weighted_f1


def _system(type_: str, cameo: str = "040", confidence: float = 0.5, sources=(), targets=()) -> SystemEvent:
    return SystemEvent(
        type=type_, cameo=cameo, confidence=confidence, sources=list(sources), targets=list(targets)
    )


def _gold(type_: str | None, cameo: str | None = None, source=(), target=()) -> dict:
    return {"type": type_, "cameo": cameo, "source": list(source), "target": list(target)}


def test_primary_type_is_the_most_confident_system_event() -> None:
    system = [_system("CONSULT", confidence=0.3), _system("ASSAULT", confidence=0.9)]
    doc = DocScore(gold=[_gold("ASSAULT")], system=system)
    assert score([doc])["primary_type_accuracy"] == 1.0


def test_a_document_without_system_events_predicts_none() -> None:
    metrics = score([DocScore(gold=[_gold("PROTEST")], system=[])])
    assert metrics["primary_type_accuracy"] == 0.0
    assert metrics["event_recall"] == 0.0


def test_event_recall_counts_gold_events_whose_type_some_system_event_has() -> None:
    doc = DocScore(gold=[_gold("AGREE"), _gold("REJECT")], system=[_system("REJECT", confidence=0.1)])
    assert score([doc])["event_recall"] == 0.5


def test_cameo_metrics_are_null_without_gold_codes() -> None:
    metrics = score([DocScore(gold=[_gold("AGREE")], system=[_system("AGREE")])])
    assert metrics["cameo_accuracy"] is None
    assert metrics["cameo_root_accuracy"] is None
    assert metrics["triple_accuracy"] is None


def test_cameo_root_accuracy_compares_the_first_two_digits() -> None:
    doc = DocScore(gold=[_gold("CONSULT", "042")], system=[_system("CONSULT", "043")])
    metrics = score([doc])
    assert metrics["cameo_accuracy"] == 0.0
    assert metrics["cameo_root_accuracy"] == 1.0


def test_triple_needs_code_source_and_target() -> None:
    gold = _gold("ACCUSE", "112", source=[{"code": "USA", "sector": "GOV"}], target=[{"code": "RUS"}])
    hit = DocScore(gold=[gold], system=[_system("ACCUSE", "112", sources=["USAGOV"], targets=["RUSMIL"])])
    swapped = DocScore(gold=[gold], system=[_system("ACCUSE", "112", sources=["RUS"], targets=["USAGOV"])])
    assert score([hit])["triple_accuracy"] == 1.0
    assert score([swapped])["triple_accuracy"] == 0.0


def test_gold_code_joins_a_role_sector_and_drops_placeholders() -> None:
    assert gold_code({"code": "HUN", "sector": "GOV"}) == "HUNGOV"
    assert gold_code({"code": "BGD", "sector": "***"}) == "BGD"
    assert gold_code({"code": None}) is None


def test_a_multi_actor_side_matches_on_one_shared_party() -> None:
    gold = [{"code": "JOR"}, {"code": "GBR"}]
    assert side_matches(["GBRGOV"], gold)
    assert not side_matches(["FRA"], gold)
    assert side_matches([], [])
    assert not side_matches(["FRA"], [])


def test_weighted_f1_weighs_each_gold_label_by_its_support() -> None:
    # AGREE: P=1, R=1/2 -> F1=2/3 (support 2); REJECT: P=1/2, R=1 -> F1=2/3 (support 1)
    assert weighted_f1(["AGREE", "AGREE", "REJECT"], ["AGREE", "REJECT", "REJECT"]) == pytest.approx(2 / 3)


def test_weighted_f1_uses_none_for_documents_without_gold_or_system_events() -> None:
    metrics = score([DocScore(gold=[], system=[]), DocScore(gold=[_gold("AID")], system=[_system("AID")])])
    assert metrics["docs"] == 2
    assert metrics["primary_type_weighted_f1"] == 1.0
    assert metrics["primary_type_accuracy"] == 1.0


def test_source_accuracy_needs_a_matching_actor_on_an_event_of_the_gold_type() -> None:
    gold = _gold("ACCUSE", source=[{"code": "USA", "sector": "GOV"}], target=[{"code": "RUS"}])
    right_type = DocScore(gold=[gold], system=[_system("ACCUSE", sources=["USAGOV"], targets=["CHN"])])
    other_type = DocScore(gold=[gold], system=[_system("THREATEN", sources=["USAGOV"], targets=["RUS"])])
    assert (score([right_type])["source_accuracy"], score([right_type])["target_accuracy"]) == (1.0, 0.0)
    assert (score([other_type])["source_accuracy"], score([other_type])["target_accuracy"]) == (0.0, 0.0)


def test_side_accuracy_counts_only_gold_events_with_coded_actors_there() -> None:
    uncoded = _gold("PROTEST", source=[{"text": "students", "code": None}])
    coded = _gold("PROTEST", source=[{"code": "FRA"}])
    metrics = score([DocScore(gold=[uncoded], system=[]), DocScore(gold=[coded], system=[_system("PROTEST", sources=["FRA"])])])
    assert metrics["source_accuracy"] == 1.0
    assert metrics["target_accuracy"] is None


def test_an_event_without_a_plover_type_is_never_the_primary_one() -> None:
    system = [_system("NONE", cameo="010", confidence=0.9), _system("ASSAULT", cameo="190", confidence=0.3)]
    assert score([DocScore(gold=[_gold("ASSAULT")], system=system)])["primary_type_accuracy"] == 1.0


def test_a_document_with_only_untyped_events_predicts_none() -> None:
    metrics = score([DocScore(gold=[_gold("PROTEST")], system=[_system("NONE", cameo="010")])])
    assert metrics["primary_type_accuracy"] == 0.0


def test_aliased_side_accuracy_reads_cameo_only_country_codes_as_iso3() -> None:
    gold = _gold("CONCEDE", source=[{"code": "ROU", "sector": "GOV"}], target=[{"code": "ITA"}])
    system = _system("CONCEDE", sources=["ROMGOV"], targets=["MTN"])
    metrics = score([DocScore(gold=[gold], system=[system])])
    assert (metrics["source_accuracy"], metrics["source_accuracy_aliased"]) == (0.0, 1.0)
    assert (metrics["target_accuracy"], metrics["target_accuracy_aliased"]) == (0.0, 0.0)  # Montenegro is not Italy
