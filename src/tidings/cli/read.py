"""`tidings read`: articles to their records, the pipeline loaded once."""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

import click

from tidings.cli.app import DEBUG_HINT, STRICT, fail, main
from tidings.cli.options import FIELD_OPTIONS, options, read_options
from tidings.errors import ReadError

BATCH = 32
_FILE_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")  # an article id given in the input names no other folder


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]), help="Publication date (YYYY-MM-DD) of text sources, and of any article whose source gives none (a JSONL line without its date field, a page or feed item); relative dates are anchored on it.")
@click.option("--url", help="Where a text source was published.")
@click.option("--title", help="A text source's headline, if not part of the text.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds to wait for standard input or a named pipe to begin before giving up (exit 2) [default: wait, saying so after a second].")
@click.option("--jsonl", is_flag=True, help="Standard input (-) is JSON Lines, one article a line, not one article.")
@click.option("--format", "output", type=click.Choice(["json", "table", "gdelt", "html"]), default="json", show_default=True, help="gdelt: its events as GDELT 2.0 Events rows (tidings export); html: the article view as one self-contained page.")
@click.option("--output-dir", type=click.Path(file_okay=False, path_type=Path), help="With --format html: write each article's page there as ARTICLE_ID.html and print its path; needed when the sources hold more than one article.")
@options(FIELD_OPTIONS)
@STRICT
def read(sources: tuple[str, ...], published, url: str | None, title: str | None, timeout: float | None, jsonl: bool, output: str, output_dir: Path | None, strict: bool, **fields) -> None:
    """Read articles and print their records: SOURCES are text files (- for standard input),
    JSONL files or streams (--jsonl), HTML, WARC, feeds or folders of them. One text article
    prints one record; anything more prints one JSON record a line (--format html: one page per
    article, written into --output-dir). An article that cannot be read is named with its reason
    on standard error and the others go on; the exit code is 2 if an input was refused, 1 if
    tidings failed on one (`tidings --debug` shows its traceback)."""
    from tidings.corpus.readers import kind, read_sources

    settings = read_options(fields)
    settings.stdin = "jsonl" if jsonl else "text"
    settings.wait = timeout
    settings.text_metadata = {"published": published.date() if published else None, "url": url, "title": title}
    single = len(sources) == 1 and kind(sources[0]) in ("text", "html") or sources == ("-",) and not jsonl
    if output_dir is not None and output != "html":
        fail("--output-dir goes with --format html")
    if output == "html" and output_dir is None and not single:
        fail("--format html writes one page per article: name a folder for them with --output-dir")
    if output_dir is not None:
        output_dir.mkdir(parents=True, exist_ok=True)
    printer = _Printer(output, single, strict, output_dir)
    entries = read_sources(sources, settings)
    while chunk := list(itertools.islice(entries, BATCH)):
        printer.chunk(chunk)
    if printer.exit_code:
        raise SystemExit(printer.exit_code)


class _Printer:
    """Records to standard output, in input order; problems to standard error, one line each."""

    def __init__(self, output: str, single: bool, strict: bool, output_dir: Path | None = None) -> None:
        self.output = output
        self.output_dir = output_dir
        self.single = single
        self.strict = strict
        self.pipeline = None  # loaded at the first readable article
        self.exit_code = 0

    def chunk(self, entries) -> None:
        articles = [entry.article for entry in entries if entry.ok]
        if articles and self.pipeline is None:
            from tidings.pipeline import Pipeline

            self.pipeline = Pipeline(strict=self.strict)
        outcomes = iter(self.pipeline.pipe(articles, batch_size=BATCH) if articles else ())
        for entry in entries:
            if not entry.ok:
                self._problem(f"{entry.source}: {entry.error}", 2)
                continue
            outcome = next(outcomes)
            if isinstance(outcome, ReadError):  # the article passed the checks, so a component failed
                self._problem(f"{entry.source}: {outcome.message} ({DEBUG_HINT})", 1)
            else:
                self._emit(outcome)

    def _problem(self, message: str, code: int) -> None:
        if self.single:
            fail(message, code)
        click.echo(f"tidings: {message}", err=True)
        self.exit_code = 1 if 1 in (code, self.exit_code) else code

    def _emit(self, record) -> None:
        if self.output == "json":
            click.echo(record.model_dump_json(indent=2 if self.single else None))
        elif self.output == "gdelt":
            from tidings.corpus.export import export_record_gdelt

            export_record_gdelt(record, sys.stdout)
        elif self.output == "html":
            self._page(record)
        else:
            from tidings.render import print_table

            print_table(record)

    def _page(self, record) -> None:
        from tidings.web.article_html import article_html

        page = article_html(record)
        if self.output_dir is None:
            click.echo(page, nl=False)
            return
        path = self.output_dir / f"{_FILE_UNSAFE.sub('_', record.article.id).lstrip('.') or 'article'}.html"
        path.write_text(page, encoding="utf-8")
        click.echo(path)
