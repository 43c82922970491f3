"""What tidings writes on a spaCy Doc: the shared reading of one article.

Every component reads and writes the Doc only, through this module:

- `doc._.published`: the publication date (ISO `YYYY-MM-DD`) or None; relative dates anchor on it.
- `doc._.<kind>` for kind in actors, places, times, events, quotes: the items found, as plain
  data (each item's fields but its spans), in the order of their local ids (a1, p1, t1, e1, q1).
- `doc.spans["tidings_<kind>"]`: every span of every item, `label_` = the item's local id and
  `kb_id_` = its knowledge id (canonical actor id, GeoNames id, TIMEX3 value, CAMEO code).
- `token._.actor`, `token._.place`, `token._.time`: the local id of the actor, place or time a
  token mentions (the token index: built once, when the items are put on the Doc).
- `doc._.errors`: components that failed on this Doc, with the error and its traceback.
- `doc.user_data["tidings.text"]`: the Doc's text, joined once (see `text`).
- `shared`: readings of the Doc that several components take (its quotation marks), made once
  per Doc and kept beside it, not on it (they are no plain data).

Everything is plain data, so a Doc keeps its reading through `Doc.to_bytes` and spaCy's
multiprocessing. `tidings.record.to_record` builds the typed Record from it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TypeVar
from weakref import WeakKeyDictionary

from spacy.attrs import IDX, SPACY
from spacy.tokens import Doc, Span as SpacySpan, Token

from tidings.model import Actor, Event, Item, Place, Quote, When

KINDS: dict[str, type[Item]] = {"actors": Actor, "places": Place, "times": When, "events": Event, "quotes": Quote}
INDEXED = {"actors": "actor", "places": "place", "times": "time"}  # kind -> token extension
SPAN_GROUP = "tidings_{}"
TEXT_KEY = "tidings.text"

T = TypeVar("T", bound=Item)
R = TypeVar("R")

_readings: WeakKeyDictionary[Doc, dict[Callable, object]] = WeakKeyDictionary()  # gone with their Doc


def _register() -> None:
    for name in ("published", "errors", *KINDS):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in INDEXED.values():
        if not Token.has_extension(name):
            Token.set_extension(name, default=None)


_register()


def text(doc: Doc) -> str:
    """The Doc's text. spaCy's `Doc.text` joins every token anew at each access; this joins them
    once per Doc (a copy of the Doc's user data on a shorter Doc is not taken for its text)."""
    cached = doc.user_data.get(TEXT_KEY)
    if cached is None or len(cached) != _text_length(doc):
        cached = doc.user_data[TEXT_KEY] = doc.text
    return cached


def shared(doc: Doc, make: Callable[[Doc], R]) -> R:
    """`make(doc)`, made once per Doc however many components ask for it."""
    readings = _readings.setdefault(doc, {})
    if make not in readings:
        readings[make] = make(doc)
    return readings[make]  # type: ignore[return-value]


def keep_text(doc: Doc, text: str) -> None:
    """Keep the text a Doc was made from as its text (spaCy's tokenizer loses no character), so
    that `text` need not join the tokens."""
    doc.user_data[TEXT_KEY] = text


def _text_length(doc: Doc) -> int:
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def put(doc: Doc, kind: str, items: list[Item]) -> None:
    """Put a kind's items on the Doc, replacing any there: their data, their spans, and for
    actors, places and times the token index."""
    group = SPAN_GROUP.format(kind)
    spans = []
    extension = INDEXED.get(kind)
    starts = doc.to_array(IDX).tolist()  # each token's character offset
    text_end = _text_length(doc)
    ends = _token_ends(doc, starts, text_end)
    index = doc.user_data
    if extension is not None:
        for old in doc.spans.get(group, ()):  # the tokens indexed before: what `token._.set(extension, None)`
            for i in range(old.start, old.end):  # writes, with no Token nor Underscore made
                index[_index_key(extension, starts[i])] = None
    for item in items:
        knowledge_id = _knowledge_id(item)
        for span in item.spans:
            tokens = _covering(doc, starts, ends, text_end, span.start, span.end, item.id, knowledge_id)
            if tokens is None:
                continue
            spans.append(tokens)
            if extension is not None:
                for i in range(tokens.start, tokens.end):
                    key = _index_key(extension, starts[i])
                    if index.get(key) is None:
                        index[key] = item.id
    doc.spans[group] = spans
    doc._.set(kind, [item.model_dump(mode="json", exclude={"spans"}) | {"spans": _offsets(item)} for item in items])


def _token_ends(doc: Doc, starts: list[int], text_end: int) -> list[int]:
    """Each token's end offset, its trailing space left out."""
    spaces = doc.to_array(SPACY).tolist()
    following = [*starts[1:], text_end]
    return [after - space for after, space in zip(following, spaces)]


def _covering(doc: Doc, starts: list[int], ends: list[int], text_end: int, start: int, end: int, label: str, kb_id: str) -> SpacySpan | None:
    """The tokens that characters [start, end) fall on, as `doc.char_span(..., alignment_mode="expand")`
    finds them (a start on a token's trailing space begins at the next token), with no Token made:
    the tokens cover the text without a gap, so a binary search of their offsets finds them."""
    if not 0 <= start < text_end or not 0 < end <= text_end:
        return None
    first, last = bisect_right(starts, start) - 1, bisect_right(starts, end - 1) - 1
    if start == ends[first]:
        first += 1
    return SpacySpan(doc, first, last + 1, label=label, kb_id=kb_id)


def add_unspanned(doc: Doc, kind: str, item: Item) -> None:
    """Add an item that has no span in the text (the publication date as a time): nothing to
    index, so the items already on the Doc stay as they are."""
    if item.spans:
        raise ValueError(f"{item.id} has spans: use put()")
    doc._.set(kind, [*data(doc, kind), item.model_dump(mode="json", exclude={"spans"}) | {"spans": []}])


def get(doc: Doc, kind: str) -> list[Item]:
    """A kind's items as typed records (empty before the component that finds them ran)."""
    model = KINDS[kind]
    found = doc._.get(kind)
    if not found:
        return []
    whole = text(doc)
    return [
        model.model_validate(
            data | {"spans": [{"start": s, "end": e, "text": whole[s:e]} for s, e in data["spans"]]}
        )
        for data in found
    ]


def data(doc: Doc, kind: str) -> list[dict]:
    """A kind's items as the plain data on the Doc (read-only use: no validation cost)."""
    return doc._.get(kind) or []


def spans(doc: Doc, kind: str) -> list[SpacySpan]:
    """The token spans of a kind's items, in item order (`label_` = the item's local id)."""
    return list(doc.spans.get(SPAN_GROUP.format(kind), ()))


def at(token: Token, kind: str) -> str | None:
    """The local id of the actor, place or time the token mentions, if any."""
    return token.doc.user_data.get(_index_key(INDEXED[kind], token.idx))


def _index_key(extension: str, offset: int) -> tuple[str, str, int, None]:
    """Where spaCy keeps the value of `token._.<extension>` for the token at a character offset
    (spacy/tokens/underscore.py): read there directly, the token index costs no Underscore
    object per token and look-up."""
    return ("._.", extension, offset, None)


def failed(doc: Doc) -> bool:
    return bool(doc._.errors)


def add_error(doc: Doc, component: str, error: BaseException, trace: str) -> None:
    doc._.errors = [*(doc._.errors or []), {"component": component, "error": f"{type(error).__name__}: {error}", "traceback": trace}]


def _offsets(item: Item) -> list[list[int]]:
    return [[span.start, span.end] for span in item.spans]


def _knowledge_id(item: Item) -> str:
    if isinstance(item, Actor):
        return item.canonical_id
    if isinstance(item, Place):
        return f"geonames:{item.geonameid}" if item.geonameid is not None else f"name:{item.name}"
    if isinstance(item, When):
        return item.value
    if isinstance(item, Event):
        return item.cameo
    return ""
