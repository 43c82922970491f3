"""A Record as table rows (plain dicts, one list per table), and back: the store's only mapping
between the typed record and its tables."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date, datetime
from urllib.parse import urlsplit

from tidings.corpus.cluster import EventMention
from tidings.corpus.store import features
from tidings.model import Actor, Event, Record, Span

DAY_PRECISIONS = ("day", "time")  # a time expression that names one day


def event_id(article_id: str, local_id: str) -> int:
    """The global id of an event: a 60-bit hash of its article and local id, the same whichever
    process or order stored it."""
    digest = hashlib.sha256(f"{article_id}\x1f{local_id}".encode()).hexdigest()
    return int(digest[:15], 16)


def domain(url: str | None) -> str | None:
    """The host of a URL without "www." (GDELT's source name), or None."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    return host.removeprefix("www.") if host else None


def record_rows(record: Record, source: str | None, added_at: datetime) -> dict[str, list[dict]]:
    """Every table's rows for one article (features aside: see `feature_rows`)."""
    article = record.article
    key = article.id
    rows: dict[str, list[dict]] = {
        "articles": [
            {
                "article_id": key, "url": article.url, "outlet": article.outlet, "domain": domain(article.url),
                "title": article.title, "published": article.published, "language": article.language,
                "text": article.text, "version": record.version, "source": source, "added_at": added_at,
            }
        ],
        "actors": [
            {"article_id": key, "position": i, "actor_id": a.id, **a.model_dump(exclude={"id"}, mode="json")}
            for i, a in enumerate(record.actors)
        ],
        "canonical_actors": [
            {"canonical_id": a.canonical_id, "name": a.name, "kind": a.kind.value, "country": a.country, "known": a.known}
            for a in record.actors
        ],
        "places": [
            {"article_id": key, "position": i, "place_id": p.id, **p.model_dump(exclude={"id"})}
            for i, p in enumerate(record.places)
        ],
        "times": [
            {
                "article_id": key, "position": i, "time_id": t.id, "type": t.type, "value": t.value,
                "precision": t.precision.value, "begin_date": t.begin, "end_date": t.end, "spans": _spans(t.spans),
                "mod": t.mod,
            }
            for i, t in enumerate(record.times)
        ],
        "quotes": [
            {"article_id": key, "position": i, "quote_id": q.id, **q.model_dump(exclude={"id"})}
            for i, q in enumerate(record.quotes)
        ],
        "events": [],
        "event_actors": [],
        "event_mentions": [],
    }
    for position, event in enumerate(record.events):
        _add_event(rows, record, position, event)
    return rows


def _add_event(rows: dict[str, list[dict]], record: Record, position: int, event: Event) -> None:
    key = record.article.id
    global_id = event_id(key, event.id)
    when, date_from = event_date(record, event)
    actor1, actor2 = principal_actors(record, event)
    place = record.place(event.place) if event.place else None
    rows["events"].append(
        {
            "event_id": global_id, "article_id": key, "position": position, "local_id": event.id,
            **event.model_dump(exclude={"id", "factuality", "mentions", "when"}),
            "when": event.when,
            **event.factuality.model_dump(mode="json"),
            "date": when, "date_from": date_from,
            **_actor_columns("actor1", actor1), **_actor_columns("actor2", actor2),
            **{f"place_{field}": getattr(place, field, None) for field in _PLACE_FIELDS},
            "place_name": place.name if place else None,
        }
    )
    for role, ids in (("source", event.sources), ("target", event.targets)):
        for rank, actor_id in enumerate(ids):
            actor = record.actor(actor_id)
            rows["event_actors"].append(
                {
                    "event_id": global_id, "article_id": key, "role": role, "position": rank, "actor_id": actor_id,
                    "canonical_id": actor.canonical_id, "code": actor.cameo, "name": actor.name,
                    "country": actor.country, "date": when,
                }
            )
    for rank, span in enumerate(event.mentions or event.spans[:1]):
        rows["event_mentions"].append(
            {"event_id": global_id, "article_id": key, "position": rank, "start_char": span.start,
             "end_char": span.end, "text": span.text}
        )


_PLACE_FIELDS = ("geonameid", "lat", "lon", "feature_class", "feature_code", "country", "admin1")


def event_date(record: Record, event: Event) -> tuple[date | None, str | None]:
    """The day an event happened, and where that day comes from: the event's time when it names a
    day (or a week: its first day), with that time's basis (`Event.when_basis`), else the
    article's publication date."""
    if event.when:
        when = record.time(event.when)
        basis = event.when_basis or "text"
        if when.precision.value in DAY_PRECISIONS:
            try:
                return date.fromisoformat(when.value[:10]), basis
            except ValueError:
                pass
        if when.precision.value == "week" and when.begin:
            return when.begin, basis
    if record.article.published:
        return record.article.published, "published"
    return None, None


def principal_actors(record: Record, event: Event) -> tuple[Actor | None, Actor | None]:
    """GDELT's Actor1 and Actor2: the first source, and the first target that is not the same
    actor (a symmetric event lists its parties on both sides)."""
    actor1 = record.actor(event.sources[0]) if event.sources else None
    for target in event.targets:
        actor2 = record.actor(target)
        if actor1 is None or actor2.canonical_id != actor1.canonical_id:
            return actor1, actor2
    return actor1, None


def _actor_columns(prefix: str, actor: Actor | None) -> dict:
    return {
        f"{prefix}_id": actor.canonical_id if actor else None,
        f"{prefix}_code": actor.cameo if actor else None,
        f"{prefix}_name": actor.name if actor else None,
        f"{prefix}_country": actor.country if actor else None,
    }


def _spans(spans: Sequence[Span]) -> list[dict]:
    return [span.model_dump() for span in spans]


def actor_month_rows(events: list[dict], event_actors: list[dict]) -> list[dict]:
    """The counts these events add to `actor_months`: one per event and distinct actor (its first
    CAMEO code as source, then as target), summed by month, actor, code and CAMEO root."""
    by_event = {row["event_id"]: row for row in events}
    seen: set[tuple[int, str]] = set()
    totals: dict[tuple, list] = {}
    for row in event_actors:
        if row["date"] is None or (row["event_id"], row["canonical_id"]) in seen:
            continue
        seen.add((row["event_id"], row["canonical_id"]))
        event = by_event[row["event_id"]]
        key = (row["date"].replace(day=1), row["canonical_id"], row["code"] or "", event["cameo_root"])
        total = totals.setdefault(key, [0, 0.0])
        total[0] += 1
        total[1] += event["goldstein"]
    return [
        {"month": month, "canonical_id": actor, "code": code, "cameo_root": root, "events": n, "goldstein_sum": goldstein}
        for (month, actor, code, root), (n, goldstein) in totals.items()
    ]


def feature_rows(record: Record, mentions: Sequence[EventMention]) -> dict[str, list[dict]]:
    """The clustering features of an article's events: one row per mention, matched to the event
    whose trigger (or one of whose mentions) it is at; the article's context keys once."""
    key = record.article.id
    by_span: dict[tuple[int, int], int] = {}
    for event in record.events:
        for span in [*event.spans[:1], *event.mentions]:
            by_span.setdefault((span.start, span.end), event_id(key, event.id))
    rows: dict[str, list[dict]] = {"event_features": [], "article_features": []}
    for mention in mentions:
        if mention.doc_id != key or (mention.start, mention.end) not in by_span:
            raise ValueError(
                f"article {key}: a mention at {mention.start}-{mention.end} of article {mention.doc_id} is no event's trigger"
            )
        rows["event_features"].append(
            {"event_id": by_span[mention.start, mention.end], "article_id": key, **features.encode(mention)}
        )
    if mentions:
        rows["article_features"].append({"article_id": key, "context": sorted(mentions[0].context)})
    return rows
