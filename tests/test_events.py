"""The events stage: triggers coded CAMEO + PLOVER, with actors, place and time."""

from __future__ import annotations

from collections.abc import Callable

from tidings import docdata
from tidings.knowledge.discards import Discard
from tidings.knowledge.ontology import event_code
from tidings.model import Actor, ActorKind, Event, Place, Record, Span
from tidings.pipeline import Pipeline
from tidings.stages.events import EventsComponent, _named_speakers
from tidings.stages.events.confidence import DEFAULT_WEIGHTS, Weights

Read = Callable[..., Record]


def _event(record: Record, trigger: str) -> Event:
    return next(e for e in record.events if e.trigger == trigger)


def _primary(record: Record) -> Event:
    return max(record.events, key=lambda e: e.confidence)


def _names(record: Record, actor_ids: list[str]) -> set[str]:
    return {record.actor(a).name for a in actor_ids}


def test_meeting_is_coded_consult(read: Read) -> None:
    event = _event(read("The foreign ministers met on Tuesday."), "meet")
    assert (event.cameo, event.plover, event.quad_class) == ("040", "CONSULT", 1)


def test_event_carries_the_ontology_values_of_its_code(read: Read) -> None:
    event = _event(read("Police arrested four students."), "arrest")
    code = event_code(event.cameo)
    assert (event.cameo_root, event.goldstein, event.plover) == (code.root, code.goldstein, code.plover)


def test_met_in_a_city_places_the_meeting_there(read: Read) -> None:
    record = read("The two presidents met in Geneva last week.")
    event = _event(record, "meet")
    assert event.place is not None and record.place(event.place).name == "Geneva"


def test_time_in_the_clause_dates_the_event(read: Read) -> None:
    record = read("The rebels attacked the convoy on Monday.", published="2024-03-06")
    event = _event(record, "attack")
    assert event.when is not None and record.time(event.when).value == "2024-03-04"


def test_a_duration_or_a_set_never_dates_the_event(read: Read) -> None:
    jailed = read("A court in Lindfors jailed the former mayor for four years on Monday.", published="2024-03-06")
    event = _event(jailed, "jail")
    assert event.when is not None and jailed.time(event.when).value == "2024-03-04"
    for text, lemma in (("The army shelled the town for three days.", "shell"), ("Rebels have attacked the convoy every Monday.", "attack")):
        record = read(text, published="2024-03-06")
        event = _event(record, lemma)
        assert event.when is None or record.time(event.when).type in ("DATE", "TIME")


def test_place_is_not_taken_from_the_subject(read: Read) -> None:
    record = read("Japan praised Canada for its help.")
    assert _event(record, "praise").place_basis != "text"


def test_visit_is_placed_in_the_country_visited(read: Read) -> None:
    record = read("The Chinese premier visited Brazil.")
    event = _event(record, "visit")
    assert event.cameo == "042" and event.place is not None and record.place(event.place).name == "Brazil"


def test_subject_is_source_and_object_is_target(read: Read) -> None:
    record = read("France condemned Iran.")
    event = _event(record, "condemn")
    assert (_names(record, event.sources), _names(record, event.targets)) == ({"France"}, {"Iran"})


def test_passive_voice_swaps_roles(read: Read) -> None:
    record = read("Iran was condemned by France.")
    event = _event(record, "condemn")
    assert (_names(record, event.sources), _names(record, event.targets)) == ({"France"}, {"Iran"})


def test_conjoined_subjects_are_both_sources(read: Read) -> None:
    record = read("Germany and Italy criticized Hungary.")
    event = _event(record, "criticize")
    assert _names(record, event.sources) == {"Germany", "Italy"}


def test_meet_with_takes_the_prepositional_object_as_target(read: Read) -> None:
    record = read("Japan held talks with Australia.")
    event = _event(record, "talk")
    assert event.plover == "CONSULT" and _names(record, event.targets) == {"Australia"}


def test_nominal_trigger_takes_possessor_as_source_and_of_phrase_as_target(read: Read) -> None:
    record = read("Analysts expect Iraq's invasion of Kuwait to end soon.")
    event = _event(record, "invasion")
    assert event.plover == "ASSAULT"
    assert (_names(record, event.sources), _names(record, event.targets)) == ({"Iraq"}, {"Kuwait"})


def test_modified_noun_outranks_its_light_verb(read: Read) -> None:
    event = _primary(read("The prisoners began a hunger strike."))
    assert (event.trigger, event.cameo) == ("strike", "142")


def test_verb_with_a_specific_object_codes_the_event(read: Read) -> None:
    event = _primary(read("The army lifted the curfew."))
    assert (event.trigger, event.cameo) == ("lift", "0813")


def test_framing_verb_outranks_the_event_it_frames(read: Read) -> None:
    event = _primary(read("The rebels refused to release the hostages."))
    assert event.plover == "REJECT"


def test_future_cooperation_is_an_intent_to_cooperate(read: Read) -> None:
    event = _primary(read("Canada will send food aid to Haiti."))
    assert event.plover == "AGREE" and event.cameo.startswith("03")


def test_future_attack_is_a_threat(read: Read) -> None:
    event = _event(read("The militia would attack the port."), "attack")
    assert event.plover == "THREATEN"


def test_an_act_someone_is_going_to_do_is_told_in_the_future(read: Read) -> None:
    assert _event(read("The militia is going to attack the port."), "attack").plover == "THREATEN"
    assert _event(read("Canada is going to meet the Haitian envoy in Ottawa."), "meet").cameo == "036"
    assert _event(read("The militia was going to the port when it attacked the convoy."), "attack").plover != "THREATEN"


def test_sanctions_threatened_against_a_party_are_a_threat_not_sanctions(read: Read) -> None:
    record = read("Norway threatened sanctions against Eritrea over the jailed reporters.")
    assert [(event.trigger, event.cameo) for event in record.events] == [("threaten", "1312")]
    assert _event(record, "threaten").plover == "THREATEN"


def test_withdrawing_a_measure_is_yielding_and_withdrawing_troops_a_retreat(read: Read) -> None:
    scheme = _event(read("The Tasmanian government withdrew its plan to sell the forests on Friday."), "withdraw")
    troops = _event(read("Ethiopia withdrew its troops from the disputed town."), "withdraw")
    assert (scheme.cameo, troops.cameo) == ("080", "0874")
    assert (scheme.plover, troops.plover) == ("CONCEDE", "RETREAT")


def test_a_feeling_no_one_should_have_is_reassurance_not_a_demand(read: Read) -> None:
    calm = read("Chile's interior minister said Peruvians should not feel threatened by the border patrols.")
    assert not [event for event in calm.events if event.plover == "REQUEST"]
    demand = read("Chile's interior minister said Peru should stop the border patrols.")
    assert [event.cameo for event in demand.events if event.plover == "REQUEST"] == ["100"]


def test_lifting_a_curfew_or_an_emergency_is_a_concession(read: Read) -> None:
    curfew = _event(read("The Peruvian army lifted the curfew in Lima."), "lift")
    emergency = _event(read("Ecuador's government ended the state of emergency in Quito."), "end")
    assert (curfew.plover, emergency.plover) == ("CONCEDE", "CONCEDE")


def test_a_resignation_is_a_retreat(read: Read) -> None:
    event = _event(read("The Peruvian interior minister resigned on Friday."), "resign")
    assert (event.plover, event.plover_mode) == ("RETREAT", "resign")


def test_international_sanctions_reduce_relations_but_restrictions_on_movement_coerce(read: Read) -> None:
    sanctions = _primary(read("Canada imposed sanctions on Belarus on Monday."))
    restrictions = _primary(read("The Kenyan police imposed restrictions on travel in Nairobi."))
    assert (sanctions.plover, sanctions.plover_mode) == ("SANCTION", "discontinue")
    assert restrictions.plover == "COERCE"


def test_blowing_up_property_is_an_assault_that_destroys(read: Read) -> None:
    event = _event(read("Rebels blew up a railway bridge near Goma."), "blow")
    assert (event.plover, event.plover_mode) == ("ASSAULT", "destroy")


def test_a_petition_drive_is_a_protest_but_a_petition_to_a_court_is_not(read: Read) -> None:
    drive = read("Farmers in Kenya began collecting signatures against the new land tax.")
    assert [e.plover for e in drive.events] == ["PROTEST"]
    assert read("The lawyers filed a petition with the Supreme Court of Kenya.").events == []


def test_who_arrives_settles_whether_an_arrival_is_a_visit(read: Read) -> None:
    assert _event(read("The Kenyan president arrived in Tanzania on Monday."), "arrive").plover == "CONSULT"
    assert _event(read("Russian troops arrived in Belarus on Monday."), "arrive").plover == "MOBILIZE"
    assert _event(read("Nigerian peacekeeping troops arrived in Liberia."), "arrive").plover == "AID"
    assert "arrive" not in [e.trigger for e in read("Police arrived at the scene in Nairobi on Monday.").events]


def test_a_future_concession_stays_a_concession(read: Read) -> None:
    event = _event(read("The Peruvian army will lift the curfew in Lima next week."), "lift")
    assert (event.plover, event.cameo) == ("CONCEDE", "0813")


def test_a_future_release_is_an_intent_to_yield(read: Read) -> None:
    event = _event(read("The rebels will release the hostages on Sunday."), "release")
    assert event.plover == "AGREE" and event.cameo.startswith("035")


def test_what_an_actor_must_do_is_a_demand(read: Read) -> None:
    event = _event(read("The minister said the army must release the prisoners."), "release")
    assert (event.plover, event.cameo) == ("REQUEST", "1053")


def test_plain_reporting_verb_is_not_an_event(read: Read) -> None:
    assert read("The spokesman said the weather was fine.").events == []


def test_noun_used_as_a_modifier_is_not_an_event(read: Read) -> None:
    assert read("The launch site was quiet and the war museum was closed.").events == []


def test_spans_and_ids_point_into_the_text(read: Read) -> None:
    record = read("Protesters marched in the capital. Soldiers shelled the town.")
    assert [e.id for e in record.events] == ["e1", "e2"]
    assert [(e.spans[0].start, e.spans[0].text) for e in record.events] == [(11, "marched"), (44, "shelled")]
    assert [e.sentence.text for e in record.events] == ["Protesters marched in the capital.", "Soldiers shelled the town."]


def test_non_political_sense_of_a_trigger_is_no_event(read: Read) -> None:
    assert read("The company released a report and met its sales targets.").events == []


def test_month_name_is_not_a_march(read: Read) -> None:
    assert read("The law took effect in March.").events == []


def test_trigger_modifying_a_light_noun_names_the_event(read: Read) -> None:
    event = _primary(read("Qatar launched a mediation effort on Saturday."))
    assert (event.trigger, event.plover) == ("mediation", "CONSULT")


def test_recipient_of_a_transfer_is_the_target(read: Read) -> None:
    record = read("Syria sent its troops to Lebanon.")
    event = _primary(record)
    assert _names(record, event.targets) == {"Lebanon"}


def test_purpose_clause_ranks_below_the_main_event(read: Read) -> None:
    event = _primary(read("Students staged a rally to demand reforms."))
    assert event.plover == "PROTEST"


def test_descriptive_participle_ranks_below_the_reported_event(read: Read) -> None:
    event = _primary(read("Protesters marched through the occupied city."))
    assert event.plover == "PROTEST"


def test_event_takes_a_locative_phrase_attached_lower_in_its_clause(read):
    record = read("The envoy met with the families of the hostages in Geneva.")
    meeting = next(e for e in record.events if e.trigger == "meet")
    assert record.place(meeting.place).name == "Geneva"  # "in Geneva" hangs on "hostages"


def test_a_time_that_bounds_an_event_does_not_date_it(read):
    record = read("It was the first meeting of the two ministers since 2019.", published="2024-05-02")
    meeting = next(e for e in record.events if e.trigger == "meeting")
    assert meeting.when_basis == "published"  # neither its words nor its sentence date it


def test_a_locative_phrase_of_another_event_does_not_place_this_one(read):
    record = read("The summit opened against the backdrop of the fighting in Sudan.")
    summit = next(e for e in record.events if e.trigger == "summit")
    assert summit.place_basis != "text"


def test_how_a_meeting_should_be_held_asks_no_one_for_it(read: Read) -> None:
    assert _event(read("The Kenyan hosts decided the summit should be held in Mombasa."), "summit").cameo == "040"
    assert _event(read("Kenya said Uganda must hold talks with the rebels."), "talk").cameo == "108"


def test_obligation_reported_by_a_speaker_is_the_speaker_demand(read: Read) -> None:
    record = read("Germany said Poland should release the two journalists.")
    event = _event(record, "release")
    assert event.plover == "REQUEST"
    assert (_names(record, event.sources), _names(record, event.targets)) == ({"Germany"}, {"Poland"})


def test_pronoun_subject_of_a_reported_clause_is_the_speaker(read: Read) -> None:
    record = read("Chile said it would boycott the summit.")
    assert _names(record, _event(record, "boycott").sources) == {"Chile"}


def test_adjective_frame_takes_the_subject_of_its_copula(read: Read) -> None:
    record = read("Norway is ready to send aid to Haiti.")
    assert _names(record, _event(record, "ready").sources) == {"Norway"}


def test_subject_of_a_demanded_clause_is_the_target(read: Read) -> None:
    record = read("Spain demanded that Morocco release the fishermen.")
    assert _names(record, _event(record, "demand").targets) == {"Morocco"}


def _items(text: str, words: list[str], kind: type[Actor] | type[Place]) -> list:
    """An actor or place for each occurrence of the words, in order (ids a1.. / p1..)."""
    items, start = [], 0
    for n, word in enumerate(words, 1):
        start = text.index(word, start)
        span = Span(start=start, end=start + len(word), text=word)
        if kind is Actor:
            items.append(Actor(id=f"a{n}", spans=[span], canonical_id=f"name:{word}", name=word, kind=ActorKind.GROUP))
        else:
            items.append(Place(id=f"p{n}", spans=[span], name=word))
        start += len(word)
    return items


def test_a_conjunction_of_two_thousand_names_are_all_sources(pipeline: Pipeline) -> None:
    names = ["France", "Germany", "Italy", "Spain", "Poland", "Japan", "Brazil", "Kenya"] * 250
    text = ", ".join(names[:-1]) + " and " + names[-1] + " met in Geneva."
    doc = pipeline.parse(text)
    docdata.put(doc, "actors", _items(text, names, Actor))
    docdata.put(doc, "places", _items(text, ["Geneva"], Place))
    pipeline.stage("events").process(doc)
    meeting = next(e for e in docdata.get(doc, "events") if e.trigger == "meet")
    assert meeting.sources == [f"a{n}" for n in range(1, 2001)]
    assert meeting.place == "p1"


def test_two_thousand_nested_events_are_each_placed(pipeline: Pipeline) -> None:
    text = "Rebels condemned " + "the attack on " * 2000 + "the town in Sudan."
    doc = pipeline.parse(text)
    docdata.put(doc, "places", _items(text, ["Sudan"], Place))
    pipeline.stage("events").process(doc)
    attacks = [e for e in docdata.get(doc, "events") if e.trigger == "attack"]
    assert sum(len(e.mentions) for e in attacks) == 2000
    assert {e.place for e in attacks} == {"p1"}


def test_first_person_pronoun_in_a_direct_quotation_is_the_speaker(read: Read) -> None:
    record = read('"We will boycott the summit," Chile said.')
    assert _names(record, _event(record, "boycott").sources) == {"Chile"}


def test_third_person_pronoun_in_a_direct_quotation_is_not_the_speaker(read: Read) -> None:
    record = read('"They shelled the convoy," Chile said.')
    assert _event(record, "shell").sources == []


def test_confidence_weights_are_the_component_config(pipeline: Pipeline) -> None:
    assert pipeline.nlp.config["components"]["tidings_events"]["confidence"] == DEFAULT_WEIGHTS
    doc = pipeline.parse("Protesters marched after troops occupied the city.")
    EventsComponent("events", Weights(**{**DEFAULT_WEIGHTS, "floor": 0.9})).process(doc)
    assert [e.confidence for e in docdata.get(doc, "events")] == [0.9, 0.9]


# ---------------------------------------------------------------- coding: the CAMEO verb lexicon,
# plain statements, word senses, discards, and one event with many mentions


def _coded(record: Record) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.cameo) for e in record.events]


def _reporter(record: Record, event: Event) -> str:
    """The name of who reports the event: the speaker of the quote it stands in, or an actor."""
    source = event.factuality.attributed_to
    speaker = next((q.speaker for q in record.quotes if q.id == source), source)
    return record.actor(speaker).name


def test_a_verb_only_the_lexicon_knows_is_coded_between_two_actors(read: Read) -> None:
    record = read("Japan admonished China.")
    event = _event(record, "admonish")
    assert (event.cameo, event.plover) == ("111", "ACCUSE")
    assert (_names(record, event.sources), _names(record, event.targets)) == ({"Japan"}, {"China"})


def test_a_verb_only_the_lexicon_knows_is_no_event_without_its_parties(read: Read) -> None:
    assert _coded(read("The teacher admonished the pupils.")) == []


def test_a_verb_only_the_lexicon_knows_is_no_event_where_it_frames_a_clause(read: Read) -> None:
    assert "want" not in [e.trigger for e in read("Japan wanted to reassure China.").events]


def test_a_plain_statement_is_an_event_without_a_plover_type(read: Read) -> None:
    record = read("Russia said the situation was calm.")
    event = _event(record, "say")
    assert (event.cameo, event.plover, event.quad_class) == ("010", None, 1)
    assert _names(record, event.sources) == {"Russia"}


def test_a_statement_by_a_person_named_by_name_is_an_event_though_uncoded(read: Read) -> None:
    record = read("Maria Delgado, who runs a bakery on Elm Street, said the new bridge would bring more customers.")
    event = _event(record, "say")
    assert event.cameo == "010"
    assert _names(record, event.sources) == {"Maria Delgado"}
    assert read("A woman who runs a bakery on Elm Street said the new bridge would bring more customers.").events == []


def test_a_statement_by_an_organisation_named_by_name_is_an_event_though_uncoded(read: Read) -> None:
    record = read("Brenner Steel Group says its new furnace uses a third less power than the old one.")
    event = _event(record, "say")
    assert event.cameo == "010"
    assert _names(record, event.sources) == {"Brenner Steel Group"}
    assert read("The steel maker says its new furnace uses a third less power than the old one.").events == []


def test_a_common_noun_the_recogniser_takes_for_an_organisation_names_no_speaker(pipeline: Pipeline) -> None:
    record, doc = next(pipeline.pipe_with_docs(["Brenner Steel Group says its new furnace uses a third less power."]))
    assert _named_speakers(doc) == {record.actors[0].id}
    for token in doc[:3]:
        token.pos_ = "NOUN"  # as the tagger reads a plural that opens a sentence: "Supporters said"
    assert _named_speakers(doc) == set()


def test_a_statement_in_writing_is_an_event_and_a_written_work_is_none(read: Read) -> None:
    record = read("Harbour police wrote in their weekly bulletin that the stolen van was found near the river.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("write", "010")]
    record = read("Mayor Tom Kessler tweeted on Sunday that the bridge would reopen within a week.")
    assert [(e.trigger, _names(record, e.sources)) for e in record.events] == [("tweet", {"Tom Kessler"})]
    assert read("Mayor Tom Kessler wrote a book about the bridge.").events == []


def test_an_answer_in_words_is_a_statement_and_an_answer_by_deed_is_none(read: Read) -> None:
    record = read("Asked about the closure, Mayor Dana Kerr replied that the pool would reopen in June.")
    assert [(e.trigger, e.cameo, _names(record, e.sources)) for e in record.events] == [("reply", "010", {"Dana Kerr"})]
    record = read("Riot police responded by firing rubber bullets at the crowd.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("fire", "193")]


def test_a_suspect_taken_into_custody_is_arrested_and_one_who_turns_himself_in_yields(read: Read) -> None:
    record = read("The stolen van's driver was taken into custody late on Friday.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("take", "173")]
    assert read("A family court gave the grandmother custody of the twins.").events == []
    record = read("A second gunman turned himself in at a Dayton station on Sunday.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("turn", "080")]


def test_charges_filed_or_pressed_against_someone_charge_him(read: Read) -> None:
    record = read("County prosecutors filed charges against the former mayor on Monday.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("charge", "173")]
    assert read("The former mayor faces no charges, his lawyer said on Monday.").events == []


def test_a_search_of_a_home_by_the_police_is_an_investigation_and_a_search_for_the_lost_is_none(read: Read) -> None:
    record = read("Police searched the home of the suspect on Tuesday.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("search", "090")]
    assert read("Volunteers searched the woods for the missing hiker.").events == []
    assert read("Soldiers searched the farmhouse for survivors of the flood.").events == []
    record = read("Dayton detectives spent the night searching for the gunman who robbed a pharmacy.")
    assert [(e.trigger, e.cameo) for e in record.events if e.trigger == "search"] == [("search", "090")]
    record = read("Toledo police are looking for two men who fled after the robbery.")
    assert [(e.trigger, e.cameo) for e in record.events if e.trigger == "look"] == [("look", "090")]
    assert read("Shoppers in Toledo are looking for bargains this weekend.").events == []


def test_a_plea_of_guilty_owns_the_deed_and_a_plea_of_innocence_disowns_it(read: Read) -> None:
    record = read("Former mayor Rita Vance pleaded guilty to bribery on Thursday.")
    assert [(e.trigger, e.cameo, _names(record, e.sources)) for e in record.events] == [("guilty", "015", {"Rita Vance"})]
    record = read("Former mayor Rita Vance pleaded innocent to the bribery counts.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("innocent", "016")]


def test_a_confirmation_in_words_is_a_statement(read: Read) -> None:
    record = read("Sheriff Tom Hale confirmed that the deputy had been suspended.")
    assert [(e.trigger, e.cameo, _names(record, e.sources)) for e in record.events] == [("confirm", "010", {"Tom Hale"})]


def test_alerting_the_police_is_a_statement(read: Read) -> None:
    record = read("Mayor Ann Lutz alerted police when her office was burgled.")
    assert [(e.trigger, e.cameo, _names(record, e.sources)) for e in record.events] == [("alert", "010", {"Ann Lutz"})]


def test_a_call_to_the_police_is_a_telephone_contact_whoever_makes_it(read: Read) -> None:
    record = read("Mayor Ann Lutz called police after a stranger broke into her garage.")
    assert [(e.trigger, e.cameo, _names(record, e.sources)) for e in record.events] == [("call", "041", {"Ann Lutz"})]
    assert [record.actor(a).cameo for a in record.events[0].targets] == ["---COP"]
    assert _coded(read("A neighbour dialled 911 when the barn caught fire.")) == [("dial", "041")]


def test_calling_someone_a_name_or_calling_each_time_something_happens_is_no_call(read: Read) -> None:
    assert read("Coach Ray Dunn called the referee a liar.").events == []
    assert read("The senator called the officials incompetent.").events == []
    assert read("Whenever the bar gets rowdy, neighbours call the police.").events == []


def test_a_candidate_out_of_a_race_quits_it(read: Read) -> None:
    record = read("Senator Ray Olsen dropped out of the mayoral race in Dayton.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("drop", "0831")]
    record = read("Senator Ray Olsen withdrew from the race on Friday.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("withdraw", "0831")]


def test_a_member_crossing_the_floor_leaves_the_party(read: Read) -> None:
    record = read("Senator Ray Olsen crossed the floor on Tuesday.")
    assert [(e.trigger, e.cameo, _names(record, e.sources)) for e in record.events] == [("cross", "160", {"Ray Olsen"})]


def test_a_bomb_planted_is_a_bombing_and_a_bomb_squad_placed_is_none(read: Read) -> None:
    record = read("Rebels planted a bomb outside the police station.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("plant", "183")]
    record = read("The teenager put an explosive device near the town hall.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("put", "183")]
    assert read("Police placed the bomb squad on standby.").events == []


def test_martial_law_enforced_is_imposed_and_the_law_enforced_is_no_event(read: Read) -> None:
    record = read("The army enforced martial law in the capital.")
    assert [e.cameo for e in record.events] == ["1724"]
    assert read("Police enforce the law in the county.").events == []


def test_a_statement_posted_on_a_site_by_no_one_named_is_no_event(read: Read) -> None:
    assert read("Someone posted on Facebook that the bridge would reopen within a week.").events == []


def test_announcing_or_reiterating_that_something_is_so_is_a_statement(read: Read) -> None:
    record = read("The Bolivian government announced on Monday that the border crossing would stay open.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("announce", "010")]
    record = read("The Bolivian president reiterated that the mine would stay in state hands.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("reiterate", "010")]


def test_a_speech_verb_none_of_tidings_patterns_fits_makes_the_lexicons_statement(read: Read) -> None:
    record = read("Chile's foreign minister voiced concern about the new border fence on Sunday.")
    assert [(e.trigger, e.cameo, e.plover) for e in record.events] == [("voice", "012", None)]
    record = read("On Friday, Chile's foreign minister repeated concerns she had voiced before about the fence.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("repeat", "010")]
    record = read("The Kenyan president expressed support for the plan on Monday.")
    assert [e.cameo for e in record.events] == ["051"]


def test_a_statement_made_with_pleasure_is_made(read: Read) -> None:
    record = read("Lakeside Library Trust is delighted to announce that its new reading room will open in March.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("announce", "010")]
    assert [e for e in read("The Kenyan ministry is ready to comment on the report.").events if e.trigger == "comment"] == []


def test_a_statement_that_reports_an_event_gives_way_to_it_where_its_speaker_makes_another(read: Read) -> None:
    record = read("Russia said Ukraine shelled the city. Russia said the situation was calm.")
    assert [(e.trigger, e.spans[0].start) for e in record.events] == [("shell", 20), ("say", 45)]
    assert _reporter(record, record.events[0]) == "Russia"


def test_the_first_statement_of_a_speaker_whose_statements_all_report_events_is_kept(read: Read) -> None:
    record = read("Peru said Chilean troops shelled the border post. Peru said Chile also arrested two farmers.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("say", "010"), ("shell", "194"), ("arrest", "173")]
    assert _names(record, record.events[0].sources) == {"Peru"}
    assert [e.trigger for e in read("A neighbour said the man was arrested on Friday.").events] == ["arrest"]


def test_a_statement_by_a_bodys_spokesman_is_the_bodys_first_statement(read: Read) -> None:
    record = read("Rebels fired on the convoy, a navy spokesman said.")
    assert _coded(record) == [("fire", "193"), ("say", "010")]
    assert [record.actor(a).cameo for a in record.events[1].sources] == ["---MIL"]


def test_a_statement_of_the_speakers_own_deed_is_that_deed_alone(read: Read) -> None:
    record = read('"We are ready to work with the county on a new plan," said Ana Ruiz, the Miami school superintendent.')
    assert [e.cameo for e in record.events] == ["030"]
    assert [e.cameo for e in read("Peru said it had arrested two Chilean farmers.").events] == ["173"]


def test_what_a_statement_says_someone_must_do_is_a_demand_of_them(read: Read) -> None:
    record = read("Germany said Iran must do more.")
    event = _event(record, "say")
    assert (event.cameo, event.plover) == ("100", "REQUEST")
    assert (_names(record, event.sources), _names(record, event.targets)) == ({"Germany"}, {"Iran"})


def test_what_a_speaker_says_they_must_do_themselves_is_no_demand(read: Read) -> None:
    event = _event(read('"We must work harder to protect our people," the Iraqi foreign minister said.'), "say")
    assert (event.cameo, event.plover) == ("010", None)


def test_a_future_release_is_an_intent_to_yield(read: Read) -> None:
    event = _event(read("The rebels said they will release the hostages."), "release")
    assert (event.cameo, event.plover) == ("0353", "AGREE")


def test_pushing_for_another_to_act_is_a_demand(read: Read) -> None:
    event = _primary(read("Britain is pushing for France to back the plan."))
    assert (event.trigger, event.plover) == ("push", "REQUEST")


def test_workers_striking_is_a_labour_strike(read: Read) -> None:
    event = _event(read("Dock workers struck at the port on Monday."), "strike")
    assert (event.cameo, event.plover) == ("143", "PROTEST")


def test_aircraft_striking_is_an_air_strike(read: Read) -> None:
    event = _event(read("Israeli jets struck the town."), "strike")
    assert (event.cameo, event.plover) == ("195", "ASSAULT")


def test_a_strike_by_workers_is_a_labour_strike(read: Read) -> None:
    event = _event(read("A strike by teachers closed the schools."), "strike")
    assert event.plover == "PROTEST"


def test_launching_air_strikes_is_an_air_strike_and_a_strike_over_pay_a_labour_one(read: Read) -> None:
    event = _event(read("The Nigerian army launched air strikes against Boko Haram."), "strike")
    assert (event.cameo, event.plover) == ("195", "ASSAULT")
    assert _event(read("Dock workers launched a strike over pay."), "strike").plover == "PROTEST"


def test_an_indictment_is_an_accusation_and_an_arrest_coercion(read: Read) -> None:
    record = read("Prosecutors in Seoul indicted five North Korean agents, and police arrested two more.")
    assert (_event(record, "indict").plover, _event(record, "arrest").plover) == ("ACCUSE", "COERCE")


def test_blasting_a_building_is_force_and_blasting_a_minister_is_criticism(read: Read) -> None:
    assert _event(read("Army tanks blasted the rebel compound outside Kismayo."), "blast").plover == "ASSAULT"
    assert _event(read("Helicopter gunships blasted two trucks near the Somali port."), "blast").cameo == "195"
    assert _event(read("The opposition leader blasted the Somali minister over the budget."), "blast").cameo == "111"


def test_a_bombing_by_a_state_is_from_the_air_and_one_by_a_people_is_not(read: Read) -> None:
    assert _event(read("Israel's bombing of the Gaza camps went on overnight."), "bombing").cameo == "195"
    assert _event(read("The army's bombing of the rebel villages drew protests."), "bombing").cameo == "195"
    assert _event(read("The Palestinian bombing of a Jerusalem cafe drew wide condemnation."), "bombing").cameo == "183"
    assert _event(read("Palestinian bombers killed four Israelis in a bombing at a Jerusalem cafe."), "kill").cameo == "183"


def test_questioning_by_a_party_is_an_inquiry_and_a_reporters_interview_is_no_event(read: Read) -> None:
    assert _event(read("Federal detectives interviewed the Kenyan driver in Mombasa."), "interview").cameo == "090"
    assert read("A radio reporter interviewed the Kenyan driver in Mombasa.").events == []
    assert read("The Kenyan lawyer was interviewed for the post in March.").events == []


def test_conceding_that_something_is_so_is_a_statement_and_conceding_defeat_a_yielding(read: Read) -> None:
    assert _event(read("The Kenyan army has conceded that the rebel leader's whereabouts remain unknown."), "concede").cameo == "010"
    assert _event(read("The Kenyan rebels conceded defeat on Sunday."), "concede").cameo == "080"


def test_being_ready_to_use_force_is_a_threat_and_ready_to_talk_an_intent(read: Read) -> None:
    assert _event(read("The Kenyan army is ready to attack the rebel camps."), "ready").plover == "THREATEN"
    assert _event(read("The Kenyan army is ready to talk with the rebels."), "ready").cameo == "030"


def test_regretting_deaths_is_sorrow_and_regretting_a_decision_disapproval(read: Read) -> None:
    assert _event(read("A Kenyan army spokesman said he deeply regretted the deaths of the two students."), "regret").cameo == "018"
    assert _event(read("The Kenyan minister regretted the decision of the court."), "regret").cameo == "110"


def test_attacking_a_plan_is_criticism(read: Read) -> None:
    event = _event(read("The senator attacked the budget."), "attack")
    assert (event.cameo, event.plover) == ("111", "ACCUSE")


def test_attacking_government_forces_is_an_assault(read: Read) -> None:
    event = _event(read("They attacked government forces near the border."), "attack")
    assert (event.cameo, event.plover) == ("190", "ASSAULT")


def test_firing_an_official_is_no_event(read: Read) -> None:
    assert _coded(read("The company fired its finance director.")) == []


def test_firing_at_a_town_is_an_assault(read: Read) -> None:
    assert _event(read("The army fired at the town."), "fire").plover == "ASSAULT"


def test_a_policy_noun_named_as_a_topic_is_no_event(read: Read) -> None:
    assert _coded(read("I am no fanatic about sanctions.")) == []


def test_sanctions_on_a_country_are_an_event(read: Read) -> None:
    assert _event(read("The sanctions on Syria were renewed."), "sanction").cameo == "163"


def test_sanctions_named_by_who_imposes_them_are_an_event(read: Read) -> None:
    assert _event(read("Canada's sanctions hurt the Russian economy."), "sanction").cameo == "163"


def test_setting_up_barricades_is_an_obstruction_not_a_destruction(read: Read) -> None:
    assert _coded(read("Protesters set up barricades.")) == [("barricade", "144")]


def test_a_summons_is_coded_the_same_whoever_it_names(read: Read) -> None:
    record = read("Poland summoned the Russian ambassador. Warsaw summoned him again on Friday.")
    assert {e.cameo for e in record.events} == {"114"}


def test_a_summons_to_court_is_legal_action(read: Read) -> None:
    assert _event(read("The judge summoned the mayor to court."), "summon").cameo == "173"


def test_a_sports_sentence_is_discarded(read: Read) -> None:
    record = read("Brazil beat Argentina at basketball. Brazil also condemned Argentina.")
    assert _coded(record) == [("condemn", "111")]


def test_a_story_level_discard_in_the_first_sentence_leaves_the_whole_article_uncoded(read: Read) -> None:
    assert _coded(read("Manchester United signed a striker. France condemned Iran.")) == []


def test_a_story_level_discard_in_a_sports_story_leaves_the_whole_article_uncoded(read: Read) -> None:
    text = "France condemned Iran. The football season opened. Manchester United won again."
    assert _coded(read(text)) == []


def test_a_story_whose_lede_names_a_state_office_keeps_its_events_beside_sports_sentences(read: Read) -> None:
    text = "The Kenyan president condemned Uganda on Monday. Uganda hosts the World Cup qualifiers. The FIFA delegates met in Kampala."
    assert _coded(read(text)) == [("condemn", "111")]
    assert _coded(read("Kenya condemned Uganda on Monday. Uganda hosts the World Cup qualifiers. The FIFA delegates met in Kampala.")) == []


def test_a_single_story_level_discard_late_in_the_story_leaves_only_its_sentence_uncoded(read: Read) -> None:
    record = read("France condemned Iran. Traffic slowed near the Grand Prix.")
    assert _coded(record) == [("condemn", "111")]


def test_a_discard_stem_does_not_match_a_verb_built_on_it(read: Read) -> None:
    assert _coded(read("Germany championed the reform and condemned Iran.")) == [("condemn", "111")]


def test_a_discard_phrase_may_start_at_its_first_word_or_what_a_one_word_stem_goes_on_to() -> None:
    stem = Discard(("champion",), article=False, stem=True)
    assert stem.may_start("champion") and stem.may_start("championship") and not stem.may_start("champ")
    phrase = Discard(("grand", "prix"), article=True, stem=False)
    assert phrase.may_start("grand") and not phrase.may_start("grandstand")
    assert not Discard(("tennis",), article=False, stem=False).may_start("tennises")


def test_a_disaster_sentence_is_still_coded(read: Read) -> None:
    assert _coded(read("After the tsunami, Japan condemned China.")) == [("condemn", "111")]


def test_a_verb_only_the_lexicon_knows_is_no_event_where_it_acts_on_no_party(read: Read) -> None:
    assert "earn" not in [e.trigger for e in read("Somalia earned millions from Kenya.").events]


def test_a_verb_only_the_lexicon_knows_in_the_simple_present_is_a_state_not_an_event(read: Read) -> None:
    assert [e.trigger for e in read("Russia controls Ukraine.").events] == []


def test_a_verb_the_lexicon_codes_with_its_words_still_needs_a_party_it_acts_on(read: Read) -> None:
    assert _coded(read("Iran escaped from custody of Iraq.")) == []


def test_fighting_to_do_something_is_no_attack(read: Read) -> None:
    assert [e for e in read("The senator will fight to keep the law.").events if e.trigger == "fight"] == []


def test_a_past_participle_describing_a_noun_is_no_event(read: Read) -> None:
    assert [e.trigger for e in read("Police displayed the seized rifles.").events if e.trigger == "seize"] == []


def test_hosting_an_awards_ceremony_is_no_meeting(read: Read) -> None:
    assert [e for e in read("The comedian hosted the awards ceremony in Los Angeles.").events if e.trigger == "host"] == []


def test_declining_to_comment_is_neither_a_rejection_nor_a_statement(read: Read) -> None:
    assert _coded(read("The Kenyan ministry declined to comment on the report.")) == []


def test_an_act_done_to_no_one_is_no_event(read: Read) -> None:
    assert _coded(read("Rebels shelled the town but nobody was injured.")) == [("shell", "194")]


def test_a_statement_only_intended_is_none(read: Read) -> None:
    assert _coded(read("Kenya wanted to comment on the report.")) == []


def test_committing_a_crime_is_no_commitment(read: Read) -> None:
    assert [e for e in read("The gunman committed the robbery in Lagos.").events if e.trigger == "commit"] == []
    assert [e for e in read("Two inmates in Lagos committed acts of vandalism.").events if e.trigger == "commit"] == []


def test_a_meeting_referred_back_to_is_one_event_with_two_mentions(read: Read) -> None:
    record = read("Putin met Xi in Beijing on Monday. The meeting lasted three hours.")
    (event,) = [e for e in record.events if e.plover == "CONSULT"]
    assert [m.text for m in event.mentions] == ["met", "meeting"]
    assert event.spans[0].text == "met" and event.place is not None and event.when is not None


def test_meetings_with_different_partners_stay_apart(read: Read) -> None:
    record = read("Putin met Xi on Monday. Putin met Modi on Tuesday.")
    assert len([e for e in record.events if e.plover == "CONSULT"]) == 2


def test_attacks_on_different_places_stay_apart(read: Read) -> None:
    record = read("Russia attacked Kharkiv. Russia attacked Odesa.")
    assert len([e for e in record.events if e.plover == "ASSAULT"]) == 2


def test_an_event_told_again_with_its_place_and_date_is_one_event(read: Read) -> None:
    record = read("Police arrested Smith in Denver on Friday. Officers said Smith was detained in Denver on Friday after a chase.")
    (event,) = [e for e in record.events if e.cameo_root == "17"]
    assert [m.text for m in event.mentions] == ["arrested", "detained"]


def test_an_event_told_again_at_its_place_with_one_of_its_actors_is_one_event(read: Read) -> None:
    record = read("Police arrested Smith in Denver. Officers said Smith was detained in Denver after a chase.")
    assert len([e for e in record.events if e.cameo_root == "17"]) == 1


def test_a_trigger_repeated_later_on_the_same_target_is_one_event(read: Read) -> None:
    text = (
        "Police arrested Ahmed Salem on Friday. His lawyers were angry. Reporters waited outside. "
        "The crowd grew. Relatives wept. Ahmed Salem was arrested at his home."
    )
    (event,) = [e for e in read(text).events if e.trigger == "arrest"]
    assert len(event.mentions) == 2


def test_an_attack_and_the_killing_it_caused_are_one_event(read: Read) -> None:
    record = read("A bomb explosion at the market killed two soldiers.")
    (event,) = [e for e in record.events if e.plover == "ASSAULT"]
    assert sorted(m.text for m in event.mentions) == ["explosion", "killed"]


def test_a_toll_told_with_days_of_strikes_is_one_event_with_them(read: Read) -> None:
    for text in (
        "Four Somali fishermen were killed during a week of drone strikes on the coast.",
        "The third day of rebel shelling killed two Congolese soldiers in Goma.",
    ):
        assert len([e for e in read(text).events if e.plover == "ASSAULT"]) == 1, text


def test_victims_counted_by_two_verbs_are_one_deeds_toll_and_two_objects_two_deeds(read: Read) -> None:
    record = read("Nigerian rebels shot six guards and stabbed nine near Kano.")
    assert [[m.text for m in e.mentions] for e in record.events if e.plover == "ASSAULT"] == [["shot", "stabbed"]]
    record = read("Nigerian troops shelled the rebel camp and bombed the airport in Kano.")
    assert len([e for e in record.events if e.plover == "ASSAULT"]) == 2


def test_a_toll_told_again_where_no_one_is_named_is_one_event_unless_its_place_differs(read: Read) -> None:
    story = "Twelve buildings were destroyed in Goma overnight. Aid workers arrived at dawn. Roads were closed. Schools stayed shut. "
    record = read(story + "Three warehouses were destroyed, officials said.")
    assert [len(e.mentions) for e in record.events if e.plover == "ASSAULT"] == [2]
    record = read(story + "Three warehouses were destroyed in Bukavu.")
    assert [len(e.mentions) for e in record.events if e.plover == "ASSAULT"] == [1, 1]


def test_a_protest_told_again_by_the_same_side_is_one_event(read: Read) -> None:
    record = read("Workers protested against Acme in Lagos. The workers marched through the city.")
    assert len([e for e in record.events if e.plover == "PROTEST"]) == 1


def test_arrests_on_different_dates_stay_apart(read: Read) -> None:
    record = read("Police arrested Smith in Denver on Friday. Officers detained Jones in Denver on Sunday.")
    assert len([e for e in record.events if e.cameo_root == "17"]) == 2


def test_a_mention_takes_the_actors_its_main_mention_lacks(read: Read) -> None:
    record = read("The two sides met on Monday. The meeting between France and Spain ended in Paris.")
    (event,) = [e for e in record.events if e.plover == "CONSULT"]
    assert _names(record, event.sources) == {"France", "Spain"}


def test_a_merged_event_is_as_sure_as_its_main_mention(read: Read) -> None:
    record = read("Iran said Iraq attacked the convoy. The attack on the convoy killed four.")
    (event,) = [e for e in record.events if e.plover == "ASSAULT"]
    assert [m.text for m in event.mentions] == ["attacked", "attack", "killed"]
    assert _reporter(record, event) == "Iran"


def test_a_speaker_quoted_again_further_on_makes_one_statement(read: Read) -> None:
    record = read("Russia said the border was quiet. Russia said the weather was fine.")
    assert [[m.text for m in e.mentions] for e in record.events] == [["said", "said"]]
    record = read(
        "Denver police said a man stole a truck on Main Street. The truck was found near a school. "
        "A woman saw the driver run away. The driver has not been found, Denver police said."
    )
    assert [[m.text for m in e.mentions] for e in record.events if e.cameo == "010"] == [["said", "said"]]


def test_a_speaker_quoted_in_one_simple_tense_throughout_a_story_makes_one_statement(read: Read) -> None:
    filler = "".join(f"The bakery sold {n} loaves on a busy day. " for n in range(100, 112))
    record = read(f'Jane Wambui runs a bakery in Nakuru. "We started small," Wambui says. {filler}"We want to grow," Wambui says.')
    assert [len(e.mentions) for e in record.events if e.cameo == "010"] == [2]
    record = read(f'"We started small," Wambui said. {filler}"We want to grow," Wambui said.')
    assert [len(e.mentions) for e in record.events if e.cameo == "010"] == [2]
    record = read(f'"We started small," Wambui said. {filler}Wambui had said in May that the bakery would grow.')
    assert [len(e.mentions) for e in record.events if e.cameo == "010"] == [1, 1]


def test_a_speaker_quoted_again_to_someone_or_of_an_earlier_occasion_makes_a_new_statement(read: Read) -> None:
    opening = "Denver police said a man stole a truck on Main Street. The truck was found near a school. A woman saw the driver run away. "
    for later in ("Denver police told reporters the driver had not been found.", "Denver police had said in March that thefts were rising."):
        record = read(opening + later)
        assert [len(e.mentions) for e in record.events if e.cameo == "010"] == [1, 1], later


def test_a_statement_its_speaker_goes_on_with_is_one_event(read: Read) -> None:
    for text in (
        "Kenya's foreign minister said the harvest was good. He said prices would fall.",
        'Kenya\'s foreign minister said the harvest was good. "Prices will fall," she said.',
        "Kenya's foreign minister, Jane Wambui, said the harvest was good. Ms Wambui said prices would fall.",
        "Kenyan officials said the harvest was good. The officials said prices would fall.",
        'Kenya\'s foreign minister said the harvest was good.\n\n"Maize is cheap this year.\n\n'
        '"Wheat is cheap too.\n\n"Prices will fall," the minister said.',
    ):
        assert [[m.text for m in e.mentions] for e in read(text).events] == [["said", "said"]], text


def test_a_speaker_after_another_is_quoted_again_and_on_another_day_makes_a_new_statement(read: Read) -> None:
    record = read(
        "Kenya's foreign minister said the harvest was good. Ethiopia's prime minister said the rains "
        'had failed. "Prices will fall," Kenya\'s foreign minister said.'
    )
    assert [len(e.mentions) for e in record.events] == [2, 1]
    record = read("On Monday, Kenya's foreign minister said the harvest was good. On Friday, he said prices would fall.")
    assert [len(e.mentions) for e in record.events] == [1, 1]


def test_a_statement_needs_a_speaker_the_knowledge_codes(read: Read) -> None:
    assert _coded(read("Our neighbour said the weather was fine.")) == []


def test_a_word_repeated_in_one_sentence_names_two_events(read: Read) -> None:
    record = read("Gunmen staged an assault on a police post and an assault on a bank in the town.")
    assert len([e for e in record.events if e.trigger == "assault"]) == 2


def test_a_cooperative_noun_with_no_party_is_no_event(read: Read) -> None:
    record = read("The volunteers planned more summer trips and weekly meetings.")
    assert [e.trigger for e in record.events if e.trigger in ("trip", "meeting")] == []


def test_a_cooperative_noun_with_its_parties_is_an_event(read: Read) -> None:
    record = read("The talks between Kenya and Ethiopia ended on Friday.")
    assert any(e.trigger == "talk" and e.plover == "CONSULT" for e in record.events)


def test_a_violent_noun_with_no_party_is_still_an_event(read: Read) -> None:
    record = read("Dozens of shops burned during the riots last week.")
    assert any(e.trigger == "riot" for e in record.events)


def test_a_plea_in_court_is_no_appeal(read: Read) -> None:
    assert [e for e in read("The Kenyan minister pleaded guilty to fraud.").events if e.trigger == "plead"] == []
    assert [e for e in read("The Kenyan minister pleaded no contest to the charges.").events if e.trigger == "plead"] == []


def test_pleading_with_someone_is_an_appeal(read: Read) -> None:
    event = _event(read("Kenya pleaded with Ethiopia for calm on the border."), "plead")
    assert event.cameo.startswith("02")


def test_beating_a_forecast_or_hosting_a_workshop_is_no_event(read: Read) -> None:
    assert [e for e in read("Toyota beat the forecasts of analysts again.").events if e.trigger == "beat"] == []
    assert [e for e in read("The Kenyan embassy hosted a workshop for teachers.").events if e.trigger == "host"] == []


def test_a_warning_that_threatens_no_one_is_a_statement(read: Read) -> None:
    event = _event(read("Toyota warned that its profits could fall next year."), "warn")
    assert (event.cameo, event.plover) == ("010", None)


def test_a_warning_to_a_party_is_a_threat(read: Read) -> None:
    record = read("The Kenyan army warned the rebels that troops would respond.")
    event = _event(record, "warn")
    assert event.plover == "THREATEN" and _names(record, event.targets) == {"rebels"}


def test_stones_thrown_at_someone_are_an_assault_on_them(read: Read) -> None:
    record = read("Bolivian miners threw stones at the police in La Paz.")
    event = _event(record, "throw")
    assert event.cameo == "182" and _names(record, event.targets) == {"police"}


def test_the_actor_an_apposition_names_acts_not_the_possessor_beside_it(read: Read) -> None:
    record = read("William Ruto's rival, Senator Joan Pike of Ohio, vetoed the bill.")
    assert _names(record, _event(record, "veto").sources) == {"Joan Pike"}


def test_a_relative_clause_in_the_simple_present_describes_and_tells_no_event(read: Read) -> None:
    assert [e for e in read("Kenya joined six states that offer the permit.").events if e.trigger == "offer"] == []


def test_a_statement_by_no_one_is_no_event(read: Read) -> None:
    assert read("Others warned that trading could suffer.").events == []


def test_speaking_to_reporters_is_no_consultation(read: Read) -> None:
    record = read("Speaking to reporters on Monday, Kenya's foreign minister praised Ethiopia.")
    assert [e.trigger for e in record.events if e.plover == "CONSULT"] == []
    record = read("Speaking to the public in Mombasa, the Kenyan president thanked Ethiopia.")
    assert [e.trigger for e in record.events if e.plover == "CONSULT"] == []
    assert [e.plover for e in read("The Kenyan president spoke to the Ethiopian premier on Monday.").events] == ["CONSULT"]


def test_a_word_of_the_same_lemma_group_soon_after_is_the_same_event(read: Read) -> None:
    record = read("Kenyan police shot a protester in Nairobi on Monday. Witnesses described a shooting at close range.")
    assert [[m.text for m in e.mentions] for e in record.events if e.plover == "ASSAULT"] == [["shot", "shooting"]]


def test_a_verdict_and_the_finding_of_guilt_it_tells_are_one_event(read: Read) -> None:
    record = read("A jury in Lyon gave its verdict on Tuesday against two brothers. The court found the brothers guilty of fraud.")
    assert [[m.text for m in e.mentions] for e in record.events if e.cameo == "116"] == [["verdict", "found", "guilty"]]


def test_two_people_found_guilty_on_different_days_are_two_verdicts(read: Read) -> None:
    record = read("A court in Lyon convicted Pierre Martin of fraud on 3 March. On 9 May the court found Paul Durand guilty of theft.")
    assert [[m.text for m in e.mentions] for e in record.events if e.cameo == "116"] == [["convicted"], ["found", "guilty"]]


def test_someone_arrested_unnamed_and_then_named_is_one_arrest(read: Read) -> None:
    record = read("Police in Leeds arrested a man on Sunday over a jewellery robbery. John Hughes, 35, was arrested after a chase.")
    assert [[m.text for m in e.mentions] for e in record.events if e.cameo_root == "17"] == [["arrested", "arrested"]]


def test_an_unnamed_arrest_elsewhere_on_another_day_or_after_a_named_one_stays_apart(read: Read) -> None:
    for text in (
        "Police in Leeds arrested a man on Sunday. On Tuesday police in York arrested John Hughes.",
        "Police arrested John Hughes on Sunday. Police also arrested a man in York.",
    ):
        assert len([e for e in read(text).events if e.cameo_root == "17"]) == 2


def test_a_negated_future_is_no_threat(read: Read) -> None:
    event = _event(read("Kenya will not arrest the Ethiopian envoy."), "arrest")
    assert event.plover == "COERCE" and event.factuality.polarity.value == "NEG"


def test_verbs_sharing_an_object_share_its_sense_and_its_target(read: Read) -> None:
    assert [e for e in read("The Kenyan treasury would meet or even surpass its revenue targets.").events if e.trigger == "meet"] == []
    record = read("Kenya met and thanked the Ethiopian delegation.")
    assert _names(record, _event(record, "meet").targets) == {"Ethiopian delegation"}


def test_stones_thrown_at_cars_are_no_assault_on_anyone(read: Read) -> None:
    assert [e for e in read("Bolivian miners threw stones at the parked cars.").events if e.trigger == "throw"] == []


def test_seizing_a_building_is_seizing_property(read) -> None:
    record = read("Armed students seized the Chilean embassy in Quito on Monday.")
    assert _event(record, "seize").cameo == "171"
    assert all(e.trigger != "seize" for e in read("Police seized the moment to push through the crowd.").events)


def test_a_passive_act_of_force_to_come_is_no_threat(read: Read) -> None:
    event = _event(read("The two Dutch smugglers will be charged in Rotterdam on Friday."), "charge")
    assert event.cameo_root == "17" and event.factuality.time.value == "FUTURE"


def test_a_refusal_coded_by_the_act_it_refuses_leaves_no_negated_act(read: Read) -> None:
    record = read("The Chilean miners' union refused to negotiate with the copper company on Tuesday.")
    assert [(event.trigger, event.cameo) for event in record.events] == [("refuse", "125")]


def test_an_act_agreed_or_pledged_is_still_to_come_and_only_the_commitment_is_coded(read: Read) -> None:
    record = read("Norway agreed to lend Iceland two billion dollars on Friday.")
    assert [event.cameo_root for event in record.events] == ["03"]
    record = read("The Chilean president pledged to pardon the jailed students within a month.")
    assert [event.cameo_root for event in record.events] == ["03"]
    assert [event.plover for event in read("The Bolivian minister agreed to meet the Peruvian envoy in Lima.").events] == ["AGREE"]
    assert "pardon" in [event.trigger for event in read("The Chilean president pardoned the jailed students on Monday.").events]


def test_a_refused_act_the_refusal_does_not_name_stays_negated(read: Read) -> None:
    event = _event(read("The Peruvian minister refused to condemn the strike by the teachers."), "condemn")
    assert event.factuality.polarity.value == "NEG"
