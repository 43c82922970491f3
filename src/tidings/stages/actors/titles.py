"""Titles: what the words around a person's name say about them ("Russian Foreign Minister X",
"President X of Chile", "X, a Ukrainian minister", "U.N. mediator X")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan, Token

from tidings.knowledge.actors import Organisation, Role
from tidings.knowledge.countries import Country
from tidings.stages.actors.reading import POSSESSIVE_MARKS, Draft, Reading

_PREFIX_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_PORTFOLIO_PREPOSITION = "for"  # "Minister for Rehabilitation X": the portfolio after the office


@dataclass
class Person:
    """A PERSON entity with what its title says."""

    ent: SpacySpan
    start: int  # token index where the mention starts (title included)
    country: Country | None
    role: Role | None
    body: Organisation | None = None  # an international organisation the title names ("U.N. mediator")

    @property
    def titled(self) -> bool:
        """The title names a country or an office ("Russian ...", "President ...")."""
        return self.country is not None or (self.role is not None and bool(self.role.offices))


def titled_person(reading: Reading, ent: SpacySpan, max_title_tokens: int) -> Person:
    """The person with the title words just before the name, if they say a role or a country
    (the mention then starts at the first of them), or a country after it ("of Chile"); the
    title may stand before the name as the noun it is set beside ("The farm minister, X, said")."""
    doc, kb = reading.doc, reading.kb
    start, country, role, body, post = ent.start, None, None, None, False
    office_type = None  # what a modifier makes of a government title ("former": ELI, "shadow": OPP)
    plain_title = False  # a title word that names no role passed ("Manager" in "General Manager X")
    sentence_start = own_start = reading.sentence_start[ent.start]
    if sentence_start == ent.start and ent.start > 0 and _abbreviated_title(reading, doc[ent.start - 1]):
        sentence_start = reading.sentence_start[ent.start - 1]  # "police Const. X": the parser ended a sentence at the title's dot
    i = ent.start - 1
    titled_before = i - 1 > sentence_start and doc[i].text == "," and ent.root.dep_ == "appos" and ent.root.head.i == i - 1
    # the noun set beside the name is a title's ("The farm minister, X"), not another name ("Patrolman Y, X")
    titled_before = titled_before and (not doc[i - 1].is_title or reading.role_at(doc[i - 1])[0] is not None)
    if titled_before:
        i -= 1
    while i >= sentence_start and ent.start - i <= max_title_tokens + titled_before:
        token = doc[i]
        office_type = office_type or kb.office_modifiers.get(token.lower_)
        if token.text in POSSESSIVE_MARKS and i > sentence_start or token.i in reading.stances:
            i -= 1  # "anti-Taliban commander X": whom X opposes, not X's body
            continue
        if _before_portfolio(reading, token, ent):
            i -= 1
            continue
        if token.pos_ not in _PREFIX_POS and not _abbreviated_title(reading, token):
            break
        if role is not None and _titles_between(doc, i, start) and doc[start].lower_ in kb.member_role_heads and (named := _named_body_type(reading, token) or _unnamed_body_type(reading, token)):
            role = role.model_copy(update={"type": named, "offices": ()})  # "Manitoba Hydro president X": the utility's
        found, first, _ = reading.country_of(token)
        if found is not None and destination(reading, first):  # "ambassador to France X": the post's place
            i = first - 2
            continue
        if found is not None:
            country, start, i = found, first, first - 1
            continue
        found_role, first = reading.role_at(token) if token.pos_ != "ADJ" else (None, i)
        if i == ent.start - 1 and token.is_title and token.lower_ in kb.name_titles and (found_role is None or _alone(doc, i, sentence_start)):
            found_role = kb.roles.get(kb.name_titles[token.lower_])  # "Justice X", "Officer X" (not "Army Officer X")
        if found_role is not None and found_role.type in kb.rank_types and plain_title:
            found_role = None  # "General Manager X": the rank is part of a title that is no role
        if found_role is not None and not post:
            role = _bearer_role(role, found_role, kb.rank_types)
            start, i = first, first - 1
            continue
        found_body = reading.body_of(token) if country is None else None
        if found_body is not None:
            ent_start = reading.ent_of[token.i].start
            body, start, i = found_body, ent_start, ent_start - 1
            continue
        is_post = _post(token, ent) and token.lower_ not in kb.title_modifiers  # "Senate colleague X": the Senate's
        post = post or is_post  # after a post ("general manager X"), no role: only a body ("U.N. mediator X")
        if not (token.is_title or token.is_upper or token.lower_ in kb.title_modifiers or is_post):
            break
        plain_title = plain_title or token.is_title
        i -= 1
    if office_type and role is not None and role.type == "GOV":  # "former president X": an elite
        role = role.model_copy(update={"type": office_type, "offices": ()})
    if role is not None and country is None:
        country = _country_after(reading, ent)
    return Person(ent=ent, start=max(start, own_start), country=country, role=role, body=body)  # a mention within its sentence


def _abbreviated_title(reading: Reading, token: Token) -> bool:
    """An abbreviated title with its dot ("Const.", "Capt."), which the tagger may take for a
    sentence's end."""
    return token.is_title and token.text.endswith(".") and token.text[:-1].isalpha() and reading.role_at(token)[0] is not None


def _named_body_type(reading: Reading, token: Token) -> str | None:
    """The type the last words of the organisation's name `token` ends give it
    (`organisation_heads.tsv`: "Humane *Society*" NGO, "Manitoba *Hydro*" BUS); not a council
    named after its place, the place's government."""
    ent = reading.ent_of.get(token.i)
    if ent is None or reading.label(ent) != "ORG" or not token.is_title or token.lower_ in reading.kb.place_body_heads:
        return None
    heads = reading.kb.organisation_heads
    endings = (reading.doc[max(ent.start, token.i - n) : token.i + 1].text.lower() for n in (2, 1, 0))
    return next((heads[ending] for ending in endings if ending in heads), None)  # "Fire and Rescue", "Humane Society"


def _unnamed_body_type(reading: Reading, token: Token) -> str | None:
    """The type the two capitalised words ending at `token` give a body the recogniser left out
    of any name (`organisation_heads.tsv`: "Highway *Patrol* Officer X": COP, not a soldier)."""
    doc = reading.doc
    if token.i in reading.ent_of or token.i == 0 or not (token.is_title and doc[token.i - 1].is_title):
        return None
    return reading.kb.organisation_heads.get(doc[token.i - 1 : token.i + 1].text.lower())


def _titles_between(doc: Doc, i: int, start: int) -> bool:
    """Only capitalised title words stand between token i and the role at `start` ("Command
    *Acting Assistant* Commissioner")."""
    return all(t.is_title for t in doc[i + 1 : start])


def _alone(doc: Doc, i: int, sentence_start: int) -> bool:
    """The title word at `i` is the whole title: no capitalised word stands before it."""
    return i == sentence_start or not doc[i - 1].is_title


def _before_portfolio(reading: Reading, token: Token, ent: SpacySpan) -> bool:
    """"for" between a capitalised office and the capitalised portfolio passed before the name
    ("Minister for Rehabilitation X", "Secretary for Home Affairs X")."""
    before = token.i - 1
    return (
        token.lower_ == _PORTFOLIO_PREPOSITION and token.i < ent.start - 1 and before >= reading.sentence_start[token.i]
        and reading.doc[before].is_title and reading.role_at(reading.doc[before])[0] is not None
    )


def destination(reading: Reading, first: int) -> bool:
    """The words from `first` on name a country right after a preposition of destination, the
    place of a post before a name ("ambassador to *France* X"), which is not the person's; the
    preposition qualifies the post, not a verb ("calling for US envoy X": the envoy is American)."""
    doc = reading.doc
    if first <= reading.sentence_start[first]:
        return False
    preposition = doc[first - 1]
    return preposition.lower_ in reading.kb.destination_prepositions and _qualifies_a_post(preposition) and reading.country_of(doc[first])[0] is not None


def _qualifies_a_post(preposition: Token) -> bool:
    """The preposition hangs on a noun before it ("ambassador to"), or the parser hung it on a
    later word of the name it stands in."""
    head = preposition.head
    return head.pos_ in ("NOUN", "PROPN") and (head.i < preposition.i or preposition.dep_ == "prep")


def _bearer_role(nearer: Role | None, farther: Role, rank_types: frozenset[str]) -> Role:
    """The role a title gives: the word nearest the name ("Russian Foreign *Minister*"), but the
    body's own role before a borrowed rank ("*police* Lieutenant": COP, not MIL)."""
    if nearer is None:
        return farther
    if nearer.type in rank_types and farther.type not in rank_types and not farther.offices:
        return farther
    return nearer


def _post(token, ent: SpacySpan) -> bool:
    """A lower-case noun naming the person's post right before the name ("U.N. *mediator* X")."""
    return token.pos_ == "NOUN" and token.dep_ == "compound" and ent.start <= token.head.i < ent.end


def _country_after(reading: Reading, ent: SpacySpan) -> Country | None:
    """The country in "<title> <name> of <country>" ("King Hassan of Morocco")."""
    doc = reading.doc
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of":
        return reading.country_of(doc[ent.end + 1])[0]
    return None


def describe(person: Draft, country: Country | None, role: Role, office_types: frozenset[str]) -> None:
    """An apposition ("X, a Ukrainian minister"; "the French army chief, General X") gives an
    unknown person without a country a country and a code; one that names no country gives a
    person with no code the role if it is an office (`office_types`: "X, the Defence Minister":
    ---GOV, placed by `localize`; "X, a retired farmer" only with the article's country, by
    `place_private_people`), as it does a known person whose recorded offices do not hold on the
    article's date."""
    if person.known and person.cameo is not None:
        return
    if country is not None and (person.cameo is None or person.cameo.startswith("---")):
        person.country = country.iso3
        person.cameo = country.cameo + role.type
    elif country is None and person.cameo is None and role.type in office_types:
        person.cameo = "---" + role.type
    elif country is None and person.cameo is None:
        person.private_role = role.type
