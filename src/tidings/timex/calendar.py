"""Calendar arithmetic for TIMEX3 values: days, weeks, months and quarters moved, the weekday or
yearly day nearest an anchor date.

The calendar holds the years 0001 to 9999, what TIMEX3's four-digit years and `datetime.date`
share. Arithmetic that would leave it ("1000000 days ago", "next year" in 9999) raises
`OffCalendar`, saying on which side; the normalizer turns that into PAST_REF or FUTURE_REF."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable
from datetime import date, timedelta
from typing import Literal

from tidings.timex.lexicon import Holiday

Tense = Literal["past", "present", "future"]
FIRST_YEAR, LAST_YEAR = date.min.year, date.max.year


class OffCalendar(Exception):
    """A date before the year 0001 (`later` False) or after 9999 (`later` True)."""

    def __init__(self, later: bool) -> None:
        super().__init__("after 9999" if later else "before 0001")
        self.later = later


def checked(year: int) -> int:
    """The year, if the calendar holds it."""
    if year < FIRST_YEAR or year > LAST_YEAR:
        raise OffCalendar(later=year > LAST_YEAR)
    return year


def shift_days(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        raise OffCalendar(later=days > 0) from None


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + k
    return checked(index // 12), index % 12 + 1


def shift_quarter(year: int, quarter: int, k: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + k
    return checked(index // 4), index % 4 + 1


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def weekday_near(anchor: date, weekday: int, tense: Tense) -> date:
    """The day of that ISO weekday the tense points to: on or after the anchor when future (news
    writes "will vote Tuesday" on a Tuesday for that day, "next Tuesday" for the week after), on or
    before it when past, the nearest one when the tense does not say."""
    if tense == "future":
        return shift_days(anchor, (weekday - anchor.isoweekday()) % 7)
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if tense == "present" and ahead and ahead < back:
        return shift_days(anchor, ahead)
    return shift_days(anchor, -back)


def nearest(on: Callable[[int], date], anchor: date, tense: Tense, slack_days: int, under_way_days: int) -> date:
    """Of a yearly day's occurrences, the one nearest the anchor that the tense allows: when
    past, not more than `slack_days` after it (a reported plan); when future, not more than
    `under_way_days` before it (a month from its middle may still be under way; a day is not)."""
    years = range(max(anchor.year - 1, FIRST_YEAR), min(anchor.year + 1, LAST_YEAR) + 1)
    candidates = [on(year) for year in years]
    if tense == "past":
        candidates = [day for day in candidates if (day - anchor).days <= slack_days]
    elif tense == "future":
        candidates = [day for day in candidates if (anchor - day).days <= under_way_days]
    if not candidates:  # the occurrence the tense asks for lies beyond the calendar
        raise OffCalendar(later=tense == "future")
    return min(candidates, key=lambda day: abs(day - anchor))


def holiday_on(holiday: Holiday, year: int) -> date:
    """The date of a named day in a year."""
    if holiday.day is not None:
        return date(year, holiday.month, holiday.day)
    if holiday.nth < 0:
        last = date(year, holiday.month, monthrange(year, holiday.month)[1])
        return last - timedelta(days=(last.isoweekday() - holiday.weekday) % 7)
    first = date(year, holiday.month, 1)
    return first + timedelta(days=(holiday.weekday - first.isoweekday()) % 7 + 7 * (holiday.nth - 1))


def zone_day_shift(local: float, local_offset: float | None, clock: float, offset: float) -> int:
    """The days from a local clock time (in hours) to the same moment on the clock of a zone
    `offset` hours from UTC: the shift by which the local zone's offset is the one given or,
    not given, the only one a zone can have (UTC-12 to UTC+14); 0 where none or several fit."""
    fits = []
    for shift in (-1, 0, 1):
        implied = offset - (clock + 24 * shift - local)
        if implied == local_offset if local_offset is not None else -12 <= implied <= 14:
            fits.append(shift)
    return fits[0] if len(fits) == 1 else 0
