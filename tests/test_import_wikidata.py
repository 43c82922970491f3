"""`tidings kb import-wikidata`: people with dated codes and organisations from a Wikidata JSON dump
(tests/fixtures/wikidata/dump.json: made-up entities in Wikidata's format, one line broken)."""

from __future__ import annotations

import gzip
import json
import logging
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from tidings.cli import main
from tidings.knowledge.wikidata import DumpError, import_wikidata

DUMP = FIXTURES / "wikidata" / "dump.json"


def records(path: Path) -> dict[str, dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {record["qid"]: record for record in map(json.loads, lines)}


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> tuple[dict[str, dict], dict[str, dict]]:
    out = tmp_path_factory.mktemp("wikidata")
    people, organisations = import_wikidata(DUMP, out)
    return records(people), records(organisations)


def test_a_position_held_becomes_a_dated_code_of_its_country(imported):
    terms = imported[0]["Q990010"]["terms"]
    assert {"office": "Minister of Defence of Moldova", "cameo": "MDAGOV", "start": "2010-01-05", "end": "2012-03-01"} in terms


def test_a_position_without_an_end_is_held_still(imported):
    president = next(t for t in imported[0]["Q990010"]["terms"] if t["office"] == "President of Moldova")
    assert president["start"] == "2016-12-23" and "end" not in president


def test_a_deprecated_statement_is_left_out(imported):
    assert all(t.get("start") != "1990-01-01" for t in imported[0]["Q990010"]["terms"])


def test_a_year_or_month_is_read_as_its_first_day(imported):
    [term] = imported[0]["Q990012"]["terms"]
    assert (term["start"], term["end"]) == ("2005-01-01", "2007-06-01")


def test_citizenship_is_the_country_and_english_names_are_kept(imported):
    person = imported[0]["Q990010"]
    assert (person["name"], person["country"], person["aliases"]) == ("Ana Testescu", "MDA", ["Ana T. Testescu"])
    assert "Testescu" in person["ambiguous"]


def test_a_person_whose_positions_code_nothing_is_left_out(imported):
    assert "Q990011" not in imported[0]


def test_an_organisation_is_coded_as_its_class_says(imported):
    party = imported[1]["Q990020"]
    assert (party["cameo"], party["country"], party["kind"]) == ("MDA", "MDA", "group")
    assert (party["aliases"], party["short"]) == (["Careful Tests Party"], ["PCT"])


def test_a_broken_line_is_skipped_and_counted(tmp_path, caplog):
    with caplog.at_level(logging.INFO, logger="tidings"):
        import_wikidata(DUMP, tmp_path)
    assert "not a Wikidata entity; skipped" in caplog.text
    assert "1 malformed lines skipped" in caplog.text


def test_a_gzipped_dump_gives_the_same_files(tmp_path, imported):
    zipped = tmp_path / "dump.json.gz"
    with DUMP.open("rb") as plain, gzip.open(zipped, "wb") as packed:
        shutil.copyfileobj(plain, packed)
    people, organisations = import_wikidata(zipped, tmp_path / "out")
    assert (records(people), records(organisations)) == imported


def test_a_file_without_entities_is_refused(tmp_path):
    text = tmp_path / "notes.json"
    text.write_text("just some words\nand more\n", encoding="utf-8")
    with pytest.raises(DumpError, match="no Wikidata entity"):
        import_wikidata(text, tmp_path)


def test_the_files_name_their_source_and_licence(tmp_path):
    people, _ = import_wikidata(DUMP, tmp_path)
    header = [line for line in people.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("dump.json" in line for line in header) and any("CC0" in line for line in header)
