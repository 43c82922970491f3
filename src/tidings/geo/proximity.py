"""Which candidates of a name lie near a candidate of another name in the same article: local
news names places close together ("Paris" beside "Henry County" is the Tennessee town beside its
county), so a namesake near the article's other places is the one meant.

Points go into a grid of cells about `radius_km` across, so a lookup reads a few cells, not every
point: the cost grows with the article's names, not with their square.
"""

from __future__ import annotations

import math

from tidings.geo.entry import Entry

KM_PER_DEGREE = 111.2
LOCAL_FEATURE_CLASSES = frozenset({"P", "S"})  # populated places and sites: points, not areas


def is_local(entry: Entry) -> bool:
    """A place small enough for its point to say where it is: a town, a site, a county."""
    return entry.feature_class in LOCAL_FEATURE_CLASSES or entry.feature_code == "ADM2"


class Neighbourhood:
    """The candidate points of an article's names, by grid cell."""

    def __init__(self, radius_km: float) -> None:
        self.radius_km = radius_km
        self.size = radius_km / KM_PER_DEGREE  # cell side, in degrees
        self._cells: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
        self._counted: dict[tuple[str, float, float, int], int] = {}  # `near`'s answers: a name's candidates are scored in several rounds

    def add(self, key: str, entry: Entry) -> None:
        if is_local(entry):
            self._cells.setdefault(self._cell(entry.lat, entry.lon), []).append((key, entry.lat, entry.lon))
            self._counted.clear()

    def near(self, key: str, entry: Entry, most: int = 1) -> int:
        """How many names other than `key` (up to `most`) have a candidate within the radius of `entry`."""
        if not self._cells or not is_local(entry):
            return 0
        asked = (key, entry.lat, entry.lon, most)
        if asked not in self._counted:
            self._counted[asked] = self._count_near(key, entry, most)
        return self._counted[asked]

    def _count_near(self, key: str, entry: Entry, most: int) -> int:
        row, column = self._cell(entry.lat, entry.lon)
        reach = math.ceil(1 / max(math.cos(math.radians(entry.lat)), 0.1))  # longitude cells narrow towards the poles
        names = set()
        for r in (row - 1, row, row + 1):
            for c in range(column - reach, column + reach + 1):
                for other, lat, lon in self._cells.get((r, c), ()):
                    if other != key and other not in names and _km(entry.lat, entry.lon, lat, lon) <= self.radius_km:
                        names.add(other)
                        if len(names) >= most:
                            return most
        return len(names)

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / self.size), math.floor(lon / self.size)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: exact enough within a few hundred kilometres."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)
