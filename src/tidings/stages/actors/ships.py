"""Pass 0: a navy's ships. A name after a navy's ship prefix ("INS Mysore", "USS Cole", "HMCS
Ottawa") is the ship, which acts for its navy: CAMEO codes it as the military of the navy's
country (INDMIL), not as the person or the town the recogniser or the gazetteer may take the
name for. Later mentions of the name alone ("the Mysore") are the same ship. A title after the
prefix makes it an agency's initials instead ("INS Commissioner X", the US immigration service's),
and so does a prefix that is also one where the article speaks of no ship or navy ("INS agents")."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.strings import get_string_id

from tidings import syntax
from tidings.knowledge.actors import normalized
from tidings.model import ActorKind
from tidings.stages.actors.reading import Draft, Reading

_MILITARY = "MIL"


def read_navy_ships(reading: Reading) -> None:
    doc, prefixes = reading.doc, reading.kb.navy_ship_prefixes
    ships: dict[str, Draft] = {}  # a ship's name without its prefix -> the ship
    naval: bool | None = None  # whether the article speaks of ships or navies, read once where needed
    for prefix in syntax.where(doc, ORTH, map(get_string_id, prefixes)):  # no Token made for the other words
        country = prefixes[prefix.text]
        if prefix.text in reading.kb.shared_ship_prefixes:
            naval = _naval(reading) if naval is None else naval
            if not naval:
                continue
        end = _name_end(reading, prefix.i + 1)
        if end == prefix.i + 1 or not reading.free(prefix.i, end) or reading.role_at(doc[prefix.i + 1])[0] is not None:
            continue  # "INS Commissioner X": the US immigration service's official, no ship
        name = doc[prefix.i : end].text
        ship = Draft(canonical_id=f"name:{normalized(name)}", name=name, kind=ActorKind.ORGANISATION, cameo=country.cameo + _MILITARY, country=country.iso3)
        ships[doc[prefix.i + 1 : end].text] = reading.mention(ship, prefix.i, end)
    if ships:
        for ent in reading.ents:
            if (ship := ships.get(ent.text)) is not None and reading.free(ent.start, ent.end):
                reading.mention(ship, ent.start, ent.end)


def _name_end(reading: Reading, start: int) -> int:
    """Where the name after a prefix ends: with the entity it opens, else after its capitalised
    words ("USS Cole"); `start` itself where none follows."""
    ent = reading.ent_of.get(start)
    if ent is not None and ent.start == start:
        return ent.end
    end = start
    while end < len(reading.doc) and reading.doc[end].is_title and reading.doc[end].pos_ == "PROPN":
        end += 1
    return end


def _naval(reading: Reading) -> bool:
    """Whether the article has a word of ships or navies ("warship", "the navy said")."""
    words = reading.kb.naval_words
    return any(token.lemma_.lower() in words for token in reading.doc)
