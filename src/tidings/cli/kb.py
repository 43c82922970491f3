"""`tidings kb`: the knowledge base's compiled files."""

from __future__ import annotations

import click

from tidings.cli.app import main


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
