"""The pipeline's memory alone: run as its own process (`python -m tidings.bench.memory CORPUS
[LIMIT]`), where no bare backbone is loaded; prints `{"pipeline_rss_mb": ...}`."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path


def peak_rss_mb() -> float:
    """This process's peak resident memory: VmHWM where Linux has it (getrusage's ru_maxrss
    would count a parent's peak too, as the child starts from a fork of it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            kilobytes = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(kilobytes / 1024, 1)


def pipeline_rss_mb(corpus: Path, limit: int | None) -> float:
    """Peak memory of a fresh process that reads the corpus with the pipeline."""
    command = [sys.executable, "-m", "tidings.bench.memory", str(corpus), *([str(limit)] if limit else [])]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"the memory run failed:\n{result.stderr}")
    return json.loads(result.stdout.splitlines()[-1])["pipeline_rss_mb"]


def main(corpus: str, limit: str | None = None) -> None:
    from tidings.bench.corpus import load_corpus
    from tidings.pipeline import Pipeline

    pipeline = Pipeline()
    for _ in pipeline.pipe(load_corpus(Path(corpus), int(limit) if limit else None)):
        pass
    print(json.dumps({"pipeline_rss_mb": peak_rss_mb()}))


if __name__ == "__main__":
    main(*sys.argv[1:])
