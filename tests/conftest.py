"""Shared fixtures: one Pipeline for the whole session (loading spaCy and knowledge is slow)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import tidings

from tidings.model import Article, Record
from tidings.pipeline import Pipeline

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The pipeline `tidings.read` uses, so API tests load nothing twice."""
    return tidings._default_pipeline()


@pytest.fixture(scope="session")
def read(pipeline: Pipeline) -> Callable[..., Record]:
    """read(text, published="2024-03-06") -> Record, with the session pipeline."""

    def _read(text: str, published: str | None = "2024-03-06") -> Record:
        return pipeline.read(Article(text=text, published=published))

    return _read
