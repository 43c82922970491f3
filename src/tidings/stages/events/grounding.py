"""Every event on a map and a timeline: its own place and date where its words give them, else
the nearest of its sentence, the dateline's, the article's main place and the publication date,
each with its basis (`Event.place_basis`, `Event.when_basis`) so users can keep only the
evidence they trust. A date the parse ties to an event from the dateline ("COLOMBO, Nov 28
(Reuters) - troops attacked on Tuesday") gives way to one in the event's own sentence.

A place named only by a demonym ("Russian troops") locates no event, and only a time that names
a day, week, month, season or year dates one ("for four years" does not). The publication date
becomes a time of its own, without a span: it is not in the text. Items are read as the plain
data on the Doc: typing every place and time of every article would cost more than the rest.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Token

from tidings import docdata
from tidings.datelines import dateline
from tidings.geo.gazetteer import load
from tidings.model import Event, Precision, When

# Time precisions that neither date an event nor tell two events apart (mentions.merge)
UNDATED = frozenset({Precision.VAGUE.value, Precision.DURATION.value, Precision.SET.value})
Offsets = tuple[int, int]


def ground(doc: Doc, events: list[Event], dates: Callable[[Token], bool]) -> list[Event]:
    """The events, each with a place and a date where the article gives any, and their bases;
    `dates` says whether a time's token may date an event at all ("since 2019" may not)."""
    if not events:
        return events
    times = docdata.data(doc, "times")
    text = docdata.text(doc)
    place_spans = [
        (span, place["id"]) for place in docdata.data(doc, "places") if place["lat"] is not None for span in _located_by(text, place["spans"])
    ]
    date_spans = [
        (tuple(time["spans"][0]), time["id"]) for time in times
        if time["precision"] not in UNDATED and time["spans"] and _dates(doc, time["spans"][0], dates)
    ]
    places_in_order, dates_in_order = sorted(place_spans), sorted(date_spans)  # for each event's sentence
    head = _dateline_chars(doc)
    dateline_place = next((item for span, item in place_spans if _inside(span, head)), None)
    dateline_date = next((item for span, item in date_spans if _inside(span, head)), None)
    main_place = Counter(item for _, item in place_spans).most_common(1)[0][0] if place_spans else None
    own_spans = {time["id"]: time["spans"] for time in times}
    published: When | None = None
    grounded = []
    for event in events:
        update: dict = {}
        if event.place:
            update["place_basis"] = "text"
        elif (found := _in_sentence(event, places_in_order, head)) is not None:
            update.update(place=found, place_basis="sentence")
        elif dateline_place is not None:
            update.update(place=dateline_place, place_basis="dateline")
        elif main_place is not None:
            update.update(place=main_place, place_basis="article")
        own = own_spans.get(event.when) if event.when else None
        if own is not None and not (own and _inside(tuple(own[0]), head)):
            update["when_basis"] = "text"
        elif (found := _in_sentence(event, dates_in_order, head)) is not None:
            update.update(when=found, when_basis="sentence")
        elif dateline_date is not None:
            update.update(when=dateline_date, when_basis="dateline")
        elif doc._.published:
            published = published or _published_time(doc._.published, times)
            update.update(when=published.id, when_basis="published")
        grounded.append(event.model_copy(update=update))
    if published is not None and published.id not in own_spans:
        docdata.add_unspanned(doc, "times", published)
    return grounded


def _dates(doc: Doc, span: list[int], dates: Callable[[Token], bool]) -> bool:
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    return tokens is not None and len(tokens) > 0 and dates(tokens[0])


def _located_by(text: str, spans: list[list[int]]) -> list[Offsets]:
    """The spans that name the place itself, not its people ("Syria", not "Syrian")."""
    gazetteer = load()
    return [(start, end) for start, end in spans if gazetteer.demonym(text[start:end]) is None]


def demonym_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of place mentions that name a place's people only: they locate no event."""
    text, gazetteer, found = docdata.text(doc), load(), set()
    for place in docdata.data(doc, "places"):
        for start, end in place["spans"]:
            if gazetteer.demonym(text[start:end]) is not None and (tokens := doc.char_span(start, end, alignment_mode="expand")) is not None:
                found.update(token.i for token in tokens)
    return frozenset(found)


def _in_sentence(event: Event, spans: list[tuple[Offsets, str]], head: Offsets | None) -> str | None:
    """The id of the item whose span in the event's sentence lies nearest its trigger (none in
    the dateline: that is the dateline's basis). `spans` are sorted: only the sentence's are read."""
    sentence, trigger = event.sentence, event.spans[0] if event.spans else None
    if sentence is None or trigger is None:
        return None
    inside = []
    for index in range(bisect_left(spans, ((sentence.start, -1), "")), len(spans)):
        span, item = spans[index]
        if span[0] > sentence.end:
            break
        if span[1] <= sentence.end and not _inside(span, head):
            inside.append((abs(span[0] - trigger.start), item))
    return min(inside)[1] if inside else None


def _inside(span: Offsets, stretch: Offsets | None) -> bool:
    return stretch is not None and stretch[0] <= span[0] and span[1] <= stretch[1]


def _dateline_chars(doc: Doc) -> Offsets | None:
    found = dateline(doc)
    if found is None:
        return None
    start, _place_end, dash = found
    return doc[start].idx, doc[dash].idx


def _published_time(published: str, times: list[dict]) -> When:
    """The publication date as a time: one already without a span for it, or a new one."""
    day = date.fromisoformat(published)
    for time in times:
        if not time["spans"] and time["value"] == day.isoformat():
            return When.model_validate(time | {"spans": []})
    taken, number = {time["id"] for time in times}, len(times) + 1
    while f"t{number}" in taken:
        number += 1
    return When(id=f"t{number}", type="DATE", value=day.isoformat(), precision=Precision.DAY, begin=day, end=day)
