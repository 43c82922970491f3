"""The page `tidings read --format html` writes, opened from a file in headless Chromium: the
evidence is marked and lights up, and the page asks nothing of any server."""

from __future__ import annotations

import pytest

from browser import Tab, tab  # noqa: F401 (a fixture)
from tidings.model import Actor, ActorKind, Article, Event, Place, Quote, Record, Span
from tidings.web.article_html import article_html

pytestmark = pytest.mark.e2e

TEXT = (
    "Ministers of Chile and Peru met in Santiago on Monday to discuss fishing rights.\n\n"
    "A spokesman said </script><script>window.escaped = true</script> the talks would go on."
)


def test_saved_page_lights_up_an_event_s_words_and_loads_nothing(read, tab: Tab, tmp_path):
    record = read(TEXT, published="2024-05-06")
    meeting = next(event for event in record.events if event.cameo_root == "04")
    path = tmp_path / "article.html"
    path.write_text(article_html(record), encoding="utf-8")

    tab.page.goto(path.as_uri())
    tab.page.click(f'button.tv-event[data-event="{meeting.id}"]')
    lit = tab.page.locator("mark.tv-lit")
    assert tab.page.locator('mark.tv-lit[data-kind="trigger"]').first.inner_text() == meeting.spans[0].text
    sources = {span.text for actor in meeting.sources for span in record.actor(actor).spans}
    assert set(lit.all_inner_texts()) & sources, "the event's source is lit"
    tab.screenshot("article-file")

    assert tab.page.evaluate("window.escaped") is None  # the text's </script> stayed text
    assert "window.escaped = true" in tab.page.locator(".tv-text").inner_text()
    assert tab.errors == []
    assert tab.requests == [path.as_uri()]


def test_crossing_spans_are_cut_and_the_text_kept_whole(tab: Tab, tmp_path):
    text = "Envoys from Ghana and Togo signed a border accord in Lome. The Ghanaian envoy called it fair."

    def spans(*parts: str) -> list[Span]:
        return [Span(start=text.index(part), end=text.index(part) + len(part), text=part) for part in parts]

    record = Record(
        article=Article(text=text),
        actors=[Actor(id="a1", spans=spans("Envoys from Ghana", "The Ghanaian envoy"), canonical_id="iso3:GHA", name="Ghana", kind=ActorKind.COUNTRY)],
        places=[Place(id="p1", spans=spans("Lome"), name="Lome")],
        quotes=[Quote(id="q1", spans=spans("Ghana and Togo signed a border accord in Lome"), content="Ghana and Togo signed a border accord in Lome")],
        events=[Event(id="e1", spans=spans("signed"), mentions=spans("signed"), cameo="057", cameo_root="05", quad_class=2,
                      goldstein=8.0, trigger="sign", sources=["a1"], place="p1", sentence=spans(text[:58])[0])],
    )
    path = tmp_path / "crossing.html"
    path.write_text(article_html(record), encoding="utf-8")
    tab.page.goto(path.as_uri())
    assert tab.page.locator(".tv-text").text_content() == text
    marks = tab.page.eval_on_selector_all(".tv-text mark", "ms => ms.map(m => [m.dataset.kind, +m.dataset.start, +m.dataset.end, m.textContent])")
    assert all(shown == text[start:end] for _, start, end, shown in marks)
    quote_pieces = [(start, end) for kind, start, end, _ in marks if kind == "quote"]
    assert quote_pieces == [(12, 17), (17, 57)]  # cut where "Envoys from Ghana" ends, the rest after it
    tab.page.click('button.tv-event[data-event="e1"]')
    assert tab.page.locator("mark.tv-lit").all_inner_texts() == ["Envoys from Ghana", "signed", "Lome"]  # in its sentence
    assert tab.errors == []
