"""Syntax helpers every stage shares: subjects, objects, conjuncts, governors, and the one rule
for who says a clause. All walk the dependency parse without recursion, so a deeply nested or
endlessly conjoined sentence costs time in proportion to its length, never the stack.

Tokens are compared by index: spaCy makes a new Token object at each access, so `is` never
holds between two of them (a sentence root is the token whose head has its own index)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice

import numpy
from spacy.attrs import DEP, HEAD, IS_QUOTE, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from tidings import docdata
from tidings.knowledge.speech import cue_heads, reporting_verbs

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
FEW_VALUES = 4  # up to this many values, comparing with each beats a binary search (`among`)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # tags of a verb with its own tense
PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # tags of a verb in the present tense
NOUN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # a subject that is a noun phrase, active or passive
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})  # a verb's auxiliaries, active or passive ("has shot", "was shot")
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})  # "which", "that", "who", "whom" opening a relative clause
RELATIVE_TAGS = RELATIVE_PRONOUN_TAGS | {"WP$", "WRB"}  # and "whose", "where", "when"
# Links of a verb that shares its head's subject: "is ready to go", "met and agreed", "came to say".
INHERIT_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl", "acomp"})
# Links that continue a clause up to the verb that may report it.
CLAUSE_CHAIN_DEPS = INHERIT_SUBJECT_DEPS | {"ccomp"}
# Links of a verb that continues another's speech: "said ..., adding that", "said ... and warned".
CONTINUING_DEPS = frozenset({"conj", "advcl"})
MAX_HOPS = 4  # governors climbed when looking for a subject or a reporting verb


def where(doc: Doc, attribute: int, values: Iterable[int] | numpy.ndarray) -> list[Token]:
    """The Doc's tokens whose `attribute` (a spaCy attribute id: POS, IS_TITLE, ORTH) has one of
    `values`, in order; read from the Doc's array, so no Token is made (nor any attribute looked
    up) for the other words."""
    return [doc[i] for i in numpy.flatnonzero(_having(doc, attribute, values)).tolist()]


def where_either(doc: Doc, *tests: tuple[int, Iterable[int] | numpy.ndarray]) -> list[Token]:
    """The Doc's tokens that pass any of the tests, each an attribute and its values (see `where`), in order."""
    found = numpy.zeros(len(doc), dtype=bool)
    for attribute, values in tests:
        found |= _having(doc, attribute, values)
    return [doc[i] for i in numpy.flatnonzero(found).tolist()]


def where_all(doc: Doc, *tests: tuple[int, Iterable[int] | numpy.ndarray]) -> list[Token]:
    """The Doc's tokens that pass every test, each an attribute and its values (see `where`), in order."""
    found = numpy.ones(len(doc), dtype=bool)
    for attribute, values in tests:
        found &= _having(doc, attribute, values)
    return [doc[i] for i in numpy.flatnonzero(found).tolist()]


def _having(doc: Doc, attribute: int, values: Iterable[int] | numpy.ndarray) -> numpy.ndarray:
    """Whether each token's `attribute` has one of `values` (ids, or an array of them `word_ids` made)."""
    if isinstance(values, numpy.ndarray):
        return among(doc.to_array(attribute), values)
    wanted = numpy.fromiter(values, dtype=numpy.uint64)  # as the array's type: string ids pass 2**63
    column = doc.to_array(attribute)
    if len(wanted) > FEW_VALUES:
        return among(column, numpy.unique(wanted))
    found = numpy.zeros(len(column), dtype=bool)
    for value in wanted:
        found |= column == value
    return found


@lru_cache(maxsize=32)
def word_ids(words: frozenset[str]) -> numpy.ndarray:
    """The words' string ids, sorted, for `where` and `among`: a set of words the stages look for
    in every article (a thousand parties' first words) is hashed and sorted once, not per article."""
    return numpy.unique(numpy.fromiter(map(get_string_id, words), dtype=numpy.uint64))


def among(column: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """Whether each value of the column is one of the sorted `ids`: a binary search each, where
    `numpy.isin` would sort the column with the ids at every call."""
    if not len(ids):
        return numpy.zeros(len(column), dtype=bool)
    return ids[numpy.minimum(numpy.searchsorted(ids, column), len(ids) - 1)] == column


def with_pos(doc: Doc, tags: Iterable[str]) -> list[Token]:
    """The Doc's tokens of the given parts of speech ("NOUN", "VERB"), in order."""
    return where(doc, POS, (POS_IDS[tag] for tag in tags))


def subtree(token: Token) -> list[Token]:
    """The tokens a token dominates, itself included, in document order (spaCy's own
    `Token.subtree` recurses and fails on very deep parses)."""
    found, stack = [], [token]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(current.children)
    return sorted(found, key=lambda t: t.i)


def top_down(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's head (its own index for a root), and every token index ordered so that a
    token comes after its head: facts pass down the parse in that order and up it in reverse,
    one step per token however deep the parse."""
    offsets = doc.to_array(HEAD).astype(numpy.int64)  # each head's offset from its token, read signed
    heads = (offsets + numpy.arange(len(doc))).tolist()
    depth = [-1] * len(heads)
    for start in range(len(heads)):
        path, node = [], start
        while depth[node] < 0 and heads[node] != node:
            path.append(node)
            node = heads[node]
        if depth[node] < 0:
            depth[node] = 0
        for step in reversed(path):
            depth[step] = depth[heads[step]] + 1
    return heads, sorted(range(len(heads)), key=depth.__getitem__)


def conjuncts(token: Token) -> Iterator[Token]:
    """The token and the tokens conjoined under it ("Putin and Kim"), nearest first."""
    stack = [token]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed([child for child in current.children if child.dep_ == "conj"]))


def first_conjunct(token: Token) -> Token:
    """The token a conjunct is joined to, up the chain ("seize" in "to seize and sell"); the token
    itself where it is no conjunct."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def clause_verb(token: Token, hops: int = MAX_HOPS) -> Token:
    """The verb of the clause a token is in: the token itself if it is a verb, else its nearest
    governor that is one within `hops` heads (else the last head reached, the root at most)."""
    for _ in range(hops):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token


def in_present(verb: Token) -> bool:
    """The verb, or an auxiliary of it, is in the present tense ("ends", "is signed")."""
    return verb.tag_ in PRESENT_TAGS or any(c.dep_ in AUXILIARY_DEPS and c.tag_ in PRESENT_TAGS for c in verb.children)


def is_reflexive(token: Token) -> bool:
    """"himself", "itself", "themselves": a pronoun bound within its own clause."""
    return token.lower_.endswith(("self", "selves"))


def is_to_infinitive(verb: Token) -> bool:
    """A verb with the infinitive marker "to" ("vowed *to* stay")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def pobjs(preps: Iterable[Token]) -> list[Token]:
    """The objects of prepositions."""
    return [g for prep in preps for g in prep.children if g.dep_ == "pobj"]


def governor(token: Token) -> Token | None:
    """The verb (or adjective) a nominal hangs from, through a preposition if there is one:
    "*sign* a treaty", "*go* on strike"."""
    head = token.head
    if head.i == token.i:
        return None
    if head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX", "ADJ") and head.i != token.i else None


def depth(token: Token, limit: int = 10) -> int:
    """Dependency hops from the sentence root, up to `limit`."""
    hops = 0
    while token.head.i != token.i and hops < limit:
        token = token.head
        hops += 1
    return hops


def subjects(token: Token, inherit: frozenset[str] = INHERIT_SUBJECT_DEPS) -> list[Token]:
    """The subject of a verb, inherited up the `inherit` chain (xcomp, conj, advcl, acomp:
    "is ready to go"); for a relative clause, the noun it describes."""
    current = token
    for _ in range(MAX_HOPS):
        found = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if found:
            return found
        if current.dep_ == "relcl":
            return [current.head]
        if current.dep_ not in inherit or current.head.i == current.i:
            return []
        current = current.head
    return []


def is_speech_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in cue_heads()


def speaker(verb: Token) -> Token | None:
    """Who says what a speech verb introduces: its subject (kept to the verb's line where the
    parser ran a headline into the sentence); for a verb that continues another speech verb
    ("…, adding that"), that verb's subject; else the subject of the verb it hangs on; for a
    participle after a noun ("the governor saying …"), the noun; for one after a preposition
    ("answered by saying …"), the subject of the verb the preposition hangs on; for an
    infinitive after an object ("forced the chief to admit"), the object; else a passive agent.
    A passive speech verb ("it was revealed that", "he is said to") is said by its agent alone."""
    if any(child.dep_ in PASSIVE_SUBJECT_DEPS for child in verb.children):
        return _agent(verb)
    current = verb
    for hops in range(MAX_HOPS):
        for child in current.children:
            if child.dep_ == "nsubj":
                return _on_line_of(child, current)
        if hops == 0 and (continued := _continued_speech_verb(current)) is not None:
            return speaker(continued)
        if current.dep_ == "xcomp" and (controller := _object_before(current)) is not None:
            return controller  # "forced the chief to admit", "led the journalist to fear"
        if current.dep_ in ("conj", "advcl", "xcomp") and current.head.pos_ in ("VERB", "AUX"):
            current = current.head
            continue
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            return current.head
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.pos_ in ("VERB", "AUX"):
            current = current.head.head  # "responded by saying …": the one who responded
            continue
        break
    return _agent(verb)


def _object_before(xcomp: Token) -> Token | None:
    """The object of the verb an infinitive complements, between the two: the one who does what
    the infinitive says ("urged the minister to resign")."""
    return next((c for c in xcomp.head.children if c.dep_ == "dobj" and c.i < xcomp.i), None)


def _continued_speech_verb(verb: Token) -> Token | None:
    """The speech verb with a subject that a verb continues: up its chain of conjuncts and
    adverbial clauses ("X said ... and stressed that"); a participle so attached ("X said ...,
    *adding* that"), which the parser often hangs on the reported clause, climbs any link
    above it. Never the verb whose content a finite verb is part of."""
    if verb.dep_ not in CONTINUING_DEPS:
        return None
    participle = verb.tag_ == "VBG"
    current = verb
    for _ in range(MAX_HOPS):
        if current.head.i == current.i or not (participle or current.dep_ in CONTINUING_DEPS):
            return None
        current = current.head
        if is_speech_verb(current) and any(c.dep_ == "nsubj" for c in current.children):
            return current
    return None


def _agent(verb: Token) -> Token | None:
    agents = pobjs(c for c in verb.children if c.dep_ == "agent")
    return agents[0] if agents else None


def reporting_verb(token: Token) -> Token | None:
    """The verb that reports the clause a token is in ("Russia *said* Sudan must go"): up the
    clause chain, the first verb a clause hangs on as its complement whose lemma is a reporting
    verb's."""
    current = token
    for _ in range(MAX_HOPS):
        if current.dep_ not in CLAUSE_CHAIN_DEPS or current.head.i == current.i:
            return None
        head = current.head
        if current.dep_ == "ccomp" and head.lemma_.lower() in reporting_verbs():
            return head
        current = head
    return None


def clause_speaker(token: Token) -> Token | None:
    """Who says the clause a token is in: the speaker of its reporting verb, if it has one.
    The one rule events, quotes and factuality share."""
    verb = reporting_verb(token)
    return speaker(verb) if verb is not None else None


def quotations(doc: Doc) -> Quotations:
    """The Doc's quotation marks, found once for every component that asks."""
    return docdata.shared(doc, Quotations)


class Quotations:
    """The quotation marks of one Doc (a possessive apostrophe is none)."""

    def __init__(self, doc: Doc) -> None:
        marks = doc.to_array([IS_QUOTE, DEP])  # read from the Doc's array: no Token is made for other words
        self.marks: list[int] = numpy.flatnonzero((marks[:, 0] != 0) & (marks[:, 1] != doc.vocab.strings["case"])).tolist()

    def apart(self, a: Token, b: Token) -> bool:
        """A quotation mark stands between the two tokens."""
        low, high = sorted((a.i, b.i))
        return bisect_left(self.marks, high) > bisect_right(self.marks, low)

    def ended_before(self, token: Token) -> range | None:
        """The tokens of the quotation closed in the token's sentence before it ('"...," he
        said'), counting marks from the text's beginning; None where there is none."""
        closed = bisect_left(self.marks, token.i)
        if closed < 2 or closed % 2 or self.marks[closed - 1] < token.sent.start:
            return None
        return range(self.marks[closed - 2] + 1, self.marks[closed - 1])


class Nearest:
    """For any head, the token of its phrase nearest to it that is `marked`: breadth first (the
    head, its children, theirs...), earlier children first; the phrase does not follow links
    in `ends`. Each token's answer is worked out once (per document: make one per Doc), so the
    heads of a whole document cost time in proportion to its length, however deep they nest."""

    def __init__(self, marked: Callable[[Token], bool], ends: frozenset[str] = frozenset()) -> None:
        self.marked = marked
        self._end_ids = frozenset(map(get_string_id, ends))  # the labels as `Token.dep` gives them: no string looked up per child
        self._found: dict[int, tuple[int, Token] | None] = {}  # token -> (hops, nearest marked token)

    def __call__(self, head: Token) -> Token | None:
        if head.i not in self._found:
            self._work_out(head)
        found = self._found[head.i]
        return found[1] if found is not None else None

    def _work_out(self, head: Token) -> None:
        """Answers for the head and the tokens of its phrase not yet known, children first."""
        stack: list[tuple[Token, list[Token] | None]] = [(head, None)]  # (token, its children once known)
        while stack:
            token, children = stack.pop()
            if children is not None:
                self._found[token.i] = self._nearest_below(children)
            elif token.i not in self._found:
                if self.marked(token):
                    self._found[token.i] = (0, token)
                    continue
                children = [child for child in token.children if child.dep not in self._end_ids]
                stack.append((token, children))
                stack.extend((child, None) for child in children)

    def _nearest_below(self, children: list[Token]) -> tuple[int, Token] | None:
        best: tuple[int, Token] | None = None
        for child in children:
            found = self._found[child.i]
            if found is not None and (best is None or found[0] + 1 < best[0]):
                best = (found[0] + 1, found[1])
        return best


def _on_line_of(subject: Token, verb: Token) -> Token | None:
    """The subject, or where the parser ran a headline into the sentence, the last noun of
    its phrase on the verb's line."""
    low, high = sorted((subject.i, verb.i))
    doc = subject.doc
    if "\n" not in docdata.text(doc)[doc[low].idx : doc[high].idx]:  # the words from one to the other, spaces and all
        return subject
    line_start = max(t.i for t in doc[low:high] if "\n" in t.text or "\n" in t.whitespace_) + 1
    line = [t for t in subtree(subject) if line_start <= t.i < verb.i]
    return next((t for t in reversed(line) if t.pos_ in ("NOUN", "PROPN", "PRON")), None)


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for in its clause ("rebels, who attacked": rebels;
    "a quake that killed ten": the quake); any other token itself."""
    if token.tag_ in RELATIVE_PRONOUN_TAGS and token.head.dep_ == "relcl" and token.head.head.i != token.head.i:
        return token.head.head
    return token
