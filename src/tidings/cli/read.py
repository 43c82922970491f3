"""`tidings read`: one article to its record."""

from __future__ import annotations

import sys

import click

from tidings.checks import MAX_BYTES, article as checked_article, check_text, decode
from tidings.cli.app import STRICT, fail, main
from tidings.errors import InputError, ProcessingError


@main.command()
@click.argument("source", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]), help="Publication date (YYYY-MM-DD); relative dates are anchored on it.")
@click.option("--url", help="Where the article was published.")
@click.option("--title", help="The article's headline, if not part of the text.")
@click.option("--format", "output", type=click.Choice(["json", "table", "gdelt"]), default="json", show_default=True, help="gdelt: its events as GDELT 2.0 Events rows (tidings export).")
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
        fail(str(error))
    except ProcessingError as error:
        fail(f"{name}: {error} (a fault of tidings; the traceback is above)", code=1)
    if output == "json":
        click.echo(record.model_dump_json(indent=2))
    elif output == "gdelt":
        from tidings.corpus.export import export_record_gdelt

        export_record_gdelt(record, sys.stdout)
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
        fail(f"{name}: {error.strerror or error}")
    try:
        return decode(data, name)
    except InputError as error:
        fail(str(error))
