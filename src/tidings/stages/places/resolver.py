"""Resolution within one article: each name ranked once per context, and the article's context
read from its mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tidings.geo.context import Context
from tidings.geo.entry import Entry, Region, lies_in, region_of
from tidings.geo.gazetteer import Gazetteer
from tidings.geo.normalize import normalize
from tidings.geo.proximity import Neighbourhood
from tidings.geo.ranking import Ranked, Ranking


US = "USA"
_PLURAL_LAST_WORD = re.compile(r" [A-Z][a-z]*[^siu]s$")  # "Blue Mountains", not "Kings Pass" or "Le Mans"


@dataclass
class Mention:
    """A toponym in the text: its span and any qualifier the text attaches to it."""

    start: int
    end: int
    text: str
    qualifier: Region | None = None
    names_region: bool = False  # the mention is itself a qualifier: it names `qualifier`
    after_the: bool = False  # "the West": populated places rarely take an article
    inside: bool = False  # "X of Y": the place lies in the `qualifier` region, else it is read as that region


class Resolver:
    """Rankings for one article, memoized: a name repeated a thousand times is ranked once per
    context, so resolving costs time in proportion to the mentions."""

    def __init__(self, ranking: Ranking, large_city: int) -> None:
        self.ranking = ranking
        self.large_city = large_city  # a city this large keeps its reading under a qualifier it lies outside
        self.gazetteer: Gazetteer = ranking.gazetteer
        self._ranked: dict[tuple, Ranked] = {}
        self._best: dict[tuple, Entry | None] = {}
        self._contexts: list[Context] = []  # kept alive: memo keys hold their ids
        self._hints: dict[str, str] = {}  # names inside organisation names: no mentions, but evidence of where

    def hint(self, name: str) -> None:
        """Count a name that is no mention of the article's as evidence of where it is: its
        candidates vouch for other names' candidates near them."""
        self._hints.setdefault(normalize(name), name)

    def rank(self, name: str, context: Context | None = None, qualifier: Region | None = None) -> Ranked:
        key = (name, id(context), qualifier)
        if key not in self._ranked:
            self._ranked[key] = self.ranking.rank(name, context, qualifier)
        return self._ranked[key]

    def best(self, mention: Mention, context: Context | None, qualifier: Region | None) -> Entry | None:
        """The best-ranked entry for a mention; after "the", not a populated place (unless its
        name takes the article: "The Hague", or is plural: "the Blue Mountains", a range and the
        town named after it); not a division named by compass and division words alone ("Central
        District", "South East") where the article names not its country: such a name is a part
        of anywhere. A name the text puts in a US state ("Stiles, Texas", "Cuba, N.Y.") with no
        candidate there is a town of that state the gazetteer lacks: the state, not a namesake
        elsewhere, unless a large city or a place of a country named like the state ("Gori, Georgia")."""
        key = (mention.text, mention.after_the, mention.inside, id(context), qualifier)
        if key not in self._best:
            plural = _PLURAL_LAST_WORD.search(mention.text) is not None
            entry = next(
                (
                    entry
                    for _score, entry in self.rank(mention.text, context, qualifier)
                    if not (mention.after_the and entry.feature_class == "P" and not entry.name.startswith("The ") and not plural)
                    and not (mention.inside and not lies_in(entry, qualifier))
                    and not (self.ranking.compass_named(entry.name) and not self._country_named(mention.text, entry, context, qualifier))
                ),
                self.gazetteer.region(qualifier) if mention.inside else None,
            )
            if entry is not None and self._outside_its_state(entry, qualifier):
                entry = self.gazetteer.region(qualifier)
            self._best[key] = entry
        return self._best[key]

    def _country_named(self, name: str, entry: Entry, context: Context | None, qualifier: Region | None) -> bool:
        """Whether the qualifier or another name of the article lies in the entry's country."""
        if qualifier is not None and lies_in(entry, qualifier):
            return True
        return context is not None and context.supports(normalize(name), entry)[0]

    def _outside_its_state(self, entry: Entry, qualifier: Region | None) -> bool:
        """Whether the entry, a country or a place smaller than a large city (the name may open a
        list: "Lyon, Washington and Rome"), lies outside the US state the text qualifies it with."""
        if qualifier is None or qualifier[0] != US or qualifier[1] is None or lies_in(entry, qualifier):
            return False
        if entry.country == US and entry.feature_code == "ADM1":
            return False  # a list of states ("Missouri, New York and Ohio"), a border ("the Indiana, Ill., line")
        state, country = self.gazetteer.region(qualifier), self.gazetteer.region((entry.country, None))
        if state is not None and country is not None and normalize(state.name) == normalize(country.name):
            return False  # "Gori, Georgia": the country of that name
        if (entry.feature_code or "").startswith("PCL"):
            return True  # "Sweden, Maine"
        return entry.feature_code not in ("PPLC", "CONT") and entry.population < self.large_city

    def neighbourhood(self, mentions: list[Mention]) -> Neighbourhood:
        """Where the best context-free candidates of each name (and hint) lie, less those dwarfed
        by a namesake: two hamlets named after big cities must not vouch for each other."""
        weights = self.ranking.weights
        found = Neighbourhood(weights.nearby_km)
        names = self._hints | {normalize(m.text): m.text for m in mentions if not m.names_region}
        for key, name in names.items():
            ranked = self.rank(name)
            largest = max((entry.population for _score, entry in ranked), default=0)
            for _score, entry in ranked[: weights.nearby_candidates]:
                if not self.ranking.dwarfed(entry, largest):
                    found.add(key, entry)
        return found

    def _region_read(self, mention: Mention, context: Context | None, entry: Entry) -> Region:
        """What a mention says about where: its best entry's region, less what a namesake
        ranked as high leaves open (a county name alone: many states may have one)."""
        country, admin1 = region_of(entry)
        ranked = self.rank(mention.text, context, mention.qualifier) if not mention.names_region else []
        score = next((score for score, candidate in ranked if candidate == entry), None)
        if score is None:  # read as the region it lies in ("X of Y")
            return (country, admin1)
        for other_score, other in ranked:
            if other_score < score:
                break
            if other_score == score and other != entry:
                if other.country != country:
                    return (None, None)
                if other.admin1 != admin1:
                    admin1 = None
        return (country, admin1)

    def context(self, mentions: list[Mention]) -> Context:
        """Two rounds: each name's context-free reading, then readings given the first round
        (so "Georgia" next to "Atlanta" counts as the state). A name qualified once keeps its
        qualifier after (`Context.qualified`)."""
        context = None
        neighbourhood = self.neighbourhood(mentions)
        for _round in range(2):
            current = Context(neighbourhood=neighbourhood)
            for mention in mentions:
                key = normalize(mention.text)
                if mention.qualifier is not None and not mention.names_region:
                    current.qualified.setdefault(key, mention.qualifier)
                if key in current.by_name:
                    if (current.by_name[key], key) in current.named_admin1s:
                        current.name_admin1(key, current.by_name[key])
                    continue
                if mention.names_region:
                    entry = self.gazetteer.region(mention.qualifier)
                else:
                    entry = self.best(mention, context, mention.qualifier)
                if entry is not None and entry.feature_code == "ADM1":
                    current.name_admin1(key, region_of(entry))
                if entry is not None:
                    current.add(key, self._region_read(mention, context, entry))
                elif key in self.gazetteer.counties:  # no point, but it says which state
                    current.add(key, self.gazetteer.counties[key])
            self._contexts.append(current)
            context = current
        return context
