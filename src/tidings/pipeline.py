"""The Pipeline: the backbone and the tidings components, loaded once, run over each article."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from tidings import backbone, docdata
from tidings.checks import article as checked_article, check_text
from tidings.component import Component
from tidings.errors import InputError, ProcessingError, ReadError
from tidings.model import Article, Record
from tidings.record import to_record
from tidings.stages import COMPONENTS

log = logging.getLogger("tidings")
YOUNG_COLLECTION_EVERY = 10_000  # allocations between the collector's young collections (see `_freeze_knowledge`)


class Pipeline:
    """Reads articles into records. Build it once; `read` one article or `pipe` many.

    `components` names the tidings components to run (all six by default, in order); `strict`
    lets a component's exception propagate instead of turning the article into a ReadError.
    """

    def __init__(self, components: Sequence[str] = COMPONENTS, strict: bool = False) -> None:
        self.nlp: Language = backbone.load()
        for name in components:
            self.nlp.add_pipe(name)
        self.components: list[Component] = [self.nlp.get_pipe(name) for name in components]
        for component in self.components:
            component.strict = strict
        self.strict = strict
        self.errors = 0  # articles that gave a ReadError so far
        _freeze_knowledge()

    def stage(self, name: str) -> Component:
        """The component called `name` (actors, places, times, events, quotes, factuality)."""
        try:
            return self.nlp.get_pipe(f"tidings_{name}")
        except KeyError:
            raise KeyError(f"no stage named {name!r}") from None

    def parse(self, text: str) -> Doc:
        """The backbone's parse of a text, without tidings' components."""
        with self.nlp.select_pipes(disable=[c.name for c in self.components]):
            return self.nlp(text)

    def read(self, article: Article | str) -> Record:
        """One article to one record; raises InputError when the article cannot be read, and
        ProcessingError when a component fails on it (its traceback is in the log)."""
        if isinstance(article, str):
            article = checked_article(text=article)
        check_text(article.text, article.id)
        outcome = self._outcome(self._run([self._doc(article)])[0], article)
        if isinstance(outcome, ReadError):
            raise ProcessingError(outcome.message)
        return outcome

    def pipe(self, articles: Iterable[Article | str], batch_size: int = 32) -> Iterator[Record | ReadError]:
        """Records in input order; an article that fails gives a ReadError and the rest go on."""
        for outcome, _doc in self.pipe_with_docs(articles, batch_size):
            yield outcome

    def pipe_with_docs(
        self, articles: Iterable[Article | str], batch_size: int = 32
    ) -> Iterator[tuple[Record | ReadError, Doc | None]]:
        """As `pipe`, with each record's Doc (None for an article that was refused). Items that
        are not articles become ReadErrors; when the source itself raises, the articles already
        taken from it are read and yielded before the exception passes on."""
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive integer, not {batch_size!r}")
        if isinstance(articles, (str, Article)):
            raise TypeError("pipe takes an iterable of articles; use read() for one article")
        batch: list[Article | ReadError] = []
        position = 0
        iterator = iter(articles)
        while True:
            try:
                item = next(iterator)
            except StopIteration:
                break
            except Exception:
                yield from self._read_batch(batch)
                raise
            position += 1
            batch.append(_as_article(item, position))
            if len(batch) == batch_size:
                yield from self._read_batch(batch)
                batch = []
        yield from self._read_batch(batch)

    def _read_batch(self, batch: list[Article | ReadError]) -> Iterator[tuple[Record | ReadError, Doc | None]]:
        checked: list[Article | ReadError] = [_checked(item) for item in batch]
        docs = iter(self._run([self._doc(item) for item in checked if isinstance(item, Article)]))
        for item in checked:
            if isinstance(item, ReadError):
                self.errors += 1
                yield item, None
            else:
                doc = next(docs)
                yield self._outcome(doc, item), doc

    def _doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        docdata.keep_text(doc, article.text)
        doc._.published = article.published.isoformat() if isinstance(article.published, date) else None
        return doc

    def _run(self, docs: list[Doc]) -> list[Doc]:
        """The pipeline over a batch; if the backbone itself fails on the batch, doc by doc, so
        one bad article cannot take the others with it."""
        try:
            return list(self.nlp.pipe(docs))
        except Exception:
            if self.strict:
                raise
            out = []
            for doc in docs:
                try:
                    out.append(self.nlp(doc))
                except Exception as error:
                    log.exception("the backbone failed on a document")
                    docdata.add_error(doc, "backbone", error, "")
                    out.append(doc)
            return out

    def _outcome(self, doc: Doc, article: Article) -> Record | ReadError:
        if docdata.failed(doc):
            self.errors += 1
            failure = doc._.errors[0]
            return ReadError(article_id=article.id, message=f"{failure['component']} failed: {failure['error']}")
        return to_record(doc, article)


_frozen = False


def _freeze_knowledge() -> None:
    """Once per process, after the first pipeline is loaded: the objects alive then (the model,
    the knowledge's tables, loaded once and kept) leave the collector's care, so its full
    collections, which the articles' allocations set off, no longer walk hundreds of thousands of
    long-lived objects each time (`gc.freeze`; a later pipeline's objects stay in its care). Its
    young collections come every YOUNG_COLLECTION_EVERY allocations, not Python's 700: reading an
    article makes and drops Tokens, records and dicts by the ten thousand, nearly none of them in
    a cycle (the stages of 300 articles set off 560 collections, 0.19 s of CPU; now 21, 0.09 s)."""
    global _frozen
    if not _frozen:
        gc.freeze()
        young, *older = gc.get_threshold()
        if 0 < young < YOUNG_COLLECTION_EVERY:  # (0: the application turned them off)
            gc.set_threshold(YOUNG_COLLECTION_EVERY, *older)
        _frozen = True


def _as_article(item: object, position: int) -> Article | ReadError:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        try:
            return checked_article(f"item {position}", text=item)
        except InputError as error:
            return ReadError(article_id=f"item {position}", message=str(error))
    kind = type(item).__name__
    return ReadError(article_id=f"item {position}", message=f"item {position}: expected an Article or a str, got {kind}")


def _checked(item: Article | ReadError) -> Article | ReadError:
    if isinstance(item, ReadError):
        return item
    try:
        check_text(item.text, item.id)
    except InputError as error:
        return ReadError(article_id=item.id, message=str(error))
    return item
