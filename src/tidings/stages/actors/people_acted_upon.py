"""Pass 4c: people a common noun describes, as a party to an act. "Police arrested two teenagers",
"she was harassed by volunteers", "made an appeal to his colleagues": the people the act is done to,
by or addressed to are an actor (CVL, or the type a role noun gives: "MLAs" LEG), placed as a bare
role noun is (pass 7), as CAMEO codes a count of people as civilians. Only where the phrase singles
them out (a count, a determiner or a possessive, or as a passive's agent): "to protect children"
speaks of children in general, but "told lawmakers" of those addressed. A noun in subject position
is left alone ("people say"), unless a number counts the people ("1,500 staff will walk out"), an
age makes one person ("a 12-year-old boy tried to ...", as `ages` makes a role noun), or an
indefinite article brings one in as the doer of a clause told as done ("a shopper punched a guard";
not "a driver can appeal", nor "a woman said", whose words are no one's in CAMEO's terms). A role noun
for one person ("judge", "reporter") is such a party too, with its role's type, where a number or
an indefinite article brings the people in ("shot a judge", "detained two reporters"). Each phrase
is an actor of its own ("a man stabbed a man": two), which a later "they", or "he" for one person,
may stand for. A noun a participle of naming gives an actor's name ("a woman named Rita Vance", "a man
identified as Carl Dunn") is a mention of that actor instead."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tidings import docdata, syntax
from tidings.knowledge.coreference import CoreferenceWords
from tidings.stages.actors.ages import given_an_age
from tidings.stages.actors.reading import BODY_KINDS, Draft, Reading

_CIVILIAN = "CVL"
_OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass"})
_ADDRESSEE_PREPS = frozenset({"to", "on", "upon", "at"})  # "said to MLAs", "called on colleagues", "fired at the crowd"
_AGENT_DEP = "agent"
_SINGLING_DEPS = frozenset({"nummod", "poss", "det"})  # "two teenagers", "her colleagues", "the volunteers"
_GENERIC_DETERMINERS = frozenset({"any", "no", "all", "every", "each", "some", "such", "what", "which", "whatever"})
_CLASS_DETERMINERS = frozenset({"those", "these"})  # with a relative clause: "those people who ...", a class
_INDEFINITE_ARTICLES = frozenset({"a", "an"})
_PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})  # "has shot", "was driving"
_ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
_BODY_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})  # "NYPD officers": the body before the noun
_NAME_DEPS = frozenset({"oprd", "attr", "dobj"})  # the name a participle of naming gives ("named Rita Vance")
_NAMING_PARTICIPLE_DEPS = frozenset({"acl", "advcl"})  # "a man identified as X"; "arrested a man, identified as X" (on the verb)


def read_people_acted_upon(reading: Reading, words: CoreferenceWords) -> None:
    for token in syntax.with_pos(reading.doc, ("NOUN",)):
        lemma = token.lemma_.lower()
        if not reading.free(token.i, token.i + 1):
            continue
        if (named := _named(token, reading, words)) is not None:  # "a woman named Rita Vance": Rita Vance
            reading.mention(named, token.i, token.i + 1)
            continue
        if lemma in words.party_nouns or token.lower_ in words.party_nouns:
            party = _agent(token) or _acted_upon(token) and (_singled_out(token) or _addressed(token, words.addressing_verbs))
            if not (party or given_an_age(token) or _counted(token) or _one_who_did(token) and not syntax.is_speech_verb(token.head) or _named_household(token, words)):  # "a 12-year-old boy": one person, wherever he stands
                continue
        elif lemma not in words.person_roles or reading.role_at(token)[0] is None or not ((_agent(token) or _acted_upon(token)) and _introduced(token) or _one_who_did(token)):
            continue  # a role noun with no type of its own ("spokesman") is no civilian
        if _of_a_body(token, reading):
            continue
        role = reading.role_at(token)[0]
        role_type = role.type if role is not None else _CIVILIAN
        group = reading.group("---" + role_type, token.text)  # its own, not the role's group: "a man stabbed a man"
        reading.mention(replace(group, canonical_id=f"{group.canonical_id}@{token.idx}", singled_out=True), token.i, token.i + 1)


def _named(token: Token, reading: Reading, words: CoreferenceWords) -> Draft | None:
    """The actor a participle of naming after the noun gives it the name of ("a woman named Rita
    Vance", "a man identified as Carl Dunn"), also one set off by a comma after an object, which
    the parser hangs on the verb ("arrested a drug dealer, identified as Omar Haddad")."""
    for participle in [*token.children, *_set_off_after(token)]:
        if participle.dep_ not in _NAMING_PARTICIPLE_DEPS or participle.tag_ != "VBN" or participle.lemma_.lower() not in words.naming_verbs:
            continue
        names = [c for c in participle.children if c.dep_ in _NAME_DEPS] + syntax.pobjs(c for c in participle.children if c.dep_ == "prep" and c.lower_ in words.naming_preps)
        found = next((draft for n in names if (draft := reading.owner.get(n.i)) is not None), None)
        if found is not None:
            return found
    return None


def _set_off_after(token: Token) -> list[Token]:
    """Adverbial clauses of the verb a noun is the object of that follow the noun after a comma."""
    if token.dep_ not in _OBJECT_DEPS:
        return []
    return [c for c in token.head.children if c.dep_ == "advcl" and c.i == token.right_edge.i + 2 and c.nbor(-1).lower_ == ","]


def _agent(token: Token) -> bool:
    """The noun is a passive's "by" agent ("harassed by volunteers")."""
    return token.dep_ == "pobj" and token.head.dep_ == _AGENT_DEP


def _acted_upon(token: Token) -> bool:
    """The object of a verb, a passive's subject, one a past participle after it describes ("a driver
    killed in a raid"), or whom a verb or its object is addressed or aimed at ("said to MLAs", "an
    appeal to his colleagues", "opened fire on the crowd"), itself or listed after one ("shot a guard
    and a judge")."""
    token = syntax.first_conjunct(token)
    if _described_by_a_past_participle(token) and not (token.dep_ == "nsubj" and syntax.is_speech_verb(token.head)):
        return True  # "a driver killed in a raid"; not "the man known as X says" (no one's words)
    if token.dep_ in _OBJECT_DEPS:
        return token.head.pos_ in ("VERB", "AUX")
    if token.dep_ != "pobj" or token.head.lower_ not in _ADDRESSEE_PREPS:
        return False
    host = token.head.head
    return host.pos_ == "VERB" or host.dep_ == "dobj" and host.head.pos_ == "VERB"


def _described_by_a_past_participle(token: Token) -> bool:
    """A past participle without an object follows the noun, telling what was done to it ("a driver
    killed in a raid", "an unarmed teen shot by police")."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and not any(g.dep_ in _OBJECT_DEPS for g in c.children) for c in token.children)


def _singled_out(token: Token) -> bool:
    """A count, a possessive or a determiner picks the people out ("two teenagers", "1,500 staff",
    "her colleagues", "a man"); not "any", "all" or "such", nor "those" a relative clause
    describes ("those people who earn a living by the gun": a class)."""
    children = list(token.children)
    if any(c.dep_ == "relcl" for c in children) and any(c.lower_ in _CLASS_DETERMINERS for c in children):
        return False
    return any(c.dep_ in _SINGLING_DEPS and c.lower_ not in _GENERIC_DETERMINERS or c.dep_ == "amod" and c.like_num for c in children)


def _addressed(token: Token, verbs: frozenset[str]) -> bool:
    """The people are whom a statement or an appeal is made to ("told lawmakers", "urged motorists to"): the
    object of an addressing verb, not a name written with a capital ("told People": the magazine)."""
    return token.dep_ in _ADDRESSEE_DEPS and token.head.lemma_.lower() in verbs and not token.is_title


def _of_a_body(token: Token, reading: Reading) -> bool:
    """The people's phrase names a coded body they belong to ("colleagues in the Quebec
    assembly", "staff of the ministry", "two NYPD officers"), which stands for them as an argument's
    phrase does; not a country ("two men in France" are civilians, not France)."""
    named = syntax.pobjs(c for c in token.children if c.dep_ == "prep") + [c for c in token.children if c.dep_ in _BODY_MODIFIER_DEPS]
    return any((draft := reading.owner.get(o.i)) is not None and draft.cameo and draft.kind in BODY_KINDS for o in named)


def _introduced(token: Token) -> bool:
    """An indefinite article or a number brings new people in ("shot a judge", "detained two
    reporters"); "the judge" or "his lawyer" is someone told of before, whom coreference finds."""
    return _counted(token) or any(c.dep_ == "det" and c.lower_ in _INDEFINITE_ARTICLES for c in token.children)


def _one_who_did(token: Token) -> bool:
    """One person an indefinite article brings in as the subject of a clause told as done ("a man
    robbed a bank", "a guard has shot a thief"); not one of a clause in the present or with a modal
    ("a driver can appeal", "a man needs help"), which may speak of anyone, nor "a few" people."""
    verb = token.head
    if token.dep_ != "nsubj" or "Number=Plur" in token.morph or not any(c.dep_ == "det" and c.lower_ in _INDEFINITE_ARTICLES for c in token.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in syntax.AUXILIARY_DEPS]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return verb.tag_ == "VBD" or verb.tag_ in _PARTICIPLE_TAGS and bool(auxiliaries)


def _named_household(token: Token, words: CoreferenceWords) -> bool:
    """A household its surname names ("the Miller family"), not a place's ("Dallas families")."""
    if token.lemma_.lower() not in words.household_nouns or "Number=Plur" in token.morph:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and docdata.at(c, "places") is None for c in token.children)


def _counted(token: Token) -> bool:
    """A number counts the people, wherever the noun stands ("1,500 staff will walk out", "two men
    robbed a bank")."""
    return any(c.dep_ == "nummod" and c.like_num for c in token.children)
