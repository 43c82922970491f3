"""The event pattern book: patterns from the data file, checked, most specific first."""

from __future__ import annotations

import pytest

from tidings.knowledge.patterns import pattern_book, patterns_from


def test_an_entry_gives_one_pattern_per_lemma_with_its_constraints() -> None:
    patterns = patterns_from("verb", [{"lemma": ["urge", "ask"], "object": "truce", "cameo": "0256", "frame": True}])
    assert [(p.lemma, p.object, p.specificity, p.frame) for p in patterns] == [
        ("urge", frozenset({"truce"}), 1, True),
        ("ask", frozenset({"truce"}), 1, True),
    ]


def test_an_unknown_key_in_an_entry_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="objects"):
        patterns_from("verb", [{"lemma": "urge", "objects": ["truce"], "cameo": "0256"}])


def test_a_words_patterns_come_most_specific_first() -> None:
    candidates = pattern_book().candidates("verb", "call")
    assert len(candidates) > 1
    assert [p.specificity for p in candidates] == sorted((p.specificity for p in candidates), reverse=True)
