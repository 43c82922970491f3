"""False triggers and repeat mentions: words that tell of no act, senses that are no event,
sports and show business left alone, and one event told in other words merged into one Event."""

from __future__ import annotations

from collections.abc import Callable

from tidings.model import Record
from tidings.stages.events.mentions import Whereabouts, dates_differ, places_agree

Read = Callable[..., Record]


def _triggers(record: Record) -> list[str]:
    return [e.trigger for e in record.events]


# ------------------------------------------------------------------ words that tell of no act


def test_a_modal_perfect_tells_what_did_not_happen(read: Read) -> None:
    assert "attack" not in _triggers(read("Without the shelters, the rebels would have attacked the Kenyan border town."))


def test_what_anyone_can_do_is_no_act(read: Read) -> None:
    record = read("Residents of Nairobi can ask the Kenyan police for an escort.")
    assert [e for e in record.events if e.plover == "REQUEST"] == []


def test_the_words_around_one_trigger_are_not_read_for_the_next(read: Read) -> None:
    assert [e for e in read("Residents can ask the Kenyan police for an escort.").events if e.plover == "REQUEST"] == []
    assert [e for e in read("Residents then asked the Kenyan police for an escort.").events if e.plover == "REQUEST"] != []


def test_an_event_in_a_condition_is_no_act_but_the_consequence_is_coded(read: Read) -> None:
    record = read("If the rebels attack the town, the Kenyan army will retaliate.")
    assert "attack" not in _triggers(record)


def test_an_act_a_condition_names_through_a_noun_or_a_purpose_is_no_act(read: Read) -> None:
    assert _triggers(read("Kenyan police will fight back if any attempt is made to arrest them.")) == ["fight"]
    assert _triggers(read("The rebels will retaliate if an offensive to capture the town goes ahead.")) == ["retaliate"]
    assert "arrest" in _triggers(read("Kenyan police came to the village to arrest the smugglers."))


def test_an_act_joined_to_a_condition_by_and_or_or_shares_it(read: Read) -> None:
    def told(text: str) -> list[str]:
        return [m.text for e in read(text).events for m in e.mentions]

    assert "killed" not in told("The Kenyan army will pay the families of soldiers if they are wounded or killed.")
    assert "killed" in told("Two Kenyan soldiers were wounded and killed near the border on Monday.")


def test_asking_a_question_is_no_request(read: Read) -> None:
    record = read("Asked whether Kenya would leave the talks, the Kenyan foreign minister smiled.")
    assert [e for e in record.events if e.plover == "REQUEST"] == []


def test_asking_a_party_for_something_is_still_a_request(read: Read) -> None:
    record = read("Kenya asked Uganda for food aid on Monday.")
    assert [e.plover for e in record.events if e.trigger == "ask"] == ["REQUEST"]


def test_a_habit_in_the_simple_present_is_no_act(read: Read) -> None:
    assert read("Rival gangs typically attack the market at night.").events == []
    assert "negotiate" not in _triggers(read("You negotiate everything after the war."))


def test_a_habit_in_the_present_perfect_or_passive_or_after_whenever_is_no_act_but_a_past_one_is(read: Read) -> None:
    assert "ready" not in _triggers(read("The Chilean minister has always been ready to negotiate with the unions."))
    assert "enforce" not in _triggers(read("Cash bail rules are often loosely enforced in the county."))
    assert read("Whenever rival gangs fight in the park, residents call the police.").events == []
    assert "ready" in _triggers(read("The Chilean minister was ready to negotiate with the unions."))
    assert "beat" in _triggers(read("Chilean guards routinely beat up prisoners at the camp, a court heard."))
    assert "demonstration" in _triggers(read("Looting has generally given way to peaceful demonstrations against the Peruvian government."))


def test_an_act_a_set_of_times_dates_in_the_present_is_a_habit_and_so_is_its_object(read: Read) -> None:
    assert read("The Peruvian council meets the unions every Tuesday.").events == []
    assert read("Kenyan students hold protests annually in Nairobi.").events == []
    assert read("Rival gangs typically carry out attacks at night.").events == []
    assert "meet" in _triggers(read("The Peruvian council meets the unions on Tuesday."))
    assert "attack" in _triggers(read("Rebels attacked the town every night last week."))


def test_a_deed_noun_counted_per_period_is_a_rate_not_a_deed(read: Read) -> None:
    assert read("The Peruvian inmates are allowed one phone call to their lawyers a month.").events == []
    assert read("Under the deal, Chilean monitors may make two visits a year to the Peruvian camp.").events == []
    assert "visit" in _triggers(read("The Peruvian minister made a visit to Santiago on Monday."))
    assert "visit" in _triggers(read("The Peruvian minister made a visit to Santiago a week ago."))


def test_an_event_still_to_come_ahead_of_which_the_news_happened_is_no_act(read: Read) -> None:
    assert _triggers(read("Georgian police arrested three opposition members on Monday ahead of rallies next month.")) == ["arrest"]
    assert _triggers(read("Kenyan police sealed the road on the eve of Museveni's visit.")) == ["seal"]
    assert "rally" in _triggers(read("Kenyan police sealed the road after rallies in the capital."))


def test_the_next_meeting_in_a_clause_in_the_future_or_present_is_still_to_come(read: Read) -> None:
    assert "meeting" not in _triggers(read("The Kenyan and Ugandan ministers will raise the border dispute at the next meeting in Kampala."))
    assert read("The next round of talks between Kenya and the rebels is set for May.").events == []
    assert "meeting" in _triggers(read("At the next meeting in Kampala, the Kenyan and Ugandan ministers signed a trade accord."))


def test_a_custom_or_a_generic_you_with_a_modal_is_no_act(read: Read) -> None:
    assert read("Farmers in Peru are not used to asking the government for help.").events == []
    assert read("Chilean rebels are accustomed to fighting in the hills.").events == []
    assert "meet" not in _triggers(read('"You should meet the Chilean minister," the Peruvian farmer said.'))
    assert "talk" in _triggers(read('"We should talk to the Chilean minister," the Peruvian farmer said.'))


def test_the_simple_present_passive_of_a_bare_noun_or_in_a_relative_clause_is_no_act_but_a_headline_is(read: Read) -> None:
    assert "endorse" not in _triggers(read("Talks ended. Organ donation is strongly endorsed by most faiths, the Chilean doctor said."))
    assert read("Talks ended. The Chilean senate, which is controlled by the ruling party, must approve him.").events == []
    assert "arrest" in _triggers(read("Peruvian man is arrested in Lima. Police said he had stolen a car."))


def test_an_instruction_to_the_reader_is_no_request(read: Read) -> None:
    assert read("Call the county office for more information.").events == []


def test_a_kind_of_act_characterised_is_no_act_but_one_act_is(read: Read) -> None:
    assert "sanction" not in _triggers(read("Sanctions are never a good idea, the Kenyan minister said."))
    assert "attack" in _triggers(read("The attack on the Kenyan convoy was a tragedy."))


def test_a_kind_of_act_said_to_be_common_or_able_to_do_something_is_no_act(read: Read) -> None:
    assert "clash" not in _triggers(read("Clashes between soldiers and rebels are frequent in the northern province."))
    assert "bombing" not in _triggers(read("Such bombings are common in the region, a Kenyan police officer said."))
    assert read("Riots and arson attacks are rare in the capital.").events == []
    assert "sanction" not in _triggers(read("Sanctions on Chile can only help Peru, the Bolivian minister said."))
    assert "riot" in _triggers(read("The riots were common knowledge in the capital."))


def test_an_act_one_is_open_to_is_no_act(read: Read) -> None:
    assert read("The disputed farms are subject to seizure by the Zimbabwean state.").events == []
    assert read("Anyone on the list is liable to arrest at the border.").events == []


def test_acts_of_a_run_are_no_act_where_planned_or_told_as_background(read: Read) -> None:
    assert read("The Kenyan opposition plans a string of marches on the capital.").events == []
    assert "attack" not in _triggers(read("The raid on Sunday was the newest in a string of arson attacks on Kenyan farms."))
    assert "protest" in _triggers(read("Kenyan police arrested him after a series of protests in the capital."))


def test_an_act_named_as_eventual_or_future_is_no_act(read: Read) -> None:
    assert "disarmament" not in _triggers(read("Tamil rebels agreed to talk about their eventual disarmament."))
    assert "talk" not in _triggers(read("The Chilean minister kept her options open on future talks with Peru."))


def test_a_power_to_act_is_no_act_but_the_deed_is(read: Read) -> None:
    assert read("The new law gives Peruvian police the power to detain and question suspects for ten days.").events == []
    assert read("The new law gives Peruvian police more leeway to arrest protesters.").events == []
    record = read("The Chilean army has the right to arrest smugglers at the border. Chilean soldiers arrested two smugglers on Monday.")
    assert [m.text for e in record.events for m in e.mentions] == ["arrested"]


def test_the_act_a_motion_or_a_proposal_puts_forward_is_no_act(read: Read) -> None:
    assert "expel" not in _triggers(read("Kenyan lawmakers debated a proposal to expel the Ugandan envoy."))
    assert "lift" not in _triggers(read("\"I put forward a motion to lift all curfews today,\" the Kenyan councillor said."))
    assert "expel" in _triggers(read("Kenya expelled the Ugandan envoy on Friday."))


def test_obeying_the_law_is_no_concession_but_meeting_demands_is(read: Read) -> None:
    assert read("Banks in Chile must comply with new privacy laws from Monday.").events == []
    assert [e.cameo for e in read("Peru complied with the demands of Chile.").events if e.trigger == "comply"] == ["083"]


def test_a_request_made_of_the_public_by_no_one_named_is_a_notice(read: Read) -> None:
    assert read("Drivers are being urged to use the ring road around Arica until the smoke clears.").events == []
    assert read("Residents are asked to keep clear of the harbour front in Valparaiso tonight.").events == []
    [request] = read("Chilean police asked residents of Arica to stay indoors.").events
    assert request.plover == "REQUEST"


def test_an_act_information_may_lead_to_is_sought_not_done(read: Read) -> None:
    assert [e for e in read("Kenyan police offered a bounty for tips leading to an arrest or a conviction of both gunmen.").events if e.trigger in ("arrest", "conviction")] == []
    assert [e for e in read("Residents with details that could lead to an arrest of those vandals may phone police.").events if e.trigger == "arrest"] == []
    assert "arrest" in _triggers(read("A neighbour's tip led to an arrest of both Kenyan gunmen."))


def test_an_act_none_in_particular_is_no_act(read: Read) -> None:
    text = "No raids on the Peruvian consulate were recorded. Nothing shows the suspect had prepared any kind of attack on Lima."
    assert [e for e in read(text).events if e.plover == "ASSAULT"] == []


def test_accidents_and_hardships_are_no_fight(read: Read) -> None:
    assert read("A Chilean trawler struck a reef off the coast of Peru.").events == []
    assert read("Peruvian cyclists battled hot conditions near Lima.").events == []


def test_what_an_accident_did_is_no_deed_but_a_vehicle_crashed_on_purpose_is(read: Read) -> None:
    assert read("The small airliner crashed into a fog-bound ridge, killing its 40 passengers.").events == []
    assert read("The ferry capsized off the coast of Kenya, killing at least 40 passengers.").events == []
    rammed = read("A suicide bomber crashed a truck into the gate of the base, killing ten Kenyan soldiers.")
    assert "kill" in _triggers(rammed)


def test_what_no_one_does_threatens_only_as_a_risk(read: Read) -> None:
    assert read("Heavy thunderstorms threatened to worsen the floods in Hunan.").events == []
    assert [e.plover for e in read("The absence of the Chilean president threatened to overshadow the summit.").events] == ["CONSULT"]
    assert "threaten" in _triggers(read("Peruvian rebels threatened to attack the capital."))


def test_a_demonstration_of_a_quality_is_no_protest(read: Read) -> None:
    assert read("The crowd in Beijing enjoyed a fine demonstration of skill by the young gymnasts.").events == []
    assert [e.plover for e in read("Students staged a demonstration in Lima against the mayor.").events] == ["PROTEST"]


def test_a_product_shown_is_no_protest(read: Read) -> None:
    assert read("Nintendo engineers demonstrated the new console at a trade fair in Tokyo.").events == []
    assert [e.plover for e in read("Dock workers demonstrated outside the ministry in Lisbon.").events] == ["PROTEST"]


def test_whatever_is_demonstrated_is_shown_not_protested(read: Read) -> None:
    assert read("The recall also demonstrates lingering flaws in the carmaker's quality checks.").events == []
    assert read("Among the gadgets demonstrated at the Berlin fair were two folding phones.").events == []
    assert [e.plover for e in read("Thousands of farmers demonstrated against the quotas in Brussels.").events] == ["PROTEST"]


def test_supplying_a_market_is_no_concession_but_meeting_a_partys_demands_is(read: Read) -> None:
    assert "meet" not in _triggers(read("The Chilean airline said its new jets would meet growing passenger demand."))
    assert read("Kenya Power needs two more plants to meet peak electricity demand.").events == []
    assert [e.cameo for e in read("The Peruvian government met the demands of the miners.").events] == ["083"]


def test_aircraft_bought_by_value_or_heading_a_clause_are_no_order_given(read: Read) -> None:
    assert read("Emirates ordered $ 6 billion in wide-body jets from Boeing.").events == []
    assert "order" not in _triggers(read("The regional jet had weak sales, with 140 planes ordered in ten years."))
    assert [e.plover for e in read("The Kenyan general ordered his troops to leave the town.").events if e.trigger == "order"] == ["REQUEST"]


def test_a_jet_delivered_to_an_airline_is_a_sale_but_jets_sent_to_an_army_are_aid(read: Read) -> None:
    assert read("Embraer delivered its last E-175 jet to Kenya Airways on Monday.").events == []
    assert [e.plover for e in read("Russia delivered fighter jets to the Syrian army in March.").events] == ["AID"]


def test_a_firms_presence_in_a_market_is_no_deployment_but_troops_are(read: Read) -> None:
    assert read("The Korean carmaker plans to increase its commercial presence in Brazil.").events == []
    assert [e.plover for e in read("Russia increased its military presence on the border.").events] == ["MOBILIZE"]


def test_figures_that_fall_reject_nothing_but_a_party_that_declines_an_offer_does(read: Read) -> None:
    assert read("Sales of the sedan declined 4% in March.").events == []
    assert read("Shares of the Kenyan bank declined sharply on Tuesday.").events == []
    assert "decline" not in _triggers(read("The Kenyan finance minister declined to predict when growth would return."))
    assert [e.plover for e in read("Kenya declined the Ugandan offer of talks.").events] == ["REJECT"]


def test_buyers_wants_and_a_makers_upkeep_are_no_demand_and_no_endorsement(read: Read) -> None:
    assert "demand" not in _triggers(read("Kenyan consumers are demanding smaller vehicles, the dealers said."))
    assert "demand" not in _triggers(read("Shoppers in Nairobi demand cheaper phones."))
    assert "demand" in _triggers(read("The Kenyan teachers' union demanded the resignation of the minister."))
    assert "support" not in _triggers(read("The carmaker will keep supporting its older laptops."))
    assert "support" not in _triggers(read("Kenya Airways supports 4,000 jobs in Nairobi."))
    assert [e.plover for e in read("Kenya supports the Ugandan peace plan.").events] == ["SUPPORT"]


def test_a_firms_offer_to_its_buyers_and_its_spending_on_goods_are_no_pledge_and_no_cooperation(read: Read) -> None:
    assert read("Toyota offers buyers a free warranty.").events == []
    assert read("Kenya Airways is investing in new jets.").events == []
    assert [e.plover for e in read("Kenya offered aid to Uganda after the floods.").events] == ["AGREE"]
    assert "invest" in _triggers(read("China will invest in Kenya's railways, the minister said."))


def test_a_stoppage_of_production_is_no_strike_but_a_workers_stoppage_is(read: Read) -> None:
    assert "stoppage" not in _triggers(read("A fire led to a two-week stoppage of production at the Kenyan plant."))
    assert "stoppage" in _triggers(read("Dock workers began a stoppage in Mombasa on Monday."))


def test_a_product_put_on_sale_is_no_one_set_free(read: Read) -> None:
    assert read("Sony released the PlayStation 3 in Japan in 2006.").events == []
    assert read("The handset, which was first released last spring, costs $300.").events == []
    assert read("Samsung released its new handset in Seoul last week.").events == []
    assert [e.plover for e in read("Hamas released Gilad Shalit in October.").events] == ["RETREAT"]
    assert [e.plover for e in read("The rebels released the two Kenyan hostages near the border.").events] == ["RETREAT"]


def test_aircraft_built_contracts_fought_for_and_costs_charged_are_no_events(read: Read) -> None:
    assert read("It is the only jet aircraft still built in Kenya.").events == []
    assert read("Airbus and Boeing fought for the tanker contract for two years.").events == []
    assert read("The airline charges an added cost for luggage.").events == []
    assert [e.plover for e in read("Kenya built up its forces along the border.").events] == ["MOBILIZE"]


def test_aircraft_bought_are_no_demand(read: Read) -> None:
    assert read("Qantas has ordered twelve new airliners from Boeing.").events == []
    assert read("Some 300 planes had already been ordered by carriers in Asia.").events == []
    assert [e.plover for e in read("The Peruvian general ordered the arrest of the mayor.").events if e.trigger == "order"] == ["REQUEST"]


def test_missiles_fired_at_a_target_are_a_strike_not_a_test(read: Read) -> None:
    assert [e.plover for e in read("Israeli helicopters fired missiles at a police post in Gaza.").events] == ["ASSAULT"]
    assert [e.cameo for e in read("India test-fired a missile at a range in Orissa.").events] == ["150"]


def test_undertaking_a_task_is_no_pledge_undertaking_to_act_is(read: Read) -> None:
    assert read("The study was undertaken by the World Bank in Peru.").events == []
    assert [e.plover for e in read("Peru undertook to withdraw its troops.").events if e.trigger == "undertake"] == ["AGREE"]


def test_storm_damage_forces_no_one(read: Read) -> None:
    assert read("Widespread damage from the storms has forced the Chilean government to declare a disaster zone.").events == []


def test_a_participle_naming_its_noun_is_no_act(read: Read) -> None:
    assert read("The first term of the new unit, called the Danube River Patrol, runs for a year.").events == []


def test_a_negated_statement_is_no_statement(read: Read) -> None:
    assert read("Peruvian police did not say how many crew members had been aboard.").events == []
    assert _triggers(read("Chilean officials said twenty people were on the boat.")) == ["say"]


def test_an_airline_offering_fares_makes_no_pledge(read: Read) -> None:
    assert read("Qantas has begun offering cheap flights from Perth to Singapore.").events == []


def test_an_event_only_weighed_or_unlikely_is_no_act(read: Read) -> None:
    assert "arson" not in _triggers(read("Detectives in Leeds are considering arson."))
    assert "arson" not in _triggers(read("Firefighters treated the blaze as potential arson."))
    assert "summit" not in _triggers(read("A summit between Kenya and Uganda is unlikely to go ahead before the rains."))


def test_what_a_weighed_act_would_do_is_no_act_but_what_a_done_one_did_is(read: Read) -> None:
    assert "encourage" not in _triggers(read("Letting pharmacies sell both drugs would encourage young Kenyans to use them, the minister said."))
    assert "encourage" in _triggers(read("Lifting the ban encouraged Kenyan farmers to plant again, the minister said."))


def test_a_headline_weighing_an_act_tells_of_none_but_the_story_filing_it_does(read: Read) -> None:
    assert "charge" not in _triggers(read("Harlow Sheriff Mulls Filing DUI Charges Against Deputy\n\nThe deputy was suspended on Friday."))
    assert "charge" in _triggers(read("Harlow Sheriff Mulls Her Future\n\nThe sheriff filed DUI charges against a deputy on Friday."))


def test_an_act_wished_intended_expected_or_promised_is_no_act_but_one_found_is(read: Read) -> None:
    assert "blockade" not in _triggers(read("The Chilean navy intends to blockade the port of Arica."))
    assert "expel" not in _triggers(read("Peru wants to expel the Ecuadorean ambassador."))
    assert "expel" not in _triggers(read("Ecuador is determined to expel the Peruvian envoy."))
    assert "sanction" not in _triggers(read("The Venezuelan parliament is expected to vote on sanctions against Colombia."))
    assert "seize" not in _triggers(read("The Chilean army hopes to capture the rebel leader and expects to seize their weapons."))
    assert "arrive" not in _triggers(read("The Kenyan coach says he hopes Okoth arrives before the final."))
    assert "shoot" in _triggers(read("The inquiry determined that the Peruvian guards had shot the prisoner."))
    assert _triggers(read("The Chilean president promised to withdraw troops from the border.")) == ["promise"]  # the promise codes it


def test_an_act_set_scheduled_or_due_is_no_act_but_setting_a_fire_is(read: Read) -> None:
    assert read("The Kenyan minister is set to ask parliament for more funds.").events == []
    assert read("The inmate was due to be freed in June, but he died in his cell.").events == []
    assert "release" not in _triggers(read("The Kenyan hostages were scheduled to be freed on Friday."))
    assert _triggers(read("Rebels set fire to the barracks.")) == ["fire"]


def test_an_act_foretold_that_no_intent_or_threat_codes_is_no_act(read: Read) -> None:
    record = read("The sheriff's office will investigate the crash, Sheriff Tom Hale said.")
    assert _triggers(record) == ["say"]  # the statement stays
    assert read("Under the plan, the council would urge residents to save water.").events == []
    assert [e.cameo for e in read("The Kenyan president will meet the Ugandan president in Kampala.").events] == ["036"]  # an intent
    assert _triggers(read('"We would urge residents to save water," Mayor Ann Lutz said.')) == ["urge"]  # an appeal made in the words
    assert _triggers(read("Kenya said it would not extradite the suspect.")) == ["extradite"]  # a refusal


def test_the_act_urged_asked_for_or_sought_is_no_act_but_the_urging_is_an_appeal(read: Read) -> None:
    assert [e.plover for e in read("Brazil is urging Argentina to arrest the smugglers.").events] == ["REQUEST"]
    assert [e.plover for e in read("Chile asked Peru to extradite the banker.").events] == ["REQUEST"]
    assert read("Peru is seeking to extradite the Chilean banker.").events == []


def test_an_act_a_that_clause_requires_is_no_act_but_one_insisted_on_as_done_is(read: Read) -> None:
    assert _triggers(read("Kenya demanded that the rebels release the hostages.")) == ["demand"]
    assert "free" not in _triggers(read("Kenya insisted that Uganda free the two Kenyan journalists."))
    assert "attack" in _triggers(read("The Kenyan minister insisted the rebels attacked the town."))


def test_an_act_a_pseudo_cleft_asks_for_is_no_act_but_one_it_says_was_done_is(read: Read) -> None:
    assert "pay" not in _triggers(read("What the Ugandan farmers are asking is that Kenya pay compensation to Uganda."))
    assert "return" not in _triggers(read("What the Kenyan farmers want is that Uganda return the seized land to them."))
    assert "pay" in _triggers(read("What happened next is that Kenya paid compensation to Uganda."))


def test_a_purpose_of_winning_a_partys_goodwill_is_an_aim_not_a_deed(read: Read) -> None:
    assert "appease" not in _triggers(read("The Kenyan airline cut its fares to appease the transport ministry."))
    assert "reassure" not in _triggers(read("Toyota cut prices to reassure the Japanese government."))
    assert "appease" in _triggers(read("Kenya appeased Uganda with a new trade deal."))


def test_an_act_pleaded_for_or_earmarked_is_no_act(read: Read) -> None:
    assert "give" not in _triggers(read("Flooded farmers pleaded to be given emergency loans by the ministry."))
    assert "rescue" not in _triggers(read("Lawmakers approved funds earmarked to rescue the failing steel mill."))
    assert "give" in _triggers(read("The ministry gave emergency loans to the flooded farmers."))


def test_an_act_planned_is_no_act_nor_the_noun_it_acts_on(read: Read) -> None:
    assert "sanction" not in _triggers(read("The council plans to impose sanctions on Peru."))
    assert "sanction" in _triggers(read("The council imposed sanctions on Peru."))


def test_an_act_backed_or_worried_about_is_no_act_but_one_the_story_named_may_be(read: Read) -> None:
    assert "raid" not in _triggers(read("Uruguay voiced support for a raid on the rebel camps."))
    assert "crackdown" not in _triggers(read("Chile expressed concerns over a crackdown on the miners."))
    assert "seizure" in _triggers(read("Paraguay raised concerns about the seizure of its ships."))


def test_an_act_a_warrant_is_for_is_authorised_not_done(read: Read) -> None:
    assert "arrest" not in _triggers(read("A magistrate in Accra issued a warrant on Friday for the arrest of the former mayor."))
    assert "arrest" not in _triggers(read("Ghanaian police hold warrants for the former mayor's arrest."))
    assert "arrest" in _triggers(read("Ghanaian police arrested the former mayor on Friday."))


def test_sanctioning_a_thing_approves_it_but_sanctioning_a_party_punishes(read: Read) -> None:
    assert "sanction" not in _triggers(read("The march, which was not sanctioned by the town council, went ahead on Sunday."))
    assert "sanction" in _triggers(read("Washington sanctioned four Venezuelan judges on Friday."))


def test_rules_introduced_are_a_policy_but_restrictions_imposed_coerce(read: Read) -> None:
    assert "introduce" not in _triggers(read("Lending rules introduced by the Polish central bank in June require a deposit of 20 percent."))
    assert [e.cameo for e in read("The junta imposed new restrictions on foreign reporters on Monday.").events] == ["172"]


def test_an_act_a_future_copula_names_is_to_come_but_a_past_one_was_done(read: Read) -> None:
    assert "visit" not in _triggers(read("It will be the Peruvian minister's third visit to Quito this year."))
    assert "visit" in _triggers(read("It was the Peruvian minister's third visit to Quito this year."))


def test_a_request_or_offer_no_one_makes_is_a_notice(read: Read) -> None:
    assert read("Pre-registration is requested.").events == []
    assert [e.plover for e in read("The Kenyan ministers met on Tuesday.").events] == ["CONSULT"]


def test_the_same_acts_told_plainly_are_events(read: Read) -> None:
    record = read("The rebels attacked the town on Monday. Police charged a man with arson.")
    assert {"attack", "arson"} <= set(_triggers(record)) or {"attack", "charge"} <= set(_triggers(record))


def test_harm_a_natural_hazard_does_is_no_act(read: Read) -> None:
    assert read("A powerful earthquake struck western Kenya on Sunday and killed 40 people.").events == []
    assert read("The quake that hit the Kenyan coast destroyed 300 homes.").events == []
    assert read("Heavy turbulence struck a Kenyan air ambulance over the lake.").events == []
    # a relative clause that leads the parser to hang the main verb on the noun, and a verb joined to it
    assert read("The tremor, which struck at 5 am, killed at least eight people and injured 25.").events == []
    # a count of victims as the subject of a passive that leaves out its auxiliary is no doer
    assert read("At least nine people were killed and 14 injured when the cyclone hit the coast.").events == []
    assert "kill" in _triggers(read("Nine people were killed and 14 injured when rebels shelled the coast."))
    assert _triggers(read("Rebels killed 40 people in western Kenya on Sunday.")) == ["kill"]


def test_harm_an_accident_did_is_no_act_but_an_arrest_after_one_is(read: Read) -> None:
    assert read("Nine shoppers were injured and two were trapped when a grandstand collapsed at a stadium in Lima.").events == []
    assert _triggers(read("Peruvian police arrested the driver after the bus crashed.")) == ["arrest"]


def test_harm_joined_to_a_death_after_a_hazard_is_no_act(read: Read) -> None:
    assert "injure" not in _triggers(read("Two herders died while five others were injured in Kericho county, after rain-fed landslides."))
    assert "injure" in _triggers(read("Two herders died and five were injured after bandits raided a Kenyan village."))


def test_harm_an_accident_left_people_in_is_no_act(read: Read) -> None:
    assert read("A bus crash near Nakuru left three people dead and twenty injured.").events == []
    assert read("A gas blast in a Nairobi eatery left two diners dead and nine injured.").events == []
    assert "injure" in _triggers(read("Kenyan rebels left ten soldiers injured."))


def test_people_named_by_their_harm_are_no_event(read: Read) -> None:
    assert "injure" not in _triggers(read("Several of those injured were waiting by the gate, a Peruvian official said."))
    assert "injure" in _triggers(read("Four guards were injured near the gate, a Peruvian official said."))


def test_an_act_weighed_as_a_clause_subject_is_no_act(read: Read) -> None:
    assert _triggers(read("Attacking the rebel base would cost many lives, the Chilean minister said.")) == ["say"]


def test_an_act_after_a_negated_word_is_no_act_unless_the_word_keeps_it(read: Read) -> None:
    assert "arrest" not in _triggers(read("Kenyan police were not working to arrest the smugglers, the mayor said."))
    assert "negotiate" not in _triggers(read("The Kenyan officers were not prepared to negotiate with the hijackers."))
    assert "fire" in _triggers(read("Kenyan troops did not hesitate to fire on the rebels."))
    # a to-infinitive joined to the negated one is not done either
    assert "arrest" not in _triggers(read("The Kenyan minister is not working to close the camps and to arrest the smugglers."))


def test_an_act_in_a_for_clause_of_an_appeal_or_an_invitation_is_no_act(read: Read) -> None:
    assert "support" not in _triggers(read("The Kenyan minister appealed for the rebels to support the new plan."))
    assert "attack" not in _triggers(read("The rebels denounced the speech as an invitation for the army to attack their villages."))
    assert "attack" in _triggers(read("The army attacked the villages after the speech, the Kenyan rebels said."))


def test_an_act_to_be_ended_joined_to_another_infinitive_is_no_act(read: Read) -> None:
    assert "raid" not in _triggers(read("Kenyan troops fought to disarm the gangs and end raids on the villages."))


def test_a_deed_a_copula_may_have_been_is_no_act(read: Read) -> None:
    assert "arson" not in _triggers(read("Police in Lima said the blaze could have been an act of arson."))
    assert "arson" in _triggers(read("Police in Lima said the blaze was an act of arson by the two men."))


def test_an_act_still_to_come_after_yet_or_still_is_no_act(read: Read) -> None:
    assert "investigate" not in _triggers(read("The claims are still to be investigated by Kenyan police."))
    assert "arrest" in _triggers(read("Kenyan police arrested the smugglers and are still to question them."))


def test_an_act_a_negated_opinion_doubts_is_no_act_but_a_deed_it_doubts_stays(read: Read) -> None:
    assert "step" not in _triggers(read("I don't think the Kenyan minister should step down, the senator said."))
    assert "offer" not in _triggers(read("I do not imagine that the prisoner will be offered bail by Kenyan judges."))
    assert "arrest" in _triggers(read("I don't think Kenyan police arrested the right man, the lawyer said."))


def test_what_an_opinion_foretells_of_others_is_no_act_but_a_deed_it_tells_stays(read: Read) -> None:
    assert "arrest" not in _triggers(read("I think the Kenyan police will arrest him within days, the lawyer said."))
    assert "attack" not in _triggers(read("The Kenyan general believes the rebels could attack the port."))
    assert "arrest" in _triggers(read("I think the Kenyan police arrested the wrong man, the lawyer said."))
    assert "negotiate" in _triggers(read("We believe we will negotiate with the Kenyan rebels next week, the minister said."))


def test_striking_down_a_rule_is_no_attack_but_striking_down_fighters_is(read: Read) -> None:
    assert read("The Chilean court struck down the rule on Friday.").events == []
    assert _triggers(read("The Chilean army struck down two rebel fighters.")) == ["strike"]


def test_executing_an_operation_is_no_killing(read: Read) -> None:
    assert read("The Chilean navy executed a boarding operation near the port on Monday.").events == []


def test_vowing_to_remember_the_dead_is_no_pledge_but_vowing_to_cooperate_is(read: Read) -> None:
    assert "vow" not in _triggers(read("The Kenyan president vowed always to remember those who died in the bombing."))
    assert "vow" in _triggers(read("The Kenyan president vowed to cooperate with Somalia."))


def test_sealing_off_a_scene_is_no_blockade_but_sealing_off_a_town_is(read: Read) -> None:
    assert _triggers(read("Police in Lima cordoned off the site of the explosion.")) == ["explosion"]
    assert read("Kenyan police sealed off the wreckage beside the highway near Nakuru.").events == []
    assert _triggers(read("Kenyan troops sealed off the town of Lamu.")) == ["seal"]


def test_a_noun_in_a_list_of_modifiers_names_no_event(read: Read) -> None:
    assert _triggers(read("Police in Lima laid theft and assault charges against the driver.")) == ["charge"]
    assert "assault" in _triggers(read("Police in Lima charged the driver over the assault and the theft."))


def test_an_assassination_attempt_is_one_attempt_on_a_life(read: Read) -> None:
    [attempt] = read("The Kenyan general survived an assassination attempt in Mombasa on Monday.").events
    assert (attempt.trigger, attempt.cameo) == ("attempt", "185")


def test_an_execution_joined_to_another_noun_shares_its_of_phrase(read: Read) -> None:
    assert "execution" not in _triggers(read("Chile blamed the cell for the planning and execution of the plot against its mayor."))
    assert "execution" in _triggers(read("Chile condemned the arrest and execution of the Peruvian journalist."))


def test_a_tour_no_party_makes_is_no_visit_but_a_minister_tour_is(read: Read) -> None:
    assert "tour" not in _triggers(read("The tour of the old town ended at the cathedral in Lima."))
    assert "tour" not in _triggers(read("Fans in Lima waited for hours as the band's tour reached Peru."))
    assert "tour" in _triggers(read("The Peruvian foreign minister's tour of Asia ended in Tokyo."))


def test_people_described_as_visiting_a_place_make_no_visit_but_a_minister_visiting_does(read: Read) -> None:
    assert "visit" not in _triggers(read("The blast hit a van carrying off-duty soldiers visiting a street market near Kars."))
    assert "visit" in _triggers(read("The Peruvian foreign minister visited Tokyo on Monday."))


def test_calling_something_by_a_name_is_no_appeal_but_calling_for_a_vote_is(read: Read) -> None:
    assert "call" not in _triggers(read("The Chilean senator thanked her staff for months of what she called a dirty election race."))
    assert "call" in _triggers(read("The Chilean opposition called for a new election on Monday."))


def test_welcoming_an_outcome_is_praise_and_welcoming_a_visitor_is_hosting(read: Read) -> None:
    [praise] = read("Families of the Chilean climbers have welcomed the verdict.").events
    assert (praise.trigger, praise.cameo) == ("welcome", "051")
    hosting = [e.cameo for e in read("The Peruvian president welcomed the Chilean president at the airport.").events]
    assert hosting == ["043"]

def test_what_no_matter_leaves_open_is_no_deed(read: Read) -> None:
    assert read("He will stay in a Peruvian jail for life, no matter how many guards he attacked.").events == []

def test_dying_of_an_illness_is_no_attack(read: Read) -> None:
    assert read("The Kenyan minister died of a heart attack on Saturday.").events == []


def test_the_name_of_a_charge_is_no_deed_but_a_deed_told_is(read: Read) -> None:
    assert _triggers(read("The Kenyan man was charged with aggravated assault and arson.")) == ["charge"]
    assert _triggers(read("The gunmen's assault on the police post in Nairobi lasted an hour.")) == ["assault"]


def test_the_last_of_a_list_of_charges_hung_on_an_earlier_one_is_a_charge_name(read: Read) -> None:
    assert _triggers(read("The Kenyan driver is charged with reckless driving, possession of stolen goods and assault with a knife.")) == ["charge"]
    assert "assault" not in _triggers(read("The Kenyan herder is charged with poaching in the park, selling tusks and assault with a machete."))
    assert "assault" not in _triggers(read("The Kenyan trader is charged with smuggling, selling fake phones and assault with a machete."))
    assert "shooting" in _triggers(read("The Kenyan clerk stands accused of murder over the depot shootings."))


def test_the_crime_one_is_arrested_for_is_a_charge_name_but_the_deed_named_is_told(read: Read) -> None:
    assert _triggers(read("Kenyan police arrested the man for assault.")) == ["arrest"]
    assert "attack" in _triggers(read("Kenyan police arrested two men for the attack on the police post."))


def test_what_a_rule_forbids_is_its_wording_but_a_body_banning_something_is_a_ban(read: Read) -> None:
    assert read("But the Kenyan school policy bars teachers from posting photos of pupils.").events == []
    assert read("The new regulations also prohibit Chilean banks from charging fees on deposits.").events == []
    assert "ban" in _triggers(read("The Chilean government banned the opposition party on Monday."))


def test_a_war_that_sets_a_time_or_a_scene_is_no_fighting_but_a_war_declared_is(read: Read) -> None:
    assert [e.trigger for e in read("Trade with Armenia was halted after the 2016 war.").events if e.plover == "ASSAULT"] == []
    assert read("Thousands of Chechens fled to Poland during the first war.").events == []
    assert read("Her grandfather served as a medic in a war in Africa.").events == []
    assert "war" in _triggers(read("Peru declared war on Ecuador on Monday."))


def test_a_criminal_record_is_no_act_but_arrests_made_are(read: Read) -> None:
    assert read("The Kenyan driver has three prior drunk driving convictions.").events == []
    assert read("The suspect had prior arrests for assault and burglary.").events == []
    assert read("He also has two car theft convictions.").events == []
    assert "arrest" in _triggers(read("Kenyan police made two arrests on Monday."))


def test_the_crime_a_prisoner_serves_time_for_is_a_charge_name(read: Read) -> None:
    assert "assault" not in _triggers(read("The Kenyan fugitive was serving 20 years for armed assault in Mombasa."))
    assert "robbery" not in _triggers(read("The Chilean man had served time for robbery before the escape."))


def test_an_act_prevented_did_not_happen(read: Read) -> None:
    assert "storm" not in _triggers(read("Kenyan police prevented the protesters from storming the parliament."))


def test_a_passive_request_to_get_in_touch_is_a_notice(read: Read) -> None:
    assert read("Witnesses are asked to contact Nairobi detectives.").events == []
    assert "ask" in _triggers(read("Kenya asked Ethiopia to withdraw its troops from the border."))


def test_an_instruction_joined_to_another_is_no_visit(read: Read) -> None:
    assert read("Call the Kenyan embassy or visit the Kenyan foreign ministry in Nairobi.").events == []


def test_a_participle_standing_for_people_is_no_event(read: Read) -> None:
    assert read("The wounded were taken to a Nairobi hospital.").events == []
    assert "injure" not in _triggers(read("Nurses said 12 of the 40 wounded stayed in a Mombasa clinic."))


def test_what_a_wish_carries_down_is_no_act_but_a_named_deed_stays_one(read: Read) -> None:
    assert "condemn" not in _triggers(read("The Kenyan senator intends to table a motion condemning the Ugandan government."))
    assert "outlaw" not in _triggers(read("The Peruvian congress is expected to vote in favour of outlawing the rebel movement."))
    assert "revolt" not in _triggers(read("The cleric urged Somalis to launch an uprising, or revolt, against the government."))
    assert "attack" in _triggers(read("Kenya urged Uganda to withdraw its troops after the attack on the border town."))
    assert "riot" in _triggers(read("Prison wardens in Kenya are expected to brief ministers after four days of riots."))


def test_an_act_a_trend_threatens_is_not_done(read: Read) -> None:
    assert "destroy" not in _triggers(read("Officials in Lima fear a feud that threatens to destroy their bloc."))


def test_a_wish_about_what_others_do_is_no_pledge_but_readiness_to_act_is(read: Read) -> None:
    assert "determined" not in _triggers(read("Ottawa was determined that the conference should be held in Montreal."))
    assert "prepared" in _triggers(read("The Peruvian navy was prepared to respond to any incursion."))


def test_feeling_threatened_is_a_state_of_mind(read: Read) -> None:
    assert read("Norwegian fishermen should not feel threatened by the new quota rules.").events == []


def test_a_share_of_a_class_doing_something_is_a_statistic(read: Read) -> None:
    triggers = _triggers(read("Roughly 30 per cent of burglars in Ontario have also committed assault, a study says."))
    assert "assault" not in triggers and "commit" not in triggers
    assert "agree" in _triggers(read("Ninety per cent of the union members have agreed to accept a pay freeze."))


def test_a_source_asking_not_to_be_named_makes_no_request(read: Read) -> None:
    record = read("A Nairobi port worker, who requested anonymity, told reporters the ferry sank.")
    assert [e for e in record.events if e.plover == "REQUEST"] == []


def test_an_act_worried_about_in_a_verb_is_no_act(read: Read) -> None:
    assert "sell" not in _triggers(read("Chile has voiced concerns about selling weapons to Bolivia."))


def test_names_and_figures_of_speech_are_no_acts(read: Read) -> None:
    assert "destruction" not in _triggers(read("Canada says Iran is building weapons of mass destruction."))
    assert "war" not in _triggers(read("The war of words between Lima and Quito grew louder on Friday."))


def test_an_act_wanted_of_another_or_feared_is_no_act(read: Read) -> None:
    assert read("Parents in Ohio still want the mayor to resign.").events == []
    assert "detain" not in _triggers(read("Mr Okafor is worried that the agency could detain journalists without charge."))


def test_the_act_not_chosen_is_no_act(read: Read) -> None:
    assert "detention" not in _triggers(read("Magistrates let the Lagos youth off with a fine instead of sending him to detention."))


def test_armed_with_something_is_a_state(read: Read) -> None:
    assert read("Armed with new evidence, the lawyers returned to court in Lima.").events == []


def test_forced_by_no_one_is_no_coercion_but_forced_by_a_party_is(read: Read) -> None:
    assert "force" not in _triggers(read("Thousands of people were forced to flee their homes when the river burst its banks."))
    assert "force" in _triggers(read("Hundreds of villagers were forced to flee their homes by the militia."))
    assert "force" in _triggers(read("Bolivia's leader was forced from power in 2003."))
    assert "force" in _triggers(read("Fiji's premier was forced to quit when soldiers seized parliament."))


def test_what_could_happen_is_no_act(read: Read) -> None:
    assert read("The Kenyan minister could be charged with fraud.").events == []


def test_readiness_in_a_condition_is_no_pledge(read: Read) -> None:
    assert "ready" not in _triggers(read("If the port authority is not ready to accept mediation, dockers will walk out."))


def test_a_means_or_a_commitment_to_act_is_no_act(read: Read) -> None:
    assert read("The gang swapped tips on new ways to attack armoured vans.").events == []
    assert "disarm" not in _triggers(read("Mr Okoye made a commitment to disarm the militia."))


def test_an_act_planned_or_proposed_in_a_modifier_is_no_act(read: Read) -> None:
    assert "strike" not in _triggers(read("The planned strike by Kenyan teachers was called off."))
    assert "bombing" not in _triggers(read("Ugandan detectives questioned a suspect who admitted planning bombings in Kampala."))


def test_a_clause_opened_by_if_is_no_act_however_spacy_hangs_it(read: Read) -> None:
    triggers = _triggers(read("A Kenyan bishop says he would weep if a man sentenced to death by a court in Nakuru is killed."))
    assert "kill" not in triggers and "sentence" in triggers


def test_a_trigger_word_inside_a_name_or_a_label_is_no_act(read: Read) -> None:
    assert read('The crates were marked "Charge Demolition."').events == []


def test_an_act_still_to_come_after_before_or_until_is_no_act_but_one_told_is(read: Read) -> None:
    assert "release" not in _triggers(read("The Chilean mining agency will review the findings before its report is released."))
    assert "release" in _triggers(read("The Chilean army freed two hostages before the rebels released a third."))


def test_an_object_with_no_tells_no_act(read: Read) -> None:
    assert read("The Chilean ferry operator is making no apologies for the higher fares.").events == []
    assert [e.cameo for e in read("The Chilean ferry operator apologised to the mayor for the delays.").events] == ["055"]


def test_anyone_at_all_doing_it_is_a_rule_not_an_act(read: Read) -> None:
    assert "attack" not in _triggers(read("The Chilean minister said the rules would be broken if anyone attacked a nurse."))
    assert "breach" not in _triggers(read("The Chilean minister says the law has been breached by any person who hides income."))
    assert "breach" in _triggers(read("The Chilean minister says the law has been breached by the mining company."))


def test_the_fate_foretold_of_whoever_is_caught_doing_something_is_a_rule_not_an_act(read: Read) -> None:
    assert read("Fans caught throwing flares will be banned from the Chilean stadium.").events == []
    assert "deport" not in _triggers(read("Chilean officials said migrants found working without papers would be deported."))
    assert "arrest" in _triggers(read("Fans caught throwing flares were arrested by Chilean police on Sunday."))
    assert "charge" in _triggers(read("Chilean police said the man caught throwing flares will be charged."))


def test_a_kind_of_act_a_ban_is_on_is_no_act_but_the_ban_is(read: Read) -> None:
    record = read("The Kenyan government imposed a ban on rallies and marches in Nairobi.")
    assert "ban" in _triggers(record) and "rally" not in _triggers(record) and "march" not in _triggers(record)
    assert "protest" not in _triggers(read("A moratorium on protests near the Kenyan parliament remains in place."))
    assert "protest" in _triggers(read("Kenyan police cracked down on protests in Nairobi."))


def test_asking_much_of_someone_is_no_request(read: Read) -> None:
    assert [e for e in read("\"We are asking a lot of our nurses,\" the Chilean health minister said.").events if e.plover == "REQUEST"] == []
    assert [e for e in read("The Chilean coach admitted he had asked too much of his players.").events if e.plover == "REQUEST"] == []
    assert [e.plover for e in read("Chile asked Peru for more food aid on Monday.").events if e.trigger == "ask"] != []


def test_people_named_by_a_deed_and_acted_on_tell_no_deed_of_their_own(read: Read) -> None:
    sought = read("The Chilean army vowed to track down suicide bombers in the north.")
    assert "bomber" not in _triggers(sought) and "vow" in _triggers(sought)
    [killing] = read("A suicide bomber killed six Chilean soldiers at a checkpoint.").events
    assert [m.text for m in killing.mentions] == ["bomber", "killed"]


def test_a_participle_labelling_a_person_is_no_accusation(read: Read) -> None:
    assert "accuse" not in _triggers(read("The Chilean senator criticised the lawyer accused of hiding the funds."))
    assert "accuse" in _triggers(read("The Chilean senator accused the lawyer of hiding the funds."))


def test_a_participle_telling_a_stance_is_no_statement_but_a_stance_stated_is(read: Read) -> None:
    assert "oppose" not in _triggers(read("Police in Nairobi met a group of farmers opposed to the pipeline."))
    assert "oppose" not in _triggers(read("LIMA - The farm of a clan fiercely opposed to the Conga mine will be seized under Peru's mining law."))
    assert "oppose" not in _triggers(read("The Kenyan mayor backed a bus lane, as opposed to a new tram line, on Monday."))
    assert "oppose" in _triggers(read("Kenya is opposed to the pipeline."))
    assert "committed" in _triggers(read("Kenya remained committed to the peace talks with Somalia."))
    assert "oppose" in _triggers(read("Kenya opposed the pipeline on Monday."))


def test_at_no_time_makes_the_act_never_done(read: Read) -> None:
    assert "ask" not in _triggers(read("At no time did the Peruvian unions ask the government for money."))
    assert "ask" in _triggers(read("At that time the Peruvian unions asked the government for money."))


def test_a_title_of_a_noun_and_a_participle_is_no_act(read: Read) -> None:
    assert "assist" not in _triggers(read("Counsel assisting the inquiry, Jane Roe, tabled the auditors' report in Perth."))
    assert "assist" in _triggers(read("Dutch engineers are assisting the Peruvian army in the flooded valley."))


def test_harm_in_a_clause_where_a_storm_acts_is_no_act(read: Read) -> None:
    assert read("Six hikers were injured when a cyclone hit the Chilean valley.").events == []
    assert read("Dozens of villagers were injured near Lima as a gale tore roofs off houses.").events == []
    assert "kill" in _triggers(read("Six hikers were killed when gunmen stormed the Chilean lodge on Monday."))


def test_a_hazard_that_threatens_pounds_or_blocks_does_no_act(read: Read) -> None:
    assert read("A wildfire threatened dozens of Chilean farms near Valparaiso.").events == []
    assert read("Rising floodwaters threatened the levees around the Peruvian town.").events == []
    assert read("The hurricane pounded the Cuban coast on Monday.").events == []
    assert read("Heavy snow blocked the main road into the Kenyan capital.").events == []
    assert "block" in _triggers(read("Kenyan protesters blocked the main road into the capital."))
    assert "pound" in _triggers(read("Israeli jets pounded targets in Gaza overnight."))


def test_things_destroyed_in_a_fire_are_no_act_but_harm_by_weapons_fire_is(read: Read) -> None:
    assert read("Forty Chilean homes were destroyed in the fire on Tuesday.").events == []
    assert "wound" in _triggers(read("Two Kenyan soldiers were wounded by sniper fire near the border."))
    assert "kill" in _triggers(read("A Somali policeman was killed by machine-gun fire in Mogadishu."))


def test_people_returning_to_their_property_give_nothing_back(read: Read) -> None:
    assert read("Evacuated Chilean farmers were returning to their land on Sunday.").events == []
    assert _triggers(read("Peru returned the seized land to the Chilean farmers.")) == ["return"]
    assert _triggers(read("The seized Chilean ship was returned to its owners by Peru.")) == ["return"]


def test_harm_when_a_vehicle_overturns_is_no_act_however_the_clause_is_parsed(read: Read) -> None:
    # the parser may read "overturned" as a participle describing the car, not as the clause's verb
    assert read("A Peruvian farmer was killed when her car overturned on the highway.").events == []
    assert read("Two people died and five were injured when a bus overturned near Cusco.").events == []


def test_harm_told_per_period_in_the_simple_present_passive_is_a_rate(read: Read) -> None:
    assert "kill" not in _triggers(read("Two cyclists are killed every month on this Chilean road, the mayor said."))
    assert _triggers(read('"One driver a year is killed on that bridge," the Peruvian engineer said.')) == ["say"]
    assert "kill" in _triggers(read("Two cyclists were killed on the Chilean road last month."))


def test_harm_that_no_one_seems_or_is_believed_to_have_suffered_is_no_act(read: Read) -> None:
    assert _triggers(read("So far nobody seems to have been wounded, Chilean police said.")) == ["say"]
    assert read("Nobody seems to have been arrested in Lima.").events == []
    assert "wound" in _triggers(read("Four Chilean guards appear to have been wounded in the raid."))
    assert "attack" in _triggers(read("No militia admitted attacking the Turkish base."))  # a gerund told, not tried


def test_harm_when_vehicles_collide_or_a_driver_runs_into_something_is_no_act(read: Read) -> None:
    assert read("The truck collided with a bus near Cusco, killing nine people.").events == []
    assert read("A Peruvian motorist was killed when the driver hit a pole near Cusco.").events == []
    assert read("The pickup hit a guardrail on the highway, injuring two Chilean tourists.").events == []
    assert "kill" in _triggers(read("A rocket hit the wall of the Kenyan school, killing two pupils."))
    assert "kill" in _triggers(read("Rebels crashed a truck into the gate of the Kenyan base, killing ten soldiers."))


def test_harm_a_falling_thing_does_is_no_act(read: Read) -> None:
    assert read("Falling debris injured two Chilean firefighters at the scene.").events == []
    assert read("A falling tree killed a Peruvian motorist on the highway.").events == []


def test_harm_a_force_of_nature_causes_is_no_act(read: Read) -> None:
    assert read("The earthquake caused widespread destruction in the Chilean capital.").events == []
    assert read("The tornado left a trail of destruction across Kenya.").events == []
    assert read("The destruction caused by the cyclone in Peru was enormous.").events == []
    assert "destruction" in _triggers(read("Rebels caused widespread destruction in the Chilean capital."))


def test_harm_an_animal_does_is_no_act(read: Read) -> None:
    assert read("A grizzly bear attacked two hikers in the Canadian park.").events == []
    assert read("A pit bull attacked a Chilean mail carrier on Tuesday.").events == []
    assert "attack" in _triggers(read("Kenyan gunmen attacked two hikers in the park."))


def test_a_fire_lightning_sets_is_no_arson(read: Read) -> None:
    assert read("Lightning set fire to a barn near the Chilean town.").events == []
    assert "fire" in _triggers(read("Militants set fire to a school in the Kenyan village."))


def test_harm_in_a_clause_where_a_vehicle_hits_something_is_no_act(read: Read) -> None:
    assert read("A Peruvian farmer was killed when his tractor hit a wall near Cusco.").events == []
    assert read("Three Chilean tourists were injured when a lorry struck their van.").events == []
    assert "kill" in _triggers(read("A Peruvian farmer was killed when rebels raided his village near Cusco."))


def test_a_driver_striking_someone_or_a_union_striking_a_deal_is_no_walkout(read: Read) -> None:
    assert [e for e in read("A Chilean bus driver struck a cyclist in Santiago on Friday.").events if e.cameo == "143"] == []
    assert [e for e in read("The Kenyan teachers' union struck a deal with the ministry.").events if e.cameo == "143"] == []
    assert [e.cameo for e in read("Chilean dock workers struck for higher wages on Monday.").events] == ["143"]


def test_being_called_to_a_scene_is_no_appeal_but_calling_for_calm_is(read: Read) -> None:
    assert "call" not in _triggers(read("Kenyan police units were called to a Mombasa bar for help with a brawl."))
    assert "call" in _triggers(read("The Kenyan bishop called for calm in Mombasa."))


def test_harm_in_a_clause_where_a_fire_breaks_out_is_no_act_but_gunfire_is(read: Read) -> None:
    assert read("Nine guests were injured when a fire swept through a Lima hostel on Sunday.").events == []
    assert "kill" in _triggers(read("Two guards were killed when soldiers opened fire on the Lima crowd."))


def test_paying_bills_and_carrying_out_plans_are_no_meeting_and_no_killing(read: Read) -> None:
    assert read("The loan from Peru was used to meet the province's unpaid bills.").events == []
    assert read("The execution of the recovery plan in Lima took two years.").events == []
    assert "execution" in _triggers(read("Human rights groups condemned the execution of two prisoners in Lima."))

def test_a_practice_to_be_ended_is_no_act_but_the_call_is(read: Read) -> None:
    assert _triggers(read("The Ghanaian unions demanded an end to police raids on markets.")) == ["demand"]
    assert _triggers(read("Ghanaian rebels have fought for years to end the army's occupation of the valley.")) == ["fight"]
    assert "occupation" in _triggers(read("Villagers protested against the army's occupation of the Ghanaian valley on Monday."))


def test_a_negated_or_passive_instruction_in_a_quotation_is_no_act(read: Read) -> None:
    for text in ('The councillor told the meeting: "Do not ignore the threats against our staff."', 'The councillor spoke. "Please stand with us. Do not ignore the threats."', 'A caller wrote to her. "Go home and get shot."'):
        assert [e.trigger for e in read(text).events if e.trigger in ("ignore", "shoot")] == []
    assert "ignore" in _triggers(read("The councillor said the council ignored the threats against its staff."))


def test_a_quoted_question_s_speech_tag_is_no_request_but_asking_someone_to_act_is(read: Read) -> None:
    assert [e for e in read('"Why did the council wait so long?" the opposition leader asked.').events if e.plover == "REQUEST"] == []
    assert [e for e in read("The opposition leader asked the council to release the report.").events if e.plover == "REQUEST"] != []


def test_harm_joined_to_a_vehicle_striking_someone_is_an_accident_but_not_to_a_gunman(read: Read) -> None:
    assert "kill" not in _triggers(read("A teenager walking home in Hamilton was hit by a truck and killed on Friday."))
    assert "kill" in _triggers(read("A teenager walking home in Hamilton was hit by a gunman and killed on Friday."))


def test_a_deed_naming_the_kind_of_a_plot_is_not_done(read: Read) -> None:
    for plot in ("an alleged murder-for-hire scheme", "an alleged murder for hire scheme"):
        assert "murder" not in _triggers(read(f"Police said the man was detained in May over {plot}."))
    assert "murder" in _triggers(read("Police said the man had murdered his business partner in May."))


def test_a_standing_rule_or_what_a_bill_would_do_to_a_kind_of_act_is_no_act(read: Read) -> None:
    record = read("The bill was tabled on Monday. Under the draft law, forced marriage would be outlawed and courts would gain new powers.")
    assert "outlaw" not in _triggers(record)
    record = read("Drivers were angry on Monday. Quebec has towns in which it is prohibited by law to park on the left, the mayor told reporters.")
    assert "prohibit" not in _triggers(record)
    assert "outlaw" in _triggers(read("The protest began on Monday. The government outlawed the opposition party."))


def test_what_a_part_of_a_plan_calls_for_is_no_appeal(read: Read) -> None:
    assert [e for e in read("One section of the new plan calls for fewer patrols near the border.").events if e.plover == "REQUEST"] == []
    assert [e for e in read("The mayor calls for fewer patrols near the border.").events if e.plover == "REQUEST"] != []


def test_a_deed_before_the_plural_of_a_charge_or_after_offences_including_is_a_charge_name(read: Read) -> None:
    assert "assault" not in _triggers(read("He was fined for three other minor offences, including assault and weapons charges."))
    assert "assault" not in _triggers(read("He was fined for minor offences including assault."))
    assert "assault" in _triggers(read("Police said he assaulted a guard at the prison in May."))


def test_many_deeds_of_several_kinds_and_the_harm_told_in_them_are_no_one_deed(read: Read) -> None:
    record = read("The region was shaken over the summer. Nine residents were killed and scores more hurt in separate knife, gun, arson and bomb raids.")
    assert record.events == []
    assert "kill" in _triggers(read("The region was shaken on Monday. Nine residents were killed and scores more hurt in a car bombing at a market."))
    assert "attack" not in _triggers(read("The minister spoke on Monday. The province has endured a string of arson raids this year."))
    assert "pound" in _triggers(read("The minister spoke on Monday. The port had been pounded the night before in repeated air raids."))


def test_a_class_described_by_its_fighting_or_a_record_it_set_tells_no_deed(read: Read) -> None:
    assert "fight" not in _triggers(read("The minister spoke on Monday. He warned of hundreds of young Belgians fighting in Syria."))
    assert "fight" in _triggers(read("Police said a man fighting with officers was arrested on Monday."))
    record = read('The envoy spoke on Monday. "Chile is one of the few states on the continent to sign global pacts," she said.')
    assert [e for e in record.events if e.cameo == "057"] == []
    assert [e for e in read("The envoy spoke on Monday. Chile ratified the convention in 2010.").events if e.cameo == "057"] != []
    assert "cooperate" in _triggers(read("In the end, the clerk became one of the earliest senior staff to cooperate with the inquiry."))


def test_a_bare_deed_a_verb_in_the_simple_present_takes_is_a_kind_of_act(read: Read) -> None:
    assert "aggression" not in _triggers(read('The judge spoke on Monday. "This drug causes paranoia and violent aggression," she said.'))
    assert "aggression" in _triggers(read("The judge spoke on Monday. The council condemned the aggression against the village."))


# ------------------------------------------------------------------ senses that are no event


def test_a_patient_released_from_hospital_is_no_release(read: Read) -> None:
    assert [e for e in read("The senator was released from hospital on Monday.").events if e.plover == "RETREAT"] == []


def test_a_severance_payment_is_no_cut_in_relations_but_a_severance_of_ties_is(read: Read) -> None:
    assert read("The Kenyan bank's chief will get a one-year severance when she leaves in May.").events == []
    assert [e.cameo for e in read("The severance of ties with Qatar angered traders in Doha.").events] == ["160"]


def test_finishing_a_degree_or_a_treatment_is_no_event(read: Read) -> None:
    assert read("The Kenyan envoy completed his law degree at Makerere University in 1990.").events == []
    assert read("The Peruvian envoy completed her residency at San Marcos University in Lima.").events == []


def test_a_bow_to_a_person_is_a_gesture_but_bowing_to_pressure_is_a_concession(read: Read) -> None:
    assert read("The Kenyan runner bowed to the crowd and waved before the anthem.").events == []
    assert read("Mourners bowed their heads as the coffin passed.").events == []
    assert [e.cameo for e in read("The Kenyan government bowed to pressure from the unions on Monday.").events] == ["083"]


def test_a_course_offered_is_no_pledge(read: Read) -> None:
    assert [e for e in read("The Kenyan college offered a welding course in May.").events if e.plover == "AGREE"] == []


def test_a_media_campaign_is_no_attack_but_a_military_one_is(read: Read) -> None:
    assert [e for e in read("Kenya launched a campaign to attract tourists.").events if e.plover == "ASSAULT"] == []
    record = read("The Kenyan army launched a military campaign against the rebels.")
    assert [e.plover for e in record.events if e.trigger == "launch"] == ["ASSAULT"]


def test_insisting_that_something_is_so_is_a_claim_and_insisting_on_something_a_demand(read: Read) -> None:
    claim = read("Kenya's foreign minister insisted that the border was calm.")
    demand = read("Kenya's foreign minister insisted on a recount.")
    assert [e.cameo for e in claim.events if e.trigger == "insist"] == ["010"]
    assert [e.plover for e in demand.events if e.trigger == "insist"] == ["REQUEST"]


def test_a_career_destroyed_is_no_destruction(read: Read) -> None:
    assert [e for e in read("The Kenyan scandal destroyed his career.").events if e.plover == "ASSAULT"] == []
    assert [e.plover for e in read("Kenyan soldiers destroyed the rebel depot.").events if e.trigger == "destroy"] == ["ASSAULT"]


def test_charged_on_suspicion_is_a_legal_action_like_charged_with(read: Read) -> None:
    suspicion = read("A Kenyan man was charged on suspicion of fraud.")
    charged_with = read("A Kenyan man was charged with fraud.")
    assert [e.cameo for e in suspicion.events if e.trigger == "charge"] == [e.cameo for e in charged_with.events if e.trigger == "charge"] == ["173"]


def test_phrasal_senses_are_no_event(read: Read) -> None:
    assert read("The festival kicks off in Nairobi on Friday.").events == []
    assert read("The Kenyan envoy struck up a friendship with the Ethiopian minister.").events == []


def test_a_relative_clause_acts_on_the_noun_it_describes(read: Read) -> None:
    assert read("She is serving a term for the frauds she committed in Mombasa.").events == []


def test_backing_a_car_out_of_a_space_is_no_endorsement_but_backing_a_plan_is(read: Read) -> None:
    assert [e for e in read("A car driven by a Kenyan woman backed out of a parking space.").events if e.cameo == "051"] == []
    assert [e for e in read("The Kenyan taxi driver was backing his van into the yard.").events if e.cameo == "051"] == []
    assert [e.cameo for e in read("The Kenyan president backed the new plan.").events] == ["051"]
    assert [e for e in read("The Kenyan donor backed out of the deal on Friday.").events if e.cameo == "051"] == []


def test_being_fired_from_a_job_on_a_day_is_no_shooting(read: Read) -> None:
    assert read("The Kenyan police chief was fired from his job on Monday.").events == []
    assert _triggers(read("Kenyan troops fired on the protesters on Monday.")) == ["fire"]


def test_personal_refusals_and_dismissals_from_a_job_are_no_rejection(read: Read) -> None:
    assert read("The Kenyan minister refused medical treatment.").events == []
    assert read("The Kenyan police officer was dismissed from his job.").events == []


def test_crews_arriving_on_duty_make_no_visit(read: Read) -> None:
    assert "arrive" not in _triggers(read("When the ambulance crews arrived, the Mombasa warehouse was already ablaze."))


def test_an_attack_on_rights_is_figurative(read: Read) -> None:
    assert read("The opposition called the law an attack on the rights of Kenyan workers.").events == []


def test_markets_and_moods_do_no_harm_and_launch_no_offensive(read: Read) -> None:
    assert read("Lagos was battered by falling oil prices last year.").events == []
    assert read("The Dubai lender failed to reach its goals and was battered by weak returns on bonds.").events == []
    assert read("The cabinet change in Harare offered scant hope to farmers.").events == []
    assert _triggers(read("Tension mounted between Lima and Quito after the attack on the border post.")) == ["attack"]


def test_an_animal_set_free_is_no_release_but_hostages_freed_are(read: Read) -> None:
    assert read("Rescuers in Tasmania worked through the night to free a stranded whale.").events == []
    assert "free" in _triggers(read("Police in Lima freed the hostages on Tuesday."))


def test_what_no_party_does_backs_or_defends_no_one(read: Read) -> None:
    assert read("The reform in Peru is backed by his new enforcement powers.").events == []
    assert read("Several factors should help support a recovery in Peru next year.").events == []
    assert read("Forty fire crews defended homes near the town overnight.").events == []
    assert "defend" in _triggers(read("Kenyan soldiers defended the town against the rebel assault."))


def test_a_yacht_beating_a_field_is_no_assault(read: Read) -> None:
    assert read("The Chilean yacht beat a field of 30 boats.").events == []


def test_research_demonstrating_a_link_is_no_protest(read: Read) -> None:
    assert read("Research demonstrating a link between diet and heart disease was published in Oslo.").events == []


def test_a_fire_does_its_own_harm(read: Read) -> None:
    text = (
        "Fires are still burning near the Chilean port of Valparaiso, and a blaze that destroyed forty homes is out of control. "
        "Volunteers spent the night back-burning near the town, and crews watched fires burning on the hills."
    )
    assert read(text).events == []
    assert _triggers(read("Chilean protesters burned two buses in Santiago.")) == ["burn"]


def test_fuel_or_fireworks_exploding_is_an_accident_a_bomb_is_not(read: Read) -> None:
    assert read("A gas cylinder exploded in a restaurant in Lima.").events == []
    assert [e.plover for e in read("A bomb exploded in a market in Lima.").events] == ["ASSAULT"]


def test_harm_a_gas_or_boiler_explosion_does_is_an_accident_a_bomb_blast_is_not(read: Read) -> None:
    assert read("A gas explosion inside a Lima bakery injured nine people on Sunday.").events == []
    assert read("Two Peruvian workers were killed in a boiler blast at a paper mill.").events == []
    assert [e.plover for e in read("A bomb blast killed two Peruvian soldiers near Lima.").events] == ["ASSAULT"]


def test_the_blast_that_refers_back_to_a_gas_explosion_is_no_bombing_either(read: Read) -> None:
    story = "Two people died in a gas explosion inside a hotel in southern Peru on Friday. The blast happened shortly after noon."
    assert read(story).events == []
    assert [e.plover for e in read("A bomb blew up in a Lima market on Friday. The blast killed four people.").events] == ["ASSAULT"]


def test_questioning_a_person_is_an_inquiry_questioning_a_decision_is_doubt(read: Read) -> None:
    assert [e.cameo for e in read("Peruvian police questioned the driver for two hours.").events] == ["090"]
    assert [e.cameo for e in read("Peruvian police questioned Ana Flores on Monday.").events] == ["090"]
    assert [e.cameo for e in read("The Peruvian senator questioned the decision to close the base.").events] == ["110"]


def test_police_seizing_drugs_confiscate_them(read: Read) -> None:
    assert [e.cameo for e in read("Peruvian police seized drugs and cash at the port.").events] == ["1711"]


def test_taking_issue_is_disapproval_and_leaving_work_a_strike_only_for_workers(read: Read) -> None:
    assert [e.cameo for e in read("Peruvian lawmakers took issue with the plan to close the port.").events] == ["110"]
    assert [e.cameo for e in read("Peruvian dock workers left work on Monday.").events] == ["143"]
    assert read("Ana Flores left work early on Friday.").events == []


def test_demonstrating_a_thing_or_that_it_holds_is_no_protest(read: Read) -> None:
    assert read("The Peruvian lawyers will try to demonstrate that the rule is unfair.").events == []
    assert read("A Peruvian paramedic demonstrated to the pupils how to treat burns.").events == []
    assert [e.cameo for e in read("Peruvian students demonstrated in Lima against the new law.").events] == ["141"]


def test_a_drug_that_shows_promise_makes_no_pledge(read: Read) -> None:
    assert read("A new Peruvian vaccine shows promise, a study found.").events == []


def test_an_explosion_of_interest_is_no_bombing(read: Read) -> None:
    assert read("Peru has seen an explosion of interest in cycling since the new lanes opened.").events == []


def test_what_took_place_seized_nothing(read: Read) -> None:
    assert [e.plover for e in read("The gunfight took place at a village near Quetta.").events] == ["ASSAULT"]


def test_charging_into_a_place_is_no_accusation(read: Read) -> None:
    assert [e for e in read("Chadian soldiers charged into the rebel camp at dawn.").events if e.plover == "ACCUSE"] == []


def test_a_price_charged_is_no_accusation_but_a_man_charged_is(read: Read) -> None:
    assert read("Fees charged by the Kenyan water utility will rise in July.").events == []
    assert _triggers(read("Kenyan prosecutors charged the driver with manslaughter.")) == ["charge"]


def test_a_vehicle_striking_someone_is_an_accident_but_a_truck_bomb_attacks(read: Read) -> None:
    assert "strike" not in _triggers(read("A Kenyan cyclist was struck by a pickup truck in Nairobi, police said."))
    assert "strike" in _triggers(read("A truck bomb struck the Kenyan embassy."))


def test_a_hiring_freeze_is_no_sanction(read: Read) -> None:
    assert [e.cameo for e in read("The Kenyan ministry announced a hiring freeze on Monday.").events] == ["010"]  # a statement, no sanction


def test_a_battle_with_an_illness_or_an_attack_on_flames_is_no_assault(read: Read) -> None:
    assert read("The Kenyan bishop's battle with cancer ended on Sunday, his church said.").events == []
    assert read("Kenyan firefighters launched an attack on the flames from the roof.").events == []
    assert _triggers(read("The Kenyan army launched an attack on the rebel camp.")) == ["launch"]


def test_airbags_deploying_are_no_mobilisation_but_troops_deployed_are(read: Read) -> None:
    assert read("The airbags of the Kenyan minister's car did deploy.").events == []
    assert _triggers(read("Kenya deployed troops along the border.")) == ["deploy"]


def test_warning_of_a_danger_is_no_threat_but_warning_of_a_response_is(read: Read) -> None:
    assert read("The Kenyan health ministry warned parents of the dangers of the drug.").events == []
    assert read("The Kenyan airline's chairman warned of imminent bankruptcy.").events == []
    assert [e.cameo for e in read("Kenya warned Uganda of a military response.").events] == ["138"]
    assert [e.cameo for e in read("The Kenyan interior minister warned Nairobi residents to stay indoors.").events] == ["020"]
    assert [e.cameo for e in read("Kenya warned Uganda to withdraw its troops.").events if e.cameo.startswith("13")] != []


def test_an_act_warned_against_is_no_act(read: Read) -> None:
    assert _triggers(read("Kenya warned Uganda against moving troops to the border.")) == ["warn"]


def test_a_question_put_to_a_speaker_is_no_request_but_an_asker_s_request_is(read: Read) -> None:
    assert _triggers(read("When asked about the budget gap, the Kenyan minister said the plan was sound.")) == ["say"]
    assert "ask" in _triggers(read("Asked by Uganda to withdraw its troops, Kenya refused."))


def test_a_noun_hyphened_onto_a_modifier_is_no_act(read: Read) -> None:
    assert read("The Kenyan cabinet will try to rebuild the war-ravaged economy.").events == []


def test_a_fiscal_year_ending_is_no_act(read: Read) -> None:
    assert read("Kenya will spend more in the budget year ending next March on aid to schools.").events == []


def test_walking_out_through_a_door_is_no_strike(read: Read) -> None:
    assert [e for e in read("Kenyan staff could be seen walking out through the rear exit of the depot.").events if e.plover == "PROTEST"] == []


def test_walking_out_on_a_day_is_a_strike_where_the_parser_reads_out_as_an_adverb(read: Read) -> None:
    [strike] = read("Hundreds of Kenyan nurses walked out on Tuesday over pay.").events
    assert (strike.trigger, strike.cameo) == ("walk", "143")


def test_walking_out_of_a_meeting_is_leaving_it_no_strike(read: Read) -> None:
    [left] = read("The Kenyan envoy walked out of a security meeting on Sunday.").events
    assert (left.trigger, left.cameo) == ("walk", "164")
    assert [e.cameo for e in read("Kenyan nurses walked out of the hospital on Tuesday over pay.").events] == ["143"]


def test_talking_about_a_topic_is_no_consultation_but_talking_with_a_party_is(read: Read) -> None:
    assert read("The Kenyan president talked about the drought in a speech in Nairobi.").events == []
    [talk] = read("The Kenyan president talked with the Ugandan leader about the drought.").events
    assert talk.plover == "CONSULT"


def test_a_body_meeting_on_its_own_is_no_consultation_but_meeting_a_party_is(read: Read) -> None:
    assert read("The Kenyan cabinet will meet on Monday to consider the budget.").events == []
    assert read("Members of the Kenyan parliament met in Nairobi to choose a speaker.").events == []
    assert _triggers(read("The Kenyan cabinet met with union leaders on Monday.")) == ["meet"]
    assert _triggers(read("The Kenyan cabinet met the union leaders on Monday.")) == ["meet"]


def test_who_arrives_settles_whether_an_arrival_is_a_visit(read: Read) -> None:
    assert read("Crews were relieved by the arrival of forty firefighters from Tasmania.").events == []
    assert [e.cameo for e in read("The arrival of the Chinese premier in Hanoi was delayed by a storm.").events] == ["042"]


def test_a_modal_perfect_is_no_threat_of_what_it_tells(read: Read) -> None:
    record = read("Officials in Kabul said the militia leader may have died when American jets bombed the valley.")
    assert [e.plover for e in record.events if e.plover] == ["ASSAULT"]


def test_paying_for_a_project_is_no_aid_but_funding_a_party_is(read: Read) -> None:
    assert "fund" not in _triggers(read("The Danish charity funded a survey of coral reefs near Fiji."))
    assert "finance" not in _triggers(read("The Chilean mining firm financed two new smelters last year."))
    assert [e.cameo for e in read("Sweden funded the opposition party in Belarus.").events if e.trigger == "fund"] == ["071"]


def test_making_data_or_a_film_public_is_no_release_of_people(read: Read) -> None:
    assert "release" not in _triggers(read("Statistics Canada released new housing figures on Friday."))
    assert "release" not in _triggers(read("Police in Lyon released the identity of the driver on Friday."))
    assert "release" not in _triggers(read("The European Commission released emergency money for Greek farmers."))
    assert [e.cameo for e in read("The Malian army released twelve soldiers on Sunday.").events if e.trigger == "release"] == ["0841"]


def test_a_thing_that_burns_is_no_one_destroying_it_but_arson_is(read: Read) -> None:
    assert "burn" not in _triggers(read("Two barns burned near the Oregon border overnight."))
    assert "burn" in _triggers(read("Protesters burned three police cars in the Chilean capital."))


def test_a_private_traveller_makes_no_visit_but_an_official_does(read: Read) -> None:
    assert read("Marta Ruiz arrived home late after a long trip to the coast.").events == []
    record = read("The Indian foreign minister arrived in Nairobi on Monday.")
    assert [e.cameo for e in record.events if e.trigger == "arrive"] == ["042"]


def test_a_family_visiting_a_museum_makes_no_visit_but_a_minister_does(read: Read) -> None:
    assert "visit" not in _triggers(read("Ana Costa and her sons visited the railway museum in York."))
    assert "visit" in _triggers(read("The Peruvian foreign minister visited Quito on Tuesday."))


def test_a_firm_offering_its_goods_makes_no_pledge_but_a_government_does(read: Read) -> None:
    assert "offer" not in _triggers(read("The bakery on Elm Street offers free coffee to its customers."))
    assert "offer" in _triggers(read("Japan offered to host the next round of talks."))


def test_readiness_of_no_party_is_no_intent_but_a_government_s_is(read: Read) -> None:
    assert "ready" not in _triggers(read("We are always ready to help our neighbours, the baker said."))
    assert "ready" in _triggers(read("Colombia is ready to resume talks with the rebels."))


def test_an_award_or_a_teacher_recognising_something_is_no_recognition_but_a_state_s_is(read: Read) -> None:
    assert "recognize" not in _triggers(read("The prize recognizes towns that plant the most trees."))
    assert "recognize" in _triggers(read("Bhutan recognized the new government of Chad on Monday."))


def test_pulling_a_knife_or_a_swimmer_out_is_no_retreat_but_troops_pulling_out_is(read: Read) -> None:
    assert "pull" not in _triggers(read("A lifeguard pulled the boy out of the river near Perth."))
    assert "pull" in _triggers(read("Turkish troops pulled out of the border town on Friday."))


def test_a_resident_s_opinion_is_no_endorsement_but_a_government_s_is(read: Read) -> None:
    assert "support" not in _triggers(read("Tom Baker, a retired farmer, supports the new cycle lanes."))
    assert "support" in _triggers(read("Brazil supported the Argentine bid at the meeting in Geneva."))


def test_weather_forcing_a_closure_is_no_coercion_but_a_government_forcing_one_is(read: Read) -> None:
    assert "force" not in _triggers(read("Heavy fog forced the airport in Minsk to close on Monday."))
    assert "force" in _triggers(read("Uganda forced the Kenyan traders to leave the market."))


def test_a_present_participle_describing_a_noun_is_no_act(read: Read) -> None:
    assert "decline" not in _triggers(read("Schools in rural Wales face declining enrolment."))
    assert "oppose" not in _triggers(read("The two clans took opposing sides over the new dam in Laos."))


def test_a_market_rally_is_no_protest(read: Read) -> None:
    assert read("Shares in Tokyo rallied on Tuesday after the central bank cut rates.").events == []
    assert "rally" not in _triggers(read("The relief rally in Asian stocks faded by Wednesday."))
    assert [e.plover for e in read("Thousands of farmers rallied in central Paris on Sunday.").events] == ["PROTEST"]


def test_a_market_force_pushing_firms_is_no_demand_but_a_party_pushing_one_is(read: Read) -> None:
    assert read("The price cut by Qantas pushed rival airlines to follow suit.").events == []
    assert [e.cameo for e in read("The United States pushed its allies to impose sanctions on Iran.").events] == ["100"]


def test_a_works_department_deploying_trucks_is_no_deployment(read: Read) -> None:
    assert "deploy" not in _triggers(read("The Kenyan roads agency deployed 30 salt trucks before the storm."))
    assert "deploy" in _triggers(read("Kenya deployed 300 police officers before the storm."))


def test_a_flash_freeze_is_weather_but_a_freeze_of_ties_a_sanction(read: Read) -> None:
    assert "freeze" not in _triggers(read("A flash freeze left roads across Nairobi icy on Tuesday."))
    assert "freeze" in _triggers(read("Kenya announced a freeze of relations with Uganda on Tuesday."))


def test_a_crew_deploying_a_satellite_is_no_deployment(read: Read) -> None:
    assert read("The Chilean shuttle crew deployed a small research satellite on Sunday.").events == []
    assert "deploy" in _triggers(read("Chile deployed troops along the Peruvian border."))


def test_moving_forces_out_is_a_withdrawal_and_moving_them_in_a_deployment(read: Read) -> None:
    assert [e.cameo for e in read("The Chilean army moved its forces out of the northern town on Monday.").events] == ["0874"]
    assert [e.cameo for e in read("The Chilean army moved more troops to the border.").events] == ["154"]


def test_abuse_levelled_at_people_razes_nothing_but_a_village_levelled_is_destroyed(read: Read) -> None:
    assert "level" not in _triggers(read("The minister condemned the abuse levelled at female candidates online."))
    assert "level" in _triggers(read("Rebels levelled the village at dawn."))


def test_giving_credit_is_no_aid_but_extending_credit_is(read: Read) -> None:
    assert [e for e in read("The report criticised the firm for using the photos without giving credit to the artist.").events if e.cameo.startswith("07")] == []
    assert [e for e in read("The World Bank provided $20 million in credit to Kenyan farmers on Monday.").events if e.cameo.startswith("07")] != []
    assert [e for e in read("The state of Ohio gave the carmaker a $3 million tax credit last year.").events if e.cameo.startswith("07")] != []


def test_warning_of_a_danger_is_a_gloomy_comment_but_warning_of_a_response_threatens(read: Read) -> None:
    assert [e for e in read("French Prime Minister Manuel Valls warned of thousands of armed militants crossing the border.").events if e.plover == "THREATEN"] == []
    assert [e.cameo for e in read("French Prime Minister Manuel Valls warned the militants of a harsh response.").events] == ["138"]


def test_a_meeting_noun_in_a_body_s_name_is_no_meeting(read: Read) -> None:
    text = "The standing committee of the conference of Italian bishops announced on Friday that its secretary would retire."
    assert [e for e in read(text).events if e.cameo.startswith("04")] == []
    assert [e for e in read("Italian bishops held a conference in Rome with Vatican officials on Friday.").events if e.cameo.startswith("04")] != []


# ------------------------------------------------------------------ sports and show business


def test_a_sports_report_is_left_alone(read: Read) -> None:
    text = "Four teams reached the quarterfinal round on Friday. The Lions attacked from the start and beat the Tigers in Denver."
    assert read(text).events == []


def test_a_game_won_by_a_score_is_no_assault_but_a_beating_or_a_vote_is_no_game(read: Read) -> None:
    assert "beat" not in _triggers(read("The Rams beat Denver 24-17 on Sunday night."))
    assert read("Top-seeded Harwood defeated Salem, 70 - 61, on Friday.").events == []
    assert read("Okafor scored twice to help Leeds thrash Hull 5-0 in the cup.").events == []
    assert read("Gor Mahia were beaten by Ulinzi Stars 2-1 in Nairobi on Sunday.").events == []
    assert "beat" in _triggers(read("Rebels beat two Kenyan soldiers to death on Monday."))
    assert "beat" in _triggers(read("Soldiers beat Navarro in front of his family in 2019."))


def test_an_awards_show_story_is_left_alone(read: Read) -> None:
    text = "The comedian will not host the Oscars this year. The studio expects its new sequel to top the box office."
    assert read(text).events == []


def test_a_boxing_report_is_left_alone_though_a_shorter_phrase_marks_only_a_sentence(read: Read) -> None:
    text = "The heavyweight champion knocked down the challenger in the sixth round. Smith then attacked from the opening bell."
    assert read(text).events == []


def test_a_cricket_side_s_pace_attack_is_no_assault(read: Read) -> None:
    assert read("The main question for Kenya is the strength of its pace attack.").events == []


def test_thanking_customers_is_no_event_but_thanking_a_party_is_praise(read: Read) -> None:
    assert read("The airline cut its fares to thank customers for their loyalty.").events == []
    assert [e.cameo for e in read("The Kenyan president thanked the United States for its support.").events] == ["051"]


def test_a_cricket_report_is_left_alone(read: Read) -> None:
    text = "Pakistan dropped left arm spinner Saqlain for the second Test against England. He was forced out of the squad before the tour began, the selectors said."
    assert read(text).events == []


def test_a_yacht_race_report_is_left_alone(read: Read) -> None:
    text = "Six dinghies quit the regatta when a squall swept the course. A Dutch crew attacked the lead late in the day."
    assert read(text).events == []


def test_a_web_address_line_tells_no_event(read: Read) -> None:
    text = "http: / / www. example. com / news / rebels - attack - kenyan - town\nRebels attacked the Kenyan town of Garissa on Monday."
    [event] = read(text).events
    assert [m.text for m in event.mentions] == ["attacked"] and event.mentions[0].start > text.index("\n")


# ------------------------------------------------------------------ one event, many mentions


def test_a_noun_referring_back_with_another_code_of_its_type_is_the_same_event(read: Read) -> None:
    record = read("Gunmen shot the Kenyan ambassador in Nairobi on Monday. The assassination shocked Kenya.")
    assaults = [e for e in record.events if e.plover == "ASSAULT"]
    assert [[m.text for m in e.mentions] for e in assaults] == [["shot", "assassination"]]


def test_a_noun_referring_back_to_words_of_another_code_is_another_event(read: Read) -> None:
    record = read("Kenya accused Uganda of fraud on Monday. The conviction of Uganda's minister followed.")
    assert len([e for e in record.events if e.plover == "ACCUSE"]) == 2


def test_a_noun_of_another_code_prefers_the_event_of_its_own_code(read: Read) -> None:
    text = "Police shot a protester in Nairobi. Rioters burned cars in Mombasa. The shooting angered Kenya."
    record = read(text)
    shooting = next(e for e in record.events if "shooting" in [m.text for m in e.mentions])
    assert [m.text for m in shooting.mentions] == ["shot", "shooting"]


def test_a_place_holds_the_places_within_it() -> None:
    where = {
        "kenya": Whereabouts("KEN", nation=True, region=False),
        "nairobi": Whereabouts("KEN", nation=False, region=False),
        "mombasa": Whereabouts("KEN", nation=False, region=False),
        "rift": Whereabouts("KEN", nation=False, region=True),
        "coast": Whereabouts("KEN", nation=False, region=True),
        "kampala": Whereabouts("UGA", nation=False, region=False),
    }
    assert places_agree("kenya", "nairobi", where) and places_agree("rift", "nairobi", where)
    assert not places_agree("nairobi", "mombasa", where)
    assert not places_agree("rift", "coast", where)
    assert not places_agree("kenya", "kampala", where)
    assert not places_agree("nairobi", "unknown", where)


def test_a_headline_and_its_story_naming_the_parties_differently_are_one_event(read: Read) -> None:
    text = "Kenya's Raila Odinga arrested over protest\nPolice arrested Raila Odinga in Nairobi on Friday."
    arrests = [e for e in read(text).events if e.cameo_root == "17"]
    assert len(arrests) == 1 and len(arrests[0].mentions) == 2


def test_a_lead_retelling_its_headline_with_the_doer_named_otherwise_is_one_event(read: Read) -> None:
    text = "Ugandan rebels free Kenyan hostages\nFighters of the Lord's Resistance Army released two Kenyan hostages near Gulu on Monday, officials said."
    releases = [e for e in read(text).events if e.plover == "RETREAT"]
    assert [[m.text for m in e.mentions] for e in releases] == [["free", "released"]]
    text = "Kenya expels Ugandan envoy\nThe Kenyan foreign ministry expelled the Ugandan ambassador on Monday.\nUganda expelled the Kenyan ambassador on Tuesday."
    assert len([e for e in read(text).events if e.plover == "SANCTION"]) == 2


def test_strikes_on_two_cities_stay_two_events(read: Read) -> None:
    record = read("Russian missiles struck Kharkiv on Monday. Russian missiles struck Odesa on Monday. The attack on Odesa killed two.")
    assert len([e for e in record.events if e.plover == "ASSAULT"]) == 2


def test_a_verb_and_its_object_naming_one_fight_are_one_event(read: Read) -> None:
    record = read("Kenyan troops fought fierce battles with rebels near Garissa.")
    assert [e.plover for e in record.events] == ["ASSAULT"]


def test_a_definite_noun_refers_back_whoever_else_its_sentence_names(read: Read) -> None:
    text = "Students rioted in Nairobi on Monday. Kenyan President William Ruto spoke about the riot in a radio address."
    riots = [e for e in read(text).events if e.plover == "PROTEST"]
    assert [[m.text for m in e.mentions] for e in riots] == [["rioted", "riot"]]


def test_dates_written_differently_are_not_compared() -> None:
    assert dates_differ("2024-05-03", "2024-05-04") and dates_differ("XXXX-WXX-5", "XXXX-WXX-1")
    assert dates_differ("2024-05-03", "2024-06")
    assert not dates_differ("2024-05", "2024-05-03")
    assert not dates_differ("XXXX-WXX-5", "XXXX-12-25")
    assert dates_differ("2024-05-03TEV", "2024-05-10") and not dates_differ("2024-05-03TNI", "2024-05-03")  # a part of a day, by its day


def test_a_day_and_a_week_are_compared_by_the_day_s_week() -> None:
    assert dates_differ("2024-03-04", "2024-W09") and dates_differ("2024-W11", "2024-03-04TMO")
    assert not dates_differ("2024-W10", "2024-03-06") and not dates_differ("2024-W10", "2024-03")
    assert not dates_differ("XXXX-WXX-1", "2024-W09")  # a weekday without its week


def test_two_verbs_telling_one_deed_are_one_event_but_two_acts_stay_two(read: Read) -> None:
    [killing] = read("Kenyan police shot and killed a teenager in Nairobi on Saturday.").events
    assert [m.text for m in killing.mentions] == ["shot", "killed"]
    record = read("Kenyan police arrested him and charged him with fraud.")
    assert len(record.events) == 2


def test_a_statement_going_on_another_is_part_of_it(read: Read) -> None:
    quoted = read("The Kenyan state broadcaster quoted the Kenyan health minister as saying the floods closed two clinics.")
    told = read("The Kenyan interior minister told Reuters on Monday, saying the border was calm.")
    assert _triggers(quoted) == ["quote"] and _triggers(told) == ["tell"]
    rejected = read("The Chilean miners' union rejected the pay offer, saying it was far too small.")
    assert _triggers(rejected) == ["reject"]
    moved = read("A Chilean union leader has rejected suggestions that 700 miners at the camp will soon be relocated to a northern site in May, saying the camp has space for 500 more.")
    assert _triggers(moved) == ["reject"]


def test_a_statement_joined_to_a_verbal_act_or_said_by_way_of_one_is_part_of_it(read: Read) -> None:
    assert _triggers(read("The mayor of Lima praised the police and said the city was safe again.")) == ["praise"]
    assert _triggers(read("The Kenyan minister defended his decision by saying that the law had been followed.")) == ["defend"]
    assert _triggers(read("The Peruvian president expressed sympathy for the flood victims and described the rains as the worst in decades.")) == ["express"]
    assert len(read("Chilean police said the road was open and predicted calm weekend traffic.").events) == 1
    assert _triggers(read("Peruvian police arrested the driver and said he had been drinking.")) == ["arrest", "say"]
    assert len(read("The Kenyan minister praised the army, and the opposition leader said the vote was fair.").events) == 2
    assert _triggers(read("Nokia lodged a lawsuit against Samsung in Helsinki, saying the firm copied its designs.")) == ["lawsuit"]


def test_a_criticism_referred_back_to_is_the_accusation_but_a_conviction_is_not(read: Read) -> None:
    text = "Rights groups have accused the Chilean governor of lying to parliament. The criticism is that he ignored the reports, his deputy said."
    [accusation] = [e for e in read(text).events if e.plover == "ACCUSE"]
    assert [m.text for m in accusation.mentions] == ["accused", "criticism"]
    text = "Prosecutors accused the Chilean governor of fraud. The conviction came a year later."
    assert len([e for e in read(text).events if e.plover == "ACCUSE"]) == 2

def test_the_person_acted_on_told_again_by_a_definite_noun_is_one_event(read: Read) -> None:
    text = "Kenyan police arrested a Somali gunman near Garissa on Friday. A spokesman said the man was arrested as he left a hotel."
    [arrest] = read(text).events
    assert [m.text for m in arrest.mentions] == ["arrested", "arrested"]


# ------------------------------------------------------------------ dates, names, idioms, goals and refusals


def test_a_dated_past_event_after_since_only_dates_another(read: Read) -> None:
    assert _triggers(read("The minister's visit to Nairobi was the first since the 1998 riots in the capital.")) == ["visit"]
    assert _triggers(read("Rioters attacked shops in Nairobi in 1998.")) == ["attack"]


def test_a_noun_naming_a_kind_of_person_is_no_act(read: Read) -> None:
    assert "war" not in _triggers(read("The Kenyan soldier is being held as a prisoner of war in Somalia."))


def test_a_state_or_a_reception_with_with_is_no_act_but_meeting_with_is(read: Read) -> None:
    assert read("Gunmen armed with machetes were seen near Kisumu.").events == []
    assert read("The patrol boat, which carries a crew of six and is armed with a cannon, left Mombasa.").events == []
    assert read("The proposal was met with anger in Kampala.").events == []
    assert _triggers(read("The Kenyan president met with Ugandan ministers in Kampala.")) == ["meet"]
    assert _triggers(read("Kenya armed the rebels with rifles.")) == ["arm"]


def test_having_only_oneself_to_blame_blames_no_one(read: Read) -> None:
    assert "blame" not in _triggers(read("The Ugandan minister says the council has only itself to blame."))


def test_a_goal_against_no_one_in_particular_is_no_deed(read: Read) -> None:
    assert read("Kenya sent police to the border to arrest smugglers.").events == []
    assert _triggers(read("Kenya sent police to the border and arrested the smugglers.")) == ["arrest"]
    assert "investigate" in _triggers(read("Kenya set up a panel to investigate claims of bribery at the port."))


def test_the_outcome_or_the_setting_of_a_deed_is_part_of_it(read: Read) -> None:
    shooting = read("Soldiers shot six Kenyan protesters in Kisumu, killing one.").events
    assert [[m.text for m in e.mentions] for e in shooting] == [["shot", "killing"]]
    raid = read("Rebels killed ten villagers in a raid on Gulu.").events
    assert [[m.text for m in e.mentions] for e in raid] == [["killed", "raid"]]
    retold = read("Rebels shot and killed a Kenyan envoy in Kampala. Police believe the envoy was strangled.").events
    assert [[m.text for m in e.mentions] for e in retold] == [["shot", "killed", "strangled"]]  # one of its codes again
    apart = read("Soldiers shot six Kenyan protesters in Kisumu. Police later killed one.").events
    assert len(apart) == 2


def test_a_later_mention_of_a_code_that_agrees_with_the_same_parties_retells_the_event(read: Read) -> None:
    text = "The Kenyan government is negotiating with Uganda over the fishing dispute. Officials in Nairobi said the government is holding talks with Uganda."
    assert [[m.text for m in e.mentions] for e in read(text).events if e.plover == "CONSULT"] == [["negotiating", "talks"]]
    apart = read("Rebels attacked Gulu on Monday. Aid workers left the town. Government aircraft later bombed Gulu.").events
    assert len(apart) == 2  # another side's strike on the same town


def test_what_a_plan_calls_for_is_no_appeal_but_a_leader_calling_is(read: Read) -> None:
    assert "call" not in _triggers(read("The ceasefire plan calls for the withdrawal of Ugandan troops from Gulu."))
    assert "call" in _triggers(read("The Kenyan president called for the withdrawal of Ugandan troops."))


def test_a_trigger_naming_a_kind_of_thing_is_no_act(read: Read) -> None:
    assert _triggers(read("Kenyan police fired warning shots before they dispersed the marchers in Kisumu.")) == ["disperse"]
    assert _triggers(read("Two attack helicopters fired rockets at Gulu.")) == ["fire"]


def test_what_filled_years_is_background(read: Read) -> None:
    assert read("After 15 years of warfare, Somalia has no functioning government.").events == []


def test_deaths_in_a_tragedy_or_a_fire_are_no_killing(read: Read) -> None:
    assert read("The ferry tragedy which killed 30 people shocked Kenya.").events == []
    assert read("A fire killed four guests at a Nairobi hotel.").events == []
    assert _triggers(read("A Nairobi woman killed in the bus disaster was buried on Friday.")) == []
    assert _triggers(read("Rebels killed four guests at a Nairobi hotel.")) == ["kill"]


def test_an_act_planned_feared_or_asked_for_is_no_deed_but_a_planned_one_told_is(read: Read) -> None:
    assert read("Villagers near Arusha fear more raids by the rebels.").events == []
    assert read("The rebels were planning to attack the port of Tanga.").events == []
    assert "riot" not in _triggers(read("Shops in Mombasa stayed shut for fear of riots."))
    assert "disarm" not in _triggers(read("Kenya sent troops to Lamu in order to disarm the militia."))
    assert "bombing" in _triggers(read("The rebel leader admitted planning the bombing of the bridge in Arusha."))


def test_a_trigger_a_copula_carries_keeps_its_code_whatever_the_modal(read: Read) -> None:
    record = read("Police in Leeds said a sacked worker might be behind the shooting at the bakery.")
    assert [e.plover for e in record.events if e.trigger == "shooting"] == ["ASSAULT"]


def test_casualties_told_again_with_another_code_are_one_deed(read: Read) -> None:
    text = (
        "Four Chilean troops were killed by a misfired shell near Arica, the army said. "
        "The army had first said three Chilean soldiers were killed and 12 others wounded east of Arica."
    )
    assert [[m.text for m in e.mentions] for e in read(text).events if e.plover == "ASSAULT"] == [["killed", "killed", "wounded"]]


def test_a_deployment_told_twice_with_the_same_words_is_one_event(read: Read) -> None:
    text = "Chile has spent heavily on sending troops to Bolivia. The minister says the bill for sending troops to Bolivia will rise."
    assert [[m.text for m in e.mentions] for e in read(text).events if e.plover == "MOBILIZE"] == [["sending", "sending"]]


def test_a_relative_clause_on_a_deed_tells_its_outcome(read: Read) -> None:
    text = "Rebels staged an ambush near Gulu, which killed ten Ugandan soldiers."
    assert [[m.text for m in e.mentions] for e in read(text).events if e.plover == "ASSAULT"] == [["ambush", "killed"]]


def test_a_deed_of_long_before_named_by_a_noun_is_background(read: Read) -> None:
    text = "Checks at Kenyan airports have been tighter since the bombings of August 7, 1998. Rebels attacked a convoy near Garissa on Monday."
    assert _triggers(read(text, published="2002-01-10")) == ["attack"]
    assert "riot" in _triggers(read("Police said the riots of December 30 left shops burnt in Mombasa.", published="2002-01-10"))
    assert "shoot" in _triggers(read("Rebels shot two soldiers in Garissa in 1998.", published="2002-01-10"))
    text = "Rebels hold caves in the Hindu Kush that were dug during the 1980-1988 war. An offensive on them began on Monday."
    assert _triggers(read(text, published="2002-01-10")) == ["offensive"]
    text = "Kenyan prosecutors opened an inquiry into the port tender in March 1999."
    assert _triggers(read(text, published="2002-01-10")) == ["inquiry"]  # a deed its verb carries out, told as done


def test_a_toll_told_after_a_deed_is_part_of_it_unless_it_names_its_own_deed(read: Read) -> None:
    text = "A gunman opened fire at a bakery in Leeds on Friday, police said. A second man was killed and four more were wounded, officials said."
    assert [[m.text for m in e.mentions] for e in read(text).events if e.plover == "ASSAULT"] == [["fire", "killed", "wounded"]]
    text = "A bomber blew himself up at a market in Gulu on Monday, wounding three. Two soldiers were killed and 40 injured in the army's air strikes."
    assert len([e for e in read(text).events if e.plover == "ASSAULT"]) == 2


def test_a_relative_clause_after_in_which_tells_the_deed_its_phrase_hangs_on(read: Read) -> None:
    text = "The council condemned the rebel attack on a bus near the village of Oyam in northern Uganda in which 12 people were killed."
    assert [[m.text for m in e.mentions] for e in read(text).events if e.plover == "ASSAULT"] == [["attack", "killed"]]


def test_a_campaign_named_a_pay_freeze_or_a_measure_fought_is_no_event(read: Read) -> None:
    assert "war" not in _triggers(read("Peru will send troops to help the war on terrorism."))
    assert read("Nurses in Lima are fighting a proposed wage freeze.").events == []
    assert "fight" not in _triggers(read("Peruvian villagers have fought the copper mine in court for a decade."))
    assert "fight" in _triggers(read("Rebels fought Ugandan soldiers near Gulu."))


def test_a_market_conquered_or_donations_a_body_lives_on_are_no_event(read: Read) -> None:
    assert read("The Chilean retailer conquered the shoe market in Peru last year.").events == []
    assert "conquer" in _triggers(read("Chilean forces conquered Peru in 1881."))
    assert read("The shelter in Lima relies on donations from local families.").events == []
    assert "donation" in _triggers(read("Chile made a donation of tents to Peru on Monday."))


def test_an_act_demanded_or_threatened_is_not_done_but_one_ordered_or_rejected_may_be(read: Read) -> None:
    assert _triggers(read("The rebels threatened to attack Gulu.")) == ["threaten"]
    assert "kill" not in _triggers(read("Kenyan troops were trying to kill the rebel commander near Gulu."))
    assert "arrest" not in _triggers(read("Kenya demanded the arrest of the Somali smugglers."))
    assert "arrest" in _triggers(read("The Kenyan general ordered the arrest of the mayor of Lamu."))
    assert "criticism" in _triggers(read("Peru rejected criticism from Chile."))


def test_a_verb_and_its_object_name_the_deed_a_lemma_group_knows(read: Read) -> None:
    text = (
        "Two guards were shot at a depot in Tacoma, Washington. Police said the attacker had fled on foot. "
        "She said the man who fired the shots at the depot was seen running north."
    )
    assert [[m.text for m in e.mentions] for e in read(text).events if e.plover == "ASSAULT"] == [["shot", "fired"]]


def test_a_tally_over_years_a_need_or_a_question_tells_no_deed(read: Read) -> None:
    assert read("Feuding between the two families has claimed dozens of lives over the past decade.").events == []
    assert read("The militia, which has staged most of the raids since 1990, is well armed.").events == []
    assert "kill" not in _triggers(read("The Kashmir insurgency has killed more than 900 police officers over three decades."))
    assert "invest" not in _triggers(read("The Korean shipbuilder has invested billions in Vietnam in recent years."))
    assert _triggers(read("Gunmen have killed three police officers in Srinagar over two days.")) == ["kill"]
    assert "fund" not in _triggers(read('"We have to fund the new hospital in Lima," the Peruvian minister said.'))
    assert "warn" not in _triggers(read("Asked whether he had phoned the mayor to warn him about the flood, the fireman said no."))
    assert _triggers(read("Police arrested two men in Gulu over the weekend.")) == ["arrest"]


def test_a_deed_a_whether_clause_holds_is_asked_about_not_told(read: Read) -> None:
    assert "force" not in _triggers(read("The club did not say whether the coach decided to quit or was forced out by the owners."))
    assert read("It remains unclear whether Malian troops attacked the convoy near Gao.").events == []
    assert "extend" not in _triggers(read("The Treasury will decide within weeks whether to extend the loans to the carmaker."))
    assert _triggers(read("Malian troops attacked the convoy near Gao on Sunday.")) == ["attack"]
    told = read("Nobody in Gao can say yet whether the gunman knew the guard before he shot him.")
    assert [e.plover for e in told.events] == ["ASSAULT"]


def test_verbs_after_rather_than_are_acts_not_chosen(read: Read) -> None:
    record = read("Rather than expel the diplomats or cut ties, Kenya summoned the Ugandan envoy.")
    assert _triggers(record) == ["summon"]
    record = read("The Kenyan army chose to negotiate with the rebels rather than attack the town or shell its outskirts.")
    assert [e.plover for e in record.events] == ["CONSULT"]


def test_a_deed_its_doer_named_by_a_trigger_tries_is_that_deed(read: Read) -> None:
    text = "Witnesses said a suicide bomber tried to blow up a police post in Lira on Sunday."
    assert [[m.text for m in e.mentions] for e in read(text).events if e.plover == "ASSAULT"] == [["bomber", "blow"]]


def test_a_report_or_tape_made_public_and_a_launch_free_no_one_and_attack_no_one(read: Read) -> None:
    assert read("The Kenyan ministry released a report on the floods on Monday.").events == []
    assert "release" not in _triggers(read("A recording released by the ministry shows the militia chief at a camp."))
    assert read("The shuttle Atlantis has blasted off from Florida.").events == []
    assert _triggers(read("Peru released 20 Chilean prisoners on Monday.")) == ["release"]


def test_the_nth_time_something_has_been_done_counts_acts_and_tells_none(read: Read) -> None:
    assert read("Monday marked the fourth time Tom Reed has been jailed.").events == []
    assert read("That wasn't the first time police had raided the shop.").events == []
    assert _triggers(read("The first time she was arrested, she was 15.")) == ["arrest"]


def test_a_count_of_acts_is_a_statistic_not_a_deed(read: Read) -> None:
    assert read("The Bolivian police released figures showing a rise in assaults in La Paz.").events == []
    assert read("Raids on Bolivian border posts increase").events == []
    assert "relation" not in _triggers(read("Exporters fear tariffs could return as relations between Peru and Chile improve."))
    assert "raid" in _triggers(read("Rebels raided two Bolivian border posts on Monday."))
    assert read("The rate of arrests in Sucre fell last year.").events == []
    assert read("The Bolivian police released figures showing a rise in kidnappings and assaults in La Paz.").events == []
    assert "assault" in _triggers(read("Two Bolivian guards were charged over an assault on a prisoner in La Paz."))


def test_fighting_a_tax_or_a_plan_is_no_violence(read: Read) -> None:
    assert read("The Bolivian miners' union is fighting the new tax on fuel.").events == []
    assert "fight" in _triggers(read("Bolivian troops fought the rebels near the border."))


def test_a_country_and_its_police_named_for_one_arrest_make_one_event(read: Read) -> None:
    record = read("Peruvian police have arrested the union leader Jorge Salas. Mr Salas was detained by Peru on Monday after weeks of protests.")
    [arrest] = [e for e in record.events if e.cameo_root == "17"]
    assert [m.text for m in arrest.mentions] == ["arrested", "detained"]
    two = read("Peruvian police have arrested the union leader Jorge Salas. Chile detained Mr Salas on Monday after weeks of protests.")
    assert len([e for e in two.events if e.cameo_root == "17"]) == 2


def test_a_role_noun_and_the_person_of_that_role_refusing_bail_make_one_event(read: Read) -> None:
    record = read("A Chilean judge has refused bail to the union leader Jorge Salas. Judge Ana Rojas, of Chile, refused to grant bail to Salas on Monday.")
    assert len([e for e in record.events if e.cameo_root == "12"]) == 1
    two = read("Judge Ana Rojas, of Chile, refused bail to Jorge Salas. Judge Luis Pena, of Chile, refused bail to Salas on Monday.")
    assert len([e for e in two.events if e.cameo_root == "12"]) == 2


# ------------------------------------------------------------------ senses settled by the doer or the object


def test_a_firm_cracking_down_enforces_rules_but_a_government_represses(read: Read) -> None:
    assert "crack" not in _triggers(read("Water utilities in Ohio are cracking down on customers who tamper with meters."))
    assert "crack" in _triggers(read("The Iranian government cracked down on student protesters in Tehran."))


def test_a_vehicle_slamming_into_something_is_a_collision_not_criticism(read: Read) -> None:
    assert read("A delivery van slammed into a lamp post on Harbor Road early Sunday.").events == []
    assert "slam" in _triggers(read("Polish President Duda slammed the German government on Friday."))


def test_a_mail_or_a_suspect_image_made_public_is_no_release_of_people(read: Read) -> None:
    assert "release" not in _triggers(read("The Ohio mayor's office released an email sent to council members in May."))
    assert "release" not in _triggers(read("Detectives in Leeds released a composite of the robber on Thursday."))


def test_tears_fought_back_and_an_illness_fought_are_no_fight(read: Read) -> None:
    assert "fight" not in _triggers(read("The Colombian senator fought back tears as she thanked her staff."))
    assert "fight" not in _triggers(read("The Dutch singer has been fighting lymphoma since last spring."))
    assert "fight" not in _triggers(read("The Kenyan widow fought tears while the judge read his ruling."))


def test_a_school_attended_is_no_visit(read: Read) -> None:
    assert "attend" not in _triggers(read("The Kenyan minister attended Nairobi University from 1980 to 1984."))


def test_a_person_pulled_out_of_danger_is_rescued_not_a_retreat(read: Read) -> None:
    assert "pull" not in _triggers(read("The Kenyan fisherman pulled out one passenger from the lake."))
    assert "pull" not in _triggers(read("A Kenyan constable jumped in and pulled a boy out of the lake."))
    assert [e.cameo for e in read("Kenya pulled out its troops from Somalia.").events if e.trigger == "pull"] == ["0874"]


def test_withdrawing_from_a_drug_is_no_retreat(read: Read) -> None:
    assert read("The Kenyan inmate is withdrawing from opioids in a cold cell.").events == []
    assert read("He was placed with an inmate who was withdrawing from drugs.").events == []
    assert "withdraw" in _triggers(read("Kenya is withdrawing its troops from Somalia."))


def test_an_engine_gunned_a_phone_silenced_and_a_toll_released_are_no_events(read: Read) -> None:
    assert "gun" not in _triggers(read("The Kenyan trucker then gunned the motor and sped off."))
    assert [e.cameo for e in read("Kenyan gunmen gunned down two police officers in Nairobi.").events] == ["193"]
    assert read("The Kenyan workers hid under their desks, silencing their cell phones.").events == []
    assert [e.cameo for e in read("The Kenyan government silenced the opposition newspaper.").events] == ["1721"]
    assert "release" not in _triggers(read("A death toll released by Kenyan police said 40 people died."))


def test_a_legal_battle_and_what_it_is_fought_against_are_no_fight_and_no_act(read: Read) -> None:
    assert read("The Kenyan student is fighting a lengthy legal battle against deportation.").events == []
    assert read("Kenyan mother loses deportation battle.").events == []
    assert [e.cameo for e in read("Kenyan troops fought a fierce battle with the rebels.").events] == ["190"]


def test_an_act_suggested_or_with_nothing_to_do_it_for_is_no_act(read: Read) -> None:
    assert read("Some Kenyan lawmakers suggested that the minister should apologise for the remarks.").events == []
    assert read("The Kenyan minister has nothing to apologise for.").events == []
    assert "attack" in _triggers(read("The Kenyan minister suggested that police attacked the protesters."))


def test_a_rocket_blasting_off_is_a_launch_not_an_attack(read: Read) -> None:
    assert read("A rocket with two Kenyan astronauts on board blasted off from the launch pad on Friday.").events == []
    assert [e.cameo for e in read("The Kenyan army blasted rebel positions with artillery.").events] == ["190"]


def test_a_button_pressed_or_bodies_pressed_against_a_wall_make_no_demand(read: Read) -> None:
    assert "press" not in _triggers(read("The Kenyan leader pressed the reset button on ties with Uganda."))
    assert "press" not in _triggers(read("Kenyan protesters pressed up against the gates of parliament."))
    assert [e.cameo for e in read("Kenya pressed Uganda to release the prisoners.").events if e.trigger == "press"] == ["1053"]


def test_a_crowd_that_disperses_is_not_dispersed_by_anyone(read: Read) -> None:
    assert "disperse" not in _triggers(read("The Chilean students dispersed quietly after the rally ended."))
    record = read("Chilean police dispersed the students with water cannon in Santiago.")
    assert [e.cameo for e in record.events if e.trigger == "disperse"] == ["175"]


def test_beating_a_challenger_at_the_polls_is_no_beating(read: Read) -> None:
    assert "beat" not in _triggers(read("Mayor Ann Ross beat out her challenger by 400 votes in Tuesday's election."))
    assert "beat" in _triggers(read("Kenyan police beat the protesters with batons in Nairobi."))


def test_volunteering_as_a_coach_or_quitting_a_habit_is_no_pledge_or_resignation(read: Read) -> None:
    assert "volunteer" not in _triggers(read("The Ohio senator volunteered as a tutor at a school in Dayton."))
    assert "quit" not in _triggers(read("The Ohio grant will help smokers quit smoking next year."))
    assert "quit" in _triggers(read("The Peruvian interior minister quit on Monday."))


def test_an_outcome_welcomed_is_approval_not_a_visitor_received(read: Read) -> None:
    record = read("The Kenyan government welcomed the collapse of the rebel offensive.")
    assert [e.cameo for e in record.events if e.trigger == "welcome"] == ["051"]


def test_a_film_shooting_weather_to_blame_and_food_ordered_are_no_events(read: Read) -> None:
    assert read("The new Batman film begins shooting in Chicago in May.").events == []
    assert "blame" not in _triggers(read("Forecasters said El Nino is to blame for the dry winter."))
    assert "order" not in _triggers(read("Two women waited in line to order coffee at the airport."))
    assert "order" in _triggers(read("The Kenyan president ordered the army to leave the town."))


def test_beating_out_a_rival_for_a_seat_is_a_win_not_a_beating(read: Read) -> None:
    assert "beat" not in _triggers(read("Maria Ruiz beat out John Smith for the council seat in Tuesday's vote."))


def test_a_decision_taken_is_no_seizure_and_a_loss_threatening_wildlife_no_threat(read: Read) -> None:
    assert "take" not in _triggers(read("Regarding the vote, a decision was then taken about new districts."))
    assert "take" in _triggers(read("Rebels took the town of Kidal on Sunday."))
    assert "threaten" not in _triggers(read("The steady loss of Arctic ice now threatens the seals there."))


# ------------------------------------------------------------------ senses read from the arguments


def test_a_win_by_a_margin_or_in_a_vote_is_no_beating(read: Read) -> None:
    assert read("Kenyan opposition leader Raila Odinga narrowly beat President Uhuru Kenyatta in Kisumu.").events == []
    assert read("The Kenyan senator beat Joseph Mwangi in the party primary.").events == []
    assert "beat" in _triggers(read("Kenyan police said the guards beat a street vendor in Nairobi on Monday."))


def test_a_deal_struck_told_in_a_relative_clause_is_no_attack(read: Read) -> None:
    assert [e for e in read("The deal that Kenya struck with Uganda in May has collapsed.").events if e.plover == "ASSAULT"] == []
    assert [e for e in read("The accord which Kenyan leaders struck with the rebels did not hold.").events if e.plover == "ASSAULT"] == []
    assert "strike" in _triggers(read("Kenyan police arrested the man who struck the officer."))


def test_resigning_oneself_to_something_is_no_resignation(read: Read) -> None:
    assert "resign" not in _triggers(read("The Kenyan minister has resigned herself to a long fight in parliament."))
    assert "resign" not in _triggers(read("The Kenyan minister is resigned to defeat in the vote."))
    assert "resign" in _triggers(read("The Kenyan finance minister resigned to take up a post at the World Bank."))


def test_a_forecast_of_bad_weather_is_no_threat(read: Read) -> None:
    assert read("The Kenya Meteorological Department warns of heavy rain and hail overnight.").events == []
    assert [e.cameo for e in read("The Kenyan army warned of retaliation against the rebels.").events] == ["138"]


def test_a_pardon_needs_a_party_pardoned(read: Read) -> None:
    assert read("The Kenyan president pardoned a turkey at a ceremony in Nairobi.").events == []
    assert _triggers(read("The Kenyan president pardoned 300 prisoners on Monday.")) == ["pardon"]


def test_control_taken_by_no_party_is_no_seizure(read: Read) -> None:
    assert read("The software takes control of the car on the motorway.").events == []
    assert [e.cameo for e in read("Rebels took control of the Kenyan town of Garissa.").events] == ["192"]


def test_being_eager_to_watch_or_buy_is_no_intent(read: Read) -> None:
    assert read("Nicole Atieno was ready to buy a flat in Nairobi this year.").events == []
    assert "030" in [e.cameo for e in read("The Kenyan government is ready to talk to the rebels.").events]


def test_what_a_degree_allows_is_no_deed(read: Read) -> None:
    assert "poison" not in _triggers(read("Customs officers in Lagos seized enough cyanide to poison a small town."))
    assert "attack" not in _triggers(read("The Syrian army said the rebel units were too weak to attack Homs."))
    assert "destroy" not in _triggers(read("The Afghan police said the truck bomb was strong enough to destroy the embassy."))
    assert "attack" in _triggers(read("Rebel units attacked Homs to free the prisoners."))


def test_capturing_people_is_an_arrest_but_capturing_a_mood_is_no_event(read: Read) -> None:
    record = read("Coast guard officers captured four gunmen off Crete on Friday.")
    assert [(e.trigger, e.cameo) for e in record.events] == [("capture", "173")]
    assert read("The painting captured the spirit of the age.").events == []


def test_firebombing_is_a_bombing_as_a_verb_and_as_a_noun(read: Read) -> None:
    assert [(e.trigger, e.cameo) for e in read("Rioters firebombed two shops in the port on Sunday.").events] == [("firebomb", "183")]
    assert [(e.trigger, e.cameo) for e in read("The firebombing of the clinic shocked the town.").events] == [("firebombing", "183")]


def test_a_named_speaker_adding_arguing_or_pointing_out_makes_a_statement(read: Read) -> None:
    added = read('"The bridge is too narrow," added Chilean engineer Rosa Fuentes.').events
    assert [(e.trigger, e.cameo) for e in added] == [("add", "010")] and added[0].sources
    assert [e.cameo for e in read("The Peruvian senator argued that the new tax was unfair.").events] == ["010"]
    assert [e.cameo for e in read("The Kenyan minister pointed out that the road was still open.").events] == ["010"]
    # other senses of the words say nothing
    assert read("The Kenyan brewer added 300 jobs last year.").events == []
    assert read("Chilean engineer Rosa Fuentes added 14 points before leaving the court.").events == []
    assert read("The Peruvian doctor was admitted to hospital with burns.").events == []


def test_a_speaker_adding_to_what_they_said_is_one_statement(read: Read) -> None:
    record = read('The Kenyan minister said the road was unsafe. "It is far too narrow," she added.')
    assert [(e.cameo, len(e.mentions)) for e in record.events] == [("010", 2)]


def test_what_something_is_listed_or_classed_as_is_no_act(read: Read) -> None:
    assert read("The Kenyan ministry listed the grey crowned crane as threatened in March.").events == []
    assert "promise" not in _triggers(read("As promised, the Kenyan government freed the prisoners."))
    assert "threaten" in _triggers(read("The rebels threatened the Kenyan town in March."))


def test_a_case_turned_over_is_no_handover(read: Read) -> None:
    assert read("The inquiry was turned over to Peruvian police detectives.").events == []
    assert "turn" in _triggers(read("The Peruvian suspect was turned over to police on Monday."))


def test_a_view_held_is_no_statement_but_saying_it_is(read: Read) -> None:
    assert read("Kenya Airways expects to cut 400 jobs next year.").events == []
    assert [e.trigger for e in read("Kenya Airways expects to cut 400 jobs next year, its chief executive said.").events] == ["say"]


def test_jailed_for_a_term_is_a_sentence_passed_not_an_arrest(read: Read) -> None:
    assert [e.cameo for e in read("A Glasgow burglar was jailed for six years at the High Court on Tuesday.").events if e.trigger == "jail"] == ["116"]
    assert [e.cameo for e in read("The Egyptian blogger was imprisoned for life in March.").events if e.trigger == "imprison"] == ["116"]
    assert [e.cameo for e in read("Nigerian police jailed the strikers for two days.").events if e.trigger == "jail"] == ["173"]


def test_the_aim_a_body_was_founded_for_is_no_deed_but_its_later_acts_are(read: Read) -> None:
    assert "fight" not in _triggers(read("The Basque party was founded in 1978 to fight for independence."))
    assert "attack" not in _triggers(read("The Tamil front, set up in 1976 to attack army posts, is banned."))
    assert "attack" in _triggers(read("A Somali militia created to protect the port attacked a convoy on Monday."))
    assert "attack" in _triggers(read("The newly formed Kurdish unit attacked the rebel camp on Monday."))


def test_deeds_counted_over_decades_or_years_of_a_conflict_are_a_tally_in_the_past_too(read: Read) -> None:
    assert "kill" not in _triggers(read("The Tamil rebels killed more than 600 soldiers over two decades of fighting."))
    assert "bomb" not in _triggers(read("Separatists bombed rail lines during 20 years of insurgency."))
    assert "burn" in _triggers(read("Rioters burned 30 cars in Lyon over two nights of unrest."))
    assert "abuse" in _triggers(read("His stepfather abused her over two years."))


def test_a_passive_relative_clause_acts_on_the_noun_it_describes(read: Read) -> None:
    assert [e.cameo for e in read("Firefighters said a fire that was set on purpose gutted the Lisbon school.").events if e.trigger == "set"] == ["1712"]
    assert [e for e in read("The truce that was struck in Doha has collapsed.").events if e.plover == "ASSAULT"] == []


def test_punching_a_thing_is_no_assault_but_punching_a_person_is(read: Read) -> None:
    assert [e for e in read("Vandals punched a hole in a Madrid tram.").events if e.plover == "ASSAULT"] == []
    assert [e for e in read("The angry fan punched the wall of the stadium.").events if e.plover == "ASSAULT"] == []
    assert [e.cameo for e in read("A drunk fan punched a steward outside the Madrid stadium.").events] == ["182"]
