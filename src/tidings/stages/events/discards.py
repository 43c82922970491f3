"""Which sentences of a document event coding leaves alone: those the discard list marks as
sports or entertainment news (all of them where a phrase marks the whole article)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from tidings.knowledge.discards import KEY_LENGTH, Discard


def discarded(doc: Doc, index: dict[str, tuple[Discard, ...]]) -> Callable[[Token], bool]:
    """A test of whether a token lies in a discarded sentence (or article)."""
    words = [token.lower_ for token in doc if not token.is_space]
    positions = [token.i for token in doc if not token.is_space]
    hits: list[int] = []  # token positions where a sentence-level phrase starts
    for n, word in enumerate(words):
        for discard in index.get(word[:KEY_LENGTH], ()):
            if discard.matches(words[n : n + len(discard.words)]):
                if discard.article:
                    return lambda token: True
                hits.append(positions[n])
                break
    if not hits:
        return lambda token: False
    marked = bytearray(len(doc))
    hit = iter(hits)
    next_hit = next(hit)
    for sentence in doc.sents:  # hits are in text order: one pass over the sentences
        if sentence.start <= next_hit < sentence.end:
            marked[sentence.start : sentence.end] = b"\x01" * len(sentence)
            next_hit = next((i for i in hit if i >= sentence.end), -1)
            if next_hit < 0:
                break
    return lambda token: bool(marked[token.i])
