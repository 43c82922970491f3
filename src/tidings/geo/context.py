"""An article's geography: the countries and first-order divisions its toponyms point to."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from tidings.geo.entry import Entry, Region
from tidings.geo.proximity import Neighbourhood


@dataclass
class Context:
    """Countries and first-order divisions an article's toponyms point to, counted per
    mentioned name so a name never supports itself."""

    countries: Counter = field(default_factory=Counter)
    admin1s: Counter = field(default_factory=Counter)
    within: Counter = field(default_factory=Counter)  # per country, names of places inside it (not the country's own)
    by_name: dict[str, Region] = field(default_factory=dict)
    named_admin1s: Counter = field(default_factory=Counter)  # per (division, name), mentions of a division by that name ("Kansas")
    neighbourhood: Neighbourhood | None = None  # the candidates of every name, by where they lie
    qualified: dict[str, Region] = field(default_factory=dict)  # per name, the qualifier the article first gives it ("Portland, Maine")
    _leaders: list | None = field(default=None, repr=False)  # the most named divisions, once asked

    def add(self, key: str, region: Region) -> None:
        if key in self.by_name:
            return
        self.by_name[key] = region
        self._leaders = None
        country, admin1 = region
        if country:
            self.countries[country] += 1
        if admin1:
            self.admin1s[(country, admin1)] += 1
            self.within[country] += 1

    def name_admin1(self, key: str, region: Region) -> None:
        """Count one mention of a first-order division by the name `key`."""
        self.named_admin1s[(region, key)] += 1

    def admin1_named(self, key: str, entry: Entry) -> int:
        """How often names other than `key` name the entry's first-order division itself."""
        if not entry.admin1:
            return 0
        region = (entry.country, entry.admin1)
        return sum(count for (named, other), count in self.named_admin1s.items() if named == region and other != key)

    def within_country(self, key: str, entry: Entry) -> bool:
        """Whether names other than `key` name places inside the entry's country (a state, a
        city), not only the country itself."""
        own_country, own_admin1 = self.by_name.get(key, (None, None))
        return self.within[entry.country] - (own_country == entry.country and own_admin1 is not None) > 0

    def near(self, key: str, entry: Entry, most: int = 1) -> int:
        """How many other names (up to `most`) have a candidate near the entry."""
        return 0 if self.neighbourhood is None else self.neighbourhood.near(key, entry, most)

    def main_admin1(self, key: str, entry: Entry) -> bool:
        """Whether the entry lies in the division most of the article's other names point to,
        named by at least two of them: local news keeps to one state or province."""
        if not entry.admin1:
            return False
        if self._leaders is None:
            self._leaders = self.admin1s.most_common(3)  # less one for the name's own, the top two are among these
        if (entry.country, entry.admin1) not in (pair for pair, _count in self._leaders[:2]):
            return False  # the main division is one of the two most named, whatever the name's own
        own = self.by_name.get(key)
        ranked = sorted(((count - (pair == own), pair) for pair, count in self._leaders), reverse=True)
        ranked = [(pair, count) for count, pair in ranked[:2]]
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return False
        return ranked[0][0] == (entry.country, entry.admin1)

    def supports(self, key: str, entry: Entry) -> tuple[bool, bool]:
        """(country supported, admin1 supported) by names other than `key`."""
        own_country, own_admin1 = self.by_name.get(key, (None, None))
        countries = self.countries[entry.country] - (own_country == entry.country)
        admin1s = 0
        if entry.admin1:
            pair = (entry.country, entry.admin1)
            admin1s = self.admin1s[pair] - ((own_country, own_admin1) == pair)
        return countries > 0, admin1s > 0
