"""Web addresses and e-mail addresses in running text, written whole ("www.site.org/news") or
spaced out as scraped and re-tokenized text has them ("http: / / www. site. org / news / a -
story", "desk @ site. org"). The tokenizer keeps a whole one in one token, but cuts a spaced-out
one at each dot and space, and the parser then reads "www." and "site." as sentence ends.

A spaced-out part after a dot or dash must begin with a lowercase letter or a digit (host names
are written so): "at www. site. org. The talks..." ends at "org".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_GAP = " ?"  # a space where the address was spaced out
_LOWER = "(?=[a-z0-9])"  # a spaced-out part begins so
_DOT = rf"(?:\.| \. ?{_LOWER}|\. {_LOWER})"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_HOST = rf"{_LABEL}(?:{_DOT}{_LABEL})+"
_SEGMENT = rf"[\w%~+=&?#]+(?:(?:[-_.]| ?[-_] ?{_LOWER})[\w%~+=&?#]+)*"
_PATH = rf"(?:{_GAP}/(?:{_GAP}{_SEGMENT})?)*"

ADDRESS = re.compile(
    r"(?<![\w.@+-])(?:"
    rf"(?i:https?|ftp){_GAP}:{_GAP}/{_GAP}/{_GAP}{_HOST}{_PATH}"  # with its scheme
    rf"|(?i:www){_DOT}{_HOST}{_PATH}"  # from "www."
    rf"|[\w+-]+(?:\.[\w+-]+)*{_GAP}@{_GAP}{_HOST}"  # an e-mail address
    r")"
)
CUES = ("www", "WWW", "@", ":")  # text without any of these holds no address: the search is skipped


def addresses(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each address in the text, by character."""
    if not any(cue in text for cue in CUES):
        return
    for match in ADDRESS.finditer(text):
        yield match.span()
