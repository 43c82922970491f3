"""Hostile inputs: each case of the generated hostile corpus (tidings.bench.hostile, the same on
every run) ends in a record whose spans lie in the text and that survives a JSON round trip,
or in a clean one-line InputError; never another exception, never a hang. The heavy cases
(thousands of repeats, a million characters) are e2e.

The guard against a hang is pytest-timeout, set for each case from bare spaCy's time on the
same text: GUARD_MULTIPLE times it, plus GUARD_FLOOR seconds for a busy machine's noise. Bare
spaCy's time grows linearly with the text, so on a long text it is timed on the first
PROBE_CHARACTERS and scaled (the million-character case's probe took 114 s in full). The
multiple is measured by `tidings bench hostile`: the pipeline took at most 4.5 times bare spaCy's
time on a light case and 2.1 times on a heavy one (2026-12-02, median 1.25); the guard allows
30 times: a guard against hangs, not a timing test."""

from __future__ import annotations

import time

import pytest

import tidings
from tidings import backbone
from tidings.bench.hostile import Case, cases
from tidings.bench.texts import HOSTILE
from tidings.errors import InputError

from sound_records import assert_sound

GUARD_MULTIPLE = 30
GUARD_FLOOR = 60.0
PROBE_CHARACTERS = 100_000
REFUSED = {"a lone surrogate"}  # not text: an InputError is the right end
CASES = [case for case in cases() if case.name not in REFUSED]


@pytest.fixture(scope="module")
def bare():
    return backbone.load_bare()


@pytest.fixture
def case(request, bare) -> Case:
    """The case, its guard set from bare spaCy's time on its text (for the test call alone)."""
    case = request.param
    seconds = 0.0
    if len(case.text) <= bare.max_length:
        probe = case.text[:PROBE_CHARACTERS]
        started = time.perf_counter()
        bare(probe)
        seconds = (time.perf_counter() - started) * len(case.text) / max(len(probe), 1)
    request.node.add_marker(pytest.mark.timeout(GUARD_FLOOR + GUARD_MULTIPLE * seconds, func_only=True))
    return case


def _params(heavy: bool) -> list:
    marks = [pytest.mark.e2e] if heavy else []
    return [pytest.param(case, id=case.name, marks=marks) for case in CASES if case.heavy == heavy]


def test_the_corpus_holds_at_least_300_cases_of_every_kind():
    names = [case.name for case in cases()]
    assert len(names) == len(set(names)) >= 300
    assert any(len(case.text) >= 1_000_000 for case in cases())


def _read_soundly(case: Case) -> None:
    try:
        record = tidings.read(case.text, published=case.published)
    except InputError as refusal:
        assert "\n" not in str(refusal), "an input error is one line"
        return
    assert_sound(record, case.text)


@pytest.mark.parametrize("case", _params(heavy=False), indirect=True)
def test_a_hostile_input_ends_in_a_sound_record_or_an_input_error(case, pipeline):  # pipeline: loaded outside the guard
    _read_soundly(case)


@pytest.mark.parametrize("case", _params(heavy=True), indirect=True)
def test_a_heavy_hostile_input_ends_in_a_sound_record_or_an_input_error(case, pipeline):
    _read_soundly(case)


@pytest.mark.parametrize("shape", sorted(REFUSED))
def test_text_that_is_not_unicode_is_refused_with_an_input_error(shape):
    text, published = HOSTILE[shape]()
    with pytest.raises(InputError, match="not valid Unicode"):
        tidings.read(text, published=published)
