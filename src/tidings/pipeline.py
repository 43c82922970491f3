"""The Pipeline: the backbone and the stages, loaded once, run in order over each article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.tokens import Doc

from tidings import backbone
from tidings.checks import check_text
from tidings.errors import InputError, ReadError
from tidings.model import Article, Record
from tidings.stages import STAGE_CLASSES
from tidings.stages.base import Stage
from tidings.version import __version__


class Pipeline:
    """Reads articles into records. Build it once; `read` one article or `pipe` many."""

    def __init__(self) -> None:
        self.stages: list[Stage] = [cls() for cls in STAGE_CLASSES]
        patterns = [pattern for stage in self.stages for pattern in stage.entity_patterns()]
        self.nlp = backbone.load(patterns)

    def stage(self, name: str) -> Stage:
        """The stage called `name` (actors, places, times, events, quotes, factuality)."""
        for stage in self.stages:
            if stage.name == name:
                return stage
        raise KeyError(f"no stage named {name!r}")

    def read(self, article: Article | str) -> Record:
        """One article to one record; raises InputError when the article cannot be read."""
        if isinstance(article, str):
            article = Article(text=article)
        check_text(article.text, article.id)
        return self.enrich(self.nlp(article.text), article)

    def pipe(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Record | ReadError]:
        """Records in input order; an article that fails gives a ReadError and the rest go on."""
        for outcome, _doc in self.pipe_with_docs(articles, batch_size):
            yield outcome

    def pipe_with_docs(
        self, articles: Iterable[Article], batch_size: int = 32
    ) -> Iterator[tuple[Record | ReadError, Doc | None]]:
        """As `pipe`, with each record's parsed spaCy Doc (None for a ReadError)."""
        iterator = iter(articles)
        while batch := list(islice(iterator, batch_size)):
            errors: dict[int, ReadError] = {}
            for index, article in enumerate(batch):
                try:
                    check_text(article.text, article.id)
                except InputError as error:
                    errors[index] = ReadError(article_id=article.id, message=str(error))
            readable = [a for i, a in enumerate(batch) if i not in errors]
            docs = iter(self.nlp.pipe(a.text for a in readable))
            for index, article in enumerate(batch):
                if index in errors:
                    yield errors[index], None
                    continue
                doc = next(docs)
                try:
                    yield self.enrich(doc, article), doc
                except Exception as error:  # one broken article never sinks a batch
                    message = f"{type(error).__name__}: {error}"
                    yield ReadError(article_id=article.id, message=message), doc

    def enrich(self, doc: Doc, article: Article) -> Record:
        """Run every stage, in order, over a parsed article."""
        record = Record(article=article, version=__version__)
        for stage in self.stages:
            stage(doc, record)
        return record
