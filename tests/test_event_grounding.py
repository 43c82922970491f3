"""Every event gets a place and a date a user can map and plot, with what says so (its basis)."""

from __future__ import annotations

from tidings.model import Event, Record


def _event(record: Record, trigger: str) -> Event:
    return next(event for event in record.events if event.trigger == trigger)


def test_an_event_without_place_or_date_takes_the_datelines_place_and_the_publication_date(read):
    record = read("MINSK (Reuters) - Police detained dozens of protesters.", published="2026-11-27")
    detained = _event(record, "detain")
    assert (record.place(detained.place).name, detained.place_basis) == ("Minsk", "dateline")
    published = record.time(detained.when)
    assert (published.value, published.spans, detained.when_basis) == ("2026-11-27", [], "published")


def test_a_place_in_the_events_sentence_comes_before_the_dateline(read):
    record = read("COLOMBO, Nov 28 (Reuters) - Officials in Jaffna said the army arrested 12 people.")
    arrested = _event(record, "arrest")
    assert record.place(arrested.place).name == "Jaffna" and arrested.place_basis in ("text", "sentence")


def test_a_date_in_the_events_sentence_comes_before_the_datelines(read):
    record = read("COLOMBO, Nov 28 (Reuters) - Troops attacked rebel positions on Tuesday.", published="2026-11-28")
    attacked = _event(record, "attack")
    assert record.time(attacked.when).spans[0].text == "Tuesday" and attacked.when_basis in ("text", "sentence")


def test_without_a_dateline_the_articles_main_place_places_the_event(read):
    record = read("Fighting spread near Aleppo overnight. Residents of Aleppo fled. The rebels shelled an army camp.")
    shelled = _event(record, "shell")
    assert (record.place(shelled.place).name, shelled.place_basis) == ("Aleppo", "article")


def test_a_demonym_alone_places_no_event(read):
    record = read("Russian troops shelled a village.")
    shelled = _event(record, "shell")
    assert (shelled.place, shelled.place_basis) == (None, None)


def test_without_a_publication_date_an_undated_event_has_no_date(read):
    record = read("Russian troops shelled a village.", published=None)
    shelled = _event(record, "shell")
    assert (shelled.when, shelled.when_basis) == (None, None) and record.times == []


def test_the_publication_date_is_one_time_however_many_events_take_it(read):
    record = read("Police detained dozens of protesters in Minsk. The rebels shelled an army camp.", published="2026-11-27")
    undated = [event for event in record.events if event.when_basis == "published"]
    assert len(undated) == 2 and len({event.when for event in undated}) == 1
    assert [time.id for time in record.times] == [undated[0].when]


def test_the_datelines_place_in_capitals_is_a_place_with_its_region(read):
    record = read("KYIV, Ukraine (AP) — Drones struck a power station on Monday.")
    assert [(place.name, place.country, [span.text for span in place.spans]) for place in record.places] == [
        ("Kyiv", "UKR", ["KYIV"]), ("Ukraine", "UKR", ["Ukraine"]),
    ]


def test_a_demonym_before_the_events_object_does_not_place_it(read):
    record = read("Militias shelled Syrian villages overnight.")
    shelled = _event(record, "shell")
    assert (shelled.place, shelled.place_basis) == (None, None)
