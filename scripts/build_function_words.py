"""Writes knowledge/data/language_function_words.tsv, the word lists of the language check.

    python scripts/build_function_words.py --english ../shared/corpus/news.jsonl

Each language's function words are spaCy's stop list for it (spaCy 3.8, MIT licence), less
English stop words, one-letter words, and words common in English news too (at least
`--common` times in the given English corpus: "man", "state", "local", "fire"), which would
otherwise count English copy as foreign.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
from collections import Counter
from pathlib import Path

import spacy

LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "fi", "tr", "id", "ro", "cs")
OUT = Path(__file__).resolve().parent.parent / "src" / "tidings" / "knowledge" / "data" / "language_function_words.tsv"
HEADER = f"""\
# Function words per language, for the language check (tidings.checks): "en" holds English's,
# the others words that are function words there and not in English.
# Source: spaCy {spacy.__version__} stop lists (spacy/lang/<language>/stop_words.py, MIT licence), less
# English stop words, one-letter words and words met at least {{common}} times in {{words:,}} words of
# English news (the benchmark corpus), such as "man", "state", "local".
# Built by scripts/build_function_words.py; one line per language, words separated by spaces.
"""


def stop_words(language: str) -> set[str]:
    return set(importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--english", type=Path, required=True, help="JSONL of English news with a 'text' per line")
    parser.add_argument("--common", type=int, default=25, help="English corpus count from which a word is English too")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    with args.english.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                counts.update(w.lower() for w in re.findall(r"[^\W\d_]+", json.loads(line)["text"]))
    english = stop_words("en")

    def usable(word: str) -> bool:
        return len(word) > 1 and " " not in word

    rows = [("en", sorted(w for w in english if usable(w)))]
    for language in LANGUAGES:
        words = stop_words(language) - english
        rows.append((language, sorted(w for w in words if usable(w) and counts[w] < args.common)))
    with OUT.open("w", encoding="utf-8") as out:
        out.write(HEADER.format(common=args.common, words=sum(counts.values())))
        out.write("language\twords\n")
        for language, words in rows:
            out.write(f"{language}\t{' '.join(words)}\n")


if __name__ == "__main__":
    main()
