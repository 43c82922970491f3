"""An `EventMention` as a row and back. The article's context keys are stored once per article
(every mention of an article shares them); trigger and arguments have columns; any further field
the clustering adds is kept in `extra` as JSON, typed back from the dataclass's annotations."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from functools import lru_cache
from typing import Any

from tidings.corpus.cluster import EventMention

COLUMNS = ("doc_id", "start", "end", "trigger", "arguments", "context")  # stored in columns of their own


def encode(mention: EventMention) -> dict[str, Any]:
    """The event_features row of a mention (without its event and article ids)."""
    extra = {
        field.name: _to_json(getattr(mention, field.name))
        for field in dataclasses.fields(EventMention)
        if field.name not in COLUMNS
    }
    return {
        "start_char": mention.start,
        "end_char": mention.end,
        "trigger": mention.trigger,
        "arguments": sorted(mention.arguments),
        "extra": json.dumps(extra, sort_keys=True),
    }


def decode(
    article_id: str, start: int, end: int, trigger: str, arguments: list[str], context: list[str] | None, extra: str
) -> EventMention:
    """The mention a row holds; fields this version of the clustering lacks are left out."""
    known = _field_types()
    fields = {name: _from_json(value, known[name]) for name, value in json.loads(extra).items() if name in known}
    return EventMention(
        article_id, start, end, trigger, frozenset(arguments), frozenset(context or ()), **fields
    )


def _to_json(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _from_json(value: Any, annotation: Any) -> Any:
    if value is None:
        return None
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    kinds = {typing.get_origin(kind) or kind for kind in (typing.get_args(annotation) if union else (annotation,))}
    if kinds & {frozenset, set}:
        return frozenset(value)
    if date in kinds and isinstance(value, str):
        return date.fromisoformat(value)
    return value


@lru_cache(maxsize=1)
def _field_types() -> dict[str, Any]:
    hints = typing.get_type_hints(EventMention)
    return {field.name: hints[field.name] for field in dataclasses.fields(EventMention) if field.name not in COLUMNS}
