"""Reading the Phoenix (PETRARCH/TABARI) dictionary formats, as `dictionaries.rst` describes them.

An actor file is a series of entries: name lines (a primary phrase, then synonyms starting with
`+`), then code lines starting with a tab (`[RUSGOV 990809-000507]`); a code may also stand on a
name line (`UN_ [IGOUNO]`). A restriction is `<date`, `>date` or `date-date`; a code without one
is the entry's default, for dates no restriction covers. The format calls a restriction's last
day included, but the files give one spell's last day as the next spell's first (`[AFGELI
320101-331108] [AFGGOV 331108-730717]`), so it is read as `leaders.jsonl` reads an end: the
first day of what follows, excluded. Dates are YYYYMMDD
or YYMMDD (a two-digit year below 30 is 20xx, as PETRARCH reads them). TABARI lists spellings of
one actor on consecutive lines without `+`, so name lines that follow a name line without codes
join its entry. Everything after `#` is a comment.

An agent file has one role noun a line: `PHRASE {PLURAL} [~CODE]`, with `!MARKER!` words
expanded from `!MARKER! = A, B` lines.

What cannot be read (a malformed date or code, a code line with no entry, an entry without
codes) is skipped and counted in `Skipped`, never guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

_CODE = re.compile(r"\[([^\]]*)\]")
_MARKER = re.compile(r"!([A-Z]+)!")
_CODE_SHAPE = re.compile(r"(?:[A-Z-]{3})*")  # three-letter segments ("" is the null code)
_CENTURY_PIVOT = 30  # YYMMDD: 00-29 are 20xx, 30-99 are 19xx


@dataclass(frozen=True)
class DatedCode:
    """A CAMEO code and the days it holds: `start` included, `end` excluded; None = unbounded."""

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class ActorEntry:
    """One actor of an actor file: its phrases as written (words joined by `_`) and its codes."""

    phrases: list[str]
    codes: list[DatedCode] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    line: int = 0


@dataclass(frozen=True)
class Agent:
    """A role noun of the agents file: `code` goes after an actor's code (`~GOV`) unless `before`."""

    phrase: str
    plural: str | None  # None: the regular plural; "": none
    code: str
    before: bool


Skipped = Counter  # what was skipped, by reason


def phrase_words(phrase: str) -> list[str]:
    """The words of a phrase: `VLADIMIR_V._PUTIN_` -> ["VLADIMIR", "V.", "PUTIN"]."""
    return phrase.replace("_", " ").split()


def read_actors(path: Path, skipped: Skipped) -> list[ActorEntry]:
    """The entries of an actor file, each with at least one code (the null code `---` counts)."""
    entries: list[ActorEntry] = []
    current: ActorEntry | None = None
    previous_was_name = False
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text, _, comment = raw.partition("#")
        line = text.strip()
        if not line:
            previous_was_name = previous_was_name and bool(raw.strip())  # a blank line ends a run; a comment does not
            continue
        codes = _codes(line, skipped)
        names = _CODE.sub(" ", line).strip()
        if line.startswith("+") or (names and not codes and _joins(current, previous_was_name)):
            if current is None:
                skipped["synonym without an entry"] += 1
                continue
            current.phrases.extend(part for part in names.lstrip("+").split("+") if part.strip("_ "))
        elif names:
            current = ActorEntry(phrases=[part for part in names.split("+") if part.strip("_ ")], line=number)
            entries.append(current)
        elif current is None:
            skipped["code line without an entry"] += 1
            continue
        current.codes.extend(codes)
        if comment.strip():
            current.comments.append(comment.strip())
        previous_was_name = bool(names) and not codes
    kept = [entry for entry in entries if entry.codes]
    skipped["entry without a code"] += len(entries) - len(kept)
    return kept


def _joins(current: ActorEntry | None, previous_was_name: bool) -> bool:
    """A name line without `+` or code joins the entry before it when that entry has no code
    yet and the line before was one of its names (TABARI's runs of spellings)."""
    return current is not None and not current.codes and previous_was_name


def _codes(line: str, skipped: Skipped) -> list[DatedCode]:
    codes = []
    for inside in _CODE.findall(line):
        parts = inside.split(None, 1)
        if not parts:
            skipped["empty code"] += 1
            continue
        code = "" if parts[0].strip("-") == "" else parts[0]
        if not _CODE_SHAPE.fullmatch(code):
            skipped["malformed code"] += 1
            continue
        try:
            start, end = _restriction(parts[1].replace(" ", "")) if len(parts) > 1 else (None, None)
        except ValueError:
            skipped["malformed date"] += 1
            continue
        codes.append(DatedCode(code, start, end))
    return codes


def _restriction(text: str) -> tuple[date | None, date | None]:
    """`<date`, `>date` or `first-last` as [start, end)."""
    if text.startswith("<"):
        return None, _date(text[1:])
    if text.startswith(">"):
        return _date(text[1:]), None
    first, separator, last = text.partition("-")
    if not separator:
        raise ValueError(text)
    start, end = _date(first), _date(last)
    if end < start:
        raise ValueError(text)
    return start, max(end, start + timedelta(days=1))  # a spell of one day


def _date(text: str) -> date:
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(text)
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < _CENTURY_PIVOT else 1900 + year}{text[2:]}"
    return date(int(text[:4]), int(text[4:6]), int(text[6:]))


def read_agents(path: Path, skipped: Skipped) -> Iterator[Agent]:
    """The role nouns of an agents file, `!MARKER!` words expanded (no plural is made for them)."""
    markers: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.partition("#")[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            name, _, values = line.partition("=")
            markers[name.strip().strip("!")] = [value.strip() for value in values.split(",") if value.strip()]
            continue
        codes = _CODE.findall(line)
        if len(codes) != 1 or "~" not in codes[0]:
            skipped["agent line without one ~code"] += 1
            continue
        head = _CODE.sub(" ", line)
        phrase, _, rest = head.partition("{")
        plural = rest.partition("}")[0].strip() if rest else None
        code = codes[0].strip()
        for expanded in _expand(phrase.strip(), markers, skipped):
            yield Agent(
                phrase=expanded,
                plural="" if "!" in phrase else plural,
                code=code.strip("~"),
                before=code.endswith("~"),
            )


def _expand(phrase: str, markers: dict[str, list[str]], skipped: Skipped) -> list[str]:
    found = _MARKER.search(phrase)
    if found is None:
        return [phrase]
    if found.group(1) not in markers:
        skipped["agent with an undefined marker"] += 1
        return []
    return [phrase[: found.start()] + value + phrase[found.end():] for value in markers[found.group(1)]]
