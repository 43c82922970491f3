"""Event mentions as the clusterer sees them: typed features read once off a parsed article.

Features are keys (`actor:Q7747`, `place:2017370`, `time:2023-09-13`, `name:tara reid`,
`word:rehab`) so that a store can keep them as plain strings and cluster them later without
the parse.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from tidings.model import Event, Item, Precision, Record

# spaCy entity labels that name participants, places or named events (not numbers or dates).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"})
DATED = ("day", "week", "month")  # time precisions specific enough to identify an event
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "PROPN", "NUM", "ADV"})
PARTICLE_POS = frozenset({"ADP", "PART"})  # kept after the head: "check into", "pull over"
WORD_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})  # the words that say what an article is about
COUNTRYLESS_GROUP = "cameo:---"  # the id of a group known only by a role code ("---GOV", "---REB")


@dataclass(frozen=True, slots=True)
class EventMention:
    """One mention of an event: where it is, its trigger and what surrounds it. Only the first
    four fields are required; each other one that is known lets the clusterer tell events apart."""

    doc_id: str
    start: int
    end: int
    trigger: str  # lemma; a multi-word trigger joins its content lemmas with "_"
    arguments: frozenset[str] = frozenset()  # keys found in the trigger's sentence
    context: frozenset[str] = frozenset()  # keys and content words (`word:`) of the whole article
    words: frozenset[str] = frozenset()  # content words of the trigger's sentence (`word:` keys)
    sentence: int = 0  # prose sentences before the trigger's in its article: 0 in the headline or lead
    pos: str = ""  # the trigger's part of speech (Universal POS: VERB, NOUN, ADJ...)
    places: frozenset[str] = frozenset()  # the sentence's places with their admin1 and country
    published: date | None = None  # the article's publication date
    outlet: str | None = None
    date: date | None = None  # the day the event happened, where the article says
    cameo: str | None = None  # CAMEO code of the event tidings coded at the trigger
    event: str | None = None  # the record's Event id at the trigger: within an article, its decision


class MentionReader:
    """Reads `EventMention`s off a parsed article; built once over the spaCy pipeline (whose
    lemmatizer re-reads title-cased headline verbs that the tagger took for names)."""

    def __init__(self, nlp: Language) -> None:
        self._lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None

    def __call__(
        self, doc_id: str, doc: Doc, spans: Iterable[tuple[int, int]], record: Record | None = None
    ) -> list[EventMention]:
        """The mentions at the character `spans` of `doc` (and its record, when there is one:
        its actors, places and times add canonical keys to the names spaCy finds, its events the
        code, date and identity of the event at a trigger). A span outside the text, or empty, is a
        mention of its own; a Doc without sentences is one sentence."""
        keyed = sorted(_keyed_spans(doc, record), key=lambda k: k[1])
        starts = [start for _, start, _ in keyed]
        placed = sorted(_placed_spans(record), key=lambda k: k[1])
        place_starts = [start for _, start, _ in placed]
        context = frozenset(key for key, _, _ in keyed) | _words(doc[:]) | _years(record)
        article = record.article if record is not None else None
        common = {
            "published": article.published if article else None,
            "outlet": article.outlet if article else None,
        }
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        sentence_starts = [s.start_char for s in sentences]
        depth = list(itertools.accumulate((_is_prose(s) for s in sentences[:-1]), initial=0))
        text = doc.text  # joined once: spaCy joins every token at each access
        mentions = []
        for start, end in spans:
            inside = 0 <= start < end <= len(text)
            span = doc.char_span(start, end, alignment_mode="expand") if inside else None
            if span is None or not len(span):
                trigger = text[start:end].lower() if inside else ""
                mentions.append(EventMention(doc_id, start, end, trigger, context=context, **common))
                continue
            index = max(0, bisect_right(sentence_starts, span.start_char) - 1)
            sentence = sentences[index]
            low, high = sentence.start_char, sentence.end_char
            event = _event_at(record, start, end)
            mentions.append(
                EventMention(
                    doc_id,
                    start,
                    end,
                    self.trigger_lemma(span),
                    arguments=_within(keyed, starts, low, high),
                    context=context,
                    words=_words(sentence),
                    sentence=depth[index],
                    pos=span.root.pos_,
                    places=frozenset(itertools.chain.from_iterable(_within(placed, place_starts, low, high))),
                    date=_event_date(record, event),
                    cameo=event.cameo if event else None,
                    event=event.id if event else None,
                    **common,
                )
            )
        return mentions

    def trigger_lemma(self, span: SpacySpan) -> str:
        """The trigger's content-word lemmas, lowercased, the syntactic head first, joined by "_";
        numbers and symbols beside the head are left out ("11 rebounds" is "rebound")."""
        content = [t for t in span if t.pos_ in CONTENT_POS]
        head = span.root if span.root.pos_ in CONTENT_POS or not content else content[0]
        rest = [
            t
            for t in span
            if t.is_alpha and (t.i > head.i and t.pos_ in PARTICLE_POS or t in content and t.i != head.i)
        ]
        words = [head, *rest]
        return "_".join(self._lemma(token) for token in words)

    def _lemma(self, token: Token) -> str:
        """The token's lemma; a name-like or title-cased word (a headline's "Dies", "Oscars") is
        lemmatized by the verb rules, which also strip a plural noun's -s."""
        name_like = token.pos_ == "PROPN" or token.is_title and token.pos_ == "NOUN"
        if name_like and self._lemmatizer is not None:
            word = Doc(token.vocab, words=[token.lower_], pos=["VERB"])[0]
            return self._lemmatizer.rule_lemmatize(word)[0].lower()
        return token.lemma_.lower()


def _is_prose(sentence: SpacySpan) -> bool:
    """Whether a sentence is prose, not a URL, dateline or byline: at least three words, most of
    its tokens words."""
    words = sum(token.is_alpha for token in sentence)
    return words >= 3 and words >= 0.6 * len(sentence)


def _within(keyed: list, starts: list[int], low: int, high: int) -> frozenset:
    """The keys of `keyed` (sorted by start) whose spans lie within [low, high)."""
    first = bisect_left(starts, low)
    return frozenset(key for key, _, end in itertools.takewhile(lambda k: k[1] < high, keyed[first:]) if end <= high)


def _words(span: SpacySpan) -> frozenset[str]:
    """`word:` keys: the lemmas of the content words (not stop words) of a stretch of the text."""
    return frozenset(
        f"word:{token.lemma_.lower()}" for token in span if token.pos_ in WORD_POS and token.is_alpha and not token.is_stop
    )


def _years(record: Record | None) -> frozenset[str]:
    """`year:` keys: the years the article's times fall in (a story of 2008 is not one of 2013)."""
    if record is None:
        return frozenset()
    return frozenset(f"year:{t.value[:4]}" for t in record.times if t.spans and t.value[:4].isdigit())  # the text's, not the publication date


def _keyed_spans(doc: Doc, record: Record | None) -> list[tuple[str, int, int]]:
    """(key, start, end) for every name in the parse and every actor, place and dated time in
    the record; not an actor known only by a code without a country (`cameo:---GOV`, "officials"):
    unrelated events share it, so it is no evidence that two are one."""
    keyed = []
    for entity in doc.ents:
        if entity.label_ in NAME_LABELS:
            for key in _name_keys(entity):
                keyed.append((key, entity.start_char, entity.end_char))
    if record is not None:
        items: list[tuple[str, Item]] = [
            (f"actor:{a.canonical_id}", a) for a in record.actors if not a.canonical_id.startswith(COUNTRYLESS_GROUP)
        ]
        items += [(f"place:{p.geonameid or p.name.lower()}", p) for p in record.places]
        items += [(f"time:{t.value}", t) for t in record.times if t.precision.value in DATED]
        keyed += [(key, s.start, s.end) for key, item in items for s in item.spans]
    return keyed


def _placed_spans(record: Record | None) -> list[tuple[tuple[str, ...], int, int]]:
    """(the place, its admin1 and its country, start, end) for every place span of the record."""
    if record is None:
        return []
    placed = []
    for place in record.places:
        keys = [str(place.geonameid or place.name.lower())]
        if place.country:
            keys.append(place.country)
            if place.admin1:
                keys.append(f"{place.country}.{place.admin1}")
        placed += [(tuple(keys), s.start, s.end) for s in place.spans]
    return placed


def _name_keys(entity: SpacySpan) -> list[str]:
    """`name:` keys of an entity: its words, lowercased, without a leading article or a trailing
    possessive; a person also by their last name, as later mentions call them."""
    words = [t.lower_ for t in entity if not (t.i == entity.start and t.lower_ == "the") and t.tag_ != "POS"]
    if not words:
        return []
    keys = [f"name:{' '.join(words)}"]
    if entity.label_ == "PERSON" and len(words) > 1:
        keys.append(f"name:{words[-1]}")
    return keys


def _event_at(record: Record | None, start: int, end: int) -> Event | None:
    """The record's event with a mention overlapping [start, end), if any."""
    if record is None:
        return None
    for event in record.events:
        for span in event.mentions or event.spans[:1]:
            if span.start < end and start < span.end:
                return event
    return None


def _event_date(record: Record | None, event: Event | None) -> date | None:
    """The day of the event's time, where the text gives it to the day (not the publication
    date a dateless event takes)."""
    if record is None or event is None or event.when is None:
        return None
    when = next((t for t in record.times if t.id == event.when), None)
    if when is None or not when.spans or when.precision not in (Precision.DAY, Precision.TIME):
        return None
    try:
        return date.fromisoformat(when.value[:10])
    except ValueError:
        return None
