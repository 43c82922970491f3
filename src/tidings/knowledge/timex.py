"""The TIMEX3 lexicon: calendar words, numbers, vague phrases and holidays, loaded once from
the `timex_*` data files and shared by the finder (`timex_find`) and the normalizer (`timex_value`)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal, NamedTuple

from tidings.knowledge import data_path, read_tsv

Tense = Literal["past", "present", "future"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


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
    vague: dict[str, tuple[TimexType, str, str]]  # phrase -> type, value, stretch (past/future/"")
    temporal_words: frozenset[str]
    holidays: dict[str, Holiday]
    future_auxiliaries: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    with data_path("timex_calendar.toml").open("rb") as handle:
        data = tomllib.load(handle)
    vague = {row["phrase"]: (row["type"], row["value"], row["stretch"]) for row in read_tsv("timex_vague.tsv")}
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
