"""What a cue's content covers: token ranges made into character extents, trimmed of loose
punctuation, cut at the next cue or clause break, kept to the cue's sentence and paragraph.

`Extents` looks at every token once (sentence starts, loose edges, quotation marks, cues and
breaks) so each attribution's extent then costs a few binary searches, never a walk over its
sentence: a text of one endless sentence still reads in time proportional to its length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache

import numpy
from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, SENT_START, SPACY
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Token

from tidings.knowledge.speech import cue_forms, cue_heads, speech_settings
from tidings.stages.quotes.marks import CLOSING, OPENING, Extent, Marks
from tidings.syntax import FINITE_TAGS, RELATIVE_PRONOUN_TAGS, RELATIVE_TAGS, among, is_speech_verb

DASHES = frozenset({"--", "—", "–"})
CLAUSE_BREAKS = frozenset({",", ";"}) | DASHES
NAMING = frozenset({"NOUN", "ADJ"})  # cue words that name a stance ("the plan", "is sure"), within what is reported
MODIFYING = frozenset({"relcl", "acl"})
CONTINUING = frozenset({"conj", "advcl"})  # "… opposed to it and warned …", "…, adding": a new cue
# What a comma may set off from the words before it that the writer, not the speaker, adds: a
# relative or participle clause ("…, which …", "…, focusing on …"), an apposition ("…, the
# presumed favourite"), an adverbial clause ("…, although …").
ASIDES = frozenset({"relcl", "appos", "advcl", "acl"})
# Of those, what a reported clause leaves out: its own relative, participle and adverbial clauses
# and an apposition on a common noun go on with what is reported ("she said the bill passed,
# which ends the strike", "…, even if rates rise", "… rejected the offer, a 3% rise"), save a
# relative clause or an apposition on a name, the writer's word on who that is ("…, who leads
# the polls", "…, the party chair"), and an adverbial clause with a speech verb of its own
# ("…, though she noted …").
CLAUSE_ASIDES = frozenset({"appos", "relcl"})  # on a name (PROPN)
# A cue's words after its object that say when or how it was said, not what: "rejected the plan
# *during the debate*", "… *as the race tightened*", "… *on Friday*".
CIRCUMSTANCES = frozenset({"advcl", "npadvmod", "advmod", "punct"})
TIME_PREPOSITIONS = frozenset({"during", "until", "since", "amid"})
FIRST_PERSON = frozenset({"i", "we"})
LEAD_DEPS = frozenset({"aux", "auxpass", "cc", "neg", "advmod"})  # words a verb leads with: "and has not yet"
ASIDE_DEPTH = 4  # heads climbed from the word after the comma to the phrase it starts
COLUMNS = [ORTH, LOWER, LEMMA, SENT_START, SPACY, IS_SPACE, IS_PUNCT, DEP]  # the token facts read for every token


def _id(word: str) -> numpy.uint64:
    """A word's id, of the type of `doc.to_array`'s columns (string ids pass 2**63)."""
    return numpy.uint64(get_string_id(word))


def _ids(words: Iterable[str]) -> numpy.ndarray:
    """The words' ids, sorted (see `syntax.among`)."""
    return numpy.unique(numpy.fromiter(map(get_string_id, words), dtype=numpy.uint64))


HYPHEN, OPEN_BRACKET, CLOSE_BRACKET, CONJUNCTION = map(_id, ("-", "(", ")", "cc"))
CLAUSE_BREAK_IDS, OPENING_IDS, CLOSING_IDS = _ids(CLAUSE_BREAKS), _ids(OPENING), _ids(CLOSING)


class Extents:
    """One Doc's token facts, and the extents built from them."""

    def __init__(self, doc: Doc, marks: Marks) -> None:
        self.doc = doc
        self.marks = marks
        n = len(doc)
        orth, lower, lemma, sent_start, space_after, is_space, is_punct, dep = doc.to_array(COLUMNS).T
        self.sentence_starts: list[int] = numpy.flatnonzero((sent_start == 1) | (numpy.arange(n) == 0)).tolist()
        self.cue_words: list[int] = []  # tokens whose word or lemma may start a cue
        self.continuing_cues: list[int] = []  # speech verbs conjoined or as a participle: "and warned", ", adding"
        self.asides: list[int] = []  # commas and dashes that open an aside an object leaves out
        self.clause_asides: list[int] = []  # those that open an aside a reported clause leaves out
        self.adverbial_asides: list[int] = []  # those that open an adverbial clause
        self.speech_subjects: list[int] = []  # who speaks, for a speech verb with a subject ("she noted")
        # Cues: a word or lemma that may start one, not after a hyphen with no space ("well-known": one word).
        glued_hyphen = (orth == HYPHEN) & (space_after == 0)
        compound = numpy.concatenate(([False], glued_hyphen[:-1]))
        heads, (head_ids, form_ids) = cue_heads(), _cue_ids()
        word_starts_cue = among(lower, head_ids) & ~compound
        lemma_starts_cue = (_per_word(lemma, doc.vocab.strings, lambda word: word.lower() in heads) | among(lower, form_ids)) & ~compound
        breaks = among(orth, CLAUSE_BREAK_IDS)
        stops = set(numpy.flatnonzero(breaks).tolist())
        for i in numpy.flatnonzero(word_starts_cue | lemma_starts_cue).tolist():
            self.cue_words.append(i)
            if self._read_cue(doc[i], bool(lemma_starts_cue[i]), bool(word_starts_cue[i])):
                stops.add(i)
        self.stops: list[int] = sorted(stops)  # where content after a cue stops: a break, a cue word, a new speaker
        self.speech_subjects.sort()
        for i in numpy.flatnonzero(breaks[:-1]).tolist():
            aside = _aside(doc[i + 1], i)
            if aside is not None and not _parenthetical(aside):
                if aside.dep_ != "appos":  # "called him a liar, a cheat": the object's own apposition goes on
                    self.asides.append(i)
                if aside.dep_ in CLAUSE_ASIDES and aside.head.pos_ == "PROPN":
                    self.clause_asides.append(i)
                elif aside.dep_ == "advcl":
                    self.adverbial_asides.append(i)
        opening, closing = among(orth, OPENING_IDS), among(orth, CLOSING_IDS)
        self.openings = _running_count(opening)  # opening quotation marks before each token
        self.brackets = _running_count((orth == OPEN_BRACKET).astype(int) - (orth == CLOSE_BRACKET))  # brackets opened and not closed before each token
        # Loose edges: space, a conjunction, punctuation other than the marks kept at that edge.
        space, word = is_space == 1, (is_space == 0) & (is_punct == 0)
        conjunction, punctuation = word & (dep == CONJUNCTION), ~space & ~word
        positions = numpy.arange(n)
        firm = numpy.where(space | conjunction | (punctuation & ~opening), n, positions)
        # the first token at or after i that may start content, and the last at or before i that may end it
        self.firm_start: list[int] = numpy.minimum.accumulate(firm[::-1])[::-1].tolist() + [n]
        firm = numpy.where(space | conjunction | (punctuation & ~closing), -1, positions)
        self.firm_end: list[int] = numpy.maximum.accumulate(firm).tolist()

    def _read_cue(self, token: Token, lemma_starts_cue: bool, word_starts_cue: bool) -> bool:
        """Note what a cue word says (a speaker, a continuing cue); whether content stops at it."""
        dep = token.dep_
        speech = lemma_starts_cue and is_speech_verb(token)
        if speech:
            self.speech_subjects.extend(_subject(token))
        # a passive with no agent names no one who speaks ("… and sales are forecast to rise"),
        # nor does a verb of the speaker's own ("… and we expect to win"): the words go on
        goes_on = (speech or word_starts_cue) and (_agentless(token) or _first_person(token))
        bare = dep == "conj" and token.tag_ == token.head.tag_ == "VB" and not any(c.dep_ == "nsubj" for c in token.children)
        # a bare verb goes on in the clause holding it ("aims to cut fees *and widen* …"), and so
        # does a conjoined verb with a marker ("… but *that* it would cost …")
        reported = speech and dep == "conj" and any(c.dep_ == "mark" for c in token.children)
        if speech and not goes_on and ((dep == "conj" and not reported and not bare) or (dep == "advcl" and token.tag_ == "VBG")):
            self.continuing_cues.append(token.i)
        new_speaker = speech and not bare and (dep in CONTINUING or any(c.dep_ == "nsubj" for c in token.children))
        in_name = token.pos_ == "PROPN" and token.ent_type_ != ""  # "the State Department", "Islamic State"
        cue_stop = not goes_on and (new_speaker or (word_starts_cue and token.pos_ not in NAMING and not bare and not in_name))
        return cue_stop and not _modifies(token)

    def sentence(self, i: int) -> tuple[int, int]:
        """The first token of token i's sentence and the token after its last."""
        index = bisect_right(self.sentence_starts, i) - 1
        following = index + 1
        end = self.sentence_starts[following] if following < len(self.sentence_starts) else len(self.doc)
        return self.sentence_starts[index], end

    def trim(self, first: int, last: int) -> Extent | None:
        """The character extent of tokens first..last without edge punctuation, keeping quotation
        marks that open or close inside it and a bracket closing one it opened."""
        if first > last:
            return None
        first = self.firm_start[first]
        if first > last:
            return None
        given, last = last, self.firm_end[last]
        if last < first:
            return None
        doc = self.doc
        if last < given and doc[last + 1].text == ")" and self.brackets[last + 1] > self.brackets[first]:
            last += 1  # the bracket it opened: "at 6am (GMT)"
        if doc[last].text in CLOSING and self.openings[last] == self.openings[first]:
            last -= 1
            if first > last:
                return None
        return doc[first].idx, doc[last].idx + len(doc[last])

    def before_aside(self, head: Token, last: int) -> int:
        """The content's last token, cut before an aside set off after its head (CLAUSE_ASIDES)."""
        if head.dep_ != "ccomp":
            aside = _first_within(self.asides, head.i + 1, last + 1)
            return aside - 1 if aside is not None else last
        aside = _first_within(self.clause_asides, head.i + 1, last + 1)
        last = aside - 1 if aside is not None else last
        speaker = _first_within(self.speech_subjects, head.i + 1, last + 1)
        if speaker is not None:  # "…, though she noted …": the adverbial clause before that speaker
            adverbial = _last_within(self.adverbial_asides, head.i + 1, speaker)
            last = adverbial - 1 if adverbial is not None else last
        return last

    def clause(self, verb: Token, speaker: Token | None, head: Token, first: int, last: int) -> tuple[int, int]:
        """Widen a reported clause to what news writers attribute with it: a clause after the cue
        runs on towards the end of the sentence (the parser often hangs its later parts on the
        cue), an object over what the cue says of it (`_object_end`), both stopping at a comma,
        dash, the next cue or what the speaker did next (`_goes_on_from_cue`), save that a clause
        stopping at a colon takes in what the colon opens; a clause before
        the cue ("…, the source added") is all the sentence before the attribution."""
        sentence_start, sentence_end = self.sentence(verb.i)
        if head.i < verb.i:
            before = min(verb.i, speaker.left_edge.i) if speaker is not None and speaker.i > head.i else verb.i
            if before > sentence_start and self.doc[before - 1].text == ":":  # "We saw this before: X declared war": no report
                return before, before - 1
            return sentence_start, self._before_speaker_words(head, before) - 1
        cue = _first_within(self.continuing_cues, first + 1, last)
        if cue is not None:
            return first, _lead_words(self.doc[cue], first) - 1
        end = sentence_end if head.dep_ == "ccomp" else _object_end(verb, head)
        end = min([end] + [_lead_words(c, last) for c in verb.children if c.i > last and _goes_on_from_cue(c, verb)])
        stop = _first_within(self.stops, last + 1, end)
        last = _lead_words(self.doc[stop], last) - 1 if stop is not None else end - 1
        if head.dep_ == "ccomp" and last + 2 < sentence_end and self.doc[last + 1].text == ":":
            last = sentence_end - 1  # "noted that three things held: …": what the colon opens is said too
        return first, last

    def _before_speaker_words(self, head: Token, before: int) -> int:
        """Where a clause reported before its attribution ends: at `before`, or at the comma
        closing the clause where the words after that comma, with no verb of their own and no
        comma, run straight into the speaker and are the speaker's, which the parser left out
        of its phrase ("…, a soon to be released report will show")."""
        comma = head.right_edge.i + 1
        if comma + 1 >= before or self.doc[comma].text != ",":
            return before
        words = self.doc[comma + 1 : before]
        return comma if not any(t.tag_ in FINITE_TAGS or t.is_punct for t in words) else before

    def around(self, verb: Token, speaker: Token | None = None) -> list[Extent]:
        """"Acts of protest, he said, are acts of patriotism": an attribution set off by commas
        inside the sentence it reports, which is then its content, in two parts. An attribution
        opened by "as" may also open or close the sentence ("As the mayor put it, …", "…, as
        she noted"). Set off after a relative word ("the square, which, he said, is …"), it reports
        that clause, of its noun, not the sentence the noun is in."""
        first, last = verb.left_edge.i, verb.right_edge.i
        if speaker is not None and first < speaker.left_edge.i < verb.i:  # "If …, X argues, …": the lead is said too
            first = speaker.left_edge.i - 1 if self.doc[speaker.left_edge.i - 1].text == "," else first
        doc = self.doc
        sentence_start, sentence_end = self.sentence(verb.i)
        as_clause = doc[first].lower_ == "as" or (doc[first].text == "," and doc[first + 1].lower_ == "as")
        lead = sentence_start
        if doc[first].text == ",":
            lead = _relative_lead(doc[first - 1], sentence_start) if first > sentence_start else sentence_start
            first += 1
        elif not (as_clause and first == sentence_start) and (first == sentence_start or doc[first - 1].text != ","):
            return []
        if doc[last].text == ",":
            last -= 1
        elif not (as_clause and self.firm_start[last + 1] >= sentence_end) and (
            last + 1 >= sentence_end or doc[last + 1].text != ","
        ):
            return []
        parts = (self.trim(lead, first - 1), self.trim(last + 1, sentence_end - 1))
        found = [part for part in parts if part is not None]
        return found if found and (as_clause or all(parts)) else []

    def content(self, first: int, last: int, anchor: int) -> Extent | None:
        """Tokens first..last as what a cue at character `anchor` reports: trimmed (`trim`) and
        kept to the cue's paragraph (`within_paragraph`)."""
        extent = self.trim(first, last)
        return self.within_paragraph(extent, anchor) if extent is not None else None

    def within_paragraph(self, extent: Extent, anchor: int) -> Extent | None:
        """The content cut to the cue's paragraph and widened to the quotations it cuts into
        (the parser often leaves a closing mark and the full stop before it to the main verb)."""
        marks = self.marks
        start, end = max(extent[0], marks.line_start(anchor)), min(extent[1], marks.line_end(anchor))
        if start >= end:
            return None
        for pos in (start, end - 1):
            quotation = marks.holding(pos)
            if quotation is not None:
                start, end = min(start, quotation[0]), max(end, quotation[1])
        return start, end

    def phrase(self, token: Token, cue: Token) -> Extent:
        """The noun phrase a token heads, without the cue's clause ("the governor saying …") and
        kept to its line (the parser may run a headline into the next sentence)."""
        first, last = token.left_edge.i, token.right_edge.i
        if first <= cue.i <= last:
            first, last = (first, cue.left_edge.i - 1) if token.i < cue.i else (cue.right_edge.i + 1, last)
        doing = next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > token.i), None)
        if doing is not None and self.doc[doing.left_edge.i - 1].text == ",":  # "the agency, quoting sources,": what it did
            last = min(last, doing.left_edge.i - 2)
        start, end = self.trim(first, last) or (token.idx, token.idx + len(token))
        return max(start, self.marks.line_start(token.idx)), min(end, self.marks.line_end(token.idx))


def _aside(token: Token, comma: int) -> Token | None:
    """The head of the aside that the phrase starting at `token`, right after a comma, sets off
    on a word before the comma; None where it is none."""
    for _ in range(ASIDE_DEPTH):
        if token.dep_ in ASIDES and token.head.i < comma:
            return token
        if token.head.i == token.i or token.head.left_edge.i != token.left_edge.i:
            return None
        token = token.head
    return None


def _relative_lead(word: Token, sentence_start: int) -> int:
    """Where the words before an attribution set off by commas start: at the noun a relative
    clause opened by `word` is on ("the old square, which, she said, …"), else at the sentence
    ("That's why, she said, …")."""
    clause = word.head
    if word.tag_ in RELATIVE_TAGS and clause.dep_ == "relcl" and sentence_start <= clause.head.i < word.i:
        return max(clause.head.left_edge.i, sentence_start)
    return sentence_start


def _parenthetical(aside: Token) -> bool:
    """An aside closed by a comma or dash with the sentence going on after it ("a new kind of
    help, grants, to poor students"): what it is set off from goes on past it. Not a speech
    verb's clause ("…, saying, …"), nor one of a run of asides ("a rival, a critic, a foe"),
    which a pair of dashes never closes ("named Lee — a former judge — to lead the panel")."""
    end = aside.right_edge.i
    doc = aside.doc
    if end + 2 >= len(doc) or doc[end + 1].text not in CLAUSE_BREAKS or is_speech_verb(aside):
        return False
    going_on = doc[end + 2]
    if going_on.is_punct or going_on.is_sent_start:
        return False
    dashed = doc[end + 1].text in DASHES and doc[aside.left_edge.i - 1].text in DASHES
    return dashed or _aside(going_on, end + 1) is None


def _modifies(cue: Token) -> bool:
    """A cue in a clause on a noun or opened by a relative word ("the plan she proposed", "what
    they called unrest"): part of the words around it, where no content stops."""
    return cue.dep_ in MODIFYING or any(c.tag_ in RELATIVE_PRONOUN_TAGS and c.i < cue.i for c in cue.children)


def _first_person(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children)


def _agentless(verb: Token) -> bool:
    children = [c.dep_ for c in verb.children]
    return "auxpass" in children and "agent" not in children


def _lead_words(stop: Token, last: int) -> int:
    """Where the words a verb that stops the content leads with start ("… *and has* threatened"),
    with its subject ("… and *the mayor* warned"), after `last`."""
    i = stop.i
    while i - 1 > last and stop.doc[i - 1].head == stop and stop.doc[i - 1].dep_ in LEAD_DEPS:
        i -= 1
    subject = next((c for c in stop.children if c.dep_ == "nsubj" and c.right_edge.i == i - 1), None)
    if subject is not None and subject.left_edge.i > last and stop.doc[subject.left_edge.i - 1].text not in OPENING:
        return subject.left_edge.i
    return i


def _object_end(verb: Token, obj: Token) -> int:
    """The token after an object and what the verb says of it after it ("cited the figure *as
    proof*", "accused her *of lying*"), leaving out the verb's adjuncts of time and
    circumstance ("… during the debate", "… as the race tightens")."""
    last = obj.right_edge.i
    for child in verb.children:
        if child.i > obj.i and not _circumstance(child):
            last = max(last, child.right_edge.i)
    return last + 1


def _goes_on_from_cue(token: Token, cue: Token) -> bool:
    """A verb conjoined to the cue with no subject of its own, finite or in the cue's own form
    after their shared auxiliary: what the speaker did next ("… that taxes would rise and urged
    voters to …", "has demanded a recount and given the board a week"), not what was said."""
    return token.dep_ == "conj" and (token.tag_ in FINITE_TAGS or token.tag_ == cue.tag_) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children
    )


def _circumstance(token: Token) -> bool:
    """Whether a word on the cue says when or how it was said (CIRCUMSTANCES, a time, or the
    occasion or medium of the words: "in a ruling", `speech_settings`)."""
    if token.dep_ in CIRCUMSTANCES:
        return True
    if token.dep_ != "prep":
        return False
    settings = speech_settings()
    return token.lower_ in TIME_PREPOSITIONS or any(
        c.ent_type_ in ("DATE", "TIME") or (c.dep_ == "pobj" and c.lemma_.lower() in settings) for c in token.children
    )


def _subject(verb: Token) -> list[int]:
    """The index of a speech verb's subject, or of the verb's whose infinitive it is ("he refused
    to pledge"); none where it has neither."""
    for clause in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        subject = next((c.i for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return [subject]
    return []


def _last_within(positions: list[int], low: int, high: int) -> int | None:
    """The last of sorted `positions` in [low, high)."""
    index = bisect_left(positions, high) - 1
    return positions[index] if index >= 0 and positions[index] >= low else None


def _first_within(positions: list[int], low: int, high: int) -> int | None:
    """The first of sorted `positions` in [low, high)."""
    index = bisect_left(positions, low)
    return positions[index] if index < len(positions) and positions[index] < high else None


@lru_cache(maxsize=1)
def _cue_ids() -> tuple[numpy.ndarray, numpy.ndarray]:
    """The ids of the words that start a cue, and of the inflected words of a cue that does
    ("hoped": hope, whatever the lemmatizer made of them), sorted (see `_ids`)."""
    heads = cue_heads()
    forms = (form for form, cue in cue_forms().items() if cue in heads)
    return _ids(heads), _ids(forms)


def _per_word(column: numpy.ndarray, strings: StringStore, test: Callable[[str], bool]) -> numpy.ndarray:
    """`test` of each token's string in a column of `doc.to_array` (LOWER, LEMMA), each distinct string tested once."""
    distinct, inverse = numpy.unique(column, return_inverse=True)
    return numpy.array([test(strings[key]) for key in distinct.tolist()], dtype=bool)[inverse]


def _running_count(counted: numpy.ndarray) -> list[int]:
    """For each token and the end, the sum of `counted` over the tokens before it."""
    return [0, *numpy.cumsum(counted, dtype=numpy.int64).tolist()]
