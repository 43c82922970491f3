"""Other occurrences of names in a text, found in one pass over its words."""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"\w+")


def occurrences(text: str, names: Iterable[str], taken: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where each name occurs as written or in capitals, as whole words and outside the taken
    stretches: what `re.finditer(rf"\\b(?:{name}|{NAME})\\b", text)` finds for each name (matches
    of one name never overlap), at a cost linear in the text."""
    forms: dict[str, list[str]] = {}  # how a name may be written -> the names written so
    for name in names:
        for form in dict.fromkeys((name, name.upper())):
            forms.setdefault(form, []).append(name)
    if not forms:
        return []
    first_words = {match.group() for form in forms if (match := _WORD.match(form))}
    longest = max(len(form) for form in forms)
    covered = bytearray(len(text))
    for start, end in taken:
        covered[start:end] = b"\x01" * (end - start)
    words = [match.span() for match in _WORD.finditer(text)]
    next_free: dict[str, int] = {}  # name -> where its last match ended
    found = []
    for i, (start, first_end) in enumerate(words):
        if text[start:first_end] not in first_words:
            continue
        for k in range(i, len(words)):
            # A name ends where a word ends, or (ending in a dot: "U.S.") right before the next word.
            ends = (words[k][1], words[k + 1][0]) if k + 1 < len(words) else (words[k][1],)
            if ends[0] - start > longest:
                break
            for end in ends:
                matched = [name for name in forms.get(text[start:end], ()) if next_free.get(name, 0) <= start]
                if matched:
                    next_free.update(dict.fromkeys(matched, end))
                    if covered.find(1, start, end) == -1:
                        found.append((start, end))
    return found
