"""Query parameters several routes share: which events, and which page of them."""

from __future__ import annotations

from datetime import date
from typing import Literal

from fastapi import HTTPException, Query

from tidings.corpus.filters import EventFilter

MAX_LIMIT = 1000
MAX_OFFSET = 2**31  # far past any store; keeps the SQL's numbers in range


def event_filter(
    actor: str | None = Query(None, description="Either side: a canonical id, a part of a name, or a CAMEO actor code or its start (RUS)."),
    country: str | None = Query(None, description="ISO 3166-1 alpha-3 of the event's place (UKR).", pattern=r"^[A-Za-z]{3}$"),
    type: str | None = Query(None, description="PLOVER type: CONSULT, ASSAULT, PROTEST..."),  # noqa: A002 (the API's name)
    cameo_root: str | None = Query(None, description="CAMEO root, 01 to 20.", pattern=r"^\d\d$"),
    quad_class: int | None = Query(None, ge=1, le=4, description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."),
    certainty: Literal["CERTAIN", "PROBABLE", "POSSIBLE", "UNDERSPECIFIED"] | None = Query(None),
    polarity: Literal["POS", "NEG", "UNDERSPECIFIED"] | None = Query(None),
    place: str | None = Query(None, description="The event's place: its GeoNames id or its name."),
    bbox: str | None = Query(None, description="The place within minlon,minlat,maxlon,maxlat.", examples=["120,30,140,50"]),
    since: date | None = Query(None, description="From this day (YYYY-MM-DD)."),
    until: date | None = Query(None, description="To this day, inclusive."),
    q: str | None = Query(None, description="Words in the event's sentence or its article's title."),
) -> EventFilter:
    try:
        return EventFilter(
            actor=actor or None, country=country, type=type, cameo_root=cameo_root, quad_class=quad_class,
            certainty=certainty, polarity=polarity, place=place or None, bbox=bbox, since=since, until=until,
            text=q or None,
        )
    except ValueError as error:
        raise HTTPException(422, str(error)) from None


def limit(default: int = 50, most: int = MAX_LIMIT):
    return Query(default, ge=1, le=most, description=f"At most this many (up to {most}).")


def offset():
    return Query(0, ge=0, le=MAX_OFFSET, description="Skip this many first.")


def as_arguments(chosen: EventFilter) -> dict:
    """The filter as the keyword arguments of `Corpus`'s queries."""
    return {name: getattr(chosen, name) for name in chosen.given()}
