"""Datelines: where a wire story was filed is no party to its events."""

from __future__ import annotations

import pytest

from tidings.datelines import dateline


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("MINSK (Reuters) - Police detained dozens of people.", "MINSK"),
        ("KYIV, Ukraine (AP) — Air raid sirens sounded overnight.", "KYIV, Ukraine"),
        ("MOSCOW, March 3 (Reuters) - The rouble fell.", "MOSCOW, March 3"),
        ("NAIROBI - Kenya's parliament passed the bill.", "NAIROBI"),
        ("Rouble falls again\n\nMOSCOW (Reuters) - The rouble fell.", "MOSCOW"),
        ("Library reopens after repairs. BOZEMAN — The library reopened on Monday.", "BOZEMAN"),
    ],
)
def test_an_opening_place_before_a_dash_is_a_dateline(pipeline, text, place):
    doc = pipeline.parse(text)
    start, end, _ = dateline(doc)
    assert doc[start:end].text == place


@pytest.mark.parametrize(
    "text",
    [
        "Police detained dozens of people - including two reporters.",
        "UK - EU talks resumed on Monday.",
        "The army said - without giving details - that it had withdrawn.",
        "Talks resume today. NATO and EU envoys met - without a deal - in the evening.",
    ],
)
def test_an_ordinary_opening_is_no_dateline(pipeline, text):
    assert dateline(pipeline.parse(text)) is None


def test_a_dateline_place_is_no_actor(read):
    record = read("MINSK (Reuters) - Belarus expelled two Polish diplomats on Friday.")
    assert record.actor_at(0, 5) is None
    assert any(a.name == "Reuters" for a in record.actors)


def test_a_dateline_is_never_a_co_source(read):
    record = read("MOSCOW, March 3 (Reuters) - Russia expelled two British diplomats on Friday.")
    expel = next(e for e in record.events if e.trigger == "expel")
    assert [record.actor(a).name for a in expel.sources] == ["Russia"]
