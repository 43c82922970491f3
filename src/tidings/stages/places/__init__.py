"""The places component (`tidings_places`): toponyms resolved against the gazetteer.

Each distinct resolved place is one `Place` with all its mention spans. A name is resolved once
per article (one sense per discourse), with the article's other toponyms as context and any
qualifier the text gives ("Springfield, Ill."). Toponyms the gazetteer cannot place are left
out: a place without coordinates tells a reader nothing a span does not.

Places run first among tidings' components, and their reading of a span is the article's: later
components read it from the Doc and do not resolve the span again. They may rely on:

- `token._.place` (`docdata.at(token, "places")`): the local id (p1, p2...) of the place every
  token of a toponym mention belongs to, None elsewhere; `doc.spans["tidings_places"]` holds the
  mentions (label = the local id, kb_id = "geonames:<id>").
- `docdata.data(doc, "places")`: per place its `name`, `geonameid`, `lat`/`lon`, `feature_class`,
  `feature_code`, `country` (ISO3) and `admin1`. `feature_code` says what kind of place a mention
  is: PCLI a country ("Niger" is the country wherever places take it for one, even where NER
  says PERSON), ADM1 a first-order division (in "Georgia lawmakers met in Atlanta" Georgia is
  the US state: ADM1, country USA, admin1 Georgia), CONT a continent, PPLC a capital, PPL
  another populated place; curated regions and facilities carry their own codes (RGN, SPCE...).
- A demonym of a country, state or continent ("Syrian", "Texan") is a mention of that place
  (NER's NORP entities; the gold sets count them as toponyms); an event's place is never taken
  from one alone (`stages/events/grounding.py`).
- A span that is no place mention was read as none: the places component found no toponym
  there (a person, a generic word such as "West").

Scorers and other callers resolve names and spans through `resolve`, `resolve_span` and
`context`, never through the helpers.
"""

from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc

from tidings import docdata
from tidings.component import Component
from tidings.geo.context import Context
from tidings.geo.entry import Entry, Region
from tidings.geo.gazetteer import load
from tidings.geo.normalize import normalize, trim
from tidings.geo.ranking import Ranking, Weights
from tidings.model import Place, Span
from tidings.stages.places.mentions import Limits, Mentions
from tidings.stages.places.resolver import Resolver

DEFAULT_CONFIG = {"weights": asdict(Weights()), "limits": asdict(Limits())}


@Language.factory(
    "tidings_places", requires=["doc.ents", "token.dep"], assigns=["doc._.places", "token._.place"], default_config=DEFAULT_CONFIG
)
def make_places(nlp: Language, name: str, weights: dict[str, float], limits: dict[str, int]) -> PlacesComponent:
    return PlacesComponent(name, Weights(**weights), Limits(**limits))


class PlacesComponent(Component):
    """Finds the article's toponyms and puts their places on the Doc."""

    def __init__(self, name: str = "tidings_places", weights: Weights = Weights(), limits: Limits = Limits()) -> None:
        super().__init__(name)
        self.gazetteer = load()
        self.ranking = Ranking(self.gazetteer, weights)
        self.mentions = Mentions(self.gazetteer, limits)

    def process(self, doc: Doc) -> None:
        text = docdata.text(doc)
        resolver = Resolver(self.ranking, self.mentions.limits.large_city)
        mentions = self.mentions.find(doc, resolver)
        context = resolver.context(mentions)
        places: dict[Entry, Place] = {}
        resolved: dict[tuple[str, Region | None, bool], Entry | None] = {}
        for mention in mentions:
            if mention.names_region:
                entry = self.gazetteer.region(mention.qualifier)
            else:
                key = normalize(mention.text)
                qualifier = mention.qualifier or context.qualified.get(key)
                memo = (key, qualifier, mention.after_the)  # "the West" may be no place where "West" is one
                if memo not in resolved:
                    resolved[memo] = resolver.best(mention, context, qualifier)
                entry = resolved[memo]
            if entry is None:
                continue
            if entry not in places:
                places[entry] = to_place(entry, f"p{len(places) + 1}")
            places[entry].spans.append(Span(start=mention.start, end=mention.end, text=text[mention.start : mention.end]))
        docdata.put(doc, "places", list(places.values()))

    def context(self, doc: Doc) -> Context:
        """What the article's toponyms say about its geography."""
        resolver = Resolver(self.ranking, self.mentions.limits.large_city)
        return resolver.context(self.mentions.find(doc, resolver))

    def resolve(self, name: str, context: Context | None = None, qualifier: Region | None = None) -> Place | None:
        """The place a name most likely means, given the article's context and a qualifier.
        Asked about a demonym ("Sudanese", "Texan"), it answers with the country or state."""
        entry = self.ranking.best(trim(name)[2], context, qualifier)
        return to_place(entry, "") if entry else None

    def resolve_span(self, doc: Doc, start: int, end: int, context: Context | None = None) -> Place | None:
        """Resolve the text doc.text[start:end], reading a qualifier that follows it, else the
        one the article gives the name elsewhere ("Dayton, Ohio" before a bare "Dayton")."""
        text = docdata.text(doc)
        context = context or self.context(doc)
        after = self.mentions.qualifier_after(text, end)
        qualifier = after.qualifier if after else context.qualified.get(normalize(text[start:end]))
        return self.resolve(text[start:end], context, qualifier)


def to_place(entry: Entry, place_id: str) -> Place:
    return Place(
        id=place_id, name=entry.name, geonameid=entry.geonameid, lat=entry.lat, lon=entry.lon,
        feature_class=entry.feature_class, feature_code=entry.feature_code,
        country=entry.country, admin1=entry.admin1,
    )
