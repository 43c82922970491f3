"""`tidings kb`: the knowledge base: its compiled files, and importers of the field's dictionaries."""

from __future__ import annotations

from pathlib import Path

import click

from tidings.cli.app import fail, main

DATA_DIR = click.option(
    "--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Where to write the knowledge files (default: the package's knowledge/data, which a checkout commits).",
)


@main.group()
def kb() -> None:
    """The knowledge base: compiled files kept in the knowledge cache, and its importers."""


@kb.command()
def build() -> None:
    """Compile the knowledge that loads from a compiled file (the gazetteer, the event
    patterns, the actors and their names) unless builds from the same sources exist; `make`
    runs this at install."""
    from tidings.backbone import load
    from tidings.geo.gazetteer import build as build_gazetteer
    from tidings.knowledge.names import names
    from tidings.knowledge.patterns import pattern_book

    click.echo(f"gazetteer: {build_gazetteer()}")
    click.echo(f"event patterns: {len(pattern_book().index)} trigger words")
    click.echo(f"actors: {len(names().patterns())} names tagged in full")
    load()  # compiles the names tagger's patterns for the model's tokenizer


@kb.command("import-phoenix")
@click.argument("source", type=click.Path(path_type=Path))
@DATA_DIR
def import_phoenix(source: Path, data_dir: Path | None) -> None:
    """Import the Phoenix CAMEO dictionaries in SOURCE (a folder with Phoenix.Countries.actors.txt,
    Phoenix.agents.txt...) as tidings' knowledge files, one line per file written."""
    from tidings.knowledge import data_path
    from tidings.knowledge.phoenix import import_all

    if not source.is_dir():
        fail(f"{source}: not a folder of Phoenix dictionaries")
    try:
        written = import_all(source, data_dir or data_path("."))
    except FileNotFoundError as error:
        fail(f"{error.filename}: missing from the Phoenix dictionaries")
    except UnicodeDecodeError as error:
        fail(f"{source}: a dictionary is not UTF-8 text ({error.reason})")
    for path in written:
        click.echo(path)


@kb.command("import-wikidata")
@click.argument("dump", type=click.Path(path_type=Path))
@DATA_DIR
def import_wikidata(dump: Path, data_dir: Path | None) -> None:
    """Import people (with the positions they held, dated) and organisations from a Wikidata JSON
    dump (DUMP.json or DUMP.json.gz, one entity a line), streaming; one line per file written."""
    from tidings.knowledge import data_path
    from tidings.knowledge.wikidata import DumpError
    from tidings.knowledge.wikidata import import_wikidata as run
    from tidings.progress import track

    try:
        written = run(dump, data_dir or data_path("."), progress=track)
    except DumpError as error:
        fail(str(error))
    except (OSError, EOFError, UnicodeDecodeError) as error:
        fail(f"{dump}: cannot be read as a Wikidata dump ({error.__class__.__name__}: {error})")
    for path in written:
        click.echo(path)
