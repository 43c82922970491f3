"""The words the actors stage's coreference pass reads (`data/actor_coreference.toml`): which
pronouns refer to whom, and which nouns make a definite description of an actor."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from tidings.knowledge import data_path

COREFERENCE_FILE = "actor_coreference.toml"
KINDS = frozenset({"person", "country", "any"})


@dataclass(frozen=True)
class CoreferenceWords:
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    asking_verbs: frozenset[str]
    plural_pronouns: frozenset[str]
    quantifier_pronouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    determiners: frozenset[str]
    own_side_words: frozenset[str]
    person_roles: frozenset[str]
    person_nouns: frozenset[str]
    party_nouns: frozenset[str]
    household_nouns: frozenset[str]
    addressing_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    naming_preps: frozenset[str]
    plural_collectives: frozenset[str]
    masculine_words: frozenset[str]
    feminine_words: frozenset[str]
    organisation_nouns: frozenset[str]
    business_nouns: frozenset[str]
    country_nouns: frozenset[str]
    pair_words: frozenset[str]
    pair_selves: frozenset[str]
    pair_nouns: dict[str, str]  # noun lemma -> the kind of the pair: person, country or any

    @property
    def pronouns(self) -> frozenset[str]:
        return self.person_pronouns | self.thing_pronouns | self.plural_pronouns | self.quantifier_pronouns | self.speaker_pronouns


@lru_cache(maxsize=1)
def coreference_words() -> CoreferenceWords:
    """The coreference words, read and checked once."""
    data = tomllib.loads(data_path(COREFERENCE_FILE).read_text(encoding="utf-8"))
    pairs = dict(data.pop("pair_nouns"))
    unknown = {kind for kind in pairs.values() if kind not in KINDS}
    if unknown:
        raise ValueError(f"{COREFERENCE_FILE}: pair_nouns kinds must be among {sorted(KINDS)}, not {sorted(unknown)}")
    return CoreferenceWords(**{name: frozenset(words) for name, words in data.items()}, pair_nouns=pairs)
