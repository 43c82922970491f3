"""The `tidings` command group and what its commands share.

Exit codes: 0 done; 2 the input cannot be read, or a usage error (one line naming the problem);
1 a component failed on an input it accepted (the traceback is logged; `--strict` raises it).
"""

from __future__ import annotations

import logging
import sys

import click

STRICT = click.option("--strict", is_flag=True, help="Let a component's exception propagate instead of reporting the article as failed.")


def fail(message: str, code: int = 2) -> None:
    click.echo(f"tidings: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tidings")
def main() -> None:
    """tidings reads news and writes verifiable event data."""
    logging.basicConfig(format="%(name)s: %(levelname)s: %(message)s")
    logging.getLogger("tidings").setLevel(logging.INFO)  # "compiling the gazetteer (once)" is worth a line
