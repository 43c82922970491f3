"""The passes that read names, roles and modifiers (2, 3 and 4; people are in `people`, other
organisations in `organisations`)."""

from __future__ import annotations

import re

from spacy.attrs import IS_TITLE
from spacy.tokens import Span as SpacySpan, Token

from tidings import syntax
from tidings.knowledge.actors import Organisation, Role
from tidings.knowledge.countries import Country
from tidings.knowledge.names import AMBIGUOUS, FULL, Name
from tidings.model import ActorKind
from tidings.stages.actors.ages import aged_person, given_an_age
from tidings.stages.actors.reading import POSSESSIVE_MARKS, Draft, Reading
from tidings.stages.actors.targets import acted_upon
from tidings.stages.actors.titles import describe
from tidings.syntax import conjuncts

_BODY_PREPS = frozenset({"of", "for"})  # "leaders of Hamas", "a spokesman for Hamas"
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_MEDIA = "MED"
_GOVERNMENT = "GOV"
_BUSINESS = "business"  # the sector of a firm in the knowledge
_MEDIA_SECTOR = "media"  # the sector of a news outlet in the knowledge
_INTERNATIONAL = "IGO"  # CAMEO's code for a body of several states
_NAMED_KINDS = frozenset({"organisation", "institution"})
_MEASURE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"})  # entities no role noun is in
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_GIVEN_ROLE_DEPS = frozenset({"oprd", "attr", "dobj", "pobj"})  # "named X *chief*", "appointed X its *chief*", "as *chief*"
_HOLDER_DEPS = frozenset({"dobj", "nsubjpass", "oprd"})  # who a role-giving verb gives the role to ("oprd": as the parser may read "named X as ...")
_SUBJECT_DEPS = frozenset({"nsubj"})  # who takes a role by a role-taking verb
_MODEL_DESIGNATION = re.compile(r"[A-Z]{0,2}-?\d{2,4}[A-Za-z]{0,2}(?:-\d{1,4})?s?")  # "A380", "787s", "737-800"
_YEAR = re.compile(r"(?:1[89]|20)\d\ds?")  # "Apple 2010", "the Boeing 1990s": no model
_TITLE_STEM = 3  # letters a title shares with its abbreviation ("gov." and "governor", "sen." and "senator")
_COUNTRY_WORDS = (2, 1)  # lengths of a country name or demonym at the start of a name ("North Korean", "Brazilian")


# -- pass 2: names the knowledge knows -------------------------------------------------------
def read_known_names(reading: Reading) -> None:
    """Organisations, institutions ("the Kremlin", "Brazil's Congress") and countries; a short
    name the places stage read as a place is that place ("Newport Beach, CA"); an abbreviation
    of a name the article spelled out is that name's body, read here or later."""
    in_full = {ent.ent_id_ for ent in reading.ents if ent.ent_id_}
    in_full |= {name.id for ent in reading.ents if (name := reading.names.full(ent.text)) is not None}
    for ent in reading.ents:
        if reading.label(ent) in ("PERSON", "NORP") or not reading.free(ent.start, ent.end) or reading.abbreviated_title(ent):
            continue
        if reading.spelled_out(ent) is not None:  # "KSP" after "Kentucky State Police": that body, not the knowledge's reading
            if (draft := reading.spelled_out_body(ent)) is not None:
                reading.mention(draft, ent.start, ent.end)
            continue
        name, start = _known_name(reading, ent, in_full)
        if name is not None and name.form != FULL and reading.read_as_place(ent.start, ent.end):
            continue  # "Newport Beach, CA": the state, not the group Phoenix abbreviates CA
        if name is not None and name.kind == "organisation" and _names_a_product(reading, ent, reading.kb.organisation(name.id)):
            reading.products.update(range(ent.start, ent.end))
            continue
        if name is not None and name.kind == "organisation":
            org = reading.kb.organisation(name.id)
            draft = reading.mention(reading.organisation(org), ent.start, _station_end(reading, ent, org))
            _ruling(reading, draft, ent)
        elif name is not None:
            cameo = name.id.removeprefix("cameo:")
            country = _country_in_phrase(reading, ent, start)
            reading.mention(reading.group(country.cameo + cameo[3:] if country else cameo, ent.text), ent.start, ent.end)
        else:
            country = reading.placed(reading.kb.countries.by_name(ent.text), ent.start)
            if country is not None:
                reading.mention(reading.country(country), ent.start, ent.end)


def _names_a_product(reading: Reading, ent: SpacySpan, org: Organisation | None) -> bool:
    """A firm's name before a model designation ("Airbus A380", "Boeing 787s") or modifying a
    product noun ("Boeing planes", "the Airbus A380 superjumbo") names the product; another
    body's are its own, acting ("U.N. helicopters flew the injured out")."""
    if org is None or org.sector != _BUSINESS or ent.end >= len(reading.doc):
        return False
    head, after = ent.root.head, reading.doc[ent.end]
    modifies = ent.root.dep_ in _MODIFIER_DEPS and head.i >= ent.end
    measure = after.i in reading.ent_of and reading.ent_of[after.i].label_ in _MEASURE_LABELS - {"CARDINAL"}  # "Toyota 32%"
    designation = _MODEL_DESIGNATION.fullmatch(after.text) is not None and _YEAR.fullmatch(after.text) is None and not measure
    if designation and (modifies or after.head.i in range(ent.start, ent.end)):  # "the Boeing 787 landed": 787 hung on the name
        return True
    return modifies and head.lemma_.lower() in reading.kb.product_nouns


def _station_end(reading: Reading, ent: SpacySpan, org: Organisation | None) -> int:
    """Where a known outlet's name ends: over the place named right after it, its local station
    ("CTV Edmonton", "BBC Scotland"), which is the outlet, not a place told or acted upon."""
    place = reading.place_at(ent.end) if ent.end < len(reading.doc) and reading.doc[ent.end].is_title else None
    if org is None or org.sector != _MEDIA_SECTOR or place is None:
        return ent.end
    end = ent.end + 1
    while end < len(reading.doc) and reading.place_at(end) is place:
        end += 1
    return end if reading.free(ent.end, end) else ent.end


def _ruling(reading: Reading, draft: Draft, ent: SpacySpan) -> None:
    """A party of a country the text calls ruling ("the ruling X") governs it: its GOV."""
    country = reading.kb.countries.by_iso3.get(draft.country or "")
    if country is not None and ent.start > 0 and reading.doc[ent.start - 1].lower_ in reading.kb.ruling_words:
        draft.cameo = country.cameo + _GOVERNMENT


def _known_name(reading: Reading, ent: SpacySpan, in_full: set[str]) -> tuple[Name | None, int]:
    """The organisation or institution an entity names, by the id its tag carries or by its
    text; an institution also after the country words it starts with ("the Brazilian Congress");
    and where that name starts. An ambiguous name counts only where the context confirms it."""
    for start in _name_starts(reading, ent):
        kinds = _NAMED_KINDS if start == ent.start else ("institution",)  # "the American Red Cross" is no ICRC
        found = [n for n in reading.names.lookup(reading.words(start, ent.end)) if n.kind in kinds]
        if ent.ent_id_:
            found = [n for n in found if n.id == ent.ent_id_]
        found = [n for n in found if n.form != AMBIGUOUS or _confirmed(reading, n, in_full)]
        if len(found) == 1:
            return found[0], start
    return _outlet_opening(reading, ent), ent.start


def _outlet_opening(reading: Reading, ent: SpacySpan) -> Name | None:
    """The known news outlet whose name opens a longer name written with capitals: its local
    station, service or programme ("CTV Winnipeg", "BBC Scotland") is the outlet."""
    words = [t for t in ent if t.pos_ != "DET"]
    for end in range(len(words) - 1, 0, -1):
        if not all(t.text[:1].isupper() for t in words[end:]):
            break
        found = [n for n in reading.names.lookup(reading.doc[words[0].i : words[end].i].text) if n.kind == "organisation" and n.form != AMBIGUOUS]
        outlets = [n for n in found if (org := reading.kb.organisation(n.id)) is not None and org.sector == _MEDIA_SECTOR]
        if len(found) == 1 and outlets:
            return outlets[0]
    return None


def _confirmed(reading: Reading, name: Name, in_full: set[str]) -> bool:
    """An ambiguous name is its organisation where the article also names it in full, or names
    its country ("PTI" beside India)."""
    org = reading.kb.organisation(name.id)
    return name.id in in_full or (org is not None and org.country in reading.countries_named())


def _name_starts(reading: Reading, ent: SpacySpan) -> list[int]:
    first = ent.start + (ent[0].pos_ == "DET" and len(ent) > 1)
    for size in _COUNTRY_WORDS:
        if first + size < ent.end and reading.kb.countries.by_name_or_demonym(reading.words(first, first + size)):
            return [ent.start, first + size]
    return [ent.start]


def _country_in_phrase(reading: Reading, ent: SpacySpan, start: int) -> Country | None:
    """The country an institution's phrase names: at its start, as a possessor or a modifier
    just before it ("Germany's Foreign Office", "the German Foreign Office"), or after "of"."""
    doc = reading.doc
    if start > ent.start:
        return reading.kb.countries.by_name_or_demonym(doc[ent.start + (ent[0].pos_ == "DET") : start].text)
    before = ent.start - 1
    if before > 0 and doc[before].text in POSSESSIVE_MARKS:
        before -= 1
    if before >= 0 and (country := reading.country_of(doc[before])[0]) is not None:
        return country
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of":
        return reading.country_of(doc[ent.end + 1])[0]
    return None


# -- pass 3: role nouns ----------------------------------------------------------------------
STATE_BODY_TYPES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})  # bodies every state has

def read_roles(reading: Reading, person_roles: frozenset[str]) -> None:
    """Role nouns: "Russian troops", "the Russian leader" (the leader in office on the date),
    "rebels" (a group without a country), "UN troops" (IGOUNOMIL), "Hamas fighters" (Hamas, also
    "Hamas officials in Gaza": the organisation before the noun, not the place after it),
    "X, a Swedish diplomat" and "the French army chief, General X" (describe X)."""
    titled = _titled_people(reading)
    for token in syntax.with_pos(reading.doc, ("NOUN", "PROPN")):
        if token.dep_ == "compound" and not _names_the_holder(reading, token):
            continue
        if (aged := aged_person(reading, token)) is not None:  # "the 43-year-old": the person of that age
            reading.mention(*aged)
            continue
        if token.i in reading.ent_of and reading.ent_of[token.i].label_ in _MEASURE_LABELS:
            continue  # "at 10 pm": a time, not a prime minister
        role, first = reading.role_at(token)
        if role is None or not reading.free(first, token.i + 1):
            continue
        side = _affiliation(reading, token, first)
        if side is not None and reading.free(side[1], first):
            role, first = side
        role = _state_media(reading, token, role)
        if _international(reading, token, first):  # "international peacekeepers": IGOPKO, no one country's
            reading.mention(reading.group(_INTERNATIONAL + role.type, reading.doc[first - 1 : token.i + 1].text), first - 1, token.i + 1)
            continue
        body = _body(reading, token, first)  # "Hamas leaders in Gaza": Hamas's, not the place's
        country, start, regional = _role_country(reading, token, first, role) if body is None else (None, first, False)
        described = _described_people(reading, token, first)
        if described:
            for person in described:
                describe(person, country, role, reading.kb.office_role_types)
            reading.mention(described[0], start, token.i + 1)
            continue
        if body is not None and (body.cameo or "").startswith("IGO"):  # "UN peacekeepers": IGOUNOPKO
            name = reading.doc[first : token.i + 1].text
            reading.mention(reading.group(body.cameo + role.type, name), first, token.i + 1)
            continue
        if body is not None:  # "Hamas fighters", "Reuters journalists": the organisation itself
            reading.mention(body, first, token.i + 1)
            continue
        if country is None and (led := _leaders_body(reading, token, first)) is not None:  # "the Bush administration"
            country, name_start = led
            start = name_start if reading.free(name_start, first) else first
            reading.mention(reading.group(country.cameo + role.type, reading.doc[name_start : token.i + 1].text), start, token.i + 1)
            continue
        if country is None and (people := _people(reading, token, first)) is not None:  # "Yoruba leaders": NGA
            country, start = people
            role_type = "" if role.type in STATE_BODY_TYPES else role.type
            reading.mention(reading.group(country.cameo + role_type, reading.doc[start : token.i + 1].text), start, token.i + 1)
            continue
        if country is None:
            named = _the_body(reading, token, first, role)
            if role.bare and named is None and _heads_a_name(reading, first):
                continue  # "the Harbour Workers Union": an organisation's own name, read by pass 6
            office = _office_held(reading, token)
            if role.bare or named is not None or given_an_age(token) or office is not None:
                start, end = named if named is not None else first, office + 1 if office is not None else token.i + 1
                reading.mention(reading.group("---" + role.type, reading.doc[start : token.i + 1].text), start, end)
            continue
        leader = None if regional else reading.office_holder(country, role)  # "the Chechen president" is not Russia's
        if leader is not None:
            reading.mention(reading.leader(leader), start, token.i + 1)
        elif role.role in person_roles and (holder := _holder_named_before(reading, titled, token, start, country, role)) is not None:
            describe(holder, country, role, reading.kb.office_role_types)
            reading.mention(holder, start, token.i + 1)
        elif not _conjoined_groups(reading, token, first, start, country, role):
            name = reading.doc[start : token.i + 1].text
            reading.mention(reading.group(country.cameo + role.type, name), start, token.i + 1)


def _titled_people(reading: Reading) -> dict[str, list[Draft]]:
    """The people a title gave an office, by its CAMEO type, in text order (read once, before the role nouns)."""
    found: dict[str, list[Draft]] = {}
    for draft in sorted(reading.drafts.values(), key=lambda d: d.mentions[0][0] if d.mentions else 0):
        if draft.kind is ActorKind.PERSON and draft.mentions and draft.cameo and len(draft.cameo) >= 6:
            found.setdefault(draft.cameo[3:6], []).append(draft)
    return found


def _holder_named_before(reading: Reading, titled: dict[str, list[Draft]], head: Token, start: int, country: Country, role: Role) -> Draft | None:
    """The one person named before whom a definite singular role noun with a country or a region
    describes ("Gov. X ... the Alaska governor told": X): their title gave the role's type, and no
    country or place other than the description's; not where two such people were named. Asked
    only of a role noun for one person (not "the Alaska legislature")."""
    if head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or role.type not in reading.kb.office_role_types:
        return None
    doc = reading.doc
    places = {t.lower_ for t in doc[start : head.i] if t.is_title}
    fitting = []
    for draft in titled.get(role.type, ()):
        first, end = draft.mentions[0]
        if first >= start or draft.cameo[:3] not in (country.cameo, "---"):
            continue
        while first > reading.sentence_start[first] and doc[first - 1].is_title:  # "Ohio Gov. X": the place before the mention
            first -= 1
        if end + 1 < len(doc) and doc[end].lower_ == "of":  # "Gov. X of Ohio"
            end += 2
        title_places = {t.lower_ for t in doc[first:end] if t.is_title and (reading.country_of(t)[0] is not None or reading.region_country(t.i) is not None)}
        if not title_places or title_places & places:
            fitting.append(draft)
    if len(fitting) > 1:  # "Gov. X ... fire chief Y ... the Alaska governor": X, titled by the same word
        fitting = [d for d in fitting if _titled_by(reading, d, role)]
    return fitting[0] if len(fitting) == 1 else None


def _titled_by(reading: Reading, draft: Draft, role: Role) -> bool:
    """The person's title is the role's word, written out or abbreviated ("Gov." for "governor")."""
    first, end = draft.mentions[0]
    titles = (found for t in reading.doc[first:end] if (found := reading.role_at(t)[0]) is not None)
    return any(title.role[:_TITLE_STEM] == role.role[:_TITLE_STEM] for title in titles)


def _international(reading: Reading, head: Token, first: int) -> bool:
    """The role noun's phrase starts with a word that puts it above countries ("an international
    security force", "multinational troops", "the international community")."""
    before = reading.doc[first - 1] if first > 0 else None
    return before is not None and before.lower_ in reading.kb.international_words and before.head.i in range(first, head.i + 1) and reading.free(first - 1, first)


def _office_held(reading: Reading, head: Token) -> int | None:
    """Where the office the role noun owns is ("the premier's office said"; "a spokeswoman for the
    sheriff's office"): the office is a body of the role's type, an actor alone as the office named
    in capitals is (`Reading.office_role`), placed by its sentence or article."""
    office = head.head
    if head.dep_ == "poss" and office.i == head.i + 2 and office.lower_ in reading.kb.role_office_heads and office.is_lower and reading.free(head.i + 1, office.i + 1):
        return office.i
    return None


def _heads_a_name(reading: Reading, first: int) -> bool:
    """The role noun ends an organisation's name that has words of its own before it."""
    ent = reading.ent_of.get(first)
    return ent is not None and reading.label(ent) == "ORG" and ent.start < first


def _the_body(reading: Reading, head: Token, first: int, role: Role) -> int | None:
    """Where a state body is written as a name, in capitals after "the" and at most one other
    capitalised word, the name's start: it is the body the article is about ("the Government
    said", "the Federal Cabinet met"), where "the government" may be anyone's; a longer name is an
    organisation's own ("the Civil Aviation Authority")."""
    doc, sentence_start = reading.doc, reading.sentence_start[head.i]
    the = first - 1 - (first - 1 > sentence_start and doc[first - 1].is_title and doc[first - 1].lower_ != "the")
    if role.type in STATE_BODY_TYPES and head.is_title and head.i > sentence_start and the >= sentence_start and doc[the].lower_ == "the":
        return the + 1
    return None


def _affiliation(reading: Reading, head: Token, first: int) -> tuple[Role, int] | None:
    """The side a role noun that names no side of its own is on, and where its word is, where a
    role noun standing alone as an actor modifies it: "opposition lawmakers" OPP, "rebel
    commanders" REB, "the Kenyan opposition leader" OPP (no office holder)."""
    role = reading.role_at(head)[0]
    if role is None or role.bare:
        return None
    for child in head.children:
        if child.i < first and child.dep_ == "compound" and (side := reading.role_at(child))[0] is not None and side[0].bare:
            return side
    return None


def _state_media(reading: Reading, head: Token, role: Role) -> Role:
    """A media role the state runs ("state television", "the official news agency") is GOVMED."""
    if role.type != _MEDIA or not any(t.lower_ in reading.kb.state_media_words for t in reading.doc[head.left_edge.i : head.i]):
        return role
    return role.model_copy(update={"type": _GOVERNMENT + _MEDIA})


def _names_the_holder(reading: Reading, modifier: Token) -> bool:
    """A role noun modifying a common noun names who holds it ("rebel positions", "army base",
    "guerrilla camps"); not one modifying another role noun ("army chief") or a name."""
    head = modifier.head
    return head.pos_ == "NOUN" and modifier.i < head.i and reading.role_at(head)[0] is None


def _described_people(reading: Reading, token: Token, first: int) -> list[Draft]:
    """The people a role noun describes, the one it names first: the one it stands in apposition
    to ("X, a Swedish diplomat") or the one in apposition to it ("the French army chief, General
    X"); for a role of several words, the apposition may hang on its first noun ("X, the secretary
    of state"); else those a verb gives it to (`_given_by_verb`)."""
    for noun in (token, *(t for t in reading.doc[first : token.i] if t.dep_ == "appos")):
        found = reading.owner.get(noun.head.i) if noun.dep_ == "appos" else None
        if found is None:
            found = next((reading.owner[c.i] for c in noun.children if c.dep_ == "appos" and c.i in reading.owner), None)
        if found is not None:
            return [found] if found.kind is ActorKind.PERSON else []
    return _given_by_verb(reading, token)


def _given_by_verb(reading: Reading, token: Token) -> list[Draft]:
    """The people a verb gives the role noun to ("X was named chief executive", "appointed X its
    finance minister", "named X as its chief", "X, who was elected mayor", "X became chief"), in
    text order ("X replaces Y as chief": X holds it from then, Y held it before)."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "as" else token.head
    if verb.dep_ in _HOLDER_DEPS and verb.pos_ == "PROPN":  # "as chief" hung on the name it follows
        verb = verb.head
    if token.dep_ not in _GIVEN_ROLE_DEPS or verb.pos_ not in ("VERB", "AUX") or verb.i == token.i:
        return []
    kb, lemma = reading.kb, verb.lemma_.lower()
    holder_deps = (_HOLDER_DEPS if lemma in kb.role_giving_verbs else frozenset()) | (_SUBJECT_DEPS if lemma in kb.role_taking_verbs else frozenset())
    people = []
    for child in verb.children:
        holder = verb.head if child.dep_ == "nsubjpass" and child.tag_ == "WP" and verb.dep_ == "relcl" else child
        found = reading.owner.get(holder.i) if child.dep_ in holder_deps and child.i != token.i else None
        if found is not None and found.kind is ActorKind.PERSON and found not in people:
            people.append(found)
    return people


def _body(reading: Reading, head: Token, first: int) -> Draft | None:
    """A known organisation modifying a role noun ("UN troops", "Hamas fighters") or, for a post
    in a body, named in its "of" or "for" phrase ("leaders of al-Qaeda", "a spokesman for Hamas";
    not "victims of the Taliban")."""
    bodies = [c for c in head.children if c.i < first and c.dep_ in _MODIFIER_DEPS]
    if head.lemma_.lower() in reading.kb.body_posts:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _BODY_PREPS):
            bodies.extend(c for c in prep.children if c.dep_ == "pobj")
    for child in bodies:
        draft = reading.owner.get(child.i)
        if draft is not None and draft.known and draft.kind in (ActorKind.ORGANISATION, ActorKind.GROUP) and not draft.canonical_id.startswith("cameo:"):
            return draft
    return None


def _conjoined_groups(reading: Reading, head: Token, first: int, start: int, country: Country, role: Role) -> bool:
    """"Czech and Slovak officials", "French and German troops": one group per country word, each
    mentioned by its own word (where no name holds it already, as "US" stays the country's) and
    the first also by the role noun."""
    modifier = next((c for c in head.children if c.i < first and c.dep_ in _MODIFIER_DEPS and c.conjuncts), None)
    if modifier is None:
        return False
    others = [
        (c, s, e) for c, s, e in (reading.country_of(t) for t in conjuncts(modifier) if t is not modifier)
        if c and reading.free(s, e)
    ]
    if not others:
        return False
    first_group = reading.group(country.cameo + role.type, f"{modifier.text} {head.text}")
    if start < first:
        reading.mention(first_group, modifier.i, modifier.i + 1)
    reading.mention(first_group, head.i, head.i + 1)
    for other, other_start, other_end in others:
        name = f"{reading.doc[other_start:other_end].text} {head.text}"
        reading.mention(reading.group(other.cameo + role.type, name), other_start, other_end)
    return True


def _role_country(reading: Reading, head: Token, first: int, role: Role) -> tuple[Country | None, int, bool]:
    """The country qualifying a role noun: a demonym, country or state before it ("Russian
    troops", "Georgia lawmakers", "Moscow police"; a state or capital not in a name: "Ohio State University",
    "Paris High School"), a possessor ("Ukraine's army"), "of <country>" after it, or
    for local groups "in <country or capital>" ("police in Cairo", also beyond its phrase: "a police
    post in Gaza", `_placing_preps`; not a post abroad: "the embassy in Cairo"), and for them also a region or town the places stage read, after "of" or "in" ("the governor of Oregon", "police in Kano");
    else where it is based ("a Beirut-based newspaper"). Returns the mention's first token (a
    possessive country stays a mention of its own) and whether a region, not the country, was
    named (its leader is not the country's)."""
    kb = reading.kb
    children = list(head.children) + _placing_preps(head)
    for child, nested in _modifiers(reading, head, first):
        if child.i in reading.stances:  # "pro-Russian separatists" are no Russian body
            opposed = reading.opposed_country(child)
            if opposed is not None:
                return opposed, first, False
            continue
        named = head.i in reading.ent_of  # a town in a name ("Paris High School") is not the body's country
        country, start, _ = reading.country_of(child, capitals=not named)
        regional = country is None and not named and (country := reading.region_country(child.i)) is not None
        if regional:
            ent = reading.ent_of.get(child.i)
            start = ent.start if ent is not None else child.i
        if country is not None and reading.free(start, first):
            return country, start, regional
        if country is not None and (nested or reading.owner.get(child.i) is not None):  # "Ivory Coast rebels"
            return country, first, regional
    for child in children:
        if child.i < first and child.dep_ == "poss":
            country, _, _ = reading.country_of(child)
            if country is not None:
                return country, first, False
        local = role.type in kb.local_role_types and role.role not in kb.posted_abroad_roles and child.lower_ in kb.local_prepositions
        if child.dep_ == "prep" and (child.lower_ == "of" or local):  # "rebels in Darfur"
            for pobj in child.children:
                if pobj.dep_ != "pobj" or any(c.dep_ == "conj" for c in pobj.children):
                    continue  # "negotiators from Turkey and Greece" are no one country's
                country, _, _ = reading.country_of(pobj, capitals=local)
                regional = country is None and role.type in kb.local_role_types  # "the governor of Oregon", "police in Kano"
                if regional:
                    country = reading.region_country(pobj.i, modifier=False)
                if country is not None:
                    return country, first, regional
    shared = _shared_modifier_country(reading, head) or _qualified_noun_country(reading, head, first)
    return shared or _based_in(reading, head), first, False


def _leaders_body(reading: Reading, head: Token, first: int) -> tuple[Country, int] | None:
    """The country of a leader a government is named after ("the Bush administration", "the Maduro
    government"), with where the name starts: of the people the name may be who held a country's
    government, the one country they share, else the one of theirs the article names."""
    if head.lemma_.lower() not in reading.kb.led_bodies or first == 0 or reading.doc[first - 1].head.i != head.i:
        return None
    modifier = reading.doc[first - 1]
    ent = reading.ent_of.get(modifier.i)  # the recogniser may call the name an organisation's ("the Maduro government")
    name_start = ent.start if ent is not None and ent.end == first else modifier.i
    if modifier.dep_ != "compound" or not modifier.is_title:
        return None
    by_cameo, countries = reading.kb.countries.by_cameo, set()
    for name in (n for n in reading.names.lookup(reading.doc[name_start:first].text) if n.kind == "leader"):
        leader = reading.kb.leader(name.id)
        terms = leader.terms if leader is not None else ()
        countries.update(by_cameo[term.cameo[:3]].iso3 for term in terms if term.cameo[3:] == _GOVERNMENT and term.cameo[:3] in by_cameo)
    if len(countries) > 1:
        countries &= reading.countries_named()
    if len(countries) != 1:
        return None
    return reading.kb.countries.by_iso3[countries.pop()], name_start


def _people(reading: Reading, head: Token, first: int) -> tuple[Country, int] | None:
    """The country of a people of one country named before a role noun ("Yoruba leaders", "Zulu
    traders": `actor_peoples.tsv`), with where the mention starts (at the people's word where no
    actor holds it)."""
    for child, _ in _modifiers(reading, head, first):
        country = reading.kb.peoples.get(child.text)
        if country is not None:
            return country, child.i if reading.free(child.i, first) else first
    return None


def _placing_preps(head: Token) -> list[Token]:
    """Prepositions that place a role noun from outside its own phrase: on the noun it qualifies
    ("a police post in Gaza"), or on the verb it or that noun is the object of ("fired on
    villagers in Gaza", "shelled a police post in Gaza"; the parser hangs the place there)."""
    noun = head.head if head.dep_ == "compound" and head.head.i > head.i else head
    found = [c for c in noun.children if c.dep_ == "prep"] if noun is not head else []
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        noun = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "prep") and noun.head.pos_ == "VERB":
        found += [c for c in noun.head.children if c.dep_ == "prep" and c.i > head.i]
    return found


def _shared_modifier_country(reading: Reading, head: Token) -> Country | None:
    """The country of a demonym before the first of two listed nouns, which qualifies both
    ("Israeli tanks and troops": Israeli troops)."""
    if head.dep_ != "conj" or head.head.pos_ != "NOUN":
        return None
    first_noun = head.head
    modifiers = (c for c in first_noun.children if c.i < first_noun.i and c.dep_ in ("amod", "compound"))
    return next((country for c in modifiers if (country := reading.country_of(c)[0]) is not None), None)


def _qualified_noun_country(reading: Reading, head: Token, first: int) -> Country | None:
    """The country of a word right before a role noun that qualifies a noun after it, which the
    role noun qualifies too ("Israeli police custody", "a Serbian army jet": the police and the
    army are Israel's and Serbia's; the country word stays a mention of its own)."""
    before = reading.doc[first - 1] if first > 0 else None
    if head.dep_ != "compound" or before is None or before.dep_ not in ("amod", "compound") or before.head != head.head or head.head.i < head.i:
        return None
    return reading.country_of(before)[0]


def _modifiers(reading: Reading, head: Token, first: int) -> list[tuple[Token, bool]]:
    """The modifiers before a role noun's phrase, each with whether it modifies a word of the
    phrase or a compound before it rather than the noun itself ("Canadian special forces troops",
    "Australian SAS troops"), or a country word saying where a person is from ("the Saudi-born
    dissident"); in text order."""
    doc, found = reading.doc, []
    for word in doc[first : head.i + 1]:
        for child in word.children:
            if child.i < first and child.dep_ in _MODIFIER_DEPS:
                found.append((child, word is not head))
                if child.dep_ == "compound" or child.lower_ in reading.kb.origin_suffixes:
                    found += [(c, True) for c in child.children if c.i < child.i and c.dep_ in _MODIFIER_DEPS]
    return sorted(found, key=lambda pair: pair[0].i)


def _based_in(reading: Reading, head: Token) -> Country | None:
    """Where a body is based: "a Beirut-based newspaper", "a rights group based in Nairobi"."""
    for based in (c for c in head.children if c.dep_ in ("amod", "acl") and c.lemma_ == "base"):
        places = [c for c in based.children if c.dep_ in ("npadvmod", "compound")]
        places += syntax.pobjs(c for c in based.children if c.dep_ == "prep" and c.lower_ == "in")
        for place in places:
            country = reading.country_of(place, capitals=True)[0] or reading.region_country(place.i, modifier=False)
            if country is not None:
                return country
    return None


# -- pass 4: demonyms and capitals -----------------------------------------------------------
def read_modifiers_and_capitals(reading: Reading) -> None:
    """Demonyms as modifiers ("Russian assistance") and capitals acting as governments ("Moscow
    said", "talks with Beijing")."""
    doc, countries = reading.doc, reading.kb.countries
    for ent in reading.ents:
        if not reading.free(ent.start, ent.end):
            continue
        label = reading.label(ent)
        if label == "NORP" or label == "GPE" and len(ent) == 1:
            country = reading.placed(countries.by_demonym(ent.text), ent.start)
            if country is not None and (home := _minority_home(reading, ent.root, country)) is not None:
                reading.mention(reading.group(home.cameo, ent.text), ent.start, ent.end)  # "ethnic Albanians in Serbia": SRB
                continue
            if country is not None and _beside_a_name(ent.root):
                continue  # "X, a German": X's nationality, read with X's short names (`read_nationalities`)
            if country is not None:
                reading.mention(reading.country(country), ent.start, ent.end)
                continue
        if label in ("GPE", "ORG"):  # the recogniser takes a capital for an organisation at times ("sanctions on Minsk")
            _capital(reading, ent.root, ent.start, ent.end)
    # demonyms, country names and acting capitals the entity recogniser missed ("MINSK (Reuters) - Belarus", "Kyiv said")
    for token in syntax.where(doc, IS_TITLE, (1,)):
        if not (token.i not in reading.ent_of and reading.free(token.i, token.i + 1)):
            continue
        country = countries.by_demonym(token.text)
        if country is None and token.pos_ == "PROPN":
            country = reading.placed(countries.by_name(token.text), token.i)
        if country is not None and (home := _minority_home(reading, token, country)) is not None:
            reading.mention(reading.group(home.cameo, token.text), token.i, token.i + 1)
        elif country is not None:
            reading.mention(reading.country(country), token.i, token.i + 1)
        elif token.pos_ == "PROPN":
            _capital(reading, token, token.i, token.i + 1)


def read_nationalities(reading: Reading) -> None:
    """Pass 5b, after short names: a demonym in apposition to a person's name ("Mr. X, a German",
    "X, a 34-year-old Briton") is a mention of that person, whom it gives the country, not one
    of the country acting."""
    for ent in reading.ents:
        if reading.label(ent) != "NORP" or not _beside_a_name(ent.root) or not reading.free(ent.start, ent.end):
            continue
        country = reading.placed(reading.kb.countries.by_demonym(ent.text), ent.start)
        person = reading.owner.get(ent.root.head.i)
        if country is not None and person is not None and person.kind is ActorKind.PERSON and not person.known:
            _give_nationality(person, country)
            reading.mention(person, ent.start, ent.end)


def _beside_a_name(noun: Token) -> bool:
    return noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON"


def _give_nationality(person: Draft, country: Country) -> None:
    """The person's country, with the type a role gave it ("---BUS" becomes "DEUBUS")."""
    if person.cameo is None or person.cameo.startswith("---"):
        person.country = country.iso3
        person.cameo = country.cameo + (person.cameo or "---")[3:]


def _minority_home(reading: Reading, people: Token, country: Country) -> Country | None:
    """The country a people named by its demonym lives in where the text places it in another:
    "of" a place ("the Hungarians of Slovakia"), or "in" one for an ethnic group ("ethnic
    Turks in Bulgaria", "killed ethnic Albanians in a raid in Serbia"). CAMEO codes a minority by
    the country it lives in, not the state its name is of."""
    if people.tag_ not in _PLURAL_TAGS:
        return None
    ethnic = any(c.lower_ == "ethnic" for c in people.children if c.i < people.i)  # "Americans in Iraq" may be visitors
    preps = [c for c in people.children if c.dep_ == "prep" and (c.lower_ == "of" or ethnic and c.lower_ == "in")]
    if ethnic:
        preps += [c for c in _placing_preps(people) if c.lower_ == "in"]
    places = syntax.pobjs(preps)
    places += syntax.pobjs(c for place in places for c in place.children if c.dep_ == "prep" and c.lower_ == "in")  # "in a raid in Serbia"
    for pobj in places:
        home = reading.country_of(pobj, capitals=True)[0] or reading.region_country(pobj.i, modifier=False)
        if home is not None:
            return home if home.iso3 != country.iso3 else None
    return None


def _capital(reading: Reading, head: Token, start: int, end: int) -> None:
    """A capital that acts is its government ("Moscow said"); one acted upon, its country
    ("warned Kyiv"), as the places-acted-upon pass reads the places the recogniser found."""
    capital = reading.capital(start, end)
    if capital is not None and _acts(reading, head):
        reading.mention(reading.group(capital.cameo + _GOVERNMENT, reading.doc[start:end].text), start, end)
    elif capital is not None and acted_upon(head):
        reading.mention(reading.country(capital), start, end)


def _acts(reading: Reading, token: Token) -> bool:
    """A capital is a government when it is the subject of a verb that says what it did, the
    possessor of something, or the object of an agentive preposition ("talks with Moscow"); in
    a list, as the list's first member is."""
    token = reading.first_conjunct(token)
    head, kb = token.head, reading.kb
    if token.dep_ == "nsubj":
        return head.pos_ == "VERB" and head.lemma_ not in kb.non_agentive_verbs
    if token.dep_ == "pobj":
        return head.lower_ in kb.agentive_prepositions
    return token.dep_ == "poss"
