"""Events (`tidings_events`): verb and noun triggers on the parse, coded CAMEO + PLOVER, with
their source and target actors, place and time, read from the token index.

coding.py      which tokens trigger which events, and which events hold others
arguments.py   sources and targets; who reports the clause
setting.py     place and time
confidence.py  how sure each coding is (ranks the events of a document)
discards.py    sentences left alone (sports, entertainment: the discard list)
mentions.py    one event, many mentions: mentions of one event merged into one Event

An event the CAMEO verb lexicon alone codes (a verb tidings' own patterns do not cover) is kept
only with an actor that has a CAMEO code on `lexicon_sides` of its sides (both, as PETRARCH
codes), and not by its bare code where it frames a clause ("wanted to thank", "plan to run": a
PETRARCH pattern would code the clause); a plain statement, only for a speech verb
(`speech_cues.tsv`) with a coded speaker. The lexicon is broad: without its parties a verb is
mostly a word used in another sense ("faced criticism", "checked into a clinic", "scored twice").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tidings import docdata, syntax
from tidings.component import Component
from tidings.knowledge.arguments import argument_words
from tidings.knowledge.discards import discard_list
from tidings.knowledge.ontology import cameo_codes
from tidings.knowledge.patterns import Pattern, pattern_book
from tidings.knowledge.speech import speech_cues
from tidings.model import Event, Span
from tidings.stages.events.arguments import Arguments
from tidings.stages.events.coding import Coder, Triggers, proxy
from tidings.stages.events.confidence import DEFAULT_WEIGHTS, Evidence, Weights, weigh
from tidings.stages.events.discards import discarded
from tidings.stages.events.mentions import MentionSettings, merge
from tidings.stages.events.places_as_parties import PlacesAsParties
from tidings.stages.events.setting import Setting

FRAMED_DEPS = frozenset({"xcomp", "ccomp"})  # a clause a verb frames
UNDATED = frozenset({"vague", "duration", "set"})  # time precisions that do not tell two events apart
DEFAULT_CONFIG = {
    "confidence": DEFAULT_WEIGHTS,
    "embedding_hops": 4,  # governors climbed to find the event another is embedded in
    "bounding_hops": 3,  # governors climbed to find a "since"/"until" that bounds a time
    "reporting_hops": 6,  # governors climbed from an event to the statement that reports it
    "lexicon_sides": 2,  # sides (source, target) that need an actor for an event the lexicon alone codes
    "mentions": {
        "window": 2,  # sentences within which a mention repeating an event's trigger word may join it
        "reach": 8,  # recent events of one CAMEO root a mention is compared with
        "symmetric_roots": ["04", "06"],  # consult, cooperate: sides named either way round ("X met Y", "Y met X")
    },
}


@dataclass(frozen=True)
class Coding:
    """The component's settings for finding and keeping events (see DEFAULT_CONFIG)."""

    embedding_hops: int
    bounding_hops: int
    reporting_hops: int
    lexicon_sides: int


DEFAULT_CODING = Coding(**{name: DEFAULT_CONFIG[name] for name in ("embedding_hops", "bounding_hops", "reporting_hops", "lexicon_sides")})


def mention_settings(config: dict) -> MentionSettings:
    return MentionSettings(config["window"], config["reach"], frozenset(config["symmetric_roots"]))


@Language.factory(
    "tidings_events",
    requires=["token.dep", "token._.actor", "token._.place", "token._.time"],
    assigns=["doc._.events"],
    default_config=DEFAULT_CONFIG,
)
def make_events(
    nlp: Language,
    name: str,
    confidence: dict,
    embedding_hops: int,
    bounding_hops: int,
    reporting_hops: int,
    lexicon_sides: int,
    mentions: dict,
) -> EventsComponent:
    coding = Coding(embedding_hops, bounding_hops, reporting_hops, lexicon_sides)
    return EventsComponent(name, Weights(**confidence), coding, mention_settings(mentions))


class EventsComponent(Component):
    """Codes the events of a Doc and puts them on it (`doc._.events`)."""

    def __init__(
        self, name: str, weights: Weights, coding: Coding = DEFAULT_CODING, mentions: MentionSettings | None = None
    ) -> None:
        super().__init__(name)
        self.book = pattern_book()
        self.codes = cameo_codes()
        self.argument_words = argument_words()
        self.discards = discard_list()
        self.speech = speech_cues()
        self.coder = Coder(self.book, self.codes, coding.embedding_hops, coding.reporting_hops)
        self.weights = weights
        self.bounding_hops = coding.bounding_hops
        self.lexicon_sides = coding.lexicon_sides
        self.mentions = mentions or mention_settings(DEFAULT_CONFIG["mentions"])

    def process(self, doc: Doc) -> None:
        coded = {actor["id"] for actor in docdata.data(doc, "actors") if actor.get("cameo")}
        sentences = list(doc.sents)
        starts = [sentence.start for sentence in sentences]
        skip = discarded(doc, self.discards, starts)
        found = self.coder.candidates(doc, skip=skip, lexicon=_with_coded_actors(doc, coded, starts))
        self._drop_unsupported(doc, found, coded)
        triggers = self.coder.settle(found)
        if not triggers.found:
            docdata.put(doc, "events", [])
            return
        arguments = Arguments(self.book.roles, self.argument_words, triggers, doc)
        setting = Setting(self.book.roles, frozenset(triggers.found), self.bounding_hops)
        reading = _Reading(doc, sentences, triggers, arguments, setting, PlacesAsParties(doc, self.argument_words.person_nouns))
        found_events = [(self._event(reading, token, pattern), token, reading.sentence_index(token)) for token, pattern in triggers.found.values()]
        reading.places.store()
        times = {t["id"]: t["value"] for t in docdata.data(doc, "times") if t["precision"] not in UNDATED}
        events = merge(found_events, times, triggers.embedded, self.mentions)
        docdata.put(doc, "events", [event.model_copy(update={"id": f"e{n}"}) for n, event in enumerate(events, 1)])

    def _drop_unsupported(self, doc: Doc, found: dict[int, tuple[Token, Pattern]], coded: set[str]) -> None:
        """Drops the candidates the lexicon alone codes whose parties are not coded actors (the
        lexicon is broad: see the module's docstring), read on the candidates' first reading."""
        lexical = [i for i, (_, pattern) in found.items() if pattern.lexicon]
        if not lexical:
            return
        arguments = Arguments(self.book.roles, self.argument_words, self.coder.carried(found), doc)
        for i in lexical:
            if not self._kept(arguments, coded, *found[i]):
                del found[i]

    def _kept(self, arguments: Arguments, coded: set[str], token: Token, pattern: Pattern) -> bool:
        """Whether an event the lexicon alone codes has actors with CAMEO codes on enough of its
        sides; a plain statement needs a speech verb and a coded speaker."""
        cameo, sources, targets = self._parties(arguments, token, pattern, None)
        if self.coder.is_statement(cameo):
            return token.lemma_.lower() in self.speech and not coded.isdisjoint(sources)
        if not pattern.specificity and not self.coder.is_statement(pattern.cameo) and any(c.dep_ in FRAMED_DEPS for c in token.children):
            return False  # "wanted to thank", "plan to run": the verb frames an act its own code does not name
        return (not coded.isdisjoint(sources)) + (not coded.isdisjoint(targets)) >= self.lexicon_sides

    def _parties(self, arguments: Arguments, token: Token, pattern: Pattern, carrier: Token | None) -> tuple[str, list[str], list[str]]:
        """The event's CAMEO code (recoded by modality) and its sources and targets."""
        anchor = carrier if carrier is not None else token
        cameo, obliged = self.coder.recode(pattern.cameo, anchor)
        sources, targets = arguments.of(token, pattern, carrier, cameo, obliged)
        if self.coder.is_statement(cameo) and (clause := self.coder.reported_obligation(anchor)) is not None:
            cameo = self.book.obligation.recode(cameo)  # "said Iran must stop": a demand of Iran
            targets = arguments.actors_of(syntax.subjects(clause)) or targets
        return cameo, sources, targets

    def _event(self, reading: _Reading, token: Token, pattern: Pattern) -> Event:
        roles = self.book.roles
        carrier = reading.triggers.carriers.get(token.i)
        anchor = carrier if carrier is not None else token
        governor = syntax.governor(proxy(token, roles)) if pattern.kind == "noun" else None
        cameo, sources, targets = self._parties(reading.arguments, token, pattern, carrier)
        code = self.codes[cameo]
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
        place = reading.setting.place(token, governor, pattern.cameo)  # where, as coded before any recoding
        targets = targets or reading.places.target(place, cameo, sources, token, carrier)
        return Event(
            id="",
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
            place=place,
            when=reading.setting.time(token, governor),
            sentence=reading.sentence(token),
            confidence=weigh(self.weights, evidence, roles.background_deps),
        )


def _with_coded_actors(doc: Doc, coded: set[str], sentence_starts: list[int]) -> Callable[[Token], bool]:
    """Whether a token's sentence mentions an actor with a CAMEO code: elsewhere no event the
    lexicon codes can be kept, so its patterns are not tried (they are tried for most verbs)."""
    mentioned = {bisect_right(sentence_starts, span.start) - 1 for span in docdata.spans(doc, "actors") if span.label_ in coded}
    return lambda token: bisect_right(sentence_starts, token.i) - 1 in mentioned


class _Reading:
    """What the events of one Doc are built from."""

    def __init__(
        self, doc: Doc, sentences: list[SpacySpan], triggers: Triggers, arguments: Arguments, setting: Setting, places: PlacesAsParties
    ) -> None:
        self.text = doc.text  # Doc.text joins every token anew: once per document
        self.triggers = triggers
        self.arguments = arguments
        self.setting = setting
        self.places = places
        self._sentences = sentences
        self._starts = [sentence.start for sentence in sentences]

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.text[start:end])

    def sentence_index(self, token: Token) -> int:
        """The index of a token's sentence (found by bisection: `Token.sent` scans the sentence)."""
        return bisect_right(self._starts, token.i) - 1

    def sentence(self, token: Token) -> Span:
        sentence = self._sentences[self.sentence_index(token)]
        return self.span(sentence.start_char, sentence.end_char)
