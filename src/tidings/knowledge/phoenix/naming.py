"""The names of an imported actor, from the dictionary's phrases (all capitals, words joined by
`_`), as tidings writes and classifies them.

A person's phrase loses what is no part of the name: the words before a comma
("PRESIDENT_OF_THE_RUSSIAN_FEDERATED_REPUBLIC,_BORIS_N._YELTSIN"), then leading titles, role
nouns, honorifics, countries, demonyms, capitals and organisations the curated knowledge names
("RUSSIAN_PRESIDENT_VLADIMIR_PUTIN", "UN_SECRETARY-GENERAL_BAN_KI-MOON"). What
remains is a *full* name when it has two words or more ("Vladimir Putin", "K. Annan"); a single
word (a surname, a mononym: "Putin") is *ambiguous*: among 18,000 people, a surname alone names
one of them only where the context does (a full name in the article, a title, the country).
The surname of every full name (`surname`) is such a name too.

An organisation's phrase drops a leading "THE"; a parenthesised word is a name of its own
("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)"), other parentheses are left out ("AL_QA'IDA_(IN_IRAQ)"), and
a phrase that begins with a particle ("IN_IRAQ") is no name. Two words or more make a *full* name; one word (an
abbreviation, "IAEA") a *short* one, known only as a whole name the recogniser found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tidings.knowledge.countries import CountryIndex
from tidings.knowledge.phoenix.dictionary import phrase_words

_PARENTHESISED = re.compile(r"\(([^)]*)\)")


@dataclass(frozen=True)
class Lexicon:
    """The words the importer reads phrases with (capitals; see `phoenix_import.toml`)."""

    titles: frozenset[str]  # title words, role nouns and honorifics
    organisation_words: frozenset[str]
    organisations: frozenset[str]  # the curated organisations' names ("UNITED NATIONS", "UN")
    particles: frozenset[str]  # lower case
    countries: CountryIndex
    family_name_first: frozenset[str]  # ISO3 of countries whose names put the family name first

    def leading_name(self, words: list[str]) -> int:
        """How many of the first words (not all) name a country, a people, a capital or a known
        organisation ("UNITED_NATIONS_SECRETARY_GENERAL_...": 2); 0 for none."""
        for size in (3, 2, 1):
            text = " ".join(words[:size])
            if len(words) > size and (text in self.organisations or self.countries.by_name_or_demonym(text) or self.countries.by_capital(text)):
                return size
        return 0


def display(words: list[str], particles: frozenset[str]) -> str:
    """Words in capitals written as a name: "BASHAR_AL-ASSAD" -> "Bashar al-Assad"."""
    written = []
    for number, word in enumerate(words):
        lower = word.lower()
        if number and lower in particles:
            written.append(lower)
            continue
        parts = []
        for part in word.split("-"):
            part = _capitalized(part)
            if parts and part.lower() in particles:
                part = part.lower()
            parts.append(part)
        if len(parts) > 1 and parts[0].lower() in particles:  # "AL-ASSAD" -> "al-Assad"
            parts[0] = parts[0].lower()
        written.append("-".join(parts))
    return " ".join(written)


def _capitalized(word: str) -> str:
    """"PUTIN" -> "Putin", "O'NEILL" -> "O'Neill", "MCCAIN" -> "McCain", "II" -> "II"."""
    if word and set(word) <= set("IVX"):  # a regnal number: "Albert II"
        return word
    word = word[:1].upper() + word[1:].lower()
    if len(word) > 2 and word[1] == "'" or word.startswith("Mc"):
        word = word[:2] + word[2:].capitalize()
    return word


def person_names(phrases: list[str], lexicon: Lexicon) -> tuple[list[str], list[str]]:
    """A person's full names and single-word names, in the order of the phrases, each once."""
    found = []
    for phrase in phrases:
        words = _words(phrase.rpartition(",")[2])
        words = [word for word in words if not word.startswith("(")]
        words = _without_titles(words, lexicon)
        if words and not any(word.upper() in lexicon.organisation_words for word in words):
            found.append((display(words, lexicon.particles), len(words)))
    return _by_length(found)


def _by_length(found: list[tuple[str, int]]) -> tuple[list[str], list[str]]:
    """The names of two words or more, and those of one, each once, in order."""
    full = list(dict.fromkeys(name for name, size in found if size > 1))
    return full, [name for name in dict.fromkeys(name for name, size in found if size == 1) if name not in full]


def surname(name: str, family_name_first: bool) -> str | None:
    """The word of a full name that names the person alone: the last ("Putin"), or the first where
    the family name comes first ("Xi Jinping"); none for an initial, a particle or a number."""
    words = name.split()
    word = words[0] if family_name_first else words[-1]
    if len(words) < 2 or word.endswith(".") or len(word) < 2 or word.islower() or set(word) <= set("IVX"):
        return None  # an initial, a particle, a regnal number ("Albert II")
    return word


def _without_titles(words: list[str], lexicon: Lexicon) -> list[str]:
    while len(words) > 1:
        if words[0] in lexicon.titles or words[0].rstrip(".") in lexicon.titles:
            words = words[1:]
        elif size := lexicon.leading_name(words):
            words = words[size:]
        else:
            break
    return words if words and words[0] not in lexicon.titles else []


def organisation_names(phrases: list[str], lexicon: Lexicon) -> tuple[list[str], list[str]]:
    """An organisation's full names (two words or more) and short ones (one word)."""
    found = []
    for phrase in phrases:
        inner = [part.strip("_ ") for part in _PARENTHESISED.findall(phrase) if len(phrase_words(part)) == 1]
        outer = _PARENTHESISED.sub(" ", phrase)
        for text in (outer, *inner):
            words = _words(text)
            if words[:1] == ["THE"]:
                words = words[1:]
            if words and words[0].lower() not in lexicon.particles and any(ch.isalpha() for ch in "".join(words)):
                found.append((_organisation_display(words, lexicon.particles), len(words)))
    return _by_length(found)


def _organisation_display(words: list[str], particles: frozenset[str]) -> str:
    """As `display`, but abbreviations stay in capitals ("IAEA", "UN Security Council")."""
    if len(words) == 1 and len(words[0]) <= 6:
        return words[0]
    written = []
    for number, word in enumerate(words):
        letters = word.replace(".", "")
        if number and word.lower() in particles:
            written.append(word.lower())
        elif "." in word or (letters.isalpha() and (len(letters) <= 2 or not re.search("[AEIOUY]", letters))):
            written.append(word)
        else:
            written.append(display([word], particles))
    return " ".join(written)


def _words(text: str) -> list[str]:
    return [word.strip(",;") for word in phrase_words(text) if word.strip(",;")]
