"""TIMEX3 normalization: the value of a found mention by calendar arithmetic on the document
creation time. Pure functions, no spaCy."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from tidings.knowledge.timex import Lexicon, Tense, TimexType, lexicon
from tidings.knowledge.timex_find import Groups, Mention
from tidings.model import Precision


class Timex(NamedTuple):
    type: TimexType
    value: str
    precision: Precision
    begin: date | None = None
    end: date | None = None


TENSE_SLACK_DAYS = 60  # a past-tense date may lie this far after the publication date (reported plans)
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
UNSPECIFIED = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "Q": "XXXX-QX", "DE": "XXX", "CE": "XX"}
YEARS_BACK = frozenset({"ago", "year_ago"})  # rules whose "a year earlier" follows the reference
# "A year earlier" after a quarter is that quarter a year before (results compared period on period).
REFERENCE_GRAINS = frozenset({Precision.QUARTER})
YEAR_AGO_QUARTERS = -5  # the last reported quarter (one back) a year (four) before
HALF_UNITS = {"Y": "6M", "D": "T12H", "TH": "30M", "TM": "30S"}  # half a unit, in the next finer one
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


def _half_more(n: int, unit: str) -> str:
    """The period of n and a half units ("2 1/2 years": P2Y6M), the half in the next finer unit."""
    if unit in HALF_UNITS:
        whole = f"T{n}{unit[1]}" if unit.startswith("T") else f"{n}{unit}"
        return f"P{whole}{HALF_UNITS[unit]}"
    if unit in ("DE", "CE"):
        return f"P{n * (10 if unit == 'DE' else 100) + (5 if unit == 'DE' else 50)}Y"
    return f"P{n + 0.5}{unit}"


def _quarter_shift(g: Groups) -> int:
    """Quarters from the publication date to a reported period ("the year-ago quarter": -5)."""
    words = (g["pre"] + " " + g["det"]).lower()
    if "year-" in words or "ago" in g:
        return YEAR_AGO_QUARTERS
    if "next" in words or "coming" in words:
        return 1
    if "current" in words or "this" in words:
        return 0
    return -1  # "the quarter", "the latest quarter": the last one reported


def compares(mention: Mention) -> bool:
    """A year-ago comparison ("a year earlier", "the year-ago quarter"): it is told relative to
    the period the text speaks of and never becomes that period itself."""
    if mention.kind in YEARS_BACK:
        return True
    return mention.kind == "the_quarter" and _quarter_shift(mention.groups) == YEAR_AGO_QUARTERS


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

    def _the_quarter(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        """A reported period: "the quarter", "the year-ago period", "the 1988 quarter"; a bare
        "the period" is too vague to be one."""
        if g["head"].lower() == "period" and not (g["pre"] or {"y", "ago"} & g.keys()):
            return None
        if anchor is None:
            return _timex(f"{g.get('y', 'XXXX')}-QX")
        year, quarter = _shift_quarter(anchor.year, _quarter_of(anchor), _quarter_shift(g))
        return _timex(f"{g.get('y', year)}-Q{quarter}")

    def _fiscal(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        if "y" in g:
            return _timex(g["y"])
        if "fy" not in g:
            return None
        if "ended" in g:
            return _timex("P1Y", "DURATION")
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
        n = self._number(word)
        if {"half", "half_after"} & g.keys() and isinstance(n, int):
            return _timex(_half_more(n, unit), "DURATION")
        return _timex(self._period(n, unit), "DURATION")

    def _the_unit(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        unit = self.units[g["what"].lower()]
        if "ended" in g:
            return _timex(self._period(1, unit), "DURATION")
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
        type_, value, stretch = self.vague[" ".join(g["phrase"].lower().split())]
        timex = _timex(value, type_)
        if anchor is not None and stretch == "past":  # "in recent months": up to the anchor
            return timex._replace(end=anchor)
        if anchor is not None and stretch == "future":  # "in the coming weeks": from the anchor
            return timex._replace(begin=anchor)
        return timex


@lru_cache(maxsize=1)
def normalizer() -> Normalizer:
    return Normalizer(lexicon())
