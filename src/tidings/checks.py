"""Checks an article must pass before the pipeline spends time on it."""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

from tidings.backbone import MAX_CHARS
from tidings.errors import InputError

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Languages whose function words (spaCy's stop lists) are compared with English ones.
OTHER_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "fi", "tr", "id", "ro", "cs")
MIN_WORDS_FOR_LANGUAGE = 8  # below this a text is too short to tell its language
MIN_FOREIGN_SHARE = 0.15  # of words, function words of the other language
FOREIGN_OVER_ENGLISH = 1.5  # ... and this many times the share of English function words


def decode(data: bytes, name: str = "input") -> str:
    """UTF-8 text from bytes, or an InputError saying why the bytes are not text."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def check_text(text: str, name: str = "input") -> None:
    """Raise InputError when the text is empty, binary, too long or not English."""
    if not text.strip():
        raise InputError(f"{name}: empty text")
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{name}: too long ({len(text):,} characters; the limit is {MAX_CHARS:,}): "
            "split it into articles"
        )
    if len(_CONTROL.findall(text[:8192])) > 8:
        raise InputError(f"{name}: binary data (control characters), not text")
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if not words:
        raise InputError(f"{name}: no words in the text")
    latin = sum(w.isascii() for w in words) / len(words)
    if latin < 0.5:
        raise InputError(f"{name}: not English ({1 - latin:.0%} of words in a non-Latin script); tidings reads English news")
    language, share = _likeliest_other_language([w for w in words if len(w) > 1])
    if language:
        raise InputError(
            f"{name}: not English (looks like '{language}': {share:.0%} of words are its "
            "function words); tidings reads English news"
        )


@lru_cache(maxsize=None)
def _stop_words(language: str) -> frozenset[str]:
    return frozenset(importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS)


def _likeliest_other_language(words: list[str]) -> tuple[str | None, float]:
    """The language other than English whose function words clearly dominate, if any."""
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None, 0.0

    shares = {
        language: sum(w in _stop_words(language) for w in words) / len(words)
        for language in ("en", *OTHER_LANGUAGES)
    }
    language = max(OTHER_LANGUAGES, key=shares.__getitem__)
    foreign = shares[language]
    if foreign >= MIN_FOREIGN_SHARE and foreign > FOREIGN_OVER_ENGLISH * shares["en"]:
        return language, foreign
    return None, 0.0
