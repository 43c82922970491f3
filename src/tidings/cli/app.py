"""The `tidings` command group and what its commands share.

Exit codes, for every command:
  0    done (also when the reader of the output closed it early: `tidings read ... | head`)
  2    the input cannot be read, the output cannot be written (a full disk), or a usage error;
       one line names the problem
  130  interrupted (Ctrl-C, SIGINT; `ingest` and `watch` also stop so on SIGTERM)
  1    a fault of tidings: a component failed on an input it accepted, or an internal error;
       one line names it, and `tidings --debug ...` shows its traceback (`--strict` stops at
       the first component failure instead of going on)
"""

from __future__ import annotations

import errno
import logging
import os
import sys

import click

STRICT = click.option("--strict", is_flag=True, help="Stop at the first component failure (an internal error) instead of reporting the article as failed and going on.")
DEBUG_HINT = "a fault of tidings; `tidings --debug ...` shows its traceback"
# What the system says when the output cannot be written: the user's to fix, not a fault of tidings.
UNWRITABLE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO}


def fail(message: str, code: int = 2) -> None:
    _say(f"tidings: {message}")
    sys.exit(code)


class _Contract(click.Group):
    """The group that keeps the exit-code contract above whatever a command raises: one line on
    standard error and a code, never a traceback (unless --debug)."""

    def invoke(self, ctx: click.Context):
        if sys.stdout is None:
            fail("standard output is closed: redirect it to a file (or /dev/null)")
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # click's own: usage errors (2), --help and --version (0)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            _silence_stdout()
            sys.exit(0)
        except OSError as error:
            if error.errno not in UNWRITABLE or ctx.params.get("debug"):
                raise
            _silence_stdout()
            fail(f"cannot write the output: {error.strerror}")
        except Exception as error:
            if ctx.params.get("debug"):
                raise
            fail(f"internal error: {type(error).__name__}: {_first_line(error)} ({DEBUG_HINT})", 1)


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines() or [""]
    return lines[0] + (" ..." if len(lines) > 1 else "")


def _say(line: str) -> None:
    """One line on standard error, if standard error can still be written to."""
    try:
        click.echo(line, err=True)
    except (OSError, ValueError):
        pass


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that Python's own flush at exit finds nothing to
    complain of."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


class _Lines(logging.Filter):
    """Log records that carry a traceback are shown only with --debug: the command reports
    each such failure itself, in one line (`read`) or as an error row (`ingest`)."""

    def __init__(self, debug: bool) -> None:
        super().__init__()
        self.debug = debug

    def filter(self, record: logging.LogRecord) -> bool:
        return self.debug or record.exc_info is None


@click.group(cls=_Contract, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error or a failed component.")
@click.version_option(package_name="tidings")
def main(debug: bool) -> None:
    """tidings reads news and writes verifiable event data."""
    handler = logging.StreamHandler()
    handler.addFilter(_Lines(debug))
    logging.basicConfig(format="%(name)s: %(levelname)s: %(message)s", handlers=[handler])
    logging.getLogger("tidings").setLevel(logging.INFO)  # "compiling the gazetteer (once)" is worth a line
