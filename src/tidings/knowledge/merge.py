"""The actor knowledge's sources merged, in order of precedence, and compiled once.

Sources (`SOURCES`), first wins: the curated files (checked by hand; leaders 2015-2025 with
offices and QIDs), then what `tidings kb import-wikidata` wrote (dated, sourced, as new as the
dump), then what `tidings kb import-phoenix` wrote (the Phoenix dictionaries, up to early 2014).
A missing file is a source with nothing in it (the Wikidata files exist only once imported).

A record of a later source is the same actor as one of an earlier source when they share a QID,
or a full name (case aside; a single word is no full name) and their countries agree or one is
unknown. The earlier record keeps its id, name, names and codes, and takes from the later one:
- its names, as the later source classifies them (`imported_names`);
- its QID, country and code outside terms, where it has none;
- its terms, for the days no earlier term covers: a later term is cut around the earlier ones,
  and one without an end (in office when its source was written) is dropped where it meets one,
  so dated codes never conflict: on any day, one source says what a person was.
Records no earlier one matches are added, with an id of their own where theirs is taken; an
imported record without a QID is known as `<source>:<name>` (`phoenix:boris_yeltsin`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from pydantic import BaseModel

from tidings.knowledge import data_path, read_jsonl, read_tsv
from tidings.knowledge.actors import Institution, Leader, Organisation, Role, Term, normalized
from tidings.knowledge.cache import load_or_build
from tidings.knowledge.countries import countries, name_key

SCHEMA = "actors schema 4"  # part of the fingerprint: a change to the compiled layout makes a new build
SOURCES = (  # (source, people, organisations, institutions, roles), in order of precedence
    ("curated", "leaders.jsonl", "organisations.jsonl", "actor_institutions.tsv", "actor_roles.tsv"),
    ("wikidata", "people_wikidata.jsonl", "organisations_wikidata.jsonl", None, None),
    ("phoenix", "people_phoenix.jsonl", "organisations_phoenix.jsonl", "institutions_phoenix.tsv", "roles_phoenix.tsv"),
)


def source_files() -> list[Path]:
    return [data_path(name) for _, *names in SOURCES for name in names if name and data_path(name).exists()]


def compiled_actors() -> dict:
    """The merged knowledge as plain data: built once from its files, then loaded from the cache."""
    return load_or_build("actors", [SCHEMA, *source_files()], build)


def build() -> dict:
    people: list[list[Leader]] = []
    organisations: list[list[Organisation]] = []
    institutions: list[Institution] = []
    roles: dict[str, dict] = {}
    for source, people_file, organisations_file, institutions_file, roles_file in SOURCES:
        imported = source != "curated"
        people.append([Leader.model_validate(_record(r, source)) for r in _jsonl(people_file)])
        organisations.append([Organisation.model_validate(_record(r, source)) for r in _jsonl(organisations_file)])
        institutions += [Institution(**row, imported=imported) for row in _tsv(institutions_file)]
        for row in _tsv(roles_file):
            offices = tuple(office for office in row.get("office", "").split("|") if office)
            role = Role(role=row["role"], type=row["type"], offices=offices, bare=row["bare"] == "yes")
            roles.setdefault(role.role, role.model_dump())
    merged_people = merge(people, merge_person)
    return {  # people and organisations as JSON, typed when first looked up: a fast load
        "people": {p.canonical_id: p.model_dump_json(exclude_defaults=True) for p in merged_people},
        "organisations": {o.canonical_id: o.model_dump_json(exclude_defaults=True) for o in merge(organisations, merge_organisation)},
        "institutions": [i.model_dump() for i in institutions],
        "roles": roles,
        "office_holders": [p.canonical_id for p in merged_people if any(t.office for t in p.terms)],
    }


def _record(record: dict, source: str) -> dict:
    """A record as read from its source: an imported one marked so, with an id of its source's
    (`phoenix:boris_yeltsin`) where it has no QID, never an unknown name's `name:...`."""
    if source == "curated":
        return record
    own_id = None if record.get("qid") or record.get("id") else f"{source}:{normalized(record['name'])}"
    return {**record, "imported": True, **({"id": own_id} if own_id else {})}


def merge(sources: list[list[BaseModel]], combine) -> list:
    """The records of every source, later ones merged into the earlier record they match."""
    merged: list = []
    by_qid: dict[str, int] = {}
    by_name: dict[str, list[int]] = {}
    ids: set[str] = set()
    for records in sources:
        earlier = len(merged)
        for record in records:
            index = by_qid.get(record.qid) if record.qid else None
            if index is None:
                index = next((i for key in _full_keys(record) for i in by_name.get(key, ()) if i < earlier and _agree(merged[i], record)), None)
            if index is not None:
                merged[index] = combine(merged[index], record)
                if merged[index].qid:
                    by_qid.setdefault(merged[index].qid, index)
                continue
            if record.canonical_id in ids:
                record = record.model_copy(update={"id": _free_id(record, ids), "qid": None})
            merged.append(record)
            ids.add(record.canonical_id)
            if record.qid:
                by_qid[record.qid] = len(merged) - 1
            for key in _full_keys(record):
                by_name.setdefault(key, []).append(len(merged) - 1)
    return merged


def _free_id(record, ids: set[str]) -> str:
    """An id for a record whose own is taken by another actor: it with the country, then a number."""
    base = f"{record.canonical_id}:{(record.country or 'none').lower()}"
    return next(candidate for n in range(1, len(ids) + 2) if (candidate := base if n == 1 else f"{base}:{n}") not in ids)


def merge_person(earlier: Leader, later: Leader) -> Leader:
    return earlier.model_copy(update={
        **_merged_names_and_ids(earlier, later),
        "cameo": earlier.cameo or later.cameo,
        "terms": earlier.terms + tuple(cut_terms(later.terms, earlier.terms)),
    })


def merge_organisation(earlier: Organisation, later: Organisation) -> Organisation:
    return earlier.model_copy(update=_merged_names_and_ids(earlier, later))


def _merged_names_and_ids(earlier, later) -> dict:
    known = {name_key(text).casefold() for text, _ in names_of(earlier)}
    added = tuple((text, form) for text, form in names_of(later) if name_key(text).casefold() not in known)
    return {
        "qid": earlier.qid or later.qid,
        "id": earlier.id if earlier.qid or not later.qid else None,
        "country": earlier.country or later.country,
        "imported_names": earlier.imported_names + added,
        "source": " ".join(filter(None, (earlier.source, later.source))) or None,
    }


def own_names(record: Leader | Organisation) -> list[tuple[str, str]]:
    """A record's own names with their forms, each once: full names (for an imported record, of
    two words or more), then short and ambiguous ones."""
    found: dict[str, str] = {}
    for text in (record.name, *record.aliases):
        found.setdefault(text, "full" if not record.imported or " " in text else "ambiguous")
    for form in ("short", "ambiguous"):
        for text in getattr(record, form):
            found.setdefault(text, form)
    return list(found.items())


def names_of(record: Leader | Organisation) -> list[tuple[str, str]]:
    """A record's own names, then those later sources added."""
    return [*own_names(record), *record.imported_names]


def cut_terms(later: Iterable[Term], earlier: tuple[Term, ...]) -> list[Term]:
    """The later terms for the days no earlier term covers (see the module's docstring)."""
    kept = []
    for term in later:
        pieces = [(term.start or date.min, term.end or date.max)]
        for other in earlier:
            first, last = other.start or date.min, other.end or date.max
            overlapping = [(s, e) for s, e in pieces if s < last and first < e]
            if overlapping and term.end is None:
                pieces = []
                break
            pieces = [piece for s, e in pieces for piece in ((s, min(e, first)), (max(s, last), e)) if piece[0] < piece[1]]
        kept += [
            term.model_copy(update={"start": None if s == date.min else s, "end": None if e == date.max else e})
            for s, e in pieces
        ]
    return kept


def _full_keys(record) -> set[str]:
    return {name_key(text).casefold() for text, form in names_of(record) if form == "full" and " " in text}


def _agree(earlier, later) -> bool:
    """Countries agree: the same, or one unknown (the countries of a person's codes count too)."""
    mine, theirs = _countries(earlier), _countries(later)
    return not mine or not theirs or bool(mine & theirs)


def _countries(record) -> set[str]:
    index = countries()
    found = {record.country} if record.country else set()
    for term in getattr(record, "terms", ()):
        country = index.by_cameo.get(term.country or "")
        if country is not None:
            found.add(country.iso3)
    return found


def _jsonl(name: str | None) -> list[dict]:
    return list(read_jsonl(name)) if name and data_path(name).exists() else []


def _tsv(name: str | None) -> list[dict]:
    return list(read_tsv(name)) if name and data_path(name).exists() else []
