"""Aggregates: events over time, and the actor network (who acts on whom)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query

from tidings.corpus.filters import EventFilter
from tidings.corpus.query import Corpus
from tidings.serve.auth import can_read
from tidings.serve.dependencies import corpus
from tidings.serve.errors import ERROR_RESPONSES
from tidings.serve.models import CountRow, Network, NetworkEdge, NetworkNode
from tidings.serve.params import as_arguments, event_filter, limit

router = APIRouter(prefix="/api", tags=["series"], dependencies=[Depends(can_read)], responses=ERROR_RESPONSES)


@router.get("/counts", response_model=list[CountRow], summary="Dated events per period (and group), with their mean Goldstein value")
def counts(
    chosen: EventFilter = Depends(event_filter),
    by: Literal["day", "week", "month", "quarter", "year"] = "month",
    group: Literal["none", "type", "quad_class", "cameo_root"] = "none",
    store: Corpus = Depends(corpus),
) -> list[CountRow]:
    grouping = None if group == "none" else group
    rows = store.counts(by=by, group=grouping, as_arrow=True, **as_arguments(chosen)).to_pylist()
    return [
        CountRow(period=row["period"], group=None if grouping is None else _text(row[grouping]), events=row["events"],
                 goldstein_mean=row["goldstein_mean"])
        for row in rows
    ]


@router.get("/network", response_model=Network, summary="Actors and the dyads between them (source acts on target)")
def network(
    chosen: EventFilter = Depends(event_filter),
    limit: int = limit(default=200),
    store: Corpus = Depends(corpus),
) -> Network:
    dyads = store.dyads(limit=limit, as_arrow=True, **as_arguments(chosen)).to_pylist()
    nodes: dict[str, NetworkNode] = {}
    for dyad in dyads:
        for side in ("source", "target"):
            node = nodes.setdefault(dyad[f"{side}_id"], NetworkNode(
                id=dyad[f"{side}_id"], name=dyad[side], cameo=dyad[f"{side}_code"], country=dyad[f"{side}_country"], events=0))
            node.events += dyad["events"]
    edges = [NetworkEdge(source=d["source_id"], target=d["target_id"], events=d["events"], goldstein_mean=d["goldstein_mean"]) for d in dyads]
    return Network(nodes=list(nodes.values()), edges=edges)


def _text(value) -> str | None:
    return None if value is None else str(value)
