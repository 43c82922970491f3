"""The compiled gazetteer and the ranking over it, on a small gazetteer written for the tests."""

from __future__ import annotations

import pickle

import pytest

from tidings.geo.context import Context
from tidings.geo.entry import Entry, region_of
from tidings.geo.gazetteer import Gazetteer, write
from tidings.geo.ranking import Ranking, Weights
from tidings.geo.sources import Sources

FRANCE = Entry(1, "France", 46.0, 2.0, "A", "PCLI", "FRA", None, 67_000_000)
MAINE = Entry(2, "Maine", 45.3, -69.2, "A", "ADM1", "USA", "Maine", 0)
OREGON = Entry(3, "Oregon", 44.0, -120.5, "A", "ADM1", "USA", "Oregon", 0)
PARIS = Entry(4, "Paris", 48.85, 2.35, "P", "PPLC", "FRA", "11", 2_100_000)
PORTLAND_OREGON = Entry(5, "Portland", 45.52, -122.68, "P", "PPL", "USA", "Oregon", 650_000)
PORTLAND_MAINE = Entry(6, "Portland", 43.66, -70.26, "P", "PPL", "USA", "Maine", 68_000)
LUTETIA = Entry(7, "Lutetia", 48.85, 2.35, "P", "PPL", "FRA", "11", 100)


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory) -> Gazetteer:
    sources = Sources(generic=frozenset({"west"}))
    sources.add(FRANCE, ["France"])
    sources.add(MAINE, ["Maine"])
    sources.add(OREGON, ["Oregon"])
    sources.add(PARIS, ["Paris"], ["Lutece", "Paris"])
    sources.add(PORTLAND_OREGON, ["Portland"])
    sources.add(PORTLAND_MAINE, ["Portland"])
    sources.add(LUTETIA, ["Lutetia"], ["Paris"])
    sources.add(Entry(8, "West", 0.0, 0.0, "P", "PPL", "USA", "Oregon", 10), ["West"])
    sources.qualifiers = {"france": ("FRA", None), "maine": ("USA", "Maine"), "oregon": ("USA", "Oregon"), "ore": ("USA", "Oregon")}
    sources.postal = {"ME": ("USA", "Maine"), "OR": ("USA", "Oregon")}
    sources.counties = {"multnomah county": ("USA", "Oregon")}
    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    write(sources, path)
    return Gazetteer(path)


def test_candidates_come_back_in_the_order_they_were_added(gazetteer):
    assert [entry for entry, _alternate in gazetteer.candidates("Portland")] == [PORTLAND_OREGON, PORTLAND_MAINE]


def test_candidates_say_which_matched_only_an_alternate_name(gazetteer):
    assert gazetteer.candidates("Paris") == [(PARIS, False), (LUTETIA, True)]


def test_candidates_are_found_by_normalized_name(gazetteer):
    assert gazetteer.candidates("PORTLAND’s") == gazetteer.candidates("Portland")


def test_generic_word_has_no_candidates(gazetteer):
    assert gazetteer.candidates("West") == []


def test_unknown_name_has_no_candidates(gazetteer):
    assert gazetteer.candidates("Atlantis") == []


def test_qualifier_reads_names_abbreviations_and_capital_postal_codes(gazetteer):
    assert gazetteer.qualifier("Ore.") == gazetteer.qualifier("OR") == ("USA", "Oregon")
    assert gazetteer.qualifier("Or") is None


def test_region_gives_the_entry_of_a_country_or_state(gazetteer):
    assert gazetteer.region(("USA", "Maine")) == MAINE
    assert gazetteer.region(("FRA", None)) == FRANCE
    assert gazetteer.region(("FRA", "11")) is None


def test_counties_say_which_state_they_are_in(gazetteer):
    assert gazetteer.counties["multnomah county"] == ("USA", "Oregon")


def test_gazetteer_survives_pickling_for_other_processes(gazetteer):
    copy = pickle.loads(pickle.dumps(gazetteer))
    assert copy.candidates("Portland") == gazetteer.candidates("Portland")


def test_without_evidence_the_larger_place_ranks_first(gazetteer):
    assert Ranking(gazetteer, Weights()).best("Portland") == PORTLAND_OREGON


def test_a_qualifier_outweighs_population(gazetteer):
    assert Ranking(gazetteer, Weights()).best("Portland", qualifier=("USA", "Maine")) == PORTLAND_MAINE


def test_a_state_named_elsewhere_in_the_article_outweighs_population(gazetteer):
    context = Context()
    context.add("maine", region_of(MAINE))
    assert Ranking(gazetteer, Weights()).best("Portland", context) == PORTLAND_MAINE


def test_a_name_does_not_support_its_own_reading(gazetteer):
    context = Context()
    context.add("portland", region_of(PORTLAND_MAINE))
    assert context.supports("portland", PORTLAND_MAINE) == (False, False)


def test_an_alternate_name_ranks_below_a_main_name(gazetteer):
    assert Ranking(gazetteer, Weights()).best("Paris") == PARIS


def test_weights_decide_the_ranking(gazetteer):
    ignore_qualifiers = Ranking(gazetteer, Weights(qualified=0.0))
    assert ignore_qualifiers.best("Portland", qualifier=("USA", "Maine")) == PORTLAND_OREGON


def test_an_abbreviated_qualifier_names_its_region(gazetteer):
    assert Ranking(gazetteer, Weights()).best("Ore.") == OREGON
