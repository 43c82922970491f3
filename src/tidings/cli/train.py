"""`tidings train`: the small learned parts, fitted on gold data and written as plain JSON."""

from __future__ import annotations

import json
from pathlib import Path

import click

from tidings.cli.app import fail, main


@main.group()
def train() -> None:
    """Fit a learned part of tidings on gold data (scikit-learn is needed here only)."""


@train.command()
@click.option("--gold", "gold_files", multiple=True, required=True, type=click.Path(exists=True, dir_okay=False), help="Gold JSONL file with factuality annotations (repeatable).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Where to write the model (the shipped one: src/tidings/knowledge/data/factuality_model.json).")
@click.option("--cv", type=click.IntRange(min=2), default=5, show_default=True, help="Folds (by document) of the cross-validated figures printed.")
def factuality(gold_files: tuple[str, ...], out: Path, cv: int) -> None:
    """Train the factuality model on all the gold documents and write it to OUT; the last line
    is the cross-validated metrics of the same training (not fitted on what they score)."""
    from tidings.evaluate import factuality as scoring
    from tidings.evaluate import gold, rounded
    from tidings.pipeline import Pipeline
    from tidings.progress import track
    from tidings.training import factuality as training

    try:
        docs = gold.load(gold_files)
    except ValueError as error:
        fail(str(error))
    examples = training.examples(Pipeline(), docs, track)
    try:
        predicted = training.cross_validated(examples, cv)
    except ValueError as error:
        fail(str(error))
    trained_on = f"{', '.join(Path(f).name for f in gold_files)}: {len(docs)} documents, {len(examples)} events"
    model = training.train(examples, trained_on)
    out.write_text(model.model_dump_json(indent=None) + "\n", encoding="utf-8")
    click.echo(f"factuality model ({trained_on}) written to {out}", err=True)
    metrics = scoring.score(
        {a: [e.gold[a] for e in examples] for a in training.ATTRIBUTES},
        {a: [getattr(f, a).value if f else scoring.UNLABELLED for f in predicted] for a in training.ATTRIBUTES},
    )
    click.echo(json.dumps(rounded(metrics | {"cv_folds": cv})))
