"""The API's request and response bodies (the OpenAPI document is made from these)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from tidings.model import Record


# Event and cluster ids are 60-bit integers, past what a JavaScript number holds exactly (2^53):
# JSON carries them as strings of digits.
BIG_ID_PATTERN = r"^\d{1,19}$"
BigId = Annotated[str, Field(pattern=BIG_ID_PATTERN, examples=["815270581243570551"])]


class ErrorBody(BaseModel):
    error: str = Field(description="What went wrong, in one line.")
    detail: Any = Field(default=None, description="More about it: the invalid fields, for one.")


class ActorRef(BaseModel):
    id: str = Field(description="Canonical actor id (a Wikidata id, iso3:RUS, name:...).")
    name: str = Field(description="The name as the article wrote it.")
    cameo: str | None = Field(description="CAMEO actor code.")


class PlaceRef(BaseModel):
    id: str = Field(description="The GeoNames id, or the name where there is none (the place filter takes either).")
    name: str
    lat: float | None
    lon: float | None
    country: str | None = Field(description="ISO 3166-1 alpha-3.")


class EventRow(BaseModel):
    event_id: BigId = Field(description="The event's id in the store (a 60-bit integer, as a string of digits).")
    article_id: str
    local_id: str = Field(description="The event's id within its article's record (e1, e2, ...).")
    date: dt.date | None = Field(description="The day it happened: from the text, else the publication date.")
    cameo: str
    cameo_root: str
    plover: str | None
    quad_class: int
    goldstein: float
    trigger: str
    sources: list[ActorRef]
    targets: list[ActorRef]
    place: PlaceRef | None
    certainty: str
    polarity: str
    sentence: str | None = Field(description="The sentence that reports it: the evidence.")
    title: str | None
    url: str | None
    cluster_id: BigId | None = Field(description="The real-world event (cluster of reports) it belongs to: a 60-bit integer, as a string of digits.")


class EventPage(BaseModel):
    total: int = Field(description="Events matching the filters, on every page.")
    limit: int
    offset: int
    items: list[EventRow]


class Disagreement(BaseModel):
    about: Literal["date", "place", "number"]
    noun: str | None = Field(default=None, description="What a disputed number counts.")
    values: list[str] = Field(description="What the reports say.")


class ClusterDetail(BaseModel):
    cluster_id: BigId
    articles: int = Field(description="Articles reporting it.")
    reports: list[EventRow] = Field(description="Its events in every article, this one included.")
    disagreements: list[Disagreement]


class EventDetail(BaseModel):
    event: EventRow
    record: Record = Field(description="The article's full record, as tidings.read gives it: the evidence.")
    cluster: ClusterDetail | None


class ClusterRow(BaseModel):
    cluster_id: BigId
    events: int
    mentions: int
    articles: int
    sources: int = Field(description="Distinct outlets reporting it.")
    first_published: dt.date | None
    last_published: dt.date | None
    disagreements: list[Disagreement]
    event: EventRow = Field(description="Its first report.")


class ArticleIn(BaseModel):
    text: str
    published: str | None = Field(default=None, description="Publication date: ISO 8601 or RFC 2822.")
    url: str | None = None
    title: str | None = None


class ItemError(BaseModel):
    index: int = Field(description="The article's position in the request (0 for a single article).")
    error: str


class ReadResult(BaseModel):
    records: list[Record]
    errors: list[ItemError]


class ActorRow(BaseModel):
    id: str
    name: str
    cameo: str | None
    country: str | None
    events: int = Field(description="Events it takes part in.")


class PlaceRow(BaseModel):
    id: str
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    events: int


class CountRow(BaseModel):
    period: dt.date = Field(description="The first day of the period.")
    group: str | None = Field(description="The PLOVER type, QuadClass or CAMEO root; null without grouping.")
    events: int
    goldstein_mean: float | None


class NetworkNode(BaseModel):
    id: str
    name: str
    cameo: str | None
    country: str | None
    events: int = Field(description="Events on the edges shown that it takes part in.")


class NetworkEdge(BaseModel):
    source: str
    target: str
    events: int
    goldstein_mean: float | None


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    events: int
    articles: int
