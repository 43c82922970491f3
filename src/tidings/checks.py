"""Checks an article must pass before the pipeline spends time on it."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from tidings.backbone import MAX_CHARS
from tidings.errors import InputError

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MIN_WORDS_FOR_LANGUAGE = 12  # below this a text is too short to tell its language
MIN_ENGLISH_FUNCTION_WORDS = 0.12  # English news runs at 0.35-0.55; other languages near 0.0-0.05


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
    english = sum(w in STOP_WORDS for w in words) / len(words)
    if latin < 0.5 or (len(words) >= MIN_WORDS_FOR_LANGUAGE and english < MIN_ENGLISH_FUNCTION_WORDS):
        raise InputError(
            f"{name}: not English ({english:.0%} English function words, "
            f"{1 - latin:.0%} non-Latin words); tidings reads English news"
        )
