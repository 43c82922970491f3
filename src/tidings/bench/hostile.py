"""The hostile corpus: a few hundred generated inputs of the kinds a news pipeline meets and
chokes on (markup, control characters, every Unicode category, long runs of one character,
nested brackets and quotes, truncated and scraped text, pasted tables, floods, dates at the
ends of the calendar), and the heavy shapes of `texts.HOSTILE` (thousands of repeats, deep
nesting, a million characters). Generated from fixed seeds: the same cases on every run, and
no large file in the repository. Each must end in a record or a clean InputError
(tests/test_hostile_inputs.py); `tidings bench hostile` measures how much longer than bare
spaCy the pipeline takes on each.
"""

from __future__ import annotations

import random
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from tidings.bench.texts import GROUPS, HOSTILE, LEADERS, PLACES, PUBLISHED, SENTENCES, WHEN, OUTLETS

VARIANTS = 30  # cases of each light kind


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    published: date | None
    heavy: bool = False  # thousands of repeats or a million characters: seconds each, not milliseconds


def cases() -> Iterator[Case]:
    """Every case: the light kinds first, then the heavy shapes."""
    for kind, make in LIGHT.items():
        rng = random.Random(kind)
        for n in range(VARIANTS):
            text, published = make(rng, n)
            yield Case(f"{kind} {n}", text, published)
    for name, make_heavy in HOSTILE.items():
        text, published = make_heavy()
        yield Case(name, text, published, heavy=True)


def _sentence(rng: random.Random) -> str:
    return rng.choice(SENTENCES).format(
        leader=rng.choice(LEADERS), other=rng.choice(LEADERS), group=rng.choice(GROUPS),
        place=rng.choice(PLACES), when=rng.choice(WHEN), outlet=rng.choice(OUTLETS),
    )


def _around(rng: random.Random, fragment: str) -> str:
    """The fragment inside, before or after a news sentence or two."""
    first, second = _sentence(rng), _sentence(rng)
    return rng.choice((f"{first} {fragment} {second}", f"{fragment}\n{first}", f"{first}\n\n{fragment}", fragment))


MARKUP = (
    "[bold]", "[/bold]", "[/x]", "[/]", "[link=https://example.org]", "[red on white]", "[[Paris]]", "{{cite news}}",
    "[b]", "[i]", "<b>", "</p>", "<script>", "&amp;", "&#x27;", "**", "__", "`", "| a | b |", "[", "]", "\\[", "[0]",
    "[@click=x]", ":smile:", "%s", "{0}", "${HOME}", "\\", "'''", "== Heading ==", "<!--", "-->", "]]>",
)


def _markup(rng: random.Random, n: int) -> tuple[str, date]:
    words = _sentence(rng).split()
    for _ in range(1 + n % 6):
        words.insert(rng.randrange(len(words) + 1), "".join(rng.choices(MARKUP, k=rng.randint(1, 4))))
    return _around(rng, " ".join(words)), PUBLISHED


def _controls(rng: random.Random, n: int) -> tuple[str, date]:
    controls = [chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, 0xFEFF, 0x200B, 0x200D, 0x202E)]
    text = _sentence(rng)
    for _ in range(1 + n % 12):  # up to a dozen: past the check's limit for binary data, sometimes
        spot = rng.randrange(len(text) + 1)
        text = text[:spot] + rng.choice(controls) + text[spot:]
    return _around(rng, text), PUBLISHED


@lru_cache(maxsize=1)
def _by_category() -> dict[str, list[str]]:
    """Characters of each Unicode general category, unassigned ones too (every seventh code
    point; surrogates aside: a lone one is refused, tests/test_hostile_inputs.py)."""
    found: dict[str, list[str]] = {}
    for code in range(0x20, sys.maxunicode + 1, 7):
        category = unicodedata.category(chr(code))
        if category != "Cs":
            found.setdefault(category, []).append(chr(code))
    return found


def _unicode(rng: random.Random, n: int) -> tuple[str, date]:
    categories = sorted(_by_category())
    chosen = [rng.choice(categories) for _ in range(3 + n)]
    fragment = "".join(rng.choice(_by_category()[c]) for c in chosen)
    if n % 3 == 0:  # inside a word, and stacked on a letter
        return _around(rng, f"Paris{fragment}Berlin e{fragment * 3}"), PUBLISHED
    return _around(rng, fragment), PUBLISHED


RUNS = ("a", ".", "-", "!", "?", "\n", " ", "\t", "=", "'", '"', "\u2014", "\u00a0", "0", "A", "\u3000", "*", "_", "/", "\u201c", "(", ")", "[", "#")


def _runs(rng: random.Random, n: int) -> tuple[str, date]:
    return _around(rng, RUNS[n % len(RUNS)] * rng.choice((50, 300, 1_500))), PUBLISHED


OPENERS = ("(", "[", "{", '"', "'", "\u201c", "\u2018", "\u00ab", "\u201e", "<", "\u300c")
CLOSERS = {"(": ")", "[": "]", "{": "}", '"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb", "\u201e": "\u201c", "<": ">", "\u300c": "\u300d"}


def _nesting(rng: random.Random, n: int) -> tuple[str, date]:
    openers = [rng.choice(OPENERS) for _ in range(rng.choice((3, 30, 300)))]
    closers = [CLOSERS[o] for o in reversed(openers)]
    if n % 2:  # unbalanced: some closers lost, some extra
        closers = closers[: len(closers) // 2] + [rng.choice(list(CLOSERS.values())) for _ in range(5)]
    return _around(rng, "".join(openers) + _sentence(rng) + "".join(closers)), PUBLISHED


def _truncated(rng: random.Random, n: int) -> tuple[str, date]:
    text = " ".join(_sentence(rng) for _ in range(4))
    return text[: rng.randrange(1, len(text))], PUBLISHED


BOILERPLATE = (
    "Share on Facebook", "Tweet", "Subscribe now", "Accept all cookies", "Read more", "Advertisement", "Skip to content",
    "Sign in", "\u00a9 2024 All rights reserved", "Related:", "Photo: AP", "Click here", "Menu", "Close", "Back to top",
)


def _boilerplate(rng: random.Random, n: int) -> tuple[str, date]:
    lines = [rng.choice(BOILERPLATE) for _ in range(3 + n)]
    lines.insert(rng.randrange(len(lines)), _sentence(rng))
    return "\n".join(lines), PUBLISHED


def _table(rng: random.Random, n: int) -> tuple[str, date]:
    separator = ("\t", " | ", ",", "  ")[n % 4]
    rows = [separator.join(("Country", "Votes", "Share", "Change"))]
    for _ in range(2 + n):
        rows.append(separator.join((rng.choice(PLACES), str(rng.randint(0, 10**7)), f"{rng.random():.1%}", f"{rng.uniform(-9, 9):+.2f}")))
    return _around(rng, "\n".join(rows)), PUBLISHED


FLOODS = (
    "Vladimir Putin", "\u201cYes,\u201d he said.", "according to officials,", "BREAKING NEWS", "NATO", '"', "said",
    "the United Nations and", "Paris, Berlin,", "MOSCOW (Reuters) -",
)


def _flood(rng: random.Random, n: int) -> tuple[str, date]:
    return _around(rng, " ".join([FLOODS[n % len(FLOODS)]] * rng.choice((20, 100, 300)))), PUBLISHED


EXTREME_DATES = (date(1, 1, 1), date(1, 1, 2), date(9999, 12, 31), date(9999, 12, 30), date(2024, 2, 29), date(1970, 1, 1), None)
RELATIVE = (
    "yesterday", "tomorrow", "next year", "last year", "1000000 days ago", "in 99999999 years", "999999 weeks ago",
    "two decades later", "next century", "last millennium", "on February 31", "in the year 0", "in 10000 BC",
    "on Monday", "in the 1990s", "in 10000", "the day before yesterday", "last month", "next month",
)


def _dates(rng: random.Random, n: int) -> tuple[str, date | None]:
    when = rng.sample(RELATIVE, 3)
    return f"The minister resigned {when[0]} and said {when[1]} that talks would resume {when[2]}.", EXTREME_DATES[n % len(EXTREME_DATES)]


LIGHT: dict[str, Callable[[random.Random, int], tuple[str, date | None]]] = {
    "markup": _markup, "control characters": _controls, "unicode": _unicode, "long run": _runs,
    "nesting": _nesting, "truncated": _truncated, "boilerplate": _boilerplate, "pasted table": _table,
    "flood": _flood, "calendar ends": _dates,
}
