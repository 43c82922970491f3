"""How candidates for a name are ranked: by what kind of place each is (country > first-order
division > capital > large city), its population, agreement with the countries and first-order
divisions the same article mentions, and an explicit qualifier ("Portland, Maine").

The weights are the places component's configuration (`Weights` holds the tuned defaults).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tidings.geo.context import Context
from tidings.geo.entry import Entry, Region
from tidings.geo.gazetteer import Gazetteer
from tidings.geo.normalize import normalize

Ranked = list[tuple[float, Entry]]


@dataclass(frozen=True)
class Weights:
    """What each piece of evidence counts (a populated place counts log10 of its population)."""

    country: float = 9.0  # PCLI
    first_order_division: float = 7.0  # ADM1
    continent: float = 7.0  # CONT
    second_order_division: float = 5.0  # ADM2: a US county
    curated: float = 6.0  # another place in tidings' own data files: chosen because it is well known
    capital: float = 2.0
    alternate_name: float = -3.0  # matched only through an alternate name
    in_country: float = 3.0  # the article mentions the candidate's country elsewhere
    in_admin1: float = 3.0  # ... or its state / province
    qualified: float = 10.0  # the text qualifies the name with the candidate's state or country
    demonym: float = 9.0  # the name is a word for the people of a country, state or continent ("Texan")


class Ranking:
    """Ranks a gazetteer's candidates for a name with the given weights."""

    def __init__(self, gazetteer: Gazetteer, weights: Weights) -> None:
        self.gazetteer = gazetteer
        self.weights = weights
        self._importance = {"PCLI": weights.country, "ADM1": weights.first_order_division, "CONT": weights.continent, "ADM2": weights.second_order_division}

    def rank(self, name: str, context: Context | None = None, qualifier: Region | None = None) -> Ranked:
        """Candidates for `name`, best first, scored by the evidence."""
        if "." in name and (named := self.gazetteer.qualifier(name)) is not None and (entry := self.gazetteer.region(named)):
            return [(self.weights.qualified, entry)]  # an abbreviation: "Ga.", "U.K."
        key = normalize(name)
        demonym = self.gazetteer.demonym(name)
        scored = [(self.weights.demonym, demonym)] if demonym else []
        scored += [(self.score(key, entry, alternate, context, qualifier), entry) for entry, alternate in self.gazetteer.candidates(name)]
        scored.sort(key=lambda pair: pair[0], reverse=True)
        return scored

    def best(self, name: str, context: Context | None = None, qualifier: Region | None = None) -> Entry | None:
        ranked = self.rank(name, context, qualifier)
        return ranked[0][1] if ranked else None

    def score(self, key: str, entry: Entry, alternate: bool, context: Context | None, qualifier: Region | None) -> float:
        weights = self.weights
        if entry.feature_class == "P":
            score = math.log10(entry.population + 1) + (weights.capital if entry.feature_code == "PPLC" else 0.0)
        else:
            score = self._importance.get(entry.feature_code, weights.curated)
        if alternate:
            score += weights.alternate_name
        if context is not None:
            in_country, in_admin1 = context.supports(key, entry)
            score += weights.in_country * in_country + weights.in_admin1 * in_admin1
        if qualifier is not None:
            country, admin1 = qualifier
            if entry.country == country and (admin1 is None or entry.admin1 == admin1):
                score += weights.qualified
        return score
