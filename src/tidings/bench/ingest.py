"""`tidings bench ingest`: ingest throughput of a JSONL corpus with 1, 2... workers (1: this
process, no Ray; more: Ray workers), each run in a fresh process into a fresh store; the
scaling factor, and each worker's peak memory. Where the time goes is reported too: starting
(pipeline loads, Ray), reading, writing (the one writer), and waiting for the workers.

Run one configuration alone: `python -m tidings.bench.ingest CORPUS WORKERS [LIMIT] [--no-store]`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from tidings.bench.memory import peak_rss_mb


class TimedStore:
    """A store that counts the seconds spent in it: the one writer's share of the ingest."""

    def __init__(self, store) -> None:
        self.store = store
        self.seconds = 0.0

    def __getattr__(self, name: str):
        method = getattr(self.store, name)

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started

        return timed


class NullStore:
    """Stores nothing (`--no-store`): the scaling of reading and parsing alone."""

    def has(self, article_id: str) -> bool:
        return False

    def add_many(self, items) -> list[bool]:
        return [True for _ in items]

    def add_error(self, source, reason, article_id=None) -> None:
        pass

    def update_clusters(self) -> None:
        pass

    def close(self) -> None:
        pass


def measure(corpus: Path, workers: int, limit: int | None, keep: bool = True) -> dict:
    """One ingest of the corpus (its first `limit` lines) with `workers` workers."""
    from tidings.corpus.ingest import LocalEngine, ingest, open_store
    from tidings.corpus.readers import Fields, ReadOptions

    options = ReadOptions(fields=Fields(published="dct", id="id"))
    started = time.perf_counter()
    if workers == 1:
        from tidings.pipeline import Pipeline

        engine = LocalEngine(Pipeline())
    else:
        from tidings.corpus.scale import RayEngine

        engine = RayEngine(workers)
        loaded = engine.usage()  # returns once every worker has loaded its pipeline
    startup = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        source = _limited(corpus, limit, Path(folder))
        words = sum(len(json.loads(line)["text"].split()) for line in source.open(encoding="utf-8") if line.strip())
        store = TimedStore(open_store(Path(folder) / "bench.duckdb") if keep else NullStore())
        started, cpu = time.perf_counter(), time.process_time()
        tally = ingest([str(source)], store, engine, options)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        store.close()
    if workers == 1:
        usage = [{"peak_rss_mb": peak_rss_mb(), "cpu_s": round(cpu, 2)}]
    else:
        usage = [u | {"cpu_s": round(u["cpu_s"] - before["cpu_s"], 2)} for u, before in zip(engine.usage(), loaded)]
        engine.close()
    return {
        "workers": workers,
        "docs": tally.entries,
        "stored": tally.stored,
        "errors": tally.errors,
        "words": words,
        "startup_s": round(startup, 2),
        "ingest_s": round(seconds, 2),
        "write_s": round(store.seconds, 2),
        "writer_cpu_s": round(cpu, 2),
        "articles_per_s": round(tally.entries / seconds, 2),
        "words_per_s": round(words / seconds, 1),
        "cpu_s": round(cpu + (sum(u["cpu_s"] for u in usage) if workers > 1 else 0), 2),
        "peak_rss_mb_per_worker": [u["peak_rss_mb"] for u in usage],
        "worker_cpu_s": [u["cpu_s"] for u in usage],
        "peak_rss_mb_writer": peak_rss_mb(),
    }


def _limited(corpus: Path, limit: int | None, folder: Path) -> Path:
    if limit is None:
        return corpus
    copy = folder / corpus.name
    with corpus.open("rb") as source, copy.open("wb") as target:
        for number, line in enumerate(source):
            if number >= limit:
                break
            target.write(line)
    return copy


def run(corpus: Path, workers: Sequence[int] = (1, 2), limit: int | None = None, keep: bool = True, rounds: int = 1) -> dict:
    """Each configuration in a fresh process, taken in turn `rounds` times (so that a busy
    machine slows them alike); per configuration the run of median throughput. `scaling` is
    the median throughput with the most workers over that with the fewest."""
    runs: dict[int, list[dict]] = {count: [] for count in workers}
    for _ in range(rounds):
        for count in workers:
            command = [sys.executable, "-m", "tidings.bench.ingest", str(corpus), str(count), str(limit or 0)]
            result = subprocess.run([*command, *([] if keep else ["--no-store"])], capture_output=True, text=True)
            if result.returncode != 0:
                raise RuntimeError(f"the ingest with {count} workers failed:\n{result.stderr[-2000:]}")
            runs[count].append(json.loads(result.stdout.splitlines()[-1]))
            print(json.dumps(runs[count][-1]), file=sys.stderr)
    medians = [sorted(found, key=lambda r: r["articles_per_s"])[len(found) // 2] for found in runs.values()]
    summary: dict = {"rounds": rounds, "runs": medians}
    if len(medians) > 1:
        summary["scaling"] = round(medians[-1]["articles_per_s"] / medians[0]["articles_per_s"], 3)
        summary["scaling_on_free_cores"] = _scaling_on_free_cores(medians[0], medians[-1])
    summary["max_worker_rss_mb"] = max(rss for found in runs.values() for r in found for rss in r["peak_rss_mb_per_worker"])
    return summary


def _scaling_on_free_cores(fewest: dict, most: dict) -> float:
    """The scaling that as many free cores as workers would give at most: processor seconds
    (workers and writer) per core, fewest workers over most. On a machine that others share,
    `scaling` says more about their load than about the ingest; this does not (it leaves out
    only what runs alone: Ray's start and the clustering at the end)."""
    return round((fewest["cpu_s"] / fewest["workers"]) / (most["cpu_s"] / most["workers"]), 3)


def main(arguments: list[str]) -> None:
    keep = "--no-store" not in arguments
    corpus, workers, limit = [a for a in arguments if a != "--no-store"]
    print(json.dumps(measure(Path(corpus), int(workers), int(limit) or None, keep)))


if __name__ == "__main__":
    main(sys.argv[1:])
