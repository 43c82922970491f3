"""Events (`tidings_events`): verb and noun triggers on the parse, coded CAMEO + PLOVER, with
their source and target actors, place and time, read from the token index.

coding.py      which tokens trigger which events, and which events hold others
arguments.py   sources and targets; who reports the clause
setting.py     place and time
grounding.py   a place and a date for every event, with their basis (own words, sentence, dateline...)
confidence.py  how sure each coding is (ranks the events of a document)
discards.py    sentences left alone (sports, entertainment: the discard list)
hedges.py      triggers that tell of no act that took place ("would have", "can", "if", "asked whether")
mentions.py    one event, many mentions: mentions of one event merged into one Event
background.py  deeds of long before a story only names ("the embassy bombings of 1998" in 2002)

An event the CAMEO verb lexicon alone codes (a verb tidings' own patterns do not cover) is kept
only with an actor that has a CAMEO code on `lexicon_sides` of its sides (both, as PETRARCH
codes), and only where it acts on an actor: its object is one (or, for a pattern of the verb
with its words, the object of one of its prepositions): "earned millions", "heard the case",
"escaped from custody" are other senses (PETRARCH's codes assume a party acted on). By its bare
code it is no event where it frames a clause ("wanted to thank", "plan to run": a PETRARCH
pattern would code the clause) or in the simple present ("Russia controls Ukraine": a state or a
habit); a plain statement, only for a speech verb (`speech_cues.tsv`) with a speaker who has a
code or is named by name ("Maria Delgado said", "Acme Holdings says", as GDELT codes a person
by the role the actors may not know). The lexicon is broad: without its parties a verb is mostly a word used in another
sense ("faced criticism", "checked into a clinic", "scored twice").

Whatever codes it, an event that names no party is dropped where it is a plain statement (said
by no one) or a cooperative noun that does not refer back to one act ("mission trips",
"telephone calls"); a verb heading a relative clause in the simple present describes its noun.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tidings import docdata, syntax
from tidings.component import Component
from tidings.knowledge.arguments import argument_words
from tidings.knowledge.discards import discard_list
from tidings.knowledge.hedges import hedge_words
from tidings.knowledge.ontology import cameo_codes
from tidings.knowledge.patterns import Pattern, pattern_book
from tidings.knowledge.speech import speech_cues, speech_feelings
from tidings.knowledge.trigger_groups import trigger_group
from tidings.model import Event, QuoteKind, Span
from tidings.stages.events.arguments import Arguments
from tidings.stages.events.background import long_past
from tidings.stages.events.coding import WILDCARD, Coder, Triggers, proxy
from tidings.stages.events.confidence import DEFAULT_WEIGHTS, Evidence, Weights, weigh
from tidings.stages.events.discards import discarded, names_state
from tidings.stages.events.grounding import UNDATED, ground
from tidings.stages.events.hedges import PRESENT_SIMPLE, Hedges
from tidings.stages.events.mentions import Grounds, MentionSettings, Parties, Whereabouts, described_people, merge, refers_back
from tidings.stages.events.places_as_parties import PlacesAsParties
from tidings.stages.events.setting import Setting

FRAMED_DEPS = frozenset({"xcomp", "ccomp"})  # a clause a verb frames
FRAMED_PATH_DEPS = frozenset({"xcomp", "dobj"})  # from a framed act up to its frame: "threatened to stage *strikes*" (a that-clause may tell a fact: "insisted the unrest was ...")
FRAME_HOPS = 3  # governors climbed from a framed act to its frame
ORDERS = frozenset({"order", "instruct", "command", "direct"})  # demands a party may carry out itself
UNDONE_FRAME_ROOTS = frozenset({"10", "13"})  # demand, threaten: the act they frame is not done (an intent, 03, may code it; a refusal keeps it, negated)
INTENT_ROOT = "03"  # an intent to act; a commitment's act is not done yet
REFUSAL_ROOT = "12"  # a refusal whose sense names the act refused codes it: "refused to negotiate" (125) leaves no negated talks
ATTEMPTS = frozenset({"attempt", "try"})  # frames whose act is not done either: "tried to kill" is the attempt (185), no killing
COMMITMENTS = frozenset({"agree", "pledge", "promise", "vow", "commit", "undertake", "consent"})  # frames whose act is still to come: "agreed to lend" is the agreement (03), no loan yet
NO_ONE = frozenset({"nobody", "none", "noone"})  # subjects that say an act did not happen
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
TOLD_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd"})  # what a statement says, where its own words tell it
CALLED_AS = "as"  # "a season he described as the driest": what a statement calls its noun
NAME_LABELS = {"person": "PERSON", "organisation": "ORG"}  # actor kind -> the entity label of a name naming one
SPEAKER_BODY_DEPS = frozenset({"compound", "poss"})  # modifiers of a speaker's noun naming the body spoken for: "an army spokeswoman"
NOUN_DOER_DEPS = frozenset({"poss", "compound"})  # links naming who does a noun event on it: "Israel's bombing", "the US bombing"
WIDE_PLACES = frozenset({"A", "L"})  # GeoNames classes of countries, regions and areas
CODE_ONLY_IDS = ("iso3:", "cameo:")  # canonical ids of actors named by their code alone: a country, a role noun
COOPERATIVE_QUADS = 2  # CAMEO quad classes 1 and 2: verbal and material cooperation
VERBAL_COOPERATION = 1  # CAMEO quad class 1: appeals, pledges, consultations, support, agreements
UNSPECIFIED_THREAT, PLAIN_STATEMENT = "130", "010"
DEFAULT_CONFIG = {
    "confidence": DEFAULT_WEIGHTS,
    "embedding_hops": 4,  # governors climbed to find the event another is embedded in
    "bounding_hops": 3,  # governors climbed to find a "since"/"until" that bounds a time
    "reporting_hops": 6,  # governors climbed from an event to the statement that reports it
    "lexicon_sides": 2,  # sides (source, target) that need an actor for an event the lexicon alone codes
    "article_discard_hits": 2,  # sentences with discard phrases that let one marking the whole article discard it
    "background_days": 30,  # days before publication after which a deed named by its nouns and date is background
    "mentions": {
        "window": 3,  # sentences within which a mention repeating an event's trigger word may join it
        "reach": 8,  # recent events of one PLOVER type (a statement: CAMEO root) a mention is compared with
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
    article_discard_hits: int
    background_days: int


DEFAULT_CODING = Coding(**{name: DEFAULT_CONFIG[name] for name in Coding.__dataclass_fields__})


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
    article_discard_hits: int,
    background_days: int,
    mentions: dict,
) -> EventsComponent:
    coding = Coding(embedding_hops, bounding_hops, reporting_hops, lexicon_sides, article_discard_hits, background_days)
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
        self.hedges = Hedges(hedge_words())
        self.coder = Coder(self.book, self.codes, coding.embedding_hops, coding.reporting_hops, frozenset(self.speech))
        self.weights = weights
        self.bounding_hops = coding.bounding_hops
        self.lexicon_sides = coding.lexicon_sides
        self.article_discard_hits = coding.article_discard_hits
        self.background_days = coding.background_days
        self.mentions = mentions or mention_settings(DEFAULT_CONFIG["mentions"])

    def process(self, doc: Doc) -> None:
        coded = {actor["id"] for actor in docdata.data(doc, "actors") if actor.get("cameo")}
        speakers = coded | _named_speakers(doc)
        sentences = list(doc.sents)
        starts = [sentence.start for sentence in sentences]
        skip = discarded(doc, self.discards, starts, self.article_discard_hits, lambda: names_state(doc, starts, self.argument_words.state_types))
        found = self.coder.candidates(doc, skip=skip, lexicon=_with_actors(doc, coded, speakers - coded, self.speech, starts))
        for i in [i for i, (token, pattern) in found.items() if _not_done(token, self.coder.is_statement(pattern.cameo))]:
            del found[i]
        for i in _told_as_no_event(doc, found, self.coder):
            del found[i]
        first_reading = self.coder.carried(found)
        self._drop_hedged(found, first_reading.carriers)
        foretold = {i for i, (token, pattern) in found.items() if self.coder.foretold(pattern.cameo, first_reading.carriers.get(i, token))}
        for i in foretold:
            del found[i]  # "police will investigate": foretold, no act (an intent or a threat would code it)
        self._drop_unsupported(doc, found, _Speakers(coded, speakers), first_reading)
        triggers = self.coder.settle(found, lambda reporting: _first_words(found, reporting, speakers, self.coder))
        for i in [i for i, carrier in triggers.carriers.items() if carrier.i in foretold]:
            del triggers.carriers[i]  # "will investigate the shooting": the shooting told is no act to come
        for i in [i for i, host in triggers.embedded.items() if _framed(triggers, i, host)]:
            del triggers.found[i]  # "threatened to attack", "refused to release": the frame codes it, the act is not done
        if not triggers.found:
            docdata.put(doc, "events", [])
            return
        arguments = Arguments(self.book.roles, self.argument_words, triggers, doc)
        dating_times = frozenset(t["id"] for t in docdata.data(doc, "times") if t["type"] in ("DATE", "TIME"))
        setting = Setting(self.book.roles, frozenset(triggers.found), self.bounding_hops, dating_times)
        reading = _Reading(doc, sentences, triggers, arguments, setting, PlacesAsParties(doc, self.argument_words.person_nouns))
        grounds = _grounds(doc)
        published = date.fromisoformat(doc._.published) if doc._.published else None
        read_events = [(self._event(reading, token, pattern), token, pattern) for token, pattern in triggers.found.values()]
        found_events = [
            (e, token, reading.sentence_index(token)) for e, token, pattern in read_events
            if not long_past(e, token, pattern, grounds.times, published, self.background_days)
        ]
        reading.places.store()
        unspecific = {token.idx for _, token, _ in found_events if _unspecific_noun(token)}
        unclaimed = {token.idx for _, token, _ in found_events if _no_one_acts(token)}
        merged = [e for e in merge(found_events, grounds, triggers.embedded, self.mentions) if not _generic(e, unspecific, unclaimed)]
        events = ground(doc, merged, setting.dates)
        docdata.put(doc, "events", [event.model_copy(update={"id": f"e{n}"}) for n, event in enumerate(events, 1)])

    def _drop_hedged(self, found: dict[int, tuple[Token, Pattern]], carriers: dict[int, Token]) -> None:
        """Drops the candidates that tell of no act that took place (see `hedges.py`)."""
        for i in [i for i, (token, _) in found.items() if self.hedges.no_act(token, carriers.get(i, token))]:
            del found[i]

    def _drop_unsupported(self, doc: Doc, found: dict[int, tuple[Token, Pattern]], parties: _Speakers, first_reading: Triggers) -> None:
        """Drops the candidates the lexicon alone codes whose parties are not coded actors (the
        lexicon is broad: see the module's docstring), read on the candidates' first reading
        (of those still found)."""
        lexical = [i for i, (_, pattern) in found.items() if pattern.lexicon]
        if not lexical:
            return
        still_found = replace(first_reading, found={i: pair for i, pair in first_reading.found.items() if i in found})
        arguments = Arguments(self.book.roles, self.argument_words, still_found, doc)
        for i in lexical:
            if not self._kept(arguments, parties, *found[i]):
                del found[i]

    def _kept(self, arguments: Arguments, parties: _Speakers, token: Token, pattern: Pattern) -> bool:
        """Whether an event the lexicon alone codes has actors with CAMEO codes on enough of its
        sides; a plain statement needs a speech verb and a speaker with a code or a name (GDELT
        codes "Dr Jane Roe said" by the person's role; the actors may not know it); a verb of
        attitude makes no plain statement ("the firm expects to cut jobs", "anticipates", "views":
        a view held, told by whoever says it), though a feeling may be a pessimistic or optimistic
        comment ("concerned", "hopes")."""
        coded = parties.coded
        cameo, sources, targets = self._parties(arguments, token, pattern, None)
        if self.coder.is_statement(cameo):
            cue = self.speech.get(token.lemma_.lower())
            plain_view = cameo == PLAIN_STATEMENT and cue is not None and cue.kind is QuoteKind.ATTITUDE
            return cue is not None and not plain_view and not parties.speakers.isdisjoint(sources)
        if not self.coder.is_statement(pattern.cameo):
            if not self._acts_on_actor(token, with_preps=bool(pattern.specificity)):
                return False  # "earned millions", "heard the case", "underlined the need": another sense
            if not pattern.specificity and any(c.dep_ in FRAMED_DEPS for c in token.children):
                return False  # "wanted to thank", "plan to run": the verb frames an act its own code does not name
            if not pattern.specificity and token.tag_ in PRESENT_SIMPLE:
                return False  # "Russia controls the port", "the road connects them": a state, not an act
        return (not coded.isdisjoint(sources)) + (not coded.isdisjoint(targets)) >= self.lexicon_sides

    def _acts_on_actor(self, token: Token, with_preps: bool) -> bool:
        """Whether a verb's object (or passive subject; for a pattern of the verb with its words,
        also the object of its prepositions: "hurled stones *at police*") is an actor or a pronoun
        standing for one: a verb the lexicon codes names its event only when it acts on a party."""
        roles = self.book.roles
        objects = [c for c in token.children if c.dep_ in roles.object_deps or c.dep_ in roles.passive_subject_deps]
        if with_preps:
            objects += syntax.pobjs(c for c in token.children if c.dep_ == "prep")
        return any(o.pos_ == "PRON" or docdata.at(o, "actors") is not None for o in objects)

    def _parties(self, arguments: Arguments, token: Token, pattern: Pattern, carrier: Token | None) -> tuple[str, list[str], list[str]]:
        """The event's CAMEO code (recoded by modality) and its sources and targets."""
        anchor = carrier if carrier is not None else token
        copula = carrier is not None and carrier.lemma_ == "be"  # "might be behind the shooting": who did it is in doubt, not the deed
        cameo, obliged = self.coder.recode(pattern.cameo, token if copula else anchor, token)
        sources, targets = arguments.of(token, pattern, carrier, cameo, obliged)
        if cameo in self.book.state_force.codes:  # "the US bombing of the caves": from the air
            cameo = self.book.state_force.recode(cameo, _doer_rows(token, sources))
        if cameo == UNSPECIFIED_THREAT and not targets and token.lemma_.lower() in self.speech and _tells(anchor):
            cameo = PLAIN_STATEMENT  # "warned that profits could fall": a forecast that threatens no one
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


def _grounds(doc: Doc) -> Grounds:
    """The dated times of a document, what telling its places apart needs, and its actors' codes."""
    times = {t["id"]: t["value"] for t in docdata.data(doc, "times") if t["precision"] not in UNDATED}
    places = {
        p["id"]: Whereabouts(p.get("country"), (p.get("feature_code") or "").startswith("PCL"), p.get("feature_class") in WIDE_PLACES)
        for p in docdata.data(doc, "places")
    }
    actors = [a for a in docdata.data(doc, "actors") if a.get("cameo")]
    generic = frozenset(a["id"] for a in actors if a["canonical_id"].startswith(CODE_ONLY_IDS))
    return Grounds(times, places, Parties({a["id"]: a["cameo"] for a in actors}, generic, described_people(doc, actors)))


def _unspecific_noun(token: Token) -> bool:
    """A noun that does not refer back to one act ("mission trips", "meetings"; not "the summit",
    "their meeting")."""
    return token.pos_ in NOUN_TAGS and not refers_back(token)


def _generic(event: Event, unspecific_starts: set[int], unclaimed_starts: set[int]) -> bool:
    """A plain statement said by no one ("others warned that ...", "posted on Facebook that":
    a statement is someone's, whoever or wherever it is told), or an event that names no party in
    any of its mentions and is a verbal cooperation whose verb has no one doing it
    ("pre-registration is requested", "course offered": a notice, not an appeal or a pledge) or a
    cooperative noun that points to no one act ("mission trips", "shows and meetings",
    "telephone calls"): a meeting or aid is between parties. Violence ("riots", "clashes") is an
    event though no one is named."""
    if event.plover is None and not event.sources:
        return True
    if event.sources or event.targets:
        return False
    if event.quad_class == VERBAL_COOPERATION and event.spans[0].start in unclaimed_starts:
        return True
    return event.spans[0].start in unspecific_starts and event.quad_class <= COOPERATIVE_QUADS


def _no_one_acts(token: Token) -> bool:
    """A verb with no one doing it: no subject and no "by" agent ("is requested", "offered")."""
    return token.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "agent", "csubj") for c in token.children)


def _names_refused_act(frame: Pattern) -> bool:
    """A refusal coded by the act it refuses: its sense is told by a complement or an object."""
    return frame.cameo[:2] == REFUSAL_ROOT and bool((frame.complement | frame.object) - {WILDCARD})


def _committed(frame: Pattern, token: Token) -> bool:
    """A commitment ("agreed to", "pledged to", "vowed to"): the act it frames is still to come."""
    return frame.cameo[:2] == INTENT_ROOT and token.lemma_.lower() in COMMITMENTS


def _framed(triggers: Triggers, i: int, host: int) -> bool:
    """Whether the trigger at `i` is the act a framing trigger at `host` codes and that is not
    done ("threatened to *attack*", "demanded the *arrest*", "tried to *kill*"): its to-infinitive,
    or an object, within `FRAME_HOPS` governors, under a demand, a threat or an attempt, or under a
    refusal whose code names the act ("refused to negotiate", 125); a refused act the refusal's code
    does not name stays, its factuality negated: "refused to condemn" (120)."""
    if host not in triggers.found or not (frame := triggers.found[host][1]).frame:
        return False
    if frame.cameo[:2] not in UNDONE_FRAME_ROOTS and frame.lemma not in ATTEMPTS and not _committed(frame, triggers.found[host][0]) and not _names_refused_act(frame):
        return False
    if triggers.found[host][0].lemma_.lower() in ORDERS:
        return False  # "ordered the arrest of": an order is mostly carried out
    current = triggers.found[i][0]
    for _ in range(FRAME_HOPS):
        if current.dep_ not in FRAMED_PATH_DEPS:
            return False
        current = current.head
        if current.i == host:
            return True
    return False


def _tells(verb: Token) -> bool:
    """The verb has a content clause ("warned that ...")."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _told_as_no_event(doc: Doc, found: dict[int, tuple[Token, Pattern]], coder: Coder) -> list[int]:
    """The noun triggers that refer back ("the blast") by a word of its group to a deed the
    story told before as no event ("a gas explosion": an accident): no event either."""
    referring = {
        i: trigger_group(token.lemma_.lower()).name for i, (token, _) in found.items() if token.pos_ in NOUN_TAGS and refers_back(token)
    }
    groups = set(referring.values())
    if not groups:
        return []
    dismissed: dict[str, int] = {}  # trigger group -> where the story first told such a deed as none
    for token in syntax.with_pos(doc, NOUN_TAGS):
        group = trigger_group(token.lemma_.lower()).name
        if group in groups and group not in dismissed and token.i not in found and coder.dismissed(token):
            dismissed[group] = token.i
    return [i for i, group in referring.items() if dismissed.get(group, i) < i]


def _not_done(token: Token, statement: bool) -> bool:
    """A trigger that tells of no act: a statement in a to-infinitive ("declined to comment",
    "wanted to say"; not one after an adjective of feeling, `speech_feelings`: "is pleased to
    announce" announces), negated ("did not say how many") or in a relative clause that tells
    nothing of its own ("the concerns she has voiced"), a relative clause in the simple present
    that describes its noun ("towns that run a ferry", "a group that supports reform"), a
    participle naming its noun ("a force called the Rapid Brigade"), or a verb whose subject is
    no one ("nobody was injured", "no one was hurt"), or hangs as a to-infinitive on a verb whose
    subject is no one ("nobody seems to have been hurt", "no one tried to stop him")."""
    if statement and (token.dep_ == "xcomp" and not _said_with_feeling(token) or any(c.dep_ == "neg" for c in token.children)):
        return True
    if statement and token.dep_ == "relcl" and not any(c.dep_ in TOLD_DEPS or c.lower_ == CALLED_AS for c in token.children):
        return True  # "repeated concerns he had voiced before": the words its noun names, said on no occasion the story tells
    if token.dep_ == "relcl" and token.tag_ in PRESENT_SIMPLE or token.dep_ == "acl" and any(c.dep_ == "oprd" for c in token.children):
        return True
    # "nobody seems to have been hurt"; not a gerund a verb of saying reports: "no militia admitted attacking the base"
    holders = (token, token.head) if token.dep_ == "xcomp" and syntax.is_to_infinitive(token) else (token,)
    subjects = (c for holder in holders for c in holder.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(s.lower_ in NO_ONE or any(d.dep_ == "det" and d.lower_ == "no" for d in s.children) for s in subjects)


def _said_with_feeling(token: Token) -> bool:
    """A statement whose to-infinitive hangs on an adjective of feeling ("is pleased to announce",
    "proud to report"): said there and then."""
    return token.head.lower_ in speech_feelings()  # the word as written: the parser reads "is delighted" as a passive too


def _first_words(found: dict[int, tuple[Token, Pattern]], reporting: dict[int, set[int]], speakers: set[str], coder: Coder) -> set[int]:
    """Of the statements that report another event, the first of each speaker (coded or named)
    who makes no other statement: "the ministry stated that the envoy had asked ..." is the
    ministry's statement as well as the envoy's request, as GDELT codes a named source's statement once."""
    spoken = {_speakers_of(token) for i, (token, pattern) in found.items() if i not in reporting and coder.is_statement(pattern.cameo)}
    kept = set()
    for i in sorted(reporting):
        said_by = _speakers_of(found[i][0])
        if (clause := coder.reported_obligation(found[i][0])) is not None and clause.i in found:
            continue  # "said Poland should release them": the release is the speaker's demand already
        if said_by and said_by <= speakers and said_by not in spoken and not _tells_own_deeds([found[j][0] for j in reporting[i]], said_by):
            spoken.add(said_by)
            kept.add(i)
    return kept


def _tells_own_deeds(reported: list[Token], said_by: frozenset[str]) -> bool:
    """Whether every event a statement reports is the speaker's own ("we are ready to work with
    them, the mayor said", "the firm said it would appeal"): the speaker's words are that act, no
    statement besides it."""
    return all(_done_by(token, said_by) for token in reported)


def _done_by(trigger: Token, said_by: frozenset[str]) -> bool:
    """Whether a trigger's subjects are the speakers themselves: a first-person pronoun ("we"), or
    a mention of one of them ("it", "the firm", followed back)."""
    subjects = syntax.subjects(trigger)
    return bool(subjects) and all("Person=1" in s.morph or docdata.at(s, "actors") in said_by for s in subjects)


def _speakers_of(verb: Token) -> frozenset[str]:
    """The actors a statement's subjects mention, or, for a subject naming no actor, the body its
    modifier names ("an army spokeswoman said", "the ministry's press officer said")."""
    return frozenset(actor for subject in syntax.subjects(verb) if (actor := docdata.at(subject, "actors") or _body_of(subject)) is not None)


def _body_of(speaker: Token) -> str | None:
    """The actor a modifier of a speaker's noun names, the body the speaker speaks for."""
    return next((actor for c in speaker.children if c.dep_ in SPEAKER_BODY_DEPS and (actor := docdata.at(c, "actors")) is not None), None)


@dataclass(frozen=True)
class _Speakers:
    """The actors an event the lexicon codes may be kept with: those with a CAMEO code, and those
    a statement may be said by (these and the people and organisations named by name)."""

    coded: set[str]
    speakers: set[str]


def _named_speakers(doc: Doc) -> set[str]:
    """The people and organisations an article names by a proper name ("Jane Roe", "Dr Roe", "Acme
    Holdings"; not a common noun the recogniser took for one), with or without a code: GDELT
    codes "Acme Holdings says" as a statement whose speaker the actor dictionaries may not know."""
    kinds = {actor["id"]: actor.get("kind") for actor in docdata.data(doc, "actors")}
    spans = docdata.spans(doc, "actors")
    return {span.label_ for span in spans if any(t.pos_ == "PROPN" and t.ent_type_ == NAME_LABELS.get(kinds.get(span.label_)) for t in span)}


def _with_actors(doc: Doc, coded: set[str], speakers: set[str], speech: Mapping[str, object], sentence_starts: list[int]) -> Callable[[Token], bool]:
    """Whether a token's sentence mentions one of the `coded` actors, or the token is a speech verb
    in a sentence that mentions one of the other `speakers`: elsewhere no event the lexicon codes
    can be kept (`_kept`), so its patterns are not tried (they are tried for most verbs)."""
    with_coded, with_speaker = set(), set()
    for span in docdata.spans(doc, "actors"):
        sentence = bisect_right(sentence_starts, span.start) - 1
        if span.label_ in coded:
            with_coded.add(sentence)
        elif span.label_ in speakers:
            with_speaker.add(sentence)

    def tried(token: Token) -> bool:
        sentence = bisect_right(sentence_starts, token.i) - 1
        return sentence in with_coded or (sentence in with_speaker and token.lemma_.lower() in speech)

    return tried


def _doer_rows(trigger: Token, sources: list[str]) -> list[dict]:
    """The actor rows of a noun event's sources where each is named on the noun by a noun ("the
    US bombing", "Israel's bombing", "the bombing by army jets"); none otherwise: a country named
    by an adjective ("the Palestinian bombing") is a people as much as a state, and so may be the
    country found for a verb's subject ("Palestinian bombers killed ...")."""
    if trigger.pos_ != "NOUN":
        return []
    naming = [c for c in trigger.children if c.dep_ in NOUN_DOER_DEPS and c.pos_ != "ADJ"] + syntax.pobjs(c for c in trigger.children if c.lower_ == "by")
    named = {docdata.at(t, "actors") for t in naming}
    if not all(s in named for s in sources):
        return []
    rows = {actor["id"]: actor for actor in docdata.data(trigger.doc, "actors")}
    return [rows[s] for s in sources if s in rows]


class _Reading:
    """What the events of one Doc are built from."""

    def __init__(
        self, doc: Doc, sentences: list[SpacySpan], triggers: Triggers, arguments: Arguments, setting: Setting, places: PlacesAsParties
    ) -> None:
        self.text = docdata.text(doc)
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
