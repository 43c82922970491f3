"""Definite descriptions of actors already mentioned: "the ministry" (a role noun: the nearest
actor named by the same noun, else of the same role), "the group" (the nearest organisation),
"the country" (the nearest country, as a subject or possessor), "the company" (the nearest
organisation that may be a firm, typed BUS if it had no type, or a one-word name read as a
person's: "Swissport said ... The company said"), "the commission" (the nearest
organisation whose name it ends, as `organisation_heads.tsv` lists such words), "the planes" (the
nearest actor named by a compound ending so: "warplanes"), "the two leaders" / "both
countries" / "the pair" (the last two actors of that kind); "the government" with no government named before,
the government of the country the article is about. A description names no country of its own:
one that does ("the Russian leader") was read by the roles pass."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tidings import syntax
from tidings.knowledge.actors import Role
from tidings.knowledge.coreference import CoreferenceWords
from tidings.model import ActorKind
from tidings.stages.actors.passes import STATE_BODY_TYPES
from tidings.stages.actors.reading import Draft, Reading

if TYPE_CHECKING:
    from tidings.stages.actors.coreference import Coreference, Seen

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PAIR_DEPS = frozenset({"nummod", "det", "predet", "quantmod"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nummod"})
_ORGANISATION_KINDS = frozenset({ActorKind.ORGANISATION, ActorKind.GROUP})
_QUALIFYING_ENTITIES = frozenset({"GPE", "NORP", "LOC"})
_PAIR_KINDS = {"person": {ActorKind.PERSON}, "country": {ActorKind.COUNTRY}}


class Descriptions:
    def __init__(self, reading: Reading, words: CoreferenceWords, walk: Coreference) -> None:
        self.reading = reading
        self.words = words
        self.walk = walk
        self.firms: list[Draft] = []  # organisations typed as businesses by a description of them

    def resolve(self, token: Token) -> tuple[tuple[Draft, ...], int] | None:
        """The actors a noun describes and the first token of the description, if it is one."""
        owner = self.reading.owner.get(token.i)
        guessed = token.i in self.reading.guessed  # a country lent by the sentence yields to an actor described before
        if token.dep_ == "compound" or (owner is not None and not guessed and (owner.known or not (owner.cameo or "").startswith("---"))):
            return None
        if not token.n_lefts and not token.n_rights:  # no determiner nor possessive: no description
            return None
        children = list(token.children)
        lemma = token.lemma_.lower()
        own = self._speakers_own(token, children, lemma)
        if own is not None:
            return (own,), _start(token, children)
        if any(c.dep_ == "poss" or c.i in self.reading.owner for c in children):
            return None
        definite = any(c.dep_ == "det" and c.lower_ in self.words.determiners for c in children)
        if lemma in self.words.pair_nouns and (
            definite and lemma in self.words.pair_selves or any(c.lower_ in self.words.pair_words and c.dep_ in _PAIR_DEPS for c in children)
        ):
            drafts = self._pair(token, self.words.pair_nouns[lemma])
            return (drafts, _start(token, children)) if drafts else None
        if not definite:
            return None
        start = _start(token, children)
        found = self._described(token, lemma)
        if found is not None and found.drafts and not _names_another(children, found.drafts[0]):
            if lemma in self.words.business_nouns:
                self._type_as_firm(found.drafts[0])
            return found.drafts, start
        if guessed:
            return None
        body = self._body_of_the_country(token, lemma)
        return ((body,), start) if body is not None else None

    def _speakers_own(self, token: Token, children: list[Token], lemma: str) -> Draft | None:
        """"This government", "our country" in reported speech: the body (or the country) of the
        country of whoever says it ('"This government will not yield," a Canadian minister said')."""
        if not any(c.dep_ in ("det", "poss") and c.lower_ in self.words.own_side_words for c in children):
            return None
        speaker = next(iter(self.walk.speaker_of(token)), None)
        reading = self.reading
        country = reading.kb.countries.by_iso3.get(speaker.country or "") if speaker is not None else None
        if country is None:
            return None
        if lemma in self.words.country_nouns:
            draft = reading.country(country)
            return reading.drafts.get(draft.canonical_id, draft)
        role, first = reading.role_at(token)
        if role is None or role.type not in STATE_BODY_TYPES or is_plural(token) or lemma in self.words.person_roles:
            return None
        body = reading.group(country.cameo + role.type, f"{country.name} {token.text}")
        return reading.drafts.get(body.canonical_id, body)

    def _described(self, token: Token, lemma: str) -> Seen | None:
        walk, sentences = self.walk, self.walk.reach.description_sentences
        if lemma in self.words.country_nouns:
            if token.dep_ not in ("nsubj", "nsubjpass", "poss"):
                return None
            return walk.nearest(token, sentences, lambda s: _kinds(s, {ActorKind.COUNTRY}))
        if lemma in self.words.organisation_nouns:
            return walk.nearest(token, sentences, lambda s: _kinds(s, _ORGANISATION_KINDS) and not s.drafts[0].canonical_id.startswith("cameo:"))
        if lemma in self.words.business_nouns:
            may_be = lambda s: _kinds(s, {ActorKind.ORGANISATION}) and _may_be_a_firm(s.drafts[0]) or self._firm_read_as_person(token, s)  # noqa: E731
            # "the accountancy firm X ... HIH ... the accountancy firm": the one described so before the nearest
            firm = walk.nearest(token, sentences, lambda s: may_be(s) and self._introduced_as(s.drafts[0], lemma)) or walk.nearest(token, sentences, may_be)
            if firm is not None:
                return firm
        if lemma in self.reading.kb.organisation_head_nouns:  # "the commission": the body whose name it ends
            return walk.nearest(token, sentences, lambda s: _kinds(s, _ORGANISATION_KINDS) and self._names(s, lemma))
        role, first = self.reading.role_at(token)
        if role is None:  # "the planes" after "Syrian warplanes": the word that ends the mention's noun
            return walk.nearest(token, sentences, lambda s: len(s.drafts) == 1 and self._ends_head(s, lemma)) if is_plural(token) else None
        plural = is_plural(token)
        person = not plural and (lemma in self.words.person_roles or self.reading.doc[first : token.i + 1].text.lower() in self.words.person_roles)
        agrees = lambda s: len(s.drafts) == 1 and s.person == person and s.plural == plural  # noqa: E731
        # the same noun needs no agreement in number: collective nouns ("police") are read either way
        named = lambda s: len(s.drafts) == 1 and s.person == person and self._names(s, lemma)  # noqa: E731
        holder = lambda s: agrees(s) and _of_role(s.drafts[0], role) and _holds_office(s.drafts[0], role)  # noqa: E731
        # "the president": one named so with no country, else a holder of the office, else one named with a country
        return (
            walk.nearest(token, sentences, lambda s: named(s) and not (person and self._qualified(s, lemma)))
            or walk.nearest(token, sentences, holder)
            or walk.nearest(token, sentences, named)
        )

    def _type_as_firm(self, draft: Draft) -> None:
        """An organisation the text calls "the company" or "the airline" and nothing else is a
        business (BUS) of its country, if it has one; kept in `firms` to be placed where it has none."""
        code = draft.cameo or "---"
        if draft.kind is ActorKind.PERSON:  # a firm's name read as a person's (`_firm_read_as_person`)
            draft.kind = ActorKind.ORGANISATION
        if draft.kind is ActorKind.ORGANISATION and len(code) == 3:
            draft.cameo = code + "BUS"
            self.firms.append(draft)

    def _firm_read_as_person(self, token: Token, seen: Seen) -> bool:
        """The description opens its sentence's main clause ("The company said") and the mention
        is a one-word name the recogniser took for a person's, the main subject of an earlier
        sentence, that the text gives with no first name, honorific nor code ("Swissport said ...
        The company said"): a firm's name, as news names a person in full first."""
        if len(seen.drafts) != 1 or not seen.main or seen.sentence == self.reading.sentence_of[token.i] or token.dep_ not in syntax.NOUN_SUBJECT_DEPS or token.head.dep_ != "ROOT":
            return False
        draft, doc = seen.drafts[0], self.reading.doc
        if draft.kind is not ActorKind.PERSON or draft.known or draft.cameo or draft.private_role or " " in draft.name:
            return False
        return all(end - start == 1 and (start == 0 or doc[start - 1].text not in self.reading.kb.honorifics) for start, end in draft.mentions)

    def _body_of_the_country(self, token: Token, lemma: str) -> Draft | None:
        """"The government", "the army" where no actor of that role was named: the body of the
        country the article was just about (the nearest country as a subject); for a state's
        body, else of the country of the nearest subject whose role belongs where it is
        ("Peruvian rebels accused the government": Peru's); else of the country the dateline
        files from. Not for people ("the minister") nor plurals."""
        reading = self.reading
        role, first = reading.role_at(token)
        text = reading.doc[first : token.i + 1].text.lower()
        if role is None or role.bare or token.tag_ in _PLURAL_TAGS or lemma in self.words.person_roles or text in self.words.person_roles:
            return None
        sentences = self.walk.reach.description_sentences
        seen = self.walk.nearest(token, sentences, lambda s: s.subject and _kinds(s, {ActorKind.COUNTRY}))
        if seen is None and role.type in STATE_BODY_TYPES:
            seen = self.walk.nearest(token, sentences, lambda s: s.subject and len(s.drafts) == 1 and self._at_home(s.drafts[0]))
        country = reading.kb.countries.by_iso3.get(seen.drafts[0].country or "") if seen is not None else reading.filed_from()
        if country is None:
            return None
        body = reading.group(country.cameo + role.type, f"{country.name} {token.text}")
        return reading.drafts.get(body.canonical_id, body)

    def _at_home(self, draft: Draft) -> bool:
        """An actor of a country whose role belongs where it is (rebels, police, the opposition:
        not troops, often abroad), so "the government" it acts with or against is its country's."""
        code = draft.cameo or ""
        return bool(draft.country) and code[:3] in self.reading.kb.countries.by_cameo and code[3:6] in self.reading.kb.local_role_types

    def _introduced_as(self, draft: Draft, lemma: str) -> bool:
        """A mention of the actor follows the noun ("the airline Qantas", "accountancy firm X")."""
        doc = self.reading.doc
        return any(start > 0 and doc[start - 1].lemma_.lower() == lemma for start, _ in draft.mentions)

    def _names(self, seen: Seen, lemma: str) -> bool:
        """The mention holds the description's noun ("the minister" -> "the interior minister"),
        not as the owner of what the mention names ("the attorney general's office" is no attorney)."""
        doc = self.reading.doc
        return any(doc[i].lemma_.lower() == lemma and not _owner_within(doc[i], seen) for i in range(seen.start, seen.end))

    def _qualified(self, seen: Seen, lemma: str) -> bool:
        """The mention names a country beside the noun ("the Russian president", "Russia's
        president"): news qualifies a holder so to tell them from the one it calls "the president"."""
        doc = self.reading.doc
        return any(doc[i].lemma_.lower() != lemma and self.reading.country_of(doc[i])[0] is not None for i in range(seen.start, seen.end))

    def _ends_head(self, seen: Seen, lemma: str) -> bool:
        """The mention's noun is a compound word the description's noun ends ("warplanes": planes)."""
        head = self.reading.doc[seen.start : seen.end].root.lemma_.lower()
        return len(head) > len(lemma) and head.endswith(lemma)

    def _pair(self, token: Token, kind: str) -> tuple[Draft, ...]:
        """The last two distinct actors of the kind ("the two leaders": the last two people); for
        countries, a person named stands for their country ("Putin and Kim ... the two countries");
        of any kind, the last two sides (`_sides`)."""
        if kind == "any":
            return self._sides(token)
        kinds = _PAIR_KINDS.get(kind)
        found: dict[str, Draft] = {}
        for seen in self.walk.back(token, self.walk.reach.description_sentences):
            for draft in seen.drafts:
                if kind == "country" and draft.kind is ActorKind.PERSON:
                    draft = self._country_of(draft)
                if draft is not None and (kinds is None or draft.kind in kinds):
                    found.setdefault(draft.canonical_id, draft)
            if len(found) >= 2:
                return tuple(reversed(list(found.values())[:2]))
        return ()

    def _sides(self, token: Token) -> tuple[Draft, ...]:
        """"Both sides", "the two parties": the last two actors, a country and an actor of it
        being one side ("the US envoy ... the US"); where the last two coded ones are a country
        and an actor of another, those two countries ("India accused Pakistani intelligence ...
        both sides": India and Pakistan, not an uncoded group named between)."""
        coded = self._last_two(token, coded=True)
        if len(coded) == 2 and coded[0].country != coded[1].country and any(d.kind is ActorKind.COUNTRY for d in coded):
            countries = [self._country_of(d) for d in coded]
            if all(countries):
                return tuple(countries)
        return self._last_two(token, coded=False)

    def _last_two(self, token: Token, coded: bool) -> tuple[Draft, ...]:
        """The last two sides named (with `coded`, of actors with a CAMEO code), in text order."""
        found: list[Draft] = []
        for seen in self.walk.back(token, self.walk.reach.description_sentences):
            for draft in seen.drafts:
                if (draft.cameo or not coded) and not any(_one_side(draft, other) for other in found):
                    found.append(draft)
            if len(found) >= 2:
                return tuple(found[1::-1])
        return ()

    def _country_of(self, person: Draft) -> Draft | None:
        country = self.reading.kb.countries.by_iso3.get(person.country or "")
        if country is None:
            return None
        draft = self.reading.country(country)
        return self.reading.drafts.get(draft.canonical_id, draft)


def _one_side(draft: Draft, other: Draft) -> bool:
    """The same actor, or a country and an actor of it."""
    if draft.canonical_id == other.canonical_id:
        return True
    countries = ActorKind.COUNTRY in (draft.kind, other.kind)
    return countries and draft.country is not None and draft.country == other.country


def _names_another(children: list[Token], draft: Draft) -> bool:
    """A name among the noun's modifiers that the actor's name lacks ("the Tasnim agency" after
    IRNA, "the Maersk company" after Cosco): the phrase names a body of its own, not the one
    before. Names of places and peoples ("the US agency") only qualify the noun."""
    name = draft.name.lower()
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in _QUALIFYING_ENTITIES and c.lower_ not in name for c in children)


def is_plural(token: Token) -> bool:
    return token.tag_ in _PLURAL_TAGS or "Number=Plur" in token.morph  # a feature test: `morph.get` builds lists of strings


def _kinds(seen: Seen, kinds: set[ActorKind] | frozenset[ActorKind]) -> bool:
    return len(seen.drafts) == 1 and seen.drafts[0].kind in kinds


def _may_be_a_firm(draft: Draft) -> bool:
    """An organisation coded as a business or a multinational ("MNCJPN"), by its country only, or not at all."""
    code = draft.cameo or ""
    return len(code) <= 3 or code[3:6] == "BUS" or code.startswith("MNC")


def _of_role(draft: Draft, role: Role) -> bool:
    """The actor's code is of the role's type ("RUSGOV" for "the government")."""
    code = draft.cameo or ""
    return len(code) > 3 and code[3:].startswith(role.type)


def _holds_office(draft: Draft, role: Role) -> bool:
    """A leader's title ("the premier", "the president") stands only for a person whose role is
    that office, not for any official ("the premier" after "economy minister X" is someone else);
    other role nouns ("the diplomat") and "the leader" for anyone of the role's type."""
    if not role.offices or role.offices == ("*",):
        return True
    held = (draft.role or "").lower()
    return any(office.lower() in held for office in role.offices)


def _owner_within(token: Token, seen: Seen) -> bool:
    """The token, alone or as a word of a compound, owns another word of the mention ("premier"
    in "the premier's office", "attorney" in "the attorney general's office")."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "poss" and seen.start <= token.head.i < seen.end


def _start(token: Token, children: list[Token]) -> int:
    """The first of the modifiers right before the noun ("the two *foreign ministers*")."""
    start = token.i
    for child in sorted((c for c in children if c.i < token.i), key=lambda c: -c.i):
        if child.i != start - 1 or child.dep_ not in _MODIFIER_DEPS:
            break
        start = child.i
    return start
