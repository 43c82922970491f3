"""Actors: who the article is about, resolved against the actor knowledge base.

Mentions are read in passes over the parsed Doc, each claiming the tokens it explains:
0. a navy's ships ("INS Mysore": INDMIL, `ships`);
1. people (PERSON entities, with the title before them: "Russian President Vladimir Putin");
2. names the knowledge base knows: organisations, institutions ("the Kremlin"), countries;
3. role nouns ("Russian troops", "the Russian leader" -> the leader in office on the date);
4. demonyms as modifiers ("Russian assistance") and capitals acting as governments ("Moscow said");
   cities and regions acted upon as their country ("shelled Kharkiv": `targets`);
   people a common noun or a role noun describes as a party to an act ("arrested two teenagers", "shot a
   judge": `people_acted_upon`);
5. short names ("Putin", "Kim"), from their context (`people`); 6. parties ("Labor", `parties`), other organisations;
7. actors still without a country ("rebels" ---REB) take the one their sentence names, if only one;
   people described by a post in a coded body ("X, a spokesman for the army") take its code (`members`);
8. pronouns and definite descriptions ("he", "they", "the ministry") join the actor they stand for;
   an organisation the text calls "the company" is a business, placed as in pass 7 where it has no country;
9. named people given no role nor country take the article's country, where one leads;
10. actors of a dependent territory are its sovereign's ("police on Christmas Island": AUSCOP).
All mentions of one actor end up in one `Actor` with all their spans. Where the places stage
read a name as a place, the actors respect its reading ("Georgia" beside "Atlanta" is no country).
"""

from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc

from tidings import docdata
from tidings.component import Component
from tidings.knowledge.actors import actor_kb
from tidings.knowledge.coreference import coreference_words
from tidings.knowledge.names import names
from tidings.model import Actor
from tidings.stages.actors.coreference import Coreference, Reach
from tidings.stages.actors.localize import localize, place_private_people, to_sovereigns
from tidings.stages.actors.members import read_members
from tidings.stages.actors.organisations import read_other_organisations
from tidings.stages.actors.parties import read_parties
from tidings.stages.actors.passes import read_known_names, read_modifiers_and_capitals, read_nationalities, read_roles
from tidings.stages.actors.people import read_people, read_short_names
from tidings.stages.actors.people_acted_upon import read_people_acted_upon
from tidings.stages.actors.reading import Reading
from tidings.stages.actors.ships import read_navy_ships
from tidings.stages.actors.targets import read_places_acted_upon


class ActorsComponent(Component):
    """Puts the article's actors on the Doc (`doc._.actors`, `token._.actor`)."""

    def __init__(self, name: str, max_title_tokens: int, reach: Reach) -> None:
        super().__init__(name)
        self.kb = actor_kb()
        self.names = names()
        self.words = coreference_words()
        self.max_title_tokens = max_title_tokens
        self.reach = reach

    def process(self, doc: Doc) -> None:
        docdata.put(doc, "actors", self.read(doc))

    def read(self, doc: Doc) -> list[Actor]:
        """The actors of a parsed Doc (after the places stage, whose reading it respects)."""
        reading = Reading(self.kb, self.names, doc)
        read_navy_ships(reading)
        waiting = read_people(reading, self.max_title_tokens)
        read_known_names(reading)
        read_roles(reading, self.words.person_roles)
        read_modifiers_and_capitals(reading)
        read_places_acted_upon(reading)
        read_short_names(reading, waiting)
        read_nationalities(reading)
        read_parties(reading)
        read_other_organisations(reading)
        read_people_acted_upon(reading, self.words)
        localize(reading)
        read_members(reading)
        coreference = Coreference(reading, self.words, self.reach)
        coreference.resolve()
        localize(reading, coreference.descriptions.firms)
        read_members(reading, first_mentions_only=True)  # posts in the firms coreference typed ("Qantas spokesman X")
        place_private_people(reading)
        to_sovereigns(reading)
        return reading.actors()


@Language.factory(
    "tidings_actors",
    requires=["doc.ents", "token.dep", "token._.place"],
    assigns=["doc._.actors", "token._.actor"],
    default_config={"max_title_tokens": 6, "coreference": asdict(Reach())},
)
def make_actors(nlp: Language, name: str, max_title_tokens: int, coreference: dict) -> ActorsComponent:
    """`max_title_tokens`: how far before a name its title may start ("Russian Deputy Foreign Minister X");
    `coreference`: how far back a pronoun or a description looks (sentences, mentions)."""
    return ActorsComponent(name, max_title_tokens, Reach(**coreference))
