"""Candidates near another name's candidates, found through the grid."""

from __future__ import annotations

from tidings.geo.entry import Entry
from tidings.geo.proximity import Neighbourhood


def _town(name: str, lat: float, lon: float, code: str = "PPL", feature_class: str = "P") -> Entry:
    return Entry(None, name, lat, lon, feature_class, code, "XXX", None, 1000)


def test_a_point_within_the_radius_of_another_names_point_is_near():
    neighbourhood = Neighbourhood(50.0)
    neighbourhood.add("county", _town("Somewhere County", 36.33, -88.32, "ADM2", "A"))
    assert neighbourhood.near("town", _town("Town", 36.30, -88.33))
    assert not neighbourhood.near("town", _town("Far Town", 48.85, 2.35))


def test_a_name_is_never_its_own_neighbour():
    neighbourhood = Neighbourhood(50.0)
    neighbourhood.add("town", _town("Town", 10.0, 10.0))
    assert not neighbourhood.near("town", _town("Town", 10.0, 10.01))


def test_far_north_a_neighbour_several_longitude_cells_away_is_found():
    neighbourhood = Neighbourhood(50.0)
    neighbourhood.add("a", _town("A", 70.0, 20.0))
    assert neighbourhood.near("b", _town("B", 70.0, 21.1))  # about 42 km east
    assert not neighbourhood.near("b", _town("C", 70.0, 22.0))  # about 76 km


def test_areas_neither_give_nor_take_nearness():
    neighbourhood = Neighbourhood(50.0)
    neighbourhood.add("country", _town("Country", 10.0, 10.0, "PCLI", "A"))
    assert not neighbourhood.near("town", _town("Town", 10.0, 10.0))


def test_nearness_counts_each_other_name_once_up_to_the_limit():
    neighbourhood = Neighbourhood(50.0)
    neighbourhood.add("county", _town("County", 36.33, -88.32, "ADM2", "A"))
    neighbourhood.add("county", _town("County seat", 36.31, -88.30))
    neighbourhood.add("village", _town("Village", 36.28, -88.35))
    neighbourhood.add("hamlet", _town("Hamlet", 36.35, -88.31))
    town = _town("Town", 36.30, -88.33)
    assert neighbourhood.near("town", town, most=5) == 3  # three names, one with two points nearby
    assert neighbourhood.near("town", town, most=2) == 2


def test_a_point_added_after_a_question_counts_in_the_next_answer():
    neighbourhood = Neighbourhood(50.0)
    neighbourhood.add("harbour", _town("Harbour", 60.0, 5.0))
    town = _town("Town", 54.0, 5.0)
    assert neighbourhood.near("town", town) == 0
    neighbourhood.add("village", _town("Village", 54.1, 5.1))
    assert neighbourhood.near("town", town) == 1
