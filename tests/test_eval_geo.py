"""The geo scorer's pure parts, on tiny cases with known answers."""

from __future__ import annotations

import pytest

from tidings.evaluate.geo import aggregate, error_km, haversine_km, matching_place
from tidings.model import Place, Span


def place(place_id: str, start: int, end: int, lat: float | None = 0.0, lon: float | None = 0.0) -> Place:
    return Place(id=place_id, name="x", lat=lat, lon=lon, spans=[Span(start=start, end=end, text="x" * (end - start))])


def test_haversine_of_a_point_to_itself_is_zero():
    assert haversine_km(48.85, 2.35, 48.85, 2.35) == 0.0


def test_haversine_of_one_degree_of_latitude_is_about_111_km():
    assert haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.2, abs=0.1)


def test_haversine_of_antipodes_is_half_the_circumference():
    assert haversine_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(20015.1, abs=1.0)


def test_matching_place_needs_character_overlap():
    assert matching_place([place("p1", 0, 5)], 5, 9) is None
    assert matching_place([place("p1", 0, 5)], 4, 9).id == "p1"


def test_matching_place_prefers_the_largest_overlap():
    places = [place("p1", 0, 4), place("p2", 2, 12)]
    assert matching_place(places, 3, 10).id == "p2"


def test_matching_place_ignores_places_without_coordinates():
    assert matching_place([place("p1", 0, 5, lat=None, lon=None)], 0, 5) is None


def test_error_km_is_none_without_a_place():
    assert error_km(None, {"lat": 1.0, "lon": 1.0}) is None
    assert error_km(place("p1", 0, 1), {"lat": 1.0, "lon": 0.0}) == pytest.approx(111.2, abs=0.1)


def test_aggregate_counts_recall_accuracy_and_distances():
    metrics = aggregate(4, [0.0, 100.0, 500.0], [0.0, None, 200.0, 10.0])
    assert metrics == {
        "toponyms": 4,
        "recall": 0.75,
        "acc161": pytest.approx(2 / 3),
        "median_km": 100.0,
        "mean_km": pytest.approx(200.0),
        "acc161_gold_spans": 0.5,
    }


def test_aggregate_without_matches_gives_nulls():
    metrics = aggregate(2, [], [None, None])
    assert metrics["recall"] == 0.0 and metrics["acc161"] is None and metrics["median_km"] is None
    assert metrics["acc161_gold_spans"] == 0.0
