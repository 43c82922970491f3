"""The event pattern book: patterns from the data file, checked, most specific first."""

from __future__ import annotations

import pytest

from tidings.knowledge.patterns import pattern_book, patterns_from, read_lexicon


def test_an_entry_gives_one_pattern_per_lemma_with_its_constraints() -> None:
    patterns = patterns_from("verb", [{"lemma": ["urge", "ask"], "object": "truce", "cameo": "0256", "frame": True}])
    assert [(p.lemma, p.object, p.specificity, p.frame) for p in patterns] == [
        ("urge", frozenset({"truce"}), 1, True),
        ("ask", frozenset({"truce"}), 1, True),
    ]


def test_an_unknown_key_in_an_entry_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="objects"):
        patterns_from("verb", [{"lemma": "urge", "objects": ["truce"], "cameo": "0256"}])


def test_what_a_sense_needs_is_read_and_checked() -> None:
    (pattern,) = patterns_from("verb", [{"lemma": "fund", "cameo": "071", "needs": "party"}])
    assert pattern.needs == "party"
    with pytest.raises(ValueError, match="needs"):
        patterns_from("verb", [{"lemma": "fund", "cameo": "071", "needs": "money"}])


def test_a_words_patterns_come_most_specific_first() -> None:
    candidates = pattern_book().candidates("verb", "call")
    assert len(candidates) > 1
    assert [p.specificity for p in candidates] == sorted((p.specificity for p in candidates), reverse=True)


def test_a_subject_constraint_is_read_from_an_entry() -> None:
    (pattern,) = patterns_from("verb", [{"lemma": "strike", "subject": ["worker"], "cameo": "143"}])
    assert (pattern.subject, pattern.specificity) == (frozenset({"worker"}), 1)


def test_a_verb_tidings_has_no_pattern_for_is_coded_by_the_lexicon() -> None:
    candidates = pattern_book().candidates("verb", "admonish")
    assert candidates and all(p.lexicon for p in candidates)
    assert candidates[-1].cameo == "111"  # the verb's own code, tried last: it sets no constraint


def test_a_word_tidings_covers_takes_nothing_from_the_lexicon() -> None:
    assert not any(p.lexicon for p in pattern_book().candidates("verb", "attack"))


def test_a_verb_takes_the_patterns_of_its_block() -> None:
    rows = [
        {"block": "SCOLD", "lemma": "scold", "prep": "", "object": "", "modifier": "", "cameo": "111"},
        {"block": "SCOLD", "lemma": "*", "prep": "", "object": "envoy", "modifier": "", "cameo": "114"},
    ]
    assert read_lexicon(rows, frozenset({"111", "114"})) == {"scold": (("", "", "", "111"), ("", "envoy", "", "114"))}


def test_a_multi_word_verb_takes_no_block_pattern_that_sets_its_particle_again() -> None:
    rows = [
        {"block": "CALL", "lemma": "call", "prep": "off", "object": "", "modifier": "", "cameo": "082"},
        {"block": "CALL", "lemma": "*", "prep": "for", "object": "aid", "modifier": "", "cameo": "023"},
        {"block": "CALL", "lemma": "*", "prep": "", "object": "strike", "modifier": "", "cameo": "082"},
    ]
    assert read_lexicon(rows, frozenset({"082", "023"}))["call"] == (("off", "", "", "082"), ("off", "strike", "", "082"))


def test_the_first_block_of_a_verb_in_two_decides_a_shared_constraint() -> None:
    rows = [
        {"block": "A", "lemma": "hit", "prep": "", "object": "", "modifier": "", "cameo": "190"},
        {"block": "B", "lemma": "hit", "prep": "", "object": "", "modifier": "", "cameo": "180"},
    ]
    assert read_lexicon(rows, frozenset({"190", "180"}))["hit"] == (("", "", "", "190"),)


def test_an_unknown_code_in_the_lexicon_is_refused_by_name() -> None:
    rows = [{"block": "A", "lemma": "hit", "prep": "", "object": "", "modifier": "", "cameo": "999"}]
    with pytest.raises(ValueError, match="'999'"):
        read_lexicon(rows, frozenset({"190"}))
