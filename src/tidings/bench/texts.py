"""Texts made to measure: news-like articles of any length, and the hostile shapes that once
crashed or slowed the pipeline. Generated (no large files), the same on every run.

The articles are written from templates over names, places and dates tidings knows, so every
component has work to do in every paragraph.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from datetime import date

LEADERS = (
    "Russian President Vladimir Putin", "North Korean leader Kim Jong Un", "Chinese President Xi Jinping",
    "French President Emmanuel Macron", "German Chancellor Olaf Scholz", "Indian Prime Minister Narendra Modi",
    "Turkish President Recep Tayyip Erdogan", "Ukrainian President Volodymyr Zelensky",
    "Japanese Prime Minister Fumio Kishida", "Brazilian President Luiz Inacio Lula da Silva",
)
GROUPS = (
    "the United Nations", "NATO", "the European Union", "the World Health Organization", "the African Union",
    "Russian forces", "Ukrainian troops", "police", "protesters", "rebels",
)
PLACES = (
    "Moscow", "Paris", "Berlin", "Kyiv", "Seoul", "Geneva", "Nairobi", "Lima", "Jakarta", "Cairo",
    "Kharkiv", "Marseille", "Ankara", "Brasilia", "Osaka",
)
WHEN = (
    "on Monday", "on Tuesday", "last week", "on March 3", "two years ago", "next month", "yesterday",
    "on Friday evening", "in early May", "earlier this year",
)
OUTLETS = ("Reuters", "the Associated Press", "AFP", "the BBC")
SENTENCES = (
    "{leader} met {other} in {place} {when} to discuss trade and security.",
    "{leader} visited {place} {when}, the first such trip since the war began.",
    "{group} shelled the outskirts of {place} {when}, killing three civilians.",
    "{group} condemned the attack on {place} and called for an inquiry.",
    "{leader} accused {group} of breaking the ceasefire {when}.",
    "\u201cWe will not accept threats,\u201d {leader} told reporters in {place}.",
    "{leader} said {when} that talks with {other} would continue in {place}.",
    "The two sides may sign an agreement in {place} {when}, officials said.",
    "{group} refused to comment on the report, according to {outlet}.",
    "Thousands of people protested in {place} {when} against rising prices.",
    "{outlet} reported that {group} had withdrawn from {place}.",
    "{leader} will host {other} in {place} {when}.",
)
PUBLISHED = date(2024, 3, 6)


def article(words: int, seed: int = 0) -> str:
    """A news-like article of about `words` words: a headline, then paragraphs of 3-5
    sentences."""
    rng = random.Random(seed)
    pick = rng.choice
    first, second = (leader.split()[-1] for leader in rng.sample(LEADERS, 2))
    paragraphs = [f"{first} and {second} Hold Talks in {pick(PLACES)}"]
    count = len(paragraphs[0].split())
    while count < words:
        sentences = []
        for _ in range(3 + len(paragraphs) % 3):
            sentence = pick(SENTENCES).format(
                leader=pick(LEADERS), other=pick(LEADERS), group=pick(GROUPS), place=pick(PLACES),
                when=pick(WHEN), outlet=pick(OUTLETS),
            )
            sentences.append(sentence[0].upper() + sentence[1:])
            count += len(sentence.split())
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def _every_unicode_category() -> str:
    """One character of each general category the text can hold (surrogates aside), set in
    English sentences."""
    found: dict[str, str] = {}
    for code in range(0x20, 0x30000):
        char = chr(code)
        category = unicodedata.category(char)
        if category != "Cs" and category not in found:
            found[category] = char
    found["Cn"] = "\U000e01f0"  # an unassigned code point
    marks = " ".join(found[c] for c in sorted(found))
    return f"The minister met the envoy in Paris on Monday. {marks}\nThe talks ended on Tuesday."


# Each shape: (text, publication date). Sizes are those that once failed or slowed the pipeline.
# Each must end in a record or a clean InputError (tests/test_hostile_inputs.py).
HOSTILE: dict[str, Callable[[], tuple[str, date | None]]] = {
    "deep nesting": lambda: ("The minister said " + "(" * 5_000 + "yes" + ")" * 5_000 + " on Monday.", PUBLISHED),
    "deep clauses": lambda: ("The man " + "who knew the man " * 2_000 + "resigned.", PUBLISHED),
    "long conjunction chain": lambda: (
        "Leaders of " + ", ".join(PLACES[i % len(PLACES)] for i in range(5_000)) + " and Lima met on Monday.",
        PUBLISHED,
    ),
    "a million days ago": lambda: ("The treaty was signed 1000000 days ago and expires in 99999999 years.", PUBLISHED),
    "published in year 1": lambda: ("The minister resigned yesterday and will return next year, two decades later.", date(1, 1, 1)),
    "published in year 9999": lambda: ("The minister resigned yesterday and will return next year, two decades later.", date(9999, 12, 31)),
    "a name repeated": lambda: ("Vladimir Putin " * 5_000, PUBLISHED),
    "according to lines": lambda: ("According to officials, the talks failed.\n" * 5_000, PUBLISHED),
    "quotation marks": lambda: ("He said " + " and ".join('"no' for _ in range(5_000)) + ".", PUBLISHED),
    "a million-character paragraph": lambda: (_paragraph(1_000_000), PUBLISHED),
    "a million-character word": lambda: ("The minister said " + "a" * (1_000_000 - 30) + " on Monday.", PUBLISHED),
    "capitals repeated": lambda: ("THE MINISTER SAID " * 3_000, PUBLISHED),
    "markup repeated": lambda: ("[bold]Paris[/bold] met [/x] the [link=x]envoy[/link]. " * 2_000, PUBLISHED),
    "control characters": lambda: ("Putin\x0bmet\x0cKim\x1b in\x7f Minsk\x1f on\x08 Monday.", PUBLISHED),
    "every Unicode category": lambda: (_every_unicode_category(), PUBLISHED),
    "a lone surrogate": lambda: ("Putin met Kim in Minsk \ud800 on Monday.", PUBLISHED),
}


def _paragraph(chars: int) -> str:
    """One paragraph (no line break) of generated sentences, `chars` characters long."""
    text = article(chars // 5).replace("\n\n", " ")
    while len(text) < chars:
        text += " " + text
    return text[:chars]
