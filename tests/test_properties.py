"""Property-based tests (Hypothesis): for any text (every Unicode category, markup, control
characters, long runs of one character, nested brackets and quotes, mixed into news sentences)
and any publication date in range, `tidings.read` gives a sound record (tests/sound_records.py)
or raises InputError, and `tidings read` prints it as JSON or a table with exit code 0, or
refuses it in one line with exit code 2.

`make test` runs the "ci" profile (fixed seed, bounded examples); `make fuzz` the "fuzz" one
(HYPOTHESIS_PROFILE=fuzz: many more examples, a fresh seed each run)."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

import tidings
from tidings.bench.hostile import CLOSERS, MARKUP, RUNS
from tidings.bench.texts import GROUPS, LEADERS, PLACES, SENTENCES, WHEN, OUTLETS
from tidings.cli import main
from tidings.errors import InputError
from tidings.model import Record

from sound_records import assert_sound

pytestmark = pytest.mark.timeout(10 * settings().max_examples)  # a guard against a hang: 10 s an example

ANY_CHARACTER = st.characters(categories=["L", "M", "N", "P", "S", "Z", "C"])  # surrogates (Cs) and unassigned (Cn) too
PRINTABLE_ARGUMENT = st.characters(exclude_categories=["Cs"], exclude_characters=["\x00"])  # what argv can hold

sentences = st.builds(
    lambda template, leader, other, group, place, when, outlet: template.format(
        leader=leader, other=other, group=group, place=place, when=when, outlet=outlet
    ),
    st.sampled_from(SENTENCES), st.sampled_from(LEADERS), st.sampled_from(LEADERS), st.sampled_from(GROUPS),
    st.sampled_from(PLACES), st.sampled_from(WHEN), st.sampled_from(OUTLETS),
)
markup = st.lists(st.sampled_from(MARKUP), min_size=1, max_size=4).map("".join)
controls = st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), min_size=1, max_size=12)
runs = st.builds(lambda char, n: char * n, st.one_of(st.sampled_from(RUNS), ANY_CHARACTER), st.integers(2, 2_000))
nested = st.builds(
    lambda openers, inside: "".join(openers) + inside + "".join(CLOSERS[o] for o in reversed(openers)),
    st.lists(st.sampled_from(sorted(CLOSERS)), min_size=1, max_size=60), st.one_of(sentences, st.text(ANY_CHARACTER, max_size=20)),
)
fragment = st.one_of(sentences, markup, controls, runs, nested, st.text(ANY_CHARACTER, max_size=40))
texts = st.one_of(
    st.text(ANY_CHARACTER, max_size=300),
    st.lists(fragment, min_size=1, max_size=8).flatmap(
        lambda parts: st.sampled_from([" ", "\n", "\n\n", "", "\t"]).map(lambda glue: glue.join(parts))
    ),
)
published = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@given(text=texts, when=published)
def test_any_text_and_date_give_a_sound_record_or_an_input_error(pipeline, text, when):
    try:
        record = tidings.read(text, published=when)
    except InputError as refusal:
        assert "\n" not in str(refusal), "an input error is one line"
        return
    assert_sound(record, text)


@pytest.fixture(scope="module")
def cli(pipeline):
    """`tidings ...` in this process, with the session's pipeline (not one loaded per call)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("tidings.pipeline.Pipeline", lambda strict=False: pipeline)
        yield lambda *args, text: CliRunner().invoke(main, list(args), input=text.encode())


@given(
    text=texts.filter(lambda t: not any("\ud800" <= c <= "\udfff" for c in t)),  # a pipe carries bytes, not lone surrogates
    title=st.text(PRINTABLE_ARGUMENT, max_size=40) | markup,
    when=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    output=st.sampled_from(["json", "table"]),
)
def test_read_prints_any_text_as_json_or_a_table_or_refuses_it_in_one_line(cli, text, title, when, output):
    result = cli("read", "-", "--title", title, "--published", when.isoformat(), "--format", output, text=text)
    assert result.exit_code in (0, 2), result.stderr
    assert "Traceback" not in result.stderr
    if result.exit_code == 2:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    elif output == "json":
        record = Record.model_validate_json(result.stdout)
        assert (record.article.title, record.article.published) == (title, when)
    else:
        assert "Events" in result.stdout and "Quotes" in result.stdout
