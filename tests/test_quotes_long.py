"""The quotes component on generated texts far longer than news: each reads to the end and finds
what every repeated unit holds. Long Docs are tiled from one parsed unit, so no test waits on
the parser for a million characters."""

from __future__ import annotations

import warnings

from spacy.tokens import Doc

from tidings.model import Quote
from tidings.stages.quotes.marks import quotations


def _tiled(pipeline, unit: str, copies: int) -> Doc:
    """A Doc of `copies` copies of `unit`, parsed once and read by the stages before quotes."""
    nlp = pipeline.nlp
    with nlp.select_pipes(disable=["tidings_quotes", "tidings_factuality"]):
        one = nlp(unit)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # spaCy does not merge Doc-level data: the actors are set below
        doc = Doc.from_docs([one] * copies, ensure_whitespace=False)
    doc._.actors = one._.actors
    return doc


def _quotes(pipeline, doc: Doc) -> list[Quote]:
    return pipeline.stage("quotes").quotes(doc)


def test_five_thousand_quotation_marks_each_go_to_their_speaker(pipeline):
    quotes = _quotes(pipeline, _tiled(pipeline, "“We will win,” the mayor said. ", 2_500))
    assert len(quotes) == 2_500
    assert {(q.content, q.speaker_span.text) for q in quotes} == {("We will win", "the mayor")}


def test_five_thousand_according_to_lines_each_name_their_source(pipeline):
    quotes = _quotes(pipeline, _tiled(pipeline, "According to the ministry, the dam is safe.\n", 5_000))
    assert len(quotes) == 5_000
    assert {(q.content, q.speaker_span.text) for q in quotes} == {("the dam is safe", "the ministry")}


def test_five_thousand_relayed_reports_each_keep_their_via(pipeline):
    unit = "The Associated Press reported the governor saying that the dam was safe. "
    quotes = _quotes(pipeline, _tiled(pipeline, unit, 5_000))
    assert len(quotes) == 5_000
    assert {(q.speaker_span.text, q.via_span.text) for q in quotes} == {("the governor", "The Associated Press")}


def test_unbalanced_quotation_marks_over_300000_characters_each_end_the_one_before():
    text = "The mayor said “we will rebuild the bridge and " * 6_400
    found = quotations(text)
    assert len(found) == 6_400
    assert all(text[start] == "“" and not text[end - 1].isspace() for start, end in found)


def test_a_million_character_paragraph_reads_every_attribution_in_it(pipeline):
    unit = "The minister said that the talks had failed, adding that new talks would start. "
    doc = _tiled(pipeline, unit, 1_000_000 // len(unit) + 1)
    assert len(doc.text) > 1_000_000 and "\n" not in doc.text
    quotes = _quotes(pipeline, doc)
    assert len(quotes) == 2 * (1_000_000 // len(unit) + 1)
    assert quotes[-1].content == "that new talks would start"


def test_reported_speech_nested_two_hundred_deep_keeps_each_content_to_a_few_cues(read):
    text = "The mayor said that " + "the engineer said that " * 200 + "the bridge was safe."
    quotes = read(text).quotes
    assert len(quotes) == 201
    assert max(quote.content.count(" said ") for quote in quotes) <= 16
    assert quotes[-1].content == "that the bridge was safe"


def test_five_thousand_headline_lines_each_give_their_quotation_to_the_person_named(pipeline):
    unit = "Governor Maria Lopez on the drought: “We will ration water”\n"
    quotes = _quotes(pipeline, _tiled(pipeline, unit, 5_000))
    assert len(quotes) == 5_000
    assert {(q.content, q.speaker_span.text) for q in quotes} == {("We will ration water", "Maria Lopez")}
