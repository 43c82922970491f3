"""spaCy's attribute ruler (tag -> part of speech and morphology, and the model's exceptions)
with its one-token rules looked up by each token's values, where spaCy's Matcher tries every rule
at every token: the model's ~180 rules made the ruler a tenth of the pipeline's time. The rules,
their order and the annotations are spaCy's own: a rule of several tokens, or one testing other
attributes or with other operators than equality, IN and NOT_IN, still goes through a Matcher,
and `AttributeRuler.set_annotations` writes the matches (a one-token match straight on its token,
with no Span made for it: about 1.5 matches a token)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

# the token attributes a rule may test to be looked up, in the order of `Doc.to_array`
COLUMNS = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
_POSITIONS = {name: position for position, name in enumerate(COLUMNS)}
_ARRAY = list(COLUMNS.values())
MAX_ROWS_KEPT = 20_000  # rows whose one-token matches are kept (at most ~6 MB); past that, forgotten


class _Test(NamedTuple):
    offset: int  # of the token tested, in the rule's tokens
    position: int  # of the attribute in a row of `Doc.to_array(_ARRAY)`
    values: frozenset[int]
    negated: bool  # NOT_IN
    regex: re.Pattern[str] | None = None  # REGEX, searched in the attribute's string (values unused)


class _Rule(NamedTuple):
    attr_id: int  # the rule's number, as AttributeRuler.match gives it
    match_id: int
    length: int  # tokens
    key: _Test  # the test the rule is looked up by
    tests: tuple[_Test, ...]


class IndexedAttributeRuler(AttributeRuler):
    """An AttributeRuler whose `match` finds the same matches, the plain rules by look-up."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs) -> None:
        super().__init__(vocab, name, **kwargs)
        self._clear_index()

    def clear(self) -> None:
        super().clear()
        self._clear_index()

    def _clear_index(self) -> None:
        # for each attribute of a row, its value -> the rules looked up by it (of one token, longer)
        self.single: list[dict[int, list[_Rule]]] = [{} for _ in COLUMNS]
        self.longer: list[dict[int, list[_Rule]]] = [{} for _ in COLUMNS]
        self.unkeyed: list[_Rule] = []  # one-token rules with no value to be looked up by, tried on each new row
        self.others = Matcher(self.vocab, validate=self.validate)  # the rules the look-up cannot take
        self.passed: dict[tuple[int, ...], list[_Rule]] = {}  # a token's row -> the one-token rules it passes

    def add(self, patterns: Iterable[list[dict]], attrs: dict, index: int = 0) -> None:
        patterns = list(patterns)
        attr_id = len(self.attrs)
        super().add(patterns, attrs, index)
        match_id = self.vocab.strings[str(attr_id)]
        for pattern in patterns:
            tests = _tests(pattern)
            key = next((test for test in tests or () if not test.negated and test.regex is None), None)
            if tests is not None and key is None and len(pattern) == 1:
                self.unkeyed.append(_Rule(attr_id, match_id, 1, tests[0], tests))
                continue
            if key is None:
                self.others.add(match_id, [pattern])
                continue
            tables = self.single if len(pattern) == 1 else self.longer
            for value in key.values:
                tables[key.position].setdefault(value, []).append(_Rule(attr_id, match_id, len(pattern), key, tests))
        self.passed.clear()

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        matches = [
            (int(self.vocab.strings[match_id]), match_id, start, end)
            for match_id, start, end in self.others(doc, allow_missing=True, as_spans=False)
        ] if len(self.others) else []
        rows = doc.to_array(_ARRAY).tolist()
        passed, longer = self.passed, [(position, table) for position, table in enumerate(self.longer) if table]
        if len(passed) > MAX_ROWS_KEPT:
            passed.clear()
        for i, row in enumerate(rows):
            rules = passed.get(key := tuple(row))
            if rules is None:
                candidates = [rule for table, value in zip(self.single, row) for rule in table.get(value, ())]
                rules = passed[key] = [rule for rule in candidates + self.unkeyed if self._passes(rule, rows, i, doc)]
            for rule in rules:
                matches.append((rule.attr_id, rule.match_id, i, i + 1))
            for position, table in longer:
                for rule in table.get(row[position], ()):
                    start = i - rule.key.offset
                    if start >= 0 and start + rule.length <= len(rows) and self._passes(rule, rows, start, doc):
                        matches.append((rule.attr_id, rule.match_id, start, start + rule.length))
        matches.sort()
        return matches

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """spaCy's writing of the matches, in their order; a one-token match whose token index
        is 0 or -1 (the model's rules) is written on `doc[start]`, the token spaCy's Span gives."""
        attrs, indices = self.attrs, self.indices
        for match in matches:
            attr_id, _match_id, start, end = match
            if end - start == 1 and indices[attr_id] in (0, -1):
                set_token_attrs(doc[start], attrs[attr_id])
            else:
                super().set_annotations(doc, [match])

    def _passes(self, rule: _Rule, rows: list[list[int]], start: int, doc: Doc) -> bool:
        for test in rule.tests:
            value = rows[start + test.offset][test.position]
            if test.regex is not None:
                if test.regex.search(doc.vocab.strings[value]) is None:
                    return False
            elif (value in test.values) == test.negated:
                return False
        return True


def _tests(pattern: list[dict]) -> tuple[_Test, ...] | None:
    """A pattern's tests, token by token, or None where the look-up cannot take the pattern."""
    tests = []
    for offset, token in enumerate(pattern):
        if not token:
            return None
        for name, wanted in token.items():
            test = _test(offset, name, wanted)
            if test is None:
                return None
            tests.append(test)
    return tuple(tests)


def _test(offset: int, name: str, wanted: object) -> _Test | None:
    position = _POSITIONS.get(name)
    if position is None:
        return None  # another attribute, or an operator ("OP")
    if name == "IS_SPACE":
        return _Test(offset, position, frozenset({int(wanted)}), False) if isinstance(wanted, bool) else None
    if isinstance(wanted, str):
        return _Test(offset, position, frozenset({get_string_id(wanted)}), False)
    if isinstance(wanted, dict) and wanted.keys() == {"REGEX"} and isinstance(wanted["REGEX"], str):
        return _Test(offset, position, frozenset(), False, re.compile(wanted["REGEX"]))
    if isinstance(wanted, dict) and len(wanted) == 1 and wanted.keys() <= {"IN", "NOT_IN"}:
        operator, values = next(iter(wanted.items()))
        if isinstance(values, list) and all(isinstance(value, str) for value in values):
            return _Test(offset, position, frozenset(map(get_string_id, values)), operator == "NOT_IN")
    return None


@Language.factory("tidings_attribute_ruler", default_config={"validate": False})
def make_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)
