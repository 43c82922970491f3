"""The Phoenix importers of the events stage's knowledge: the CAMEO verb dictionary and the
discard list, read from files in Phoenix's own formats (`dictionaries.rst`)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from conftest import SHARED
from tidings.knowledge import data_path
from tidings.knowledge.phoenix.discards import import_discards, read_discards
from tidings.knowledge.phoenix.verbs import Constraint, import_verbs, read_dictionary, verb_constraint

# A small verb dictionary written for these tests in the Phoenix format.
VERBS = """\
# a comment line
####### SYNONYM SETS #######

&TRUCE_
+TRUCE
+ARMISTICE
+PEACE_AGREEMENT

####### VERB PATTERNS #######

--- SCOLD [111] ---
SCOLD
REBUKE {REBUKES REBUKED REBUKING}
+HOLD_BACK [---]
WIRE_+TAP
- * ENVOY [114]  # SCOLD <tb 01 Jan 2001>
- * &TRUCE [---]
- * (FOR {ECONOMIC AID}) [023]
- * AGAINST + [1125]
- SAID * + MUST GO [100]
- * THE WAY HE SPOKE TO + [110]
- * ENVOY [999]

--- LEAVE_ALONE ###
IGNORE
"""


def _import_verbs(tmp_path: Path) -> str:
    source = tmp_path / "source"
    source.mkdir()
    (source / "CAMEO.verbpatterns.000101.txt").write_text(VERBS, encoding="utf-8")
    (path,) = import_verbs(source, tmp_path)
    return path.read_text(encoding="utf-8")


def _rows(text: str) -> list[list[str]]:
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def test_verb_blocks_give_each_verb_its_own_code_or_the_blocks(tmp_path: Path) -> None:
    rows = _rows(_import_verbs(tmp_path))
    verbs = {(r[1], r[2], r[5]) for r in rows if r[1] != "*"}
    assert verbs == {("scold", "", "111"), ("rebuke", "", "111"), ("hold", "back", ""), ("ignore", "", "")}


def test_patterns_the_parse_can_state_are_kept_with_their_constraints(tmp_path: Path) -> None:
    patterns = [r[2:] for r in _rows(_import_verbs(tmp_path)) if r[1] == "*"]
    assert patterns == [
        ["", "envoy", "", "114"],
        ["", "armistice truce", "", ""],
        ["for", "aid", "economic", "023"],
        ["against", "", "", "1125"],
    ]


def test_the_lexicon_names_its_source_its_licence_and_what_it_left_out(tmp_path: Path) -> None:
    header = [line for line in _import_verbs(tmp_path).splitlines() if line.startswith("#")]
    text = "\n".join(header)
    assert "CAMEO.verbpatterns.000101.txt" in text and "MIT License" in text
    assert "Kept 4 of 5 verb lines and 4 of 7 patterns" in text


def test_a_multi_word_verb_with_words_before_the_verb_is_left_out() -> None:
    assert verb_constraint("WIRE_+TAP", lambda word, pos: word, None) is None  # type: ignore[arg-type]
    assert verb_constraint("+CLEAR_UP", lambda word, pos: word, None) == ("clear", Constraint(prep=frozenset({"up"})))  # type: ignore[arg-type]


def test_a_pattern_belongs_to_the_block_above_it() -> None:
    dictionary = read_dictionary(VERBS)
    assert [(b.name, b.code, len(b.verbs), len(b.patterns)) for b in dictionary.blocks] == [
        ("SCOLD", "111", 4, 7),
        ("LEAVE_ALONE", "---", 1, 0),
    ]


def test_a_missing_verb_dictionary_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="CAMEO verb dictionary"):
        import_verbs(tmp_path, tmp_path)


def test_discards_mark_their_scope_and_how_they_match() -> None:
    text = "# comment\n+GRAND PRIX   # who, when\nCHAMPION\nGROUP A_\n"
    assert read_discards(text, Counter()) == [
        ("grand prix", "article", "stem"),
        ("champion", "sentence", "stem"),
        ("group a", "sentence", "word"),
    ]


def test_discards_that_only_date_a_sentence_are_left_out() -> None:
    counts: Counter[str] = Counter()
    text = "1999\nYEARS AGO\nMONTHS LATER\nSECOND WORLD WAR\nWORLD WAR II\nBASEBALL\nWORLD CUP\n"
    assert read_discards(text, counts) == [("baseball", "sentence", "stem"), ("world cup", "sentence", "stem")]
    assert (counts["entries"], counts["chronology"]) == (7, 5)


def test_discards_about_disasters_diseases_and_elections_are_left_out() -> None:
    counts: Counter[str] = Counter()
    text = "TSUNAMI\nBIRD FLU\nROAD ACCIDENT\nPRESIDENTIAL DEBATE\nCRICKET\n"
    assert read_discards(text, counts) == [("cricket", "sentence", "stem")]
    assert counts["not_sports"] == 4


PHOENIX = SHARED / "reference" / "phoenix"


@pytest.mark.gold
@pytest.mark.parametrize(("importer", "name"), [(import_verbs, "cameo_verbs.tsv"), (import_discards, "event_discards.tsv")])
def test_the_committed_file_is_what_the_importer_makes_of_phoenix(importer, name: str, tmp_path: Path) -> None:
    if not PHOENIX.exists():
        pytest.skip("needs ../shared/reference/phoenix, which is not part of the repository")
    (made,) = importer(PHOENIX, tmp_path)
    assert made.read_text(encoding="utf-8") == data_path(name).read_text(encoding="utf-8")
