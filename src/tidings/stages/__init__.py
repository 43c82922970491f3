"""The six stages as spaCy components, in the order the pipeline runs them: each reads what the
earlier ones wrote on the Doc."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tidings import docdata
from tidings.component import Component
from tidings.model import Article
from tidings.record import to_record
from tidings.stages.actors import ActorsStage
from tidings.stages.base import Stage
from tidings.stages import events, factuality, places, quotes, times  # noqa: F401  (register their factories)

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


@Language.factory("tidings_actors", requires=["doc.ents", "token.dep"], assigns=["doc._.actors", "token._.actor"])
def make_actors(nlp: Language, name: str) -> StageComponent:
    return StageComponent(name, ActorsStage(), "actors")

