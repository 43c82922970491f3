"""People: full names resolved at once (pass 1); surnames and other short names ("Putin", "Kim")
last (pass 5), from their context, or left to a person the knowledge does not know.

A full name of an imported person whose term has ended is, where the dictionaries list the same
person again under a longer spelling in office on the date, that entry.

A short name is the leader a title names when it fits ("President Obama", "Russian President
Putin"); else the person of the article whose full name holds it (a surname with its lower-case
particle too: "bin Laden"), of those named before it the
one mentioned most so far, else the first after ("Ivanka Trump ... Trump" is Ivanka); else, right after another first name,
someone else; else the leader whose short name it is, unless the title rules the leader out;
a name others in the news share ("Carney") only where the article's countries or date speak
for the leader; a surname only imported people bear (the Phoenix dictionaries'), only where a
title fits one of them ("President Yeltsin").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from datetime import date

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Span as SpacySpan, Token

from tidings import syntax
from tidings.knowledge.actors import Leader, Role, Term, normalized
from tidings.knowledge.countries import name_key
from tidings.knowledge.names import AMBIGUOUS, SHORT, folded_key
from tidings.model import ActorKind
from tidings.stages.actors.organisations import place_operator
from tidings.stages.actors.reading import POSSESSIVE_MARKS, Draft, Reading
from tidings.stages.actors.titles import Person, destination, titled_person

Candidates = tuple[list[int], list[Draft]]  # first-mention positions (sorted) and their drafts


def read_people(reading: Reading, max_title_tokens: int) -> list[Person]:
    """Pass 1: full names now, known ones by their id; short names wait for pass 5. The name
    table's label counts ("Carney" is a person even where the recogniser took it for a place); a
    name the places stage read as a country or a capital is no person ("Niger")."""
    waiting = []
    for ent in reading.ents:
        if reading.label(ent) != "PERSON" or ent.start in reading.dateline or ent.start in reading.stances:
            continue
        if (operator := place_operator(reading, ent)) is not None:  # "Heathrow reported disruption", read as a person's name
            reading.mention(operator, ent.start, ent.end)
            continue
        if (reading.place_at(ent.start) is not None or ent.root.dep_ == "amod") and _read_as_place(reading, ent):
            continue
        name = _core(reading, ent)
        person = titled_person(reading, name, max_title_tokens)
        leader = _known_leader(reading, name) or _first_and_last_named(reading, name, person)
        if leader is not None:
            draft = reading.mention(reading.leader(leader), person.start, ent.end)
            _titled(reading, draft, leader, person)
            _former(reading, draft, person)
        elif len(name) > 1 and not _short_leaders(reading, name) and not _particle_surname(name):
            reading.mention(_unknown_person(person), person.start, ent.end)
        elif _names_a_people(reading, name) and not _short_leaders(reading, name):
            continue
        else:
            waiting.append(person)
            reading.reserved.update(range(person.start, ent.end))
    return waiting


def _names_a_people(reading: Reading, name: SpacySpan) -> bool:
    """A lone unknown name modifying a role noun of no office, or a noun beside one, names a
    people or a faction, not a person ("Tamil rebels", "a Karen guerrilla base"; not "Smith's
    lawyers" nor "President Smith")."""
    if len(name) > 1 or name.root.dep_ not in ("compound", "amod") or name.root.head.i <= name.root.i:
        return False
    head = name.root.head
    following = reading.doc[name.end] if name.end < len(reading.doc) else None
    for noun in (head, following):
        if noun is not None and noun.pos_ == "NOUN" and (noun.i == head.i or noun.head.i == head.i):
            role, _ = reading.role_at(noun)
            if role is not None and not role.offices:
                return True
    return False


def _titled(reading: Reading, draft: Draft, leader: Leader, person: Person) -> None:
    """Where the date does not settle a known person's office (no date, or no term then), the
    title does: the latest of their terms it fits ("President X" of a president, minister and
    senator) unless a term ended before the date, else the code the title composes ("General X":
    the country's MIL, though X was later president; "French Foreign Minister X" of one whose
    knowledge records only another office); an international body's title ("U.N. mediator X":
    IGOUNO, though X was later a foreign minister) wherever no term holds."""
    if reading.day is not None and leader.term_at(reading.day) is not None:
        return
    if person.body is not None:
        draft.cameo = person.body.cameo
        return
    if person.role is None or not person.role.type:
        return
    fitting = [term for term in leader.terms if person.role.fits(term)]
    if fitting and reading.day is not None and any(t.end is not None and t.end <= reading.day for t in leader.terms):
        return  # "President X" after X's term: the office held then, X an elite now
    if fitting:
        draft.cameo = max(fitting, key=lambda term: term.start or date.min).cameo
        return
    country = person.country or reading.kb.countries.by_iso3.get(draft.country or "")
    if country is not None:
        draft.cameo = country.cameo + person.role.type


def _former(reading: Reading, draft: Draft, person: Person) -> None:
    """"Former prime minister X": the text says X holds the office no more, whatever the
    knowledge says of the date (or, without one, of X's latest office): X is an elite; "Shadow
    Treasurer X" speaks for the opposition whatever office X once held."""
    kb = reading.kb
    if person.role is not None and person.role.type in kb.office_modifiers.values() and draft.cameo and draft.cameo[:3] in kb.countries.by_cameo:
        draft.cameo = draft.cameo[:3] + person.role.type


def read_short_names(reading: Reading, waiting: list[Person]) -> None:
    """Pass 5: the waiting short names (but a title the recogniser took for one that a named
    person's mention holds), then other words that are part of a full name of the article
    (untagged, or tagged alone)."""
    full = _full_names(reading)
    tally = _Tally()
    for person in waiting:
        if person.ent.start in reading.owner:  # a title a named person's mention took ("The Treasurer, X,"): no one else
            continue
        draft, start = _short_name(reading, person, full, tally)
        tally.add(reading.mention(draft, start, person.ent.end))
    if waiting:  # and the names they resolved to ("Indian PM X" is a leader whose name holds "X")
        full = _full_names(reading)
    if not full:
        return
    for token in syntax.where(reading.doc, ORTH, map(get_string_id, full)):  # the words that are in a full name
        if token.i in reading.owner or token.i in reading.stances or token.text not in full:
            continue
        ent = reading.ent_of.get(token.i)
        if (len(ent) > 1 and not _titled_surname(reading, ent, token)) if ent is not None else token.pos_ != "PROPN":
            continue
        draft = _nearest(full[token.text], token.i, tally)
        first = _first_name_before(reading, token.i) if draft.known else None
        if first is not None:  # "Ivanka Trump", untagged, in an article about Donald Trump
            draft = _unknown_person(Person(ent=reading.doc[first : token.i + 1], start=first, country=None, role=None))
        tally.add(reading.mention(draft, token.i if first is None else first, token.i + 1))


def _short_name(reading: Reading, person: Person, full: dict[str, Candidates], tally: _Tally) -> tuple[Draft, int]:
    """Who a short name is, and where its mention starts: the leader a fitting title names
    ("President Obama"); else the person of the article whose full name holds it; else, after
    another first name, someone else ("Ivanka Trump"); else the leader the context names."""
    ent = person.ent
    leaders = _fitting_leaders(reading, person)
    if person.titled and len(leaders) == 1:
        return reading.leader(leaders[0][0]), person.start
    in_article = _nearest(_holding(full, ent), ent.start, tally)
    if in_article is not None:
        return in_article, person.start
    first = _first_name_before(reading, ent.start) if leaders and person.start == ent.start else None
    if first is not None:
        other = Person(ent=reading.doc[first : ent.end], start=first, country=person.country, role=person.role)
        return _unknown_person(other), first
    leader = _leader_in_context(reading, leaders) if leaders else None
    if leader is not None:
        return reading.leader(leader), person.start
    return _titled_leader(reading, person) or _unknown_person(_with_shared_country(reading, person, leaders)), person.start


def _particle_surname(name: SpacySpan) -> bool:
    """A surname written with its lower-case particle ("bin Laden", "al-Assad", "de Gaulle"):
    a short name, as no first name is written in lower case."""
    return name[0].is_lower and name[0].is_alpha and name[-1].text[:1].isupper()


def _holding(full: dict[str, Candidates], ent: SpacySpan) -> Candidates | None:
    """The people of the article whose full name holds the short name: its one word, or for
    several ("bin Laden", "Ana Lima"), its last among the names holding all of them in order
    ("Osama bin Laden", "Ana Maria Lima")."""
    words = ent.text.replace("-", " ").split()
    if len(words) == 1:
        return full.get(ent.text)
    positions, drafts = full.get(words[-1], ((), ()))
    kept = [k for k, draft in enumerate(drafts) if _in_order(words, draft.name.replace("-", " ").split())]
    return ([positions[k] for k in kept], [drafts[k] for k in kept]) if kept else None


def _titled_surname(reading: Reading, ent: SpacySpan, token: Token) -> bool:
    """The entity is the surname with only honorifics or title words before it ("Dr X", "Mr X"),
    whatever label the recogniser gave it."""
    return token.i == ent.end - 1 and all(reading.title_word(t) for t in reading.doc[ent.start : token.i])


def _first_name_before(reading: Reading, i: int) -> int | None:
    """The token of another first name just before a surname ("*Ivanka* Trump"): a capitalised
    proper noun nothing has explained, that is no honorific, title, country or capital."""
    if i == 0:
        return None
    word = reading.doc[i - 1]
    ent = reading.ent_of.get(word.i)
    if word.pos_ != "PROPN" or not word.is_title or word.i in reading.owner or reading.title_word(word):
        return None
    if ent is not None and (len(ent) > 1 or ent.label_ not in ("ORG", "PERSON")):
        return None
    return None if reading.capital(word.i, word.i + 1) is not None else word.i


def _read_as_place(reading: Reading, ent: SpacySpan) -> bool:
    """A PERSON entity the places stage read as a country (then a mention of it), a capital or
    (one word) a town; or a people's name modifying a noun ("Bangladeshi troops"; not the
    surname "Finn")."""
    countries = reading.kb.countries
    people = countries.by_demonym(ent.text) if len(ent) == 1 and ent.root.dep_ == "amod" else None
    country = reading.placed(countries.by_name(ent.text) or people, ent.start)
    if country is not None:
        reading.mention(reading.country(country), ent.start, ent.end)
        return True
    town = len(ent) == 1 and (reading.place_at(ent.start) or {}).get("feature_class") == "P"
    return reading.capital(ent.start, ent.end) is not None or town


def _core(reading: Reading, ent: SpacySpan) -> SpacySpan:
    """A leader's name without the honorifics and title words the recogniser took into it ("Ms
    Merkel", "President Obama"), or a surname after honorifics ("Dr Lee"): the title is read
    from the words before the name. Other names are kept whole, as the recogniser read them; so
    is a name whose rest is only a surname imported people share, unless a title among the
    words fits one of them ("President Yeltsin", but "Dean Smith", "Jordan Clarke"); a name after
    the country of a post ("ambassador to France Mary X") is read without that country; a
    possessive mark the recogniser took in ("bin Laden's") is no part of the name."""
    if len(ent) > 1 and ent[-1].text in POSSESSIVE_MARKS:
        ent = ent[:-1]
    start = ent.start
    while start < ent.end - 1 and reading.title_word(reading.doc[start]):
        start += 1
    if start == ent.start:
        return _after_title(reading, ent)
    name = reading.doc[start : ent.end]
    if len(name) > 1 and destination(reading, ent.start):
        return name  # "ambassador to France Mary X": the country the recogniser took in is the post's
    if len(name) == 1 and all(t.text in reading.kb.honorifics for t in reading.doc[ent.start : start]):
        return name  # "Dr X": a surname, read as a short name
    leaders = [n for n in reading.names.lookup(name.text) if n.kind == "leader"]
    if any(not (n.imported and n.form == AMBIGUOUS) for n in leaders):
        return name
    roles = [role for token in reading.doc[ent.start : start] if (role := reading.role_at(token)[0]) is not None]
    fits = any(
        role.fits(term) for n in leaders if (leader := reading.kb.leader(n.id)) is not None
        for term in leader.terms for role in roles
    )
    return name if fits else _after_title(reading, ent)


def _after_title(reading: Reading, ent: SpacySpan) -> SpacySpan:
    """The first name and surname after a title the recogniser took into a name ("Federal Labor
    MP *Carmen Lawrence*", "Spokeswoman *Anne Stringer*"), so that the surname later is the same
    person and the title is read as one; else the name whole ("Dean Smith" keeps its first name)."""
    doc, start = reading.doc, ent.end
    while start > ent.start and not reading.title_word(doc[start - 1]) and doc[start - 1].lower_ not in reading.kb.body_posts:
        start -= 1
    titled = start > ent.start and doc[start - 1].text not in reading.kb.honorifics
    return doc[start : ent.end] if titled and ent.end - start >= 2 else ent


def _known_leader(reading: Reading, name: SpacySpan) -> Leader | None:
    """The leader a full name is: by the id the knowledge's tag gave it, else by its text; an
    imported person whose term has ended by the date yields to their in-office duplicate, if any."""
    if name.ent_id_:
        leader = reading.kb.leader(name.ent_id_)
    else:
        found = reading.names.full(name.text)
        leader = reading.kb.leader(found.id) if found is not None and found.kind == "leader" else None
    day = reading.day
    if leader is None or not leader.imported or day is None or leader.term_at(day) is not None:
        return leader
    ended = any(term.end is not None and term.end <= day for term in leader.terms)
    return (_in_office_duplicate(reading, leader, name) if ended else None) or leader


def _first_and_last_named(reading: Reading, name: SpacySpan, person: Person) -> Leader | None:
    """A full name the knowledge lacks as written, whose first and last words are the one imported
    person's so named (without the middle name the dictionaries give, or with another spelling
    of it: "Ana Lima", "Ana Marie Lima" for "Ana Maria Lima"), where the title fits a term of
    theirs of its very type: a first and a last name alone are too common to be anyone without one."""
    words = name.text.split()
    if len(words) < 2 or person.role is None:
        return None
    found = {n.id for n in reading.names.lookup(f"{words[0]} {words[-1]}") if n.kind == "leader" and n.imported and n.form == SHORT}
    leader = reading.kb.leader(found.pop()) if len(found) == 1 else None
    if leader is None or not any(_holds_title(person.role, term) for term in leader.terms):
        return None
    return leader if person.country is None or _of_country(leader, person.country.iso3) else None


def _in_office_duplicate(reading: Reading, leader: Leader, name: SpacySpan) -> Leader | None:
    """The Phoenix dictionaries list some people twice, under two spellings with separate terms
    (a shorter name whose term ended, a longer one still in office): the one other imported
    person of the same country, in office on the date, whose name or alias holds the words of
    the name as written, in order ("Ana Lima" in "Ana Maria Lima"). A namesake who only shares
    the surname, or whose name lacks a word of it, is no duplicate."""
    words = folded_key(name.text).split()
    if len(words) < 2:
        return None
    surname = name.text.replace("-", " ").split()[-1]  # as written: `lookup` reads a lower-case word as no name
    found = {
        other.canonical_id: other for n in reading.names.lookup(surname)
        if n.kind == "leader" and n.imported and n.id != leader.canonical_id and (other := reading.kb.leader(n.id)) is not None
        and other.country == leader.country and other.term_at(reading.day) is not None
        and any(_in_order(words, folded_key(text).split()) for text in (other.name, *other.aliases))
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _in_order(words: list[str], name: list[str]) -> bool:
    """Whether `words` appear in `name` in order (a subsequence: each word used once)."""
    remaining = iter(name)
    return all(word in remaining for word in words)


def _short_leaders(reading: Reading, name: SpacySpan) -> list[tuple[Leader, str]]:
    """The leaders whose short name the words are ("Putin", "von der Leyen"), each with the
    name's form (short or ambiguous)."""
    found = [(reading.kb.leader(n.id), n.form) for n in reading.names.lookup(name.text) if n.kind == "leader"]
    return [(leader, form) for leader, form in found if leader is not None]


def _fitting_leaders(reading: Reading, person: Person) -> list[tuple[Leader, str]]:
    """The leaders with this short name that the title does not rule out: a title of another
    country or of an office the leader never held; with a date, those who held it then, if any
    did ("President Bush" in 2005). A surname only imported people bear names one of them only
    where a title fits their office, or, a surname untitled ("Mr Howard"), where they are in office
    on the date for a country the article names: of 19,000 imported people, some share any country and
    date, but few of those in office the article's countries."""
    candidates = _short_leaders(reading, person.ent)
    imported = {n.id for n in reading.names.lookup(person.ent.text) if n.imported}
    role = person.role
    candidates = [
        (c, f) for c, f in candidates
        if c.canonical_id not in imported
        or (role is not None and any(_holds_title(role, term) for term in c.terms))
        or (role is None and len(person.ent) == 1 and _in_office_for_named_country(reading, c))
    ]
    if person.country is not None:
        candidates = [(c, f) for c, f in candidates if _of_country(c, person.country.iso3)]
    if person.role is not None and person.role.offices:
        candidates = [(c, f) for c, f in candidates if any(person.role.fits(term) for term in c.terms)]
        if reading.day is not None:
            then = [(c, f) for c, f in candidates if any(t.holds(reading.day) and person.role.fits(t) for t in c.terms)]
            candidates = then or candidates
    return candidates


def _in_office_for_named_country(reading: Reading, leader: Leader) -> bool:
    """The leader holds a dated office on the date, of a country the article names (an undated
    code holds on any date: no evidence; one the dictionaries date by its end only, "<20071231",
    does: Alexander Downer's)."""
    term = leader.term_at(reading.day) if reading.day is not None else None
    dated = term is not None and (term.start is not None or term.end is not None)
    country = reading.kb.countries.by_cameo.get(term.country or "") if dated else None
    return country is not None and country.iso3 in reading.countries_named()


def _of_country(leader: Leader, iso3: str) -> bool:
    """The leader is of the country or held a post in it."""
    return leader.country == iso3 or any(term.country == iso3 for term in leader.terms)


def _holds_title(role: Role, term: Term) -> bool:
    """The title may name the term's office; a head's title an imported term of its very type
    ("President X": a GOV term, not only a ministry's, GOVEDU, as the dictionaries list some)."""
    return role.fits(term) and (bool(term.office) or term.cameo[3:] == role.type)


def _leader_in_context(reading: Reading, candidates: list[tuple[Leader, str]]) -> Leader | None:
    """The one candidate the article speaks for (its country named, in office on the date);
    failing that, a lone candidate whose short name nobody else is known by."""
    countries = reading.countries_named()
    supported = [
        leader for leader, _ in candidates
        if (reading.day is not None and leader.term_at(reading.day) is not None)
        or leader.country in countries or any(term.country in countries for term in leader.terms)
    ]
    if len(supported) == 1:
        return supported[0]
    if len(candidates) == 1 and candidates[0][1] == SHORT:
        return candidates[0][0]
    return None


def _titled_leader(reading: Reading, person: Person) -> Draft | None:
    """"North Korean leader Kim": the leader in that office whose name holds the word."""
    if person.country is None or person.role is None:
        return None
    leader = reading.office_holder(person.country, person.role)
    if leader is not None and person.ent.text in leader.name.replace("-", " ").split():
        return reading.leader(leader)
    return None


def _with_shared_country(reading: Reading, person: Person, leaders: list[tuple[Leader, str]]) -> Person:
    """A title that leaves several people ("President Bush": father and son) who held it for one
    country tells that country, though not which of them it is."""
    if person.country is not None or person.role is None or not person.role.offices:
        return person
    held = {term.country for leader, _ in leaders for term in leader.terms if person.role.fits(term)}
    country = reading.kb.countries.by_cameo.get(held.pop()) if len(held) == 1 else None
    return person if country is None else Person(ent=person.ent, start=person.start, country=country, role=person.role, body=person.body)


def _unknown_person(person: Person) -> Draft:
    """A person the knowledge base does not know, coded from the title if it says anything: the
    country and the role ("Ukrainian Defence Minister X": UKRGOV), or the international body
    ("U.N. mediator X": IGOUNO)."""
    cameo = None
    role_type = person.role.type if person.role else ""
    if person.body is not None:
        cameo = person.body.cameo
    elif person.country is not None:
        cameo = person.country.cameo + role_type
    elif person.role is not None:
        cameo = "---" + role_type
    name = name_key(person.ent.text)
    return Draft(
        canonical_id=f"name:{normalized(name)}",
        name=name,
        kind=ActorKind.PERSON,
        cameo=cameo,
        country=person.country.iso3 if person.country else None,
    )


def _full_names(reading: Reading) -> dict[str, Candidates]:
    """Each capitalised word of a person's name in the article (not a title the recogniser took
    into it) -> the people it may stand for, by the position of their first mention."""
    found: dict[str, list[tuple[int, Draft]]] = {}
    for draft in reading.drafts.values():
        if draft.kind is ActorKind.PERSON:
            start, end = draft.mentions[0]
            titles = {t.text for t in reading.doc[start:end] if t.text in reading.kb.honorifics or reading.role_at(t)[0] is not None}
            for word in draft.name.replace("-", " ").split():
                if word[:1].isupper() and word not in titles:  # not "Treasurer" of "Treasurer Bob Jones", kept in the name
                    found.setdefault(word, []).append((start, draft))
    candidates = {}
    for word, pairs in found.items():
        pairs.sort(key=lambda pair: pair[0])
        candidates[word] = ([position for position, _ in pairs], [draft for _, draft in pairs])
    return candidates


class _Tally:
    """Where each candidate's mentions start, sorted and kept up to date as pass 5 adds
    mentions, so that counting a candidate's mentions before a position is a binary search, not
    a walk over all of them (a surname repeated thousands of times stays linear)."""

    def __init__(self) -> None:
        self._starts: dict[str, list[int]] = {}

    def before(self, draft: Draft, position: int) -> int:
        starts = self._starts.get(draft.canonical_id)
        if starts is None:
            starts = self._starts[draft.canonical_id] = sorted(start for start, _ in draft.mentions)
        return bisect_left(starts, position)

    def add(self, draft: Draft) -> None:
        """Counts the draft's newest mention, where its mentions are already tallied."""
        starts = self._starts.get(draft.canonical_id)
        if starts is not None:
            insort(starts, draft.mentions[-1][0])


def _nearest(candidates: Candidates | None, position: int, tally: _Tally) -> Draft | None:
    """Of the candidates first mentioned before `position`, the one mentioned most so far, the
    first mentioned on a tie: the person the story is about, as news names a relative or a
    namesake in full ("Mr. Alvarez" after his mother "Rosa Alvarez" is named); else the
    first mentioned after it."""
    if not candidates:
        return None
    positions, drafts = candidates
    before = bisect_right(positions, position)
    if before <= 1:
        return drafts[0]
    return max(drafts[:before], key=lambda draft: tally.before(draft, position))
