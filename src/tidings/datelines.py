"""Datelines: the place (and agency) a wire story opens with ("MINSK (Reuters) -", "KYIV, Ukraine
(AP) —", "MOSCOW, March 3 (Reuters) -"). They say where the story was filed and who filed it, so
no stage takes them for a party to the events that follow."""

from __future__ import annotations

from spacy.tokens import Doc

from tidings import docdata

DASHES = frozenset({"-", "--", "–", "—", "―"})
MAX_TOKENS = 12  # a dateline is short: place, region, date, agency
_NOT_IN_DATELINES = frozenset({"VERB", "AUX", "PRON", "DET", "ADP"})
_HEADLINE_ENDS = frozenset({".", "!", "?"})


def dateline(doc: Doc) -> tuple[int, int, int] | None:
    """The dateline the article opens with, as token positions: (start, end of the place and
    date, end before the dash); the agency, if any, lies in parentheses between the two ends.
    An opening line counts when it starts with a word in capitals ("MINSK", not "UK") or puts an agency in
    parentheses before the dash, and holds no verb; a headline before it is skipped. Found once
    per parsed Doc, however many stages ask."""
    return docdata.shared(doc, _find)


def _find(doc: Doc) -> tuple[int, int, int] | None:
    for start in _line_starts(doc):
        found = _dateline_at(doc, start)
        if found is not None:
            return found
    return None


def _line_starts(doc: Doc) -> list[int]:
    """The first word of the article's first two lines, or of its first line's second sentence:
    a headline may stand before the dateline, on a line of its own or ending in a full stop on
    the same line ("Council passes budget. SALEM —", as web pages run headline and body together)."""
    starts, at_start = [], True
    for token in doc:
        if token.is_space:
            at_start = at_start or "\n" in token.text
            continue
        if at_start:
            starts.append(token.i)
            if len(starts) == 2:
                break
        at_start = "\n" in token.whitespace_ or token.text in _HEADLINE_ENDS
    return starts


def _dateline_at(doc: Doc, start: int) -> tuple[int, int, int] | None:
    place_end, parenthesis = None, False
    for i in range(start, min(start + MAX_TOKENS, len(doc))):
        token = doc[i]
        if token.text in DASHES:
            opening = doc[start]
            if i == start or not (opening.is_upper and opening.is_alpha and len(opening) > 2 or parenthesis):
                return None
            return start, place_end if place_end is not None else i, i
        if "\n" in token.text or "\n" in token.whitespace_ or token.pos_ in _NOT_IN_DATELINES:
            return None
        if token.text == "(" and place_end is None:
            place_end, parenthesis = i, True
    return None
