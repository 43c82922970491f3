"""Speech cues (`speech_cues.tsv`): the reporting verbs and phrases that say who says what.

One table for every stage that needs to know speech: quotes find attributions with it,
factuality and events find who reports a clause."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from tidings.knowledge import read_tsv
from tidings.model import QuoteKind

CLAUSE_FRAME = "ccomp"


class SpeechCue(BaseModel):
    """A reporting verb or phrase."""

    model_config = ConfigDict(frozen=True)

    cue: str  # "say", "point out", "according to"
    frames: tuple[str, ...]  # where its content is, in order of preference: ccomp, xcomp, dobj, prep:for, ...
    direct: bool  # may introduce or follow a direct quotation
    stance: str  # neutral, factive, hedged, negative, future
    relay: bool  # passes on another's speech: a speaker in its content makes its subject the via
    kind: QuoteKind = QuoteKind.SPEECH  # what it attributes: speech, an attitude or an intention


@lru_cache(maxsize=1)
def speech_cues() -> dict[str, SpeechCue]:
    """The cue table, keyed by cue (lemma, lemma + particle, or fixed phrase)."""
    return {
        row["cue"]: SpeechCue(
            cue=row["cue"],
            frames=tuple(row["frames"].split(",")),
            direct=row["direct"] == "yes",
            stance=row["stance"],
            relay=row["relay"] == "yes",
            kind=QuoteKind(row["kind"]),
        )
        for row in read_tsv("speech_cues.tsv")
    }


@lru_cache(maxsize=1)
def cue_heads() -> frozenset[str]:
    """The first word of every cue: a token worth looking at as the start of one."""
    return frozenset(cue.split()[0] for cue in speech_cues())


@lru_cache(maxsize=1)
def cue_forms() -> dict[str, str]:
    """The regular inflections of every one-word cue verb, each to its cue ("hoped" -> "hope"):
    a guard against the lemmatizer's slips ("hoped" read as "hop")."""
    forms: dict[str, str] = {}
    for cue in speech_cues():
        if " " in cue or not cue.isalpha():
            continue
        stem = cue[:-1] if cue.endswith("e") else cue
        ies = cue[:-1] + "ie" if cue.endswith("y") and cue[-2:-1] not in "aeiou" else cue
        for form in (cue + "s", ies + "s", cue + "es", stem + "ed", ies + "d", stem + "ing", cue + "ing"):
            forms.setdefault(form, cue)
    return forms


def cue_lemma(lemma: str, word: str) -> str:
    """The cue a verb's lemma and lower-case word name: the lemma where it is a cue, else the cue
    the word inflects."""
    if lemma in speech_cues():
        return lemma
    return cue_forms().get(word, lemma)


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Lemmas of the verbs whose clause complement is someone's speech or belief ("said that
    ...", "fears that ...")."""
    return frozenset(
        cue.cue for cue in speech_cues().values() if CLAUSE_FRAME in cue.frames and cue.kind is not QuoteKind.INTENTION
    )


@lru_cache(maxsize=1)
def label_words() -> dict[str, bool]:
    """Words heading a line's label before a colon ("Poll: …", "Correction: …"), lower case, each
    to whether the label names a source (`quote_labels.tsv`)."""
    return {row["word"]: row["source"] == "yes" for row in read_tsv("quote_labels.tsv")}


@lru_cache(maxsize=1)
def speech_idioms() -> frozenset[tuple[str, str]]:
    """(cue, object lemma) pairs in which the cue is no act of speech ("claimed lives", "shows
    signs of"; `speech_idioms.tsv`)."""
    return frozenset((row["cue"], row["object"]) for row in read_tsv("speech_idioms.tsv"))


@lru_cache(maxsize=1)
def speech_settings() -> frozenset[str]:
    """Nouns naming the occasion or medium of someone's words ("in a ruling", "at a forum";
    `speech_settings.tsv`)."""
    return frozenset(row["word"] for row in read_tsv("speech_settings.tsv"))


@lru_cache(maxsize=1)
def speech_feelings() -> frozenset[str]:
    """Adjectives whose to-infinitive statement is made ("is pleased to announce"; `speech_feelings.tsv`)."""
    return frozenset(row["word"] for row in read_tsv("speech_feelings.tsv"))
