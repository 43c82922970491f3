"""Places stage: toponyms (GPE, LOC, FAC entities) resolved against the gazetteer.

Each distinct resolved place is one `Place` with all its mention spans. A name is resolved
once per article (one sense per discourse), with the article's other toponyms as context and
any qualifier the text gives ("Springfield, Ill."). Toponyms the gazetteer cannot place are
left out: a place without coordinates tells a reader nothing a span does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from tidings.knowledge.countries import countries
from tidings.knowledge.gazetteer import Context, Entry, Gazetteer, Region, load, normalize, region_of
from tidings.model import Place, Record
from tidings.stages.base import Stage

LABELS = frozenset({"GPE", "LOC", "FAC"})
MAYBE_LABELS = frozenset({"ORG", "PERSON"})  # NER often takes small towns for these
HOST_LABELS = frozenset({"ORG", "FAC"})  # names that hold a toponym: "the Athens Police Department"
MAX_NGRAM = 3
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "outside", "into"})
LARGE_CITY = 100_000  # an ORG so named after a locative preposition is the city, not its club
MAX_NAME_CHARS = 60
_QUALIFIER_AFTER = re.compile(r",[ \t]*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)")
_TRIM = re.compile(r"^(?:[Tt]he\s+)?(.*?)(?:['’]s?)?$", re.S)


@dataclass
class Mention:
    """A toponym in the text: its span and any qualifier the text attaches to it."""

    start: int
    end: int
    text: str
    qualifier: Region | None = None
    names_region: bool = False  # the mention is itself a qualifier: it names `qualifier`
    after_the: bool = False  # "the West": populated places rarely take an article


class PlacesStage(Stage):
    name = "places"

    def __init__(self) -> None:
        self.gazetteer: Gazetteer = load()

    def __call__(self, doc: Doc, record: Record) -> None:
        mentions = self.mentions(doc)
        context = self._context(mentions)
        qualifiers: dict[str, Region] = {}  # a name qualified once keeps its qualifier after
        for mention in mentions:
            if mention.qualifier is not None and not mention.names_region:
                qualifiers.setdefault(normalize(mention.text), mention.qualifier)
        places: dict[Entry, Place] = {}
        resolved: dict[tuple[str, Region | None], Entry | None] = {}
        for mention in mentions:
            if mention.names_region:
                entry = self.gazetteer.region(mention.qualifier)
            else:
                key = normalize(mention.text)
                qualifier = mention.qualifier or qualifiers.get(key)
                if (key, qualifier) not in resolved:
                    resolved[key, qualifier] = self._best(mention, context, qualifier)
                entry = resolved[key, qualifier]
            if entry is None:
                continue
            if entry not in places:
                places[entry] = to_place(entry, f"p{len(places) + 1}")
            places[entry].spans.append(record.span(mention.start, mention.end))
        record.places.extend(places.values())

    # -- public helpers (the geo scorer resolves spans it is given) ------------------------

    def context(self, doc: Doc) -> Context:
        """What the article's toponyms say about its geography."""
        return self._context(self.mentions(doc))

    def resolve(self, name: str, context: Context | None = None, qualifier: Region | None = None) -> Place | None:
        """The place a name most likely means, given the article's context and a qualifier.
        Asked about a demonym ("Sudanese"), it answers with the country."""
        entry = self.gazetteer.best(trim(name)[2], context, qualifier)
        if entry is None and (country := countries().by_demonym(name)) is not None:
            entry = self.gazetteer.region((country.iso3, None))
        return to_place(entry, "") if entry else None

    def resolve_span(self, doc: Doc, start: int, end: int, context: Context | None = None) -> Place | None:
        """Resolve the text doc.text[start:end], reading a qualifier that follows it."""
        return self.resolve(doc.text[start:end], context or self.context(doc), self.qualifier_after(doc.text, end))

    def qualifier_after(self, text: str, end: int) -> Region | None:
        """The state or country named right after a toponym (", Maine", ", Ill.", ", TX")."""
        found = self._qualifier_after(text, end)
        return found.qualifier if found else None

    def _qualifier_after(self, text: str, end: int) -> Mention | None:
        """The qualifier after `end` as a mention whose `qualifier` is the region it names."""
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

    # -- mentions ----------------------------------------------------------------------------

    def mentions(self, doc: Doc) -> list[Mention]:
        """Toponym mentions in text order: GPE/LOC/FAC entities ("City, State" gives the city,
        qualified, and the state); ORG/PERSON entities that plainly name a place, and places
        inside organisation and facility names; the other occurrences of a name the article uses
        as a toponym (one sense per discourse); and untagged proper nouns naming a city in a state
        the article names."""
        found: list[Mention] = []
        maybe = []
        for ent in doc.ents:
            if len(ent.text) > MAX_NAME_CHARS:
                continue
            if ent.label_ in LABELS:
                mentions = self._entity_mentions(doc, ent)
                if ent.label_ == "FAC" and not self.gazetteer.candidates(mentions[0].text):
                    maybe.append(ent)  # "the Cottonport Fire Station": look inside
                    continue
                found.extend(mentions)
            elif ent.label_ in MAYBE_LABELS or ent.label_ in HOST_LABELS:
                maybe.append(ent)
        known = {normalize(mention.text) for mention in found if not mention.names_region}
        context = self._context(found)
        person_words = {token.lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for token in ent}
        for ent in maybe:
            key = normalize(ent.text)
            if key in known or self._located_city(ent, context) or (
                ent.text.lower() not in person_words and self._plainly_a_place(ent.text, context, ent.label_ != "PERSON")
            ):
                found.extend(self._entity_mentions(doc, ent))
                known.add(key)
            elif ent.label_ in HOST_LABELS:
                found.extend(self._embedded(ent, known, context))
        found.extend(self._repeats(doc, found))
        found.extend(self._unlabelled(doc, context))
        unique = {(mention.start, mention.end): mention for mention in reversed(found)}
        return sorted(unique.values(), key=lambda mention: mention.start)

    def _entity_mentions(self, doc: Doc, ent: Span) -> list[Mention]:
        text = doc.text
        start, end, name = trim(ent.text)
        after_the = start > 0 or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
        start, end = ent.start_char + start, ent.start_char + end
        if "," in name:
            head, _, tail = name.partition(",")
            tail_start = start + len(head) + 1 + (len(tail) - len(tail.lstrip()))
            region = self.gazetteer.qualifier(tail.strip())
            if region is not None:
                return [
                    Mention(start, start + len(head.rstrip()), head.rstrip(), region, after_the=after_the),
                    Mention(tail_start, end, text[tail_start:end], region, names_region=True),
                ]
        qualifier = self._qualifier_after(text, end)
        mention = Mention(start, end, name, qualifier.qualifier if qualifier else None, after_the=after_the)
        return [mention, qualifier] if qualifier else [mention]  # "Ill." is a toponym too

    def _embedded(self, ent: Span, known: set[str], context: Context) -> list[Mention]:
        """Toponyms inside an organisation or facility name: names the article already uses as
        toponyms, countries and states, and cities in a state the article names."""
        found = []
        starts = [ent.start + (ent[0].lower_ == "the")]  # a modifier first, or after "of"
        starts += [token.i + 1 for token in ent[:-1] if token.lower_ == "of"]
        for start in starts:
            for size in range(min(MAX_NGRAM, ent.end - start), 0, -1):
                words = ent.doc[start : start + size]
                if not all(token.is_title or token.is_upper for token in words):
                    continue
                if normalize(words.text) in known or self._plainly_a_place(words.text, context):
                    found.append(Mention(words.start_char, words.end_char, words.text))
                    break
        return found

    def _plainly_a_place(self, name: str, context: Context, cities: bool = True) -> bool:
        """A name NER did not take for a place that is a country or state, or (with `cities`)
        a city in a state the article names."""
        ranked = self.gazetteer.rank(name, context)
        if not ranked:
            return False
        entry = ranked[0][1]
        if entry.feature_code in ("PCLI", "ADM1"):
            return normalize(entry.name) == normalize(name)
        return cities and entry.feature_class == "P" and all(context.supports(normalize(name), entry))

    def _located_city(self, ent: Span, context: Context) -> bool:
        """An ORG named exactly like a large city and governed by a locative preposition
        ("flew to Marseille"): the small model often takes big cities for their football clubs."""
        head = ent.root.head
        if ent.label_ != "ORG" or ent.root.dep_ != "pobj" or head.lower_ not in LOCATIVE_PREPOSITIONS:
            return False
        ranked = self.gazetteer.rank(ent.text, context)
        if not ranked:
            return False
        entry = ranked[0][1]
        return entry.feature_class == "P" and entry.population >= LARGE_CITY and normalize(entry.name) == normalize(ent.text)

    def _unlabelled(self, doc: Doc, context: Context) -> list[Mention]:
        """Proper-noun runs outside any entity that name a city in a state the article names
        ("Moorhead" in an article about Minnesota), matched by the city's own name."""
        found = []
        run: list = []
        for token in [*doc, None]:
            if token is not None and token.pos_ == "PROPN" and not token.ent_type_ and not token.is_sent_start:
                run.append(token)
                continue
            if run and len(run) <= MAX_NGRAM:
                span = doc[run[0].i : run[-1].i + 1]
                ranked = self.gazetteer.rank(span.text, context)
                if ranked and ranked[0][1].feature_class == "P" and normalize(ranked[0][1].name) == normalize(span.text):
                    if all(context.supports(normalize(span.text), ranked[0][1])):
                        found.append(Mention(span.start_char, span.end_char, span.text))
            run = []
        return found

    def _repeats(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """Other occurrences of toponyms already found, outside any other entity."""
        taken = [(ent.start_char, ent.end_char) for ent in doc.ents]
        taken += [(mention.start, mention.end) for mention in found]
        names = {mention.text for mention in found if not mention.names_region and mention.text[:1].isupper()}
        repeats = []
        for name in names:
            pattern = re.compile(rf"\b(?:{re.escape(name)}|{re.escape(name.upper())})\b")
            for match in pattern.finditer(doc.text):
                start, end = match.span()
                if not any(s < end and start < e for s, e in taken):
                    repeats.append(Mention(start, end, match.group()))
        return repeats

    def _context(self, mentions: list[Mention]) -> Context:
        """Two rounds: each name's context-free reading, then readings given the first round
        (so "Georgia" next to "Atlanta" counts as the state)."""
        context = None
        for _round in range(2):
            current = Context()
            for mention in mentions:
                key = normalize(mention.text)
                if key in current.by_name:
                    continue
                if mention.names_region:
                    entry = self.gazetteer.region(mention.qualifier)
                else:
                    entry = self._best(mention, context, mention.qualifier)
                if entry is not None:
                    current.add(key, region_of(entry))
                elif key in self.gazetteer.counties:  # no point, but it says which state
                    current.add(key, self.gazetteer.counties[key])
            context = current
        return context

    def _best(self, mention: Mention, context: Context | None, qualifier: Region | None) -> Entry | None:
        for _score, entry in self.gazetteer.rank(mention.text, context, qualifier):
            if not (mention.after_the and entry.feature_class == "P" and not entry.name.startswith("The ")):
                return entry
        return None


def trim(name: str) -> tuple[int, int, str]:
    """Offsets and text of a toponym without a leading 'the' or a possessive ending."""
    match = _TRIM.match(name)
    return match.start(1), match.end(1), match.group(1)


def to_place(entry: Entry, place_id: str) -> Place:
    return Place(
        id=place_id, name=entry.name, geonameid=entry.geonameid, lat=entry.lat, lon=entry.lon,
        feature_class=entry.feature_class, feature_code=entry.feature_code,
        country=entry.country, admin1=entry.admin1,
    )
