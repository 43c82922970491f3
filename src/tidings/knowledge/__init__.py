"""Knowledge as data: plain files under `knowledge/data/`, each naming its source."""

from __future__ import annotations

import csv
import json
import tomllib
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    """The path of a file shipped in `tidings/knowledge/data/`."""
    return _data_dir() / name


@lru_cache(maxsize=1)
def _data_dir() -> Path:
    return Path(str(resources.files("tidings.knowledge") / "data"))


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated data file with a header; lines starting with '#' are comments."""
    with data_path(name).open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t")


def read_toml(name: str) -> dict:
    """A TOML data file."""
    return tomllib.loads(data_path(name).read_text(encoding="utf-8"))


def read_jsonl(name: str) -> Iterator[dict]:
    """Objects of a JSON-lines data file; lines starting with '#' are comments."""
    with data_path(name).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                yield json.loads(line)
