"""Where an article names places: its toponym mentions, in text order.

GPE/LOC/FAC entities ("City, State" gives the city, qualified, and the state; "Southern Indiana"
gives Indiana where the gazetteer knows no such part); entities (NORP,
or another label the small model guessed) that are a demonym of a country, state or continent ("Syrian" names Syria); the place a
dateline opens with, in capitals or not ("MINSK (Reuters) -"); ORG entities
naming an institution by its building ("the Kremlin", tagged as the body it houses); ORG/PERSON
entities (and NORP ones that are no demonym: "fled from Marseille") that plainly name a place,
and places inside organisation and facility names (not streets); the
other occurrences of a name the article uses as a toponym (one sense per discourse); names
listed before "counties" ("Pike and Letcher counties"); and untagged proper nouns naming a
city in a state the article names; less the names the article gives ships and people
("Hugh Jackman", "Mr Horton", "Rossi said"). Every step costs time in
proportion to the text: one pass over the entities, one over the words, one over the tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import ENT_TYPE, IS_TITLE, LOWER, POS, SENT_START
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from tidings import docdata, syntax
from tidings.datelines import dateline
from tidings.geo.context import Context
from tidings.geo.gazetteer import Gazetteer
from tidings.geo.entry import Region, region_of
from tidings.geo.normalize import abbreviated, normalize, trim
from tidings.knowledge import read_tsv
from tidings.knowledge.names import institution_places
from tidings.stages.places.repeats import occurrences
from tidings.stages.places.resolver import Mention, Resolver

LABELS = frozenset({"GPE", "LOC", "FAC"})
MAYBE_LABELS = frozenset({"ORG", "PERSON"})  # NER often takes small towns for these
HOST_LABELS = frozenset({"ORG", "FAC"})  # names that hold a toponym: "the Dayton Police Department"
MISREAD_LABELS = frozenset({"LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"})  # the small model's other guesses for cities (NORP: not a demonym)
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "outside", "into"})
PLURAL_DIVISIONS = {"counties": "County", "parishes": "Parish"}  # "Harvey and Kingman counties"
LIST_SEPARATORS = frozenset({",", "and", "&"})
_PLURAL_DIVISION = re.compile(r"\b(?:counties|parishes)\b", re.IGNORECASE)
_QUALIFIER_AFTER = re.compile(r",[ \t]*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)")
_PROPN = int(POS_IDS["PROPN"])
_STATE_WORD_AFTER = re.compile(r" [Ss]tate\b")
_OF_REGION = re.compile(r" of (?:the )?([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2})")  # "the Highlands of New South Wales"
# A lawmaker's party and home after the name ("Sen. X, D-Calif.," "Rep. Y (R-Elbow Lake)"): a state or town.
_PARTY_HOME = re.compile(r"(?<=[\s(])[DRI]-([A-Z][A-Za-z]*\.?(?: ?[A-Z][A-Za-z]*\.?){0,2})(?=\s*[,;)]|\s*$|\s[“\x22])")
_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?) ")
_POSSESSIVE_NOUNS = re.compile(r"['’]s?((?: +[A-Z][a-z]+){1,3})")  # "'s Anglican Church" after "St John"


@dataclass(frozen=True)
class Limits:
    """The places component's thresholds (its configuration)."""

    large_city: int = 100_000  # an ORG so named after a locative preposition is the city, not its club
    max_name_chars: int = 60  # longer entities are not toponyms
    max_ngram: int = 3  # words of a toponym inside an organisation name, or of an untagged one


class Mentions:
    """Finds the toponym mentions of a parsed article."""

    def __init__(self, gazetteer: Gazetteer, limits: Limits) -> None:
        self.gazetteer = gazetteer
        self.limits = limits
        self.compass = frozenset(row["word"] for row in read_tsv("places_compass_words.tsv"))
        self.dedications = frozenset(row["word"] for row in read_tsv("places_dedication_words.tsv"))
        self.street_words = frozenset(row["word"] for row in read_tsv("places_street_words.tsv"))
        self.shop_words = frozenset(row["word"] for row in read_tsv("places_shop_words.tsv"))
        vessel_words = list(read_tsv("places_vessel_words.tsv"))  # read twice below: a list, not a generator
        self.vessel_nouns, self.vessel_prefixes, self.aboard = (
            frozenset(row["word"] for row in vessel_words if row["kind"] == kind) for kind in ("noun", "prefix", "aboard")
        )
        # the lower-case ids of the words before a ship's name: the tokens worth a look
        self.vessel_cue_ids = syntax.word_ids(frozenset(word.lower() for word in self.vessel_nouns | self.vessel_prefixes | self.aboard))
        person_cues = list(read_tsv("places_person_cues.tsv"))
        self.honorifics, self.speech_verbs = (
            frozenset(row["word"] for row in person_cues if row["kind"] == kind) for kind in ("honorific", "speech")
        )

    def find(self, doc: Doc, resolver: Resolver) -> list[Mention]:
        """The article's toponym mentions, one per span, in text order."""
        text = docdata.text(doc)
        ents = list(doc.ents)
        found: list[Mention] = []
        maybe: list[Span] = []
        for ent in ents:
            if ent.end_char - ent.start_char > self.limits.max_name_chars:
                continue
            if ent.label_ in LABELS:
                mentions = self._entity_mentions(doc, text, ent)
                if ent.label_ == "FAC" and not self.gazetteer.candidates(mentions[0].text):
                    maybe.append(ent)  # "the Millbrook Fire Station": look inside
                    continue
                found.extend(mentions)
            elif ent.label_ != "PERSON" and self.gazetteer.demonym(ent.text) is not None:
                found.append(Mention(ent.start_char, ent.end_char, ent.text))  # "Syrian": Syria
            elif ent.label_ == "ORG" and trim(text[ent.start_char : ent.end_char])[2] in institution_places():
                found.extend(self._entity_mentions(doc, text, ent))  # "the Kremlin": the body and its building
            elif ent.label_ in MAYBE_LABELS or ent.label_ in HOST_LABELS or ent.label_ in MISREAD_LABELS:
                maybe.append(ent)
        found.extend(self._dateline(doc, found))
        found.extend(self._party_homes(text, found))
        known = {normalize(mention.text) for mention in found if not mention.names_region}
        context = resolver.context(found)
        person_words = {token.lower_ for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for token in ent}
        for ent in maybe:
            name = text[ent.start_char : ent.end_char]
            key = normalize(name)
            if key in known or self._located_city(ent, name, context, resolver) or (
                name.lower() not in person_words
                and (self._plainly_a_place(name, context, resolver, ent.label_ != "PERSON") or self._city_taken_for_a_person(ent, name, context, resolver))
            ):
                found.extend(self._entity_mentions(doc, text, ent))
                known.add(key)
            elif ent.label_ in HOST_LABELS:
                found.extend(self._embedded(ent, known, context, resolver))
        found = [mention for mention in found if not self._dedicated(text, mention)]
        found.extend(self._repeats(text, ents, found))
        found.extend(self._unlabelled(doc, context, resolver))
        found = self._listed_counties(doc) + found  # first: "Lancaster" before "counties" is the county
        vessels = self._vessel_names(doc)
        found = [mention for mention in found if normalize(mention.text) not in vessels and not mention.text.islower()]  # "the metro", a web address's "williams": no name
        found = self._without_people(doc, ents, found, context, resolver)
        unique = {(mention.start, mention.end): mention for mention in reversed(found)}
        return sorted(unique.values(), key=lambda mention: mention.start)

    def _entity_mentions(self, doc: Doc, text: str, ent: Span) -> list[Mention]:
        start, end, name = trim(text[ent.start_char : ent.end_char])
        after_the = start > 0 or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
        after_the = after_the and _root(ent).dep_ not in MODIFIER_DEPS  # "the Toronto surgeon": the article is the noun's
        start, end = ent.start_char + start, ent.start_char + end
        start, name = self._without_compass_word(start, name)
        if "," in name:
            head, _, tail = name.partition(",")
            tail_start = start + len(head) + 1 + (len(tail) - len(tail.lstrip()))
            region = self.gazetteer.qualifier(tail.strip())
            if region is not None:
                return [
                    Mention(start, start + len(head.rstrip()), head.rstrip(), region, after_the=after_the),
                    Mention(tail_start, end, text[tail_start:end], region, names_region=True),
                ]
        if _STATE_WORD_AFTER.match(text, end) or text.endswith(("upstate ", "Upstate "), 0, start):
            if (region := self.gazetteer.qualifier(name)) is not None and region[1] is not None:
                return [Mention(start, end, name, region, names_region=True)]  # "upstate New York": the state, not its city
        qualifier = self.qualifier_after(text, end)
        if qualifier is None and (region := self.region_of_after(text, end)) is not None:
            return [Mention(start, end, name, region, after_the=after_the, inside=True)]  # the region is an entity of its own
        mention = Mention(start, end, name, qualifier.qualifier if qualifier else None, after_the=after_the)
        return [mention, qualifier] if qualifier else [mention]  # "Ill." is a toponym too

    def _vessel_names(self, doc: Doc) -> set[str]:
        """The names the article gives ships ("the freighter Tampa", "MV Tampa", "aboard the
        Tampa"), normalised: a ship's name is no place anywhere in the article (one sense per
        discourse), though a town may bear it. Only the words that may open one are looked at."""
        names = set()
        for token in syntax.where(doc, LOWER, self.vessel_cue_ids):
            if token.i + 1 == len(doc):
                break
            before_name = (token.pos_ == "NOUN" and token.lower_ in self.vessel_nouns) or token.text in self.vessel_prefixes
            start = token.i + 1
            if token.lower_ in self.aboard and doc[start].lower_ == "the":
                before_name, start = True, start + 1
            if not before_name:
                continue
            end = start
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
                end += 1
            if end > start:
                names.add(normalize(doc[start:end].text))
        return names

    def _without_people(self, doc: Doc, ents: list[Span], found: list[Mention], context: Context, resolver: Resolver) -> list[Mention]:
        """The mentions less those of a name the article gives a person ("Hugh Jackman", "Mr
        Horton", "Rossi said"): such a name is no place anywhere in the article (one sense per
        discourse) unless the text plainly places it somewhere: a qualifier ("Jackson, Miss."), a
        country or state, or a large city after a locative preposition; a large city that speaks
        ("Moscow said") stays the city."""
        named, speakers = self._person_names(doc, ents)
        people = named | speakers
        if not people:
            return found
        placed = set()
        for mention in found:
            key = normalize(mention.text)
            if key in people and key not in placed and self._plainly_placed(doc, mention, key in named, context, resolver):
                placed.add(key)
        return [mention for mention in found if normalize(mention.text) not in people - placed]

    def _person_names(self, doc: Doc, ents: list[Span]) -> tuple[set[str], set[str]]:
        """The one-word names the article gives people, normalised: the surname of a person named in
        full and the name after an honorific; and, apart, proper nouns that are the subject of a
        reporting verb. One pass over the words in title case, as both are."""
        named = {normalize(ent[-1].text) for ent in ents if ent.label_ == "PERSON" and _full_name(ent)}
        speakers = set()
        for token in syntax.where(doc, IS_TITLE, (1,)):
            if token.is_alpha and token.i > 0 and doc[token.i - 1].text.rstrip(".") in self.honorifics:
                named.add(normalize(token.text))
            elif token.dep_ == "nsubj" and token.pos_ == "PROPN" and token.head.lemma_ in self.speech_verbs:
                speakers.add(normalize(token.text))
        return named, speakers

    def _plainly_placed(self, doc: Doc, mention: Mention, named: bool, context: Context, resolver: Resolver) -> bool:
        """Whether the text plainly places a name it may also give a person (see `_without_people`)."""
        name = mention.text
        if mention.names_region or mention.qualifier is not None or normalize(name) in context.qualified:
            return True
        ranked = resolver.rank(name, context)
        if ranked and ranked[0][1].feature_code in ("PCLI", "ADM1"):
            return True
        if not named:
            return self._large_city(name, context, resolver)
        words = doc.char_span(mention.start, mention.end)
        return words is not None and self._large_city_in_place(words, name, context, resolver)

    def _dedicated(self, text: str, mention: Mention) -> bool:
        """Whether a saint's name is that of a building dedicated to the saint ("St Mary's
        Church", "St. Vincent's Hospital"), not of a town called after the saint."""
        if not _SAINT.match(mention.text):
            return False
        nouns = _POSSESSIVE_NOUNS.match(text, mention.end)
        return nouns is not None and any(word in self.dedications for word in nouns.group(1).split())

    def _without_compass_word(self, start: int, name: str) -> tuple[int, str]:
        """A name that opens with a compass word and is in no gazetteer ("Central Texas")
        names a part of the place after it: that place is the toponym."""
        word, _, rest = name.partition(" ")
        if word not in self.compass or not rest[:1].isupper() or self.gazetteer.candidates(name) or not self.gazetteer.candidates(rest):
            return start, name
        return start + len(word) + 1, rest

    def _dateline(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """The place a dateline opens with, whatever NER made of it ("COLOMBO, Nov 28 (Reuters) -",
        "KYIV, Ukraine (AP) -"): the words before its first comma, where the gazetteer knows them,
        and the region after the comma where it names one."""
        opening = dateline(doc)
        if opening is None:
            return []
        start, end = opening[0], opening[1]
        comma = next((token.i for token in doc[start:end] if token.text == ","), end)
        place = doc[start:comma]
        if not place or any(m.start < place.end_char and place.start_char < m.end for m in found) or not self.gazetteer.candidates(place.text):
            return []
        qualifier = self.qualifier_after(docdata.text(doc), place.end_char) if comma < end else None
        mention = Mention(place.start_char, place.end_char, place.text, qualifier.qualifier if qualifier else None)
        return [mention, qualifier] if qualifier else [mention]

    def _party_homes(self, text: str, found: list[Mention]) -> list[Mention]:
        """The state or town a lawmaker's party designation names ("D-Calif.", "R-Elbow Lake"),
        its longest words the gazetteer knows, outside the mentions already found."""
        homes = []
        for match in _PARTY_HOME.finditer(text):
            start = match.start(1)
            if any(mention.start < match.end(1) and start < mention.end for mention in found):
                continue
            words = match.group(1).split(" ")
            for size in range(len(words), 0, -1):
                name = " ".join(words[:size])
                if (region := self.gazetteer.qualifier(name)) is not None:
                    entry = self.gazetteer.region(region)
                    if entry is not None and name[:-1] == entry.name:
                        name = entry.name  # "R-Texas." ends a sentence
                    homes.append(Mention(start, start + len(name), name, region, names_region=True))
                    break
                if self.gazetteer.candidates(name.rstrip(".")):
                    homes.append(Mention(start, start + len(name.rstrip(".")), name.rstrip(".")))
                    break
        return homes

    def qualifier_after(self, text: str, end: int) -> Mention | None:
        """The state or country named right after `end` (", Maine", ", Ill.", ", TX"), as a
        mention whose `qualifier` is the region it names."""
        match = _QUALIFIER_AFTER.match(text, end)
        if not match:
            return None
        words = match.group(1)
        for candidate in (words, words.split(" ")[0]):
            region = self.gazetteer.qualifier(candidate)
            if region is not None:
                start = match.start(1)
                return Mention(start, start + len(candidate), candidate, region, names_region=True)
        return None

    def region_of_after(self, text: str, end: int) -> Region | None:
        """The state or country a name says it lies in with "of" ("the Highlands of Victoria")."""
        match = _OF_REGION.match(text, end)
        return self.gazetteer.qualifier(match.group(1)) if match else None

    def _embedded(self, ent: Span, known: set[str], context: Context, resolver: Resolver) -> list[Mention]:
        """Toponyms inside an organisation or facility name: names the article already uses as
        toponyms, countries and states, and cities in a state the article names. Where none is,
        the longest name there the gazetteer knows is a hint for the resolver: "the Sedalia Fire
        Department" is no place of the article, but it vouches for the county named beside it
        that lies near a Sedalia. A street's name holds no country or state of the article's unless
        the article names it ("Falcon Street", "Georgia Avenue": streets named after them), but may
        hold the town or district it runs in or to ("Cedar Flat Road"); nor does an eatery's or a
        shop's ("Jamaica Kitchen", "Korea Garden": named for its cooking or wares)."""
        street = ent[-1].text in self.street_words or ent[-1].text in self.shop_words
        found = []
        first = ent.start + (ent[0].lower_ == "the")
        starts = [first, first + 1] if first < ent.end and ent.doc[first].text in self.compass else [first]  # a modifier first ("Northern" before it), or after "of"
        starts += [token.i + 1 for token in ent[:-1] if token.lower_ == "of"]
        for start in starts:
            hint = None
            for size in range(min(self.limits.max_ngram, ent.end - start), 0, -1):
                words = ent.doc[start : start + size]
                if not all(token.is_title or token.is_upper for token in words):
                    continue
                if normalize(words.text) in known or self._plainly_a_place(words.text, context, resolver, divisions=not street) or self._large_city(words.text, context, resolver, named_country=True):
                    found.append(Mention(words.start_char, words.end_char, words.text))
                    break
                if hint is None and self.gazetteer.candidates(words.text):
                    hint = words.text
            else:
                if hint is not None:
                    resolver.hint(hint)
        return found

    def _plainly_a_place(self, name: str, context: Context, resolver: Resolver, cities: bool = True, divisions: bool = True) -> bool:
        """A name NER did not take for a place that is a country, state or county (with `divisions`),
        or (with `cities`) a city in a state the article names."""
        ranked = resolver.rank(name, context)
        if not ranked:
            return False
        entry = ranked[0][1]
        if entry.feature_code in ("PCLI", "ADM1", "ADM2"):  # a country, a state ("S.C."), "Polk County"
            if not divisions:
                return False
            return normalize(entry.name) == normalize(name) or (entry.feature_code == "ADM1" and abbreviated(name) and self.gazetteer.qualifier(name) == region_of(entry))
        return cities and entry.feature_class == "P" and all(context.supports(normalize(name), entry))

    def _city_taken_for_a_person(self, ent: Span, name: str, context: Context, resolver: Resolver) -> bool:
        """A one-word PERSON named exactly like a large city of a country the article names
        ("Tbilisi says", "Tbilisi accuses"): the small model takes capitals for people when they
        speak for their governments, and cities that are also surnames for their namesakes. Where
        the context plainly places it (right after a locative preposition, with no title between:
        "flew to Leeds"; or before its state: "Dayton, Ohio"), a large city or one of a state the
        article names is enough."""
        if ent.label_ != "PERSON" or len(ent) != 1:
            return False
        if self._large_city(name, context, resolver, named_country=True):
            return True
        placed = ent[0].head.i == ent.start - 1 and _after_locative(ent[0]) or self.qualifier_after(docdata.text(ent.doc), ent.end_char) is not None
        return placed and (self._large_city(name, context, resolver) or self._plainly_a_place(name, context, resolver))

    def _located_city(self, ent: Span, name: str, context: Context, resolver: Resolver) -> bool:
        """A name that is no person's, named exactly like a large city and governed by a
        locative preposition ("flew to Marseille"): the small model often takes big cities for
        their football clubs, or for a language."""
        return ent.label_ != "PERSON" and self._large_city_in_place(ent, name, context, resolver)

    def _large_city_in_place(self, words: Span, name: str, context: Context, resolver: Resolver) -> bool:
        return _after_locative(_root(words)) and self._large_city(name, context, resolver)

    def _large_city(self, name: str, context: Context, resolver: Resolver, named_country: bool = False) -> bool:
        """Whether the name's best reading is a large city called exactly so (with
        `named_country`, in a country the article's other names point to)."""
        ranked = resolver.rank(name, context)
        if not ranked:
            return False
        entry = ranked[0][1]
        if named_country and not context.supports(normalize(name), entry)[0]:
            return False
        return entry.feature_class == "P" and entry.population >= self.limits.large_city and normalize(entry.name) == normalize(name)

    def _unlabelled(self, doc: Doc, context: Context, resolver: Resolver) -> list[Mention]:
        """Proper-noun runs outside any entity that name a city in a state the article names
        ("Moorhead" in an article about Minnesota), or a large city after a locative preposition
        ("fled from Aleppo"), matched by the city's own name."""
        found = []
        for start, end in _runs(doc):
            if end - start <= self.limits.max_ngram:
                span = doc[start:end]
                ranked = resolver.rank(span.text, context)
                if ranked and ranked[0][1].feature_class == "P" and normalize(ranked[0][1].name) == normalize(span.text):
                    if all(context.supports(normalize(span.text), ranked[0][1])) or self._large_city_in_place(span, span.text, context, resolver):
                        found.append(Mention(span.start_char, span.end_char, span.text))
        return found

    def _listed_counties(self, doc: Doc) -> list[Mention]:
        """Names listed before "counties" or "parishes" ("Pike and Letcher counties"):
        each is the county of that name, where the gazetteer knows one; a state's name so placed
        ("Ohio counties") is the state's, not a county's."""
        found = []
        for match in _PLURAL_DIVISION.finditer(docdata.text(doc)):  # the text first: cheaper than every token
            words = doc.char_span(match.start(), match.end())
            if words is None or len(words) != 1:
                continue
            token, suffix = words[0], PLURAL_DIVISIONS[match.group().lower()]
            end = token.i
            for i in range(token.i - 1, max(token.i - 4 * self.limits.max_ngram, 0) - 2, -1):
                if i >= 0 and doc[i].is_title and doc[i].text not in LIST_SEPARATORS:
                    continue
                span = doc[i + 1 : end]
                name = f"{span.text} {suffix}"
                if 0 < len(span) <= self.limits.max_ngram and self.gazetteer.qualifier(span.text) is None and self.gazetteer.candidates(name):
                    found.append(Mention(span.start_char, span.end_char, name))
                if i < 0 or doc[i].text not in LIST_SEPARATORS:
                    break
                end = i
        return found

    @staticmethod
    def _repeats(text: str, ents: list[Span], found: list[Mention]) -> list[Mention]:
        """Other occurrences of toponyms already found, outside any other entity."""
        taken = [(ent.start_char, ent.end_char) for ent in ents] + [(mention.start, mention.end) for mention in found]
        names = {mention.text for mention in found if not mention.names_region and mention.text[:1].isupper()}
        return [Mention(start, end, text[start:end]) for start, end in occurrences(text, names, taken)]


def _root(span: Span) -> Token:
    """The span's syntactic root. spaCy's `Span.root` climbs to the sentence root from each
    token, which costs the parse's depth per entity; the one token whose head lies outside the
    span is the answer without climbing, and spaCy decides only the rare other cases."""
    outside = [token for token in span if token.head.i == token.i or not span.start <= token.head.i < span.end]
    return outside[0] if len(outside) == 1 else span.root


def _full_name(ent: Span) -> bool:
    """Whether an entity reads as a person's full name ("Hugh Jackman"): two to four proper
    nouns in title case, so that a misread "Elmvale Fire Chief John Doe" or "Elmvale VFD" gives
    its town to no one."""
    return 1 < len(ent) <= 4 and all(token.pos_ == "PROPN" and token.is_title and token.is_alpha for token in ent)


def _after_locative(root: Token) -> bool:
    """Whether a name's root is the object of a locative preposition ("in", "to", "near")."""
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """The runs of proper nouns outside any entity and not opening a sentence, as token ranges:
    read from the Doc's array, so no Token is made for the other words."""
    if not len(doc):
        return []
    columns = doc.to_array([POS, ENT_TYPE, SENT_START])
    inside = (columns[:, 0] == _PROPN) & (columns[:, 1] == 0) & (columns[:, 2] != 1)
    edges = numpy.flatnonzero(numpy.diff(inside, prepend=False, append=False)).tolist()
    return list(zip(edges[::2], edges[1::2]))
