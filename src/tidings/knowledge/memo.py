"""Answers kept by the text asked about: the stages ask the knowledge of an article's words again
and again, and a corpus of articles never ends, so a memo forgets all it keeps past `TEXTS_KEPT`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

TEXTS_KEPT = 1 << 16  # texts a memo keeps before it starts afresh
_UNSEEN = object()
Answer = TypeVar("Answer")


class TextMemo(Generic[Answer]):
    """A bounded memory of one lookup's answers, by the text as written (None is an answer too).
    It keeps no function, so an index holding it pickles as plain data."""

    def __init__(self) -> None:
        self._kept: dict[str, Answer] = {}

    def get(self, text: str, answer: Callable[[str], Answer]) -> Answer:
        """The answer kept for `text`, else `answer(text)`, then kept."""
        found = self._kept.get(text, _UNSEEN)
        if found is _UNSEEN:
            if len(self._kept) >= TEXTS_KEPT:
                self._kept.clear()
            found = self._kept[text] = answer(text)
        return found
