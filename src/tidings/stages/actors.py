"""Actors stage: who the article is about, resolved against the actor knowledge base.

Mentions are read in passes over the parsed doc, each claiming the tokens it explains:
1. people (PERSON entities, with the title before them: "Russian President Vladimir Putin");
2. names the knowledge base knows: organisations, institutions ("the Kremlin"), countries;
3. role nouns ("Russian troops", "the Russian leader" -> the leader in office on the date);
4. demonyms as modifiers ("Russian assistance") and capitals acting as governments ("Moscow said");
5. short names ("Putin", "Kim") linked to a full name in the article; 6. other organisations;
7. actors still without a country ("rebels" ---REB) take the one their sentence names, if only one.
All mentions of one actor end up in one `Actor` with all their spans.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span as SpacySpan, Token

from tidings.knowledge.actors import ActorKB, Leader, Organisation, Role, actor_kb, normalized
from tidings.knowledge.countries import Country, name_key
from tidings.model import Actor, ActorKind, Record
from tidings.stages.base import Stage

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_PREFIX_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_MAX_TITLE_TOKENS = 6


@dataclass
class _Draft:
    """An actor under construction: its identity and the token ranges of its mentions."""

    canonical_id: str
    name: str
    kind: ActorKind
    cameo: str | None = None
    country: str | None = None
    role: str | None = None
    known: bool = False
    mentions: list[tuple[int, int]] = field(default_factory=list)  # character offsets


@dataclass
class _Person:
    """A PERSON entity read in pass 1, with what its title says."""

    ent: SpacySpan
    start: int  # token index where the mention starts (title included)
    country: Country | None
    role: Role | None


class _Reading:
    """The state of one article's reading: drafts by canonical id, tokens already explained."""

    def __init__(self, kb: ActorKB, doc: Doc, day: date | None) -> None:
        self.kb = kb
        self.doc = doc
        self.day = day
        self.drafts: dict[str, _Draft] = {}
        self.owner: dict[int, _Draft] = {}  # token index -> the actor it mentions
        self.reserved: set[int] = set()  # tokens of short names (and their titles) read in pass 5
        self.ent_of: dict[int, SpacySpan] = {t: ent for ent in doc.ents for t in range(ent.start, ent.end)}

    # -- bookkeeping -------------------------------------------------------------------------
    def free(self, start: int, end: int) -> bool:
        return not any(i in self.owner or i in self.reserved for i in range(start, end))

    def mention(self, draft: _Draft, start: int, end: int) -> _Draft:
        """Record tokens [start, end) as a mention of `draft` (merged with a draft of the same id),
        without a leading article or a trailing possessive mark."""
        while end - start > 1 and self.doc[start].pos_ == "DET":
            start += 1
        while end - start > 1 and self.doc[end - 1].text in _POSSESSIVE_MARKS:
            end -= 1
        draft = self.drafts.setdefault(draft.canonical_id, draft)
        self.owner.update((i, draft) for i in range(start, end))
        draft.mentions.append((self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1])))
        return draft

    # -- actor identities --------------------------------------------------------------------
    def leader(self, leader: Leader) -> _Draft:
        term = leader.term_at(self.day)
        country = (term.country if term else None) or leader.country
        found = self.drafts.get(leader.canonical_id)
        return found or _Draft(
            canonical_id=leader.canonical_id,
            name=leader.name,
            kind=ActorKind.PERSON,
            cameo=term.cameo if term else self._country_cameo(leader.country),
            country=country,
            role=term.office if term else None,
            known=True,
        )

    def country(self, country: Country) -> _Draft:
        return _Draft(
            canonical_id=f"iso3:{country.iso3}",
            name=country.name,
            kind=ActorKind.COUNTRY,
            cameo=country.cameo,
            country=country.iso3,
            known=True,
        )

    def organisation(self, org: Organisation) -> _Draft:
        return _Draft(
            canonical_id=org.canonical_id,
            name=org.name,
            kind=ActorKind(org.kind),
            cameo=org.cameo,
            country=org.country,
            known=True,
        )

    def group(self, cameo: str, name: str) -> _Draft:
        """A collective actor known by its CAMEO code only (RUSMIL, ---REB)."""
        country = self.kb.countries.by_cameo.get(cameo[:3])
        return _Draft(
            canonical_id=f"cameo:{cameo}",
            name=name,
            kind=ActorKind.GROUP,
            cameo=cameo,
            country=country.iso3 if country else None,
            known=country is not None,
        )

    def _country_cameo(self, iso3: str) -> str:
        country = self.kb.countries.by_iso3.get(iso3)
        return country.cameo if country else iso3

    # -- reading words -----------------------------------------------------------------------
    def country_of(self, token: Token, capitals: bool = False) -> tuple[Country | None, int, int]:
        """The country a token names or qualifies ("Russian", "North Korean", "Russia"; with
        `capitals`, also "Moscow"), with the token range of the words that say it."""
        ent = self.ent_of.get(token.i)
        start, end = (ent.start, ent.end) if ent is not None else (token.i, token.i + 1)
        found = self._country_named(self.doc[start:end].text, capitals)
        if found is None and ent is not None:
            start, end = token.i, token.i + 1
            found = self._country_named(token.text, capitals)
        return found, start, end

    def _country_named(self, text: str, capitals: bool) -> Country | None:
        found = self.kb.countries.by_name_or_demonym(text)
        if found is None and capitals:
            capital_of = self.kb.countries.by_capital(text)
            found = capital_of if capital_of is not None and capital_of.sovereign else None
        return found

    def role_at(self, token: Token) -> tuple[Role | None, int]:
        """The role noun ending at `token` ("troops", "prime minister") and its first token; none
        for the last part of a hyphenated word ("Secretary-General")."""
        if token.i > 0 and self.doc[token.i - 1].text == "-" and not self.doc[token.i - 1].whitespace_:
            return None, token.i
        if token.i > 0:
            pair = f"{self.doc[token.i - 1].lemma_.lower()} {token.lemma_.lower()}"
            if pair in self.kb.roles:
                return self.kb.roles[pair], token.i - 1
        return self.kb.roles.get(token.lemma_.lower()) or self.kb.roles.get(token.lower_), token.i


class ActorsStage(Stage):
    name = "actors"

    def __init__(self) -> None:
        self.kb = actor_kb()

    def __call__(self, doc: Doc, record: Record) -> None:
        reading = _Reading(self.kb, doc, record.article.published)
        people = self._people(reading)
        self._known_names(reading)
        self._roles(reading)
        self._modifiers_and_capitals(reading)
        self._short_names(reading, people)
        self._other_organisations(reading)
        self._localize(reading)
        record.actors = _actors(record, reading.drafts.values())

    # -- pass 1 ------------------------------------------------------------------------------
    def _people(self, reading: _Reading) -> list[_Person]:
        """Full names now; single words that the KB does not know wait for pass 5."""
        waiting = []
        for ent in reading.doc.ents:
            if ent.label_ != "PERSON":
                continue
            person = self._with_title(reading, ent)
            if person.role is not None and person.country is None:
                person.country = _country_after(reading, ent)
            leader = self.kb.leader(ent.text)
            if leader is not None:
                reading.mention(reading.leader(leader), person.start, ent.end)
            elif len(ent) > 1:
                reading.mention(_unknown_person(person), person.start, ent.end)
            else:
                waiting.append(person)
                reading.reserved.update(range(person.start, ent.end))
        return waiting

    def _with_title(self, reading: _Reading, ent: SpacySpan) -> _Person:
        """The title words just before a name ("Russian Foreign Minister"), if they say a role or
        a country; the mention then starts at the first of them."""
        doc = reading.doc
        start, country, role, former = ent.start, None, None, False
        i = ent.start - 1
        while i >= ent.sent.start and ent.start - i <= _MAX_TITLE_TOKENS:
            token = doc[i]
            former = former or token.lower_ in self.kb.former_modifiers
            if token.text in _POSSESSIVE_MARKS and i > ent.sent.start:
                i -= 1
                continue
            if token.pos_ not in _PREFIX_POS:
                break
            found, first, _ = reading.country_of(token)
            if found is not None:
                country, start, i = found, first, first - 1
                continue
            found_role, first = reading.role_at(token)
            if found_role is not None:
                role = role or found_role
                start, i = first, first - 1
                continue
            if not (token.is_title or token.is_upper or token.lower_ in self.kb.title_modifiers):
                break
            i -= 1
        if former and role is not None and role.type == "GOV":  # "former president X": an elite
            role = role.model_copy(update={"type": self.kb.former_type, "offices": ()})
        return _Person(ent=ent, start=start, country=country, role=role)

    # -- pass 2 ------------------------------------------------------------------------------
    def _known_names(self, reading: _Reading) -> None:
        for ent in reading.doc.ents:
            if ent.label_ in ("PERSON", "NORP") or not reading.free(ent.start, ent.end):
                continue
            org = self.kb.organisation(ent.text)
            if org is not None:
                reading.mention(reading.organisation(org), ent.start, ent.end)
                continue
            cameo = self.kb.institution(ent.text)
            if cameo is not None:
                reading.mention(reading.group(cameo, ent.text), ent.start, ent.end)
                continue
            country = self.kb.countries.by_name(ent.text)
            if country is not None:
                reading.mention(reading.country(country), ent.start, ent.end)

    # -- pass 3 ------------------------------------------------------------------------------
    def _roles(self, reading: _Reading) -> None:
        for token in reading.doc:
            if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound":
                continue
            role, first = reading.role_at(token)
            if role is None or not reading.free(first, token.i + 1):
                continue
            country, start = self._role_country(reading, token, first, role)
            described = reading.owner.get(token.head.i) if token.dep_ == "appos" else None
            if described is not None and described.kind is ActorKind.PERSON:
                _describe(described, country, role)
                reading.mention(described, start, token.i + 1)
                continue
            if country is None:
                if role.bare:
                    reading.mention(reading.group("---" + role.type, token.text), first, token.i + 1)
                continue
            leader = self._office_holder(reading, country, role)
            if leader is not None:
                reading.mention(reading.leader(leader), start, token.i + 1)
            elif not self._conjoined_groups(reading, reading.doc[start], country, role, token):
                name = reading.doc[start : token.i + 1].text
                reading.mention(reading.group(country.cameo + role.type, name), start, token.i + 1)

    def _conjoined_groups(
        self, reading: _Reading, modifier: Token, country: Country, role: Role, head: Token
    ) -> bool:
        """"Hungarian and Romanian officials": one group per demonym, each mentioned by its own
        word; the first also by the role noun."""
        others = [(c, s, e) for c, s, e in map(reading.country_of, modifier.conjuncts) if c and reading.free(s, e)]
        if not others:
            return False
        first = reading.group(country.cameo + role.type, f"{modifier.text} {head.text}")
        reading.mention(first, modifier.i, modifier.i + 1)
        reading.mention(first, head.i, head.i + 1)
        for other, start, end in others:
            name = f"{reading.doc[start:end].text} {head.text}"
            reading.mention(reading.group(other.cameo + role.type, name), start, end)
        return True

    def _role_country(
        self, reading: _Reading, head: Token, first: int, role: Role
    ) -> tuple[Country | None, int]:
        """The country qualifying a role noun: a demonym or country before it ("Russian troops",
        "Ukraine's army"), "of <country>" after it, or for local groups "in <country or capital>"
        ("police in Cairo"). Returns the mention's first token: a
        possessive country stays a mention of its own."""
        for child in head.children:
            if child.i < first and child.dep_ in _MODIFIER_DEPS:
                country, start, _ = reading.country_of(child, capitals=True)
                if country is not None and reading.free(start, first):
                    return country, start
                if country is not None and reading.owner.get(child.i) is not None:  # "Ivory Coast rebels"
                    return country, first
        for child in head.children:
            if child.i < first and child.dep_ == "poss":
                country, _, _ = reading.country_of(child)
                if country is not None:
                    return country, first
            local = role.type in self.kb.local_role_types and child.lower_ in self.kb.local_prepositions
            if child.dep_ == "prep" and (child.lower_ == "of" or local):  # "rebels in Darfur"
                for pobj in child.children:
                    if pobj.dep_ != "pobj" or any(c.dep_ == "conj" for c in pobj.children):
                        continue  # "negotiators from Turkey and Greece" are no one country's
                    country, _, _ = reading.country_of(pobj, capitals=local)
                    if country is not None:
                        return country, first
        return None, first

    def _office_holder(self, reading: _Reading, country: Country, role: Role) -> Leader | None:
        """The one leader holding the office a role noun names ("the Russian leader"), preferring
        one already named in the article."""
        if not role.offices:
            return None
        holders = self.kb.office_holders(country.iso3, role, reading.day)
        named = [leader for leader, _ in holders if leader.canonical_id in reading.drafts]
        if len(named) == 1:
            return named[0]
        return holders[0][0] if len(holders) == 1 else None

    # -- pass 4 ------------------------------------------------------------------------------
    def _modifiers_and_capitals(self, reading: _Reading) -> None:
        for ent in reading.doc.ents:
            if not reading.free(ent.start, ent.end):
                continue
            if ent.label_ == "NORP" or ent.label_ == "GPE" and len(ent) == 1:
                country = self.kb.countries.by_demonym(ent.text)
                if country is not None:
                    reading.mention(reading.country(country), ent.start, ent.end)
                    continue
            if ent.label_ == "GPE":
                country = self.kb.countries.by_capital(ent.text)
                if country is not None and country.sovereign and self._acts(ent.root):
                    draft = reading.group(country.cameo + "GOV", ent.text)
                    reading.mention(draft, ent.start, ent.end)
        for token in reading.doc:  # demonyms the entity recogniser missed
            if token.is_title and token.i not in reading.ent_of and reading.free(token.i, token.i + 1):
                country = self.kb.countries.by_demonym(token.text)
                if country is not None:
                    reading.mention(reading.country(country), token.i, token.i + 1)

    def _acts(self, token: Token) -> bool:
        """A capital is a government when it is the subject of a verb that says what it did, the
        possessor of something, or the object of an agentive preposition ("talks with Moscow")."""
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        head = token.head
        if token.dep_ == "nsubj":
            return head.pos_ == "VERB" and head.lemma_ not in self.kb.non_agentive_verbs
        if token.dep_ == "pobj":
            return head.lower_ in self.kb.agentive_prepositions
        return token.dep_ == "poss"

    # -- pass 5 ------------------------------------------------------------------------------
    def _short_names(self, reading: _Reading, waiting: list[_Person]) -> None:
        """Surnames and first names ("Putin", "Kim") join the full name they belong to in this
        article: the nearest one before them, else the first after; untagged words too."""
        full: dict[str, list[tuple[int, _Draft]]] = {}
        for draft in reading.drafts.values():
            if draft.kind is ActorKind.PERSON:
                for word in draft.name.replace("-", " ").split():
                    if word[:1].isupper():
                        full.setdefault(word, []).append((draft.mentions[0][0], draft))
        for person in waiting:
            ent = person.ent
            draft = _nearest(full.get(ent.text), ent.start_char) or self._titled_leader(reading, person)
            if draft is None:
                draft = _unknown_person(person)
            reading.mention(draft, person.start, ent.end)
        if not full:
            return
        for token in reading.doc:
            if token.i in reading.owner or token.text not in full:
                continue
            ent = reading.ent_of.get(token.i)
            if (len(ent) > 1) if ent is not None else token.pos_ != "PROPN":
                continue
            reading.mention(_nearest(full[token.text], token.idx), token.i, token.i + 1)

    def _titled_leader(self, reading: _Reading, person: _Person) -> _Draft | None:
        """"North Korean leader Kim": a leader in that office whose name holds the word."""
        if person.country is None or person.role is None:
            return None
        leader = self._office_holder(reading, person.country, person.role)
        if leader is not None and person.ent.text in leader.name.replace("-", " ").split():
            return reading.leader(leader)
        return None


    # -- pass 6 ------------------------------------------------------------------------------
    def _other_organisations(self, reading: _Reading) -> None:
        """Organisations the knowledge base does not know, under their own names (not codes such
        as "COVID-19": a name with digits is rarely an actor)."""
        for ent in reading.doc.ents:
            if ent.label_ == "ORG" and reading.free(ent.start, ent.end) and not _has_digit(ent.text):
                name = name_key(ent.text)
                draft = _Draft(canonical_id=f"name:{normalized(name)}", name=name, kind=ActorKind.ORGANISATION)
                reading.mention(draft, ent.start, ent.end)

    # -- pass 7 ------------------------------------------------------------------------------
    def _localize(self, reading: _Reading) -> None:
        """Actors coded without a country ("rebels" ---REB, "President X" ---GOV) take the country
        of their sentence when it names exactly one (as a country, a group's country or a capital;
        not a person's title): a titled stranger or an organisation once, a group per mention."""
        unplaced = [d for d in reading.drafts.values() if d.cameo and d.cameo.startswith("---") and not d.known]
        if not unplaced:
            return
        starts = [sent.start_char for sent in reading.doc.sents]
        named: dict[int, set[str]] = {}
        for draft in reading.drafts.values():
            if draft.country is not None and draft.kind is not ActorKind.PERSON:
                for start, end in draft.mentions:
                    if not self._acted_upon(reading.doc, start, end):
                        named.setdefault(bisect_right(starts, start), set()).add(draft.country)
        for ent in reading.doc.ents:
            capital_of = self.kb.countries.by_capital(ent.text) if ent.label_ == "GPE" else None
            if capital_of is not None and capital_of.sovereign:
                named.setdefault(bisect_right(starts, ent.start_char), set()).add(capital_of.iso3)

        def country_at(start: int) -> Country | None:
            found = named.get(bisect_right(starts, start), set())
            return self.kb.countries.by_iso3.get(next(iter(found))) if len(found) == 1 else None

        for draft in unplaced:
            role_type = draft.cameo[3:]
            if draft.kind is not ActorKind.GROUP:
                country = country_at(draft.mentions[0][0])
                if country is not None:
                    draft.cameo, draft.country = country.cameo + role_type, country.iso3
                continue
            kept = []
            for mention in draft.mentions:
                country = country_at(mention[0])
                if country is None:
                    kept.append(mention)
                    continue
                local = reading.group(country.cameo + role_type, draft.name)
                reading.drafts.setdefault(local.canonical_id, local).mentions.append(mention)
            draft.mentions = kept
            if not kept:
                del reading.drafts[draft.canonical_id]

    def _acted_upon(self, doc: Doc, start: int, end: int) -> bool:
        """The mention is an object: of a verb, or of a target preposition ("against Russia")."""
        span = doc.char_span(start, end, alignment_mode="expand")
        head = span.root if span is not None else None
        if head is None:
            return False
        return head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.lower_ in self.kb.target_prepositions)


def _unknown_person(person: _Person) -> _Draft:
    """A person the knowledge base does not know, coded from the title if it says anything."""
    cameo = None
    if person.country is not None:
        cameo = person.country.cameo + (person.role.type if person.role else "")
    elif person.role is not None:
        cameo = "---" + person.role.type
    name = name_key(person.ent.text)
    return _Draft(
        canonical_id=f"name:{normalized(name)}",
        name=name,
        kind=ActorKind.PERSON,
        cameo=cameo,
        country=person.country.iso3 if person.country else None,
    )


def _country_after(reading: _Reading, ent: SpacySpan) -> Country | None:
    """The country in "<title> <name> of <country>" ("King Hassan of Morocco")."""
    doc = reading.doc
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of":
        return reading.country_of(doc[ent.end + 1])[0]
    return None


def _describe(person: _Draft, country: Country | None, role: Role) -> None:
    """An apposition ("X, a Ukrainian minister") gives an unknown person a country and a code."""
    if country is not None and not person.known and person.cameo is None:
        person.country = country.iso3
        person.cameo = country.cameo + role.type


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _nearest(candidates: list[tuple[int, _Draft]] | None, offset: int) -> _Draft | None:
    if not candidates:
        return None
    before = [c for c in candidates if c[0] <= offset]
    return max(before, key=lambda c: c[0])[1] if before else min(candidates, key=lambda c: c[0])[1]


def _actors(record: Record, drafts: Iterable[_Draft]) -> list[Actor]:
    """Drafts as record actors, numbered a1, a2, ... in order of first mention."""
    ordered = sorted(drafts, key=lambda d: min(d.mentions))
    actors = []
    for number, draft in enumerate(ordered, start=1):
        spans = [record.span(start, end) for start, end in sorted(set(draft.mentions))]
        actors.append(
            Actor(
                id=f"a{number}",
                spans=spans,
                canonical_id=draft.canonical_id,
                name=draft.name,
                kind=draft.kind,
                cameo=draft.cameo,
                country=draft.country,
                role=draft.role,
                known=draft.known,
            )
        )
    return actors

