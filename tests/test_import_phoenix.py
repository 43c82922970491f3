"""`tidings kb import-phoenix`: the Phoenix dictionaries' format read, and its actors and agents
written as tidings' knowledge (tests/fixtures/phoenix: made-up entries in the Phoenix format)."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, SHARED
from tidings.cli import main
from tidings.knowledge import data_path
from tidings.knowledge.phoenix import IMPORTERS, import_all
from tidings.knowledge.phoenix.codes import CodeReader
from tidings.knowledge.phoenix.dictionary import DatedCode, read_actors, read_agents
from tidings.knowledge.phoenix.naming import display, surname

SOURCE = FIXTURES / "phoenix"
SHARED_PHOENIX = SHARED / "reference" / "phoenix"


def jsonl(path: Path) -> dict[str, dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {record["name"]: record for record in map(json.loads, lines)}


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Path]:
    return {path.name: path for path in import_all(SOURCE, tmp_path_factory.mktemp("phoenix"))}


@pytest.fixture(scope="module")
def people(written) -> dict[str, dict]:
    return jsonl(written["people_phoenix.jsonl"])


@pytest.fixture(scope="module")
def organisations(written) -> dict[str, dict]:
    return jsonl(written["organisations_phoenix.jsonl"])


def rows(path: Path, key: str) -> dict[str, dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    header, *body = (line.split("\t") for line in lines)
    return {row[header.index(key)]: dict(zip(header, row)) for row in body}


# -- the format ------------------------------------------------------------------------------
def test_dated_codes_read_as_spells_whose_last_day_is_the_next_ones_first():
    entry = next(e for e in read_actors(SOURCE / "Phoenix.Countries.actors.txt", Counter()) if e.phrases[0] == "ION_TESTESCU_")
    assert entry.codes == [
        DatedCode("MDAELI", date(1965, 1, 1), date(1996, 1, 15)),
        DatedCode("MDAGOV", date(1996, 1, 15), date(2001, 4, 7)),
        DatedCode("MDAELI"),
    ]


def test_a_two_digit_year_below_thirty_is_this_century(tmp_path):
    path = tmp_path / "Phoenix.Test.actors.txt"
    path.write_text("SOMEONE_\n\t[MDAGOV 300101-291231]\n", encoding="utf-8")
    [entry] = read_actors(path, Counter())
    assert entry.codes == [DatedCode("MDAGOV", date(1930, 1, 1), date(2029, 12, 31))]


def test_open_restrictions_have_no_start_or_no_end():
    doina = next(e for e in read_actors(SOURCE / "Phoenix.Countries.actors.txt", Counter()) if e.phrases[0] == "DOINA_VECHE_")
    assert doina.codes[0] == DatedCode("MDAGOV", None, date(1931, 12, 31))
    mierescu = next(e for e in read_actors(SOURCE / "Phoenix.Countries.actors.txt", Counter()) if e.phrases[0] == "VASILE_MIERESCU_")
    assert mierescu.codes[0] == DatedCode("MDAGOV", date(2009, 9, 29), None)


def test_name_lines_without_codes_join_the_entry_they_follow():
    entries = read_actors(SOURCE / "Phoenix.Countries.actors.txt", Counter())
    assert ["MIERESCU", "PRIME_MINISTER_MIERESCU", "PREMIER_VASILE_MIERESCU"] in [e.phrases for e in entries]


def test_a_malformed_date_and_an_entry_without_codes_are_skipped_and_counted():
    skipped: Counter = Counter()
    read_actors(SOURCE / "Phoenix.Countries.actors.txt", skipped)
    read_actors(SOURCE / "Phoenix.International.actors.txt", skipped)
    assert (skipped["malformed date"], skipped["entry without a code"]) == (1, 1)


def test_agents_expand_markers_and_keep_irregular_plurals():
    agents = list(read_agents(SOURCE / "Phoenix.agents.txt", Counter()))
    assert {"HIVEMAN", "HIVEWOMEN"} <= {a.phrase for a in agents}
    assert next(a for a in agents if a.phrase == "ATTORNEY_GENERAL").plural == "ATTORNEYS_GENERAL"
    assert next(a for a in agents if a.phrase == "TRUCE_MONITOR").before


# -- names -------------------------------------------------------------------------------------
def test_capitals_are_written_as_a_name():
    particles = frozenset({"al", "von", "der"})
    assert display(["BASHAR", "AL-ASSAD"], particles) == "Bashar al-Assad"
    assert display(["JOHN", "MCCAIN"], particles) == "John McCain"
    assert display(["URSULA", "VON", "DER", "LEYEN"], particles) == "Ursula von der Leyen"
    assert display(["ALBERT", "II"], particles) == "Albert II"


def test_the_surname_is_the_last_word_or_the_first_where_the_family_name_comes_first():
    assert surname("Ion V. Testescu", family_name_first=False) == "Testescu"
    assert surname("Xi Jinping", family_name_first=True) == "Xi"
    assert surname("Ion V.", family_name_first=False) is None
    assert surname("Albert II", family_name_first=False) is None


def test_titles_countries_and_demonyms_are_no_part_of_a_persons_name(people):
    assert people["Ion Testescu"]["aliases"] == ["Ion V. Testescu"]  # from MOLDOVAN_PRESIDENT_ION_V._TESTESCU


def test_a_persons_surname_is_an_ambiguous_name(people):
    assert people["Ion Testescu"]["ambiguous"] == ["Testescu"]


# -- what each entry is ------------------------------------------------------------------------
def test_a_country_and_its_cities_are_left_to_the_gazetteer(people, organisations, written):
    names = {*people, *organisations, *rows(written["institutions_phoenix.tsv"], "name")}
    assert not {"Moldova", "Moldovan", "Chisinau", "Gagauzia", "Comrat"} & names


def test_an_office_holder_has_dated_codes_and_a_code_outside_them(people):
    testescu = people["Ion Testescu"]
    assert testescu["cameo"] == "MDAELI"
    assert {"cameo": "MDAGOV", "start": "1996-01-15", "end": "2001-04-07"} in testescu["terms"]


def test_an_elites_dated_code_is_no_office_but_the_code_outside_them(people):
    doina = people["Doina Veche"]  # [MDAGOV <19311231] [MDAELI 300101-310101]
    assert (doina["cameo"], [t["cameo"] for t in doina["terms"]]) == ("MDAELI", ["MDAGOV"])


def test_a_spell_begun_when_countryinfos_window_opens_is_open_at_the_start(people):
    # the file dates no cabinet before 2003-01-01: a minister listed from that day was in office already
    assert people["Petru Zavoiu"]["terms"] == [{"cameo": "MDAGOV", "start": None, "end": "2006-12-31"}]
    # not where an earlier code of the entry says what came before
    assert {"cameo": "MDAGOV", "start": "2003-01-01", "end": "2006-12-31"} in people["Radu Ocolescu"]["terms"]


def test_one_person_in_two_files_is_one_record(people):
    assert {"cameo": "IGOUNO", "start": "2005-01-01", "end": "2006-12-31"} in people["Ion Testescu"]["terms"]
    assert people["Vasile Mierescu"]["source"] == "Countries:21 Countries:24"


def test_a_state_body_is_an_institution_of_its_code(written):
    institutions = rows(written["institutions_phoenix.tsv"], "name")
    assert institutions["Moldovan National Army"] == {"name": "Moldovan National Army", "cameo": "MDAMIL", "form": "full"}


def test_a_phrase_naming_an_office_is_left_to_the_titles(written):
    assert "Moldovan Prime Minister" not in rows(written["institutions_phoenix.tsv"], "name")


def test_groups_companies_and_ngos_are_organisations(organisations):
    assert (organisations["Front for the Testing of Dniestr"]["cameo"], organisations["Front for the Testing of Dniestr"]["kind"]) == ("MDAREB", "group")
    assert organisations["Acme Widgets Inc"]["country"] == "USA"
    assert organisations["International Beekeeping Council"]["short"] == ["IBC"]


def test_a_religion_after_an_organisation_prefix_names_no_country():
    reader = CodeReader.load(frozenset({"JUDMUS", "MUSRAD"}))  # agent codes with a religion ("Sharia court")
    assert reader.country("IMGMUSALQ") is None  # Phoenix's Muslim militants, not Mauritius
    assert reader.country("MUSGOV") == "MUS"  # first, MUS is the country
    assert reader.country("MNCUSA") == "USA"


def test_a_person_named_like_one_under_an_international_code_is_a_person(people):
    assert people["Lena Probescu"]["cameo"] == "IGOUNOKID"


# -- agents ------------------------------------------------------------------------------------
def test_agents_become_role_nouns_with_their_type(written):
    roles = rows(written["roles_phoenix.tsv"], "role")
    assert roles["beekeeper"] == {"role": "beekeeper", "type": "AGR", "bare": "no"}
    assert roles["attorneys general"]["type"] == "GOVATG"


def test_an_armed_groups_noun_is_an_actor_alone(written):
    assert rows(written["roles_phoenix.tsv"], "role")["bushwhacker"]["bare"] == "yes"


def test_a_noun_after_a_curated_role_that_is_an_actor_alone_is_one_too(written):
    roles = rows(written["roles_phoenix.tsv"], "role")
    assert roles["army convoy"]["bare"] == "yes"  # "army" is an actor alone in actor_roles.tsv
    assert roles["military supply clerk"]["bare"] == "no"  # only a noun of two words


def test_a_noun_listed_twice_keeps_its_first_type(written):
    assert rows(written["roles_phoenix.tsv"], "role")["bushwhacker"]["type"] == "REB"


def test_agents_whose_head_noun_the_curated_roles_know_are_left_out(written):
    roles = rows(written["roles_phoenix.tsv"], "role")
    assert "security force" not in roles  # a force is MIL in actor_roles.tsv


def test_title_words_and_codes_before_the_actor_are_left_out(written):
    roles = rows(written["roles_phoenix.tsv"], "role")
    assert "deputy" not in roles and "truce monitor" not in roles


# -- the files ---------------------------------------------------------------------------------
def test_every_file_names_its_sources_and_licence(written):
    for path in written.values():
        header = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        assert any("Source: Phoenix" in line for line in header) and any("MIT" in line for line in header), path.name


def test_importers_share_one_signature():
    assert all(importer.__name__.startswith("import_") for importer in IMPORTERS)


@pytest.mark.e2e
def test_the_committed_files_are_what_the_importer_writes_from_the_dictionaries(tmp_path):
    if not SHARED_PHOENIX.is_dir():
        pytest.skip("needs ../shared/reference/phoenix, which is not part of the repository")
    for path in import_all(SHARED_PHOENIX, tmp_path):
        assert path.read_bytes() == data_path(path.name).read_bytes(), path.name


def test_the_command_writes_every_importers_files_one_line_each(tmp_path):
    result = CliRunner().invoke(main, ["kb", "import-phoenix", str(SOURCE), "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert [Path(line).name for line in result.output.split()] == [
        "people_phoenix.jsonl", "organisations_phoenix.jsonl", "institutions_phoenix.tsv", "roles_phoenix.tsv",
        "cameo_verbs.tsv", "event_discards.tsv",
    ]


def test_the_command_names_a_missing_dictionary_in_one_line(tmp_path):
    source = tmp_path / "phoenix"
    shutil.copytree(SOURCE, source)
    (source / "Phoenix.discards.txt").unlink()
    result = CliRunner().invoke(main, ["kb", "import-phoenix", str(source), "--data-dir", str(tmp_path)])
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert "Phoenix.discards.txt: missing from the Phoenix dictionaries" in result.output
