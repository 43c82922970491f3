"""TIMEX3 from text: a regular grammar built once from the calendar data (recognition) and
calendar arithmetic on the document creation time (normalization). Pure functions, no spaCy."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from collections.abc import Callable
from functools import lru_cache
from typing import Literal, NamedTuple

from tidings.knowledge import data_path, read_tsv
from tidings.model import Precision

Tense = Literal["past", "present", "future"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Groups = dict[str, str]  # a rule's named groups that matched


class Mention(NamedTuple):
    """A matched time expression: its span, the grammar rule and the rule's named groups."""

    start: int
    end: int
    kind: str
    groups: Groups
    ambiguous: bool = False  # kept only when the parser agrees it is a date


class Holiday(NamedTuple):
    """A named day: a fixed month and day, or the nth ISO weekday of a month (-1: the last)."""

    month: int
    day: int | None
    weekday: int | None
    nth: int | None

    def on(self, year: int) -> date:
        if self.day is not None:
            return date(year, self.month, self.day)
        if self.nth < 0:
            last = date(year + self.month // 12, self.month % 12 + 1, 1) - timedelta(days=1)
            return last - timedelta(days=(last.isoweekday() - self.weekday) % 7)
        first = date(year, self.month, 1)
        return first + timedelta(days=(self.weekday - first.isoweekday()) % 7 + 7 * (self.nth - 1))


class Timex(NamedTuple):
    type: TimexType
    value: str
    precision: Precision
    begin: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    units: dict[str, str]
    singular_units: tuple[str, ...]
    numbers: dict[str, int]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    approximators: tuple[str, ...]
    date_modifiers: tuple[str, ...]
    relatives: dict[str, int]
    day_words: dict[str, int]
    directions: dict[str, int]
    frequencies: dict[str, str]
    set_quantifiers: tuple[str, ...]
    vague: dict[str, tuple[TimexType, str]]
    temporal_words: frozenset[str]
    holidays: dict[str, Holiday]
    future_auxiliaries: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    with data_path("timex_calendar.toml").open("rb") as handle:
        data = tomllib.load(handle)
    vague = {row["phrase"]: (row["type"], row["value"]) for row in read_tsv("timex_vague.tsv")}
    holidays = {
        row["name"]: Holiday(*(int(row[k]) if row[k] else None for k in ("month", "day", "weekday", "nth")))
        for row in read_tsv("timex_holidays.tsv")
    }
    return Lexicon(
        months=data["months"],
        ambiguous_months=frozenset(data["ambiguous_months"]["words"]),
        weekdays=data["weekdays"],
        seasons=data["seasons"],
        parts_of_day=data["parts_of_day"],
        units=data["units"],
        singular_units=tuple(data["singular_units"]["words"]),
        numbers=data["numbers"],
        vague_numbers=tuple(data["vague_numbers"]["words"]),
        ordinals=data["ordinals"],
        approximators=tuple(data["approximators"]["words"]),
        date_modifiers=tuple(data["date_modifiers"]["words"]),
        relatives=data["relatives"],
        day_words=data["day_words"],
        directions=data["directions"],
        frequencies=data["frequencies"],
        set_quantifiers=tuple(data["set_quantifiers"]["words"]),
        vague=vague,
        temporal_words=frozenset(data["temporal_words"]["words"]),
        holidays=holidays,
        future_auxiliaries=frozenset(data["future_auxiliaries"]["words"]),
    )


# ---------------------------------------------------------------- recognition


def _alt(words, dotted: frozenset[str] = frozenset()) -> str:
    """An alternation of words, longest first; spaces match any whitespace; the `dotted`
    words (abbreviations) may end in a period."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        part = r"\s+".join(re.escape(piece) for piece in word.split())
        parts.append(part + r"\.?" if word in dotted else part)
    return "(?:" + "|".join(parts) + ")"


def _ci(words) -> str:
    return "(?i:" + _alt(words) + ")"


# Rules whose expression can be a hyphenated modifier ("the two-year plan", "its third-quarter
# profit"): a determiner before them is not part of the expression; it starts at these groups.
ADJECTIVAL = {"duration": ("pre", "approx", "n"), "quarter": ("y", "pre", "ord")}


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
        year = r"(?:1[89]\d\d|20\d\d)(?![\d,.]?\d)(?!\s*(?:%|percent))"
        number_words = _ci(lex.numbers)
        num = rf"(?:\d+(?:\.\d+)?|{number_words}(?:-{number_words})?)"
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
        the = r"(?i:the)"
        rules = {
            "iso": r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)",
            "range": rf"(?P<mon>{mon})\s+(?P<d>{day})\s*[-–—]\s*(?P<d2>{day})(?:,?\s+(?P<y>{year}))?",
            "range_dm": rf"(?P<d>{day})\s*(?:-|–|—)\s*(?P<d2>{day})\s+(?P<mon>{mon})(?:,?\s+(?P<y>{year}))?",
            "date": rf"(?:(?P<wd>{wd}),?\s+)?(?:(?P<mod>{mod})[\s-]+)?(?P<mon>{mon})\s+(?P<d>{day})"
            rf"(?:,?\s+(?P<y>{year}))?",
            "date_dm": rf"(?:(?P<wd>{wd}),?\s+)?(?:{the}\s+)?(?P<d>{day})\s+(?:of\s+)?(?P<mon>{mon})"
            rf"(?:,?\s+(?P<y>{year}))?",
            "weekday": rf"(?P<wd>{wd})(?!s)",
            "month_name": rf"(?:(?P<mod>{mod})[\s-]+)?(?P<mon>{mon})(?:,?\s+(?:of\s+)?(?P<y>{year})|\s+(?P<rel>{rel})\s+(?i:year))?",
            "clock": rf"(?:(?P<approx>{approx})\s+)?(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*"
            rf"(?P<ap>(?i:[ap]\.m\.|[ap]\.m|[ap]m))(?:\s+(?P<tz>[A-Z]{{2,4}}T))?"
            rf"(?:,?\s+(?:(?P<anchor>{wd}|{day_word})|(?P<mon>{mon})\s+(?P<d>{day})))?",
            "clock24": rf"(?:(?P<approx>{approx})\s+)?(?P<h>[012]?\d):(?P<mi>[0-5]\d)(?![\d:])"
            rf"(?:\s+(?P<tz>[A-Z]{{2,4}}T))?",
            "noon": rf"(?P<noon>(?i:noon|midday|midnight))(?:\s+(?P<anchor>{wd}|{day_word}))?",
            "part": rf"(?:(?P<mod>{mod})[\s-]+)?(?P<anchor>{wd}|{day_word}|(?i:this|last))[\s-]+(?P<part>{part})",
            "part_after": rf"(?:(?P<mod>{mod})[\s-]+)?(?P<part>{part})\s+(?P<anchor>{wd}|{day_word})",
            "day_word": rf"(?:(?P<mod>{mod})\s+)?(?P<word>{day_word})",
            "relative": rf"(?:(?P<mod>{mod})\s+)?(?:{the}\s+)?(?P<rel>{rel})\s+(?P<what>{unit_one}|(?i:weekend)|{wd}|{mon})",
            "ago": rf"(?:(?P<approx>{approx})\s+)?(?P<n>{num}|{vague_n})[\s-]+(?P<unit>{unit})\s+"
            rf"(?:(?i:or\s+so)\s+)?(?P<dir>{direction})",
            "quarter": rf"(?:(?P<det>{the}|(?i:this\s+year's|last\s+year's|next\s+year's))\s+)?"
            rf"(?:(?P<y>{year})\s+)?(?P<pre>(?:(?i:year-ago|year-earlier|comparable|fiscal|latest)[\s-]+)*)"
            rf"(?P<ord>{ordinal})(?P<unit_sep>[\s-]+)(?P<unit>(?i:quarter|half))(?![\w-])(?:\s+of\s+(?:fiscal\s+)?(?P<y2>{year}))?",
            "the_quarter": rf"(?P<det>{the}|(?i:that|this|its))\s+(?P<pre>(?:(?i:latest|current|previous|past|last|next|"
            r"coming|same|year-ago|year-earlier|comparable|fiscal)[\s-]+)*)(?i:quarter)(?![\w-])",
            "fiscal": rf"(?:(?P<det>{the}|(?i:its))\s+)?(?:(?P<rel>{rel}|(?i:latest))\s+)?(?i:fiscal)"
            rf"(?P<fy>\s+(?i:year))?(?:\s+(?P<y>{year}))?",
            "decade": rf"(?:{the}\s+)?(?:(?P<mod>{mod})[\s-]+)?(?:(?P<dec>1[5-9]\d0|20\d0)|'(?P<dec2>\d0))'?s(?!\w)",
            "century": rf"(?:{the}\s+)?(?P<c>\d{{1,2}})(?:st|nd|rd|th)[\s-]+(?i:century)",
            "year": rf"(?:(?P<mod>{mod})[\s-]+)?(?:(?i:the\s+year)\s+)?(?P<y>{year})",
            "season": rf"(?:(?P<mod>{mod})\s+)?(?:(?P<the>{the})\s+)?(?:(?P<rel>{rel})\s+)?(?P<s>{season})"
            rf"(?:\s+(?:of\s+)?(?P<y>{year}))?",
            "duration": rf"(?:(?P<the>{the})\s+)?(?:(?P<pre>(?i:past|last|next|first|previous|coming|final|"
            rf"remaining|initial|following|latest|other))\s+)?(?:(?P<approx>{approx})\s+)?(?P<n>{num}|{vague_n})"
            rf"(?:\s+(?i:or|to)\s+(?P<n2>{num}))?(?:\s+(?i:more))?(?P<sep>[\s-]+)(?P<unit>{unit})(?![\w-])",
            "the_unit": rf"{the}\s+(?:(?i:full|entire|same)\s+)?(?P<what>(?i:year|month|week))(?![\w-])",
            "year_end": r"(?P<what>(?i:year))(?:[\s-]+|'s\s+)(?i:end)",
            "year_ago": r"(?P<what>(?i:year|month|week))-(?i:ago|earlier)",
            "spelled_year": rf"(?P<c>(?i:nineteen|twenty))[\s-]+(?P<yy>{number_words}(?:-{number_words})?)",
            "holiday": rf"(?:(?P<rel>{rel})\s+)?(?P<holiday>{_alt(lex.holidays)})",
            "weekend": rf"{the}\s+(?i:weekend)",
            "plural": r"(?i:for|over|within|in)\s+(?P<span>(?P<unit>(?i:years|decades|months|weeks|days|hours|centuries)))",
            "set": rf"(?P<q>{quant})\s+(?:(?P<n>{num}|(?i:other))\s+)?(?P<what>{unit}|{wd}|{mon}|{season})",
            "weekdays": rf"(?P<wdp>{wd})s",
            "frequency": rf"(?P<freq>{freq})",
            "vague": rf"(?P<phrase>{_ci(lex.vague)})",
        }
        self.rules = [
            (kind, re.compile(rf"(?<![\w$£€.-]){pattern}(?![\w])")) for kind, pattern in rules.items()
        ]

    def find(self, text: str) -> list[Mention]:
        """Non-overlapping mentions, the longest first where rules compete."""
        found: list[Mention] = []
        for kind, regex in self.rules:
            for match in regex.finditer(text):
                start, end = match.span("span") if "span" in regex.groupindex else match.span()
                if kind in ADJECTIVAL and "-" in match.group("sep" if kind == "duration" else "unit_sep"):
                    start = min(match.start(name) for name in ADJECTIVAL[kind] if match.group(name))
                if "\n" in text[start:end]:  # a heading's last word is no modifier of the next line
                    start = text.rindex("\n", start, end) + 1
                groups = {k: v for k, v in match.groupdict().items() if v is not None}
                found.append(Mention(start, end, kind, groups, self._ambiguous(text, kind, groups, start)))
        found.sort(key=lambda m: (m.start - m.end, m.start))
        covered = bytearray(len(text))
        taken: list[Mention] = []
        for mention in found:
            if covered.find(1, mention.start, mention.end) == -1:
                covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
                taken.append(mention)
        return sorted(taken, key=lambda m: m.start)

    def _ambiguous(self, text: str, kind: str, groups: Groups, start: int) -> bool:
        """A bare month word that is also an English word ("May", "Dec") with no temporal
        word before it."""
        if kind != "month_name" or "y" in groups or "mod" in groups:
            return False
        if groups["mon"].rstrip(".") not in self.lex.ambiguous_months:
            return False
        before = text[max(0, start - 12) : start].split()
        return not before or before[-1].lower() not in self.lex.temporal_words


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    return Grammar(lexicon())


# ---------------------------------------------------------------- normalization

TENSE_SLACK_DAYS = 60  # a past-tense date may lie this far after the publication date (reported plans)
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
UNSPECIFIED = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "Q": "XXXX-QX", "DE": "XXX", "CE": "XX"}
YEARS_BACK = frozenset({"ago", "year_ago"})  # rules whose "a year earlier" follows the reference
# "A year earlier" after a quarter is that quarter a year before (results compared period on period).
REFERENCE_GRAINS = frozenset({Precision.QUARTER})
BARE_SEASONS = frozenset({"SU", "WI"})  # "summer", "winter" need no determiner; "fall", "spring" do
_PRECISIONS = [
    (re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}$|^[\dX]{4}-W[\dX]{2}-\d$"), Precision.DAY),
    (re.compile(r"^[\dX]{4}-W[\dX]{2}(-WE)?$"), Precision.WEEK),
    (re.compile(r"^[\dX]{4}-[QH][\dX]$"), Precision.QUARTER),
    (re.compile(r"^[\dX]{4}-(SP|SU|FA|WI)$"), Precision.SEASON),
    (re.compile(r"^[\dX]{4}-[\dX]{2}$"), Precision.MONTH),
    (re.compile(r"^[\dX]{4}$"), Precision.YEAR),
    (re.compile(r"^[\dX]{3}$"), Precision.DECADE),
    (re.compile(r"^[\dX]{2}$"), Precision.CENTURY),
]


def precision_of(type_: TimexType, value: str) -> Precision:
    """The precision a TIMEX3 value carries."""
    if type_ in ("DURATION", "SET"):
        return Precision.DURATION if type_ == "DURATION" else Precision.SET
    if "T" in value[4:]:
        return Precision.TIME
    for pattern, precision in _PRECISIONS:
        if pattern.match(value):
            return precision
    return Precision.VAGUE


def _timex(value: str, type_: TimexType = "DATE") -> Timex:
    return Timex(type_, value, precision_of(type_, value))


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + k
    return index // 12, index % 12 + 1


def _shift_quarter(year: int, quarter: int, k: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + k
    return index // 4, index % 4 + 1


def _quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def weekday_near(anchor: date, weekday: int, tense: Tense) -> date:
    """The day of that ISO weekday the tense points to: after the anchor when future, on or
    before it when past, the nearest one when the tense does not say."""
    if tense == "future":
        return anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7 or 7)
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if tense == "present" and ahead and ahead < back:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def _nearest(on: Callable[[int], date], anchor: date, tense: Tense, slack_days: int = TENSE_SLACK_DAYS) -> date:
    """Of a yearly day's occurrences, the one nearest the anchor that the tense allows (not
    more than `slack_days` after it when past, nor before it when future)."""
    slack = timedelta(days=slack_days)
    candidates = [on(year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if tense == "past":
        candidates = [day for day in candidates if day <= anchor + slack]
    elif tense == "future":
        candidates = [day for day in candidates if day >= anchor - slack]
    return min(candidates, key=lambda day: abs(day - anchor))


def _year_for(month: int, day: int, anchor: date, tense: Tense) -> int:
    """The year of a month and day given without one (see `_nearest`)."""
    return _nearest(lambda year: date(year, month, min(day, 28)), anchor, tense).year


class Normalizer:
    """TIMEX3 values for mentions, anchored on the document creation time (None: unknown)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.months = {k.lower(): v for k, v in lex.months.items()}
        self.units = {k.lower(): v for k, v in lex.units.items()}
        self.numbers = {" ".join(k.split()): v for k, v in lex.numbers.items()}
        self.vague_numbers = frozenset(lex.vague_numbers)
        self.vague = {k.lower(): v for k, v in lex.vague.items()}

    def __call__(
        self, mention: Mention, anchor: date | None, tense: Tense, reference: Timex | None = None
    ) -> Timex | None:
        """The mention's TIMEX3; `reference` is the date the text spoke of last, which sets the
        granularity of "a year earlier" (the quarter a year before a quarter)."""
        handler = getattr(self, "_" + mention.kind)
        try:
            timex = handler(mention.groups, anchor, tense)
        except ValueError:  # an impossible calendar date such as "February 30"
            return None
        if mention.kind in YEARS_BACK and timex and anchor and reference:
            return self._like_reference(timex, anchor, reference)
        return timex

    @staticmethod
    def _like_reference(timex: Timex, anchor: date, reference: Timex) -> Timex:
        """A whole number of years from the anchor, told at the reference's granularity."""
        if timex.precision != Precision.YEAR or reference.precision not in REFERENCE_GRAINS:
            return timex
        if not reference.value[:4].isdigit() or "X" in reference.value:
            return timex
        year = int(reference.value[:4]) + int(timex.value) - anchor.year
        return _timex(f"{year}{reference.value[4:]}")

    # -- words

    def _month(self, word: str) -> int:
        return self.months[word.rstrip(".").lower()]

    def _number(self, word: str) -> int | float | None:
        word = " ".join(word.lower().split())
        if word[0].isdigit():
            number = float(word)
            return int(number) if number.is_integer() else number
        if word in self.vague_numbers:
            return None
        return sum(self.numbers[part] for part in word.split("-"))

    def _day_of(self, word: str, anchor: date | None, tense: Tense) -> date | None:
        """The date a weekday name or a day word ("yesterday") stands for."""
        if anchor is None:
            return None
        if word in self.lex.weekdays:
            return weekday_near(anchor, self.lex.weekdays[word], tense)
        return anchor + timedelta(days=self.lex.day_words[word.lower()])

    def _day_value(self, word: str | None, anchor: date | None, tense: Tense) -> str:
        if word is None:
            return anchor.isoformat() if anchor else "XXXX-XX-XX"
        day = self._day_of(word, anchor, tense)
        if day is not None:
            return day.isoformat()
        return f"XXXX-WXX-{self.lex.weekdays[word]}" if word in self.lex.weekdays else "XXXX-XX-XX"

    # -- calendar dates

    def _iso(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        return _timex(date(int(g["y"]), int(g["m"]), int(g["d"])).isoformat())

    def _month_day(self, g, anchor: date | None, tense: Tense) -> str:
        month, day = self._month(g["mon"]), int(re.match(r"\d+", g["d"]).group())
        if "y" in g:
            return date(int(g["y"]), month, day).isoformat()
        if anchor is None:
            date(2000, month, day)  # validates the day
            return f"XXXX-{month:02d}-{day:02d}"
        return date(_year_for(month, day, anchor, tense), month, day).isoformat()

    def _date(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        return _timex(self._month_day(g, anchor, tense))

    _date_dm = _date

    def _range(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        first = self._month_day(g, anchor, tense)
        last = self._month_day({**g, "d": g["d2"]}, anchor, tense)
        if first.startswith("X"):
            return Timex("DATE", f"{first}/{last}", Precision.DAY)
        begin, end = date.fromisoformat(first), date.fromisoformat(last)
        if end < begin:
            return None
        return Timex("DATE", f"{first}/{last}", Precision.DAY, begin, end)

    _range_dm = _range

    def _weekday(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        return _timex(self._day_value(g["wd"], anchor, tense))

    def _month_name(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        month = self._month(g["mon"])
        if "y" in g:
            return _timex(f"{g['y']}-{month:02d}")
        if anchor is None:
            return _timex(f"XXXX-{month:02d}" if "rel" not in g else "XXXX")
        if "rel" in g:
            return _timex(f"{anchor.year + self.lex.relatives[g['rel'].lower()]}-{month:02d}")
        return _timex(f"{_year_for(month, 15, anchor, tense)}-{month:02d}")

    def _year(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        return _timex(g["y"])

    def _decade(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        return _timex(g["dec"][:3] if "dec" in g else "19" + g["dec2"][0])

    def _century(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        century = int(g["c"])
        return _timex(f"{century - 1:02d}") if 0 < century <= 21 else None

    def _season(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        code = self.lex.seasons[g["s"].lower()]
        if "y" in g:
            return _timex(f"{g['y']}-{code}")
        if not ({"rel", "the", "mod"} & g.keys()) and code not in BARE_SEASONS:
            return None
        if anchor is None:
            return _timex(f"XXXX-{code}")
        start, year = SEASON_START[code], anchor.year
        k = self.lex.relatives.get(g.get("rel", "").lower(), 0)
        if k < 0 or (k == 0 and tense == "past"):
            year -= start >= anchor.month
        elif k > 0 or tense == "future":
            year += start <= anchor.month
        return _timex(f"{year}-{code}")

    # -- quarters and fiscal years

    def _quarter(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        letter = "Q" if g["unit"].lower() == "quarter" else "H"
        number = self.lex.ordinals[g["ord"].lower()]
        if letter == "H" and number > 2:
            return None
        year = g.get("y") or g.get("y2")
        if year is None:
            if anchor is None:
                return _timex(f"XXXX-{letter}{number}")
            det = " ".join(g.get("det", "").lower().split())
            shift = -1 if det.startswith("last") or "year-" in g["pre"].lower() else int(det.startswith("next"))
            current = _quarter_of(anchor) if letter == "Q" else (anchor.month - 1) // 6 + 1
            if not det.endswith("'s") and number > current and tense != "future":
                shift -= 1  # a quarter not yet begun, spoken of as done: last year's
            year = anchor.year + shift
        return _timex(f"{year}-{letter}{number}")

    def _the_quarter(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        if anchor is None:
            return _timex("XXXX-QX")
        words = (g["pre"] + " " + g["det"]).lower()
        if "year-" in words:
            shift = -5
        elif "next" in words or "coming" in words:
            shift = 1
        elif "current" in words or "this" in words:
            shift = 0
        else:
            shift = -1  # "the quarter", "the latest quarter": the last one reported
        year, quarter = _shift_quarter(anchor.year, _quarter_of(anchor), shift)
        return _timex(f"{year}-Q{quarter}")

    def _fiscal(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        if "y" in g:
            return _timex(g["y"])
        if "fy" not in g:
            return None
        if anchor is None:
            return _timex("XXXX")
        rel = g.get("rel", "this").lower()
        return _timex(str(anchor.year + self.lex.relatives.get(rel, -1)))

    # -- deictic expressions

    def _day_word(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        word = g["word"].lower()
        value = self._day_value(word, anchor, tense)
        return _timex(value + "TNI", "TIME") if word == "tonight" else _timex(value)

    def _relative(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        k = self.lex.relatives[g["rel"].lower()]
        what = g["what"]
        if what in self.lex.weekdays:
            weekday = self.lex.weekdays[what]
            if anchor is None:
                return _timex(f"XXXX-WXX-{weekday}")
            if k < 0:
                return _timex(weekday_near(anchor - timedelta(days=1), weekday, "past").isoformat())
            if k > 0:
                return _timex(weekday_near(anchor, weekday, "future").isoformat())
            return _timex(weekday_near(anchor, weekday, tense).isoformat())
        if what.rstrip(".").lower() in self.months:
            month = self._month(what)
            if anchor is None:
                return _timex(f"XXXX-{month:02d}")
            year = anchor.year
            if k < 0:
                year -= month >= anchor.month
            elif k > 0:
                year += month <= anchor.month
            return _timex(f"{year}-{month:02d}")
        unit = "WE" if what.lower() == "weekend" else self.units[what.lower()]
        if anchor is None:
            return _timex(UNSPECIFIED.get(unit, "XXXX-WXX-WE")) if not unit.startswith("T") else None
        return self._shifted(anchor, unit, k)

    def _shifted(self, anchor: date, unit: str, k: int) -> Timex | None:
        """The calendar unit containing the anchor, moved k units."""
        if unit == "Y":
            return _timex(str(anchor.year + k))
        if unit == "M":
            year, month = _shift_month(anchor.year, anchor.month, k)
            return _timex(f"{year}-{month:02d}")
        if unit in ("W", "WE"):
            week = week_of(anchor + timedelta(weeks=k))
            return _timex(week + "-WE" if unit == "WE" else week)
        if unit == "D":
            return _timex((anchor + timedelta(days=k)).isoformat())
        if unit == "Q":
            year, quarter = _shift_quarter(anchor.year, _quarter_of(anchor), k)
            return _timex(f"{year}-Q{quarter}")
        if unit == "DE":
            return _timex(str(anchor.year // 10 + k))
        if unit == "CE":
            return _timex(str(anchor.year // 100 + k))
        return None

    def _ago(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        direction = self.lex.directions[" ".join(g["dir"].lower().split())]
        n = self._number(g["n"])
        unit = self.units[g["unit"].lower()]
        if n is None or anchor is None or not isinstance(n, int):
            return _timex("PAST_REF" if direction < 0 else "FUTURE_REF")
        k = n * direction
        if unit in ("DE", "CE"):
            return _timex(str(anchor.year + k * (10 if unit == "DE" else 100)))
        if unit.startswith("T"):
            return _timex(anchor.isoformat())
        return self._shifted(anchor, unit, k)

    # -- times of day

    def _clock(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        hour, minute = int(g["h"]), int(g.get("mi", 0))
        if "ap" in g:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if g["ap"].lower().startswith("p") else 0)
        elif hour > 24:
            return None
        day = self._month_day(g, anchor, tense) if "mon" in g else self._day_value(g.get("anchor"), anchor, tense)
        return _timex(f"{day}T{hour:02d}:{minute:02d}", "TIME")

    _clock24 = _clock

    def _noon(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        day = self._day_value(g.get("anchor"), anchor, tense)
        clock = "24:00" if g["noon"].lower() == "midnight" else "12:00"
        return _timex(f"{day}T{clock}", "TIME")

    def _part(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        word = g["anchor"]
        if word.lower() == "this":
            word = None
        elif word.lower() == "last":
            word = "yesterday"
        code = self.lex.parts_of_day[g["part"].lower()]
        return _timex(f"{self._day_value(word, anchor, tense)}T{code}", "TIME")

    _part_after = _part

    # -- durations and sets

    def _period(self, n: int | float | None, unit: str) -> str:
        count = "X" if n is None else str(n)
        if unit in ("DE", "CE"):
            count = "X" if n is None else str(n * (10 if unit == "DE" else 100))
            unit = "Y"
        return f"PT{count}{unit[1]}" if unit.startswith("T") else f"P{count}{unit}"

    def _duration(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        unit = self.units[g["unit"].lower()]
        word = g["n"].lower()
        if word in ("a", "an") and unit in ("TS", "Q"):  # "a second time", "a quarter of"
            return None
        if unit == "Q" and "-" in g["sep"]:  # "three-quarters": a fraction
            return None
        if len(word) == 4 and word.isdigit():  # "the 1988 quarter": a year, not a count
            return None
        return _timex(self._period(self._number(word), unit), "DURATION")

    def _the_unit(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        unit = self.units[g["what"].lower()]
        return self._shifted(anchor, unit, 0) if anchor else _timex(UNSPECIFIED[unit])

    _year_end = _the_unit

    def _year_ago(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        unit = self.units[g["what"].lower()]
        return self._shifted(anchor, unit, -1) if anchor else _timex(UNSPECIFIED[unit])

    def _spelled_year(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        years = self._number(g["yy"])
        if not isinstance(years, int) or not 10 <= years <= 99:
            return None
        return _timex(f"{19 if g['c'].lower() == 'nineteen' else 20}{years}")

    def _holiday(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        holiday = self.lex.holidays[" ".join(g["holiday"].split())]
        if anchor is None:
            return _timex(f"XXXX-{holiday.month:02d}-{holiday.day:02d}" if holiday.day else "XXXX-XX-XX")
        k = self.lex.relatives.get(g.get("rel", "").lower(), 0)
        if k:
            day = _nearest(holiday.on, anchor + timedelta(days=k), "past" if k < 0 else "future", 0)
        else:
            day = _nearest(holiday.on, anchor, tense)
        return _timex(day.isoformat())

    def _weekend(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        if anchor is None:
            return _timex("XXXX-WXX-WE")
        saturday = weekday_near(anchor, 6, "future" if tense == "future" else "past")
        return _timex(week_of(saturday) + "-WE")

    def _plural(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        return _timex(self._period(None, self.units[g["unit"].lower()]), "DURATION")

    def _set(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        what = g["what"]
        if what in self.lex.weekdays:
            return _timex(f"XXXX-WXX-{self.lex.weekdays[what]}", "SET")
        if what.rstrip(".").lower() in self.months and what[0].isupper():
            return _timex(f"XXXX-{self._month(what):02d}", "SET")
        if what.lower() in self.lex.seasons:
            return _timex(f"XXXX-{self.lex.seasons[what.lower()]}", "SET")
        n = g.get("n", "1").lower()
        count = 2 if n == "other" else self._number(n)
        return _timex(self._period(count, self.units[what.lower()]), "SET")

    def _weekdays(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        return _timex(f"XXXX-WXX-{self.lex.weekdays[g['wdp']]}", "SET")

    def _frequency(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        return _timex(self.lex.frequencies[g["freq"].lower()], "SET")

    def _vague(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        type_, value = self.vague[" ".join(g["phrase"].lower().split())]
        return _timex(value, type_)


@lru_cache(maxsize=1)
def normalizer() -> Normalizer:
    return Normalizer(lexicon())
