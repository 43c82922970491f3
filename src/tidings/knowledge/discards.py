"""The discard list (`data/event_discards.tsv`, compiled from Phoenix's by
`knowledge/phoenix/discards.py`, and tidings' own additions, `data/event_discards_tidings.tsv`):
phrases that mark a sentence or a whole article as news event coding leaves alone (sports,
entertainment), indexed by the first letters of their first word, the longest phrase first
("heavyweight champion", marking a whole article, before "heavyweight", marking a sentence) and,
of one length, the one marking the whole article first."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tidings.knowledge import read_tsv

DISCARDS_FILES = ("event_discards.tsv", "event_discards_tidings.tsv")
KEY_LENGTH = 3  # letters of a phrase's first word it is indexed by


@dataclass(frozen=True)
class Discard:
    words: tuple[str, ...]  # lowercase
    article: bool  # the whole article, not only the sentence
    stem: bool  # the last word may go on as a noun ("champion" matches "championship", not "championed")

    def may_start(self, word: str) -> bool:
        """Whether the phrase may start with the word (lowercase): its first word, or what a
        one-word stem goes on to."""
        return word == self.words[0] or len(self.words) == 1 and self.stem and word.startswith(self.words[0])

    def matches(self, words: list[str], last_is_verb: bool = False) -> bool:
        """Whether the phrase matches the words from the first one on (lowercase); a stem goes on
        only where the word it ends in is not a verb (`last_is_verb`)."""
        if len(words) < len(self.words):
            return False
        *whole, last = self.words
        if any(word != wanted for word, wanted in zip(words, whole)):
            return False
        seen = words[len(whole)]
        return seen == last or self.stem and not last_is_verb and seen.startswith(last)


@lru_cache(maxsize=1)
def discard_list() -> dict[str, tuple[Discard, ...]]:
    """The discards by the first `KEY_LENGTH` letters of their first word."""
    index: dict[str, list[Discard]] = {}
    for row in (row for name in DISCARDS_FILES for row in read_tsv(name)):
        if row["scope"] not in ("sentence", "article") or row["match"] not in ("word", "stem"):
            raise ValueError(f"discards: bad scope or match in {row}")
        words = tuple(row["phrase"].split())
        discard = Discard(words, article=row["scope"] == "article", stem=row["match"] == "stem")
        index.setdefault(words[0][:KEY_LENGTH], []).append(discard)
    # tidings' additions widen some of Phoenix's sentence phrases to the article ("spinner")
    return {key: tuple(sorted(group, key=lambda discard: (-len(discard.words), not discard.article))) for key, group in index.items()}
