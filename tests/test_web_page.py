"""The web page in headless Chromium against `tidings serve`: every view draws from the API, the
filters narrow the events, an event opens on its evidence, a pasted article is read, and the page
asks nothing of any host but the server. Each view is saved under tests/artifacts/screenshots."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
import pytest

from browser import Tab, tab  # noqa: F401 (a fixture)
from tidings.model import Record
from web_server import SEED, SEED_PUBLISHED, TOKEN, serving, web_server, web_store  # noqa: F401 (fixtures)

pytestmark = pytest.mark.e2e
VIEWS = {  # tab: what shows it is drawn
    "timeline": "#timeline rect",
    "map": "#map circle.place",
    "network": "#network-actors button",
}


def _open(tab: Tab, url: str) -> None:
    tab.page.goto(url)
    tab.page.wait_for_selector("#event-rows tr")


def test_every_view_draws_and_nothing_loads_from_outside(web_server, tab: Tab):
    _open(tab, web_server)
    tab.screenshot("events")
    for view, drawn in VIEWS.items():
        tab.page.click(f"#tab-{view}")
        tab.page.wait_for_selector(drawn)
        tab.screenshot(view)
    assert tab.page.locator("#map path.country").count() > 100  # the world's shapes, served by the app
    places = httpx.get(f"{web_server}/api/places", params={"limit": 1000}).json()
    in_brazil = sum(place["events"] for place in places if place["country"] == "BRA")
    assert tab.page.locator("#map path.country title", has_text=f"Brazil: {in_brazil} events").count() == 1
    assert "2023-10" in tab.page.locator("#timeline").text_content()  # a month without events still shows
    assert tab.errors == []
    assert any(url.endswith("/static/vendor/countries-110m.json") for url in tab.requests)
    assert tab.outside_requests() == []
    assert {urlsplit(url).netloc for url in tab.requests} == {urlsplit(web_server).netloc}


def test_filter_by_actor_shows_only_its_events(web_server, tab: Tab):
    _open(tab, web_server)
    everything = tab.page.locator("#event-rows tr").count()
    tab.page.fill("#filters [name=actor]", "Chile")
    tab.page.click("#filters button[type=submit]")
    tab.page.wait_for_function(f"document.querySelectorAll('#event-rows tr').length < {everything}")
    rows = tab.page.locator("#event-rows tr")
    expected = httpx.get(f"{web_server}/api/events", params={"actor": "Chile"}).json()
    assert rows.count() == expected["total"] > 0
    for text in rows.all_inner_texts():
        assert "Chile" in text
    tab.screenshot("events-filtered")
    assert tab.errors == []


def test_an_event_opens_on_its_evidence(web_server, tab: Tab):
    _open(tab, web_server)
    tab.page.fill("#filters [name=q]", "Santiago")
    tab.page.click("#filters button[type=submit]")
    tab.page.wait_for_load_state("networkidle")  # the filtered rows drawn: a row focused before would be redrawn away
    row = tab.page.locator("#event-rows tr", has_text="Santiago").filter(has_text="“meet”").first
    row.wait_for()
    global_id = row.get_attribute("data-event-id")  # the API's string of digits, every digit kept
    row.focus()
    tab.page.keyboard.press("Enter")  # rows open from the keyboard too
    tab.page.wait_for_selector("mark.tv-lit")
    found = httpx.get(f"{web_server}/api/events/{global_id}").json()
    assert found["event"]["event_id"] == global_id
    record = Record.model_validate(found["record"])
    event = next(event for event in record.events if event.id == found["event"]["local_id"])

    trigger = tab.page.locator('mark.tv-lit[data-kind="trigger"]')
    assert trigger.first.inner_text() == event.spans[0].text == "met"
    lit_actors = set(tab.page.locator('mark.tv-lit[data-kind="actor"]').all_inner_texts())
    actor_spans = {span.text for actor in event.sources + event.targets for span in record.actor(actor).spans}
    assert lit_actors and lit_actors <= actor_spans
    assert tab.page.locator('mark.tv-lit[data-kind="place"]').first.inner_text() == "Santiago"
    assert tab.page.locator(f'button.tv-event[data-event="{event.id}"]').get_attribute("aria-pressed") == "true"
    tab.screenshot("article")
    assert tab.errors == []


def test_the_pasted_seed_shows_its_meeting_at_vostochny(web_server, tab: Tab):
    _open(tab, web_server)
    tab.page.click("#tab-paste")
    tab.page.fill("#paste-text", SEED.read_text(encoding="utf-8"))
    tab.page.fill("#paste [name=published]", SEED_PUBLISHED)
    tab.screenshot("paste")
    tab.page.click("#paste button[type=submit]")
    meeting = tab.page.locator("button.tv-event", has_text="Vostochny").filter(has_text="CONSULT")
    meeting.wait_for(timeout=120_000)
    meeting.click()
    assert "Vostochny" in tab.page.locator('mark.tv-lit[data-kind="place"]').first.inner_text()
    assert tab.page.locator('mark.tv-lit[data-kind="trigger"]').first.inner_text() == "met"
    tab.screenshot("article-pasted")
    assert tab.errors == []
    assert tab.outside_requests() == []


def test_private_reads_ask_for_the_token_then_show_the_events(web_store, tab: Tab):
    with serving(web_store, "--private-reads") as url:
        tab.page.goto(url)
        tab.page.wait_for_selector("#message.error")
        assert "enter the API token" in tab.page.locator("#message").inner_text()
        assert tab.page.locator("#event-rows tr").count() == 0
        tab.page.fill("#token", TOKEN)
        tab.page.press("#token", "Tab")
        tab.page.wait_for_selector("#event-rows tr")
        assert tab.page.locator("#message").inner_text() == ""
        assert tab.errors and all("401" in error for error in tab.errors)  # the refused requests, and no script error
