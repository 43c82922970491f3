"""The record is plain data: typed, evidence-linked, JSON round-trip exact."""

from datetime import date

import pytest
from pydantic import ValidationError

from tidings.model import (
    Actor, ActorKind, Article, Event, Factuality, Place, Precision, Quote, Record, Span, When,
)

TEXT = "Ministers met in Oslo on Monday."


def _record() -> Record:
    record = Record(article=Article(text=TEXT, published=date(2024, 3, 6), url="https://example.org/a"))
    record.actors.append(Actor(id="a1", spans=[record.span(0, 9)], canonical_id="name:ministers", name="Ministers", kind=ActorKind.GROUP, cameo="GOV"))
    record.places.append(Place(id="p1", spans=[record.span(17, 21)], name="Oslo", geonameid=3143244, lat=59.91, lon=10.75, feature_class="P", feature_code="PPLC", country="NOR"))
    record.times.append(When(id="t1", spans=[record.span(25, 31)], type="DATE", value="2024-03-04", precision=Precision.DAY, begin=date(2024, 3, 4), end=date(2024, 3, 4)))
    record.events.append(Event(id="e1", spans=[record.span(10, 13)], cameo="040", cameo_root="04", quad_class=1, goldstein=1.0, plover="CONSULT", trigger="meet", sources=["a1"], place="p1", when="t1", factuality=Factuality(cues=[record.span(10, 13)])))
    record.quotes.append(Quote(id="q1", spans=[record.span(0, 31)], content=TEXT[:31], direct=False))
    return record


def test_record_round_trips_through_json_exactly():
    record = _record()
    assert Record.model_validate_json(record.model_dump_json()) == record


def test_span_text_is_the_article_text_at_its_offsets():
    record = _record()
    assert record.span(17, 21).text == "Oslo"


def test_span_refuses_an_end_before_its_start():
    with pytest.raises(ValidationError):
        Span(start=5, end=2, text="")


def test_article_id_is_stable_under_whitespace_changes_and_distinct_across_texts():
    assert Article(text="A  b\nc").id == Article(text="A b c").id
    assert Article(text="A b c").id != Article(text="A b d").id


def test_given_article_id_is_kept():
    assert Article(id="reuters-123", text=TEXT).id == "reuters-123"


def test_items_are_found_by_the_characters_they_cover():
    record = _record()
    assert record.place_at(18, 19).id == "p1"
    assert record.actor_at(17, 21) is None
    assert record.time(record.events[0].when).value == "2024-03-04"
