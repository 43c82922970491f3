"""The attribute ruler run by look-up gives spaCy's AttributeRuler's matches and annotations: with
the model's own rules, and with rules of each kind the look-up takes or leaves to the Matcher."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from tidings.attribute_rules import IndexedAttributeRuler

TEXTS = [
    "The committee didn't approve the budget, and y'all know nothin' about it.\n\nThere were 12 votes.",
    "Officials said that what the council did was lawful; it ain't over, they added.",
    "  Two spaces lead here, and a tab\tsits inside; who has the keys?",
]

RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "PROPN"}},  # overridden below for "budget"
    {"patterns": [[{"LOWER": "budget", "TAG": {"IN": ["NN", "NNS"]}}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": "DT"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are", "was", "were"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    {"patterns": [[{"LOWER": "keys"}]], "attrs": {"LEMMA": "keyring"}, "index": -1},  # one token, counted from its end
    {"patterns": [[{"TAG": "_SP", "IS_SPACE": False}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": "the"}, {"IS_ALPHA": True, "OP": "+"}]], "attrs": {"LEMMA": "the"}},  # the Matcher's
    {"patterns": [[{"TEXT": {"FUZZY": "Officials"}}]], "attrs": {"LEMMA": "official"}},  # the Matcher's
]

ATTRS = [POS, TAG, MORPH, LEMMA, DEP]


@pytest.fixture(scope="module")
def parsed(pipeline) -> list[Doc]:
    """The texts tagged and parsed, before any attribute ruler ran."""
    with pipeline.nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        return [pipeline.nlp(text) for text in TEXTS]


def _rulers(vocab, patterns) -> tuple[AttributeRuler, IndexedAttributeRuler]:
    spacy_ruler, indexed = AttributeRuler(vocab), IndexedAttributeRuler(vocab)
    spacy_ruler.add_patterns(patterns)
    indexed.add_patterns(patterns)
    return spacy_ruler, indexed


@pytest.mark.parametrize("rules", ["model", "made"])
def test_the_look_up_finds_the_matches_and_writes_the_annotations_spacy_does(pipeline, parsed, rules):
    patterns = pipeline.nlp.get_pipe("attribute_ruler").patterns if rules == "model" else RULES
    spacy_ruler, indexed = _rulers(pipeline.nlp.vocab, patterns)
    for doc in parsed:
        assert indexed.match(doc) == spacy_ruler.match(doc)
        by_spacy, by_index = spacy_ruler(doc.copy()), indexed(doc.copy())
        assert by_index.to_array(ATTRS).tolist() == by_spacy.to_array(ATTRS).tolist()


def test_rules_the_look_up_cannot_take_go_to_the_matcher(pipeline):
    _, indexed = _rulers(pipeline.nlp.vocab, RULES)
    assert len(indexed.others) == 2
    assert len(indexed.unkeyed) == 1  # the one-token rule with only a pattern to search


def test_a_rule_whose_index_lies_outside_its_match_fails_as_in_spacy(pipeline, parsed):
    patterns = [{"patterns": [[{"LOWER": "council"}]], "attrs": {"POS": "PROPN"}, "index": 1}]
    spacy_ruler, indexed = _rulers(pipeline.nlp.vocab, patterns)
    with pytest.raises(ValueError):
        spacy_ruler.set_annotations(parsed[1].copy(), spacy_ruler.match(parsed[1]))
    with pytest.raises(ValueError):
        indexed.set_annotations(parsed[1].copy(), indexed.match(parsed[1]))


def test_the_pipeline_runs_the_indexed_ruler_with_the_model_rules_in_place(pipeline):
    ruler = pipeline.nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    assert pipeline.nlp.pipe_names.index("attribute_ruler") < pipeline.nlp.pipe_names.index("lemmatizer")
    assert len(ruler.patterns) > 100
