"""Pass 4b: places acted upon. A city or region that is the object of an action ("shelled
Kharkiv", "would blockade Paris", "the attack on the town of Sderot") stands for its country, as
CAMEO codes a place as the party it belongs to: it becomes a mention of the country's actor. A
place that only says where ("met in Paris") stays a place."""

from __future__ import annotations

from spacy.tokens import Token

from tidings import docdata
from tidings.stages.actors.reading import Reading

_SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "region", "province", "capital", "district", "port"})
_PLACE_CLASSES = frozenset({"P", "A"})
_ADVERSATIVE_PREPS = frozenset({"against", "toward", "towards"})
_ON_PREPS = frozenset({"on", "upon"})  # populated places and administrative regions (countries aside)


def read_places_acted_upon(reading: Reading) -> None:
    places = {place["id"]: place for place in docdata.data(reading.doc, "places")}
    for span in docdata.spans(reading.doc, "places"):
        place = places.get(span.label_)
        if place is None or place["feature_class"] not in _PLACE_CLASSES or not place["country"]:
            continue
        if (place["feature_code"] or "").startswith("PCL") or not reading.free(span.start, span.end):
            continue
        country = reading.kb.countries.by_iso3.get(place["country"])
        if country is not None and acted_upon(span.root):
            reading.mention(reading.country(country), span.start, span.end)


def acted_upon(token: Token) -> bool:
    """The object of a verb, of "against" or "towards", or of "on" after a noun ("the attack on
    X"), itself or as the name in "the city of X"; not a place an act was at, on or to ("airlines
    at Edinburgh", "flew to Boston")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _SETTLEMENT_NOUNS:
        token = token.head.head
    if token.dep_ == "dobj":
        return token.head.pos_ == "VERB"
    if token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.lower_ in _ADVERSATIVE_PREPS or prep.lower_ in _ON_PREPS and prep.head.pos_ == "NOUN"
