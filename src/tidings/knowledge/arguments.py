"""How the events stage reads arguments beyond the dependency roles (`data/event_arguments.toml`):
reciprocal, consultation, mediation and show-of-force codes, prepositions of a consultation as another act's setting, clauses that name a passive's agent,
stative passives, prepositions of gerunds, of means, of adversity and of allies, comments, rejections and the pressure they withstand, accusations and appeals, nouns whose possessor undergoes them, events that judge others, acts of a state's authorities, purposive and forceful events, nouns of purpose ("in a bid to"),
nouns whose "of" names the agent, prepositions naming where a nominal event comes from ("from"), those naming the parties to a verb ("between") and
those through which a clause's subject undergoes one ("under"), verbs of force whose subject
undergoes them ("die"), nouns naming who holds their patient ("in police custody") and the prepositions of being held, words for a bare number of people ("killing two and wounding dozens"), verbs whose subject undergoes the event they carry, verbs whose subject
works against the event they carry ("foiled an attack") or ties it to its doer ("linked X to the
attack") or orders it ("ordered the arrest"), prepositions that set one event beside another, a person's kin and hired help, armed actor types, and how far a noun trigger looks back for the event it names."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from tidings.knowledge import data_path

ARGUMENTS_FILE = "event_arguments.toml"


@lru_cache(maxsize=1 << 12)  # a few hundred codes against a few dozen sets, asked again for each trigger
def _has_prefix(code: str, prefixes: frozenset[str]) -> bool:
    return code.startswith(tuple(prefixes))


@dataclass(frozen=True)
class ArgumentWords:
    reciprocal_codes: frozenset[str]
    one_way_codes: frozenset[str]
    reciprocal_words: frozenset[str]
    reciprocal_pronouns: frozenset[str]
    mediation_codes: frozenset[str]
    force_codes: frozenset[str]
    partner_codes: frozenset[str]
    partner_preps: frozenset[str]
    setting_preps: frozenset[str]
    concurrent_marks: frozenset[str]
    concurrent_preps: frozenset[str]
    stative_passives: frozenset[str]
    stative_preps: frozenset[str]
    gerund_object_preps: frozenset[str]
    means_preps: frozenset[str]
    accusing_codes: frozenset[str]
    charging_codes: frozenset[str]
    arresting_codes: frozenset[str]
    arrester_types: frozenset[str]
    charge_preps: frozenset[str]
    charge_occasions: frozenset[str]
    asking_codes: frozenset[str]
    asked_preps: frozenset[str]
    authority_codes: frozenset[str]
    authority_place_preps: frozenset[str]
    rejecting_codes: frozenset[str]
    withstood_preps: frozenset[str]
    adversative_preps: frozenset[str]
    patient_nouns: frozenset[str]
    offence_nouns: frozenset[str]
    judging_codes: frozenset[str]
    judged_preps: frozenset[str]
    purposive_codes: frozenset[str]
    purpose_nouns: frozenset[str]
    forceful_codes: frozenset[str]
    ally_preps: frozenset[str]
    comment_codes: frozenset[str]
    message_nouns: frozenset[str]
    message_preps: frozenset[str]
    addressee_preps: frozenset[str]
    agent_of_nouns: frozenset[str]
    origin_preps: frozenset[str]
    parties_preps: frozenset[str]
    leaving_codes: frozenset[str]
    undergoing_preps: frozenset[str]
    patient_verbs: frozenset[str]
    holding_nouns: frozenset[str]
    holding_preps: frozenset[str]
    count_words: frozenset[str]
    receiving_verbs: frozenset[str]
    receiving_preps: frozenset[str]
    arriving_verbs: frozenset[str]
    thwarting_verbs: frozenset[str]
    telling_verbs: frozenset[str]
    imputing_verbs: frozenset[str]
    imputed_preps: frozenset[str]
    citing_verbs: frozenset[str]
    citing_preps: frozenset[str]
    ordering_verbs: frozenset[str]
    accompanying_preps: frozenset[str]
    state_types: frozenset[str]
    person_nouns: frozenset[str]
    personal_nouns: frozenset[str]
    armed_types: frozenset[str]
    definite_determiners: frozenset[str]
    said_nouns: frozenset[str]
    reference_sentences: int

    def reciprocal(self, code: str, lemmas: tuple[str, ...] = ()) -> bool:
        """Listed parties of an event with this CAMEO code, or told with one of these words (lemmas
        of its trigger and the verb carrying it), act on each other."""
        by_code = _has_prefix(code, self.reciprocal_codes) and not _has_prefix(code, self.one_way_codes)
        return by_code or any(lemma in self.reciprocal_words for lemma in lemmas)

    def mediation(self, code: str) -> bool:
        return _has_prefix(code, self.mediation_codes)

    def force(self, code: str) -> bool:
        """A show of force: its direct object is the force shown."""
        return _has_prefix(code, self.force_codes)

    def consulting(self, code: str) -> bool:
        """A consultation: the party it is held with is its target."""
        return _has_prefix(code, self.partner_codes)

    def judging(self, code: str) -> bool:
        return _has_prefix(code, self.judging_codes)

    def accusing(self, code: str) -> bool:
        return _has_prefix(code, self.accusing_codes)

    def charging(self, code: str) -> bool:
        """A charge, an arrest or a conviction, laid against the alleged doer of the deed it names."""
        return _has_prefix(code, self.charging_codes)

    def arresting(self, code: str) -> bool:
        """An arrest or a charge, which a state force told acting beside it made."""
        return _has_prefix(code, self.arresting_codes)

    def asking(self, code: str) -> bool:
        """An appeal or a demand: its object does what it asks."""
        return _has_prefix(code, self.asking_codes)

    def authority(self, code: str) -> bool:
        """An act of a state's police, courts or officials."""
        return _has_prefix(code, self.authority_codes)

    def rejecting(self, code: str) -> bool:
        return _has_prefix(code, self.rejecting_codes)

    def purposive(self, code: str) -> bool:
        return _has_prefix(code, self.purposive_codes)

    def forceful(self, code: str) -> bool:
        return _has_prefix(code, self.forceful_codes)

    def comment(self, code: str) -> bool:
        """A public statement or comment, made by whoever holds the view."""
        return _has_prefix(code, self.comment_codes)

    def leaving(self, code: str) -> bool:
        """A yielding whose "from" phrase names what is left, not who yields."""
        return _has_prefix(code, self.leaving_codes)


@lru_cache(maxsize=1)
def argument_words() -> ArgumentWords:
    """The argument words, read once."""
    data = tomllib.loads(data_path(ARGUMENTS_FILE).read_text(encoding="utf-8"))
    sentences = data.pop("reference_sentences")
    if not isinstance(sentences, int) or sentences < 0:
        raise ValueError(f"{ARGUMENTS_FILE}: reference_sentences must be a whole number of sentences")
    return ArgumentWords(**{name: frozenset(values) for name, values in data.items()}, reference_sentences=sentences)
