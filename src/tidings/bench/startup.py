"""`tidings bench startup`: what one CLI call costs. In turn, N times each, a fresh process that
loads bare spaCy and parses a text, and a fresh `tidings read` of the same text; the medians
and their ratio (the pipeline's start-up budget is 1.5 times bare spaCy's).

Both run as installed code runs: with its bytecode written. pip compiles spaCy's modules when it
installs them; tidings' are compiled by the first, uncounted run, even where the environment
says not to write bytecode (PYTHONDONTWRITEBYTECODE), which would charge tidings alone for
compiling its source at every start."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tidings.backbone import MODEL

COMPILING = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
BARE = "import spacy, sys; nlp = spacy.load(sys.argv[1]); nlp(open(sys.argv[2], encoding='utf-8').read())"


def commands(text: Path) -> dict[str, list[str]]:
    return {
        "bare_spacy_s": [sys.executable, "-c", BARE, MODEL, str(text)],
        "tidings_read_s": [sys.executable, "-m", "tidings.cli", "read", str(text)],
    }


def seconds(command: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, env=COMPILING)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} failed:\n{result.stderr.decode(errors='replace')}")
    return elapsed


def run(text: Path, runs: int = 5) -> dict:
    """The first run of each (caches filled, files read into memory) is not counted."""
    kinds = commands(text)
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    for kind, command in kinds.items():
        seconds(command)
    for _ in range(runs):
        for kind, command in kinds.items():
            times[kind].append(seconds(command))
        print({kind: round(values[-1], 2) for kind, values in times.items()}, file=sys.stderr)
    medians = {kind: round(statistics.median(values), 3) for kind, values in times.items()}
    return {"runs": runs, **medians, "ratio": round(medians["tidings_read_s"] / medians["bare_spacy_s"], 2)}
