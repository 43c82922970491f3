"""The state of one article's reading: actors under construction, the tokens they explain, and
what the words and the places stage say about countries.

Mentions are token ranges `[start, end)`; the token index (`token._.actor`) and the character
spans of the record are made from them once, when the actors are put on the Doc.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.attrs import IDX, LENGTH, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span as SpacySpan, Token

from tidings import docdata, syntax
from tidings.datelines import dateline
from tidings.knowledge.actors import ActorKB, Leader, Organisation, Role
from tidings.knowledge.countries import Country
from tidings.knowledge.names import AMBIGUOUS, NameTable
from tidings.model import Actor, ActorKind, Span

POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
BODY_KINDS = frozenset({ActorKind.ORGANISATION, ActorKind.GROUP})  # actors that are bodies, not people
MAX_ROLE_WORDS = 3  # words of the longest role noun ("deputy prime minister")
FIELD_SENTENCES = 2  # how often an article speaks of a field to make a title the field's ("Superintendent X": EDU)
_OWN_LABELS = frozenset({"leader", "organisation", "institution"})  # kinds whose table label overrides the recogniser's
_LOCAL_GOVERNMENT = Role(role="local government", type="GOV")  # a post in a town's or county's government
_CIVIL_POST_TYPE = "GOV"  # a post of several words a body before it may make its own ("police information officer": COP)
TITLE_BODY_SECTORS = frozenset({"igo", "armed", "business"})  # bodies whose name in a title codes the person ("U.N. envoy X", "Hamas leader X", "Airbus spokesman X")


@dataclass
class Draft:
    """An actor under construction: its identity and the token ranges of its mentions."""

    canonical_id: str
    name: str
    kind: ActorKind
    cameo: str | None = None
    country: str | None = None
    role: str | None = None
    known: bool = False
    mentions: list[tuple[int, int]] = field(default_factory=list)
    domestic: bool = False  # of the article's own country where it names none (a party named alone, an outlet)
    private_role: str | None = None  # a role type no office, given by an apposition ("X, a nurse": HLH), for the article's country
    singled_out: bool = False  # people one phrase describes ("two teenagers"): placed on their own, not merged with the role's group


_REGION_CODES = ("ADM", "RGN")  # GeoNames: administrative divisions, regions


class Reading:
    """One article: drafts by canonical id, the owner of each explained token, and indexes built
    once (entities by token, sentence starts, the places stage's reading of each token)."""

    def __init__(self, kb: ActorKB, names: NameTable, doc: Doc) -> None:
        self.kb = kb
        self.names = names
        self.doc = doc
        self.day = date.fromisoformat(doc._.published) if doc._.published else None
        self.drafts: dict[str, Draft] = {}
        self.owner: dict[int, Draft] = {}  # token index -> the actor it mentions
        self.reserved: set[int] = set()  # tokens of short names (and their titles), read last
        self.guessed: set[int] = set()  # tokens of mentions whose country their sentence or article lent them
        self.products: set[int] = set()  # tokens of a firm's name that names its product ("Airbus A380"): no actor
        opening = dateline(doc)
        self.dateline: range = range(opening[0], opening[1]) if opening else range(0)  # "MINSK" in "MINSK (Reuters) -": no actor
        self.opening: range = range(opening[0], opening[2]) if opening else range(0)  # the whole dateline, agency included
        self.ents: list[SpacySpan] = list(doc.ents)
        self.ent_of: dict[int, SpacySpan] = {t: ent for ent in self.ents for t in range(ent.start, ent.end)}
        self.stances: frozenset[int] = _stance_names(doc, self.ent_of, kb.stance_prefixes)  # "anti-Taliban": no actor
        self.sentence_start: list[int] = [0] * len(doc)
        self.sentence_of: list[int] = [0] * len(doc)
        for number, sent in enumerate(doc.sents):
            self.sentence_start[sent.start : sent.end] = [sent.start] * len(sent)
            self.sentence_of[sent.start : sent.end] = [number] * len(sent)
        self._places = {place["id"]: place for place in docdata.data(doc, "places")}
        self._first_conjunct: dict[int, Token] = {}
        self._labels: dict[int, str] = {}  # entity start -> label
        self._person_words: frozenset[str] | None = None  # the last words of PERSON entities (`_surnames`)
        self._place_at: dict[int, dict | None] = {}
        self._countries_named: set[str] | None = None
        self._fields_spoken_of: dict[str, bool] = {}
        self._roles_at: dict[int, tuple[Role | None, int]] = {}  # token index -> `role_at`'s answer
        self._text = docdata.text(doc)
        self._starts, self._lengths = doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else ([], [])  # of each token in the text
        self._spelled_out: dict[str, SpacySpan] | None = None

    def opposed_country(self, token: Token) -> Country | None:
        """The country of the organisation an "anti-" prefix names ("anti-Taliban fighters" are
        Afghans): those who fight a movement are of its country, as a government's opponents are.
        Not a country, a people or a person ("anti-American" or "anti-Bush" protesters may be
        anywhere), nor an organisation supported ("pro-Syrian militias" in Lebanon)."""
        ent = self.ent_of.get(token.i)
        if token.i < 2 or self.doc[token.i - 2].lower_ != "anti" or (ent is not None and ent.start != token.i):
            return None
        text = ent.text if ent is not None else token.text
        found = set()
        for name in self.names.lookup(text):
            owner = self.kb.organisation(name.id) if name.kind == "organisation" else None
            found.add(owner.country if owner is not None else None)
        iso3 = found.pop() if len(found) == 1 else None
        return self.kb.countries.by_iso3.get(iso3) if iso3 else None

    def words(self, start: int, end: int) -> str:
        """The text of tokens [start, end), as `doc[start:end].text` has it, cut from the Doc's
        text (no Span made, no token joined)."""
        if start >= end:
            return ""
        return self._text[self._starts[start] : self._starts[end - 1] + self._lengths[end - 1]]

    # -- bookkeeping -------------------------------------------------------------------------
    def free(self, start: int, end: int) -> bool:
        return not any(i in self.owner or i in self.reserved or i in self.dateline or i in self.stances or i in self.products for i in range(start, end))

    def mention(self, draft: Draft, start: int, end: int) -> Draft:
        """Record tokens [start, end) as a mention of `draft` (merged with a draft of the same id),
        without a leading article or a trailing possessive mark."""
        while end - start > 1 and self.doc[start].pos_ == "DET":
            start += 1
        while end - start > 1 and self.doc[end - 1].text in POSSESSIVE_MARKS:
            end -= 1
        draft = self.drafts.setdefault(draft.canonical_id, draft)
        self.owner.update((i, draft) for i in range(start, end))
        draft.mentions.append((start, end))
        return draft

    # -- actor identities --------------------------------------------------------------------
    def leader(self, leader: Leader) -> Draft:
        found = self.drafts.get(leader.canonical_id)
        if found is not None:
            return found
        term = leader.term_at(self.day)
        return Draft(
            canonical_id=leader.canonical_id,
            name=leader.name,
            kind=ActorKind.PERSON,
            cameo=self.kb.cameo_at(leader, self.day),
            country=(term.country if term else None) or leader.country,
            role=term.office if term else None,
            known=True,
        )

    def country(self, country: Country) -> Draft:
        return Draft(
            canonical_id=f"iso3:{country.iso3}", name=country.name, kind=ActorKind.COUNTRY,
            cameo=country.cameo, country=country.iso3, known=True,
        )

    def organisation(self, org: Organisation) -> Draft:
        return Draft(
            canonical_id=org.canonical_id, name=org.name, kind=ActorKind(org.kind),
            cameo=org.cameo, country=org.country, known=True,
        )

    def group(self, cameo: str, name: str) -> Draft:
        """A collective actor known by its CAMEO code only (RUSMIL, ---REB)."""
        country = self.kb.countries.by_cameo.get(cameo[:3])
        return Draft(
            canonical_id=f"cameo:{cameo}", name=name, kind=ActorKind.GROUP, cameo=cameo,
            country=country.iso3 if country else None, known=country is not None,
        )

    def office_holder(self, country: Country, role: Role) -> Leader | None:
        """The one leader holding the office a role noun names ("the Russian leader") on the
        article's date, preferring one already named in the article."""
        if not role.offices:
            return None
        holders = self.kb.office_holders(country.iso3, role, self.day)
        named = [leader for leader, _ in holders if leader.canonical_id in self.drafts]
        if len(named) == 1:
            return named[0]
        return holders[0][0] if len(holders) == 1 else None

    # -- reading words -----------------------------------------------------------------------
    def label(self, ent: SpacySpan) -> str:
        """An entity's label as the name table gives it to the curated names of leaders,
        organisations and institutions ("Duma" is an ORG, "Carney" a PERSON, whatever the
        recogniser said), unless the places stage read a person's name as a place; a PERSON for
        an organisation's entity that is a leader's title and name ("Indian PM X"); else the
        recogniser's label (it reads single-word country names and peoples well: "Finn" may be a
        surname, and "Christian" is a people, whatever surnames the imported dictionaries hold)."""
        if ent.start not in self._labels:
            labels = {name.label for name in self.names.lookup(ent.text) if name.kind in _OWN_LABELS and not name.imported}
            label = ent.label_ if len(labels) != 1 or ent.label_ in labels else labels.pop()
            if label == "PERSON" and ent.label_ != "PERSON" and self.place_at(ent.start) is not None:
                label = ent.label_
            elif label == "ORG" and (self._titled_leader_name(ent) or self._titled_name(ent) or self._person_by_context(ent)):
                label = "PERSON"
            elif label == "FAC" and self.office_role(ent) is not None:
                label = "ORG"
            self._labels[ent.start] = label
        return self._labels[ent.start]

    def office_role(self, ent: SpacySpan) -> Role | None:
        """The role whose office the name is ("the Lake County Sheriff's Office": sheriff)."""
        if len(ent) < 3 or ent[-1].lower_ not in self.kb.role_office_heads or ent[-2].text not in POSSESSIVE_MARKS:
            return None
        return self.role_at(ent[-3])[0]

    def title_word(self, token: Token) -> bool:
        """An honorific, a title's modifier or role, or a country or people ("Dr", "former", "President", "Indian")."""
        kb = self.kb
        if token.text in kb.honorifics or token.lower_ in kb.title_modifiers or self.role_at(token)[0] is not None:
            return True
        return kb.countries.by_name_or_demonym(token.text) is not None

    def _titled_name(self, ent: SpacySpan) -> bool:
        """An organisation's entity of capitalised words that is a title ending in a role noun and
        then a first name and a surname ("Federal Labor MP Carmen Lawrence"): a person, whom the
        knowledge need not know; not a name with words between ("Alliance Against Child Abuse")."""
        end = next((i for i in range(ent.end - 1, ent.start - 1, -1) if self.title_word(self.doc[i])), None)
        if end is None or self.role_at(self.doc[end])[0] is None or ent.end - end - 1 != 2:
            return False
        title, name = self.doc[ent.start : end + 1], self.doc[end + 1 : ent.end]
        return all(t.is_title or t.is_upper for t in title) and all(
            t.pos_ == "PROPN" and t.is_title and t.lower_ not in self.kb.organisation_heads for t in name
        )

    def _person_by_context(self, ent: SpacySpan) -> bool:
        """An organisation's entity of two or three capitalised words, none a body's or a role's nor,
        but the first, a place's, that is a person's name by its company: in a list with a person
        ("board members X and *Dana Ruiz*") or ending in a surname the text gives a person ("parish
        spokeswoman *Dana Ruiz* said ... Ruiz said", "her husband, Tom Ruiz"); not a body's name the
        knowledge holds."""
        if not 2 <= len(ent) <= 3 or any(name.kind != "leader" for name in self.names.lookup(ent.text)):
            return False
        kb = self.kb
        for token in ent:
            word = token.lower_.removesuffix(".")
            if not (token.is_title and word.isalpha()) or word in kb.organisation_heads or word in kb.organisation_head_nouns:
                return False
            if self.role_at(token)[0] is not None or token.i > ent.start and self.place_at(token.i) is not None:
                return False  # a place after the first word: a team's or a firm's name ("San Diego Chargers"), not "Amelia X"
        root = ent.root
        listed = root.dep_ == "conj" and root.head.ent_type_ == "PERSON" or any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children)
        return listed or ent[-1].text in self._surnames()

    def _surnames(self) -> frozenset[str]:
        """The last words of the names the recogniser reads as people's ("Ruiz said", "Tom Ruiz"),
        gathered once."""
        if self._person_words is None:
            self._person_words = frozenset(ent[-1].text for ent in self.ents if ent.label_ == "PERSON")
        return self._person_words

    def _titled_leader_name(self, ent: SpacySpan) -> bool:
        """The words of an organisation's entity are an office's title and a leader's name
        ("Indian PM X", taken whole for an organisation): a person."""
        start, titled = ent.start, False
        while start < ent.end - 1 and self.title_word(self.doc[start]):
            role = self.role_at(self.doc[start])[0]
            titled = titled or (role is not None and bool(role.offices))
            start += 1
        return titled and any(name.kind == "leader" for name in self.names.lookup(self.doc[start : ent.end].text))

    def countries_named(self) -> set[str]:
        """The countries the article names (ISO3): the countries of its places, and the
        countries and peoples its entities and capitalised words name ("the Indian Navy")."""
        if self._countries_named is None:
            found = {place["country"] for place in self._places.values() if place["country"]}
            names = [(ent.text, ent.start) for ent in self.ents if ent.label_ in ("GPE", "NORP")]
            names += [(token.text, token.i) for token in self.doc if token.is_title or token.is_upper]
            for text, start in names:
                country = self.placed(self.kb.countries.by_name_or_demonym(text), start)
                if country is not None:
                    found.add(country.iso3)
            self._countries_named = found
        return self._countries_named

    def place_at(self, i: int) -> dict | None:
        """The places stage's reading of token i, if it read the token as a place."""
        if i not in self._place_at:
            place_id = docdata.at(self.doc[i], "places")
            self._place_at[i] = self._places.get(place_id) if place_id is not None else None
        return self._place_at[i]

    def read_as_place(self, start: int, end: int) -> bool:
        """The places stage read the words as one place."""
        place = self.place_at(start)
        return place is not None and all(self.place_at(i) is place for i in range(start + 1, end))

    def country_of(self, token: Token, capitals: bool = False) -> tuple[Country | None, int, int]:
        """The country a token names or qualifies ("Russian", "North Korean", "Russia"; with
        `capitals`, also "Moscow"), with the token range of the words that say it."""
        ent = self.ent_of.get(token.i)
        start, end = (ent.start, ent.end) if ent is not None else (token.i, token.i + 1)
        found = self._country_named(start, end, capitals)
        if found is None and ent is not None:
            start, end = token.i, token.i + 1
            found = self._country_named(start, end, capitals)
        return found, start, end

    def _country_named(self, start: int, end: int, capitals: bool) -> Country | None:
        text = self.words(start, end)
        found = self.placed(self.kb.countries.by_name_or_demonym(text), start)
        if found is None and capitals:
            found = self.capital(start, end)
        return found

    def placed(self, country: Country | None, start: int) -> Country | None:
        """A country the words name, as the places stage reads them: where it read them as a
        place in another country ("Georgia" beside "Atlanta"), they name no country; where it
        read them as another country, that one."""
        place = self.place_at(start)
        if country is None or place is None or place["country"] == country.iso3:
            return country
        if (place["feature_code"] or "").startswith("PCL"):
            return self.kb.countries.by_iso3.get(place["country"])
        return None

    def capital(self, start: int, end: int) -> Country | None:
        """The independent country whose capital the words name, written as a name (not "male":
        Malé), unless the places stage read them as another place ("Washington" the state)."""
        if not self.doc[start].text[:1].isupper():
            return None
        country = self.kb.countries.by_capital(self.words(start, end))
        if country is None or not country.sovereign:
            return None
        place = self.place_at(start)
        if place is not None and (place["feature_class"] != "P" or place["country"] != country.iso3):
            return None
        return country

    def filed_from(self) -> Country | None:
        """The country of the dateline's place ("KHARTOUM (Reuters) -": Sudan), if any."""
        for i in self.dateline:
            place = self.place_at(i)
            if place is not None and place["country"]:
                return self.kb.countries.by_iso3.get(place["country"])
        return None

    def region_country(self, i: int, modifier: bool = True) -> Country | None:
        """The country of the region, province or town the places stage read token i as ("Georgia
        lawmakers" beside "Atlanta": American lawmakers; "Darfur rebels", "Gaza militants"); a
        town's name as a `modifier` of a role may be a person's instead."""
        place = self.place_at(i)
        if place is None or not place["country"] or (place["feature_code"] or "").startswith("PCL"):
            return None
        if place["feature_class"] != "P" and not (place["feature_code"] or "").startswith(_REGION_CODES):
            return None
        if modifier and place["feature_class"] == "P" and any(n.kind == "leader" for n in self.names.lookup(self.doc[i].text)):
            return None  # "the Palin administration": a person's name before a role, though a town bears it too
        return self.kb.countries.by_iso3.get(place["country"])

    def first_conjunct(self, token: Token) -> Token:
        """The first member of the list a token is in ("Paris" in "Paris, Rome and Oslo"): each
        token climbed once per article, however long the list."""
        path = []
        while token.dep_ == "conj" and token.head.i != token.i and token.i not in self._first_conjunct:
            path.append(token)
            token = token.head
        first = self._first_conjunct.get(token.i, token)
        self._first_conjunct.update((t.i, first) for t in path)
        return first

    def role_at(self, token: Token) -> tuple[Role | None, int]:
        """The role noun ending at `token` and its first token: the longest of up to
        `MAX_ROLE_WORDS` words ("troops", "prime minister", "deputy prime minister"); a
        hyphenated title as a whole ("Vice-President", "Lieutenant-General" as written either way), never its last part alone
        ("Secretary-General" is no general); a post within a body by the body's role ("police
        spokesman": COP, "army chief": MIL, "police information officer": COP, "the university's chancellor": EDU). Worked out once per
        token: several passes ask."""
        if token.i not in self._roles_at:
            self._roles_at[token.i] = self._role_at(token)
        return self._roles_at[token.i]

    def _body_role(self, body: Token) -> Role | None:
        """The role of the body a word before a post names: a role noun's ("police"), or local
        government for a town's or county's ("City Planner", "Public Works Director", "the county's
        coordinator": GOV; not a word of another name: "Manchester City boss", a club's)."""
        role = self.kb.roles.get(body.lemma_.lower())
        if role is not None or body.lower_ not in self.kb.local_government_words:
            return role
        ent = self.ent_of.get(body.i)
        named = ent is not None and ent.label_ != "PERSON" and any(t.lower_ not in self.kb.department_fields for t in self.doc[ent.start : body.i])
        return None if named else _LOCAL_GOVERNMENT

    def _role_at(self, token: Token) -> tuple[Role | None, int]:
        doc, roles = self.doc, self.kb.roles
        lemma = self._lemma(token)
        field_role = self._field_role(lemma)
        if lemma not in roles.last_words and token.lower_ not in roles.last_words and lemma not in self.kb.member_role_heads:
            return field_role, token.i
        if token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_:
            before, last = doc[token.i - 2].lower_, token.lemma_.lower()  # "Lieutenant-General" as "lieutenant general" too
            return roles.get(f"{before}-{last}") or roles.get(f"{before} {last}"), token.i - 2
        words = [lemma]
        found, first = roles.get(words[0]) or roles.get(token.lower_), token.i
        for i in range(token.i - 1, max(token.i - MAX_ROLE_WORDS, -1), -1):
            if not doc[i].is_alpha:
                break
            words.insert(0, doc[i].lower_)
            if (longer := roles.get(" ".join(words))) is not None:
                found, first = longer, i
        if field_role is not None and first == token.i:
            return field_role, token.i  # the field's title, unless the words before make another role ("army officer")
        if first == token.i and (owned := self._owned_role(token, lemma)) is not None:
            found = owned
        civil_post = found is not None and first < token.i and found.type == _CIVIL_POST_TYPE  # "police *information officer*"
        if (first == token.i or civil_post) and first > 0 and token.lemma_.lower() in self.kb.member_role_heads:
            body = doc[first - 1]
            # the body's word qualifies the post, or both qualify the name after them ("Acting City Planner X", parsed flat)
            flat = token.dep_ == "compound" and body.head.i == token.head.i
            qualifies = body.dep_ in ("compound", "amod", "nmod") and (body.head.i == token.i or flat)
            body_role = self._body_role(body) if qualifies else None
            if body_role is not None and not body_role.offices:
                return body_role, body.i
            # a person's post in a body of two words ("school board member X": EDU, "X, county commission chairman"); not a unit's
            held = token.head.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)
            pair = roles.get(f"{doc[first - 2].lower_} {body.lemma_.lower()}") if qualifies and held and first > 1 and doc[first - 2].is_alpha else None
            if pair is not None and not pair.offices:
                return pair, first - 2
            owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)  # "the university's chancellor"
            owner_role = self._body_role(owner) if owner is not None else None
            if owner_role is not None and not owner_role.offices:
                return owner_role, token.i
        if found is not None and first == token.i and token.lower_ in self.kb.shared_ranks and not self._military(token):
            return None, token.i  # "the team captain"
        return found, first

    def _owned_role(self, token: Token, lemma: str) -> Role | None:
        """A role a common noun owns, read as the phrase of the two ("the hospital's administrator"
        as "hospital administrator": HLH; "the estate's administrator" as "estate administrator"); not
        a name's last word ("the state's Affairs Commission")."""
        if not token.is_lower:
            return None
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        return self.kb.roles.get(f"{owner.lemma_.lower()} {lemma}") if owner is not None else None

    def _field_role(self, lemma: str) -> Role | None:
        """The role a field's title is in an article speaking of the field ("Superintendent X" in a
        story of schools: EDU; "Dr. X" in one of hospitals: HLH)."""
        subject, role = self.kb.field_titles.get(lemma, (None, None))
        if subject is None:
            return None
        if subject not in self._fields_spoken_of:
            words = self.kb.field_words[subject]
            self._fields_spoken_of[subject] = len({self.sentence_of[t.i] for t in self.doc if t.lower_ in words}) >= FIELD_SENTENCES
        return self.kb.roles.get(role) if self._fields_spoken_of[subject] else None

    def _lemma(self, token: Token) -> str:
        """The token's lemma in lower case; for a plural the tagger took for a name because it opens
        the sentence or the text after a dateline ("Rebels attacked", "NAIROBI, Kenya -- Officials
        said", "Deputies arrested"), its singular where that is a role or a field's title."""
        lemma = token.lemma_.lower()
        opens = token.is_sent_start or bool(self.opening) and token.i == self.opening.stop + 1  # after the dateline's dash
        if token.pos_ != "PROPN" or not opens or not lemma.endswith("s"):
            return lemma
        singular = lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]
        return singular if singular in self.kb.roles.last_words or singular in self.kb.field_titles else lemma

    def _military(self, token: Token) -> bool:
        """The sentence speaks of armed forces ("an army captain", "Captain X led the patrol")."""
        sentence, words = token.sent, self.kb.military_words
        return any(t.lower_ in words or f"{t.lower_} {t.nbor().lower_}" in words for t in sentence[:-1]) or sentence[-1].lower_ in words

    def body_of(self, token: Token) -> Organisation | None:
        """The international organisation or armed group an organisation's name at `token` stands
        for ("U.N." in "U.N. envoy Lena Harwick", "Hamas leader X"): by its tag's id or its one
        reading in the name table; an abbreviation the article spelled out, by that name's."""
        ent = self.ent_of.get(token.i)
        if ent is None or ent.label_ != "ORG" or self.abbreviated_title(ent):
            return None
        name = self.spelled_out(ent) or ent  # "AFP commissioner X" in a story of the Australian Federal Police
        ids = {name.ent_id_} if name.ent_id_ else {n.id for n in self.names.lookup(name.text) if n.kind == "organisation" and n.form != AMBIGUOUS}
        orgs = [org for org in map(self.kb.organisation, ids) if org is not None and org.sector in TITLE_BODY_SECTORS]
        return orgs[0] if len(orgs) == 1 else None

    def spelled_out(self, ent: SpacySpan) -> SpacySpan | None:
        """The organisation's name the article gave earlier whose capitalised words' initials
        the one word `ent` writes in capitals ("KSP" after "the Kentucky State Police", "AFP" in a
        story of the Australian Federal Police): the text's own reading of its abbreviation,
        which outranks any other the knowledge has for the letters."""
        if len(ent) != 1 or not ent.text.isalpha() or not ent.text.isupper() or len(ent.text) < 2:
            return None
        if self._spelled_out is None:
            self._spelled_out = {}
            for name in self.ents:
                if name.label_ == "ORG" and (initials := _initials(name)) is not None:
                    self._spelled_out.setdefault(initials, name)
        name = self._spelled_out.get(ent.text)
        return name if name is not None and name.end <= ent.start else None

    def spelled_out_body(self, ent: SpacySpan) -> Draft | None:
        """The body an earlier pass read in the name `ent` abbreviates (`spelled_out`)."""
        name = self.spelled_out(ent)
        draft = self.owner.get(name.end - 1) if name is not None else None
        return draft if draft is not None and draft.kind is not ActorKind.PERSON else None

    def abbreviated_title(self, ent: SpacySpan) -> bool:
        """A capitalised abbreviation set straight before a person's name is the person's title
        ("GM Rolf Degel": a general manager; "MD Jane Okafor"), not the body the letters also
        abbreviate."""
        after = self.ent_of.get(ent.end)
        return len(ent) == 1 and ent.text.isupper() and after is not None and after.start == ent.end and after.label_ == "PERSON"

    # -- the result --------------------------------------------------------------------------
    def actors(self) -> list[Actor]:
        """The drafts as record actors, numbered a1, a2, ... in order of first mention."""
        doc, text = self.doc, docdata.text(self.doc)
        ordered = sorted((d for d in self.drafts.values() if d.mentions), key=lambda d: min(d.mentions))
        actors = []
        for number, draft in enumerate(ordered, start=1):
            spans = []
            for start, end in sorted(set(draft.mentions)):
                first, last = doc[start], doc[end - 1]
                begin, finish = first.idx, last.idx + len(last)
                spans.append(Span(start=begin, end=finish, text=text[begin:finish]))
            actors.append(
                Actor(
                    id=f"a{number}", spans=spans, canonical_id=draft.canonical_id, name=draft.name,
                    kind=draft.kind, cameo=draft.cameo, country=draft.country, role=draft.role, known=draft.known,
                )
            )
        return actors


def _stance_names(doc: Doc, ent_of: dict[int, SpacySpan], prefixes: frozenset[str]) -> frozenset[int]:
    """The tokens of a stance prefix and the name it takes ("anti-Taliban", "pro-Russian",
    "anti-government"): the name says whom a group opposes or supports, not who the group is.
    A prefix within a name ("the Anti-Corruption Commission") is the name's."""
    found: set[int] = set()
    for prefix in syntax.where(doc, LOWER, map(get_string_id, prefixes)):
        i = prefix.i
        if i + 2 >= len(doc) or doc[i + 1].text != "-" or prefix.whitespace_ or doc[i + 1].whitespace_:
            continue
        ent, holder = ent_of.get(i + 2), ent_of.get(i)
        within = holder is not None and (holder.start < i or holder.end > i + 3)
        if within or (i + 3 < len(doc) and doc[i + 2].is_title and doc[i + 3].is_title and doc[i + 3].pos_ == "PROPN"):
            continue  # the prefix is within a longer name
        if ent is not None and ent.start not in (i, i + 2):
            continue
        end = ent.end if ent is not None else i + 3
        found.update(range(i, end))
    return frozenset(found)


def _initials(name: SpacySpan) -> str | None:
    """The initials of a name of two or more words, each written with a capital ("Kentucky State
    Police": KSP); none where a word of it is not ("Bank of Tonga")."""
    words = [t for t in name if t.pos_ != "DET"]
    if len(words) < 2 or not all(t.is_alpha and t.text[0].isupper() for t in words):
        return None
    return "".join(t.text[0] for t in words)
