"""TIMEX3 recognition: a regular grammar built once from the lexicon; longest match wins.
Pure functions, no spaCy."""

from __future__ import annotations

import re
import string
from functools import lru_cache
from pathlib import Path
from re import _constants as sre, _parser as sre_parse  # the parsed form `re` compiles from
from typing import NamedTuple

from tidings.knowledge import data_path
from tidings.knowledge.cache import load_or_build
from tidings.timex import lexicon as timex_lexicon
from tidings.timex.lexicon import LEXICON_FILES, MULTIPLIERS, Lexicon, Words, lexicon

Groups = dict[str, str]  # a rule's named groups that matched


class Mention(NamedTuple):
    """A matched time expression: its span, the grammar rule and the rule's named groups."""

    start: int
    end: int
    kind: str
    groups: Groups
    ambiguous: bool = False  # kept only when the parser agrees it is a date


def _alt(words, dotted: frozenset[str] = frozenset()) -> str:
    """An alternation of words, longest first; spaces match any whitespace; the `dotted`
    words (abbreviations) may end in a period."""
    return "(?:" + "|".join(_parts(words, dotted)) + ")"


def _parts(words, dotted: frozenset[str] = frozenset()) -> list[str]:
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        part = r"\s+".join(re.escape(piece) for piece in word.split())
        parts.append(part + r"\.?" if word in dotted else part)
    return parts


def _ci(words) -> str:
    """`_alt` in any case, its words grouped by first letter (or digit), each group behind a
    case-sensitive class. The engine tries a case-insensitive word at every start it reaches,
    but passes over a group whose class misses the character at a glance. The class also takes
    any non-ASCII character and a look back settles it (Unicode case folding lets "K", the
    Kelvin sign, match k). Words with different first letters never match at the same place and
    each group keeps the words' order, so the matches are those of `(?i:` + `_alt` + `)`."""
    parts = _parts(words)
    if not all(part[0].isascii() and part[0].isalnum() for part in parts):
        return "(?i:" + _alt(words) + ")"
    groups: dict[str, list[str]] = {}
    for part in parts:
        groups.setdefault(part[0].lower(), []).append(part[1:])
    arms = []
    for first, rests in groups.items():
        opening = first if first.isdigit() else f"(?-i:[^{_ascii_but(first + first.upper())}])(?<=(?i:{first}))"
        arms.append(opening + "(?i:" + "|".join(rests) + ")")
    return "(?:" + "|".join(arms) + ")"


def _ascii_but(letters: str) -> str:
    """Character-class ranges of every ASCII character but `letters`: negated, a class of those
    letters and all non-ASCII characters, written (and compiled) over ASCII alone."""
    ranges, start = [], 0
    for code in [*sorted(map(ord, letters)), 128]:
        if start < code:
            ranges.append(f"\\x{start:02x}-\\x{code - 1:02x}")
        start = code + 1
    return "".join(ranges)


# Modifiers a quarter or period takes at most ("the year-ago fiscal third quarter"): a bound, so
# a long run of them costs each start a few words, not the rest of the run.
MODIFIERS = 3

# Every rule's match starts where no word, figure or amount runs on before it, and ends where no
# word runs on after it.
_BEFORE = r"(?<![\w$£€.-])"
_AFTER = r"(?![\w])"

# Rules whose expression can be a hyphenated modifier ("the two-year plan", "its third-quarter
# profit"): a determiner before them is not part of the expression; it starts at these groups.
ADJECTIVAL = {"duration": ("pre", "approx", "n"), "quarter": ("y", "pre", "ord")}


# Rules that can name the day a "the day before" or "the day after" counts from.
SHIFTABLE_DAYS = frozenset({"weekday", "day_word", "date", "date_dm", "relative", "holiday"})

# Rules whose "a"/"an"/"per" and unit can be the time of a speed ("90 kilometres an hour").
PER_UNIT = frozenset({"duration", "set"})

# Clock times that a following day can date, the mentions that name a day (a part of a day
# names its day too: "11 p.m. last night"), and the groups a day lends ("anchor": a weekday or
# day word).
CLOCKS = frozenset({"clock", "clock24", "hour_from", "noon"})
DAYS = frozenset({"weekday", "day_word", "date", "part"})
DAY_GROUPS = frozenset({"anchor", "mon", "d", "y"})

APOSTROPHE = "'"  # in a holiday's name, where a text may write "’" or leave it out

# Rules of a month (perhaps with its day) that can open a range whose end gives the year ("from
# July to November 1917").
MONTHS = frozenset({"month_name", "date", "date_dm"})

# Different words of play that make a text a game report, whose "the second half" or "the fourth
# quarter" is a period of the game, not of the year, and "7:42" the game clock.
GAME_WORDS = 2


def _game_period_like(mention: Mention) -> bool:
    """ "The second half", "a field goal in the fourth quarter": an ordinal part with no year, fiscal or
    year-ago word, which a game report uses for its periods of play; "7:42" with no time zone,
    which it uses for the game clock."""
    g = mention.groups
    if mention.kind == "clock24":  # "with 7:42 left": the game clock
        return "tz" not in g
    return mention.kind == "quarter" and not ({"y", "y2"} & g.keys() or g["pre"]) and g.get("det", "the").lower() == "the"


def _half_of_range_start(hour: int, end_half: str, end_hour: int) -> str:
    """The half of the day ("a.m." or "p.m.") of a range's first clock time written without one:
    the end's ("from 2:40 to 4:10 p.m."), the other where the hour comes later on the 12-hour
    clock ("from 11:30 to 1 p.m.": the morning)."""
    same = hour % 12 <= end_hour % 12
    return end_half if same else ("a.m." if end_half.lower().startswith("p") else "p.m.")


# -- where a rule can start: the characters its first step can take -----------------------------
ASCII = frozenset(map(chr, range(128)))


class Firsts(NamedTuple):
    """The characters a pattern's match can begin with: these ASCII ones, and perhaps any
    non-ASCII one (an over-estimate, never an under-estimate)."""

    ascii: frozenset[str]
    other: bool

    def __or__(self, more: Firsts) -> Firsts:  # type: ignore[override]
        return Firsts(self.ascii | more.ascii, self.other or more.other)


ANYTHING, NOTHING = Firsts(ASCII, True), Firsts(frozenset(), False)
Prefix = tuple[Firsts, ...]
Openings = set[tuple[Prefix, bool]]  # each opening, and whether a match can end right after it
_CATEGORIES = {
    sre.CATEGORY_DIGIT: frozenset(string.digits),
    sre.CATEGORY_WORD: frozenset(c for c in ASCII if c.isalnum() or c == "_"),
    sre.CATEGORY_SPACE: frozenset(c for c in ASCII if c.isspace()),
}


@lru_cache(maxsize=None)
def _char(char: str, folding: bool) -> Firsts:
    if not folding:
        return Firsts(frozenset(char) & ASCII, not char.isascii())
    # Unicode case folding: "k" also matches the Kelvin sign, and "\u212a" matches "k" and "K"
    cases = {char, char.lower(), char.upper(), char.casefold()}
    cases |= {case.swapcase() for case in cases}
    ascii_cases = frozenset(c for c in cases if len(c) == 1 and c.isascii())
    return Firsts(ascii_cases, not char.isascii() or char.isalpha())


def _set(items, folding: bool) -> Firsts:
    """A character class: its members, or all but them where it is negated."""
    found = NOTHING
    for op, arg in items:
        if op is sre.LITERAL:
            found |= _char(chr(arg), folding)
        elif op is sre.RANGE:
            chars = map(chr, range(arg[0], min(arg[1], 127) + 1))
            found |= _union(_char(char, True) for char in chars) if folding else Firsts(frozenset(chars), False)
            if arg[1] > 127:  # and a non-ASCII one may fold to an ASCII letter (the Kelvin sign to k)
                found |= Firsts(frozenset(string.ascii_letters if folding else ""), True)
        elif op is sre.CATEGORY and arg in _CATEGORIES:
            found |= Firsts(_CATEGORIES[arg], True)
        elif op is not sre.NEGATE:
            return ANYTHING
    if items and items[0][0] is sre.NEGATE:
        return Firsts(ASCII - found.ascii, True)
    return found


def _union(all_firsts) -> Firsts:
    found = NOTHING
    for firsts in all_firsts:
        found |= firsts
    return found


# -- which words a rule can start with: its first few characters -------------------------------
# A look-ahead at the first PREFIX characters a rule's match can open with turns away, at a glance,
# most words that share only its first letter ("to" for "two weeks", "this" for "three days");
# each rule's own look-ahead reads RULE_PREFIX characters, to try fewer rules where a word opens
# many ("the" opens 28 of the 55 rules, "the w" six).
PREFIX = 3
RULE_PREFIX = 5
PREFIXES_KEPT = 1 << 16  # the prefixes whose rules a grammar keeps (300 news articles meet a thousand)


def openings(pattern: str, length: int = PREFIX) -> Openings:
    """The character classes of the first `length` characters any match of `pattern` (compiled
    in Unicode mode) can open with (an over-estimate: look-arounds are passed over, and an
    opening with no known end stops where it is unknown)."""
    parsed = sre_parse.parse(pattern)
    return _sequence(parsed, bool(parsed.state.flags & re.IGNORECASE), length)


def _sequence(items, folding: bool, length: int) -> Openings:
    found: Openings = {((), True)}
    for op, arg in items:
        if not _going_on(found, length):
            break
        found = _then(found, _opening_step(op, arg, folding, length), length)
    return found


def _going_on(found: Openings, length: int) -> list[Prefix]:
    """The openings that a match may go on from, shorter than `length`."""
    return [prefix for prefix, ended in found if ended and len(prefix) < length]


def _then(found: Openings, step: Openings, length: int) -> Openings:
    """The openings `found` continued by those of the next step, where they may go on."""
    kept = {(prefix, ended) for prefix, ended in found if not ended or len(prefix) >= length}
    return kept | {_cut(prefix + more, ended, length) for prefix in _going_on(found, length) for more, ended in step}


def _cut(prefix: Prefix, ended: bool, length: int) -> tuple[Prefix, bool]:
    return (prefix[:length], False) if len(prefix) >= length else (prefix, ended)


def _opening_step(op, arg, folding: bool, length: int) -> Openings:
    if op is sre.LITERAL:
        return {((_char(chr(arg), folding),), True)}
    if op is sre.IN:
        return {((_set(arg, folding),), True)}
    if op is sre.BRANCH:
        return set().union(*(_sequence(arm, folding, length) for arm in arg[1]))
    if op is sre.SUBPATTERN:
        _, add, remove, items = arg
        return _sequence(items, (folding or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE, length)
    if op is sre.ATOMIC_GROUP:
        return _sequence(arg, folding, length)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, items = arg
        once = _sequence(items, folding, length)
        found: Openings = set()
        repeated: Openings = {((), True)}
        for count in range(min(high, max(low, length)) + 1):  # more repeats add no opening
            if count >= low:
                found |= repeated
            repeated = _then(repeated, once, length)
        return found
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):  # takes no character
        return {((), True)}
    return {((), False)}  # any other step: no bound


def look_ahead(found: Openings) -> str:
    """A look-ahead at any of the openings, written as a tree of character classes (common
    beginnings once); none where a match may open with anything."""
    if any(not prefix for prefix, _ in found):
        return ""
    following: dict[Firsts, Openings] = {}
    for prefix, ended in found:
        following.setdefault(prefix[0], set()).add((prefix[1:], ended))
    firsts_of: dict[str, Firsts] = {}  # the classes that the same continuation follows, merged
    for first, rest in following.items():
        continuation = look_ahead(rest)
        firsts_of[continuation] = firsts_of.get(continuation, NOTHING) | first
    arms = sorted(_class(first) + continuation for continuation, first in firsts_of.items())
    return arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"


def _look_aheads(patterns: list[str]) -> list[str]:
    """The look-ahead at all the rules' openings, then at each rule's; kept in the knowledge
    cache, as reading the openings costs the start-up a tenth of a second. The rules are made
    from the lexicon, whose files and code name the build (the patterns themselves change from
    run to run: their words come from sets, in an order of their hashes)."""

    def build() -> list[str]:
        any_opening = set().union(*(openings(pattern) for pattern in patterns))
        return [look_ahead(any_opening), *(look_ahead(openings(pattern, RULE_PREFIX)) for pattern in patterns)]

    sources = [*map(data_path, LEXICON_FILES), Path(timex_lexicon.__file__), Path(__file__)]
    return load_or_build("timex_openings", sources, build)


def _class(firsts: Firsts) -> str:
    """A class of the characters of `firsts`, written over ASCII alone (a class with a range up
    to U+10FFFF costs `re` milliseconds to compile)."""
    if not firsts.other:
        chars = "".join(char if char.isalnum() else f"\\x{ord(char):02x}" for char in sorted(firsts.ascii))
        return (chars if len(firsts.ascii) == 1 else f"[{chars}]") if chars else "(?!)"
    others = _ascii_but("".join(firsts.ascii))
    return f"[^{others}]" if others else "[\\s\\S]"


class Grammar:
    """The recognizer: one compiled regular expression per rule, longest match wins."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        abbreviations = frozenset(
            short for short, number in lex.months.items()
            if any(full != short and full.startswith(short) and lex.months[full] == number for full in lex.months)
        )
        mon = _alt(lex.months, abbreviations)
        wd = _alt(lex.weekdays)
        day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
        day_words = _ci(lex.day_ordinals)  # after "the": "the eleventh", "the twenty-first"
        year = r"(?:1[89]\d\d|20\d\d)(?![\d,.]?\d)(?!\s*(?:%|percent))"
        number_words = _ci(lex.numbers)
        tens = _ci(word for word, n in lex.numbers.items() if n in range(20, 100, 10))
        ones = _ci(word for word, n in lex.numbers.items() if n in range(1, 10) and word not in ("a", "an"))
        hundreds = _ci(word for word, n in lex.numbers.items() if n in MULTIPLIERS)
        # a count: "5,000,000" (starting at its first digit group, so a long run of groups is
        # read once), "2.5", "a hundred", "two thousand", "twenty-four", "twenty four"
        num = (
            rf"(?:(?<![\d,])\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d+(?:\.\d+)?|(?:(?i:an?)|{ones})[\s-]+{hundreds}(?:\s+(?i:and)\s+(?:{tens}[\s-]+{ones}|{number_words}))?|{tens}\s+{ones}"
            rf"|{number_words}(?:-{number_words})?)"
        )
        centuries = _ci(lex.spelled_centuries)
        year_in_words = rf"(?P<c>{centuries})[\s-]+(?P<yy>{tens}(?:-{ones})?)"  # "nineteen eighty-six", as transcripts write it
        hour_words = _ci(word for word, n in lex.numbers.items() if n in range(1, 13) and word not in ("a", "an"))
        vague_n = _ci(lex.vague_numbers)
        approx = _ci(lex.approximators)
        mod = _ci(lex.date_modifiers)
        unit = _ci(lex.units)
        unit_one = _ci(lex.singular_units)
        rel = _ci(lex.relatives)
        season = _ci(lex.seasons)
        part = _ci(lex.parts_of_day)
        ordinal = _ci(lex.ordinals)
        day_word = _ci(lex.day_words)
        direction = _ci(lex.directions)
        freq = _ci(lex.frequencies)
        quant = _ci(lex.set_quantifiers)
        words = {name: _ci(listed) for name, listed in lex.grammar_words.items()}
        the = r"(?i:the)"
        # "New Year's Eve", as feeds also write it: "New Year’s Eve", "New Years Eve"
        holidays = _alt(lex.holidays).replace(APOSTROPHE, "['’]?")
        side = rf"(?P<side>{_ci(lex.side_prefixes)})-"  # "post-1945", "pre-September 11": hyphened only
        # a year named by a word after a month, a day or a quarter ("May 2 last year", "April
        # that year", "the second quarter of that year"): one expression with it (TimeML)
        year_word = rf"(?:(?P<yrel>{rel})|(?P<ytold>{_ci(lex.told_offsets)}))\s+(?i:year)(?![\w'’-])"
        # "the last quarter of 2020", "the final half of next year": the last part of a year
        # named after it (not "the last quarter of the season")
        last_of_a_year = (
            rf"[\s-]+{_ci(lex.year_parts)}\s+of\s+(?:(?:fiscal\s+)?{year}|(?:{rel}|{_ci(lex.told_offsets)})\s+(?i:year)|{the}\s+year)(?![\w'’-])"
        )
        # a house number: "of 1987 Maple St., Pineville", "the 1900 block of Oak Avenue"
        address_end = rf"(?:\s*[,;)]|\.?\s*(?:\n|$)|\s+{words['street_followers']}\b)"  # not a stop: "Dr. Smith", "St. Helens"
        not_a_house_number = rf"(?!\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}{words['street_words']}(?![\w-]){address_end}|\s+(?i:block)\b)"
        # "the year ended June 30": the twelve months before that day, a duration (TimeML)
        # and "the year to June 30", as British and Australian reports write it
        ended = rf"(?:(?=\s+(?P<ended>{words['period_ends']}\b|(?i:to)(?=\s+{mon}\s+{day}))))?"
        # "the quarter ended Nov. 30": the three months up to that day (the day not in the span)
        ended_on = rf"(?=\s+{words['period_ends']}\s+(?:on\s+)?(?P<end_mon>{mon})\s+(?P<end_d>{day}))"
        rules = {
            "iso": r"(?P<y>\d{4})[-/](?P<m>[01]\d)[-/](?P<d>[0-3]\d)",  # "2013-03-14", "2013/03/14"
            # "3/14/2013", month first as American news writes it
            "slashed": rf"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>{year})",
            # "17/12/2001", day first as most of the world writes it, where the day cannot be a month
            "slashed_dm": rf"(?P<d>3[01]|2\d|1[3-9])/(?P<m>1[0-2]|0?[1-9])/(?P<y>{year})",
            "range": rf"(?P<mon>{mon})\s+(?P<d>{day})\s*[-–—]\s*(?P<d2>{day})(?:,?\s+(?P<y>{year}))?",
            "range_dm": rf"(?P<d>{day})\s*(?:-|–|—)\s*(?P<d2>{day})\s+(?P<mon>{mon})(?:,?\s+(?P<y>{year}))?",
            # "September 11", and "September the 11th", "September the eleventh" as speech has it
            "date": rf"(?:(?P<wd>{wd}),?\s+)?(?:(?P<mod>{mod})[\s-]+|{side})?(?P<mon>{mon})\s+"
            rf"(?:(?:{the}\s+(?=\d+(?:st|nd|rd|th)))?(?P<d>{day})|{the}\s+(?P<dw>{day_words})(?![\w-]))"
            rf"(?:,?\s+(?P<y>{year})|\s+{year_word})?",
            # "4 July", "the 4th of July", "the fourth of July"
            "date_dm": rf"(?:(?P<wd>{wd}),?\s+)?(?:(?:{the}\s+)?(?P<d>{day})\s+(?:of\s+)?|{the}\s+(?P<dw>{day_words})\s+of\s+)(?P<mon>{mon})"
            rf"(?:,?\s+(?P<y>{year})|\s+{year_word})?",
            "weekday": rf"(?:(?P<mod>{mod})\s+)?(?P<wd>{wd})(?!s)",
            "month_name": rf"(?:(?P<mod>{mod})[\s-]+)?(?P<mon>{mon})(?:,?\s+(?:of\s+)?(?P<y>{year})|\s+(?:of\s+)?{year_word}"
            rf"|,?\s+(?:of\s+)?{year_in_words})?"
            r"(?!\s+of\s+(?:the\s+)?[A-Z])"  # "of" and a capital: a name ("the March of Dimes")
            r"(?!\s+[A-Z]\.\s)"  # a capital's initial: a person's name ("June V. Schell", "April D. Ryan")
            rf"(?!-(?!{mon}(?![a-z]))[A-Z])",  # a hyphen and a capital not a month: a name ("Jan-Erik")
            # "6:00 p.m.", "6.00pm", and "6: 00 p.m." as some feeds write it
            "clock": rf"(?:(?P<approx>{approx})\s+)?(?P<h>[01]?\d)(?:(?::[ ]?|\.)(?P<mi>[0-5]\d))?\s*"
            rf"(?P<ap>(?i:[ap]\.m\.|[ap]\.m|[ap]m))(?:\s+(?P<tz>[A-Z]{{2,4}}T))?"
            # a day and a part of it after a clock are their own expression, which dates it; a
            # weekday before a date joins the date ("8 p.m. Tuesday, June 9", "2 a.m. Sunday, May 3, 2020")
            rf"(?:,?\s+(?:(?P<anchor>{wd}|{day_word})(?![\s-]+{part}(?![\w-]))(?!,?\s+{mon}\s+{day})"
            rf"|(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+(?P<d>{day})(?:,\s+(?P<y>{year}))?))?",
            "clock24": rf"(?:(?P<approx>{approx})\s+)?(?P<h>[012]?\d):(?P<mi>[0-5]\d)(?![\d:])"
            rf"(?:\s+(?P<tz>[A-Z]{{2,4}}T))?",
            # a bare hour opening a range whose end has a.m. or p.m. ("from 5 to 9 p.m.": 5 p.m.)
            "hour_from": rf"(?i:from|between)\s+(?P<span>(?P<h>1[0-2]|0?[1-9]))"
            rf"(?=\s*(?:-|–|(?i:to|and|until))\s*(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?i:[ap]\.?m))",
            # "4 in the morning", "ten at night", "10 o'clock"
            "hour_of_part": rf"(?P<h>1[0-2]|0?[1-9]|{hour_words})(?:\s+(?i:o['’]clock))?"
            rf"(?:\s+(?:(?i:in\s+the)\s+(?P<part>{part})|(?i:at)\s+(?P<night>(?i:night)))|(?<=(?i:o['’]clock)))",
            # "high noon" is an idiom, a showdown, not a time
            "noon": rf"(?<![Hh]igh[\s-])(?P<noon>{_ci(lex.clock_words)})(?:\s+(?P<anchor>{wd}|{day_word}))?",
            "part": rf"(?:(?P<mod>{mod})[\s-]+)?(?:(?P<rel>{rel})\s+(?={wd}))?(?P<anchor>{wd}|{day_word}|{_ci(lex.part_of_day_anchors)})"
            rf"[\s-]+(?P<part>{part})",
            # "in the morning", "throughout the night" (not "the night of May 3", which names its day)
            "the_part": rf"{words['part_prepositions']}\s+(?P<span>{the}\s+(?P<part>{part}))(?![\w-])(?!\s+of\b)",
            "part_after": rf"(?:(?P<mod>{mod})[\s-]+)?(?P<part>{part})\s+(?P<anchor>{wd}|{day_word})",
            "day_word": rf"(?:(?P<mod>{mod})\s+)?(?P<word>{day_word})",
            # "the following day", "that year", "the next morning", "early the next year"
            "told_unit": rf"(?:(?P<mod>{mod})\s+)?(?P<det>{_ci(lex.told_offsets)})"
            rf"\s+(?:(?P<what>{words['named_units']}|(?i:day))|(?P<part>{part}))(?![\w-])",
            # "the year before", "the day after", closing a clause: from the date told last
            "told_after": rf"{the}\s+(?P<what>{words['named_units']}|(?i:day))\s+(?P<post>{_ci(lex.told_directions)})"
            r"(?=\s*(?:[.,;:!?)\"”]|$))",
            "relative": rf"(?:(?P<mod>{mod})\s+)?(?:{the}\s+)?(?P<rel>{rel})\s+(?P<what>{unit_one}|(?i:weekend)|{wd}|{mon}(?!\.?\s+\d))",
            "ago": rf"(?:(?P<approx>{approx})\s+)?(?P<n>{num}|{vague_n})[\s-]+(?P<unit>{unit})\s+"
            rf"(?:(?P<or_so>(?i:or\s+(?:so|two|three)))\s+)?(?P<dir>{direction})",
            "quarter": rf"(?:(?P<mod>{mod})\s+)?(?:(?P<det>{the}|{words['year_possessives']})\s+)?"
            rf"(?:(?P<y>{year})\s+)?(?P<pre>(?:{words['quarter_modifiers']}[\s-]+){{0,{MODIFIERS}}})"
            rf"(?:(?P<ord>{ordinal})|(?P<last>{words['last_words']})(?={last_of_a_year}))(?P<unit_sep>[\s-]+)(?P<unit>{_ci(lex.year_parts)})(?![\w-])"
            rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y2>{year})|{year_word}|(?P<ythe>{the}\s+year)(?![\w'’-])))?",
            # "the June quarter", "the December half-year": the part of the year that ends with
            # that month, as British and Australian reports name quarters and halves
            "month_quarter": rf"(?:(?P<det>{the})\s+)?(?P<mon>{mon})(?:\s+(?P<y>{year}))?[\s-]+"
            rf"(?P<unit>(?i:quarter|half(?:[\s-]year)?))(?![\w-])",
            "quarters": rf"(?:(?P<det>{the})\s+)?(?:(?P<y>{year})\s+)?(?P<ord>{ordinal})\s+(?i:and|or)\s+(?P<ord2>{ordinal})[\s-]+"
            rf"(?P<unit>{_ci(lex.year_part_plurals)})(?![\w-])(?:\s+of\s+(?:fiscal\s+)?(?P<y2>{year}))?",
            "the_quarter": rf"(?P<det>{the}|{words['period_determiners']})\s+(?:(?P<y>{year})\s+)?"
            rf"(?P<pre>(?:{words['period_modifiers']}[\s-]+){{0,{MODIFIERS}}})"
            rf"(?P<head>{words['period_heads']})(?![\w-])"
            rf"(?:\s+(?P<ago>{words['year_ago_phrases']})|{ended_on})?",
            # "fiscal 2013", "the fiscal year", and "this financial year" as British and Australian news write it
            # and "the 2008 fiscal year", the year before its words
            "fiscal": rf"(?:(?P<det>{the}|(?i:its))\s+)?(?:(?P<rel>{rel}|(?i:latest))\s+)?"
            rf"(?:(?P<year_before>{year})\s+(?=(?i:fiscal|financial)\s+(?i:year)))?"
            rf"(?:(?i:fiscal)|FY(?=\s?\d)|(?i:financial)(?=\s+(?i:year)))"
            rf"(?P<fy>\s+(?i:year))?(?:\s*(?P<y>{year}))?{ended}",
            "quarter_code": rf"(?P<unit>[QH])(?P<ord>[1-4])(?:\s+|/|-)(?P<y>{year})",  # "Q3 2013", "H1/2012"
            "decade": rf"(?:{the}\s+)?(?:(?P<mod>{mod})[\s-]+|{side})?(?:(?P<dec>1[5-9]\d0|20\d0)|'(?P<dec2>\d0))'?s(?!\w)",
            "spelled_decade": rf"{the}\s+(?:(?P<mod>{mod})[\s-]+)?(?P<decw>{_ci(lex.spelled_decades)})",
            "century": rf"(?:{the}\s+)?(?:(?P<mod>{mod})[\s-]+)?(?P<c>\d{{1,2}})(?:st|nd|rd|th)[\s-]+(?i:century)",
            # "the 2000-01 season", "fiscal 1998-99", "the 2021-2022 financial year": one span of years
            "year_range": rf"(?:(?i:fiscal|FY)\s*)?(?P<y>{year})\s?[-–/]\s?(?P<y2>\d\d(?:\d\d)?)(?![\d/–-])(?!\s*(?:%|percent))"
            rf"(?:\s+(?i:financial|fiscal)\s+(?i:year))?",
            # not a clock time on a zone's 24-hour clock ("at 2045 GMT", "(1836 UTC)")
            "year": rf"(?:(?P<mod>{mod})[\s-]+|{side})?(?:(?i:the\s+year)\s+)?(?P<y>{year}){not_a_house_number}"
            rf"(?!\s+{_alt(lex.zone_offsets)}(?![\w-]))",
            "season": rf"(?:(?P<mod>{mod})\s+)?(?:(?P<the>{the})\s+)?(?:(?P<rel>{rel})\s+)?(?P<s>{season})"
            rf"(?:\s+(?:of\s+)?(?:(?P<y>{year})|{year_in_words}))?",
            # "will one day": some day ahead, before "duration" so that it wins the tie
            "some_day": rf"{words['modal_verbs']}\s+(?P<span>(?i:one\s+day))",
            # a modifier or a bound, not both: "last" before a bound is the verb ("lasts about a week")
            "duration": rf"(?:(?P<the>{the})\s+)?(?:(?P<pre>{words['duration_modifiers']})\s+|(?P<approx>{approx})\s+)?"
            rf"(?P<n>{num}|{vague_n})"
            rf"(?P<half>\s+1/2|[\s-]+(?i:and[\s-]+a[\s-]+half))?(?:\s+{words['count_links']}\s+(?P<n2>{num}))?(?:\s+(?i:more))?"
            # a year before a qualifier is no count ("the 2008 fiscal year", "the 2009 school year")
            rf"(?P<sep>[\s-]+)(?:(?<!1[89]\d\d\s)(?<!20\d\d\s){words['unit_qualifiers']}\s+)?(?P<unit>{unit})"
            # "a year-long inquiry", "a two-week-old truce" (a singular unit: "years-old" is a stretch)
            rf"(?:-{words['duration_suffixes']}|(?<![sS])-(?i:old)(?=\s+{words['aged_things']}(?![\w-])))?"
            rf"(?![\w-])(?!\s+(?i:old)\b)(?P<half_after>\s+(?i:and\s+a\s+half))?"
            rf"(?P<span_noun>\s+{words['span_nouns']}(?![\w-]))?",
            "half": rf"(?:(?i:an?)\s+)?(?i:half)[\s-]+(?:(?i:an?)\s+)?(?P<unit>{unit_one})(?![\w-])",
            # "the entire year", "late in the year", "earlier in the month"
            "the_unit": rf"(?:(?P<mod>{mod})\s+(?:(?i:in)\s+)?)?{the}\s+(?:{words['whole_modifiers']}\s+)?"
            rf"(?P<what>{words['named_units']})(?![\w-]){ended}",
            # "in the new year", "late in the new year": the year a coming or a recent New Year's
            # Day begins (not "the New Year's Eve", a day)
            "new_year": rf"(?:(?P<mod>{mod})\s+(?:(?i:in)\s+)?)?{the}\s+(?i:new\s+year)(?![\w'’-])",
            "mid_unit": rf"(?P<mod>(?i:mid))-?(?P<what>{words['named_units']})(?![\w-])",  # "from mid-year", "midweek"
            "year_end": r"(?P<what>(?i:year))(?:[\s-]+|'s\s+)(?i:end)",
            "year_ago": rf"(?P<what>{words['named_units']})-{words['unit_ago_suffixes']}",
            # "the year two thousand", "the year two thousand and one", as transcripts write them
            "year_two_thousand": rf"(?i:the\s+year\s+two\s+thousand)(?:(?:\s+(?i:and))?\s+(?P<yy>{number_words}(?:-{number_words})?))?",
            "spelled_year": rf"(?P<c>{centuries})[\s-]+(?P<yy>{number_words}(?:-{number_words})?)",
            "holiday": rf"(?:(?P<rel>{rel})\s+)?(?P<holiday>{holidays})",
            "weekend": rf"{the}\s+(?i:weekend)",
            "week_of": rf"{the}\s+(?P<what>(?i:week(?:end)?))\s+of\s+(?P<mon>{mon})\s+(?P<d>{day})(?:,?\s+(?P<y>{year}))?",
            # "the first week of April", "the last weekend of June"
            "week_in_month": rf"{the}\s+(?:(?P<ord>{ordinal})|(?P<last>{words['last_words']}))\s+"
            rf"(?P<what>(?i:week(?:end)?))\s+of\s+(?P<mon>{mon})(?:,?\s+(?:of\s+)?(?P<y>{year}))?",
            # "the first Tuesday in November", "the last Friday of June 2030": that day of the month
            "weekday_in_month": rf"{the}\s+(?:(?P<ord>{ordinal})|(?P<last>{words['last_words']}))\s+"
            rf"(?P<wd>{wd})\s+(?:of|in)\s+(?P<mon>{mon})(?:,?\s+(?P<y>{year}))?",
            "plural": rf"{words['stretch_prepositions']}\s+"
            rf"(?P<span>(?:{the}\s+(?:{words['stretch_modifiers']}\s+)?(?!{words['day_part_stretches']}))?"
            rf"(?P<unit>{words['stretch_units']}))",
            "plural_adjective": rf"(?P<unit>{words['stretch_units']})-{words['stretch_adjectives']}",
            # "hours earlier", "weeks of talks" (not "days of the week")
            "plural_before": rf"(?P<unit>{words['stretch_units']})(?=\s+(?!(?i:of\s+the)\b){words['stretch_followers']}\b)",
            "set": rf"(?P<q>{quant})\s+(?:(?P<n>{num}|(?i:other))\s+)?(?:{words['unit_qualifiers']}\s+(?={unit}))?"
            rf"(?P<what>{unit}|{wd}|{mon}|{season}|{part})",
            # the lookahead skips, cheaply, the places no "times" or "twice" follows
            "repeated": rf"(?=[\w-]+\s+(?i:times)\b|{_ci(lex.repetitions)})"
            rf"(?:{_ci(lex.repetitions)}|{num}\s+(?i:times))\s+(?:{quant}|(?i:an?))\s+(?P<unit>{unit_one})",
            "weekdays": rf"(?P<wdp>{wd})s|(?i:weekends)",
            "frequency": rf"(?P<freq>{freq})",
            "vague": rf"(?P<phrase>{_ci(lex.vague)})",
        }
        self.game_word = re.compile(rf"\b{words['game_words']}\b")
        counts = _ci(word for word in lex.numbers if word not in ("a", "an"))
        # an amount ending right before a mention ("15", "$2 million", "20%"), not a year ("In 2019"),
        # perhaps with what it counts ("three meals", "12 hours", "50,000 CDs")
        self.amount_before = re.compile(
            rf"(?:(?<!\d{{3}})\d%?|\b(?:{words['amount_words']}|{counts}))(?:\s+(?!{words['not_counted']}\b)[a-zA-Z]+s)?\s+$"
        )
        # what may stand between a clock time and the day it is on: a time zone or another clock
        # in brackets, "local time", a comma, "on"
        # a distance ending right before a unit ("90 kilometres an hour"): a speed
        self.distance_before = re.compile(rf"\b{words['distance_units']}\s+$")
        self.idiom_count = re.compile(words["idiom_counts"])
        self.article_before = re.compile(r"(?<!\w)(?i:an?|the)\s+$")
        self.stretch_part_before = re.compile(rf"(?<![\w-]){words['stretch_part_words']}\s+$")
        self.thing_determiner_before = re.compile(rf"(?<!\w){words['thing_determiners']}\s+$")
        self.of_after = re.compile(r"\s+of\b")
        self.in_before = re.compile(r"(?<![\w-])(?i:in)\s+$")
        self.bare_prepositions = lex.grammar_words["bare_prepositions"]
        self.hyphened_no_time = re.compile(rf"{words['hyphened_no_times']}-[a-zA-Z]")
        self.part_of_pronoun = re.compile(rf"\s+of\s+{words['part_of_pronouns']}\b")
        self.day_shift = re.compile(r"(?<!\w)(?i:the\s+day\s+)(?P<shift>(?i:before|after))\s+$")
        # "or so", and "or two" after a singular unit ("a week or two"), not before what it counts
        self.or_so = re.compile(r"\s+(?i:or\s+(?:so\b|(?P<more>two|three)(?![\w-])(?![\s-]+(?:[a-zA-Z]+s|more)\b)))")
        self.bracket_open = re.compile(r"\s*\(\s*")  # "May 14 (7:15 p.m.)"
        self.bracket_link = re.compile(r"\s*(?:(?i:local\s+time)\s*)?\(\s*")  # "3 p.m. local time (7 a.m. AEDT)"
        self.clock_range = re.compile(r"\s*(?:-|–|(?i:to|until|till|and))\s*")  # "9 a.m. to 5 p.m."
        self.day_range = re.compile(r"\s*(?:-|–|(?i:to|through|thru|until|till))\s*")  # "Friday to Sunday"
        self.and_link = re.compile(r",?\s+(?i:and|or)\s+")  # "in May and June 1998", "in May or June 1998"
        self.words = Words(lex)
        self.clock_link = re.compile(r",?\s+(?:(?i:at|from|by|until|around)\s+)?")  # "Monday at 2 p.m."
        self.day_link = re.compile(
            rf"\s*(?:{words['clock_zones']}\s*)?(?:\([^()\n]{{0,24}}\)\s*)?(?:{words['clock_zones']}\s*)?,?\s*(?:(?i:on)\s+)?"
        )
        self.rules = [(kind, re.compile(f"{_BEFORE}{pattern}{_AFTER}")) for kind, pattern in rules.items()]
        # a clock time right after another and a dash ("3:20-6:40 p.m."), where no rule starts
        self.clock_after_dash = re.compile(rf"(?<=[-–]){rules['clock']}{_AFTER}")
        self.clock_rules = [i for i, (kind, _) in enumerate(self.rules) if kind in CLOCKS]
        self.clock_rule = next(i for i, (kind, _) in enumerate(self.rules) if kind == "clock")
        # Where a rule may match: one pass over the text finds the word starts whose first PREFIX
        # characters open some rule (all rules' openings as one tree of character classes turns
        # away in one step the three words in four that open none); only the rules whose own
        # openings fit its first RULE_PREFIX characters are tried there (`re` would otherwise step into every
        # rule's optional words at every word start).
        any_rule, *each_rule = _look_aheads(list(rules.values()))
        self.starts = re.compile(f"{_BEFORE}(?={any_rule})")
        self.openers = [re.compile(ahead) for ahead in each_rule]
        self._rules_opening: dict[str, list[int]] = {}  # by a start's first RULE_PREFIX characters

    def _each_quarter(self, match: re.Match, groups: Groups) -> list[Mention]:
        """ "The first and third quarters (of 2020)": a quarter for each ordinal, the first
        spanning its ordinal alone, as TimeBank marks them."""
        shared = {k: v for k, v in groups.items() if k in ("det", "y", "y2")}
        shared |= {"pre": "", "unit": self.lex.year_part_plurals[groups["unit"].lower()]}
        return [
            Mention(match.start("ord"), match.end("ord"), "quarter", shared | {"ord": groups["ord"]}),
            Mention(match.start("ord2"), match.end(), "quarter", shared | {"ord": groups["ord2"]}),
        ]

    def find(self, text: str) -> list[Mention]:
        """Non-overlapping mentions, the longest first where rules compete."""
        found: list[Mention] = []
        for (kind, regex), matches in zip(self.rules, self._matches(text)):
            for match in matches:
                start, end = match.span("span") if "span" in regex.groupindex else match.span()
                if kind in ADJECTIVAL and "-" in match.group("sep" if kind == "duration" else "unit_sep"):
                    start = min(match.start(name) for name in ADJECTIVAL[kind] if match.group(name))
                    if match.groupdict().get("span_noun"):  # "a three-year period": the whole phrase
                        article = self.article_before.search(text, max(0, start - 5), start)
                        start = article.start() if article else start
                elif match.groupdict().get("span_noun"):  # "three years period" is no phrase
                    end = match.start("span_noun")
                if "\n" in text[start:end]:  # a heading's last word is no modifier of the next line
                    start = text.rindex("\n", start, end) + 1
                groups = {k: v for k, v in match.groupdict().items() if v is not None}
                if "dw" in groups:  # a day in words: its number, as the digits give it
                    groups["d"] = str(self.lex.day_ordinals[groups.pop("dw").lower()])
                if kind == "duration" and "the" not in groups and groups.get("pre", "").lower() in self.bare_prepositions:
                    del groups["pre"]  # "following three days of rain": a preposition, not the count's modifier
                    start = max(start, match.start("n"))
                if kind in PER_UNIT and self._speed(text, groups, start):
                    continue
                if kind == "duration" and self.idiom_count.fullmatch(text, start, end):  # "in some quarters"
                    continue
                if kind == "relative" and self._final_part_of_something(text, groups, start, end):
                    continue
                if kind == "season" and self._season_of_a_thing(text, groups, start):
                    continue
                if kind == "plural_before" and self.stretch_part_before.search(text, max(0, start - 12), start):
                    continue
                if kind == "quarter" and self.part_of_pronoun.match(text, end):  # "the second quarter of this"
                    continue
                if kind == "vague" and self.hyphened_no_time.fullmatch(text, start, end + 2):  # "now-defunct"
                    continue
                if kind == "quarters":
                    found.extend(self._each_quarter(match, groups))
                    continue
                if kind == "duration" and self.in_before.search(text, max(0, start - 4), start):
                    groups["in"] = "in"  # "in five years": a point ahead under a future verb
                rate = kind == "duration" and self._rate(text, groups, start)
                found.append(Mention(start, end, "rate" if rate else kind, groups, self._ambiguous(text, kind, groups, start)))
        found.sort(key=lambda m: (m.start - m.end, m.start))
        covered = bytearray(len(text))
        taken: list[Mention] = []
        for mention in found:
            if covered.find(1, mention.start, mention.end) == -1:
                covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
                taken.append(mention)
        if any(map(_game_period_like, taken)) and self._game_report(text):
            taken = [mention for mention in taken if not _game_period_like(mention)]
        taken.sort(key=lambda m: m.start)
        shifted = [self._with_day_shift(text, self._with_or_so(text, m)) for m in taken]
        ranged = self._season_pairs(text, self._month_ranges(text, self._weekday_ranges(text, shifted)))
        return self._zone_conversions(text, self._days_of_clocks(text, ranged))

    def _weekday_ranges(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "From Friday to Sunday", "Monday-Wednesday": the range's end names its first day,
        which its groups keep, so that the end falls after it."""
        linked = list(mentions)
        for i, (first, last) in enumerate(zip(mentions, mentions[1:])):
            if first.kind == last.kind == "weekday" and self.day_range.fullmatch(text, first.end, last.start):
                linked[i + 1] = last._replace(groups={**last.groups, "range_from": first.groups["wd"]})
        return linked

    def _month_ranges(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "From July to November 1917", "between March 2 and May 9, 1999", "in May and June
        1998": a range's or a pair's first month takes the year its end gives, the year before
        where it comes later in the year ("from December to March 2002")."""
        linked = list(mentions)
        for i, (first, last) in enumerate(zip(mentions, mentions[1:])):
            if not (first.kind in MONTHS and last.kind in MONTHS and "y" in last.groups):
                continue
            if {"y", "yrel", "ytold", "yy", "mod", "side"} & first.groups.keys():
                continue
            if not (self.day_range.fullmatch(text, first.end, last.start) or self.and_link.fullmatch(text, first.end, last.start)):
                continue
            later = self.words.month(first.groups["mon"]) > self.words.month(last.groups["mon"])
            linked[i] = first._replace(groups={**first.groups, "y": str(int(last.groups["y"]) - later)})
        return linked

    def _season_pairs(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "The late summer or early fall of 2026", "the spring and summer of 1946": the first
        season takes the year the second gives."""
        linked = list(mentions)
        for i, (first, last) in enumerate(zip(mentions, mentions[1:])):
            if first.kind == last.kind == "season" and "y" in last.groups and not {"y", "rel"} & first.groups.keys():
                if self.and_link.fullmatch(text, first.end, last.start):
                    linked[i] = first._replace(groups={**first.groups, "y": last.groups["y"]})
        return linked

    def _with_day_shift(self, text: str, mention: Mention) -> Mention:
        """ "The day before last Tuesday", "the day after Christmas": one expression, a day
        from the day named."""
        if mention.kind not in SHIFTABLE_DAYS:
            return mention
        shift = self.day_shift.search(text, max(0, mention.start - 24), mention.start)
        if shift is None:
            return mention
        return mention._replace(start=shift.start(), groups={**mention.groups, "shift": shift.group("shift").lower()})

    def _with_or_so(self, text: str, mention: Mention) -> Mention:
        """ "Three decades or so", "a week or two": the hedge after an expression is part of it."""
        after = self.or_so.match(text, mention.end)
        if after is None or (after.group("more") and mention.groups.get("unit", "").lower() not in self.lex.singular_units):
            return mention
        return mention._replace(end=after.end(), groups={**mention.groups, "or_so": after.group().strip()})

    def _zone_conversions(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A clock time with a known zone in brackets right after another ("3 p.m. local time
        (7 a.m. AEDT)") is that moment on another zone's clock: its `converted` group holds the
        first one's zone ("" for none given)."""
        linked = list(mentions)
        for i, (local, other) in enumerate(zip(mentions, mentions[1:])):
            if (
                local.kind in CLOCKS and other.kind in CLOCKS and other.groups.get("tz") in self.lex.zone_offsets
                and self.bracket_link.fullmatch(text, local.end, other.start)
            ):
                linked[i + 1] = other._replace(groups={**other.groups, "converted": local.groups.get("tz", "")})
        return linked

    def _days_of_clocks(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A clock time with no day of its own takes the day that follows it ("at 9 p.m. local
        time on Saturday", "11:20 a.m. (1620 GMT) Sunday"): that day's words join its groups,
        its span stays as found (TimeML spans the two apart)."""
        linked = list(mentions)
        for i in reversed(range(len(mentions))):  # the later clock of a range first: it lends its day
            clock = mentions[i]
            if clock.kind not in CLOCKS or {"anchor", "mon"} & clock.groups.keys():
                continue
            after = linked[i + 1] if i + 1 < len(linked) else None
            if after is not None and after.kind in CLOCKS and self.clock_range.fullmatch(text, clock.end, after.start):
                # "from 9 a.m. to 5 p.m. Friday": both ends on the day the range names
                lent = {k: v for k, v in after.groups.items() if k in DAY_GROUPS}
                if "ap" in after.groups and "ap" not in clock.groups and 1 <= int(clock.groups.get("h", 0)) <= 12:
                    lent["ap"] = _half_of_range_start(int(clock.groups["h"]), after.groups["ap"], int(after.groups["h"]))
                linked[i] = clock._replace(groups={**clock.groups, **lent})
                continue
            before = mentions[i - 1] if i else None
            if before is not None and before.kind in DAYS and self.bracket_open.fullmatch(text, before.end, clock.start):
                # "set the hearing for May 14 (7:15 p.m.)": on that day, whatever the tense
                linked[i] = clock._replace(groups={**clock.groups, "bracketed": "("})
                continue
            day = self._day_of_clock(text, mentions, i)
            if day is not None and not {"mod", "rel"} & day.groups.keys():
                lent = day.groups if day.kind == "date" else {"anchor": self._day_named(day)}
                lent = {k: v for k, v in lent.items() if k in DAY_GROUPS}
                if day.kind == "part":  # "7:30 on Friday evening": the part says which half of the day
                    lent["part"] = day.groups["part"]
                linked[i] = clock._replace(groups={**clock.groups, **lent})
        return linked

    def _day_named(self, day: Mention) -> str:
        """The weekday or day word a mention of a day names ("last night": "yesterday")."""
        if day.kind == "part":
            return self.lex.part_of_day_anchors.get(day.groups["anchor"].lower(), day.groups["anchor"])
        return day.groups.get("wd") or day.groups["word"]

    def _day_of_clock(self, text: str, mentions: list[Mention], i: int) -> Mention | None:
        """The day a clock time is on: the day right after it, past the same moment on another
        zone's clock in brackets ("9 p.m. (1 a.m. GMT) on Monday"), else the one right before
        it ("on Monday at 2 p.m.")."""
        clock = mentions[i]
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if after is not None and after.kind in CLOCKS and self.bracket_link.fullmatch(text, clock.end, after.start):
            after = mentions[i + 2] if i + 2 < len(mentions) else None
        if after is not None and after.kind in DAYS and self.day_link.fullmatch(text, clock.end, after.start):
            return after
        before = mentions[i - 1] if i else None
        if before is not None and before.kind in DAYS and self.clock_link.fullmatch(text, before.end, clock.start):
            return before
        return None

    def _game_report(self, text: str) -> bool:
        """Two different words of play ("touchdown", "halftime") make the text a game report."""
        return len({" ".join(word.lower().split()) for word in self.game_word.findall(text)}) >= GAME_WORDS

    def _rate(self, text: str, groups: Groups, start: int) -> bool:
        """ "A year" after an amount ("$2 million a year", "15 a year"): a rate, so a set."""
        return groups["n"].lower() in ("a", "an") and self.amount_before.search(text, max(0, start - 40), start) is not None

    def _speed(self, text: str, groups: Groups, start: int) -> bool:
        """ "An hour" or "per hour" after a distance ("90 kilometres an hour"): a speed."""
        per = groups.get("n", groups.get("q", "")).lower()
        return per in ("a", "an", "per") and self.distance_before.search(text, max(0, start - 24), start) is not None

    def _season_of_a_thing(self, text: str, groups: Groups, start: int) -> bool:
        """A bare season after an article or a possessive: a noun's modifier ("his summer
        residence", "a winter storm"), no time."""
        bare = not {"the", "rel", "y", "mod"} & groups.keys()
        return bare and self.thing_determiner_before.search(text, max(0, start - 8), start) is not None

    def _final_part_of_something(self, text: str, groups: Groups, start: int, end: int) -> bool:
        """ "The last day of the hearings": the final part of what follows, not the day before
        the publication date ("the past week of fighting" is that week)."""
        if groups["rel"].lower() != "last" or text[start : start + 3].lower() != "the":
            return False
        return self.of_after.match(text, end) is not None

    def _matches(self, text: str) -> list[list[re.Match]]:
        """Each rule's matches in text order, as its `finditer` gives them (leftmost, none
        overlapping another of the same rule)."""
        matches: list[list[re.Match]] = [[] for _ in self.rules]
        resume = [0] * len(self.rules)  # where each rule's next match may start
        for start in self.starts.finditer(text):
            at = start.start()
            for index in self._rules_at(text[at : at + RULE_PREFIX]):
                regex = self.rules[index][1]
                if at >= resume[index] and (match := regex.match(text, at)) is not None:
                    matches[index].append(match)
                    resume[index] = match.end()
        firsts = [match for index in self.clock_rules for match in matches[index]]
        for first in firsts:  # "3:20-6:40 p.m.": the range's end
            if text.startswith(("-", "–"), first.end()) and (end := self.clock_after_dash.match(text, first.end() + 1)):
                matches[self.clock_rule].append(end)
        return matches

    def _rules_at(self, prefix: str) -> list[int]:
        """The rules whose openings fit a start's first RULE_PREFIX characters (the openings read no
        further), worked out once for each such prefix."""
        if (found := self._rules_opening.get(prefix)) is None:
            if len(self._rules_opening) >= PREFIXES_KEPT:  # a text in another script: each word a new prefix
                self._rules_opening.clear()
            found = self._rules_opening[prefix] = [i for i, opener in enumerate(self.openers) if opener.match(prefix)]
        return found

    def _ambiguous(self, text: str, kind: str, groups: Groups, start: int) -> bool:
        """A bare month word that is also an English word ("May", "Dec") with no temporal
        word before it."""
        if kind != "month_name" or {"y", "yy", "mod", "yrel", "ytold"} & groups.keys():
            return False
        if groups["mon"].rstrip(".") not in self.lex.ambiguous_months:
            return False
        before = text[max(0, start - 12) : start].split()
        return not before or before[-1].lower() not in self.lex.temporal_words


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    return Grammar(lexicon())
