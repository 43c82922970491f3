"""The names tidings knows, in one table: each name with one entity label and the knowledge id it
stands for, compiled from the actor knowledge (people, organisations, institutions, countries)
and the places' own features (`places_features.tsv`).

A name is in one of three forms. A *full* name is distinctive ("Vladimir Putin", "Kremlin",
"North Korea"): the names tagger tags it wherever it appears, with its id (`ent.ent_id_`). A
*short* name is a surname, a nickname or a generic or partial name ("Putin", "Congress",
"Security Council"): it is never tagged inside a longer name; the actors stage resolves it when
the entity recogniser finds it whole, unless the context says otherwise. An *ambiguous* name
has other common senses or bearers ("ICC", "Carney"): the actors stage resolves it only where
the context names its owner (its full name, its country, a title that fits).

The curated files set their names' forms by hand, and two of them naming one name differently
are a conflict the data must decide: the table refuses to build until it is (a building that is
also an institution, such as the Kremlin, is marked `pattern=actor` in `places_features.tsv`:
it is the institution's ORG). Imported names (`imported`: the Phoenix dictionaries, Wikidata)
are classified by rule (`knowledge/phoenix/naming.py`), and their conflicts settled by rule:
- a name the curated knowledge gives to something else stays theirs (the imported one is
  dropped): "Georgia" is the country, "AP" the news agency, whoever else bears the name;
- a single word two imported actors of one kind share is ambiguous for both (shared surnames:
  "Bush"; abbreviations); of two kinds, the first read keeps it (institutions, organisations,
  then people);
- a name of several words is no one's where it would be ambiguous: shared by two imported actors
  ("George Bush": father and son; "National Democratic Party" in several countries), a place's
  name in the gazetteer ("San Martin"), or a person's common two-word name, whose first word
  begins the names of ten imported people or more and whose last ends ten or more ("Francisco
  Rodriguez": a pitcher too, not only the politician the dictionaries list). The recogniser then
  reads it as any name it does not know, and a title that fits still finds the person by surname;
- an imported organisation's name of two words, neither an organisation's word ("Human Rights",
  "Royal Navy"), is short: found only where the recogniser reads the whole name as one; another
  name than its own of organisation words alone ("National Front", a Greek group's in the
  dictionaries, France's party in the news) is no one's;
- a single word that is also a place's name in the gazetteer is ambiguous.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from tidings.knowledge import data_path, read_toml, read_tsv
from tidings.knowledge.actors import ActorKB, actor_kb
from tidings.knowledge.cache import load_or_build
from tidings.knowledge.countries import name_key
from tidings.knowledge.memo import TextMemo
from tidings.knowledge.merge import SCHEMA, own_names, source_files
from tidings.knowledge.phoenix.codes import RULES_FILE

FULL, SHORT, AMBIGUOUS = "full", "short", "ambiguous"
MAX_ABBREVIATION = 3  # an imported name of this many capitals or fewer matches only as written
COMMON_NAME_PEOPLE = 10  # a word that begins (or ends) the names of this many imported people is common


class Name(NamedTuple):
    text: str  # as written in the knowledge
    label: str  # the entity label: PERSON, ORG, GPE, NORP, FAC, LOC
    kind: str  # what the id points to: leader, organisation, institution, country, demonym, place
    id: str  # canonical actor id (Q7747, cameo:RUSGOV, iso3:PRK) or place id (geonames:123, name:Sahel)
    form: str  # FULL, SHORT or AMBIGUOUS
    imported: bool = False  # classified by an importer's rules, not by hand


class NameConflict(ValueError):
    """Two curated sources give one name different labels or ids, and the data does not say which wins."""


class NameTable:
    """Names by their lookup form (`name_key`): a full name stands for one thing; a short or
    ambiguous name may stand for several of one kind (people who share a surname). Curated names
    are kept as written; imported ones (written in capitals in their source) by `folded_key`."""

    def __init__(self, names: Iterable[Name]) -> None:
        self._by_key: dict[str, list[Name]] = {}  # curated names
        self._folded: dict[str, list[Name]] = {}  # every name, by `folded_key`
        self.dropped = 0  # imported names a curated or earlier reading keeps, or no one may have
        self._contested: set[str] = set()  # imported full names several actors share
        self._looked_up: TextMemo[list[Name]] = TextMemo()  # text -> `lookup`'s answer, once the table is built
        for name in names:
            if name.imported:
                self._add_imported(name)
            else:
                self._add_curated(name)

    def _add_curated(self, name: Name) -> None:
        key = name_key(name.text)
        found = self._by_key.setdefault(key, [])
        if any(other.imported for other in self._folded.get(folded_key(name.text), ())):
            raise NameConflict(f"{name.text!r}: curated names must come before imported ones")
        same = next((n for n in found if (n.label, n.id) == (name.label, name.id)), None)
        if same is None:
            _check(found, name)
            found.append(name)
            self._folded.setdefault(folded_key(name.text), []).append(name)
        elif _rank(name) < _rank(same):
            found[found.index(same)] = name
            folded = self._folded[folded_key(name.text)]
            folded[folded.index(same)] = name

    def _add_imported(self, name: Name) -> None:
        key = folded_key(name.text)
        found = self._folded.setdefault(key, [])
        same = next((n for n in found if (n.label, n.id) == (name.label, name.id)), None)
        several_words = " " in key
        if same is not None:
            if same.imported and _rank(name) < _rank(same):
                found[found.index(same)] = name
        elif key in self._contested or (several_words and name.form == AMBIGUOUS):
            self.dropped += 1
        elif any(not other.imported or (other.label, other.kind) != (name.label, name.kind) for other in found):
            self.dropped += 1
        elif found and several_words:  # namesakes' full name: no one's, the recogniser reads it
            self.dropped += len(found) + 1
            self._contested.add(key)
            found.clear()
        elif found:  # namesakes' surname or abbreviation: ambiguous for all of them
            found[:] = [other._replace(form=AMBIGUOUS) for other in found] + [name._replace(form=AMBIGUOUS)]
        else:
            found.append(name)

    def lookup(self, text: str) -> list[Name]:
        """The names a text as written may be (its leading article and possessive aside); an
        imported name only where the text is written as a name ("First" may be a company,
        "first" is not), and an imported abbreviation of two or three capitals only as written
        ("LT", Lashkar-e-Taiba, is not "Lt", a lieutenant)."""
        return self._looked_up.get(text, self._lookup)

    def _lookup(self, text: str) -> list[Name]:
        key = name_key(text)
        curated = _entries(self._by_key, key)
        if not key or key.split()[0].islower():
            return curated
        imported = [n for n in _entries(self._folded, folded_key(text)) if n.imported and (n.text == key or not _abbreviation(n.text))]
        return curated + imported if imported else curated

    def full(self, text: str) -> Name | None:
        """The name a text is, if it is a full name."""
        return next((n for n in self.lookup(text) if n.form == FULL), None)

    def __iter__(self) -> Iterator[Name]:
        return (name for key in list(self._folded) for name in _entries(self._folded, key))

    def __getstate__(self) -> dict:
        """Each key's names as one string: a compiled table of 30,000 names then loads in
        milliseconds, and a key's names are read back when first looked up."""
        encode = lambda names: names if isinstance(names, str) else _RECORD.join(_FIELD.join(map(_text, n)) for n in names)
        folded = {k: encode(v) for k, v in self._folded.items() if v}
        return {"by_key": {k: encode(v) for k, v in self._by_key.items()}, "folded": folded, "dropped": self.dropped}

    def __setstate__(self, state: dict) -> None:
        self._by_key, self._folded, self.dropped = state["by_key"], state["folded"], state["dropped"]
        self._contested = set()
        self._looked_up = TextMemo()

    def patterns(self) -> list[dict]:
        """Phrase patterns of the full names, each with its label and id (and whether it was
        imported: the tagger finds those in any case, written as a name)."""
        seen: dict[str, dict] = {}
        for name in self:
            if name.form == FULL:
                seen.setdefault(name.text, {"label": name.label, "pattern": name.text, "id": name.id, "imported": name.imported})
        return list(seen.values())


_FIELD, _RECORD = "\x1f", "\x1e"


def _text(value: str | bool) -> str:
    return ("1" if value else "") if isinstance(value, bool) else value


def _entries(table: dict[str, list[Name] | str], key: str) -> list[Name]:
    """A key's names, read back from their compiled string at first use."""
    found = table.get(key)
    if isinstance(found, str):
        found = table[key] = [
            Name(*fields[:5], bool(fields[5])) for fields in (record.split(_FIELD) for record in found.split(_RECORD))
        ]
    return found or []


def folded_key(text: str) -> str:
    """The lookup form of an imported name: any case, a hyphen as a space ("Bashar al-Assad")."""
    return name_key(text).casefold().replace("-", " ")


def _abbreviation(text: str) -> bool:
    return len(text) <= MAX_ABBREVIATION and text.isalpha() and text.isupper()


def _rank(name: Name) -> int:
    return (FULL, SHORT, AMBIGUOUS).index(name.form)


def _check(found: list[Name], name: Name) -> None:
    """Several things may share a short name of one kind ("Kim"); anything else is a conflict."""
    for other in found:
        if FULL in (other.form, name.form) or (other.label, other.kind) != (name.label, name.kind):
            raise NameConflict(f"{name.text!r} is both {other.kind} {other.id} ({other.label}) and {name.kind} {name.id} ({name.label})")


def actor_names(kb: ActorKB, imported: bool = False) -> Iterator[Name]:
    """The curated names, or the imported ones: institutions (ORG), organisations (ORG), people
    (PERSON); with the curated, countries (GPE) and demonyms (NORP). Single-word country names and
    demonyms are short: the statistical model tags them well, and "Jersey" must never split "New
    Jersey"."""
    for institution in kb.institutions:
        if institution.imported == imported:
            yield Name(institution.name, "ORG", "institution", institution.canonical_id, institution.form, imported)
    for label, kind, owners in (("ORG", "organisation", kb.organisations), ("PERSON", "leader", kb.leaders)):
        for owner in owners:
            if owner.imported == imported:
                yield from (Name(text, label, kind, owner.canonical_id, form, imported) for text, form in own_names(owner))
            if imported:
                yield from (Name(text, label, kind, owner.canonical_id, form, True) for text, form in owner.imported_names)
    if not imported:
        yield from _country_names(kb)


def _country_names(kb: ActorKB) -> Iterator[Name]:
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


def _place_namesakes(names: Iterable[Name]) -> Iterator[Name]:
    """Imported full and short names that are also a place's own name in the gazetteer, made ambiguous."""
    from tidings.geo.gazetteer import load

    gazetteer = load()
    for name in names:
        if name.imported and name.form != AMBIGUOUS and any(not alternate for _, alternate in gazetteer.candidates(name.text)):
            name = name._replace(form=AMBIGUOUS)
        yield name


def _common_names(names: list[Name]) -> Iterator[Name]:
    """Imported people's two-word full names made of a common first and a common last word, made ambiguous."""
    people: dict[str, tuple[set[str], set[str]]] = {}
    for name in names:
        if name.imported and name.kind == "leader" and len(words := name.text.split()) > 1:
            firsts, lasts = people.setdefault(name.id, (set(), set()))
            firsts.add(words[0])
            lasts.add(words[-1])
    first_counts = Counter(word for firsts, _ in people.values() for word in firsts)
    last_counts = Counter(word for _, lasts in people.values() for word in lasts)
    for name in names:
        words = name.text.split()
        if name.imported and name.kind == "leader" and name.form == FULL and len(words) == 2:
            if min(first_counts[words[0]], last_counts[words[1]]) >= COMMON_NAME_PEOPLE:
                name = name._replace(form=AMBIGUOUS)
        yield name


def _initials_as_written(names: list[Name]) -> list[Name]:
    """Imported names, with people's full names also written as the news writes most of them:
    without their middle initials ("Robert M. Hill" as "Robert Hill") and with initials unstopped
    ("John F Kennedy"), where no one imported bears that name itself; two people's names so
    written make it no one's."""
    taken = {folded_key(name.text) for name in names if name.kind == "leader"}
    written = []
    for name in names:
        words = name.text.split()
        if name.kind != "leader" or name.form != FULL or not any(_initial(word) for word in words[:-1]):
            continue
        kept = [word for number, word in enumerate(words) if not (0 < number < len(words) - 1 and _initial(word))]
        unstopped = [word.rstrip(".") if _initial(word) else word for word in words]
        for variant in (kept, unstopped):
            text = " ".join(variant)
            if 1 < len(variant) and not _initial(variant[0]) and text != name.text and folded_key(text) not in taken:
                written.append(name._replace(text=text))
    return names + written


def _first_and_last(names: list[Name]) -> list[Name]:
    """Imported names, with people's full names of three words or more also as their first and
    last word ("Ana Maria Lima" as "Ana Lima"), short: the actors stage takes such a name for the
    person only where a title fits them, and two people so named make it no one's."""
    taken = {folded_key(name.text) for name in names if name.kind == "leader"}
    written = []
    for name in names:
        words = name.text.split()
        if name.kind == "leader" and name.form == FULL and len(words) > 2 and all(_middle_name(word) for word in words[1:-1]):
            text = f"{words[0]} {words[-1]}"
            if not _initial(words[0]) and folded_key(text) not in taken:
                written.append(Name(text, name.label, name.kind, name.id, SHORT, True))
    return names + written


def _without_legal_suffix(names: list[Name], suffixes: frozenset[str]) -> list[Name]:
    """Imported names, with organisations' full names that end in a legal form ("Kraft Foods Inc")
    also written without it, as the news writes them ("Kraft Foods"), where two words or more
    remain and no one imported bears that name itself."""
    taken = {folded_key(name.text) for name in names}
    written = []
    for name in names:
        words = name.text.split()
        if name.kind == "organisation" and name.form == FULL and len(words) > 2 and words[-1].upper().rstrip(".") in suffixes:
            text = " ".join(words[:-1]).rstrip(",")
            if folded_key(text) not in taken:
                written.append(name._replace(text=text))
    return names + written


def _middle_name(word: str) -> bool:
    """A capitalised given name, not an initial nor a particle ("bin", "de")."""
    return word.isalpha() and word[:1].isupper() and not _initial(word)


def _initial(word: str) -> bool:
    """"M." or "M": a name's initial."""
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def _generic_organisation_names(names: Iterable[Name], kb: ActorKB) -> Iterator[Name]:
    """Imported organisations' generic full names: of two words without an organisation's word,
    made short; another name than the organisation's own, of organisation words alone ("National
    Front", which the dictionaries give a Greek group), made ambiguous (no one's, then)."""
    words = frozenset(read_toml(RULES_FILE)["organisation_words"])
    for name in names:
        parts = name.text.upper().split()
        if name.imported and name.kind in ("organisation", "institution") and name.form == FULL:
            if len(parts) == 2 and not words.intersection(parts):
                name = name._replace(form=SHORT)
            elif words.issuperset(parts) and (org := kb.organisation(name.id)) is not None and org.name != name.text:
                name = name._replace(form=AMBIGUOUS)
        yield name


def build_table() -> NameTable:
    """Curated names first (actors, then places), then imported ones."""
    kb = actor_kb()
    imported = _without_legal_suffix(list(actor_names(kb, imported=True)), kb.legal_name_suffixes)
    imported = list(_generic_organisation_names(_common_names(_first_and_last(_initials_as_written(imported))), kb))
    return NameTable(_place_namesakes([*actor_names(kb), *place_names(), *imported]))


def table_sources() -> list:
    from tidings.geo.sources import fingerprint_sources

    return [SCHEMA, "names 8", *source_files(), *map(data_path, ("countries.tsv", "places_features.tsv", RULES_FILE)), *fingerprint_sources()]


@lru_cache(maxsize=1)
def names() -> NameTable:
    """The name table: compiled from its sources at first use, then loaded."""
    return load_or_build("names", table_sources(), build_table)
