"""Factuality: labels for any predicate from the cues that scope over it, and who asserts it."""

from __future__ import annotations

import pytest

from spacy.tokens import Doc

from tidings import docdata
from tidings.model import Actor, ActorKind, Article, Certainty, Event, EventTime, Factuality, Polarity, Quote, Span
from tidings.pipeline import Pipeline
from tidings.stages.factuality import FactualityComponent


@pytest.fixture(scope="module")
def component(pipeline: Pipeline) -> FactualityComponent:
    return pipeline.stage("factuality")


@pytest.fixture(scope="module")
def assess(pipeline: Pipeline, component: FactualityComponent):
    """assess("The army [attacked] the town.") -> Factuality of the bracketed predicate."""

    def _assess(marked: str) -> Factuality:
        start = marked.index("[")
        end = marked.index("]") - 1
        text = marked.replace("[", "").replace("]", "")
        return component.assess(pipeline.parse(text), start, end)

    return _assess


def _span(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start=start, end=start + len(word), text=word)


def _actor(text: str, word: str, kind: ActorKind = ActorKind.PERSON) -> Actor:
    return Actor(id="a1", spans=[_span(text, word)], canonical_id=f"name:{word}", name=word, kind=kind)


def _event(text: str, word: str) -> Event:
    return Event(id="e1", spans=[_span(text, word)], cameo="190", cameo_root="19", quad_class=4,
                 goldstein=-10.0, plover="ASSAULT", trigger=word)


def _labelled(pipeline: Pipeline, component: FactualityComponent, text: str, trigger: str, **items) -> Event:
    """The event at `trigger`, after the component ran over a Doc holding it and `items`."""
    doc: Doc = pipeline.parse(text)
    for kind, found in {"actors": [], "quotes": [], **items}.items():
        docdata.put(doc, kind, found)
    docdata.put(doc, "events", [_event(text, trigger)])
    component(doc)
    return docdata.get(doc, "events")[0]


def test_plain_past_assertion_is_certain_positive_non_future(assess):
    factuality = assess("The rebels [seized] the airport on Monday.")
    assert (factuality.certainty, factuality.polarity, factuality.time) == (
        Certainty.CERTAIN, Polarity.POS, EventTime.NON_FUTURE)
    assert factuality.cues == []


def test_negator_on_the_verb_makes_it_negative(assess):
    factuality = assess("The minister did not [attend] the ceremony.")
    assert factuality.polarity is Polarity.NEG
    assert [cue.text for cue in factuality.cues] == ["not"]


def test_never_makes_it_negative(assess):
    assert assess("The two leaders never [signed] the accord.").polarity is Polarity.NEG


def test_refusing_negates_the_infinitive_it_governs(assess):
    factuality = assess("The council has refused to [approve] the budget.")
    assert factuality.polarity is Polarity.NEG
    assert factuality.time is EventTime.NON_FUTURE


def test_failing_negates_its_complement(assess):
    assert assess("The bill failed to [clear] the lower house.").polarity is Polarity.NEG


def test_an_act_someone_is_accused_or_suspected_of_is_only_probable(assess):
    assert assess("Bolivia accused Peru of [shelling] the border post.").certainty is Certainty.PROBABLE
    assert assess("The trader is suspected of [smuggling] gold into Chile.").certainty is Certainty.PROBABLE
    assert assess("The agency raised the possibility of [charging] the trader.").certainty is Certainty.POSSIBLE
    assert assess("Peru [shelled] the border post.").certainty is Certainty.CERTAIN


def test_a_feared_or_risked_act_is_only_possible_and_future(assess):
    for marked in (
        "Engineers warned of a danger that the dam would [burst] before spring.",
        "Residents fled amid fears the levee would [fail].",
        "The threat of [strikes] hangs over the ports.",
        "Farmers face the risk of [losing] their crops.",
    ):
        factuality = assess(marked)
        assert (factuality.certainty, factuality.time) == (Certainty.POSSIBLE, EventTime.FUTURE), marked
    assert assess("The dam [burst] before spring.").certainty is Certainty.CERTAIN


def test_a_clause_saying_what_a_danger_is_is_its_complement_not_a_relative(assess):
    assert assess("Probation officers believed there was a danger he would [attack] another child.").certainty is Certainty.POSSIBLE
    assert assess("The danger he [posed] was plain to see.").certainty is Certainty.CERTAIN
    assert assess("It was a risk the firm [took] with its savings.").certainty is Certainty.CERTAIN


def test_an_act_named_before_a_noun_of_plan_or_threat_takes_its_modality(assess):
    factuality = assess("The treasurer unveiled a [privatisation] plan for the railways.")
    assert (factuality.certainty, factuality.time) == (Certainty.PROBABLE, EventTime.FUTURE)
    assert assess("Dock workers renewed their [strike] threat on Tuesday.").certainty is Certainty.POSSIBLE
    assert assess("The treasurer defended the [privatisation] of the railways.").time is EventTime.NON_FUTURE


def test_may_makes_it_possible_and_future(assess):
    factuality = assess("The envoy may [request] more weapons.")
    assert factuality.certainty is Certainty.POSSIBLE
    assert factuality.time is EventTime.FUTURE


def test_will_likely_makes_it_probable_and_future(assess):
    factuality = assess("The ministers will likely [discuss] trade.")
    assert factuality.certainty is Certainty.PROBABLE
    assert factuality.time is EventTime.FUTURE
    assert {cue.text for cue in factuality.cues} == {"will", "likely"}


def test_being_expected_to_makes_it_probable_and_future(assess):
    factuality = assess("The queen is expected to [open] the bridge.")
    assert factuality.certainty is Certainty.PROBABLE
    assert factuality.time is EventTime.FUTURE


def test_infinitive_of_a_plan_is_future(assess):
    assert assess("The city plans to [build] a tram line.").time is EventTime.FUTURE


def test_ability_and_permission_leave_the_event_certain(assess):
    factuality = assess("The new card will allow shoppers to [pay] at the door.")
    assert factuality.certainty is Certainty.CERTAIN
    assert factuality.time is EventTime.FUTURE
    assert assess("Drivers will be able to [renew] licences by phone.").certainty is Certainty.CERTAIN


def test_infinitive_completing_a_negated_noun_is_negative(assess):
    assert assess("Critics attacked the cancelled contract to [supply] rifles.").polarity is Polarity.NEG
    assert assess("Critics attacked the contract to [supply] rifles.").polarity is Polarity.POS


def test_killing_or_scrapping_a_deal_negates_it(assess):
    assert assess("Regulators killed the [merger] last year.").polarity is Polarity.NEG
    assert assess("The [merger] was scrapped in May.").polarity is Polarity.NEG


def test_participle_describing_a_noun_takes_none_of_its_modality(assess):
    factuality = assess("The effort, [launched] by three charities, was praised on Monday.")
    assert (factuality.certainty, factuality.time) == (Certainty.CERTAIN, EventTime.NON_FUTURE)


def test_condition_covers_a_coordinated_clause_with_its_own_verb_group(assess):
    assert assess("If prices rise and wages are [cut], the bank will act.").certainty is Certainty.UNDERSPECIFIED


def test_noun_carried_out_by_a_support_verb_takes_the_verbs_labels(assess):
    factuality = assess("The two sides will hold [talks] in Geneva.")
    assert factuality.time is EventTime.FUTURE
    assert assess("The union did not stage a [strike].").polarity is Polarity.NEG
    assert assess("The firm will cut 85 [jobs].").time is EventTime.NON_FUTURE  # an affected object: not carried out


@pytest.mark.parametrize(("published", "expected"), [("2020-06-10", EventTime.FUTURE), ("2020-08-01", EventTime.NON_FUTURE)])
def test_a_date_after_publication_makes_the_event_future(pipeline, component, published, expected):
    text = "The two envoys meet on July 14 in Oslo."
    [(_record, doc)] = pipeline.pipe_with_docs([Article(text=text, published=published)])
    start = text.index("meet")
    assert component.assess(doc, start, start + len("meet")).time is expected


def test_a_date_overlapping_publication_leaves_the_tense_to_decide(pipeline, component):
    text = "The two envoys will meet this year."
    [(_record, doc)] = pipeline.pipe_with_docs([Article(text=text, published="2020-06-10")])
    start = text.index("meet")
    assert component.assess(doc, start, start + len("meet")).time is EventTime.FUTURE


def test_an_arrangement_in_the_past_leaves_the_event_open(assess):
    factuality = assess("The ferry was scheduled to [sail] at dawn.")
    assert (factuality.certainty, factuality.time) == (Certainty.UNDERSPECIFIED, EventTime.NON_FUTURE)
    assert assess("The ferry is scheduled to [sail] at dawn.").time is EventTime.FUTURE


def test_a_participle_after_the_noun_acts_on_it_as_on_its_passive_subject(assess):
    assert assess("The [concerts] cancelled by the promoter were refunded.").polarity is Polarity.NEG
    assert assess("The [summit] scheduled for autumn will go ahead.").time is EventTime.FUTURE
    assert assess("The [talks] held in May went well.").polarity is Polarity.POS


def test_considering_makes_its_complement_possible(assess):
    assert assess("The bank is considering [raising] its rates.").certainty is Certainty.POSSIBLE


def test_reportedly_hedges_an_assertion(assess):
    assert assess("Gunmen reportedly [stormed] the hotel.").certainty is Certainty.PROBABLE


def test_reported_speech_stays_certain(assess):
    factuality = assess("The mayor said the police [arrested] two men.")
    assert factuality.certainty is Certainty.CERTAIN
    assert factuality.polarity is Polarity.POS


def test_denying_negates_the_reported_clause(assess):
    assert assess("The ministry denied that troops had [entered] the zone.").polarity is Polarity.NEG


def test_whether_leaves_polarity_underspecified(assess):
    factuality = assess("Nobody knows whether the company [sold] the plant.")
    assert factuality.polarity is Polarity.UNDERSPECIFIED
    assert factuality.certainty is Certainty.UNDERSPECIFIED


def test_planned_modifier_makes_a_nominal_event_future(assess):
    factuality = assess("Shareholders welcomed the planned [merger] of the two firms.")
    assert factuality.time is EventTime.FUTURE
    assert factuality.certainty is Certainty.PROBABLE


def test_no_determiner_negates_a_nominal_event(assess):
    assert assess("There was no [agreement] on the border.").polarity is Polarity.NEG


def test_without_negates_its_object(assess):
    assert assess("The talks ended without a [deal].").polarity is Polarity.NEG


def test_subject_of_a_future_verb_is_future(assess):
    assert assess("The [summit] will take place in Geneva.").time is EventTime.FUTURE


def test_conjoined_verb_shares_the_negation_of_its_head(assess):
    assert assess("The parties did not meet or [negotiate] last year.").polarity is Polarity.NEG


def test_conjoined_verb_with_its_own_tense_keeps_it(assess):
    factuality = assess("The army withdrew last week and will [return] in May.")
    assert factuality.time is EventTime.FUTURE
    assert assess("The army will return in May and [withdrew] last week.").time is EventTime.NON_FUTURE


def test_span_between_tokens_gets_default_labels(pipeline: Pipeline, component: FactualityComponent):
    doc = pipeline.parse("Troops may leave.")
    assert component.assess(doc, 6, 6) == Factuality()


def test_component_labels_every_event_from_its_trigger(pipeline: Pipeline, component: FactualityComponent):
    event = _labelled(pipeline, component, "The army may attack the town.", "attack")
    assert event.factuality.certainty is Certainty.POSSIBLE
    assert [cue.text for cue in event.factuality.cues] == ["may"]


def test_component_leaves_the_events_coding_as_it_was(pipeline: Pipeline, component: FactualityComponent):
    text = "The army may attack the town."
    event = _labelled(pipeline, component, text, "attack")
    assert event.model_dump(exclude={"factuality"}) == _event(text, "attack").model_dump(exclude={"factuality"})


def test_event_inside_a_quote_is_attributed_to_the_quote(pipeline: Pipeline, component: FactualityComponent):
    text = 'The general said: "We destroyed the depot."'
    content = _span(text, "We destroyed the depot.")
    quote = Quote(id="q1", spans=[content], content=content.text)
    event = _labelled(pipeline, component, text, "destroyed", quotes=[quote])
    assert event.factuality.attributed_to == "q1"


def test_event_reported_by_a_known_speaker_is_attributed_to_them(pipeline: Pipeline, component: FactualityComponent):
    text = "The minister said that the army had shelled the village."
    event = _labelled(pipeline, component, text, "shelled", actors=[_actor(text, "minister")])
    assert event.factuality.attributed_to == "a1"


def test_speaker_named_inside_the_subject_phrase_is_the_claimant(pipeline: Pipeline, component: FactualityComponent):
    text = "A spokesman for Airbus said the plant had closed."
    event = _labelled(pipeline, component, text, "closed", actors=[_actor(text, "Airbus", ActorKind.ORGANISATION)])
    assert event.factuality.attributed_to == "a1"


def test_writer_assertion_has_no_attribution(pipeline: Pipeline, component: FactualityComponent):
    text = "The army shelled the village."
    event = _labelled(pipeline, component, text, "shelled", actors=[_actor(text, "army", ActorKind.GROUP)])
    assert event.factuality.attributed_to is None


def test_noun_complement_takes_the_nouns_cue(assess):
    assert assess("They weighed the possibility of [resuming] talks.").certainty is Certainty.POSSIBLE


def test_infinitive_under_a_reporting_verb_is_not_future(assess):
    assert assess("The tanker is said to [carry] crude oil.").time is EventTime.NON_FUTURE


def test_can_leaves_time_underspecified(assess):
    assert assess("The new jet can [fly] nonstop to Sydney.").time is EventTime.UNDERSPECIFIED


@pytest.mark.parametrize("marked", ["The clinic cannot [admit] more patients.", "The rescuers could not [reach] the valley."])
def test_a_negated_ability_is_a_certain_negative_fact(assess, marked):
    factuality = assess(marked)
    assert (factuality.certainty, factuality.polarity, factuality.time) == (
        Certainty.CERTAIN, Polarity.NEG, EventTime.NON_FUTURE)


def test_a_negated_epistemic_modal_stays_possible(assess):
    assert assess("The envoy may not [return] this week.").certainty is Certainty.POSSIBLE


def test_event_named_by_the_object_of_a_modal_verb_takes_the_verbs_certainty(read):
    record = read("The council may impose sanctions on the airline.")
    sanctions = [e for e in record.events if e.spans[0].text == "sanctions"]
    assert sanctions and sanctions[0].factuality.certainty is Certainty.POSSIBLE


def test_the_object_of_a_negated_event_keeps_its_own_polarity(read):
    record = read("The government refused to condemn the attack on the embassy.")
    attack = next(e for e in record.events if e.trigger == "attack")
    assert attack.factuality.polarity is Polarity.POS


def test_an_actor_in_a_clause_of_the_speakers_phrase_is_not_the_claimant(pipeline: Pipeline, component: FactualityComponent):
    text = "The envoy, who met Putin, said the talks had failed."
    event = _labelled(pipeline, component, text, "failed", actors=[_actor(text, "Putin")])
    assert event.factuality.attributed_to is None


def test_the_first_quote_holding_the_trigger_claims_it(pipeline: Pipeline, component: FactualityComponent):
    text = 'Aid arrived. Ana said: "They shelled the road," and Tom added: "They shelled it."'
    first = _span(text, "Aid arrived.")
    whole = _span(text, text[text.index("They"):])
    inner = _span(text, "They shelled the road,")
    quotes = [Quote(id=f"q{n}", spans=[span], content=span.text) for n, span in enumerate([first, whole, inner], 1)]
    event = _labelled(pipeline, component, text, "shelled", quotes=quotes)
    assert event.factuality.attributed_to == "q2"


# Events that did not happen, or not yet, are not asserted (issue 9).

def test_a_nominal_event_in_an_if_clause_is_not_asserted(assess):
    factuality = assess("If the militia was behind the [bombing], the bridge would have fallen.")
    assert factuality.certainty is Certainty.UNDERSPECIFIED


def test_a_counterfactual_would_have_is_not_asserted_and_not_future(assess):
    factuality = assess("If the militia was behind the bombing, the bridge would have [fallen].")
    assert factuality.certainty is not Certainty.CERTAIN
    assert factuality.polarity is Polarity.UNDERSPECIFIED
    assert factuality.time is EventTime.NON_FUTURE


def test_an_inverted_condition_is_not_asserted(assess):
    # (the small parser reads some inversions, "Had the levee broken", as a main verb "had": no rule then)
    assert assess("Had the dam [broken], the farms would have flooded.").certainty is Certainty.UNDERSPECIFIED


def test_a_future_perfect_is_no_counterfactual(assess):
    factuality = assess("By June the crews will have [repaired] the line.")
    assert (factuality.certainty, factuality.polarity, factuality.time) == (
        Certainty.CERTAIN, Polarity.POS, EventTime.FUTURE)


def test_an_event_said_to_be_possible_is_possible(assess):
    assert assess("Diplomats say [talks] are still possible.").certainty is Certainty.POSSIBLE


def test_an_event_said_to_be_unlikely_is_not_positive(assess):
    assert assess("Analysts think a [ceasefire] is unlikely.").polarity is Polarity.NEG


@pytest.mark.parametrize("marked", [
    "The army denied reports that its jets [bombed] the market.",
    "The mayor rejected claims that the tender was [fixed].",
    "Claims that the tender was [fixed] were rejected by the mayor.",
    "Inspectors found no evidence that the plant [dumped] waste.",
])
def test_a_rejected_claim_or_a_missing_proof_negates_what_it_says(assess, marked):
    assert assess(marked).polarity is Polarity.NEG


@pytest.mark.parametrize("marked", [
    "The army confirmed reports that its jets [bombed] the market.",
    "The army denied the reports that the daily [printed].",
    "Inspectors found evidence that the plant [dumped] waste.",
])
def test_a_confirmed_claim_a_relative_clause_and_found_proof_leave_the_act_asserted(assess, marked):
    assert assess(marked).polarity is Polarity.POS


def test_an_act_a_measure_is_aimed_at_is_intended_and_still_to_come(assess):
    factuality = assess("The council passed rules aimed at [curbing] noise at night.")
    assert (factuality.certainty, factuality.time) == (Certainty.PROBABLE, EventTime.FUTURE)


def test_an_act_said_to_be_unlikely_is_probably_not_to_come(assess):
    factuality = assess("The regulator is unlikely to [approve] the merger this year.")
    assert (factuality.certainty, factuality.polarity, factuality.time) == (
        Certainty.PROBABLE, Polarity.NEG, EventTime.FUTURE)


@pytest.mark.parametrize("marked", [
    "She became the first pilot to [command] the coastal fleet.",
    "Peru was the second country to [ratify] the fisheries pact.",
    "It is the only airline to [fly] the polar route.",
    "The lender is the largest bank to [collapse] since 2008.",
    "He was the first to [reach] the summit that winter.",
])
def test_an_infinitive_after_an_ordinal_or_superlative_is_a_relative_not_a_future(assess, marked):
    factuality = assess(marked)
    assert (factuality.certainty, factuality.polarity, factuality.time) == (
        Certainty.CERTAIN, Polarity.POS, EventTime.NON_FUTURE)


def test_an_infinitive_after_an_ordinal_takes_its_clauses_future(assess):
    assert assess("The striker will be the first player to [score] in three finals.").time is EventTime.FUTURE


def test_an_infinitive_completing_a_plain_noun_is_still_to_come(assess):
    assert assess("The board approved a plan to [close] the smelter.").time is EventTime.FUTURE


def test_closing_the_door_to_an_event_negates_it(assess):
    assert assess("The cabinet closed the door to [negotiations] with the miners.").polarity is Polarity.NEG


def test_ruling_out_an_event_negates_it(assess):
    assert assess("The president ruled out [talks] with the separatists.").polarity is Polarity.NEG


def test_a_plotted_event_did_not_happen(assess):
    factuality = assess("The cell plotted to [bomb] the stadium.")
    assert factuality.certainty is not Certainty.CERTAIN
    assert factuality.time is EventTime.FUTURE


def test_a_purpose_clause_is_not_asserted(assess):
    factuality = assess("Soldiers will be deployed in order to [guard] the pipeline.")
    assert factuality.polarity is Polarity.UNDERSPECIFIED
    assert factuality.time is EventTime.FUTURE


def test_the_purpose_of_a_past_act_is_reported_as_done(assess):
    factuality = assess("Dockers walked off the job on Tuesday to [protest] the sackings.")
    assert (factuality.polarity, factuality.time) == (Polarity.POS, EventTime.NON_FUTURE)
    assert assess("Medics gave the driver oxygen to [ease] his breathing.").time is EventTime.NON_FUTURE
    assert assess("No extra police were sent to [guard] the border.").polarity is not Polarity.POS
    assert assess("The envoy was not sent to [negotiate] a truce.").polarity is not Polarity.POS


def test_the_purpose_of_a_joined_past_participle_is_done(assess):
    factuality = assess("The climber was wrapped in a blanket and given oxygen to [ease] his breathing.")
    assert (factuality.polarity, factuality.time) == (Polarity.POS, EventTime.NON_FUTURE)
    factuality = assess("The climber will be wrapped in a blanket and given oxygen to [ease] his breathing.")
    assert factuality.time is EventTime.FUTURE


def test_an_act_someone_was_forced_to_do_was_done(assess):
    assert assess("The chairman was forced to [resign] after the audit.").time is EventTime.NON_FUTURE
    assert assess("The regulator has forced the bank to [raise] its reserves.").time is EventTime.FUTURE


@pytest.mark.parametrize("marked", [
    "The frost caused wheat prices to [climb] sharply.",
    "The blasts prompted residents to [leave] the district.",
    "The leak led the firm to [recall] its heaters.",
    "A tow boat forced the tanker to [anchor] offshore.",
    "Negotiators persuaded the gunman to [release] the hostages.",
])
def test_an_act_a_past_cause_brought_about_was_done(assess, marked):
    assert assess(marked).time is EventTime.NON_FUTURE


@pytest.mark.parametrize("marked", [
    "The frost will cause wheat prices to [climb] sharply.",
    "The council allowed the firm to [build] a tower.",
])
def test_an_act_a_future_cause_or_a_permission_brings_is_still_to_come(assess, marked):
    assert assess(marked).time is EventTime.FUTURE


def test_a_rejected_utterance_was_still_made(assess):
    assert assess("The union rejected the company's [proposal] for a pay freeze.").polarity is Polarity.POS
    assert assess("The mayor denied the [allegations] of bribery.").polarity is Polarity.POS
    assert assess("The rebels denied the [killings] in the valley.").polarity is Polarity.NEG
    assert assess("The ministry delayed the [report] on the floods.").polarity is Polarity.NEG


def test_too_to_denies_the_act(assess):
    factuality = assess("His doctors say he is too frail to [attend] the hearing.")
    assert (factuality.polarity, factuality.time) == (Polarity.NEG, EventTime.FUTURE)
    assert assess("The ferry was fast enough to [reach] the island.").polarity is Polarity.POS


def test_a_mandative_subjunctive_is_still_to_come(assess):
    factuality = assess("The panel recommended that the driver never be [allowed] on the road again.")
    assert (factuality.polarity, factuality.time) == (Polarity.NEG, EventTime.FUTURE)
    assert assess("Residents demanded that the dump be [closed].").time is EventTime.FUTURE
    assert assess("Residents said that the dump was [closed] in May.").time is EventTime.NON_FUTURE


def test_an_act_gone_on_to_has_happened(assess):
    factuality = assess("The senator went on to [criticise] the budget.")
    assert (factuality.polarity, factuality.time) == (Polarity.POS, EventTime.NON_FUTURE)


def test_an_ordered_infinitive_is_no_purpose_clause(assess):
    assert assess("The judge ordered the firm to [pay] damages.").polarity is Polarity.POS


def test_would_leaves_a_reported_plan_unsettled(assess):
    factuality = assess("The brewery said it would [close] two depots.")
    assert (factuality.certainty, factuality.polarity, factuality.time) == (
        Certainty.CERTAIN, Polarity.UNDERSPECIFIED, EventTime.FUTURE)


def test_would_not_is_a_stated_refusal(assess):
    factuality = assess("The landlord said he would not [lower] the rent.")
    assert (factuality.certainty, factuality.polarity, factuality.time) == (
        Certainty.CERTAIN, Polarity.NEG, EventTime.FUTURE)


@pytest.mark.parametrize("marked", [
    "The coach will retire when the season [ends].",
    "The bridge will reopen once the repairs are [finished].",
    "Voting will continue until the polls [close] at eight.",
])
def test_a_present_time_clause_under_a_future_is_future(assess, marked):
    assert assess(marked).time is EventTime.FUTURE


def test_a_present_time_clause_under_a_past_stays_past(assess):
    assert assess("The coach retired when the season [ended].").time is EventTime.NON_FUTURE


@pytest.mark.parametrize("marked", [
    "The strikers demanded the [reinstatement] of the sacked driver.",
    "The governor urged an [inquiry] into the fire.",
])
def test_an_act_demanded_is_future_but_not_doubted(assess, marked):
    factuality = assess(marked)
    assert factuality.time is EventTime.FUTURE
    assert factuality.certainty is Certainty.CERTAIN


@pytest.mark.parametrize("marked", [
    "The club said it would stop [signing] players from abroad.",
    "The residents hope to stop [building] the depot.",
])
def test_an_act_stopped_under_a_hedge_is_still_negative(assess, marked):
    assert assess(marked).polarity is Polarity.NEG


def test_no_longer_negates_and_longer_alone_does_not(assess):
    assert assess("The ferry no longer [stops] at the island.").polarity is Polarity.NEG
    assert assess("The strike [lasted] longer than the union expected.").polarity is Polarity.POS


def test_the_rules_alone_label_when_the_model_is_off(pipeline: Pipeline):
    rules = FactualityComponent("rules", max_depth=4, learned=False)
    text = "The port may [reopen] next week."
    doc = pipeline.parse(text.replace("[", "").replace("]", ""))
    start = text.index("[")
    factuality = rules.assess(doc, start, start + len("reopen"))
    assert (factuality.certainty, factuality.time) == (Certainty.POSSIBLE, EventTime.FUTURE)
    assert rules.model is None


@pytest.mark.parametrize("marked", [
    "Nobody [claimed] the reward.",
    "No passengers were [hurt] in the crash.",
    "None of the ministers [resigned] over the affair.",
    "Neither team [scored] in the final.",
    "The judge barred the council from [selling] the park.",
    "Fog kept the ferry from [leaving] the harbour.",
    "The farmers were unable to [harvest] the wheat.",
    "The lack of [rain] ruined the wheat.",
    "The bank's failure to [repay] the loan alarmed investors.",
    "Divers found no trace of [leakage] near the pipeline.",
    "The council has yet to [publish] the audit.",
    "The guards refrained from [firing] on the crowd.",
    "The nurses held a rally instead of a [strike].",
    "The troops withdrew instead of [fighting] on.",
    "Rather than [resign], the mayor called a recall vote.",
    "Coast guards foiled a gang's attempt to [board] the freighter.",
    "A late deal averted a [walkout] by dock workers.",
])
def test_negative_subjects_hindering_verbs_inability_and_lack_negate_the_act(assess, marked):
    assert assess(marked).polarity is Polarity.NEG


@pytest.mark.parametrize("marked", [
    "Some passengers were [hurt] in the crash.",
    "The envoy returned from [visiting] the camps.",
    "Why did the governor [veto] the bill?",
    "Divers found traces of [leakage] near the pipeline.",
])
def test_a_plain_subject_another_verbs_from_and_a_wh_question_leave_the_act_asserted(assess, marked):
    assert assess(marked).polarity is Polarity.POS


def test_a_yes_no_question_is_not_asserted(assess):
    factuality = assess("Did the governor [veto] the bill?")
    assert (factuality.certainty, factuality.polarity) == (Certainty.UNDERSPECIFIED, Polarity.UNDERSPECIFIED)


@pytest.mark.parametrize("marked", [
    "The league [called] off the final.",
    "The minister [ruled] out a referendum.",
    "Who started the blaze is not yet clear, but the inquiry will likely [blame] a faulty heater.",
])
def test_a_main_verb_is_not_governed_by_its_own_idiom(assess, marked):
    assert assess(marked).polarity is Polarity.POS


@pytest.fixture(scope="module")
def features(pipeline: Pipeline, component: FactualityComponent):
    """features("The army [attacked] the town.") -> the model's features of the bracketed predicate."""

    def _features(marked: str) -> list[str]:
        start = marked.index("[")
        end = marked.index("]") - 1
        text = marked.replace("[", "").replace("]", "")
        described = component.features(pipeline.parse(text), start, end)
        assert described is not None
        return described[0]

    return _features


def test_the_classes_of_the_words_over_a_predicate_are_features(features):
    found = features("If the board decides to [sell] the plant, the union will strike.")
    assert {"scope.class=condition", "scope.class=intention", "scope.infinitive"} <= set(found)
    assert "scope.nearest=intention" in found
    assert "scope.class=volition" in features("The union wants the company to [scrap] the bonus.")


def test_a_modal_auxiliary_is_a_feature_by_its_kind(features):
    assert "scope.modal=obligation" in features("Regulators said the merger should be [blocked].")
    assert "scope.modal=possibility" in features("Regulators said the merger might be [blocked].")
    assert not any(f.startswith("scope.modal=") for f in features("Regulators said the merger was [blocked]."))


def test_a_generic_present_and_a_bare_plural_subject_are_features(features):
    generic = features("Tickets are [sold] at the gate.")
    assert {"scope.subject_bare_plural", "scope.simple_present"} <= set(generic)
    specific = features("The tickets were [sold] at the gate.")
    assert not {"scope.subject_bare_plural", "scope.simple_present"} & set(specific)
    assert "scope.simple_present" not in features("Tickets have been [sold] at the gate.")
