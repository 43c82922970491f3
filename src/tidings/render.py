"""`--format table`: a readable summary of a record for people at a terminal.

Every cell is plain text: words from the article ("[inaudible]", "[/]") are never read as rich
markup.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tidings.model import Actor, Event, Factuality, Record

PIPED_WIDTH = 160  # rich assumes 80 columns when output is not a terminal


def _factuality(f: Factuality) -> str:
    words = []
    if f.polarity.value == "NEG":
        words.append("negated")
    if f.time.value == "FUTURE":
        words.append("future")
    words.append({"CERTAIN": "asserted", "PROBABLE": "probable", "POSSIBLE": "possible"}.get(
        f.certainty.value, "underspecified"))
    return ", ".join(words)


def _trigger(event: Event) -> str:
    """The main mention's trigger, and how many more mentions the event has."""
    text = event.spans[0].text if event.spans else event.trigger
    more = len(event.mentions) - 1
    return f"{text} (+{more} mention{'s' if more > 1 else ''})" if more > 0 else text


class _Lookup:
    """The record's items by local id, built once (a record may hold thousands of events)."""

    def __init__(self, record: Record) -> None:
        self.actors: dict[str, Actor] = {a.id: a for a in record.actors}
        self.places = {p.id: p.name for p in record.places}
        self.times = {t.id: t.value for t in record.times}
        self.speakers = {q.id: q.speaker for q in record.quotes}

    def names(self, actor_ids: list[str]) -> str:
        actors = [self.actors[a] for a in actor_ids if a in self.actors]
        return " + ".join(f"{a.name} ({a.cameo or '?'})" for a in actors) or "-"

    def reporter(self, attributed_to: str | None) -> str | None:
        """Who an event is attributed to: a quote's speaker, or an actor."""
        if attributed_to is None:
            return None
        actor = self.actors.get(self.speakers.get(attributed_to) or attributed_to)
        return f"{actor.name} ({attributed_to})" if actor else attributed_to

    def event_row(self, event: Event) -> list[str]:
        source = self.reporter(event.factuality.attributed_to)
        via = f", reported by {source}" if source else ""
        return [
            event.id, f"{event.cameo} {event.plover or ''}".strip(), self.names(event.sources), self.names(event.targets),
            _with_basis(self.places.get(event.place or "", "-"), event.place_basis),
            _with_basis(self.times.get(event.when or "", "-"), event.when_basis),
            _factuality(event.factuality) + via, _trigger(event),
        ]


def _with_basis(cell: str, basis: str | None) -> str:
    """A place or date, with where it comes from unless the event's own words give it."""
    return f"{cell} ({basis})" if basis and basis != "text" else cell


def _add_row(table: Table, *cells: str) -> None:
    table.add_row(*(Text(cell) for cell in cells))


def print_table(record: Record, console: Console | None = None) -> None:
    if console is None:
        console = Console()
        if not console.is_terminal:
            console = Console(width=PIPED_WIDTH)
    article = record.article
    lookup = _Lookup(record)
    console.print(Text.assemble((article.title or article.id, "bold"), f"  published {article.published or '?'}"))

    events = Table("id", "CAMEO / PLOVER", "source", "target", "where", "when", "factuality", "trigger", title="Events")
    for event in record.events:
        _add_row(events, *lookup.event_row(event))
    actors = Table("id", "name", "CAMEO", "canonical id", "role", "mentions", title="Actors")
    for actor in record.actors:
        _add_row(actors, actor.id, actor.name, actor.cameo or "-", actor.canonical_id, actor.role or "-", str(len(actor.spans)))
    places = Table("id", "name", "GeoNames", "lat, lon", "class", "country", title="Places")
    for place in record.places:
        point = f"{place.lat:.2f}, {place.lon:.2f}" if place.lat is not None and place.lon is not None else "-"
        _add_row(places, place.id, place.name, str(place.geonameid or "-"), point, place.feature_code or place.feature_class or "-", place.country or "-")
    times = Table("id", "text", "type", "value", "precision", "interval", title="Times")
    for when in record.times:
        interval = f"{when.begin} .. {when.end}" if when.begin and when.end and when.begin != when.end else "-"
        _add_row(times, when.id, when.spans[0].text if when.spans else "-", when.type, when.value, when.precision.value, interval)
    quotes = Table("id", "speaker", "cue", "via", "content", title="Quotes")
    for quote in record.quotes:
        speaker = lookup.actors[quote.speaker].name if quote.speaker in lookup.actors else (quote.speaker_span.text if quote.speaker_span else "-")
        via = lookup.actors[quote.via].name if quote.via in lookup.actors else (quote.via_span.text if quote.via_span else "-")
        _add_row(quotes, quote.id, speaker, quote.cue or "-", via, quote.content)
    for table in (events, actors, places, times, quotes):
        console.print(table)
