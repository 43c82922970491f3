"""Pass 7, after `localize`: a person described as holding a post in a coded body ("X, a
spokeswoman for the Mexican foreign ministry", "X, a spokesman with the state police", "X, chairman
of the Duma's defence committee", "X, head of the Yemeni army", "the head of the Yemeni army, X",
"the Kenyan Red Cross's chief executive, X"), or as speaking for a person with an office ("her
spokesman, X": the governor's), or said to be of it ("X of Deutsche Bank", "X from the DMV") or to
head it ("X, who heads the Y University"), or to be of its staff ("X, a meteorologist with the weather
service") takes the body's code, as CAMEO codes a body's spokesman
or member as the body; so does an uncoded group or organisation described as a part of one ("X,
the armed wing of Hamas")."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.model import ActorKind
from tidings.stages.actors.reading import BODY_KINDS, Draft, Reading

_BODY_PREPS = frozenset({"of", "for", "at", "with", "to"})  # "X, a spokesman with the county health department", "an aide to"
_SPEAKING_FOR_PREPS = frozenset({"for", "to"})  # "a spokesman for Gov. X", "an aide to Sen. X"
_MEMBER_PREPS = frozenset({"of", "at", "from"})  # after a person's name: "X of Deutsche Bank", "X at Boeing", "X from the DMV"
_ASIDE_PREP = "with"  # "X, with Goldman Sachs, said"
_PLACE_OF_WORK_PREP = "at"  # "a professor at <university>", not "a patient at <hospital>": only after a role noun
_STAFF_PREPS = frozenset({"with", _PLACE_OF_WORK_PREP})  # "X, a meteorologist with the weather service"
_BODY_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})  # "the Duma's committee", "the army's"


def read_members(reading: Reading, first_mentions_only: bool = False) -> None:
    """`first_mentions_only`: read each name's first mention alone (after coreference, whose later
    mentions ("bin Laden, the leader of al-Qaeda") may be another's)."""
    kb = reading.kb
    for draft in list(reading.drafts.values()):
        placed = draft.cameo and not draft.cameo.startswith("---") and draft.mentions[0][0] not in reading.guessed
        if draft.known or placed:
            continue  # coded by a title with its country; one placed by `localize` yields to its body
        if draft.kind is ActorKind.PERSON:
            words = kb.body_posts | kb.body_parts
        elif draft.kind in BODY_KINDS:
            words = kb.body_parts
        else:
            continue
        for start, end in draft.mentions[:1] if first_mentions_only else draft.mentions:
            root = reading.doc[start:end].root
            body = _body_of_post(reading, root, words) or (_body_after_name(reading, root) or _body_headed(reading, root) or _body_staffed(reading, root) if draft.kind is ActorKind.PERSON else None)
            if body is not None:
                draft.cameo, draft.country = body.cameo, body.country
                break


def _body_of_post(reading: Reading, head: Token, words: frozenset[str]) -> Draft | None:
    """The coded body the post (or part, among `words`) in apposition to a name is in ("X, a
    spokesman for <body>", "the spokesman for <body>, X", "X, the armed wing of <body>")."""
    posts = [head] + [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])  # the mention may hold its post
    titles = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]  # "Qantas spokesman X"
    for post in (p for p in posts + titles if p.lower_ in words):
        # "the society's chief executive, X"; a body the parse set beside the post ("the secretary of the X Union, Y")
        owners = [c for c in post.children if c.dep_ == "poss" or c.dep_ == "appos" and c.i != head.i]
        # the body's name before a title ("ACTU secretary X", "the Airbus president, X"), not a role noun ("press secretary X")
        owners.extend(c for c in post.children if c.dep_ == "compound" and c.i < post.i and _named_body(reading, c))
        if post in titles and post.i > 0 and _named_body(reading, reading.doc[post.i - 1]):
            owners.append(reading.doc[post.i - 1])  # the body's name right before a title, however parsed ("Department of Motor Vehicles spokeswoman X")
        # "the treasurer and legal chief of <body>, X": the last of the posts says whose they are
        for prep in (c for p in (post, *(c for c in post.children if c.dep_ == "conj")) for c in p.children if c.dep_ == "prep" and c.lower_ in _BODY_PREPS):
            owners.extend(c for c in prep.children if c.dep_ == "pobj")
        for noun in owners:
            for token in [noun, *(c for c in noun.children if c.dep_ in _BODY_MODIFIER_DEPS)]:
                body = reading.owner.get(token.i)
                if body is not None and body.cameo and not body.cameo.startswith("---") and _speaks_for(reading, post, token, body):
                    return body
    return None


def _body_staffed(reading: Reading, name: Token) -> Draft | None:
    """The coded organisation or group that a noun of a calling in apposition to a person's name
    works with ("X, a meteorologist with the weather service", "an economist with the IMF"), or at,
    for a role noun ("X, a professor at <university>"): CAMEO codes a body's staff as the body. Not
    one who is merely at a body ("a patient at the hospital"), nor a role of private people or of
    workers (`outsider_role_types`: "a customer at the bank"; an employee's deeds are not the firm's)."""
    nouns = [c for c in name.children if c.dep_ == "appos"] + ([name.head] if name.dep_ == "appos" else [])
    for noun in (n for n in nouns if n.pos_ == "NOUN"):
        role, _ = reading.role_at(noun)
        if role is not None and role.type in reading.kb.outsider_role_types:
            continue
        preps = _STAFF_PREPS if role is not None else _STAFF_PREPS - {_PLACE_OF_WORK_PREP}
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                body = reading.owner.get(obj.i)
                if body is not None and body.kind in BODY_KINDS and body.cameo and not body.cameo.startswith("---") and not _of_private_people(reading, body):
                    return body
    return None


def _of_private_people(reading: Reading, body: Draft) -> bool:
    """A group of private people or workers ("a nurse with two children": no body she works for)."""
    return body.cameo[3:6] in reading.kb.outsider_role_types


def _speaks_for(reading: Reading, post: Token, owner: Token, body: Draft) -> bool:
    """The post is held in the body, or, where the body is a person with a coded role, speaks for
    them as that person's ("her spokesman, X", "X, a spokesman for Gov. Y", "an aide to Sen. Y": their code;
    not a private person's)."""
    if body.kind is not ActorKind.PERSON:
        return True
    owned = owner.dep_ == "poss" or owner.dep_ == "pobj" and owner.head.lower_ in _SPEAKING_FOR_PREPS
    return owned and post.lower_ in reading.kb.speaking_posts and len(body.cameo) > 3


def _body_after_name(reading: Reading, name: Token) -> Draft | None:
    """The coded body a person's name is said to be of ("said X of Deutsche Bank", "X from the
    DMV", "X, with Goldman Sachs, said"; "with" only set off by a comma: "met X with Boeing
    officials" is no member; a town after "from" is no body; "X of Toronto police", which the parse
    reads as the town with X a modifier of "police", is of the police)."""
    for prep in (c for c in name.children if c.dep_ == "prep" and c.i > name.i):
        if prep.lower_ in _MEMBER_PREPS or prep.lower_ == _ASIDE_PREP and reading.doc[prep.i - 1].text == ",":
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                body = reading.owner.get(noun.i)
                if body is not None and body.kind in BODY_KINDS and body.cameo and not body.cameo.startswith("---"):
                    return body
                if noun.i + 1 == name.head.i and name.dep_ in _NAME_ON_BODY_DEPS:  # "X of Toronto police said": the parse hangs X on "police"
                    body = reading.owner.get(name.head.i)
                    if body is not None and body.kind in BODY_KINDS and body.cameo and not body.cameo.startswith("---"):
                        return body
    return None


def _body_headed(reading: Reading, name: Token) -> Draft | None:
    """The coded body a person's name is said to head or to have founded, in a relative clause
    ("X, who heads the King Carlos University", "X, who founded the charity Y")."""
    for clause in (c for c in name.children if c.dep_ == "relcl" and c.lemma_.lower() in reading.kb.body_heading_verbs):
        for noun in (c for c in clause.children if c.dep_ == "dobj"):
            for token in [noun, *(c for c in noun.children if c.dep_ == "appos")]:
                body = reading.owner.get(token.i)
                if body is not None and body.kind is not ActorKind.PERSON and body.cameo and not body.cameo.startswith("---"):
                    return body
    return None


def _named_body(reading: Reading, token: Token) -> bool:
    """The token stands in the name of an organisation or an institution ("*Qantas* spokesman",
    "White *House* spokesman")."""
    body = reading.owner.get(token.i)
    return body is not None and body.kind in BODY_KINDS and token.i in reading.ent_of


_NAME_ON_BODY_DEPS = frozenset({"nmod", "compound"})  # a name the parse made a modifier of the body after its place
