"""The raw text's marks: quotations, line breaks and sentence stops.

Quotation marks are paired on the text itself, not the parse, so a quotation may run over
several sentences and unbalanced marks only end a quotation early. Everything is found in one
pass over the text; afterwards "which quotation holds this offset" and "where does this line
start" are binary searches.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

Extent = tuple[int, int]

MARKS = re.compile(r"''|``|[“”\"‘’«»\n]")
# Inside a quotation a straight single mark may quote too ("“He said, 'stop', and left,” she said")
INNER_MARKS = re.compile(r"''|``|[“”\"‘’«»\n']")
CLOSER = {"“": "”", '"': '"', "''": "''", "``": "''", "‘": "’", "«": "»", "'": "'"}
MIXED = {'"': "”", "“": '"'}  # a straight mark and a curly one pair too: edited copy mixes them
OPENING = frozenset(CLOSER)
CLOSING = frozenset(CLOSER.values())
CLOSING_CHARS = "”\"’»'"
OPENING_CHARS = "“\"‘«'`"
SENTENCE_WORDS = 4  # words of a quotation that may be a sentence of its own
HEADLINE_LENGTH = 200  # characters a text's first line may have to be read as its headline
LABEL = re.compile(r"^[\"“]?([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})(:)[ \t]+(?=\S)", re.MULTILINE)  # "NAME: …"
# A headline that names its speaker in words before a colon and a quotation: "Mayor on the
# budget: “We will not cut”", "Ana Reyes on the vote: ‘We will win’"
HEADLINE = re.compile(r"^([A-Z][^\n:“”\"‘]{2,80}?):[ \t]+(?=[“\"‘'`])", re.MULTILINE)
_STOP = re.compile(r"(\w*)[.!?]+[”\"’»']*(?=\s|$)|\n")  # a stop, and the marks a quotation closes with after it


def quotations(text: str, pattern: re.Pattern = MARKS) -> list[Extent]:
    """Quotations in `text`, marks included, in order. Marks pair within a paragraph; one left
    open runs to the paragraph's end (news style reopens it in the next paragraph); single
    marks count only where they cannot be apostrophes."""
    found: list[Extent] = []
    opener: str | None = None
    start = 0
    matches = list(pattern.finditer(text))
    closed_later = _straight_mark_follows(matches)
    for n, match in enumerate(matches):
        mark, pos = match.group(), match.start()
        if mark == "'" and pos and text[pos - 1].isalnum() and _is_letter(text, match.end()):
            continue  # an apostrophe: "there's"
        if opener is None:
            if mark in OPENING and (mark not in "‘'" or _word_starts(text, pos + 1, pos)):
                opener, start = mark, pos
        elif mark == "\n":
            found.append((start, before_space(text, pos)))
            opener = None
        elif mark == '"' == opener and closed_later[n] and _reopens(text, pos, start):
            # a straight mark placed as an opener ("… concerned. "In fact …"), with one after it
            # in the paragraph to close it: the quotation before was left open (copy that ran
            # its paragraphs together), and this one starts anew
            found.append((start, before_space(text, pos)))
            start = pos
        elif mark in (CLOSER[opener], MIXED.get(opener)) and (mark not in "’'" or not _is_letter(text, match.end())):
            found.append((start, match.end()))
            opener = None
        elif mark == opener:  # a second opener: the first was never closed
            found.append((start, before_space(text, pos)))
            start = pos
    if opener is not None:
        found.append((start, before_space(text, len(text))))
    return [(s, e) for s, e in found if e - s > 2]


def headline_quotations(text: str, found: list[Extent]) -> list[Extent]:
    """`found` with the straight single quotations of the text's headline, its first line when
    short and followed by more (headline style quotes with single marks: "Mayor calls plan
    'dead'", "Ana Reyes: 'We will win'"), in order."""
    end = text.find("\n")
    if end < 0 or end > HEADLINE_LENGTH:
        return found
    single = [q for q in quotations(text[:end], INNER_MARKS) if text[q[0]] == "'"]
    kept = [q for q in single if not any(s < q[1] and q[0] < e for s, e in found)]
    return sorted(found + kept)


def opens_sentence(text: str, quote: Extent) -> bool:
    """The quotation is a sentence of its own, its first word capitalised and more than a word or
    two long: words before it in the same sentence are the writer's, run into it where copy lost
    the full stop (`… his family "I do not think …," he said`)."""
    words = text[quote[0] : quote[1]].lstrip(OPENING_CHARS).split()
    return len(words) >= SENTENCE_WORDS and words[0][:1].isupper()


def ends_sentence(gap: str) -> bool:
    """A sentence ends in `gap`: a newline, or a stop not after an abbreviation (Mr., Sen., U.S.),
    the closing marks of a quotation ending the sentence included (…, said on “Morning Talk.” “…").
    Callers keep `gap` short: the pattern backtracks over each word."""
    for stop in _STOP.finditer(gap):
        word = stop.group(1)
        if word is None or not (word[:1].isupper() and len(word) <= 3) and len(word) != 1:
            return True
    return False


class Marks:
    """One text's quotations and line breaks, found once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotations = headline_quotations(text, quotations(text))
        self.starts = [start for start, _ in self.quotations]
        self.breaks = [match.start() for match in re.finditer("\n", text)]
        self._nested: dict[Extent, list[Extent]] = {}

    def paragraph_runs(self) -> list[list[Extent]]:
        """Quotations that go on from paragraph to paragraph: each left open at its paragraph's
        end, the next opening the following paragraph. Runs of one are left out."""
        runs: list[list[Extent]] = []
        run: list[Extent] = []
        for extent, following in zip(self.quotations, self.quotations[1:]):
            if not run:
                run = [extent]
            if self._goes_on_in(extent, following):
                run.append(following)
                continue
            if len(run) > 1:
                runs.append(run)
            run = []
        if len(run) > 1:
            runs.append(run)
        return runs

    def runs_on(self, extent: Extent) -> bool:
        """The quotation is left open and goes on in the next one (`_goes_on_in`)."""
        index = bisect_right(self.starts, extent[0])
        return index < len(self.quotations) and self._goes_on_in(extent, self.quotations[index])

    def _goes_on_in(self, extent: Extent, following: Extent) -> bool:
        """`extent` ends its paragraph open at a sentence's end, with no stray closing mark in it
        (a mark of another kind would have closed it), and `following`, opened by the same mark,
        starts the next paragraph without a speaker label of its own."""
        text = self.text
        inner = text[extent[0] + 1 : extent[1]]
        return (
            inner[-1:] in ".!?"
            and not any(mark in inner for mark in '”"»')
            and not text[extent[1] : following[0]].strip()
            and text[extent[0]] == text[following[0]]
            and LABEL.match(text, following[0]) is None
        )

    def nested(self, extent: Extent) -> list[Extent]:
        """Quotations inside a quotation ("“He told me ‘we leave’,” she said"), paired on its
        words without its own marks; found once per quotation asked about."""
        if extent not in self._nested:
            start, end = extent
            inner_end = end - 1 if self.text[end - 1] in CLOSING_CHARS else end
            found = quotations(self.text[start + 1 : inner_end], INNER_MARKS)
            self._nested[extent] = [(s + start + 1, e + start + 1) for s, e in found]
        return self._nested[extent]

    def holding(self, pos: int) -> Extent | None:
        """The quotation an offset falls in, if any."""
        index = bisect_right(self.starts, pos) - 1
        if index >= 0 and pos < self.quotations[index][1]:
            return self.quotations[index]
        return None

    def whole(self, extent: Extent) -> bool:
        """The extent lies within one quotation."""
        quotation = self.holding(extent[0])
        return quotation is not None and quotation[1] >= extent[1]

    def opens_within(self, start: int, end: int) -> bool:
        """A quotation starts after `start` and before `end`."""
        following = bisect_right(self.starts, start)
        return following < len(self.starts) and self.starts[following] < end

    def line_start(self, pos: int) -> int:
        """Where the line (paragraph, headline) holding `pos` starts."""
        index = bisect_left(self.breaks, pos) - 1
        return self.breaks[index] + 1 if index >= 0 else 0

    def line_end(self, pos: int) -> int:
        """The first line break at or after `pos`, or the end of the text."""
        index = bisect_left(self.breaks, pos)
        return self.breaks[index] if index < len(self.breaks) else len(self.text)


def before_space(text: str, pos: int) -> int:
    """`pos` moved back over the whitespace before it: `len(text[:pos].rstrip())` without the copy."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _reopens(text: str, pos: int, start: int) -> bool:
    """A straight mark at `pos` placed as an opener: after a sentence's stop and a space, before
    a letter."""
    before = before_space(text, pos)
    return before < pos and before > start + 1 and text[before - 1] in ".!?" and _is_letter(text, pos + 1)


def _straight_mark_follows(matches: list[re.Match]) -> list[bool]:
    """For each mark, whether a straight quotation mark comes after it before the paragraph ends
    (one backward pass)."""
    follows = [False] * len(matches)
    seen = False
    for n in range(len(matches) - 1, -1, -1):
        follows[n] = seen
        mark = matches[n].group()
        seen = mark == '"' or (seen and mark != "\n")
    return follows


def _is_letter(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos].isalnum()


def _word_starts(text: str, after: int, pos: int) -> bool:
    return (pos == 0 or not text[pos - 1].isalnum()) and _is_letter(text, after)
