"""A partition of mentions that refuses merges contradicting what is known of its clusters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tidings.corpus.cluster.mention import EventMention


class Partition:
    """Union-find over mentions. Each cluster remembers its event dates, the places of its
    place-bound mentions and, per article, the events stage's event: two clusters merge only if
    their dates are within `date_tolerance_days`, their places share something (a place, its
    admin1 or its country) and no article's mentions in them were read as different events."""

    def __init__(self, mentions: Sequence[EventMention], place_bound: Sequence[bool], date_tolerance_days: int) -> None:
        self._parent = list(range(len(mentions)))
        self._size = [1] * len(mentions)
        self._tolerance = date_tolerance_days
        self._dates: dict[int, set[date]] = {}
        self._places: dict[int, set[frozenset[str]]] = {}
        self._events: dict[int, dict[str, str]] = {}
        for i, (mention, bound) in enumerate(zip(mentions, place_bound)):
            if mention.date is not None:
                self._dates[i] = {mention.date}
            if bound and mention.places:
                self._places[i] = {mention.places}
            if mention.event is not None:
                self._events[i] = {mention.doc_id: mention.event}

    def find(self, i: int) -> int:
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def merge(self, i: int, j: int) -> bool:
        """Put i and j in one cluster unless that contradicts what their clusters know; whether
        they are in one cluster after."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        if not self._compatible(a, b):
            return False
        if self._size[a] < self._size[b]:
            a, b = b, a  # the larger absorbs the smaller: what clusters know is copied little
        self._parent[b] = a
        self._size[a] += self._size[b]
        for known in (self._dates, self._places):
            if b in known:
                known.setdefault(a, set()).update(known.pop(b))
        if b in self._events:
            self._events.setdefault(a, {}).update(self._events.pop(b))
        return True

    def labels(self) -> list[int]:
        """A cluster id per mention, 0.. in order of first appearance."""
        ids: dict[int, int] = {}
        return [ids.setdefault(self.find(i), len(ids)) for i in range(len(self._parent))]

    def _compatible(self, a: int, b: int) -> bool:
        dates_a, dates_b = self._dates.get(a, ()), self._dates.get(b, ())
        if any(abs((x - y).days) > self._tolerance for x in dates_a for y in dates_b):
            return False
        places_a, places_b = self._places.get(a, ()), self._places.get(b, ())
        if any(x.isdisjoint(y) for x in places_a for y in places_b):
            return False
        events_a, events_b = self._events.get(a, {}), self._events.get(b, {})
        return all(events_b.get(doc, event) == event for doc, event in events_a.items())
