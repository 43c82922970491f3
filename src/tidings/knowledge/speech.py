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
def reporting_verbs() -> frozenset[str]:
    """Lemmas of the verbs whose clause complement is someone's speech or belief ("said that
    ...", "fears that ...")."""
    return frozenset(
        cue.cue for cue in speech_cues().values() if CLAUSE_FRAME in cue.frames and cue.kind is not QuoteKind.INTENTION
    )
