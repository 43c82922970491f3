"""The ready demo: the seed article (and a corpus, if given) read into a new store in a temporary
folder, which the server then serves."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from tidings.corpus.readers import ReadOptions

SEED = Path(__file__).resolve().parents[3] / "examples" / "seed.txt"  # in a checkout of the repository
SEED_PUBLISHED = date(2023, 9, 13)


def build(db: Path, corpus: Path | None, options: ReadOptions) -> dict:
    """Ingest the seed (published SEED_PUBLISHED) and the corpus into the new store `db`, with a
    progress bar; what the ingest did."""
    from tidings.corpus.ingest import LocalEngine, Tally, ingest, open_store
    from tidings.corpus.readers import estimate
    from tidings.pipeline import Pipeline
    from tidings.progress import track

    if not SEED.is_file():
        raise FileNotFoundError(f"{SEED}: the demo reads the seed article of a checkout of tidings' repository")
    options.text_metadata = {"published": SEED_PUBLISHED, "url": None, "title": None}
    sources = [str(SEED), *([str(corpus)] if corpus else [])]
    store = open_store(db)
    try:
        tally = ingest(sources, store, LocalEngine(Pipeline()), options, partial(track, unit="articles"),
                       estimate(sources, options), Tally())
    finally:
        store.close()
    return tally.summary()
