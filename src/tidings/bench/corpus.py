"""`tidings bench --corpus`: the bare spaCy backbone and the full pipeline over the same texts, in
one process, interleaved chunk by chunk (ABBA order) so that machine load hits both alike; then
the pipeline's memory alone, in a process of its own."""

from __future__ import annotations

import json
import time
from pathlib import Path

from tidings import backbone
from tidings.bench.memory import peak_rss_mb, pipeline_rss_mb
from tidings.checks import check_text
from tidings.errors import InputError, ReadError
from tidings.model import Article
from tidings.pipeline import Pipeline
from tidings.progress import track

CHUNK = 32
WARMUP_DOCS = 8


def load_corpus(path: Path, limit: int | None = None) -> list[Article]:
    """Articles of a JSONL corpus (`text`, optional `id` and `dct`) that pass the input checks."""
    articles: list[Article] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(articles) >= limit:
                break
            if not line.strip():
                continue
            doc = json.loads(line)
            article = Article(id=doc.get("id") or "", text=doc["text"], published=doc.get("dct"))
            try:
                check_text(article.text, article.id)
            except InputError:
                continue
            articles.append(article)
    return articles


def run(corpus: Path, limit: int | None = None, rounds: int = 1) -> dict:
    articles = load_corpus(corpus, limit)
    if not articles:
        raise ValueError(f"{corpus}: no readable articles")
    bare = backbone.load_bare()
    pipeline = Pipeline()
    warmup = articles[:WARMUP_DOCS]
    list(bare.pipe(a.text for a in warmup))
    list(pipeline.pipe(warmup))

    seconds = {"backbone": 0.0, "pipeline": 0.0}
    errors = 0

    def time_backbone(chunk: list[Article]) -> None:
        started = time.perf_counter()
        for _ in bare.pipe(a.text for a in chunk):
            pass
        seconds["backbone"] += time.perf_counter() - started

    def time_pipeline(chunk: list[Article]) -> None:
        nonlocal errors
        started = time.perf_counter()
        errors += sum(isinstance(r, ReadError) for r in pipeline.pipe(chunk))
        seconds["pipeline"] += time.perf_counter() - started

    chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    for index in track(range(rounds * len(chunks)), rounds * len(chunks), "bench"):
        chunk = chunks[index % len(chunks)]
        order = (time_backbone, time_pipeline) if index % 2 == 0 else (time_pipeline, time_backbone)
        for step in order:
            step(chunk)

    words = sum(len(a.text.split()) for a in articles)
    backbone_wps = words * rounds / seconds["backbone"]
    pipeline_wps = words * rounds / seconds["pipeline"]
    return {
        "docs": len(articles),
        "words": words,
        "rounds": rounds,
        "backbone_wps": round(backbone_wps, 1),
        "pipeline_wps": round(pipeline_wps, 1),
        "ratio": round(pipeline_wps / backbone_wps, 3),
        "peak_rss_mb": peak_rss_mb(),
        "pipeline_rss_mb": pipeline_rss_mb(corpus, limit),
        "errors": errors // rounds,
    }
