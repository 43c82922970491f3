"""Who does an event to whom: the actors (from the token index) named by a trigger's subject,
objects and complements, or by a nominal trigger's possessor and prepositional phrases; what
other events tell (`references`); who reports the clause an event is in (tidings.syntax's one
speaker rule); and listed parties of a reciprocal event on both sides.

"X and Y met" is one event with X and Y as sources and as targets: CAMEO codes a reciprocal event
both ways (X->Y and Y->X), and one event with both lists says so without counting the meeting
twice; an actor never acts on itself, so the pairs are every source with every other target.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings import docdata, syntax
from tidings.datelines import dateline
from tidings.knowledge.actors import segments
from tidings.knowledge.arguments import ArgumentWords
from tidings.knowledge.coreference import coreference_words
from tidings.knowledge.ontology import cameo_codes
from tidings.knowledge.patterns import Pattern, Roles
from tidings.model import ActorKind
from tidings.stages.events.coding import Triggers, hyphen_children, proxy
from tidings.stages.events.references import References

_GERUND_HOSTS = frozenset({"prep"})  # "guilty *of* violating", "accused Russia *of* shelling"
_COMPLEMENT_HOPS = 3  # clauses a frame's target is looked for in ("ready to send aid to help X")
_SOURCE_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_OPEN_COMPLEMENT_DEPS = frozenset({"xcomp"})
_JOINING_DEPS = frozenset({"cc", "advmod", "punct"})  # what may stand between a clause and a participle joined to it
_GERUND_OBJECT_OPENINGS = frozenset({"det", "poss"})  # "hitting their son", "robbing a bank": a gerund's own object
_SHARING_DEPS = frozenset({"xcomp", "conj"})  # a verb whose agent is its head's, however that is found
_CONTROLLING_PREPS = frozenset({"on", "upon"})
_CONTROLLING_DEPS = frozenset({"prep", "prt"})  # "called on Arabs": "on" is parsed as either
_OBJECT_DEPS = frozenset({"dobj", "attr"})  # "called on Arabs to unite": Arabs unite
_OBJECT_PREDICATE_DEPS = frozenset({"oprd"})  # an adjective saying what a verb finds its object to be ("found X guilty")
_LOOSE_DEPS = frozenset({"dep"})  # a noun the parser could not attach
_PREP_DEPS = frozenset({"prep", "dative"})  # "to" of a recipient is parsed as either
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj"})  # clauses a stranded preposition's noun may head
_BARE_NOUN_OBJECT_DEPS = frozenset({"npadvmod"})  # a name the parser took for an adverb ("criticised Sweden.")
_AUX_DEPS = frozenset({"aux", "auxpass", "neg"})
_DIRECT_OBJECT_DEPS = frozenset({"dobj", "dative"})  # who an appeal is made to, named before its occasion
_CLAUSE_MARK_DEPS = frozenset({"mark", "advmod"})  # "when" of a clause is parsed as either
_THING_RELATIVE_TAG = "WDT"  # "that", "which" opening a relative clause; not "who"
_PERSONAL_TAGS = frozenset({"PRP"})  # "he", "they", "it"; not "what", "who", "this"
_PERSONAL_GENDERS = frozenset({"Masc", "Fem"})  # "he", "she": one person, never a body
_APPOSITION_MARKS = frozenset({",", "-", "–", "—"})  # what sets off a description ("the palace - the residence of X")
_PHRASE_PREPS = 2  # prepositions down a head's phrase its actor may lie ("the head of the office of X")


class Arguments:
    """The sources and targets of the events of one document (make one per Doc)."""

    def __init__(self, roles: Roles, words: ArgumentWords, triggers: Triggers, doc: Doc) -> None:
        self.roles = roles
        self.words = words
        self.triggers = triggers
        opening = dateline(doc)
        self._dateline = range(opening[0], opening[2]) if opening else range(0)
        self._named = syntax.Nearest(self._names_actor, roles.phrase_end_deps)
        self._own: dict[int, tuple[list[str], list[str]]] = {}
        self._several: dict[int, list[str]] | None = None
        self._actor_rows: dict[str, dict] | None = None
        self.doc = doc
        self.codes = cameo_codes()
        self.person_roles = coreference_words().person_roles  # role nouns for one person ("the minister")
        self.references = References(self, words, triggers, doc)

    def of(self, token: Token, pattern: Pattern, carrier: Token | None, cameo: str, obliged: bool) -> tuple[list[str], list[str]]:
        """Actor ids of the sources and the targets of the event `token` triggers, coded `cameo`
        (after any recoding; `obliged`: an obligation recoded it)."""
        anchor = carrier if carrier is not None else token
        sources, targets = self.own(token)
        if not sources and not targets and pattern.kind == "noun":
            sources, targets = self.references.told_before(token, cameo)  # "the meeting", after "met"
            if not sources and not targets:
                sources, targets = self.references.beside(token, cameo)  # "captured the town after days of fighting"
        if self.words.judging(cameo):  # "condemned the attack": the attackers, before an addressee
            judged, undergone = self.references.judged(anchor, sources)
            targets = judged + [t for t in targets if t not in judged and t not in undergone]
        if not targets and self.words.purposive(cameo):
            targets = self.references.purpose(anchor, sources)  # "marched to demand that X resign": X
            if not targets and anchor is not token:
                targets = self.references.purpose(token, sources)  # "staged protests demanding that X resign"
        if not targets and self.words.forceful(cameo):  # "opened fire to disperse the crowd": the crowd
            targets = self.references.purpose(anchor, sources, self.words.forceful)
        thwarted = carrier is not None and self._thwarts(carrier, cameo)  # "police said they foiled an attack": not theirs
        reporters = self.reporters(anchor, obliged) if obliged or not sources and not thwarted else []
        if reporters and not obliged and self._subject_undergoes(token, carrier, cameo):  # "Iran said it had come under attack"
            reporters, targets = [], targets or reporters
        if reporters:  # "Russia said Sudan must go": Russia demands of Sudan; "Iran said it would go"
            sources, targets = reporters, (sources or targets) if obliged else targets
        if len(self._parties(sources)) > 1 and not targets and self._mutual(token, anchor, cameo):
            return sources, list(sources)
        return sources, [t for t in targets if t not in sources]

    def _mutual(self, token: Token, anchor: Token, cameo: str) -> bool:
        """Listed parties act on each other: by the event's code ("met"), its words ("clashed",
        "exchanged fire"), or a reciprocal pronoun as its object ("attacked each other"); not an act
        of force told with a one-way word ("X and Y attacked": co-sources against its object)."""
        if self.words.reciprocal(cameo, (token.lemma_.lower(), anchor.lemma_.lower())):
            return True
        objects = [c for c in anchor.children if c.dep_ == "dobj"] + syntax.pobjs(c for c in anchor.children if c.dep_ == "prep")
        return any(o.i > 0 and self.doc[o.i - 1 : o.i + 1].text.lower() in self.words.reciprocal_pronouns for o in objects)

    def own(self, token: Token) -> tuple[list[str], list[str]]:
        """The sources and targets a trigger's own clause or phrase names (once per trigger)."""
        if token.i not in self._own:
            _, pattern = self.triggers.found[token.i]
            if pattern.kind == "noun":
                self._own[token.i] = self._of_noun(token, self.triggers.carriers.get(token.i), pattern.cameo)
            elif token.dep_ in _OBJECT_PREDICATE_DEPS and token.head.pos_ == "VERB":  # "was found guilty by a jury": the verb's parties
                self._own[token.i] = self._of_verb(token.head, pattern)
            else:
                self._own[token.i] = self._of_verb(token, pattern)
        return self._own[token.i]

    def reporters(self, anchor: Token, obliged: bool) -> list[str]:
        """The actors who report an event and are its source (tidings.syntax's speaker of its
        clause): for an obligation ("Russia said Sudan must go": Russia demands), or a clause
        whose subject is a pronoun standing for the speaker ("Iran said it would go", "'We will
        go,' Iran said"; not "'They went,' Iran said", where a quotation mark stands between). `of`
        makes such a speaker the target where the subject undergoes the event ("Iran said it had
        come under attack")."""
        verb = syntax.reporting_verb(anchor)
        if verb is None:
            return []
        speaker = syntax.speaker(verb)
        if speaker is None:
            return []
        if not obliged:
            subjects = self._subjects(anchor)  # "we tried to persuade them to go": they go
            if not subjects or not all(self._stands_for_speaker(s, verb, speaker) for s in subjects):
                return []
        return self.actors_of([speaker])

    def actors_of(self, heads: list[Token]) -> list[str]:
        """Actors named by argument heads and their conjuncts ("Putin and Kim"): the head's own
        actors, else the nearest actor in its phrase; and those conjoined with it."""
        found: dict[str, None] = {}  # actor ids, in order
        walked: set[int] = set()  # tokens whose conjuncts were all looked at
        for head in (syntax.antecedent(h) for top in heads for h in syntax.conjuncts(top)):
            named = head if self._actors_at(head) and head.i not in self._dateline else self._described(head) or self._renamed(head) or self._reached(head)
            stack = [named] if named is not None else []
            while stack:
                token = stack.pop()
                if token.i in walked:
                    continue
                walked.add(token.i)
                if token.i not in self._dateline:
                    found.update(dict.fromkeys(self._actors_at(token)))
                stack.extend(reversed([c for c in token.children if c.dep_ == "conj"]))
                stack.extend(reversed(_listed_modifiers(token)))  # "Greek and Turkish officials": the Turkish ones too
        return list(found)

    def first_actors(self, heads: list[Token], besides: list[str] = ()) -> list[str]:
        """The actors of the first head that names any other than `besides` (the sources)."""
        for head in heads:
            found = [a for a in self.actors_of([head]) if a not in besides]
            if found:
                return found
        return []

    # -- verbs -------------------------------------------------------------------------------
    def _of_verb(self, token: Token, pattern: Pattern) -> tuple[list[str], list[str]]:
        roles = self.roles
        children = list(token.children)
        passive = [c for c in children if c.dep_ in roles.passive_subject_deps] or _reduced_passive_subject(token, children)
        passive = passive or self._shared_passive_subject(token, children)  # "were shot and wounded": they are wounded
        if not passive and not self.words.comment(pattern.cameo):  # not "has the union concerned": a feeling is its subject's
            passive = self._adverbial_participle_subject(token, children) or _participle_subject(token, children)  # "Arrested in May, X was freed"
        if not passive and token.lemma_.lower() in self.words.patient_verbs:  # "soldiers died in an ambush": they undergo it
            passive = self._subjects(token)
        if not passive and any(c.dep_ == "auxpass" for c in children):  # "X is expected to be charged": X undergoes it
            passive = self._subjects(token)
        agents = syntax.pobjs(c for c in children if c.dep_ in roles.agent_deps)
        if passive and not agents:  # "were shot and wounded by gunmen": shot by them too
            agents = syntax.pobjs(c for v in self._passive_chain(token) for c in v.children if c.dep_ in roles.agent_deps)
        if passive and not agents:  # "was sentenced at the courthouse by Judge X": the "by" hung on the place
            agents = _stranded_agents(token, children)
        if cited := self._cited(token, children, passive):  # "the agency quoted the minister as saying", "was quoted by the agency as saying": the minister speaks
            sources, targets = self.actors_of(cited), []
        elif passive and not agents and self._stative(token, children):  # "Israel is opposed to": a state
            sources = self.actors_of(passive)
            targets = self.first_actors(self._target_heads(token, pattern.cameo), sources)
        elif passive and not agents and self.words.force(pattern.cameo):  # "troops were deployed in Kosovo": the force shown
            sources = self.actors_of(passive)
            targets = self.first_actors(syntax.pobjs(c for c in children if c.dep_ == "prep"), sources)
        elif passive:
            sources = self.actors_of(agents) or self._concurrent_agents(token, pattern, passive) or self._concurrent_arresters(token, pattern, passive)
            sources = sources or self._state_where(token, pattern.cameo) or self._holders_where(token, pattern.cameo)
            sources = sources or self.actors_of(self._parties_named(children))  # "the accord signed among rival clans"
            targets = self.actors_of(passive) or self._recipients_of_a_thing(token, passive, pattern.cameo, sources)
        elif undergoer := self._undergoer(token, token.head.head, pattern.cameo):  # "came under shelling from the army": the subject undergoes it
            sources = self.actors_of(self._source_heads(children, origin=True))
            targets = self.first_actors(undergoer, sources)
        elif token.tag_ == "VBG" and not any(c.dep_ in syntax.SUBJECT_DEPS for c in children) and (between := self._parties_named(children)):
            sources, targets = self.actors_of(between), []  # "after fighting between A and B": A and B alone
        else:
            subjects = self._subjects(token)
            quoted = syntax.quotations(self.doc).ended_before(token) if syntax.is_speech_verb(token) else None
            if quoted:  # '"(Kim) and his wife were kind," said Lee': Kim, a second subject the parser gave, says nothing
                subjects = [s for s in subjects if s.i not in quoted]
            sources = self._agents_named(subjects) or self.actors_of(subjects) or self._possessors(subjects)
            if token.tag_ == "VBN":  # "as requested by the mayor": a participle's own agent, over its clause's subject
                sources = self.actors_of(agents) or sources
            sources = sources or self.actors_of(self._parties_named(children))  # "the truce agreed between Israel and Hamas"
            if not sources and self.words.forceful(pattern.cameo):  # "an ambush on a bus that killed ten": the ambushers
                sources = self._relative_deed_sources(subjects)
            heads = self._target_heads(token, pattern.cameo)
            if self.words.asking(pattern.cameo):  # "pressed for X's release during talks with Y": Y is pressed, not X
                direct = [h for h in heads if h.dep_ in _DIRECT_OBJECT_DEPS]
                heads = direct + self._occasion_partners(token) + [h for h in heads if h not in direct]
            if self.words.forceful(pattern.cameo):  # "fighting for the Taliban": their side, not their target
                heads = [h for h in heads if not self._ally(h, token)]
            if self.words.force(pattern.cameo):  # "mobilized army reservists": the force shown is no target, where it goes may be
                heads = [g for h in heads for g in (syntax.pobjs(c for c in h.children if c.dep_ == "prep") if h.dep_ == "dobj" else [h])]
            targets = self.first_actors(heads, sources)
            if not targets and self.words.asking(pattern.cameo):  # "urged her campaign to": whoever "her" stands for
                targets = [a for a in self._possessors([h for h in heads if h.dep_ in _DIRECT_OBJECT_DEPS]) if a not in sources]
        if not targets and self.words.comment(pattern.cameo):  # "said in a letter to the mayor": the mayor
            targets = self.first_actors(self._addressees(token), sources)
        if not targets:
            targets = self._complement_targets(token, pattern.cameo, sources, pattern.frame)
        if not targets and self.words.asking(pattern.cameo):  # "demanded the return of land seized by X": X
            targets = self.first_actors(self._holders(self._target_heads(token, pattern.cameo)), sources)
        if not targets and self.words.rejecting(pattern.cameo):  # "refused to resign despite calls from X": X
            targets = self.first_actors(self._pressing(token), sources)
        if not targets and self.words.forceful(pattern.cameo) and self._counted(children):  # "killing two and arresting 12"
            targets = self.references.counted(token, sources)
        participle = _noun_participle(token)  # "issued a statement condemning X and calling for Y": both
        if not sources and participle is not None and token.tag_ == "VBG":
            sources = self.references.participle_sources(participle.head)  # "issued a statement demanding"
        return sources, [t for t in targets if t not in sources]

    def _cited(self, verb: Token, children: list[Token], passive: list[Token]) -> list[Token]:
        """The direct object, or in the passive the subject, of a citing verb whose "as" phrase holds
        the words' own verb ("quoted the minister as saying", "the minister was quoted as saying"):
        the one whose statement it is."""
        if verb.lemma_.lower() not in self.words.citing_verbs:
            return []
        if not any(c.dep_ == "prep" and c.lower_ in self.words.citing_preps and any(g.pos_ == "VERB" for g in c.children) for c in children):
            return []
        return passive or [c for c in children if c.dep_ in _DIRECT_OBJECT_DEPS]

    def _occasion_partners(self, verb: Token) -> list[Token]:
        """Whom the consultation an act is told as made at is held with, hung on the verb or on its
        phrase's noun ("urged X at a meeting with Y", "pressed for the release of X during talks
        with Y"): the one an appeal made there is made to."""
        hosts = [verb, *syntax.pobjs(c for c in verb.children if c.dep_ == "prep")]
        settings = syntax.pobjs(c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ in self.words.setting_preps)
        occasions = [n for n in settings if n.i in self.triggers.found and self.words.consulting(self.triggers.found[n.i][1].cameo)]
        return [p for n in occasions for p in prep_objects(n, self.words.partner_preps)]

    def _addressees(self, verb: Token) -> list[Token]:
        """Whom the message a statement is made in is addressed to ("said in a letter to the mayor",
        "in an interview with the BBC"), also through a participle ("in an e-mail sent to the paper")."""
        messages = [m for m in _phrase_objects(verb, self.words.message_preps) if m.head.head.i == verb.i and m.lemma_.lower() in self.words.message_nouns]
        messages += [p for m in messages for p in m.children if p.dep_ == "acl" and p.tag_ == "VBN"]
        return [a for m in messages for a in prep_objects(m, self.words.addressee_preps)]

    def _pressing(self, verb: Token) -> list[Token]:
        """Whom the pressure a rejection withstands comes from, on the verb or the infinitive it
        refuses ("refused to resign despite calls from X", "despite X's objections")."""
        clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        pressures = syntax.pobjs(c for h in clauses for c in h.children if c.dep_ == "prep" and c.lower_ in self.words.withstood_preps)
        return [h for p in pressures for h in self._source_heads(list(p.children), origin=True)]

    def _holders(self, heads: list[Token]) -> list[Token]:
        """The agents of participles describing what an appeal asks for, or what that is of ("the
        return of land seized by X", "hostages held by X"): who holds it, and so is asked."""
        of = syntax.pobjs(c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of")
        return [a for h in heads for a in self._agent_heads(list(h.children))] + self._agents_of(of)

    def _counted(self, children: list[Token]) -> bool:
        """A verb's object is a bare number of people ("arrested 12", "wounding dozens")."""
        return any(c.dep_ == "dobj" and (c.tag_ == "CD" or c.lemma_.lower() in self.words.count_words) for c in children)

    def _concurrent_agents(self, token: Token, pattern: Pattern, undergoers: list[Token]) -> list[str]:
        """For a passive act of force without its agent, the agent of another act of force told
        beside it: a clause's subject, unless it is who underwent the passive (`undergoers`; "were
        wounded when troops opened fire": the troops; not "were shot after they attacked a post"), a
        nominal event's own agent, where the noun is an event or the word the trigger's pattern
        asks for ("were killed in a rebel attack": the rebels), or the subject of an active act of
        force the passive is joined to where the two sides are of different countries ("Israeli
        troops stormed the camp and three Palestinian gunmen were killed"; not "...and two Israeli
        soldiers were wounded", who may be the stormers)."""
        if not self.words.forceful(pattern.cameo):
            return []
        joined = token.head
        if token.dep_ == "conj" and self._forceful_trigger(joined) and not self._passive_voice(joined):
            doers = self.actors_of(syntax.subjects(joined))
            undergoers = self.actors_of([c for c in token.children if c.dep_ in self.roles.passive_subject_deps])
            if doers and undergoers and not {self._state_of(a) for a in doers} & {self._state_of(a) for a in undergoers}:
                return doers
        for child in (c for verb in _gapped(token) for c in verb.children):
            if child.dep_ == "advcl" and self._tells_force(child):
                doers = self.actors_of(syntax.subjects(child))
                marked = any(c.dep_ in _CLAUSE_MARK_DEPS and c.lower_ in self.words.concurrent_marks for c in child.children)
                suffered = self.actors_of(undergoers)
                if marked and not set(doers) & set(suffered) and not self._other_victims(child, suffered):  # not "were shot after they attacked a post"
                    return doers
            elif child.dep_ == "prep" and child.lower_ in self.words.concurrent_preps:
                nouns = syntax.pobjs([child])
                deeds = [n for n in nouns if self._forceful_trigger(n) or n.lemma_.lower() in pattern.object]
                found = [a for noun in deeds for a in self.noun_sources(noun, forceful=True)]
                found = found or [a for noun in nouns for a in self._opponents(noun)]  # "killed in clashes with police"
                if found:
                    return found
        return []

    def _concurrent_arresters(self, token: Token, pattern: Pattern, undergoers: list[Token]) -> list[str]:
        """For a passive arrest or charge without its agent, the state force a clause beside it
        tells acting ("was arrested after police stopped his car": the police; not "after a woman
        called police", nor "after he attacked police")."""
        if not self.words.arresting(pattern.cameo):
            return []
        suffered = self.actors_of(undergoers)
        for clause in (c for verb in _gapped(token) for c in verb.children if c.dep_ == "advcl"):
            if not any(c.dep_ in _CLAUSE_MARK_DEPS and c.lower_ in self.words.concurrent_marks for c in clause.children):
                continue
            doers = [a for a in self.actors_of(syntax.subjects(clause)) if a not in suffered]
            if doers and all((self._actor_row(a).get("cameo") or "")[3:6] in self.words.arrester_types for a in doers):
                return doers
        return []

    def _ally(self, head: Token, verb: Token) -> bool:
        """The head is an actor named after a preposition of the verb's side ("fighting for the
        Taliban"), not a phrase of time or manner that may hold its target ("fought for hours against X")."""
        prep = head.head
        return head.dep_ == "pobj" and prep.head.i == verb.i and prep.lower_ in self.words.ally_preps and bool(self._actors_at(head))

    def _other_victims(self, clause: Token, suffered: list[str]) -> bool:
        """The clause's deed has victims of its own, of no state of those who underwent the passive:
        a deed told before it, not how it was done ("the town was shelled after gunmen killed three
        Israelis": not the gunmen's shelling)."""
        victims = self.actors_of([o for v in syntax.conjuncts(clause) for o in v.children if o.dep_ in _OBJECT_DEPS])
        states = {self._state_of(a) for a in suffered} - {"---"}
        return bool(victims and states) and not states & {self._state_of(a) for a in victims}

    def _shared_passive_subject(self, verb: Token, children: list[Token]) -> list[Token]:
        """The passive subject of the verb a past participle is joined to where the participle shares
        its auxiliary ("were shot and wounded": they were wounded); none for a verb with a subject or
        an auxiliary of its own ("was indicted and will resign")."""
        if verb.dep_ != "conj" or verb.tag_ != "VBN" or any(c.dep_ in syntax.SUBJECT_DEPS or c.dep_ in _AUX_DEPS for c in children):
            return []
        return [c for c in verb.head.children if c.dep_ in self.roles.passive_subject_deps] or self._passive_before(verb)

    def _passive_before(self, participle: Token) -> list[Token]:
        """The passive subject of the clause that ends right before a past participle (but for "and",
        an adverb or a quotation mark) which the parser joined to a verb further up ("quoted sources as
        saying the youth was groomed and later trained by X": the youth is trained, not who quoted them)."""
        edge = participle.i - 1
        while edge >= participle.sent.start and self.doc[edge].dep_ in _JOINING_DEPS:
            edge -= 1
        if edge < participle.sent.start:
            return []
        clause = self.doc[edge]
        while clause.right_edge.i < participle.i:
            passive = [c for c in clause.children if c.dep_ in self.roles.passive_subject_deps]
            if passive or clause.head.i == clause.i:
                return passive
            clause = clause.head
        return []

    def _adverbial_participle_subject(self, participle: Token, children: list[Token]) -> list[Token]:
        """The subject of the clause a past participle with no subject, auxiliary or object of its
        own is set beside, which undergoes it ("Arrested in May, X was freed", "X stood before a judge,
        charged with fraud": X is arrested, and charged); not asked of a statement, whose speaker the
        parser may have left before it ("..., the Highway Patrol reported.")."""
        own = (c for c in children if c.dep_ in syntax.SUBJECT_DEPS or c.dep_ in _AUX_DEPS or c.dep_ in _OBJECT_DEPS or c.dep_ == "dative")
        if participle.dep_ != "advcl" or not _past_participle(participle) or any(own):
            return []
        clause = participle.head
        return [c for c in clause.children if c.dep_ in self.roles.passive_subject_deps] or self._subjects(clause)

    def _passive_chain(self, verb: Token) -> list[Token]:
        """The other verbs of a list of passive participles sharing one auxiliary ("were shot and
        wounded by gunmen", "were killed and 15 injured by gunmen"): the one it is joined to, and
        those joined to it."""
        head = [verb.head] if self._shared_passive_subject(verb, list(verb.children)) else []
        return head + [v for v in _gapped(head[0] if head else verb)[1:] if v.i != verb.i]

    def _tells_force(self, clause: Token) -> bool:
        """The clause, or a verb joined to it, is an act of force, by its verb or the deed it carries
        as its object ("when gunmen opened fire", "when gunmen stormed the post and threw grenades")."""
        verbs = syntax.conjuncts(clause)
        return any(self._forceful_trigger(t) for v in verbs for t in (v, *(c for c in v.children if c.dep_ == "dobj")))

    def _opponents(self, fight: Token) -> list[str]:
        """Whom the one who undergoes a mutual fight fought, by the fight's "with" phrase ("were killed
        in clashes with police", "died in a gun battle with troops": the police, the troops)."""
        if fight.lemma_.lower() not in self.words.reciprocal_words:
            return []
        return self.actors_of(prep_objects(fight, self.words.partner_preps))

    def _relative_deed_sources(self, subjects: list[Token]) -> list[str]:
        """For an act of force whose subject is "that" or "which" naming no actor, the agents of the
        nearest deed of force told before the pronoun in its sentence, wherever the parser hangs the
        clause ("rebels staged an ambush on a bus near Juba that killed ten": the rebels)."""
        pronoun = next((s for s in subjects if s.tag_ == _THING_RELATIVE_TAG), None)
        if pronoun is None:
            return []
        before = self.doc[pronoun.sent.start : pronoun.i]
        deed = next((t for t in reversed(before) if t.pos_ == "NOUN" and self._forceful_trigger(t)), None)
        return self.own(deed)[0] if deed is not None else []

    def _holders_where(self, verb: Token, code: str) -> list[str]:
        """For an act of force undergone without its agent, who holds the one who underwent it, by a
        phrase on the verb ("died in Turkish police custody", "was beaten at the hands of the army")."""
        if not self.words.forceful(code):
            return []
        nouns = [n for n in _phrase_objects(verb) if n.lemma_.lower() in self.words.holding_nouns]  # "died under torture in police custody"
        of = syntax.pobjs(c for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of")
        holders = [h for n in nouns for h in self._source_heads(list(n.children)) if h.pos_ != "PRON"]  # not "shot in his hand"
        return self.actors_of(holders + of)

    def _state_where(self, verb: Token, code: str) -> list[str]:
        """For a state's act told in the passive without its agent, the country it was done in
        ("was placed under arrest in Chile", "were detained in Peru"): CAMEO codes that state."""
        children = list(verb.children)
        if not self._passive_voice(verb) and not _reduced_passive_subject(verb, children) and not _participle_subject(verb, children):
            return []
        return self._country_where(verb, code)

    def _passive_voice(self, verb: Token) -> bool:
        """The verb is told in the passive (a passive subject or auxiliary: "was arrested")."""
        return any(c.dep_ in self.roles.passive_subject_deps or c.dep_ == "auxpass" for c in verb.children)

    def _country_where(self, verb: Token, code: str) -> list[str]:
        """For a state's act, the country a verb's phrase says it was done in."""
        if not self.words.authority(code):
            return []
        places = _phrase_objects(verb, self.words.authority_place_preps)  # "placed under arrest in Chile"
        return [a for a in self.actors_of(places) if self._country(a)]

    def _state_of(self, actor: str) -> str:
        """The country part of the actor's CAMEO code ("ISR" of ISRMIL; "---" where unknown)."""
        return (self._actor_row(actor).get("cameo") or "---")[:3]

    def _parties_named(self, children: list[Token]) -> list[Token]:
        """The parties a verb's "between"/"among" phrase names, who do it together ("after fighting
        between the army and rebels", "the accord signed among rival clans")."""
        return syntax.pobjs(c for c in children if c.dep_ == "prep" and c.lower_ in self.words.parties_preps)

    def _parties(self, actors: list[str]) -> list[str]:
        """The actors less any country one of the others belongs to ("Israeli tanks and troops":
        the troops; Israel and Israel's troops are one party, which does nothing to itself)."""
        members = {self._actor_row(a).get("country") for a in actors if not self._country(a)}
        return [a for a in actors if not (self._country(a) and self._actor_row(a).get("country") in members)]

    def _country(self, actor: str) -> bool:
        return self._actor_row(actor).get("kind") == ActorKind.COUNTRY

    def _actor_row(self, actor: str) -> dict:
        """The actor's row as the actors stage wrote it (kind, CAMEO code...)."""
        if self._actor_rows is None:
            self._actor_rows = {a["id"]: a for a in docdata.data(self.doc, "actors")}
        return self._actor_rows.get(actor, {})

    def _forceful_trigger(self, token: Token) -> bool:
        found = self.triggers.found.get(token.i)
        return found is not None and self.words.forceful(found[1].cameo)

    def _agents_named(self, heads: list[Token]) -> list[str]:
        """The agents the "by" (or participle's) phrases of nouns that are no actors name ("the bombing
        of the embassy by militants killed six": the militants, not the embassy, which is nearer)."""
        return [a for head in heads if head.pos_ == "NOUN" and not self._actors_at(head) for a in self.actors_of(self._agent_heads(list(head.children)))]

    def _possessors(self, heads: list[Token]) -> list[str]:
        """The actors possessive pronouns in subjects stand for, where the subjects name no other
        ("said its forces shot down a drone": the forces of whoever "its" is); not a person's
        kin or hired help ("her lawyer said": the lawyer, uncoded, speaks)."""
        return [
            a
            for head in heads
            for c in head.children
            if c.dep_ == "poss" and c.pos_ == "PRON"
            for a in self._actors_at(c)
            if self._acts_for(head, a)
        ]

    def _stative(self, token: Token, children: list[Token]) -> bool:
        """A participle of state after "be", with the complement that makes it one ("is committed
        to", "is opposed to", "was involved in"; not "was set up", "the dispute was resolved")."""
        return token.lemma_.lower() in self.words.stative_passives and any(
            c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in self.words.stative_preps for c in children
        )

    def _subjects(self, token: Token, hops: int = 0) -> list[Token]:
        """The subject, inherited (tidings.syntax), but the object of the verb an infinitive
        complements, where it has one naming an actor ("urged Iran to stop": Iran stops), or any
        but one's own after an appeal or a demand ("called on farmers to march": farmers, uncoded, not
        the caller; "ordered his troops to fire": the one who ordered), or its passive subject
        ("Iran was urged to stop", "Iran is expected to sign"); a conjunct of a passive verb takes its subject
        ("was indicted and will resign"), and so does an infinitive of purpose ("were sent to crush");
        a gerund after a preposition the object, else the
        subject, of the word the preposition hangs on ("accused Russia of shelling", "are guilty
        of violating"; "a man accused of killing": the man); a gerund of means the agent of the
        verb it hangs on ("broke the truce by shelling"), but the accused of an accusation ("accused X
        of escalating the conflict by shelling": X); a verb conjoined with or complementing another, where nothing else names
        its agent, that verb's agent by these same rules ("accused X of plotting to kill")."""
        complement = token.dep_ == "xcomp" or token.dep_ == "advcl" and self._asked(token.head)  # "called on X to resign", parsed as either
        if complement and token.head.i != token.i and any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children):
            host = token.head  # "urged Iran to stop", "called on Arabs to unite"; not "spent two hours negotiating"
            controllers = [c for c in host.children if c.dep_ in ("dobj", "dative") or c.dep_ in self.roles.passive_subject_deps]
            asked = self._asked(host)
            preps = _CONTROLLING_PREPS | self.words.asked_preps if asked else _CONTROLLING_PREPS
            controllers += syntax.pobjs(c for c in host.children if c.dep_ in _CONTROLLING_DEPS and c.lower_ in preps)
            controllers = [c for c in controllers[:1] if asked and not _owned(c) or self.actors_of([c]) or c.tag_ in _PERSONAL_TAGS]  # an appeal's object, actor or not; "persuaded them to"
            if controllers and not any(c.dep_ in syntax.SUBJECT_DEPS for c in token.children):
                return controllers
        head = token.head
        if token.dep_ == "conj" and head.dep_ in ("xcomp", "advcl") and syntax.is_to_infinitive(head) and hops < syntax.MAX_HOPS:
            if not any(c.dep_ in syntax.SUBJECT_DEPS for c in token.children):  # "urged them to stop and to leave": they leave
                return self._subjects(head, hops + 1)
        found = syntax.subjects(token)
        if found:
            return found
        if token.dep_ == "advcl" and syntax.is_to_infinitive(token):  # "troops were sent to crush the revolt": the troops
            passive = [c for c in token.head.children if c.dep_ in self.roles.passive_subject_deps]
            if passive:
                return passive
        current = token
        for _ in range(syntax.MAX_HOPS):
            if current.dep_ != "conj" or current.head.i == current.i:
                break
            current = current.head
            passive = [c for c in current.children if c.dep_ in self.roles.passive_subject_deps]
            if passive:
                return passive
        if token.dep_ == "pcomp" and token.head.dep_ in _GERUND_HOSTS:
            host = token.head.head
            if host.pos_ == "NOUN" and host.dep_ in _OBJECT_DEPS:  # "accused the rebels of attacking": the rebels
                return [host] if self._actors_at(host) else syntax.subjects(host.head)  # "have a history of cooperating"
            if token.head.lower_ in self.words.means_preps and host.pos_ in ("VERB", "AUX") and hops < syntax.MAX_HOPS:
                return self._accused(host) or self._subjects(host, hops + 1)  # "accused X of breaking the truce by shelling": X
            complement = token.head.lower_ in self.words.gerund_object_preps  # not "urged X after sentencing Y"
            objects = [c for c in host.children if c.dep_ in ("dobj", "dative")] if complement else []
            host_children = list(host.children)
            passive = [c for c in host_children if c.dep_ in self.roles.passive_subject_deps] or _reduced_passive_subject(host, host_children)
            found = objects or passive or syntax.subjects(host) or _stranded_subject(host)
            return found or self._phrase_clause_party(host, hops)
        if token.dep_ == "amod" and token.tag_ == "VBG" and token.head.dep_ in _OBJECT_DEPS:  # "has been test-firing missiles"
            return syntax.subjects(token.head.head)
        if token.dep_ == "acl" and token.head.pos_ == "NOUN" and syntax.is_to_infinitive(token):
            described = [token.head, *(c for c in token.head.children if c.dep_ == "acl")]  # "a deadline (set by X) for them to"
            told_for = syntax.pobjs(c for h in described for c in h.children if c.dep_ == "prep" and c.lower_ == "for")
            told_for = [o for o in told_for if o.right_edge.i + 1 == token.left_edge.i]  # "a deadline for them to surrender": they
            if told_for:
                return told_for
            found = self._source_heads(list(token.head.children))  # "Venezuela's decision to expel", "a plan by Japan to send"
            if found or token.head.lemma_.lower() not in self.words.purpose_nouns or hops >= syntax.MAX_HOPS:
                return found
            noun = token.head
            if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "as part of a campaign to"
                noun = noun.head.head
            verb = syntax.governor(noun)  # "struck in a bid to force"
            return self._subjects(verb, hops + 1) if verb is not None else []
        adjective = token.head if token.dep_ == "xcomp" else None
        if adjective is not None and adjective.pos_ == "ADJ" and adjective.dep_ == "amod":  # "Kim glad to meet Putin", "a country eager to join"
            return [adjective.head]
        if token.dep_ in _SHARING_DEPS and token.head.i != token.i and token.head.pos_ in ("VERB", "AUX") and hops < syntax.MAX_HOPS:
            return self._subjects(token.head, hops + 1)  # "X was charged with plotting and conspiring to kill Y": X
        return _subject_left_unattached(token)

    def _phrase_clause_party(self, noun: Token, hops: int) -> list[Token]:
        """Who a gerund hung on a noun in a verb's phrase tells of: the verb's object naming someone,
        else its passive subject, else its subject ("was arrested on a charge of assault for attacking
        X": who was arrested; "police held him on charges of selling drugs": him)."""
        verb = syntax.governor(noun) if noun.dep_ == "pobj" and hops < syntax.MAX_HOPS else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return []
        children = list(verb.children)
        held = [c for c in children if c.dep_ == "dobj" and (self.actors_of([c]) or c.tag_ in _PERSONAL_TAGS)]
        return held or [c for c in children if c.dep_ in self.roles.passive_subject_deps] or self._subjects(verb, hops + 1)

    def _accused(self, verb: Token) -> list[Token]:
        """Whom an accusation accuses (its object, or its passive subject): the doer of what it says
        was done; none for a verb that is no accusation."""
        found = self.triggers.found.get(verb.i)
        if found is None or not self.words.accusing(found[1].cameo):
            return []
        return [c for c in verb.children if c.dep_ == "dobj" or c.dep_ in self.roles.passive_subject_deps]

    def _charged(self, deed: Token) -> list[Token]:
        """Whom the charge, arrest or conviction a deed's phrase hangs on is laid against, the deed's
        alleged doer: the verb's object or passive subject, or the noun its participle describes ("X
        was charged in the killing of Y", "police held X over the stabbing", "a man charged in the
        death of Y")."""
        prep = deed.head
        if deed.dep_ != "pobj" or prep.lower_ not in self.words.charge_preps or prep.head.pos_ != "VERB" or deed.lemma_.lower() in self.words.charge_occasions:
            return []  # not "arrested in a raid": the raiders'
        verb = prep.head
        found = self.triggers.found.get(verb.i)
        if found is None or not self.words.charging(found[1].cameo):
            return []
        children = list(verb.children)
        return [c for c in children if c.dep_ == "dobj" or c.dep_ in self.roles.passive_subject_deps] or _reduced_passive_subject(verb, children)

    def _asked(self, verb: Token) -> bool:
        """The verb is an appeal or a demand ("urged", "called on"), whose object does what it asks."""
        found = self.triggers.found.get(verb.i)
        return found is not None and self.words.asking(found[1].cameo)

    def _target_heads(self, token: Token, code: str) -> list[Token]:
        """Candidate target heads, recipients first for events of giving ("sent troops to Lebanon"),
        partners first for consultations ("discussed the case with Kenya")."""
        heads = object_heads(token, self.roles)
        first: list[Token] = []
        if any(code.startswith(prefix) for prefix in self.roles.recipient_codes):
            first = prep_objects(token, self.roles.recipient_preps)
        elif self.words.consulting(code):  # "with" on the verb, or on its object as the parser may hang it
            objects = [c for c in token.children if c.dep_ == "dobj"]
            first = [o for h in [token, *objects] for o in prep_objects(h, self.words.partner_preps)]
        return first + [h for h in heads if h not in first]

    def _recipients_of_a_thing(self, verb: Token, passive: list[Token], code: str, sources: list[str]) -> list[str]:
        """For a giving or sending told in the passive of the thing given ("aid was sent to Haiti",
        "a loan granted to Greece by the EU"), whom it went to, the target; not where the one sent
        is a person ("the suspect was returned to Mexico": the suspect undergoes it)."""
        if not any(code.startswith(prefix) for prefix in self.roles.recipient_codes):
            return []
        if any(p.pos_ == "PRON" or p.lemma_.lower() in self.words.person_nouns for p in passive):
            return []
        return self.first_actors(prep_objects(verb, self.roles.recipient_preps), sources)

    def _complement_targets(self, token: Token, code: str, sources: list[str], frame: bool) -> list[str]:
        """A frame's target in the clauses it frames: their subject ("demanded that Iran stop",
        "urged Iran to stop") or among their objects ("agreed to meet Kim"), a few clauses down
        ("is ready to send troops to help protect Jordan"); another event's, in the
        infinitive it goes on with ("threatened to resume bombing rebel bases")."""
        deps = self.roles.complement_deps if frame else _OPEN_COMPLEMENT_DEPS
        level = [c for c in token.children if c.dep_ in deps or frame and _for_clause(c)]
        for _ in range(_COMPLEMENT_HOPS):
            for complement in level:
                subjects = [c for c in complement.children if c.dep_ in syntax.SUBJECT_DEPS or c.dep_ in self.roles.passive_subject_deps]  # "ordered that X be held"
                targets = self.first_actors(subjects + self._target_heads(complement, code), sources)
                if targets:
                    return targets
            level = [c for complement in level for c in complement.children if c.dep_ in deps or frame and c.dep_ == "advcl"]
        return []

    # -- nouns -------------------------------------------------------------------------------
    def _of_noun(self, token: Token, carrier: Token | None, code: str) -> tuple[list[str], list[str]]:
        """Sources: possessor, "by"/"between" phrase (also one the parser hung on the "of" phrase:
        "the arrest of X by police"), actor modifiers ("Russian invasion"), else the subject of
        the verb that carries the noun; targets: "of"/"with"/"against" phrases, for an
        event judging another their possessor first ("criticism of its ties with Cuba"). For
        mediation, "between" names the targets; for a visit or a resignation, "of" the source."""
        roles = self.roles
        stand_in = proxy(token, roles)
        if carrier is not None and stand_in.dep_ == "pobj" and _set_apart(stand_in.head):  # "accused X of doing nothing, in a call with Y"
            carrier = _content_host(carrier, self.words.gerund_object_preps)  # the accusation's setting, not the deed's
        children = list(token.children) + (list(stand_in.children) if stand_in is not token else [])
        children += hyphen_children(token)
        received = carrier is not None and stand_in.dep_ == "dobj" and carrier.lemma_.lower() in self.words.receiving_verbs
        if received and not self._actors_at(stand_in):  # not "received the delegation": the visitors visit
            return self._received(carrier, children)
        between = syntax.pobjs(c for c in children if c.lower_ in roles.noun_source_preps and c.lower_ != "by")
        mediation = self.words.mediation(code)
        possessors = [c for c in children if c.dep_ == "poss"]
        of = syntax.pobjs(c for c in children if c.dep_ == "prep" and c.lower_ == "of")
        # "his arrest": he is arrested; not "Iran's arrest of X", but "his conviction of murder"
        undergone = token.lemma_.lower() in self.words.patient_nouns and all(self._deed(o) for o in of)
        origin = not self.words.leaving(code)  # "criticism from Germany"; not "the withdrawal from Lebanon"
        forceful = self.words.forceful(code)
        heads = [h for h in self._source_heads(children, origin, forceful) if not (undergone and h.dep_ == "poss")]
        attacked = [c for c in children if self._attacked_modifier(c, forceful)]  # "the parliament attack": its target
        sources = self.actors_of(heads + ([] if mediation else between))
        if not sources and token.lemma_.lower() in self.words.agent_of_nouns:
            sources = self.actors_of(syntax.pobjs(c for c in children if c.lower_ == "of"))  # "the visit of the president"
        if not sources:  # "the arrest of the leader by police", the "by" parsed as the leader's
            sources = self.actors_of(self._agents_of(of))
        if not sources and stand_in.dep_ == "dobj" and not self._passive_voice(stand_in.head):  # ... or as the verb's
            sources = self.actors_of([a for a in self._agent_heads(list(stand_in.head.children)) if a.i > stand_in.i])
        if not sources and stand_in.dep_ in syntax.SUBJECT_DEPS and stand_in.head.lemma_.lower() in self.words.arriving_verbs:
            sources = self.actors_of(syntax.pobjs(c for c in stand_in.head.children if c.dep_ == "prep" and c.lower_ in self.words.origin_preps))
        if not sources and (charge := _content_host(stand_in, self.words.gerund_object_preps)) is not stand_in:
            sources = self.actors_of(self._accused(charge))  # "blamed X for the killing of four traders": X
        if not sources:
            sources = self.actors_of(self._charged(stand_in))  # "X was charged in the killing of Y": X
        listed = syntax.first_conjunct(stand_in)  # "its campaign of bombings and raids": the raids too
        if not sources and listed.dep_ == "pobj" and listed.head.lower_ == "of" and listed.head.head.lemma_.lower() in roles.light_nouns:
            sources = self.actors_of(self._source_heads(list(listed.head.head.children)))  # "its campaign of bombings"
        if not sources and stand_in.dep_ in ("dobj", *roles.passive_subject_deps) and stand_in.head.lemma_.lower() in self.words.ordering_verbs:
            sources = self._carrier_sources(stand_in.head, stand_in)  # "ordered the arrest of X": who ordered it
        beside = self._unshared(stand_in, code)
        undergoer = self._undergoer(stand_in, carrier, code)
        if undergoer and not sources:  # "came under fire from the army", "was placed under arrest in Chile"
            sources = self.actors_of(self._source_heads(list(carrier.children), origin)) or self._country_where(carrier, code) or self._opponents(stand_in)
        elif not sources and carrier is not None and carrier.lemma_.lower() in self.words.imputing_verbs:  # "linked X to the bombing": X
            sources = self.actors_of(self._imputed(carrier, stand_in))
        elif not sources and carrier is not None and not beside and not self._thwarts(carrier, code):  # "Russia imposed sanctions", "X was engaged in fighting"
            sources = self._carrier_sources(carrier, stand_in) or self._state_where(carrier, code)  # (not "police fired during demonstrations")
        if not sources and beside and self.words.purposive(code):  # "students threw stones during protests"
            sources = [a for a in self.actors_of(self._subjects(stand_in.head.head)) if not self._of_the_state(a)]
        targets = self.actors_of(between) if mediation else []
        sides = bool(between) and not mediation and self.words.reciprocal(code, (token.lemma_.lower(),))  # "died in clashes between X and Y"
        victims = [] if sides else self.first_actors(undergoer, sources)  # the dead are not the clash's parties
        targets = targets or (self.actors_of(possessors) if undergone else []) or self.actors_of(attacked) or victims
        objects = prep_objects(token, roles.target_preps - self.words.origin_preps if origin else roles.target_preps, children)
        judged = self.words.judging(code)  # "criticism of its ties with Cuba": whose ties; not "the withdrawal of its envoy"
        owners = [c for h in objects for c in h.children if c.dep_ == "poss"] if judged else []
        targets = targets or self.first_actors(owners, sources) or self.first_actors(objects, sources)
        if not targets and carrier is not None and not beside:  # "imposed sanctions on Iran", "gave Haiti aid"
            targets = self.first_actors([h for h in object_heads(carrier, roles) if h != stand_in], sources)
        if not targets:  # "its demand that Israel ease restrictions": the clause says of whom
            targets = self.first_actors([s for c in children if _content_clause(c) for s in syntax.subjects(c)], sources)
        if not sources and targets and carrier is None and self.words.consulting(code):  # "criticised X in a call with Y"
            sources = [a for a in self._setting_sources(stand_in) if a not in targets]
        return sources, targets

    def _deed(self, noun: Token) -> bool:
        """The noun names an offence or a deed told by a gerund ("his conviction of murder", "of
        false reporting"), not one who undergoes the event."""
        return noun.lemma_.lower() in self.words.offence_nouns or noun.tag_ == "VBG"

    def _thwarts(self, carrier: Token, code: str) -> bool:
        """The carrier's subject works against the event it carries ("police foiled an attack"),
        or only tells of the act of force it carries ("police described the shooting"), so does not do it."""
        lemma = carrier.lemma_.lower()
        return lemma in self.words.thwarting_verbs or lemma in self.words.telling_verbs and self.words.forceful(code)

    def _imputed(self, verb: Token, event: Token) -> list[Token]:
        """Whom a verb ties the event it carries to: its object or passive subject ("linked X to
        the bombing", "X was linked to the bombing"), or, where the event is its object, its
        "on"/"to" phrase ("attributed the bombing to X")."""
        children = list(verb.children)
        tied = [c for c in children if c.i != event.i and (c.dep_ == "dobj" or c.dep_ in self.roles.passive_subject_deps)]
        if tied:
            return tied
        return [o for o in syntax.pobjs(c for c in children if c.dep_ in _PREP_DEPS and c.lower_ in self.words.imputed_preps) if o.i != event.i]

    def _setting_sources(self, noun: Token) -> list[str]:
        """Who holds a consultation with a party named, told as the setting of another act, an event
        itself ("Kenya criticised Sudan in a call with Uganda", "agreed at a meeting with Iran"; not
        "killed in an encounter"): that act's doer, the subject of the active verb the noun's
        preposition hangs on."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in self.words.setting_preps:
            return []
        verb = syntax.governor(noun)
        if verb is None or verb.pos_ != "VERB" or self._passive_voice(verb):
            return []
        return self.actors_of(self._subjects(verb))

    def _attacked_modifier(self, modifier: Token, forceful: bool) -> bool:
        """A modifier of a noun of force (`forceful`, or a trigger of force) names what was attacked,
        not who attacked: a body that is no armed party, or a place ("the parliament attack"; not
        "the rebel attack", nor a country's, "the US strikes")."""
        if modifier.dep_ not in _SOURCE_MODIFIER_DEPS or not (forceful or self._forceful_trigger(modifier.head)):
            return False
        actors = self.actors_of([modifier])
        return bool(actors) and all(self._unarmed_body(a, modifier) for a in actors)

    def _unarmed_body(self, actor: str, token: Token) -> bool:
        """The actor is a body or group with no armed CAMEO type, or an uncoded place."""
        row = self._actor_row(actor)
        cameo = row.get("cameo") or ""
        if row.get("kind") not in (ActorKind.ORGANISATION, ActorKind.GROUP) or not cameo and docdata.at(token, "places") is None:
            return False
        return self.words.armed_types.isdisjoint(segments(cameo))

    def _subject_undergoes(self, token: Token, carrier: Token | None, code: str) -> bool:
        """The subject of the clause an event is told in undergoes it: a passive's (also of a participle
        sharing its auxiliary: "said he was threatened and intimidated"), one of a verb like "die", or of a verb that carries the nominal event as what its subject undergoes
        ("came under attack", "repelled an attack")."""
        anchor = carrier if carrier is not None else token
        if self._passive_voice(anchor) or self._shared_passive_subject(anchor, list(anchor.children)):  # "was harassed and intimidated"
            return True
        if carrier is None:
            return token.lemma_.lower() in self.words.patient_verbs or bool(self._undergoer(token, token.head.head, code))
        stand_in = proxy(token, self.roles)
        received = stand_in.dep_ == "dobj" and carrier.lemma_.lower() in self.words.receiving_verbs
        return received or bool(self._undergoer(stand_in, carrier, code))

    def _undergoer(self, event: Token, carrier: Token | None, code: str) -> list[Token]:
        """The subject of the verb carrying an event (a noun or a gerund) through a preposition of
        undergoing ("who remains under house arrest": who; "the town came under shelling": the town)
        or of being held ("remain in detention"), or of a verb whose subject undergoes the force it
        carries ("soldiers died in an ambush"), else none."""
        if carrier is None or event.dep_ not in ("pobj", "pcomp") or event.head.head.i != carrier.i:
            return []
        prep = event.head.lower_
        held = prep in self.words.holding_preps and event.lemma_.lower() in self.words.holding_nouns  # not "police held X in detention"
        held = held and not any(c.dep_ == "dobj" for c in carrier.children)
        undergoing = held or prep in self.words.undergoing_preps
        if not undergoing and not (carrier.lemma_.lower() in self.words.patient_verbs and self.words.forceful(code)):
            return []
        return self._subjects(carrier) or [c for c in carrier.children if c.dep_ in self.roles.passive_subject_deps]

    def _received(self, carrier: Token, children: list[Token]) -> tuple[list[str], list[str]]:
        """An event the carrier's subject undergoes ("Israel drew condemnation from the Arab
        League"): its source is who it comes from (a modifier, a possessor, "from"/"by" phrase)."""
        preps = [c for c in children + list(carrier.children) if c.dep_ == "prep" and c.lower_ in self.words.receiving_preps]
        sources = self.actors_of(self._source_heads(children) + syntax.pobjs(preps))
        targets = self.actors_of(self._subjects(carrier))
        return sources, [t for t in targets if t not in sources]

    def _unshared(self, noun: Token, code: str) -> bool:
        """The verb a nominal event hangs on through this preposition does not make its subject
        the event's agent: an adversative one ("argued against deportation", "protested over the
        killing"), or one that sets a conflict beside the clause ("police fired during
        demonstrations"; a meeting during which a council voted is the council's)."""
        if noun.dep_ != "pobj":
            return False
        prep = noun.head.lower_
        return prep in self.words.adversative_preps or prep in self.words.accompanying_preps and self.codes[code].quad_class > 2

    def noun_sources(self, token: Token, forceful: bool = False) -> list[str]:
        """The actors a noun's own phrase names as its agent (of a noun that is no trigger too:
        "condemned Russia's decision", "prevented the rally staged by students", "rejected an
        offer of talks made by X", the agent hung on the "of" phrase)."""
        children = list(token.children)
        return self.actors_of(self._source_heads(children, forceful=forceful)) or self.actors_of(
            self._agents_of(syntax.pobjs(c for c in children if c.dep_ == "prep" and c.lower_ == "of"))
        )

    def _agents_of(self, heads: list[Token]) -> list[Token]:
        """The agents the parser hung on a noun's "of" phrase ("the arrest of the leader by police",
        "an offer of talks made by X")."""
        return [a for head in heads for a in self._agent_heads(list(head.children))]

    def _agent_heads(self, children: list[Token], origin: bool = False) -> list[Token]:
        """The "by" phrase, also of a participle ("a rally staged by students"); with `origin` (an
        event's phrase, not "diplomats from Uganda") the "from" phrase ("criticism from Germany")."""
        heads = syntax.pobjs(c for c in children if c.lower_ == "by" or origin and c.dep_ == "prep" and c.lower_ in self.words.origin_preps)
        participles = (c for c in children if c.dep_ == "acl" and self._lends_agent(c))
        return heads + syntax.pobjs(g for c in participles for g in c.children if g.dep_ in self.roles.agent_deps)

    def _lends_agent(self, participle: Token) -> bool:
        """A participle on a noun whose agent is the noun's too, as one telling who did it ("a rally
        staged by students", "organised by the unions"); not one judging or telling of it ("the
        bombing, condemned by the EU")."""
        found = self.triggers.found.get(participle.i)
        judges = found is not None and self.words.judging(found[1].cameo) and not self.words.purposive(found[1].cameo)
        return not judges and participle.lemma_.lower() not in self.words.telling_verbs

    def _source_heads(self, children: list[Token], origin: bool = False, forceful: bool = False) -> list[Token]:
        """Possessor, agent phrases (`_agent_heads`), actor modifiers but one naming what a noun of
        force was done to (`_attacked_modifier`)."""
        heads = [c for c in children if c.dep_ == "poss"] + self._agent_heads(children, origin)
        return heads + [c for c in children if c.dep_ in _SOURCE_MODIFIER_DEPS and self._names_actor(c) and not self._attacked_modifier(c, forceful)]

    def _carrier_sources(self, carrier: Token, stand_in: Token) -> list[str]:
        """Who does the event a verb carries: its subject, or its agent where the event is the passive subject;
        no one where the event is the agent ("X's barn was gutted by arson": the barn undergoes it)."""
        roles = self.roles
        passive = [c for c in carrier.children if c.dep_ in roles.passive_subject_deps]
        if stand_in in passive:
            return self.actors_of(syntax.pobjs(c for c in carrier.children if c.dep_ in roles.agent_deps))
        if passive and stand_in.dep_ == "pobj" and stand_in.head.dep_ in roles.agent_deps and stand_in.head.head.i == carrier.i:
            return []
        return self.actors_of(self._subjects(carrier) or passive)

    def _described(self, head: Token) -> Token | None:
        """The actor a description in apposition stands for ("Dalton, the former Senate leader
        who negotiated": Dalton, not the Senate its phrase names)."""
        described = head.head
        if head.dep_ == "appos" and described.i != head.i and self._names_actor(described):
            return described
        return None

    def _renamed(self, head: Token) -> Token | None:
        """The actor an apposition names the head as ("Kaine's predecessor, Mark Warner": Warner,
        not Kaine, whom the phrase is nearer to); not a count, which tells a part of something
        ("a director of a firm whose trip killed 12, eight of them Britons": no Briton)."""
        renamings = (c for c in head.children if c.dep_ == "appos" and not _count_of_some(c))
        return next((found for c in renamings if (found := self._named(c)) is not None), None)

    # -- tokens ------------------------------------------------------------------------------
    def _reached(self, head: Token) -> Token | None:
        """The actor nearest the head in its phrase, unless more than `_PHRASE_PREPS` prepositions
        down or in a count of a part of something ("..., eight of them Britons,"), one the head does not act for ("the lawyer of X"), or uncoded and down a preposition from a noun for people or where a place is named
        ("pupils at Leeds", "the wife of a farmer": neither Leeds nor the farmer acts)."""
        found = self._named(head)
        if found is None:
            return None
        preps, token, counted = 0, found, False
        while token.i != head.i and token.head.i != token.i:
            preps += token.dep_ in _PREP_DEPS
            counted = counted or token.dep_ == "appos" and _count_of_some(token)  # "..., eight of them Britons,"
            token = token.head
        if counted or preps > _PHRASE_PREPS or not all(self._acts_for(head, a) for a in self._actors_at(found)):
            return None
        place_or_people = head.lemma_.lower() in self.words.person_nouns or docdata.at(found, "places") is not None
        return None if preps and place_or_people and self._uncoded(found) else found

    def _acts_for(self, head: Token, actor: str) -> bool:
        """Whoever the head names acts for the actor its phrase names: not a person's kin or hired
        help ("Smith's lawyer", "the wife of Smith"), whom CAMEO leaves uncoded."""
        return head.lemma_.lower() not in self.words.personal_nouns or self._actor_row(actor).get("kind") != ActorKind.PERSON

    def _uncoded(self, token: Token) -> bool:
        return not any(self._actor_row(a).get("cameo") for a in self._actors_at(token))

    def _names_actor(self, token: Token) -> bool:
        """The token names an actor an argument's phrase can stand for: not a dateline ("MINSK
        (Reuters) -"), nor a possessive pronoun inside the phrase ("its forces" are no one's target
        as "its")."""
        if token.i in self._dateline or (token.dep_ == "poss" and token.pos_ == "PRON"):
            return False
        return bool(self._actors_at(token))

    def _actors_at(self, token: Token) -> list[str]:
        """The actors a token mentions: one (the token index), or several for a pronoun that
        stands for a list ("they": Putin and Kim), read from the actors' spans once per document."""
        if self._several is None:
            mentioned: dict[int, list[str]] = {}
            for span in docdata.spans(token.doc, "actors"):
                for i in range(span.start, span.end):
                    mentioned.setdefault(i, []).append(span.label_)
            self._several = {i: actors for i, actors in mentioned.items() if len(actors) > 1}
        several = self._several.get(token.i)
        if several is not None:
            return several
        actor = docdata.at(token, "actors")
        return [actor] if actor is not None else []

    def _lone_person(self, token: Token) -> bool:
        """The token names one person: a person actor alone, or a role noun for one ("the commander")."""
        if token.lower_ in self.person_roles and "Number=Plur" not in token.morph:
            return not any(c.dep_ == "conj" for c in token.children)
        actors = self.actors_of([token])
        return len(actors) == 1 and self._actor_row(actors[0]).get("kind") == ActorKind.PERSON

    def _one_described(self, token: Token) -> bool:
        """The token is a noun for one person ("a Boston man said he ...")."""
        return token.lemma_.lower() in self.words.person_nouns and "Number=Plur" not in token.morph

    def _of_the_state(self, actor: str) -> bool:
        """The actor is a state's force or office (RUSGOV, KENCOP; ---MIL), by its CAMEO type."""
        return (self._actor_row(actor).get("cameo") or "")[3:6] in self.words.state_types

    def _stands_for_speaker(self, subject: Token, verb: Token, speaker: Token) -> bool:
        """A first-person pronoun, or another personal one outside the quotation the verb reports
        (not "what": "told radio it did not know what drove the man to fight"), but not "it" or
        a plural one for a lone person ("the commander said his men had persuaded them to go",
        "the minister said it had broken the code"), nor "he" or "she" for anyone else ("police said
        he shot the clerk": not the police)."""
        if subject.pos_ != "PRON" or subject.tag_ not in _PERSONAL_TAGS:
            return False
        if "Person=1" in subject.morph:
            return True
        if ("Number=Plur" in subject.morph or subject.lower_ == "it") and self._lone_person(speaker):
            return False
        if _PERSONAL_GENDERS & set(subject.morph.get("Gender")) and not self._lone_person(speaker) and not self._one_described(speaker):
            return False
        return not syntax.quotations(self.doc).apart(subject, verb)


def _gapped(verb: Token) -> list[Token]:
    """The verb and the participles joined to it that share its auxiliary, told in full or with a
    count before them ("were killed and wounded in raids", "were killed and 15 injured in raids");
    not a verb with a subject or an auxiliary of its own ("was wounded and was shot by police")."""
    joined = [c for c in verb.children if c.dep_ == "conj" and not any(g.dep_ in syntax.SUBJECT_DEPS or g.dep_ in _AUX_DEPS for g in c.children)]
    return [verb, *(p for c in joined for p in (c, *c.children) if p.tag_ == "VBN" and (p.i == c.i or p.dep_ == "acl"))]


def _noun_participle(verb: Token) -> Token | None:
    """The participle after a noun that a verb is or goes on ("a statement condemning X and calling
    for Y"), also where the parser joined the verb to an infinitive the participle governs ("a
    statement vowing to fight on and slamming X"); none for any other verb."""
    participle = syntax.first_conjunct(verb)
    if participle.i != verb.i and participle.dep_ == "xcomp" and participle.head.i != participle.i:
        participle = participle.head
    return participle if participle.dep_ == "acl" and participle.tag_ == "VBG" else None


def _reduced_passive_subject(participle: Token, children: list[Token]) -> list[Token]:
    """The noun a past participle without an object describes, which undergoes it: "police
    officer charged over teen's death" (a headline), "soldiers killed in an ambush"."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.head.pos_ not in ("NOUN", "PROPN"):
        return []
    return [] if any(c.dep_ in _OBJECT_DEPS or c.dep_ == "dative" for c in children) else [participle.head]


def _past_participle(verb: Token) -> bool:
    """The verb is a past participle, also one the parser tagged as a past tense right after a noun
    that is not its subject ("after appearing at Leeds Crown Court charged with theft")."""
    if verb.tag_ == "VBN":
        return True
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return verb.tag_ == "VBD" and before is not None and before.pos_ in ("NOUN", "PROPN") and before.head.i != verb.i


def _participle_subject(participle: Token, children: list[Token]) -> list[Token]:
    """The noun the parser made the subject of a past participle with no auxiliary to make the
    clause active and no object, which the participle describes and which undergoes it ("said the
    Briton arrested in Kenya is from Leeds", parsed as "the Briton arrested")."""
    if participle.tag_ != "VBN" or participle.dep_ == "acl" or any(c.dep_ in _OBJECT_DEPS or c.dep_ == "dative" or c.dep_ in _AUX_DEPS for c in children):
        return []
    return [c for c in children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]


def _stranded_agents(verb: Token, children: list[Token]) -> list[Token]:
    """A passive verb's "by" phrase the parser hung on a noun of the verb's object or of its chain of
    prepositional phrases ("was sentenced on Tuesday at a hearing in Marion by Judge X", "was
    offered the post of health minister by X"); not one of a clause inside them ("arrested at
    a house owned by X": the "by" hangs on the participle)."""
    nouns = [c for c in children if c.dep_ == "dobj"] + syntax.pobjs(c for c in children if c.dep_ == "prep")
    while nouns:
        noun = nouns.pop()
        for prep in (c for c in noun.children if c.dep_ == "prep"):
            if prep.lower_ == "by" and prep.i > noun.i:
                return syntax.pobjs([prep])
            nouns.extend(syntax.pobjs([prep]))
    return []


def _phrase_objects(verb: Token, preps: frozenset[str] | None = None) -> list[Token]:
    """The objects of the prepositions on a verb and on its prepositions' objects, one phrase down
    ("placed under arrest in Chile": arrest, Chile); with `preps`, only of those prepositions."""
    phrases = [verb, *syntax.pobjs(c for c in verb.children if c.dep_ == "prep")]
    return syntax.pobjs(c for h in phrases for c in h.children if c.dep_ == "prep" and (preps is None or c.lower_ in preps))


def _stranded_subject(token: Token) -> list[Token]:
    """The noun a participle hangs on where the parser left that noun no verb of its own, so the
    participle is its predicate: "Kurdish students resorted to throwing eggs, police said" (parsed
    as students, who were resorted, as a second subject of "said", or as a loose noun). Asked only
    of a verb a gerund hangs on: a participle that is an event itself may be a passive ("soldiers
    killed in an ambush, officials said")."""
    noun = token.head
    if token.dep_ != "acl" or token.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    if noun.dep_ in _LOOSE_DEPS or noun.head.i == noun.i:
        return [noun]
    if noun.dep_ in syntax.SUBJECT_DEPS and any(c.dep_ in syntax.SUBJECT_DEPS and c.i != noun.i for c in noun.head.children):
        return [noun]
    return []


def _subject_left_unattached(verb: Token) -> list[Token]:
    """The noun just before a main verb (and its auxiliaries) that the parser gave no subject,
    having hung that noun elsewhere: "After weeks of talks in Doha, the army and the rebels
    have agreed" (the nouns parsed as conjuncts of "talks"). A listed noun stands for its whole
    list ("X and Y")."""
    if verb.dep_ != "ROOT" or verb.tag_ not in syntax.FINITE_TAGS and not any(c.dep_ in _AUX_DEPS for c in verb.children):
        return []
    start = verb.i
    while start > verb.sent.start and verb.doc[start - 1].dep_ in _AUX_DEPS and verb.doc[start - 1].head.i == verb.i:
        start -= 1
    if start == verb.sent.start:
        return []
    noun = verb.doc[start - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == verb.i:
        return []
    while noun.dep_ == "conj" and any(c.dep_ == "cc" and noun.head.i < c.i < noun.i for c in noun.head.children):
        noun = noun.head
    return [noun]


def _listed_modifiers(token: Token) -> list[Token]:
    """The members of a list of modifiers before a noun ("Belarusian and Russian activists":
    Russian, the conjunct of the noun's modifier "Belarusian"; the modifier itself too, which
    names an actor of its own where the parser took a list of parties for one: "talks between
    the Colombian government and FARC rebels", parsed as "government" modifying "rebels")."""
    return [t for m in token.children if m.dep_ in _SOURCE_MODIFIER_DEPS for c in m.children if c.dep_ == "conj" for t in (m, c)]


def _count_of_some(appos: Token) -> bool:
    """An apposition that counts a part of something ("eight of them Britons", parsed with the
    count or the noun as its head), not a name for what it is set beside."""
    counts = [appos, *(c for c in appos.children if c.dep_ in ("nsubj", "nummod", "quantmod"))]
    return appos.pos_ == "NUM" or any(c.pos_ == "NUM" and any(g.lower_ == "of" for g in c.children) for c in counts)


def _owned(noun: Token) -> bool:
    """A noun with a possessive pronoun ("ordered his forces to"): one's own, who act for whoever
    gives the order."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _set_apart(prep: Token) -> bool:
    """A prepositional phrase set apart by a comma before it, which tells about the clause, not the
    word the parser hung it on."""
    return prep.i > prep.sent.start and prep.doc[prep.i - 1].text == ","


def _content_host(content: Token, preps: frozenset[str]) -> Token:
    """The verb a gerund or a noun tells the content of, through one of `preps` ("accused X *of*
    doing", "blamed X *for* the killing", also where the parser hung the preposition on X), or the
    gerund or noun itself."""
    prep = content.head
    if content.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in preps:
        return content
    host = prep.head.head if prep.head.pos_ in ("NOUN", "PROPN") and prep.head.dep_ in _OBJECT_DEPS else prep.head
    return host if host.pos_ == "VERB" else content


def _for_clause(token: Token) -> bool:
    """A "for X to do" clause, which states what a frame asks for ("pushed for Germany to act")."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)


def _content_clause(token: Token) -> bool:
    """A "that" clause stating a noun's content ("the demand that X go"; not a relative clause)."""
    return token.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def object_heads(token: Token, roles: Roles) -> list[Token]:
    """Candidate target heads, in order: indirect object, direct object, prepositional objects;
    without any, the direct object of a verb conjoined with it."""
    children = list(token.children)
    heads = [c for c in children if c.dep_ == "dative"]
    heads += [c for c in children if c.dep_ in roles.object_deps and c.dep_ != "dative" and not _stray_apposition(c, children)]
    heads += prep_objects(token, roles.target_preps, children)
    heads += [c for c in children if c.dep_ in _BARE_NOUN_OBJECT_DEPS and c.pos_ == "PROPN" and c.i > token.i]
    if token.dep_ == "amod":
        heads.append(token.head)
    if not heads:  # "met and thanked the delegation": the object of the verb conjoined with it is shared
        heads = [o for v in children if v.dep_ == "conj" and v.pos_ == "VERB" for o in v.children if o.dep_ in roles.object_deps]
    return heads


def _stray_apposition(obj: Token, children: list[Token]) -> bool:
    """A direct object opening with a determiner and set off by a comma or dash after a prepositional phrase
    of the same verb, which describes that phrase's noun ("shot at guards as they left the villa, the home of X",
    parsed as shooting at the home)."""
    opening = obj.left_edge
    if obj.dep_ != "dobj" or opening.i == 0 or obj.doc[opening.i - 1].text not in _APPOSITION_MARKS or opening.pos_ != "DET":
        return False
    return any(c.dep_ == "prep" and c.i < obj.i for c in children)


def prep_objects(token: Token, preps: frozenset[str], children: list[Token] | None = None) -> list[Token]:
    """The objects of the token's prepositions among `preps` (of `children` where given), also
    of a preposition the parser left without one (`_stranded_object`)."""
    chosen = [c for c in (children if children is not None else token.children) if c.dep_ in _PREP_DEPS and c.lower_ in preps]
    return [o for prep in chosen for o in (syntax.pobjs([prep]) or _participle_object(prep) or _stranded_object(prep))]


def _participle_object(prep: Token) -> list[Token]:
    """The noun after a participle the parser made the preposition's clause rather than the
    noun's modifier: "talks with visiting Thai leaders" (parsed as "with visiting" whose object
    is "leaders"); not a gerund's own object, which a determiner or a possessive opens
    ("charged with hitting their son": the deed's, not the charge's)."""
    objects = [o for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i == prep.i + 1 for o in c.children if o.dep_ == "dobj"]
    return [o for o in objects if o.left_edge.dep_ not in _GERUND_OBJECT_OPENINGS]


def _stranded_object(prep: Token) -> list[Token]:
    """The noun right after an objectless preposition that the parser made the subject of a
    clause hanging on the same verb: "gave refuge to two reporters hiding in a hotel" (parsed
    as "to", and "reporters hiding" as a clause of its own)."""
    for clause in prep.head.children:
        if clause.dep_ not in _CLAUSE_DEPS:
            continue
        for subject in clause.children:
            if subject.dep_ in syntax.SUBJECT_DEPS and subject.left_edge.i == prep.i + 1:
                return [subject]
    return []
