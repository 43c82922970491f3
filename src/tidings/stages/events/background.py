"""Deeds of long before that a story only names: a noun trigger dated by its own words (or its
verb's) well before the publication date ("the embassy bombings of 1998" in a story of 2002, "the
1994 invasion"). They date or explain the news, as "since the 1998 riots" does (`hedges.py`), and
are no event of the story, nor a mention of one; a verb telling one keeps it, as "rebels attacked
the town in 1998" or a noun its verb carries out ("the FBI opened an investigation in 2015").
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from tidings.knowledge.patterns import Pattern
from tidings.model import Event


def long_past(event: Event, token: Token, pattern: Pattern, times: dict[str, str], published: date | None, days: int) -> bool:
    """Whether a mention, before any merging (its `when` is its own words' date, if any; `times`:
    time id -> TIMEX3 value), is a noun (not a verb, nor a noun coded by the verb that carries it
    out: the `pattern`'s governor) whose date ends more than `days` before the publication date."""
    if published is None or token.pos_ == "VERB" or pattern.governor or event.when not in times:
        return False
    last_day = _last_day(times[event.when])
    return last_day is not None and (published - last_day).days > days


def _last_day(value: str) -> date | None:
    """The last day a TIMEX3 calendar value may name ("2001-09-11", "2001-09" -> the 28th at
    least, "1998" -> December 31; a span's end: "1979/1989" -> 1989-12-31); None for any other
    ("XXXX-WXX-5", "PRESENT_REF")."""
    value = value.rpartition("/")[2]
    try:
        if len(value) == 4:
            return date(int(value), 12, 31)
        if len(value) == 7:
            return date(int(value[:4]), int(value[5:]), 28)
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None
