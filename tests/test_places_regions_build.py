"""scripts/build_places_regions.py: a division's point is the middle of the box its cities span,
less outliers, read the short way round the 180th meridian."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_places_regions.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_places_regions", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_region_across_the_180th_meridian_is_centred_on_it_not_on_the_far_side(build):
    assert build.middle_longitude([178.0, 179.0, -179.0, -178.5]) == pytest.approx(179.75)


def test_a_region_west_of_the_meridian_keeps_its_plain_middle(build):
    assert build.middle_longitude([-75.0, -71.0, -70.0]) == pytest.approx(-72.5)


def test_a_far_outlying_city_does_not_drag_the_point(build):
    mainland = [-33.0 + i * 0.1 for i in range(12)]  # an untrimmed box would centre on -45.95
    assert -33.0 < build.middle_latitude([*mainland, -60.0]) < -31.9


def test_a_small_division_keeps_every_city(build):
    assert build.middle_latitude([10.0, 12.0, 20.0]) == pytest.approx(15.0)


def test_a_borough_is_named_as_news_names_it(build):
    assert build.county_names("Metropolitan Borough of Sefton", {}) == ("Metropolitan Borough of Sefton", "Sefton")


def test_an_irish_county_takes_its_english_name(build):
    assert build.county_names("Ciarrai", {"Ciarrai": "Kerry"}) == ("County Kerry", "Kerry")
