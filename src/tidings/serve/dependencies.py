"""The store view a request reads through."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request

from tidings.corpus.query import Corpus
from tidings.serve.backend import Backend


def backend(request: Request) -> Backend:
    return request.app.state.backend


def corpus(request: Request) -> Iterator[Corpus]:
    with backend(request).corpus() as opened:
        yield opened
