"""`tidings ingest` and `tidings watch`: news sources into a store."""

from __future__ import annotations

import json
import re
import signal
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import click

from tidings.cli.app import STRICT, fail, main
from tidings.cli.options import FIELD_OPTIONS, HTTP_OPTIONS, SCALE_OPTIONS, options, read_options


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The store (a DuckDB file, made if missing).")
@options(FIELD_OPTIONS, HTTP_OPTIONS, SCALE_OPTIONS)
@STRICT
def ingest(sources: tuple[str, ...], db: str, workers: int, address: str | None, strict: bool, **settings) -> None:
    """Read SOURCES into the store at --db: text files, folders, JSONL (- for standard input),
    HTML, WARC / WARC.gz, RSS / Atom feeds and URLs. Each article that cannot be read is a row
    in the store's errors, with its source and reason. Articles already stored are skipped, so
    an interrupted ingest goes on where it stopped when run again. The last line of output is a
    JSON summary."""
    from tidings.corpus.ingest import Tally, ingest as run
    from tidings.corpus.readers import estimate
    from tidings.progress import track

    reading = read_options(settings)
    tally = Tally()
    with _opened(db, workers, address, strict) as (store, engine):
        run(sources, store, engine, reading, partial(track, unit="articles"), estimate(sources, reading), tally)
    click.echo(json.dumps(tally.summary()))


@main.command()
@click.argument("feeds", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The store (a DuckDB file, made if missing).")
@click.option("--every", default="15m", show_default=True, help="Time between polls: 30s, 15m, 1h.")
@click.option("--polls", type=click.IntRange(min=1), help="Stop after this many polls [default: never].")
@options(HTTP_OPTIONS, SCALE_OPTIONS)
@STRICT
def watch(feeds: tuple[str, ...], db: str, every: str, polls: int | None, workers: int, address: str | None, strict: bool, **settings) -> None:
    """Poll FEEDS (RSS / Atom URLs or files) into the store at --db, unattended: each poll asks
    with a conditional GET and fetches only items not seen before. A line per poll on standard
    error; Ctrl-C or SIGTERM stops it cleanly."""
    from tidings.corpus.watch import Watcher, state_path

    seconds = _duration(every)
    politeness = read_options(settings).politeness
    with _opened(db, workers, address, strict) as (store, engine):
        watcher = Watcher(feeds, store, engine, state_path(Path(db)), politeness)
        try:
            watcher.run(seconds, polls)
        finally:
            watcher.close()


@contextmanager
def _opened(db: str, workers: int, address: str | None, strict: bool):
    """The store and the engine, closed however the command ends; Ctrl-C and SIGTERM end it
    with exit code 130 after what was written is kept."""
    from tidings.corpus.ingest import open_store
    from tidings.corpus.store import StoreError

    try:
        store = open_store(Path(db))
    except StoreError as error:  # names the file and the problem in one line
        fail(str(error))
    try:
        engine = _engine(workers, address, strict)
    except BaseException:
        store.close()
        raise
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield store, engine
    except KeyboardInterrupt:
        click.echo("tidings: interrupted; what was read is stored: run the same command to go on", err=True)
        raise SystemExit(130) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
        store.close()
        _close(engine)


def _engine(workers: int, address: str | None, strict: bool):
    if workers == 1 and address is None:
        from tidings.corpus.ingest import LocalEngine
        from tidings.pipeline import Pipeline

        return LocalEngine(Pipeline(strict=strict))
    from tidings.corpus.scale import RayEngine, ScaleError

    try:
        return RayEngine(workers, address, strict=strict)
    except ScaleError as error:
        fail(str(error))


def _close(engine) -> None:
    if hasattr(engine, "close"):
        engine.close()


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _duration(text: str) -> float:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(s|m|h)?\s*", text)
    if not match:
        raise click.BadParameter(f"not a duration: {text!r} (say 30s, 15m or 1h)", param_hint="--every")
    return float(match[1]) * {"s": 1, "m": 60, "h": 3600}[match[2] or "s"]
