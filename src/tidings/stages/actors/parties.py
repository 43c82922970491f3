"""Political parties under their own names ("Labor said", "the Democrats", "the Liberal Party",
"the ALP"), read before other organisations: one actor per party however it is written
(`party_names.tsv`). CAMEO has no party type: a party the words before it call ruling is its
country's GOV, one they call the opposition OPP, any other LEG (Phoenix: RULING_PARTY GOV,
OPPOSITION_PARTY OPP, MAJORITY_PARTY LEG). Its country is the one named just before it ("British
Labour"), after "his" or "her" that of the person named before it in its sentence ("Peres called
his Labour Party"), else the one its name belongs to (the ALP), else, for a name of the table, the
article's own (`Draft.domestic`, given by `localize`): news names its own country's parties
alone, and a party's country is not the country a sentence is about. A party name modifying a
noun ("Labor senators", "Labor policy") or inside another name ("the Department of Labor") is
no mention of the party."""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from tidings import syntax
from tidings.knowledge.actors import normalized
from tidings.knowledge.countries import Country
from tidings.model import ActorKind
from tidings.stages.actors.reading import POSSESSIVE_MARKS, Draft, Reading

_PARTY = "party"  # "the Labor Party", "the Alliance Party"
_LEGISLATURE, _GOVERNMENT, _OPPOSITION = "LEG", "GOV", "OPP"
_NAME_LABELS = frozenset({"ORG", "NORP", "PERSON"})  # labels the recogniser gives a party's name
_MODIFIER_DEPS = frozenset({"compound", "amod"})
_NAME_CUTS = frozenset({"of", "for"})
_UNLISTED = ""  # the country of a party the table lacks ("the Alliance Party"): only one named before it
_POSSESSIVE_PRONOUN = "PRP$"  # "his Labour Party": the party of the person named before
_WORDS_BEFORE = 3  # how far before the name a country or a stance word may stand ("the ruling Australian Labor")


def read_parties(reading: Reading) -> None:
    """Every party named alone or as "X Party", in one walk over the words that may start or end a name."""
    doc, names, firsts = reading.doc, reading.kb.party_names, reading.kb.party_first_words
    resume = 0  # the first token after the last party read
    for token in syntax.where_either(doc, (ORTH, syntax.word_ids(firsts)), (LOWER, (get_string_id(_PARTY),))):
        i = token.i
        if i < resume:
            continue
        found = _listed_at(doc, i, names) if token.text in firsts else None
        if found is None and token.lower_ == _PARTY and i > 0:
            found = _party_named_before(reading, i)
        if found is None:
            continue
        length, (party, country_code) = found
        start = i if doc[i].lower_ != _PARTY else i - length
        end = start + length + (start + length < len(doc) and doc[start + length].lower_ == _PARTY)
        draft = _party(reading, party, country_code, start) if _standalone(reading, start, end) else None
        if draft is not None:
            _merge(reading.mention(draft, start, end), draft)
        resume = max(end, i + 1)


def _listed_at(doc: Doc, i: int, names: dict[str, tuple[str, str | None]]) -> tuple[int, tuple[str, str | None]] | None:
    """The party table's name that starts at token i, two words before one ("Liberal
    Democrats"), with its length in tokens (read from the tokens' texts: no Span made a token)."""
    if i + 1 < len(doc) and (text := doc[i].text_with_ws + doc[i + 1].text) in names:
        return 2, names[text]
    text = doc[i].text
    return (1, names[text]) if text in names else None


def _merge(party: Draft, mention: Draft) -> None:
    """What one mention says of the party holds for all of it: its country, and that it rules or
    opposes ("the opposition Labor Party" ... "Labor")."""
    if party is mention:
        return
    if party.domestic and not mention.domestic:
        party.cameo, party.country, party.domestic = mention.cameo[:3] + party.cameo[3:], mention.country, False
    if mention.cameo[3:] != _LEGISLATURE:
        party.cameo = party.cameo[:3] + mention.cameo[3:]


def _party_named_before(reading: Reading, i: int) -> tuple[int, tuple[str, str | None]] | None:
    """The party a recognised name ending in "Party" names, the party table's where the words
    before "Party" are in it ("the Liberal Party"); one the table lacks ("the Alliance Party") is
    a party only with its country before it: news names in full the parties of other countries
    than its own, and the country a sentence is about need not be theirs."""
    ent = reading.ent_of.get(i)
    if ent is None or ent.label_ != "ORG" or ent.end != i + 1:
        return None
    words = [t for t in reading.doc[ent.start : i] if (t.is_title or t.is_upper) and t.pos_ != "DET"]
    while words and reading.country_of(words[0])[0] is not None:  # "the Kenyan Alliance Party": Kenya's "Alliance"
        words.pop(0)
    if not words or any(t.lower_ in _NAME_CUTS for t in reading.doc[ent.start : i]):
        return None
    start = words[0].i
    name = reading.doc[start:i].text
    return i - start, reading.kb.party_names.get(name, (name, _UNLISTED))


def _standalone(reading: Reading, start: int, end: int) -> bool:
    """The words name the party as an actor: free, not modifying a noun after them, and not
    inside a longer name of something else."""
    doc = reading.doc
    if not reading.free(start, end) or doc[end - 1].dep_ in _MODIFIER_DEPS and doc[end - 1].head.i >= end:
        return False
    ent = reading.ent_of.get(start)
    if ent is None:
        return True
    inside = reading.doc[ent.start : start]
    return ent.label_ in _NAME_LABELS and ent.end <= end and not any(t.lower_ in _NAME_CUTS for t in inside)


def _party(reading: Reading, party: str, country_code: str | None, start: int) -> Draft | None:
    """The party, or None for one the table lacks whose country no word before it names (left to
    the other organisations)."""
    before = _words_before(reading, start)
    country = _country_before(reading, before) or _possessor_country(reading, start) or reading.kb.countries.by_iso3.get(country_code or "")
    if country is None and country_code == _UNLISTED:
        return None
    return Draft(
        canonical_id=f"name:{normalized(party)}", name=party, kind=ActorKind.ORGANISATION,
        cameo=(country.cameo if country else "---") + _stance(reading, before),
        country=country.iso3 if country else None, domestic=country is None,
    )


def _words_before(reading: Reading, start: int) -> list[int]:
    """The words just before the name in its sentence, nearest first, without articles and
    possessive marks ("the ruling *Australian* Labor", "*Britain*'s Labour")."""
    doc, found = reading.doc, []
    i = start - 1
    while i >= reading.sentence_start[start] and i >= start - _WORDS_BEFORE:
        if doc[i].pos_ != "DET" and doc[i].text not in POSSESSIVE_MARKS:
            found.append(i)
        i -= 1
    return found


def _possessor_country(reading: Reading, start: int) -> Country | None:
    """After a possessive pronoun ("Peres called the ministers of his Labour Party"), the country
    of the person named last before it in its sentence."""
    if start == 0 or reading.doc[start - 1].tag_ != _POSSESSIVE_PRONOUN:
        return None
    for i in range(start - 2, reading.sentence_start[start] - 1, -1):
        owner = reading.owner.get(i)
        if owner is not None and owner.kind is ActorKind.PERSON and owner.country:
            return reading.kb.countries.by_iso3.get(owner.country)
    return None


def _country_before(reading: Reading, before: list[int]) -> Country | None:
    return next((country for i in before if (country := reading.country_of(reading.doc[i])[0]) is not None), None)


def _stance(reading: Reading, before: list[int]) -> str:
    """GOV after a ruling word ("the ruling X"), OPP after "opposition", else LEG."""
    for i in before:
        token = reading.doc[i]
        if token.lower_ in reading.kb.ruling_words:
            return _GOVERNMENT
        role, _ = reading.role_at(token)
        if role is not None and role.type == _OPPOSITION:
            return _OPPOSITION
    return _LEGISLATURE
