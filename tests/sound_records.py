"""What every record must be, whatever the input: spans inside the text that say what the text
says there, and an exact JSON round trip."""

from __future__ import annotations

from pydantic import BaseModel

from tidings.model import Record, Span


def spans(value) -> list[Span]:
    """Every Span in a record, however deep."""
    if isinstance(value, Span):
        return [value]
    if isinstance(value, (list, tuple)):
        return [span for item in value for span in spans(item)]
    if isinstance(value, BaseModel):
        return [span for name in type(value).model_fields for span in spans(getattr(value, name))]
    return []


def assert_sound(record: Record, text: str) -> None:
    assert record.article.text == text
    for span in spans(record):
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span
    assert Record.model_validate_json(record.model_dump_json()) == record
