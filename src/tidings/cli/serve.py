"""`tidings serve`: the REST API and the web page over a store, or over the ready demo."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from tidings.cli.app import fail, main
from tidings.cli.options import FIELD_OPTIONS, options, read_options


@main.command()
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="The store (a DuckDB file, made if missing).")
@click.option("--demo", is_flag=True, help="Serve a new temporary store holding the seed article (and --corpus).")
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="--demo: also ingest this JSONL corpus.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token", envvar="TIDINGS_TOKEN", help="The bearer token writes need [or set TIDINGS_TOKEN; without one, no writes].")
@click.option("--public-reads/--private-reads", default=True, show_default=True, help="Whether reads need the token too.")
@click.option("--max-body-mb", type=click.FloatRange(min=0.001), default=10.0, show_default=True, help="Request bodies over this many MB get 413.")
@options(FIELD_OPTIONS)
def serve(db: Path | None, demo: bool, corpus: Path | None, host: str, port: int, token: str | None, public_reads: bool, max_body_mb: float, **fields) -> None:
    """Serve the REST API (/api/..., documented at /docs and /openapi.json) and the web page
    (/) over the store --db, or over the ready demo (--demo). Writes (POST /api/articles) need
    the bearer token; reads need it with --private-reads."""
    if demo == (db is not None):
        fail("give --db PATH or --demo (not both)")
    if corpus is not None and not demo:
        fail("--corpus goes with --demo (ingest a corpus into a store with tidings ingest)")
    if not public_reads and not token:
        fail("--private-reads needs a token (--token or TIDINGS_TOKEN)")
    with tempfile.TemporaryDirectory(prefix="tidings-demo-") as folder:
        if demo:
            db = Path(folder) / "demo.duckdb"
            _build_demo(db, corpus, fields)
        _run(db, host, port, token, public_reads, int(max_body_mb * 2**20))


def _build_demo(db: Path, corpus: Path | None, fields: dict) -> None:
    from tidings.serve import demo

    try:
        summary = demo.build(db, corpus, read_options(fields))
    except FileNotFoundError as error:
        fail(str(error))
    click.echo(f"demo: {json.dumps(summary)}", err=True)


def _run(db: Path, host: str, port: int, token: str | None, public_reads: bool, max_body: int) -> None:
    import uvicorn

    from tidings.corpus.store import StoreError
    from tidings.serve import Settings, create_app

    try:
        app = create_app(Settings(db=db, token=token, public_reads=public_reads, max_body_bytes=max_body))
    except StoreError as error:
        fail(str(error))
    if token is None:
        click.echo("serve: no token (--token or TIDINGS_TOKEN): writes are off", err=True)
    click.echo(f"serve: http://{host}:{port}/ (the API at /api, its documentation at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
