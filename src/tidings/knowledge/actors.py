"""The actor knowledge base: people with dated codes, organisations, institutions, role nouns.

Its sources, in order of precedence (`knowledge/merge.py` says how they combine):
1. the curated files: `leaders.jsonl` (heads of state and government, 2015-2025, with offices
   and QIDs), `organisations.jsonl`, `actor_institutions.tsv`, `actor_roles.tsv`,
   `organisation_heads.tsv` (the last words of the names of bodies it has no entry for),
   `actor_peoples.tsv` (peoples of one country);
2. what `tidings kb import-wikidata` wrote, where a user ran it: `*_wikidata.jsonl`;
3. what `tidings kb import-phoenix` wrote from the Phoenix dictionaries (up to early 2014):
   `people_phoenix.jsonl` (~19,000 people), `organisations_phoenix.jsonl`,
   `institutions_phoenix.tsv`, `roles_phoenix.tsv`.
The merged base is compiled once into the knowledge cache (`knowledge/cache.py`) as plain data;
a person or organisation becomes a typed record when first looked up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from datetime import date
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from tidings.knowledge import read_toml, read_tsv
from tidings.knowledge.countries import Country, CountryIndex, countries

FORMER_TYPE = "ELI"  # CAMEO's elites: the code of a person after their office


def segments(code: str) -> list[str]:
    """A CAMEO actor code's three-letter segments ("IGOUNOMIL": IGO, UNO, MIL)."""
    return [code[i : i + 3] for i in range(0, len(code), 3)]


class Term(BaseModel):
    """One dated code: a spell in an office (named where the source names it). `start` None: since
    ever; `end` is exclusive (the successor's first day), None while in office."""

    model_config = ConfigDict(frozen=True)

    office: str = ""
    cameo: str
    start: date | None = None
    end: date | None = None
    paramount: bool = False  # the country's leader ("the Russian leader")
    acting: bool = False
    uncertain: bool = False

    def holds(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    @property
    def country(self) -> str | None:
        """The CAMEO country of the code (None for international codes such as IGO, NGO, MNC)."""
        code = self.cameo[:3]
        return None if code in ("IGO", "NGO", "MNC", "IMG", "INT") or len(code) < 3 else code


ImportedName = tuple[str, str]  # (text, form) of a name an importer classified


class Leader(BaseModel):
    """A person the knowledge knows (the curated leaders and every imported person)."""

    model_config = ConfigDict(frozen=True)

    name: str
    qid: str | None = None
    id: str | None = None  # an id given where the name alone would not be one (namesakes)
    aliases: tuple[str, ...] = ()  # other full forms of the name
    short: tuple[str, ...] = ()  # surnames and nicknames
    ambiguous: tuple[str, ...] = ()  # surnames others in the news share ("Carney")
    country: str | None = None  # ISO3 of nationality
    cameo: str | None = None  # the code outside the terms, where the source gives one
    terms: tuple[Term, ...] = ()
    note: str | None = None
    source: str | None = None  # where an imported record comes from ("Countries:39559")
    imported: bool = False  # names classified by an importer's rules, not by hand
    imported_names: tuple[ImportedName, ...] = ()  # names a lower-precedence source adds

    @property
    def canonical_id(self) -> str:
        return self.qid or self.id or f"name:{normalized(self.name)}"

    def term_at(self, day: date | None) -> Term | None:
        """The term held on `day`; where terms overlap, the one begun last (a new appointment
        supersedes), the first listed on a tie. With no date, the latest term in an office (a
        story without a date is read as of the person's office, not of their years after it),
        else the latest term."""
        if day is None:
            in_office = [term for term in self.terms if not term.cameo.endswith(FORMER_TYPE)]
            return max(in_office or self.terms, key=lambda term: term.start or date.min, default=None)
        holding = [term for term in self.terms if term.holds(day)]
        return max(holding, key=lambda term: term.start or date.min, default=None)


class Organisation(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    qid: str | None = None
    id: str | None = None
    aliases: tuple[str, ...] = ()  # other full names
    short: tuple[str, ...] = ()  # parts of the name used alone ("Security Council")
    ambiguous: tuple[str, ...] = ()  # names with other common senses ("ICC")
    kind: str  # an ActorKind value: organisation or group
    sector: str  # media, igo, ngo, armed, party, business, other
    cameo: str
    country: str | None = None
    group: str | None = None  # CAMEO known-group code
    source: str | None = None
    imported: bool = False
    imported_names: tuple[ImportedName, ...] = ()

    @property
    def canonical_id(self) -> str:
        return self.qid or self.id or f"name:{normalized(self.name)}"


class Institution(BaseModel):
    """A name standing for a government body, military or service ("Kremlin" -> RUSGOV)."""

    model_config = ConfigDict(frozen=True)

    name: str
    cameo: str
    form: str  # full: a distinctive name; short: a generic or partial one ("Congress")
    imported: bool = False

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
        """The role noun may name the term's office: its words are in the office's name, or the
        term names no office (an imported dated code) and is of the role's type ("President X":
        a GOV term)."""
        if not term.office:
            return bool(self.offices) and term.cameo[3:6] == self.type
        if self.offices == ("*",):
            return term.paramount
        return any(office in term.office for office in self.offices)


class Roles(Mapping[str, Role]):
    """Role nouns by lemma ("troop", "prime minister"), typed when first looked up (~3,500 of
    them, read a few at a time)."""

    def __init__(self, rows: dict[str, dict]) -> None:
        self._rows = rows
        self._typed: dict[str, Role] = {}
        # the last word of each role noun ("minister", "president" of "vice-president"), and a hyphenated
        # abbreviation the tokenizer keeps whole ("det.-sgt."): a word that is none of them ends no role noun
        self.last_words = frozenset(re.split("[ -]", key)[-1] for key in rows) | frozenset(key.split(" ")[-1] for key in rows)

    def __getitem__(self, key: str) -> Role:
        role = self._typed.get(key)
        if role is None:
            role = self._typed[key] = Role.model_construct(**self._rows[key])  # checked when compiled
        return role

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def get(self, key: str, default: Role | None = None) -> Role | None:  # type: ignore[override]
        """As Mapping.get, without raising and catching a KeyError for each word that is no role."""
        return self[key] if key in self._rows else default

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def normalized(name: str) -> str:
    """An id-safe form of a name: `Kim Jong Un` -> `kim_jong_un`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = "".join(ch if ch.isalnum() else " " for ch in ascii_name.lower()).split()
    return "_".join(words)


class ActorKB:
    """Everything the actors stage knows about actors, by canonical id (names are in `knowledge.names`)."""

    def __init__(self, compiled: dict) -> None:
        self.countries: CountryIndex = countries()
        self._people: dict[str, str] = compiled["people"]  # id -> the record as JSON
        self._organisations: dict[str, str] = compiled["organisations"]
        # checked when compiled: built here without validation, for a fast load
        self.institutions: list[Institution] = [Institution.model_construct(**row) for row in compiled["institutions"]]
        self.roles = Roles(compiled["roles"])
        self._office_holders: list[str] = compiled["office_holders"]
        self._typed_people: dict[str, Leader] = {}  # records typed so far
        self._typed_organisations: dict[str, Organisation] = {}
        rules = actor_rules()
        self.non_agentive_verbs = frozenset(rules["non_agentive_verbs"])
        self.title_modifiers = frozenset(rules["title_modifiers"]) | frozenset(rules["title_portfolios"])
        self.name_titles: dict[str, str] = rules["name_titles"]
        self.rank_types = frozenset(rules["rank_types"])
        self.shared_ranks = frozenset(rules["shared_ranks"])
        self.name_adjective_ranks = frozenset(rules["name_adjective_ranks"])
        self.military_words = frozenset(rules["military_words"])
        self.field_titles: dict[str, tuple[str, str]] = {title: tuple(field) for title, field in rules["field_titles"].items()}
        self.body_description_types: dict[str, str] = rules["body_description_types"]
        self.field_words: dict[str, frozenset[str]] = {field: frozenset(words) for field, words in rules["field_words"].items()}
        self.agentive_prepositions = frozenset(rules["agentive_prepositions"])
        self.office_modifiers: dict[str, str] = rules["office_modifiers"]
        self.local_role_types = frozenset(rules["local_role_types"])
        self.local_prepositions = frozenset(rules["local_prepositions"])
        self.place_prepositions = frozenset(rules["place_prepositions"])
        self.operated_place_codes = frozenset(rules["operated_place_codes"])
        self.insurgent_role_types = frozenset(rules["insurgent_role_types"])
        self.fought_role_types = frozenset(rules["fought_role_types"])
        self.office_role_types = frozenset(rules["office_role_types"])
        self.posted_abroad_roles = frozenset(rules["posted_abroad_roles"])
        self.displaced_role_types = frozenset(rules["displaced_role_types"])
        self.origin_suffixes = frozenset(rules["origin_suffixes"])
        self.visitor_nouns = frozenset(rules["visitor_nouns"])
        self.target_prepositions = frozenset(rules["target_prepositions"])
        self.name_suffixes = frozenset(rules["name_suffixes"])
        self.legal_name_suffixes = frozenset(rules["legal_name_suffixes"])
        self.offence_abbreviations = frozenset(rules["offence_abbreviations"])
        self.honorifics = frozenset(rules["honorifics"])
        self.member_role_heads = frozenset(rules["member_role_heads"])
        self.local_government_words = frozenset(rules["local_government_words"])
        self.member_bodies = frozenset(rules["member_bodies"])
        self.body_posts = self.member_role_heads | frozenset(rules["body_posts"])
        self.body_parts = frozenset(rules["body_parts"])
        self.outsider_role_types = frozenset(rules["outsider_role_types"])
        self.speaking_posts = frozenset(rules["speaking_posts"])
        self.body_heading_verbs = frozenset(rules["body_heading_verbs"])
        self.product_nouns = frozenset(rules["product_nouns"])
        self.role_giving_verbs = frozenset(rules["role_giving_verbs"])
        self.role_taking_verbs = frozenset(rules["role_taking_verbs"])
        self.state_media_words = frozenset(rules["state_media_words"])
        self.ruling_words = frozenset(rules["ruling_words"])
        self.led_bodies = frozenset(rules["led_bodies"])
        self.proper_local_bodies = frozenset(rules["proper_local_bodies"])
        by_iso3 = self.countries.by_iso3
        self.territory_sovereigns: dict[str, Country] = {
            by_iso3[row["territory"]].cameo: by_iso3[row["sovereign"]] for row in read_tsv("territory_sovereigns.tsv")
        }  # a dependent territory's CAMEO country -> its sovereign
        self.navy_ship_prefixes: dict[str, Country] = {prefix: by_iso3[iso3] for prefix, iso3 in rules["navy_ship_prefixes"].items()}
        self.shared_ship_prefixes = frozenset(rules["shared_ship_prefixes"])
        self.naval_words = frozenset(rules["naval_words"])
        self.stance_prefixes = frozenset(rules["stance_prefixes"])
        self.destination_prepositions = frozenset(rules["destination_prepositions"])
        self.transnational_name_words = frozenset(rules["transnational_name_words"])
        self.facility_name_heads = frozenset(rules["facility_name_heads"])
        self.role_office_heads = frozenset(rules["role_office_heads"])
        self.place_body_heads = frozenset(rules["place_body_heads"])
        self.department_fields = frozenset(rules["department_fields"])
        self.international_words = frozenset(rules["international_words"])
        heads = list(read_tsv("organisation_heads.tsv"))
        self.organisation_heads: dict[str, str] = {row["head"]: row["type"] for row in heads if not row["first"]}
        self.organisation_starts: dict[str, str] = {row["head"]: row["type"] for row in heads if row["first"]}
        self.organisation_head_nouns = frozenset(head.split()[-1] for head in self.organisation_heads)  # "the federation"
        # written name -> (the party, the country the name is that one country's alone)
        self.party_names: dict[str, tuple[str, str | None]] = {row["name"]: (row["party"], row["country"] or None) for row in read_tsv("party_names.tsv")}
        self.party_first_words = frozenset(name.split()[0] for name in self.party_names)  # a token no name starts with opens none
        # a people's word -> the one country it lives in ("Yoruba" -> Nigeria)
        self.peoples: dict[str, Country] = {
            word: by_iso3[row["country"]] for row in read_tsv("actor_peoples.tsv") for word in row["people"].split("|")
        }
        self._terms_by_country: dict[str, list[tuple[Leader, Term]]] | None = None

    @property
    def leaders(self) -> list[Leader]:
        """Every person (typed on demand: for compiling names, not for reading articles)."""
        return [leader for key in self._people if (leader := self.leader(key)) is not None]

    @property
    def organisations(self) -> list[Organisation]:
        return [org for key in self._organisations if (org := self.organisation(key)) is not None]

    def leader(self, canonical_id: str) -> Leader | None:
        found = self._typed_people.get(canonical_id)
        if found is None and canonical_id in self._people:
            found = self._typed_people[canonical_id] = Leader.model_validate_json(self._people[canonical_id])
        return found

    def organisation(self, canonical_id: str) -> Organisation | None:
        found = self._typed_organisations.get(canonical_id)
        if found is None and canonical_id in self._organisations:
            found = self._typed_organisations[canonical_id] = Organisation.model_validate_json(self._organisations[canonical_id])
        return found

    def cameo_at(self, leader: Leader, day: date | None) -> str | None:
        """A person's code on `day`: the term's; else the source's code outside terms; else, after
        a term has ended, the country's elite (ELI: a former office holder); else the country's."""
        term = leader.term_at(day)
        if term is not None:
            return term.cameo
        if leader.cameo:
            return leader.cameo
        country = self.countries.by_iso3.get(leader.country) if leader.country else None
        code = country.cameo if country else leader.country
        if code and day is not None and any(t.end is not None and t.end <= day for t in leader.terms):
            return code + FORMER_TYPE
        return code

    def office_holders(self, iso3: str, role: Role, day: date | None) -> list[tuple[Leader, Term]]:
        """Leaders of `iso3` whose term on `day` fits the role noun ("president", "leader")."""
        if self._terms_by_country is None:
            self._terms_by_country = {}
            for key in self._office_holders:
                leader = self.leader(key)
                for term in leader.terms:
                    country = self.countries.by_cameo.get(term.country or "")
                    if term.office and country is not None:
                        self._terms_by_country.setdefault(country.iso3, []).append((leader, term))
        holders = []
        for leader, term in self._terms_by_country.get(iso3, ()):
            if role.fits(term) and (term.holds(day) if day else term.end is None):
                holders.append((leader, term))
        return holders


def actor_rules() -> dict:
    """The word lists the actors stage reads names in context with (`actor_rules.toml`)."""
    return read_toml("actor_rules.toml")


@lru_cache(maxsize=1)
def actor_kb() -> ActorKB:
    """The actor knowledge base: compiled from its sources at first use, then loaded."""
    from tidings.knowledge.merge import compiled_actors

    return ActorKB(compiled_actors())
