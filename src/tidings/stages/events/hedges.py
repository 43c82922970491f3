"""Triggers that tell of no act that took place, read from the words around them: a modal perfect
("would have collapsed"), the ability modal ("anyone can request a ride"), a condition ("if the
search fails"), a question ("asked whether the deal ..."), a habit in the present, a custom or a
generic "you" ("ferries usually sail at noon", "the council meets every Tuesday", "rules are often
loosely enforced", "growers are not used to asking for loans", "you should see the mayor") or after
"whenever", a deed noun counted per period ("one phone call a month"), what the simple present
passive tells of a bare noun or in a relative clause ("donation
is widely endorsed", "the council, which is run by the party"; not in a headline), an imperative that tells the reader what to do
("call 555-0100 to register"), a bare noun that a copula characterises or calls common, or that
"can" does something ("sanctions are never a good idea", "such raids are common"), an act one is
open to ("subject to seizure"), the acts of a run ("the newest in a string of raids"), an event
weighed or unlikely ("were weighing a boycott", "Prosecutor Weighs Filing Charges", "a possible strike", "a ceasefire is unlikely to
hold"), planned or feared ("planning raids", "fear of reprisals") or prevented ("kept them from
boarding"), a power or a plan to act ("the power to seize assets", "plans to bomb the bridge"), the
name of a charge ("charged with assault": the offence in law, not a deed told), a notice to readers
("witnesses are asked to contact detectives", "drivers are urged to use the ring road"), a noun that
"any" or "no" makes no act in particular ("no attacks were reported"), a dated past event after
"since" ("since the 1998 riots"), a state or a reception ("armed with", "was met with"), a word
helping name a kind of person or thing ("prisoner of war", "warning shots"), a purpose against no
one in particular ("to arrest smugglers"), an idiom ("has only itself to blame"), what a document
"calls for", what filled years ("after 15 years of war"), a tally over years ("have staged most
raids since 1990"), a need ("we have to fund it"), what a question asks ("asked whether he had
phoned to warn them"), a campaign named ("the war on terror"), an act wished, intended, expected or
urged ("intends to blockade the port", "urged the army to withdraw", "support for a raid"), an act a
future copula names ("it will be her third visit"), an act still to come ("before a ruling is
published"), an object none of which was done or an occasion that never was ("made no apologies",
"at no time did they ask"), anyone at all doing it ("any person who breaks the rules will be
punished"), people named by a deed where they are acted on ("hunt down the bombers"), a participle
labelling a person or telling their stance ("a clerk accused of theft", "a family opposed to
the dam"), a title ("Counsel Assisting the inquiry"), harm an
accident or a force of nature did ("hurt when a grandstand collapsed", "killed when a cyclone
struck"), a count or a trend ("a rise in assaults", "attacks on officers increase"), what "no matter" leaves open ("no matter how many he
killed"), an act weighed as a clause's subject ("overturning the rule would require a review"), an
act after a negated word ("were not prepared to negotiate"), one still to come ("the claims are yet
to be tested"), one a negated opinion doubts ("We don't think she should resign") or an opinion
foretells of others ("I think the police will arrest him"), a reporter's question ("Asked about the
loss, ..."), a noun in a hyphened modifier ("the war-ravaged economy"), what a degree allows
("enough poison to kill a village"), a quoted question's speech tag ("'Why wait?' she asked"), the
kind of a plot ("a murder plot"), many deeds of several kinds ("separate gun and knife attacks"), a
class described by its fighting or a record ("jihadists fighting in Syria", "the first states to
ratify"), a bare deed the simple present takes ("the drug causes aggression"), an idiom's bare
object ("without giving credit"), the fate foretold of whoever is caught doing something ("fans
caught fighting will be banned"), a kind of act a ban is on ("a ban on rallies"), asking much of
someone ("asking a lot of our nurses"), an act information may lead to ("a reward for
tips that lead to an arrest"), a criminal record ("has two prior convictions"), a count of
times ("the fourth time he has been jailed"), a game won by a
score ("the Hawks beat Salem 70-61") and a war that sets a time or a scene ("fled during the war").
Each test looks at the trigger's children, its head and its clause's head: a constant cost."""

from __future__ import annotations

import re

from spacy.tokens import Token

from tidings import docdata, syntax
from tidings.knowledge.hedges import HedgeWords
from tidings.stages.events.mentions import refers_back
from tidings.syntax import NOUN_SUBJECT_DEPS, PRESENT_TAGS, RELATIVE_PRONOUN_TAGS, clause_verb, first_conjunct, in_present, is_reflexive, is_to_infinitive

PRESENT_SIMPLE = PRESENT_TAGS  # tags of a verb that tells a state or a habit
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl"})
QUESTION_DEPS = frozenset({"ccomp", "advcl", "xcomp"})
FRAMED_CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})  # a to-infinitive or a that-clause a verb frames
WHETHER = "whether"  # opens a question wherever it stands ("if" may open a condition)
QUESTION_MARKS = frozenset({WHETHER, "if"})  # marks of a yes-no question's clause
ASKED_DEPS = frozenset({"dobj", "dative", "xcomp", "ccomp", "prep", "advcl"})  # whom a verb of asking asks, and what for
QUESTION_HOPS = 3  # clauses climbed from a verb to the question that holds it
TALLY_HOPS = 3  # heads climbed from a trigger to the verb whose span of years may make it a tally
CHARGE_LIST_HOPS = 3  # items climbed from the last of a list of charges to the word that takes them
OF = frozenset({"of"})
IN = frozenset({"in"})
BY = frozenset({"by"})
OCCASION_PREPOSITIONS = frozenset({"at", "on", "in", "under"})  # of an occasion: "at no time", "under no circumstances"
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})  # what a verb acts on
PREDICATE_DEPS = frozenset({"acomp", "xcomp", "oprd", "attr"})  # a word a copula or "remain" predicates: "is committed to"
HEADLINE_WEIGHING_SPAN = 3  # words before a headline's trigger that may weigh it ("Weighs Filing DUI Charges")
INSTEAD_HOPS = 4  # heads climbed from a trigger to "instead of" or "rather than"
MANDATED_TAGS = frozenset({"VB", "VBP"})  # a bare verb, or one the parser took for the present: "that the rebels release"
SIDE_DEPS = frozenset({"dobj", "npadvmod", "nsubjpass"})  # a side beaten, also as the parser may take it before a score ("beat Hull 2-0")
SCORE_DASHES = frozenset({"-", "\u2013", "\u2014"})  # what joins a game's two scores
SCORE = re.compile(r"\d{1,3}[-\u2013\u2014]\d{1,3}")  # a score written as one word: "91-73"
WISH_HOPS = 5  # heads climbed from a trigger to the verb a wish may frame
# Links from a word up to the verb that carries it within a wished clause: objects, prepositions,
# "-ing" clauses describing a noun, appositions and conjuncts, a passive subject ("hoped the
# summit would be held"), a to-infinitive ("expected to try to seize").
WISHED_PART_DEPS = frozenset({"dobj", "pobj", "prep", "pcomp", "acl", "appos", "conj", "nsubjpass", "xcomp"})


class Hedges:
    def __init__(self, words: HedgeWords) -> None:
        self.words = words
        self.undone_acts_of = words.power_nouns | words.intent_nouns  # nouns whose to-infinitive is no deed
        self.framing_words = words.wishing_words | words.scheduling_words | words.weighing_verbs | words.risking_verbs | words.fearing_words  # words whose to-infinitive is no deed
        self.asking_words = words.question_verbs | words.notice_requests
        self.weighing_modifiers = words.unlikely_words | words.planned_modifiers
        self._read: dict[int, tuple[Token, ...]] = {}  # the children of each word the trigger's tests look at, by index

    def no_act(self, token: Token, anchor: Token) -> bool:
        """Whether a trigger (and the verb that carries it, `anchor`, where a verb does) tells
        of no act that took place."""
        self._read.clear()
        return (
            self._modal(anchor)
            or self._modal(_predicate_copula(token))
            or self._conditional(anchor)
            or self._question(token)
            or self._habit(anchor)
            or token.dep_ == "dobj" and self._habit(token.head)
            or self._present_habit(token.head if token.dep_ == "acomp" else token)
            or self._rate(token)
            or self._rule_told(anchor)
            or _imperative(anchor)
            or self._weighed(token)
            or self._weighed_in_headline(token)
            or self._characterised(token)
            or self._one_of_a_run(token)
            or self._many_of_kinds(token)
            or self._liable(token)
            or self._unlikely(token)
            or anchor is not token and self._unlikely(anchor)
            or self._prevented(anchor)
            or self._power(token)
            or self._charge(token)
            or self._notice(token)
            or self._lead_sought(token)
            or self._record(token)
            or self._none_in_particular(token)
            or _time_anchor(token)
            or self._state_with(anchor)
            or self._part_of_name(token)
            or _generic_goal(anchor)
            or _left_to(anchor)
            or self._idiom_object(anchor)
            or self._document_asks(anchor)
            or self._of_what_is_not_done(token)
            or self._intended_kind(token)
            or self._campaign(token)
            or self._tally(token)
            or self._nth_time(anchor)
            or self._needed(anchor)
            or self._asked_about(anchor)
            or self._wished(token)
            or self._wish_for_others(token)
            or self._felt(anchor)
            or self._statistic(token)
            or self._measured(token)
            or self._trend(token)
            or self._anonymity(anchor)
            or self._instead(token)
            or self._rather_than(anchor)
            or self._forced_by_no_one(anchor)
            or self._in_a_name(token)
            or self._to_be_ended(token)
            or self._wanted(token)
            or self._foretold(token)
            or self._pending(anchor)
            or self._coming(token)
            or self._next_to_come(token)
            or self._aim(anchor)
            or self._founding_purpose(anchor)
            or self._nothing_done(anchor)
            or self._anyone(anchor)
            or self._caught_class(anchor)
            or self._banned(token)
            or self._asked_much(anchor)
            or self._doer_acted_on(token)
            or self._label(token)
            or self._as_described(anchor)
            or self._visitor(token)
            or self._stance(token)
            or self._class_described(token, anchor)
            or self._generic_object(token)
            or self._naming(token)
            or self._title(token)
            or self._mishap(anchor)
            or self._wrought_by_hazard(token)
            or _no_matter(anchor)
            or self._weighed_subject(anchor)
            or self._negated_frame(anchor)
            or self._not_yet(anchor)
            or self._doubted(anchor)
            or self._foretold_of_others(anchor)
            or self._reporters_question(anchor)
            or self._degree_complement(anchor)
            or _in_hyphenated_modifier(token)
            or self._game_result(anchor)
            or self._war_as_setting(token)
        )

    def _children(self, word: Token) -> tuple[Token, ...]:
        """The word's children, read once for the trigger being tested (each test walks them again)."""
        children = self._read.get(word.i)
        if children is None:
            children = self._read[word.i] = tuple(word.children)
        return children

    def _pobjs_of(self, word: Token, prepositions: frozenset[str], dep: str = "prep") -> list[Token]:
        """The objects of the word's prepositions (or `dep` links: "agent") among `prepositions`."""
        return [o for c in self._children(word) if c.dep_ == dep and c.lower_ in prepositions for o in self._children(c) if o.dep_ == "pobj"]

    def _modal(self, verb: Token) -> bool:
        """A modal perfect ("would have collapsed") or the ability modal ("can call"), also where a
        verb with no subject of its own shares its conjunct's ("can call and request a ride")."""
        shares = verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in NOUN_SUBJECT_DEPS for c in self._children(verb))
        owners = (verb, verb.head) if shares else (verb,)
        auxiliaries = {c.lower_ for owner in owners for c in self._children(owner) if c.dep_ == "aux"}
        if not auxiliaries.isdisjoint(self.words.ability_auxiliaries):
            return True
        return "have" in auxiliaries and not auxiliaries.isdisjoint(self.words.counterfactual_modals)

    def _conditional(self, verb: Token) -> bool:
        """A verb heading a clause that a condition mark opens ("if the talks fail"), also where
        the trigger is its predicate ("if Lima is not prepared to talk"), a noun in it, the act such a
        noun names ("if an offensive to seize the port goes ahead") or its purpose ("if a move is made
        to seize it"); a participle describing a noun in it tells a deed ("if a man sentenced by the
        court is killed"). The consequence stays:
        "they said they would meet him if he came" is an offer."""
        clause = verb.head if verb.dep_ in ("acomp", "attr") else verb
        if clause.dep_ in ("acl", "advcl") and is_to_infinitive(clause):
            clause = clause.head  # the act a noun names or a purpose: "if an offensive to capture it goes ahead", "if a move is made to seize it"
        if clause.pos_ == "NOUN":  # "if an offensive goes ahead": a noun's clause
            clause = clause_verb(clause, TALLY_HOPS)
        if clause.dep_ == "conj" and not any(c.dep_ in NOUN_SUBJECT_DEPS for c in self._children(clause)):
            clause = first_conjunct(clause)  # a verb sharing its conjunct's subject shares its condition: "if anyone is hurt or killed"
        return any(c.dep_ == "mark" and c.lower_ in self.words.condition_marks for c in self._children(clause))  # spaCy may call it a ccomp

    def _question(self, token: Token) -> bool:
        """A verb of asking whose clause opens with a question word ("asked why he left"), or one
        that asks nothing of anyone after a quoted question ("'Why wait?' she asked."): a question
        put, no request."""
        if token.lemma_.lower() not in self.words.question_verbs:
            return False
        clauses = (c for c in self._children(token) if c.dep_ in QUESTION_DEPS and c.i > token.i)
        return any(clause.left_edge.lower_ in self.words.question_words for clause in clauses) or self._quoted_question(token)

    def _quoted_question(self, verb: Token) -> bool:
        """A verb of asking with no one asked and nothing asked for, right after a question mark
        (quotation marks and commas aside): the speech tag of a quoted question."""
        if any(c.dep_ in ASKED_DEPS for c in self._children(verb)):
            return False
        before = min(verb.i, verb.left_edge.i) - 1
        while before >= 0 and verb.doc[before].is_punct and verb.doc[before].text != "?":
            before -= 1
        return before >= 0 and verb.doc[before].text == "?"

    def _habit(self, verb: Token) -> bool:
        """A clause "whenever" opens and the simple present it hangs on ("whenever it floods,
        residents call the county"), the simple present with a frequency adverb or a set of times
        ("gangs typically attack", "the council meets every Tuesday"), a generic "you" or a word of
        custom: a habit, not an act (and so is the verb's object: "hold protests annually"). A past
        habit stays a deed told ("soldiers routinely beat detainees")."""
        if self._each_time(verb):
            return True
        if verb.tag_ in PRESENT_SIMPLE and any(c.dep_ == "advcl" and self._each_time(c) for c in self._children(verb)):
            return True  # what is done each time a "whenever" clause happens: "whenever it floods, residents call the county"
        if self._generic_subject(verb) or self._accustomed(verb):
            return True
        return verb.tag_ in PRESENT_SIMPLE and (self._frequency_told(verb) or _set_dated(verb))

    def _each_time(self, verb: Token) -> bool:
        """A clause "whenever" opens (spaCy reads it as a mark or an adverb)."""
        return any(c.dep_ in ("advmod", "mark") and c.lower_ in self.words.habit_marks for c in self._children(verb))

    def _present_habit(self, verb: Token) -> bool:
        """A trigger verb (or the copula of a trigger adjective) in the present perfect or passive
        with a frequency adverb ("has always been ready", "rules are often loosely enforced"), or in
        the simple present passive told per period ("two cyclists are killed every month"); a noun
        the verb carries may be an act ("has generally given way to peaceful protests")."""
        return in_present(verb) and (self._frequency_told(verb) or self._passive_rate(verb))

    def _passive_rate(self, verb: Token) -> bool:
        """The simple present passive counted per period by the verb or its subject ("are hurt
        every week", "one driver a year is killed on that road"): a rate, no deed told."""
        children = self._children(verb)
        if not any(c.dep_ == "auxpass" and c.tag_ in PRESENT_SIMPLE for c in children):
            return False
        subjects = [c for c in children if c.dep_ == "nsubjpass"]
        if any(s.lemma_.lower() in self.words.rate_periods and self._counted_period(s) for s in subjects):
            return True  # "one driver a year is killed": the parser may take the period for a second subject
        return any(self._per_period(c) for owner in (verb, *subjects) for c in self._children(owner))

    def _rate(self, token: Token) -> bool:
        """A deed noun counted per period, by a word of its own or of the verb that takes it ("one
        phone call a month", "were allowed two visits a week", "three meetings per year"): a rate or
        an allowance, no deed told."""
        if token.pos_ != "NOUN":
            return False
        owners = (token, token.head) if token.dep_ == "dobj" else (token,)
        return any(self._per_period(c) for owner in owners for c in self._children(owner))

    def _per_period(self, word: Token) -> bool:
        """"a month", "every week" (a period a determiner makes a rate) or "per day"."""
        if word.dep_ == "npadvmod" and word.lemma_.lower() in self.words.rate_periods:
            return self._counted_period(word)
        return word.dep_ == "prep" and word.lower_ == "per" and any(o.lemma_.lower() in self.words.rate_periods for o in self._children(word))

    def _counted_period(self, period: Token) -> bool:
        """A period a determiner makes a rate ("a month", "every week")."""
        return any(c.dep_ == "det" and c.lower_ in self.words.rate_determiners for c in self._children(period))

    def _frequency_told(self, verb: Token) -> bool:
        return any(c.dep_ == "advmod" and c.lower_ in self.words.habit_adverbs for c in self._children(verb))

    def _rule_told(self, verb: Token) -> bool:
        """The simple present passive, out of the headline, of a bare noun, of "it" with a
        to-infinitive or in a relative clause ("donation is strongly endorsed", "it is forbidden to
        park here", "the council, which is run by the party"), or what "would" be done to a bare
        noun ("smoking would be banned"): what is done as a rule or a standing state, no act told
        ("Man is charged" in a headline tells one)."""
        if verb.tag_ != "VBN" or verb.sent.start == 0:
            return False
        children = self._children(verb)
        auxiliaries = [c for c in children if c.dep_ == "aux"]
        subjects = [c for c in children if c.dep_ == "nsubjpass"]
        bare = bool(subjects) and all(s.tag_ in ("NN", "NNS") and not any(c.dep_ in ("det", "poss", "nummod") for c in self._children(s)) for s in subjects)
        if auxiliaries:  # "child labour would be banned": what a rule would do to a kind of act
            return bare and all(a.lower_ == "would" for a in auxiliaries)
        if not any(c.dep_ == "auxpass" and c.tag_ in PRESENT_SIMPLE for c in children):
            return False
        if any(s.lower_ == "it" for s in subjects):  # "it is forbidden to park here"
            return any(c.dep_ in CLAUSE_DEPS and is_to_infinitive(c) for c in children)
        if verb.dep_ == "relcl":
            return any(s.tag_ in RELATIVE_PRONOUN_TAGS for s in subjects)
        return bare

    def _generic_subject(self, verb: Token) -> bool:
        """A generic "you" doing the act in the simple present or with a modal ("you discuss
        everything", "you should talk to the mayor")."""
        if verb.tag_ not in PRESENT_SIMPLE and not (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in self._children(verb))):
            return False
        return any(c.dep_ in NOUN_SUBJECT_DEPS and c.lower_ in self.words.generic_subjects for c in self._children(verb))

    def _accustomed(self, verb: Token) -> bool:
        """An act (or one joined to it) after "to" that a word of custom governs ("are not used to
        asking for loans", "accustomed to fighting"): a habit, no act."""
        verb = first_conjunct(verb)
        return verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.lower_ in self.words.accustomed_words

    def _weighed(self, token: Token) -> bool:
        """A noun trigger only weighed, planned, feared or said to be possible ("weighing a boycott",
        "planning raids", "potential arson", "a proposed boycott"), not one the story tells of ("planned the bombing");
        a verb planned ("planning to strike") is one `_wished`."""
        if token.pos_ != "NOUN":
            return False
        if any(c.dep_ in ("amod", "compound") and c.lower_ in self.weighing_modifiers for c in self._children(token)):
            return True  # "a possible strike", "the planned raids", "planning attacks" (spaCy may read it as a noun)
        whole = self._series_of(token) or token  # "planning a string of marches"
        weighed = whole.dep_ == "dobj" and whole.head.lemma_.lower() in self.words.weighing_verbs
        return weighed and not refers_back(token)  # "planned the bombing": one the story tells of

    def _weighed_in_headline(self, token: Token) -> bool:
        """A title-case trigger a few capitalised words after a weighing verb, which the parser reads
        in a headline as part of a name or cut off as a sentence ("Prosecutor Weighs Filing DUI
        Charges"): only weighed."""
        if not token.is_title:
            return False
        for word in reversed(token.doc[max(0, token.i - HEADLINE_WEIGHING_SPAN) : token.i]):
            if not (word.is_title or word.is_upper):
                return False  # out of the headline's run of capitalised words
            if _bare_verb(word.lower_) in self.words.weighing_verbs:
                return True
        return False

    def _series_of(self, token: Token) -> Token | None:
        """The noun of a run of acts whose "of" the trigger is ("a string of marches")."""
        if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.head.lemma_.lower() not in self.words.series_nouns:
            return None
        return token.head.head

    def _one_of_a_run(self, token: Token) -> bool:
        """The acts of a run that the act told is the latest of ("the newest in a string of arson
        raids"): acts as a class, background to the one told."""
        series = self._series_of(token)
        if series is None or series.dep_ != "pobj" or series.head.lower_ != "in":
            return False
        return series.head.head.lower_ in self.words.latest_words

    def _many_of_kinds(self, token: Token) -> bool:
        """A plural deed noun told as many deeds of several kinds or occasions ("separate gun, bomb
        and knife attacks", "in various raids"), or harm with no doer told "in" such deeds, by it or
        a verb joined to it ("two died and scores were hurt in various raids"): a summary of
        many deeds, no one deed told."""
        if token.pos_ == "VERB":
            if token.lemma_.lower() not in self.words.harm_verbs:
                return False
            if token.tag_ != "VBN" and any(c.dep_ == "nsubj" for c in self._children(token)) or any(c.dep_ == "agent" for c in self._children(token)):
                return False  # a participle's subject is a count of victims the parser may take for one: "dozens more injured in"
            told_in = [o for verb in (token, *token.conjuncts) for o in self._pobjs_of(verb, IN)]  # "killed and injured in ..."
            return any(self._many_of_kinds(deed) for o in told_in for deed in (o, *o.conjuncts))
        if token.tag_ == "NN":  # a kind in the list the parser joined to the plural: "knife, arson and bomb raids"
            return any(c.i > token.i and c.tag_ == "NNS" and self._many_of_kinds(c) for c in token.conjuncts)
        if token.tag_ != "NNS":
            return False
        if self._run_suffered(token):
            return True
        joined = token.conjuncts
        if len(joined) >= 2 and all(k.i < token.i and k.tag_ in ("NN", "JJ") for k in joined):
            return True  # a list of kinds the parser joined to the noun: "knife, gun, arson and bomb raids"
        kinds = {k for c in self._children(token) if c.dep_ in ("compound", "nmod") for k in (c, *c.conjuncts)}
        if len(kinds) >= 3:
            return True  # three kinds or more: "knife, gun and bomb attacks"
        return any(c.dep_ == "amod" and c.lower_ in self.words.several_words for w in (token, *kinds) for c in self._children(w))

    def _run_suffered(self, deeds: Token) -> bool:
        """Plural deeds after "of" on a run that a place or people suffered or saw ("the country
        endured a string of raids", "has seen a wave of arson"): a summary, no one deed."""
        series = deeds.head.head if deeds.dep_ == "pobj" and deeds.head.lower_ == "of" else None
        if series is None or series.lemma_.lower() not in self.words.series_nouns:
            return False
        return series.dep_ in OBJECT_DEPS and series.head.lemma_.lower() in self.words.suffering_verbs

    def _liable(self, token: Token) -> bool:
        """A noun after "to" (or a to-infinitive) that an adjective of liability governs ("land
        subject to seizure", "liable to arrest"): an act one is open to, none done."""
        if token.dep_ == "xcomp":
            return token.head.lemma_.lower() in self.words.liability_adjectives
        return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in self.words.liability_adjectives

    def _characterised(self, token: Token) -> bool:
        """A noun with no determiner or possessor but "such" (or one joined to it), subject of "be"
        with a noun for predicate or one of frequency, or of a verb with the ability modal: a kind
        of act characterised ("sanctions are never a good idea", "such raids are common", "clashes
        are frequent", "sanctions can only help them"), not one act ("the attack was a tragedy")."""
        noun = first_conjunct(token)
        if token.pos_ != "NOUN" or noun.dep_ != "nsubj":
            return False
        if any(c.dep_ in ("det", "poss", "nummod") and c.lower_ != "such" for c in self._children(noun)):
            return False
        verb = noun.head
        if verb.lemma_ != "be":
            return any(c.dep_ == "aux" and c.lower_ in self.words.ability_auxiliaries for c in self._children(verb))
        return any(c.dep_ == "attr" or c.dep_ == "acomp" and c.lower_ in self.words.frequency_predicates for c in self._children(verb))

    def _unlikely(self, token: Token) -> bool:
        """A trigger whose clause says it is unlikely ("a ceasefire is unlikely to hold",
        "it is unlikely that they will meet")."""
        clause = token.head if token.dep_ in NOUN_SUBJECT_DEPS or token.dep_ in CLAUSE_DEPS else token
        if clause.lower_ in self.words.unlikely_words:
            return True
        return any(c.dep_ == "acomp" and c.lower_ in self.words.unlikely_words for c in self._children(clause))

    def _prevented(self, verb: Token) -> bool:
        """A verb after "from" that a verb of preventing governs ("stopped them from attacking")."""
        if verb.dep_ != "pcomp" or verb.head.lower_ != "from":
            return False
        return verb.head.head.lemma_.lower() in self.words.preventing_verbs

    def _power(self, verb: Token) -> bool:
        """A to-infinitive (or a verb joined to one) after a noun of power, right or intent ("the
        power to seize and sell assets", "the right to strike", "plans to bomb the bridge", "an
        invitation for the army to attack"): what may be done, not a deed."""
        verb = first_conjunct(verb)
        if verb.head.lemma_.lower() not in self.undone_acts_of:
            return False
        return verb.dep_ in ("acl", "relcl") and is_to_infinitive(verb) or _for_clause(verb)  # spaCy reads some as relative clauses

    def _charge(self, token: Token) -> bool:
        """A bare noun (or the first of a list of them) after a word that takes a charge or before
        the plural of one: "charged with aggravated assault", "one count of murder", "pleaded guilty
        to arson and assault", "offences including fraud", "faces assault and theft charges"."""
        if token.pos_ != "NOUN" or any(c.dep_ in ("det", "poss") for c in self._children(token)):
            return False
        first = first_conjunct(token)
        if first.dep_ == "pobj" and self._takes_charge(first.head.head):  # the word the preposition hangs on
            return True
        if first.dep_ in ("nmod", "compound") and self._takes_charge(first.head) and first.head.tag_ == "NNS":
            return True  # "including theft and weapons counts"
        return self._listed_charge(token)

    def _listed_charge(self, token: Token) -> bool:
        """A later item of a list of charges the parser hangs on an earlier item's own words
        ("charged with possession of stolen goods and assault", "with selling drugs and assault"):
        climbed item by item, only through lists, to the word that takes them."""
        item = token
        for _ in range(CHARGE_LIST_HOPS):
            first = first_conjunct(item)
            if first is item:
                return False
            if first.dep_ == "dobj":  # "selling drugs and assault": the gerund is the item
                item = first.head
                if item.dep_ == "advcl" and item.tag_ == "VBG":  # the parser may hang the gerund on the word before it
                    return self._takes_charge(item.head) or item.head.dep_ in ("pobj", "pcomp") and self._takes_charge(item.head.head.head)
                continue
            if first.dep_ not in ("pobj", "pcomp"):
                return False
            item = first.head.head
            if self._takes_charge(item):
                return True
        return False

    def _takes_charge(self, word: Token) -> bool:
        """A word that takes the name of a charge ("charged", "count", "pleaded")."""
        return word.lemma_.lower() in self.words.charge_words

    def _notice(self, verb: Token) -> bool:
        """A passive request to get in touch ("are urged to phone the hotline"), or made of the
        public at large by no one named ("drivers are urged to use the ring road"): a notice to readers."""
        if verb.lemma_.lower() not in self.words.notice_requests or not any(c.dep_ == "auxpass" for c in self._children(verb)):
            return False
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in self.words.notice_verbs for c in self._children(verb)):
            return True
        asked = [c.lemma_.lower() for c in self._children(verb) if c.dep_ == "nsubjpass"]
        return bool(asked) and asked[0] in self.words.notice_subjects and not any(c.dep_ == "agent" for c in self._children(verb))

    def _lead_sought(self, token: Token) -> bool:
        """A noun trigger (or the first of a list) that information not yet given may lead to ("cash
        for tips that lead to a conviction", "whoever has details that could lead to an arrest"): an
        appeal's hope, no act done ("a tip led to the arrest" tells one)."""
        lead = _governor_through(token, "to")
        if lead is None or lead.lemma_.lower() != "lead" or lead.dep_ not in ("acl", "relcl") or lead.tag_ not in ("VBG", *PRESENT_SIMPLE):
            return False
        return lead.head.lemma_.lower() in self.words.lead_nouns

    def _record(self, token: Token) -> bool:
        """A noun of a criminal record that "prior" or "previous" marks, or that someone "has" ("had
        prior arrests for assault", "has two car theft convictions"): a record, no act told ("police
        made two arrests" tells them)."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.words.record_nouns:
            return False
        if any(c.dep_ == "amod" and c.lower_ in self.words.prior_words for c in self._children(token)):
            return True
        return token.dep_ == "dobj" and token.head.lemma_ == "have" and token.head.pos_ == "VERB"

    def _none_in_particular(self, token: Token) -> bool:
        """A noun trigger that "any" or "no" makes no act in particular ("no attacks were
        reported", "planning any sort of attack")."""
        if token.pos_ != "NOUN":
            return False
        owner = token
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in self.words.kind_nouns:
            owner = token.head.head
        return any(c.dep_ == "det" and c.lower_ in self.words.no_act_determiners for c in self._children(owner))

    def _state_with(self, verb: Token) -> bool:
        """A passive that tells a state or a reception, with "with" and no agent: "armed with
        rifles", "the plan was met with scorn"."""
        if verb.lemma_.lower() not in self.words.with_states or any(c.dep_ == "agent" for c in self._children(verb)):
            return False
        if verb.dep_ not in ("acl", "amod", "acomp", "advcl") and not any(c.dep_ == "auxpass" for c in self._children(verb)):
            return False  # "the president met with ministers" is a meeting
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in self._children(verb))

    def _part_of_name(self, token: Token) -> bool:
        """A trigger that helps name a kind of person or thing ("prisoner of war", "war crimes",
        "warning shots", "attack helicopters", "weapons of mass destruction") or a figure ("a
        war of words"), not an act."""
        if token.dep_ in ("compound", "amod") and token.head.i > token.i:
            return token.head.lemma_.lower() in self.words.naming_heads
        if token.pos_ != "NOUN":
            return False
        if any(o.lemma_.lower() in self.words.figurative_of for o in self._pobjs_of(token, OF)):
            return True  # "a war of words": a figure, no fighting
        return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in self.words.naming_heads

    def _idiom_object(self, verb: Token) -> bool:
        """A verb whose bare object makes an idiom ("without giving credit"): no act of the verb's sense."""
        idioms = self.words.idiom_objects.get(verb.lemma_.lower())
        if not idioms:
            return False
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in idioms and not any(m.dep_ in ("det", "poss", "amod", "compound", "nummod") for m in self._children(c))
            for c in self._children(verb)
        )

    def _document_asks(self, verb: Token) -> bool:
        """What a plan, a law or a deal (or a part of one) "calls for", "requires" or "prohibits":
        its wording, no appeal or ban by anyone ("the peace plan calls for elections", "the policy
        bars staff from using phones"; the word before stands in where the parser took the noun for
        a verb)."""
        if verb.lemma_.lower() not in self.words.document_verbs:
            return False
        subjects = [c for c in self._children(verb) if c.dep_ in NOUN_SUBJECT_DEPS]
        subject = subjects[0] if subjects else verb.doc[verb.i - 1] if verb.i > 0 else verb
        return any(s.lemma_.lower() in self.words.document_nouns for s in (subject, *self._pobjs_of(subject, OF)))  # "a section of the plan calls for"

    def _of_what_is_not_done(self, token: Token) -> bool:
        """A noun trigger after "of" on a period ("after 20 years of civil war": the background of
        the story) or on a noun of intent or fear ("fear of reprisals", "the risk of war"): no deed
        told."""
        if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "of":
            return False
        owner = token.head.head.lemma_.lower()
        return owner in self.words.long_periods or owner in self.words.intent_nouns

    def _intended_kind(self, token: Token) -> bool:
        """A deed noun that tells the kind of a plan, a threat or an order ("a murder plot", "a bomb
        threat", "an arrest order"; "a kill for hire scheme", which the parser may hang the other
        way): what was planned or feared, no deed told."""
        if token.pos_ != "NOUN":
            return False
        if token.dep_ in ("compound", "nmod") and token.head.i > token.i:
            return token.head.lemma_.lower() in self.words.intent_nouns
        planned = token.right_edge
        return planned.i > token.i and planned.pos_ == "NOUN" and planned.lemma_.lower() in self.words.intent_nouns and any(
            c.dep_ == "compound" for c in self._children(planned)
        ) and planned.head.head == token

    def _campaign(self, token: Token) -> bool:
        """A noun trigger naming a campaign by what it is waged on ("the war on terror", "a fight
        against drugs"): the words after it are read, wherever the parser hangs them."""
        if token.pos_ != "NOUN" or token.i + 2 >= len(token.doc) or token.nbor().lower_ not in ("on", "against"):
            return False
        target = token.nbor(2) if token.nbor(2).pos_ != "DET" or token.i + 3 >= len(token.doc) else token.nbor(3)
        return target.lemma_.lower() in self.words.campaign_targets

    def _tally(self, token: Token) -> bool:
        """A trigger whose verb in the perfect counts it over years ("have staged most of the
        raids since 1990", "feuds have cost dozens of lives over the past decade", "has killed
        hundreds over three decades"), or in any tense over counted ages or years of something
        ("shelled the valley over three decades of unrest"): a tally, no deed told."""
        clause = token
        for _ in range(TALLY_HOPS):  # a noun's verb: "carried out most *of the bombings* since 1994"
            if clause.pos_ == "VERB" and clause.i != token.i or clause.head.i == clause.i:
                break
            clause = clause.head
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in self._children(clause))
        for span in self._pobjs_of(clause, self.words.tally_prepositions):
            period, children = span.lemma_.lower(), self._children(span)
            if perfect and span.head.lower_ == "since" and span.like_num and len(span.text) == 4:
                return True  # in the perfect only: "the first meeting since 2019" is one
            if period not in self.words.long_periods:
                continue
            counted = span.tag_ == "NNS" and any(c.dep_ == "nummod" for c in children)
            if perfect and (counted or any(c.lower_ in self.words.tally_modifiers for c in children)):
                return True
            if counted and span.head.lower_ in self.words.whole_span_prepositions and (period in self.words.ages or any(c.dep_ == "prep" and c.lower_ == "of" for c in children)):
                return True  # in the past too: "shelled the valley over three decades", "during 30 years of war"
        return False

    def _nth_time(self, verb: Token) -> bool:
        """A verb in the perfect in a relative clause of an occasion an ordinal counts ("that wasn't
        the first time the shop had been burgled", "the fourth time he has been jailed"): a count
        of acts of a kind, no act told anew."""
        if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in self.words.counted_occasions:
            return False
        if not any(c.dep_ == "amod" and c.like_num for c in self._children(verb.head)):
            return False
        return any(c.dep_ == "aux" and c.lemma_ == "have" for c in self._children(verb))

    def _needed(self, verb: Token) -> bool:
        """A to-infinitive after "have" or "need" in the present: owed, not done ("we have to fund
        it", "Kenya needs to send troops")."""
        head = verb.head
        return verb.dep_ == "xcomp" and head.lemma_.lower() in self.words.need_verbs and head.tag_ in PRESENT_SIMPLE

    def _asked_about(self, verb: Token) -> bool:
        """A verb within a clause a question opens ("asked whether he had phoned the mayor to
        warn him"), or the verb of any clause "whether" opens, with the verbs joined to it ("would
        not confirm whether the coach resigned or was sacked", "unclear whether troops fired"; not a
        deed told below it: "whether she knew him before she shot him"): asked about, not told."""
        current = verb
        own = True  # still the clause's own verb, or a to-infinitive of it ("whether to extend", "whether the coach chose to resign")
        for _ in range(QUESTION_HOPS):
            clause = first_conjunct(current)  # "whether the coach resigned or was sacked": the mark goes on the first verb
            marks = {c.lower_ for v in (current, clause) for c in self._children(v) if c.dep_ == "mark"} & QUESTION_MARKS
            if marks:
                return WHETHER in marks and own or clause.head.lemma_.lower() in self.words.question_verbs
            if clause.dep_ not in CLAUSE_DEPS or clause.head.i == clause.i:
                return False
            own = own and clause.dep_ == "xcomp"
            current = clause.head
        return False

    def _wished(self, token: Token) -> bool:
        """A verb (or one joined to it) planned, wished, intended, expected, urged or risked
        ("intends to blockade the port", "plans to impose sanctions", "urged the army to withdraw",
        "hoped the talks would resume", "a rift that threatens to split the party"), or a word it
        carries on the way down ("is expected to rule on tariffs", "intends to table a motion
        *condemning* the mayor", "urged them to launch an uprising, or *revolt*"): what is meant
        to happen, not a deed. A that-clause in the past tells a finding: "determined that the
        man had died"; a noun the story has named ("the attack") stays a deed."""
        current = token
        for _ in range(WISH_HOPS):
            if current.pos_ in ("VERB", "AUX") and self._framed(first_conjunct(current)):
                return True
            if current.dep_ == "advcl" and is_to_infinitive(current):
                current = current.head  # a purpose shares its verb's fate: "may use its powers to jail critics"
                continue
            if current.dep_ not in WISHED_PART_DEPS or current.head.i == current.i or current.dep_ == "acl" and current.tag_ != "VBG":
                return False
            if current.dep_ == "prep" and not self._carries_wish(current):
                return False  # "expected to report after three days of riots": the riots were
            if current.pos_ == "NOUN" and refers_back(current):
                return False
            current = current.head
        return False

    def _carries_wish(self, prep: Token) -> bool:
        """A preposition through which a wished verb acts on what follows ("vote *on* sanctions",
        "*in* favour *of* a ban"), not one that sets it in time or place ("after the riots")."""
        words = self.words.wished_preps
        return prep.lower_ in words or any(o.dep_ == "pobj" and o.lemma_.lower() in words for o in self._children(prep))

    def _framed(self, verb: Token) -> bool:
        """A verb in the to-infinitive (or, in the present or with a modal, the that-clause) of a
        word of wishing, weighing, risking or fearing ("concerned the agency could detain people"), or
        its "for" clause ("appealed for the rebels to disarm")."""
        if self._cleft_wish(verb):
            return True  # "What the union demands is that the ministry pay"
        word = verb.head.lemma_.lower()
        if _for_clause(verb):  # "appealed for the rebels to disarm", "called for them to disarm"
            return word in self.words.appealing_verbs or word in self.framing_words
        if word in self.words.mandating_verbs and _mandated(verb):
            return True  # "demanded that the rebels release the hostages"
        if word not in self.framing_words or verb.dep_ not in FRAMED_CLAUSE_DEPS:
            return False
        if verb.dep_ == "xcomp" or is_to_infinitive(verb):  # "want the governor to resign"
            return True
        modals = self.words.wishing_modals | self.words.fearing_modals if verb.head.lemma_.lower() in self.words.fearing_words else self.words.wishing_modals
        return verb.tag_ in PRESENT_SIMPLE or any(c.dep_ == "aux" and c.lower_ in modals for c in self._children(verb))

    def _cleft_wish(self, verb: Token) -> bool:
        """The clause, bare or a to-infinitive, that a pseudo-cleft over a word of demanding or
        wishing puts forward ("What the union demands is that the ministry pay", "what they want is to
        annex the island"): an act required, not done ("what they did was seize the port" stays one)."""
        if verb.head.lemma_ != "be" or not (_mandated(verb) or is_to_infinitive(verb)):
            return False
        asked = next((c for c in self._children(verb.head) if c.dep_ == "csubj"), None)
        if asked is None or not any(c.lower_ == "what" for c in self._children(asked)):
            return False
        word = asked.lemma_.lower()
        return word in self.words.mandating_verbs or word in self.framing_words

    def _wish_for_others(self, token: Token) -> bool:
        """An adjective of will with a that-clause, not a to-infinitive ("was determined that the
        summit be held at home"): a wish about what others do, no pledge."""
        if token.pos_ != "ADJ" or token.lower_ not in self.words.wishing_words:
            return False
        clauses = [c.dep_ for c in self._children(token) if c.dep_ in FRAMED_CLAUSE_DEPS] or [c.dep_ for c in self._children(token.head) if c.dep_ in FRAMED_CLAUSE_DEPS]
        return "ccomp" in clauses and "xcomp" not in clauses

    def _wanted(self, token: Token) -> bool:
        """A noun trigger, not one the story has named, or a verb, after a noun of backing or worry
        ("support for an attack", "concerns about a crackdown", "worries over arming them") or a
        word of warning ("warned them against moving troops"): wished, feared or warned off, not done;
        any noun trigger after "for" on a noun of an order ("a warrant for her arrest"): authorised."""
        if not (token.pos_ == "NOUN" and token.dep_ == "pobj" or token.pos_ == "VERB" and token.dep_ == "pcomp"):
            return False  # "concerns about selling arms": a verb after the preposition too
        if self._authorised(token.head):
            return True
        return not refers_back(token) and token.head.head.lemma_.lower() in self.words.wanting_nouns.get(token.head.lower_, ())

    def _authorised(self, preposition: Token) -> bool:
        """A "for" on a noun of an order, or on the verb that takes one as its object, as the
        parser may hang it ("issued a warrant on Friday for the mayor's arrest")."""
        if preposition.lower_ != "for":
            return False
        holder = preposition.head
        orders = [holder, *(c for c in self._children(holder) if c.dep_ == "dobj")]
        return any(noun.lemma_.lower() in self.words.authorising_nouns for noun in orders)

    def _felt(self, verb: Token) -> bool:
        """A participle after a verb of feeling or seeming ("should not feel threatened", "looked
        betrayed"): a state of mind, not a deed (spaCy may read the verb as the passive's auxiliary)."""
        if verb.tag_ not in ("VBN", "JJ"):
            return False
        if any(c.dep_ == "auxpass" and c.lemma_.lower() in self.words.feeling_verbs for c in self._children(verb)):
            return True
        return verb.dep_ in ("acomp", "oprd") and verb.head.lemma_.lower() in self.words.feeling_verbs

    def _statistic(self, token: Token) -> bool:
        """A trigger whose clause has a share of a class for subject ("20 per cent of inmates had
        committed assault"): a statistic, no deed told."""
        clause = clause_verb(token, TALLY_HOPS)  # a noun's verb: "have committed *assault*"
        shares = [c for c in self._children(clause) if c.dep_ in NOUN_SUBJECT_DEPS and c.lemma_.lower() in self.words.share_nouns]
        # of a class ("of burglars"), not of a body that acted ("of the airline's workforce agreed")
        return any(_bare_plural(o) for share in shares for o in self._pobjs_of(share, OF))

    def _measured(self, token: Token) -> bool:
        """A bare noun trigger a noun of measure counts, also as a conjunct of the word counted
        ("figures showing a rise in assaults", "a jump in robberies and carjackings", "the rate of
        arrests"): a statistic, no deed told ("a rise in the attacks" names ones told)."""
        counted = first_conjunct(token)
        if token.pos_ != "NOUN" or counted.dep_ != "pobj" or any(c.dep_ in ("det", "poss") for c in self._children(token)):
            return False
        return counted.head.head.lemma_.lower() in self.words.measuring_nouns.get(counted.head.lower_, ())

    def _trend(self, token: Token) -> bool:
        """A bare plural noun trigger that a verb of change has for subject ("attacks on officers
        increase", "as relations improve"): a trend, no deed told."""
        return token.dep_ == "nsubj" and _bare_plural(token) and token.head.lemma_.lower() in self.words.trend_verbs

    def _anonymity(self, verb: Token) -> bool:
        """A source asking not to be named ("requested anonymity", "wished to stay unnamed"):
        a convention of reporting, no request."""
        if verb.lemma_.lower() not in self.asking_words:
            return False
        told = [w for c in self._children(verb) if c.dep_ in ("xcomp", "dobj") for w in c.subtree]
        return any(w.lemma_.lower() in self.words.anonymity_words for w in told)

    def _instead(self, token: Token) -> bool:
        """A trigger after "instead of" or "rather than": the act not chosen ("a fine instead of
        a jail term", "chose exile rather than surrender")."""
        current = token
        for _ in range(INSTEAD_HOPS):  # "of sending him to *prison*": up to the preposition
            prep = current.head
            if current.dep_ in ("pcomp", "pobj") and any(w.lower_ in self.words.alternative_marks for w in (prep, prep.head, *self._children(prep))):
                return True
            if current.head.i == current.i:
                return False
            current = current.head
        return False

    def _rather_than(self, verb: Token) -> bool:
        """A verb "rather than" opens, or joined after it to one ("rather than expel the envoy or
        cut ties", "chose to talk rather than attack the town or shell it"): the act not chosen."""
        current = verb
        while True:
            if any(c.dep_ == "mark" and self._after_alternative(c) for c in self._children(current)):
                return True
            if current.dep_ != "conj":
                return False
            joints = [c for c in self._children(current.head) if c.dep_ == "cc" and c.i < current.i]
            if joints and self._after_alternative(joints[-1]):
                return True
            current = current.head

    def _after_alternative(self, word: Token) -> bool:
        """The "than" of "rather than"."""
        return word.lower_ == "than" and word.i > 0 and word.doc[word.i - 1].lower_ in self.words.alternative_marks

    def _forced_by_no_one(self, verb: Token) -> bool:
        """A passive of compulsion with no one named as forcing ("were forced to flee their homes",
        "was forced to withdraw through injury"): circumstance, not coercion by a party."""
        if verb.lemma_.lower() not in self.words.compelling_verbs or not any(c.dep_ == "auxpass" for c in self._children(verb)):
            return False
        acts = [c for c in self._children(verb) if c.dep_ == "xcomp"]
        if not acts or acts[0].lemma_.lower() in self.words.coerced_acts:
            return False  # "forced from office", "forced to resign": a party's doing, named or not
        # "forced to flee by the militia": the phrase may hang on the act
        return not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for v in (verb, *acts) for c in self._children(v))

    def _in_a_name(self, token: Token) -> bool:
        """A trigger inside the name of an organisation, a work, a law or a product ("Amnesty
        International", "the film Attack of the Drones", crates marked "Charge Demolition")."""
        return token.ent_type_ in self.words.name_entity_types

    def _to_be_ended(self, token: Token) -> bool:
        """A noun trigger after "an end to" or "a halt to" ("demanded an end to curfews", "a halt
        to evictions"), or the object of "to end" or "to stop" ("fought to end the occupation"): a
        state or a practice to stop, no act told (an "of" names one that took
        place: "the close of the summit")."""
        if token.pos_ != "NOUN":
            return False
        if token.dep_ == "dobj" and is_to_infinitive(first_conjunct(token.head)):  # "fought to end the occupation", "to disarm them and end the raids"
            return token.head.lemma_.lower() in self.words.ending_nouns
        if token.dep_ != "pobj" or token.head.lower_ != "to":
            return False
        return token.head.head.lemma_.lower() in self.words.ending_nouns

    def _foretold(self, token: Token) -> bool:
        """A noun trigger that a copula in the future names ("it will be her third visit to
        Lima"): an act to come, not one done."""
        if token.pos_ != "NOUN" or token.dep_ != "attr" or token.head.lemma_ != "be":
            return False
        return any(c.dep_ == "aux" and c.lower_ in self.words.future_auxiliaries for c in self._children(token.head))

    def _pending(self, verb: Token) -> bool:
        """A clause in the present tense that "before", "until" or "once" opens: an act still
        to come ("will study it before a response is released"; "before it was released" told one)."""
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in self.words.pending_marks for c in self._children(verb)):
            return False
        return in_present(verb)

    def _coming(self, token: Token) -> bool:
        """A noun after "ahead of", "in advance of" or "on the eve of" ("detained ahead of the
        planned rallies"): an event still to come when the news happened, no act told."""
        return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in self.words.coming_frames

    def _war_as_setting(self, token: Token) -> bool:
        """A war after a preposition of time or scene ("suspended after the 2008 war", "fled
        during the civil war", "served in the Gulf War"): the background of something else, no
        fighting told."""
        return token.lemma_.lower() in self.words.setting_war_nouns and token.dep_ == "pobj" and token.head.lower_ in self.words.setting_prepositions

    def _next_to_come(self, token: Token) -> bool:
        """A noun trigger that is the next of its kind in a clause in the future or the present
        ("will raise it at the next meeting", "the next round of talks is set for May"): an act
        still to come ("at the next meeting they voted" told one)."""
        if token.pos_ != "NOUN":
            return False
        whole = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token  # "the next round of talks"
        if not any(c.dep_ == "amod" and c.lower_ in self.words.next_words for c in whole.children):
            return False
        verb = clause_verb(token)
        return in_present(verb) or any(c.dep_ == "aux" and c.lower_ in self.words.future_auxiliaries for c in verb.children)

    def _aim(self, verb: Token) -> bool:
        """A to-infinitive of winning another party's goodwill ("cut fares to appease the
        ministry", however the parser hangs it): an aim, not a deed."""
        return verb.dep_ in CLAUSE_DEPS and verb.lemma_.lower() in self.words.aim_verbs and is_to_infinitive(verb)

    def _founding_purpose(self, verb: Token) -> bool:
        """A to-infinitive of a body's founding in the passive or its participle ("was founded to
        fight for farmers' rights", "a unit set up to investigate"): what the body is for, no deed."""
        founded = verb.head
        if verb.dep_ not in ("advcl", "xcomp") or not is_to_infinitive(verb) or founded.lemma_.lower() not in self.words.founding_verbs:
            return False
        if founded.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in self._children(founded)):
            return False  # "is set to attack" is future, "set up" a founding
        return founded.tag_ == "VBN" and (founded.dep_ == "acl" or any(c.dep_ == "auxpass" for c in self._children(founded)))

    def _nothing_done(self, verb: Token) -> bool:
        """A verb whose object "no" makes no act done ("made no apologies", "gave no warning"), whose
        occasion it makes never ("at no stage did the union ask"), or a to-infinitive "nothing" takes
        ("has nothing to apologise for")."""
        if verb.pos_ != "VERB":
            return False
        if verb.dep_ in ("acl", "relcl") and verb.head.lower_ in self.words.nothing_words and is_to_infinitive(verb):
            return True
        occasions = [o for o in self._pobjs_of(verb, OCCASION_PREPOSITIONS) if o.lemma_.lower() in self.words.occasion_nouns]
        nothing = [c for c in self._children(verb) if c.dep_ == "dobj"] + occasions
        return any(d.dep_ == "det" and d.lower_ in self.words.none_determiners for c in nothing for d in self._children(c))

    def _anyone(self, verb: Token) -> bool:
        """A verb whose subject or "by" agent is anyone at all ("laws broken by any person", "anyone
        caught will be fined"): a rule or a warning, no one's act."""
        doers = [c for c in self._children(verb) if c.dep_ in NOUN_SUBJECT_DEPS] + self._pobjs_of(verb, BY, "agent")
        return any(d.left_edge.lower_ in self.words.anyone_words for d in doers)

    def _caught_class(self, verb: Token) -> bool:
        """A passive with a modal that foretells the fate of a class of whoever is caught or found
        doing something ("shoppers caught stealing will be prosecuted", "those found working would
        be deported"): a rule or a warning. The parser hangs the participle on the subject, or takes
        it for the subject's own verb, or for a verb the trigger is joined to."""
        if not any(c.dep_ == "auxpass" for c in self._children(verb)) or not any(
            c.dep_ == "aux" and c.lower_ in self.words.foretelling_modals for c in self._children(verb)
        ):
            return False
        subjects = [c for c in self._children(verb) if c.dep_ == "nsubjpass"]
        caught = [c for c in self._children(verb) if c.dep_ == "csubjpass"] + [c for s in subjects for c in self._children(s) if c.dep_ in ("acl", "amod")]
        if verb.dep_ in ("conj", "ccomp"):
            caught.append(verb.head)
        return any(
            c.lemma_.lower() in self.words.catching_participles and self._a_class(next((s for s in self._children(c) if s.dep_ == "nsubj"), c.head))
            for c in caught
        )

    def _a_class(self, noun: Token) -> bool:
        """A bare plural ("shoppers") or what "those" opens: people of a kind, none in particular."""
        return noun.left_edge.lower_ in self.words.class_pronouns or _bare_plural(noun) and not any(c.dep_ == "nummod" for c in self._children(noun))

    def _banned(self, token: Token) -> bool:
        """A noun trigger (or the first of a list) after "on" that a noun of a prohibition takes ("a
        ban on protests and rallies", "a moratorium on evictions"): a kind of act forbidden, none told."""
        owner = _governor_through(token, "on")
        return owner is not None and owner.pos_ == "NOUN" and owner.lemma_.lower() in self.words.banning_nouns

    def _asked_much(self, verb: Token) -> bool:
        """"Asking" a quantity of someone ("asking a lot of our nurses", "asked too much of them"):
        effort demanded, no request made."""
        if verb.lemma_.lower() != "ask":
            return False
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.words.asking_quantities and any(p.dep_ == "prep" and p.lower_ == "of" for p in (*self._children(c), *self._children(verb)))
            for c in self._children(verb)
        )

    def _doer_acted_on(self, token: Token) -> bool:
        """A noun naming people by a deed ("bombers") as the object of another act or of a
        preposition but "by" ("hunt down the bombers", "the arrest of gunmen"): people named, no
        deed told."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.words.doer_nouns:
            return False
        noun = first_conjunct(token)
        return noun.dep_ in OBJECT_DEPS or noun.dep_ == "pobj" and noun.head.lower_ not in BY

    def _label(self, token: Token) -> bool:
        """A past participle describing a person by what is said of them ("a clerk accused of
        theft", "a woman suspected of fraud"): a label, no accusation told."""
        return token.tag_ == "VBN" and token.dep_ == "acl" and token.lemma_.lower() in self.words.label_participles

    def _as_described(self, verb: Token) -> bool:
        """A past participle "as" opens, with no subject or agent of its own ("listed as threatened",
        "classified as endangered", "as promised"): what something is called, no act told ("as
        requested by the governor" tells who asked)."""
        children = self._children(verb)
        return verb.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children) and not any(c.dep_ in NOUN_SUBJECT_DEPS or c.dep_ == "agent" for c in children)

    def _visitor(self, token: Token) -> bool:
        """A present participle describing people by where they were ("soldiers visiting a market",
        "a couple visiting from Ireland"): who they were, no visit told."""
        return token.tag_ == "VBG" and token.dep_ == "acl" and token.lemma_.lower() in self.words.visitor_participles

    def _class_described(self, token: Token, verb: Token) -> bool:
        """A participle or to-infinitive describing a class of people or bodies, a plural noun, by
        the fighting they take part in or a record they set over kinds of things ("jihadists
        fighting in Syria", "is one of the few states to sign global pacts"): who
        they are, no one deed told ("a man fighting with police" is one, and so is "the earliest
        aide to help the inquiry")."""
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return verb.head.tag_ in ("NNS", "NNPS") and verb.lemma_.lower() in self.words.fighting_participles
        if not is_to_infinitive(verb):
            return False
        objects = [token] if token is not verb else [c for c in self._children(verb) if c.dep_ == "dobj"]
        if not objects or not all(o.dep_ == "dobj" and _bare_plural(o) and not any(c.dep_ == "nummod" for c in o.children) for o in objects):
            return False
        described = self._described_class(verb)
        return described is not None and described.tag_ in ("NNS", "NNPS") and any(
            c.dep_ == "amod" and c.lower_ in self.words.record_modifiers for c in self._children(described)
        )

    def _described_class(self, verb: Token) -> Token | None:
        """The noun a to-infinitive describes: its head ("the first states to sign"), or what the
        copula it hangs on predicates, through "one of" ("is one of the few states to sign")."""
        if verb.dep_ == "acl":
            return verb.head
        if verb.dep_ not in ("advcl", "xcomp") or verb.head.lemma_ != "be":
            return None
        predicate = next((c for c in self._children(verb.head) if c.dep_ == "attr"), None)
        if predicate is not None and predicate.lower_ == "one":
            return next(iter(self._pobjs_of(predicate, OF)), None)
        return predicate

    def _generic_object(self, token: Token) -> bool:
        """A bare deed noun that a verb in the simple present takes, out of the headline ("the drug
        causes paranoia and aggression", "the group condemns violence"): a kind of act, no deed told."""
        noun = first_conjunct(token)
        if token.pos_ != "NOUN" or noun.dep_ != "dobj" or token.sent.start == 0:
            return False
        verb = noun.head
        if verb.tag_ not in PRESENT_SIMPLE or any(c.dep_ in ("aux", "auxpass") for c in self._children(verb)):
            return False
        return not any(c.dep_ in ("det", "poss", "nummod") for w in (token, noun) for c in self._children(w))

    def _stance(self, token: Token) -> bool:
        """A past participle describing people by the stance they hold ("a family opposed to the
        dam"; spaCy may tag it as a past tense, or take it for a clause's verb with no auxiliary):
        who they are, no statement told ("the family is opposed to", "remained committed to" tell it)."""
        if token.lemma_.lower() not in self.words.stance_participles:
            return False
        if token.dep_ == "acl":
            return token.tag_ in ("VBN", "VBD")
        return token.tag_ == "VBN" and token.dep_ not in PREDICATE_DEPS and not any(c.dep_ in ("aux", "auxpass") for c in self._children(token))

    def _naming(self, verb: Token) -> bool:
        """A verb of naming with a name or a description after its object ("in what he called a
        bruising race", "called the officer a liar", "called the officials incompetent"): a name
        or a comment, no appeal made and no telephone call."""
        if verb.lemma_.lower() not in self.words.naming_verbs:
            return False
        children = self._children(verb)
        return any(c.dep_ == "oprd" for c in children) and any(c.dep_ == "dobj" for c in children)

    def _title(self, token: Token) -> bool:
        """A participle that makes a title with the noun before it ("Counsel Assisting the
        inquiry"): a post, no act."""
        if token.tag_ != "VBG" or token.dep_ != "acl" or token.head.i != token.i - 1:
            return False
        return token.head.lemma_.lower() in self.words.title_participles.get(token.lemma_.lower(), ())

    def _mishap(self, verb: Token) -> bool:
        """Harm with no one doing it in a clause where an accident happens or a force of nature
        acts ("nine were hurt and two pinned down when a grandstand gave way and collapsed",
        "killed when a cyclone struck": the clause may hang on a conjunct), or told as what such an
        accident did ("the plane crashed into the sea, killing all on board"; not where something
        was crashed on purpose: "crashed a truck into the gate, killing ten"), or joined to a vehicle
        striking someone ("was hit by a bus and killed"). Harm a hazard does as
        the subject, or in a phrase, is the patterns' ("a crash killed the pilot", "hurt in floods")."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words.harm_verbs:
            return False
        if any(c.dep_ in ("nsubj", "agent") and not _counted_victims(verb, c) for c in self._children(verb)):
            return False
        if verb.dep_ == "advcl" and (self._ran_into(verb.head) or self._accident(verb.head) and not any(c.dep_ == "dobj" for c in self._children(verb.head))):
            return True
        if verb.dep_ in ("advcl", "conj") and verb.head.lemma_.lower() in self.words.harm_verbs and self._hazard_phrase(verb.head):
            return True  # "two died while four were injured, after landslides": the phrase hangs on the first harm
        if verb.dep_ == "conj" and self._vehicle_struck(verb.head):
            return True  # "knocked down by a bus and hurt"
        return any(c.dep_ == "advcl" and self._accident(c) for v in (verb, *verb.conjuncts) for c in self._children(v))

    def _wrought_by_hazard(self, token: Token) -> bool:
        """Harm a force of nature brings about: the object of a verb of causing, or a word in an
        "of" phrase of it, or harm with such a participle whose "by" phrase names the force ("the
        quake caused widespread destruction", "the tornado left a trail of destruction", "the
        destruction caused by the cyclone"): no party acts."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.words.wrought_harm_nouns:
            return False
        held = token
        while held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.pos_ == "NOUN":
            held = held.head.head  # "a trail of destruction"
        wrought = held.dep_ == "dobj" and held.head.lemma_.lower() in self.words.wreaking_verbs
        doers = syntax.subjects(held.head) if wrought else []
        doers += [d for c in self._children(token) if c.dep_ == "acl" and c.lemma_.lower() in self.words.wreaking_verbs for d in self._pobjs_of(c, BY, "agent")]
        return any(d.lemma_.lower() in self.words.hazard_nouns for d in doers)

    def _vehicle_struck(self, verb: Token) -> bool:
        """A verb of striking whose subject or "by" agent is a vehicle ("a truck struck her", "hit by
        a car"): a road accident."""
        if verb.lemma_.lower() not in self.words.striking_verbs:
            return False
        doers = [c for c in self._children(verb) if c.dep_ == "nsubj"] + self._pobjs_of(verb, BY, "agent")
        return any(d.lemma_.lower() in self.words.vehicle_nouns for d in doers)

    def _ran_into(self, verb: Token) -> bool:
        """A vehicle or its driver striking a thing by the road ("his car hit a pole", "the driver
        lost control and hit a tree"): a road accident."""
        if verb.lemma_.lower() not in self.words.striking_verbs:
            return False
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in self.words.struck_things for c in self._children(verb)):
            return False
        return any(s.lemma_.lower() in self.words.vehicle_nouns | self.words.road_users for s in syntax.subjects(verb))

    def _hazard_phrase(self, verb: Token) -> bool:
        """A preposition's object that names a hazard ("died after landslides", "drowned in floods")."""
        return any(o.lemma_.lower() in self.words.hazard_nouns for o in self._pobjs_of(verb, self.words.hazard_prepositions))

    def _accident(self, clause: Token) -> bool:
        """A clause where an accident happens ("the grandstand collapsed") or a hazard acts ("a
        storm struck the valley", "his car hit a tree")."""
        if clause.lemma_.lower() in self.words.mishap_verbs or self._vehicle_struck(clause):
            return True
        if clause.pos_ == "NOUN" and any(c.dep_ == "acl" and c.lemma_.lower() in self.words.mishap_verbs for c in self._children(clause)):
            return True  # "killed when her car overturned": the parser took the verb for a participle of its subject
        if self._ran_into(clause):
            return True
        return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in self.words.hazard_nouns for c in self._children(clause))

    def _weighed_subject(self, verb: Token) -> bool:
        """An act that is the subject of a verb with a modal ("overturning the rule would require a
        review", "to attack the port could start a war"), or what that verb says it would do
        ("selling both in one shop would encourage their use"): weighed, not done."""
        if verb.dep_ == "csubj":
            verb = verb.head
        elif not any(c.dep_ == "csubj" for c in self._children(verb)):
            return False
        return any(c.dep_ == "aux" and c.lower_ in self.words.weighing_modals for c in self._children(verb))

    def _negated_frame(self, verb: Token) -> bool:
        """A to-infinitive of a negated verb or adjective ("did not try to flee", "were not prepared
        to negotiate", the negation on the copula), or a verb joined to it: an act not done, unless the word keeps it ("did
        not hesitate to fire") or "not only" leads on ("not only agreed to withdraw")."""
        verb = first_conjunct(verb)  # "is not working to dismantle the camps and to arrest the smugglers"
        if verb.dep_ != "xcomp" or not is_to_infinitive(verb) or verb.head.lemma_.lower() in self.words.negation_kept_heads:
            return False
        frame = verb.head
        holders = (frame, frame.head) if frame.dep_ == "acomp" else (frame,)
        negations = [c for holder in holders for c in self._children(holder) if c.dep_ == "neg"]
        return any(n.nbor().lower_ != "only" for n in negations if n.i + 1 < len(n.doc))

    def _not_yet(self, verb: Token) -> bool:
        """A to-infinitive after "be" or "have" with "yet" or "still" ("are still to be
        investigated", "has yet to respond"): an act still to come."""
        if verb.dep_ != "xcomp" or not is_to_infinitive(verb) or verb.head.lemma_ not in ("be", "have"):
            return False
        return any(c.dep_ == "advmod" and c.lower_ in self.words.not_yet_adverbs for c in (*self._children(verb.head), *self._children(verb)))

    def _doubted(self, verb: Token) -> bool:
        """A clause with a modal under a negated verb of opinion ("We don't think she should step
        down", "do not imagine he will be offered bail"): doubted, neither done nor demanded."""
        opinion = self._opinion_over(verb)
        if opinion is None:
            return False
        modals = self.words.counterfactual_modals | self.words.future_auxiliaries
        has_modal = any(c.dep_ == "aux" and c.lower_ in modals for c in self._children(verb))
        return has_modal and any(c.dep_ == "neg" for c in self._children(opinion))

    def _foretold_of_others(self, verb: Token) -> bool:
        """A clause with a modal of the future or of possibility under a verb of opinion, whose
        subject is not the one who holds it ("I think the police will arrest him"): foretold, not
        done; what one says one will do ("we believe we will win") stays."""
        opinion = self._opinion_over(verb)
        if opinion is None or not any(c.dep_ == "aux" and c.lower_ in self.words.foretelling_modals for c in self._children(verb)):
            return False
        doers = [c for c in self._children(verb) if c.dep_ in NOUN_SUBJECT_DEPS]
        holders = [c for c in self._children(opinion) if c.dep_ in NOUN_SUBJECT_DEPS]
        return bool(doers) and bool(holders) and not _same_party(doers[0], holders[0])

    def _opinion_over(self, verb: Token) -> Token | None:
        """The verb of opinion whose that-clause `verb` heads ("I think *the police will arrest*"), else None."""
        opinion = verb.head
        return opinion if verb.dep_ == "ccomp" and opinion.lemma_.lower() in self.words.doubting_verbs else None

    def _reporters_question(self, verb: Token) -> bool:
        """A question verb's participle heading a clause with no subject, asker or act asked for
        ("Asked about the loss, the minister said", "When asked about it, ..."): a question put to
        the speaker, no request ("Asked by Peru to leave, ..." is one)."""
        if verb.lemma_.lower() not in self.words.question_verbs or verb.tag_ != "VBN" or verb.dep_ != "advcl":
            return False
        return not any(c.dep_ in NOUN_SUBJECT_DEPS or c.dep_ in ("auxpass", "agent", "xcomp", "ccomp") for c in self._children(verb))

    def _degree_complement(self, verb: Token) -> bool:
        """A to-infinitive telling what a degree allows: its head is "enough" or a word "enough"
        or "too" grades ("enough poison to kill a village", "strong enough to topple the wall",
        "too weak to lift it"): a measure, no deed told."""
        if not is_to_infinitive(verb) or verb.dep_ not in ("xcomp", "acl", "advcl"):
            return False
        head = verb.head
        return head.lower_ in self.words.degree_words or any(c.lower_ in self.words.degree_words and c.dep_ in ("amod", "advmod") for c in self._children(head))

    def _game_result(self, verb: Token) -> bool:
        """A verb of winning a game with a name for a side (its object, its passive's subject or
        agent) and a score, or a verb framing one ("the Hawks beat Salem 70-61", "were beaten by
        Drayton, 3 - 1", "helped Leeds beat Hull 2-0"): a sports result, no assault ("defeated the
        bill 52-47" is a vote)."""
        framed = [c for c in self._children(verb) if c.dep_ in FRAMED_CLAUSE_DEPS]
        for winning in (verb, *framed):
            if winning.lemma_.lower() not in self.words.victory_verbs:
                continue
            sides = [c for c in self._children(winning) if c.dep_ in SIDE_DEPS] + self._pobjs_of(winning, BY, dep="agent")
            if any(self._named(side) for side in sides) and any(_score(word) for holder in (winning, *sides) for word in self._children(holder)):
                return True
        return False

    def _named(self, side: Token) -> bool:
        """A side named as a team is: a proper noun, or a noun a proper one precedes ("Ulinzi Stars")."""
        return side.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in self._children(side))


def _governor_through(token: Token, preposition: str) -> Token | None:
    """The word a noun trigger, or the first of a list it is in, hangs on through `preposition`
    ("a ban *on* rallies and marches": ban); None where it is no such object."""
    noun = first_conjunct(token)
    if token.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != preposition:
        return None
    return noun.head.head


def _counted_victims(participle: Token, subject: Token) -> bool:
    """A number as the subject of a past participle joined to another verb: the victims of a passive
    whose auxiliary the text leaves out ("eight were killed and 30 injured"), no doer."""
    return subject.dep_ == "nsubj" and subject.tag_ == "CD" and participle.tag_ == "VBN" and participle.dep_ == "conj"


def _score(word: Token) -> bool:
    """A game's score: two numbers joined by a dash ("91-73", "65 - 53")."""
    if SCORE.fullmatch(word.text):
        return True
    if not word.like_num or word.i + 2 >= len(word.doc):
        return False
    dash, second = word.nbor(1), word.nbor(2)
    return dash.text in SCORE_DASHES and second.like_num


def _set_dated(verb: Token) -> bool:
    """A verb that a set of times dates through a word it governs, or one of that word's ("meets
    every Tuesday", "raid the market twice a week", "hold protests annually")."""
    sets = {t["id"] for t in docdata.data(verb.doc, "times") if t["type"] == "SET"}
    if not sets:
        return False
    return any(docdata.at(t, "times") in sets for c in verb.children for t in (c, *c.children))


def _in_hyphenated_modifier(token: Token) -> bool:
    """A noun hyphened onto the adjective or participle it modifies ("the war-ravaged economy",
    "riot-hit towns"): a description of a thing, not an act told."""
    doc, i = token.doc, token.i
    if token.pos_ != "NOUN" or token.head.i != i + 2 or doc[i + 1].text != "-" or token.whitespace_ or doc[i + 1].whitespace_:
        return False
    return token.head.tag_ in ("JJ", "VBN", "VBG")


def _mandated(verb: Token) -> bool:
    """A that-clause's verb bare or in the present with no auxiliary: the mood of what is required
    ("insisted that the union accept"), not of what was done ("insisted the rebels attacked")."""
    return verb.dep_ == "ccomp" and verb.pos_ == "VERB" and verb.tag_ in MANDATED_TAGS and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _for_clause(verb: Token) -> bool:
    """A to-infinitive that "for" and its own subject open ("for the rebels to disarm")."""
    return verb.dep_ in ("advcl", "acl", "relcl") and is_to_infinitive(verb) and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _predicate_copula(token: Token) -> Token:
    """The copula a noun is the predicate of, also through "an act of" ("could have been an act of
    arson"); the token itself otherwise."""
    noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    return noun.head if noun.dep_ == "attr" and noun.head.lemma_ == "be" else token


def _same_party(one: Token, other: Token) -> bool:
    """Two subjects that are one party by their words: the same word, or both the speaker's side
    ("I" and "we")."""
    first_person = ("i", "we")
    return one.lower_ == other.lower_ or one.lower_ in first_person and other.lower_ in first_person


def _no_matter(verb: Token) -> bool:
    """A clause that "no matter" leaves open ("no matter how many he killed"): no deed told."""
    return verb.head.lower_ == "matter" and any(c.lower_ == "no" for c in verb.head.children)



def _bare_plural(noun: Token) -> bool:
    """A plural noun with no determiner or possessor: a class ("burglars"), not a body ("the staff")."""
    return noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss") for c in noun.children)


def _time_anchor(token: Token) -> bool:
    """A noun trigger after "since" that a dated modifier names ("the first visit since the
    March 5 riots", "since their 1990 war"): a past event that dates another, not a deed told."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "since":
        return False
    return any(t.ent_type_ in ("DATE", "EVENT") and t.like_num for t in token.subtree if t.i < token.i)


def _generic_goal(verb: Token) -> bool:
    """A purpose infinitive whose object is a bare plural, no one in particular ("sent troops to
    hunt down smugglers"): a goal, not a deed; "to examine claims of bribery" names what it acts on."""
    if verb.dep_ != "advcl" or not is_to_infinitive(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod", "amod", "prep") for c in o.children) for o in objects
    )


def _left_to(verb: Token) -> bool:
    """An infinitive after "have" and a reflexive ("has only itself to blame"): an idiom, no act."""
    if verb.dep_ not in ("xcomp", "relcl", "acl", "advcl") or verb.head.lemma_ != "have":
        return False
    return any(is_reflexive(c) for c in (*verb.children, *verb.head.children) if c.dep_ in ("dobj", "nsubj"))


def _imperative(verb: Token) -> bool:
    """A base-form verb heading its sentence (or joined to one that does) with no subject and no
    auxiliary but "do" ("Don't ignore it"), or heading a quotation a speaker says (': "Do not
    ignore it."'): an instruction ("call toll free", "call or visit the office"), not a report; so
    is a passive with a bare "get" or "be" ("and get shot")."""
    children = tuple(verb.children)
    if any(c.dep_ in NOUN_SUBJECT_DEPS or c.dep_ == "expl" or c.dep_ == "aux" and c.lemma_.lower() != "do" for c in children):
        return False
    passives = [c for c in children if c.dep_ == "auxpass"]
    if not (verb.tag_ == "VB" and not passives or verb.tag_ == "VBN" and passives and all(c.tag_ == "VB" for c in passives)):
        return False
    if verb.dep_ == "ccomp":  # the opening mark may hang on the speech verb instead
        start = verb.left_edge.i
        return verb.doc[start].is_quote or start > 0 and verb.doc[start - 1].is_quote
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.i != verb.i and _imperative(verb.head)


def _bare_verb(word: str) -> str:
    """A verb without the third person's "-s" a headline gives it ("weighs", "mulls")."""
    return word[:-1] if word.endswith("s") else word
