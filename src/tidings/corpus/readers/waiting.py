"""Sources that can keep a reader waiting: standard input and named pipes (FIFOs). Each is
opened without blocking; a wait longer than a moment is said on the log, once, and a timeout
ends it with an InputError, as does a standard input that is closed."""

from __future__ import annotations

import io
import logging
import os
import select
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from tidings.errors import InputError

log = logging.getLogger("tidings")

NOTICE_AFTER = 1.0  # seconds of silence before the wait is said


def is_named_pipe(path: Path) -> bool:
    try:
        return stat.S_ISFIFO(path.stat().st_mode)
    except OSError:
        return False


def standard_input(timeout: float | None) -> BinaryIO:
    """Standard input as bytes, once it has something to read (or has ended)."""
    if sys.stdin is None:
        raise InputError("standard input: closed, nothing to read (give a file, or pipe the text in)")
    try:
        descriptor = sys.stdin.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return sys.stdin.buffer  # not a file descriptor (a test's stand-in): nothing to wait on
    why = "type the text, then Ctrl-D" if os.isatty(descriptor) else "its writer has sent nothing yet"
    _wait(descriptor, "standard input", why, timeout)
    return sys.stdin.buffer


def named_pipe(path: Path, timeout: float | None) -> BinaryIO:
    """A named pipe opened for reading, once a writer has opened it (opening it plainly would
    block, silently, until one does)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise InputError(f"{path}: cannot read the named pipe ({error.strerror or error})") from None
    try:
        _wait(descriptor, str(path), "a named pipe with no writer yet", timeout)
    except BaseException:
        os.close(descriptor)
        raise
    os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


def _wait(descriptor: int, source: str, why: str, timeout: float | None) -> None:
    """Return once the descriptor can be read (data or its end); InputError after `timeout`
    seconds (None: wait for ever)."""
    first = NOTICE_AFTER if timeout is None else min(NOTICE_AFTER, timeout)
    if _readable(descriptor, first):
        return
    if timeout is None or timeout > first:
        limit = "" if timeout is None else f"; giving up after {timeout:g} s"
        log.info("waiting for %s (%s%s; Ctrl-C stops)", source, why, limit)
        if _readable(descriptor, None if timeout is None else timeout - first):
            return
    raise InputError(f"{source}: nothing to read after {timeout:g} s ({why})")


def _readable(descriptor: int, seconds: float | None) -> bool:
    poller = select.poll()
    poller.register(descriptor, select.POLLIN)
    return bool(poller.poll(None if seconds is None else seconds * 1000))
