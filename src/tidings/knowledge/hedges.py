"""Hedges (`data/event_hedges.toml`): words around a trigger that say it tells of no act that took
place (a modal perfect, the ability modal, a condition, a question, a habit: "whenever they meet", a
custom: "not used to asking for loans", a kind of act said to be common: "such raids are common", an
act one is open to: "subject to seizure", one of a run: "the newest in a string of raids", a
weighed, unlikely, planned, feared or prevented event, a power or a plan to act, an act none in
particular, the name of a charge, a notice to readers, a state "with", a noun that names a kind of
person or thing, what a plan or law calls for, what filled years, a tally over years, a need, a
campaign named: "the war on terror", an act wished, intended, expected, urged or risked: "intends to
blockade the port", an act a future copula names: "it will be her third visit", a state of mind:
"felt threatened", a statistic: "20 per cent of them had committed assault", "a rise in assaults", a
source's wish not to be named, an act still to come after "before" or "until" or "ahead of", an
object or an occasion with "no": "made no apologies", "at no time did they ask", anyone at all doing
it, a noun naming people by their deed where they are acted on, a participle labelling a person: "a
clerk accused of theft", a title: "Counsel Assisting", harm an accident or a force of nature did:
"hurt when a grandstand collapsed", "killed when a cyclone struck", what "no matter" leaves open:
"no matter how many he killed", an act weighed as a clause's subject: "overturning the rule would
require a review", an act after a negated word: "were not prepared to negotiate", one still to come:
"is yet to be decided", one a negated opinion doubts: "We don't think she should resign", many deeds of
several kinds: "separate gun and knife attacks", a class described by its fighting or a record it set,
a vehicle striking someone, an idiom's bare object: "without giving credit", a deed noun counted
per period: "one phone call a month", the fate foretold of whoever is caught doing something:
"shoppers caught stealing will be prosecuted", a kind of act a ban is on: "a ban on rallies",
asking much of someone: "asking a lot of our nurses", an act information may lead to: "a reward for
tips that lead to an arrest", a criminal record: "has two prior convictions", a game won by a score:
"the Hawks beat Salem 70-61", a war that sets a time or a scene: "fled during the civil war")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tidings.knowledge import read_toml

HEDGES_FILE = "event_hedges.toml"


@dataclass(frozen=True)
class HedgeWords:
    counterfactual_modals: frozenset[str]
    ability_auxiliaries: frozenset[str]
    condition_marks: frozenset[str]
    pending_marks: frozenset[str]
    coming_frames: frozenset[str]
    next_words: frozenset[str]
    question_verbs: frozenset[str]
    question_words: frozenset[str]
    habit_adverbs: frozenset[str]
    rate_periods: frozenset[str]
    rate_determiners: frozenset[str]
    generic_subjects: frozenset[str]
    habit_marks: frozenset[str]
    accustomed_words: frozenset[str]
    frequency_predicates: frozenset[str]
    liability_adjectives: frozenset[str]
    series_nouns: frozenset[str]
    several_words: frozenset[str]
    suffering_verbs: frozenset[str]
    latest_words: frozenset[str]
    unlikely_words: frozenset[str]
    planned_modifiers: frozenset[str]
    aim_verbs: frozenset[str]
    founding_verbs: frozenset[str]
    weighing_verbs: frozenset[str]
    power_nouns: frozenset[str]
    intent_nouns: frozenset[str]
    preventing_verbs: frozenset[str]
    banning_nouns: frozenset[str]
    asking_quantities: frozenset[str]
    charge_words: frozenset[str]
    notice_requests: frozenset[str]
    lead_nouns: frozenset[str]
    record_nouns: frozenset[str]
    prior_words: frozenset[str]
    notice_verbs: frozenset[str]
    notice_subjects: frozenset[str]
    no_act_determiners: frozenset[str]
    none_determiners: frozenset[str]
    occasion_nouns: frozenset[str]
    nothing_words: frozenset[str]
    anyone_words: frozenset[str]
    catching_participles: frozenset[str]
    class_pronouns: frozenset[str]
    doer_nouns: frozenset[str]
    label_participles: frozenset[str]
    visitor_participles: frozenset[str]
    fighting_participles: frozenset[str]
    record_modifiers: frozenset[str]
    stance_participles: frozenset[str]
    trend_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    weighing_modals: frozenset[str]
    mishap_verbs: frozenset[str]
    hazard_nouns: frozenset[str]
    wreaking_verbs: frozenset[str]
    wrought_harm_nouns: frozenset[str]
    vehicle_nouns: frozenset[str]
    striking_verbs: frozenset[str]
    struck_things: frozenset[str]
    road_users: frozenset[str]
    hazard_prepositions: frozenset[str]
    kind_nouns: frozenset[str]
    with_states: frozenset[str]
    naming_heads: frozenset[str]
    document_verbs: frozenset[str]
    document_nouns: frozenset[str]
    long_periods: frozenset[str]
    whole_span_prepositions: frozenset[str]
    ages: frozenset[str]
    campaign_targets: frozenset[str]
    tally_modifiers: frozenset[str]
    counted_occasions: frozenset[str]
    tally_prepositions: frozenset[str]
    need_verbs: frozenset[str]
    wishing_words: frozenset[str]
    scheduling_words: frozenset[str]
    risking_verbs: frozenset[str]
    fearing_words: frozenset[str]
    fearing_modals: frozenset[str]
    negation_kept_heads: frozenset[str]
    not_yet_adverbs: frozenset[str]
    doubting_verbs: frozenset[str]
    appealing_verbs: frozenset[str]
    mandating_verbs: frozenset[str]
    foretelling_modals: frozenset[str]
    alternative_marks: frozenset[str]
    compelling_verbs: frozenset[str]
    coerced_acts: frozenset[str]
    name_entity_types: frozenset[str]
    ending_nouns: frozenset[str]
    wished_preps: frozenset[str]
    feeling_verbs: frozenset[str]
    share_nouns: frozenset[str]
    anonymity_words: frozenset[str]
    figurative_of: frozenset[str]
    wishing_modals: frozenset[str]
    degree_words: frozenset[str]
    victory_verbs: frozenset[str]
    setting_war_nouns: frozenset[str]
    setting_prepositions: frozenset[str]
    future_auxiliaries: frozenset[str]
    authorising_nouns: frozenset[str]
    wanting_nouns: dict[str, frozenset[str]]  # preposition -> nouns (and words of warning) whose object after it is wished, not done
    idiom_objects: dict[str, frozenset[str]]  # verb -> nouns whose bare object makes an idiom ("giving credit")
    title_participles: dict[str, frozenset[str]]  # participle -> nouns it makes a title with ("counsel assisting")
    measuring_nouns: dict[str, frozenset[str]]  # preposition -> nouns whose bare object after it is counted ("a rise in assaults")


@lru_cache(maxsize=1)
def hedge_words() -> HedgeWords:
    data = read_toml(HEDGES_FILE)
    tables = {table: {word: frozenset(words) for word, words in data[table].items()} for table in ("wanting_nouns", "idiom_objects", "title_participles", "measuring_nouns")}
    return HedgeWords(**{name: tables.get(name) or frozenset(data[name]) for name in HedgeWords.__dataclass_fields__})
