"""The quotes scorer, on small hand-made cases with known answers."""

from __future__ import annotations

import pytest

from tidings.evaluate.quotes import (
    Attribution,
    Tally,
    evaluate,
    extent,
    gold_attributions,
    match,
    overlap_ratio,
    system_attributions,
)
from tidings.model import Article, Quote, Record, Span
from tidings.stages.quotes import QuotesComponent

METRICS = {"attributions", "content_precision", "content_recall", "content_f1", "source_accuracy", "cue_accuracy"}


def test_fragments_combine_into_their_covering_extent():
    assert extent([[30, 40], [10, 20]]) == (10, 40)
    assert extent([]) is None


def test_overlap_ratio_is_shared_over_union():
    assert overlap_ratio((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert overlap_ratio((0, 10), (10, 20)) == 0.0


def test_match_needs_half_of_the_union_and_is_one_to_one():
    gold = [Attribution(content=(0, 10))]
    system = [Attribution(content=(0, 10)), Attribution(content=(0, 9)), Attribution(content=(0, 4))]
    assert match(system, gold) == [(0, 0)]


def test_match_pairs_the_best_overlap_first():
    gold = [Attribution(content=(0, 10)), Attribution(content=(2, 12))]
    system = [Attribution(content=(2, 12))]
    assert match(system, gold) == [(0, 1)]


def test_metrics_count_precision_recall_and_span_accuracies():
    gold = [
        Attribution(content=(0, 10), source=(20, 25), cue=(26, 30)),
        Attribution(content=(40, 50), source=(60, 65), cue=(66, 70)),
        Attribution(content=(80, 90), source=None, cue=(91, 95)),
    ]
    system = [
        Attribution(content=(0, 10), source=(20, 23), cue=(26, 30)),  # right source, right cue
        Attribution(content=(41, 50), source=(0, 5), cue=(66, 70)),  # wrong source, right cue
        Attribution(content=(100, 110), source=(100, 101), cue=(102, 103)),  # no gold
    ]
    tally = Tally()
    tally.add(system, gold)
    assert tally.metrics() == {
        "attributions": 3,
        "content_precision": pytest.approx(2 / 3),
        "content_recall": pytest.approx(2 / 3),
        "content_f1": pytest.approx(2 / 3),
        "source_accuracy": 0.5,
        "cue_accuracy": 1.0,
    }


def test_accuracies_are_null_without_matched_gold_sources_or_cues():
    tally = Tally()
    tally.add([], [Attribution(content=(0, 10), source=(20, 25))])
    metrics = tally.metrics()
    assert metrics["source_accuracy"] is None and metrics["cue_accuracy"] is None
    assert metrics["content_recall"] == 0.0


def test_gold_attributions_without_content_are_left_out():
    doc = {
        "attributions": [
            {"source": [], "cue": [[0, 4]], "content": []},
            {"source": [], "cue": [], "content": [[5, 9]]},
        ]
    }
    assert gold_attributions(doc) == [Attribution(content=(5, 9))]


def _record(text: str, quotes: list[Quote]) -> Record:
    return Record(article=Article(text=text), quotes=quotes)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def test_system_quotes_become_attributions_of_speaker_and_cue_spans():
    text = "“Rain is coming,” the farmer said. “Soon.”"
    quote = Quote(
        id="q1",
        spans=[_span(text, 0, 17), _span(text, 35, 42)],
        content="Rain is coming Soon.",
        speaker_span=_span(text, 18, 28),
        cue_span=_span(text, 29, 33),
    )
    assert system_attributions([quote]) == [Attribution(content=(0, 42), source=(18, 28), cue=(29, 33))]


def test_quotes_nested_in_a_quotation_are_not_scored_against_outer_only_gold():
    text = "“She said ‘go’ to me,” he said."
    outer = Quote(id="q1", spans=[_span(text, 0, 22)], content="She said ‘go’ to me", speaker_span=_span(text, 23, 25))
    inner = Quote(id="q2", spans=[_span(text, 10, 14)], content="go", speaker_span=_span(text, 1, 4), within="q1")
    assert [a.content for a in system_attributions([outer, inner])] == [(0, 22)]


class _FixedPipeline:
    """A stand-in pipeline that returns given records in order."""

    def __init__(self, records: list[Record]) -> None:
        self.records = records

    def pipe(self, articles):
        for _article, record in zip(articles, self.records):
            yield record


def test_evaluate_reports_exactly_the_contract_metrics():
    text = "The mayor said the bridge was safe."
    quote = Quote(
        id="q1",
        spans=[_span(text, 15, 34)],
        content="the bridge was safe",
        speaker_span=_span(text, 0, 9),
        cue_span=_span(text, 10, 14),
    )
    gold = {"source": [[0, 9]], "cue": [[10, 14]], "content": [[15, 34]]}
    doc = {"id": "t:1", "text": text, "dct": None, "attributions": [gold]}
    metrics = evaluate(_FixedPipeline([_record(text, [quote])]), [doc])
    assert set(metrics) == METRICS
    assert metrics["content_f1"] == 1.0 and metrics["source_accuracy"] == 1.0 and metrics["cue_accuracy"] == 1.0


def test_the_scored_spans_are_the_same_without_the_other_components(pipeline, read):
    text = (
        "Angela Merkel arrived in Paris on Monday. She said the summit was useful. "
        "“We will rebuild the bridge,” the mayor said. According to Reuters, the ministry said the dam was safe."
    )
    alone = QuotesComponent().quotes(pipeline.parse(text))
    assert len(alone) == 3
    assert system_attributions(alone) == system_attributions(read(text).quotes)
