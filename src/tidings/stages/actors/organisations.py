"""Pass 6: organisations the knowledge does not know, under their own names, coded by what the
name and the words just before it say, as CAMEO codes a body it has no entry for: a role noun
heading the name ("the Mumbai Police Department": COP, "the Superior Court": JUD) or right after
it ("Time magazine": MED), else the name's last words ("Coastal Fisheries Bureau": GOV, "Southern Cross Airways": BUS), or a role noun
describing it ("the mining firm Vale": BUS; the text's description before a role word in the name:
"the salvage firm X Marine" is a firm), and a country in the name or before it ("the Kenya
Ports Authority", "Russian oil giant Rosneft", "France's investigative agency BEA"); a
non-governmental body whose name reaches beyond one country ("the Asian Forum of Jurists") is NGO,
which CAMEO writes in the country's place, and takes no country from its sentence; a building so
named ("the World Trade Centre") is none; an airport acting ("Heathrow said") is its operator, a business. Two last words listed as a head outrank a role word
before them ("the Hunter Area Health Service": HLH), and a council or society of a role's members
takes their type ("the Council of Trade Unions": LAB). An outlet whose country nothing names is
the article's ("told ABC Radio", "a Channel Seven report"), not that of the places its sentence
reports on."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from tidings import syntax
from tidings.knowledge import read_tsv
from tidings.knowledge.actors import Role, normalized
from tidings.knowledge.countries import Country, name_key
from tidings.model import ActorKind
from tidings.stages.actors.reading import POSSESSIVE_MARKS, Draft, Reading

_DESCRIPTION_WORDS = 4  # words before a name that may describe it ("Russian oil giant")
_DESCRIPTION_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_NAME_MODIFIER_DEPS = frozenset({"compound", "amod"})
_MEDIA = "MED"  # an outlet is of the article's country where nothing names its own ("told ABC Radio")
_PEOPLE = "PPL"  # "the Larrakia people": the name is the people's own
_GOVERNMENT = "GOV"  # a council named after its town is the town's government
_NGO = "NGO"  # a body whose name reaches beyond one country ("Asian Forum for X") is one in CAMEO's country place
_BUSINESS = "BUS"  # the company that runs an airport
_NAME_CUTS = frozenset({"of", "for"})  # "Bank of Tonga", "Department for Transport": the head is before


def read_other_organisations(reading: Reading) -> None:
    """Organisations under their own names (not codes such as "COVID-19": a name with digits
    is rarely an actor; nor an offence's abbreviation: "13 DUI arrests"); an abbreviation the text defines ("the Port Safety Board (PSB)") or
    spells out before ("KSP" after "Kentucky State Police") is the organisation it abbreviates. A name nothing codes as a body that the
    places stage read as a place, or one word right after a preposition of place, is a place the
    recogniser took for an organisation ("fires near Cessnock")."""
    abbreviated: dict[str, Draft] = {}
    for ent in reading.ents:
        if reading.label(ent) != "ORG" or any(ch.isdigit() for ch in ent.text) or reading.abbreviated_title(ent) or ent.text in reading.kb.offence_abbreviations:
            continue
        ent = _without_open_abbreviation(reading, ent)
        if reading.free(ent.start, ent.end):
            draft = abbreviated.get(ent.text) or reading.spelled_out_body(ent) or _named_in_full_before(reading, ent) or _organisation(reading, ent)
            if draft.cameo is None and _read_as_place(reading, ent):
                if ent.root.dep_ not in syntax.NOUN_SUBJECT_DEPS or (draft := place_operator(reading, ent)) is None:
                    continue
            draft = reading.mention(draft, ent.start, ent.end)
        elif (draft := _coded_body(reading, ent)) is None:
            continue
        abbreviation = _abbreviation_after(reading, ent)
        if abbreviation is not None:
            abbreviated.setdefault(abbreviation, draft)
            if reading.free(ent.end + 1, ent.end + 2):
                reading.mention(draft, ent.end + 1, ent.end + 2)


def place_operator(reading: Reading, ent: SpacySpan) -> Draft | None:
    """The company that runs the place the places stage read the name as, where it is one a
    company runs ("Heathrow reported disruption": the airport's operator, BUS of its country)."""
    place = reading.place_at(ent.start)
    if place is None or place["feature_code"] not in reading.kb.operated_place_codes or not reading.read_as_place(ent.start, ent.end):
        return None
    country = reading.kb.countries.by_iso3.get(place["country"] or "")
    name = name_key(ent.text)
    return Draft(
        canonical_id=f"name:{normalized(name)}", name=name, kind=ActorKind.ORGANISATION,
        cameo=_code(country, _BUSINESS), country=country.iso3 if country else None,
    )


def _named_in_full_before(reading: Reading, ent: SpacySpan) -> Draft | None:
    """The one organisation the article named earlier by a longer name this one opens ("United"
    after "United Airlines", "Cannon" after "Cannon Freight Lines") or closes after capitalised
    words, a place or an abbreviation ("Hydro" after "BC Hydro", "Rescue" after "Manitoba Rescue"):
    the short form of a name already given is that body."""
    words = [t.text for t in ent if t.pos_ != "DET"]
    found = {
        id(draft): draft for draft in reading.drafts.values() if draft.kind is ActorKind.ORGANISATION
        for start, end in draft.mentions
        if start < ent.start and end - start > len(words) and _short_form(reading.doc[start:end], words)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _short_form(name: SpacySpan, words: list[str]) -> bool:
    """`words` open the longer `name`, or close it after words each written with a capital."""
    if [t.text for t in name[: len(words)]] == words:
        return True
    dropped = name[: len(name) - len(words)]
    return [t.text for t in name[len(dropped) :]] == words and all(t.text[:1].isupper() for t in dropped)


def _without_open_abbreviation(reading: Reading, ent: SpacySpan) -> SpacySpan:
    """The name without the bracket and abbreviation the recogniser took into it ("Energy Union
    (CFMEU" of "... Energy Union (CFMEU)")."""
    doc = reading.doc
    if len(ent) > 2 and doc[ent.end - 2].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")":
        return doc[ent.start : ent.end - 2]
    return ent


def _coded_body(reading: Reading, ent: SpacySpan) -> Draft | None:
    """The body an earlier pass made of the whole name ("the Australian Workers Union": a role
    noun heads it), so that its abbreviation is that body too."""
    words = [t.i for t in ent if t.pos_ != "DET"]
    draft = reading.owner.get(words[0]) if words else None
    whole = draft is not None and all(reading.owner.get(i) is draft for i in words)
    return draft if whole and draft.kind is not ActorKind.PERSON and draft.cameo else None


def _organisation(reading: Reading, ent: SpacySpan) -> Draft:
    name = name_key(ent.text)
    described = _description(reading, ent)
    role = _office_type(reading, ent) or _local_government(reading, ent) or _national_department(reading, ent) or _field_of_a_department(reading, ent) or _role_of(reading, described) or _type_of_last_words(reading, ent) or _role_in_name(reading, ent) or _role_after(reading, ent) or _type_of_name(reading, ent) or _role_after(reading, ent, posts=True)
    if role in (None, _NGO) and any(t.lower_ in reading.kb.transnational_name_words for t in ent) and not _names_a_facility(reading, ent):
        return Draft(canonical_id=f"name:{normalized(name)}", name=name, kind=ActorKind.ORGANISATION, cameo=_NGO)
    if role in (None, _NGO):
        role = _members_role(reading, ent) or role
    country = _country_in_name(reading, ent) or _country_of(reading, described)
    return Draft(
        canonical_id=f"name:{normalized(name)}", name=name, kind=ActorKind.ORGANISATION,
        cameo=_code(country, role), country=country.iso3 if country else None,
        domestic=country is None and role == _MEDIA,
    )


def _names_a_facility(reading: Reading, ent: SpacySpan) -> bool:
    """The name's last word makes it a building or site ("the World Trade Centre"; not "the
    International Centre for Justice", a body)."""
    words = [t for t in ent if t.is_alpha]
    return bool(words) and words[-1].lower_ in reading.kb.facility_name_heads


def _read_as_place(reading: Reading, ent: SpacySpan) -> bool:
    """The places stage read the whole name as a place, or it is one word right after a
    preposition of place."""
    if reading.read_as_place(ent.start, ent.end):
        return True
    return len(ent) == 1 and ent.root.dep_ == "pobj" and ent.root.head.i == ent.start - 1 and ent.root.head.lower_ in reading.kb.place_prepositions


def _abbreviation_after(reading: Reading, ent: SpacySpan) -> str | None:
    """The initials of the name's capitalised words, in brackets right after it ("Port Safety
    Board (PSB)", "Union of Dock and Rail Workers (UDRW)")."""
    doc = reading.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
        return None
    written = doc[ent.end + 1].text
    initials = "".join(t.text[0] for t in ent if (t.is_title or t.is_upper) and t.pos_ != "DET")
    return written if len(written) > 1 and written == initials.upper() else None


def _code(country: Country | None, role_type: str | None) -> str | None:
    if role_type is None:
        return country.cameo if country is not None else None
    return (country.cameo if country is not None else "---") + role_type


def _description(reading: Reading, ent: SpacySpan) -> list[int]:
    """The tokens just before a name that describe it, nearest first ("oil giant", "France's
    investigative agency"), within its sentence and up to a determiner or any other word."""
    doc, found = reading.doc, []
    i = ent.start - 1
    while i >= reading.sentence_start[ent.start] and len(found) < _DESCRIPTION_WORDS:
        token = doc[i]
        if token.text not in POSSESSIVE_MARKS:
            if token.pos_ not in _DESCRIPTION_POS or i in reading.ent_of and reading.ent_of[i].label_ in ("PERSON", "ORG"):
                break
            found.append(i)
        i -= 1
    return found


def _country_of(reading: Reading, tokens: list[int]) -> Country | None:
    return next((country for i in tokens if (country := reading.country_of(reading.doc[i])[0]) is not None), None)


def _country_in_name(reading: Reading, ent: SpacySpan) -> Country | None:
    """A country named inside the name, as the places stage reads it (not a region: the places
    stage may read a word of a name as a region far away); none in an eatery's or a shop's name,
    named for its cooking or wares ("Korea Garden", "Jamaica Kitchen": not Korea's or Jamaica's)."""
    if ent[-1].text in _shop_words():
        return None
    return _country_of(reading, [t.i for t in ent if t.is_title or t.is_upper])


@cache
def _shop_words() -> frozenset[str]:
    """The last words of eateries' and shops' names (`places_shop_words.tsv`)."""
    return frozenset(row["word"] for row in read_tsv("places_shop_words.tsv"))


def _office_type(reading: Reading, ent: SpacySpan) -> str | None:
    """The type of the role whose office the name is ("the Sheriff's Office": COP)."""
    role = reading.office_role(ent)
    return role.type if role is not None else None


def _local_government(reading: Reading, ent: SpacySpan) -> str | None:
    """GOV for a body named after a town or region alone ("Enfield Council", "the Leeds Council")."""
    words = [t for t in ent if t.pos_ != "DET"]
    if len(words) < 2 or words[-1].lower_ not in reading.kb.place_body_heads:
        return None
    start, end = words[0].i, words[-1].i
    placed = reading.read_as_place(start, end) and reading.region_country(start, modifier=False) is not None
    return _GOVERNMENT if placed else None


def _national_department(reading: Reading, ent: SpacySpan) -> str | None:
    """GOV for a body named by a field of policy before its country alone ("Environment Canada",
    "Public Health England"), as such a country names its departments; not a firm's or a team's
    name before one ("Air Canada", "Team Canada")."""
    words = [t for t in ent if t.pos_ != "DET"]
    if len(words) < 2 or any(t.lower_ not in reading.kb.department_fields for t in words[:-1]):
        return None
    return _GOVERNMENT if reading.country_of(words[-1])[0] is not None else None


def _field_of_a_department(reading: Reading, ent: SpacySpan) -> str | None:
    """GOV for a field of policy written alone as a name before a body of government or a post in
    one ("Transportation officials", "a Health spokesman", "the Energy and Treasury departments"),
    as US and state governments name their departments."""
    if len(ent) != 1 or ent.root.lower_ not in reading.kb.department_fields or not ent.root.is_title:
        return None
    head = syntax.first_conjunct(ent.root).head
    kb = reading.kb
    return _GOVERNMENT if head.lemma_.lower() in kb.member_role_heads or kb.organisation_heads.get(head.lemma_.lower()) == _GOVERNMENT else None


def _role_in_name(reading: Reading, ent: SpacySpan) -> str | None:
    """The type of the role noun heading the name or modifying its head ("Superior *Court*",
    "*Police* Department"; the head as the name is written, last or before its "of", where the
    parse reads a word inside a list as the root: "Mining and Energy Workers *Union*"); not one
    deeper in it ("Government Accountability Project"), nor a rank as an adjective ("General Motors")."""
    head = ent.root
    words = _head_words(ent)
    modifiers = [c for c in head.children if c.dep_ in _NAME_MODIFIER_DEPS and ent.start <= c.i < ent.end and c.lower_ not in reading.kb.name_adjective_ranks]
    candidates = ([words[-1]] if words else []) + [head] + modifiers
    return next((role.type for c in candidates if (role := _role(reading, c.i)) is not None), None)


def _type_of_last_words(reading: Reading, ent: SpacySpan) -> str | None:
    """The type the name's last two words give a body, which outranks a role word before them
    ("the Hunter Area *Health Service*": HLH; "Hunter" names a region there, not a hunter), or
    either of two last words joined by a hyphen, as newspapers that merged join their names
    ("the Union-*Tribune*", "the *Times*-Picayune": MED, not a union)."""
    tokens = _head_words(ent)
    if len(tokens) < 2:
        return None
    heads = reading.kb.organisation_heads
    words = [_word_key(t) for t in tokens]
    joined = tokens[-1].i == tokens[-2].i + 2 and reading.doc[tokens[-1].i - 1].text == "-"
    return heads.get(" ".join(words[-2:])) or (heads.get(words[-1]) or heads.get(words[-2]) if joined else None)


def _type_of_name(reading: Reading, ent: SpacySpan) -> str | None:
    """The type the name's last three words with their "of" give a body ("Board of Education"),
    else its last two words or its last word before any "of", else its first word
    (`organisation_heads.tsv`)."""
    words = [_word_key(t) for t in _head_words(ent)]
    if not words:
        return None
    heads = reading.kb.organisation_heads
    ending = " ".join(t.lower_ for t in ent[-3:])
    return heads.get(ending) or heads.get(" ".join(words[-2:])) or heads.get(words[-1]) or reading.kb.organisation_starts.get(words[0])


def _members_role(reading: Reading, ent: SpacySpan) -> str | None:
    """The type of the role noun ending a name after its "of", for a body no more than a gathering
    of its members ("the Council of Ministers" GOV, "the Australian Council of Trade Unions" LAB)."""
    cut = next((t for t in ent[1:] if t.lower_ in _NAME_CUTS), None)
    if cut is None or cut.i + 1 >= ent.end:
        return None
    words = [t.lower_ for t in reading.doc[cut.i + 1 : ent.end]]
    lasts = (words[-1], words[-1].removesuffix("s"))  # a name's plural is tagged as a name, not lemmatised ("Unions")
    phrases = (" ".join([*words[-n:-1], last]) for n in range(len(words), 0, -1) for last in lasts)
    return next((role.type for phrase in phrases if (role := reading.kb.roles.get(phrase)) is not None), None)


def _head_words(ent: SpacySpan) -> list[Token]:
    """The words of the name up to its first "of" or "for" (not its first word), without
    punctuation but with abbreviated words ("Bank of Tonga": Bank; "Harbour Holdings Ltd.":
    Harbour Holdings Ltd.)."""
    words = []
    for token in ent:
        if token.lower_ in _NAME_CUTS and words:
            break
        if _word_key(token).isalpha():
            words.append(token)
    return words


def _word_key(token: Token) -> str:
    """The word in lower case without the stop that abbreviates it ("Inc." inc, "Co." co)."""
    return token.lower_.removesuffix(".")


def _role_of(reading: Reading, tokens: list[int]) -> str | None:
    """The type of the role noun nearest the name among the words describing it ("the mining *firm* X"),
    else of a noun that says what kind of body it is ("the support *organization* X": NGO), where
    no role noun before that one says more ("the rebel organization X")."""
    if not tokens or reading.doc[tokens[0]].pos_ != "NOUN":
        return None
    role = _role(reading, tokens[0])
    if role is not None:
        return role.type
    if any(_role(reading, i) is not None for i in tokens[1:]):
        return None
    return reading.kb.body_description_types.get(reading.doc[tokens[0]].lower_)


def _role_after(reading: Reading, ent: SpacySpan, posts: bool = False) -> str | None:
    """The type of the role noun the name qualifies right after it ("Time magazine", "the Ansa
    news agency", "the Larrakia people"); not another plural, the body's people ("Qantas
    maintenance workers" are no union). A person's post there ("Acme executive X": BUS) only with
    `posts`, read after the name's own last words ("X Rescue executive director": a rescue, NGO)."""
    head = ent.root.head
    if ent.root.dep_ != "compound" or not ent.end <= head.i <= ent.end + 1 or (head.lower_ in reading.kb.body_posts) != posts:
        return None
    role = _role(reading, head.i)
    if role is None or head.morph.get("Number") == ["Plur"] and role.type != _PEOPLE:
        return None
    return role.type


def _role(reading: Reading, i: int) -> Role | None:
    role, _ = reading.role_at(reading.doc[i])
    return role if role is not None and not role.offices else None
