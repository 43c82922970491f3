"""TIMEX3 normalization: the value of a found mention by calendar arithmetic on the document
creation time (the publication date, the anchor)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from tidings.model import Precision
from tidings.timex.calendar import (
    LAST_YEAR, OffCalendar, Tense, checked, holiday_on, nearest, quarter_of, shift_days, shift_month, shift_quarter,
    week_of, weekday_near, zone_day_shift,
)
from tidings.timex.grammar import CLOCKS, DAY_GROUPS, Groups, Mention
from tidings.timex.lexicon import Holiday, Lexicon, Words
from tidings.timex.periods import Periods
from tidings.timex.values import POINT_MODS, UNSPECIFIED, Timex, period, timex


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_IN_A_YEAR = {"Q": 4, "H": 2}  # the number of a year's last quarter, last half
MONTH_DAYS = frozenset({"date", "date_dm"})  # rules of a month and day, perhaps with a year
MONTH_AFTER_MIDDLE = 16  # the days a month runs after its 15th, at most: a month still under way
NARRATIVE_DAYS = 31  # how near a day told in another year a month and day lies to be in that year
TOLD = frozenset({"told_unit", "told_after"})  # rules counted from the date the text told last
YEARS_BACK = frozenset({"ago", "year_ago"})  # rules whose "a year earlier" follows the reference
# "A year earlier" after a quarter is that quarter a year before (results compared period on period).
REFERENCE_GRAINS = frozenset({Precision.QUARTER})
YEAR_AGO_QUARTERS = -5  # the last reported quarter (one back) a year (four) before
DAYLESS_CLOCKS = CLOCKS | {"hour_of_part", "the_part"}  # times of day that may be told without their day
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # a value that begins with a calendar day
TOLD_DAY_SENTENCES = 2  # how many sentences on a day told holds for such a clock time
SEASON_MONTHS = 3  # the calendar months a season spans, from the month it starts in
BARE_SEASONS = frozenset({"SU", "WI"})  # "summer", "winter" need no determiner; "fall", "spring" do
# what makes a count after "in" a stretch, not a point ahead ("in the coming eight months", "in seven to nine months")
STRETCH_GROUPS = frozenset({"the", "pre", "n2", "half", "half_after", "span_noun"})


def _quarter_shift(g: Groups) -> int:
    """Quarters from the publication date to a reported period ("the year-ago quarter": -5)."""
    words = (g["pre"] + " " + g["det"]).lower()
    if "year-" in words or "ago" in g or "last year's" in words:
        return YEAR_AGO_QUARTERS
    if "next" in words or "coming" in words:
        return 1
    if "current" in words or "this" in words:
        return 0
    return -1  # "the quarter", "the latest quarter": the last one reported


def _point_ahead(mention: Mention, tense: Tense) -> bool:
    """A bare count after "in" under a future verb: the point that far ahead ("will mature in five
    years"), not a stretch ("rose 5% in two weeks")."""
    return mention.kind == "duration" and tense == "future" and "in" in mention.groups and not STRETCH_GROUPS & mention.groups.keys()


# the groups of a month, a season, a quarter or a weekday named with no year and no "last" or
# "this": under an adverb of habit it recurs ("usually peaks in December")
RECURRING_GROUPS = {
    "month_name": frozenset({"mon", "mod"}),
    "season": frozenset({"s", "the", "mod"}),
    "quarter": frozenset({"det", "pre", "ord", "unit_sep", "unit"}),
    "weekday": frozenset({"wd"}),
}


def may_recur(mention: Mention) -> bool:
    """A calendar name that, said of a habit, is every one of its kind ("is usually held in the
    second quarter"): one with no year nor any word fixing which ("last", "next year's")."""
    groups = mention.groups
    allowed = RECURRING_GROUPS.get(mention.kind)
    if allowed is None or not groups.keys() <= allowed:
        return False
    return mention.kind != "quarter" or (groups.get("det", "").lower() == "the" and not groups.get("pre"))


def retells(mention: Mention) -> bool:
    """A clock time giving the one before it on another zone's clock ("(7 a.m. AEDT)"): the
    text's later clock times go on from the local day, not from this one."""
    return "converted" in mention.groups


def compares(mention: Mention, anchor: date | None) -> bool:
    """A year-ago comparison ("a year earlier", "the year-ago quarter", "the 1988 period" in a
    report of 1989): it is told relative to the period the text speaks of and never becomes
    that period itself."""
    if mention.kind in YEARS_BACK:
        return True
    if mention.kind != "the_quarter":
        return False
    g = mention.groups
    if "y" in g:
        return anchor is not None and int(g["y"]) < anchor.year
    return _quarter_shift(g) == YEAR_AGO_QUARTERS


# The precisions of a told date fine enough to count a unit from (a week needs a week or a day).
TOLD_GRAINS = {
    "D": {Precision.DAY, Precision.TIME},
    "W": {Precision.DAY, Precision.TIME, Precision.WEEK},
    "M": {Precision.DAY, Precision.TIME, Precision.WEEK, Precision.MONTH},
}


class Told:
    """The calendar dates a text gave, the last one at each grain: "that year" counts from the
    last date with a year, "the following day" from the last with a day. `sentence` is the
    sentence the reading has come to (the caller moves it on)."""

    def __init__(self) -> None:
        self.last: dict[str, Timex] = {}
        self.sentence = 0
        self._day_sentence: int | None = None  # the sentence of the last day told

    def add(self, timex: Timex) -> None:
        if timex.type not in ("DATE", "TIME") or not timex.value[:4].isdigit() or "X" in timex.value:
            return  # a day unknown within its month ("1998-10-XX") is no date to count from
        self.last["Y"] = timex
        for unit, grains in TOLD_GRAINS.items():
            if timex.precision in grains:
                self.last[unit] = timex
        if timex.precision in TOLD_GRAINS["D"] and ISO_DAY.match(timex.value):
            self._day_sentence = self.sentence

    def recent_day(self) -> str | None:
        """The day told in this sentence or the last few ("fought on Thursday ... shots at
        3 p.m."), which a clock time with no day of its own is on."""
        if self._day_sentence is None or self.sentence - self._day_sentence > TOLD_DAY_SENTENCES:
            return None
        return self.last["D"].value[:10]


def _hours(clock: str) -> float:
    """ "15:30" as 15.5 hours."""
    return int(clock[:2]) + int(clock[3:5]) / 60


def _shifted_day(found: Timex, shift: str) -> Timex | None:
    """ "The day before" or "the day after" a day; none where the day named is no calendar day
    ("the day after next week")."""
    if found.type != "DATE" or found.precision != Precision.DAY or found.value.startswith("X"):
        return None
    return timex(shift_days(date.fromisoformat(found.value), -1 if shift == "before" else 1).isoformat())


def _on_told_day(found: Timex, told: Told, anchor: date | None, tense: Tense) -> Timex:
    """A clock time with no day of its own, on the day the text told last if it told one just
    now and the tense allows it (no day gone by for "will meet at 3 p.m.", nor one ahead for
    "met at 3 p.m.")."""
    day = told.recent_day()
    if day is None:
        return found
    if anchor is not None:
        told_day = date.fromisoformat(day)
        if (tense == "future" and told_day < anchor) or (tense == "past" and told_day > anchor):
            return found
    return found._replace(value=day + found.value[found.value.index("T") :])


def _in_told_year(found: Timex, told: Told, weekday: int | None) -> Timex:
    """ "On Dec. 6, 1975 ... on Dec. 7": a month and day with no year, within a month of the day
    the text told last in another year, is in that year, the narrative's, not the anchor's; not
    where the weekday it is told with falls on another day that year ("born March 17, 1884 ...
    open Tuesday, March 17")."""
    last = told.last.get("D")
    if last is None or found.value.startswith("X"):
        return found
    day, told_day = date.fromisoformat(found.value), date.fromisoformat(last.value[:10])
    if day.year == told_day.year or (day.month, day.day) == (2, 29):
        return found
    moved = day.replace(year=told_day.year)
    if weekday is not None and moved.isoweekday() != weekday:
        return found
    return timex(moved.isoformat()) if abs((moved - told_day).days) <= NARRATIVE_DAYS else found


def _same_day(day: date, year: int) -> date | None:
    """The day's month and day in another year, if it has them (no February 29)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def _counted_from(told: Timex) -> date:
    """The day a unit is counted from in a told date finer than a year: its first day, or a
    week's Thursday, which ISO 8601 puts the week in the month and year of ("that week ... the
    following month" is the month after the one that holds most of the week)."""
    if told.precision == Precision.WEEK:
        return date.fromisocalendar(int(told.value[:4]), int(told.value[6:8]), 4)
    if told.precision == Precision.MONTH:
        return date(int(told.value[:4]), int(told.value[5:7]), 1)
    return date.fromisoformat(told.value[:10])


def _part_ending(year: int, month: int, back: int, letter: str) -> str:
    """The calendar quarter ("Q") or half ("H") of the middle month, `back` months before the
    month that ends a reported period."""
    year, middle = shift_month(year, month, back)
    size = 3 if letter == "Q" else 6
    return f"{year:04d}-{letter}{(middle - 1) // size + 1}"


class Normalizer:
    """TIMEX3 values for mentions, anchored on the document creation time (None: unknown).
    `tense_slack_days`: how far after the anchor a date told in the past tense may lie (reported
    plans: "the vote was set for March 20")."""

    def __init__(self, lex: Lexicon, tense_slack_days: int) -> None:
        self.lex = lex
        self.slack_days = tense_slack_days
        self.words = Words(lex)
        self.periods = Periods(self.words)

    def __call__(
        self, mention: Mention, anchor: date | None, tense: Tense, reference: Timex | None = None,
        told: Told | None = None,
    ) -> Timex | None:
        """The mention's TIMEX3; `reference` is the period the text spoke of last, which sets the
        granularity of "a year earlier" (the quarter a year before a quarter); `told` the last
        calendar date it gave, from which "the following day" counts."""
        if _point_ahead(mention, tense):  # "will be repaid in five years": five years from now (TimeML)
            mention = mention._replace(kind="ago", groups={**mention.groups, "dir": "from now"})
        dated = getattr(self, "_" + mention.kind, None)
        try:
            groups = self._with_named_year(mention.groups, anchor, told, tense)
            if mention.kind in TOLD:
                found = self._told_unit(groups, anchor, told, tense)
            elif dated is None:
                found = getattr(self.periods, mention.kind)(groups, anchor)
            else:
                found = dated(groups, anchor, tense)
                if mention.kind in YEARS_BACK and found and anchor and reference:
                    found = self._like_reference(found, anchor, reference)
                elif mention.kind in MONTH_DAYS and found and told and "y" not in groups:
                    found = _in_told_year(found, told, self.lex.weekdays.get(groups.get("wd", "")))
                elif found and reference and reference.type == "DURATION" and compares(mention, anchor):
                    found = timex(found.value[:4])  # "the year-ago period" after "the nine months": that year
            if found and "range_from" in groups and anchor:  # "from Friday to Sunday": after its first day
                start = self._day_of(groups["range_from"], anchor, tense)
                found = timex(weekday_near(shift_days(start, 1), self.lex.weekdays[groups["wd"]], "future").isoformat())
            if found and "shift" in groups:
                found = _shifted_day(found, groups["shift"])
            elif found and mention.kind in DAYLESS_CLOCKS and told and not DAY_GROUPS & groups.keys():
                # in brackets after its day ("May 14 (7:15 p.m.)") no tense rules that day out
                found = _on_told_day(found, told, anchor, "present" if "bracketed" in groups else tense)
            if found and "converted" in groups and told:
                found = self._in_other_zone(found, told.last.get("D"), groups)
        except OffCalendar as off:  # "1000000 days ago": a date, but not one the calendar holds
            found = timex("FUTURE_REF" if off.later else "PAST_REF")
        except ValueError:  # an impossible date ("February 30"), a count too long to read
            return None
        return found._replace(mod=self._mod(mention, found)) if found else None

    def _with_named_year(self, g: Groups, anchor: date | None, told: Told | None, tense: Tense) -> Groups:
        """The groups with the year words name ("July 1 last year", "March that year", "the first
        half of the year") as if written, unchanged where that year is unknown."""
        if "yrel" in g or "ythe" in g:  # "the year" is the anchor's, as alone
            shift = self.words.relative(g["yrel"]) if "yrel" in g else 0
            year = anchor.year + shift if anchor else None
        elif "ytold" in g:
            found = self._told_unit({"det": g["ytold"], "what": "year"}, anchor, told, tense)
            year = int(found.value) if found and found.value.isdigit() else None
        else:
            return g
        return {**g, "y": f"{checked(year):04d}"} if year is not None else g

    def _mod(self, mention: Mention, found: Timex) -> str | None:
        """The TIMEX3 mod the mention's modifier words give: "early May" EARLY, "about three
        weeks" and "three weeks or so" APPROX, "more than a year ago" BEFORE."""
        g = mention.groups
        if "mod" in g:
            return self.lex.date_modifiers[" ".join(g["mod"].lower().split())] or None
        if "side" in g:
            return self.lex.side_prefixes[g["side"].lower()]
        if "approx" not in g:
            return "APPROX" if "or_so" in g else None
        bound = self.lex.approximators[" ".join(g["approx"].lower().split())]
        if found.type == "DURATION":
            return bound
        back = mention.kind == "ago" and self.lex.directions[" ".join(g["dir"].lower().split())] < 0
        return POINT_MODS[bound][0 if back else 1]

    def _in_other_zone(self, found: Timex, local: Timex | None, g: Groups) -> Timex:
        """A clock time that gives the local one just before it on another zone's clock ("3 p.m.
        (7 a.m. AEDT)"): on the day the zones' offsets put it, counted from the local one's day."""
        if local is None or local.precision != Precision.TIME or not ISO_DAY.match(local.value):
            return found
        here, there = local.value[11:16], found.value[-5:]
        shift = zone_day_shift(
            _hours(here), self.lex.zone_offsets.get(g["converted"]), _hours(there), self.lex.zone_offsets[g["tz"]]
        )
        day = shift_days(date.fromisoformat(local.value[:10]), shift)
        return found._replace(value=f"{day.isoformat()}T{there}")

    @staticmethod
    def _like_reference(found: Timex, anchor: date, reference: Timex) -> Timex:
        """A whole number of years from the anchor, told at the reference's granularity."""
        if found.precision != Precision.YEAR or reference.precision not in REFERENCE_GRAINS:
            return found
        if not reference.value[:4].isdigit() or "X" in reference.value:
            return found
        year = checked(int(reference.value[:4]) + int(found.value) - anchor.year)
        return timex(f"{year:04d}{reference.value[4:]}")

    # -- days

    def _day_of(self, word: str, anchor: date | None, tense: Tense) -> date | None:
        """The date a weekday name or a day word ("yesterday") stands for."""
        if anchor is None:
            return None
        if word in self.lex.weekdays:
            return weekday_near(anchor, self.lex.weekdays[word], tense)
        return shift_days(anchor, self.lex.day_words[word.lower()])

    def _day_value(self, word: str | None, anchor: date | None, tense: Tense) -> str:
        if word is None:
            return anchor.isoformat() if anchor else "XXXX-XX-XX"
        day = self._day_of(word, anchor, tense)
        if day is not None:
            return day.isoformat()
        return f"XXXX-WXX-{self.lex.weekdays[word]}" if word in self.lex.weekdays else "XXXX-XX-XX"

    def _nearest_year(self, month: int, day: int, anchor: date, tense: Tense, under_way_days: int = 0) -> int:
        """The year of a month and day given without one (see `calendar.nearest`)."""
        on = lambda year: date(year, month, min(day, 28))  # noqa: E731
        return nearest(on, anchor, tense, self.slack_days, under_way_days).year

    # -- calendar dates

    def _iso(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        return timex(date(int(g["y"]), int(g["m"]), int(g["d"])).isoformat())

    _slashed = _slashed_dm = _iso

    def _month_day(self, g, anchor: date | None, tense: Tense) -> str:
        month, day = self.words.month(g["mon"]), int(re.match(r"\d+", g["d"]).group())
        if "y" in g:
            return date(int(g["y"]), month, day).isoformat()
        if anchor is None:
            date(2000, month, day)  # validates the day
            return f"XXXX-{month:02d}-{day:02d}"
        found = date(self._nearest_year(month, day, anchor, tense), month, day)
        if "wd" in g and found.isoweekday() != self.lex.weekdays[g["wd"]]:
            found = self._on_weekday(found, self.lex.weekdays[g["wd"]], anchor, tense)
        return found.isoformat()

    def _on_weekday(self, found: date, weekday: int, anchor: date, tense: Tense) -> date:
        """ "Monday, Feb. 25" where the tense's year has it on another weekday: the nearest year
        around the anchor's that has it on Monday and that the tense allows (the publication date
        a reader gives may lie a year off the text's); the tense's year where none does."""
        days = [_same_day(found, year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
        fitting = [
            day for day in days
            if day and day.isoweekday() == weekday
            and not (tense == "past" and (day - anchor).days > self.slack_days)
            and not (tense == "future" and day < anchor)
        ]
        return min(fitting, key=lambda day: abs(day - anchor)) if fitting else found

    def _date(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        return timex(self._month_day(g, anchor, tense))

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
        return timex(self._day_value(g["wd"], anchor, tense))

    def _month_name(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        month = self.words.month(g["mon"])
        if "yy" in g:  # "January nineteen ninety-seven"
            year = self._spelled_year(g, anchor, tense)
            return None if year is None else timex(f"{year.value}-{month:02d}")
        if "y" in g:
            return timex(f"{g['y']}-{month:02d}")
        if anchor is None:
            return timex(f"XXXX-{month:02d}")
        return timex(f"{self._nearest_year(month, 15, anchor, tense, MONTH_AFTER_MIDDLE):04d}-{month:02d}")

    def _year(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        return timex(g["y"])

    def _year_range(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        """ "1998-99", "2000-2001": the years from the first to the last, which lies after it
        (within a decade where two digits cross into the next century: "1999-00", not a path's
        "2013/08")."""
        first, last = int(g["y"]), int(g["y2"])
        if len(g["y2"]) == 2:  # "1999-00" ends in 2000
            crosses = last <= first % 100
            last += first // 100 * 100 + (100 if crosses else 0)
            if crosses and last - first > 10:
                return None
        if not first < last <= LAST_YEAR:
            return None
        return Timex("DATE", f"{first:04d}/{last:04d}", Precision.YEAR, date(first, 1, 1), date(last, 12, 31))

    def _decade(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        """A decade as TempEval-3 writes it: its leading digits and an X ("the 1990s": 199X)."""
        if "dec" in g:
            return timex(g["dec"][:3] + "X")
        if "dec2" in g:
            return timex("19" + g["dec2"][0] + "X")
        return timex(f"19{self.lex.spelled_decades[g['decw'].lower()]}X")

    _spelled_decade = _decade

    def _century(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        century = int(g["c"])
        return timex(f"{century - 1:02d}") if 0 < century <= 21 else None

    def _season(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        code = self.lex.seasons[g["s"].lower()]
        if "y" in g:
            return timex(f"{g['y']}-{code}")
        if "yy" in g:  # "the autumn of nineteen eighty-six"
            year = self._spelled_year(g, anchor, tense)
            return None if year is None else timex(f"{year.value}-{code}")
        if not ({"rel", "the", "mod"} & g.keys()) and code not in BARE_SEASONS:
            return None
        if anchor is None:
            return timex(f"XXXX-{code}")
        start, year = SEASON_START[code], anchor.year
        if "rel" in g:  # "last spring", "this winter": the anchor's season moved, whatever the tense
            k = self.words.relative(g["rel"])
            if k < 0:
                year -= start >= anchor.month
            elif k > 0:
                year += start <= anchor.month
        elif tense == "past":
            year -= start >= anchor.month
        elif tense == "future":  # the season still under way ("will go on throughout the spring" in April), else the next
            year += anchor.month > start + SEASON_MONTHS - 1
        return timex(f"{checked(year):04d}-{code}")

    # -- quarters and fiscal years

    def _quarter(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        letter = self.lex.year_parts[g["unit"].lower()]
        number = PARTS_IN_A_YEAR[letter] if "last" in g else self.lex.ordinals[g["ord"].lower()]
        if letter == "H" and number > 2:
            return None
        year = g.get("y") or g.get("y2")
        if year is None:
            if anchor is None:
                return timex(f"XXXX-{letter}{number}")
            det = " ".join(g.get("det", "").lower().split())
            shift = -1 if det.startswith("last") or "year-" in g["pre"].lower() else int(det.startswith("next"))
            current = quarter_of(anchor) if letter == "Q" else (anchor.month - 1) // 6 + 1
            if not det.endswith("'s") and number > current and tense != "future":
                shift -= 1  # a quarter not yet begun, spoken of as done: last year's
            year = f"{checked(anchor.year + shift):04d}"
        return timex(f"{year}-{letter}{number}")

    def _quarter_code(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        """ "Q3 2013", "H1 2012": a quarter or a half of that year."""
        if g["unit"] == "H" and int(g["ord"]) > 2:
            return None
        return timex(f"{g['y']}-{g['unit']}{g['ord']}")

    def _the_quarter(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        """A reported period: "the quarter", "the year-ago period", "the 1988 quarter"; a bare
        "the period" is too vague to be one."""
        if g["head"].lower() == "period" and not (g["pre"] or {"y", "ago"} & g.keys() or g["det"].endswith("'s")):
            return None
        if anchor is None:
            return timex(f"{g.get('y', 'XXXX')}-QX")
        if "end_mon" in g:  # "the quarter ended Nov. 30": the calendar quarter most of it lies in
            return timex(self._quarter_ended(g, anchor))
        year, quarter = shift_quarter(anchor.year, quarter_of(anchor), _quarter_shift(g))
        return timex(f"{g.get('y') or f'{year:04d}'}-Q{quarter}")

    def _quarter_ended(self, g: Groups, anchor: date) -> str:
        """The calendar quarter of the middle month of the three months that end on a day (the
        latest such day up to the anchor): ended July 31 is May to July, so the second."""
        month, day = self.words.month(g["end_mon"]), int(re.match(r"\d+", g["end_d"]).group())
        year = int(g["y"]) if "y" in g else self._nearest_year(month, day, anchor, "past")
        return _part_ending(year, month, -1 if day >= 15 else -2, "Q")

    def _month_quarter(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        """ "The September quarter" (July to September), "the December half" (July to December):
        the quarter or half that month ends, of the year nearest the anchor whatever the tense
        (a report's tense, not the period's: "figures due out for the June quarter will show")."""
        month = self.words.month(g["mon"])
        letter = "Q" if g["unit"].lower() == "quarter" else "H"
        back = -1 if letter == "Q" else -3  # from the last month to the middle one
        if "y" in g:
            return timex(_part_ending(int(g["y"]), month, back, letter))
        if anchor is None:
            return timex(f"XXXX-{letter}X")
        return timex(_part_ending(self._nearest_year(month, 15, anchor, "present"), month, back, letter))

    def _fiscal(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        if "y" in g or "year_before" in g:
            return timex(g.get("y") or g["year_before"])
        if "fy" not in g:
            return None
        if "ended" in g:
            return timex("P1Y", "DURATION")
        if anchor is None:
            return timex("XXXX")
        rel = g.get("rel", "this").lower()
        return timex(f"{checked(anchor.year + self.lex.relatives.get(rel, -1)):04d}")

    # -- deictic expressions

    def _day_word(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        word = g["word"].lower()
        value = self._day_value(word, anchor, tense)
        return timex(value + "TNI", "TIME") if word == "tonight" else timex(value)

    def _relative(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        k = self.words.relative(g["rel"])
        what = g["what"]
        if what in self.lex.weekdays:
            weekday = self.lex.weekdays[what]
            if anchor is None:
                return timex(f"XXXX-WXX-{weekday}")
            if k < 0:
                return timex(weekday_near(shift_days(anchor, -1), weekday, "past").isoformat())
            if k > 0:
                return timex(weekday_near(shift_days(anchor, 1), weekday, "future").isoformat())
            return timex(weekday_near(anchor, weekday, tense).isoformat())
        if self.words.is_month(what):
            month = self.words.month(what)
            if anchor is None:
                return timex(f"XXXX-{month:02d}")
            year = anchor.year
            if k < 0:
                year -= month >= anchor.month
            elif k > 0:
                year += month <= anchor.month
            return timex(f"{checked(year):04d}-{month:02d}")
        unit = "WE" if what.lower() == "weekend" else self.words.unit(what)
        if self.words.size(what) > 1:  # "the past fortnight": no calendar unit, the stretch it names
            return timex(period(self.words.size(what), unit), "DURATION")
        if anchor is None:
            return timex(UNSPECIFIED.get(unit, "XXXX-WXX-WE")) if not unit.startswith("T") else None
        return self._shifted(anchor, unit, k)

    def _shifted(self, anchor: date, unit: str, k: int) -> Timex | None:
        """The calendar unit containing the anchor, moved k units."""
        if unit == "Y":
            return timex(f"{checked(anchor.year + k):04d}")
        if unit == "M":
            year, month = shift_month(anchor.year, anchor.month, k)
            return timex(f"{year:04d}-{month:02d}")
        if unit in ("W", "WE"):
            week = week_of(shift_days(anchor, 7 * k))
            return timex(week + "-WE" if unit == "WE" else week)
        if unit == "D":
            return timex(shift_days(anchor, k).isoformat())
        if unit == "Q":
            year, quarter = shift_quarter(anchor.year, quarter_of(anchor), k)
            return timex(f"{year:04d}-Q{quarter}")
        if unit in ("DE", "CE"):  # a decade's leading digits and an X (000X-999X), a century's (00-99)
            digits = 3 if unit == "DE" else 2
            index = anchor.year // 10 ** (4 - digits) + k
            if not 0 <= index < 10**digits:
                raise OffCalendar(later=index > 0)
            return timex(f"{index:0{digits}d}" + ("X" if unit == "DE" else ""))
        return None

    def _ago(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        direction = self.lex.directions[" ".join(g["dir"].lower().split())]
        n = self.words.number(g["n"])
        unit = self.words.unit(g["unit"])
        if n is None or anchor is None or not isinstance(n, int):
            return timex("PAST_REF" if direction < 0 else "FUTURE_REF")
        k = n * self.words.size(g["unit"]) * direction
        if unit in ("DE", "CE"):
            return timex(f"{checked(anchor.year + k * (10 if unit == 'DE' else 100)):04d}")
        if unit.startswith("T"):
            return timex(anchor.isoformat())
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
        elif "part" in g and hour < 12 and self._after_noon(g["part"], hour):  # "7:30 on Friday evening"
            hour += 12
        day = self._month_day(g, anchor, tense) if "mon" in g else self._day_value(g.get("anchor"), anchor, tense)
        return timex(f"{day}T{hour:02d}:{minute:02d}", "TIME")

    _clock24 = _hour_from = _clock

    def _hour_of_part(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        """ "4 in the morning", "ten at night": the hour, after noon for the later parts of a day;
        "10 o'clock" as written."""
        hour = self.words.number(g["h"])
        if not isinstance(hour, int) or not 1 <= hour <= 12:
            return None
        later = "night" in g or ("part" in g and self.lex.parts_of_day[g["part"].lower()] != "MO")
        return timex(f"{self._day_value(None, anchor, tense)}T{hour % 12 + 12 * later:02d}:00", "TIME")

    def _after_noon(self, part: str, hour: int) -> bool:
        """Whether an hour of the 12-hour clock told in a part of the day is after noon: in the
        afternoon or evening, and at night from six ("9:30 on Saturday night", not "1:30")."""
        code = self.lex.parts_of_day[part.lower()]
        return code in ("AF", "EV") or (code == "NI" and hour >= 6)

    def _noon(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        clock = self.lex.clock_words[g["noon"].lower()]
        if clock == "24:00" and anchor and tense == "past" and not DAY_GROUPS & g.keys():
            anchor = shift_days(anchor, -1)  # a midnight gone by with no day: the one that began the anchor's day
        day = self._month_day(g, anchor, tense) if "mon" in g else self._day_value(g.get("anchor"), anchor, tense)
        return timex(f"{day}T{clock}", "TIME")

    def _part(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        word = g["anchor"]
        word = self.lex.part_of_day_anchors.get(word.lower(), word)
        code = self.lex.parts_of_day[g["part"].lower()]
        if "rel" in g:  # "last Friday night": the day as "last Friday" alone
            return timex(f"{self._relative({'rel': g['rel'], 'what': word}, anchor, tense).value}T{code}", "TIME")
        return timex(f"{self._day_value(word, anchor, tense)}T{code}", "TIME")

    _part_after = _part

    def _the_part(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        """ "In the morning": that part of the publication day, or of the day the text just
        told (`_on_told_day`)."""
        return timex(f"{self._day_value(None, anchor, tense)}T{self.lex.parts_of_day[g['part'].lower()]}", "TIME")

    # -- calendar units named by "the" or "-ago"

    def _the_unit(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        unit = self.words.unit(g["what"])
        if "ended" in g:
            return timex(period(1, unit), "DURATION")
        return self._shifted(anchor, unit, 0) if anchor else timex(UNSPECIFIED[unit])

    _year_end = _mid_unit = _the_unit  # "the year-end", "mid-year": this year, or its end or middle

    def _new_year(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        """ "The new year": the year of the New Year's Day nearest the anchor that the tense
        allows (said in December, the coming one)."""
        if anchor is None:
            return timex("XXXX")
        return timex(f"{nearest(lambda year: date(year, 1, 1), anchor, tense, self.slack_days, self.slack_days).year:04d}")

    def _told_unit(self, g: Groups, anchor: date | None, told: Told | None, tense: Tense) -> Timex | None:
        """"That year", "the following day": a unit moved from the date the text told last when
        that date is as fine as the unit, else from the publication date; "the next morning" is
        a part of such a day. "The next year" is told so in a past narrative only; said of what
        is or will be, it is the coming one. "That same day" after a month told last is a day of
        that month that the text does not give."""
        if "part" in g:  # "the next morning": a part of the day counted so
            day = self._told_unit({"det": g["det"], "what": "day"}, anchor, told, tense)
            return day and timex(f"{day.value}T{self.lex.parts_of_day[g['part'].lower()]}", "TIME")
        det = " ".join(g.get("det", "").lower().split())
        k = self.lex.told_directions[g["post"].lower()] if "post" in g else self.lex.told_offsets[det]
        unit = self.words.unit(g["what"])
        if det in self.lex.coming_determiners and unit != "D" and tense != "past":
            told = None
        last = told.last.get(unit) if told else None
        newest = told.last.get("Y") if told else None
        if k == 0 and unit == "D" and newest is not None and newest.precision == Precision.MONTH:
            return timex(f"{newest.value}-XX")  # "in March ... that same day": a day of that month
        if last is not None:
            if unit == "Y":
                return timex(f"{checked(int(last.value[:4]) + k):04d}")
            return self._shifted(_counted_from(last), unit, k)
        return self._shifted(anchor, unit, k) if anchor else timex(UNSPECIFIED[unit])

    def _year_ago(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        unit = self.words.unit(g["what"])
        return self._shifted(anchor, unit, -1) if anchor else timex(UNSPECIFIED[unit])

    def _spelled_year(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        years = self.words.number(g["yy"])
        if not isinstance(years, int) or not 10 <= years <= 99:
            return None
        return timex(f"{self.lex.spelled_centuries[g['c'].lower()]}{years}")

    def _year_two_thousand(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        years = self.words.number(g["yy"]) if "yy" in g else 0
        return timex(f"{2000 + years}") if isinstance(years, int) and 0 <= years <= 99 else None

    def _holiday(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        holiday = self.words.holiday(g["holiday"])
        if anchor is None:
            return timex(f"XXXX-{holiday.month:02d}-{holiday.day:02d}" if holiday.day else "XXXX-XX-XX")
        k = self.words.relative(g["rel"]) if "rel" in g else 0
        on = lambda year: holiday_on(holiday, year)  # noqa: E731
        if k:
            day = nearest(on, shift_days(anchor, k), "past" if k < 0 else "future", 0, 0)
        else:
            day = nearest(on, anchor, tense, self.slack_days, 0)
        return timex(day.isoformat())

    def _week_of(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        """ "The week of March 6": the ISO week holding that day (its weekend for "weekend")."""
        day = self._month_day(g, anchor, tense)
        week = "XXXX-WXX" if day.startswith("X") else week_of(date.fromisoformat(day))
        return timex(week + "-WE" if g["what"].lower() == "weekend" else week)

    def _week_in_month(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        """ "The first week of April": the ISO week holding the middle of the month's first
        seven days; "the last week of June" that of its last seven."""
        if "last" in g:
            month = self.words.month(g["mon"])
            middle = monthrange(int(g.get("y", 2001)), month)[1] - 3  # a leap year matters not: 25 or 26
        else:
            middle = 7 * (self.lex.ordinals[g["ord"].lower()] - 1) + 4
        return self._week_of({**g, "d": str(middle)}, anchor, tense)

    def _weekday_in_month(self, g: Groups, anchor: date | None, tense: Tense) -> Timex | None:
        """ "The first Tuesday in November": that day of the month, in the year given or the
        one the tense points to, as a holiday's ("the fourth Thursday of November")."""
        month = self.words.month(g["mon"])
        nth = -1 if "last" in g else self.lex.ordinals[g["ord"].lower()]
        day = Holiday(month, None, self.lex.weekdays[g["wd"]], nth)
        on = lambda year: holiday_on(day, year)  # noqa: E731
        if "y" in g:
            found = on(int(g["y"]))
        elif anchor is None:
            return timex(f"XXXX-{month:02d}-XX")
        else:
            found = nearest(on, anchor, tense, self.slack_days, 0)
        return timex(found.isoformat()) if found.month == month else None  # no fifth Monday that month

    def _weekend(self, g: Groups, anchor: date | None, tense: Tense) -> Timex:
        if anchor is None:
            return timex("XXXX-WXX-WE")
        saturday = weekday_near(anchor, 6, "future" if tense == "future" else "past")
        return timex(week_of(saturday) + "-WE")
