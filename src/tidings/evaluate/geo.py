"""`tidings eval geo`: toponym recall and resolution error against gold coordinates.

Metrics (DESIGN.md §3): `toponyms`; `recall` (gold toponyms overlapped by a system place span);
`acc161` (of those, error <= 161 km); `median_km`; `mean_km`; `acc161_gold_spans` (the places
stage resolves each gold span it is given; an unresolved span counts as a miss).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable

from tidings.errors import ReadError
from tidings.evaluate.gold import article
from tidings.model import Place, Record
from tidings.progress import quiet

EARTH_RADIUS_KM = 6371.0088
ACCURACY_KM = 161.0  # 100 miles, the customary geoparsing threshold


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def matching_place(places: Iterable[Place], start: int, end: int) -> Place | None:
    """The located place with a span overlapping [start, end) the most, if any."""
    best, best_overlap = None, 0
    for place in places:
        if place.lat is None or place.lon is None:
            continue
        for span in place.spans:
            overlap = min(end, span.end) - max(start, span.start)
            if overlap > best_overlap:
                best, best_overlap = place, overlap
    return best


def error_km(place: Place | None, toponym: dict) -> float | None:
    """Distance from a place to a gold toponym; None when there is no located place."""
    if place is None or place.lat is None or place.lon is None:
        return None
    return haversine_km(place.lat, place.lon, toponym["lat"], toponym["lon"])


def aggregate(total: int, matched_errors: list[float], gold_span_errors: list[float | None]) -> dict:
    """The geo metrics from per-toponym errors (None: the system did not resolve it)."""
    within = sum(error <= ACCURACY_KM for error in matched_errors)
    resolved_within = sum(error is not None and error <= ACCURACY_KM for error in gold_span_errors)
    return {
        "toponyms": total,
        "recall": len(matched_errors) / total if total else None,
        "acc161": within / len(matched_errors) if matched_errors else None,
        "median_km": statistics.median(matched_errors) if matched_errors else None,
        "mean_km": statistics.fmean(matched_errors) if matched_errors else None,
        "acc161_gold_spans": resolved_within / len(gold_span_errors) if gold_span_errors else None,
    }


def evaluate(pipeline, docs: list[dict], progress: Callable = quiet) -> dict:
    stage = pipeline.stage("places")
    matched: list[float] = []
    given: list[float | None] = []
    total = 0
    outcomes = pipeline.pipe_with_docs(article(doc) for doc in docs)
    for gold, (outcome, parsed) in progress(zip(docs, outcomes), len(docs), "geo"):
        toponyms = gold.get("toponyms", [])
        total += len(toponyms)
        if isinstance(outcome, ReadError) or parsed is None:
            given.extend(None for _ in toponyms)
            continue
        record: Record = outcome
        context = stage.context(parsed)
        for toponym in toponyms:
            error = error_km(matching_place(record.places, toponym["start"], toponym["end"]), toponym)
            if error is not None:
                matched.append(error)
            given.append(error_km(stage.resolve_span(parsed, toponym["start"], toponym["end"], context), toponym))
    return aggregate(total, matched, given)
