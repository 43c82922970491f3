"""Writing imported knowledge files: a header naming the sources (with a hash of each, so a file
says exactly what it was made from) and their licence, then the rows; written atomically."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path

LICENCE = "MIT (c) 2014 Open Event Data Alliance; https://github.com/openeventdata/phoenix_pipeline"


def header(what: str, sources: list[Path], licence: str = LICENCE, note: str = "") -> list[str]:
    """Comment lines: what the file holds, the command that wrote it, each source and its hash."""
    lines = [f"Phoenix CAMEO dictionaries: {what}. Written by `tidings kb import-phoenix`; do not edit by hand."]
    lines += [f"Source: {path.name} (sha256 {_digest(path)[:16]})" for path in sources]
    lines.append(f"Licence of the source: {licence}")
    if note:
        lines.append(note)
    return lines


def write_jsonl(path: Path, comments: list[str], records: Iterable[dict]) -> Path:
    body = "".join(json.dumps(record, ensure_ascii=False, separators=(", ", ": ")) + "\n" for record in records)
    return _write(path, comments, body)


def write_tsv(path: Path, comments: list[str], columns: list[str], rows: Iterable[list[str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    writer.writerows(rows)
    return _write(path, comments, buffer.getvalue())


def _write(path: Path, comments: list[str], body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    temporary.write_text("".join(f"# {line}\n" for line in comments) + body, encoding="utf-8")
    os.replace(temporary, path)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
