"""`tidings export`: a store as GDELT 2.0 tables, Parquet or JSON lines."""

from __future__ import annotations

from pathlib import Path

import click

from tidings.cli.app import fail, main
from tidings.cli.query import DB, chosen, event_filters, stop_on_closed_pipe


@main.command()
@click.argument("kind", type=click.Choice(["gdelt-events", "gdelt-mentions", "parquet", "jsonl"]))
@DB
@click.option("--out", default="-", show_default=True, type=click.Path(allow_dash=True), help="File (- for standard output); a folder for parquet.")
@click.option("--header", is_flag=True, help="GDELT tables: a first line of column names (GDELT's own files have none).")
@event_filters
def export(kind: str, db: str, out: str, header: bool, **options) -> None:
    """Write a store as GDELT 2.0 Events or Mentions (tab-separated, GDELT's columns in GDELT's
    order; one row per real-world event, or per mention of it), as Parquet (one file per table, in
    the folder --out) or as JSON lines (one record per article). The filters choose events (by
    their first report) or the articles reporting them."""
    from tidings.corpus.export import export_gdelt, export_jsonl, export_parquet, open_out
    from tidings.corpus.filters import EventFilter
    from tidings.corpus.query import Corpus
    from tidings.corpus.store import StoreError

    filters = chosen(options)
    if kind == "parquet" and (out == "-" or filters):
        fail("parquet writes every table whole into a folder: give --out DIR and no filters (tidings query events --format parquet writes a filtered list)")
    try:
        events = EventFilter(**filters)
        with Corpus(db) as corpus:
            if kind == "parquet":
                written = export_parquet(corpus, Path(out))
                click.echo(f"parquet: {len(written)} tables in {out}", err=True)
                return
            with open_out(out) as stream:
                if kind == "jsonl":
                    count = export_jsonl(corpus, stream, events)
                else:
                    count = export_gdelt(corpus, kind.removeprefix("gdelt-"), stream, events, header=header)
    except (StoreError, ValueError) as error:
        fail(str(error))
    except BrokenPipeError:
        stop_on_closed_pipe()
    except OSError as error:
        fail(f"{out}: {error.strerror or error}")
    click.echo(f"{kind}: {count:,} {'records' if kind == 'jsonl' else 'rows'}{'' if out == '-' else f' in {out}'}", err=True)
