"""`tidings bench --per-component`: every part of the pipeline timed once, and each counted on
spaCy's side or on tidings' (no timing is asserted: the figures are the benchmark's)."""

from __future__ import annotations

import json

import pytest

from tidings.bench import components

ARTICLES = [
    {"id": "one", "text": "The mayor of Brindlecombe met union leaders on Tuesday and promised new talks next month.", "dct": "2025-04-08"},
    {"id": "two", "text": "Flooding closed two bridges over the river on Friday, the regional council said."},
]


@pytest.mark.e2e
def test_each_component_is_timed_and_counted_on_one_side(tmp_path, pipeline):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(article) + "\n" for article in ARTICLES), encoding="utf-8")
    result = components.run(corpus)
    assert result["docs"] == 2
    assert list(result["cpu_s"]) == [components.TOKENIZER, *pipeline.nlp.pipe_names, components.RECORDS]
    assert result["spacy_cpu_s"] + result["tidings_cpu_s"] == pytest.approx(sum(result["cpu_s"].values()), abs=0.01)
    assert 0 < result["tidings_share"] < 1


@pytest.mark.e2e
def test_with_rounds_each_part_counts_its_least_time(tmp_path, pipeline, monkeypatch):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(article) + "\n" for article in ARTICLES), encoding="utf-8")
    names = [components.TOKENIZER, *pipeline.nlp.pipe_names, components.RECORDS]
    slow, fast = dict.fromkeys(names, 2.0), dict.fromkeys(names, 1.0)
    slow[components.RECORDS], fast[components.RECORDS] = 0.5, 3.0  # the records' least time is in the slow round
    rounds = iter([slow, fast])
    monkeypatch.setattr(components, "_round", lambda _pipeline, _articles: dict(next(rounds)))
    result = components.run(corpus, rounds=2)
    assert result["rounds"] == 2
    assert result["cpu_s"][components.RECORDS] == 0.5
    assert result["cpu_s"]["tidings_places"] == 1.0
    assert result["spacy_cpu_s"] + result["tidings_cpu_s"] == pytest.approx(len(names) - 1 + 0.5)
