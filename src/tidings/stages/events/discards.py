"""Which sentences of a document event coding leaves alone: those the discard list marks as
sports or entertainment news; all of them where a phrase that marks a whole article occurs in
the first sentence (the lede says what the story is about) or in a story where discard phrases
occur in at least `article_hits` sentences, unless its lede, free of them, names an office or a
force of a state (a story about an inquiry or a spy that retells a football body's affairs: its
discard sentences alone are left). One "Super Bowl" late in a story about a city's budget marks
only its sentence. A line that is a web address (a page's address copied above its
story: "http: / / www.site.com / news / three-killed") is left alone too."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from spacy.attrs import IS_SPACE, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

from tidings import docdata
from tidings.knowledge.discards import KEY_LENGTH, Discard

VERB_POS_IDS = frozenset({POS_IDS["VERB"], POS_IDS["AUX"]})
WEB_ADDRESS_LINE = re.compile(r"^[ \t]*(?:https?|www)\b[^\n]*", re.IGNORECASE | re.MULTILINE)  # a line that is a web address


def discarded(doc: Doc, index: dict[str, tuple[Discard, ...]], sentence_starts: list[int], article_hits: int, state_lede: Callable[[], bool]) -> Callable[[Token], bool]:
    """A test of whether a token lies in a discarded sentence (or article); `state_lede`: whether
    the first sentence names a state's office or force (`names_state`), asked only where the
    answer matters. The words are read from the Doc's arrays: making a Token for each word would
    cost more than the matching."""
    strings = doc.vocab.strings
    lowers, spaces, tags = doc.to_array([LOWER, IS_SPACE, POS]).T.tolist()
    positions = [i for i, space in enumerate(spaces) if not space]
    spelled = {key: strings[key] for key in set(lowers)}  # each different word read from the strings once
    starting: dict[int, tuple[Discard, ...]] = {}  # the phrases each different word may start, in the index's order
    for key, word in spelled.items():
        if found := index.get(word[:KEY_LENGTH]):
            starting[key] = tuple(discard for discard in found if discard.may_start(word))
    words = [spelled[lowers[i]] for i in positions]
    verbs = [tags[i] in VERB_POS_IDS for i in positions]
    hits: set[int] = set()  # sentences where a phrase starts
    article: set[int] = set()  # sentences where a phrase marking the whole article starts
    for n, position in enumerate(positions):
        for discard in starting.get(lowers[position], ()):
            end = n + len(discard.words)
            if discard.matches(words[n:end], verbs[end - 1] if end <= len(verbs) else False):
                sentence = bisect_right(sentence_starts, positions[n]) - 1
                hits.add(sentence)
                if discard.article:
                    article.add(sentence)
                break
    if article and (0 in article or len(hits) >= article_hits and (0 in hits or not state_lede())):
        return lambda token: True
    hits |= _address_lines(doc, sentence_starts)
    if not hits:
        return lambda token: False
    return lambda token: bisect_right(sentence_starts, token.i) - 1 in hits


def names_state(doc: Doc, sentence_starts: list[int], state_types: frozenset[str]) -> bool:
    """Whether the first sentence names an actor coded as a state's office or force (of
    `state_types`: "the FBI", "Russian operatives", "the president")."""
    codes = {actor["id"]: actor.get("cameo") or "" for actor in docdata.data(doc, "actors")}
    lede_end = sentence_starts[1] if len(sentence_starts) > 1 else len(doc)
    return any(span.start < lede_end and codes.get(span.label_, "")[3:6] in state_types for span in docdata.spans(doc, "actors"))


def _address_lines(doc: Doc, sentence_starts: list[int]) -> set[int]:
    """The sentences that lie in a line that is a web address (`web_addresses` keeps the address
    itself one token, but the parser may still cut the line's leftovers, as in "site. com / news /
    Story - Title")."""
    lines = [(m.start(), m.end()) for m in WEB_ADDRESS_LINE.finditer(docdata.text(doc))]
    if not lines:
        return set()
    starts = [doc[i].idx for i in sentence_starts]  # where each sentence begins in the text
    found: set[int] = set()
    for start, end in lines:
        found.update(range(max(bisect_right(starts, start) - 1, 0), bisect_left(starts, end)))
    return found
