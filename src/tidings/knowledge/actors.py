"""The actor knowledge base: leaders with dated terms, organisations, institutions, role nouns."""

from __future__ import annotations

import tomllib
import unicodedata
from collections import defaultdict
from datetime import date
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from tidings.knowledge import data_path, read_jsonl, read_tsv
from tidings.knowledge.countries import CountryIndex, countries


class Term(BaseModel):
    """One spell in one office; `end` is exclusive (the successor's first day), None while in office."""

    model_config = ConfigDict(frozen=True)

    office: str
    cameo: str
    start: date
    end: date | None = None
    paramount: bool = False  # the country's leader ("the Russian leader")
    acting: bool = False
    uncertain: bool = False

    def holds(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    @property
    def country(self) -> str | None:
        """The ISO3 country of the office (None for international offices such as the EU's)."""
        code = self.cameo[:3]
        return None if code in ("IGO", "NGO") else code


class Leader(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    qid: str | None = None
    aliases: tuple[str, ...] = ()  # other full forms of the name
    short: tuple[str, ...] = ()  # surnames and nicknames
    ambiguous: tuple[str, ...] = ()  # surnames others in the news share ("Carney")
    country: str  # ISO3 of nationality: the code outside any term
    terms: tuple[Term, ...]
    note: str | None = None

    @property
    def canonical_id(self) -> str:
        return self.qid or f"name:{normalized(self.name)}"

    def term_at(self, day: date | None) -> Term | None:
        """The term held on `day` (the first listed wins when offices overlap); with no date, the
        latest term."""
        if day is None:
            return max(self.terms, key=lambda term: term.start)
        return next((term for term in self.terms if term.holds(day)), None)


class Organisation(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    qid: str | None = None
    aliases: tuple[str, ...] = ()  # other full names
    short: tuple[str, ...] = ()  # parts of the name used alone ("Security Council")
    ambiguous: tuple[str, ...] = ()  # names with other common senses ("ICC")
    kind: str  # an ActorKind value: organisation or group
    sector: str  # media, igo, ngo, armed, party
    cameo: str
    country: str | None = None
    group: str | None = None  # CAMEO known-group code

    @property
    def canonical_id(self) -> str:
        return self.qid or f"name:{normalized(self.name)}"


class Institution(BaseModel):
    """A name standing for a government body, military or service ("Kremlin" -> RUSGOV)."""

    model_config = ConfigDict(frozen=True)

    name: str
    cameo: str
    form: str  # full: a distinctive name; short: a generic or partial one ("Congress")

    @property
    def canonical_id(self) -> str:
        return f"cameo:{self.cameo}"


class Role(BaseModel):
    """A role noun: its CAMEO type and, for leaders' titles, the office words it can stand for."""

    model_config = ConfigDict(frozen=True)

    role: str
    type: str
    offices: tuple[str, ...] = ()  # ("*",) = the paramount leader
    bare: bool = False

    def fits(self, term: Term) -> bool:
        if self.offices == ("*",):
            return term.paramount
        return any(office in term.office for office in self.offices)


def normalized(name: str) -> str:
    """An id-safe form of a name: `Kim Jong Un` -> `kim_jong_un`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = "".join(ch if ch.isalnum() else " " for ch in ascii_name.lower()).split()
    return "_".join(words)


class ActorKB:
    """Everything the actors stage knows about actors, by canonical id (names are in `knowledge.names`)."""

    def __init__(self) -> None:
        self.countries: CountryIndex = countries()
        self.leaders = [Leader.model_validate(entry) for entry in read_jsonl("leaders.jsonl")]
        self.organisations = [Organisation.model_validate(e) for e in read_jsonl("organisations.jsonl")]
        self.institutions = [Institution.model_validate(row) for row in read_tsv("actor_institutions.tsv")]
        self.roles = {
            row["role"]: Role(
                role=row["role"],
                type=row["type"],
                offices=tuple(o for o in row["office"].split("|") if o),
                bare=row["bare"] == "yes",
            )
            for row in read_tsv("actor_roles.tsv")
        }
        rules = tomllib.loads(data_path("actor_rules.toml").read_text(encoding="utf-8"))
        self.non_agentive_verbs = frozenset(rules["non_agentive_verbs"])
        self.title_modifiers = frozenset(rules["title_modifiers"])
        self.agentive_prepositions = frozenset(rules["agentive_prepositions"])
        self.former_modifiers = frozenset(rules["former_modifiers"])
        self.former_type: str = rules["former_type"]
        self.local_role_types = frozenset(rules["local_role_types"])
        self.local_prepositions = frozenset(rules["local_prepositions"])
        self.target_prepositions = frozenset(rules["target_prepositions"])
        self.name_suffixes = frozenset(rules["name_suffixes"])
        self.honorifics = frozenset(rules["honorifics"])
        self.member_role_heads = frozenset(rules["member_role_heads"])
        self._leaders = {leader.canonical_id: leader for leader in self.leaders}
        self._organisations = {org.canonical_id: org for org in self.organisations}
        self._terms_by_country: dict[str, list[tuple[Leader, Term]]] = defaultdict(list)
        for leader in self.leaders:
            for term in leader.terms:
                if term.country:
                    self._terms_by_country[term.country].append((leader, term))

    def leader(self, canonical_id: str) -> Leader | None:
        return self._leaders.get(canonical_id)

    def organisation(self, canonical_id: str) -> Organisation | None:
        return self._organisations.get(canonical_id)

    def office_holders(self, iso3: str, role: Role, day: date | None) -> list[tuple[Leader, Term]]:
        """Leaders of `iso3` whose term on `day` fits the role noun ("president", "leader")."""
        holders = []
        for leader, term in self._terms_by_country.get(iso3, ()):
            if role.fits(term) and (term.holds(day) if day else term.end is None):
                holders.append((leader, term))
        return holders


@lru_cache(maxsize=1)
def actor_kb() -> ActorKB:
    """The actor knowledge base, loaded once."""
    return ActorKB()
