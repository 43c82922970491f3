"""spaCy's English rule lemmatizer, each token's lemma looked up by its form, part of speech and
morphology (which are all the rules read): spaCy's calls the rules' Python code for every token
(a twentieth of the pipeline's time went there). The lemmas are the rules' own, worked out the
first time a (form, part of speech, morphology) is seen, against an index of known words held as
sets (`indexed`)."""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.tokens import Doc

MAX_KEPT = 20_000  # lemmas kept (at most ~4 MB), and as many in spaCy's own cache; past that, both forgotten


class CachedLemmatizer(EnglishLemmatizer):
    """An EnglishLemmatizer in rule mode that writes the lemmas of a Doc in one array."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lemma_of: dict[tuple[int, int, int], int] = {}  # (form, pos, morphology) -> lemma

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        if len(self.lemma_of) > MAX_KEPT:
            self.lemma_of.clear()
            self.cache.clear()  # spaCy's, which `lemmatize` fills with the same keys and never empties
        if not len(doc):
            return doc
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemma_of, strings = self.lemma_of, self.vocab.strings
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if not lemma or self.overwrite:
                lemma = lemma_of.get((orth, pos, morph))
                if lemma is None:
                    lemma = lemma_of[(orth, pos, morph)] = strings.add(self.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        columns[:, 3] = lemmas
        doc.from_array([LEMMA], columns[:, [3]])
        return doc


def indexed(lookups: Lookups) -> Lookups:
    """The lemmatizer's tables with its index of known words (per part of speech) as sets, the
    others shared: the rules test each candidate form against the index, a list of thousands of
    words, so each form not yet worked out cost scans (~4% of the pipeline's time over the
    benchmark corpus); they only ask whether a form is in it, so the lemmas are the same."""
    copy = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            table = Table(name, {part: frozenset(words) for part, words in table.items()})
        copy.set_table(name, table)
    return copy


@Language.factory("tidings_lemmatizer", assigns=["token.lemma"], default_config={"overwrite": False})
def make_lemmatizer(nlp: Language, name: str, overwrite: bool) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.vocab, None, name, mode="rule", overwrite=overwrite)
