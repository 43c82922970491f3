"""Records written by hand for the store, query and export tests: each item's spans found in a
text written for the test, so no pipeline runs."""

from __future__ import annotations

import zlib
from datetime import date

from tidings.corpus.cluster import EventMention
from tidings.knowledge.ontology import event_code
from tidings.model import (
    Actor, ActorKind, Article, Event, Factuality, Place, Quote, Record, Span, When,
)


class Builder:
    """Items of one article, each placed at the n-th occurrence of its words in the text."""

    def __init__(self, text: str, article_id: str | None = None, published: str | None = None, **article) -> None:
        self.article = Article(text=text, id=article_id or "", published=published, **article)
        self.text = text
        self.actors: list[Actor] = []
        self.places: list[Place] = []
        self.times: list[When] = []
        self.events: list[Event] = []
        self.quotes: list[Quote] = []

    def span(self, words: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(words, start + 1)
        return Span(start=start, end=start + len(words), text=words)

    def actor(self, words: str, canonical_id: str, kind: str = "person", cameo: str | None = None, country: str | None = None, **fields) -> str:
        actor_id = f"a{len(self.actors) + 1}"
        name = fields.pop("name", words)
        self.actors.append(
            Actor(id=actor_id, spans=[self.span(words)], canonical_id=canonical_id, name=name, kind=ActorKind(kind),
                  cameo=cameo, country=country, known=cameo is not None, **fields)
        )
        return actor_id

    def place(self, words: str, geonameid: int, lat: float, lon: float, country: str, feature_class: str = "P", feature_code: str = "PPL", admin1: str | None = None) -> str:
        place_id = f"p{len(self.places) + 1}"
        self.places.append(
            Place(id=place_id, spans=[self.span(words)], name=words, geonameid=geonameid, lat=lat, lon=lon,
                  feature_class=feature_class, feature_code=feature_code, country=country, admin1=admin1)
        )
        return place_id

    def time(self, words: str, value: str, precision: str = "day", begin: date | None = None, end: date | None = None, mod: str | None = None) -> str:
        time_id = f"t{len(self.times) + 1}"
        self.times.append(When(id=time_id, spans=[self.span(words)], type="DATE", value=value, precision=precision, mod=mod, begin=begin, end=end))
        return time_id

    def event(self, trigger: str, cameo: str, sources=(), targets=(), place=None, when=None, nth: int = 0, also: tuple[tuple[str, int], ...] = (), **fields) -> str:
        event_id = f"e{len(self.events) + 1}"
        code = event_code(cameo)
        span = self.span(trigger, nth)
        sentence_start = self.text.rfind("\n", 0, span.start) + 1
        sentence_end = self.text.find("\n", span.end)
        sentence_end = len(self.text) if sentence_end < 0 else sentence_end
        self.events.append(
            Event(
                id=event_id, spans=[span], cameo=cameo, cameo_root=code.root, quad_class=code.quad_class,
                goldstein=code.goldstein, plover=code.plover, plover_mode=code.plover_mode,
                plover_context=list(code.plover_context), trigger=trigger.lower(), sources=list(sources),
                targets=list(targets), place=place, when=when,
                sentence=Span(start=sentence_start, end=sentence_end, text=self.text[sentence_start:sentence_end]),
                mentions=[span, *(self.span(words, n) for words, n in also)], **fields,
            )
        )
        return event_id

    def quote(self, content: str, speaker: str | None = None, cue: str | None = None) -> str:
        quote_id = f"q{len(self.quotes) + 1}"
        self.quotes.append(
            Quote(id=quote_id, spans=[self.span(content)], content=content, speaker=speaker, cue=cue,
                  cue_span=self.span(cue) if cue else None)
        )
        return quote_id

    def record(self) -> Record:
        return Record(article=self.article, actors=self.actors, places=self.places, times=self.times,
                      events=self.events, quotes=self.quotes, version="test")

    def mentions(self, context: frozenset[str] = frozenset(), arguments: frozenset[str] = frozenset()) -> list[EventMention]:
        """Clustering features of every event: its trigger, with the keys given."""
        return [
            EventMention(self.article.id, e.spans[0].start, e.spans[0].end, e.trigger, arguments, context)
            for e in self.events
        ]


def meeting(article_id: str, published: str, outlet: str, place: str = "Vostok Harbour", count: str = "12", day: str | None = None) -> Builder:
    """A report of a summit in an invented port, its place, count and day as given."""
    when = f" on {day}" if day else ""
    text = (
        f"Ilsa Marrow met Teodor Quill and {count} ministers in {place}{when}.\n"
        "Officials said the talks went well.\n"
        "Marrow later criticised the harbour authority."
    )
    built = Builder(text, article_id=article_id, published=published, outlet=outlet, url=f"https://www.{outlet}.example/{article_id}")
    marrow = built.actor("Ilsa Marrow", "name:ilsa_marrow", cameo="RUSGOV", country="RUS", role="President")
    quill = built.actor("Teodor Quill", "name:teodor_quill", cameo="PRKGOV", country="PRK")
    harbour = built.place(place, geonameid=zlib.crc32(place.encode()) % 1_000_000, lat=43.1, lon=131.9, country="RUS", admin1="Primorye")
    day_id = built.time(day, value=_iso(day, published)) if day else None
    built.event("met", "040", sources=[marrow], targets=[quill], place=harbour, when=day_id, also=(("talks", 0),))
    built.event("criticised", "111", sources=[marrow])
    return built


def _iso(day: str, published: str) -> str:
    months = ("January February March April May June July August September October November December").split()
    number, month = day.split()
    return f"{published[:4]}-{months.index(month) + 1:02d}-{int(number):02d}"
