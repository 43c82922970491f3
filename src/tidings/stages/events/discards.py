"""Which sentences of a document event coding leaves alone: those the discard list marks as
sports or entertainment news (all of them where a phrase marks the whole article)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.attrs import IS_SPACE, LOWER
from spacy.tokens import Doc, Token

from tidings.knowledge.discards import KEY_LENGTH, Discard


def discarded(doc: Doc, index: dict[str, tuple[Discard, ...]], sentence_starts: list[int]) -> Callable[[Token], bool]:
    """A test of whether a token lies in a discarded sentence (or article). The words are read
    from the Doc's arrays: making a Token for each word would cost more than the matching."""
    strings = doc.vocab.strings
    table = doc.to_array([LOWER, IS_SPACE])
    positions = [i for i, space in enumerate(table[:, 1]) if not space]
    words = [strings[int(table[i, 0])] for i in positions]
    hits: set[int] = set()  # sentences where a sentence-level phrase starts
    for n, word in enumerate(words):
        for discard in index.get(word[:KEY_LENGTH], ()):
            if discard.matches(words[n : n + len(discard.words)]):
                if discard.article:
                    return lambda token: True
                hits.add(bisect_right(sentence_starts, positions[n]) - 1)
                break
    if not hits:
        return lambda token: False
    return lambda token: bisect_right(sentence_starts, token.i) - 1 in hits
