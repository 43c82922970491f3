"""The chosen events as a file: CSV (the event list's columns), Parquet (the same), or GDELT 2.0
Events (tab-separated, GDELT's columns). Streamed a batch at a time, so memory stays flat
however many events there are."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from tidings.corpus.export import gdelt_lines
from tidings.corpus.filters import EventFilter
from tidings.corpus.query import Corpus
from tidings.serve.auth import can_read
from tidings.serve.errors import ERROR_RESPONSES
from tidings.serve.params import as_arguments, event_filter

router = APIRouter(prefix="/api", tags=["export"], dependencies=[Depends(can_read)], responses=ERROR_RESPONSES)

MEDIA = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet", "gdelt": "text/tab-separated-values"}
ENDING = {"csv": "csv", "parquet": "parquet", "gdelt": "tsv"}
FILE = {"schema": {"type": "string", "format": "binary"}}


@router.get("/export", response_class=StreamingResponse, summary="The chosen events as a file to download",
            responses={200: {"content": {media: FILE for media in MEDIA.values()}, "description": "The file"}})
def export(
    request: Request,
    chosen: EventFilter = Depends(event_filter),
    format: Literal["csv", "parquet", "gdelt"] = Query("csv", description="csv and parquet: the event list's columns; gdelt: GDELT 2.0 Events."),  # noqa: A002
) -> StreamingResponse:
    corpus = request.app.state.backend.open_corpus()  # closed by the stream, which outlives the route
    chunks = {"csv": _csv, "parquet": _parquet, "gdelt": _gdelt}[format](corpus, chosen)
    headers = {"Content-Disposition": f'attachment; filename="events.{ENDING[format]}"'}
    return StreamingResponse(_closing(corpus, chunks), media_type=MEDIA[format], headers=headers)


def _closing(corpus: Corpus, chunks: Iterator[bytes]) -> Iterator[bytes]:
    try:
        yield from chunks
    finally:
        corpus.close()


def _csv(corpus: Corpus, chosen: EventFilter) -> Iterator[bytes]:
    import pyarrow.csv as csv

    reader = corpus.event_batches(**as_arguments(chosen))
    sink = _Sink()
    with csv.CSVWriter(sink, reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            yield sink.take()
    yield sink.take()


def _parquet(corpus: Corpus, chosen: EventFilter) -> Iterator[bytes]:
    import pyarrow.parquet as parquet

    reader = corpus.event_batches(**as_arguments(chosen))
    sink = _Sink()
    with parquet.ParquetWriter(sink, reader.schema, compression="zstd") as writer:
        for batch in reader:
            writer.write_batch(batch)
            yield sink.take()
    yield sink.take()


def _gdelt(corpus: Corpus, chosen: EventFilter) -> Iterator[bytes]:
    for lines in gdelt_lines(corpus, "events", chosen):
        yield "".join(lines).encode()


class _Sink(io.RawIOBase):
    """A write-only stream whose bytes are taken out as they come."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._position = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self._parts.append(bytes(data))
        self._position += len(data)
        return len(data)

    def tell(self) -> int:
        return self._position

    def take(self) -> bytes:
        taken, self._parts = b"".join(self._parts), []
        return taken

