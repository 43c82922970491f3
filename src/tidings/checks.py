"""Checks an article must pass before the pipeline spends time on it: each refusal is one line
naming the problem."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any, NamedTuple

from pydantic import ValidationError

from tidings.errors import InputError
from tidings.knowledge import read_tsv
from tidings.model import Article

MAX_CHARS = 1_000_000  # the one input size limit (spaCy's own default nlp.max_length)
MAX_BYTES = 4 * MAX_CHARS  # the most bytes MAX_CHARS characters take in UTF-8: more is surely too long

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # only a str built in Python can hold one
# A letter outside the Latin script (Basic Latin to Latin Extended-B, Latin Extended Additional).
_NOT_LATIN = re.compile("[^\x00-\u024f\u1e00-\u1eff]")
LANGUAGE_SAMPLE = 20_000  # characters read to tell the language
MIN_FOREIGN_WORDS = 3  # below this many foreign words (function words, accented words) no evidence is clear
FOREIGN_OVER_ENGLISH = 2.0  # ... and they must outnumber English-only function words this many times
MIN_FOREIGN_SHARE = 0.1  # ... and be this share of the words


def decode(data: bytes, name: str = "input") -> str:
    """UTF-8 text from bytes, or an InputError saying why the bytes are not text."""
    if len(data) > MAX_BYTES:
        raise InputError(_too_long(name, f"over {MAX_CHARS:,}"))
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def article(name: str = "input", **fields: Any) -> Article:
    """An Article from its fields (text, published, url...), or an InputError naming what is
    wrong with them."""
    if isinstance(fields.get("text"), str):
        _check_unicode(fields["text"], name)
    try:
        return Article(**fields)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "article"
        raise InputError(f"{name}: {field}: {first['msg']}") from None


def check_text(text: str, name: str = "input") -> None:
    """Raise InputError when the text is empty, binary, too long or clearly not English."""
    if not text.strip():
        raise InputError(f"{name}: empty text")
    if len(text) > MAX_CHARS:
        raise InputError(_too_long(name, f"{len(text):,}"))
    _check_unicode(text, name)
    if len(_CONTROL.findall(text[:8192])) > 8:
        raise InputError(f"{name}: binary data (control characters), not text")
    sample = text[:LANGUAGE_SAMPLE]
    words = _WORD.findall(sample)
    if not words:
        raise InputError(f"{name}: no words in the text")
    latin = sum(map(_is_latin, words)) / len(words) if _NOT_LATIN.search(sample) else 1.0
    if latin < 0.5:
        raise InputError(f"{name}: not English ({1 - latin:.0%} of words in a non-Latin script); tidings reads English news")
    evidence = other_language(words)
    if evidence:
        raise InputError(f"{name}: not English ({_described(evidence)}); tidings reads English news")


def _check_unicode(text: str, name: str) -> None:
    surrogate = _SURROGATE.search(text)
    if surrogate:
        raise InputError(f"{name}: not valid Unicode (a lone surrogate at offset {surrogate.start()})")


def _described(evidence: Evidence) -> str:
    found = []
    if evidence.language:
        found.append(f"{evidence.function_words} function words of '{evidence.language}'")
    if evidence.accented:
        found.append(f"{evidence.accented} words with letters English does not use")
    return " and ".join(found) + ", few English ones"


def _too_long(name: str, size: str) -> str:
    return f"{name}: too long ({size} characters; the limit is {MAX_CHARS:,}): split it into articles"


def _is_latin(word: str) -> bool:
    """Written in the Latin script, accents included."""
    return _NOT_LATIN.search(word) is None


class Evidence(NamedTuple):
    """Clear evidence that a text is in another language than English."""

    language: str | None  # the language whose function words it holds, if any
    function_words: int  # how many of that language's function words (and none of English's)
    accented: int  # lowercase words with letters English does not use ("während", "été")


def other_language(words: list[str]) -> Evidence | None:
    """The evidence that words (as written) are in another language, when it is clear: enough
    foreign function words and accented lowercase words, far more than English-only function
    words. Only words that are function words of one language and not of the other count, so
    shared ones ("in", "a") weigh nothing and foreign names in English copy ("von der Leyen",
    "Lula da Silva") little; names are capitalised, so their accents never count."""
    accented = sum(1 for w in words if w[0].islower() and not w.isascii())
    hits: Counter[str] = Counter()  # function words per language, one pass over the words
    for word, n in Counter(w.lower() for w in words if len(w) > 1).items():
        for language in _languages_of().get(word, ()):
            hits[language] += n
    english = hits["en"]
    language, found = None, 0
    for other in _function_words():  # in file order: the first of equals wins
        if other != "en" and hits[other] > found:
            language, found = other, hits[other]
    evidence = found + accented
    clear = (
        evidence >= MIN_FOREIGN_WORDS
        and evidence >= FOREIGN_OVER_ENGLISH * english
        and evidence >= MIN_FOREIGN_SHARE * len(words)
    )
    return Evidence(language, found, accented) if clear else None


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    return {row["language"]: frozenset(row["words"].split()) for row in read_tsv("language_function_words.tsv")}


@lru_cache(maxsize=1)
def _languages_of() -> dict[str, tuple[str, ...]]:
    """Each function word's languages."""
    languages: dict[str, tuple[str, ...]] = {}
    for language, words in _function_words().items():
        for word in words:
            languages[word] = (*languages.get(word, ()), language)
    return languages
