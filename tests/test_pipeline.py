"""Pipeline: one bad article is reported, the others still come out, in order."""

from datetime import date

import pytest

import tidings
from tidings.errors import InputError, ReadError
from tidings.model import Article, Record

GOOD = "The prime minister visited the flooded villages on Sunday and promised help to the families."


def test_pipe_reports_a_bad_article_and_keeps_the_others_in_order(pipeline):
    articles = [Article(id="one", text=GOOD), Article(id="bad", text=""), Article(id="two", text=GOOD + " ")]
    outcomes = list(pipeline.pipe(articles, batch_size=2))
    assert [type(o) for o in outcomes] == [Record, ReadError, Record]
    assert outcomes[1].article_id == "bad" and "empty" in outcomes[1].message
    assert [outcomes[0].article.id, outcomes[2].article.id] == ["one", "two"]


def test_pipe_gives_the_same_record_as_read(pipeline):
    article = Article(text=GOOD, published="2024-03-06")
    assert next(iter(pipeline.pipe([article]))) == pipeline.read(article)


def test_every_span_points_at_its_text(read):
    record = read(GOOD)
    items = [*record.actors, *record.places, *record.times, *record.events, *record.quotes]
    for item in items:
        for span in item.spans:
            assert record.article.text[span.start : span.end] == span.text


def test_read_api_takes_text_and_metadata_and_anchors_dates_on_publication(pipeline):
    record = tidings.read("The minister resigned on Monday.", published="2024-03-06", url="https://example.org/r")
    assert isinstance(record, Record)
    assert (record.article.published, record.article.url) == (date(2024, 3, 6), "https://example.org/r")
    assert [w.value for w in record.times] == ["2024-03-04"]


def test_read_api_refuses_unreadable_text_with_an_input_error(pipeline):
    with pytest.raises(InputError, match="empty"):
        tidings.read("   ")
