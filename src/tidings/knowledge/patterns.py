"""Event trigger patterns: a word (verb, noun or adjective lemma) with optional syntactic
constraints, coded to a CAMEO event code; the dependency roles that locate an event's arguments;
and how future tense and obligation recode an event.

Two sources: tidings' own patterns (`data/event_patterns.toml`) and the CAMEO verb lexicon
(`data/cameo_verbs.tsv`, Phoenix's verb dictionary compiled by `knowledge/phoenix/verbs.py`).
Precedence, word by word: a word tidings has patterns for is coded by them alone; a verb it has
none for is coded by the lexicon (its constrained patterns first, then the verb's own code). A
speech verb none of tidings' patterns fits may still make one of the lexicon's plain statements
(the events stage asks: "expressed concern" 012, while "expressed support" is tidings' 051).
Letting the lexicon's more specific patterns override tidings' ("offer" + "concession" -> 035)
was measured and dropped: on the dev gold's tuning half it lowered primary_type_accuracy from
0.824 to 0.806 (its phrases, cut to a verb and one noun, lose the context they were written in).
The lexicon's events are marked (`Pattern.lexicon`): the events stage asks more of them (an actor).

Both are read and checked once, then kept compiled (`knowledge/cache.py`): tidings' patterns as
plain frozen dataclasses (no slots: those unpickle field by field in Python), the lexicon as
rows of strings, made into patterns word by word when a document first uses the word.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from tidings.knowledge import data_path, read_tsv
from tidings.knowledge.cache import load_or_build
from tidings.knowledge.ontology import cameo_codes

PATTERNS_FILE = "event_patterns.toml"
LEXICON_FILE = "cameo_verbs.tsv"
LEXICON_ANY_VERB = "*"  # a lexicon row for every verb of its block
KINDS = ("verb", "noun", "adj")
CONSTRAINTS = ("prep", "object", "complement", "modifier", "governor", "subject")
LEXICON_FIELDS = ("prep", "object", "modifier")
LexiconRow = tuple[str, str, str, str]  # prep, object, modifier (space-separated alternatives), cameo
NEEDS = ("", "object", "party", "doer", "people", "intransitive")  # what a word in a sense that may be no event needs to code (see `Pattern`)
ENTRY_KEYS = frozenset({"lemma", "cameo", "frame", "needs", *CONSTRAINTS})


@dataclass(frozen=True)
class Pattern:
    """A trigger lemma and the constraints that must all hold for it to code `cameo`.

    prep: a preposition or particle attached to the trigger ("call *for*", "crack *down*");
    object: the lemma of an object (direct, passive subject, or of a preposition);
    complement: the lemma of a clausal complement ("agree to *meet*", "threaten to *attack*");
    modifier: the lemma of a modifier ("*hunger* strike", "*sexually* abuse");
    governor: for nouns, the verb that governs them ("*sign* a treaty", "*impose* a curfew");
    subject: the lemma of the subject's head or of a word compounded with it ("*workers*
    struck", "*drone* strikes hit"), for a noun its possessor or "by" phrase.
    `frame`: the trigger frames another event (agree, threaten, refuse, demand) and ranks above it.
    An empty `cameo` marks a sense of the word that is no event ("meet a deadline").
    `lexicon`: the pattern comes from the CAMEO verb lexicon, not from tidings' own file.
    `needs`: what the event must have, read from its arguments, for the word to be in the sense
    that codes it: "object", something it is done to ("burned the houses", not "the houses
    burned"); "party", a party it acts on, its object an actor or a pronoun ("funded the rebels",
    not "funded a study"); "doer", a source with a CAMEO code ("the minister arrived", not "she
    arrived home"), or a passive that does not say who acts ("was forced from power"); "people",
    nothing it is done to, or someone: not only things, a thing pronoun or a name that is neither a
    coded actor nor a person ("released the hostages", not "released the iPod", "it was released");
    "intransitive", nothing it is done to, though a preposition may take an object ("demonstrated
    against the cuts", not "demonstrated the problems", "the features demonstrated").
    """

    kind: str
    lemma: str
    cameo: str  # "" = not an event
    prep: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    complement: frozenset[str] = frozenset()
    modifier: frozenset[str] = frozenset()
    governor: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    frame: bool = False
    lexicon: bool = False
    needs: str = ""
    specificity: int = field(init=False)  # how many constraints it sets: more, a surer coding
    # the constraints it sets, (name, wanted lemmas), so a match tries those alone
    constraints: tuple[tuple[str, frozenset[str]], ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        constraints = tuple((name, wanted) for name in CONSTRAINTS if (wanted := getattr(self, name)))
        object.__setattr__(self, "constraints", constraints)
        object.__setattr__(self, "specificity", len(constraints))


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
    reassuring: frozenset[str] = frozenset()  # verbs of feeling the modality, negated, says there is no call for
    foretelling: frozenset[str] = frozenset()  # auxiliaries that foretell an act: one the codes do not cover is no event

    def recode(self, code: str) -> str:
        """The code for `code` under this modality: the longest matching prefix decides."""
        return self._row(code) or code

    def covers(self, code: str) -> bool:
        """Whether a row of the codes recodes `code`, or keeps it on purpose ("" for a prefix)."""
        return self._row(code) is not None

    def _row(self, code: str) -> str | None:
        for length in range(len(code), 0, -1):
            if (new := self.codes.get(code[:length])) is not None:
                return new
        return None


@dataclass(frozen=True)
class StateForce:
    """Acts of force coded otherwise when a state does them (a bombing by a state is from the air)."""

    types: frozenset[str]  # CAMEO actor types of a state's forces and offices (---MIL too), beside a country itself
    codes: dict[str, str]  # CAMEO code -> the code when a state does it

    def recode(self, code: str, doers: list[dict]) -> str:
        """The code of an act done by `doers` (actor rows): recoded where every one is a state."""
        if code not in self.codes or not doers or not all(self._state(row) for row in doers):
            return code
        return self.codes[code]

    def _state(self, row: dict) -> bool:
        return row.get("kind") == "country" or (row.get("cameo") or "")[3:6] in self.types


@dataclass(frozen=True)
class PatternBook:
    """All patterns: tidings' own indexed by (kind, lemma), most specific first; the lexicon's
    rows by verb lemma; the argument roles; and the recodings for future and obligation."""

    index: dict[tuple[str, str], tuple[Pattern, ...]]
    lexicon: dict[str, tuple[LexiconRow, ...]]
    roles: Roles
    future: Recoding
    obligation: Recoding
    state_force: StateForce
    _borrowed: dict[str, tuple[Pattern, ...]] = field(default_factory=dict, compare=False, repr=False)

    def candidates(self, kind: str, lemma: str, lexicon: bool = True) -> tuple[Pattern, ...]:
        """A word's patterns in the order they are tried, most specific first: tidings' own, else
        for a verb the lexicon's (see the module's precedence; none where `lexicon` is false),
        made when first asked for."""
        own = self.index.get((kind, lemma))
        if own is not None or kind != "verb" or not lexicon:
            return own or ()
        return self.lexicon_patterns(lemma)

    def lexicon_patterns(self, lemma: str) -> tuple[Pattern, ...]:
        """A verb's patterns in the lexicon, most specific first, whether or not tidings has its own
        (made when first asked for)."""
        found = self._borrowed.get(lemma)
        if found is None:
            rows = self.lexicon.get(lemma, ())
            found = self._borrowed[lemma] = tuple(sorted((_lexicon_pattern(lemma, row) for row in rows), key=lambda p: -p.specificity))
        return found


@lru_cache(maxsize=1)
def pattern_book() -> PatternBook:
    """The pattern book, compiled once per change of its sources."""
    sources = [data_path(PATTERNS_FILE), data_path(LEXICON_FILE), data_path("cameo_eventcodes.tsv"), Path(__file__)]
    return load_or_build("event_patterns", sources, read_pattern_book)


def read_pattern_book() -> PatternBook:
    """The patterns of `event_patterns.toml` and the lexicon, checked against the CAMEO codes."""
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
    state_force = StateForce(types=frozenset(data["state_force"]["types"]), codes=dict(data["state_force"]["codes"]))
    if unknown := [c for pair in state_force.codes.items() for c in pair if c not in codes]:
        raise ValueError(f"{PATTERNS_FILE}: unknown CAMEO codes {unknown}")
    lexicon = read_lexicon(read_tsv(LEXICON_FILE), frozenset(codes))
    return PatternBook(index=ordered, lexicon=lexicon, roles=_roles(data["roles"]), state_force=state_force, **recodings)


def read_lexicon(rows: Iterable[dict[str, str]], codes: frozenset[str]) -> dict[str, tuple[LexiconRow, ...]]:
    """Each verb's lexicon rows: its own code and constraint, then its block's patterns (those
    that do not set a field its multi-word form sets); where a verb sits in several blocks, the
    first row for a constraint wins."""
    blocks: dict[str, tuple[list[dict[str, str]], list[dict[str, str]]]] = {}
    for row in rows:
        if row["cameo"] and row["cameo"] not in codes:
            raise ValueError(f"{LEXICON_FILE}: unknown CAMEO code {row['cameo']!r} ({row['block']})")
        verbs, patterns = blocks.setdefault(row["block"], ([], []))
        (patterns if row["lemma"] == LEXICON_ANY_VERB else verbs).append(row)
    lexicon: dict[str, dict[tuple[str, ...], str]] = {}
    for verbs, patterns in blocks.values():
        for verb in verbs:
            found = lexicon.setdefault(verb["lemma"], {})
            found.setdefault(tuple(verb[name] for name in LEXICON_FIELDS), verb["cameo"])
            for pattern in patterns:
                joined = _joined(verb, pattern)
                if joined is not None:
                    found.setdefault(joined, pattern["cameo"])
    return {lemma: tuple((*constraint, cameo) for constraint, cameo in found.items()) for lemma, found in lexicon.items()}


def _joined(verb: dict[str, str], pattern: dict[str, str]) -> tuple[str, ...] | None:
    """A block's pattern applied to one of its verbs: both constraints at once; None where both
    set the preposition or the object ("+CLEAR_UP" takes no pattern with a preposition)."""
    if verb["prep"] and pattern["prep"] or verb["object"] and pattern["object"]:
        return None
    return tuple(" ".join(filter(None, (verb[name], pattern[name]))) for name in LEXICON_FIELDS)


def patterns_from(kind: str, entries: list[dict]) -> list[Pattern]:
    """The patterns of a list of entries (one per lemma of an entry); an unknown key is an error."""
    patterns = []
    for entry in entries:
        unknown = set(entry) - ENTRY_KEYS
        if unknown:
            raise ValueError(f"{PATTERNS_FILE}: unknown keys {sorted(unknown)} in {kind} {entry.get('lemma')!r}")
        constraints = {k: frozenset(_as_list(entry[k])) for k in CONSTRAINTS if k in entry}
        needs = entry.get("needs", "")
        if needs not in NEEDS:
            raise ValueError(f"{PATTERNS_FILE}: needs must be one of {NEEDS[1:]} in {kind} {entry.get('lemma')!r}")
        for lemma in _as_list(entry["lemma"]):
            patterns.append(
                Pattern(kind=kind, lemma=lemma, cameo=entry["cameo"], frame=bool(entry.get("frame", False)), needs=needs, **constraints)
            )
    return patterns


def _lexicon_pattern(lemma: str, row: LexiconRow) -> Pattern:
    prep, obj, modifier, cameo = row
    return Pattern(
        kind="verb", lemma=lemma, cameo=cameo, prep=frozenset(prep.split()), object=frozenset(obj.split()),
        modifier=frozenset(modifier.split()), lexicon=True,
    )


def _roles(table: dict[str, list[str]]) -> Roles:
    expected = {f.name for f in fields(Roles)}
    if set(table) != expected:
        raise ValueError(f"{PATTERNS_FILE}: [roles] must set exactly {sorted(expected)}")
    return Roles(**{name: frozenset(values) for name, values in table.items()})


def _recoding(table: dict) -> Recoding:
    return Recoding(aux=frozenset(table["aux"]), codes=dict(table["codes"]), reassuring=frozenset(table.get("reassuring", ())), foretelling=frozenset(table.get("foretelling", ())))


def _as_list(value: str | list[str]) -> list[str]:
    return value if isinstance(value, list) else [value]
