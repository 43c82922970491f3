"""Event trigger patterns (`data/event_patterns.toml`): a word (verb, noun or adjective lemma)
with optional syntactic constraints, coded to a CAMEO event code; the dependency roles that
locate an event's arguments; and how future tense and obligation recode an event.

The file is read and checked once, then kept compiled (`knowledge/cache.py`) as plain frozen
dataclasses (no slots: those unpickle field by field in Python): a start-up loads a pickle
instead of parsing and checking ~1,700 patterns.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from tidings.knowledge import data_path
from tidings.knowledge.cache import load_or_build
from tidings.knowledge.ontology import cameo_codes

PATTERNS_FILE = "event_patterns.toml"
KINDS = ("verb", "noun", "adj")
CONSTRAINTS = ("prep", "object", "complement", "modifier", "governor")
ENTRY_KEYS = frozenset({"lemma", "cameo", "frame", *CONSTRAINTS})


@dataclass(frozen=True)
class Pattern:
    """A trigger lemma and the constraints that must all hold for it to code `cameo`.

    prep: a preposition or particle attached to the trigger ("call *for*", "crack *down*");
    object: the lemma of an object (direct, passive subject, or of a preposition);
    complement: the lemma of a clausal complement ("agree to *meet*", "threaten to *attack*");
    modifier: the lemma of a modifier ("*hunger* strike", "*sexually* abuse");
    governor: for nouns, the verb that governs them ("*sign* a treaty", "*impose* a curfew").
    `frame`: the trigger frames another event (agree, threaten, refuse, demand) and ranks above it.
    An empty `cameo` marks a sense of the word that is no event ("meet a deadline").
    """

    kind: str
    lemma: str
    cameo: str  # "" = not an event
    prep: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    complement: frozenset[str] = frozenset()
    modifier: frozenset[str] = frozenset()
    governor: frozenset[str] = frozenset()
    frame: bool = False
    specificity: int = field(init=False)  # how many constraints it sets: more, a surer coding

    def __post_init__(self) -> None:
        object.__setattr__(self, "specificity", sum(1 for name in CONSTRAINTS if getattr(self, name)))


@dataclass(frozen=True)
class Roles:
    """Dependency labels and function words that locate an event's arguments."""

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
    phrase_end_deps: frozenset[str]  # an argument's phrase stops at these links
    object_place_codes: frozenset[str]  # CAMEO code prefixes whose object is the event's place
    recipient_codes: frozenset[str]  # CAMEO code prefixes of giving: the target is the recipient
    recipient_preps: frozenset[str]


@dataclass(frozen=True)
class Recoding:
    """A modality (future tense, obligation) marked by auxiliaries, and how it recodes events."""

    aux: frozenset[str]
    codes: dict[str, str]  # CAMEO code prefix -> code ("" keeps the code)

    def recode(self, code: str) -> str:
        """The code for `code` under this modality: the longest matching prefix decides."""
        for length in range(len(code), 0, -1):
            if (new := self.codes.get(code[:length])) is not None:
                return new or code
        return code


@dataclass(frozen=True)
class PatternBook:
    """All patterns, indexed by (kind, lemma), most specific first; the argument roles; and
    the recodings for future and obligation."""

    index: dict[tuple[str, str], tuple[Pattern, ...]]
    roles: Roles
    future: Recoding
    obligation: Recoding

    def candidates(self, kind: str, lemma: str) -> tuple[Pattern, ...]:
        return self.index.get((kind, lemma), ())


@lru_cache(maxsize=1)
def pattern_book() -> PatternBook:
    """The pattern book, compiled once per change of its sources."""
    sources = [data_path(PATTERNS_FILE), data_path("cameo_eventcodes.tsv"), Path(__file__)]
    return load_or_build("event_patterns", sources, read_pattern_book)


def read_pattern_book() -> PatternBook:
    """The patterns of `event_patterns.toml`, checked against the CAMEO codes."""
    with data_path(PATTERNS_FILE).open("rb") as handle:
        data = tomllib.load(handle)
    codes = cameo_codes()
    index: dict[tuple[str, str], list[Pattern]] = {}
    for kind in KINDS:
        for pattern in patterns_from(kind, data.get(kind, [])):
            if pattern.cameo and pattern.cameo not in codes:
                raise ValueError(f"{PATTERNS_FILE}: unknown CAMEO code {pattern.cameo!r} ({pattern.lemma})")
            index.setdefault((kind, pattern.lemma), []).append(pattern)
    ordered = {key: tuple(sorted(group, key=lambda p: -p.specificity)) for key, group in index.items()}
    recodings = {name: _recoding(data[name]) for name in ("future", "obligation")}
    for recoding in recodings.values():
        unknown = [c for c in recoding.codes.values() if c and c not in codes]
        if unknown:
            raise ValueError(f"{PATTERNS_FILE}: unknown CAMEO codes {unknown}")
    return PatternBook(index=ordered, roles=_roles(data["roles"]), **recodings)


def patterns_from(kind: str, entries: list[dict]) -> list[Pattern]:
    """The patterns of a list of entries (one per lemma of an entry); an unknown key is an error."""
    patterns = []
    for entry in entries:
        unknown = set(entry) - ENTRY_KEYS
        if unknown:
            raise ValueError(f"{PATTERNS_FILE}: unknown keys {sorted(unknown)} in {kind} {entry.get('lemma')!r}")
        constraints = {k: frozenset(_as_list(entry[k])) for k in CONSTRAINTS if k in entry}
        for lemma in _as_list(entry["lemma"]):
            patterns.append(
                Pattern(kind=kind, lemma=lemma, cameo=entry["cameo"], frame=bool(entry.get("frame", False)), **constraints)
            )
    return patterns


def _roles(table: dict[str, list[str]]) -> Roles:
    expected = {f.name for f in fields(Roles)}
    if set(table) != expected:
        raise ValueError(f"{PATTERNS_FILE}: [roles] must set exactly {sorted(expected)}")
    return Roles(**{name: frozenset(values) for name, values in table.items()})


def _recoding(table: dict) -> Recoding:
    return Recoding(aux=frozenset(table["aux"]), codes=dict(table["codes"]))


def _as_list(value: str | list[str]) -> list[str]:
    return value if isinstance(value, list) else [value]
