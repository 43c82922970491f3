"""What every stage is: one job, its knowledge loaded once, adding to the record so far."""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Doc

from tidings.model import Record


class Stage:
    """A pipeline stage. Subclasses load their knowledge in `__init__` and fill the record in
    `__call__`; they read the parsed `doc` and what earlier stages put in the record, and never
    re-parse the text."""

    name: ClassVar[str]

    def __call__(self, doc: Doc, record: Record) -> None:
        raise NotImplementedError
