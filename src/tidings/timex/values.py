"""TIMEX3 values written out: the typed result of normalization, the precision a value carries,
and periods ("P3Y", "PT2H", "P2Y6M")."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from tidings.model import Precision
from tidings.timex.lexicon import TimexType

UNSPECIFIED = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "Q": "XXXX-QX", "DE": "XXX", "CE": "XX"}
HALF_UNITS = {"Y": "6M", "D": "T12H", "TH": "30M", "TM": "30S"}  # half a unit, in the next finer one
_PRECISIONS = [
    (re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}$|^[\dX]{4}-W[\dX]{2}-\d$"), Precision.DAY),
    (re.compile(r"^[\dX]{4}-W[\dX]{2}(-WE)?$"), Precision.WEEK),
    (re.compile(r"^[\dX]{4}-[QH][\dX]$"), Precision.QUARTER),
    (re.compile(r"^[\dX]{4}-(SP|SU|FA|WI)$"), Precision.SEASON),
    (re.compile(r"^[\dX]{4}-[\dX]{2}$"), Precision.MONTH),
    (re.compile(r"^\d{3}X$"), Precision.DECADE),
    (re.compile(r"^[\dX]{4}$"), Precision.YEAR),
    (re.compile(r"^[\dX]{3}$"), Precision.DECADE),
    (re.compile(r"^[\dX]{2}$"), Precision.CENTURY),
]


# A bounded count said of a point that many units back or ahead, as (back, ahead): "more than a
# year ago" lies before the day a year back, "more than a year from now" after the day a year ahead.
POINT_MODS = {
    "APPROX": ("APPROX", "APPROX"),
    "MORE_THAN": ("BEFORE", "AFTER"),
    "LESS_THAN": ("AFTER", "BEFORE"),
    "EQUAL_OR_MORE": ("ON_OR_BEFORE", "ON_OR_AFTER"),
    "EQUAL_OR_LESS": ("ON_OR_AFTER", "ON_OR_BEFORE"),
}


class Timex(NamedTuple):
    type: TimexType
    value: str
    precision: Precision
    begin: date | None = None
    end: date | None = None
    mod: str | None = None  # TIMEX3 mod (`tidings.model.Mod`)


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


def timex(value: str, type_: TimexType = "DATE") -> Timex:
    return Timex(type_, value, precision_of(type_, value))


def recurring(found: Timex) -> Timex:
    """The set of every one of a date's kind ("2024-12": XXXX-12, the Sunday 2024-03-10:
    XXXX-WXX-7), its mod kept."""
    if found.precision == Precision.DAY:
        value = f"XXXX-WXX-{date.fromisoformat(found.value).isoweekday()}"
    else:
        value = "XXXX" + found.value[4:]
    return timex(value, "SET")._replace(mod=found.mod)


def period(n: int | float | None, unit: str) -> str:
    """The period of n units (None: an unspecified number), decades and centuries in years."""
    count = "X" if n is None else str(n)
    if unit in ("DE", "CE"):
        count = "X" if n is None else str(n * (10 if unit == "DE" else 100))
        unit = "Y"
    return f"PT{count}{unit[1]}" if unit.startswith("T") else f"P{count}{unit}"


def half(unit: str) -> str:
    """The period of half a unit ("half an hour": PT30M), in the next finer unit where there is one."""
    if unit in HALF_UNITS:
        return f"P{'T' if unit.startswith('T') else ''}{HALF_UNITS[unit]}"
    if unit in ("DE", "CE"):
        return f"P{5 if unit == 'DE' else 50}Y"
    return f"P0.5{unit}"


def half_more(n: int, unit: str) -> str:
    """The period of n and a half units ("2 1/2 years": P2Y6M), the half in the next finer unit."""
    if unit in HALF_UNITS:
        whole = f"T{n}{unit[1]}" if unit.startswith("T") else f"{n}{unit}"
        return f"P{whole}{HALF_UNITS[unit]}"
    if unit in ("DE", "CE"):
        return f"P{n * (10 if unit == 'DE' else 100) + (5 if unit == 'DE' else 50)}Y"
    return f"P{n + 0.5}{unit}"
