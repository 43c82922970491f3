"""Places stage (scaffold: filled by its own work item)."""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.model import Record
from tidings.stages.base import Stage


class PlacesStage(Stage):
    name = "places"

    def __call__(self, doc: Doc, record: Record) -> None:
        return None
