"""Event trigger patterns: a word (verb, noun or adjective lemma) with optional syntactic
constraints, coded to a CAMEO event code. Read once from `data/event_patterns.toml`."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from tidings.knowledge import data_path
from tidings.knowledge.ontology import cameo_codes

Kind = Literal["verb", "noun", "adj"]
CONSTRAINTS = ("prep", "object", "complement", "modifier", "governor")


class Pattern(BaseModel):
    """A trigger lemma and the constraints that must all hold for it to code `cameo`.

    prep: a preposition or particle attached to the trigger ("call *for*", "crack *down*");
    object: the lemma of an object (direct, passive subject, or of a preposition);
    complement: the lemma of a clausal complement ("agree to *meet*", "threaten to *attack*");
    modifier: the lemma of a modifier ("*hunger* strike", "*sexually* abuse");
    governor: for nouns, the verb that governs them ("*sign* a treaty", "*impose* a curfew").
    `frame`: the trigger frames another event (agree, threaten, refuse, demand) and ranks above it.
    An empty `cameo` marks a sense of the word that is no event ("meet a deadline").
    """

    model_config = ConfigDict(frozen=True)

    kind: Kind
    lemma: str
    cameo: str  # "" = not an event
    prep: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    complement: frozenset[str] = frozenset()
    modifier: frozenset[str] = frozenset()
    governor: frozenset[str] = frozenset()
    frame: bool = False

    @property
    def specificity(self) -> int:
        """How many constraints the pattern sets: more constraints, a surer coding."""
        return sum(1 for name in CONSTRAINTS if getattr(self, name))


class Roles(BaseModel):
    """Dependency labels and function words that locate an event's arguments."""

    model_config = ConfigDict(frozen=True)

    subject_deps: frozenset[str]
    passive_subject_deps: frozenset[str]
    object_deps: frozenset[str]
    agent_deps: frozenset[str]
    target_preps: frozenset[str]
    noun_source_preps: frozenset[str]
    locative_preps: frozenset[str]
    non_dating_preps: frozenset[str]
    modifier_deps: frozenset[str]
    light_nouns: frozenset[str]
    background_deps: frozenset[str]
    complement_deps: frozenset[str]
    inherit_subject_deps: frozenset[str]
    clause_deps: frozenset[str]
    object_place_codes: frozenset[str]  # CAMEO code prefixes whose object is the event's place
    recipient_codes: frozenset[str]  # CAMEO code prefixes of giving: the target is the recipient
    recipient_preps: frozenset[str]


class Recoding(BaseModel):
    """A modality (future tense, obligation) marked by auxiliaries, and how it recodes events."""

    model_config = ConfigDict(frozen=True)

    aux: frozenset[str]
    codes: dict[str, str]  # CAMEO code prefix -> code ("" keeps the code)

    def recode(self, code: str) -> str:
        """The code for `code` under this modality: the longest matching prefix decides."""
        for length in range(len(code), 0, -1):
            if (new := self.codes.get(code[:length])) is not None:
                return new or code
        return code


class PatternBook(BaseModel):
    """All patterns, indexed by (kind, lemma), most specific first; the argument roles; and
    the recodings for future and obligation."""

    model_config = ConfigDict(frozen=True)

    index: dict[tuple[str, str], tuple[Pattern, ...]]
    roles: Roles
    future: Recoding
    obligation: Recoding

    def candidates(self, kind: str, lemma: str) -> tuple[Pattern, ...]:
        return self.index.get((kind, lemma), ())


def _patterns(kind: Kind, entries: list[dict]) -> list[Pattern]:
    patterns = []
    for entry in entries:
        lemmas = entry["lemma"] if isinstance(entry["lemma"], list) else [entry["lemma"]]
        fields = {k: frozenset(_as_list(entry[k])) for k in CONSTRAINTS if k in entry}
        for lemma in lemmas:
            patterns.append(
                Pattern(kind=kind, lemma=lemma, cameo=entry["cameo"], frame=entry.get("frame", False), **fields)
            )
    return patterns


def _as_list(value: str | list[str]) -> list[str]:
    return value if isinstance(value, list) else [value]


@lru_cache(maxsize=1)
def pattern_book() -> PatternBook:
    """The patterns of `event_patterns.toml`, checked against the CAMEO codes."""
    with data_path("event_patterns.toml").open("rb") as handle:
        data = tomllib.load(handle)
    codes = cameo_codes()
    index: dict[tuple[str, str], list[Pattern]] = {}
    for kind in ("verb", "noun", "adj"):
        for pattern in _patterns(kind, data.get(kind, [])):
            if pattern.cameo and pattern.cameo not in codes:
                raise ValueError(f"event_patterns.toml: unknown CAMEO code {pattern.cameo!r} ({pattern.lemma})")
            index.setdefault((kind, pattern.lemma), []).append(pattern)
    ordered = {key: tuple(sorted(group, key=lambda p: -p.specificity)) for key, group in index.items()}
    roles = Roles(**{k: frozenset(v) for k, v in data["roles"].items()})
    recodings = {name: Recoding(**data[name]) for name in ("future", "obligation")}
    for recoding in recodings.values():
        unknown = [c for c in recoding.codes.values() if c and c not in codes]
        if unknown:
            raise ValueError(f"event_patterns.toml: unknown CAMEO codes {unknown}")
    return PatternBook(index=ordered, roles=roles, **recodings)
