"""Phoenix's discard list (`Phoenix.discards.txt`, format in `dictionaries.rst`) compiled into
tidings' `data/event_discards.tsv`: phrases that mark a sentence (or, with `+`, a whole story)
as sports, entertainment or other news that event coding leaves alone ("world cup", "+grand
prix"). A phrase ending in `_` matches whole words; otherwise its last word is a stem
("champion" also matches "championship").

Left out: the entries that date a sentence rather than say what it is about, bare years
(1914-2013), "... ago" / "... later", and past wars and eras ("World War Two", "Napoleonic
wars", "millennium"): tidings dates events and keeps a dated one ("demanded an admission that
forces murdered officers during World War Two" is a demand made today); and the entries
about disasters, diseases, accidents and elections ("tsunami", "bird flu", "road accident",
"presidential debate"): news of them is news of what people do about them ("troops were sent
after the tsunami"), which event coding is for.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

SOURCE = "Phoenix.discards.txt"
OUTPUT = "event_discards.tsv"
COLUMNS = ("phrase", "scope", "match")
CHRONOLOGY = re.compile(
    r"^(\d{4}|.*\b(AGO|LATER)|(POST |SECOND )?WORLD WARS?\b.*|NAPOLEONIC WARS|ATTACK ON PEARL HARBOR|BRITISH EMPIRE|"
    r"WORLD TRADE CENTER|MILLENNIUM)$",
    re.IGNORECASE,
)
NOT_SPORTS = re.compile(
    r"\b(FLU|INFLUENZA|EPIDEMIC|CHOLERA|EBOLA|POLIO|FEVER|VIRUS|H5N1|CHICKUNGUNGA|BACTERIA|RABID|BLIZZARD|LANDSLIDE|"
    r"MUDSLIDE|TSUNAMI|TYPHOON|STORM|DEPRESSION|FLOOD|DUST|POLLUTION|ACCIDENT|CAPSIZED|PLUNGED|FELL INTO|PRESIDENTIAL|POLL)\b",
    re.IGNORECASE,
)


def import_discards(source_dir: Path, data_dir: Path) -> list[Path]:
    """Compile the discard list found in `source_dir` into `data_dir`/event_discards.tsv."""
    source = source_dir / SOURCE
    if not source.exists():
        raise FileNotFoundError(2, f"{source_dir}: no discard list", str(source))
    counts: Counter[str] = Counter()
    rows = read_discards(source.read_text(encoding="utf-8", errors="replace"), counts)
    path = data_dir / OUTPUT
    header = [
        "# Discards: phrases that mark a sentence (scope sentence) or a whole article (scope article) as sports,",
        "#   entertainment or other news that event coding leaves alone; match: word (whole words) or stem",
        "#   (the last word may go on: 'champion' matches 'championship'). Case does not matter.",
        f"# Source: Phoenix/PETRARCH discard list, {SOURCE} (Open Event Data; MIT License, Copyright (c) 2014",
        "#   Open Event Data; https://github.com/openeventdata).",
        "# Compiled by tidings.knowledge.phoenix.discards.import_discards: do not edit by hand, import again.",
        f"# Kept {len(rows)} of {counts['entries']} entries; left out {counts['chronology']} that only date a sentence",
        "#   (years 1914-2013, '... ago', '... later', past wars and eras): tidings dates events rather than dropping them;",
        f"#   and {counts['not_sports']} about disasters, diseases, accidents and elections: what people do about them is news.",
    ]
    lines = [*header, "\t".join(COLUMNS), *("\t".join(row) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [path]


def read_discards(text: str, counts: Counter[str]) -> list[tuple[str, str, str]]:
    """(phrase, scope, match) for each entry, in file order, without repeats."""
    rows: dict[tuple[str, str, str], None] = {}
    for raw in text.splitlines():
        entry = raw.split("#", 1)[0].strip()
        if not entry:
            continue
        counts["entries"] += 1
        scope = "article" if entry.startswith("+") else "sentence"
        entry = entry.lstrip("+").strip()
        if CHRONOLOGY.match(entry.rstrip("_")):
            counts["chronology"] += 1
            continue
        if NOT_SPORTS.search(entry.rstrip("_")):
            counts["not_sports"] += 1
            continue
        match = "word" if entry.endswith("_") else "stem"
        phrase = " ".join(entry.rstrip("_").lower().split())
        rows.setdefault((phrase, scope, match))
    return list(rows)
