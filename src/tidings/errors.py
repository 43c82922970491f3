"""Problems with input: each one a clear, one-line message, never a traceback."""

from __future__ import annotations

from pydantic import BaseModel


class InputError(ValueError):
    """An article tidings cannot read, with a message naming the problem."""


class ProcessingError(RuntimeError):
    """A component failed on an article tidings accepted: a fault of tidings, not of the input."""


class ReadError(BaseModel):
    """What `Pipeline.pipe` yields in place of a record for an article it could not read."""

    article_id: str
    message: str
