"""The event list, and one event with its evidence: its article's record and its cluster."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Path

from tidings.corpus.filters import EventFilter
from tidings.corpus.query import Corpus
from tidings.serve.auth import can_read
from tidings.serve.dependencies import corpus
from tidings.serve.errors import ERROR_RESPONSES
from tidings.serve.models import BIG_ID_PATTERN, ClusterDetail, ErrorBody, EventDetail, EventPage
from tidings.serve.params import as_arguments, event_filter, limit, offset
from tidings.serve.rows import disagreements, event_rows

router = APIRouter(prefix="/api/events", tags=["events"], dependencies=[Depends(can_read)], responses=ERROR_RESPONSES)


@router.get("", response_model=EventPage, summary="Events matching the filters, a page at a time")
def list_events(
    chosen: EventFilter = Depends(event_filter),
    limit: int = limit(),
    offset: int = offset(),
    sort: Literal["date", "-date", "goldstein", "-goldstein"] = "-date",
    store: Corpus = Depends(corpus),
) -> EventPage:
    total, table = store.event_page(limit=limit, offset=offset, sort=sort, **as_arguments(chosen))
    return EventPage(total=total, limit=limit, offset=offset, items=event_rows(store, table))


@router.get("/{event_id}", response_model=EventDetail, summary="One event with its evidence",
            responses={404: {"model": ErrorBody, "description": "No such event"}})
def one_event(
    event_id: str = Path(pattern=BIG_ID_PATTERN, description="The event's id, as the event list gives it."),
    store: Corpus = Depends(corpus),
) -> EventDetail:
    number = int(event_id)
    rows = event_rows(store, store.event(number, as_arrow=True)) if number < 2**63 else []
    if not rows:
        raise HTTPException(404, f"no event {event_id}")
    event = rows[0]
    record = store.record(event.article_id)
    cluster = _cluster(store, int(event.cluster_id)) if event.cluster_id is not None else None
    return EventDetail(event=event, record=record, cluster=cluster)


def _cluster(store: Corpus, cluster_id: int) -> ClusterDetail | None:
    found = store.cluster(cluster_id, as_arrow=True).to_pylist()
    if not found:
        return None
    reports = event_rows(store, store.cluster_events(cluster_id, as_arrow=True))
    return ClusterDetail(cluster_id=str(cluster_id), articles=found[0]["articles"], reports=reports, disagreements=disagreements(found[0]))
