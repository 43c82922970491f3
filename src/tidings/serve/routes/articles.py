"""Articles: a stored record; and new articles read (POST /api/read) or read and stored (POST
/api/articles). Each article is checked on its own: a bad one is an error at its index and
the others go on."""

from __future__ import annotations

from fastapi import APIRouter, Body, Depends, HTTPException, Path
from fastapi.concurrency import run_in_threadpool

from tidings.corpus.query import Corpus
from tidings.corpus.readers.entry import found
from tidings.model import Record
from tidings.serve.auth import can_read, can_write
from tidings.serve.backend import Backend
from tidings.serve.dependencies import backend, corpus
from tidings.serve.errors import ERROR_RESPONSES
from tidings.serve.models import ArticleIn, ErrorBody, ItemError, ReadResult

BAD_BODY = {400: {"model": ErrorBody, "description": "A body that is not JSON"}}
router = APIRouter(prefix="/api", tags=["articles"], responses=ERROR_RESPONSES | BAD_BODY)

ARTICLES = Body(description="One article or a list of them.", examples=[{"text": "Ministers met in Oslo on Monday.", "published": "2024-03-06"}])


@router.get("/articles/{article_id}", response_model=Record, dependencies=[Depends(can_read)], summary="A stored article's record",
            responses={404: {"model": ErrorBody, "description": "No such article"}})
def article(article_id: str = Path(), store: Corpus = Depends(corpus)) -> Record:
    record = store.record(article_id)
    if record is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return record


@router.post("/read", response_model=ReadResult, dependencies=[Depends(can_read)], summary="Read articles without storing them")
async def read(articles: ArticleIn | list[ArticleIn] = ARTICLES, reader: Backend = Depends(backend)) -> ReadResult:
    result, _ = await run_in_threadpool(_read, reader, articles)
    return result


@router.post("/articles", response_model=ReadResult, dependencies=[Depends(can_write)], summary="Read articles and store them")
async def add(articles: ArticleIn | list[ArticleIn] = ARTICLES, reader: Backend = Depends(backend)) -> ReadResult:
    result, parsed = await run_in_threadpool(_read, reader, articles)
    if parsed:
        await run_in_threadpool(reader.write, parsed)
    return result


def _read(reader: Backend, articles: ArticleIn | list[ArticleIn]):
    """The records and per-article errors, and what was read (for storing)."""
    items = articles if isinstance(articles, list) else [articles]
    entries = [(index, found(f"article {index}", **item.model_dump())) for index, item in enumerate(items)]
    errors = [ItemError(index=index, error=entry.error or "unreadable") for index, entry in entries if not entry.ok]
    readable = [(index, entry) for index, entry in entries if entry.ok]
    parsed = reader.read([entry for _, entry in readable]) if readable else []
    records = []
    for (index, _), outcome in zip(readable, parsed):
        if outcome.record is None:
            errors.append(ItemError(index=index, error=outcome.error or "unreadable"))
        else:
            records.append(outcome.record)
    errors.sort(key=lambda error: error.index)
    return ReadResult(records=records, errors=errors), [p for p in parsed if p.record is not None]
