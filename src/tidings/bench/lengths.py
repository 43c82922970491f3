"""`tidings bench lengths`: generated articles of growing length, and the hostile shapes,
through bare spaCy and the pipeline, with seconds per component: cost must grow with the text,
not faster. With `memory`, also the peak memory of a fresh process reading each text with
either (`python -m tidings.bench.lengths LABEL bare|pipeline WORDS`)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterable
from datetime import date

from spacy.language import Language

from tidings import backbone
from tidings.bench.memory import peak_rss_mb
from tidings.bench.texts import HOSTILE, PUBLISHED, article
from tidings.checks import check_text
from tidings.errors import InputError
from tidings.model import Article
from tidings.pipeline import Pipeline

WARMUP_WORDS = 300


def timed_components(nlp: Language, text: str, published: date | None) -> tuple[dict[str, float], list[str]]:
    """Seconds per component (tokenizer first) of one read, and the components that failed."""
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    doc = nlp.make_doc(text)
    seconds["tokenizer"] = time.perf_counter() - started
    doc._.published = published.isoformat() if published else None
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        doc = component(doc)
        seconds[name] = time.perf_counter() - started
    return seconds, [failure["component"] for failure in doc._.errors or ()]


def measure(bare: Language, pipeline: Pipeline, label: str, text: str, published: date | None) -> dict:
    """One text through bare spaCy, then the pipeline (or the input check's refusal)."""
    row: dict = {"text": label, "chars": len(text), "words": len(text.split())}
    try:
        check_text(text, label)
    except InputError as error:
        return row | {"refused": str(error)}
    started = time.perf_counter()
    bare(text)
    row["bare_s"] = round(time.perf_counter() - started, 3)
    seconds, failed = timed_components(pipeline.nlp, text, published)
    row["pipeline_s"] = round(sum(seconds.values()), 3)
    row["ratio"] = round(row["pipeline_s"] / row["bare_s"], 2) if row["bare_s"] else None
    row["components"] = {name: round(s, 3) for name, s in seconds.items()}
    if failed:
        row["failed"] = failed
    return row


def texts(sizes: Iterable[int], shapes: bool) -> Iterable[tuple[str, str, date | None]]:
    for words in sizes:
        yield f"{words} words", article(words), PUBLISHED
    if shapes:
        for name, make in HOSTILE.items():
            text, published = make()
            yield name, text, published


def warmed_up() -> tuple[Language, Pipeline]:
    """Bare spaCy and the pipeline, each having read one short article (first calls are slow)."""
    bare = backbone.load_bare()
    pipeline = Pipeline()
    warmup = article(WARMUP_WORDS)
    bare(warmup)
    timed_components(pipeline.nlp, warmup, PUBLISHED)
    return bare, pipeline


def peak_mb(label: str, reader: str, sizes: list[int]) -> float:
    """Peak memory of a fresh process that loads bare spaCy or the pipeline, reads one short
    article and then the text of `texts(sizes)` so labelled (with the pipeline: to its record)."""
    command = [sys.executable, "-m", "tidings.bench.lengths", label, reader, ",".join(map(str, sizes))]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"the memory run failed:\n{result.stderr}")
    return json.loads(result.stdout.splitlines()[-1])["peak_mb"]


def run(sizes: list[int], shapes: bool = True, memory: bool = False) -> dict:
    bare, pipeline = warmed_up()
    rows = []
    for label, text, published in texts(sizes, shapes):
        rows.append(measure(bare, pipeline, label, text, published))
        if memory and "refused" not in rows[-1]:
            peaks = {reader: peak_mb(label, reader, sizes) for reader in ("bare", "pipeline")}
            rows[-1] |= {"bare_peak_mb": peaks["bare"], "pipeline_peak_mb": peaks["pipeline"],
                         "memory_ratio": round(peaks["pipeline"] / peaks["bare"], 2)}
        print(json.dumps(rows[-1]), file=sys.stderr)
    result: dict = {"texts": rows}
    timed = [row for row in rows[: len(sizes)] if "pipeline_s" in row]
    if len(timed) > 1:
        result["growth"] = {
            "of": f"{timed[-1]['text']} / {timed[0]['text']}",
            "words": round(timed[-1]["words"] / timed[0]["words"], 2),
            "pipeline_s": round(timed[-1]["pipeline_s"] / timed[0]["pipeline_s"], 2),
        }
    result["worst_ratio"] = max((row["ratio"] for row in rows if row.get("ratio")), default=None)
    if memory:
        result["worst_memory_ratio"] = max((row["memory_ratio"] for row in rows if "memory_ratio" in row), default=None)
    return result


def main(label: str, reader: str, sizes: str) -> None:
    text, published = next((text, published) for name, text, published in texts([int(n) for n in sizes.split(",") if n], True) if name == label)
    if reader == "bare":
        bare = backbone.load_bare()
        bare(article(WARMUP_WORDS))
        bare(text)
    else:
        pipeline = Pipeline()
        pipeline.read(article(WARMUP_WORDS))
        pipeline.read(Article(text=text, published=published.isoformat() if published else None))
    print(json.dumps({"peak_mb": peak_rss_mb()}))


if __name__ == "__main__":
    main(*sys.argv[1:])
