"""How sure an event's coding is, which ranks the events of a document: higher for verbs,
specific patterns, found arguments, framing and main-clause events; lower for events embedded
in another and for descriptive participles. The weights are the component's config."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tidings import syntax
from tidings.knowledge.patterns import Pattern

DEFAULT_WEIGHTS = {
    "verb": 0.5,  # the base, by the kind of word that anchors the event (a carried noun: its verb)
    "adj": 0.45,
    "noun": 0.35,
    "per_constraint": 0.1,  # for each constraint the pattern sets, up to `max_constraints`
    "max_constraints": 2,
    "source": 0.1,  # an actor found on that side
    "target": 0.1,
    "framing": 0.1,  # a framing trigger ("agreed to", "refused to") that holds another event
    "embedded": 0.25,  # taken off an event embedded in another
    "background": 0.15,  # taken off a descriptive participle ("the occupied city")
    "per_hop": 0.03,  # taken off for each dependency hop from the sentence root, up to `max_hops`
    "max_hops": 5,
    "floor": 0.05,
}


@dataclass(frozen=True)
class Weights:
    verb: float
    adj: float
    noun: float
    per_constraint: float
    max_constraints: int
    source: float
    target: float
    framing: float
    embedded: float
    background: float
    per_hop: float
    max_hops: int
    floor: float


@dataclass(frozen=True)
class Evidence:
    """What one event's confidence is weighed on."""

    token: Token  # the trigger
    anchor: Token  # the trigger, or the verb that carries a noun trigger
    pattern: Pattern
    has_sources: bool
    has_targets: bool
    holds_another: bool  # another event is embedded in this one
    embedded: bool  # this event is embedded in another


def weigh(weights: Weights, evidence: Evidence, background_deps: frozenset[str]) -> float:
    """A score in [floor, 1], rounded to three places."""
    pattern, token, anchor = evidence.pattern, evidence.token, evidence.anchor
    base = getattr(weights, "verb" if anchor is not token else pattern.kind)
    score = (
        base
        + weights.per_constraint * min(pattern.specificity, weights.max_constraints)
        + weights.source * evidence.has_sources
        + weights.target * evidence.has_targets
    )
    score += weights.framing * (pattern.frame and evidence.holds_another)
    score -= weights.embedded * evidence.embedded
    score -= weights.background * (pattern.kind == "verb" and token.dep_ in background_deps)
    score -= weights.per_hop * min(syntax.depth(anchor), weights.max_hops)
    return round(min(1.0, max(weights.floor, score)), 3)
