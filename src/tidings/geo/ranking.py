"""How candidates for a name are ranked: by what kind of place each is (country > first-order
division > capital > large city), its population, agreement with the countries and first-order
divisions the same article mentions, and an explicit qualifier ("Portland, Maine").

The weights are the places component's configuration (`Weights` holds the tuned defaults).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tidings.geo.context import Context
from tidings.geo.entry import Entry, Region, lies_in
from tidings.geo.gazetteer import Gazetteer
from tidings.geo.normalize import abbreviated, normalize
from tidings.knowledge import read_tsv

Ranked = list[tuple[float, Entry]]
OVERSHADOWING = 10**12  # the "population" of a region no single country holds: larger than any namesake
SUPRANATIONAL_CLASSES = frozenset({"L", "H", "T"})  # areas, waters, terrain


def is_supranational(entry: Entry) -> bool:
    """A continent, sea or world region ("Middle East", "Pacific Ocean"): an area of no one country."""
    return entry.country is None and entry.feature_class in SUPRANATIONAL_CLASSES


@dataclass(frozen=True)
class Weights:
    """What each piece of evidence counts (a populated place counts log10 of its population)."""

    country: float = 9.0  # PCLI
    first_order_division: float = 7.0  # ADM1 of the US and tidings' curated regions
    division_by_people: float = -0.5  # another country's ADM1 counts log10 of its cities' people plus this
    division_of_its_city: float = -2.0  # ... and this where a city of its name lies in it: news names the city ("Sao Paulo")
    continent: float = 7.0  # CONT
    second_order_division: float = 5.0  # ADM2: a US county
    curated: float = 6.0  # another place in tidings' own data files: chosen because it is well known
    capital: float = 2.0
    alternate_name: float = -3.0  # matched only through an alternate name
    in_country: float = 3.0  # the article mentions the candidate's country elsewhere
    in_admin1: float = 3.0  # ... or its state / province
    main_admin1: float = 2.0  # ... and that state is the one most of the article's names point to
    nearby: float = 1.5  # per other name of the article with a candidate within nearby_km
    nearby_km: float = 50.0
    nearby_names: int = 2  # ... counting up to this many names
    nearby_candidates: int = 20  # of each name, the best-ranked this many count as its candidates
    qualified: float = 10.0  # the text qualifies the name with the candidate's state or country
    demonym: float = 9.0  # the name is a word for the people of a country, state or continent ("Texan")
    namesake_ratio: float = 5.0  # a place this many times smaller than a namesake needs more than its country named
    dwarfed_ratio: float = 100.0  # ... and this many times smaller, a place near it or a qualifier
    named_state: int = 2  # ... or its state named this many times: the article is about that state


class Ranking:
    """Ranks a gazetteer's candidates for a name with the given weights."""

    def __init__(self, gazetteer: Gazetteer, weights: Weights) -> None:
        self.gazetteer = gazetteer
        self.weights = weights
        self._importance = {"PCLI": weights.country, "ADM1": weights.first_order_division, "CONT": weights.continent, "ADM2": weights.second_order_division}
        self._compass = frozenset(row["word"] for row in read_tsv("places_compass_words.tsv"))
        self._division_words = frozenset(row["word"] for row in read_tsv("places_division_words.tsv"))

    def rank(self, name: str, context: Context | None = None, qualifier: Region | None = None) -> Ranked:
        """Candidates for `name`, best first, scored by the evidence."""
        if abbreviated(name) and (named := self.gazetteer.qualifier(name)) is not None and (entry := self.gazetteer.region(named)):
            return [(self.weights.qualified, entry)]  # an abbreviation: "Ga.", "U.K."
        key = normalize(name)
        demonym = self.gazetteer.demonym(name)
        scored = [(self.weights.demonym, demonym)] if demonym else []
        candidates = self.gazetteer.candidates(name)
        largest = max((entry.population for entry, _ in candidates), default=0)
        if any(is_supranational(entry) and not alternate for entry, alternate in candidates):
            largest = OVERSHADOWING  # "Middle East": a neighbourhood so named is no match for the region
        cities = {(entry.country, entry.admin1) for entry, alternate in candidates if entry.feature_class == "P" and not alternate}
        scored += [
            (self.score(key, entry, alternate, context, qualifier, largest) + self._of_its_city(entry, cities), entry)
            for entry, alternate in candidates
        ]
        scored.sort(key=lambda pair: pair[0], reverse=True)
        if not scored and (part := self.part_named(name)):
            return self.rank(part, context, qualifier)
        if not scored and key not in self.gazetteer.generic and (named := self.gazetteer.qualifier(name)) and (entry := self.gazetteer.region(named)):
            return [(self.weights.qualified, entry)]  # an abbreviation without its dot: "Calif"
        return scored

    def part_named(self, name: str) -> str | None:
        """The place a name unknown as a whole is built on: without a compass word before it
        ("Southern Ontario", "South Pacific") or a division word around it ("Helmand province",
        "County Mayo")."""
        words = name.split()
        if len(words) < 2:
            return None
        if words[0] in self._compass:
            return " ".join(words[1:])
        if words[-1].casefold() in self._division_words:
            return " ".join(words[:-1])
        if words[0].casefold() == "county":
            return " ".join(words[1:])
        return None

    def compass_named(self, name: str) -> bool:
        """Whether a name of two words or more is all compass and division words ("Central
        District", "South East", "Northern Province")."""
        words = name.split()
        return len(words) > 1 and all(word in self._compass or word.casefold() in self._division_words for word in words)

    def best(self, name: str, context: Context | None = None, qualifier: Region | None = None) -> Entry | None:
        ranked = self.rank(name, context, qualifier)
        return ranked[0][1] if ranked else None

    def _of_its_city(self, entry: Entry, cities: set[Region]) -> float:
        """`division_of_its_city` for a division that holds a city of the same name (`cities`:
        where the name's cities lie)."""
        holds_its_city = entry.feature_code == "ADM1" and entry.population > 0 and (entry.country, entry.admin1) in cities
        return self.weights.division_of_its_city * holds_its_city

    def dwarfed(self, entry: Entry, largest: int) -> bool:
        """Whether a populated place is `dwarfed_ratio` times smaller than the largest of its name."""
        return entry.feature_class == "P" and entry.population * self.weights.dwarfed_ratio < largest

    def score(self, key: str, entry: Entry, alternate: bool, context: Context | None, qualifier: Region | None, largest: int = 0) -> float:
        """The candidate's evidence. Minimum evidence for a namesake: a place `namesake_ratio`
        times smaller than the largest of its name gains nothing from the article naming its
        country by name ("Geneva" in an article naming the United States stays in Switzerland);
        other places in that country, its state, a place near it or a qualifier must speak for it.
        A place `dwarfed_ratio` times smaller gains nothing from the article's country or state
        unless a place near it is named too or the article keeps naming its state: a hamlet named
        after a big city ("Toronto, Ohio") is not meant because the article names its state once. A
        town or a division named like a continent, sea or world region gains nothing from the
        article at all: only a qualifier ("Atlantic, Iowa") speaks for it."""
        weights = self.weights
        if entry.feature_class == "P":
            score = math.log10(entry.population + 1) + (weights.capital if entry.feature_code == "PPLC" else 0.0)
        elif entry.feature_code == "ADM1" and entry.population:
            score = math.log10(entry.population + 1) + weights.division_by_people
        else:
            score = self._importance.get(entry.feature_code, weights.curated)
        if alternate:
            score += weights.alternate_name
        if context is not None and not (largest == OVERSHADOWING and not is_supranational(entry)):
            in_country, in_admin1 = context.supports(key, entry)
            near = context.near(key, entry, weights.nearby_names)
            namesake = entry.feature_class == "P" and entry.population * weights.namesake_ratio < largest
            dwarfed = self.dwarfed(entry, largest)
            about_its_state = context.admin1_named(key, entry) >= weights.named_state
            if dwarfed and not near:
                in_country = False
                in_admin1 = in_admin1 and about_its_state
            elif namesake and in_country and not near:
                in_country = context.within_country(key, entry)
            score += weights.in_country * in_country + weights.in_admin1 * in_admin1 + weights.nearby * near
            score += weights.main_admin1 * (about_its_state or context.main_admin1(key, entry) and (near or not dwarfed))
        if qualifier is not None and lies_in(entry, qualifier):
            score += weights.qualified
        return score
