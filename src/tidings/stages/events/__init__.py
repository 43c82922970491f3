"""Events (`tidings_events`): verb and noun triggers on the parse, coded CAMEO + PLOVER, with
their source and target actors, place and time, read from the token index.

coding.py      which tokens trigger which events, and which events hold others
arguments.py   sources and targets; who reports the clause
setting.py     place and time
confidence.py  how sure each coding is (ranks the events of a document)
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Token

from tidings import docdata, syntax
from tidings.component import Component
from tidings.knowledge.arguments import argument_words
from tidings.knowledge.ontology import cameo_codes
from tidings.knowledge.patterns import Pattern, pattern_book
from tidings.model import Event, Span
from tidings.stages.events.arguments import Arguments
from tidings.stages.events.coding import Coder, Triggers, proxy
from tidings.stages.events.confidence import DEFAULT_WEIGHTS, Evidence, Weights, weigh
from tidings.stages.events.setting import Setting

DEFAULT_CONFIG = {
    "confidence": DEFAULT_WEIGHTS,
    "embedding_hops": 4,  # governors climbed to find the event another is embedded in
    "bounding_hops": 3,  # governors climbed to find a "since"/"until" that bounds a time
}


@Language.factory(
    "tidings_events",
    requires=["token.dep", "token._.actor", "token._.place", "token._.time"],
    assigns=["doc._.events"],
    default_config=DEFAULT_CONFIG,
)
def make_events(nlp: Language, name: str, confidence: dict, embedding_hops: int, bounding_hops: int) -> EventsComponent:
    return EventsComponent(name, Weights(**confidence), embedding_hops, bounding_hops)


class EventsComponent(Component):
    """Codes the events of a Doc and puts them on it (`doc._.events`)."""

    def __init__(self, name: str, weights: Weights, embedding_hops: int, bounding_hops: int) -> None:
        super().__init__(name)
        self.book = pattern_book()
        self.codes = cameo_codes()
        self.argument_words = argument_words()
        self.coder = Coder(self.book, self.codes, embedding_hops)
        self.weights = weights
        self.bounding_hops = bounding_hops

    def process(self, doc: Doc) -> None:
        triggers = self.coder.triggers(doc)
        if not triggers.found:
            docdata.put(doc, "events", [])
            return
        reading = _Reading(
            doc,
            triggers,
            Arguments(self.book.roles, self.argument_words, triggers, doc),
            Setting(self.book.roles, frozenset(triggers.found), self.bounding_hops),
        )
        events = [self._event(reading, token, pattern, f"e{n}") for n, (token, pattern) in enumerate(triggers.found.values(), 1)]
        docdata.put(doc, "events", events)

    def _event(self, reading: _Reading, token: Token, pattern: Pattern, event_id: str) -> Event:
        roles = self.book.roles
        carrier = reading.triggers.carriers.get(token.i)
        anchor = carrier if carrier is not None else token
        cameo, obliged = self.coder.recode(pattern.cameo, anchor)
        code = self.codes[cameo]
        governor = syntax.governor(proxy(token, roles)) if pattern.kind == "noun" else None
        sources, targets = reading.arguments.of(token, pattern, carrier, cameo, obliged)
        evidence = Evidence(
            token=token,
            anchor=anchor,
            pattern=pattern,
            has_sources=bool(sources),
            has_targets=bool(targets),
            holds_another=anchor.i in reading.triggers.hosts,
            embedded=token.i in reading.triggers.embedded,
        )
        trigger = reading.span(token.idx, token.idx + len(token))
        return Event(
            id=event_id,
            spans=[trigger],
            mentions=[trigger],
            cameo=code.code,
            cameo_root=code.root,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            plover=code.plover,
            plover_mode=code.plover_mode,
            plover_context=list(code.plover_context),
            trigger=token.lemma_.lower(),
            sources=sources,
            targets=targets,
            place=reading.setting.place(token, governor, pattern.cameo),  # where, as coded before any recoding
            when=reading.setting.time(token, governor),
            sentence=reading.sentence(token),
            confidence=weigh(self.weights, evidence, roles.background_deps),
        )


class _Reading:
    """What the events of one Doc are built from."""

    def __init__(self, doc: Doc, triggers: Triggers, arguments: Arguments, setting: Setting) -> None:
        self.text = doc.text  # Doc.text joins every token anew: once per document
        self.triggers = triggers
        self.arguments = arguments
        self.setting = setting
        self._sentences = list(doc.sents)
        self._starts = [sentence.start for sentence in self._sentences]

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.text[start:end])

    def sentence(self, token: Token) -> Span:
        """The sentence of a token (found by bisection: `Token.sent` scans the sentence)."""
        sentence = self._sentences[bisect_right(self._starts, token.i) - 1]
        return self.span(sentence.start_char, sentence.end_char)
