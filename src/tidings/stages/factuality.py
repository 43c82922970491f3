"""Factuality (`tidings_factuality`): how sure the article is that each event happens, and whose
claim it is.

Labels follow MEANTIME/NewsReader (certainty, polarity, time). The rules label a predicate from
cue words that scope over it on the dependency parse: its own auxiliaries, negators, adverbs and
subordinator, and the words governing it up the chain ("refused to condemn", "is expected to
visit", "the planned merger"), and a date it is given, after or before the article's. The cue
words are data (`knowledge/factuality.py`). A small learned model (`knowledge/factuality_model.py`)
then weighs the parse's features together with the rules' labels, and labels the predicates
where the rules found no cue, when it is sure enough. Who claims it: the quote it stands in,
else the speaker of its clause (tidings.syntax's one rule).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from tidings import docdata, syntax
from tidings.component import Component
from tidings.knowledge.factuality import Cue, factuality_cues
from tidings.knowledge.factuality_model import FactualityModel, factuality_model
from tidings.knowledge.speech import speech_cues
from tidings.model import Certainty, EventTime, Factuality, Polarity, Span
from tidings.stages.factuality_features import CUE_FEATURE, GOVERNORS, Sentences, predicate_features

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
# Prepositions whose act completes the verb they hang on: "accused Russia of shelling", "aimed at ending".
COMPLEMENT_PREPOSITIONS = frozenset({"of", "at"})
# Links through which a governor's own modality (future, uncertainty, hypotheticality) reaches it.
INHERIT_DEPS = frozenset({"xcomp", "acl", "advcl", "pcomp", "nsubjpass", "attr", "oprd", "acomp"})
# Links of a subject, whose negative determiner or pronoun ("no troops", "nobody") negates its verb.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Links of a nominal argument: it shares its predicate's future, not its modality.
ARGUMENT_DEPS = frozenset({"nsubj"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Subordinators of a time clause, whose present tense speaks of its main clause's time: "will
# resign when the talks end" (English grammar's present for the future in temporal clauses).
TEMPORAL_MARKS = frozenset({"when", "before", "after", "until", "till", "once", "whenever"})
# Links of a nominal predicate to the verb or adjective of its clause, whose subordinator
# ("if", "unless") and predicative adjective ("talks are possible") reach it.
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})
PREDICATIVE_DEPS = frozenset({"acomp", "attr", "oprd"})
PERFECT_AUXILIARIES = frozenset({"have", "'ve"})
# Links where a speaker's phrase ends: the actor it names is not in another clause or conjunct
# ("the envoy, who met Putin, said": not Putin).
SPEAKER_PHRASE_END_DEPS = frozenset({"ccomp", "advcl", "relcl", "csubj", "parataxis", "acl", "conj", "cc"})
# Dependents that can date a predicate: "met Monday", "talks on Friday", "sales next month".
DATE_LINKS = frozenset({"npadvmod", "tmod", "prep"})
CALENDAR_DATE = re.compile(r"\d{4}(?:-\d\d){0,2}")  # a TIMEX3 value's year, month and day
DATED_FUTURE = Cue(time=EventTime.FUTURE)  # dated after the publication day
DATED_PAST = Cue(time=EventTime.NON_FUTURE)  # dated before it
DATED = "<date>"  # the model's cue word for either (the dates themselves are too many to learn)
SUPERLATIVE_TAG = "JJS"
CERTAINTY_ORDER = (Certainty.CERTAIN, Certainty.PROBABLE, Certainty.POSSIBLE, Certainty.UNDERSPECIFIED)


@Language.factory(
    "tidings_factuality",
    requires=["doc._.events", "doc._.quotes", "token._.actor"],
    assigns=["doc._.events"],
    default_config={"max_depth": 4, "learned": True},
)
def make_factuality(nlp: Language, name: str, max_depth: int, learned: bool) -> FactualityComponent:
    return FactualityComponent(name, max_depth, learned)


class FactualityComponent(Component):
    """Labels every event on the Doc from its trigger, names who asserts it, and puts the
    events back. `max_depth`: governors climbed above a predicate for the cues over it;
    `learned`: the model has the last word where it is sure (else the rules alone label)."""

    def __init__(self, name: str, max_depth: int, learned: bool = True) -> None:
        super().__init__(name)
        self.cues = factuality_cues()
        self.max_depth = max_depth
        self.model: FactualityModel | None = factuality_model() if learned else None

    def process(self, doc: Doc) -> None:
        events = docdata.get(doc, "events")
        if not events:
            return
        triggers = _first_tokens(doc, "events")
        positions = {token.i for token in triggers.values()}
        quoted = _first_holders(doc, "quotes", positions)
        named = syntax.Nearest(lambda t: docdata.at(t, "actors") is not None, SPEAKER_PHRASE_END_DEPS)
        labeller = _Labeller(self.cues, self.max_depth)
        for event in events:
            token = triggers.get(event.id)
            if token is None:
                continue
            factuality = self._judge(labeller, _event_predicate(token, positions))
            factuality.attributed_to = quoted.get(token.i) or _claimant(token, named)
            event.factuality = factuality
        docdata.put(doc, "events", events)

    def assess(self, doc: Doc, start: int, end: int) -> Factuality:
        """The factuality of the predicate at characters [start, end) of a parsed `doc` (any
        verb, noun or adjective): its syntactic head's labels."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return Factuality()
        return self._judge(_Labeller(self.cues, self.max_depth), span.root)

    def features(self, doc: Doc, start: int, end: int) -> tuple[list[str], Factuality] | None:
        """The model's features of the predicate at characters [start, end), with the rules'
        labels for it (what training learns from); None where no token is there."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        labeller = _Labeller(self.cues, self.max_depth)
        labels = labeller.labels(span.root)
        rule = labels.factuality()
        return _features(labeller, span.root, labels, rule), rule

    def _judge(self, labeller: _Labeller, predicate: Token) -> Factuality:
        """The rules' labels, each replaced by the model's where the model is sure of it; the
        cue words stay the rules' evidence."""
        labels = labeller.labels(predicate)
        rule = labels.factuality()
        if self.model is None:
            return rule
        return apply_model(self.model, _features(labeller, predicate, labels, rule), rule)


def apply_model(model: FactualityModel, features: list[str], rule: Factuality) -> Factuality:
    """`rule` with each attribute the model knows set to the model's label (the rule's where the
    model is unsure, or has not seen one of the cue words)."""
    if not model.knows(feature[len(CUE_FEATURE) :] for feature in features if feature.startswith(CUE_FEATURE)):
        return rule
    chosen = {
        attribute: classifier.label(features, getattr(rule, attribute).value)
        for attribute, classifier in model.attributes.items()
    }
    return rule.model_copy(
        update={
            "certainty": Certainty(chosen.get("certainty", rule.certainty.value)),
            "polarity": Polarity(chosen.get("polarity", rule.polarity.value)),
            "time": EventTime(chosen.get("time", rule.time.value)),
        }
    )


def _features(labeller: _Labeller, predicate: Token, labels: Labels, rule: Factuality) -> list[str]:
    """The model's features of a predicate, its clause verb's rule labels among them."""
    verb = _clause_verb(predicate)
    verb_rule = labeller.labels(verb).factuality() if verb is not None else None
    cue_words = (DATED if cue is DATED_FUTURE or cue is DATED_PAST else token.lower_ for token, cue in labels.cues)
    return predicate_features(predicate, rule, cue_words, labeller.sentences, verb_rule)


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb above a nominal or adjectival predicate (None for a verb)."""
    current = syntax.clause_verb(token, GOVERNORS)
    return current if current.i != token.i and current.pos_ in ("VERB", "AUX") else None


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
        if self.negations % 2:  # "would stop selling": the act stopped is denied, however sure
            return Polarity.NEG
        return Polarity.UNDERSPECIFIED if self.underspecified_polarity else Polarity.POS

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


class _Labeller:
    """Works out the labels of predicates of one Doc; a governor's labels are worked out once
    however many predicates it governs."""

    def __init__(self, cues: dict[tuple[str, str], Cue], max_depth: int) -> None:
        self.cues = cues
        self.max_depth = max_depth
        self._known: dict[tuple[int, int], Labels] = {}
        self._values: dict[str, str] | None = None  # time id -> TIMEX3 value, read once
        self.sentences = Sentences()  # the model's sentence features, kept for the Doc's other predicates

    def labels(self, token: Token, depth: int = 0) -> Labels:
        """The token's own cues, then its governor's: a complement cue, and the governor's own
        labels where the link passes them down (climbing at most `max_depth` governors)."""
        key = (token.i, depth)
        if key not in self._known:
            self._known[key] = self._work_out(token, depth)
        return self._known[key]

    def _work_out(self, token: Token, depth: int) -> Labels:
        labels = Labels()
        own = self._local(token, labels)
        if depth >= self.max_depth or token.head.i == token.i:
            return labels
        if token.dep_ == "conj":
            if not own:  # shares its head's auxiliaries, negation and governor
                labels.inherit(self.labels(token.head, depth + 1), negation=True)
                return labels
            token = token.head  # its own verb group; the head's subordinator and governor still govern it
            for child in token.children:  # "if prices rise and wages are cut"
                if child.dep_ == "mark":
                    self._apply(labels, "mark", child.lower_, child)
            if token.head.i == token.i:
                return labels
        link, governor = token.dep_, token.head
        if link == "acl" and token.tag_ == "VBN" and governor.pos_ in ("NOUN", "PROPN") and not _that_clause(token):
            return labels  # "the effort, launched in May": a participle describing the noun is no complement of it
        if link == "dobj" and self._supports(governor):
            labels.inherit(self.labels(governor, depth + 1), negation=True)  # "did not hold [talks]"
            return labels
        if _purpose_clause(token):  # "walked out to protest": the purpose of an act done is told as done
            done = _past(governor) and self.labels(governor, depth + 1).polarity is Polarity.POS
            self._apply(labels, "past purpose" if done else "purpose", "to", token)
        charged = False  # an act after "of" or "at" on a verb: "suspected of fighting", "aimed at ending"
        led = _with_adverb(governor)  # "instead of striking": a cue of its own, where the parser may call "of" a conjunction
        if link in ("pobj", "pcomp") and (governor.dep_ == "prep" or ("preposition", led) in self.cues):
            self._apply(labels, "preposition", led if ("preposition", led) in self.cues else governor.lower_, governor)
            if governor.head.i == governor.i:
                return labels
            charged = link == "pcomp" and governor.lower_ in COMPLEMENT_PREPOSITIONS
            hindered = link == "pcomp" and governor.lower_ == "from"
            governor = governor.head
            if hindered and (cue := self.cues.get(("from", governor.lemma_.lower()))) is not None:
                labels.apply(cue, governor)  # "kept the convoy from crossing"
            if charged and governor.dep_ == "dobj" and self._complement_cue(governor)[0] is None:
                governor = governor.head  # spaCy may hang the "of" on the verb's object
        if not own and link in NOMINAL_DEPS:
            self._clause(labels, governor, subject=link in ("nsubj", "nsubjpass"))
        cue, phrase = self._complement_cue(governor)
        if link == "xcomp" and _past(governor):  # "was due to sail": arranged then, not said to have happened
            lemma = governor.lemma_.lower()  # "was forced to resign": done then
            cue = self.cues.get(("arranged", lemma)) or self.cues.get(("compelled", lemma)) or cue
        elif (causer := _infinitive_taker(token)) is not None and _past(causer):  # "caused prices to rise"
            cue = self.cues.get(("compelled", causer.lemma_.lower())) or cue
        # "the possibility of X", "plans for X", "an X plan": X completes the noun (whose own modality stays)
        noun_complement = link in ("pobj", "pcomp", "compound") and governor.pos_ == "NOUN"
        verb_complement = charged and governor.pos_ == "VERB"
        content = link == "relcl" and _content_clause(token)  # spaCy's reading of "a danger he would attack them"
        if cue is not None and link in ("dobj", "nsubjpass") and self._rejected_utterance(token, governor):
            cue = replace(cue, polarity=None)  # "rejected the proposal": what it says is denied, not that it was made
        if cue is not None and (link in COMPLEMENT_DEPS or noun_complement or verb_complement or content or phrase):
            labels.apply(replace(cue, time=None) if own else cue, governor)  # a tensed clause keeps its time
        if link == "xcomp":  # "too ill to stand trial"
            for child in governor.children:
                if child.dep_ == "advmod":
                    self._apply(labels, "degree", child.lower_, child)
        # "reports that troops looted": what the noun says, with the verb that rejects it ("denied reports that ...")
        stated = link in ("acl", "relcl") and governor.pos_ == "NOUN" and _that_clause(token) and _content_clause(token)
        if stated and governor.dep_ in ("dobj", "nsubjpass") and self._rejected_utterance(governor, governor.head):
            rejected, _ = self._complement_cue(governor.head)
            if rejected is not None:
                labels.apply(replace(rejected, time=None), governor.head)
        if (noun_complement or stated) and ("evidence", governor.lemma_.lower()) in self.cues:  # "no sign of fighting"
            labels.inherit(self.labels(governor, depth + 1), negation=True)
        if own:  # a finite clause is anchored by its own tense and modality, but for a time clause's present
            if link == "advcl" and _temporal_present(token):
                labels.inherit_time(self.labels(governor, depth + 1))
            return labels
        if self._ranked_relative(token):  # "will be the first pilot to command": its noun's time only
            labels.inherit_time(self.labels(governor, depth + 1))
        elif link in INHERIT_DEPS:
            # the infinitive completing a noun shares its negation ("no plan to X", "a cancelled order to X")
            completes_noun = link == "acl" and governor.pos_ == "NOUN"
            labels.inherit(self.labels(governor, depth + 1), negation=completes_noun)
        elif link in ARGUMENT_DEPS:
            labels.inherit_time(self.labels(governor, depth + 1))
        return labels

    def _local(self, token: Token, labels: Labels) -> bool:
        """Apply the cues among the token's own dependents; True if it has its own verb group."""
        own = token.tag_ in FINITE_TAGS
        auxiliaries = []
        negated = any(child.dep_ == "neg" for child in token.children)
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:  # "nobody came", "no troops were hurt", "none of them voted"
                word = next((d.lower_ for d in child.children if d.dep_ == "det"), child.lower_)
                self._apply(labels, "subject", word, child)
                continue
            if child.dep_ == "acl" and child.tag_ == "VBN":  # "the ferry delayed by fog": its passive subject
                cue, _ = self._complement_cue(child)
                if cue is not None:
                    labels.apply(cue, child)
                continue
            scope = CHILD_SCOPES.get(child.dep_)
            if scope is None:
                continue
            if scope == "aux":
                if child.lower_ == "to" and self._ranked_relative(token):
                    continue  # "the first pilot to command the fleet": a relative clause, not a future
                auxiliaries.append(child)
                own |= child.tag_ in FINITE_TAGS
                if negated and ("negated", child.lower_) in self.cues:  # "cannot afford": asserted inability
                    scope = "negated"
            negated_word = _with_negator(child)  # "no longer": a cue of its own
            self._apply(labels, scope, negated_word if (scope, negated_word) in self.cues else child.lower_, child)
        if any(a.lower_ in PERFECT_AUXILIARIES for a in auxiliaries):  # "would have gone": it did not
            for auxiliary in auxiliaries:
                self._apply(labels, "perfect", auxiliary.lower_, auxiliary)
        dated = self._date(token)
        if dated is not None:  # the date outranks the tense: MEANTIME's time is relative to the article's date
            labels.apply(*dated)
        inverted = _inverted_auxiliary(token, auxiliaries)
        if inverted is not None:  # "had the dam broken, ...": a condition
            self._apply(labels, "inversion", inverted.lower_, inverted)
        asking = _question_auxiliary(token, auxiliaries)
        if asking is not None:  # "did the army shell the village?"
            self._apply(labels, "question", asking.lower_, asking)
        subjunctive = _subjunctive(token, auxiliaries)
        if subjunctive is not None:  # "demanded that he be sacked": asked for, still to come
            self._apply(labels, "subjunctive", subjunctive.lower_, subjunctive)
        return own

    def _date(self, token: Token) -> tuple[Cue, Token] | None:
        """The cue of a date among the token's dependents that lies wholly after or before the
        publication day, with the date's token (None for none, or a date that overlaps it)."""
        for child in token.children:
            if child.dep_ not in DATE_LINKS:
                continue
            for candidate in (g for g in child.children if g.dep_ == "pobj") if child.dep_ == "prep" else (child,):
                time_id = docdata.at(candidate, "times")
                if time_id is None:
                    continue
                after = _after_publication(self._time_values(token.doc).get(time_id, ""), token.doc._.published)
                if after is not None:
                    return (DATED_FUTURE if after else DATED_PAST), candidate
        return None

    def _time_values(self, doc: Doc) -> dict[str, str]:
        if self._values is None:
            self._values = {time.id: time.value for time in docdata.get(doc, "times") if time.type in ("DATE", "TIME")}
        return self._values

    def _clause(self, labels: Labels, head: Token, subject: bool) -> None:
        """A nominal predicate takes its clause's condition ("if the attack was ...") and, as a
        subject, the adjective said of it ("talks are still possible")."""
        for child in head.children:
            if child.dep_ == "mark":
                self._apply(labels, "clause", child.lower_, child)
            elif subject and child.dep_ in PREDICATIVE_DEPS:
                self._apply(labels, "predicative", child.lower_, child)
        if subject and head.pos_ == "ADJ":  # a headline's "talks possible"
            self._apply(labels, "predicative", head.lower_, head)

    def _complement_cue(self, governor: Token) -> tuple[Cue | None, bool]:
        """The complement cue of a governor: its phrasal verb ("rule out") or the verb and noun of
        an idiom ("close the door to", "have yet to"), with True; else its lemma's, with False."""
        lemma = governor.lemma_.lower()
        particles = [c.lower_ for c in governor.children if c.dep_ == "prt"]
        keys = [f"{lemma} {particle}" for particle in particles]
        keys += [f"{lemma} {c.lemma_.lower()}" for c in governor.children if c.dep_ in ("dobj", "advmod")]
        if governor.pos_ == "NOUN" and governor.dep_ == "dobj":
            keys.append(f"{governor.head.lemma_.lower()} {lemma}")
        for key in keys:
            if (cue := self.cues.get(("complement", key))) is not None:
                return cue, True
        return self.cues.get(("complement", lemma)), False

    def _rejected_utterance(self, noun: Token, verb: Token) -> bool:
        """A noun of something said or put forward, taken by a verb that rejects what someone said
        (a speech cue of negative stance: "denied the charges"; "delayed the report" is no such verb)."""
        speech = speech_cues().get(verb.lemma_.lower())
        return speech is not None and speech.stance == "negative" and ("utterance", noun.lemma_.lower()) in self.cues

    def _ranked_relative(self, verb: Token) -> bool:
        """An infinitive qualifying a noun ranked by an ordinal, "only" or a superlative ("the
        first pilot to command", "the only airline to fly there", "the largest bank to fail", "the
        first to arrive")."""
        if verb.dep_ not in ("relcl", "acl") or not syntax.is_to_infinitive(verb):
            return False
        noun = verb.head
        rankers = [noun, *(c for c in noun.children if c.dep_ in ("amod", "advmod"))]
        return any(r.tag_ == SUPERLATIVE_TAG or ("ranking", r.lower_) in self.cues for r in rankers)

    def _supports(self, verb: Token) -> bool:
        """A support verb without a particle ("hold talks", not "take on costs")."""
        if verb.pos_ != "VERB" or ("support", verb.lemma_.lower()) not in self.cues:
            return False
        return not any(child.dep_ == "prt" for child in verb.children)

    def _apply(self, labels: Labels, scope: str, word: str, token: Token) -> None:
        cue = self.cues.get((scope, word))
        if cue is not None:
            labels.apply(cue, token)


def _purpose_clause(token: Token) -> bool:
    """An infinitive saying what something is done for: "sent to protect", "in order to protect"."""
    if not syntax.is_to_infinitive(token):
        return False
    head = token.head
    return token.dep_ == "advcl" or (token.dep_ == "acl" and head.lower_ == "order" and head.head.lower_ == "in")


def _content_clause(verb: Token) -> bool:
    """A clause the parser hung on a noun as relative that has no gap: no relative word, and its
    subject and object both there ("a danger he would attack them", "a risk rates will be raised"), so
    it says what the noun is about ("the risk he took" lacks its object)."""
    children = list(verb.children)
    if any(c.tag_ in syntax.RELATIVE_TAGS and c.dep_ != "mark" for c in children):
        return False
    if any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in children):
        return False  # "the danger they spoke of"
    deps = {c.dep_ for c in children}
    return "nsubjpass" in deps or ("nsubj" in deps and "dobj" in deps)


def _infinitive_taker(verb: Token) -> Token | None:
    """The verb whose object's act an infinitive names where spaCy reads it as a clause of its own
    ("caused prices to rise") or as describing the object ("forced the ferry to return"); else None."""
    if not syntax.is_to_infinitive(verb):
        return None
    if verb.dep_ == "ccomp":
        return verb.head
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        return verb.head.head
    return None


def _that_clause(verb: Token) -> bool:
    """A clause opened by the conjunction "that" ("claims that the vote was rigged")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _temporal_present(verb: Token) -> bool:
    """A present-tense verb of a time clause ("when the talks end", "before it is signed")."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_MARKS for c in verb.children) and syntax.in_present(verb)


def _with_negator(word: Token) -> str:
    """A word with the negator it governs, as one cue ("no longer"); else the word."""
    negators = [child.lower_ for child in word.children if child.dep_ == "neg"]
    return f"{negators[0]} {word.lower_}" if negators else word.lower_


def _with_adverb(preposition: Token) -> str:
    """A preposition with the adverb that leads it, as one phrase ("instead of", "rather than");
    else the preposition."""
    adverbs = [child.lower_ for child in preposition.children if child.dep_ == "advmod" and child.i < preposition.i]
    return f"{adverbs[0]} {preposition.lower_}" if adverbs else preposition.lower_


def _inverted_auxiliary(token: Token, auxiliaries: list[Token]) -> Token | None:
    """The auxiliary before the subject of an adverbial clause ("had the dam broken")."""
    if token.dep_ != "advcl" or not auxiliaries:
        return None
    subjects = [c.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    first = min(auxiliaries, key=lambda a: a.i)
    return first if subjects and first.i < min(subjects) else None


def _question_auxiliary(token: Token, auxiliaries: list[Token]) -> Token | None:
    """The auxiliary opening a yes/no question whose main verb is the token ("will the talks
    resume?"); a question opening with a wh-word ("why did ...") presupposes its act."""
    if token.dep_ != "ROOT" or not auxiliaries:
        return None
    sentence = token.sent
    first = sentence[0]
    return first if first in auxiliaries and sentence[-1].text == "?" else None


def _subjunctive(verb: Token, auxiliaries: list[Token]) -> Token | None:
    """The "that" of a clause in the mandative subjunctive: a subject, and its verb group opening
    with a base form ("that he never be released", "that she resign"); else None."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    first = min([*auxiliaries, verb], key=lambda t: t.i)
    return mark if first.lower_ == "be" or first.tag_ == "VB" else None


def _past(token: Token) -> bool:
    """A verb or predicative adjective in the past tense ("set", "was due", "were"); a participle
    joined to a verb group without auxiliaries of its own takes that group's ("was put on a drip and
    given oxygen")."""
    if token.dep_ == "acomp":  # the adjective's tense is its verb's
        token = token.head
    if token.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
        token = syntax.first_conjunct(token)
    return token.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass", "cop") and c.tag_ == "VBD" for c in token.children)


def _after_publication(value: str, published: str | None) -> bool | None:
    """Whether a TIMEX3 value lies wholly after (True) or before (False) the publication day;
    None where it overlaps it or cannot say (a week, a season, no publication date)."""
    if value == "FUTURE_REF":
        return True
    if value == "PAST_REF":
        return False
    match = CALENDAR_DATE.match(value)
    if match is None or not published:
        return None
    date = match.group(0)
    day = published[: len(date)]
    return None if date == day else date > day


def _weaker(a: Certainty, b: Certainty) -> Certainty:
    return max(a, b, key=CERTAINTY_ORDER.index)


def _event_predicate(token: Token, triggers: set[int]) -> Token:
    """An event named by the object of a verb that is no event itself ("may impose
    sanctions", "declined to ratify the treaty") is as sure as that verb: the verb phrase is
    the event. The object of another event ("refused to condemn the invasion") is not."""
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        verb = token.head
        if verb.pos_ == "VERB" and verb.i not in triggers:
            return verb
    return token


def _claimant(token: Token, named: syntax.Nearest) -> str | None:
    """Id of the actor who says the clause the trigger is in: the speaker, or the actor nearest
    it in its phrase ("a spokesman for Airbus"); None when the writer asserts it."""
    speaker = syntax.clause_speaker(token)
    actor = named(speaker) if speaker is not None else None
    return docdata.at(actor, "actors") if actor is not None else None


def _first_tokens(doc: Doc, kind: str) -> dict[str, Token]:
    """Local id -> the head of the item's first span (an event's trigger)."""
    first: dict[str, Token] = {}
    for span in docdata.spans(doc, kind):
        first.setdefault(span.label_, span.root)
    return first


def _first_holders(doc: Doc, kind: str, positions: set[int]) -> dict[int, str]:
    """Token position (of `positions`) -> the local id of the first item one of whose spans
    holds it. Positions already given an item are skipped (a union-find over the sorted
    positions), so nested or overlapping spans cost no more than their number."""
    ordered = sorted(positions)
    following = list(range(len(ordered) + 1))  # k -> the first position from k not yet given an item

    def first_free(k: int) -> int:
        root = k
        while following[root] != root:
            root = following[root]
        while following[k] != root:
            following[k], k = root, following[k]
        return root

    holders: dict[int, str] = {}
    for span in docdata.spans(doc, kind):
        k = first_free(bisect_left(ordered, span.start))
        while k < len(ordered) and ordered[k] < span.end:
            holders[ordered[k]] = span.label_
            following[k] = k + 1
            k = first_free(k + 1)
    return holders
