"""Events stage: verb and noun triggers on the parse, coded CAMEO + PLOVER, with their
source and target actors, place and time."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tidings.knowledge.ontology import EventCode, cameo_codes
from tidings.knowledge.patterns import Pattern, PatternBook, Roles, pattern_book
from tidings.model import Event, Item, Record
from tidings.stages.base import Stage

KIND_OF_POS = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}  # proper nouns ("March") name no events
BASE_CONFIDENCE = {"verb": 0.5, "adj": 0.45, "noun": 0.35}
EMBEDDING_DEPS = {"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acl", "advcl", "relcl"}
SUPPORTED_DEPS = {"dobj", "pobj", "attr", "oprd", "nsubjpass"}  # a noun event carried by its verb
WILDCARD = "*"


class _Features:
    """What the constraints of a pattern look at around one trigger token (computed once)."""

    def __init__(self, token: Token, roles: Roles) -> None:
        children = list(token.children)
        self.preps = {c.lower_ for c in children if c.dep_ in ("prep", "prt", "agent")}
        objects = [c for c in children if c.dep_ in roles.object_deps or c.dep_ in roles.passive_subject_deps]
        objects += _pobjs(c for c in children if c.dep_ in ("prep", "agent"))
        if token.dep_ == "amod":  # "test-firing missiles": the modified noun is the object
            objects.append(token.head)
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        # "a state of emergency", "a military aid program": heads of "of" phrases and compounds
        objects += _pobjs(c for o in objects for c in o.children if c.lower_ == "of")
        objects += [c for o in objects for c in o.children if c.dep_ == "compound"]
        self.objects = {o.lemma_.lower() for o in objects}
        self.complements = {c.lemma_.lower() for c in children if c.dep_ in roles.complement_deps}
        for prep in children:
            if prep.dep_ == "prep":
                self.complements.update(g.lemma_.lower() for g in prep.children if g.dep_ == "pcomp")
        modifier_sources = [token, *objects]
        modifiers = (m for owner in modifier_sources for m in owner.children if m.dep_ in roles.modifier_deps)
        self.modifiers = {m.lemma_.lower() for m in modifiers}
        governor = _governor(_proxy(token, roles))
        self.governor = {governor.lemma_.lower()} if governor is not None else set()

    def satisfies(self, pattern: Pattern) -> bool:
        checks = (
            (pattern.prep, self.preps),
            (pattern.object, self.objects),
            (pattern.complement, self.complements),
            (pattern.modifier, self.modifiers),
            (pattern.governor, self.governor),
        )
        return all(_meets(wanted, seen) for wanted, seen in checks)


def _meets(wanted: frozenset[str], seen: set[str]) -> bool:
    if not wanted:
        return True
    if WILDCARD in wanted:
        return bool(seen)
    return not wanted.isdisjoint(seen)


def _proxy(token: Token, roles: Roles) -> Token:
    """The noun that stands in the clause for a trigger: "mediation" in "a mediation effort"."""
    if token.dep_ == "compound" and token.head.lemma_.lower() in roles.light_nouns:
        return token.head
    return token


def _governor(token: Token) -> Token | None:
    """The verb (or adjective) a nominal trigger hangs from: "*sign* a treaty", "*go* on strike"."""
    head = token.head
    if head is token:
        return None
    if head.pos_ == "ADP" and head.head is not head:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX", "ADJ") and head is not token else None


class _Index:
    """Token position -> id of the actor / place / time whose mention covers that token."""

    def __init__(self, doc: Doc, items: list[Item]) -> None:
        self.at: dict[int, str] = {}
        for item in items:
            for span in item.spans:
                tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
                for token in tokens or ():
                    self.at.setdefault(token.i, item.id)


@dataclass(frozen=True)
class _Context:
    """What every event of one document is built from."""

    actors: _Index
    places: _Index
    times: _Index
    triggers: frozenset[int]  # positions of every event trigger in the document
    carriers: dict[int, Token]  # noun trigger position -> the verb that carries it
    embedded: dict[int, int]  # trigger position -> position of the event it is embedded in


class EventsStage(Stage):
    name = "events"

    def __init__(self) -> None:
        self.book: PatternBook = pattern_book()
        self.roles: Roles = self.book.roles
        self.codes: dict[str, EventCode] = cameo_codes()

    def __call__(self, doc: Doc, record: Record) -> None:
        found = {token.i: (token, pattern) for token in doc if (pattern := self._match(token)) is not None}
        if not found:
            return
        carriers, anchors = self._carriers(found)
        hosts = {i: self._host(token, carriers, anchors) for i, (token, _) in found.items()}
        context = _Context(
            actors=_Index(doc, record.actors),
            places=_Index(doc, record.places),
            times=_Index(doc, record.times),
            triggers=frozenset(found),
            carriers=carriers,
            embedded={i: host for i, host in hosts.items() if host is not None},
        )
        for i in sorted(found):
            token, pattern = found[i]
            record.events.append(self._event(token, pattern, context, record, f"e{len(record.events) + 1}"))

    def _carriers(self, found: dict[int, tuple[Token, Pattern]]) -> tuple[dict[int, Token], set[int]]:
        """Noun triggers carried by a verb ("continued their hunger strike"), settling which of a
        verb and its object codes one event; drops the loser from `found`. Also every position
        that anchors an event (triggers and carrying verbs)."""
        anchors = set(found)
        carriers: dict[int, Token] = {}
        for i, (token, pattern) in list(found.items()):
            proxy = _proxy(token, self.roles)
            governor = _governor(proxy) if pattern.kind == "noun" else None
            if governor is None or proxy.dep_ not in SUPPORTED_DEPS:
                continue
            rival = found.get(governor.i)
            if rival is None:
                carriers[i] = governor
                anchors.add(governor.i)
            elif token.lemma_.lower() in rival[1].object:
                if rival[1].specificity > pattern.specificity:
                    del found[i]  # "lifted the curfew": the verb codes it more precisely
                else:
                    del found[governor.i]  # "began a hunger strike": the noun does
                    carriers[i] = governor
        return carriers, anchors

    def _event(
        self, token: Token, pattern: Pattern, context: _Context, record: Record, event_id: str
    ) -> Event:
        carrier = context.carriers.get(token.i)
        anchor = carrier or token
        cameo, obliged = self._recode(pattern.cameo, anchor)
        code = self.codes[cameo]
        governor = _governor(_proxy(token, self.roles)) if pattern.kind == "noun" else None
        sources, targets = self._arguments(token, pattern, carrier, context.actors)
        reported = obliged or not sources and self._pronoun_subject(anchor)
        speaker = self._speaker(anchor, context.actors) if reported else []
        if speaker:  # "Russia said Sudan must go": Russia demands of Sudan; "Iran said it would go"
            sources, targets = speaker, (sources or targets) if obliged else targets
        sentence = token.sent
        return Event(
            id=event_id,
            spans=[record.span(token.idx, token.idx + len(token))],
            cameo=code.code,
            cameo_root=code.root,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            plover=code.plover or "",
            plover_mode=code.plover_mode,
            plover_context=list(code.plover_context),
            trigger=token.lemma_.lower(),
            sources=sources,
            targets=[t for t in targets if t not in sources],
            place=self._place(token, governor, pattern.cameo, context),  # where, as coded before any recoding
            when=self._time(token, governor, context.times),
            sentence=record.span(sentence.start_char, sentence.end_char),
            confidence=self._confidence(token, pattern, anchor, context, bool(sources), bool(targets)),
        )

    def _confidence(
        self, token: Token, pattern: Pattern, anchor: Token, context: _Context, sources: bool, targets: bool
    ) -> float:
        """Higher for verbs, specific patterns, found arguments, framing and main-clause events;
        lower for events embedded in another and for descriptive participles."""
        base = BASE_CONFIDENCE["verb" if anchor is not token else pattern.kind]
        score = base + 0.1 * min(pattern.specificity, 2) + 0.1 * sources + 0.1 * targets
        score += 0.1 * (pattern.frame and anchor.i in context.embedded.values())
        score -= 0.25 * (token.i in context.embedded)
        score -= 0.15 * (pattern.kind == "verb" and token.dep_ in self.roles.background_deps)
        score -= 0.03 * min(_depth(anchor), 5)
        return round(min(1.0, max(0.05, score)), 3)

    # -- coding

    def _match(self, token: Token) -> Pattern | None:
        kind = KIND_OF_POS.get(token.pos_)
        if kind is None or (kind == "noun" and token.dep_ == "compound" and _proxy(token, self.roles) is token):
            return None  # a noun modifying another names no event: "launch site", "war crimes court"
        candidates = self.book.candidates(kind, token.lemma_.lower())
        if not candidates:
            return None
        features = _Features(token, self.roles)
        for pattern in candidates:  # most specific first
            if features.satisfies(pattern):
                return pattern if pattern.cameo and self.codes[pattern.cameo].plover else None
        return None

    def _recode(self, cameo: str, anchor: Token) -> tuple[str, bool]:
        """Future tense and obligation ("will meet", "must withdraw") recode the event; also
        whether an obligation recoded it (the obliged party becomes the target)."""
        auxiliaries = {c.lower_ for c in anchor.children if c.dep_ == "aux"}
        for recoding in (self.book.obligation, self.book.future):
            if not recoding.aux.isdisjoint(auxiliaries):
                recoded = recoding.recode(cameo)
                if not self.codes[recoded].plover or recoded == cameo:
                    return cameo, False
                return recoded, recoding is self.book.obligation
        return cameo, False

    def _host(self, token: Token, carriers: dict[int, Token], anchors: set[int]) -> int | None:
        """The event an event is embedded in ("agreed to *meet*", "staged a rally to *demand*")."""
        current = carriers.get(token.i) or _proxy(token, self.roles)
        own = {token.i, current.i}
        for _ in range(4):
            if current.dep_ not in EMBEDDING_DEPS or current.head is current:
                return None
            current = current.head
            if current.i in anchors and current.i not in own:
                return current.i
        return None

    # -- arguments

    def _arguments(
        self, token: Token, pattern: Pattern, carrier: Token | None, actors: _Index
    ) -> tuple[list[str], list[str]]:
        if pattern.kind == "noun":
            return self._noun_arguments(token, carrier, actors)
        return self._verb_arguments(token, pattern, actors)

    def _verb_arguments(self, token: Token, pattern: Pattern, actors: _Index) -> tuple[list[str], list[str]]:
        roles = self.roles
        children = list(token.children)
        passive = [c for c in children if c.dep_ in roles.passive_subject_deps]
        if passive:
            sources = self._actors_of(_pobjs(c for c in children if c.dep_ in roles.agent_deps), actors)
            targets = self._actors_of(passive, actors)
        else:
            sources = self._actors_of(self._subjects(token), actors)
            heads = self._object_heads(token)
            if any(pattern.cameo.startswith(prefix) for prefix in roles.recipient_codes):
                recipients = self._prep_objects(token, roles.recipient_preps)  # "sent troops to Lebanon"
                heads = recipients + [h for h in heads if h not in recipients]
            targets = self._first_actors(heads, actors)
        if not targets and pattern.frame:
            # the target is the complement's subject ("demanded that Iran stop", "urged Iran to
            # stop") or sits among its objects ("agreed to meet Kim")
            for complement in (c for c in children if c.dep_ in roles.complement_deps):
                heads = [c for c in complement.children if c.dep_ in roles.subject_deps]
                targets = self._first_actors(heads + self._object_heads(complement), actors)
                if targets:
                    break
        return sources, targets

    def _noun_arguments(
        self, token: Token, carrier: Token | None, actors: _Index
    ) -> tuple[list[str], list[str]]:
        """Sources: possessor, "by"/"between" phrase, actor modifiers ("Russian invasion"), else the
        subject of the verb that carries the noun; targets: "of"/"with"/"against" phrases."""
        roles = self.roles
        proxy = _proxy(token, roles)
        children = list(token.children) + (list(proxy.children) if proxy is not token else [])
        source_heads = [c for c in children if c.dep_ == "poss"]
        source_heads += _pobjs(c for c in children if c.lower_ in roles.noun_source_preps)
        source_heads += [c for c in children if c.dep_ in ("amod", "compound") and c.i in actors.at]
        sources = self._actors_of(source_heads, actors)
        if not sources and carrier is not None:  # "Russia imposed sanctions", "X was engaged in fighting"
            passive = [c for c in carrier.children if c.dep_ in roles.passive_subject_deps]
            if proxy in passive:
                agents = _pobjs(c for c in carrier.children if c.dep_ in roles.agent_deps)
                sources = self._actors_of(agents, actors)
            else:
                sources = self._actors_of(self._subjects(carrier) or passive, actors)
        target_heads = _pobjs(c for c in children if c.dep_ == "prep" and c.lower_ in roles.target_preps)
        targets = self._first_actors(target_heads, actors)
        if not targets and carrier is not None:  # "imposed sanctions on Iran", "gave Haiti aid"
            targets = self._first_actors([h for h in self._object_heads(carrier) if h is not proxy], actors)
        return sources, targets

    def _speaker(self, anchor: Token, actors: _Index) -> list[str]:
        """The actors saying the clause an event is reported in ("Russia said [that] ...")."""
        clause = self._clause(anchor)
        if clause.dep_ != "ccomp" or clause.head is clause:
            return []
        return self._actors_of(self._subjects(clause.head), actors)

    def _clause(self, token: Token) -> Token:
        """The head of the clause a trigger belongs to, up the `inherit_subject_deps` chain."""
        for _ in range(4):
            if token.dep_ not in self.roles.inherit_subject_deps or token.head is token:
                break
            token = token.head
        return token

    def _pronoun_subject(self, anchor: Token) -> bool:
        subjects = self._subjects(anchor)
        return bool(subjects) and all(s.pos_ == "PRON" for s in subjects)

    def _subjects(self, token: Token) -> list[Token]:
        """The subject of a verb, inherited up the `inherit_subject_deps` chain (xcomp, conj, advcl,
        acomp: "is ready to go"); a relative clause's noun."""
        current = token
        for _ in range(4):
            subjects = [c for c in current.children if c.dep_ in self.roles.subject_deps]
            if subjects:
                return subjects
            if current.dep_ == "relcl":
                return [current.head]
            if current.dep_ not in self.roles.inherit_subject_deps or current.head is current:
                return []
            current = current.head
        return []

    def _object_heads(self, token: Token) -> list[Token]:
        """Candidate target heads, in order: indirect object, direct object, prepositional objects."""
        children = list(token.children)
        heads = [c for c in children if c.dep_ == "dative"]
        heads += [c for c in children if c.dep_ in self.roles.object_deps and c.dep_ != "dative"]
        heads += self._prep_objects(token, self.roles.target_preps)
        if token.dep_ == "amod":
            heads.append(token.head)
        return heads

    @staticmethod
    def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
        return _pobjs(c for c in token.children if c.dep_ == "prep" and c.lower_ in preps)

    def _first_actors(self, heads: list[Token], actors: _Index) -> list[str]:
        """The actors of the first head that has any."""
        for head in heads:
            found = self._actors_of([head], actors)
            if found:
                return found
        return []

    def _actors_of(self, heads: list[Token], actors: _Index) -> list[str]:
        """Actors named by argument heads and their conjuncts ("Putin and Kim")."""
        found: list[str] = []
        for head in (h for top in heads for h in _conjuncts(top)):
            # the nearest actor in the phrase, and those conjoined with it
            named = next((t for t in self._phrase(head) if t.i in actors.at), None)
            if named is not None:
                ids = [actors.at[t.i] for t in _conjuncts(named) if t.i in actors.at]
                found.extend(i for i in ids if i not in found)
        return found

    def _phrase(self, head: Token) -> Iterator[Token]:
        """The phrase (or a trigger's own clause) under a head, nearest tokens first, without
        conjuncts and embedded clauses."""
        queue = deque([head])
        while queue:
            token = queue.popleft()
            yield token
            queue.extend(c for c in token.children if c.dep_ not in self.roles.clause_deps and c.dep_ != "cc")

    # -- place and time

    def _place(self, token: Token, governor: Token | None, code: str, context: _Context) -> str | None:
        """The first place found among the candidate phrases, in order of evidence."""
        for heads in self._place_phrases(token, governor, code, context):
            place = next((p for head in heads if (p := self._first_place(head, context.places)) is not None), None)
            if place is not None:
                return place
        return None

    def _place_phrases(
        self, token: Token, governor: Token | None, code: str, context: _Context
    ) -> Iterator[list[Token]]:
        """Where an event's place is named: a locative phrase of the trigger ("at the Vostochny
        Cosmodrome"); for events that happen where their object is ("visited Russia", "shelled
        Kyiv"), the object; else the nearest locative phrase in the trigger's clause ("talks with
        leaders in Lyon") that no other event's trigger holds ("the backdrop of the war in Ukraine")."""
        locative = self.roles.locative_preps
        anchors = [token] if governor is None else [token, governor]
        for anchor in anchors:
            yield self._prep_objects(anchor, locative)
        if any(code.startswith(prefix) for prefix in self.roles.object_place_codes):
            if token.pos_ == "NOUN":
                yield self._prep_objects(token, self.roles.target_preps)
            else:
                yield self._object_heads(token)
        for anchor in anchors:
            yield _pobjs(
                t for t in self._phrase(anchor)
                if t.dep_ == "prep" and t.lower_ in locative and t.head.i not in context.triggers
            )

    def _first_place(self, head: Token, places: _Index) -> str | None:
        return next((places.at[t.i] for t in self._phrase(head) if t.i in places.at), None)

    def _time(self, token: Token, governor: Token | None, times: _Index) -> str | None:
        """The nearest time in the trigger's clause (or its governing verb's, or the clause it
        is attached to) that dates it: "met on Wednesday", "The meeting took place on Monday";
        not one that bounds it ("the first meeting since 2019")."""
        anchors = [token] if governor is None else [token, governor]
        if token.dep_ in self.roles.inherit_subject_deps and token.head is not token:
            anchors.append(token.head)  # "agreed on Monday to meet"
        for anchor in anchors:
            dating = (t for t in self._phrase(anchor) if t.i in times.at and self._dates(t))
            when = next((times.at[t.i] for t in dating), None)
            if when is not None:
                return when
        return None

    def _dates(self, token: Token) -> bool:
        """False for a time inside a bounding phrase or clause ("since 2019", "until next week",
        "since the pandemic began in 2020")."""
        bounding = self.roles.non_dating_preps
        for ancestor in islice(token.ancestors, 3):
            if ancestor.dep_ == "prep" and ancestor.lower_ in bounding:
                return False
            if any(c.dep_ == "mark" and c.lower_ in bounding for c in ancestor.children):
                return False
        return True


def _pobjs(preps: Iterable[Token]) -> list[Token]:
    """The objects of prepositions."""
    return [g for prep in preps for g in prep.children if g.dep_ == "pobj"]


def _conjuncts(token: Token) -> Iterator[Token]:
    yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield from _conjuncts(child)


def _depth(token: Token) -> int:
    """Dependency hops from the sentence root: main-clause events come first."""
    depth = 0
    while token.head is not token and depth < 10:
        token = token.head
        depth += 1
    return depth
