"""Factuality: how sure the article is that each event happens, and whose claim it is.

Labels follow MEANTIME/NewsReader (certainty, polarity, time). A predicate's labels come from cue
words that scope over it on the dependency parse: its own auxiliaries, negators, adverbs and
subordinator, and the words governing it up the chain ("refused to condemn", "is expected to
visit", "the planned merger"). The cue words are data (`factuality_cues.tsv`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from tidings.knowledge import data_path, read_tsv
from tidings.model import Certainty, EventTime, Factuality, Polarity, Record, Span
from tidings.stages.base import Stage

CUES_FILE = "factuality_cues.tsv"
SPEECH_CUES_FILE = "speech_cues.tsv"  # the quotes knowledge: read here, owned there
MAX_DEPTH = 4  # governors climbed above a predicate

# Dependency relation of a child -> the cue scope it can carry.
CHILD_SCOPES = {
    "aux": "aux",
    "auxpass": "aux",
    "neg": "neg",
    "advmod": "adverb",
    "mark": "mark",
    "det": "determiner",
    "amod": "modifier",
}
# Links through which a governor's `complement` cue reaches the predicate.
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acl", "dobj", "nsubjpass", "acomp"})
# Links through which a governor's own modality (future, uncertainty, hypotheticality) reaches it.
INHERIT_DEPS = frozenset({"xcomp", "acl", "advcl", "pcomp", "nsubjpass", "attr", "oprd", "acomp"})
# Links of a nominal argument: it shares its predicate's future, not its modality.
ARGUMENT_DEPS = frozenset({"nsubj"})
# Links of a reported clause to its reporting verb.
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
CERTAINTY_ORDER = (Certainty.CERTAIN, Certainty.PROBABLE, Certainty.POSSIBLE, Certainty.UNDERSPECIFIED)


@dataclass(frozen=True)
class Cue:
    """The labels one cue word sets (None: leaves that attribute as it is)."""

    certainty: Certainty | None = None
    polarity: Polarity | None = None
    time: EventTime | None = None


@lru_cache(maxsize=1)
def load_cues() -> dict[tuple[str, str], Cue]:
    """(scope, word) -> Cue, from the data file."""
    cues: dict[tuple[str, str], Cue] = {}
    for row in read_tsv(CUES_FILE):
        cues[(row["scope"], row["cue"])] = Cue(
            certainty=Certainty(row["certainty"]) if row["certainty"] else None,
            polarity=Polarity(row["polarity"]) if row["polarity"] else None,
            time=EventTime(row["time"]) if row["time"] else None,
        )
    return cues


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Lemmas of the verbs whose clause complement is someone's speech ("said that ...")."""
    if not data_path(SPEECH_CUES_FILE).exists():
        return frozenset()
    rows = read_tsv(SPEECH_CUES_FILE)
    return frozenset(row["cue"] for row in rows if "ccomp" in row["frames"].split(","))


@dataclass
class Labels:
    """Labels being worked out for one predicate, with the tokens that set them."""

    certainty: Certainty = Certainty.CERTAIN
    negations: int = 0
    underspecified_polarity: bool = False
    time: EventTime = EventTime.NON_FUTURE
    cues: list[tuple[Token, Cue]] = field(default_factory=list)

    @property
    def polarity(self) -> Polarity:
        if self.underspecified_polarity:
            return Polarity.UNDERSPECIFIED
        return Polarity.NEG if self.negations % 2 else Polarity.POS

    def apply(self, cue: Cue, token: Token) -> None:
        """Add one cue word's effect: weaker certainty wins, negations count, time is set."""
        if cue.certainty is not None:
            self.certainty = _weaker(self.certainty, cue.certainty)
        if cue.polarity is Polarity.NEG:
            self.negations += 1
        elif cue.polarity is Polarity.UNDERSPECIFIED:
            self.underspecified_polarity = True
        if cue.time is not None:
            self.time = cue.time
        self.cues.append((token, cue))

    def inherit(self, governor: Labels, negation: bool) -> None:
        """Take on what a governing predicate's modality passes down (its negation only if asked)."""
        changed = False
        if governor.certainty is not Certainty.CERTAIN:
            self.certainty = _weaker(self.certainty, governor.certainty)
            changed = True
        if governor.time is EventTime.FUTURE:
            self.time = EventTime.FUTURE
            changed = True
        if governor.underspecified_polarity:
            self.underspecified_polarity = True
            changed = True
        if negation and governor.negations:
            self.negations += governor.negations
            changed = True
        if changed:
            self.cues.extend(governor.cues)

    def inherit_time(self, governor: Labels) -> None:
        if governor.time is EventTime.FUTURE and self.time is not EventTime.FUTURE:
            self.time = EventTime.FUTURE
            self.cues.extend(governor.cues)

    def factuality(self) -> Factuality:
        """The labels, with the cue words that set the ones that differ from the defaults."""
        polarity = self.polarity
        tokens = {
            token.i: token
            for token, cue in self.cues
            if (cue.certainty is not None and cue.certainty is self.certainty is not Certainty.CERTAIN)
            or (cue.polarity is not None and polarity is not Polarity.POS)
            or (cue.time is not None and cue.time is self.time is not EventTime.NON_FUTURE)
        }
        spans = [Span(start=t.idx, end=t.idx + len(t), text=t.text) for _, t in sorted(tokens.items())]
        return Factuality(certainty=self.certainty, polarity=polarity, time=self.time, cues=spans)


def _weaker(a: Certainty, b: Certainty) -> Certainty:
    return max(a, b, key=CERTAINTY_ORDER.index)


def predicate_token(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens overlapping [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


class FactualityStage(Stage):
    """Labels every event's factuality from its trigger, and names who asserts it."""

    name = "factuality"

    def __init__(self) -> None:
        self.cues = load_cues()
        self.reporting_verbs = reporting_verbs()

    def __call__(self, doc: Doc, record: Record) -> None:
        heads = {e.id: predicate_token(doc, e.spans[0].start, e.spans[0].end) for e in record.events if e.spans}
        triggers = {token.i for token in heads.values() if token is not None}
        for event in record.events:
            if not event.spans:
                continue
            token = heads[event.id]
            factuality = Factuality() if token is None else self._labels(_event_predicate(token, triggers), 0).factuality()
            factuality.attributed_to = self._source(token, record, event.spans[0])
            event.factuality = factuality

    def assess(self, doc: Doc, start: int, end: int) -> Factuality:
        """The factuality of the predicate at [start, end) of `doc` (any verb, noun or adjective)."""
        token = predicate_token(doc, start, end)
        if token is None:
            return Factuality()
        return self._labels(token, 0).factuality()

    def _source(self, token: Token | None, record: Record, trigger: Span) -> str | None:
        """Id of the quote containing the trigger, else of the actor whose reporting verb
        governs its clause; None when the writer asserts it."""
        for quote in record.quotes:
            if any(span.contains(trigger.start, trigger.end) for span in quote.spans):
                return quote.id
        for _ in range(MAX_DEPTH):
            if token is None or token.head is token or token.dep_ not in REPORTED_DEPS:
                return None
            governor = token.head
            if token.dep_ == "ccomp" and governor.lemma_.lower() in self.reporting_verbs:
                return _speaker(governor, record)
            token = governor
        return None

    def _labels(self, token: Token, depth: int) -> Labels:
        """The token's own cues, then its governor's: a complement cue, and the governor's own
        labels where the link passes them down (climbing at most MAX_DEPTH governors)."""
        labels = Labels()
        own = self._local(token, labels)
        if depth >= MAX_DEPTH or token.head is token:
            return labels
        if token.dep_ == "conj":
            if not own:  # shares its head's auxiliaries, negation and governor
                labels.inherit(self._labels(token.head, depth + 1), negation=True)
                return labels
            token = token.head  # its own verb group; the head's governor still governs it
            if token.head is token:
                return labels
        link, governor = token.dep_, token.head
        if link in ("pobj", "pcomp") and governor.dep_ == "prep":
            self._apply(labels, "preposition", governor.lower_, governor)
            if governor.head is governor:
                return labels
            governor = governor.head
        cue = self.cues.get(("complement", governor.lemma_.lower()))
        # "the possibility of X", "plans for X": X completes the noun (whose own modality stays)
        noun_complement = link in ("pobj", "pcomp") and governor.pos_ == "NOUN"
        if cue is not None and (link in COMPLEMENT_DEPS or noun_complement):
            labels.apply(replace(cue, time=None) if own else cue, governor)  # a tensed clause keeps its time
        if own:  # a finite clause is anchored by its own tense and modality
            return labels
        if link in INHERIT_DEPS:
            labels.inherit(self._labels(governor, depth + 1), negation=False)
        elif link in ARGUMENT_DEPS:
            labels.inherit_time(self._labels(governor, depth + 1))
        return labels

    def _local(self, token: Token, labels: Labels) -> bool:
        """Apply the cues among the token's own dependents; True if it has its own verb group."""
        own = token.tag_ in FINITE_TAGS
        for child in token.children:
            scope = CHILD_SCOPES.get(child.dep_)
            if scope is None:
                continue
            if scope == "aux" and child.tag_ in FINITE_TAGS:
                own = True
            self._apply(labels, scope, child.lower_, child)
        return own

    def _apply(self, labels: Labels, scope: str, word: str, token: Token) -> None:
        cue = self.cues.get((scope, word))
        if cue is not None:
            labels.apply(cue, token)


def _event_predicate(token: Token, triggers: set[int]) -> Token:
    """An event named by the object of a verb that is no event itself ("may impose
    sanctions", "refused to sign the agreement") is as sure as that verb: the verb phrase is
    the event. The object of another event ("refused to condemn the invasion") is not."""
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        verb = token.head
        if verb.pos_ == "VERB" and verb.i not in triggers:
            return verb
    return token


def _speaker(verb: Token, record: Record) -> str | None:
    """The actor named by the reporting verb's subject (or passive agent), if the record has one."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not subjects:
        return None
    subject = subjects[0]
    actor = record.actor_at(subject.idx, subject.idx + len(subject))
    if actor is None:  # the actor may be named in the subject phrase ("a spokesman for Airbus")
        last = subject.right_edge
        actor = record.actor_at(subject.left_edge.idx, last.idx + len(last))
    return actor.id if actor is not None else None
