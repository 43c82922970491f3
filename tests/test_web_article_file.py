"""The page `tidings read --format html` writes, opened from a file in headless Chromium: the
evidence is marked and lights up, and the page asks nothing of any server."""

from __future__ import annotations

import pytest

from browser import Tab, tab  # noqa: F401 (a fixture)
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
