"""`tidings eval`: the pipeline scored on gold data."""

from __future__ import annotations

import json

import click

from tidings.cli.app import STRICT, fail, main


@main.command(name="eval")
@click.argument("task", type=click.Choice(["events", "geo", "timex", "factuality", "quotes", "coref"]))
@click.option("--gold", "gold_files", multiple=True, required=True, type=click.Path(exists=True, dir_okay=False), help="Gold JSONL file (repeatable).")
@click.option("--limit", type=int, help="Score only the first N documents (for quick checks).")
@click.option("--cv", type=click.IntRange(min=2), help="factuality: K-fold cross-validation by document, a model retrained per fold.")
@STRICT
def evaluate(task: str, gold_files: tuple[str, ...], limit: int | None, cv: int | None, strict: bool) -> None:
    """Score the pipeline on gold data; the last line of output is a JSON object of metrics,
    `errors` (documents the pipeline could not read) among them."""
    from tidings.evaluate import gold, rounded, run
    from tidings.progress import track

    try:
        docs = gold.load(gold_files)
    except ValueError as error:
        fail(str(error))
    if limit is not None:
        docs = docs[:limit]
    click.echo(f"{task}: {len(docs)} documents from {', '.join(gold_files)}", err=True)
    if cv is not None and task != "factuality":
        fail("--cv applies to factuality only")
    options = {"cv": cv} if cv is not None else {}
    try:
        metrics = run(task, docs, strict=strict, progress=track, **options)
    except ValueError as error:  # too few documents for the folds
        fail(str(error))
    if metrics["errors"]:
        click.echo(f"{task}: {metrics['errors']} documents could not be read (see the log above)", err=True)
    click.echo(json.dumps(rounded(metrics)))
