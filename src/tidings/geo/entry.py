"""What the gazetteer knows of one place, and what a mention of it says about where."""

from __future__ import annotations

from typing import NamedTuple

Region = tuple[str | None, str | None]  # (country ISO3, admin1): what a mention says about where


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


def region_of(entry: Entry) -> Region:
    """What a mention of `entry` says about the article's geography."""
    if entry.feature_code in ("PCLI", "CONT"):
        return (entry.country, None)
    return (entry.country, entry.admin1)


def lies_in(entry: Entry, region: Region) -> bool:
    """Whether the entry lies in a country, or in a first-order division when the region names one."""
    country, admin1 = region
    return entry.country == country and (admin1 is None or entry.admin1 == admin1)
