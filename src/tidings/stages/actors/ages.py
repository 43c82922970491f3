"""Ages as descriptions: "the 43-year-old" is the person the text gave that age before ("Jan
Smit, 43, was charged"; "a 43-year-old farmer, Jan Smit"), else the person named last in the
sentence before; read with the role nouns (pass 3). A role noun given an age ("a 28-year-old man")
is an actor even where the noun alone is none, placed as a bare role noun is."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.model import ActorKind
from tidings.stages.actors.reading import Draft, Reading

_YEAR = "year"
_OLD = "old"
_DEFINITE = "the"
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})  # "old" standing as a noun
AGE_REACH = 600  # tokens back an age description looks for the age given (some 20 sentences of news; linear time)


def aged_person(reading: Reading, year: Token) -> tuple[Draft, int, int] | None:
    """The person "the <N>-year-old" (`year` its "year") stands for, and the description's
    tokens [start, end): the nearest person named before with that age."""
    age = _age(year)
    old = year.head
    if age is None or old.dep_ not in _NOMINAL_DEPS:
        return None
    determiner = next((c for c in old.children if c.dep_ == "det" and c.i < year.i), None)
    if determiner is None or determiner.lower_ != _DEFINITE:
        return None
    for token in reversed(reading.doc[max(0, determiner.i - AGE_REACH) : determiner.i]):
        if token.text == age.text and (person := _given_the_age(reading, token)) is not None:
            return person, determiner.i, old.i + 1
    person = _last_person(reading, determiner.i)
    return (person, determiner.i, old.i + 1) if person is not None else None


def given_an_age(noun: Token) -> bool:
    """The noun is given an age ("a 28-year-old man"): one person, an actor even where the noun
    alone is none."""
    return any(c.lower_ == _OLD and c.dep_ == "amod" and any(_age(y) is not None for y in c.children) for c in noun.children)


def _last_person(reading: Reading, before: int) -> Draft | None:
    """Where no one was given the age, the person named last in the sentence before ("... fighter
    David Hicks. The 27-year-old is ..."; not one of its own sentence: "the coroner, X, said the
    15-year-old ..." is someone else)."""
    start = reading.sentence_start[before]
    if start == 0:
        return None
    previous = reading.sentence_start[start - 1]
    return next((p for i in range(start - 1, previous - 1, -1) if (p := _person(reading, reading.doc[i])) is not None), None)


def _age(year: Token) -> Token | None:
    """The number of "<N>-year-old", from its "year"."""
    if year.lower_ != _YEAR or year.head.lower_ != _OLD or year.head.i <= year.i:
        return None
    return next((c for c in year.children if c.dep_ == "nummod" and c.like_num), None)


def _given_the_age(reading: Reading, number: Token) -> Draft | None:
    """The person an age is given to: "X, 43," (the number beside the name) or "a 43-year-old
    man, X" (the name beside the noun the age qualifies)."""
    if number.dep_ == "appos":
        return _person(reading, number.head)
    year = number.head
    age = _age(year)
    if age is None or age.i != number.i or year.head.dep_ != "amod":
        return None
    noun = year.head.head
    if noun.dep_ == "appos":
        return _person(reading, noun.head)
    return next((p for c in noun.children if c.dep_ == "appos" and (p := _person(reading, c)) is not None), None)


def _person(reading: Reading, token: Token) -> Draft | None:
    draft = reading.owner.get(token.i)
    return draft if draft is not None and draft.kind is ActorKind.PERSON else None
