"""What every tidings component is: a spaCy pipeline component with one job, whose failures are
recorded on the Doc (with their traceback, in the log) instead of losing the batch.

A component that raises marks the Doc as failed (`doc._.errors`); later tidings components
leave a failed Doc alone, and `Pipeline` turns it into a ReadError. With `strict` set, the
exception propagates instead.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

import srsly
from spacy.tokens import Doc

from tidings import docdata
from tidings.version import __version__

log = logging.getLogger("tidings")


class Component:
    """Subclasses do their work in `process(doc)`; `__call__` guards it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.strict = False

    def __call__(self, doc: Doc) -> Doc:
        if docdata.failed(doc):
            return doc
        try:
            self.process(doc)
        except Exception as error:
            if self.strict:
                raise
            trace = traceback.format_exc()
            log.error("%s failed on a document (%s: %s)", self.name, type(error).__name__, error, exc_info=True)
            docdata.add_error(doc, self.name, error, trace)
        return doc

    def process(self, doc: Doc) -> None:
        raise NotImplementedError

    # Knowledge ships with the package; a saved pipeline records which version it was built with.
    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "tidings.json", {"version": __version__})

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> Component:
        saved = srsly.read_json(Path(path) / "tidings.json")
        if saved.get("version") != __version__:
            log.warning("%s: saved with tidings %s, loaded with %s", self.name, saved.get("version"), __version__)
        return self
