"""`import_wikidata`: people and organisations from a Wikidata JSON dump, as tidings' knowledge
(`people_wikidata.jsonl`, `organisations_wikidata.jsonl`, which the actor knowledge merges after
the curated files and before the Phoenix dictionaries: `knowledge/merge.py`).

A dump is a JSON array with one entity per line, as Wikidata ships it (`latest-all.json.gz`, or a
filtered extract in the same format), plain or gzipped. It is read twice, streaming, one line at
a time; what is kept between the passes is bounded by the number of countries and positions,
whatever the size of the dump:
1. countries (items with an ISO 3166-1 alpha-3 code, P298) and positions: items that are, are an
   instance (P31) or a subclass (P279) of, a position class of `wikidata_classes.tsv`, with
   their jurisdiction (P1001, else country P17);
2. people: humans (P31 Q5) who held such a position (P39) in a known country, each position a
   dated term (start P580, end P582: day, month or year as the dump gives it) coded <country> +
   the class's type, with their country of citizenship (P27), English label and aliases, QID;
   organisations: instances of an organisation class of the table, coded as it says.
A line that is not an entity's JSON is skipped and counted, never guessed.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from tidings.knowledge import read_tsv
from tidings.knowledge.countries import countries
from tidings.knowledge.phoenix.naming import surname
from tidings.progress import quiet

log = logging.getLogger("tidings")

PEOPLE_FILE = "people_wikidata.jsonl"
ORGANISATIONS_FILE = "organisations_wikidata.jsonl"
CLASSES_FILE = "wikidata_classes.tsv"
HUMAN = "Q5"
LICENCE = "CC0 1.0 (Wikidata)"
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP"})


class DumpError(ValueError):
    """A dump tidings cannot read at all (not a file, or no entity in it)."""


@dataclass(frozen=True)
class Position:
    type: str  # CAMEO actor type
    paramount: bool
    country: str | None  # QID of its jurisdiction
    label: str


def import_wikidata(dump: Path, data_dir: Path, progress: Callable = quiet) -> list[Path]:
    """Write the people and organisations of `dump` (see the module's docstring); their paths."""
    if not dump.is_file():
        raise DumpError(f"{dump}: no such file")
    classes = list(read_tsv(CLASSES_FILE))
    first: Counter = Counter()
    countries_by_qid, positions = _index(progress(entities(dump, first), None, "wikidata: countries and positions"), classes)
    if first["lines"] == first["malformed"]:
        raise DumpError(f"{dump}: no Wikidata entity in it (a JSON dump has one entity a line)")
    people_path, organisations_path = data_dir / PEOPLE_FILE, data_dir / ORGANISATIONS_FILE
    organisation_classes = {row["qid"]: row for row in classes if row["kind"] == "organisation"}
    counts: Counter = Counter()
    with _Output(people_path, dump, "people") as people, _Output(organisations_path, dump, "organisations") as organisations:
        for entity in progress(entities(dump, Counter()), None, "wikidata: people and organisations"):
            if HUMAN in _items(entity, "P31"):
                record = _person(entity, positions, countries_by_qid)
                if record is not None:
                    people.write(record)
                    counts["people"] += 1
            elif (record := _organisation(entity, organisation_classes, countries_by_qid)) is not None:
                organisations.write(record)
                counts["organisations"] += 1
    log.info("wikidata: %d people, %d organisations from %d lines; %d malformed lines skipped",
             counts["people"], counts["organisations"], first["lines"], first["malformed"])
    return [people_path, organisations_path]


def entities(dump: Path, counts: Counter) -> Iterator[dict]:
    """The entities of a dump, one a line; `counts` counts the lines read ("lines") and those that
    are no entity ("malformed"), and the first few of these are logged."""
    with _open(dump) as handle:
        for number, line in enumerate(handle, start=1):
            text = line.strip().rstrip(",")
            if text in ("[", "]", ""):
                continue
            counts["lines"] += 1
            try:
                entity = json.loads(text)
            except ValueError:
                entity = None
            if not isinstance(entity, dict) or not str(entity.get("id", "")).startswith(("Q", "P")):
                counts["malformed"] += 1
                if counts["malformed"] <= 3:
                    log.warning("%s:%d: not a Wikidata entity; skipped", dump.name, number)
                continue
            yield entity


def _open(dump: Path) -> IO[str]:
    if dump.suffix == ".gz":
        return gzip.open(dump, "rt", encoding="utf-8")
    return dump.open(encoding="utf-8")


def _index(items: Iterable[dict], classes: list[dict]) -> tuple[dict[str, str], dict[str, Position]]:
    """Pass 1: country QID -> ISO3; position QID -> what it codes."""
    position_classes = {row["qid"]: row for row in classes if row["kind"] == "position"}
    countries_by_qid: dict[str, str] = {}
    positions: dict[str, Position] = {}
    for entity in items:
        iso3 = next(iter(_strings(entity, "P298")), None)
        if iso3 in countries().by_iso3:
            countries_by_qid[entity["id"]] = iso3
        row = position_classes.get(entity["id"]) or next(
            (position_classes[q] for q in (*_items(entity, "P31"), *_items(entity, "P279")) if q in position_classes), None
        )
        if row is not None:
            jurisdiction = next(iter(_items(entity, "P1001") or _items(entity, "P17")), None)
            positions[entity["id"]] = Position(row["code"], row["paramount"] == "yes" and entity["id"] == row["qid"], jurisdiction, _label(entity))
    return countries_by_qid, positions


def _person(entity: dict, positions: dict[str, Position], countries_by_qid: dict[str, str]) -> dict | None:
    terms = []
    for statement in _statements(entity, "P39"):
        position = positions.get(_item(statement["mainsnak"]) or "")
        iso3 = countries_by_qid.get(position.country or "") if position else None
        if iso3 is None:
            continue
        qualifiers = statement.get("qualifiers", {})
        terms.append(_compact({
            "office": position.label, "cameo": countries().by_iso3[iso3].cameo + position.type,
            "start": _first_time(qualifiers.get("P580")), "end": _first_time(qualifiers.get("P582")),
            "paramount": position.paramount or None,
        }))
    name = _label(entity)
    if not terms or not name:
        return None
    country = next((countries_by_qid[q] for q in _items(entity, "P27") if q in countries_by_qid), None)
    aliases = _aliases(entity)
    single = [alias for alias in aliases if " " not in alias]
    family = surname(name, country in _FAMILY_NAME_FIRST) if " " in name else None
    return _compact({
        "name": name, "qid": entity["id"], "aliases": [a for a in aliases if " " in a and a != name],
        "ambiguous": list(dict.fromkeys(filter(None, [*single, family]))), "country": country, "terms": terms,
        "source": f"wikidata:{entity['id']}",
    })


def _organisation(entity: dict, classes: dict[str, dict], countries_by_qid: dict[str, str]) -> dict | None:
    row = next((classes[q] for q in _items(entity, "P31") if q in classes), None)
    name = _label(entity)
    if row is None or not name:
        return None
    iso3 = next((countries_by_qid[q] for q in _items(entity, "P17") if q in countries_by_qid), None)
    country_code = countries().by_iso3[iso3].cameo if iso3 else "---"
    aliases = _aliases(entity)
    return _compact({
        "name": name, "qid": entity["id"], "aliases": [a for a in aliases if " " in a and a != name],
        "short": [a for a in aliases if " " not in a], "kind": "group" if row["sector"] in ("party", "armed") else "organisation",
        "sector": row["sector"], "cameo": row["code"].replace("{country}", country_code), "country": iso3,
        "source": f"wikidata:{entity['id']}",
    })


# -- reading an entity -------------------------------------------------------------------------
def _statements(entity: dict, prop: str) -> list[dict]:
    claims = entity.get("claims")
    found = claims.get(prop, []) if isinstance(claims, dict) else []
    return [s for s in found if isinstance(s, dict) and s.get("rank") != "deprecated" and isinstance(s.get("mainsnak"), dict)]


def _item(snak: dict) -> str | None:
    value = (snak.get("datavalue") or {}).get("value")
    return value.get("id") if isinstance(value, dict) else None


def _items(entity: dict, prop: str) -> list[str]:
    return [q for s in _statements(entity, prop) if (q := _item(s["mainsnak"]))]


def _strings(entity: dict, prop: str) -> list[str]:
    values = [(s["mainsnak"].get("datavalue") or {}).get("value") for s in _statements(entity, prop)]
    return [v for v in values if isinstance(v, str)]


def _label(entity: dict) -> str:
    return ((entity.get("labels") or {}).get("en") or {}).get("value", "")


def _aliases(entity: dict) -> list[str]:
    return [a["value"] for a in (entity.get("aliases") or {}).get("en", []) if isinstance(a, dict) and a.get("value")]


def _first_time(snaks: list[dict] | None) -> str | None:
    """The first time value of a qualifier as an ISO date (a month or a year: its first day)."""
    for snak in snaks or ():
        value = (snak.get("datavalue") or {}).get("value")
        if isinstance(value, dict) and isinstance(value.get("time"), str):
            try:
                year, month, day = value["time"].lstrip("+").split("T")[0].split("-")
                return date(int(year), max(int(month), 1), max(int(day), 1)).isoformat()
            except ValueError:
                return None  # BCE or malformed: no date rather than a wrong one
    return None


def _compact(record: dict) -> dict:
    return {key: value for key, value in record.items() if value not in (None, [], "")}


class _Output:
    """A data file written as records arrive: its header first, moved into place when complete."""

    def __init__(self, path: Path, dump: Path, what: str) -> None:
        self.path = path
        self.temporary = path.with_name(f".{path.name}.{os.getpid()}")
        self.header = [
            f"Wikidata {what}. Written by `tidings kb import-wikidata`; do not edit by hand.",
            f"Source: {dump.name} ({dump.stat().st_size} bytes); classes coded as {CLASSES_FILE} says.",
            f"Licence of the source: {LICENCE}",
        ]

    def __enter__(self) -> _Output:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = self.temporary.open("w", encoding="utf-8")
        self.handle.writelines(f"# {line}\n" for line in self.header)
        return self

    def write(self, record: dict) -> None:
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    def __exit__(self, kind, error, trace) -> None:
        self.handle.close()
        if kind is None:
            os.replace(self.temporary, self.path)
        else:
            self.temporary.unlink(missing_ok=True)
