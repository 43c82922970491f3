"""How a toponym as written becomes a lookup key, and what of it names the place."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "-": " ", "–": " ", ".": ""})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_LEADING_THE = re.compile(r"^the\s+")
_PLAIN = re.compile(r"(?!(?i:the) )[A-Za-z]+(?: [A-Za-z]+)*")  # normalizes to itself, casefolded
_TRIM = re.compile(r"^(?:[Tt]he\s+)?(.*?)(?:['’]s?)?$", re.S)
# A name's first word abbreviated as news writes it: "St. Paul" is Saint Paul, "Ft. Worth" Fort Worth.
_ABBREVIATED_FIRST_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
KEYS_KEPT = 16_384  # names whose keys are kept: ranking asks for the same few names' keys many times an article


@lru_cache(maxsize=KEYS_KEPT)
def normalize(name: str) -> str:
    """A lookup key: accents, case, dots, hyphens, a possessive and a leading 'the' removed, and
    an abbreviated first word spelt out ("Mt. Pleasant" and "Mount Pleasant" share a key)."""
    return _spell_out(_key(name))


def abbreviated(name: str) -> bool:
    """Whether a name is written as an abbreviation ("Ga.", "N.Y", "U.K."), not merely opened
    by an abbreviated word ("St. Paul")."""
    first, space, rest = name.partition(" ")
    if space and first.rstrip(".").casefold() in _ABBREVIATED_FIRST_WORDS:
        name = rest
    return "." in name


def _spell_out(key: str) -> str:
    first, space, rest = key.partition(" ")
    return f"{_ABBREVIATED_FIRST_WORDS[first]} {rest}" if space and first in _ABBREVIATED_FIRST_WORDS else key


def _key(name: str) -> str:
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
