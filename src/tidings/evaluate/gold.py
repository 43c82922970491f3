"""Gold JSONL (../shared/gold/README.md format): one document per line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from tidings.model import Article


def load(paths: Iterable[str | Path]) -> list[dict]:
    """Every document of every file, in order; a line that is not JSON is an error naming it."""
    docs: list[dict] = []
    for path in paths:
        with Path(path).open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    docs.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
    return docs


def article(doc: dict) -> Article:
    """The article the pipeline reads for a gold document: its text, `dct` as published."""
    return Article(id=doc["id"], text=doc["text"], published=doc.get("dct"))
