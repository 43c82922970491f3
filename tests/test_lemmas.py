"""The lemmatizer by look-up writes the lemmas spaCy's English rule lemmatizer writes, keeps a
lemma already set (by the attribute ruler), and works each (form, part of speech, morphology) out
once."""

from __future__ import annotations

import pytest
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.lookups import Lookups

from tidings.lemmas import CachedLemmatizer

TEXTS = [
    "The ministers were meeting on Mondays; she had flown in and gets bored easily.",
    "Better roads were built faster than the oldest villages expected.\n\nThey're going.",
    "",
]


@pytest.fixture(scope="module")
def before_lemmas(pipeline):
    """The texts as the lemmatizer finds them: tagged, parsed, through the attribute ruler."""
    with pipeline.nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler"]):
        return [pipeline.nlp(text) for text in TEXTS]


def _as_shipped(lookups: Lookups) -> Lookups:
    """The tables as the model ships them, the index of known words as lists."""
    shipped = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        shipped.add_table(name, {part: sorted(words) for part, words in table.items()} if name == "lemma_index" else dict(table))
    return shipped


def test_the_lemmas_are_spacys(pipeline, before_lemmas):
    ours = pipeline.nlp.get_pipe("lemmatizer")
    assert all(isinstance(words, frozenset) for words in ours.lookups.get_table("lemma_index").values())
    shipped = EnglishLemmatizer(pipeline.nlp.vocab, None, mode="rule")
    shipped.lookups = _as_shipped(ours.lookups)
    assert isinstance(ours, CachedLemmatizer)
    for doc in before_lemmas:
        expected = [t.lemma_ for t in shipped(doc.copy())]
        assert [t.lemma_ for t in ours(doc.copy())] == expected
        assert [t.lemma_ for t in ours(doc.copy())] == expected  # again, from what it kept


def test_a_lemma_already_set_is_kept(pipeline, before_lemmas):
    doc = before_lemmas[0].copy()
    doc[1].lemma_ = "delegate"
    assert pipeline.nlp.get_pipe("lemmatizer")(doc)[1].lemma_ == "delegate"


def test_each_form_is_worked_out_once(pipeline, before_lemmas, monkeypatch):
    lemmatizer = pipeline.nlp.get_pipe("lemmatizer")
    lemmatizer(before_lemmas[1].copy())
    worked_out = []
    monkeypatch.setattr(lemmatizer, "lemmatize", lambda token: worked_out.append(token.text) or [token.text])
    lemmas = [t.lemma_ for t in lemmatizer(before_lemmas[1].copy())]
    assert worked_out == []
    assert "build" in lemmas and "old" in lemmas


def test_what_it_keeps_is_bounded(pipeline, before_lemmas, monkeypatch):
    """Past its bound the lemmatizer forgets the lemmas it kept, and spaCy's own cache with
    them: a server reading for months does not grow with every word it ever saw."""
    lemmatizer = pipeline.nlp.get_pipe("lemmatizer")
    monkeypatch.setattr("tidings.lemmas.MAX_KEPT", 5)
    for doc in before_lemmas[:2] * 2:
        lemmatizer(doc.copy())
        assert len(lemmatizer.lemma_of) <= 5 + len(doc)
        assert len(lemmatizer.cache) <= len(lemmatizer.lemma_of)
