"""The `tidings` command: read, eval, bench."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from tidings.checks import check_text, decode
from tidings.errors import InputError

MAX_INPUT_BYTES = 4 * 1024 * 1024  # refuse before decoding: no article is this long


def _fail(message: str) -> None:
    click.echo(f"tidings: {message}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tidings")
def main() -> None:
    """tidings reads news and writes verifiable event data."""


@main.command()
@click.argument("source", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]), help="Publication date (YYYY-MM-DD); relative dates are anchored on it.")
@click.option("--url", help="Where the article was published.")
@click.option("--title", help="The article's headline, if not part of the text.")
@click.option("--format", "output", type=click.Choice(["json", "table"]), default="json", show_default=True)
def read(source: str, published, url: str | None, title: str | None, output: str) -> None:
    """Read one article (a text file, or - for standard input) and print its record."""
    text = _read_source(source)
    from tidings.model import Article

    article = Article(
        text=text, url=url, title=title, published=published.date() if published else None
    )
    try:
        check_text(article.text, _display_name(source))
        from tidings.pipeline import Pipeline

        record = Pipeline().read(article)
    except InputError as error:
        _fail(str(error))
    if output == "json":
        click.echo(record.model_dump_json(indent=2))
    else:
        from tidings.render import print_table

        print_table(record)


def _display_name(source: str) -> str:
    return "standard input" if source == "-" else source


def _read_source(source: str) -> str:
    name = _display_name(source)
    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with open(source, "rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        _fail(f"{name}: {error.strerror or error}")
    if len(data) > MAX_INPUT_BYTES:
        _fail(f"{name}: too large (over {MAX_INPUT_BYTES // (1024 * 1024)} MB); split it into articles")
    try:
        return decode(data, name)
    except InputError as error:
        _fail(str(error))


@main.command(name="eval")
@click.argument("task", type=click.Choice(["events", "geo", "timex", "factuality", "quotes", "coref"]))
@click.option("--gold", "gold_files", multiple=True, required=True, type=click.Path(exists=True, dir_okay=False), help="Gold JSONL file (repeatable).")
@click.option("--limit", type=int, help="Score only the first N documents (for quick checks).")
def evaluate(task: str, gold_files: tuple[str, ...], limit: int | None) -> None:
    """Score the pipeline on gold data; the last line of output is a JSON object of metrics."""
    from tidings.evaluate import evaluator, gold, rounded
    from tidings.pipeline import Pipeline
    from tidings.progress import track

    try:
        docs = gold.load(gold_files)
    except ValueError as error:
        _fail(str(error))
    if limit is not None:
        docs = docs[:limit]
    click.echo(f"{task}: {len(docs)} documents from {', '.join(gold_files)}", err=True)
    metrics = evaluator(task)(Pipeline(), docs, progress=track)
    click.echo(json.dumps(rounded(metrics)))


@main.command()
@click.option("--corpus", required=True, type=click.Path(exists=True, dir_okay=False), help="JSONL with a 'text' (and optional 'dct') per line.")
@click.option("--limit", type=int, help="Use only the first N documents.")
@click.option("--rounds", type=int, default=1, show_default=True, help="Passes over the corpus (backbone and pipeline interleaved chunk by chunk).")
def bench(corpus: str, limit: int | None, rounds: int) -> None:
    """Speed and memory: bare spaCy vs the full pipeline, interleaved in one process."""
    from tidings.bench import run

    result = run(Path(corpus), limit=limit, rounds=rounds)
    click.echo(json.dumps(result))


if __name__ == "__main__":
    main()
