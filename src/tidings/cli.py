"""The `tidings` command: read, eval, bench, kb.

Exit codes: 0 done; 2 the input cannot be read (one line naming the problem); 1 a component
failed on an input it accepted (the traceback is logged; `--strict` raises it instead).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from tidings.checks import MAX_BYTES, article as checked_article, check_text, decode
from tidings.errors import InputError, ProcessingError

STRICT = click.option("--strict", is_flag=True, help="Let a component's exception propagate instead of reporting the article as failed.")


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"tidings: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tidings")
def main() -> None:
    """tidings reads news and writes verifiable event data."""
    logging.basicConfig(format="%(name)s: %(levelname)s: %(message)s")
    logging.getLogger("tidings").setLevel(logging.INFO)  # "compiling the gazetteer (once)" is worth a line


@main.command()
@click.argument("source", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]), help="Publication date (YYYY-MM-DD); relative dates are anchored on it.")
@click.option("--url", help="Where the article was published.")
@click.option("--title", help="The article's headline, if not part of the text.")
@click.option("--format", "output", type=click.Choice(["json", "table"]), default="json", show_default=True)
@STRICT
def read(source: str, published, url: str | None, title: str | None, output: str, strict: bool) -> None:
    """Read one article (a text file, or - for standard input) and print its record."""
    text = _read_source(source)
    name = _display_name(source)
    try:
        article = checked_article(name, text=text, url=url, title=title, published=published.date() if published else None)
        check_text(article.text, name)
        from tidings.pipeline import Pipeline

        record = Pipeline(strict=strict).read(article)
    except InputError as error:
        _fail(str(error))
    except ProcessingError as error:
        _fail(f"{name}: {error} (a fault of tidings; the traceback is above)", code=1)
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
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with open(source, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        _fail(f"{name}: {error.strerror or error}")
    try:
        return decode(data, name)
    except InputError as error:
        _fail(str(error))


@main.command(name="eval")
@click.argument("task", type=click.Choice(["events", "geo", "timex", "factuality", "quotes", "coref"]))
@click.option("--gold", "gold_files", multiple=True, required=True, type=click.Path(exists=True, dir_okay=False), help="Gold JSONL file (repeatable).")
@click.option("--limit", type=int, help="Score only the first N documents (for quick checks).")
@STRICT
def evaluate(task: str, gold_files: tuple[str, ...], limit: int | None, strict: bool) -> None:
    """Score the pipeline on gold data; the last line of output is a JSON object of metrics,
    `errors` (documents the pipeline could not read) among them."""
    from tidings.evaluate import gold, rounded, run
    from tidings.progress import track

    try:
        docs = gold.load(gold_files)
    except ValueError as error:
        _fail(str(error))
    if limit is not None:
        docs = docs[:limit]
    click.echo(f"{task}: {len(docs)} documents from {', '.join(gold_files)}", err=True)
    metrics = run(task, docs, strict=strict, progress=track)
    if metrics["errors"]:
        click.echo(f"{task}: {metrics['errors']} documents could not be read (see the log above)", err=True)
    click.echo(json.dumps(rounded(metrics)))


@main.group()
def kb() -> None:
    """The knowledge base: compiled files kept in the knowledge cache."""


@kb.command()
def build() -> None:
    """Compile the knowledge that loads from a compiled file (the gazetteer, the event
    patterns) unless builds from the same sources exist; `make` runs this at install."""
    from tidings.geo.gazetteer import build as build_gazetteer
    from tidings.knowledge.patterns import pattern_book

    click.echo(f"gazetteer: {build_gazetteer()}")
    click.echo(f"event patterns: {len(pattern_book().index)} trigger words")


@main.group(invoke_without_command=True)
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False), help="JSONL with a 'text' (and optional 'dct') per line.")
@click.option("--limit", type=int, help="Use only the first N documents.")
@click.option("--rounds", type=int, default=1, show_default=True, help="Passes over the corpus (backbone and pipeline interleaved chunk by chunk).")
@click.pass_context
def bench(context: click.Context, corpus: str | None, limit: int | None, rounds: int) -> None:
    """Speed and memory: bare spaCy vs the full pipeline over a corpus, interleaved in one
    process (and the pipeline's memory alone, in another); `startup` and `lengths` below."""
    if context.invoked_subcommand is not None:
        return
    if corpus is None:
        raise click.UsageError("give --corpus FILE, or a benchmark: startup, lengths")
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
def lengths(words: str, shapes: bool) -> None:
    """Generated articles of growing length through bare spaCy and the pipeline: seconds per
    component, and the ratio to bare spaCy."""
    from tidings.bench.lengths import run

    try:
        sizes = [int(n) for n in words.split(",")]
    except ValueError:
        raise click.BadParameter(f"not a list of numbers: {words!r}", param_hint="--words") from None
    click.echo(json.dumps(run(sizes, shapes=shapes)))


if __name__ == "__main__":
    main()
