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

    def __init__(self, ranking: Ranking) -> None:
        self.ranking = ranking
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
        town named after it)."""
        key = (mention.text, mention.after_the, mention.inside, id(context), qualifier)
        if key not in self._best:
            plural = _PLURAL_LAST_WORD.search(mention.text) is not None
            self._best[key] = next(
                (
                    entry
                    for _score, entry in self.rank(mention.text, context, qualifier)
                    if not (mention.after_the and entry.feature_class == "P" and not entry.name.startswith("The ") and not plural)
                    and not (mention.inside and not lies_in(entry, qualifier))
                ),
                self.gazetteer.region(qualifier) if mention.inside else None,
            )
        return self._best[key]

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
