"""The actor knowledge files agree with the reference tables and hold together."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from conftest import reference
from tidings.knowledge.actors import actor_kb
from tidings.knowledge.countries import countries
from tidings.knowledge.names import names

NEWER_THAN_GDELT_TABLE = {"SSD", "XKX"}  # South Sudan (2011) and Kosovo have no GDELT CAMEO code


def _codes(name: str) -> list[str]:
    with reference(name).open(encoding="utf-8") as handle:
        return [line.split("\t")[0] for line in handle.read().splitlines()[1:] if line.strip()]


@pytest.fixture(scope="module")
def cameo_countries() -> list[str]:
    return _codes("CAMEO.country.txt")


@pytest.fixture(scope="module")
def valid_segments(cameo_countries) -> set[str]:
    """Three-letter pieces a composed CAMEO actor code may be built from."""
    return set(cameo_countries) | set(_codes("CAMEO.type.txt")) | set(_codes("CAMEO.knowngroup.txt")) | {"---"}


@pytest.fixture(scope="module")
def reference_countries() -> list[dict[str, str]]:
    with reference("country-codes.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_iso_country_is_in_the_country_table(reference_countries):
    missing = {row["ISO3166-1-Alpha-3"] for row in reference_countries} - set(countries().by_iso3)
    assert not missing


def test_country_names_agree_with_the_reference(reference_countries):
    for row in reference_countries:
        country = countries().by_iso3[row["ISO3166-1-Alpha-3"]]
        assert country.iso2 == row["ISO3166-1-Alpha-2"]
        reference_names = {row["CLDR display name"], row["official_name_en"]}
        assert reference_names & set(country.names), country.iso3


def test_geonames_ids_agree_with_the_reference(reference_countries):
    for row in reference_countries:
        if row["Geoname ID"]:
            assert countries().by_iso3[row["ISO3166-1-Alpha-3"]].geonameid == int(row["Geoname ID"])


def test_cameo_country_codes_are_gdelt_codes(cameo_countries):
    for country in countries():
        if country.sovereign and country.iso3 not in NEWER_THAN_GDELT_TABLE:
            assert country.cameo in cameo_countries, country.iso3


def test_every_gdelt_country_code_belongs_to_a_country(cameo_countries):
    regions = cameo_countries[: cameo_countries.index("AFG")]  # the table lists regions first
    ours = {country.cameo for country in countries()}
    assert set(cameo_countries) - ours <= set(regions)


def test_romania_keeps_its_gdelt_code():
    romania = countries().by_iso3["ROU"]
    assert (romania.cameo, romania.iso3) == ("ROM", "ROU")


def test_names_demonyms_and_capitals_find_their_country():
    index = countries()
    assert index.by_name("DPRK").iso3 == "PRK"
    assert index.by_name("the United States").iso3 == "USA"
    assert index.by_demonym("North Korean").iso3 == "PRK"
    assert index.by_capital("Pyongyang").iso3 == "PRK"


def test_leader_codes_are_valid_cameo(valid_segments):
    for leader in actor_kb().leaders:
        for term in leader.terms:
            pieces = [term.cameo[i : i + 3] for i in range(0, len(term.cameo), 3)]
            assert set(pieces) <= valid_segments, (leader.name, term.cameo)


def test_leader_terms_are_ordered_and_countries_known():
    for leader in actor_kb().leaders:
        assert leader.country in countries().by_iso3
        for term in leader.terms:
            assert term.end is None or term.start < term.end, leader.name
            assert term.country is None or term.country in countries().by_iso3


def test_leader_role_follows_the_date():
    biden = actor_kb().leader("Q6279")
    assert biden.term_at(date(2023, 6, 1)).cameo == "USAGOV"
    assert biden.term_at(date(2019, 6, 1)) is None


def test_no_full_name_points_to_two_leaders():
    seen: dict[str, str] = {}
    for leader in actor_kb().leaders:
        for name in (leader.name, *leader.aliases):
            assert seen.setdefault(name, leader.name) == leader.name, name


def test_organisation_group_codes_are_cameo_known_groups():
    known_groups = set(_codes("CAMEO.knowngroup.txt"))
    for org in actor_kb().organisations:
        assert org.group is None or org.group in known_groups, org.name


def test_organisation_and_institution_codes_are_valid_cameo(valid_segments):
    codes = [org.cameo for org in actor_kb().organisations] + [i.cameo for i in actor_kb().institutions]
    for code in codes:
        assert {code[i : i + 3] for i in range(0, len(code), 3)} <= valid_segments, code


def test_role_types_are_cameo_types():
    types = set(_codes("CAMEO.type.txt"))
    for role in actor_kb().roles.values():
        assert role.type in types, role.role


def test_entity_patterns_are_phrase_patterns_with_an_id():
    labels = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
    for pattern in names().patterns():
        assert pattern["label"] in labels and isinstance(pattern["pattern"], str) and pattern["pattern"] and pattern["id"]


def test_short_names_are_not_full_names():
    for leader in actor_kb().leaders:
        assert not set(leader.short) & {leader.name, *leader.aliases}, leader.name
