"""Rows of the query layer as the API's records."""

from __future__ import annotations

from collections import defaultdict

from tidings.corpus.query import Corpus
from tidings.serve.models import ActorRef, Disagreement, EventRow, PlaceRef


def event_rows(corpus: Corpus, table) -> list[EventRow]:
    """EventRows of an Arrow table of `Corpus.events` rows, their sources and targets read once
    for all."""
    rows = table.to_pylist()
    sides: dict[tuple[int, str], list[ActorRef]] = defaultdict(list)
    if rows:
        for actor in corpus.event_actors([row["event_id"] for row in rows], as_arrow=True).to_pylist():
            sides[actor["event_id"], actor["role"]].append(
                ActorRef(id=actor["canonical_id"], name=actor["name"], cameo=actor["code"])
            )
    return [_event_row(row, sides[row["event_id"], "source"], sides[row["event_id"], "target"]) for row in rows]


def _event_row(row: dict, sources: list[ActorRef], targets: list[ActorRef]) -> EventRow:
    place = None
    if row["place"] is not None:
        place = PlaceRef(id=place_id(row["geonameid"], row["place"]), name=row["place"], lat=row["lat"],
                         lon=row["lon"], country=row["country"])
    return EventRow(
        event_id=str(row["event_id"]), article_id=row["article_id"], local_id=row["local_id"], date=row["date"], cameo=row["cameo"],
        cameo_root=row["cameo_root"], plover=row["type"], quad_class=row["quad_class"], goldstein=row["goldstein"],
        trigger=row["trigger"], sources=sources, targets=targets, place=place, certainty=row["certainty"],
        polarity=row["polarity"], sentence=row["sentence"], title=row.get("title"), url=row.get("url"),
        cluster_id=big_id(row["cluster_id"]),
    )


def big_id(value: int | None) -> str | None:
    """An event or cluster id as the API gives it: a string of digits."""
    return None if value is None else str(value)


def place_id(geonameid: int | None, name: str) -> str:
    """A place's id in the API: its GeoNames id, or its name where it has none."""
    return str(geonameid) if geonameid is not None else name


def disagreements(row: dict) -> list[Disagreement]:
    """The `disagree_*` columns of a cluster row as a list."""
    found = [Disagreement(about="date", values=list(row["disagree_dates"]))] if row["disagree_dates"] else []
    if row["disagree_places"]:
        found.append(Disagreement(about="place", values=list(row["disagree_places"])))
    for number in row["disagree_numbers"] or ():
        found.append(Disagreement(about="number", noun=number["noun"], values=[f"{value:g}" for value in number["values"]]))
    return found
