"""Which tokens trigger which events: each word's patterns tried against the parse around it
(most specific first), a verb and the noun it carries settled into one event, future tense and
obligation recoding the event, and which events are embedded in which.

A plain statement (a CAMEO code PLOVER has no type for: "said", "commented") is an event of its
own only where it reports no other event: "X said Y attacked Z" is Y's attack, reported by X
(the factuality stage says so); "X said talks were useful" is X's statement. The events stage
may keep some that do (`settle`'s `kept`: a speaker's first words)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from tidings import docdata, syntax
from tidings.knowledge.ontology import EventCode
from tidings.knowledge.patterns import Pattern, PatternBook, Roles

KIND_OF_POS = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}  # proper nouns ("March") name no events
# Links through which an event is embedded in the event above it ("agreed to *meet*").
EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acl", "advcl", "relcl"})
SUPPORTED_DEPS = frozenset({"dobj", "pobj", "attr", "oprd", "nsubjpass"})  # a noun event carried by its verb
WILDCARD = "*"
CLAUSE_DEPS = frozenset({"advcl", "ccomp"})
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # where a participle stands as a noun
GOING_ON_HOPS = 3  # words climbed from a statement's participle to the trigger it goes on
VERBAL_QUADS = frozenset({1, 3})  # CAMEO quad classes told in words: verbal cooperation and conflict
SAID_ACTS = frozenset({"051", "052", "055"})  # praise, verbal defence, apology: told in words, though GDELT's quad counts their root (05) material
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "which", "what", "itself"})  # stand for no party
LEAVING_VERBS = frozenset({"leave"})  # verbs whose outcome complement tells what their subject did to people ("the crash left two dead and five injured")
PARTICLE_TAGS = frozenset({"RB", "RP"})  # tags of a particle the parser may read as an adverb ("walked *out* on Tuesday")
THREAT_ROOT = "13"  # CAMEO threaten: what a doer says it will do to a party
SIEVED_FROM = 30  # a word with this many patterns tries only those whose first constraint it meets (`_Sieve`)


@dataclass(frozen=True)
class Triggers:
    """The event triggers of one document."""

    found: dict[int, tuple[Token, Pattern]]  # trigger position -> (trigger, its pattern), in text order
    carriers: dict[int, Token]  # noun trigger position -> the verb that carries it
    embedded: dict[int, int]  # trigger position -> position of the event it is embedded in
    hosts: frozenset[int]  # positions of the events others are embedded in


class Coder:
    """Finds and codes the event triggers of a document with the pattern book."""

    def __init__(
        self, book: PatternBook, codes: dict[str, EventCode], embedding_hops: int, reporting_hops: int, speech_verbs: frozenset[str] = frozenset()
    ) -> None:
        self.book = book
        self.speech_verbs = speech_verbs  # verbs of speech: the lexicon's plain statements of them are tried where tidings' own patterns fail
        self.roles: Roles = book.roles
        self.codes = codes
        self.embedding_hops = embedding_hops
        self.reporting_hops = reporting_hops
        self._sieves: dict[tuple[str, str, bool], _Sieve] = {}  # (kind, lemma, the lexicon's) -> the word's patterns sieved

    def candidates(self, doc: Doc, skip: Callable[[Token], bool], lexicon: Callable[[Token], bool]) -> dict[int, tuple[Token, Pattern]]:
        """Every token that matches a pattern, but those `skip` says to pass over, by position;
        the lexicon's patterns are tried only where `lexicon` says."""
        coded = frozenset(actor["id"] for actor in docdata.data(doc, "actors") if actor.get("cameo"))
        return {
            token.i: (token, pattern) for token in syntax.with_pos(doc, KIND_OF_POS)
            if not skip(token) and (pattern := self.match(token, lexicon(token), coded)) is not None
        }  # (`match` passes over other parts of speech too: asking first spares the two tests)

    def carried(self, found: dict[int, tuple[Token, Pattern]]) -> Triggers:
        """A first reading of the candidates: the verbs that carry nouns, nothing embedded yet
        (enough to read the arguments of the candidates the component may still drop)."""
        carriers, _ = self._carriers(dict(found))  # settles nothing: `_carriers` drops from its argument
        return Triggers(dict(found), carriers, {}, frozenset())

    def settle(self, found: dict[int, tuple[Token, Pattern]], kept: Callable[[dict[int, set[int]]], set[int]] = lambda reporting: set()) -> Triggers:
        """The triggers of the document: a statement that reports another event gives way to it
        unless `kept` keeps it (of those that report one, each with what it reports), one that goes on another statement is
        part of it (both removed from `found`), and each event's host, the event it is embedded in."""
        carriers, anchors = self._carriers(found)
        statements = {i for i, (_, pattern) in found.items() if self.is_statement(pattern.cameo)}
        reporting = self._reporting(found, carriers, statements)
        for i in reporting.keys() - kept(reporting):
            del found[i]
        told = statements | {i for i, (_, pattern) in found.items() if self.codes[pattern.cameo].quad_class in VERBAL_QUADS or pattern.cameo in SAID_ACTS}
        carried = {governor.i: i for i, governor in carriers.items()}
        for i in _going_on(found, statements, told, carried):
            del found[i]
        anchors -= statements  # a statement frames no event: what it reports is not embedded in it
        embedded = {i: host for i, (token, _) in found.items() if (host := self._host(token, carriers, anchors)) is not None}
        return Triggers(found, carriers, embedded, frozenset(embedded.values()))

    def match(self, token: Token, lexicon: bool = True, coded: frozenset[str] = frozenset()) -> Pattern | None:
        """The pattern the token triggers, if it names an event (by the lexicon too, if `lexicon`;
        `coded`: the ids of the document's actors with CAMEO codes, which a pattern may need)."""
        kind = KIND_OF_POS.get(token.pos_)
        if kind is None or not self.book.candidates(kind, token.lemma_.lower(), lexicon):
            return None  # a word with no pattern: the tests below are spared
        if kind == "noun" and self._modifies_only(token, lexicon, coded):
            return None  # a noun modifying another names no event: "launch site", "war crimes court"
        if token.tag_ == "VBN" and (token.dep_ == "amod" or _names_people(token)):
            return None  # a past participle describing a noun tells its state: "the injured men", "seized arms"
        if token.tag_ == "VBG" and token.dep_ == "amod" and not _after_auxiliary(token):
            return None  # so does a present participle: "burning buildings", "supporting documents", "rallying shares"
        reading = self._sense(token, kind, lexicon)
        if reading is None:
            return None
        pattern, features = reading
        return pattern if pattern.cameo and features.has(pattern.needs, coded) else None

    def dismissed(self, token: Token) -> bool:
        """Whether a pattern of the token's word says it names no event in its sense here ("a gas
        explosion": an accident; "an explosion of interest")."""
        kind = KIND_OF_POS.get(token.pos_)
        reading = self._sense(token, kind, False) if kind is not None else None
        return reading is not None and not reading[0].cameo

    def _sense(self, token: Token, kind: str, lexicon: bool) -> tuple[Pattern, _Features] | None:
        """The most specific pattern of the token's word whose conditions it meets (of the lexicon's
        too, if `lexicon`), with the token's features; None where none does."""
        candidates = self.book.candidates(kind, token.lemma_.lower(), lexicon)
        if not candidates:
            return None
        features = _Features(token, self.roles)
        lemma = token.lemma_.lower()
        for pattern in self._tried(kind, lemma, candidates, features):  # most specific first
            if features.satisfies(pattern):
                return pattern, features
        if lexicon and kind == "verb" and not candidates[0].lexicon and lemma in self.speech_verbs:  # (the lexicon's own failed above)
            for pattern in self._tried(kind, lemma, self.book.lexicon_patterns(lemma), features):  # "expressed concern": none of tidings' own fits
                if pattern.cameo and self.is_statement(pattern.cameo) and features.satisfies(pattern):
                    return pattern, features
        return None

    def _tried(self, kind: str, lemma: str, patterns: tuple[Pattern, ...], features: _Features) -> Iterable[Pattern]:
        """The word's patterns, in order, that the token's features may satisfy: for a word with
        many, those its features meet the first constraint of (see `_Sieve`)."""
        if len(patterns) < SIEVED_FROM:
            return patterns
        key = (kind, lemma, patterns[0].lexicon)
        sieve = self._sieves.get(key)
        if sieve is None:
            sieve = self._sieves[key] = _Sieve(patterns)
        return sieve.tried(features)

    def _modifies_only(self, noun: Token, lexicon: bool, coded: frozenset[str]) -> bool:
        """Whether a noun modifying another names no event of its own, alone or joined to other
        modifiers ("theft and assault cases"): any noun but one before a light noun ("a
        mediation effort"), and that one too where the light noun is coded with it ("an
        assassination attempt": one attempt on a life, 185)."""
        first = syntax.first_conjunct(noun)
        if not (first.dep_ == "compound" or first is not noun and first.dep_ == "nmod"):
            return False  # the parser heads a list of modifiers with "nmod": "theft, fraud and assault cases"
        stand_in = proxy(first, self.roles)
        if stand_in is first:
            return True
        pattern = self.match(stand_in, lexicon, coded)
        return pattern is not None and noun.lemma_.lower() in pattern.modifier

    def is_statement(self, cameo: str) -> bool:
        """A plain statement: a code PLOVER has no type for (CAMEO 010-014, 017)."""
        return not self.codes[cameo].plover

    def _same_type(self, a: Pattern, b: Pattern) -> bool:
        """Two codings of one PLOVER type (plain statements have none)."""
        plover = self.codes[a.cameo].plover
        return plover is not None and plover == self.codes[b.cameo].plover

    def reported_obligation(self, token: Token) -> Token | None:
        """The clause a statement reports that says what someone must or should do ("said Iran
        must stop"): the statement is a demand of that clause's subject; not where the speaker
        says it of themselves ("we must act", "I should go"), which demands nothing of anyone."""
        for clause in (c for c in token.children if c.dep_ in self.roles.complement_deps):
            if any(c.dep_ in syntax.SUBJECT_DEPS and "Person=1" in c.morph for c in clause.children):
                continue
            if self._reassures(clause):
                continue
            if not self.book.obligation.aux.isdisjoint(c.lower_ for c in clause.children if c.dep_ == "aux"):
                return clause
        return None

    def _reassures(self, clause: Token) -> bool:
        """A negated feeling a clause says no one should have: "residents should not feel
        threatened", "people shouldn't worry" (reassurance, no demand)."""
        return clause.lemma_.lower() in self.book.obligation.reassuring and any(c.dep_ == "neg" for c in clause.children)

    def recode(self, cameo: str, anchor: Token, trigger: Token | None = None) -> tuple[str, bool]:
        """Future tense and obligation ("will meet", "must withdraw") recode the event; also
        whether an obligation recoded it (the obliged party becomes the target). A negated future
        is not recoded: "will not arrest him" is no threat (its factuality says negated, future);
        nor a modal perfect, which tells of the past: "may have fled", "could have been killed".
        Nor does an obligation recode a noun `trigger` its carrier `anchor` takes as a passive
        subject: "the summit should be held in Africa" asks how a meeting is held, of no one.
        A passive act of force to come is no threat, which its doer would make: "will be charged"
        keeps its code (its factuality says future)."""
        auxiliaries = {c.lower_ for c in anchor.children if c.dep_ == "aux"}
        negated = any(c.dep_ == "neg" for c in anchor.children)
        going = _going_to(anchor)
        if going is not None:  # "is going to attack": the future told without a modal
            auxiliaries |= self.book.future.aux
            negated = negated or any(c.dep_ == "neg" for c in going.children)
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in anchor.children)
        passive = any(c.dep_ == "auxpass" or c.dep_ in self.roles.passive_subject_deps for c in anchor.children)
        undergone = trigger is not None and trigger.i != anchor.i and trigger.head.i == anchor.i and trigger.dep_ in self.roles.passive_subject_deps
        for recoding in (self.book.obligation, self.book.future):
            if recoding is self.book.future and (negated or perfect) or recoding is self.book.obligation and undergone:
                continue
            if not recoding.aux.isdisjoint(auxiliaries):
                recoded = recoding.recode(cameo)
                if recoding is self.book.future and passive and self.codes[recoded].root == THREAT_ROOT:
                    return cameo, False
                if recoded == cameo or self.codes[cameo].plover and not self.codes[recoded].plover:
                    return cameo, False
                return recoded, recoding is self.book.obligation
        return cameo, False

    def foretold(self, cameo: str, anchor: Token) -> bool:
        """An act in the future tense that no intent or threat codes ("police will investigate",
        "she would ask residents to help"): foretold, not done. Not one a speaker makes in the first
        person ("we would ask you to stay indoors"), a negated one (a refusal), a modal perfect, nor
        a passive, which keeps its code as `recode` does ("the man will be charged")."""
        future = self.book.future
        if future.covers(cameo) or future.foretelling.isdisjoint(c.lower_ for c in anchor.children if c.dep_ == "aux"):
            return False
        if any(c.dep_ in ("neg", "auxpass") or c.dep_ == "aux" and c.lemma_ == "have" for c in anchor.children):
            return False
        return not any("Person=1" in s.morph for s in syntax.subjects(anchor))

    def _carriers(self, found: dict[int, tuple[Token, Pattern]]) -> tuple[dict[int, Token], set[int]]:
        """Noun triggers carried by a verb ("kept up their sit-in"), settling which of a
        verb and its object codes one event; drops the loser from `found`. Also every position
        that anchors an event (triggers and carrying verbs)."""
        anchors = set(found)
        carriers: dict[int, Token] = {}
        for i, (token, pattern) in list(found.items()):
            stand_in = proxy(token, self.roles)
            governor = syntax.governor(stand_in) if pattern.kind == "noun" else None
            if governor is None or stand_in.dep_ not in SUPPORTED_DEPS:
                continue
            rival = found.get(governor.i)
            if rival is None or self.is_statement(rival[1].cameo):  # "reported the attack": a statement carries it
                carriers[i] = governor
                anchors.add(governor.i)
            elif stand_in.dep_ == "dobj" and self._same_type(rival[1], pattern) and token.lemma_.lower() not in rival[1].object:
                del found[i]  # "fought pitched battles", "staged protests": the noun names the verb's own deed
            elif token.lemma_.lower() in rival[1].object:
                if rival[1].frame or rival[1].specificity > pattern.specificity:
                    del found[i]  # "lifted the curfew": the verb codes it more precisely; "threatened sanctions against X": a frame codes what it names
                else:
                    del found[governor.i]  # "began a hunger strike": the noun does
                    carriers[i] = governor
        return carriers, anchors

    def _reporting(self, found: dict[int, tuple[Token, Pattern]], carriers: dict[int, Token], statements: set[int]) -> dict[int, set[int]]:
        """The statements some other event lies under, within `reporting_hops` governors, each
        with the events it reports."""
        reporting: dict[int, set[int]] = {}
        if not statements:
            return reporting
        for i, (token, _) in found.items():
            if i in statements:
                continue
            current = carriers.get(i, token)
            for _ in range(self.reporting_hops):  # through statements too: "reported him saying they met"
                if current.head.i == current.i:
                    break
                current = current.head
                if current.i in statements:
                    reporting.setdefault(current.i, set()).add(i)
        return reporting

    def _host(self, token: Token, carriers: dict[int, Token], anchors: set[int]) -> int | None:
        """The event an event is embedded in ("agreed to *meet*", "staged a rally to *demand*")."""
        current = carriers[token.i] if token.i in carriers else proxy(token, self.roles)
        own = {token.i, current.i}
        for _ in range(self.embedding_hops):
            if current.dep_ not in EMBEDDING_DEPS or current.head.i == current.i:
                return None
            current = current.head
            if current.i in anchors and current.i not in own:
                return current.i
        return None


def _going_on(found: dict[int, tuple[Token, Pattern]], statements: set[int], told: set[int], carried: dict[int, int]) -> list[int]:
    """The statements that go on another one or on a verbal act (`told`), still found, as a
    participle ("quoted him *as saying*", "told reporters, *saying*", "rejected the claims,
    *saying*", "defended it *by saying*") or as a verb joined to it with no subject of its own
    ("praised the police *and said*", "said ... *and predicted*"): one statement, told by the verb
    they hang on (or the first trigger above it: "rejected claims that the camp would be moved,
    *saying* ..."), or the verb that carries its noun ("filed a lawsuit, *saying*"; `carried`:
    carrying verb -> the noun's position)."""
    going_on = []
    for i in statements & found.keys():
        token = found[i][0]
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            head = token.head.head
        elif token.dep_ == "advcl" or token.dep_ == "conj" and not _own_subject(token):
            head = token.head
        else:
            head = None
        hops = GOING_ON_HOPS if token.tag_ == "VBG" else 0  # a participle the parser hung on a clause below the act: up through words that are no trigger
        for _ in range(hops):
            if head is None or head.i in found or head.i in carried or head.head.i == head.i:
                break
            head = head.head
        act = None if head is None else carried.get(head.i, head.i)
        if act is not None and act != i and act in found and act in told:
            going_on.append(i)
    return going_on


def _going_to(verb: Token) -> Token | None:
    """The "going" of "is going to attack", "were going to meet": a to-infinitive hanging on a
    progressive "go" tells of an act to come; None for any other verb."""
    going = verb.head
    if verb.dep_ != "xcomp" or going.lemma_ != "go" or going.tag_ != "VBG" or not syntax.is_to_infinitive(verb):
        return None
    return going if any(c.dep_ == "aux" and c.lemma_ == "be" for c in going.children) else None


def _thing(token: Token, coded: frozenset[str]) -> bool:
    """Whether what a verb is done to is a thing: a thing pronoun, or a name that is neither an
    actor with a CAMEO code nor a person ("the iPod", "Windows Vista")."""
    if token.pos_ == "PRON":
        return token.lower_ in THING_PRONOUNS
    return token.pos_ == "PROPN" and token.ent_type_ != "PERSON" and docdata.at(token, "actors") not in coded


def proxy(token: Token, roles: Roles) -> Token:
    """The noun that stands in the clause for a trigger: "mediation" in "a mediation effort"."""
    if token.dep_ == "compound" and token.head.lemma_.lower() in roles.light_nouns:
        return token.head
    return token


_SEEN = {"prep": "preps", "object": "objects", "complement": "complements", "modifier": "modifiers", "governor": "governor", "subject": "subjects"}


class _Features:
    """What the constraints of a pattern look at around one trigger token, each worked out the
    first time a pattern asks for it (most patterns ask for few)."""

    def __init__(self, token: Token, roles: Roles) -> None:
        self._token = token
        self._roles = roles
        self._children = list(token.children)

    def satisfies(self, pattern: Pattern) -> bool:
        """Whether each constraint of the pattern meets what it looks at: any of its words, or
        anything for the wildcard (a plain loop: it is asked about 140,000 times on 300 articles)."""
        for name, wanted in pattern.constraints:
            seen = getattr(self, _SEEN[name])
            if not (seen if WILDCARD in wanted else not wanted.isdisjoint(seen)):
                return False
        return True

    def has(self, need: str, coded: frozenset[str]) -> bool:
        """Whether the trigger has what its pattern `needs` (see `Pattern`) to be in its event sense."""
        if need == "object":
            return bool(self._done_to)
        if need == "party":
            return any(o.pos_ == "PRON" and o.lower_ not in THING_PRONOUNS or docdata.at(o, "actors") is not None for o in self._done_to)
        if need == "doer":  # a noun's doer may follow it too: "the arrival of the premier"
            if self._untold_doer():
                return True  # "was forced from power", "was recognised in 2008": who did it is not said
            of = syntax.pobjs(c for c in self._children if c.lower_ == "of") if self._token.pos_ == "NOUN" else []
            return any(docdata.at(h, "actors") in coded for h in self._doers + of)
        if need == "people":
            return not self._done_to or not all(_thing(o, coded) for o in self._done_to)
        if need == "intransitive":
            return not self._done_to
        return True

    def _untold_doer(self) -> bool:
        """A passive verb without a "by" phrase of its own."""
        children = self._children
        return any(c.dep_ in self._roles.passive_subject_deps for c in children) and not any(c.dep_ in self._roles.agent_deps for c in children)

    @cached_property
    def _done_to(self) -> list[Token]:
        """What the trigger is done to: its objects and passive subject, or the noun a participle
        describes ("rebels funded by Norway"), with their conjuncts; not the object of a preposition."""
        token, roles = self._token, self._roles
        done_to = [c for c in self._children if c.dep_ in roles.object_deps or c.dep_ in roles.passive_subject_deps]
        if token.dep_ == "acl" and token.tag_ == "VBN":
            done_to.append(token.head)
        return done_to + [c for o in done_to for c in o.children if c.dep_ == "conj"]

    @cached_property
    def preps(self) -> set[str]:
        token, children = self._token, self._children
        preps = {c.lower_ for c in children if c.dep_ in ("prep", "prt", "agent")}
        # "walked out on Tuesday": the parser may take a particle right after the verb for an adverb
        preps.update(c.lower_ for c in children if c.dep_ == "advmod" and c.i == token.i + 1 and c.tag_ in PARTICLE_TAGS)
        # "pushed for the US to act": the parser hangs "for" on the clause it introduces
        preps.update(m.lower_ for c in children if c.dep_ in CLAUSE_DEPS for m in c.children if m.dep_ == "mark" and m.lower_ == "for")
        return preps

    @cached_property
    def _object_tokens(self) -> list[Token]:
        token, children, roles = self._token, self._children, self._roles
        objects = [c for c in children if c.dep_ in roles.object_deps or c.dep_ in roles.passive_subject_deps]
        if token.dep_ == "relcl" and (objects or _own_subject(token)) and all(o.tag_ in syntax.RELATIVE_PRONOUN_TAGS for o in objects):
            objects = [token.head]  # "the crimes he committed", "the deal that he struck", "a fire that was set": the noun it describes
        if not objects:  # "would meet or surpass its targets": the object the next verb takes is shared
            objects = [o for v in children if v.dep_ == "conj" and v.pos_ == "VERB" for o in v.children if o.dep_ in roles.object_deps]
        objects += syntax.pobjs(c for c in children if c.dep_ in ("prep", "agent"))
        objects += syntax.pobjs(g for c in children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "prep")  # "walked out *of* the talks"
        if not objects and token.pos_ == "NOUN" and token.dep_ == "conj" and token.head.pos_ == "NOUN":
            objects = syntax.pobjs(c for c in token.head.children if c.lower_ == "of")  # "the planning and execution of attacks": one phrase for both
        if token.dep_ == "amod" or token.dep_ == "acl" and token.tag_ == "VBN":  # "test-firing missiles", "a tape released
            objects.append(token.head)  # by the army": the modified noun is the object
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        # "a state of emergency", "a military aid program": heads of "of" phrases and compounds
        objects += syntax.pobjs(c for o in objects for c in o.children if c.lower_ == "of")
        objects += [c for o in objects for c in o.children if c.dep_ == "compound"]
        return objects

    @cached_property
    def objects(self) -> set[str]:
        return {o.lemma_.lower() for o in self._object_tokens}

    @cached_property
    def complements(self) -> set[str]:
        complements = {c.lemma_.lower() for c in self._children if c.dep_ in self._roles.complement_deps}
        for prep in self._children:
            if prep.dep_ == "prep":
                complements.update(g.lemma_.lower() for g in prep.children if g.dep_ == "pcomp")
        return complements

    @cached_property
    def modifiers(self) -> set[str]:
        modifiers = (m for owner in (self._token, *self._object_tokens) for m in owner.children if m.dep_ in self._roles.modifier_deps)
        return {m.lemma_.lower() for m in modifiers}

    @cached_property
    def governor(self) -> set[str]:
        governor = syntax.governor(proxy(self._token, self._roles))
        return {governor.lemma_.lower()} if governor is not None else set()

    @cached_property
    def _doers(self) -> list[Token]:
        """Who does it: the subject's head and the words compounded with it ("drone strikes"), or
        the noun an -ing participle follows; for a noun, its possessor and "by" phrase."""
        token = self._token
        if token.pos_ in ("VERB", "ADJ"):  # an adjective's subject: "the minister is ready to go"
            # a passive's "by" phrase names the doer, even where a conjunct lends the verb a subject
            heads = syntax.pobjs(c for c in self._children if c.dep_ in self._roles.agent_deps) or syntax.subjects(token)
            verb = syntax.first_conjunct(token)  # "killed ten and injured 40": the first verb's doer
            if not heads and verb.dep_ == "acl" and (verb.tag_ == "VBG" or _takes_object(verb)):
                heads = [verb.head]  # "fires burning near the town", a misparsed "the quake, which struck at noon, killed ten": the noun does it
            if not heads and _outcome_of_leaving(token):  # "a gas blast left one dead and ten injured": the blast did it
                heads = syntax.subjects(verb.head)
            heads = [syntax.antecedent(h) for h in heads]
        else:
            children = self._children + hyphen_children(token)
            heads = [c for c in children if c.dep_ == "poss"] + syntax.pobjs(c for c in children if c.lower_ == "by")
        return heads + [c for h in heads for c in h.children if c.dep_ == "compound"]

    @cached_property
    def subjects(self) -> set[str]:
        return {h.lemma_.lower() for h in self._doers}


class _Sieve:
    """A word's patterns indexed by the words their first constraint wants, so that a token tries
    only those whose first constraint its features meet, and those that set none, in their order
    (a verb of speech has a hundred patterns in the lexicon, nearly all wanting an object or a
    preposition it lacks: satisfying none, each was tried at every "said")."""

    def __init__(self, patterns: tuple[Pattern, ...]) -> None:
        self.patterns = patterns
        self.free: list[int] = []  # positions of the patterns that set no constraint
        self.any_word: dict[str, list[int]] = {}  # feature -> positions whose first constraint takes any word there
        self.by_word: dict[str, dict[str, list[int]]] = {}  # feature -> word -> positions whose first constraint wants it
        for position, pattern in enumerate(patterns):
            if not pattern.constraints:
                self.free.append(position)
                continue
            name, wanted = pattern.constraints[0]
            if WILDCARD in wanted:
                self.any_word.setdefault(_SEEN[name], []).append(position)
                continue
            by_word = self.by_word.setdefault(_SEEN[name], {})
            for word in wanted:
                by_word.setdefault(word, []).append(position)

    def tried(self, features: _Features) -> list[Pattern]:
        positions = set(self.free)
        for name, by_word in self.by_word.items():
            for word in getattr(features, name):
                positions.update(by_word.get(word, ()))
        for name, found in self.any_word.items():
            if getattr(features, name):
                positions.update(found)
        return [self.patterns[position] for position in sorted(positions)]


def _names_people(participle: Token) -> bool:
    """A past participle standing for the people it describes: "the wounded were taken to
    hospital", "the accused", "30 of the 80 injured", "most of those injured"."""
    if participle.dep_ == "acl":  # not a headline's "Three killed in blast", where the number heads the clause
        return participle.head.tag_ == "CD" and participle.head.dep_ != "ROOT" or participle.head.tag_ == "DT"
    return participle.dep_ in NOMINAL_DEPS and any(c.dep_ == "det" for c in participle.children)


def _outcome_of_leaving(participle: Token) -> bool:
    """A participle, or one joined to an adjective, telling the state a verb of leaving put people
    in: "the crash left three dead and twenty injured"."""
    first = syntax.first_conjunct(participle)
    return first.dep_ == "oprd" and first.head.lemma_.lower() in LEAVING_VERBS


def _after_auxiliary(participle: Token) -> bool:
    """A participle the parser took for an adjective though an auxiliary makes it the verb of its
    clause: "has been test-firing missiles"."""
    start = participle.left_edge.i
    return start > 0 and participle.doc[start - 1].pos_ == "AUX"


def _takes_object(verb: Token) -> bool:
    """A verb with a direct object: a past participle the parser hung on a noun with one is the
    noun's own verb, as no passive takes a direct object."""
    return any(c.dep_ == "dobj" for c in verb.children)


def _own_subject(verb: Token) -> bool:
    """A verb with a subject of its own that is no relative pronoun ("the crimes *he* committed")."""
    return any(c.dep_ in syntax.SUBJECT_DEPS and c.tag_ not in syntax.RELATIVE_PRONOUN_TAGS for c in verb.children)


def hyphen_children(token: Token) -> list[Token]:
    """The children of the first part of a hyphenated noun the parser split ("its counter-sanctions":
    "its" hangs on "counter")."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return []
    return [c for c in doc[i - 2].children if c.i < i - 2]
