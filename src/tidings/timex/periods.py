"""TIMEX3 values that need no calendar: durations ("three years"), sets ("every week"),
frequencies ("daily") and vague references ("recently", "in recent months"). One method per
grammar rule, named as the rule."""

from __future__ import annotations

from datetime import date

from tidings.timex.grammar import Groups
from tidings.timex.lexicon import Words
from tidings.timex.values import Timex, half, half_more, period, timex


class Periods:
    def __init__(self, words: Words) -> None:
        self.words = words
        self.lex = words.lex

    def duration(self, g: Groups, anchor: date | None) -> Timex | None:
        unit = self.words.unit(g["unit"])
        word = g["n"].lower()
        if word in ("a", "an") and unit in ("TS", "Q"):  # "a second time", "a quarter of"
            return None
        if unit == "Q" and "-" in g["sep"]:  # "three-quarters": a fraction
            return None
        if len(word) == 4 and word.isdigit():  # "the 1988 quarter": a year, not a count
            return None
        n = self.words.number(word)
        if n is not None:
            n *= self.words.size(g["unit"])
        if {"half", "half_after"} & g.keys() and isinstance(n, int):
            return timex(half_more(n, unit), "DURATION")
        return timex(period(n, unit), "DURATION")

    def some_day(self, g: Groups, anchor: date | None) -> Timex:
        return timex("FUTURE_REF")

    def half(self, g: Groups, anchor: date | None) -> Timex:
        unit, size = self.words.unit(g["unit"]), self.words.size(g["unit"])
        return timex(half(unit) if size == 1 else period(size // 2, unit), "DURATION")

    def plural(self, g: Groups, anchor: date | None) -> Timex:
        return timex(period(None, self.words.unit(g["unit"])), "DURATION")

    plural_adjective = plural_before = plural  # "a decades-long feud", "weeks of talks"

    def set(self, g: Groups, anchor: date | None) -> Timex:
        what = g["what"]
        if what in self.lex.weekdays:
            return timex(f"XXXX-WXX-{self.lex.weekdays[what]}", "SET")
        if self.words.is_month(what) and what[0].isupper():
            return timex(f"XXXX-{self.words.month(what):02d}", "SET")
        if what.lower() in self.lex.seasons:
            return timex(f"XXXX-{self.lex.seasons[what.lower()]}", "SET")
        if what.lower() in self.lex.parts_of_day:  # "every morning"
            return timex(f"XXXX-XX-XXT{self.lex.parts_of_day[what.lower()]}", "SET")
        n = g.get("n", "1").lower()
        count = 2 if n == "other" else self.words.number(n)
        return timex(period(None if count is None else count * self.words.size(what), self.words.unit(what)), "SET")

    def repeated(self, g: Groups, anchor: date | None) -> Timex:
        """ "Twice a month", "$2 million a year": the set of those units (TIMEX3 leaves the
        count to its `freq`)."""
        return timex(period(self.words.size(g["unit"]), self.words.unit(g["unit"])), "SET")

    rate = repeated

    def weekdays(self, g: Groups, anchor: date | None) -> Timex:
        """ "Saturdays", "weekends": every one of them."""
        return timex(f"XXXX-WXX-{self.lex.weekdays[g['wdp']] if 'wdp' in g else 'WE'}", "SET")

    def frequency(self, g: Groups, anchor: date | None) -> Timex:
        return timex(self.lex.frequencies[g["freq"].lower()], "SET")

    def vague(self, g: Groups, anchor: date | None) -> Timex:
        type_, value, stretch = self.words.vague_phrase(g["phrase"])
        found = timex(value, type_)
        if anchor is not None and stretch == "past":  # "in recent months": up to the anchor
            return found._replace(end=anchor)
        if anchor is not None and stretch == "future":  # "in the coming weeks": from the anchor
            return found._replace(begin=anchor)
        return found
