"""Shared fixtures: one Pipeline for the whole session (loading spaCy and knowledge is slow)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tidings.model import Article, Record
from tidings.pipeline import Pipeline

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def read(pipeline: Pipeline) -> Callable[..., Record]:
    """read(text, published="2024-03-06") -> Record, with the session pipeline."""

    def _read(text: str, published: str | None = "2024-03-06") -> Record:
        return pipeline.read(Article(text=text, published=published))

    return _read
