"""Event arguments: who does an event to whom, read from the clause, from nominal phrases, from
other events of the article, and never from a dateline or a quotation's speaker."""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.tokens import Doc

from tidings.knowledge.arguments import _has_prefix
from tidings.model import Event, Record
from tidings.stages.events.arguments import _reduced_passive_subject, prep_objects

Read = Callable[..., Record]


def _event(record: Record, trigger: str) -> Event:
    return next(e for e in record.events if e.trigger == trigger)


def _names(record: Record, actor_ids: list[str]) -> set[str]:
    return {record.actor(a).name for a in actor_ids}


def _codes(record: Record, actor_ids: list[str]) -> set[str]:
    return {record.actor(a).cameo for a in actor_ids}


# -- lists of actors ---------------------------------------------------------------------------
def test_listed_parties_of_a_reciprocal_event_are_sources_and_targets(read: Read) -> None:
    record = read("Croatia and Serbia clashed over the border.")
    event = _event(record, "clash")
    assert _names(record, event.sources) == _names(record, event.targets) == {"Croatia", "Serbia"}


def test_a_code_is_of_a_set_of_prefixes_only_where_one_of_them_starts_it():
    assert _has_prefix("1823", frozenset({"17", "18"})) and _has_prefix("1823", frozenset({"18"}))
    assert not _has_prefix("0182", frozenset({"18"})) and not _has_prefix("1823", frozenset())


def test_listed_parties_acting_on_no_one_named_have_no_target(read: Read) -> None:
    event = _event(read("Germany and Italy condemned the vote."), "condemn")
    assert event.targets == []


def test_listed_parties_of_a_one_way_attack_are_co_sources_not_each_others_targets(read: Read) -> None:
    record = read("Argentine and Brazilian jets attacked rebel camps on Tuesday.")
    event = _event(record, "attack")
    assert _names(record, event.sources) == {"Argentina", "Brazil"}
    assert not set(event.sources) & set(event.targets)


def test_listed_parties_attacking_each_other_are_sources_and_targets(read: Read) -> None:
    record = read("Argentine and Brazilian troops attacked each other near the border.")
    event = _event(record, "attack")
    assert _codes(record, event.sources) == _codes(record, event.targets) == {"ARGMIL", "BRAMIL"}


def test_talks_between_two_parties_have_both_on_each_side(read: Read) -> None:
    record = read("Talks between Serbia and Kosovo resumed in Brussels.")
    event = _event(record, "talk")
    assert _names(record, event.sources) == _names(record, event.targets) == {"Serbia", "Kosovo"}


def test_an_agreement_told_with_its_parties_after_between_is_theirs(read: Read) -> None:
    record = read("The truce agreed between Israel and Hamas in May has collapsed.")
    event = _event(record, "agree")
    assert _names(record, event.sources) == _names(record, event.targets) == {"Israel", "Hamas"}


def test_an_accord_signed_among_parties_is_signed_by_them(read: Read) -> None:
    record = read("The accord, signed last month among rival Somali clans, has held.")
    assert _codes(record, _event(record, "sign").sources) == {"SOM"}


def test_a_subject_naming_an_actor_is_the_source_before_a_between_phrase(read: Read) -> None:
    record = read("Egypt mediated between Israel and Hamas.")
    assert _names(record, _event(record, "mediate").sources) == {"Egypt"}


def test_talks_between_a_government_and_a_named_group_keep_both_parties(read: Read) -> None:
    record = read("The talks between the Colombian government and FARC rebels collapsed.")
    assert {"COLGOV", "COLREB"} <= _codes(record, _event(record, "talk").sources)


def test_a_visiting_leader_after_with_is_the_partner_of_talks(read: Read) -> None:
    record = read("Chinese Premier Li Peng held talks with visiting Thai Prime Minister Chuan Leekpai.", published="1998-05-04")
    assert _codes(record, _event(record, "talk").targets) == {"THAGOV"}


def test_a_country_and_its_own_forces_are_one_party_not_a_reciprocal_pair(read: Read) -> None:
    record = read("Russian tanks and troops clashed near the village on Sunday.")
    clash = _event(record, "clash")
    assert "RUSMIL" in _codes(record, clash.sources)
    assert "RUS" not in _codes(record, clash.targets)


def test_a_mediator_acts_on_the_parties_between_which_it_mediates(read: Read) -> None:
    record = read("Qatar launched a mediation effort between Israel and Hamas.")
    event = _event(record, "mediation")
    assert (_names(record, event.sources), _names(record, event.targets)) == ({"Qatar"}, {"Israel", "Hamas"})


# -- the clause --------------------------------------------------------------------------------
def test_the_subject_of_a_state_after_be_is_its_agent(read: Read) -> None:
    record = read("Poland is opposed to the German plan.")
    assert _names(record, _event(record, "oppose").sources) == {"Poland"}


def test_a_list_the_parser_hung_on_an_opening_phrase_is_still_the_subject(read: Read) -> None:
    record = read(
        "After the signing of a truce accord in Nairobi last month, the Kenyan government "
        "and the Somali rebels have agreed to allow trade."
    )
    assert _codes(record, _event(record, "agree").sources) == {"KENGOV", "SOMREB"}


def test_who_draws_an_event_undergoes_it_and_its_from_phrase_does_it(read: Read) -> None:
    record = read("Serbia drew sharp criticism from Croatia over the border closure.")
    event = _event(record, "criticism")
    assert (_names(record, event.sources), _names(record, event.targets)) == ({"Croatia"}, {"Serbia"})


def test_who_repels_or_survives_an_attack_undergoes_it(read: Read) -> None:
    record = read("The Malian army repelled an attack by Tuareg rebels.")
    event = _event(record, "attack")
    assert (_codes(record, event.sources), _codes(record, event.targets)) == ({"MLIREB"}, {"MLIMIL"})


def test_a_host_receiving_a_delegation_is_not_who_undergoes_the_visit(read: Read) -> None:
    record = read("Turkey received the Greek delegation on Monday.")
    assert "Turkey" not in _names(record, _event(record, "delegation").targets)


def test_a_verb_joined_to_a_passive_one_takes_its_subject(read: Read) -> None:
    record = read("The Chilean interior minister was indicted by a court and will resign.")
    assert _codes(record, _event(record, "resign").sources) == {"CHLGOV"}


def test_a_gerund_after_a_preposition_takes_the_object_of_the_verb_above(read: Read) -> None:
    record = read("Ukraine accused Russia of shelling the city.")
    assert _names(record, _event(record, "shell").sources) == {"Russia"}


def test_a_gerund_of_means_is_done_by_whoever_does_the_verb_it_hangs_on(read: Read) -> None:
    record = read("Kenyan officials accused Uganda of breaking the truce by shelling border villages.")
    assert _names(record, _event(record, "shell").sources) == {"Uganda"}


def test_a_gerund_of_means_hung_on_an_accusation_is_done_by_the_accused(read: Read) -> None:
    record = read("Kenya has accused Uganda of escalating tension by arresting three Kenyans, including a teacher, a week after it promised calm.")
    assert _names(record, _event(record, "arrest").sources) == {"Uganda"}  # "by" parsed as hung on "accused"


def test_a_nominal_event_an_accusation_blames_on_someone_is_done_by_the_accused(read: Read) -> None:
    record = read("Ghana blamed Togo for the killing of four traders.")
    assert _names(record, _event(record, "killing").sources) == {"Togo"}


def test_a_call_set_apart_after_an_accusation_is_held_by_the_accuser(read: Read) -> None:
    record = read('The Nigerian president also accused the Togolese leader of "doing nothing to stop" raids, in a phone call with the Ghanaian president, his office said.')
    call = _event(record, "call")
    assert _codes(record, call.sources) == {"NGAGOV"}
    assert _codes(record, call.targets) == {"GHAGOV"}


def test_an_appeal_to_uncoded_people_leaves_what_they_are_asked_to_do_without_the_caller(read: Read) -> None:
    record = read("The Chilean president appealed to shoppers to boycott Peruvian goods.")
    assert _event(record, "boycott").sources == []


def test_a_states_act_told_in_the_passive_is_done_by_the_country_it_was_done_in(read: Read) -> None:
    record = read("Two German tourists were arrested in Kenya on Friday. Two Dutch tourists were killed in Kenya on Monday.")
    assert _names(record, _event(record, "arrest").sources) == {"Kenya"}
    assert _event(record, "kill").sources == []  # a killing is no act of a state's authorities


def test_who_a_past_participle_describes_undergoes_it_even_parsed_as_its_subject(read: Read) -> None:
    record = read("Police said the Australian arrested in Kenya for smuggling guns is from Perth.")
    event = _event(record, "arrest")
    assert (_names(record, event.sources), _names(record, event.targets)) == ({"Kenya"}, {"Australia"})
    record = read("Two Britons detained in Kenya were freed on bail.")
    assert _names(record, _event(record, "detain").sources) == {"Kenya"}
    record = read("The minister announced a ban on night flights, a decision that has the Sydney Airport Corporation concerned.")
    assert _names(record, _event(record, "concern").sources) == {"Sydney Airport Corporation"}  # a feeling is its holder's


def test_a_count_in_apposition_to_the_subject_does_not_rename_it(read: Read) -> None:
    record = read("The boss of a Belgian travel agency that sold a ski tour where 15 people drowned, nine of them Germans, has rejected the charges.")
    assert "DEU" not in _codes(record, _event(record, "reject").sources)
    record = read("The head of the agency, John Smith, criticised the Senate.")
    assert _names(record, _event(record, "criticise").sources) == {"John Smith"}


def test_the_side_one_fights_for_is_no_target_where_a_phrase_of_time_still_leads_to_one(read: Read) -> None:
    record = read("A Canadian man was seized in Kandahar after fighting for the Taliban militia.")
    assert _event(record, "fight").targets == []
    record = read("Hamas militants fought for hours against Israeli troops.")
    assert _codes(record, _event(record, "fight").targets) == {"ISRMIL"}


def test_a_by_phrase_the_parser_hung_on_the_active_verb_is_the_agent_of_its_object_event(read: Read) -> None:
    record = read("Kenyan opposition supporters held a rally to protest the arrest of their leader by police.")
    assert _codes(record, _event(record, "arrest").sources) == {"KENCOP"}
    protest = next(e for e in record.events if e.plover == "PROTEST")  # the rally and its purpose: one protest
    assert _codes(record, protest.targets) == {"KENCOP"}  # a protest judges the arrest


def test_who_remains_in_detention_undergoes_it_and_who_holds_someone_there_does_it(read: Read) -> None:
    record = read("Two Kenyan journalists remain in detention in Uganda.")
    event = _event(record, "detention")
    assert (_codes(record, event.sources), _codes(record, event.targets)) == ({"UGA"}, {"KENMED"})
    record = read("Ugandan police held the Kenyan activist in detention for a week.")
    event = _event(record, "detention")
    assert (_codes(record, event.sources), _codes(record, event.targets)) == ({"UGACOP"}, {"KENOPP"})


def test_the_for_phrase_before_an_infinitive_after_a_noun_is_its_subject(read: Read) -> None:
    record = read("Chechen rebels ignored a deadline set by Russian commanders for them to surrender within a day.")
    assert _codes(record, _event(record, "surrender").sources) == {"RUSREB"}


def test_a_description_set_off_by_a_comma_after_a_phrase_is_no_object_of_the_verb(read: Read) -> None:
    record = read("The attackers fired at night watchmen as they stormed the compound, the private home of President Kibaki.")
    assert _event(record, "fire").targets == []
    record = read("The attackers fired at night watchmen as they stormed the compound - the private home of President Kibaki.")
    assert _event(record, "fire").targets == []


def test_a_from_phrase_names_who_a_nominal_event_comes_from(read: Read) -> None:
    record = read("Condemnation from Norway followed the Danish vote. Mortar fire from Eritrea hit the Ethiopian town.")
    assert _names(record, _event(record, "condemnation").sources) == {"Norway"}
    assert (_names(record, _event(record, "fire").sources), _event(record, "fire").targets) == ({"Eritrea"}, [])


def test_a_from_phrase_of_a_withdrawal_names_what_is_left(read: Read) -> None:
    record = read("The Turkish withdrawal from Cyprus began on Monday.")
    event = _event(record, "withdrawal")
    assert (_names(record, event.sources), _names(record, event.targets)) == ({"Turkey"}, {"Cyprus"})


def test_who_comes_under_an_attack_undergoes_it(read: Read) -> None:
    record = read("The Armenian village came under shelling from Azerbaijani troops.")
    event = _event(record, "shell")
    assert (_codes(record, event.sources), _codes(record, event.targets)) == ({"AZEMIL"}, {"ARMCVL"})


def test_a_speaker_who_says_it_came_under_attack_is_its_target(read: Read) -> None:
    record = read("Armenia said it had come under attack on Monday. Chad said its soldiers died in an ambush.")
    attack, ambush = _event(record, "attack"), _event(record, "ambush")
    assert (attack.sources, _names(record, attack.targets)) == ([], {"Armenia"})
    assert (ambush.sources, _codes(record, ambush.targets)) == ([], {"TCDMIL"})


def test_who_is_under_arrest_undergoes_it_done_by_the_country_it_is_in(read: Read) -> None:
    record = read("The Ghanaian opposition leader, who remains under house arrest in Ghana, called for calm.")
    event = _event(record, "arrest")
    assert (_codes(record, event.sources), _codes(record, event.targets)) == ({"GHA"}, {"GHAOPP"})


def test_a_gerund_after_a_reduced_passive_is_done_by_the_noun_it_describes(read: Read) -> None:
    record = read("Police in Lima arrested a Chilean officer accused of shooting two farmers.")
    assert _codes(record, _event(record, "shoot").sources) == {"CHLMIL"}


def test_a_consultation_is_held_with_the_party_after_with_not_one_its_object_names(read: Read) -> None:
    record = read("The envoy discussed Kenya's request with Uganda on Monday.")
    assert _names(record, _event(record, "discuss").targets) == {"Uganda"}


def test_a_passive_act_of_force_takes_its_agent_from_a_clause_of_force_beside_it(read: Read) -> None:
    record = read("Two policemen were killed as Taliban fighters attacked a checkpoint.")
    event = _event(record, "kill")
    assert (_names(record, event.sources), _codes(record, event.targets)) == ({"Taliban"}, {"AFGCOP"})


def test_a_passive_act_of_force_joined_to_an_attack_on_another_side_is_done_by_the_attackers(read: Read) -> None:
    record = read("Israeli troops stormed the refugee camp, and three Palestinian gunmen were killed.")
    event = _event(record, "kill")
    assert (_codes(record, event.sources), _codes(record, event.targets)) == ({"ISRMIL"}, {"PSEUAF"})


def test_a_passive_act_of_force_joined_to_an_attack_by_its_own_side_keeps_no_agent(read: Read) -> None:
    record = read("Israeli troops stormed the refugee camp and two Israeli soldiers were wounded.")
    assert _event(record, "wound").sources == []


def test_a_passive_act_of_force_takes_its_agent_from_a_when_clause_parsed_as_an_adverb(read: Read) -> None:
    record = read("Two Indian soldiers were killed when Pakistani troops shelled their post.")
    assert _codes(record, _event(record, "kill").sources) == {"PAKMIL"}


def test_a_passive_act_of_force_takes_the_agent_of_the_attack_it_happened_in(read: Read) -> None:
    record = read("Four Nigerian soldiers were killed in a Boko Haram attack near the lake.")
    assert _codes(record, _event(record, "kill").sources) == {"NGAREB"}


def test_a_passive_act_of_force_in_a_place_takes_no_agent_from_the_place(read: Read) -> None:
    record = read("Four soldiers were killed in a Nigerian village.")
    assert _event(record, "kill").sources == []


def test_an_act_named_as_the_agent_of_a_passive_is_not_done_by_the_owner_of_what_it_hit(read: Read) -> None:
    record = read("Ohio Gov. Jane Smith's barn was gutted by arson on Friday.")
    assert _event(record, "arson").sources == []  # was the governor, whose house burned
    record = read("Kenyan President Tom Mboya's convoy was hit by an ambush on Monday.")
    assert _event(record, "ambush").sources == []


def test_a_passive_agent_hung_on_a_noun_of_the_verbs_phrases_is_its_source(read: Read) -> None:
    record = read("Maria Lopez was offered the post of health minister by Ghanaian President Tom Hale on Monday.")
    assert _names(record, _event(record, "offer").sources) == {"Tom Hale"}  # was none: "by" hung on "post"
    record = read("Ray Dunn was sentenced on Tuesday to eight months in the county jail at a hearing in Marion by Circuit Judge Lisa Grant.")
    sentence = _event(record, "sentence")  # the "by" hung three phrases down
    assert (_codes(record, sentence.sources), _names(record, sentence.targets)) == ({"---JUD"}, {"Ray Dunn"})  # was the judge a target
    record = read("Tom Reed was arrested at a house owned by Dallas Mayor Ann Cole.")
    assert _event(record, "arrest").sources == []  # the owner of the house arrests no one


def test_a_subject_named_by_a_possessive_pronoun_is_its_possessors(read: Read) -> None:
    record = read("The Polish defence ministry said its forces had shot down a drone.")
    assert _codes(record, _event(record, "shoot").sources) == {"POLGOV"}


def test_a_passive_beside_a_clause_that_is_no_act_of_force_keeps_no_agent(read: Read) -> None:
    record = read("Two policemen were killed when Poland announced its budget.")
    assert _event(record, "kill").sources == []


def test_a_gerund_after_an_adjective_takes_the_subject_of_its_copula(read: Read) -> None:
    record = read("Peru and Chile are guilty of violating the truce.")
    assert _names(record, _event(record, "violate").sources) == {"Peru", "Chile"}


def test_a_frame_finds_its_target_a_few_clauses_down(read: Read) -> None:
    record = read("Norway is willing to send equipment to help defend Latvia.")
    assert _names(record, _event(record, "willing").targets) == {"Latvia"}


def test_a_frame_of_giving_targets_the_recipient_not_the_thing_given(read: Read) -> None:
    record = read("France is ready to contribute troops to a force in Mali.")
    assert _names(record, _event(record, "ready").targets) == {"Mali"}


def test_an_actor_own_possessive_pronoun_is_not_its_target(read: Read) -> None:
    record = read("Israel strengthened its forces in Lebanon.")
    assert _names(record, _event(record, "strengthen").targets) == {"Lebanon"}


# -- other events ------------------------------------------------------------------------------
def test_a_definite_noun_takes_the_parties_of_the_event_told_before(read: Read) -> None:
    record = read("Maria Lopez met Tomas Berg on Wednesday. The meeting lasted four hours.")
    event = next(e for e in record.events if "meeting" in {m.text for m in e.mentions})  # one event with "met"
    assert (_names(record, event.sources), _names(record, event.targets)) == ({"Maria Lopez"}, {"Tomas Berg"})


def test_a_condemnation_targets_the_source_of_the_attack_it_condemns(read: Read) -> None:
    record = read("Russian forces shelled Kharkiv on Monday. Ukraine condemned the attack.")
    assert _codes(record, _event(record, "condemn").targets) == {"RUSMIL"}


def test_an_accusation_targets_who_did_what_its_clause_tells(read: Read) -> None:
    record = read("Niger complained that Mali had broken the truce. Laos alleges the ambush was carried out by Thai militias.")
    assert _names(record, _event(record, "complain").targets) == {"Mali"}
    assert _codes(record, _event(record, "allege").targets) == {"THAUAF"}


def test_a_rejection_of_an_offer_told_before_targets_who_made_it(read: Read) -> None:
    record = read("The Nepalese king offered talks to the Maoist rebels. The rebels rejected the offer.")
    assert _codes(record, _event(record, "reject").targets) == {"NPLGOV"}


def test_a_rejection_or_denial_of_claims_told_before_targets_who_made_them(read: Read) -> None:
    record = read("The Serbian foreign minister said on Monday that Kosovo had broken the deal. Kosovo's prime minister denied the allegations.")
    assert _codes(record, _event(record, "deny").targets) == {"SRBGOV"}
    record = read("Turkey's president repeated that a network run by the cleric Fethullah Gulen was behind the coup. Gulen rejected those claims.")
    assert _names(record, _event(record, "reject").targets) == {"Recep Tayyip Erdoğan"}


def test_an_attack_in_a_campaign_is_done_by_whose_campaign_it_is(read: Read) -> None:
    record = read("Hezbollah ended its campaign of rocket attacks against Israel.")
    event = _event(record, "attack")
    assert (_names(record, event.sources), _names(record, event.targets)) == ({"Hezbollah"}, {"Israel"})


def test_every_listed_act_in_a_campaign_is_done_by_whose_campaign_it_is(read: Read) -> None:
    record = read("Hezbollah called off its campaign of kidnappings and rocket attacks against Israel.")
    assert _names(record, _event(record, "attack").sources) == {"Hezbollah"}


def test_who_dies_by_force_undergoes_it(read: Read) -> None:
    record = read("A Tibetan monk died under torture last week.")
    event = _event(record, "die")
    assert (event.sources, _codes(record, event.targets)) == ([], {"CHNREL"})


def test_who_dies_in_custody_dies_by_the_holders_force(read: Read) -> None:
    record = read("A Tibetan monk died under torture in Chinese police custody.")
    event = _event(record, "die")
    assert (_codes(record, event.sources), _codes(record, event.targets)) == ({"CHN", "CHNCOP"}, {"CHNREL"})


def test_who_is_killed_at_the_hands_of_a_force_is_killed_by_it(read: Read) -> None:
    record = read("Three villagers were killed at the hands of the Sudanese army last year.")
    assert _codes(record, _event(record, "kill").sources) == {"SDNMIL"}


def test_a_wound_in_ones_own_hand_names_no_agent(read: Read) -> None:
    record = read("An Iraqi soldier was wounded in his hand during the clash.")
    assert _event(record, "wound").sources == []


def test_participles_joined_after_a_statement_are_all_its_authors(read: Read) -> None:
    record = read("The Taliban issued a statement denouncing the election and calling for a boycott by Afghans.")
    assert _names(record, _event(record, "call").sources) == _names(record, _event(record, "denounce").sources) == {"Taliban"}


def test_a_rejected_offer_targets_the_maker_its_phrase_names(read: Read) -> None:
    record = read("The Tamil rebels rejected an offer of talks made by the Sri Lankan government.")
    assert _codes(record, _event(record, "reject").targets) == {"LKAGOV"}


def test_who_orders_an_arrest_arrests(read: Read) -> None:
    record = read("The Kenyan president ordered the arrest of three opposition leaders on Friday.")
    assert _codes(record, _event(record, "arrest").sources) == {"KENGOV"}


def test_an_arrest_ordered_in_the_passive_is_made_by_its_agent(read: Read) -> None:
    record = read("The arrest of the rebel leaders was ordered by the Nepalese army.")
    assert _codes(record, _event(record, "arrest").sources) == {"NPLMIL"}


def test_who_demands_an_arrest_does_not_arrest(read: Read) -> None:
    record = read("Kenyan students demanded the arrest of the police officers.")
    assert not any(e.trigger == "arrest" and e.sources for e in record.events)


def test_a_possessor_of_an_arrest_of_someone_is_who_arrests(read: Read) -> None:
    record = read("The Egyptian army's detention of a Sudanese journalist angered Khartoum.")
    event = _event(record, "detention")
    assert (_codes(record, event.sources), _codes(record, event.targets)) == ({"EGYMIL"}, {"SDNMED"})


def test_a_subject_naming_a_deed_by_someone_is_done_by_them(read: Read) -> None:
    record = read("The shelling of the Georgian consulate by separatists killed two guards.")
    assert _codes(record, _event(record, "kill").sources) == {"GEOREB"}


def test_a_protest_targets_whom_its_purpose_targets(read: Read) -> None:
    record = read("Farmers staged protests in Paris to demand aid from the French government.")
    assert _codes(record, _event(record, "protest").targets) == {"FRAGOV"}


def test_a_relative_pronoun_subject_stands_for_the_noun_its_clause_describes(read: Read) -> None:
    record = read("Syrian rebels, who attacked an army base on Monday, said they had captured a town.")
    assert _codes(record, _event(record, "attack").sources) == {"SYRREB"}


def test_a_relative_pronoun_object_stands_for_the_noun_its_clause_describes(read: Read) -> None:
    record = read("Ukrainian soldiers, whom Russian forces attacked overnight, held the bridge.")
    event = _event(record, "attack")
    assert (_codes(record, event.sources), _codes(record, event.targets)) == ({"RUSMIL"}, {"UKRMIL"})


def test_a_relative_clause_on_a_description_in_apposition_stands_for_the_person(read: Read) -> None:
    record = read("Omar Haddad, the ex-Kremlin adviser who negotiated the ceasefire, spoke on Monday.")
    assert _names(record, _event(record, "negotiate").sources) == {"Omar Haddad"}


def test_a_passive_subject_is_the_agent_of_the_infinitive_after_its_verb(read: Read) -> None:
    record = read("The Kenyan minister was forced to resign after the scandal.")
    assert _codes(record, _event(record, "resign").sources) == {"KENGOV"}


def test_the_subject_of_a_verb_before_a_passive_infinitive_undergoes_it(read: Read) -> None:
    record = read("The Kenyan minister is reported to have been arrested on Friday.")  # "is expected to be arrested": no arrest yet
    event = _event(record, "arrest")
    assert (event.sources, _codes(record, event.targets)) == ([], {"KENGOV"})


def test_a_verb_conjoined_with_a_gerund_shares_the_gerunds_agent(read: Read) -> None:
    record = read("Nadia Rahimi was charged with leading the gang and conspiring to kill two judges.")
    assert _names(record, _event(record, "conspire").sources) == _names(record, _event(record, "kill").sources) == {"Nadia Rahimi"}


def test_an_infinitive_after_a_gerund_shares_the_gerunds_agent(read: Read) -> None:
    record = read("Turkey accused Syrian rebels of trying to attack its border posts.")
    assert _codes(record, _event(record, "attack").sources) == {"SYRREB"}


def test_the_noun_a_past_participle_describes_undergoes_it(read: Read) -> None:
    record = read("Kenyan police officer charged over teen's death")
    event = _event(record, "charge")
    assert (event.sources, _codes(record, event.targets)) == ([], {"KENCOP"})


def test_a_participle_with_an_object_is_no_reduced_passive() -> None:
    words = ["Militia", "fighters", "burned", "the", "village"]  # an active headline parsed as a noun phrase
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 2], deps=["compound", "ROOT", "acl", "det", "dobj"],
              tags=["NN", "NNS", "VBN", "DT", "NN"], pos=["NOUN", "NOUN", "VERB", "DET", "NOUN"])
    assert _reduced_passive_subject(doc[2], list(doc[2].children)) == []
    doc[4].dep_ = "npadvmod"
    assert [t.text for t in _reduced_passive_subject(doc[2], list(doc[2].children))] == ["fighters"]


def test_a_name_after_the_verb_taken_for_an_adverb_is_its_object(read: Read) -> None:
    record = read("The Turkish president, Recep Tayyip Erdogan, criticised Sweden.")
    assert _codes(record, _event(record, "criticise").targets) == {"SWE"}


def test_force_used_to_another_forceful_end_targets_whom_that_end_targets(read: Read) -> None:
    record = read("Turkish police opened fire to disperse Kurdish demonstrators on Sunday.")
    assert _names(record, _event(record, "fire").targets) == {"demonstrators"}


def test_force_used_to_protect_someone_does_not_target_them(read: Read) -> None:
    record = read("Soldiers opened fire to protect Malian civilians.")
    assert _event(record, "fire").targets == []


def test_a_gerund_after_an_accused_party_is_done_by_that_party(read: Read) -> None:
    record = read("The Ethiopian government accused the Tigrayan rebels of attacking civilians.")
    assert _codes(record, _event(record, "attack").sources) == {"ETHREB"}


def test_a_nominal_event_beside_a_misparsed_participle_takes_the_noun_it_hangs_on(read: Read) -> None:
    record = read("Kurdish students resorted to throwing eggs during a rally in Ankara, police said.")
    assert _names(record, _event(record, "rally").sources) == {"students"}


def test_a_recipient_the_parser_made_a_clause_subject_is_still_the_recipient() -> None:
    # the parse a long sentence can get: "to" left without an object, "officers hiding" a clause of "granted"
    words = ["Chile", "granted", "asylum", "to", "four", "officers", "hiding", "in", "Lima", "."]
    heads = [1, 1, 1, 1, 5, 6, 1, 6, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "dative", "nummod", "nsubj", "advcl", "prep", "pobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in prep_objects(doc[1], frozenset({"to"}))] == ["officers"]
    assert prep_objects(doc[1], frozenset({"in"})) == []


def test_a_request_targets_the_subject_of_its_for_clause(read: Read) -> None:
    record = read("Kenya's president is pressing for Ethiopia to withdraw its troops from the border.")
    assert _codes(record, _event(record, "press").targets) == {"ETH"}


def test_each_of_a_list_of_modifiers_before_a_noun_is_a_party(read: Read) -> None:
    record = read("Greek and Turkish officials met in Athens.")
    assert _codes(record, _event(record, "meet").sources) == {"GRCGOV", "TURGOV"}


def test_an_infinitive_after_a_noun_is_done_by_the_noun_possessor(read: Read) -> None:
    record = read("Venezuela's decision to expel the Colombian envoy angered Bogota.")
    assert _codes(record, _event(record, "expel").sources) == {"VEN"}


# -- who is never a party ----------------------------------------------------------------------
def test_the_speaker_of_a_quotation_is_not_the_agent_of_what_it_reports(read: Read) -> None:
    record = read('"They opened fire on the crowd," police official Ahmed Khan told AFP.')
    assert "Ahmed Khan" not in _names(record, _event(record, "fire").sources)


def test_a_complaint_targets_the_source_of_what_it_is_about_before_its_addressee(read: Read) -> None:
    record = read("Lebanon complained to the United Nations over Israeli air raids.")
    assert _names(record, _event(record, "complain").targets[:1]) == {"Israel"}


def test_a_ban_targets_the_organiser_of_what_it_bans(read: Read) -> None:
    record = read("Police banned the rally organised by the opposition in Minsk.")
    assert _codes(record, _event(record, "ban").targets) == {"BLROPP"}


def test_an_infinitive_after_an_object_is_that_object_doing(read: Read) -> None:
    record = read("France persuaded Iran to release the sailors.")  # "urged Iran to release": no release yet
    assert _names(record, _event(record, "release").sources) == {"Iran"}


def test_a_nominal_event_beside_a_clause_of_its_kind_shares_its_parties(read: Read) -> None:
    record = read("Burmese troops captured the town after five days of fighting.")
    assert _codes(record, _event(record, "fighting").sources) == {"MMRMIL"}


def test_a_nominal_event_beside_a_clause_of_another_kind_does_not(read: Read) -> None:
    record = read("Police fired tear gas during demonstrations in Nairobi.")
    assert _event(record, "demonstration").sources == []


def test_a_participle_before_its_object_takes_the_clause_subject(read: Read) -> None:
    record = read("Officials said North Korea has been test-firing missiles all year.")
    assert _names(record, _event(record, "fire").sources) == {"North Korea"}


def test_an_adjective_infinitive_takes_the_noun_the_adjective_describes(read: Read) -> None:
    record = read("Maria Lopez glad to meet Tomas Berg\n\nThe two met in Oslo.")
    assert _names(record, _event(record, "meet").sources) == {"Maria Lopez"}


def test_a_gerund_after_the_object_of_a_verb_takes_the_verb_subject(read: Read) -> None:
    record = read("Russia and China have a long history of cooperating on energy.")
    assert _names(record, _event(record, "cooperate").sources) == {"Russia", "China"}


def test_a_hyphenated_nominal_event_keeps_its_possessor(read: Read) -> None:
    record = read("North Korea praised Russia for its counter-sanctions against Europe.")
    assert _names(record, _event(record, "sanction").sources) == {"Russia"}


def test_the_force_a_show_of_force_moves_is_not_its_target(read: Read) -> None:
    record = read("Poland mobilized army reservists for a possible war against Belarus.")
    assert _names(record, _event(record, "mobilize").targets) == {"Belarus"}


def test_the_possessor_of_an_arrest_is_the_one_arrested(read: Read) -> None:
    record = read("Police confirmed Maria Lopez's arrest on Monday.")
    event = _event(record, "arrest")
    assert _names(record, event.targets) == {"Maria Lopez"} and "Maria Lopez" not in _names(record, event.sources)


def test_the_possessor_of_a_conviction_of_an_offence_is_the_one_convicted(read: Read) -> None:
    record = read("Tom Hale appealed his conviction of murder on Tuesday.")
    event = _event(record, "conviction")
    assert _names(record, event.targets) == {"Tom Hale"} and event.sources == []


def test_the_possessor_of_an_arrest_of_a_party_is_the_one_arresting(read: Read) -> None:
    record = read("Iran defended its arrest of three British sailors.")
    assert _names(record, _event(record, "arrest").sources) == {"Iran"}


def test_a_gerund_on_the_charge_one_was_detained_on_is_done_by_who_was_detained(read: Read) -> None:
    record = read("Dan Kessler was detained on Sunday on a count of battery for attacking Tom Hale with a bottle.")
    event = _event(record, "attack")
    assert _names(record, event.sources) == {"Dan Kessler"} and _names(record, event.targets) == {"Tom Hale"}


def test_a_gerund_after_a_preposition_of_time_is_the_subject_doing(read: Read) -> None:
    record = read("Peru, after criticising Chile, urged Bolivia to stay calm.")
    assert _names(record, _event(record, "criticise").sources) == {"Peru"}


def test_a_nominal_event_after_against_is_not_the_subject_doing(read: Read) -> None:
    record = read("Maria Lopez argued against deportation in court.")
    assert _event(record, "deportation").sources == []


def test_a_measure_before_an_infinitive_is_not_its_agent(read: Read) -> None:
    record = read("Kenyan police spent two hours negotiating with the gunmen.")
    assert _codes(record, _event(record, "negotiate").sources) == {"KENCOP"}


# -- a place as the party acted on --------------------------------------------------------------
def test_an_event_in_a_city_with_no_target_named_targets_the_city_country(read: Read) -> None:
    record = read("The army imposed a curfew in Marseille on Friday.")
    event = _event(record, "curfew")
    assert _codes(record, event.targets) == {"FRA"}


def test_a_place_that_stands_for_an_actor_already_is_that_actor(read: Read) -> None:
    record = read("Kenyan troops imposed a curfew in Somalia.")
    event = _event(record, "curfew")
    assert _names(record, event.targets) == {"Somalia"}


def test_a_named_target_is_kept_over_the_place_of_the_event(read: Read) -> None:
    record = read("Police arrested two Kenyan journalists in Marseille.")
    event = _event(record, "arrest")
    assert _codes(record, event.targets) == {"KENMED"}


def test_people_a_role_noun_for_one_person_counts_or_introduces_are_the_target_not_the_place(read: Read) -> None:
    record = read("Deputies in Kansas detained two reporters at a school board meeting on Friday.")
    assert _codes(record, _event(record, "detain").targets) == {"USAMED"}  # was USA, for Kansas
    record = read("A masked gunman shot a judge and a bailiff outside the county courthouse in Ohio on Tuesday.")
    assert _codes(record, _event(record, "shoot").targets) == {"USAJUD"}  # was none


def test_a_role_noun_told_of_before_stays_the_person_it_stands_for(read: Read) -> None:
    record = read("Judge Ann Wells of Ohio ruled on Monday. A man threatened the judge outside the court.")
    assert _names(record, _event(record, "threaten").targets) == {"Ann Wells"}


def test_an_event_done_to_uncounted_people_of_no_actor_does_not_target_the_place(read: Read) -> None:
    record = read("Police in Ohio arrested a teacher on Friday.")
    assert _event(record, "arrest").targets == []  # not the United States, for Ohio


def test_a_crowd_fired_at_or_dispersed_is_the_target_not_the_place(read: Read) -> None:
    record = read("Riot police opened fire on the crowd outside the stadium in Lagos on Sunday.")
    assert _codes(record, _event(record, "fire").targets) == {"NGACVL"}  # was NGA, for Lagos
    record = read("Troops in Harare dispersed a crowd near the main market with batons.")
    assert _codes(record, _event(record, "disperse").targets) == {"ZWECVL"}  # was ZWE


def test_people_a_statement_or_an_appeal_is_addressed_to_are_its_target(read: Read) -> None:
    record = read("Dutch Prime Minister Ruth Aalders told lawmakers in The Hague that the budget would balance.")
    assert _codes(record, _event(record, "tell").targets) == {"NLDLEG"}  # was none
    record = read("Highway officials in Vermont urged motorists to stay off the roads during the storm.")
    assert _codes(record, _event(record, "urge").targets) == {"USACVL"}  # was USA, for Vermont
    record = read("The singer Ann Cole told People last week that her tour had been a joy.")
    assert _event(record, "tell").targets == []  # a magazine, not people


def test_the_addressee_of_a_message_sent_to_someone_is_the_statements_target(read: Read) -> None:
    record = read("Mayor Rita Dunn of Topeka said in a memo sent to the Kansas City Star that the budget was sound.")
    assert _names(record, _event(record, "say").targets) == {"Kansas City Star"}  # was none


def test_a_navy_ship_attacked_in_a_port_is_the_target_not_the_port(read: Read) -> None:
    record = read("The USS Halsey was attacked by a small boat in Aden in 2001.")
    assert _codes(record, _event(record, "attack").targets) == {"USAMIL"}  # was YEM, for Aden


def test_the_one_charged_in_a_deed_is_its_alleged_doer_and_its_victim_keeps_the_place_out(read: Read) -> None:
    record = read("Carl Penn, 31, was charged in the shooting of a store clerk in Toledo, Ohio.")
    shooting = _event(record, "shooting")
    assert _names(record, shooting.sources) == {"Carl Penn"} and shooting.targets == []  # was none; not the United States
    record = read("A Reno man charged with the brutal murder of his brother appeared in court in Nevada on Monday.")
    assert _codes(record, _event(record, "murder").sources) == {"USAPPL"}  # was none


def test_the_one_arrested_in_a_raid_is_not_the_raider(read: Read) -> None:
    record = read("Marco Riva was arrested in a raid on a farm in Sicily.")
    assert _event(record, "raid").sources == []


def test_talk_held_in_a_city_does_not_target_its_country(read: Read) -> None:
    record = read("The foreign minister spoke with the Kenyan envoy in Marseille on Friday.")
    assert [record.actor(a).cameo for a in _event(record, "speak").targets] == ["KENGOV"]


def test_a_visit_to_a_capital_targets_the_host_country(read: Read) -> None:
    record = read("The Kenyan president arrived in Beijing on Friday for a state visit.")
    event = _event(record, "arrive")
    assert _codes(record, event.targets) == {"CHN"}


# -- participles and content clauses ----------------------------------------------------------------
def test_a_protest_targets_whom_the_participle_after_it_calls_for(read: Read) -> None:
    record = read("Kenyan students marched after a rally calling for the resignation of President William Ruto.")
    assert _codes(record, _event(record, "rally").targets) == {"KENGOV"}


def test_a_participle_after_an_object_is_done_by_the_subject_of_its_verb(read: Read) -> None:
    record = read("The Kenyan opposition issued a statement demanding that President William Ruto resign.")
    assert _codes(record, _event(record, "demand").sources) == {"KENOPP"}


def test_a_demand_targets_the_subject_of_the_clause_stating_it(read: Read) -> None:
    record = read("Rights groups renewed their demand that Peru lift the curfew.")
    assert _names(record, _event(record, "demand").targets) == {"Peru"}


def test_a_protest_beside_a_clause_is_its_subject_s(read: Read) -> None:
    record = read("Kenyan students waved flags during protests against the new tax.")
    assert _codes(record, _event(record, "protest").sources) == {"KENEDU"}


def test_a_protest_beside_a_clause_of_the_state_s_forces_is_not_theirs(read: Read) -> None:
    record = read("Kenyan police fired tear gas during protests against the new tax.")
    assert _event(record, "protest").sources == []


def test_an_event_in_an_area_with_no_target_named_targets_the_area_country(read: Read) -> None:
    record = read("Jordanian police were put on alert in the West Bank.")
    assert _codes(record, _event(record, "alert").targets) == {"PSE"}


def test_an_event_done_to_people_in_a_city_does_not_target_the_city_country(read: Read) -> None:
    record = read("A woman was shot and killed by a gunman in Marseille on Friday.")
    assert all(_codes(record, e.targets) == {"FRACVL"} for e in record.events)  # the woman, not France


def test_an_event_in_a_city_with_no_party_acting_does_not_target_the_city_country(read: Read) -> None:
    record = read("A bomb exploded at a bank in Marseille on Friday.")
    assert all(e.targets == [] for e in record.events)


def test_a_by_phrase_after_a_nominal_events_of_phrase_names_its_agent(read: Read) -> None:
    record = read("The detention of the opposition leader by Zimbabwean police drew criticism.")
    event = _event(record, "detention")
    assert (_codes(record, event.sources), _codes(record, event.targets)) == ({"ZWECOP"}, {"ZWEOPP"})


def test_a_gerund_naming_its_parties_with_between_is_not_the_host_verbs_subjects(read: Read) -> None:
    record = read("Police detained 20 people after fighting between Hutu and Tutsi youths in Bujumbura.")
    assert "BDICOP" not in _codes(record, _event(record, "fight").sources)


def test_a_force_deployed_in_the_passive_shows_itself_where_it_goes(read: Read) -> None:
    record = read("Belgian troops were deployed in Rwanda on Friday.")
    event = _event(record, "deploy")
    assert (_codes(record, event.sources), _codes(record, event.targets)) == ({"BELMIL"}, {"RWA"})


def test_an_infinitive_of_purpose_after_a_passive_is_done_by_its_subject(read: Read) -> None:
    record = read("Ugandan troops were flown to the north to crush the rebellion.")
    assert _codes(record, _event(record, "crush").sources) == {"UGAMIL"}


# -- how far and through whom a phrase names its actor -----------------------------------------
def test_an_actor_three_prepositions_down_a_subjects_phrase_is_not_its_agent(read: Read) -> None:
    record = read("The aunt of a friend of a pupil at a school in Ghana met the mayor.")
    assert _event(record, "meet").sources == []


def test_a_persons_kin_or_lawyer_does_not_act_for_that_person(read: Read) -> None:
    record = read("The boxer Sam Ortiz lost his title on Monday. His lawyer accused the referee of bias.")
    assert "Sam Ortiz" not in _names(record, _event(record, "accuse").sources)


def test_a_persons_lawyer_named_with_a_possessive_noun_does_not_act_for_that_person(read: Read) -> None:
    record = read("The boxer Sam Ortiz lost his title on Monday. Ortiz's lawyer accused the referee of bias.")
    assert "Sam Ortiz" not in _names(record, _event(record, "accuse").sources)


def test_a_persons_former_spouse_or_roommate_is_not_that_person(read: Read) -> None:
    record = read("Dale Ruiz phoned Tom Kessler's ex-wife on Sunday.")
    assert "Tom Kessler" not in _names(record, _event(record, "phone").targets)
    record = read("Senator Dale Ruiz called the roommate of Tom Kessler on Monday.")
    assert "Tom Kessler" not in _names(record, _event(record, "call").targets)


def test_a_leaders_spokesman_acts_for_the_leader(read: Read) -> None:
    record = read("Yasser Arafat met envoys on Monday. His spokesman criticised Israel.")
    assert _event(record, "criticise").sources == _event(record, "meet").sources != []


def test_a_bodys_spokesman_acts_for_the_body(read: Read) -> None:
    record = read("The Red Cross held talks on Monday. Its spokesman criticised the Sudanese army.")
    assert _codes(record, _event(record, "criticise").sources) == {"NGOIRC"}


def test_a_body_named_before_a_noun_of_force_is_what_was_attacked(read: Read) -> None:
    record = read("Ten people died in the Indian Parliament attack.")
    assert "INDLEG" not in _codes(record, _event(record, "die").sources)


def test_an_armed_group_named_before_a_noun_of_force_is_its_agent(read: Read) -> None:
    record = read("Two soldiers died in the Taliban attack.")
    assert _codes(record, _event(record, "die").sources) == {"AFGREBTAL"}


def test_criminals_named_before_a_noun_of_force_are_its_agents(read: Read) -> None:
    record = read("A Dutch frigate drove off a pirate attack on a tanker in the Indian Ocean on Sunday.")
    event = _event(record, "attack")
    assert [code[3:] for code in _codes(record, event.sources)] == ["CRM"]
    assert not any(code.endswith("CRM") for code in _codes(record, event.targets))


def test_a_place_named_after_a_noun_for_people_is_not_who_acts(read: Read) -> None:
    record = read("Teenagers at Wagga Wagga threw rocks at police.")
    assert _event(record, "throw").sources == []


def test_a_persons_predecessor_does_not_act_for_that_person(read: Read) -> None:
    record = read("Mexican President Vicente Fox said on Monday that his predecessor had resigned from the party.")
    assert _event(record, "resign").sources == []


def test_a_question_word_subject_does_not_stand_for_the_speaker(read: Read) -> None:
    record = read("The Kenyan government said it did not know what drove the gunman to attack the convoy.")
    assert "Kenyan government" not in _names(record, _event(record, "attack").sources)


# -- a consultation as the setting of another act ------------------------------------------------
def test_a_consultation_an_act_is_told_in_is_held_by_the_acts_doer(read: Read) -> None:
    record = read("The Peruvian president criticised Ecuador at a meeting with the Chilean president in Lima.")
    event = _event(record, "meeting")
    assert _codes(record, event.sources) == {"PERGOV"}
    assert _codes(record, event.targets) == {"CHLGOV"}


def test_a_consultation_in_a_passive_act_is_not_held_by_its_subject(read: Read) -> None:
    record = read("The Peruvian president was criticised in talks with the Chilean president.")
    assert "PERGOV" not in _codes(record, _event(record, "talk").sources)


def test_who_a_judged_event_was_done_to_is_no_target_of_the_judging(read: Read) -> None:
    record = read("Nepal condemned the arrest of the opposition leader by Indian police.")
    assert _codes(record, _event(record, "condemn").targets) == {"INDCOP"}


def test_an_event_named_again_with_a_possessive_pronoun_is_judged_as_the_one_told_before(read: Read) -> None:
    record = read("Kenyan police detained the opposition leader in Nairobi. Church groups criticised his detention.")
    assert _codes(record, _event(record, "criticise").targets) == {"KENCOP"}


# -- carriers that work against an event ---------------------------------------------------------
def test_who_foils_an_attack_is_not_its_source(read: Read) -> None:
    record = read("Kenyan police said they had foiled an attack on the Israeli embassy in Nairobi.")
    event = _event(record, "attack")
    assert event.sources == []
    assert _codes(record, event.targets) == {"ISRGOV"}


def test_who_works_to_prevent_attacks_is_not_their_source(read: Read) -> None:
    record = read("The Egyptian government is working to prevent attacks against Israel.")
    event = _event(record, "attack")
    assert event.sources == []
    assert _names(record, event.targets) == {"Israel"}


def test_who_describes_or_recalls_an_attack_is_not_its_source(read: Read) -> None:
    record = read("Police in Omaha described the shooting outside the arena as random.")
    assert _event(record, "shooting").sources == []
    record = read("Gregory Hale, 52, recalled the killing of his cousin by soldiers in the village.")
    assert _names(record, _event(record, "killing").sources) == {"soldiers"}


def test_who_recalls_a_conversation_took_part_in_it(read: Read) -> None:
    record = read("Mayor Ellen Price recalled a phone conversation with Governor Sam Ortiz.")
    assert _names(record, _event(record, "conversation").sources) == {"Ellen Price"}


def test_who_carries_out_an_attack_is_its_source(read: Read) -> None:
    record = read("Hamas carried out an attack on an Israeli army post in Gaza.")
    assert _names(record, _event(record, "carry").sources) == {"Hamas"}


def test_whom_a_carrier_ties_an_attack_to_is_its_source(read: Read) -> None:
    record = read("Police tied the Taliban to the bombing of the hotel.")
    assert _names(record, _event(record, "bombing").sources) == {"Taliban"}


def test_whom_a_bombing_is_attributed_to_is_its_source(read: Read) -> None:
    record = read("Officials attributed the bombing of the hotel to the Taliban.")
    assert _names(record, _event(record, "bombing").sources) == {"Taliban"}


def test_an_object_pronoun_controls_the_infinitive_after_it(read: Read) -> None:
    record = read("The Afghan commander said his men were working to convince them to surrender their rifles.")
    assert _event(record, "surrender").sources == []


def test_the_speaker_is_not_the_source_of_what_his_side_persuades_others_to_do(read: Read) -> None:
    record = read('"Our men are working to convince them not to detonate the bombs," the Afghan commander said.')
    assert _event(record, "detonate").sources == []


def test_a_second_infinitive_joined_to_a_persuaded_one_has_the_same_agent(read: Read) -> None:
    record = read('"Our men are working to convince them not to detonate the bombs and to surrender their rifles," the Afghan commander said.')
    assert _event(record, "surrender").sources == []


def test_they_is_not_a_lone_speaker_reporting_what_they_will_do(read: Read) -> None:
    record = read("General Omar Khan said they would attack the town.")
    assert _event(record, "attack").sources == []


def test_it_is_not_a_lone_speaker_reporting_what_it_did(read: Read) -> None:
    record = read("The Kenyan foreign minister said it had violated the ceasefire.")
    assert _event(record, "violate").sources == []


def test_whom_an_appeal_calls_on_resigns_however_the_infinitive_is_parsed(read: Read) -> None:
    record = read("Mr Rudd says he is not calling on Dr Nelson to resign but he says there are still unanswered questions.")
    assert _names(record, _event(record, "resign").sources) == {"Nelson"}


def test_they_is_the_group_reporting_what_they_will_do(read: Read) -> None:
    record = read("The Taliban said they would attack the town.")
    assert _names(record, _event(record, "attack").sources) == {"Taliban"}


# -- targets one clause takes from another -------------------------------------------------------
def test_an_arrest_of_a_bare_number_targets_those_fired_on_before(read: Read) -> None:
    record = read("Indian police opened fire on Muslim demonstrators, killing three and arresting 40.")
    assert _codes(record, _event(record, "arrest").targets) == {"INDOPP"}


def test_an_arrest_of_a_bare_number_targets_those_a_volley_was_to_disperse(read: Read) -> None:
    record = read("Syrian riot police fired shots to disperse Kurdish demonstrators near Qamishli, wounding one man and detaining 30.")
    assert _names(record, _event(record, "detain").targets) == {"demonstrators"}


def test_an_arrest_of_people_named_keeps_its_own_target(read: Read) -> None:
    record = read("Indian police fired on Muslim demonstrators and arrested two Pakistani diplomats.")
    assert _codes(record, _event(record, "arrest").targets) == {"PAKGOV"}


def test_a_demand_for_what_someone_seized_targets_who_seized_it(read: Read) -> None:
    record = read("Kurdish farmers in Van staged a sit-in on Monday to demand the handover of farmland seized by Turkish troops.")
    assert _codes(record, _event(record, "demand").targets) == {"TURMIL"}


def test_an_appeal_for_hostages_held_by_a_group_targets_the_group(read: Read) -> None:
    record = read("The Red Cross urged the release of hostages held by Chechen rebels.")
    assert _codes(record, _event(record, "urge").targets) == {"RUSREB"}


def test_a_protest_in_a_bid_to_force_someone_targets_them(read: Read) -> None:
    record = read("Farmers blocked the main highway out of Nakuru in a bid to force the Kenyan government to lower fuel prices.")
    assert _codes(record, _event(record, "block").targets) == {"KENGOV"}


def test_a_strike_as_part_of_a_campaign_to_pressure_someone_targets_them(read: Read) -> None:
    record = read("Teachers in Lagos went on strike as part of a campaign to pressure the Nigerian government into raising wages.")
    assert _codes(record, _event(record, "strike").targets) == {"NGAGOV"}
    assert _codes(record, _event(record, "pressure").sources) == {"NGAEDU"}


def test_a_refusal_despite_calls_from_a_party_targets_it(read: Read) -> None:
    record = read("Kenya's vice-president has refused to resign despite mounting calls from the Kenyan parliament.")
    assert _codes(record, _event(record, "refuse").targets) == {"KENLEG"}


def test_a_rejection_despite_a_party_s_objections_targets_it(read: Read) -> None:
    record = read("Iran rejected the proposal despite Russia's objections.")
    assert _names(record, _event(record, "reject").targets) == {"Russia"}


def test_a_killing_told_in_a_relative_clause_is_done_by_the_deed_s_agents(read: Read) -> None:
    record = read("Sudanese rebels staged an ambush on a bus near Juba that killed 10 soldiers.")
    assert _codes(record, _event(record, "kill").sources) == {"SDNREB"}


def test_a_killing_told_in_a_relative_clause_after_an_unclaimed_deed_has_no_source(read: Read) -> None:
    record = read("A roadside bomb went off near a convoy that killed four Iraqi policemen.")
    assert _event(record, "kill").sources == []


def test_an_act_a_decision_names_is_done_by_who_makes_the_decision(read: Read) -> None:
    record = read("The Kenyan government made a decision to expel the Ugandan ambassador.")
    assert _codes(record, _event(record, "expel").sources) == {"KENGOV"}


def test_a_participle_joined_to_the_infinitive_of_a_statement_s_participle_is_the_issuer_s(read: Read) -> None:
    record = read("The Taliban issued a statement vowing to continue its war and slamming the Afghan government.")
    assert _codes(record, _event(record, "slam").sources) == {"AFGREBTAL"}


def test_a_killing_in_clashes_with_a_party_is_done_by_that_party(read: Read) -> None:
    record = read("Three Hamas gunmen were killed in clashes with Israeli soldiers.")
    event = _event(record, "kill")
    assert _codes(record, event.sources) == {"ISRMIL"}
    assert _codes(record, event.targets) == {"PSEREBHMS"}


def test_dying_in_a_gun_battle_with_a_party_is_undergoing_that_party_s_force(read: Read) -> None:
    record = read("Two Kashmiri militants died in a gun battle with Indian troops on Sunday.")
    event = _event(record, "battle")
    assert _codes(record, event.sources) == {"INDMIL"}
    assert _codes(record, event.targets) == {"INDREB"}


def test_a_passive_attack_is_done_by_who_opened_fire_in_the_clause_beside_it(read: Read) -> None:
    record = read("The settlement was attacked on Monday when two Hamas gunmen crept past the fence and opened fire on residents.")
    (event,) = [e for e in record.events if "attacked" in [m.text for m in e.mentions]]  # one event with the fire the clause tells
    assert _codes(record, event.sources) == {"PSEREBHMS"}


def test_a_deed_told_beside_a_passive_with_victims_of_another_state_is_no_agent_of_it(read: Read) -> None:
    record = read("The Palestinian police post was shelled on Friday after Palestinian gunmen shot two Israeli settlers nearby.")
    assert _event(record, "shell").sources == []
    record = read("Three Kenyan soldiers were killed when Somali militants attacked a Kenyan army base.")
    assert _codes(record, _event(record, "kill").sources) == {"SOMREB"}  # the victims' own side


def test_a_killing_counted_beside_the_wounded_is_done_by_the_agent_of_their_raid(read: Read) -> None:
    record = read("At least 24 Afghan civilians were killed and 15 injured in night bombing raids by US warplanes.")
    event = _event(record, "kill")
    assert _codes(record, event.sources) == {"USAMIL"}
    assert _codes(record, event.targets) == {"AFGCVL"}


def test_participles_sharing_a_passive_auxiliary_are_passive_and_share_the_agent(read: Read) -> None:
    record = read("Four Israeli soldiers were shot and wounded by Hamas gunmen.")
    event = _event(record, "shoot")
    assert _codes(record, event.sources) == {"PSEREBHMS"}
    assert _codes(record, event.targets) == {"ISRMIL"}


def test_a_release_joined_to_a_passive_arrest_releases_its_subject(read: Read) -> None:
    record = read("The Kenyan opposition leader was arrested by police and later released.")
    event = _event(record, "release")
    assert _codes(record, event.sources) == {"KENCOP"}
    assert _codes(record, event.targets) == {"KENOPP"}


def test_a_clause_beside_a_passive_shooting_told_of_its_victims_does_not_make_them_the_shooters(read: Read) -> None:
    record = read("Three gunmen were shot dead after they attacked an Israeli army post.")
    event = _event(record, "shoot")
    assert event.sources == []
    assert _codes(record, event.targets) == {"ISRUAF"}


def test_a_by_phrase_hung_on_the_place_closing_a_passive_clause_is_its_agent(read: Read) -> None:
    record = read("Tom Hale, 38, was sentenced to four years on Friday at the Travis County Courthouse by District Judge Ann Reyes.")
    event = _event(record, "sentence")
    assert _names(record, event.sources) == {"Ann Reyes"}
    assert _names(record, event.targets) == {"Tom Hale"}


def test_a_participle_with_its_own_agent_is_done_by_that_agent_not_the_clause_subject(read: Read) -> None:
    record = read("The council has yet to approve the new road as requested by Governor Mark Dayton.")
    event = _event(record, "request")
    assert _names(record, event.sources) == {"Mark Dayton"}


def test_a_nominal_event_that_comes_from_someone_is_theirs(read: Read) -> None:
    record = read("The sharpest criticism of the budget came from Senator Ellen Ward on Tuesday.")
    event = _event(record, "criticism")
    assert _names(record, event.sources) == {"Ellen Ward"}


def test_a_participle_judging_a_nominal_event_lends_it_no_agent(read: Read) -> None:
    record = read("The bombing, condemned by NATO and the European Union, was the deadliest in years.")
    assert _event(record, "bombing").sources == []
    assert _names(record, _event(record, "condemn").sources) == {"European Union", "North Atlantic Treaty Organization"}


def test_a_participle_staging_a_nominal_event_still_lends_it_its_agent(read: Read) -> None:
    record = read("The rally staged by students was peaceful.")
    assert _codes(record, _event(record, "rally").sources) == {"---EDU"}


def test_a_past_participle_set_beside_a_clause_is_undergone_by_that_clause_s_subject(read: Read) -> None:
    record = read("Carlos Ruiz appeared before a judge in Madrid on Monday, charged with fraud.")
    event = _event(record, "charge")
    assert event.sources == []
    assert _names(record, event.targets) == {"Carlos Ruiz"}


def test_a_participle_tagged_as_a_past_tense_after_a_noun_is_still_undergone(read: Read) -> None:
    record = read("Omar Hassan, 24, was remanded in custody after appearing at Leeds Crown Court charged with robbery.")
    event = _event(record, "charge")
    assert event.sources == []
    assert _names(record, event.targets) == {"Omar Hassan"}


def test_a_closing_report_verb_after_a_noun_is_no_participle(read: Read) -> None:
    record = read("A Dover man was hurt early Sunday in a wreck on Route 9 near Milford, the Delaware State Police reported.")
    assert _event(record, "report").targets == []


def test_an_opening_past_participle_takes_its_agent_from_its_by_phrase(read: Read) -> None:
    record = read("Backed by Russian warplanes, Syrian troops attacked the town.")
    event = _event(record, "back")
    assert _codes(record, event.sources) == {"RUSMIL"}
    assert _codes(record, event.targets) == {"SYRMIL"}


def test_a_statement_made_in_a_letter_targets_whom_the_letter_is_to(read: Read) -> None:
    record = read("Senator Ellen Ward said in a letter to Toyota that the recall came too late.")
    assert _names(record, _event(record, "say").targets) == {"Toyota"}


def test_a_statement_made_in_a_speech_somewhere_has_no_addressee(read: Read) -> None:
    record = read("Jordan's king said in a speech in Amman that peace was near.")
    assert _event(record, "say").targets == []


def test_a_name_inside_the_quotation_a_speech_verb_closes_is_not_its_speaker(read: Read) -> None:
    record = read('"(Harold Bennett) and his wife were kind, decent people," said Sheriff Alan Price.')
    assert _names(record, _event(record, "say").sources) == {"Alan Price"}


def test_a_speaker_outside_a_quotation_still_says_a_verb_quoted_or_after_a_quoted_word(read: Read) -> None:
    record = read('Acme Holdings (the "Firm") said on Monday it had bought a hotel in Denver.')
    assert _names(record, _event(record, "say").sources) == {"Acme Holdings"}
    record = read('The embassy said Biden, during a dinner with Erdogan, "asked Ankara to free the pastor quickly."')
    assert _names(record, _event(record, "ask").sources) == {"Joe Biden"}


def test_an_appeal_made_during_talks_is_made_to_whom_they_are_held_with(read: Read) -> None:
    record = read("Church groups thanked the senator for pressing hard for the freeing of aid worker Tom Hale during his talks on Friday with the Iranian foreign minister.")
    assert _codes(record, _event(record, "press").targets) == {"IRNGOV"}


def test_an_appeal_to_someone_named_stays_theirs_whatever_talks_it_was_made_at(read: Read) -> None:
    record = read("The minister urged Iran to free the sailors during talks with Oman's sultan.")
    assert _names(record, _event(record, "urge").targets) == {"Iran"}


def test_a_participle_sharing_a_passive_s_auxiliary_is_undergone_by_its_subject(read: Read) -> None:
    record = read("Senator Tom Ward quit the race, saying he was threatened and intimidated by party officials from Ohio.")
    intimidation = _event(record, "intimidate")
    assert _names(record, intimidation.targets) == {"Tom Ward"}
    assert "Tom Ward" not in _names(record, intimidation.sources)


def test_one_found_guilty_is_the_target_of_the_verdict(read: Read) -> None:
    record = read("Former mayor Tom Reed was found guilty of bribery by a federal judge in Ohio on Monday.")
    verdict = _event(record, "guilty")
    assert _names(record, verdict.targets) == {"Tom Reed"}
    assert _codes(record, verdict.sources) == {"USAJUD"}


def test_people_who_die_in_clashes_between_two_sides_are_not_its_parties(read: Read) -> None:
    record = read("Officials said five more people died on Tuesday in clashes between riot police and students in Lima.")
    clash = _event(record, "clash")
    assert _codes(record, clash.sources) == {"PERCOP", "PEREDU"}
    assert _codes(record, clash.targets) == {"PERCOP", "PEREDU"}


def test_whom_a_charged_deed_was_done_to_is_not_the_one_charged(read: Read) -> None:
    record = read("Toledo parents charged with beating their child during an argument.")
    assert "child" not in _names(record, _event(record, "charge").targets)


def test_a_participle_the_parser_joined_to_a_verb_further_up_is_undergone_by_the_passive_before_it(read: Read) -> None:
    record = read('The Kabul Times quoted police sources as saying the youth was "groomed" and allegedly instructed by a Taliban commander.')
    instruction = _event(record, "instruct")
    assert _codes(record, instruction.targets) == {"AFGCVL"}
    assert _codes(record, instruction.sources) == {"AFGREBTAL"}


def test_the_passive_subject_of_a_clause_framed_is_the_frame_s_target(read: Read) -> None:
    record = read("Tom Reed is banned from contacting the witnesses, the judge ordered.")
    assert _names(record, _event(record, "order").targets) == {"Tom Reed"}
    record = read("The court demanded that Tom Reed be kept away from the witnesses.")
    assert _names(record, _event(record, "demand").targets) == {"Tom Reed"}


# -- words carried by another ------------------------------------------------------------------
def test_a_statement_an_outlet_quotes_someone_as_making_is_the_quoted_ones(read: Read) -> None:
    record = read("The Kyodo news agency quoted Japan's defence minister as saying the drills would go ahead.")
    event = _event(record, "quote")
    assert [record.actor(a).cameo[:6] for a in event.sources] == ["JPNGOV"]
    assert not any("Kyodo" in record.actor(a).name for a in event.sources + event.targets)


def test_a_statement_someone_is_quoted_by_an_outlet_as_making_is_theirs(read: Read) -> None:
    record = read("Japan's defence minister was quoted by the Kyodo agency as saying the drills would go ahead.")
    event = _event(record, "quote")
    assert [record.actor(a).cameo[:6] for a in event.sources] == ["JPNGOV"]
    assert event.targets == []


def test_a_citing_verb_without_an_as_phrase_keeps_its_own_subject(read: Read) -> None:
    record = read("The senator quoted the president in a speech to the chamber on Monday.")
    event = _event(record, "quote")
    assert _names(record, event.sources) == {"senator"}


def test_an_appeal_to_a_body_a_pronoun_owns_is_made_to_whoever_the_pronoun_stands_for(read: Read) -> None:
    record = read("OTTAWA - Senator Ann Blake met union leaders on Monday. Protesters asked her office to cancel the vote.")
    assert _names(record, _event(record, "ask").targets) == {"Ann Blake"}  # was none: "her" is inside the object's phrase
    record = read("OTTAWA - The Canadian Union of Public Employees urged its members to reject the offer.")
    assert not _event(record, "urge").targets  # its own members: the union is the source


def test_a_thing_given_in_the_passive_targets_whom_it_went_to(read: Read) -> None:
    record = read("Medical supplies were sent to Chad by UNICEF on Monday.")
    event = next(e for e in record.events if e.cameo.startswith("07"))
    assert (_codes(record, event.sources), _codes(record, event.targets)) == ({"IGOKID"}, {"TCD"})
    record = read("The credit line granted to Portugal by the European Union was extended.")
    assert _names(record, _event(record, "grant").targets) == {"Portugal"}


def test_people_handed_over_in_the_passive_leave_the_one_they_went_to_no_target(read: Read) -> None:
    record = read("Hostages were handed over to the Red Cross on Thursday.")
    assert _event(record, "hand").targets == []  # the hostages, no actor, not the Red Cross


def test_he_or_she_in_what_a_body_says_is_not_that_body(read: Read) -> None:
    record = read("Police in Leeds said he stabbed a cashier twice before fleeing on a bicycle.")
    assert _event(record, "stab").sources == []  # was the police
    record = read("A Dayton man admitted last week that he had shot his wife.")
    assert len(_event(record, "shoot").sources) == 1  # the man who says it: one person, as "he" is


def test_a_passive_arrest_is_made_by_the_force_a_clause_beside_it_tells_acting(read: Read) -> None:
    record = read("Dale Ortiz, 40, of Reno, Nevada, was arrested Monday after police searched his truck.")
    assert _codes(record, _event(record, "arrest").sources) == {"USACOP"}  # had no source
    record = read("Dale Ortiz, 40, of Reno, Nevada, was taken into custody when troopers stopped his car.")
    assert _codes(record, _event(record, "take").sources) == {"USACOP"}
    record = read("Dale Ortiz, 40, of Reno, Nevada, was arrested Monday after a neighbour called the police.")
    assert _event(record, "arrest").sources == []  # the caller arrests no one
    record = read("Dale Ortiz, 40, of Reno, Nevada, was charged with assault after he kicked a deputy.")
    assert _event(record, "charge").sources == []  # the one charged is not who charged him
