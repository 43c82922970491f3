"""The one place a typed Record is built: from the reading the components left on the Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from tidings import docdata
from tidings.model import Article, Record
from tidings.version import __version__


def to_record(doc: Doc, article: Article | None = None) -> Record:
    """The article's Record from a Doc the tidings components have read; without an Article,
    one is made of the Doc's text and publication date."""
    if article is None:
        article = Article(text=doc.text, published=doc._.published)
    return Record(
        article=article,
        actors=docdata.get(doc, "actors"),
        places=docdata.get(doc, "places"),
        times=docdata.get(doc, "times"),
        events=docdata.get(doc, "events"),
        quotes=docdata.get(doc, "quotes"),
        version=__version__,
    )
