"""A place as the party acted on: an event that names no target but happens in a place ("imposed
a curfew in Tunis", "opened a consulate in Hanoi", "shelled positions in Nablus") takes the
place's country as its target, as CAMEO's dictionaries code a place name as its country (TABARI
and PETRARCH code "Kabul" AFG). Not for statements (01), nor for consultations other than a visit
(04): "said in Paris" and "talks in Geneva" say where, not to whom.

The place's own actor where the actors stage read it as a coded one ("Sudan", "Ankara"), else a
mention of its country's actor at the place's spans in the event's sentence (elsewhere the place
stays a place), the actor made where the article has none."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tidings import docdata
from tidings.knowledge.countries import countries
from tidings.model import Actor, ActorKind, Span

_PLACE_CLASSES = frozenset({"P", "A", "L"})  # populated places, countries and regions, areas ("the West Bank")
_SAYING_ROOTS = frozenset({"01", "04"})
_VISITS = ("042",)  # "arrived in Amman on a visit": the host is the target
_PATIENT_DEPS = frozenset({"nsubjpass", "dobj", "dative"})
_OF = "of"


class PlacesAsParties:
    """The actors places stand for as targets, in one Doc (make one per Doc; `store` at the end)."""

    def __init__(self, doc: Doc, person_nouns: frozenset[str]) -> None:
        self.doc = doc
        self.person_nouns = person_nouns
        self._places = {place["id"]: place for place in docdata.data(doc, "places")}
        self._actors: list[Actor] | None = None  # read, and extended, once a place stands for one
        self._coded: set[str] | None = None  # ids of the actors with a CAMEO code, read once
        self.changed = False

    def target(self, place_id: str | None, cameo: str, sources: list[str], token: Token, carrier: Token | None) -> list[str]:
        """The target the event's place stands for, where a coded party acts: none where the place
        is one of the sources, or where the event has a patient of its own that is no actor ("a
        woman was killed in Queens", "shot three people in Detroit", "the shooting of a clerk in Toledo")."""
        if place_id is None or cameo[:2] in _SAYING_ROOTS and not cameo.startswith(_VISITS):
            return []
        if self._coded is None:
            self._coded = {a["id"] for a in docdata.data(self.doc, "actors") if a.get("cameo")}
        if self._coded.isdisjoint(sources):  # "a bomb exploded at a bank in Oregon": no party acts
            return []
        anchors = {token, carrier or token, token.head if token.dep_ == "conj" else token}  # "was shot and killed"
        children = [c for anchor in anchors for c in anchor.children]
        if any(self._person_patient(c) for c in children) or any(_noun_patient(c) for c in children if c.head.i == token.i):
            return []
        place = self._places.get(place_id)
        if place is None or place["feature_class"] not in _PLACE_CLASSES or not place["country"]:
            return []
        actor = self._actor_for(place, token.sent)
        return [actor] if actor is not None and actor not in sources else []

    def _person_patient(self, token: Token) -> bool:
        """The token is a passive subject or an object naming people ("a woman", "them", "X")."""
        if token.dep_ not in _PATIENT_DEPS:
            return False
        return token.ent_type_ == "PERSON" or token.pos_ == "PRON" or token.lemma_.lower() in self.person_nouns

    def store(self) -> None:
        """Put the actors back on the Doc where a place became a mention of one."""
        if self.changed and self._actors is not None:
            docdata.put(self.doc, "actors", self._actors)

    def _actor_for(self, place: dict, sentence: SpacySpan) -> str | None:
        for start, end in place["spans"]:
            token = self.doc.char_span(start, end, alignment_mode="expand")
            if token is not None and (actor := docdata.at(token.root, "actors")) in self._coded:
                return actor  # "Sudan", "Ankara" (a name read as no coded actor is the place's country)
        country = countries().by_iso3.get(place["country"])
        here = [s for s in self._place_spans(place) if sentence.start_char <= s.start < sentence.end_char]
        if country is None or not here:
            return None
        if self._actors is None:
            self._actors = docdata.get(self.doc, "actors")
        canonical = f"iso3:{country.iso3}"
        actor = next((a for a in self._actors if a.canonical_id == canonical), None)
        if actor is None:
            actor = Actor(
                id=f"a{len(self._actors) + 1}", spans=[], canonical_id=canonical, name=country.name,
                kind=ActorKind.COUNTRY, cameo=country.cameo, country=country.iso3, known=True,
            )
            self._actors.append(actor)
        known = {(s.start, s.end) for s in actor.spans}
        actor.spans.extend(s for s in here if (s.start, s.end) not in known)  # the place as a party here only
        actor.spans.sort(key=lambda s: s.start)
        self.changed = True
        return actor.id

    def _place_spans(self, place: dict) -> list[Span]:
        text = docdata.text(self.doc)
        return [Span(start=s, end=e, text=text[s:e]) for s, e in place["spans"]]


def _noun_patient(prep: Token) -> bool:
    """The "of" phrase of a nominal event names a common noun or a person, who undergoes it ("the
    shooting of a store clerk in Toledo", "the murder of his wife"), not the place's country."""
    if prep.dep_ != "prep" or prep.lower_ != _OF:
        return False
    return any(o.dep_ == "pobj" and (o.pos_ in ("NOUN", "PRON") or o.ent_type_ == "PERSON") for o in prep.children)
