"""The actor knowledge files agree with the reference tables and hold together."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from conftest import reference
from tidings.knowledge import read_tsv
from tidings.knowledge.actors import Leader, Term, actor_kb
from tidings.knowledge.countries import countries
from tidings.knowledge.merge import merge, merge_person
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


def _segments(code: str) -> set[str]:
    return {code[i : i + 3] for i in range(0, len(code), 3)}


@pytest.fixture(scope="module")
def curated_leaders():
    return [leader for leader in actor_kb().leaders if not leader.imported]


def test_leader_codes_are_valid_cameo(valid_segments, curated_leaders):
    for leader in curated_leaders:
        for term in leader.terms:
            if term.office:  # the curated terms (those merged in from imports have no office)
                assert _segments(term.cameo) <= valid_segments, (leader.name, term.cameo)


def test_leader_terms_are_ordered_and_countries_known(curated_leaders):
    for leader in curated_leaders:
        assert leader.country in countries().by_iso3
        for term in leader.terms:
            assert term.end is None or term.start is None or term.start < term.end, leader.name
            assert term.country is None or term.country in countries().by_cameo or not term.office


def test_imported_codes_are_three_letter_segments(valid_segments):
    for leader in actor_kb().leaders:
        for code in [term.cameo for term in leader.terms] + [leader.cameo or ""]:
            assert len(code) % 3 == 0 and code.replace("-", "").isupper() or not code, (leader.name, code)
    for org in actor_kb().organisations:
        assert len(org.cameo) % 3 == 0 and org.cameo.replace("-", "").isupper(), org.name


def test_terms_of_one_person_from_different_sources_never_overlap():
    for leader in actor_kb().leaders:
        curated = [t for t in leader.terms if t.office]
        for term in (t for t in leader.terms if not t.office):
            for other in curated:
                assert not _overlap(term, other), (leader.name, term, other)


def _overlap(one: Term, other: Term) -> bool:
    return (one.start or date.min) < (other.end or date.max) and (other.start or date.min) < (one.end or date.max)


def test_leader_role_follows_the_date():
    biden = actor_kb().leader("Q6279")
    assert biden.term_at(date(2023, 6, 1)).cameo == "USAGOV"
    assert biden.term_at(date(2019, 6, 1)) is None


def test_no_full_name_points_to_two_actors():
    ids: dict[str, set[str]] = {}
    for name in names():
        if name.form == "full":
            ids.setdefault(name.text.casefold(), set()).add(name.id)
    assert not {text: found for text, found in ids.items() if len(found) > 1}


def test_organisation_group_codes_are_cameo_known_groups():
    known_groups = set(_codes("CAMEO.knowngroup.txt"))
    for org in actor_kb().organisations:
        assert org.group is None or org.group in known_groups, org.name


def test_curated_organisation_and_institution_codes_are_valid_cameo(valid_segments):
    codes = [org.cameo for org in actor_kb().organisations if not org.imported]
    codes += [i.cameo for i in actor_kb().institutions if not i.imported]
    for code in codes:
        assert _segments(code) <= valid_segments, code


def test_curated_role_types_are_cameo_types():
    types = set(_codes("CAMEO.type.txt")) | {"REL"}  # Phoenix's religious sector (Phoenix.agents.txt: CLERIC ~REL)
    curated = {row["role"] for row in read_tsv("actor_roles.tsv")}
    for role in curated:
        assert actor_kb().roles[role].type in types, role


def test_imported_role_nouns_join_the_curated_ones():
    assert {"embassy", "mutineer"} <= set(actor_kb().roles)


def test_a_curated_role_noun_keeps_its_type_whatever_the_dictionaries_say():
    roles = actor_kb().roles
    for row in read_tsv("actor_roles.tsv"):
        assert roles[row["role"]].type == row["type"], row["role"]


def test_entity_patterns_are_phrase_patterns_with_an_id():
    labels = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
    for pattern in names().patterns():
        assert pattern["label"] in labels and isinstance(pattern["pattern"], str) and pattern["pattern"] and pattern["id"]


def test_short_names_are_not_full_names(curated_leaders):
    for leader in curated_leaders:
        assert not set(leader.short) & {leader.name, *leader.aliases}, leader.name


# -- sources merged by precedence (knowledge/merge.py) -----------------------------------------
def person(name: str, *terms: Term, **fields) -> Leader:
    return Leader(name=name, terms=terms, **fields)


def term(cameo: str, start: str | None, end: str | None, office: str = "") -> Term:
    return Term(cameo=cameo, office=office, start=start and date.fromisoformat(start), end=end and date.fromisoformat(end))


def test_a_later_source_adds_only_the_days_no_earlier_term_covers():
    curated = person("Ana Testescu", term("MDAGOV", "2016-12-23", None, "President of Moldova"), country="MDA", qid="Q1")
    imported = person("Ana Testescu", term("MDAELI", "1990-01-01", "2017-06-01"), country="MDA", imported=True)
    [merged] = merge([[curated], [imported]], merge_person)
    assert merged.canonical_id == "Q1"
    assert [(t.cameo, t.start, t.end) for t in merged.terms] == [
        ("MDAGOV", date(2016, 12, 23), None),
        ("MDAELI", date(1990, 1, 1), date(2016, 12, 23)),
    ]


def test_an_open_term_of_a_later_source_gives_way_to_an_earlier_term():
    curated = person("Ana Testescu", term("MDAGOV", "2009-01-20", "2017-01-20", "President"), country="MDA")
    imported = person("Ana Testescu", term("MDAGOV", "2009-01-20", None), country="MDA", cameo="MDAELI", imported=True)
    [merged] = merge([[curated], [imported]], merge_person)
    assert [t.end for t in merged.terms] == [date(2017, 1, 20)]
    assert merged.cameo == "MDAELI"  # the later source's code outside terms: after 2017, an elite


def test_namesakes_of_different_countries_stay_apart():
    ours = person("Ana Testescu", term("MDAGOV", "2001-01-01", "2005-01-01"), country="MDA")
    theirs = person("Ana Testescu", term("ROMGOV", "2001-01-01", "2005-01-01"), country="ROU", imported=True)
    merged = merge([[ours], [theirs]], merge_person)
    assert len(merged) == 2 and merged[0].canonical_id != merged[1].canonical_id


def test_a_surname_alone_merges_no_one():
    ours = person("Ana Testescu", country="MDA", short=("Testescu",))
    theirs = person("Testescu", country="MDA", imported=True)
    assert len(merge([[ours], [theirs]], merge_person)) == 2


def test_a_later_sources_names_are_added_as_it_classifies_them():
    curated = person("Ana Testescu", country="MDA")
    imported = person("Ana Testescu", aliases=("Ana V. Testescu",), ambiguous=("Testescu",), country="MDA", imported=True)
    [merged] = merge([[curated], [imported]], merge_person)
    assert merged.imported_names == (("Ana V. Testescu", "full"), ("Testescu", "ambiguous"))


def test_a_qid_joins_records_whatever_their_names():
    ours = person("Ana Testescu", qid="Q1", country="MDA")
    theirs = person("Anna Testesco", qid="Q1", country="MDA", imported=True)
    assert len(merge([[ours], [theirs]], merge_person)) == 1


# -- dated codes -------------------------------------------------------------------------------
def test_a_persons_code_is_the_terms_in_office_and_the_elites_after():
    kb = actor_kb()
    leader = person("Ana Testescu", term("MDAGOV", "2001-01-01", "2005-01-01", "President"), country="MDA")
    assert kb.cameo_at(leader, date(2003, 1, 1)) == "MDAGOV"
    assert kb.cameo_at(leader, date(2008, 1, 1)) == "MDAELI"
    assert kb.cameo_at(leader, date(1999, 1, 1)) == "MDA"


def test_a_sources_code_outside_terms_holds_outside_them():
    leader = person("Ana Testescu", term("IGOUNO", "2007-01-01", "2016-12-31"), country="KOR", cameo="KORELI")
    assert actor_kb().cameo_at(leader, date(2020, 1, 1)) == "KORELI"


def test_where_terms_overlap_the_one_begun_last_holds():
    leader = person("Ana Testescu", term("MDAELI", "1972-01-01", "2000-01-01"), term("MDAGOV", "1994-07-20", None), country="MDA")
    assert leader.term_at(date(1995, 1, 1)).cameo == "MDAGOV"


def test_without_a_date_the_latest_term_in_office_counts():
    leader = person("Ana Testescu", term("MDAGOV", "1990-01-01", "1995-01-01"), term("MDAELI", "1995-01-01", "2003-01-01"), country="MDA")
    assert leader.term_at(None).cameo == "MDAGOV"


def test_an_imported_leader_is_coded_by_the_date(pipeline):
    yeltsin = actor_kb().leader(names().full("Boris Yeltsin").id)
    assert actor_kb().cameo_at(yeltsin, date(1995, 6, 1)) == "RUSGOV"
    assert actor_kb().cameo_at(yeltsin, date(2003, 6, 1)) == "RUSELI"


def test_a_minister_listed_since_the_dictionarys_window_opens_held_office_before_it(pipeline):
    costello = actor_kb().leader(names().full("Peter Costello").id)  # Australian treasurer 1996-2007
    assert actor_kb().cameo_at(costello, date(2001, 11, 1)) == "AUSGOV"


def test_a_text_names_its_country_each_time_it_is_asked_as_written():
    index = countries()
    for text in ("US", "us", "Russian", "Tuesday", "US", "us", "Russian", "Tuesday"):
        found = index.by_name_or_demonym(text)
        assert (found.iso3 if found else None) == {"US": "USA", "Russian": "RUS"}.get(text)  # "us" is the pronoun
