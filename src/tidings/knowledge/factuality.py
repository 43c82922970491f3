"""Factuality cues (`factuality_cues.tsv`): the words that make an event less than a certain,
positive, past-or-present fact, each with the scope through which it reaches the event; and the
classes of the words that govern a predicate (`factuality_classes.tsv`), which the model weighs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tidings.knowledge import read_tsv
from tidings.model import Certainty, EventTime, Polarity

CUES_FILE = "factuality_cues.tsv"
CLASSES_FILE = "factuality_classes.tsv"


@dataclass(frozen=True)
class Cue:
    """The labels one cue word sets (None: leaves that attribute as it is)."""

    certainty: Certainty | None = None
    polarity: Polarity | None = None
    time: EventTime | None = None


@lru_cache(maxsize=1)
def factuality_cues() -> dict[tuple[str, str], Cue]:
    """(scope, word) -> Cue: scope is aux, neg, adverb, mark, determiner, modifier, preposition
    or complement (see the data file's header)."""
    return {
        (row["scope"], row["cue"]): Cue(
            certainty=Certainty(row["certainty"]) if row["certainty"] else None,
            polarity=Polarity(row["polarity"]) if row["polarity"] else None,
            time=EventTime(row["time"]) if row["time"] else None,
        )
        for row in read_tsv(CUES_FILE)
    }


@lru_cache(maxsize=1)
def scope_classes() -> dict[str, str]:
    """Word (a lemma, modal or subordinator) -> its class: intention, volition, expectation,
    obligation, directive, commitment, possibility, ability, future, hypothetical, perception,
    reporting, belief, condition, concession or purpose (see the data file's header)."""
    return {row["word"]: row["class"] for row in read_tsv(CLASSES_FILE)}
