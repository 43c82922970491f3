"""The table format: every section, and the article's own words printed as they are."""

from __future__ import annotations

import io

from rich.console import Console

from tidings.model import Actor, ActorKind, Article, Event, Factuality, Place, Precision, Quote, Record, When
from tidings.render import print_table

TEXT = "[Editor's note] The envoy [/] said the talks were [bold] over."


def _printed(record: Record) -> str:
    out = io.StringIO()
    print_table(record, Console(file=out, width=200))
    return out.getvalue()


def _record() -> Record:
    record = Record(article=Article(text=TEXT, title="[red]Talks end"))
    envoy = record.span(16, 25)
    record.actors.append(Actor(id="a1", spans=[envoy], canonical_id="name:envoy", name="The envoy [/]", kind=ActorKind.PERSON))
    said = record.span(30, 34)
    record.quotes.append(Quote(id="q1", spans=[record.span(35, 61)], content=TEXT[35:61], speaker="a1", direct=False))
    record.events.append(Event(id="e1", spans=[said], cameo="010", cameo_root="01", quad_class=1, goldstein=0.0,
                               plover="", trigger="say", sources=["a1"], factuality=Factuality(attributed_to="q1")))
    return record


def test_each_section_is_printed():
    printed = _printed(_record())
    for title in ("Events", "Actors", "Places", "Times", "Quotes"):
        assert title in printed


def test_article_words_that_look_like_markup_are_printed_as_they_are():
    printed = _printed(_record())
    assert "[red]Talks end" in printed
    assert "The envoy [/]" in printed
    assert "the talks were [bold] over" in printed


def test_an_event_names_the_speaker_of_the_quote_that_reports_it():
    assert "reported by The envoy [/] (q1)" in _printed(_record())


def test_an_event_without_a_plover_type_shows_its_cameo_code_alone():
    record = _record()
    record.events[0].plover = None
    assert "│ 010 " in _printed(record) and "None" not in _printed(record)


def test_an_event_told_several_times_shows_how_many_more_mentions_it_has():
    record = _record()
    said = record.events[0].spans[0]
    record.events[0].mentions = [said, record.span(0, 6), record.span(7, 13)]
    assert "said (+2 mentions)" in _printed(record)


def test_an_events_place_and_date_show_their_basis_unless_its_own_words_give_them():
    record = _record()
    record.places.append(Place(id="p1", spans=[], name="Harbourtown", lat=1.0, lon=2.0))
    record.times.append(When(id="t1", type="DATE", value="2024-05-02", precision=Precision.DAY))
    record.events[0] = record.events[0].model_copy(update={"place": "p1", "place_basis": "article", "when": "t1", "when_basis": "text"})
    printed = _printed(record)
    assert "Harbourtown (article)" in printed
    assert "2024-05-02" in printed and "2024-05-02 (" not in printed
