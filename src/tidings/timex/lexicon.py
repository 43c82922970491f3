"""The TIMEX3 lexicon: calendar words, numbers, vague phrases and holidays, loaded once from
the `timex_*` data files and shared by the grammar and the normalizer."""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

from tidings.knowledge import data_path, read_tsv

MULTIPLIERS = frozenset({100, 1000})  # the counts that multiply the count before them ("two hundred")

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


class Holiday(NamedTuple):
    """A named day: a fixed month and day, or the nth ISO weekday of a month (-1: the last)."""

    month: int
    day: int | None
    weekday: int | None
    nth: int | None


@dataclass(frozen=True)
class Lexicon:
    """The tables of timex_calendar.toml by name (a table of `words` becomes their set), the
    vague phrases, the holidays, and the word lists of timex_grammar.toml."""

    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    units: dict[str, str]
    unit_sizes: dict[str, int]  # unit word -> how many of its unit ("fortnight": 2 weeks)
    singular_units: frozenset[str]
    numbers: dict[str, int]
    vague_numbers: frozenset[str]
    ordinals: dict[str, int]
    day_ordinals: dict[str, int]  # "eleventh": 11, "twenty-first": 21
    approximators: dict[str, str]  # word -> the TIMEX3 mod of a count ("more than": MORE_THAN)
    date_modifiers: dict[str, str]  # word -> the date's mod ("early": EARLY), "" for none
    side_prefixes: dict[str, str]  # hyphened prefix -> the date's mod ("post-1945": AFTER)
    relatives: dict[str, int]
    day_words: dict[str, int]
    directions: dict[str, int]
    frequencies: dict[str, str]
    set_quantifiers: frozenset[str]
    repetitions: frozenset[str]
    temporal_words: frozenset[str]
    future_auxiliaries: frozenset[str]
    forward_modals: frozenset[str]
    scheduling_verbs: frozenset[str]
    act_prepositions: frozenset[str]
    forward_prepositions: frozenset[str]
    forward_verbs: frozenset[str]
    forward_nouns: frozenset[str]
    forward_adjectives: frozenset[str]
    record_words: frozenset[str]
    habitual_adverbs: frozenset[str]
    causative_verbs: frozenset[str]
    calendar_things: frozenset[str]
    clock_words: dict[str, str]
    part_of_day_anchors: dict[str, str]
    year_parts: dict[str, str]
    year_part_plurals: dict[str, str]
    spelled_centuries: dict[str, int]
    spelled_decades: dict[str, int]
    told_offsets: dict[str, int]
    coming_determiners: frozenset[str]
    told_directions: dict[str, int]
    zone_offsets: dict[str, float]  # time zone -> hours from UTC ("AEDT": 11)
    vague: dict[str, tuple[TimexType, str, str]]  # phrase -> type, value, stretch (past/future/"")
    holidays: dict[str, Holiday]
    grammar_words: dict[str, frozenset[str]]  # by table name


def _words(table: dict) -> dict | frozenset[str]:
    return frozenset(table["words"]) if table.keys() == {"words"} else table


LEXICON_FILES = CALENDAR_FILE, GRAMMAR_FILE, VAGUE_FILE, HOLIDAYS_FILE = (
    "timex_calendar.toml", "timex_grammar.toml", "timex_vague.tsv", "timex_holidays.tsv"
)  # what `lexicon` reads


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    with data_path(CALENDAR_FILE).open("rb") as handle:
        calendar = {name: _words(table) for name, table in tomllib.load(handle).items()}
    with data_path(GRAMMAR_FILE).open("rb") as handle:
        grammar_words = {name: _words(table) for name, table in tomllib.load(handle).items()}
    vague = {row["phrase"]: (row["type"], row["value"], row["stretch"]) for row in read_tsv(VAGUE_FILE)}
    holidays = {
        row["name"]: Holiday(*(int(row[k]) if row[k] else None for k in ("month", "day", "weekday", "nth")))
        for row in read_tsv(HOLIDAYS_FILE)
    }
    return Lexicon(**calendar, vague=vague, holidays=holidays, grammar_words=grammar_words)


def _unquoted(name: str) -> str:
    return " ".join(name.replace("'", "").replace("’", "").split())


class Words:
    """The lexicon's words looked up as a text writes them: any case, any spacing, "Sept." or "Sept"."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.months = {k.lower(): v for k, v in lex.months.items()}
        self.units = {k.lower(): v for k, v in lex.units.items()}
        self.numbers = {" ".join(k.split()): v for k, v in lex.numbers.items()}
        self.vague_numbers = lex.vague_numbers
        self.vague = {k.lower(): v for k, v in lex.vague.items()}
        self.holidays = {_unquoted(k): v for k, v in lex.holidays.items()}

    def is_month(self, word: str) -> bool:
        return word.rstrip(".").lower() in self.months

    def month(self, word: str) -> int:
        return self.months[word.rstrip(".").lower()]

    def unit(self, word: str) -> str:
        return self.units[word.lower()]

    def size(self, word: str) -> int:
        """How many of its unit a unit word counts ("fortnight": 2, of weeks)."""
        return self.lex.unit_sizes.get(word.lower(), 1)

    def number(self, word: str) -> int | float | None:
        """A count written in digits ("5,000,000", "2.5") or words ("twenty-four"); None for a
        vague one ("several"). ValueError for digits too many to read as a number."""
        word = " ".join(word.lower().split())
        if word[0].isdigit():
            digits = word.replace(",", "")
            if "." not in digits:
                return int(digits)  # exact, however long (up to Python's 4,300 digits)
            number = float(digits)
            if not math.isfinite(number):
                raise ValueError(f"not a count: {word[:20]}...")
            return int(number) if number.is_integer() else number
        if word in self.vague_numbers:
            return None
        if word in self.numbers:  # "twenty", "a couple of"
            return self.numbers[word]
        total = 0  # "twenty-four", "twenty four", "a hundred and fifty" add up; "two hundred" multiplies
        for part in word.replace("-", " ").split():
            if part == "and":
                continue
            count = self.numbers[part]
            total = (total or 1) * count if count in MULTIPLIERS else total + count
        return total

    def holiday(self, name: str) -> Holiday:
        """A named day however the text writes its apostrophe ("New Year’s Eve", "New Years Eve")."""
        return self.holidays[_unquoted(name)]

    def relative(self, word: str) -> int:
        """The offset of a relative word ("last", "this past") from the anchor's unit."""
        return self.lex.relatives[" ".join(word.lower().split())]

    def vague_phrase(self, phrase: str) -> tuple[TimexType, str, str]:
        return self.vague[" ".join(phrase.lower().split())]
