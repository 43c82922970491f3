"""Who and where: actors, places, and clusters (real-world events reported by several articles)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from tidings.corpus.filters import EventFilter
from tidings.corpus.query import Corpus
from tidings.serve.auth import can_read
from tidings.serve.dependencies import corpus
from tidings.serve.errors import ERROR_RESPONSES
from tidings.serve.models import ActorRow, ClusterRow, PlaceRow
from tidings.serve.params import as_arguments, event_filter, limit
from tidings.serve.rows import big_id, disagreements, event_rows, place_id

router = APIRouter(prefix="/api", tags=["catalog"], dependencies=[Depends(can_read)], responses=ERROR_RESPONSES)


@router.get("/actors", response_model=list[ActorRow], summary="Actors taking part in events, most events first")
def actors(
    q: str | None = Query(None, description="A canonical id, a part of a name, or a CAMEO actor code or its start."),
    limit: int = limit(),
    store: Corpus = Depends(corpus),
) -> list[ActorRow]:
    return [ActorRow(**row) for row in store.actors(q or None, limit=limit, as_arrow=True).to_pylist()]


@router.get("/places", response_model=list[PlaceRow], summary="Places of events, most events first")
def places(
    q: str | None = Query(None, description="A part of the place's name, or its GeoNames id."),
    limit: int = limit(),
    store: Corpus = Depends(corpus),
) -> list[PlaceRow]:
    rows = store.places(q or None, limit=limit, as_arrow=True).to_pylist()
    return [PlaceRow(id=place_id(row["geonameid"], row["name"]), **row) for row in rows]


@router.get("/clusters", response_model=list[ClusterRow], summary="Real-world events, most corroborated first")
def clusters(
    chosen: EventFilter = Depends(event_filter),
    min_articles: int = Query(1, ge=1, le=2**31, description="Reported by at least this many articles."),
    limit: int = limit(),
    store: Corpus = Depends(corpus),
) -> list[ClusterRow]:
    table = store.clusters(min_articles=min_articles, limit=limit, as_arrow=True, **as_arguments(chosen))
    rows = table.to_pylist()
    return [
        ClusterRow(
            cluster_id=big_id(row["cluster_id"]), events=row["events"], mentions=row["mentions"], articles=row["articles"],
            sources=row["sources"], first_published=row["first_published"], last_published=row["last_published"],
            disagreements=disagreements(row), event=event,
        )
        for row, event in zip(rows, event_rows(store, table))
    ]
