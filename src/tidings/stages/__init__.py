"""The six stages as spaCy components, in the order the pipeline runs them: each reads what the
earlier ones wrote on the Doc."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tidings import docdata
from tidings.component import Component
from tidings.model import Article
from tidings.record import to_record
from tidings.stages import actors as _actors  # noqa: F401  (registers tidings_actors)
from tidings.stages.base import Stage
from tidings.stages.events import EventsStage
from tidings.stages.factuality import FactualityStage
from tidings.stages.places import PlacesStage
from tidings.stages.quotes import QuotesStage
from tidings.stages.times import TimesStage

COMPONENTS = ("tidings_places", "tidings_actors", "tidings_times", "tidings_events", "tidings_quotes", "tidings_factuality")


class StageComponent(Component):
    """A stage that still works on a Record, run as a component over the Doc."""

    def __init__(self, name: str, stage: Stage, kind: str) -> None:
        super().__init__(name)
        self.stage = stage
        self.kind = kind

    def process(self, doc: Doc) -> None:
        record = to_record(doc, Article(text=doc.text, published=doc._.published))
        self.stage(doc, record)
        docdata.put(doc, self.kind, getattr(record, self.kind))

    def __getattr__(self, name: str):
        return getattr(self.__dict__["stage"], name)


@Language.factory("tidings_places", requires=["doc.ents", "token.dep"], assigns=["doc._.places", "token._.place"])
def make_places(nlp: Language, name: str) -> StageComponent:
    return StageComponent(name, PlacesStage(), "places")


@Language.factory("tidings_times", requires=["token.dep"], assigns=["doc._.times", "token._.time"])
def make_times(nlp: Language, name: str) -> StageComponent:
    return StageComponent(name, TimesStage(), "times")


@Language.factory("tidings_events", requires=["token.dep", "token._.actor", "token._.place", "token._.time"], assigns=["doc._.events"])
def make_events(nlp: Language, name: str) -> StageComponent:
    return StageComponent(name, EventsStage(), "events")


@Language.factory("tidings_quotes", requires=["token.dep", "token._.actor"], assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str) -> StageComponent:
    return StageComponent(name, QuotesStage(), "quotes")


@Language.factory("tidings_factuality", requires=["doc._.events", "doc._.quotes"], assigns=["doc._.events"])
def make_factuality(nlp: Language, name: str) -> StageComponent:
    return StageComponent(name, FactualityStage(), "events")
