"""The names tidings knows, in one table: each name with one entity label and the knowledge id it
stands for, compiled from the actor knowledge (leaders, organisations, institutions, countries)
and the places' own features (`places_features.tsv`).

A name is in one of three forms. A *full* name is distinctive ("Vladimir Putin", "Kremlin",
"North Korea"): the EntityRuler tags it wherever it appears, with its id (`ent.ent_id_`). A
*short* name is a surname, a nickname or a generic or partial name ("Putin", "Congress",
"Security Council"): it is never tagged inside a longer name; the actors stage resolves it when
the entity recogniser finds it whole, unless the context says otherwise. An *ambiguous* name
has other common senses or bearers ("ICC", "Carney"): the actors stage resolves it only where
the context names its owner (its full name, its country, a title that fits).

Two sources naming the same thing differently are a conflict the data must decide: the table
refuses to build until it is (a building that is also an institution, such as the Kremlin, is
marked `pattern=actor` in `places_features.tsv`: it is the institution's ORG).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from tidings.knowledge import read_tsv
from tidings.knowledge.actors import ActorKB, actor_kb
from tidings.knowledge.countries import name_key

FULL, SHORT, AMBIGUOUS = "full", "short", "ambiguous"


class Name(NamedTuple):
    text: str  # as written in the knowledge
    label: str  # the entity label: PERSON, ORG, GPE, NORP, FAC, LOC
    kind: str  # what the id points to: leader, organisation, institution, country, demonym, place
    id: str  # canonical actor id (Q7747, cameo:RUSGOV, iso3:PRK) or place id (geonames:123, name:Sahel)
    form: str  # FULL, SHORT or AMBIGUOUS


class NameConflict(ValueError):
    """Two sources give one name different labels or ids, and the data does not say which wins."""


class NameTable:
    """Names by their lookup form (`name_key`): a full name stands for one thing; a short or
    ambiguous name may stand for several of one kind (people who share a surname)."""

    def __init__(self, names: Iterable[Name]) -> None:
        self._by_key: dict[str, list[Name]] = {}
        for name in names:
            found = self._by_key.setdefault(name_key(name.text), [])
            same = next((n for n in found if (n.label, n.id) == (name.label, name.id)), None)
            if same is None:
                _check(found, name)
                found.append(name)
            elif _rank(name) < _rank(same):
                found[found.index(same)] = name

    def lookup(self, text: str) -> list[Name]:
        """The names a text as written may be (its leading article and possessive aside)."""
        return self._by_key.get(name_key(text), [])

    def full(self, text: str) -> Name | None:
        """The name a text is, if it is a full name."""
        return next((n for n in self.lookup(text) if n.form == FULL), None)

    def patterns(self) -> list[dict]:
        """EntityRuler phrase patterns of the full names, each with its label and id."""
        seen: dict[str, dict] = {}
        for names in self._by_key.values():
            for name in names:
                if name.form == FULL:
                    seen.setdefault(name.text, {"label": name.label, "pattern": name.text, "id": name.id})
        return list(seen.values())


def _rank(name: Name) -> int:
    return (FULL, SHORT, AMBIGUOUS).index(name.form)


def _check(found: list[Name], name: Name) -> None:
    """Several things may share a short name of one kind ("Kim"); anything else is a conflict."""
    for other in found:
        if FULL in (other.form, name.form) or (other.label, other.kind) != (name.label, name.kind):
            raise NameConflict(f"{name.text!r} is both {other.kind} {other.id} ({other.label}) and {name.kind} {name.id} ({name.label})")


def actor_names(kb: ActorKB) -> Iterator[Name]:
    """Leaders (PERSON), organisations and institutions (ORG), countries (GPE) and demonyms (NORP).
    Single-word country names and demonyms are short: the statistical model tags them well, and
    "Jersey" must never split "New Jersey"."""
    for label, kind, owners in (("PERSON", "leader", kb.leaders), ("ORG", "organisation", kb.organisations)):
        for owner in owners:
            for form, texts in ((FULL, (owner.name, *owner.aliases)), (SHORT, owner.short), (AMBIGUOUS, owner.ambiguous)):
                yield from (Name(text, label, kind, owner.canonical_id, form) for text in texts)
    for institution in kb.institutions:
        yield Name(institution.name, "ORG", "institution", institution.canonical_id, institution.form)
    for country in kb.countries:
        for text in country.names:
            yield Name(text, "GPE", "country", f"iso3:{country.iso3}", FULL if _distinctive(text) else SHORT)
        for text in country.demonyms:
            yield Name(text, "NORP", "demonym", f"iso3:{country.iso3}", FULL if " " in text else SHORT)


def place_names() -> Iterator[Name]:
    """Facilities (FAC) and other places (LOC) marked `pattern=yes`, by name and multi-word alias:
    one-word aliases ("Pacific", "Atlantic") would take names from organisations."""
    for row in read_tsv("places_features.tsv"):
        if row["pattern"] != "yes":
            continue
        label = "FAC" if row["feature_class"] == "S" else "LOC"
        place_id = f"geonames:{row['geonameid']}" if row["geonameid"] else f"name:{row['name']}"
        for text in [row["name"], *(alias for alias in row["aliases"].split("|") if " " in alias)]:
            yield Name(text, label, "place", place_id, FULL)


@lru_cache(maxsize=1)
def institution_places() -> frozenset[str]:
    """Names of places that are tagged as the institution they house (`pattern=actor`: "Kremlin",
    "White House"): an ORG entity so named is also that place, for the places stage to place
    where the text puts something there ("at the Kremlin")."""
    return frozenset(
        name
        for row in read_tsv("places_features.tsv")
        if row["pattern"] == "actor"
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]
    )


def _distinctive(name: str) -> bool:
    """Several words, or an abbreviation such as DPRK or U.S."""
    return " " in name or (len(name) > 1 and name.replace(".", "").isupper())


@lru_cache(maxsize=1)
def names() -> NameTable:
    """The name table, compiled once."""
    return NameTable([*actor_names(actor_kb()), *place_names()])
