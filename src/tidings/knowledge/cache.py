"""Compiled knowledge: built once from the data files, kept on disk, loaded fast.

A compiled file is named by what it was built from (a hash of its sources and of tidings'
version), so a change to any source makes a new one at next use; older builds of the same
name are removed. The folder is `$TIDINGS_CACHE`, else `$XDG_CACHE_HOME/tidings`, else
`~/.cache/tidings`. Writes are atomic, so processes starting together never read half a file.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from tidings.version import __version__

log = logging.getLogger("tidings")
T = TypeVar("T")


def cache_dir() -> Path:
    if os.environ.get("TIDINGS_CACHE"):
        return Path(os.environ["TIDINGS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tidings"


def fingerprint(sources: Iterable[Path | str]) -> str:
    """A hash of tidings' version and each source: a file's bytes, or a string as it is
    (a package version, a setting)."""
    digest = hashlib.sha256(__version__.encode())
    for source in sources:
        digest.update(_file_digest(source, *_stamp(source)) if isinstance(source, Path) else source.encode())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_mtime_ns, status.st_size


@lru_cache(maxsize=256)
def _file_digest(path: Path, mtime_ns: int, size: int) -> bytes:
    """A file's hash, once per process while the file is unchanged (several builds share sources)."""
    return hashlib.sha256(path.read_bytes()).digest()


def compiled_path(name: str, sources: Iterable[Path | str], suffix: str = ".pickle") -> Path:
    """Where the build of `name` from these sources lives (it may not exist yet)."""
    return cache_dir() / f"{name}-{fingerprint(sources)}{suffix}"


def built(path: Path) -> Path | None:
    """Where the build `path` names already is: there, or in the fallback folder."""
    return next((found for found in (path, _fallback(path)) if found.exists()), None)


def build_file(path: Path, build: Callable[[Path], None]) -> Path:
    """Make `path` with `build(temporary_path)` unless it exists; remove older builds of the name.
    Where the cache folder cannot be written, the build goes to a temporary folder instead, with
    a warning; the path returned is where it is."""
    if (found := built(path)) is not None:
        return found
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        probe = path.with_name(f".{path.name}.{os.getpid()}.probe")
        probe.touch()
        probe.unlink()
    except OSError as error:
        log.warning("cannot write the knowledge cache in %s (%s); using %s", path.parent, error, _fallback(path).parent)
        path = _fallback(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    name = path.name.rsplit("-", 1)[0]
    log.info("compiling %s (once; kept in %s)", name, path.parent)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        build(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    for old in path.parent.glob(f"{name}-*{path.suffix}"):
        if old != path:
            old.unlink(missing_ok=True)
    return path


def load_or_build(name: str, sources: Iterable[Path | str], build: Callable[[], T]) -> T:
    """The pickled build of `name`: loaded when the sources are unchanged, else built and kept."""
    path = compiled_path(name, sources)
    found = built(path)
    if found is None:
        value = build()

        def write(temporary: Path) -> None:
            with temporary.open("wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)

        build_file(path, write)
        return value
    with found.open("rb") as handle:
        return pickle.load(handle)


def _fallback(path: Path) -> Path:
    return Path(tempfile.gettempdir()) / "tidings-cache" / path.name
