"""How a toponym as written becomes a lookup key, and what of it names the place."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "-": " ", "–": " ", ".": ""})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_LEADING_THE = re.compile(r"^the\s+")
_PLAIN = re.compile(r"(?!(?i:the) )[A-Za-z]+(?: [A-Za-z]+)*")  # normalizes to itself, casefolded
_TRIM = re.compile(r"^(?:[Tt]he\s+)?(.*?)(?:['’]s?)?$", re.S)


def normalize(name: str) -> str:
    """A lookup key: accents, case, dots, hyphens, a possessive and a leading 'the' removed."""
    if _PLAIN.fullmatch(name):
        return name.casefold()
    if name.isascii():
        text = name.casefold()
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    text = " ".join(text.translate(_APOSTROPHES).split())
    text = _POSSESSIVE.sub("", text).strip()
    return _LEADING_THE.sub("", text)


def trim(name: str) -> tuple[int, int, str]:
    """Offsets and text of a toponym without a leading 'the' or a possessive ending."""
    match = _TRIM.match(name)
    return match.start(1), match.end(1), match.group(1)
