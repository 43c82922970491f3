"""One deed, one event: an article's mentions of one deed merged (stages/events/mentions.py), on
sentences written for these tests; distinct deeds told alike stay apart."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tidings.knowledge.trigger_groups import apart_groups, kin_groups, lemma_groups
from tidings.model import Event, Record
from tidings.pipeline import Pipeline
from tidings.stages.events.mentions import Grounds, Parties, Whereabouts, _Group, _merged, _Mention, locating_place, places_agree

Read = Callable[..., Record]


def _of_type(record: Record, plover: str) -> list[Event]:
    return [e for e in record.events if e.plover == plover]


def _texts(event: Event) -> list[str]:
    return [m.text for m in event.mentions]


def test_kin_groups_are_groups_of_the_lemma_file() -> None:
    names = {group.name for group in lemma_groups().values()}
    assert kin_groups("attack") >= {"attack", "explode"} and kin_groups("explode") >= {"attack", "explode"}
    assert all(kin_groups(name) <= names for name in names)
    assert kin_groups("arrest") == {"arrest"} and kin_groups("stab") >= {"stab", "die"}
    assert apart_groups("arrest") == {"charge"} and apart_groups("charge") == {"arrest"}
    assert all(apart_groups(name) <= names for name in names) and apart_groups("attack") == frozenset()


def test_a_strike_retold_as_a_bombing_is_one_event(read: Read) -> None:
    record = read("Sudanese jets struck a market at Kauda on Monday. The bombing killed nine traders, a local official said.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["struck", "bombing", "killed"]


def test_a_meeting_retold_keeps_its_parties_on_both_sides(read: Read) -> None:
    record = read("Chile and Peru met in Lima on Monday. The meeting lasted three hours.")
    (event,) = _of_type(record, "CONSULT")
    assert _texts(event) == ["met", "meeting"]
    assert set(event.sources) == set(event.targets) and len(event.sources) == 2


def test_a_bombing_and_an_attack_on_other_targets_stay_apart(read: Read) -> None:
    record = read("Rebels bombed a bridge near Goma. Rebels attacked a convoy near Bukavu.")
    assert len(_of_type(record, "ASSAULT")) == 2


def test_missiles_fired_at_the_target_attacked_are_that_attack(read: Read) -> None:
    record = read("Israeli helicopters attacked a police post in Gaza on Monday. Witnesses said the helicopters fired four missiles into the post.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["attacked", "fired"]
    record = read("Rebels fired rockets at an army base. Hours later rebels attacked a convoy.")
    assert len(_of_type(record, "ASSAULT")) == 2


def test_a_deed_told_as_another_of_its_kind_stays_apart(read: Read) -> None:
    record = read("Militants bombed a market in Peshawar. A second bombing hit the city's bus station.")
    assert len(_of_type(record, "ASSAULT")) == 2
    record = read("Militants bombed a market in Peshawar. The bombing wounded six traders.")
    assert len(_of_type(record, "ASSAULT")) == 1
    record = read("Police arrested ten protesters in Lima on Friday. The new arrests bring the total held to fifty.")
    assert len(_of_type(record, "COERCE")) == 1


def test_deeds_told_as_a_whole_by_an_indefinite_noun_stay_apart_from_one_of_them(read: Read) -> None:
    text = "Tamil rebels bombed a depot in Colombo on Monday, wounding six people. Police are hunting the rebels behind a spate of bombings on Sri Lankan towns."
    assert [_texts(e) for e in _of_type(read(text), "ASSAULT")] == [["bombed", "wounding"], ["bombings"]]
    text = "Police in Colombo arrested six Tamil militants over a spate of car bombings in southern towns. The arrests followed a spate of car bombings that shook the south, police said."
    assert [_texts(e) for e in _of_type(read(text), "ASSAULT")] == [["bombings", "bombings"]]


def test_a_shooting_and_a_killing_elsewhere_on_another_day_stay_apart(read: Read) -> None:
    record = read("Gunmen shot two policemen in Lahore on Sunday. Two civilians were killed in Karachi on Monday.")
    assert len(_of_type(record, "ASSAULT")) == 2


def test_a_killing_retold_as_a_shooting_is_one_event(read: Read) -> None:
    record = read("Soldiers killed a student in Hebron on Friday. Witnesses said soldiers shot the student near a checkpoint.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["killed", "shot"]


def test_a_meeting_offered_to_a_leader_and_to_his_title_is_one_event(read: Read) -> None:
    text = (
        "Chile's President Ana Soto says she is ready to meet Peruvian President Luis Vega. "
        "She says she is keen on talks with the Peruvian president at a summit in Quito next month."
    )
    (event,) = _of_type(read(text), "CONSULT")
    assert _texts(event)[:2] == ["meet", "talks"]


def test_a_country_met_again_is_not_its_leaders_meeting(read: Read) -> None:
    record = read("Chile's President Ana Soto met Peruvian President Luis Vega in Lima. Chile and Peru also met at a regional forum.")
    assert len(_of_type(record, "CONSULT")) == 2


def test_opening_fire_and_the_killing_it_did_are_one_event(read: Read) -> None:
    for text, outcome in (
        ("Gunmen opened fire on a bus in Peshawar, killing three passengers.", "killing"),
        ("Soldiers opened fire on the crowd, wounding six protesters.", "wounding"),
    ):
        (event,) = _of_type(read(text), "ASSAULT")
        assert _texts(event) == ["fire", outcome]


def test_a_toll_counted_after_what_a_deed_left_is_that_deed(read: Read) -> None:
    record = read("He said the first night of air raids left nearly 40 fighters dead and 120 wounded.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["raids", "wounded"]


def test_a_withdrawal_told_again_by_another_role_noun_of_the_country_is_one_event(read: Read) -> None:
    text = (
        "Local Somali forces have pulled out of the port, officials said. "
        "The UN says the aid mission will go on, even though local militia fighters have pulled out."
    )
    (event,) = _of_type(read(text), "RETREAT")
    assert _texts(event) == ["pulled", "pulled"]


def test_fire_by_two_sides_of_one_country_stays_two_events(read: Read) -> None:
    record = read("Israeli troops killed two Palestinians near Jenin. Israeli settlers killed a Palestinian near Nablus.")
    assert len(_of_type(record, "ASSAULT")) == 2


def test_a_deed_retold_on_the_thing_it_was_done_to_joins_that_deed(read: Read) -> None:
    text = (
        "Colombian rebels attacked an army base in Cauca on Sunday, killing four soldiers. "
        "The defence minister condemned the attack. Rebels have stepped up attacks in the region this year. "
        "The army said the rebels attacked the base with mortars."
    )
    first, *_ = _of_type(read(text), "ASSAULT")
    assert _texts(first)[0] == "attacked" and _texts(first)[-1] == "attacked"


def test_a_country_of_the_events_own_actor_does_not_place_it() -> None:
    places = {"p1": Whereabouts("USA", True, True), "p2": Whereabouts("PSE", False, False)}
    grounds = Grounds({}, places, Parties({"a1": "USAGOV", "a2": "FRAGOV"}))
    envoy = Event(id="e1", cameo="042", cameo_root="04", quad_class=1, goldstein=1.9, trigger="arrive", sources=["a1"], place="p1")
    assert not locating_place(envoy, grounds)
    assert locating_place(envoy.model_copy(update={"sources": ["a2"]}), grounds)
    assert locating_place(envoy.model_copy(update={"place": "p2"}), grounds)


def test_an_area_over_countries_holds_a_city_but_not_another_area() -> None:
    where = {"mideast": Whereabouts(None, False, True), "europe": Whereabouts(None, False, True), "haifa": Whereabouts("ISR", False, False)}
    assert places_agree("mideast", "haifa", where) and places_agree("haifa", "mideast", where)
    assert not places_agree("mideast", "europe", where)


def test_a_bombing_in_a_city_retells_an_attack_placed_in_an_area_over_countries(read: Read) -> None:
    text = "Albanian rebels carried out another bomb attack in the Balkans on Monday. The rebels bombed a hotel in central Skopje, police said."
    (event,) = _of_type(read(text), "ASSAULT")
    assert _texts(event) == ["attack", "bombed"]


def test_an_arrest_retold_of_a_pronoun_far_on_is_the_arrest(read: Read) -> None:
    text = (
        "Kenyan police detained a suspect last month. "
        "The suspect was arrested in Mombasa on suspicion of plotting attacks. His family says he is innocent. "
        "The minister spoke to reporters on Tuesday. Officials have questioned his associates. "
        '"It is good news that the police arrested him before anyone was hurt," the minister said.'
    )
    (event,) = _of_type(read(text), "COERCE")
    assert _texts(event) == ["detained", "arrested", "arrested"]


def test_a_deed_referred_back_to_is_not_placed_or_dated_apart_by_what_its_sentence_tells_of_another(read: Read) -> None:
    for text, words in (
        ("Rebels bombed a market in Kano on Friday, killing six traders. The bombing came after clashes between soldiers and rebels in Lagos on Thursday, officials said.", ["bombed", "killing", "bombing"]),
        ("Police in Oslo arrested the banker Erik Lund on Monday. The arrest followed a search of offices in Bergen on Sunday, prosecutors said.", ["arrested", "arrest"]),
    ):
        first, *_ = [e for e in read(text).events if e.cameo_root in ("17", "18")]
        assert _texts(first) == words


def test_a_deed_referred_back_to_with_a_place_and_date_of_its_own_stays_apart(read: Read) -> None:
    record = read("Rebels bombed a market in Kano on Friday. The bombing in Lagos on Thursday killed two.")
    assert len(_of_type(record, "ASSAULT")) == 2


def test_a_deed_told_with_its_when_clause_is_one_event(read: Read) -> None:
    record = read("A Kenyan soldier was killed near Garissa on Monday when his truck exploded.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["killed", "exploded"]
    record = read("Four border guards were killed and 11 others wounded near Tacna when rebels opened fire.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["killed", "wounded", "fire"]


def test_a_when_clause_on_the_deeds_time_noun_is_the_same_deed(read: Read) -> None:
    (event,) = _of_type(read("A Chilean taxi driver was killed Friday night when a gunman shot and killed him in Arica."), "ASSAULT")
    assert _texts(event) == ["killed", "shot", "killed"]
    assert len(_of_type(read("A robber was shot Friday night when he attacked and stabbed a nurse in Arica."), "ASSAULT")) == 2


def test_a_toll_told_again_is_dated_by_its_when_clause(read: Read) -> None:
    text = "The radio said a Ugandan air raid on Saturday killed nine people. Another 12 people were killed when Ugandan planes shelled trucks on Sunday."
    assert [_texts(e) for e in _of_type(read(text), "ASSAULT")] == [["raid", "killed"], ["killed", "shelled"]]


def test_a_toll_counted_without_its_were_is_the_deed_joined_to_it(read: Read) -> None:
    record = read("The army said that three Kenyan soldiers were killed and 30 others wounded north of Garissa.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["killed", "wounded"]
    record = read("Three Kenyan soldiers were killed near Garissa and rebels attacked a police post in Lamu.")
    assert len(_of_type(record, "ASSAULT")) == 2


def test_a_when_clause_whose_doer_is_the_victim_stays_apart(read: Read) -> None:
    record = read("The man was shot by a guard when he attacked a nurse in Mombasa.")
    assert len(_of_type(record, "ASSAULT")) == 2
    record = read("Kenyan police shot Omar Ali when Ali attacked a nurse in Mombasa.")
    assert len(_of_type(record, "ASSAULT")) == 2


def test_a_statement_reported_within_its_speakers_statement_is_one_event(read: Read) -> None:
    record = read("The Kenyan minister says the port will open in May and that he predicts trade will grow.")
    assert [_texts(e) for e in record.events] == [["says", "predicts"]]
    record = read("The Kenyan minister said the maize crop failed in a season he described as the driest in years.")
    assert [_texts(e) for e in record.events] == [["said", "described"]]


def test_a_statement_told_to_someone_or_in_another_tense_within_a_statement_stays_apart(read: Read) -> None:
    assert len(read("The Kenyan minister said he told reporters he was at home in Garissa.").events) == 2
    assert len(read("The Kenyan minister says he said in May that the port would open.").events) == 2


def test_a_noun_of_the_deeds_lemma_group_refers_back_across_plover_types(read: Read) -> None:
    record = read("Prosecutors in Nairobi charged Omar Ali with murder on Monday. The indictment says Ali shot a guard at a depot.")
    assert [_texts(e) for e in record.events if e.plover in ("COERCE", "ACCUSE")] == [["charged", "indictment"]]
    record = read("Police in Nairobi arrested Omar Ali on Monday. The indictment says Ali shot a guard at a depot.")
    assert len([e for e in record.events if e.plover in ("COERCE", "ACCUSE")]) == 2


def test_a_deed_done_to_oneself_stays_apart_from_its_doers_deed_on_others(read: Read) -> None:
    text = "A man with a rifle opened fire in an Ohio warehouse on Monday, police said. Police said he later shot himself. A guard was killed, officials said."
    assert [_texts(e) for e in _of_type(read(text), "ASSAULT")] == [["fire", "killed"], ["shot"]]
    assert [_texts(e) for e in _of_type(read("A man shot himself in a Leeds park on Friday. He shot himself with a rifle, police said."), "ASSAULT")] == [["shot", "shot"]]
    assert [_texts(e) for e in _of_type(read("A bomber blew himself up at a market in Gulu on Monday. Two soldiers were killed, the army said."), "ASSAULT")] == [["blew", "killed"]]


def test_a_noun_referring_back_by_the_deeds_own_word_joins_it_over_another_code(read: Read) -> None:
    text = "Army troops fought rebels in the hills near Gulu. A suicide attack on a market in the town killed four traders on Monday. Police believe the rebels planned the attack."
    assert [_texts(e) for e in _of_type(read(text), "ASSAULT")] == [["fought"], ["attack", "killed", "attack"]]


def test_a_deed_noun_that_is_the_object_of_its_verb_is_the_verbs_deed(read: Read) -> None:
    (event,) = _of_type(read("Chile's foreign minister announced a package of trade sanctions against Peru on Friday."), "SANCTION")
    assert _texts(event) == ["announced", "sanctions"]


def test_a_deed_joined_to_a_when_clause_is_the_deed_the_clause_tells(read: Read) -> None:
    text = "Police shot dead two robbers who opened fire on officers in Lagos. A bank in the city was raided on May 3 when gunmen broke into its vault and opened fire at its guards, killing a cashier."
    assert [_texts(e) for e in _of_type(read(text), "ASSAULT")] == [["shot"], ["fire"], ["raided", "fire", "killing"]]
    (event,) = _of_type(read("When gunmen stormed the hotel and opened fire at guests, four people were killed."), "ASSAULT")
    assert _texts(event) == ["stormed", "fire", "killed"]


def test_a_deed_done_too_by_another_stays_apart(read: Read) -> None:
    text = "The Bolivian finance minister resigned after weeks of protests. Hours later the government said the central bank governor too had resigned."
    assert [_texts(e) for e in _of_type(read(text), "RETREAT")] == [["resigned"], ["resigned"]]


def test_a_charge_retold_of_the_one_charged_joins_it_across_plover_types(read: Read) -> None:
    text = "Police have charged a Darwin man with arson after a blaze gutted a school. The man was charged with arson and will face court on Friday."
    (event,) = [e for e in read(text).events if e.trigger == "charge"]
    assert _texts(event) == ["charged", "charged"]


def test_one_charged_told_by_an_indefinite_noun_then_named_with_a_date_is_one_charge(read: Read) -> None:
    text = "Driver charged in fatal Leeds crash\nA Hull driver was charged in a crash that killed a cyclist in Leeds. Dean Walsh, 41, was charged on Tuesday with dangerous driving."
    (charge,) = [e for e in read(text).events if e.trigger == "charge"]
    assert _texts(charge) == ["charged", "charged", "charged"]
    text = "Police charged a man with arson in Hull on Monday. Dean Walsh was charged with theft in Leeds on Friday."
    assert len([e for e in read(text).events if e.trigger == "charge"]) == 2


def test_one_charged_then_told_accused_by_name_is_one_charge(read: Read) -> None:
    text = "Prosecutors charged Tom Reed with fraud on Monday. Reed is accused of stealing $2 million from a charity."
    assert [_texts(e) for e in read(text).events] == [["charged", "accused"]]
    text = "Detectives charged a Leeds man with arson over a warehouse blaze. Dean Walsh, 34, is accused of setting it alight."
    assert [_texts(e) for e in read(text).events] == [["charged", "accused"]]
    text = "Prosecutors have charged Tom Reed with fraud. In 2019, Reed was accused of embezzling church funds."
    assert [_texts(e) for e in read(text).events] == [["charged"], ["accused"]]


def test_a_deed_retold_on_as_many_named_otherwise_is_one_event(read: Read) -> None:
    text = "Police arrested three teenagers over a series of grass fires near Darwin. Officers put out the fires at dusk and soon after police arrested three boys aged 15 and 16."
    assert [_texts(e) for e in _of_type(read(text), "COERCE")] == [["arrested", "arrested"]]
    text = "Police arrested three teenagers over a series of grass fires near Darwin. On Sunday police arrested three boys in Alice Springs over a robbery."
    assert len(_of_type(read(text), "COERCE")) == 2


def test_a_dateline_read_as_a_subject_is_not_what_a_deed_acts_on(read: Read) -> None:
    text = "TOPEKA, Kan. — A Wichita teenager was arrested Friday after a robbery. Sam Cole, 17, was arrested on Friday near the store."
    assert [_texts(e) for e in _of_type(read(text), "COERCE")] == [["arrested", "arrested"]]
    text = "TOPEKA, Kan. — A Wichita teenager was arrested Friday after a robbery. A Lawrence woman was arrested on Friday after a fight."
    assert len(_of_type(read(text), "COERCE")) == 2


def test_a_headline_s_bare_noun_is_one_the_story_names(read: Read) -> None:
    text = "Deputies arrest teenager after school fight\nSheriff's deputies arrested Kyle Dunn, 17, on Monday after a fight at Lincoln High School."
    assert [_texts(e) for e in _of_type(read(text), "COERCE")] == [["arrest", "arrested"]]


def test_a_victim_named_then_told_by_an_indefinite_noun_is_one_killing(read: Read) -> None:
    text = "Gunmen killed Omar Said, a taxi driver, in Kirkuk on Tuesday. Residents fled after a man was killed near the market."
    assert [_texts(e) for e in _of_type(read(text), "ASSAULT")] == [["killed", "killed"]]
    text = "A gunman shot Omar Said in Kirkuk on Tuesday. Residents fled after a man was killed near the market."
    assert [_texts(e) for e in _of_type(read(text), "ASSAULT")] == [["shot", "killed"]]


def test_a_deed_retold_of_one_named_before_by_an_adjective_is_one_event(read: Read) -> None:
    text = "Israeli troops have shot dead a Palestinian teenager near Hebron. The 14-year-old had been killed by army gunfire during a stone-throwing protest, hospital officials said."
    assert [_texts(e) for e in _of_type(read(text), "ASSAULT")] == [["shot", "killed", "gunfire"]]


def test_a_toll_in_the_deed_told_before_joins_that_deed(read: Read) -> None:
    record = read("Jets bombed the camp on Friday. Three guerrillas were killed and 40 wounded in the air strikes that day.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["bombed", "killed", "wounded", "strikes"]
    record = read("Jets bombed the camp on Friday. Police shot two looters in the town. Three guerrillas were killed in the shooting.")
    assert [_texts(e) for e in _of_type(record, "ASSAULT")] == [["bombed"], ["shot", "killed", "shooting"]]
    record = read("Jets bombed the camp on Friday. Three guerrillas were killed in air strikes on a village on Sunday.")
    assert [_texts(e) for e in _of_type(record, "ASSAULT")] == [["bombed"], ["killed", "strikes"]]


def test_a_relative_clause_on_a_participle_phrase_tells_the_deed_it_hangs_on(read: Read) -> None:
    record = read("Talks were called off after a rebel ambush on a truck carrying soldiers near the border, which killed eight people.")
    assert [_texts(e) for e in _of_type(record, "ASSAULT")] == [["ambush", "killed"]]


def test_a_gerund_after_in_on_a_toll_is_its_deed(read: Read) -> None:
    record = read('Two of the guards died after being wounded in "really heavy" shelling.')
    assert [_texts(e) for e in _of_type(record, "ASSAULT")] == [["wounded", "shelling"]]


def test_an_arrest_and_a_charge_of_one_man_stay_two_events(read: Read) -> None:
    for text in (
        "Police in Leeds arrested Tom Barker after a fire at a warehouse. Barker was later charged with arson.",
        "Tom Barker, 31, was arrested and charged over the blaze that gutted a Leeds warehouse.",
    ):
        assert [_texts(e) for e in read(text).events] == [["arrested"], ["charged"]], text
    record = read("Police in Leeds arrested Tom Barker after a fire. Barker was detained at his home near the river.")
    assert [_texts(e) for e in record.events] == [["arrested", "detained"]]


def test_a_headline_deed_told_again_in_the_stories_lead_is_one_event(read: Read) -> None:
    background = "The port has seen a rise in violence this year. Unions have called for more guards. Managers say they are hiring. "
    text = f"Dockworker arrested after harbour brawl\n{background}On Saturday night, police arrested a dockworker on suspicion of assault."
    (event,) = _of_type(read(text), "COERCE")
    assert _texts(event) == ["arrested", "arrested"]
    text = f"Dockworker arrested after harbour brawl\n{background}Guards have been trained. Cranes were repaired. Last year police arrested a crane driver on suspicion of theft."
    assert len(_of_type(read(text), "COERCE")) == 2  # told far on in the story: another arrest


def test_a_stabbing_retold_as_the_killing_is_one_event(read: Read) -> None:
    record = read("A teenager stabbed a shopkeeper in Leeds on Friday, police said. The teenager killed the shopkeeper after a row over cigarettes.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["stabbed", "killed"]


def test_both_victims_told_again_are_those_the_deed_was_done_to(read: Read) -> None:
    record = read("A man stabbed his wife and his sister in Hull on Sunday. Both women were stabbed in the kitchen, detectives said.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["stabbed", "stabbed"]


def test_a_statement_quoted_again_past_another_of_its_speakers_codes_is_one_statement(read: Read) -> None:
    text = (
        "Rovers striker Dan Okafor was charged on Monday with drink driving. Okafor issued a statement saying he doubts "
        "the charge will stand. Officers stopped his car on the ring road at 3 a.m. and released him on bail. The club has not "
        "commented. Okafor, in a club statement, said he expected to be cleared."
    )
    record = read(text)
    statements = [e for e in record.events if e.cameo == "010"]
    assert [_texts(e) for e in statements] == [["saying", "said"]]


def test_a_toll_told_in_a_deed_named_again_by_another_word_is_that_deeds(read: Read) -> None:
    told = "A suspected smuggler was wounded in a police raid near the port of Durres early on Sunday, officials said. "
    (event,) = _of_type(read(told + "Two officers were wounded in the gunfight."), "ASSAULT")
    assert _texts(event) == ["wounded", "raid", "wounded", "gunfight"]
    assert len(_of_type(read(told + "On Monday an officer was wounded in a gunfight in Tirana."), "ASSAULT")) == 2


def test_what_a_promise_tells_in_its_own_type_is_that_promise(read: Read) -> None:
    [promise] = read("Germany promised that emergency aid would be sent to Kenya.").events
    assert _texts(promise) == ["promised", "aid"] and promise.plover == "AGREE"


def test_a_purpose_of_the_deeds_type_is_that_deed_but_another_type_stays_apart(read: Read) -> None:
    [march] = _of_type(read("Students in Santiago marched through the city to protest against the fee rise."), "PROTEST")
    assert _texts(march) == ["marched", "protest"]
    [strike] = _of_type(read("Nearly 5,000 dock workers in Lima held a two-hour strike in March to protest the job cuts."), "PROTEST")
    assert len(_texts(strike)) == 2 and _texts(strike)[-1] == "protest"
    assert len(_of_type(read("The Kenyan and Ugandan ministers met in Kampala to discuss the border."), "CONSULT")) == 1
    raid = read("Kenyan troops raided the camp to arrest the rebel leader.")
    assert [e.plover for e in raid.events] == ["ASSAULT", "COERCE"]


_QUAY = (
    "The quay is 400 metres long. It has three cranes. Its warehouses hold grain. The port lies on a sandy bay. "
    "Ferries once sailed from it to the islands. The old lighthouse stands at its end. Gulls nest on the roofs. "
    "The harbour basin is nine metres deep. A railway line runs beside it. The town has 30,000 people. "
)


def test_a_speakers_statements_told_far_apart_in_the_simple_past_are_one_statement(read: Read) -> None:
    text = f"Port director Maria Lenz said on Thursday that the new quay would open in April. {_QUAY}Lenz said the dredging had cost less than planned."
    [statement] = [e for e in read(text).events if e.cameo == "010"]
    assert _texts(statement) == ["said", "said"]


def test_a_statement_the_lead_sums_up_in_the_present_is_the_one_quoted_far_on_in_the_past(read: Read) -> None:
    text = f"The new quay will bring trade to the town, says port director Maria Lenz. {_QUAY}\"We dredged it in a month,\" Lenz said."
    [statement] = [e for e in read(text).events if e.cameo == "010"]
    assert _texts(statement) == ["says", "said"]
    text = f"The new quay will bring trade to the town, port director Maria Lenz said. {_QUAY}Lenz says the dredging cost less than planned."
    assert len([e for e in read(text).events if e.cameo == "010"]) == 2


def test_a_statement_told_to_a_broadcaster_and_one_told_to_no_one_are_one_interview(read: Read) -> None:
    text = "Port director Maria Lenz told Radio Riga that the new quay would open in April. The quay is 400 metres long. It has three cranes. Its warehouses hold grain. Lenz said the dredging had cost less than planned."
    [statement] = [e for e in read(text).events if e.cameo == "010"]
    assert _texts(statement) == ["told", "said"]


def test_a_headline_s_statement_told_by_the_lead_with_a_date_is_one_statement(read: Read) -> None:
    text = "Mayor Ruiz announces new bus routes\nMayor Elena Ruiz on Monday announced four new bus routes for the eastern suburbs."
    assert [_texts(e) for e in read(text).events if e.cameo == "010"] == [["announces", "announced"]]
    text = "Kerr says drought aid will reach farmers\nPresident Ann Kerr said on Tuesday that drought aid would reach farmers within a month."
    assert [_texts(e) for e in read(text).events if e.cameo == "010"] == [["says", "said"]]


def test_deeds_told_on_a_day_and_in_the_week_before_stay_apart(read: Read) -> None:
    text = "Finance Minister Raj Patel said on Monday that taxes would not rise. Last week Patel said the deficit would shrink."
    assert len([e for e in read(text).events if e.cameo == "010"]) == 2
    text = "Police arrested Dan Cole in Leeds on Monday. Cole had been arrested in Leeds last week over a fight."
    assert len(_of_type(read(text), "COERCE")) == 2


def test_statements_told_to_two_addressees_or_in_two_places_stay_apart(read: Read) -> None:
    told = f"Port director Maria Lenz told Radio Riga that the new quay would open in April. {_QUAY}Lenz told the Baltic Times the dredging had cost less than planned."
    assert len([e for e in read(told).events if e.cameo == "010"]) == 2
    placed = f"Port director Maria Lenz said in Riga that the new quay would open in April. {_QUAY}Lenz said in Oslo that the dredging had cost less than planned."
    assert len([e for e in read(placed).events if e.cameo == "010"]) == 2
    later = f"Port director Maria Lenz said that the new quay would open in April. {_QUAY}Lenz told her board the dredging had cost less than planned."
    assert len([e for e in read(later).events if e.cameo == "010"]) == 2


def test_the_cue_after_a_quotation_whose_words_were_coded_is_that_statement(read: Read) -> None:
    text = (
        "Shelter manager Ana Ruiz told Radio Sur the kennels were full. The dogs came from a farm near Salta. "
        "\u201cWe hope to find homes for all of them,\u201d Ruiz said."
    )
    statements = [e for e in read(text).events if e.cameo == "010"]
    assert [_texts(e)[0] for e in statements] == ["told"] and "said" in _texts(statements[0])


def test_a_deed_done_to_a_man_named_later_is_one_event_however_often_retold(read: Read) -> None:
    text = (
        "A man stabbed a man in Bradford on Friday night. Police said Tom Reyes, 29, stabbed Amir Khan in his shop. "
        "Khan was taken to hospital. His family said he was recovering. Officers searched the area for hours. "
        "Reyes stabbed Khan twice in the chest, a detective told reporters."
    )
    (event,) = _of_type(read(text), "ASSAULT")
    assert _texts(event) == ["stabbed", "stabbed", "stabbed"]
    record = read("Police arrested a man in Bradford on Friday. Police arrested Tom Reyes in Leeds on Saturday. Police arrested Amir Khan in Halifax on Sunday.")
    assert len(_of_type(record, "COERCE")) == 3


def test_a_headline_deed_told_again_further_on_by_its_doer_is_one_event(read: Read) -> None:
    headline = (
        "Senator Ruth Vega makes plea to colleagues over online abuse\n"
        "Senator Ruth Vega spoke in the Senate in Canberra on Tuesday about the abuse she has received since March. "
        "She read out messages sent to her office. Many were too crude to print. Others threatened her family. "
    )
    (event,) = _of_type(read(headline + "Vega later made an urgent plea to senators of all parties to reject abuse of women in politics."), "REQUEST")
    assert _texts(event) == ["plea", "plea"]
    assert len(_of_type(read(headline + "Vega made a plea to senators in May 2019."), "REQUEST")) == 2
    assert len(_of_type(read(headline + "Vega made a similar plea to senators."), "REQUEST")) == 2


def test_a_verdict_told_where_no_party_is_named_is_the_finding_of_guilt(read: Read) -> None:
    text = (
        "A farmer who shot his neighbour during a row over a fence was found guilty by a jury of murdering him. "
        "The court heard the two men had argued for years. The victim's wife said she had feared for his life. "
        "Neighbours told the court they heard two shots. Jurors deliberated for three hours before they reached a verdict."
    )
    (event,) = _of_type(read(text), "ACCUSE")
    assert _texts(event) == ["guilty", "verdict"]
    dated = text.replace("by a jury", "in March")
    assert [_texts(e) for e in _of_type(read(dated), "ACCUSE")] == [["guilty"], ["verdict"]]


def test_a_verdict_on_another_party_than_the_one_found_guilty_stays_apart(read: Read) -> None:
    text = "A farmer who shot his neighbour during a row over a fence was found guilty by a jury of murdering him. The court heard the two men had argued for years. Jurors later reached a verdict on Tom Hale."
    assert len(_of_type(read(text), "ACCUSE")) == 2


def test_one_person_described_or_people_told_before_may_be_anyone_on_their_side(read: Read) -> None:
    record = read("A teenager was shot dead by police in Athens on Saturday. Students marched in the city on Sunday. They blamed officers for the killing of Nikos Pappas.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["shot", "killing"]
    record = read("Officers in Ohio detained a teenager outside a mall on Saturday. Officers in Ohio detained a woman outside a bank on Saturday.")
    assert len(_of_type(record, "COERCE")) == 2  # what was done to whom still tells them apart


def test_a_number_of_people_described_is_a_party_of_its_own(read: Read) -> None:
    record = read("Bombs killed 40 people in Kano on Friday. Residents mourned the killing of Musa Bello.")
    assert len(_of_type(record, "ASSAULT")) == 2


def test_two_verbs_of_one_lemma_group_joined_tell_one_conduct_whatever_their_codes(read: Read) -> None:
    (event,) = [e for e in read("Rebels harassed and intimidated villagers in Kivu, the UN said.").events if e.plover]
    assert _texts(event) == ["harassed", "intimidated"]
    record = read("A spokesman said the journalist was threatened and assaulted by soldiers in Goma.")
    assert len([e for e in record.events if e.plover]) == 2
    record = read("The Rotary Club agreed to hold the funds for the new clinic and also agreed to pay for its first year of staff.")
    assert len(_of_type(record, "AGREE")) == 2


def test_a_passive_deed_naming_no_doer_far_from_a_deed_of_another_code_stays_apart(read: Read) -> None:
    text = (
        "Two deputies were shot and wounded near Lewisburg on Thursday. The deputies had stopped a truck on the highway. "
        "Both were taken to hospital. Their chief said they were in stable condition. "
        "Later that day a fire marshal said the blaze at a farmhouse was set intentionally."
    )
    assert [_texts(e) for e in _of_type(read(text), "ASSAULT")] == [["shot", "wounded"], ["set"]]


def test_participles_a_headline_lists_by_a_comma_tell_one_deed(read: Read) -> None:
    record = read("Jogger struck, killed on Route 9\nA 52-year-old jogger was struck by a delivery van on Route 9 on Tuesday evening and killed, police said.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["struck", "killed"]
    record = read("Guard shot, killed in bank raid\nA security guard was shot and killed during a bank robbery in Tulsa on Monday, police said.")
    assert len(_of_type(record, "ASSAULT")) == 1
    record = read("Man arrested, charged after brawl\nPolice arrested a roofer, 31, after a fight outside a bar in Reno on Saturday and charged him with assault.")
    assert len([e for e in record.events if e.cameo == "173"]) == 2  # an arrest and a charge, listed or not, are two acts


def test_a_person_described_then_named_with_the_deed_word_is_one_party(read: Read) -> None:
    text = (
        "A teacher was found dead in her flat on Sunday, and the man accused of strangling her was charged with murder, police said. "
        "Friends said she had taught at the school for years. The school closed for the day. Parents left flowers at the gates. "
        "Detectives said they were not looking for anyone else. Mark Dunn, 44, was charged with murder."
    )
    (charge,) = [e for e in read(text).events if e.cameo == "173"]
    assert _texts(charge) == ["charged", "charged"]
    assert [a.name for a in read(text).actors if a.id in charge.targets] == ["Mark Dunn"]
    dated = text.replace("was charged with murder, police", "was charged with murder on Sunday, police").replace("Mark Dunn, 44, was", "On Friday Mark Dunn, 44, was")
    assert len([e for e in read(dated).events if e.cameo == "173"]) == 2  # another day's charge


def test_a_headline_deed_retold_by_the_lead_with_a_kin_word_is_one_event(read: Read) -> None:
    record = read("Bomb attack on bus in Quetta\nA bomb exploded on a bus in Quetta on Monday, wounding 12 passengers, police said.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["attack", "exploded", "wounding"]
    text = (
        "Bomb attack on bus in Quetta\nA bus driver was killed by gunmen in Quetta on Monday, police said. Traders closed their shops in protest. "
        "The city council met to discuss security. A spokesman said more guards would be hired. Later a bomb exploded near a bus in the city, wounding 12 passengers."
    )
    assert len(_of_type(read(text), "ASSAULT")) >= 2  # told far from the lead, the explosion is not the headline's news told again


def test_a_merged_event_takes_its_sides_from_the_story_before_the_headline(read: Read, pipeline: Pipeline) -> None:
    record = read("Police arrested Tom Reyes in Leeds. Police arrested Ann Obi in York.")
    first, second = _of_type(record, "COERCE")
    headline = first.model_copy(update={"confidence": 0.9, "sources": second.targets, "targets": []})  # "Reyes' aide arrested": its subject misread as the doer
    token = pipeline.parse("Reyes arrested")[1]
    merged = _merged(_Group(mentions=[_Mention(headline, headline, token, 0, headline=True), _Mention(first, first, token, 1)]))
    assert (merged.sources, merged.targets) == (first.sources, first.targets)
    alone = headline.model_copy(update={"sources": [], "targets": second.targets})
    merged = _merged(_Group(mentions=[_Mention(alone, alone, token, 0, headline=True), _Mention(story := first.model_copy(update={"targets": []}), story, token, 1)]))
    assert (merged.sources, merged.targets) == (first.sources, second.targets)  # a side the story leaves unnamed, the headline's


def test_a_part_of_a_day_is_compared_by_its_day(read: Read) -> None:
    text = "Rebels attacked an army base near Gao on Monday night, the army said. Two soldiers were wounded. The base was also attacked by rebels on February 12."
    assert len(_of_type(read(text), "ASSAULT")) >= 3  # Monday night's attack and February's are two
    same_day = text.replace("also attacked by rebels on February 12", "attacked by rebels on Monday, a spokesman said")
    assert [_texts(e) for e in _of_type(read(same_day), "ASSAULT") if e.cameo == "190"] == [["attacked", "attacked"]]
    record = read("The two foreign ministers met in Geneva on Monday evening. It was their second meeting this year: they first met in Geneva on January 20.")
    assert [_texts(e) for e in _of_type(record, "CONSULT") if "met" in _texts(e)] == [["met", "meeting"], ["met"]]  # "it was their second meeting": Monday's


def test_a_charge_retold_on_a_pronoun_for_the_one_named_since_is_one_event(read: Read) -> None:
    story = (
        "Prosecutors charged a man on Tuesday with setting fire to a warehouse in Leeds. The fire destroyed stock worth millions. "
        "Firefighters fought the blaze for hours. His lawyer declined to comment. Tom Holt later led officers to the can of petrol he had used. "
    )
    (charge,) = [e for e in read(story + "He is charged with arson.").events if e.cameo == "173"]
    assert _texts(charge) == ["charged", "charged"]
    assert len([e for e in read(story + "He was charged with fraud in 2019.").events if e.cameo == "173"]) == 2  # a charge of another date


def test_a_deed_told_in_a_charge_is_the_accused_deed_told_further_on(read: Read) -> None:
    charge = "Prosecutors in Ohio charged a local man with killing Omar Patel. Patel ran a grocery in Dayton. "
    record = read(charge + "Police said Dean Cole shot Patel twice after an argument about a debt.")
    (deed,) = _of_type(record, "ASSAULT")
    assert _texts(deed) == ["killing", "shot"]
    assert [a.name for a in record.actors if a.id in deed.sources] == ["Dean Cole"]  # not the prosecutors
    assert len(_of_type(read(charge + "Police said Dean Cole shot a guard at the same shop last year."), "ASSAULT")) == 2


def test_a_body_said_then_one_named_for_it_said_is_one_statement(read: Read) -> None:
    lead = "Two men were arrested after a car was set on fire in Salford, police said. "
    (statement,) = [e for e in read(lead + "Sergeant Dan Hale said the men, aged 19 and 20, were held on suspicion of arson.").events if e.cameo == "010"]
    assert _texts(statement) == ["said", "said"]
    later = lead + "On Friday Sergeant Dan Hale said both men had been freed on bail."
    assert len([e for e in read(later).events if e.cameo == "010"]) == 2  # another day's statement
    assert len([e for e in read(lead + "The car's owner, Amy Lowe, said she had heard shouting.").events if e.cameo == "010"]) == 2  # not the police's


def test_a_body_s_statement_the_lead_sums_up_in_the_present_is_its_officer_s_far_on(read: Read) -> None:
    story = "The victim, 24, was taken to hospital. His injuries are not serious. The pub had closed at midnight. Staff called a taxi for him. Two men ran off. "
    officer = "Sergeant Dan Hale said officers were checking camera footage."
    (statement,) = [e for e in read("A man was stabbed outside a Salford pub early on Sunday, police say. " + story + officer).events if e.cameo == "010"]
    assert _texts(statement) == ["say", "said"]
    far_on = story + "Officers searched the area. Nobody was arrested. The road was closed for an hour. A cordon stayed in place. The pub reopened on Monday. "
    assert len([e for e in read("A man was stabbed outside a Salford pub early on Sunday, police say. " + far_on + officer).events if e.cameo == "010"]) == 1
    assert len([e for e in read("A man was stabbed outside a Salford pub early on Sunday, police said. " + far_on + officer).events if e.cameo == "010"]) == 2


def test_a_speaker_named_then_told_by_a_singular_role_noun_is_one_statement(read: Read) -> None:
    text = "Ann Tate, a retired judge, has died.\nShe was 81.\nHer body was found Monday by a neighbor who visited her home in Dover, Coroner Walter Briggs said.\nThe coroner said he believes Tate died Sunday of heart failure."
    (statement,) = [e for e in read(text, published=None).events if e.cameo == "010"]
    assert _texts(statement) == ["said", "said"]
    pupils = '"We will reopen the gym in May," Principal Ruth Lang said at the meeting. "We cannot wait that long," students said.'
    assert len([e for e in read(pupils).events if e.cameo == "010"]) == 2  # a plural noun: others of the code
    rector = "Professor Tom Hart, the rector of a Spanish university, has said he did nothing wrong. The university said on Thursday that Hart was leaving his post."
    assert len([e for e in read(rector).events if e.cameo == "010"]) == 2  # a body of his code, not his title
    navy = "The Indian navy sent commandos towards a cargo ship after a distress call, the navy said on Sunday.\nThe speedboats tried to flee but were chased down.\n"
    navy += '"Nine men surrendered on boarding," the navy said.\nThe men are to be given to the police, it said, adding that its frigate was back on patrol.'
    (statement,) = [e for e in read(navy, published=None).events if e.cameo == "010"]
    assert _texts(statement) == ["said", "said"]  # the navy's one statement, "it" after it


def test_a_body_told_by_a_common_noun_and_its_spokesman_quoted_far_on_are_one_statement(read: Read) -> None:
    robbery = "Two men robbed a gas station in Ocala on Friday night, according to Marion County Sheriff's Office deputies. "
    story = "The men took cash from the register. One of them hit the clerk with a bottle. The clerk called 911 after they left. Both men fled in a gray pickup. "
    spokesman = '"He was shaken but not hurt," said sheriff\'s spokesman Tom Hale.'
    (statement,) = [e for e in read(robbery + "Deputies said the clerk was alone in the store. " + story + spokesman).events if e.cameo == "010"]
    assert _texts(statement) == ["said", "said"]
    named_body = robbery + "The Florida Highway Patrol said the men had robbed two banks. " + story + spokesman
    assert len([e for e in read(named_body).events if e.cameo == "010"]) == 2  # a body by its name may be another of its code


def test_a_deed_a_copula_says_its_subject_was_is_that_deed(read: Read) -> None:
    (attack,) = _of_type(read("Gunmen attacked a police post in Kandahar on Monday. The assault was the third attack on the police in the city this month."), "ASSAULT")
    assert _texts(attack) == ["attacked", "assault", "attack"]
    (stabbing,) = _of_type(read("A man was accused of stabbing his brother to death on Tuesday. The alleged stabbing was his fourth assault on his brother in a year."), "ASSAULT")
    assert _texts(stabbing) == ["stabbing", "assault"]  # a subject telling no event of its own: the deed told by its word
    (arrest,) = _of_type(read("Police arrested a teacher in Dayton on Monday. It was the second arrest at the school this year."), "COERCE")
    assert _texts(arrest) == ["arrested", "arrest"]
    denied = read("Rebels shelled a village near Goma on Monday. The shelling was not an attack on civilians, the army said.")
    assert len(_of_type(denied, "ASSAULT")) == 2


def test_a_role_noun_of_no_country_stands_for_one_of_its_role_in_any(read: Read) -> None:
    story = " repulsed a pirate raid off Socotra and nabbed 20 Somali pirates. The pirates had tried to board a tanker at noon. The pirates fled in two skiffs. Marine commandos then boarded the skiffs to nab the 20 Somali pirates."
    (arrest,) = [e for e in read("An Indian Navy warship" + story, published=None).events if e.cameo == "173"]
    assert _texts(arrest) == ["nabbed", "nab"]  # the commandos (no country read) are the navy's
    assert len([e for e in read("Somali police" + story, published=None).events if e.cameo == "173"]) == 2  # soldiers are no police


def test_a_role_noun_alone_far_on_quotes_the_one_named_with_that_title(read: Read) -> None:
    briefing = "District Attorney Ken Ruiz announced today that his office would try a gang member for murder. Ruiz said the man was charged with killing a clerk. "
    briefing += '"The clerk was shot while closing the store," Ruiz said at the courthouse. "He was left on the floor.\n"Clerks like him keep our streets alive.\nWhen one is killed, we all lose.\nWe will see this case through," the District Attorney said.'
    (statement,) = [e for e in read(briefing).events if e.cameo == "010"]
    assert _texts(statement) == ["announced", "said"]


def test_a_deed_of_a_role_noun_told_again_of_one_named_with_that_title_is_one_deed(read: Read) -> None:
    story = "A sheriff's deputy shot a man who drove a truck at him near Ocala last week, authorities said. Dale Kirby, 39, was treated for a wound to the arm and then jailed. "
    story += "Kirby had been a passenger in a pickup that deputies pulled over for speeding. He moved into the driver's seat and tried twice to hit {officer}, authorities said. "
    story += "{name} opened fire when the truck came toward {pronoun}, the sheriff's office said."
    (shooting,) = [e for e in read(story.format(officer="Deputy Sam Ortiz", name="Ortiz", pronoun="him")).events if e.cameo == "193"]
    assert _texts(shooting) == ["shot", "fire"]
    other = read(story.format(officer="Sergeant Amy Cole", name="Cole", pronoun="her"))
    assert len([e for e in other.events if e.cameo == "193"]) == 2  # a sergeant: not the deputy told before


def test_a_speaker_s_words_then_told_to_the_media_are_one_interview(read: Read) -> None:
    story = "The branch had been emptied before the bomb went off, bank president Ray Dunn said. The building has stood on Main Street for 30 years. "
    story += "Police closed the road for six hours. A bomb squad searched the area. Dunn told {whom} that a caller had warned of a bomb an hour earlier."
    (statement,) = [e for e in read(story.format(whom="CNN")).events if e.cameo == "010"]
    assert _texts(statement) == ["said", "told"]
    assert len([e for e in read(story.format(whom="his staff")).events if e.cameo == "010"]) == 2  # his staff: another occasion


def test_a_deed_told_again_of_the_suspect_is_the_deed_done_to_the_one_named(read: Read) -> None:
    story = "DAYTON, Ohio — Police shot and killed Dean Price, 19, on Friday night after a traffic stop. His family disputes the account. "
    record = read(story + "A patrolman and a sergeant fired on the suspect as he ran, police said.")
    (shooting,) = [e for e in record.events if e.cameo == "193"]
    assert _texts(shooting) == ["shot", "killed", "fired"]
    assert [a.name for a in record.actors if a.id in shooting.targets] == ["Dean Price"]  # the victim named, not "the suspect"
    plural = read(story + "A patrolman and a sergeant fired on the suspects as they ran, police said.")
    assert len([e for e in plural.events if e.cameo == "193"]) == 2  # suspects: others than the one named


def test_a_headline_s_arrest_of_a_suspect_is_the_lead_s_arrest_of_a_man(read: Read) -> None:
    story = " arrested. A 41-year-old Waco man who fled from deputies on Friday was arrested Monday at a motel, Sheriff Dan Holt said."
    (arrest,) = [e for e in read("Robbery suspect" + story).events if e.cameo == "173"]
    assert _texts(arrest) == ["arrested", "arrested"]
    assert len([e for e in read("Robbery suspects" + story).events if e.cameo == "173"]) == 2  # many: not the one man


def test_of_two_subjects_a_parser_gave_a_passive_the_one_next_to_it_is_what_it_acts_on(read: Read, pipeline: Pipeline) -> None:
    (arrest,) = _of_type(read("Police arrested Tom Reyes in Leeds."), "COERCE")
    words = ["Rovers", "striker", "Tom", "Reyes", "was", "arrested"]
    doc = Doc(pipeline.nlp.vocab, words=words, heads=[5, 3, 3, 5, 5, 5], deps=["nsubjpass", "compound", "compound", "nsubjpass", "auxpass", "ROOT"])
    for token, pos in zip(doc, ["PROPN", "NOUN", "PROPN", "PROPN", "AUX", "VERB"]):
        token.pos_ = pos
    assert _Mention(arrest, arrest, doc[5], 0).object_head().i == 3  # the player, not his club


def test_a_suspect_giving_himself_up_is_told_again_as_his_surrender_to_police(read: Read) -> None:
    record = read("A woman sought in a carjacking in Toledo gave herself up on Thursday. She surrendered to detectives at the downtown station, a police spokesman said.")
    (event,) = _of_type(record, "CONCEDE")
    assert (event.cameo, _texts(event)) == ("080", ["gave", "surrendered"])
    record = read("The driver wanted for a deadly hit-and-run crash turned himself in on Monday. The man surrendered at the county jail with his attorney.")
    (event,) = _of_type(record, "CONCEDE")
    assert _texts(event) == ["turned", "surrendered"]


def test_surrenders_of_two_suspects_and_of_forces_stay_apart(read: Read) -> None:
    record = read("Ray Dunn turned himself in to police on Monday. On Friday, Lee Ortiz surrendered to police in Akron.")
    assert len(_of_type(record, "CONCEDE")) == 2
    record = read("Government troops surrendered to the rebels near the border on Sunday.")
    assert [e.cameo for e in record.events] == ["0874"]


def test_the_injured_counted_beside_the_dead_are_the_toll_of_the_deed_told_before(read: Read) -> None:
    record = read("A car bomb went off outside a bus depot in Quetta on Friday. At least nine shoppers are dead and scores injured, a hospital official said.")
    (deed,) = _of_type(record, "ASSAULT")
    assert _texts(deed) == ["bomb", "injured"]
    record = read("Police fired on marchers in Lome on Monday. A week later, six villagers are dead and several injured in Kara after rebels attacked a bus.")
    assert [_texts(e) for e in _of_type(record, "ASSAULT")][0] == ["fired"]  # another place and week: not the firing's toll


def test_opened_fire_retells_a_shooting_and_a_shooting_elsewhere_stays_apart(read: Read) -> None:
    record = read("Dora Pike, 52, was shot dead at her store in Macon on Saturday. Detectives said a masked man opened fire on the victim from the doorway.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["shot", "fire"]
    record = read("Gunmen opened fire on a bus in Kano on Monday. In Jos, police shot a robber on Friday.")
    assert [_texts(e) for e in _of_type(record, "ASSAULT")] == [["fire"], ["shot"]]


def test_a_surrender_told_again_further_on_is_one_event(read: Read) -> None:
    record = read(
        "A robber took a teller hostage at a bank in Reno on Monday. Officers talked for hours with the robber, who gave himself up "
        "at dusk, a spokesman said. The bank was closed on Tuesday. Staff were offered counselling. The teller had worked there for ten years. "
        "A neighbour said she heard shouting. Around dusk the robber gave himself up and was led away in handcuffs, she said."
    )
    (event,) = _of_type(record, "CONCEDE")
    assert _texts(event) == ["gave", "gave"]


def test_a_victim_struck_by_a_bullet_is_the_killing_told_of_that_victim(read: Read) -> None:
    record = read("Police charged a man with the murder of Dana Lyle, 19, on Saturday. Lyle was struck by a bullet from a passing car while sitting on her porch in Camden.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["murder", "struck"]
    record = read("Ada Moss was found stabbed to death in Akron on Friday. Her neighbour, Ken Pratt, was struck by a bullet in a separate incident on Sunday.")
    assert [_texts(e) for e in _of_type(record, "ASSAULT")] == [["stabbed"], ["struck"]]


def test_one_deed_named_after_a_wave_of_its_kind_is_not_that_wave(read: Read) -> None:
    record = read("A bomb blast tore through a church in Tanta on Sunday. A militant group blamed for a wave of attacks on soldiers condemned the bombing on Monday.")
    assert [_texts(e) for e in _of_type(record, "ASSAULT")] == [["blast", "bombing"], ["attacks"]]


def test_a_participle_tells_the_toll_of_a_deed_that_is_its_verbs_subject(read: Read) -> None:
    record = read("The blast ripped through a mosque in Quetta on Friday, killing 30 worshippers.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["blast", "killing"]
    record = read("A bomb blast shook a market in Jos on Monday. On Friday troops swept a village near Bauchi, killing four farmers.")
    assert len(_of_type(record, "ASSAULT")) == 2
