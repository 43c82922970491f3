"""Arguments one event takes from another: a definite noun that names an event told before ("the
meeting" after "Putin met Kim"; "rejected the offer" after "offered talks", by the noun's lemma
group) takes its parties, and so does a nominal event set beside a clause of the same QuadClass
("troops captured the town after days of fighting"); an event that judges another ("Ukraine
condemned the attack", "alleged that X ordered the raid") targets the judged event's source; a protest done to get something
("marched to demand that the minister resign", "protests calling for the removal of X", "in a
bid to force X to") targets whom its purpose targets; a participle after a noun is done by the noun's agent ("issued a
statement demanding"); an act of force done to a bare number goes on from the event its clause
hangs on ("fired on protesters, killing two and arresting 12": protesters).

Each looks at a bounded number of events, so a document costs time in proportion to its length."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from tidings import docdata, syntax
from tidings.knowledge.arguments import ArgumentWords
from tidings.knowledge.patterns import Pattern
from tidings.knowledge.trigger_groups import trigger_group
from tidings.stages.events.coding import Triggers

if TYPE_CHECKING:
    from tidings.stages.events.arguments import Arguments

_LOOKBACK = 30  # earlier events a definite noun looks at for the one it names
_PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
_OBJECT_DEPS = frozenset({"dobj", "attr"})
_GOING_ON_DEPS = frozenset({"advcl", "conj"})  # "fired on X, killing two and arresting 12"


class References:
    """The references between the events of one document (made by its `Arguments`)."""

    def __init__(self, arguments: Arguments, words: ArgumentWords, triggers: Triggers, doc: Doc) -> None:
        self.arguments = arguments
        self.words = words
        self.triggers = triggers
        self._positions = list(triggers.found)  # in text order
        self._sentence_starts = [sentence.start for sentence in doc.sents]
        self._counting: set[int] = set()  # verbs whose counted targets are being looked for

    def told_before(self, token: Token, code: str) -> tuple[list[str], list[str]]:
        """The parties of the event a definite noun trigger names: the nearest earlier event of
        the same CAMEO root, within a few sentences, whose own clause names any."""
        return self._before(token, lambda pattern, _: pattern.cameo[:2] == code[:2])

    def named_before(self, noun: Token) -> tuple[list[str], list[str]]:
        """The parties of the event a definite noun that is no trigger names: the nearest earlier
        event whose trigger is a word of the noun's lemma group ("the opposition rejected the call",
        after "the president called for"), within a few sentences, whose own clause names any; a
        noun of what was said ("those claims"), the nearest earlier statement but the verb it hangs on."""
        lemma = noun.lemma_.lower()
        group = trigger_group(lemma).name
        said = lemma in self.words.said_nouns

        def names(pattern: Pattern, earlier: Token) -> bool:
            if trigger_group(earlier.lemma_.lower()).name == group:
                return True
            return said and earlier.i != noun.head.i and self.words.comment(pattern.cameo)

        return self._before(noun, names)

    def _before(self, token: Token, same: Callable[[Pattern, Token], bool]) -> tuple[list[str], list[str]]:
        """The parties of the nearest earlier event for which `same` holds (of its pattern and its
        trigger), within a few sentences before a definite noun (a determiner or a possessive
        pronoun makes it one)."""
        if not any(c.dep_ == "det" and c.lower_ in self.words.definite_determiners or c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
            return [], []  # "the meeting", "his arrest"; not "a meeting"
        first_sentence = self._sentence(token.i) - self.words.reference_sentences
        index = bisect_left(self._positions, token.i)
        for position in reversed(self._positions[max(0, index - _LOOKBACK) : index]):
            if self._sentence(position) < first_sentence:
                break
            earlier, pattern = self.triggers.found[position]
            if not same(pattern, earlier):
                continue
            sources, targets = self.arguments.own(earlier)
            if sources or targets:
                return sources, targets
        return [], []

    def beside(self, token: Token, code: str) -> tuple[list[str], list[str]]:
        """The parties of the clause a nominal event is set beside ("after days of fighting"), if
        that clause's event is of the same QuadClass."""
        prep = token.head
        if token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "pobj":  # "after five days *of* fighting"
            prep = prep.head.head
        if token.dep_ != "pobj" or prep.lower_ not in self.words.accompanying_preps or prep.head.i == prep.i:
            return [], []
        host = self.triggers.found.get(prep.head.i)
        if host is None or self.arguments.codes[host[1].cameo].quad_class != self.arguments.codes[code].quad_class:
            return [], []
        return self.arguments.own(host[0])

    def judged(self, anchor: Token, sources: list[str]) -> tuple[list[str], list[str]]:
        """The sources of the event a judging event is about, and those that event is done to
        (who are no addressee of the judging: "condemned the arrest of X by police": the police,
        not X): its object, the object of a
        preposition that says what it judges ("condemned the attack", "complained over the raids",
        "denounced as a crime Serbia's crackdown"), or the clause it says it of ("alleged that the
        raid was ordered by X", "complained that X had broken the truce": X); an event coded under
        another word, or a noun that is no event, by its own phrase ("prevented the rally staged by
        students") or the event told before that it names."""
        heads = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
        heads += syntax.pobjs(c for c in anchor.children if c.dep_ == "prep" and c.lower_ in self.words.judged_preps)
        heads += [c for h in heads for c in h.children if c.dep_ == "appos"]
        heads += [c for c in anchor.children if c.dep_ == "ccomp"]
        for head in heads:
            judged_targets: list[str] = []
            if head.i in self.triggers.found:
                judged_sources, judged_targets = self.arguments.own(head)
                if not judged_sources and self.triggers.found[head.i][1].kind == "noun":
                    judged_sources, judged_targets = self.told_before(head, self.triggers.found[head.i][1].cameo)
            elif head.pos_ == "NOUN":
                judged_sources = self.arguments.noun_sources(head) or self.named_before(head)[0]
            elif head.dep_ == "ccomp":  # its events' agents ("the raid was carried out by X"), else its subject
                carried = [s for c in head.children if c.i in self.triggers.found for s in self.arguments.own(c)[0]]
                judged_sources = carried or self.arguments.actors_of(syntax.subjects(head))
            else:
                continue
            found = [s for s in judged_sources if s not in sources]
            if found:
                return found, judged_targets
        return [], []

    def purpose(self, anchor: Token, sources: list[str], kind: Callable[[str], bool] | None = None) -> list[str]:
        """The targets of the clause saying what an event was done for ("to demand ...", "a
        rally calling for ..."); with `kind`, only of a clause that is an event whose code is of it."""
        for clause in self._purposes(anchor):
            if clause.pos_ != "VERB":
                continue
            if kind is not None and not (clause.i in self.triggers.found and kind(self.triggers.found[clause.i][1].cameo)):
                continue
            if clause.i in self.triggers.found:
                _, targets = self.arguments.own(clause)
            else:
                targets = self.arguments.first_actors([c for c in clause.children if c.dep_ in ("dobj", "dative")], sources)
            found = [t for t in targets if t not in sources]
            if found:
                return found
        return []

    def _purposes(self, anchor: Token) -> list[Token]:
        """The clauses saying what an event was done for: its own ("marched to demand", "a rally
        calling for"), or the infinitive of a noun of purpose in its phrase or its object's ("in a
        bid to force X", "as part of a campaign to")."""
        own = [c for c in anchor.children if c.dep_ in _PURPOSE_DEPS or c.dep_ == "acl" and c.tag_ == "VBG"]
        phrases = [anchor, *(c for c in anchor.children if c.dep_ == "dobj")]
        nouns = syntax.pobjs(c for h in phrases for c in h.children if c.dep_ == "prep")
        nouns += syntax.pobjs(c for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of")  # "as part of a campaign"
        meant = [c for n in nouns if n.lemma_.lower() in self.words.purpose_nouns for c in n.children if c.dep_ == "acl" and syntax.is_to_infinitive(c)]
        return own + meant

    def counted(self, verb: Token, sources: list[str]) -> list[str]:
        """The targets of the event a clause of force with a bare number for its object goes on
        from ("police fired on protesters, killing two and arresting 12": the protesters), up a
        few clauses."""
        if verb.i in self._counting:  # asked again through the events it goes on from: none
            return []
        self._counting.add(verb.i)
        try:
            current = verb
            for _ in range(syntax.MAX_HOPS):
                if current.dep_ not in _GOING_ON_DEPS or current.head.i == current.i:
                    return []
                current = current.head
                for event in self._events_at(current):
                    if _counts_its_own(event):  # "wounding one man and detaining 30": not the man
                        continue
                    found = [t for t in self.arguments.own(event)[1] if t not in sources]
                    if found:
                        return found
                found = self.purpose(current, sources, self.words.forceful)  # "opened fire to disperse protesters, killing two"
                if found:
                    return found
            return []
        finally:
            self._counting.discard(verb.i)

    def _events_at(self, verb: Token) -> list[Token]:
        """The trigger a verb is, and the nominal ones it carries ("opened fire")."""
        carried = [verb.doc[i] for i, carrier in self.triggers.carriers.items() if carrier.i == verb.i]
        return ([verb] if verb.i in self.triggers.found else []) + carried

    def participle_sources(self, noun: Token) -> list[str]:
        """A participle after a noun is done by what the noun names ("demonstrators demanding"),
        or by the agent of the event the noun is ("a rally calling for", "issued a statement
        demanding")."""
        if noun.i in self.triggers.found:
            return self.arguments.own(noun)[0]
        named = self.arguments.actors_of([noun]) if docdata.at(noun, "actors") is not None else []
        if named or noun.dep_ not in _OBJECT_DEPS:
            return named
        return self.arguments.actors_of(syntax.subjects(noun.head))  # "released a statement calling for"

    def _sentence(self, i: int) -> int:
        return bisect_left(self._sentence_starts, i + 1) - 1


def _counts_its_own(event: Token) -> bool:
    """The event is done to a count of people of its own ("wounding one man"), whom a bare number
    after it ("and detaining 30") does not stand for."""
    return any(c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children) for c in event.children)
