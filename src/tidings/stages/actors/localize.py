"""Pass 7: actors coded without a country ("rebels" ---REB, "President X" ---GOV) take the
country of their sentence when it names exactly one (as a country, a group's country or a
capital; not a person's title), else when its places lie in exactly one ("a post in Kandahar"),
or, in a sentence that names none, the country the dateline files the story from ("KHARTOUM
(Reuters) - Rebels attacked..."; not a bureau's abroad, in a story set in a country it names far
more often: `_filed_from_the_story`), or the one country of the known people it names ("Minister X
says the Government will cut spending"; not for a group acted upon), or else, where no country is even acted upon there
("shelled Kandahar") or, for a local group, only the article's own country is ("Police chased the
pair to Minneapolis"), the article's own country; in a sentence that names several, the country of the
group of the same role named just before, else the article's country, if it is one of them
("the army" in a story from Australia that mentions East Timor): a titled stranger or an
organisation once, a group per mention, unless the mention names its people
("Congolese refugees" beside "Burundian militiamen"). A speaker takes no country named only in
what it says ("the Prime Minister said Swedish ships would be barred": the article's). An armed group set against one country's
forces or offices in its clause is that country's first ("Kurdish rebels killed Turkish troops").
Forces, often abroad, take no country from a word qualifying what they act upon ("the army
resumed its raids on Lebanese towns"), as local groups may ("a judge charged Peruvian officers").
An actor of the article's own country (a party named alone: `Draft.domestic`) takes the country
the dateline files the story from, else the article's, before its sentence's; so does a body
written as a name that names no country ("the Government", "the Opposition") in a sentence that
names another, unless a known office holder of its role was a subject just before ("Prime Minister
X opened a meeting. The Government will ...": X's country's, wherever the sentence names another).

The article's country is the one named in more of its sentences than any other, provided its
opening sentences name it: a story set in one country names it, or its towns, early and often;
a single country named in passing at the end says nothing about the rest; but where the opening
names none, a country named in several sentences, more than all others together, is its own
(local news names its towns late, not its country). Where no country
leads, the known people it names count as their countries' mentions; where still none leads, a
titled stranger or a named body ("Public Works Director X", "Acme Energy") of an article whose
countries, places and known people all lie in one country is of that country (not a group: "police"
in a story naming Canada once, in passing, stay unplaced)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from tidings import docdata, syntax
from tidings.knowledge.countries import Country
from tidings.model import ActorKind
from tidings.stages.actors.reading import BODY_KINDS, Draft, Reading

_COUNTRY_CODES = "PCL"  # GeoNames: political entities (countries, dependencies), no town or region of one
_BUSINESS, _MULTINATIONAL = "BUS", "MNC"  # CAMEO's business type and its multinational firms' prefix
FIRM_STORY_SENTENCES = 2  # sentences naming a firm for its home to count toward the article's country


def localize(reading: Reading, drafts: Iterable[Draft] | None = None) -> None:
    """Place the actors without a country, or only those of `drafts` that have none."""
    candidates = reading.drafts.values() if drafts is None else drafts
    unplaced = [d for d in candidates if d.cameo and d.cameo.startswith("---") and not d.known]
    if not unplaced:
        return
    tests = _MentionTests(reading)
    named = _countries_by_sentence(reading, tests)
    placed = _countries_of_places(reading, tests)
    # a speaker takes no country named only in what it says ("the minister said Norwegian ships ...")
    speakers, said = _speakers(reading, unplaced)
    named_unsaid = _countries_by_sentence(reading, tests, skip=said) if said else named
    placed_unsaid = _countries_of_places(reading, tests, skip=said) if said else placed
    # for forces, often abroad, not the country of what they act upon either ("raids on Lebanese towns")
    named_abroad = _countries_by_sentence(reading, tests, qualifying=True)
    placed_abroad = _countries_of_places(reading, tests, qualifying=True)
    mentioned, known_people = _mentioned(reading, tests)
    home = _home(reading, mentioned, known_people)
    home_sentences = sum(home.iso3 in found for found in mentioned.values()) if home is not None else 0
    filed_from = _filed_from_the_story(reading, home, home_sentences, mentioned)
    # a titled stranger or a named body, not a group ("police"): a country named once in passing may be another's
    sole = None if home is not None else _sole_country(reading, tests, mentioned, known_people)

    earlier = _coded_by_role(reading)
    holders = _coded_by_role(reading, acting_people=True)

    def country_at(mention: tuple[int, int], role_type: str, local: bool) -> Country | None:
        sentence = reading.sentence_of[mention[0]]
        if mention[0] in speakers:
            found = named_unsaid.get(sentence) or placed_unsaid.get(sentence, set())
        elif local:
            found = named.get(sentence) or placed.get(sentence, set())
        else:
            found = named_abroad.get(sentence) or placed_abroad.get(sentence, set())
        if not found:
            same = _same_role_before(reading, earlier.get(role_type, []), mention[0])
            # "Minister X says the Government will cut spending": X's; not one X acts upon ("X urged the government")
            speaking = set() if tests.acted_upon(*mention) else known_people.get(sentence, set())
            own = reading.kb.countries.by_iso3.get(next(iter(speaking))) if len(speaking) == 1 else None
            quiet = sentence not in mentioned or mention[0] in speakers  # names no country, or only in what it says
            return same or filed_from or own or (home if quiet or local and _at_home(mentioned[sentence], home, home_sentences) else None)
        if len(found) == 1:
            return reading.kb.countries.by_iso3.get(next(iter(found)))
        agent = _agents_country(reading, mention) if local else None
        if agent in found:
            return reading.kb.countries.by_iso3.get(agent)
        same = _same_role_before(reading, earlier.get(role_type, []), mention[0])  # "Indian troops shelled ... militants ambushed an army patrol"
        if same is not None and same.iso3 in found:
            return same
        return home if home is not None and home.iso3 in found else None

    insurgents = reading.kb.insurgent_role_types
    for draft in sorted(unplaced, key=lambda d: d.cameo[3:] in insurgents):  # armed groups after the forces they fight
        role_type = draft.cameo[3:]
        local = role_type in reading.kb.local_role_types
        if draft.kind is not ActorKind.GROUP or draft.singled_out:
            domestic = (filed_from or home) if draft.domestic else None  # a party named alone: the article's
            country = domestic or country_at(draft.mentions[0], role_type, local) or (sole if draft.kind is not ActorKind.GROUP else None)
            if country is not None:
                draft.cameo, draft.country = country.cameo + role_type, country.iso3
                reading.guessed.update(i for start, end in draft.mentions for i in range(start, end))
            continue
        kept = []
        insurgent = role_type in insurgents
        for mention in draft.mentions:
            people = _own_people(reading, mention)
            fought = _fought_country(reading, mention) if insurgent and (people is None or not _of_a_country(reading, people)) else None
            sentence = reading.sentence_of[mention[0]]
            # "the Government": that of the office holder a clause before had act, else, beside another country's name, the article's
            home_body = None
            if _proper_local_body(reading, mention):
                holder = _same_role_before(reading, holders.get(role_type, []), mention[0], HOLDER_SENTENCES)
                home_body = (filed_from or holder or home) if mentioned.get(sentence) else holder
            country = fought or (None if people is not None else home_body or country_at(mention, role_type, local))
            if country is None:
                kept.append(mention)
                continue
            local = reading.group(country.cameo + role_type, draft.name)
            local = reading.drafts.setdefault(local.canonical_id, local)
            local.mentions.append(mention)
            reading.owner.update((i, local) for i in range(*mention))
            reading.guessed.update(range(*mention))
        draft.mentions = kept
        if not kept:
            del reading.drafts[draft.canonical_id]


def place_private_people(reading: Reading) -> None:
    """Named people the text gives neither an office nor a country ("said Jane Roe, who lives
    nearby") take the country a word of their noun phrase names ("his Danish wife Jane Roe"), else
    the article's where one leads, else the one its dateline files from ("NEWARK, N.J. (AP) -" in a
    story naming France as often), else the one country all its places lie in (a local story
    naming its town once), as CAMEO codes a private person (a resident of a Massachusetts
    town: USA), with the role an apposition gives ("Jane Roe, a nurse": USAHLH); none where no
    country leads, no dateline places the story and its places lie in several countries or none.
    Members a title names by a body's bare noun ("Board members X and Y") take the code of the body
    of that noun named before ("the school board": EDU)."""
    unplaced = [d for d in reading.drafts.values() if d.kind is ActorKind.PERSON and d.cameo is None and not d.known]
    if not unplaced:
        return
    tests = _MentionTests(reading)
    mentioned, known_people = _mentioned(reading, tests)
    home = _home(reading, mentioned, known_people) or reading.filed_from() or _sole_country(reading, tests, mentioned, known_people)
    for draft in unplaced:
        body = _members_body(reading, draft.mentions[0])
        if body is not None:
            draft.cameo, draft.country = body.cameo, body.country
            continue
        country = _phrase_country(reading, draft.mentions[0]) or home
        if country is None:
            continue
        draft.cameo, draft.country = country.cameo + (draft.private_role or ""), country.iso3
        reading.guessed.update(i for start, end in draft.mentions for i in range(start, end))


def _members_body(reading: Reading, mention: tuple[int, int]) -> Draft | None:
    """The body a title before the name (or before the first name of its list) names by its
    bare noun and a member's post ("Board members X and Y", "commission member X"): the nearest
    coded body of that noun named before ("the school board"), whose members they are."""
    doc, kb = reading.doc, reading.kb
    head = reading.first_conjunct(doc[mention[0] : mention[1]].root)
    ent = reading.ent_of.get(head.i)
    start = ent.start if ent is not None else mention[0]
    if start < 2 or doc[start - 1].lemma_.lower() not in kb.member_role_heads or doc[start - 2].lower_ not in kb.member_bodies:
        return None
    noun, nearest, found = doc[start - 2].lower_, -1, None
    for draft in reading.drafts.values():
        if draft.kind in BODY_KINDS and draft.country and draft.cameo and len(draft.cameo) > 3 and draft.name.lower().rsplit(maxsplit=1)[-1] == noun:
            before = max((first for first, _ in draft.mentions if first < start - 2), default=-1)
            if before > nearest:
                nearest, found = before, draft
    return found


PHRASE_WORDS = 5  # how far before a name its noun phrase's words may say its country ("his 28-year-old Danish wife X")


def _phrase_country(reading: Reading, mention: tuple[int, int]) -> Country | None:
    """The country a word before the name in its own noun phrase names ("the Danish sculptor X"),
    the words back to a verb, a preposition or a punctuation mark."""
    start = mention[0]
    for token in reversed(reading.doc[max(start - PHRASE_WORDS, reading.sentence_start[start]) : start]):
        if token.pos_ in _PHRASE_ENDS:
            return None
        country = reading.country_of(token)[0]
        if country is not None:
            return country
    return None


_PHRASE_ENDS = frozenset({"VERB", "AUX", "ADP", "PUNCT", "CCONJ", "SCONJ"})


def to_sovereigns(reading: Reading) -> None:
    """Actors coded with a dependent territory's country ("police on Christmas Island": CXRCOP)
    are the sovereign's (AUSCOP: `territory_sovereigns.tsv`); the territory itself, an actor as
    a country, keeps its code, as its places keep their ids."""
    sovereigns = reading.kb.territory_sovereigns
    for draft in list(reading.drafts.values()):
        sovereign = sovereigns.get((draft.cameo or "")[:3]) if draft.kind is not ActorKind.COUNTRY else None
        if sovereign is None:
            continue
        cameo = sovereign.cameo + draft.cameo[3:]
        if draft.kind is not ActorKind.GROUP:
            draft.cameo, draft.country = cameo, sovereign.iso3
            continue
        group = reading.group(cameo, draft.name)
        group = reading.drafts.setdefault(group.canonical_id, group)
        group.mentions.extend(draft.mentions)
        reading.owner.update((i, group) for start, end in draft.mentions for i in range(start, end))
        del reading.drafts[draft.canonical_id]


OPENING_SENTENCES = 3  # how early an article names its own country
DOMINANT_COUNTRY_SENTENCES = 2  # how often a country named more than all others makes it the article's, named early or not
DOMINANT_COUNTRY_NAMES = 2  # the different words it must be named by (a surname read as a village repeats one)
SAME_ROLE_SENTENCES = 2  # how far back a group of the same role lends its country
HOLDER_SENTENCES = 4  # how far back an office holder as a subject lends "the Government" its country
BUREAU_SENTENCES = 3  # a dateline's country named (outside it) in fewer sentences than this, in a story set in another ...
BUREAU_RATIO = 4  # ... named this many times as often, is a bureau's abroad: it places no actor


def _at_home(acted_upon: set[str], home: Country | None, home_sentences: int) -> bool:
    """A sentence acts upon the article's own country alone (`acted_upon`), which other sentences
    name too: a local group acting there is of it ("Police chased the pair to Minneapolis")."""
    return home is not None and acted_upon == {home.iso3} and home_sentences > 1


def _proper_local_body(reading: Reading, mention: tuple[int, int]) -> bool:
    """A body written as a name and naming no country ("the Government", "the Opposition"
    inside a sentence; not qualifying a noun: "a Government plan"): Commonwealth usage for the
    article's own country's (`proper_local_bodies`)."""
    start, end = mention
    head = reading.doc[end - 1]
    return end - start == 1 and not head.is_sent_start and head.dep_ not in _QUALIFIER_DEPS and head.text in reading.kb.proper_local_bodies


def _coded_by_role(reading: Reading, acting_people: bool = False) -> dict[str, list[tuple[int, str]]]:
    """Role type -> the mentions (start, country) of groups and people coded with a country and
    that role ("Israeli troops": MIL, ISR), in text order; with `acting_people`, only of known
    people as subjects, by the role's first type ("Health Minister X said": GOV, X's country)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for draft in reading.drafts.values():
        if draft.country and draft.cameo and len(draft.cameo) > 3 and not draft.cameo.startswith("---"):
            if acting_people and not (draft.known and draft.kind is ActorKind.PERSON):
                continue
            mentions = [(start, end) for start, end in draft.mentions if not acting_people or reading.doc[start:end].root.dep_ in syntax.SUBJECT_DEPS]
            role_type = draft.cameo[3:6] if acting_people else draft.cameo[3:]  # a minister's portfolio aside ("GOVHLH")
            found.setdefault(role_type, []).extend((start, draft.country) for start, _ in mentions)
    for mentions in found.values():
        mentions.sort()
    return found


def _same_role_before(reading: Reading, coded: list[tuple[int, str]], start: int, sentences: int = SAME_ROLE_SENTENCES) -> Country | None:
    """Where a sentence names no country, the country of the last group of the same role named
    just before, within `sentences` ("Israeli troops entered the town. Soldiers searched houses":
    Israeli soldiers)."""
    before = bisect_left(coded, (start, ""))
    if before == 0 or reading.sentence_of[start] - reading.sentence_of[coded[before - 1][0]] > sentences:
        return None
    return reading.kb.countries.by_iso3.get(coded[before - 1][1])


def _mentioned(reading: Reading, tests: _MentionTests) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """Sentence number -> the countries it names or places it names lie in, acted upon or not;
    and sentence number -> the countries of the known people it names."""
    known_people: dict[int, set[str]] = {}
    mentioned = _countries_by_sentence(reading, tests, acted_upon=True, people=known_people)
    for sentence, found in _countries_of_places(reading, tests, acted_upon=True).items():
        mentioned.setdefault(sentence, set()).update(found)
    return mentioned, known_people


def _home(reading: Reading, mentioned: dict[int, set[str]], known_people: dict[int, set[str]]) -> Country | None:
    """The article's country: from the countries it names, else also from its known people's."""
    return _article_country(reading, mentioned) or _article_country(reading, _with_people(mentioned, known_people))


def _sole_country(reading: Reading, tests: _MentionTests, mentioned: dict[int, set[str]], known_people: dict[int, set[str]]) -> Country | None:
    """The one country all the article's countries, places and known people lie in, where it
    names a town or a region of it, however seldom (a local story naming its town once): the
    article leaves no doubt where it is set, though no country leads its sentences. Not a country
    named only as such ("a treatment used in Canada", "if the US recovers"): news names other
    countries in passing."""
    countries = set().union(*mentioned.values(), *known_people.values())
    if len(countries) != 1:
        return None
    iso3 = countries.pop()
    local = any(place is not None and place["country"] == iso3 and not (place["feature_code"] or "").startswith(_COUNTRY_CODES) for _, place in tests.places())
    return reading.kb.countries.by_iso3.get(iso3) if local else None


def _filed_from_the_story(reading: Reading, home: Country | None, home_sentences: int, mentioned: dict[int, set[str]]) -> Country | None:
    """The country the dateline files from, unless the story is set in another one: where the
    article's own country (`home`, named in `home_sentences`) is another, named in BUREAU_RATIO
    times as many sentences, and the text names the dateline's in fewer than BUREAU_SENTENCES, the
    dateline names a bureau abroad ("BEIRUT - ... Aleppo ...": a Syrian story filed from Lebanon,
    whose rebels and residents are Syria's)."""
    filed = reading.filed_from()
    if filed is None or home is None or filed.iso3 == home.iso3:
        return filed
    named = sum(filed.iso3 in found for found in mentioned.values())
    return None if named < BUREAU_SENTENCES and home_sentences >= BUREAU_RATIO * max(named, 1) else filed


def _with_people(mentioned: dict[int, set[str]], people: dict[int, set[str]]) -> dict[int, set[str]]:
    """`mentioned` with the countries of the known people each sentence names (`people`), for an
    article where no country leads: news of a country's own affairs rarely names the country,
    but names its office holders."""
    found = {sentence: set(countries) for sentence, countries in mentioned.items()}
    for sentence, countries in people.items():
        found.setdefault(sentence, set()).update(countries)
    return found


def _article_country(reading: Reading, mentioned: dict[int, set[str]]) -> Country | None:
    """The country `mentioned` (sentence -> countries) in the most sentences and named in the
    opening sentences, where no other is named as often; of countries named equally often, the
    one alone among them the opening names (a story from Sydney on the US economy names Australia
    first); where the opening names none, the one named in several sentences, more than all others
    together, by several words (a school board's story naming its town only after the opening);
    None where no country leads."""
    counts = Counter(iso3 for countries in mentioned.values() for iso3 in countries)
    if not counts:
        return None
    most = max(counts.values())
    opening = set().union(*(countries for sentence, countries in mentioned.items() if sentence < OPENING_SENTENCES))
    leaders = [iso3 for iso3, count in counts.items() if count == most]
    opened = [iso3 for iso3 in leaders if iso3 in opening]
    if len(opened) != 1:
        # an opening naming none: the country named in more sentences than all others together, in several
        # (a local story naming its towns after the opening, a quake story naming its neighbours)
        dominant = not opening and most >= DOMINANT_COUNTRY_SENTENCES and 2 * most > sum(counts.values())
        return reading.kb.countries.by_iso3.get(leaders[0]) if dominant and _named_variously(reading, leaders[0]) else None
    return reading.kb.countries.by_iso3.get(opened[0])


def _agents_country(reading: Reading, mention: tuple[int, int]) -> str | None:
    """The country of whoever acts on a local group, where the sentence names several: the
    subject of the verb it is the object of, or the agent of its passive ("Cuba freed three
    dissidents after appeals from the Vatican": Cuban dissidents)."""
    head = reading.doc[mention[0] : mention[1]].root
    if head.dep_ == "dobj":
        agents = [c for c in head.head.children if c.dep_ == "nsubj"]
    elif head.dep_ == "nsubjpass":
        agents = syntax.pobjs(c for c in head.head.children if c.dep_ == "agent")
    else:
        return None
    draft = reading.owner.get(agents[0].i) if agents else None
    return draft.country if draft is not None else None


def _fought_country(reading: Reading, mention: tuple[int, int]) -> Country | None:
    """The one country whose forces or offices an armed group's clause sets against it: the
    objects of the verb it is the subject of ("guerrillas killed Turkish soldiers"), the subject
    of the verb it is the object of, directly or through a preposition or a noun ("the army
    launched an offensive against Tamil rebels"), the agent of its passive, the one the deed it
    is the agent of is done to ("soldiers were killed in an ambush by rebels"); for a group that
    qualifies a noun ("a rebel stronghold"), that noun's."""
    head = reading.first_conjunct(reading.doc[mention[0] : mention[1]].root)
    for _ in range(syntax.MAX_HOPS):  # "captured a rebel stronghold", "the rebels' positions": the noun they qualify
        if head.dep_ not in ("compound", "amod", "poss"):
            break
        head = head.head
    verb = head.head
    by = head.dep_ == "pobj" and head.head.lower_ == "by"  # "killed in an ambush by rebels": the one ambushed
    if head.dep_ == "pobj":
        verb = syntax.clause_verb(head.head.head)  # "an offensive against": the verb the noun hangs on
    if head.dep_ == "nsubj":
        others = [c for c in verb.children if c.dep_ == "dobj"] + syntax.pobjs(c for c in verb.children if c.dep_ == "prep")
    elif by:
        others = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    elif head.dep_ in ("dobj", "pobj"):
        others = syntax.subjects(verb)
    elif head.dep_ == "nsubjpass":
        others = syntax.pobjs(c for c in verb.children if c.dep_ == "agent")
    else:
        return None
    fought = reading.kb.fought_role_types
    countries = {
        draft.country
        for other in others for noun in syntax.conjuncts(other)
        for t in (noun, *(c for c in noun.children if c.dep_ in ("compound", "amod")))  # "a police patrol"
        if (draft := reading.owner.get(t.i)) is not None and draft.country and (draft.cameo or "")[3:6] in fought
    }
    return reading.kb.countries.by_iso3.get(countries.pop()) if len(countries) == 1 else None


def _own_people(reading: Reading, mention: tuple[int, int]) -> Token | None:
    """The word naming the group's own people, one the country table leaves out as ambiguous
    ("Congolese refugees", "Somalian pirates"; not a creed such as "Islamist", nor a word in lower
    case such as "communist", which no people's name is): the sentence's country is not theirs."""
    head = reading.doc[mention[0] : mention[1]].root
    return next(
        (
            c for c in head.children
            if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" and c.text[:1].isupper() and reading.role_at(c)[0] is None  # not "Islamist"
        ),
        None,
    )


_STEM = 5  # letters a people's word shares with its country's name ("Congolese", "Korean")


def _of_a_country(reading: Reading, people: Token) -> bool:
    """The people's word is formed on a country's name ("Congolese"), not a people without a
    state of its own ("Kurdish", "Tamil"), who may fight the state they live in."""
    stem = people.lower_[:_STEM]
    return any(name.lower().startswith(stem) for country in reading.kb.countries for name in country.names)


def _speakers(reading: Reading, drafts: list[Draft]) -> tuple[set[int], set[int]]:
    """The mentions (their first tokens) of the drafts that say something, and the tokens of what
    they say: the clauses their speech verbs introduce ("the minister said *that Norwegian ships
    may not land*")."""
    speakers: set[int] = set()
    said: set[int] = set()
    for draft in drafts:
        for start, end in draft.mentions:
            head = reading.doc[start:end].root
            clauses = [c for c in head.head.children if c.dep_ == "ccomp"] if head.dep_ == "nsubj" and syntax.is_speech_verb(head.head) else []
            if clauses:
                speakers.add(start)
                said.update(t.i for clause in clauses for t in clause.subtree)
    return speakers, said


def _named_variously(reading: Reading, iso3: str) -> bool:
    """The article names the country by two different words or more, its own or its places' (a
    surname the places stage took for a foreign village repeats one word)."""
    names = {span.text.lower() for span in docdata.spans(reading.doc, "places") if (place := reading.place_at(span.start)) is not None and place["country"] == iso3}
    names.update(reading.doc[start:end].text.lower() for draft in reading.drafts.values() if draft.country == iso3 and draft.kind is not ActorKind.PERSON for start, end in draft.mentions)
    return len(names) >= DOMINANT_COUNTRY_NAMES


def _countries_by_sentence(
    reading: Reading, tests: _MentionTests, acted_upon: bool = False, qualifying: bool = False, people: dict[int, set[str]] | None = None,
    skip: set[int] = frozenset(),
) -> dict[int, set[str]]:
    """Sentence number -> the countries it names as actors (not as the target of an action,
    unless `acted_upon`; with `qualifying`, not as a word qualifying one either; not as
    refugees' or visitors' country, nor as someone's origin: "Saudi-born"; a firm's home only with
    `acted_upon`, for the article's country, where the article tells of the firm) or by their capital, outside the dateline (whose agency's country is no
    party's). In the same walk, `people` (if given) gets the countries of the known people each
    sentence names outside the opening. Mentions starting at a token of `skip` are left out."""
    named: dict[int, set[str]] = {}
    for draft in reading.drafts.values():
        if people is not None and draft.kind is ActorKind.PERSON and draft.known and draft.country is not None:
            for start, _ in draft.mentions:
                if start not in reading.opening:
                    people.setdefault(reading.sentence_of[start], set()).add(draft.country)
        elif draft.country is not None and draft.kind is not ActorKind.PERSON and not _displaced(reading, draft) and (not _firm(draft) or acted_upon and _told_of(reading, draft)):
            for start, end in draft.mentions:
                if start not in reading.opening and start not in skip and not tests.aside(start, end) and (acted_upon or not tests.acted_upon(start, end, qualifying)):
                    named.setdefault(reading.sentence_of[start], set()).add(draft.country)
    for ent in reading.ents:
        capital_of = reading.capital(ent.start, ent.end) if ent.label_ == "GPE" and ent.start not in reading.opening else None
        if capital_of is not None and ent.start not in skip:
            named.setdefault(reading.sentence_of[ent.start], set()).add(capital_of.iso3)
    return named


def _countries_of_places(reading: Reading, tests: _MentionTests, acted_upon: bool = False, qualifying: bool = False, skip: set[int] = frozenset()) -> dict[int, set[str]]:
    """Sentence number -> the countries of the places it names where nothing is done to them
    ("attacked a post in Kandahar": Afghanistan; not "shelled Kandahar"), outside the dateline:
    where a sentence names no country as an actor, its places say where its groups are from (not
    a word of a person's title).
    With `acted_upon`, the places acted upon too (where the story is set); with `qualifying`,
    not those qualifying what is acted upon either. Not someone's origin ("Saudi-born"), nor
    visitors' ("Swiss tourists"), nor a firm's name ("a letter to Toyota": no town of Japan), nor those
    starting at a token of `skip`."""
    found: dict[int, set[str]] = {}
    for span, place in tests.places():
        if span.start in skip or place is None or not place["country"] or span.start in reading.opening or tests.aside(span.start, span.end) or (not acted_upon and tests.acted_upon(span.start, span.end, qualifying)):
            continue
        owner = reading.owner.get(span.start)
        if owner is not None and (not acted_upon and owner.kind is ActorKind.PERSON or _displaced(reading, owner)):
            continue  # a person's title ("Kenyan leader X") or refugees' people say nothing of the others
        if owner is not None and _firm(owner) and (span.start, span.end) in owner.mentions:
            continue  # a firm's whole name that is also a town's ("Toyota") places nothing

        found.setdefault(reading.sentence_of[span.start], set()).add(place["country"])
    return found


class _MentionTests:
    """The tests of a mention that read only the parse and the places, each worked out once per
    `localize` call however many of its country tallies ask (four of names, four of places)."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self._aside: dict[tuple[int, int], bool] = {}
        self._acted_upon: dict[tuple[int, int, bool], bool] = {}
        self._places: list[tuple[SpacySpan, dict | None]] | None = None

    def aside(self, start: int, end: int) -> bool:
        """The mention is someone's origin or visitors' country (`_origin`, `_visitors`)."""
        found = self._aside.get((start, end))
        if found is None:
            found = self._aside[start, end] = _origin(self.reading, start, end) or _visitors(self.reading, end)
        return found

    def acted_upon(self, start: int, end: int, qualifying: bool = False) -> bool:
        """`_acted_upon`, remembered."""
        found = self._acted_upon.get((start, end, qualifying))
        if found is None:
            found = self._acted_upon[start, end, qualifying] = _acted_upon(self.reading, start, end, qualifying)
        return found

    def places(self) -> list[tuple[SpacySpan, dict | None]]:
        """The place spans, each with the place it names."""
        if self._places is None:
            self._places = [(span, self.reading.place_at(span.start)) for span in docdata.spans(self.reading.doc, "places")]
        return self._places


def _origin(reading: Reading, start: int, end: int) -> bool:
    """The mention is a country word saying where someone is from ("Saudi-born"), or the one
    it describes ("the Saudi-born dissident")."""
    doc, suffixes = reading.doc, reading.kb.origin_suffixes
    hyphens = range(max(start - 2, 0), min(end + 1, len(doc) - 1))
    return any(doc[i].text == "-" and doc[i + 1].lower_ in suffixes for i in hyphens)


def _visitors(reading: Reading, end: int) -> bool:
    """The mention names people away from their country, or qualifies them ("Swiss tourists",
    "the stranded *Swiss* nationals")."""
    last = reading.doc[end - 1]
    visitors = reading.kb.visitor_nouns
    return last.lemma_.lower() in visitors or (last.dep_ in _QUALIFIER_DEPS and last.head.i > last.i and last.head.lemma_.lower() in visitors)


def _displaced(reading: Reading, draft: Draft) -> bool:
    return (draft.cameo or "")[3:6] in reading.kb.displaced_role_types


def _firm(draft: Draft) -> bool:
    """A firm ("USABUS", Phoenix's "MNCJPN"): its home country is not that of the actors beside it (a
    trooper reporting the crash of a Honda car, a London judge hearing a US firm's case)."""
    code = draft.cameo or ""
    return draft.kind is ActorKind.ORGANISATION and (code[3:6] == _BUSINESS or code.startswith(_MULTINATIONAL))


def _told_of(reading: Reading, draft: Draft) -> bool:
    """The article names the actor in several sentences: a story about a firm, not a car of its make."""
    return len({reading.sentence_of[start] for start, _ in draft.mentions}) >= FIRM_STORY_SENTENCES


_QUALIFIER_DEPS = frozenset({"amod", "compound"})


def _acted_upon(reading: Reading, start: int, end: int, qualifying: bool = False) -> bool:
    """The mention is an object: of a verb, or of a target preposition ("against Russia"); in a
    list, as the list's first member is ("exports to Chile and Kenya"). With `qualifying`, also a
    word qualifying such an object ("shelled Iraqi villages", "raids on Palestinian towns")."""
    head = reading.first_conjunct(reading.doc[start:end].root)
    if qualifying and head.dep_ in _QUALIFIER_DEPS and head.head.pos_ == "NOUN":
        head = reading.first_conjunct(head.head)
    return head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.lower_ in reading.kb.target_prepositions)
