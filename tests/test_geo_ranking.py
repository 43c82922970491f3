"""Ranking candidates against the gazetteer: world regions, rivers and islands news names are
known; a town named like a region or ocean, or dwarfed by a big namesake, needs specific evidence;
abbreviations and names built on a known place ("Helmand province") resolve."""

from __future__ import annotations

import pytest

from tidings.geo.context import Context
from tidings.geo.entry import Entry
from tidings.geo.gazetteer import load
from tidings.geo.normalize import abbreviated, normalize
from tidings.geo.proximity import Neighbourhood
from tidings.geo.ranking import Ranking, Weights, is_supranational
from tidings.stages.places.mentions import Limits
from tidings.stages.places.resolver import Mention, Resolver


@pytest.fixture(scope="module")
def ranking() -> Ranking:
    return Ranking(load(), Weights())


def missouri_article() -> Context:
    """What an article naming Missouri and two of its cities says about where it is."""
    context = Context()
    context.add("missouri", ("USA", "Missouri"))
    context.add("st louis", ("USA", "Missouri"))
    context.add("eureka", ("USA", "Missouri"))
    return context


def test_a_town_named_like_an_ocean_does_not_take_the_name_from_its_states_article(ranking):
    best = ranking.best("Pacific", missouri_article())
    assert best.feature_code == "OCN" and is_supranational(best)


def test_a_qualifier_still_picks_the_town_named_like_an_ocean(ranking):
    best = ranking.best("Pacific", missouri_article(), ("USA", "Missouri"))
    assert (best.feature_class, best.admin1) == ("P", "Missouri")


def test_a_country_is_no_supranational_area(ranking):
    assert not is_supranational(ranking.best("Peru"))


@pytest.mark.parametrize(("name", "code"), [("Danube", "STM"), ("Borneo", "ISL"), ("Sub-Saharan Africa", "RGN"), ("Urals", "MTS")])
def test_rivers_islands_ranges_and_regions_of_world_news_resolve(ranking, name, code):
    assert ranking.best(name).feature_code == code


def test_an_abbreviated_saint_finds_the_city_spelt_out_in_full(ranking):
    best = ranking.best("St. Paul")
    assert (best.country, best.admin1) == ("USA", "Minnesota")


def test_mount_and_fort_abbreviations_share_the_full_names_key():
    assert normalize("Mt. Pleasant") == normalize("Mount Pleasant") == "mount pleasant"
    assert normalize("FT. WORTH") == normalize("Fort Worth")
    assert normalize("Stone Mountain") == "stone mountain"


def test_a_name_opened_by_an_abbreviated_word_is_no_abbreviation_of_a_region(ranking):
    assert not abbreviated("St. Louis") and abbreviated("W. Va.") and abbreviated("N.Y")
    best = ranking.best("St. Louis")
    assert (best.feature_class, best.country, best.admin1) == ("P", "USA", "Missouri")


@pytest.mark.parametrize(
    ("name", "country", "part"),
    [("Helmand province", "AFG", "Helmand"), ("Southern Ontario", "CAN", "Ontario"), ("County Cork", "IRL", "Cork"), ("Northern Bavaria", "DEU", "Bavaria")],
)
def test_a_name_unknown_whole_resolves_to_the_place_it_is_built_on(ranking, name, country, part):
    assert ranking.part_named(name) == part
    assert ranking.best(name).country == country


def test_a_name_known_whole_is_not_cut_to_its_last_words(ranking):
    assert ranking.best("Central African Republic").feature_code == "PCLI"
    assert ranking.best("South Africa").country == "ZAF"


def ohio_article(neighbourhood: Neighbourhood | None = None) -> Context:
    """An article naming Ohio and two of its cities, all far from the state's small Toronto."""
    context = Context(neighbourhood=neighbourhood)
    context.add("ohio", ("USA", "Ohio"))
    context.add("columbus", ("USA", "Ohio"))
    context.add("cincinnati", ("USA", "Ohio"))
    return context


def small_toronto(ranking: Ranking) -> Entry:
    return next(entry for entry, _ in ranking.gazetteer.candidates("Toronto") if entry.admin1 == "Ohio")


def test_a_hamlet_named_after_a_big_city_is_not_meant_because_the_article_is_about_its_state(ranking):
    assert ranking.best("Toronto", ohio_article()).country == "CAN"


def test_a_hamlet_named_after_a_big_city_is_meant_when_a_place_beside_it_is_named(ranking):
    beside = Neighbourhood(50.0)
    town = small_toronto(ranking)
    beside.add("steubenville", town._replace(lat=town.lat + 0.1))
    assert ranking.best("Toronto", ohio_article(beside)).admin1 == "Ohio"


def state_article(state: str, times: int) -> Context:
    """An article that names a state `times` times and no town in it."""
    context = Context()
    context.add(normalize(state), ("USA", state))
    for _ in range(times):
        context.name_admin1(normalize(state), ("USA", state))
    return context


def test_a_hamlet_named_after_a_big_city_is_meant_when_the_article_keeps_naming_its_state(ranking):
    assert ranking.best("Toronto", state_article("Ohio", 2)).admin1 == "Ohio"


def test_a_state_named_once_does_not_take_a_big_citys_name_for_its_hamlet(ranking):
    assert ranking.best("Toronto", state_article("Ohio", 1)).country == "CAN"


def test_a_hamlet_named_after_a_big_city_vouches_for_no_neighbour(ranking):
    neighbourhood = Resolver(ranking, Limits().large_city).neighbourhood([Mention(0, 7, "Toronto")])
    town = small_toronto(ranking)
    assert neighbourhood.near("other", town._replace(lat=town.lat + 0.1)) == 0
    city = ranking.best("Toronto")
    assert neighbourhood.near("other", city._replace(lat=city.lat + 0.1)) == 1


def test_a_state_abbreviation_written_without_its_dot_names_the_state(ranking):
    best = ranking.best("Calif")
    assert (best.feature_code, best.admin1) == ("ADM1", "California")


@pytest.mark.parametrize("word", ["Eastern", "Central", "Western"])
def test_a_compass_adjective_alone_names_no_place(ranking, word):
    assert ranking.best(word) is None


def test_an_island_division_beats_a_small_foreign_town_of_its_name(ranking):
    best = ranking.best("Crete")
    assert (best.feature_code, best.country) == ("ADM1", "GRC")


def test_a_big_city_beats_the_division_named_after_it(ranking):
    best = ranking.best("Sao Paulo")
    assert (best.feature_class, best.country) == ("P", "BRA")


def test_a_sea_stays_a_sea_beside_the_country_with_a_division_of_its_name(ranking):
    context = Context()
    context.add("egypt", ("EGY", None))
    context.add("sudan", ("SDN", None))
    assert ranking.best("Red Sea", context).feature_code == "SEA"


def test_a_division_named_again_and_again_is_no_evidence_for_itself():
    context = Context()
    context.add("kansas", ("USA", "Kansas"))
    for _ in range(3):
        context.name_admin1("kansas", ("USA", "Kansas"))
    town = Entry(1, "Topeka", 39.05, -95.68, "P", "PPLA", "USA", "Kansas", 125000)
    assert context.admin1_named("kansas", town) == 0
    assert context.admin1_named("topeka", town) == 3
