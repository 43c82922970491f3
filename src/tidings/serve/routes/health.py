"""Whether the server is up, and what its store holds."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from tidings.corpus.query import Corpus
from tidings.serve.dependencies import corpus
from tidings.serve.models import Health
from tidings.version import __version__

router = APIRouter(prefix="/api", tags=["health"])


@router.get("/health", response_model=Health, summary="The server is up; the store's size")
def health(store: Corpus = Depends(corpus)) -> Health:
    return Health(status="ok", version=__version__, events=store.count_events(), articles=store.count_articles())
