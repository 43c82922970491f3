"""Pipeline: the contract of `read` and `pipe`. A bad article is reported and the others still
come out, in order; a failing component is named, logged with its traceback, and raised when
strict; a source's own exception passes on after what was read before it."""

from datetime import date

import pytest

import tidings
from tidings.errors import InputError, ProcessingError, ReadError
from tidings.model import Article, Record
from tidings.pipeline import Pipeline

GOOD = "The prime minister visited the flooded villages on Sunday and promised help to the families."


@pytest.fixture(scope="module")
def broken() -> Pipeline:
    """A pipeline whose second component (conftest's `test_broken`) always fails."""
    return Pipeline(components=("tidings_times", "test_broken"))


@pytest.fixture(scope="module")
def broken_strict() -> Pipeline:
    return Pipeline(components=("tidings_times", "test_broken"), strict=True)


def test_pipe_reports_a_bad_article_and_keeps_the_others_in_order(pipeline):
    articles = [Article(id="one", text=GOOD), Article(id="bad", text=""), Article(id="two", text=GOOD + " ")]
    outcomes = list(pipeline.pipe(articles, batch_size=2))
    assert [type(o) for o in outcomes] == [Record, ReadError, Record]
    assert outcomes[1].article_id == "bad" and "empty" in outcomes[1].message
    assert [outcomes[0].article.id, outcomes[2].article.id] == ["one", "two"]


def test_pipe_gives_the_same_record_as_read(pipeline):
    article = Article(text=GOOD, published="2024-03-06")
    assert next(iter(pipeline.pipe([article]))) == pipeline.read(article)


@pytest.mark.parametrize("batch_size", [0, -1, 2.5, "8", None, True])
def test_batch_size_must_be_a_positive_integer(pipeline, batch_size):
    with pytest.raises(ValueError, match="batch_size"):
        list(pipeline.pipe([GOOD], batch_size=batch_size))


def test_a_str_item_is_read_as_the_article_text(pipeline):
    (record,) = pipeline.pipe([GOOD])
    assert isinstance(record, Record) and record.article.text == GOOD


def test_an_item_of_the_wrong_type_is_a_read_error_and_the_rest_go_on(pipeline):
    outcomes = list(pipeline.pipe([GOOD, None, {"text": GOOD}, 7, GOOD], batch_size=2))
    assert [type(o) for o in outcomes] == [Record, ReadError, ReadError, ReadError, Record]
    assert [o.message for o in outcomes[1:4]] == [
        "item 2: expected an Article or a str, got NoneType",
        "item 3: expected an Article or a str, got dict",
        "item 4: expected an Article or a str, got int",
    ]


def test_a_str_item_that_is_not_unicode_is_a_read_error_and_the_rest_go_on(pipeline):
    outcomes = list(pipeline.pipe(["Rain fell \ud800 on Monday.", GOOD]))
    assert [type(o) for o in outcomes] == [ReadError, Record]
    assert outcomes[0].message == "item 1: not valid Unicode (a lone surrogate at offset 10)"


def test_a_source_that_raises_gives_the_articles_read_before_the_exception(pipeline):
    def source():
        for day in ("Monday", "Tuesday", "Wednesday"):
            yield f"The minister resigned on {day}."
        raise ConnectionError("feed lost")

    outcomes = []
    with pytest.raises(ConnectionError, match="feed lost"):
        for outcome in pipeline.pipe(source(), batch_size=32):
            outcomes.append(outcome)
    assert [o.article.text for o in outcomes] == [f"The minister resigned on {d}." for d in ("Monday", "Tuesday", "Wednesday")]


def test_a_failing_component_is_a_read_error_naming_it_with_its_traceback_logged(broken, caplog):
    with caplog.at_level("ERROR", logger="tidings"):
        outcomes = list(broken.pipe([Article(id="a", text=GOOD), Article(id="b", text=GOOD + " ")]))
    assert [type(o) for o in outcomes] == [ReadError, ReadError]
    assert outcomes[0].article_id == "a"
    assert outcomes[0].message == "test_broken failed: ZeroDivisionError: broken on purpose"
    assert "Traceback" in caplog.text and 'raise ZeroDivisionError("broken on purpose")' in caplog.text


def test_errors_count_the_articles_that_gave_a_read_error(broken):
    before = broken.errors
    list(broken.pipe([GOOD, "", None]))
    assert broken.errors - before == 3


def test_a_strict_pipeline_lets_the_component_exception_propagate(broken_strict):
    with pytest.raises(ZeroDivisionError, match="broken on purpose"):
        list(broken_strict.pipe([GOOD]))
    with pytest.raises(ZeroDivisionError):
        broken_strict.read(GOOD)


def test_read_raises_a_processing_error_when_a_component_fails(broken, monkeypatch):
    monkeypatch.setattr(tidings, "_default_pipeline", lambda: broken)
    with pytest.raises(ProcessingError, match="test_broken failed"):
        tidings.read(GOOD)


def test_every_span_lies_inside_the_text_and_is_trimmed(read):
    record = read("Russian forces shelled Kharkiv on Monday, killing three people, the governor said.")
    text = record.article.text
    spans = [span for kind in (record.actors, record.places, record.times, record.events, record.quotes)
             for item in kind for span in item.spans]
    assert spans
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == text[span.start : span.end].strip()


def test_read_api_takes_text_and_metadata_and_anchors_dates_on_publication(pipeline):
    record = tidings.read("The minister resigned on Monday.", published="2024-03-06", url="https://example.org/r")
    assert isinstance(record, Record)
    assert (record.article.published, record.article.url) == (date(2024, 3, 6), "https://example.org/r")
    assert [w.value for w in record.times] == ["2024-03-04"]


def test_read_api_refuses_unreadable_text_with_an_input_error(pipeline):
    with pytest.raises(InputError, match="empty"):
        tidings.read("   ")


def test_the_token_index_reads_the_same_through_docdata_and_the_token_extensions(pipeline):
    from tidings import docdata

    text = "Brazilian President Ana Ribeiro flew to Lisbon on Friday. She met Portugal's prime minister there."
    [(record, doc)] = pipeline.pipe_with_docs([text])
    indexed = {(kind, docdata.at(token, kind)) for token in doc for kind in docdata.INDEXED if docdata.at(token, kind)}
    assert {kind for kind, _ in indexed} == {"actors", "places", "times"}
    for token in doc:
        for kind, extension in docdata.INDEXED.items():
            assert docdata.at(token, kind) == token._.get(extension)
    assert {local_id for kind, local_id in indexed if kind == "actors"} == {actor.id for actor in record.actors}


def test_items_put_on_a_doc_span_the_tokens_spacy_expands_their_characters_to(pipeline):
    from tidings import docdata
    from tidings.model import Item, Span

    text = "Rescuers  dug through rubble, (again) on Monday.\nTwo died. "
    doc = pipeline.nlp.make_doc(text)
    pairs = [(start, end) for start in range(len(text) + 1) for end in range(start, len(text) + 2)]
    items = [Item(id=f"x{n}", spans=[Span(start=start, end=end, text="")]) for n, (start, end) in enumerate(pairs)]
    docdata.put(doc, "events", items)
    put = {span.label_: (span.start, span.end) for span in docdata.spans(doc, "events")}
    for item in items:
        [span] = item.spans
        expanded = doc.char_span(span.start, span.end, alignment_mode="expand")
        assert put.get(item.id) == (None if expanded is None else (expanded.start, expanded.end))
