"""`--format table`: a readable summary of a record for people at a terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from tidings.model import Event, Factuality, Record


def _factuality(f: Factuality) -> str:
    words = []
    if f.polarity.value == "NEG":
        words.append("negated")
    if f.time.value == "FUTURE":
        words.append("future")
    words.append({"CERTAIN": "asserted", "PROBABLE": "probable", "POSSIBLE": "possible"}.get(
        f.certainty.value, "underspecified"))
    return ", ".join(words)


def _names(record: Record, actor_ids: list[str]) -> str:
    return " + ".join(
        f"{record.actor(a).name} ({record.actor(a).cameo or '?'})" for a in actor_ids
    ) or "-"


def _reporter(record: Record, attributed_to: str | None) -> str | None:
    """Who an event is attributed to: a quote's speaker, or an actor."""
    if attributed_to is None:
        return None
    quote = next((q for q in record.quotes if q.id == attributed_to), None)
    actor_id = quote.speaker if quote is not None else attributed_to
    actor = next((a for a in record.actors if a.id == actor_id), None)
    return f"{actor.name} ({attributed_to})" if actor else attributed_to


def _event_row(record: Record, event: Event) -> list[str]:
    place = record.place(event.place).name if event.place else "-"
    when = record.time(event.when).value if event.when else "-"
    source = _reporter(record, event.factuality.attributed_to)
    via = f", reported by {source}" if source else ""
    return [
        event.id, f"{event.cameo} {event.plover}", _names(record, event.sources),
        _names(record, event.targets), place, when, _factuality(event.factuality) + via,
        event.spans[0].text if event.spans else event.trigger,
    ]


PIPED_WIDTH = 160  # rich assumes 80 columns when output is not a terminal


def print_table(record: Record, console: Console | None = None) -> None:
    if console is None:
        console = Console()
        if not console.is_terminal:
            console = Console(width=PIPED_WIDTH)
    article = record.article
    console.print(f"[bold]{article.title or article.id}[/bold]  published {article.published or '?'}")

    events = Table("id", "CAMEO / PLOVER", "source", "target", "where", "when", "factuality", "trigger", title="Events")
    for event in record.events:
        events.add_row(*_event_row(record, event))
    actors = Table("id", "name", "CAMEO", "canonical id", "role", "mentions", title="Actors")
    for actor in record.actors:
        actors.add_row(actor.id, actor.name, actor.cameo or "-", actor.canonical_id, actor.role or "-", str(len(actor.spans)))
    places = Table("id", "name", "GeoNames", "lat, lon", "class", "country", title="Places")
    for place in record.places:
        point = f"{place.lat:.2f}, {place.lon:.2f}" if place.lat is not None and place.lon is not None else "-"
        places.add_row(place.id, place.name, str(place.geonameid or "-"), point, place.feature_code or place.feature_class or "-", place.country or "-")
    times = Table("id", "text", "type", "value", "precision", "interval", title="Times")
    for when in record.times:
        interval = f"{when.begin} .. {when.end}" if when.begin and when.end and when.begin != when.end else "-"
        times.add_row(when.id, when.spans[0].text if when.spans else "-", when.type, when.value, when.precision.value, interval)
    quotes = Table("id", "speaker", "cue", "via", "content", title="Quotes")
    for quote in record.quotes:
        speaker = record.actor(quote.speaker).name if quote.speaker else (quote.speaker_span.text if quote.speaker_span else "-")
        via = record.actor(quote.via).name if quote.via else (quote.via_span.text if quote.via_span else "-")
        quotes.add_row(quote.id, speaker, quote.cue or "-", via, quote.content)
    for table in (events, actors, places, times, quotes):
        console.print(table)
