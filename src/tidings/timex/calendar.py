"""Calendar arithmetic for TIMEX3 values: weeks, months and quarters moved, the weekday or yearly
day nearest an anchor date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Literal

from tidings.timex.lexicon import Holiday

Tense = Literal["past", "present", "future"]


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + k
    return index // 12, index % 12 + 1


def shift_quarter(year: int, quarter: int, k: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + k
    return index // 4, index % 4 + 1


def quarter_of(day: date) -> int:
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


def nearest(on: Callable[[int], date], anchor: date, tense: Tense, slack_days: int) -> date:
    """Of a yearly day's occurrences, the one nearest the anchor that the tense allows (not
    more than `slack_days` after it when past, nor before it when future)."""
    slack = timedelta(days=slack_days)
    candidates = [on(year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if tense == "past":
        candidates = [day for day in candidates if day <= anchor + slack]
    elif tense == "future":
        candidates = [day for day in candidates if day >= anchor - slack]
    return min(candidates, key=lambda day: abs(day - anchor))


def holiday_on(holiday: Holiday, year: int) -> date:
    """The date of a named day in a year."""
    if holiday.day is not None:
        return date(year, holiday.month, holiday.day)
    if holiday.nth < 0:
        last = date(year + holiday.month // 12, holiday.month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - holiday.weekday) % 7)
    first = date(year, holiday.month, 1)
    return first + timedelta(days=(holiday.weekday - first.isoweekday()) % 7 + 7 * (holiday.nth - 1))
