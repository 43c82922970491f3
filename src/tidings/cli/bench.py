"""`tidings bench`: speed and memory against bare spaCy."""

from __future__ import annotations

import json
from pathlib import Path

import click

from tidings.cli.app import main


@main.group(invoke_without_command=True)
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False), help="JSONL with a 'text' (and optional 'dct') per line.")
@click.option("--limit", type=int, help="Use only the first N documents.")
@click.option("--rounds", type=click.IntRange(min=1), default=1, show_default=True, help="Passes over the corpus (backbone and pipeline interleaved chunk by chunk; with --per-component, each part's least time counts).")
@click.option("--per-component", is_flag=True, help="Instead: the CPU time of the tokenizer, each component and the records, and tidings' share.")
@click.pass_context
def bench(context: click.Context, corpus: str | None, limit: int | None, rounds: int, per_component: bool) -> None:
    """Speed and memory: bare spaCy vs the full pipeline over a corpus, interleaved in one
    process (and the pipeline's memory alone, in another), or with --per-component where the
    pipeline's CPU time goes; `startup`, `lengths`, `hostile`, `cluster`,
    `ingest`, `store` and `serve` below."""
    if context.invoked_subcommand is not None:
        return
    if corpus is None:
        raise click.UsageError("give --corpus FILE, or a benchmark: startup, lengths, hostile, cluster, ingest, store, serve")
    if per_component:
        from tidings.bench import components

        click.echo(json.dumps(components.run(Path(corpus), limit=limit, rounds=rounds)))
        return
    from tidings.bench.corpus import run

    click.echo(json.dumps(run(Path(corpus), limit=limit, rounds=rounds)))


@bench.command()
@click.option("--text", "text_path", type=click.Path(exists=True, dir_okay=False), default="examples/seed.txt", show_default=True, help="The article both read.")
@click.option("--runs", type=int, default=5, show_default=True, help="Fresh processes of each kind, taken in turn.")
def startup(text_path: str, runs: int) -> None:
    """A fresh process that loads bare spaCy and parses a text, against a fresh `tidings read`
    of it: medians and their ratio."""
    from tidings.bench.startup import run

    click.echo(json.dumps(run(Path(text_path), runs=runs)))


@bench.command()
@click.option("--words", default="10000,20000,50000", show_default=True, help="Lengths of the generated articles, comma-separated.")
@click.option("--shapes/--no-shapes", default=True, show_default=True, help="Also the hostile shapes (a name repeated, a long paragraph...).")
@click.option("--memory", is_flag=True, help="Also the peak memory of a fresh process reading each text, bare and with the pipeline (two more reads of each).")
def lengths(words: str, shapes: bool, memory: bool) -> None:
    """Generated articles of growing length through bare spaCy and the pipeline: seconds per
    component, and the ratio to bare spaCy (and with --memory, of their peak memory)."""
    from tidings.bench.lengths import run

    try:
        sizes = [int(n) for n in words.split(",")]
    except ValueError:
        raise click.BadParameter(f"not a list of numbers: {words!r}", param_hint="--words") from None
    click.echo(json.dumps(run(sizes, shapes=shapes, memory=memory)))


@bench.command()
@click.option("--heavy/--no-heavy", default=True, show_default=True, help="Also the heavy cases (thousands of repeats, a million characters: minutes).")
def hostile(heavy: bool) -> None:
    """The hostile corpus through bare spaCy and the pipeline: the ratio of their times on each
    case, the worst of which sets the hostile tests' timeout guard."""
    from tidings.bench.guard import run

    click.echo(json.dumps(run(heavy=heavy)))


@bench.command(name="ingest")
@click.option("--corpus", required=True, type=click.Path(exists=True, dir_okay=False), help="JSONL with a 'text', an 'id' and an optional 'dct' per line.")
@click.option("--workers", default="1,2", show_default=True, help="Worker counts to compare, comma-separated (1: one process, no Ray).")
@click.option("--limit", type=int, help="Use only the first N documents.")
@click.option("--store/--no-store", default=True, show_default=True, help="Write to a store, or only read and parse (the writer's share, by difference).")
@click.option("--rounds", type=click.IntRange(min=1), default=1, show_default=True, help="Runs of each configuration, taken in turn; the median counts.")
def ingest_throughput(corpus: str, workers: str, limit: int | None, store: bool, rounds: int) -> None:
    """Ingest throughput with each worker count, each in a fresh process into a fresh store:
    articles/s, the scaling factor, peak memory per worker, and where the time goes."""
    from tidings.bench.ingest import run

    try:
        counts = [int(n) for n in workers.split(",")]
    except ValueError:
        raise click.BadParameter(f"not a list of numbers: {workers!r}", param_hint="--workers") from None
    click.echo(json.dumps(run(Path(corpus), counts, limit=limit, keep=store, rounds=rounds)))


@bench.command()
@click.option("--events", type=click.IntRange(min=1), default=1_000_000, show_default=True, help="Synthetic events to load.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="Keep the store at this new path (default: a temporary file, removed).")
@click.option("--repeats", type=click.IntRange(min=1), default=20, show_default=True, help="Runs of each query (after one not counted).")
def store(events: int, db: Path | None, repeats: int) -> None:
    """N synthetic events in a new store, then actor x month counts, dyads, one actor's timeline
    and one actor's event list timed: p50 and p95 of each."""
    from tidings.bench.store import run

    try:
        result = run(events, db=db, repeats=repeats)
    except FileExistsError as error:
        raise click.BadParameter(str(error), param_hint="--db") from None
    click.echo(json.dumps(result))


@bench.command(name="serve")
@click.option("--events", type=click.IntRange(min=1), default=1_000_000, show_default=True, help="Synthetic events to load.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="Keep the store at this path, and reuse it when it exists (default: a temporary file, removed).")
@click.option("--repeats", type=click.IntRange(min=1), default=50, show_default=True, help="Requests of each kind (after one not counted).")
def serve_(events: int, db: Path | None, repeats: int) -> None:
    """N synthetic events in a store, the API served over it on localhost, and its requests
    timed over HTTP (the event list's first page, filtered pages, monthly counts): p50 and p95."""
    from tidings.bench.serve import run

    click.echo(json.dumps(run(events, db=db, repeats=repeats)))


@bench.command(name="cluster")
@click.option("--mentions", default="10000,100000,1000000", show_default=True, help="Numbers of generated mentions, comma-separated.")
def cluster_(mentions: str) -> None:
    """Generated event mentions (stories of articles, each with its event and asides) clustered
    across articles: seconds for each number."""
    from tidings.bench.clusters import run

    try:
        sizes = [int(n) for n in mentions.split(",")]
    except ValueError:
        raise click.BadParameter(f"not a list of numbers: {mentions!r}", param_hint="--mentions") from None
    click.echo(json.dumps(run(sizes)))
