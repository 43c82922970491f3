"""The typed record: what tidings reads (Article) and what it writes (Record).

Every extracted item carries `spans`: character offsets into `Article.text`, so a reader can
check the evidence. Records are plain data; `Record.model_validate_json(r.model_dump_json())`
gives back an equal record.
"""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date
from enum import Enum
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator


T = TypeVar("T", bound="Item")


class Span(BaseModel):
    """A stretch of the article text: `text == article.text[start:end]`."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class Item(BaseModel):
    """Anything extracted from the text: it has an id local to the record and its evidence."""

    id: str
    spans: list[Span] = Field(default_factory=list)

    def covers(self, start: int, end: int) -> bool:
        """True when one of this item's spans overlaps [start, end)."""
        return any(s.start < end and start < s.end for s in self.spans)


def text_id(text: str) -> str:
    """A stable article id: a hash of the text with Unicode and whitespace normalized."""
    normalized = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]


class Article(BaseModel):
    """The text and what is known about it."""

    id: str = ""
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    language: str = "en"

    @model_validator(mode="after")
    def _default_id(self) -> Article:
        if not self.id:
            self.id = text_id(self.text)
        return self


class ActorKind(str, Enum):
    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"
    GROUP = "group"


class Actor(Item):
    """A party to events or a source of speech, resolved to a canonical id where known.

    `id` is local to the record (a1, a2, ...); `canonical_id` is global: a Wikidata QID where the
    knowledge base has one, else `iso3:RUS`-style ids for countries, else `name:<normalized>`.
    `cameo` is the CAMEO actor code valid at the article's date (RUSGOV, PRK, USAMIL, ---REB).
    """

    canonical_id: str
    name: str
    kind: ActorKind
    cameo: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None  # e.g. "President of Russia", valid at the article date
    known: bool = False  # resolved against the knowledge base (not only seen in text)


class Place(Item):
    """A toponym resolved against the gazetteer (GeoNames ids, coordinates)."""

    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature_class: str | None = None  # GeoNames class: A (country, region), P (city), S (facility), L (area)
    feature_code: str | None = None  # GeoNames code: PCLI, PPLC, PPL, ADM1, ...
    country: str | None = None  # ISO3
    admin1: str | None = None


class Precision(str, Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    TIME = "time"  # finer than a day
    VAGUE = "vague"
    DURATION = "duration"
    SET = "set"


# TIMEX3's mod values, with Stanford SUTime's EARLY and LATE ("early next year", "late Tuesday").
Mod = Literal[
    "START", "MID", "END", "EARLY", "LATE", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
    "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE",
]


class When(Item):
    """A time expression normalized to TIMEX3."""

    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str  # TIMEX3 value: 2023-09-13, 2023-W11, P2Y, PAST_REF, XXXX-WI
    precision: Precision
    mod: Mod | None = None  # the part or bound of the value meant: "the end of the month" END
    begin: date | None = None  # interval covered, where the text gives one
    end: date | None = None


class Certainty(str, Enum):
    CERTAIN = "CERTAIN"
    PROBABLE = "PROBABLE"
    POSSIBLE = "POSSIBLE"
    UNDERSPECIFIED = "UNDERSPECIFIED"


class Polarity(str, Enum):
    POS = "POS"
    NEG = "NEG"
    UNDERSPECIFIED = "UNDERSPECIFIED"


class EventTime(str, Enum):
    FUTURE = "FUTURE"
    NON_FUTURE = "NON_FUTURE"
    UNDERSPECIFIED = "UNDERSPECIFIED"


class Factuality(BaseModel):
    """How sure the article is of an event (MEANTIME/NewsReader scheme)."""

    certainty: Certainty = Certainty.CERTAIN
    polarity: Polarity = Polarity.POS
    time: EventTime = EventTime.NON_FUTURE
    attributed_to: str | None = None  # id of the Quote or Actor that reports it; None: the writer
    cues: list[Span] = Field(default_factory=list)  # the words that set the labels


# Where an event's place or date comes from: its own words ("text"), another phrase of its
# sentence, the article's dateline, the article's main place, or the publication date.
Basis = Literal["text", "sentence", "dateline", "article", "published"]


class Event(Item):
    """One coded event. `spans[0]` is the trigger; further spans are supporting evidence.
    `mentions` holds the trigger span of every mention of the event in the article, in text
    order (at least the event's own trigger): one event reported several times is one Event."""

    cameo: str  # CAMEO event code, e.g. "040"
    cameo_root: str  # first two digits, "04"
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float
    plover: str | None = None  # PLOVER type, e.g. CONSULT; None where CAMEO's code has none
    plover_mode: str | None = None
    plover_context: list[str] = Field(default_factory=list)
    trigger: str  # the lemma of the trigger
    sources: list[str] = Field(default_factory=list)  # Actor ids
    targets: list[str] = Field(default_factory=list)  # Actor ids
    place: str | None = None  # Place id: where it happened
    when: str | None = None  # When id: when it happened
    place_basis: Basis | None = None  # what says the place is the event's (None: no place)
    when_basis: Basis | None = None  # what says the date is the event's (None: no date)
    sentence: Span | None = None
    mentions: list[Span] = Field(default_factory=list)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    factuality: Factuality = Field(default_factory=Factuality)


class QuoteKind(str, Enum):
    """What an attribution reports: words said or written, a state of mind ("X believes",
    "X wants", "X supports"), or an aim ("X plans to", "X intends to")."""

    SPEECH = "speech"
    ATTITUDE = "attitude"
    INTENTION = "intention"


class Quote(Item):
    """Reported speech, attitude or intention. `spans` holds the content; speaker, cue and via
    have their own spans."""

    content: str
    kind: QuoteKind = QuoteKind.SPEECH
    direct: bool = True
    speaker: str | None = None  # Actor id
    speaker_span: Span | None = None
    cue: str | None = None  # the lemma of the cue verb
    cue_span: Span | None = None
    via: str | None = None  # Actor id of the relaying source (a news agency, a newspaper)
    via_span: Span | None = None
    within: str | None = None  # id of the quote whose content holds this one ("“He told me ‘…’,” she said")


class Record(BaseModel):
    """Everything tidings extracted from one article."""

    article: Article
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[When] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    version: str = ""

    def span(self, start: int, end: int) -> Span:
        """A Span over the article text."""
        return Span(start=start, end=end, text=self.article.text[start:end])

    def actor(self, actor_id: str) -> Actor:
        return _by_id(self.actors, actor_id)

    def place(self, place_id: str) -> Place:
        return _by_id(self.places, place_id)

    def time(self, when_id: str) -> When:
        return _by_id(self.times, when_id)

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor one of whose mentions overlaps [start, end), if any."""
        return _first_covering(self.actors, start, end)

    def place_at(self, start: int, end: int) -> Place | None:
        return _first_covering(self.places, start, end)

    def time_at(self, start: int, end: int) -> When | None:
        return _first_covering(self.times, start, end)


def _by_id(items: list[T], item_id: str) -> T:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


def _first_covering(items: list[T], start: int, end: int) -> T | None:
    for item in items:
        if item.covers(start, end):
            return item
    return None
