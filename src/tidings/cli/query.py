"""`tidings query`: events, counts, dyads and clusters from a store, as a table, CSV, JSON lines
or Parquet."""

from __future__ import annotations

import functools
import json
import os
import sys
from datetime import date, datetime

import click

from tidings.cli.app import fail, main

FORMATS = ("table", "csv", "json", "parquet")
FILTERS = ("actor", "source", "target", "since", "until", "type", "cameo", "cameo_root", "quad_class", "country", "certainty", "polarity")
DB = click.option("--db", required=True, envvar="TIDINGS_DB", type=click.Path(dir_okay=False), help="The store (a DuckDB file); or set TIDINGS_DB.")


def event_filters(command):
    """The options every event query (and export) shares: which events."""
    options = [
        click.option("--actor", help="Either side: a CAMEO actor code or its start (RUS, RUSGOV), a canonical id (Q7747) or a name."),
        click.option("--source", help="The acting side only (same forms as --actor)."),
        click.option("--target", help="The side acted upon only."),
        click.option("--since", help="From this date of the event (YYYY-MM-DD)."),
        click.option("--until", help="To this date, inclusive."),
        click.option("--type", help="PLOVER type: CONSULT, ASSAULT, PROTEST..."),
        click.option("--cameo", help="A CAMEO event code and its subcodes (042, 19)."),
        click.option("--cameo-root", help="A CAMEO root, 01 to 20."),
        click.option("--quad-class", type=click.IntRange(1, 4), help="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."),
        click.option("--country", help="ISO 3166-1 alpha-3 code of the event's place (UKR)."),
        click.option("--certainty", type=click.Choice(["CERTAIN", "PROBABLE", "POSSIBLE", "UNDERSPECIFIED"], case_sensitive=False)),
        click.option("--polarity", type=click.Choice(["POS", "NEG", "UNDERSPECIFIED"], case_sensitive=False)),
    ]
    return functools.reduce(lambda wrapped, option: option(wrapped), reversed(options), command)


def output_options(command):
    command = click.option("--out", type=click.Path(dir_okay=False, allow_dash=True), default="-", show_default=True, help="Where to write (- for standard output).")(command)
    return click.option("--format", "output", type=click.Choice(FORMATS), default="table", show_default=True, help="json: one object a line.")(command)


def chosen(options: dict) -> dict:
    """The filter options given."""
    return {name: options[name] for name in FILTERS if options.get(name) is not None}


@main.group()
def query() -> None:
    """Read a store: the event list, counts over time, dyads and clusters."""


@query.command()
@DB
@event_filters
@click.option("--limit", type=click.IntRange(min=0), help="At most this many events.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first.")
@click.option("--oldest-first", is_flag=True, help="Sort by date ascending (default: newest first).")
@output_options
def events(db: str, limit: int | None, offset: int, oldest_first: bool, output: str, out: str, **options) -> None:
    """Events with their sentence, actors, place and article, sorted by date."""
    _run(db, "events", output, out, limit=limit, offset=offset, sort="date" if oldest_first else "-date", **chosen(options))


@query.command()
@DB
@event_filters
@click.option("--by", type=click.Choice(["day", "week", "month", "quarter", "year"]), default="month", show_default=True)
@click.option("--group", type=click.Choice(["type", "cameo_root", "quad_class", "actor"]), help="Also per PLOVER type, CAMEO root, QuadClass or actor.")
@output_options
def counts(db: str, by: str, group: str | None, output: str, out: str, **options) -> None:
    """Events per period (and group), with their mean Goldstein value."""
    _run(db, "counts", output, out, by=by, group=group, **chosen(options))


@query.command()
@DB
@event_filters
@click.option("--limit", type=click.IntRange(min=0), help="The most frequent pairs only.")
@output_options
def dyads(db: str, limit: int | None, output: str, out: str, **options) -> None:
    """Source x target pairs with their number of events and mean Goldstein value."""
    _run(db, "dyads", output, out, limit=limit, **chosen(options))


@query.command()
@DB
@event_filters
@click.option("--min-articles", type=click.IntRange(min=1), default=2, show_default=True, help="Reported by at least this many articles.")
@click.option("--limit", type=click.IntRange(min=0))
@output_options
def clusters(db: str, min_articles: int, limit: int | None, output: str, out: str, **options) -> None:
    """Real-world events (reports merged across articles): corroboration and disagreements."""
    _run(db, "clusters", output, out, min_articles=min_articles, limit=limit, **chosen(options))


def _run(db: str, method: str, output: str, out: str, **arguments) -> None:
    from tidings.corpus.query import Corpus
    from tidings.corpus.store import StoreError

    if output == "parquet" and out == "-":
        fail("--format parquet needs --out FILE")
    try:
        with Corpus(db) as corpus:
            table = getattr(corpus, method)(as_arrow=True, **arguments)
    except (StoreError, ValueError) as error:
        fail(str(error))
    try:
        write_table(table, output, out)
    except BrokenPipeError:
        stop_on_closed_pipe()


def stop_on_closed_pipe() -> None:
    """Exit quietly when the reader of standard output has gone (`| head`)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(1)


def write_table(table, output: str, out: str) -> None:
    """An Arrow table as a readable table, CSV, JSON lines or Parquet, to a file or stdout."""
    if output == "parquet":
        import pyarrow.parquet as parquet

        parquet.write_table(table, out)
        return
    if output == "table":
        text = table.to_pandas().to_string(index=False, max_colwidth=48) if table.num_rows else "(no rows)"
        _write_text(text + "\n", out)
    elif output == "json":
        _write_text("".join(json.dumps(row, default=_json_value, ensure_ascii=False) + "\n" for row in table.to_pylist()), out)
    else:
        import pyarrow.csv as csv

        stream = sys.stdout.buffer if out == "-" else out
        csv.write_csv(_flat(table), stream)


def _json_value(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def _flat(table):
    """Nested columns (lists, structs) as JSON text, which CSV can hold."""
    import pyarrow as pa

    for index, field in enumerate(table.schema):
        if pa.types.is_nested(field.type):
            texts = [None if v is None else json.dumps(v, default=_json_value) for v in table.column(index).to_pylist()]
            table = table.set_column(index, field.name, pa.array(texts, pa.string()))
    return table


def _write_text(text: str, out: str) -> None:
    if out == "-":
        click.echo(text, nl=False)
    else:
        with open(out, "w", encoding="utf-8") as handle:
            handle.write(text)
