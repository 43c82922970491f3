"""Every event on a map and a timeline: its own place and date where its words give them, else
the nearest of its sentence, the dateline's, the article's main place and the publication date,
each with its basis (`Event.place_basis`, `Event.when_basis`) so users can keep only the
evidence they trust. A date the parse ties to an event from the dateline ("COLOMBO, Nov 28
(Reuters) - troops attacked on Tuesday") gives way to one in the event's own sentence.

A place named only by a demonym ("Russian troops") locates no event, and only a time that names
a day, week, month, season or year dates one ("for four years" does not). The publication date
becomes a time of its own, without a span: it is not in the text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date

from spacy.tokens import Doc, Token

from tidings import docdata
from tidings.datelines import dateline
from tidings.geo.gazetteer import load
from tidings.model import Event, Place, Precision, Span, When

UNDATED = frozenset({Precision.VAGUE, Precision.DURATION, Precision.SET})


def ground(doc: Doc, events: list[Event], dates: Callable[[Token], bool]) -> list[Event]:
    """The events, each with a place and a date where the article gives any, and their bases;
    `dates` says whether a time's token may date an event at all ("since 2019" may not)."""
    if not events:
        return events
    places = [place for place in docdata.get(doc, "places") if place.lat is not None and _located_by(place.spans)]
    times = docdata.get(doc, "times")
    dating = [when for when in times if when.precision not in UNDATED and when.spans and _dates(doc, when.spans[0], dates)]
    head = _dateline_chars(doc)
    place_spans = [(span, place.id) for place in places for span in _located_by(place.spans)]
    date_spans = [(when.spans[0], when.id) for when in dating]
    dateline_place = next((pid for span, pid in place_spans if _inside(span, head)), None)
    dateline_date = next((tid for span, tid in date_spans if _inside(span, head)), None)
    main_place = _main_place(places)
    published = None
    grounded = []
    for event in events:
        update: dict = {}
        if event.place:
            update["place_basis"] = "text"
        elif (found := _in_sentence(event, place_spans, head)) is not None:
            update.update(place=found, place_basis="sentence")
        elif dateline_place is not None:
            update.update(place=dateline_place, place_basis="dateline")
        elif main_place is not None:
            update.update(place=main_place, place_basis="article")
        own = next((when for when in times if when.id == event.when), None)
        if own is not None and not (own.spans and _inside(own.spans[0], head)):
            update["when_basis"] = "text"
        elif (found := _in_sentence(event, date_spans, head)) is not None:
            update.update(when=found, when_basis="sentence")
        elif dateline_date is not None:
            update.update(when=dateline_date, when_basis="dateline")
        elif doc._.published:
            published = published or _published_time(doc._.published, times)
            update.update(when=published.id, when_basis="published")
        grounded.append(event.model_copy(update=update))
    if published is not None and published not in times:
        docdata.put(doc, "times", [*times, published])
    return grounded


def _dates(doc: Doc, span: Span, dates: Callable[[Token], bool]) -> bool:
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    return tokens is not None and len(tokens) > 0 and dates(tokens[0])


def _located_by(spans: Sequence[Span]) -> list[Span]:
    """The spans that name the place itself, not its people ("Syria", not "Syrian")."""
    gazetteer = load()
    return [span for span in spans if gazetteer.demonym(span.text) is None]


def _main_place(places: list[Place]) -> str | None:
    """The place the article names most often (the first named, on a tie)."""
    counts = Counter({place.id: len(_located_by(place.spans)) for place in places})
    return counts.most_common(1)[0][0] if counts else None


def _in_sentence(event: Event, spans: list[tuple[Span, str]], head: tuple[int, int] | None) -> str | None:
    """The id of the item whose span in the event's sentence lies nearest its trigger (none in
    the dateline: that is the dateline's basis)."""
    sentence, trigger = event.sentence, event.spans[0] if event.spans else None
    if sentence is None or trigger is None:
        return None
    inside = [(abs(span.start - trigger.start), item_id) for span, item_id in spans if _inside(span, (sentence.start, sentence.end)) and not _inside(span, head)]
    return min(inside)[1] if inside else None


def _inside(span: Span, stretch: tuple[int, int] | None) -> bool:
    return stretch is not None and stretch[0] <= span.start and span.end <= stretch[1]


def _dateline_chars(doc: Doc) -> tuple[int, int] | None:
    found = dateline(doc)
    if found is None:
        return None
    start, _place_end, dash = found
    return doc[start].idx, doc[dash].idx


def _published_time(published: str, times: list[When]) -> When:
    """The publication date as a time: one already without a span for it, or a new one."""
    day = date.fromisoformat(published)
    for when in times:
        if not when.spans and when.value == day.isoformat():
            return when
    taken, number = {when.id for when in times}, len(times) + 1
    while f"t{number}" in taken:
        number += 1
    return When(id=f"t{number}", type="DATE", value=day.isoformat(), precision=Precision.DAY, begin=day, end=day)
