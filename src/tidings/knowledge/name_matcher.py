"""Finding the name table's full names in a Doc, loaded fast however many there are.

The names are tokenized once, with the pipeline's own tokenizer, and kept compiled
(`knowledge/cache.py`) as the hashes of their tokens: a start-up loads tuples of integers
instead of tokenizing ~40,000 names (seconds) as spaCy's EntityRuler would. A curated name
matches as written (its tokens' exact forms); an imported one in any case, so long as the text
writes it as a name: every word capitalised, or one of the particles names hold ("al", "von",
"of") after the first: "Boris Yeltsin" and "BORIS YELTSIN" match, "boris yeltsin" does not. A hyphen inside a
word counts as a space ("Bashar al-Assad" is "Bashar al Assad"). Where matches overlap, the
longest wins, then the first (as spaCy's `filter_spans`).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

import spacy
from spacy.attrs import LOWER, ORTH, SPACY
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from tidings.knowledge import read_toml
from tidings.knowledge.cache import load_or_build
from tidings.knowledge.names import names, table_sources
from tidings.knowledge.phoenix.codes import RULES_FILE

_HYPHEN = hash_string("-")


@dataclass(frozen=True)
class CompiledNames:
    """Patterns as token hashes, flat (arrays pickle as raw bytes) and sorted by their first
    token: pattern n's lower-case hashes are `lowers[starts[n]:starts[n + 1]]`; a curated
    pattern's exact hashes, of the same length, start at `exact_starts[n]` in `exact` (-1 for an
    imported pattern); the patterns whose first token is `keys[k]` are numbers
    `key_starts[k]` to `key_starts[k + 1]`."""

    lowers: array
    starts: array
    exact: array
    exact_starts: array
    keys: array
    key_starts: array
    labels: list[str]
    ids: list[str]


class NameMatcher:
    def __init__(self, compiled: CompiledNames, particles: frozenset[str]) -> None:
        self.particles = particles
        self.labels, self.ids = compiled.labels, compiled.ids
        self.lowers, self.starts = compiled.lowers.tolist(), compiled.starts.tolist()
        self.exact, self.exact_starts = compiled.exact.tolist(), compiled.exact_starts.tolist()
        self.key_starts = compiled.key_starts.tolist()
        self.groups = dict(zip(compiled.keys.tolist(), range(len(compiled.keys))))

    @classmethod
    def load(cls, nlp: Language) -> NameMatcher:
        """The matcher of the name table's full names, compiled for `nlp`'s tokenizer."""
        meta = nlp.meta
        tokenizer = f"spacy {spacy.__version__} {meta.get('lang')}_{meta.get('name')} {meta.get('version')}"
        compiled = load_or_build("name-patterns", [*table_sources(), tokenizer, "name patterns 4"], lambda: compile_names(nlp))
        return cls(compiled, frozenset(read_toml(RULES_FILE)["name_particles"]))

    def __call__(self, doc: Doc) -> list[Span]:
        """The names found, longest first where they overlap, in order."""
        positions, lowers = self._words(doc)
        orths: list[int] | None = None
        found = []
        groups, starts, key_starts, patterns = self.groups, self.starts, self.key_starts, self.lowers
        last = len(lowers) - 1
        for i, key in enumerate(lowers):
            group = groups.get(key)
            if group is None:
                continue
            following = lowers[i + 1] if i < last else None
            for number in range(key_starts[group], key_starts[group + 1]):
                begin, size = starts[number], starts[number + 1] - starts[number]
                end = i + size
                # the second word first: most names sharing a first word ("the") differ there
                if size > 1 and patterns[begin + 1] != following or lowers[i:end] != patterns[begin : begin + size]:
                    continue
                start, stop = positions[i], positions[end - 1] + 1
                at = self.exact_starts[number]
                if at >= 0:
                    orths = orths if orths is not None else doc.to_array(ORTH).tolist()
                    if [orths[p] for p in positions[i:end]] != self.exact[at : at + size]:
                        continue
                elif not self.written_as_name(doc[start:stop].text):
                    continue
                found.append((start, stop, number))
        return self._longest(doc, found)

    def _words(self, doc: Doc) -> tuple[list[int], list[int]]:
        """The tokens' positions and lower-case hashes, hyphens inside a word left out, so that
        "al-Assad" is "al Assad" and "Kim Jong-un" "Kim Jong Un"."""
        if not len(doc):
            return [], []
        lowers = doc.to_array(LOWER).tolist()
        if _HYPHEN not in lowers:
            return list(range(len(lowers))), lowers
        spaces = doc.to_array(SPACY).tolist()
        kept = [
            i for i, key in enumerate(lowers)
            if not (key == _HYPHEN and 0 < i < len(lowers) - 1 and not spaces[i - 1] and not spaces[i])
        ]
        return kept, [lowers[i] for i in kept]

    def written_as_name(self, text: str) -> bool:
        """Every word capitalised (or holding a capital: "al-Assad"), or a particle after the first."""
        words = text.split()
        return not words[0].islower() and all(not w[0].islower() or w.lower() in self.particles or not w.islower() for w in words)

    def _longest(self, doc: Doc, found: list[tuple[int, int, int]]) -> list[Span]:
        taken: set[int] = set()
        spans = []
        for start, end, number in sorted(found, key=lambda match: (match[0] - match[1], match[0])):
            if not taken.intersection(range(start, end)):
                taken.update(range(start, end))
                spans.append(Span(doc, start, end, label=self.labels[number], span_id=self.ids[number]))
        return sorted(spans)


def compile_names(nlp: Language) -> CompiledNames:
    """Tokenize the table's full names with `nlp`'s tokenizer, as hashes."""
    patterns = names().patterns()
    tokenized = []
    for pattern, doc in zip(patterns, nlp.tokenizer.pipe(p["pattern"] for p in patterns)):
        tokens = [token for token in doc if token.text != "-"]
        if tokens:
            tokenized.append((tokens[0].lower, pattern, tokens))
    tokenized.sort(key=lambda item: item[0])
    compiled = CompiledNames(array("Q"), array("L", [0]), array("Q"), array("l"), array("Q"), array("L"), [], [])
    for number, (first, pattern, tokens) in enumerate(tokenized):
        if not compiled.keys or compiled.keys[-1] != first:
            compiled.keys.append(first)
            compiled.key_starts.append(number)
        compiled.lowers.extend(token.lower for token in tokens)
        compiled.starts.append(len(compiled.lowers))
        compiled.exact_starts.append(-1 if pattern["imported"] else len(compiled.exact))
        if not pattern["imported"]:
            compiled.exact.extend(token.orth for token in tokens)
        compiled.labels.append(pattern["label"])
        compiled.ids.append(pattern["id"])
    compiled.key_starts.append(len(tokenized))
    return compiled
