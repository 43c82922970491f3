"""Where the reports of one real-world event disagree: the day the texts give, the place, and the
numbers they count ("12 soldiers" in one report, "15 soldiers" in another)."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.lang.en.lex_attrs import _num_words
from spacy.lang.en.stop_words import STOP_WORDS

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER = re.compile(rf"(?<![\w.,])({_DIGITS}|[A-Za-z]+)(?![\w])")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# spaCy's English number words: zero..twenty are 0..20, then the tens
_WORD_VALUES = {word: float(i) for i, word in enumerate(_num_words[:21])} | {
    word: float(10 * (i + 3)) for i, word in enumerate(_num_words[21:28])
}
NOUN_WINDOW = 3  # words after a number searched for the noun it counts
SPECIFIC_CLASSES = ("P", "S", "L", "H", "T", "V")  # GeoNames classes finer than an administrative area


@dataclass(frozen=True)
class PlaceRef:
    name: str
    geonameid: int | None
    feature_class: str | None
    country: str | None
    admin1: str | None


@dataclass
class Report:
    """One article's event, as the disagreement rules read it."""

    article_id: str
    day: str | None = None  # the day its text gives (ISO), not the publication date
    place: PlaceRef | None = None
    numbers: dict[str, float] = field(default_factory=dict)  # counted noun -> value


def numbers(text: str, skip: Iterable[tuple[int, int]] = ()) -> dict[str, float]:
    """Counted nouns and their numbers in a sentence, leaving out numbers inside the `skip`
    character ranges (dates and other time expressions): "at least 12 people" -> {"people": 12}."""
    skip = list(skip)
    found: dict[str, float] = {}
    for match in _NUMBER.finditer(text):
        if any(start <= match.start() < end for start, end in skip):
            continue
        value = _value(match.group(1))
        if value is None:
            continue
        words = _WORD.findall(text[match.end() : match.end() + 60])[: NOUN_WINDOW + 1]
        if words and words[0].lower() in _SCALES:
            value *= _SCALES[words.pop(0).lower()]
        noun = next((w.lower() for w in words[:NOUN_WINDOW] if w.islower() and w not in STOP_WORDS), None)
        if noun is not None and noun not in _SCALES and noun not in _WORD_VALUES:
            found.setdefault(_singular(noun), value)
    return found


def _value(token: str) -> float | None:
    if token[0].isdigit():
        return float(token.replace(",", ""))
    return _WORD_VALUES.get(token.lower()) if token.islower() or token.istitle() else None


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3 else noun


def disagreements(reports: Sequence[Report]) -> tuple[list[str], list[str], list[dict]]:
    """(days, places, numbers) on which the reports disagree; each empty where they agree."""
    days = sorted({r.day for r in reports if r.day})
    places: set[str] = set()
    for a, b in itertools.combinations([r.place for r in reports if r.place], 2):
        if _conflict(a, b):
            places |= {a.name, b.name}
    counted: dict[str, set[float]] = defaultdict(set)
    for report in reports:
        for noun, value in report.numbers.items():
            counted[noun].add(value)
    disputed = [
        {"noun": noun, "values": sorted(values)}
        for noun, values in sorted(counted.items())
        if len(values) > 1 and _told_by_two_articles(reports, noun)
    ]
    return (days if len(days) > 1 else []), sorted(places), disputed


def _conflict(a: PlaceRef, b: PlaceRef) -> bool:
    """Two places that cannot both be where the event happened: other countries, other regions
    of one country, or two specific places (towns, sites); a place and the area holding it agree."""
    if a.geonameid is not None and a.geonameid == b.geonameid or a.name == b.name:
        return False
    if a.country and b.country and a.country != b.country:
        return True
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return True
    return a.feature_class in SPECIFIC_CLASSES and b.feature_class in SPECIFIC_CLASSES


def _told_by_two_articles(reports: Sequence[Report], noun: str) -> bool:
    return len({r.article_id for r in reports if noun in r.numbers}) > 1
