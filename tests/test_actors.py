"""The actors stage: who an article is about, one actor per party, with every mention."""

from __future__ import annotations

from tidings.knowledge.actors import actor_kb
from tidings.knowledge.names import names
from tidings.model import ActorKind, Record
from tidings.stages.actors.reading import Reading


def _actor(record: Record, canonical_id: str):
    found = [actor for actor in record.actors if actor.canonical_id == canonical_id]
    assert len(found) == 1, [a.canonical_id for a in record.actors]
    return found[0]


def _at(record: Record, word: str):
    start = record.article.text.index(word)
    return record.actor_at(start, start + len(word))


def test_the_words_of_a_token_range_are_its_text_as_the_doc_has_it(pipeline):
    doc = pipeline.parse("HOBART (Wire) - The  Tasmanian premier's office said:\n\n\"We will review it.\"")
    reading = Reading(actor_kb(), names(), doc)
    assert all(reading.words(start, end) == doc[start:end].text for start in range(len(doc)) for end in range(start, len(doc) + 1))


def test_full_name_surname_and_demonym_title_are_one_actor(read):
    record = read(
        "Russian President Vladimir Putin arrived in Minsk on Monday. Putin spoke to reporters "
        "before the Russian leader left for the airport.",
        published="2024-02-05",
    )
    putin = _actor(record, "Q7747")
    assert [span.text for span in putin.spans] == ["Russian President Vladimir Putin", "Putin", "Russian leader"]
    assert (putin.cameo, putin.role, putin.kind) == ("RUSGOV", "President of Russia", ActorKind.PERSON)


def test_role_code_depends_on_the_publication_date(read):
    text = "Joe Biden toured a steel plant. Biden praised the workers."
    assert _actor(read(text, published="2023-03-01"), "Q6279").cameo == "USAGOV"
    out_of_office = _actor(read(text, published="2019-03-01"), "Q6279")
    assert (out_of_office.cameo, out_of_office.role) == ("USAELI", None)  # after his vice-presidency: an elite


def test_a_minister_for_a_portfolio_takes_the_office_before_the_portfolio(read):
    record = read("Roads in the north will be rebuilt, Minister for Resettlement Kumar Silva told reporters in Colombo.")
    assert _at(record, "Kumar Silva").cameo == "LKAGOV"


def test_a_colleague_in_a_body_is_of_that_body(read):
    record = read("Canberra will not change course, the Prime Minister said. Her Senate colleague Amanda Vale criticised it.")
    assert _at(record, "Amanda Vale").cameo == "AUSLEG"


def test_a_title_of_an_office_the_knowledge_lacks_codes_a_known_person_out_of_term(read):
    # the imported dictionaries record only Vedrine's EU presidency term (2000)
    record = read("French Foreign Minister Hubert Vedrine criticised the plan on Tuesday.", published="2002-01-08")
    assert _at(record, "Hubert Vedrine").cameo == "FRAGOV"


def test_a_stance_in_a_title_is_not_the_persons_body(read):
    record = read("The anti-Taliban commander Nasrullah Baryalai met tribal elders in Kabul on Sunday.")
    assert _at(record, "Nasrullah Baryalai").cameo == "AFGMIL"


def test_a_building_named_with_a_word_of_reach_is_no_ngo(read):
    record = read("Rescue teams searched the rubble of the Global Commerce Tower after the blast.")
    assert _at(record, "Global Commerce Tower").cameo is None
    record = read("The International Centre for Coastal Studies condemned the dam on Monday.")
    assert _at(record, "International Centre for Coastal Studies").cameo == "NGO"  # a body, named for its work


def test_without_a_date_the_latest_term_counts(read):
    record = read("Donald Trump signed the order.", published=None)
    assert _actor(record, "Q22686").cameo == "USAGOV"


def test_unknown_person_takes_the_code_of_a_demonym_title(read):
    record = read("Ukrainian Defence Minister Olena Petrenko visited the front line.")
    person = _actor(record, "name:olena_petrenko")
    assert (person.kind, person.cameo, person.country, person.known) == (ActorKind.PERSON, "UKRGOV", "UKR", False)


def test_apposition_describes_an_unknown_person(read):
    record = read("Tomas Berg, a Swedish diplomat, arrived in Riga.")
    assert _actor(record, "name:tomas_berg").cameo == "SWEGOV"


def test_apposition_without_a_country_gives_the_role_for_the_article_to_place(read):
    record = read(
        "Canberra announced new border rules for Australia on Monday. Harold Quist, the Customs "
        "Minister, said the rules would start in March."
    )
    assert _actor(record, "name:harold_quist").cameo == "AUSGOV"


def test_apposition_naming_a_role_of_several_words_codes_the_person(read):
    record = read("Dorothy Pell, the assistant secretary of state, met the envoy on Tuesday.")
    assert _actor(record, "name:dorothy_pell").cameo == "---GOV"
    assert not any(span.text == "state" for actor in record.actors for span in actor.spans)


def test_a_verb_that_gives_a_role_codes_the_person_it_names(read):
    record = read(
        "Toledo, Ohio, has a new steel plant. Ridgeline Steel on Monday named Carla Voss as chief executive of the mill. "
        "Voss said the plant would hire 200 workers. Ben Aldo, who was elected mayor of Toledo in 2019, praised the firm. "
        "Owen Pike replaces Lucas Brandt as chief executive of the rival mill. Brandt and Pike thanked the workers."
    )
    names = ("Carla Voss", "Ben Aldo", "Owen Pike", "Lucas Brandt")
    assert [_at(record, name).cameo for name in names] == ["USABUS", "USAGOV", "USABUS", "USABUS"]


def test_local_job_titles_give_their_cameo_types(read):
    record = read(
        "Hartwell, Georgia, is weighing a new water plant. Hartwell County manager Dana Brooks criticized the plan "
        "on Monday. The store's owner, Rita Vance, thanked the council. Sara Lind, the city engineer, warned "
        "residents. Chief Financial Officer Paul Grady resigned from the bank. Nora Fitz, the motel manager, called "
        "police. Elections coordinator Jim Pratt asked for new machines. Georgia officials will review it."
    )
    names = ("Dana Brooks", "Rita Vance", "Sara Lind", "Paul Grady", "Nora Fitz", "Jim Pratt")
    assert [_at(record, name).cameo for name in names] == ["USAGOV", "USABUS", "USAGOV", "USABUS", "USABUS", "USAGOV"]


def test_a_post_in_a_towns_or_countys_government_is_a_local_official(read):
    record = read(
        "Elgin, Illinois, will repave Grove Street. Public Works Director Lou Grant said crews start in May. "
        "Acting City Planner Rita Moss said bids were due. 3rd Ward Alderwoman Joan Kerr objected to the cost. "
        "Kim Ray, the township's zoning coordinator, said permits were issued. Illinois officials approved the loan."
    )
    names = ("Lou Grant", "Rita Moss", "Joan Kerr", "Kim Ray")
    assert [_at(record, name).cameo for name in names] == ["USAGOV"] * 4  # were USA: no title read as a role
    record = read("ELGIN, Ill. - The street was picked because its drains have long been clogged, Public Works Director Lou Grant said.")
    assert _at(record, "Lou Grant").cameo == "USAGOV"  # "Public Works" read as a name: the department's own words


def test_a_town_in_another_name_before_a_post_makes_no_local_official(read):
    record = read("Manchester City coordinator Ian Hart said the squad trained on Monday in Manchester, England.")
    assert _at(record, "Ian Hart").cameo != "GBRGOV"  # a club's staff, not the city's


def test_a_post_in_a_body_of_two_words_takes_the_bodys_type(read):
    record = read(
        "TOLEDO, Ohio - Levy talks stalled on Monday. School board president Tom Cobb said the vote would wait. "
        "County commission chairman Ed Voss said the county would help. Sirens will be tested, Emergency Management Director Pat Rowe said."
    )
    assert _at(record, "Pat Rowe").cameo == "USAGOV"  # was USA
    assert (_at(record, "Tom Cobb").cameo, _at(record, "Ed Voss").cameo) == ("USAEDU", "USAGOV")  # were USAGOV, USA
    record = read(
        "TYLER, Texas - A man was arrested on drug charges on Monday. Smith County reports state Drug Enforcement Unit "
        "Investigators went to a house on Elm Street in Tyler to serve a warrant. Investigators searched the house and found cocaine."
    )
    search = next(e for e in record.events if e.cameo.startswith("09"))
    assert search.sources  # a unit, no person's post: its investigators stay one actor with their later mention


def test_a_body_named_right_before_a_title_is_the_title_holders_however_parsed(read):
    record = read(
        "COLUMBIA, S.C. - A driver fled the scene on Friday. Florence Tull was charged with DUI, "
        "Department of Motor Vehicles spokeswoman Lena Ortiz said."
    )
    assert _at(record, "Lena Ortiz").cameo == "USAGOV"  # was USA: the parse set the body beside "DUI"


def test_a_firms_officers_by_their_abbreviated_titles_are_business(read):
    record = read("SEATTLE - The outage ended on Monday, Orca Cloud CTO Jan Berg said. CFO Mia Lund said costs rose in Seattle.")
    assert (_at(record, "Jan Berg").cameo, _at(record, "Mia Lund").cameo) == ("USABUS", "USABUS")  # were USA


def test_a_county_or_city_spokesman_or_auditor_is_a_local_official(read):
    record = read("The flood crest passed overnight, said Ann Cole, a Marion County spokeswoman in Ohio.")
    assert _at(record, "Ann Cole").cameo == "USAGOV"  # was USA
    record = read("Ohio State Auditor Tom Hale said the audit found no fraud.")
    assert _at(record, "Tom Hale").cameo == "USAGOV"  # was USA


def test_the_office_and_place_of_a_person_named_before_describe_that_person(read):
    record = read(
        "Gov. Jane Smith toured the flooded towns on Saturday. Losses reached $2 million, officials said. "
        "Fire chief Tom Reyes said two bridges were shut. The Ohio governor told a local pastor she would ask for federal aid."
    )
    start = record.article.text.index("Ohio governor")
    assert record.actor_at(start, start + len("Ohio governor")) == _at(record, "Jane Smith")  # was the officials' group
    record = read("Ohio Gov. Jane Smith met the Texas governor on Monday.")
    start = record.article.text.index("Texas governor")
    assert record.actor_at(start, start + len("Texas governor")) != _at(record, "Jane Smith")  # another state's


def test_a_body_of_the_place_of_a_person_named_before_is_no_description_of_that_person(read):
    record = read("State Sen. Owen Marsh of Kansas filed the bill in March. The Kansas legislature approved it on Monday.")
    start = record.article.text.index("Kansas legislature")
    body = record.actor_at(start, start + len("Kansas legislature"))
    assert body is not None and body != _at(record, "Owen Marsh") and body.cameo == "USALEG"  # was Marsh himself


def test_a_surgeon_general_or_a_vicar_general_is_no_soldier(read):
    record = read("The US Surgeon General warned on Monday that vaping harms teenagers.")
    assert _at(record, "Surgeon General").cameo == "USAHLH"  # was USAMIL, read as a general
    record = read("Tom Baker, the diocese's vicar general, praised the choice in Dubuque, Iowa.")
    assert _at(record, "Tom Baker").cameo == "USAREL"  # was USAMIL


def test_a_councillor_sits_in_local_government(read):
    record = read("Oxford city councillor Jane Hall said the plan was flawed.")
    assert _at(record, "Jane Hall").cameo == "GBRGOV"  # was GBR: the Commonwealth spelling was missing
    record = read("TORONTO - Councilor Ann Cole voted against the budget.")
    assert _at(record, "Ann Cole").cameo == "CANGOV"  # was CAN


def test_councillors_alone_are_the_local_government_the_article_places(read):
    record = read("LEEDS, England -- Councillors voted down the bypass on Monday. Two council members criticised the developer.")
    criticism = next(e for e in record.events if e.cameo.startswith("11"))
    assert {record.actor(a).cameo for a in criticism.sources} == {"GBRGOV"}


def test_a_field_of_policy_named_alone_before_a_department_or_its_officials_is_the_government(read):
    record = read("Transportation officials in Ohio asked drivers to avoid the bridge until June.")
    assert _at(record, "Transportation").cameo == "USAGOV"  # was uncoded
    record = read("Farmers in Iowa sent a petition to the Energy and Treasury departments on Monday.")
    assert (_at(record, "Energy").cameo, _at(record, "Treasury").cameo) == ("USAGOV", "USAGOV")  # were uncoded


def test_a_post_after_a_named_body_takes_the_type_its_name_gives(read):
    record = read("WINNIPEG - Winnipeg Humane Society president Ann Smith said Monday the shelter is full.")
    assert _at(record, "Ann Smith").cameo == "CANNGO"  # was CANGOV: a bare president is a head of state
    record = read("WINNIPEG - Manitoba Hydro president Tom Price said Monday the dam will open in May.")
    assert _at(record, "Tom Price").cameo == "CANBUS"


def test_an_officer_of_a_patrol_the_recogniser_left_unnamed_is_police(read):
    record = read("The truck overturned near Redding on Sunday, according to California Highway Patrol Officer Tom Baker.")
    assert _at(record, "Tom Baker").cameo == "USACOP"  # was USAMIL: "Officer" read as a military rank
    record = read("The crash closed two lanes for an hour, Highway Patrol Officer Ann Ruiz said.")
    assert _at(record, "Ann Ruiz").cameo == "---COP"
    record = read("Army Officer Tom Hale said the base was shut.")
    assert _at(record, "Tom Hale").cameo == "---MIL"


def test_a_wildlife_department_is_government_and_its_officer_of_it(read):
    record = read("SALEM, Ore. - A hunter was found dead near Bend on Sunday. Fish & Wildlife officer Jared Price is investigating.")
    assert _at(record, "Jared Price").cameo == "USAGOV"  # was USAMIL: "officer" read as a military rank


def test_amnesty_alone_is_amnesty_international(read):
    record = read("LONDON - Qatar denied Amnesty claims on Monday. Amnesty said workers were unpaid.")
    start = record.article.text.index("Amnesty said")
    assert record.actor_at(start, start + len("Amnesty")).cameo == "NGOAMN"  # was uncoded


def test_a_us_airline_is_american_whatever_the_story_reports_on(read):
    record = read("TOKYO - A United Airlines flight to Narita turned back over the Pacific on Monday. United Airlines said a fuel gauge failed.")
    assert _at(record, "United Airlines").cameo == "USABUS"  # was JPNBUS, from the dateline


def test_emergency_medical_services_are_of_health_not_police(read):
    record = read(
        "DALLAS - A bus overturned on Interstate 35 on Sunday. EMS Superintendent Carla Ruiz said nine riders "
        "were hurt. Omar Diaz, a police superintendent, said the road was closed."
    )
    assert _at(record, "Carla Ruiz").cameo == "USAHLH"  # was USACOP: a bare superintendent is a police rank
    assert _at(record, "Omar Diaz").cameo == "USACOP"


def test_a_body_before_a_president_or_a_civil_post_gives_its_role(read):
    record = read(
        "Dayton, Ohio, will host a job fair. Company president Mark Tellman said the plant would hire 40 workers. "
        "University president Ellen Frost praised the students. Police public information officer Tom Reyes said "
        "officers arrested a man. City public information officer Ann Cole said the fair opens at noon."
    )
    codes = {name: _at(record, name).cameo for name in ("Mark Tellman", "Ellen Frost", "Tom Reyes", "Ann Cole")}
    assert codes == {"Mark Tellman": "USABUS", "Ellen Frost": "USAEDU", "Tom Reyes": "USACOP", "Ann Cole": "USAGOV"}


def test_a_private_person_given_no_role_takes_the_articles_country(read):
    record = read(
        "Neighbours in Chicopee, Massachusetts, have protested a plan to build forty houses near the river. "
        "Martha Kowalski, whose garden backs onto the site, criticized the developer on Tuesday. "
        "The city of Chicopee expects to vote next month, and Massachusetts officials will review the permit."
    )
    assert (_at(record, "Martha Kowalski").cameo, _at(record, "Martha Kowalski").country) == ("USA", "USA")


def test_a_private_person_takes_the_role_an_apposition_gives_with_the_articles_country(read):
    record = read(
        "Parents in Springfield, Massachusetts, protested on Monday against a plan to close a school. "
        "Rita Gomes, a nurse with two children at the school, criticized the plan. "
        "Massachusetts officials will review the plan next month."
    )
    assert _at(record, "Rita Gomes").cameo == "USAHLH"


def test_a_private_person_takes_the_country_a_word_of_the_phrase_names_before_the_articles(read):
    record = read(
        "Parents in Springfield, Massachusetts, protested on Monday against a plan to close a school. "
        "His Danish wife Hanne Lund criticized the plan. Massachusetts officials will review the plan next month."
    )
    assert _at(record, "Hanne Lund").cameo == "DNK"


def test_a_private_person_stays_uncoded_where_no_country_leads(read):
    record = read("Martha Kowalski, whose garden backs onto the site, criticized the developer on Tuesday.")
    assert _at(record, "Martha Kowalski").cameo is None


def test_a_private_person_takes_the_one_country_all_the_places_lie_in(read):
    record = read(
        "Parents packed the gym for the meeting on Monday night. Lena Hurd said the bus ride was too long. "
        "The district will decide in May, after a hearing in Peoria, Illinois."
    )
    assert _at(record, "Lena Hurd").cameo == "USA"  # was uncoded: the state is named once, late
    record = read(
        "Parents packed the gym for the meeting on Monday night. Lena Hurd said the bus ride was too long. "
        "The district will decide in May, after hearings in Peoria, Illinois, and Windsor, Ontario."
    )
    assert _at(record, "Lena Hurd").cameo is None  # two countries: no doubt-free one
    record = read(
        "Parents packed the gym for the meeting on Monday night. Lena Hurd said the bus ride was too long. "
        "The board promised a reply. It meets again in May. Such long rides are banned in Canada."
    )
    assert _at(record, "Lena Hurd").cameo is None  # a country named in passing, no town of it


def test_a_titled_stranger_takes_the_one_country_all_the_places_lie_in(read):
    record = read(
        "Crews worked through the night to fix the main. Public Works Director Ann Poole said service was back by noon. "
        "The pipe burst near a school in Joliet, Illinois."
    )
    assert _at(record, "Ann Poole").cameo == "USAGOV"  # was ---GOV


def test_a_country_an_eatery_is_named_for_gives_no_country_to_the_people_there(read):
    record = read("A waiter at Jamaica Kitchen in Toronto was robbed Sunday, and police arrested a teenager.")
    assert _at(record, "police").cameo == "CANCOP"  # was ---COP: Jamaica and Canada both seemed named
    record = read("Parents packed the hall on Friday. Lena Hurd said the owner of Poland Deli in Joliet, Illinois, catered the dinner.")
    assert _at(record, "Lena Hurd").cameo == "USA"


def test_members_of_a_body_named_by_its_bare_noun_take_the_bodys_code(read):
    record = read(
        "The Ohio school board met on Thursday in Dayton. Board members Jim Hale and Ann Briggs voted for the plan. "
        "Ohio officials will review it."
    )
    assert (_at(record, "Jim Hale").cameo, _at(record, "Ann Briggs").cameo) == ("USAEDU", "USAEDU")  # were USA


def _label_as_tagged(pipeline, text: str, tagged: list[tuple[int, str, str]]) -> str:
    """The actors' label for the first of `tagged` (start, words, label), where the recogniser
    tagged the text's names so."""
    doc = pipeline.parse(text)
    doc.ents = [doc.char_span(start, start + len(words), label=label) for start, words, label in tagged]
    return Reading(actor_kb(), names(), doc).label(next(ent for ent in doc.ents if ent.start_char == tagged[0][0]))


def test_a_name_the_recogniser_takes_for_an_organisation_is_a_persons_by_its_company(pipeline):
    text = "Board members Tom Vick and Dana Ruiz voted against the levy on Monday."
    tagged = [(text.index("Dana Ruiz"), "Dana Ruiz", "ORG"), (text.index("Tom Vick"), "Tom Vick", "PERSON")]
    assert _label_as_tagged(pipeline, text, tagged) == "PERSON"  # in a list with a person
    text = "The pumps failed overnight, parish spokeswoman Dana Ruiz said. Ruiz said crews were tired."
    tagged = [(text.index("Dana Ruiz"), "Dana Ruiz", "ORG"), (text.rindex("Ruiz"), "Ruiz", "PERSON")]
    assert _label_as_tagged(pipeline, text, tagged) == "PERSON"  # its surname alone is a person's
    text = "Dana Ruiz was charged with theft on Friday. Her husband, Tom Ruiz, was also charged."
    tagged = [(text.index("Dana Ruiz"), "Dana Ruiz", "ORG"), (text.index("Tom Ruiz"), "Tom Ruiz", "PERSON")]
    assert _label_as_tagged(pipeline, text, tagged) == "PERSON"  # a person's surname
    text = "Tom Vick and Acme Industries sued the county on Monday."
    tagged = [(text.index("Acme Industries"), "Acme Industries", "ORG"), (text.index("Tom Vick"), "Tom Vick", "PERSON")]
    assert _label_as_tagged(pipeline, text, tagged) == "ORG"  # a firm's head word
    text = "Goldman Sachs said profits rose. Jeffrey Sachs criticized the bank. Sachs said it was greedy."
    tagged = [(text.index("Goldman Sachs"), "Goldman Sachs", "ORG"), (text.rindex("Sachs"), "Sachs", "PERSON")]
    assert _label_as_tagged(pipeline, text, tagged) == "ORG"  # a known firm's name


def test_a_firms_name_that_is_also_a_towns_places_no_private_person(read):
    record = read("Karen Webb complained in a letter to Toyota that her brakes had failed twice on the same road.")
    assert _at(record, "Karen Webb").cameo is None  # was JPN: the firm read as the Japanese town of Toyota
    assert _at(record, "Toyota").cameo == "JPNBUS"


def test_a_private_person_takes_the_datelines_country_where_no_country_leads(read):
    record = read(
        "BOSTON (AP) - A ferry line said sorry on Monday to a Dutch tourist left on the pier in Hyannis, not Amsterdam. "
        "Her friend, Anna Jansen, says a late schedule change stranded her."
    )
    assert _at(record, "Anna Jansen").cameo == "USA"  # the Netherlands is named as often as the United States


def test_surname_links_to_the_full_name_seen_earlier(read):
    record = read("Anna Kowalczyk opened the summit. Later, Kowalczyk thanked the delegates.")
    assert [span.text for span in _actor(record, "name:anna_kowalczyk").spans] == ["Anna Kowalczyk", "Kowalczyk"]


def test_a_nationality_beside_a_name_places_the_person_not_the_country(read):
    record = read(
        "BEIJING - Karl Weber flew to Shanghai to sell furniture in China. Mr. Weber, a German aged 41 and the "
        "founder of a furniture firm, met Chinese retailers. Weber said the trip went well."
    )
    assert _at(record, "Karl Weber").cameo == "DEU"  # was CHN, the article's country, with "German" read as Germany
    assert "DEU" not in [actor.canonical_id.removeprefix("iso3:") for actor in record.actors]


def test_demonym_modifier_is_a_mention_of_the_country(read):
    record = read("The port depends on Japanese investment.")
    japan = _actor(record, "iso3:JPN")
    assert (japan.kind, japan.cameo, [s.text for s in japan.spans]) == (ActorKind.COUNTRY, "JPN", ["Japanese"])


def test_country_name_is_a_country_actor(read):
    record = read("North Korea fired two missiles on Sunday.")
    assert _actor(record, "iso3:PRK").cameo == "PRK"


def test_demonym_with_role_noun_is_a_coded_group(read):
    record = read("Turkish soldiers crossed the border at dawn.")
    group = _actor(record, "cameo:TURMIL")
    assert (group.kind, group.country) == (ActorKind.GROUP, "TUR")


def test_a_people_of_one_country_codes_its_members_with_that_country(read):
    record = read("Yoruba elders rejected the plan on Monday. Zulu traders marched through Durban. Igbo leaders met in Enugu.", published="2012-05-01")
    assert _at(record, "Yoruba elders").cameo == "NGAELI"
    assert _at(record, "Zulu traders").cameo == "ZAFBUS"
    assert _at(record, "Igbo leaders").cameo == "NGA"  # a people's leaders are no government


def test_administrators_are_officials_where_a_country_qualifies_them(read):
    record = read("Palestinian administrators of the shrine condemned the raid. Hospital administrators met on Friday.", published="2012-05-01")
    assert _at(record, "Palestinian administrators").cameo == "PSEGOV"
    assert _at(record, "Hospital administrators") is None
    record = read("Hospital administrator Ruth Okafor criticised the health ministry in Leeds. School administrator Dev Rana thanked the parents.")
    assert [_at(record, name).cameo for name in ("Ruth Okafor", "Dev Rana")] == ["GBRHLH", "GBREDU"]


def test_an_administrator_a_common_noun_owns_takes_the_owners_kind(read):
    record = read(
        "The hospital's administrator, Ruth Okafor, wrote to the health board. The estate's administrator, Paul Grant, "
        "sued the bank on Monday. The county's administrator, Tom Lee, praised the deal."
    )
    assert [_at(record, name).cameo for name in ("Ruth Okafor", "Paul Grant", "Tom Lee")] == ["---HLH", "---CVL", "---GOV"]


def test_a_government_named_after_its_leader_is_that_leaders_countrys(read):
    record = read("The Clinton administration warned Baghdad on Friday against expelling the inspectors.", published="1998-11-01")
    assert _at(record, "administration").cameo == "USAGOV"
    placed = read("The Maduro government expelled the envoy on Monday, officials in Caracas said.", published="2016-03-01")
    assert _at(placed, "government").cameo == "VENGOV"  # of a Venezuelan and a Honduran Maduro, the one the article places


def test_a_minority_takes_the_country_the_text_places_it_in(read):
    record = read("Police killed two ethnic Albanians in a raid in northern Serbia. The Hungarians of Slovakia demanded more schools. "
                  "Americans in Baghdad stayed indoors.", published="2010-06-01")
    assert _at(record, "Albanians").cameo == "SRB"
    assert _at(record, "Hungarians").cameo == "SVK"
    assert _at(record, "Americans").cameo == "USA"  # not an ethnic group: visitors keep their country


def test_news_agency_is_an_organisation_actor(read):
    record = read("The minister resigned on Friday, Reuters reported.")
    reuters = _actor(record, "Q130879")
    assert reuters.kind is ActorKind.ORGANISATION and reuters.cameo.endswith("MED")


def test_capital_as_subject_of_a_verb_is_the_government(read):
    record = read("Beijing condemned the new sanctions.")
    assert _at(record, "Beijing").cameo == "CHNGOV"


def test_capital_the_entity_recogniser_missed_is_the_government_when_it_acts(read):
    assert _at(read("Kyiv accused Moscow of attacking the bridge."), "Kyiv").cameo == "UKRGOV"
    assert _at(read("Kyiv is a large city."), "Kyiv") is None


def test_capital_as_a_place_is_not_an_actor(read):
    record = read("The delegates spent Friday in Beijing.")
    assert _at(record, "Beijing") is None


def test_institution_stands_for_its_government(read):
    record = read("The Kremlin rejected the offer.")
    assert _at(record, "Kremlin").cameo == "RUSGOV"


def test_known_group_carries_its_cameo_code(read):
    record = read("Hezbollah fired rockets across the border.")
    assert _at(record, "Hezbollah").cameo == "LBNREBHEZ"  # REB as Phoenix codes it


def test_mention_covers_the_head_noun_of_a_title_phrase(read):
    record = read("Officials said the French president would attend.", published="2022-06-01")
    assert _at(record, "president").canonical_id == "Q3052772"


def test_actor_ids_follow_first_mention(read):
    record = read("Germany and Brazil signed a trade deal.")
    assert [(a.id, a.canonical_id) for a in record.actors] == [("a1", "iso3:DEU"), ("a2", "iso3:BRA")]


def test_an_actor_span_covers_its_words_and_no_more(read):
    record = read("Kenyan police dispersed protesters outside the parliament in Nairobi.")
    police = next(actor for actor in record.actors if actor.cameo == "KENCOP")
    assert [(span.start, span.end, span.text) for span in police.spans] == [(0, 13, "Kenyan police")]


def test_conjoined_demonyms_make_one_group_each(read):
    record = read("Czech and Slovak officials signed the treaty on Monday.")
    assert (_at(record, "Czech").cameo, _at(record, "Slovak").cameo) == ("CZEGOV", "SVKGOV")
    assert _at(record, "officials").cameo == "CZEGOV"


def test_demonym_before_a_unit_name_gives_the_role_noun_its_country(read):
    record = read("More Canadian special forces troops joined Brazilian peacekeepers in Haiti.")
    assert _at(record, "troops").cameo == "CANMIL"
    record = read("Two Dutch marine commandos escorted a Kenyan tanker past Somali pirates.")
    assert _at(record, "commandos").cameo == "NLDMIL"


def test_a_capital_acted_upon_is_its_country_whatever_the_recogniser_called_it(read):
    assert _at(read("Washington imposed sanctions on Minsk after the disputed vote."), "Minsk").cameo == "BLR"  # read as ORG
    assert _at(read("Moscow warned Kyiv on Friday."), "Kyiv").cameo == "UKR"  # no entity at all


def test_a_lower_case_creed_before_a_role_noun_does_not_keep_the_sentences_country_away(read):
    record = read("The Philippine army said it had killed 12 communist rebels on Mindanao.")
    assert _at(record, "rebels").cameo == "PHLREB"


def test_a_local_group_acted_on_takes_the_actors_country_where_its_sentence_names_several(read):
    assert _at(read("Cuba released three dissidents after appeals from the Vatican."), "dissidents").cameo == "CUBOPP"
    record = read("Three dissidents were arrested by Chinese police after a visit by the French president.")
    assert _at(record, "dissidents").cameo == "CHNOPP"


def test_armed_men_are_an_armed_group_and_economists_work_for_business(read):
    record = read("Armed men kidnapped two Italian engineers in Nigeria, a Lagos bank economist said.")
    assert _at(record, "Armed men").cameo == "NGAUAF"
    assert _at(record, "economist").cameo.endswith("BUS")


def test_a_militant_group_is_an_armed_group_as_militants_are(read):
    record = read("Two Yemeni militant groups claimed the ambush on Thursday.")
    assert _at(record, "militant groups").cameo == "YEMREB"


def test_a_side_before_a_role_noun_is_the_groups_code(read):
    record = read("Peru's president was criticised by opposition lawmakers for the deal.")
    assert _at(record, "opposition lawmakers").cameo == "PEROPP"
    assert _at(read("The Kenyan opposition leader called for a strike."), "Kenyan opposition leader").cameo == "KENOPP"


def test_a_demonym_before_two_listed_nouns_qualifies_both(read):
    record = read("Russian tanks and troops crossed into Georgia near Gori.")
    assert _at(record, "troops").cameo == "RUSMIL"


def test_a_group_in_a_sentence_naming_no_country_takes_the_same_roles_country_just_before(read):
    record = read(
        "Turkish troops entered the Iraqi town of Zakho on Monday. Iraqi officials protested. "
        "Witnesses said soldiers searched houses and detained two men."
    )
    assert _at(record, "soldiers").cameo == "TURMIL"


def test_a_titled_stranger_does_not_take_the_country_of_another_persons_title(read):
    record = read("President Jean Marchand hosted Kenyan leader Daniel Mwangi at a dinner on Thursday.")
    assert not _at(record, "President Jean Marchand").cameo.startswith("KEN")


def test_capital_before_a_role_noun_gives_the_country(read):
    record = read("Cairo officials denied the report on Tuesday.")
    assert _at(record, "officials").cameo == "EGYGOV"


def test_a_capital_inside_an_organisations_name_is_not_its_country(read):
    record = read("Students from Paris High School visited the state capitol.")
    assert not (_at(record, "Paris High School").cameo or "").startswith("FRA")


def test_a_former_name_of_a_country_gives_its_code(read):
    record = read("Zairean soldiers and Kampuchean guerrillas were named in the report.")
    assert (_at(record, "Zairean soldiers").cameo, _at(record, "Kampuchean guerrillas").cameo) == ("CODMIL", "KHMREB")


def test_a_leader_spelled_two_ways_is_one_actor_in_office(read):
    record = read("Lukashenko met Putin in Minsk. Alyaksandr Lukashenka later flew to Sochi.", published="2020-03-01")
    assert {a.name: a.cameo for a in record.actors if a.country == "BLR"} == {"Alexander Lukashenko": "BLRGOV"}


def test_youths_are_civilians_of_their_demonym(read):
    assert _at(read("Somali youths marched through the capital."), "youths").cameo == "SOMCVL"


def test_country_after_a_titled_name_gives_the_code(read):
    record = read("President Maria Santos of Chile opened the new bridge.")
    assert _at(record, "Santos").cameo == "CHLGOV"


def test_possessive_mark_stays_out_of_the_mention(read):
    record = read("Carla Mendes's proposal was rejected. Mendes's allies objected.")
    assert [span.text for span in _actor(record, "name:carla_mendes").spans] == ["Carla Mendes", "Mendes"]


def test_country_already_named_before_a_role_noun_qualifies_it(read):
    assert _at(read("Kenya police fired tear gas at the crowd."), "police").cameo == "KENCOP"


def test_local_group_in_a_country_belongs_to_it(read):
    assert _at(read("The rebels in Chad seized a border town on Sunday."), "rebels").cameo == "TCDREB"


def test_titled_stranger_takes_the_only_country_of_the_sentence(read):
    record = read("President Tomas Ekwueme visited flood victims in Kenya.")
    assert _at(record, "Tomas Ekwueme").cameo == "KENGOV"


def test_bare_group_takes_the_country_of_its_own_sentence(read):
    record = read("Protesters marched through Nairobi. Police said Kenya would investigate.")
    assert (_at(record, "Protesters").cameo, _at(record, "Police").cameo) == ("KENOPP", "KENCOP")


def test_authorities_commanders_and_helicopters_are_actors_alone(read):
    record = read(
        "Heavy fighting was reported near the Pakistani border. Authorities are questioning six men held at a "
        "roadblock. Local commanders refused to disarm. Two helicopters fired rockets at a truck."
    )
    assert (_at(record, "Authorities").cameo, _at(record, "commanders").cameo, _at(record, "helicopters").cameo) == (
        "PAKGOV", "PAKMIL", "PAKMIL",
    )


def test_a_local_role_noun_takes_the_place_of_its_own_clause_not_another_actors_country(read):
    record = read("Syrian gunners shelled a police station in Benghazi on Friday, witnesses said.")
    assert _at(record, "police station").cameo == "LBYCOP"  # not SYRCOP from the gunners
    record = read("Turkish jets killed six farmers in Mosul at dawn.")
    assert _at(record, "farmers").cameo == "IRQAGR"


def test_the_pope_is_the_vatican_s_head_of_state(read):
    record = read("Pope John Paul II appealed for calm in Nigeria on Sunday.", published="2002-06-02")
    assert _at(record, "John Paul II").cameo == "VATGOV"


def test_an_age_description_is_the_person_given_that_age(read):
    record = read(
        "Police in Brisbane charged Daniel Moore, 24, with assault on Saturday. Officers added that a 31-year-old "
        "woman, Jane Kerr, was also held. The 24-year-old punched a taxi driver outside a nightclub."
    )
    assert _at(record, "24-year-old").canonical_id == _at(record, "Daniel Moore").canonical_id
    record = read("A 19-year-old man, Luke Harris, was stabbed in Perth. Doctors said the 19-year-old was stable.")
    assert _at(record, "19-year-old was").canonical_id == _at(record, "Luke Harris").canonical_id
    record = read("Customs officers on Monday questioned fisherman Tom Baxter over the haul. The 42-year-old denied the charges.")
    assert _at(record, "42-year-old").canonical_id == _at(record, "Tom Baxter").canonical_id
    record = read("The coroner, Ann Price, said the 15-year-old had been left alone for hours.")
    assert _at(record, "15-year-old") is None  # not the speaker of its own sentence


def test_an_unknown_body_headed_by_a_role_noun_takes_its_role(read):
    record = read("The Lakeview Police Department arrested two men on Sunday.")
    assert _at(record, "Lakeview Police Department").cameo == "---COP"


def test_a_body_named_as_the_office_of_a_role_takes_the_roles_type(read):
    record = read(
        "Deputies from the Lake County Sheriff's Office arrested a driver near Leesburg, Florida, on Tuesday. "
        "The Sumter County Coroner's Office named the victim, and the Florida Highway Patrol closed the road."
    )
    assert _at(record, "Lake County Sheriff's Office").cameo == "USACOP"  # the recogniser calls it a facility
    assert _at(record, "Sumter County Coroner's Office").cameo == "USAJUD"
    assert _at(record, "Florida Highway Patrol").cameo == "USACOP"


def test_a_council_named_after_a_town_is_its_local_government(read):
    record = read("Enfield Council said on Monday it would close two libraries in north London, and the British Council backed a reading scheme.")
    assert _at(record, "Enfield Council").cameo == "GBRGOV"
    assert _at(record, "British Council").cameo != "GBRGOV"  # a council of no town: organisation_heads' NGO


def test_a_field_of_policy_before_a_country_names_its_government_department(read):
    record = read("Health Canada recalled two brands of baby formula on Friday, and Air Canada cancelled dozens of flights.")
    assert _at(record, "Health Canada").cameo == "CANGOV"  # was the bare CAN
    assert _at(record, "Air Canada").cameo == "CANBUS"  # a firm's name before a country is no department


def test_the_short_form_of_a_name_given_before_is_that_organisation(read):
    record = read("Brightwater Airlines laid off 300 pilots on Monday. Brightwater said on Tuesday it would appeal the ruling.")
    full = _at(record, "Brightwater Airlines")
    start = record.article.text.index("Brightwater said")
    assert record.actor_at(start, start + len("Brightwater")) is full  # was a second organisation, uncoded
    assert full.cameo == "---BUS"


def test_a_name_without_its_leading_place_or_abbreviation_is_the_organisation_named_before(read):
    record = read(
        "VANCOUVER - Crews from BC Hydro restored power to 3,000 homes on Sunday. "
        "Hydro said the outage began when a tree fell on a line."
    )
    full = _at(record, "BC Hydro")
    start = record.article.text.index("Hydro said")
    assert record.actor_at(start, start + len("Hydro")) is full  # was a second organisation, uncoded
    assert full.cameo == "CANBUS"  # a "Hydro" is a power utility, a firm


def test_papers_health_systems_utilities_and_public_offices_are_typed_by_their_names_last_words(read):
    record = read(
        "AURORA, Ill. - Power bills will rise, the Daily Courier reported on Friday. Fox Valley Gas & Electric raised rates. "
        "Riverside Health System said it would hire nurses. The Kane County Board of Realtors criticized the levy. "
        "The Illinois Water Protection Division fined a plant in Aurora. Kane County Environmental Health closed a diner."
    )
    names = ("Daily Courier", "Fox Valley Gas & Electric", "Riverside Health System", "Kane County Board of Realtors",
             "Illinois Water Protection Division", "Kane County Environmental Health")
    assert [_at(record, name).cameo for name in names] == ["USAMED", "USABUS", "USAHLH", "USABUS", "USAGOV", "USAGOV"]  # were uncoded


def test_charities_of_the_local_networks_are_non_governmental(read):
    record = read(
        "MACON, Ga. - The Salvation Army said it served 400 meals on Monday. Goodwill Industries opened a store in Macon. "
        "The Ocmulgee Valley Food Bank asked for donations. Giving fell, the United Way of Bibb County said."
    )
    names = ("Salvation Army", "Goodwill Industries", "Ocmulgee Valley Food Bank", "United Way of Bibb County")
    assert [_at(record, name).cameo for name in names] == ["USANGO"] * 4  # were USAMIL, USABUS, USABUS, uncoded


def test_a_rescue_group_is_a_charity_and_its_director_of_it(read):
    record = read(
        "WINNIPEG - A kitten was found in a snowbank on Monday. Prairie Paws Rescue executive director "
        "Ann Smith said it was close to death."
    )
    assert _at(record, "Ann Smith").cameo == "CANNGO"  # was CANBUS: "executive" read as a firm's post
    assert _at(record, "Paws Rescue").cameo == "CANNGO"
    record = read("WASILLA, Alaska - Crews from Palmer Fire and Rescue put out a blaze on Friday. Palmer Fire and Rescue reported that the family escaped unharmed.")
    assert _at(record, "Palmer Fire and Rescue").cameo == "USAGOV"  # a fire and rescue service is public


def test_religious_leaders_and_bodies_are_religious_actors_of_their_country(read):
    record = read(
        "ALEXANDRIA, Egypt - Coptic Pope Tawadros II led prayers for the victims on Tuesday. "
        "Nabil Girgis, a spokesman for the Coptic Orthodox Church, said worshippers had been warned."
    )
    assert _at(record, "Tawadros II").cameo == "EGYREL"  # was EGY: "Pope" named no role
    assert _at(record, "Coptic Orthodox Church").cameo == "EGYREL"  # was uncoded
    assert _at(record, "Nabil Girgis").cameo == "EGYREL"  # the church's spokesman
    record = read("ALEXANDRIA, Egypt - The local imam met the governor on Tuesday.")
    assert _at(record, "imam").cameo == "EGYREL"  # was EGYMUS (MUS, Mauritius, as a country)


def test_an_unknown_organisation_takes_the_country_that_describes_it(read):
    record = read("Officials met executives of Norwegian shipping group Fjordline Holdings in Oslo.")
    assert _at(record, "Fjordline Holdings").cameo == "NORBUS"  # "Holdings": a firm


def test_the_text_describing_a_body_outweighs_a_role_word_in_its_name(read):
    record = read("Inspectors praised the Danish salvage firm Kattegat Marine for its work on the wreck.")
    assert _at(record, "Kattegat Marine").cameo == "DNKBUS"  # a firm, not the navy for "Marine"


def test_a_body_whose_name_reaches_beyond_one_country_is_an_ngo_of_no_country(read):
    record = read("The Association of Asian Surgeons criticised Nepalese police for holding 40 doctors.")
    assert _at(record, "Association of Asian Surgeons").cameo == "NGO"  # not Nepal's, named beside it
    assert _at(read("The Lisbon Surgeons Association criticised Nepalese police."), "Lisbon Surgeons Association").cameo != "NGO"


def test_a_leader_or_police_qualified_by_another_sector_takes_that_sector(read):
    record = read("Zambian coup leaders and the Zambian secret police met on Monday.")
    assert (_at(record, "coup leaders").cameo, _at(record, "secret police").cameo) == ("ZMBREB", "ZMBSPY")
    assert _at(read("Zambian leaders met on Monday."), "leaders").cameo == "ZMBGOV"


def test_an_attorney_general_is_a_minister_however_hyphenated(read):
    for title in ("Attorney General", "Attorney-General"):
        assert _at(read(f"Zambian {title} Ann Mwale said the bill would pass."), "Mwale").cameo == "ZMBGOV"


def test_the_country_a_post_is_in_is_not_the_holders(read):
    for text, name, code in (
        ("Zambian ambassador to Norway John Banda told reporters the border would open.", "John Banda", "ZMBGOV"),
        ("Ghanaian ambassador to Spain Kofi Mensah said the visas would be issued.", "Kofi Mensah", "GHAGOV"),
    ):
        person = next(a for a in read(text).actors if a.kind is ActorKind.PERSON)
        assert (person.name, person.cameo) == (name, code)


def test_a_group_described_as_a_part_of_a_coded_body_takes_its_code(read):
    record = read("The Red Hand Brigade, a breakaway faction of the Kurdistan Workers Party, claimed the bombing.")
    assert _at(record, "Red Hand Brigade").cameo == _at(record, "Kurdistan Workers Party").cameo


def test_radio_and_fundamentalists_are_role_nouns(read):
    record = read("Kabul radio said fundamentalists had burned a school near the Pakistani border.")
    assert _at(record, "Kabul radio").cameo == "AFGMED"
    assert _at(record, "fundamentalists").cameo.endswith("RAD")


def test_a_party_the_text_calls_ruling_is_its_countrys_government(read):
    assert _at(read("The ruling African National Congress rejected the plan for Cape Town."), "African National Congress").cameo == "ZAFGOV"
    assert _at(read("The African National Congress rejected the plan for Cape Town."), "African National Congress").cameo != "ZAFGOV"


def test_officials_of_a_known_organisation_are_its_own_wherever_they_are(read):
    record = read("Hezbollah officials in Sidon denounced the arrests.")
    assert [a.cameo for a in record.actors if a.spans[0].text != "Sidon"] == ["LBNREBHEZ"]


def test_a_lone_name_before_a_role_noun_names_a_people_not_a_person(read):
    record = read("Tamil rebels ambushed an army patrol.")
    assert [a.kind for a in record.actors if a.kind is ActorKind.PERSON] == []


def test_a_people_named_beside_a_role_noun_leaves_the_group_its_sentences_country(read):
    record = read("Burmese troops captured a Karen guerrilla base near the river.")
    assert _at(record, "guerrilla").cameo == "MMRREB"


def test_a_group_takes_the_country_of_the_place_its_sentence_is_in(read):
    record = read("Insurgents attacked a police post in Kandahar on Sunday.")
    assert (_at(record, "Insurgents").cameo, _at(record, "police").cameo) == ("AFGREB", "AFGCOP")


def test_a_place_acted_upon_gives_no_country_to_the_group_acting(read):
    assert _at(read("Insurgents shelled Kandahar on Sunday."), "Insurgents").cameo == "---REB"


def test_a_people_qualifying_what_troops_attack_gives_them_no_country_but_their_own_officials_do(read):
    record = read("Soldiers will step up their raids on Lebanese villages, the Syrian Government said.")
    assert _at(record, "Soldiers").cameo == "SYRMIL"
    assert _at(read("Soldiers shelled Lebanese villages on Monday."), "Soldiers").cameo == "---MIL"
    assert _at(read("Judge Rosa Tapia opened an inquiry into Peruvian police officers."), "Rosa Tapia").cameo == "PERJUD"


def test_a_post_abroad_takes_no_country_from_where_it_is(read):
    record = read("Vandals damaged the embassy in Lima, the ambassador in Lima said.")
    assert all(not (a.cameo or "").startswith("PER") for a in record.actors)


def test_two_countries_in_the_sentence_leave_a_group_without_one(read):
    assert _at(read("Rebels crossed from Chad into Sudan."), "Rebels").cameo == "---REB"


def test_former_office_holder_is_an_elite(read):
    record = read("Former Peruvian president Ana Quispeluna spoke on Monday.")
    assert _at(record, "Ana Quispeluna").cameo == "PERELI"


def test_rebel_leaders_are_rebels_not_the_government(read):
    assert _at(read("Angolan rebel leaders met on Monday."), "leaders").cameo == "AGOREB"


def test_last_part_of_a_hyphenated_title_is_no_role_of_its_own(read):
    record = read("The talks were opened by Secretary-General Kofi Mensah, who spoke to the press about the new budget.")
    assert not (_at(record, "Kofi Mensah").cameo or "").endswith("MIL")


def test_a_country_acted_upon_does_not_lend_its_code_to_an_untitled_stranger(read):
    record = read("President Arturo Velasquez threatened action against Russia on Monday.")
    president = next(a for a in record.actors if "Velasquez" in a.name)
    assert not (president.cameo or "").startswith("RUS")


def test_a_country_name_listed_with_a_demonym_keeps_its_own_actor_and_each_gets_the_role(read):
    record = read("Aid groups said US and French troops must guard the convoys.")
    assert (_at(record, "US").cameo, _at(record, "French").cameo, _at(record, "troops").cameo) == ("USA", "FRAMIL", "USAMIL")


def test_conjoined_demonyms_before_a_two_word_role_code_each_country(read):
    record = read("Belarusian and Russian opposition activists met in Vilnius.")
    assert (_at(record, "Belarusian").cameo, _at(record, "Russian").cameo) == ("BLROPP", "RUSOPP")


def test_a_role_noun_after_an_international_body_joins_its_code(read):
    assert _at(read("UN troops patrolled the border."), "troops").cameo == "IGOUNOMIL"


def test_a_role_noun_after_an_armed_group_is_the_group(read):
    record = read("Hamas fighters fired rockets on Sunday.")
    assert _at(record, "fighters").canonical_id == _at(record, "Hamas").canonical_id


def test_a_post_within_a_body_takes_the_body_role(read):
    assert _at(read("A Kenyan police spokesman said the road was open."), "spokesman").cameo == "KENCOP"


def test_a_firm_named_before_a_post_codes_the_person(read):
    record = read(
        "Qantas will cut 300 jobs in Australia, the airline said on Monday. Qantas "
        "spokesman Ivan Doyle said the cuts would fall mostly in Perth."
    )
    assert _actor(record, "name:ivan_doyle").cameo == "AUSBUS"


def test_a_role_noun_before_a_post_is_no_body(read):
    record = read("Qantas will cut 300 jobs in Australia, the airline said. Press secretary Ivan Doyle said so.")
    assert _actor(record, "name:ivan_doyle").cameo != "AUSBUS"


def test_the_firms_the_news_names_most_are_business_of_their_home(read):
    record = read("Ryanair ordered ten jets from Airbus on Tuesday, and Lufthansa said it would wait for a cheaper offer.")
    assert [_at(record, name).cameo for name in ("Ryanair", "Airbus", "Lufthansa")] == ["IRLBUS", "FRABUS", "DEUBUS"]
    assert _at(read("Apple sued a small phone maker in Texas on Monday."), "Apple").cameo == "USABUS"
    # a short name is never read inside a longer one: the Beatles' record label is not the computer maker
    assert _at(read("Apple Corps sued the record shop in London on Monday."), "Apple").canonical_id != "name:apple_inc"


def test_a_firm_lends_its_home_country_to_no_one_beside_it(read):
    record = read("Trooper Dan Webb said the driver of a Honda Accord lost control on Route 9 and struck a fence.")
    assert _actor(record, "name:dan_webb").cameo == "---COP"  # not JPNCOP: a car of a Japanese make
    record = read("Sony will close two plants next year. Sony said the cuts would save money. Police said protesters blocked a road.")
    assert _at(record, "Police").cameo == "JPNCOP"  # a story about the firm is set in its home

def test_a_firms_name_before_a_model_or_a_product_noun_is_no_actor(read):
    record = read(
        "Qantas will fly its first Airbus A380 to Los Angeles when it is delivered in May. "
        "Two Boeing planes were grounded in Denver. The Boeing 787 landed in Tokyo after it circled twice."
    )
    assert not any(actor.canonical_id in ("name:airbus", "name:boeing") for actor in record.actors)
    # a number that measures is no model: the firm stays an actor
    record = read("Toyota 32% slump in sales worried Ford dealers in Ohio.")
    assert _at(record, "Toyota").cameo == "JPNBUS"
    # another body's aircraft are its own, acting
    assert _at(read("United Nations planes dropped food over the flooded villages of Chad."), "United Nations").cameo == "IGOUNO"



def test_a_known_firm_named_in_a_title_codes_the_person(read):
    record = read("Toyota President Ken Saito apologised to drivers in Ohio for the recall.")
    assert _actor(record, "name:ken_saito").cameo == "JPNBUS"  # the firm's president, not a head of state
    record = read("The Airbus president and head of sales, Hans Meier, thanked the workers in Spain.")
    assert _actor(record, "name:hans_meier").cameo == "FRABUS"  # the firm before the apposed post


def test_a_body_after_the_last_of_several_posts_codes_the_person(read):
    record = read(
        "Ryanair will charge for hand luggage from May. The treasurer and chief legal officer of the airline, "
        "Sean Kelly, defended the new fees."
    )
    assert _actor(record, "name:sean_kelly").cameo == "IRLBUS"  # not IRLGOV: a treasurer taken for the state's


def test_a_person_said_to_be_of_a_body_takes_its_code(read):
    assert _actor(read("The cuts are deep, said Mia Ford of Deutsche Bank."), "name:mia_ford").cameo == "DEUBUS"
    assert _actor(read("Shares will rise, said Ben Stone, with Goldman Sachs."), "name:ben_stone").cameo == "USABUS"
    record = read("Jane Roe met Tom Lee with Boeing officials in Chicago on Monday.")
    assert _actor(record, "name:tom_lee").cameo != "USABUS"  # beside the firm's officials, not one of them
    record = read("\"No permit was issued,\" said Mark Ellis from the California Department of Motor Vehicles on Friday.")
    assert _actor(record, "name:mark_ellis").cameo == "USAGOV"  # was the bare USA
    record = read("Nadia Brooks of Toronto police said a man was charged after the robbery.")
    assert _actor(record, "name:nadia_brooks").cameo == "CANCOP"  # the parse hangs her name on "police": was the bare CAN


def test_analysts_work_for_business_unless_their_field_says_otherwise(read):
    assert _actor(read("Analyst Maria Lopez said the shares of the bank would fall."), "name:maria_lopez").cameo.endswith("BUS")
    record = read("Former intelligence analyst Tom Price said the agency had missed the warnings.")
    assert _actor(record, "name:tom_price").cameo.endswith("SPY")


def test_a_post_whose_of_phrase_names_a_known_body_is_that_body(read):
    record = read("Two envoys from Qatar held talks with leaders of Hamas in Doha. The victims of the Taliban were buried.")
    assert _at(record, "leaders").cameo == "PSEREBHMS"
    assert _at(record, "victims") is None or _at(record, "victims").cameo != "AFGREBTAL"


def test_an_organisation_entity_of_a_title_and_a_name_is_that_person(read):
    record = read(
        "Federal Labor MP Carmen Walsh has criticised the treatment of asylum seekers. Walsh said "
        "she would keep speaking out."
    )
    walsh = _actor(record, "name:carmen_walsh")
    assert walsh.cameo.endswith("LEG") and "Walsh" in [span.text for span in walsh.spans]
    record = read("Members of the National Alliance Against Child Road Deaths met in Perth.")
    assert not any(actor.name == "Road Deaths" for actor in record.actors)


def test_a_member_of_a_provincial_assembly_is_a_legislator(read):
    record = read("REGINA - MLA Dana Whitlock told the legislature on Monday that the bill was rushed.")
    assert _at(record, "Dana Whitlock").cameo == "CANLEG"  # was CAN: "MLA" read as no title


def test_a_title_the_recogniser_took_into_an_unknown_name_is_read_as_a_title(read):
    record = read("Coroner Graeme Johns said the crash in Melbourne could have been avoided. Spokeswoman Anne Stringer agreed.")
    assert _actor(record, "name:graeme_johns").cameo == "AUSJUD"
    assert _actor(record, "name:anne_stringer").kind is ActorKind.PERSON


def test_the_governor_general_is_the_government_not_a_general(read):
    record = read("The Governor General opened the parliament in Canberra on Monday.")
    assert _at(record, "Governor General").cameo == "AUSGOV"


def test_a_role_phrase_in_apposition_codes_the_person(read):
    record = read("The French army chief, General Pierre Durand, visited the base.")
    durand = _actor(record, "name:pierre_durand")
    assert durand.cameo == "FRAMIL" and [s.text for s in durand.spans] == ["French army chief", "General Pierre Durand"]


def test_a_hyphenated_title_is_read_whole(read):
    assert _at(read("Vice-President Maria Lopez resigned on Monday."), "Maria Lopez").cameo == "---GOV"


def test_a_title_naming_an_international_body_codes_the_person(read):
    record = read("The rebels met U.N. mediator Diego Alvarez on Monday.")
    assert _at(record, "Diego Alvarez").cameo == "IGOUNO"


def test_a_country_name_the_recogniser_missed_is_still_the_country(read):
    record = read("MINSK (Reuters) - Belarus expelled two Polish diplomats on Friday.")
    assert _at(record, "Belarus").canonical_id == "iso3:BLR"


def test_a_city_acted_upon_stands_for_its_country(read):
    record = read("Russian forces shelled the city of Kharkiv on Monday.")
    assert _at(record, "Kharkiv").canonical_id == "iso3:UKR"


def test_a_city_that_only_says_where_is_no_actor(read):
    assert _at(read("The ministers met in Kharkiv on Monday."), "Kharkiv") is None


def test_countries_in_a_list_acted_upon_do_not_lend_their_code(read):
    record = read("President Tomas Ekwueme condemned arms sales to Chad and Niger.")
    assert _at(record, "Tomas Ekwueme").cameo == "---GOV"


def test_a_leader_is_an_elite_once_out_of_office(read):
    text = "Angela Merkel visited Paris."
    assert _actor(read(text, published="2019-05-02"), "Q567").cameo == "DEUGOV"
    assert _actor(read(text, published="2023-05-02"), "Q567").cameo == "DEUELI"


def test_a_people_read_as_a_person_before_a_noun_is_the_country(read):
    record = read("A first group of Nepalese peacekeeping troops landed in Juba on Friday.")
    assert _at(record, "troops").cameo == "NPLMIL"


def test_a_role_noun_modifying_a_common_noun_names_its_holder(read):
    assert _at(read("Government forces shelled rebel positions near the border."), "rebel").cameo == "---REB"


def test_a_role_before_a_post_is_no_title(read):
    # the manager's business role, not the rank's MIL
    assert _at(read("The club's general manager Tony Reagins made an offer."), "Tony Reagins").cameo == "---BUS"


def test_a_city_where_an_act_took_place_is_no_actor(read):
    assert _at(read("Airlines at Edinburgh cancelled flights on Monday."), "Edinburgh") is None


# -- a title where the date does not settle the office ------------------------------------------
def test_an_undated_title_codes_a_known_person_its_office_names(read):
    record = read("General Colin Powell inspected the troops.", published=None)
    assert _at(record, "Colin Powell").cameo == "USAMIL"


def test_a_term_held_on_the_date_is_kept_over_the_title(read):
    record = read("General Colin Powell inspected the troops.", published="2003-05-01")
    assert _at(record, "Colin Powell").cameo == "USAGOV"


def test_an_undated_international_title_codes_a_known_person_its_body(read):
    record = read("U.N. envoy Ashraf Ghani arrived for talks.", published=None)
    assert _at(record, "Ashraf Ghani").cameo.startswith("IGOUNO")


def test_a_title_several_namesakes_held_in_one_country_gives_that_country(read):
    record = read("President Aliyev met the envoy.", published=None)
    assert _at(record, "Aliyev").cameo == "AZEGOV"


def test_detainees_are_civilians_unless_called_political(read):
    record = read("Chilean detainees and Chilean political prisoners were freed.")
    assert (_at(record, "detainees").cameo, _at(record, "political prisoners").cameo) == ("CHLCVL", "CHLOPP")


def test_militants_are_rebels(read):
    record = read("Somali militants attacked the base.")
    assert _at(record, "militants").cameo == "SOMREB"


def test_a_region_before_a_role_noun_gives_its_country(read):
    record = read("Gaza militants fired rockets overnight.")
    assert _at(record, "Gaza militants").cameo == "PSEREB"


def test_a_group_naming_its_own_people_does_not_take_its_sentence_country(read):
    record = read("Burundian soldiers guarded a camp of Congolese refugees.")
    assert _at(record, "refugees").cameo == "---REF"


def test_a_counterpart_with_a_country_is_that_countrys_government(read):
    record = read("The Dutch trade minister met her Vietnamese counterpart in Hanoi.")
    assert _at(record, "Vietnamese counterpart").cameo == "VNMGOV"


def test_a_local_role_takes_the_country_of_the_region_it_is_of(read):
    record = read("The governor of Montana vetoed the bill on Friday.")
    assert _at(record, "governor").cameo == "USAGOV"


def test_police_in_a_town_are_the_towns_countrys_even_where_a_person_shares_its_name(read):
    record = read("On Monday, police in Kano detained two journalists.")
    assert _at(record, "police").cameo == "NGACOP"


def test_media_the_state_runs_are_the_governments_media(read):
    record = read("Belarusian state television accused Poland of spying, and a Lithuanian newspaper denied it.")
    assert (_at(record, "television").cameo, _at(record, "newspaper").cameo) == ("BLRGOVMED", "LTUMED")


def test_a_person_described_by_a_post_in_a_coded_body_takes_its_code(read):
    record = read("Tomas Berg, a spokesman for the Swedish defence ministry, denied the report.")
    assert _at(record, "Tomas Berg").cameo == "SWEGOV"
    record = read("The head of the Nigerian electoral commission, Musa Bello, rejected the complaint.")
    assert _at(record, "Musa Bello").cameo == "NGAGOV"


def test_a_post_held_with_a_coded_body_takes_its_code(read):
    record = read("The highway will reopen Friday, said Ann Lee, a spokeswoman with the Ohio Highway Patrol.")
    assert _at(record, "Ann Lee").cameo == "USACOP"  # was USA: "with" named no body


def test_the_disease_control_centers_are_the_us_governments_health_agency(read):
    record = read("Measles cases doubled this spring, said Ann Ruiz, a spokeswoman for the CDC.")
    assert _at(record, "Ann Ruiz").cameo == "USAGOVHLH"  # was USA
    record = read("Centers for Disease Control warns of a measles rise in Oregon.")
    assert _at(record, "Centers for Disease Control").cameo == "USAGOVHLH"  # was uncoded
    record = read("HHS said on Monday that the grants would reach 40 rural clinics.")
    assert _at(record, "HHS").cameo == "USAGOVHLH"  # was uncoded, though its full name was known


def test_the_weather_service_and_the_health_institutes_are_us_agencies(read):
    record = read("Snow totals reached a foot, said Joe Park, a spokesman for the National Weather Service.")
    assert _at(record, "Joe Park").cameo == "USAGOV"  # was USA: the service was uncoded
    record = read("NIH said on Friday it would fund 12 new trials.")
    assert _at(record, "NIH").cameo == "USAGOVHLH"  # was uncoded


def test_a_spokesman_of_a_person_with_an_office_takes_that_persons_code(read):
    record = read("Ohio Gov. Jane Smith toured the flooded towns on Friday. Her spokesman, Tom Wick, said she would ask for aid.")
    assert _at(record, "Tom Wick").cameo == "USAGOV"  # was USA: the governor's spokesman speaks for her
    record = read("US Senator Bob Hale's aide, Tom Wick, denied the report on Monday.")
    assert _at(record, "Tom Wick").cameo == "USALEG"
    record = read("Ohio Gov. Jane Smith's nephew, Tom Wick, denied the report on Monday.")
    assert _at(record, "Tom Wick").cameo == "USA"  # kin speak for no office
    record = read("Mark Hollis, a spokesman for Ohio Gov. Jane Smith, confirmed the meeting on Friday.")
    assert _at(record, "Mark Hollis").cameo == "USAGOV"  # was USA: "for" the governor speaks for her too
    record = read("Laura Penn, an aide to US Senator Bob Hale, said on Monday the bill would pass.")
    assert _at(record, "Laura Penn").cameo == "USALEG"
    record = read("Mark Hollis, a neighbour of Ohio Gov. Jane Smith, said on Friday the road was closed.")
    assert _at(record, "Mark Hollis").cameo == "USA"


def test_a_spokesman_of_a_named_institution_before_the_name_takes_its_code(read):
    record = read("White House spokesman Carl Deering said the president would sign the bill.")
    assert _at(record, "Carl Deering").cameo == "USAGOV"


def test_a_post_in_a_body_the_possessor_names_takes_that_body(read):
    record = read("Elena Sokolova, chairwoman of the Duma's budget committee, criticised the plan.")
    assert _at(record, "Elena Sokolova").cameo == "RUSLEG"


def test_a_group_without_a_country_takes_the_datelines_not_the_agencys(read):
    record = read("NAIROBI (Reuters) - Police arrested 30 protesters on Saturday.")
    assert (_at(record, "Police").cameo, _at(record, "protesters").cameo) == ("KENCOP", "KENOPP")


def test_the_dateline_does_not_place_a_group_whose_sentence_names_two_countries(read):
    record = read("NAIROBI (Reuters) - On Saturday, rebels from Uganda and Congo clashed near the border.")
    assert _at(record, "rebels").cameo == "---REB"


def test_a_dateline_abroad_does_not_place_the_people_of_a_story_set_in_another_country(read):
    text = (
        "NAIROBI (AP) - Gunmen stormed a hotel in the Somali capital on Tuesday. Somalia's government said "
        "12 guests died. The hotel stands near the port of Mogadishu, Somalia's largest city. Residents said "
        "the siege lasted hours. Somali officials said the gunmen were killed at dawn."
    )
    assert _at(read(text), "Residents").cameo == "SOMCVL"
    told_from_home = (
        "NAIROBI (AP) - Gunmen stormed a hotel in the Somali capital on Tuesday, Kenya's foreign ministry said. "
        "Kenyan guests were among the dead. Residents said the siege lasted hours. Kenya closed its border crossings "
        "with Somalia, officials said."
    )
    assert _at(read(told_from_home), "Residents").cameo == "KENCVL"


def test_a_body_takes_the_country_it_is_based_in(read):
    record = read("A Nairobi-based newspaper accused the police of torture, and a rights group based in Kampala agreed.")
    assert (_at(record, "newspaper").cameo, _at(record, "rights group").cameo) == ("KENMED", "UGAHRI")


def test_a_rank_after_a_service_takes_the_services_code(read):
    record = read("Kenyan police Lieutenant Otieno Mwangi said the suspects were detained.")
    assert _at(record, "Otieno Mwangi").cameo == "KENCOP"


def test_officer_alone_as_a_title_is_police_but_a_service_before_it_decides(read):
    record = read("Officer Dana Price arrested the driver on Main Street. Army Officer Glen Hart met the mayor.")
    assert (_at(record, "Dana Price").cameo, _at(record, "Glen Hart").cameo) == ("---COP", "---MIL")


def test_a_superintendent_is_a_schools_in_a_story_of_schools(read):
    text = (
        "Superintendent Carla Moss said the schools would reopen on Monday after the storm. "
        "Teachers will return on Friday to clean their classrooms."
    )
    assert _at(read(text), "Carla Moss").cameo.endswith("EDU")
    record = read("Superintendent Carla Moss said detectives had arrested two men after the robbery.")
    assert _at(record, "Carla Moss").cameo.endswith("COP")


def test_dr_is_a_physician_in_a_story_of_hospitals_and_no_role_elsewhere(read):
    text = "Dr. Kevin Moss said the hospital had run out of beds. Patients waited in the corridors for hours."
    assert _at(read(text), "Kevin Moss").cameo.endswith("HLH")
    assert _at(read("Dr. Kevin Moss said the committee would publish its findings next week."), "Kevin Moss").cameo is None


def test_a_rank_inside_a_title_that_is_no_role_is_no_rank(read):
    record = read("General Manager Peter Lund and Army General Henrik Dahl met in Oslo.")
    assert (_at(record, "Peter Lund").cameo or "")[3:] != "MIL"
    assert _at(record, "Henrik Dahl").cameo.endswith("MIL")


def test_an_abbreviated_title_is_a_role(read):
    record = read("Gov. Maria Lopes of Brazil and Sen. Ana Costa of Brazil visited the flooded towns.")
    assert (_at(record, "Maria Lopes").cameo, _at(record, "Ana Costa").cameo) == ("BRAGOV", "BRALEG")
    record = read("Rep. Dana Whitfield of Brazil voted against the bill.")
    assert _at(record, "Dana Whitfield").cameo == "BRALEG"


def test_a_surname_stands_for_the_person_the_story_is_about_not_a_relative_named_once(read):
    text = (
        "Paolo Ferri, the mayor of the town, opened the new bridge on Monday. Ferri praised the engineers. "
        "His mother, Lucia Ferri, watched from the crowd. Later, Ferri thanked the workers."
    )
    record = read(text)
    last = text.rindex("Ferri")
    assert record.actor_at(last, last + len("Ferri")).canonical_id == "name:paolo_ferri"


def test_a_national_police_force_by_name_is_that_countrys_police(read):
    record = read("The RCMP arrested three men in Surrey, and Scotland Yard questioned a fourth.")
    assert (_at(record, "RCMP").cameo, _at(record, "Scotland Yard").cameo) == ("CANCOP", "GBRCOP")


def test_a_us_city_police_force_or_federal_agency_by_abbreviation_is_coded(read):
    record = read("The NYPD detained two protesters on Monday, and the IRS fined a charity in Ohio. The NTSB blamed the pilot.")
    assert [_at(record, name).cameo for name in ("NYPD", "IRS", "NTSB")] == ["USACOP", "USAGOV", "USAGOV"]


def test_an_offence_abbreviation_is_no_actor_and_leaves_the_arrest_to_the_police(read):
    record = read("Sheriff's deputies in Marion County said they made 21 DUI arrests over the holiday weekend.")
    assert all(actor.name != "DUI" for actor in record.actors)
    arrest = next(e for e in record.events if e.cameo == "173")
    assert {record.actor(a).cameo for a in arrest.sources} == {"USACOP"}


def test_a_plural_role_noun_opening_the_text_after_a_dateline_is_a_group(read):
    record = read("MOGADISHU, Somalia -- Militants stormed a police station on Tuesday, killing two officers.")
    assert _at(record, "Militants").cameo == "SOMREB"
    attack = next(e for e in record.events if e.cameo.startswith("19") or e.cameo.startswith("18"))
    assert {record.actor(a).cameo for a in attack.sources} == {"SOMREB"}


def test_a_sentence_naming_no_country_takes_the_articles_own(read):
    record = read(
        "Floods cut roads across Chile on Monday. Rescuers reached villages near Temuco and Valdivia. "
        "More soldiers would arrive on Tuesday. Police closed two bridges."
    )
    assert (_at(record, "soldiers").cameo, _at(record, "Police").cameo) == ("CHLMIL", "CHLCOP")


def test_a_country_named_only_in_passing_late_is_not_the_articles(read):
    record = read(
        "Doctors at a city hospital have asked for approval of a new treatment. "
        "Police said the protest outside had ended. "
        "Staff said they were ready. A similar treatment is used in Canada."
    )
    assert _at(record, "Police").cameo == "---COP"


def test_the_only_country_a_local_story_names_after_its_opening_is_the_articles(read):
    record = read(
        "A pickup truck struck a cyclist on a county road on Friday evening. Sheriff's deputies said "
        "the driver stayed at the scene. The cyclist went to hospital with cuts. He had been riding home "
        "from work in Tulsa. The road between Tulsa and Sand Springs reopened after two hours."
    )
    assert _at(record, "Sheriff").cameo == "USACOP"


def test_a_country_named_more_than_all_others_is_the_articles_where_the_opening_names_none(read):
    record = read(
        "A gunman shot two workers at a warehouse on Monday, the authorities said. He fled in a "
        "stolen car. Police found the car hours later. The warehouse, outside Detroit, employs 300 people. "
        "One of the workers had come from Canada last year. Officers searched homes in Detroit and Flint overnight."
    )
    assert (_at(record, "Police").cameo, _at(record, "authorities").cameo) == ("USACOP", "USAGOV")


def test_a_country_named_late_by_one_word_only_is_not_the_articles(read):
    record = read(
        "Doctors at a city hospital have asked for approval of a new treatment. "
        "Police said the protest outside had ended. Staff said they were ready. "
        "A similar treatment is used in Canada. Canada approved it last year."
    )
    assert _at(record, "Police").cameo == "---COP"


def test_the_articles_country_settles_a_sentence_naming_two(read):
    record = read(
        "Police in Chile arrested twelve people in Santiago. Chile's courts will hear the cases. "
        "Chilean officials said the army had helped in Peru and in Chile."
    )
    assert _at(record, "army").cameo == "CHLMIL"


def test_a_shadow_minister_speaks_for_the_opposition(read):
    record = read("British Shadow Health Minister Alan Pickering criticised the plan.")
    assert _at(record, "Alan Pickering").cameo == "GBROPP"


def test_a_regions_president_is_not_the_countrys_leader(read):
    record = read("The Chechen president met elders in Grozny.", published="2002-01-01")
    chechen = _at(record, "Chechen president")
    assert (chechen.cameo, chechen.kind) == ("RUSGOV", ActorKind.GROUP)


def test_a_surname_after_an_honorific_is_the_person_named_in_full(read):
    record = read("Critics accused Judge Maria Okafor of bias. Dr Okafor rejected the claims.")
    okafor = _at(record, "Maria Okafor")
    assert [span.text for span in okafor.spans][:2] == ["Judge Maria Okafor", "Okafor"]


def test_a_hyphenated_rank_is_read_as_written_with_a_space(read):
    record = read("Lieutenant-General Peter Marsh of Kenya inspected the troops.")
    assert _at(record, "Peter Marsh").cameo == "KENMIL"


def test_title_set_before_the_name_describes_the_person(read):
    record = read("The Polish Opposition leader, Marek Zielinski, says the budget will fail in Warsaw.")
    person = _actor(record, "name:marek_zielinski")
    assert person.cameo == "POLOPP"
    assert person.spans[0].text.startswith("Polish Opposition leader")


def test_a_title_the_recogniser_took_for_a_name_is_no_second_actor(read):
    record = read("The Treasurer, Peter Costello, has ruled out a cut to petrol excise in Canberra.", published="2002-01-01")
    assert [(actor.name, actor.cameo) for actor in record.actors if actor.kind is ActorKind.PERSON] == [("Peter Costello", "AUSGOV")]


def test_an_abbreviation_the_text_defines_is_the_organisation_it_abbreviates(read):
    record = read(
        "The Harbour Pilots Safety Board (HPSB) said on Monday that ferries must slow down in fog. "
        "Later the HPSB said it would inspect every ferry in Lisbon."
    )
    board = _at(record, "Harbour Pilots Safety Board")
    assert board is not None and record.actor_at(record.article.text.rindex("HPSB"), record.article.text.rindex("HPSB") + 4) == board


def test_an_abbreviation_of_a_body_a_role_noun_heads_is_that_body(read):
    record = read("Miners from the Australian Workers Union (AWU) marched in Perth. Later the AWU said it would strike.")
    union = _at(record, "Australian Workers Union")
    assert union.cameo == "AUSLAB" and record.actor_at(record.article.text.rindex("AWU"), record.article.text.rindex("AWU") + 3) == union


def test_a_name_the_recogniser_took_with_its_opening_bracket_is_coded_without_it(read):
    record = read("A rally by the Forestry, Mining and Energy Union (FMEU) drew thousands. The FMEU said more would come.")
    union = _at(record, "Forestry, Mining and Energy Union")
    assert union.name == "Forestry, Mining and Energy Union" and union.cameo.endswith("LAB")
    assert record.actor_at(record.article.text.rindex("FMEU"), record.article.text.rindex("FMEU") + 4) == union


def test_a_name_before_its_people_is_not_their_union(read):
    record = read(
        "Unions representing Qantas line workers have not ruled out strikes over Christmas. "
        "Qantas says it cannot afford a pay rise. Qantas is the company that froze wages."
    )
    assert _at(record, "Qantas").cameo == "AUSBUS"  # the company, not a union of its workers (was ---LAB)
    assert _at(read("Reporters from Time magazine asked the minister about the plan."), "Time").cameo.endswith("MED")
    assert _at(read("The Noongar people will sign a land deal with the state on Friday."), "Noongar").cameo.endswith("PPL")


def test_a_senate_is_the_legislature_of_the_article_country(read):
    record = read("Chilean miners marched in Santiago on Monday. The Senate then passed the mining bill. Police detained ten miners.")
    assert (_at(record, "Senate").cameo, _at(record, "Police").cameo) == ("CHLLEG", "CHLCOP")
    record = read("The Senate voted on Tuesday to fund the Pentagon's new missile programme.")
    assert _at(record, "Senate").cameo == "USALEG"


def test_an_article_naming_its_country_only_through_its_office_holders_is_set_there(read):
    text = "Joe Biden signed the farm bill on Tuesday. On Friday the police arrested two protesters outside."
    assert (_at(read(text), "police").cameo, _at(read(text), "protesters").cameo) == ("USACOP", "USAOPP")
    unknown = read(text.replace("Joe Biden", "The farmers' union"))  # no office holder: no country
    assert _at(unknown, "police").cameo == "---COP"
    abroad = read(text.replace("outside", "in Kyiv"))  # the sentence's own place still wins
    assert _at(abroad, "police").cameo == "UKRCOP"


def test_of_countries_named_equally_often_the_one_the_opening_names_is_the_article_s(read):
    text = (
        "Finance Minister Erkki Laine said on Monday that Finland's exports would fall. "
        "Mr Laine spoke to reporters in the morning. He expects a weak year. "
        "He says the United States holds the key, and that if the US recovers, American demand will too. "
        "Opposition spokeswoman Liisa Kova says the minister has no plan."
    )
    assert _at(read(text), "Liisa Kova").cameo == "FINOPP"
    unopened = read(text.replace("Finland's exports", "exports"))  # the opening names neither
    assert _at(unopened, "Liisa Kova").cameo == "---OPP"


def test_a_speaker_takes_no_country_named_only_in_what_it_says(read):
    at_home = read(
        "Danish farmers blocked roads in Aarhus on Monday. Police in Denmark cleared them on Tuesday. "
        "The Prime Minister said Swedish ships would be barred from the port."
    )
    assert _at(at_home, "Prime Minister").cameo == "DNKGOV"
    beside = read("The Swedish Prime Minister said ships would be barred from the port.")  # his own title's country
    assert _at(beside, "Prime Minister").cameo == "SWEGOV"


def test_a_man_given_an_age_is_an_actor_of_the_sentence_s_country(read):
    record = read("Police in Perth have charged a 31-year-old man over the robbery of a bank in Fremantle.")
    assert _at(record, "man").cameo == "AUSPPL"
    assert _at(read("Police in Perth say a man may fish in the river without a licence."), "man") is None  # no age, no deed: no one in particular


def test_justice_before_a_name_titles_a_judge_but_justice_alone_is_no_actor(read):
    record = read("Justice Maria Okafor of Nigeria's Supreme Court dismissed the appeal on Monday.")
    assert _at(record, "Maria Okafor").cameo == "NGAJUD"
    record = read("Nigerian police vowed to bring the killers to justice.")
    assert _at(record, "justice") is None


def test_the_government_in_capitals_is_the_article_country_s(read):
    record = read("Kenyan teachers went on strike in Nairobi on Monday. The Government said it would not raise their pay.")
    assert _at(record, "Government").cameo == "KENGOV"
    record = read("Kenyan teachers went on strike in Nairobi on Monday. A government in the region said nothing.")
    assert _at(record, "government") is None
    record = read("Kenyan pilots met in Nairobi on Monday. The Kenya Civil Aviation Authority said it would inspect their planes.")
    assert _at(record, "Kenya Civil Aviation Authority").name == "Kenya Civil Aviation Authority"


def test_a_team_captain_is_no_soldier_but_an_army_captain_is(read):
    record = read("The Indian cricket captain criticised the umpires in Mumbai.")
    assert all(actor.cameo != "INDMIL" for actor in record.actors)
    record = read("An Indian army captain was wounded near the border.")
    assert _at(record, "Indian army captain").cameo == "INDMIL"
    record = read("Captain Rahul Mehta led the infantry patrol near the border in Kashmir.")
    assert _at(record, "Captain Rahul Mehta").cameo == "INDMIL"


def test_the_body_s_name_covers_its_capitalised_modifier(read):
    record = read("Kenyan nurses marched in Nairobi on Monday. The Federal Cabinet met to discuss their pay.")
    assert _at(record, "Federal Cabinet").cameo == "KENGOV"
    assert [span.text for span in _at(record, "Federal Cabinet").spans] == ["Federal Cabinet"]


def test_insurgents_fighting_one_countrys_forces_are_that_countrys(read):
    record = read("Indian soldiers attacked a Naga rebel base near the Burmese border.")
    assert _at(record, "rebel").cameo == "INDREB"
    record = read("Baluch guerrillas killed four Pakistani soldiers near the Iranian border.")
    assert _at(record, "guerrillas").cameo == "PAKREB"
    record = read("Three Nepalese soldiers were killed in an ambush by Maoist rebels near the Indian border.")
    assert _at(record, "rebels").cameo == "NPLREB"


def test_insurgents_named_by_a_countrys_people_do_not_take_the_forces_country(read):
    record = read("Congolese rebels attacked Rwandan troops in the hills.")
    assert _at(record, "rebels").cameo != "RWAREB"


def test_a_surname_with_its_lower_case_particle_is_the_person_named_in_full_before(read):
    record = read("Khalid bin Rashid met the envoy in Doha on Sunday. The next day bin Rashid flew to Riyadh.")
    assert [span.text for span in _actor(record, "name:khalid_bin_rashid").spans] == ["Khalid bin Rashid", "bin Rashid"]
    record = read("Pieter van Heerden met the envoy in Pretoria on Sunday. On Monday van Heerden flew home.")
    assert [span.text for span in _actor(record, "name:pieter_van_heerden").spans] == ["Pieter van Heerden", "van Heerden"]


def test_warplanes_alone_are_the_military_of_the_country_the_story_places_them_in(read):
    record = read("Sudanese troops entered the town on Monday. Warplanes bombed the market the next day.")
    assert _at(record, "Warplanes").cameo == "SDNMIL"


def test_a_role_in_a_sentence_of_two_countries_is_that_of_the_same_role_just_before(read):
    text = (
        "Pakistani police detained ten men in Lahore. Pakistani officials condemned the raid in Pakistan. "
        "Indian troops shelled villages near Poonch. A Pakistani official said Kashmiri militants ambushed an army patrol."
    )
    assert _at(read(text), "army patrol").cameo == "INDMIL"  # not the article's country, Pakistan


def test_tanks_with_a_country_are_its_military_and_a_think_tank_is_a_research_body(read):
    assert _at(read("Russian tanks shelled the village on Monday."), "Russian tanks").cameo == "RUSMIL"
    assert _at(read("A Japanese think tank said growth would slow."), "think tank").cameo == "JPNEDU"
    assert not read("The fuel tanks exploded at the depot.").actors


def test_refugees_people_lend_their_country_to_no_official_in_their_sentence(read):
    record = read("Mayor Anna Holm said 40 Somali refugees had arrived in the town overnight.")
    assert (_at(record, "Anna Holm").cameo, _at(record, "Somali refugees").cameo) == ("---GOV", "SOMREF")


def test_a_suspect_is_an_alleged_offender_acting_alone(read):
    record = read("Police in Winnipeg, Manitoba, said the suspect punched a cashier on Friday. The suspect fled on foot.")
    assert _at(record, "suspect").cameo == "CANCRM"  # was no actor: the assault had no source
    record = read("Police in Winnipeg, Manitoba, said the male suspect punched a cashier on Friday.")
    assert _at(record, "suspect").cameo == "CANCRM"  # "male" is no Malé: not MDVCRM


def test_a_plural_role_noun_opening_the_sentence_is_a_group_whatever_its_tag(read):
    record = read("Rebels were attacked by Colombian troops near the border.")
    assert _at(record, "Rebels").cameo == "COLREB"


def test_an_association_is_a_non_governmental_body_of_its_country(read):
    record = read("The Canadian Consumers Association says banks are overcharging customers.")
    assert _at(record, "Consumers Association").cameo == "CANNGO"
    assert [a.cameo for a in read("Kenyan society is divided over the new law.").actors] == ["KEN"]


def test_a_government_in_a_sentence_naming_no_country_is_that_of_the_known_person_speaking(read):
    record = read(
        "Spending on the navy has soared since ships were sent to Somalia. "
        "Senator Robert Hill, the Defence Minister, said on Monday the Government would trim other programs.",
        published="2002-01-01",
    )
    assert _at(record, "Government").cameo == "AUSGOV"


def test_an_unknown_organisation_is_typed_by_the_last_words_of_its_name(read):
    record = read(
        "The Coastal Fisheries Bureau said on Monday that catches fell near Brisbane. Southern Cross Airways cancelled "
        "flights to Melbourne after the Transport and Harbour Workers Union called a strike. The Bank of Tonga raised its rates."
    )
    names = ("Coastal Fisheries Bureau", "Southern Cross Airways", "Transport and Harbour Workers Union", "Bank of Tonga")
    assert [_at(record, name).cameo for name in names] == ["AUSGOV", "AUSBUS", "AUSLAB", "TONBUS"]


def test_an_abbreviated_company_designator_ending_a_name_makes_it_a_firm(read):
    record = read(
        "Lakeside Freight Inc., which runs depots in Ohio and Indiana, announced plans to cut 200 jobs on Tuesday. "
        "Officials at Brennan Paper Co. said they planned to contest the fine."
    )
    assert [_at(record, name).cameo for name in ("Lakeside Freight Inc.", "Brennan Paper Co.")] == ["USABUS", "USABUS"]


def test_a_newspaper_named_with_two_words_joined_by_a_hyphen_is_an_outlet(read):
    record = read(
        "FRESNO, Calif. -- Police told the Fresno Union-Tribune on Monday that the man had fled. The sheriff told the Dayton "
        "Journal-Courier the search would go on."
    )
    assert [_at(record, name).cameo for name in ("Fresno Union-Tribune", "Dayton Journal-Courier")] == ["USAMED", "USAMED"]


def test_a_medical_or_health_center_is_of_health_not_a_building(read):
    record = read(
        "TULSA, Okla. -- Eastgate Medical Center said on Monday that three patients had been discharged. "
        "Dana Pruitt, director of nursing at Hollow Creek Health Center, said staff were tired."
    )
    assert [_at(record, name).cameo for name in ("Eastgate Medical Center", "Dana Pruitt")] == ["USAHLH", "USAHLH"]


def test_two_last_words_of_a_name_outrank_a_role_word_before_them(read):
    record = read(
        "The Hunter Area Health Service closed a ward in Newcastle, New South Wales, on Friday. The State "
        "Emergency Service warned residents of Maitland to leave."
    )
    assert [_at(record, name).cameo for name in ("Hunter Area Health Service", "Emergency Service")] == ["AUSHLH", "AUSGOV"]


def test_a_gathering_of_members_named_after_its_of_is_typed_by_them(read):
    record = read(
        "The Tasmanian Council of Trade Unions called a strike in Hobart. The Kidney Health Society of "
        "Victoria welcomed a grant in Melbourne. Later the Council of Ministers met in Canberra."
    )
    names = ("Tasmanian Council of Trade Unions", "Kidney Health Society of Victoria", "Council of Ministers")
    assert [_at(record, name).cameo for name in names] == ["AUSLAB", "AUSNGO", "AUSGOV"]


def test_unions_alone_are_labour_of_the_country_their_places_lie_in(read):
    record = read("Unions representing hospital nurses in Auckland and Wellington have warned of more strikes.")
    assert _at(record, "Unions").cameo == "NZLLAB"


def test_an_organisation_the_text_calls_the_company_is_a_business_of_its_places_country(read):
    record = read("Northwind Logistics laid off 200 drivers in Winnipeg and Regina on Monday. The company said fuel costs had doubled.")
    firm = _at(record, "Northwind Logistics")
    assert firm.cameo == "CANBUS" and _at(record, "company") == firm


def test_a_royal_commissioner_is_an_official_of_the_article_country(read):
    record = read("The royal commissioner heard evidence in Perth and Adelaide yesterday.")
    assert _at(record, "royal commissioner").cameo == "AUSGOV"


def test_a_bodys_chief_executive_takes_the_bodys_code_not_a_firms(read):
    record = read("The Kidney Health Society's chief executive, Mara Lindqvist, said in Geelong that donations had fallen.")
    assert _actor(record, "name:mara_lindqvist").cameo == "AUSNGO"


def test_the_word_ending_a_bodys_name_refers_back_to_it(read):
    record = read(
        "The Forest Practices Commission said it would hear both sides in Launceston. "
        "The Timber Workers Federation rejected the offer. The commission meets in Hobart on Monday."
    )
    commission, federation = _at(record, "Forest Practices Commission"), _at(record, "Timber Workers Federation")
    assert (commission.cameo, federation.cameo) == ("AUSGOV", "AUSLAB") and _at(record, "commission") == commission


def test_a_unions_secretary_and_a_societys_president_take_their_bodys_code(read):
    record = read(
        "The branch secretary of the Dockers and Seamens Union, Ray Tolliver, says members in Fremantle will strike. "
        "The Law Society's president, Anne Corbett, said in Perth that the bill was unfair."
    )
    assert (_actor(record, "name:ray_tolliver").cameo, _actor(record, "name:anne_corbett").cameo) == ("AUSLAB", "AUSNGO")


def test_a_channel_is_a_broadcaster_of_the_article_country(read):
    record = read("The Premier, Mark Tolland, told Channel Nine in Brisbane on Monday that the dam would be built.")
    assert _at(record, "Channel Nine").cameo == "AUSMED"


def test_the_firm_a_description_introduced_is_the_one_it_refers_back_to(read):
    record = read(
        "The law firm Carter Holt said in Auckland that it had advised Pacific Timber Holdings before the collapse. "
        "The law firm later told the court the advice was sound."
    )
    later = record.article.text.rindex("law firm")
    assert record.actor_at(later, later + len("law firm")) == _at(record, "Carter Holt")


def test_a_group_against_or_for_a_named_actor_is_not_that_actor(read):
    record = read("Anti-Hamas gunmen attacked a checkpoint in Rafah. Pro-Syrian militias shelled a village in Lebanon.", published="2007-06-01")
    gunmen, militias = _at(record, "gunmen"), _at(record, "militias")
    assert (gunmen.canonical_id, gunmen.cameo) == ("cameo:PSEUAF", "PSEUAF")  # Hamas's opponents: Palestinians, not Hamas
    assert not (militias.cameo or "").startswith("SYR")
    assert all(actor.name != "Syria" for actor in record.actors)


def test_a_stance_prefix_within_a_name_is_part_of_the_name(read):
    record = read("The Kenya Anti-Corruption Commission charged two officials. The Anti-Corruption Commission said so.", published="2007-06-01")
    assert _at(record, "The Anti-Corruption Commission").name == "Anti-Corruption Commission"


def test_pm_is_a_title_before_a_name_and_a_time_after_a_number(read):
    record = read("Canadian PM Mary Tolland landed in Oslo at 9 pm on Monday.", published="1998-05-04")
    assert _at(record, "Mary Tolland").cameo == "CANGOV"
    assert all("pm" not in actor.name.lower() for actor in record.actors)


def test_a_title_naming_an_armed_group_codes_the_person(read):
    record = read("Gunmen loyal to Hezbollah commander Hussein Nasrawi fired on the checkpoint.")
    assert _at(record, "Hussein Nasrawi").cameo == "LBNREBHEZ"


def test_kashmiri_armed_groups_are_pakistans(read):
    record = read("Indian officials blamed Lashkar-e-Toiba and Jaish-e-Mohammad for the raid on the village.")
    assert _at(record, "Lashkar-e-Toiba").cameo == "PAKREB"
    assert _at(record, "Jaish-e-Mohammad").cameo == "PAKREB"


def test_a_mission_word_between_country_and_post_stays_in_the_title(read):
    record = read("Rebel leaders in Jaffna welcomed Norwegian peace envoy Lars Haugen on Sunday.")
    assert _at(record, "Lars Haugen").cameo == "NORGOV"


def test_a_role_noun_qualifying_a_later_noun_takes_the_country_before_it(read):
    record = read("Two Kurdish men were beaten in Turkish police custody, their lawyers in Berlin said.")
    assert _at(record, "police").cameo == "TURCOP"
    assert _at(record, "Turkish").cameo == "TUR"  # the country word stays the country's mention


def test_a_persons_birthplace_lends_no_country_to_the_sentence(read):
    record = read(
        "Officials at Kenya's Interior Ministry said the man had left. Ministry spokesman Peter Kamau "
        "said the Egyptian-born preacher was in hiding."
    )
    assert _at(record, "Peter Kamau").cameo == "KENGOV"
    assert _at(record, "preacher").cameo.startswith("EGY")


def test_a_particle_surname_with_its_possessive_is_the_person_named_in_full(read):
    record = read("Osama bin Laden has fled to Pakistan, officials said. A cleric said bin Laden's supporters had scattered.")
    assert _at(record, "bin Laden's").canonical_id == _at(record, "Osama bin Laden").canonical_id


def test_an_uncoded_one_word_organisation_after_a_preposition_of_place_is_no_actor(read):
    record = read("Crews were sent to a grass fire near Wyong and to another at Spencer on Sunday.")
    assert _at(record, "Spencer") is None


def test_an_unknown_organisation_takes_the_role_noun_after_its_name(read):
    record = read("The Clarion newspaper accused the mayor of Chicago of lying.")
    assert _at(record, "Clarion").cameo == "USAMED"


def test_a_verbs_for_before_a_titled_name_is_no_post_abroad(read):
    record = read("Sri Lankan officials are calling for Norwegian envoy Lars Haugen to return to the island.")
    assert _at(record, "Lars Haugen").cameo == "NORGOV"


def test_an_international_group_is_no_one_countrys(read):
    record = read("Kenya welcomed the mediation of the international community, and Somalia asked for an international security force.")
    assert _at(record, "international community").cameo == "IGOCVL"
    assert _at(record, "international security force").cameo == "IGOMIL"


def test_visitors_lend_no_country_to_the_local_police(read):
    record = read(
        "A police spokesman in Darwin says officers reached the stranded German backpackers after a long walk. "
        "Police officers had to walk 12 kilometres to reach the two Dutch nationals."
    )
    assert _at(record, "Police officers").cameo == "AUSCOP"


def test_a_short_organisation_name_the_places_stage_read_as_a_place_is_no_organisation(read):
    record = read("A yacht broker in Newport Beach, CA, sold the schooner to a buyer from Oregon last week.")
    assert _at(record, "CA") is None


def test_a_local_group_acting_upon_a_town_of_the_articles_country_is_of_that_country(read):
    record = read(
        "Two men were arrested after a robbery at a bank in Duluth, Minnesota. The men had driven up from "
        "Minneapolis, a witness said. Police chased the pair back to Minneapolis before stopping their car."
    )
    assert _at(record, "Police").cameo == "USACOP"


def test_forces_acting_upon_a_town_abroad_take_no_country_from_the_article(read):
    record = read(
        "Pakistan's cabinet met in Islamabad on Monday. Ministers in Islamabad discussed the budget. "
        "Troops shelled Kandahar overnight."
    )
    assert _at(record, "Troops").cameo == "---MIL"


def test_police_ranks_before_a_name_code_the_police_and_a_soldiers_rank_the_military(read):
    record = read(
        "Kenyan police said a bus had overturned near Nakuru. Sergeant Otieno Kamau said six passengers were hurt, "
        "and Detective Inspector Mary Wanjiru said the driver would be charged. Superintendent Peter Njoroge urged "
        "drivers to slow down. Staff Sergeant Juma Ali of the Kenyan Army said soldiers helped at the scene.",
        published="2002-05-01",
    )
    for name in ("Otieno Kamau", "Mary Wanjiru", "Peter Njoroge"):
        assert _at(record, name).cameo == "KENCOP", name
    assert _at(record, "Juma Ali").cameo == "KENMIL"


def test_a_master_or_gunnery_sergeant_is_a_soldier_without_a_body_named(read):
    record = read(
        "Kenyan troops guarded the border post near Mandera. Master Sergeant Ali Hassan said the gate was shut, and "
        "Gunnery Sergeant Omar Duale said patrols would resume.",
        published="2002-05-01",
    )
    assert _at(record, "Ali Hassan").cameo.endswith("MIL")
    assert _at(record, "Omar Duale").cameo.endswith("MIL")


def test_weapons_inspectors_are_no_police(read):
    record = read("U.N. weapons inspectors left Baghdad on Friday after the talks failed.", published="2002-05-01")
    assert all(not (actor.cameo or "").endswith("COP") for actor in record.actors)


def test_a_party_named_alone_is_one_actor_of_the_articles_country_in_the_legislature(read):
    record = read(
        "WELLINGTON - Labour accused the Greens of wrecking the housing bill. The Labour Party said the vote "
        "would go ahead in Fiji next week, and the Greens warned the Nationals not to back it.",
        published="2002-05-01",
    )
    labour, greens = _at(record, "Labour accused"[:6]), _at(record, "Greens")
    assert (labour.cameo, greens.cameo, _at(record, "Nationals").cameo) == ("NZLLEG", "NZLLEG", "NZLLEG")
    assert labour is _at(record, "Labour Party") and labour is not greens


def test_a_party_the_text_calls_ruling_or_opposition_is_the_government_or_the_opposition(read):
    record = read(
        "Britain's ruling Labour Party backed the plan. In Canberra, the opposition Labor Party attacked it, "
        "and Labor said it would vote against it.",
        published="2002-05-01",
    )
    assert (_at(record, "Labour Party").cameo, _at(record, "Labor said"[:5]).cameo) == ("GBRGOV", "AUSOPP")


def test_a_party_after_a_possessive_pronoun_is_of_the_person_named_before(read):
    text = (
        "Palestinian officials met in Ramallah on Monday. Palestinian police deployed in Gaza on Tuesday. "
        "Foreign Minister Shimon Peres later called the ministers of his Labour Party to an urgent meeting."
    )
    assert _at(read(text, published="2002-01-01"), "Labour").cameo == "ISRLEG"  # Peres's, not the article's (PSE)


def test_a_party_name_before_a_noun_or_inside_another_name_is_no_party(read):
    record = read("WASHINGTON - The Labor Department said Democrat senators and Labor Day shoppers were upbeat.", published="2002-05-01")
    assert not any(actor.canonical_id in ("name:labor", "name:democrats") for actor in record.actors)


def test_a_party_name_the_table_lacks_is_a_party_only_with_its_country_before_it(read):
    record = read(
        "NAIROBI - The Kenyan Alliance Party backed the bill, and the Jubilee Freedom Party in Uganda opposed it.",
        published="2002-05-01",
    )
    assert _at(record, "Alliance Party").cameo == "KENLEG"
    assert not (_at(record, "Jubilee Freedom Party").cameo or "").endswith("LEG")


def test_an_outlet_whose_country_nothing_names_is_the_articles_not_the_reported_places(read):
    record = read(
        "NAIROBI - The minister told Capital FM Radio that Kenyan troops would stay in Somalia. "
        "A Citizen TV report said the troops had left Mogadishu.",
        published="2002-05-01",
    )
    assert (_at(record, "Capital FM Radio").cameo, _at(record, "Citizen TV").cameo) == ("KENMED", "KENMED")


def test_a_known_outlets_local_station_is_the_outlet(read):
    record = read("EDMONTON - A retired welder, Tom Price, told CTV Edmonton that he had lost his pension.")
    station = _at(record, "CTV Edmonton")
    assert (station.name, station.cameo) == ("CTV News", "CANMED")  # was uncoded
    record = read(
        'The retired welder, Tom Price, said he was shocked. "I never thought I would see it again," Price told CTV Calgary.'
    )
    told = next(event for event in record.events if event.trigger == "tell")
    actors = {actor.id: actor for actor in record.actors}
    assert [actors[i].cameo for i in told.targets] == ["CANMED"]  # the town after the outlet is no place told


def test_a_capitalised_government_naming_no_country_is_the_articles_not_a_nearby_places(read):
    record = read(
        "Labor has urged the Government to lift nurses' pay in Australia. The Government says it will send the "
        "boat people back to Indonesia. Critics in Sydney say the Government has failed them.",
        published="2002-05-01",
    )
    start = record.article.text.index("The Government says") + 4
    assert record.actor_at(start, start + len("Government")).cameo == "AUSGOV"


def test_a_capitalised_government_is_that_of_the_office_holder_acting_just_before(read):
    text = (
        "Israeli Prime Minister Ariel Sharon opened a security meeting after blaming Palestinian leader Yasser "
        "Arafat for the bombings. \"Tonight the Government will sit,\" he told viewers. The Government will discuss "
        "its reply to the raids, which a Lebanese minister condemned."
    )
    record = read(text, published="2002-01-01")
    assert [_at(record, part).cameo for part in ("the Government will", "The Government")] == ["ISRGOV", "ISRGOV"]


def test_actors_of_a_dependent_territory_are_its_sovereigns_and_the_territory_keeps_its_code(read):
    record = read(
        "Christmas Island police arrested two men after a riot at the detention centre. Guam police said a "
        "typhoon had killed three people.",
        published="2002-05-01",
    )
    guam = record.article.text.index("police said")
    assert (_at(record, "police").cameo, _at(record, "Christmas Island").cameo) == ("AUSCOP", "CXR")
    assert record.actor_at(guam, guam + len("police")).cameo == "USACOP"


def test_us_local_offices_are_coded_by_their_titles(read):
    record = read(
        "Principal Dana Whitcombe told parents the school would reopen on Monday. Guidance counselor Ray Osei "
        "said students could meet him. Patrolman Luis Ortega arrested a driver near the school, and troopers "
        "closed the highway. District Attorney Carla Reyes charged the driver."
    )
    codes = [_at(record, name).cameo[3:] for name in ("Dana Whitcombe", "Ray Osei", "Luis Ortega", "troopers", "Carla Reyes")]
    assert codes == ["EDU", "EDU", "COP", "COP", "JUD"]


def test_a_rank_opening_a_firm_s_name_is_no_military(read):
    record = read(
        "Maria Lopez, an engineer for General Motors, said the plant would hire 200 workers. "
        "Harbor Systems Network LLC sued the city."
    )
    assert (_at(record, "General Motors").cameo[3:], _at(record, "Harbor Systems Network LLC").cameo[3:]) == ("BUS", "BUS")


def test_an_owner_or_founder_acts_for_the_body(read):
    record = read(
        "Grant Vole, owner of Harbor Systems Network LLC, sued Tulsa County on Monday. "
        "Tom Reed, a founder of the Kessler Foundation in Tulsa, praised the decision."
    )
    assert (_at(record, "Grant Vole").cameo, _at(record, "Tom Reed").cameo) == ("USABUS", "USANGO")


def test_a_board_of_education_is_an_education_body(read):
    record = read("The Maple Grove Board of Education approved the budget on Tuesday.")
    assert _at(record, "Maple Grove Board of Education").cameo[3:] == "EDU"


def test_a_title_before_another_name_and_a_comma_is_not_the_next_person_s(read):
    record = read(
        "In a police report by Patrolman Dale Hughes, Maria Ortiz, 31, left her dog inside a car for an hour. "
        "The Opposition leader, Tom Grady, said the law was weak."
    )
    assert (_at(record, "Dale Hughes").cameo[3:], _at(record, "Maria Ortiz").cameo) == ("COP", None)
    assert _at(record, "Tom Grady").cameo[3:] == "OPP"


def test_an_abbreviated_police_title_codes_the_person_named_after_it(read):
    record = read("Sgt. Dana Whitfield told reporters the van had been stolen in Tulsa. Det. Omar Reyes arrested a man on Friday.")
    assert (_at(record, "Dana Whitfield").cameo[3:], _at(record, "Omar Reyes").cameo[3:]) == ("COP", "COP")


def test_a_hyphenated_police_rank_codes_the_person_named_after_it(read):
    record = read("Det.-Sgt. Paul Ferreira said the stolen van was found in Hamilton, Ontario, on Sunday.")
    assert _at(record, "Paul Ferreira").cameo == "CANCOP"  # was the bare CAN: the rank was no role


def test_an_abbreviated_title_the_parser_ends_a_sentence_at_still_codes_the_name_after_it(read):
    record = read("A stolen truck was found near a farm in Saskatchewan. Regina police Const. Mira Dossett said officers seized it.")
    assert _at(record, "Mira Dossett").cameo == "CANCOP"  # was CAN: the parser ended a sentence at "Const."
    said = next(e for e in record.events if e.trigger == "say")
    assert [record.actor(a).name for a in said.sources] == ["Mira Dossett"]


def test_the_british_and_irish_councillors_title_codes_the_person_named_after_it(read):
    record = read("Cllr Niamh Doyle said the bypass planned for Galway, Ireland, would cost too much.")
    assert _at(record, "Niamh Doyle").cameo == "IRLGOV"  # was IRL


def test_a_ship_named_after_a_navys_prefix_is_that_navys_and_so_is_its_name_alone(read):
    record = read("Pirates fired on INS Kolkata off the coast on Friday, the navy said. The Kolkata returned fire and chased the skiffs.")
    ship = _at(record, "INS Kolkata")
    assert ship is not None and ship.cameo == "INDMIL"  # was the city's country, or a person coded IND
    start = record.article.text.index("The Kolkata") + len("The ")
    assert record.actor_at(start, start + len("Kolkata")) == ship


def test_a_title_after_the_prefix_makes_it_an_agencys_initials_not_a_ship(read):
    record = read("INS Commissioner Ann Hale told reporters the hearing for the Ortiz family could go ahead.")
    official = _at(record, "Ann Hale")
    assert official is not None and not official.cameo.endswith("MIL")  # was INDMIL, the Indian navy's
    record = read("INS Agents in Miami took the boy on Saturday, and the INS Miami office said he was safe.")
    assert not any(actor.cameo == "INDMIL" for actor in record.actors)  # no ship in a story without ships or navies


def test_an_undersheriffs_and_a_selectmans_titles_code_the_person_named_after_them(read):
    record = read("Undersheriff Dale Ferris said the cruiser was found near Fresno, California. First Selectman Ruth Ames thanked the volunteers.")
    assert [_at(record, name).cameo for name in ("Dale Ferris", "Ruth Ames")] == ["USACOP", "USAGOV"]  # each was USA


def test_officers_are_police_in_a_story_of_the_police_and_an_army_officer_stays_the_armys(read):
    record = read(
        "Police in Tulsa said the suspect fled on foot. He was stopped by two officers near a bridge, police said. "
        "An army officer who saw it said the men ran."
    )
    start = record.article.text.index("officers")
    assert record.actor_at(start, start + len("officers")).cameo == "USACOP"  # was none, or MIL
    start = record.article.text.index("army officer")
    soldier = record.actor_at(start, start + len("army officer"))
    assert soldier is None or soldier.cameo != "USACOP"  # the words before make another role


def test_an_abbreviation_straight_before_a_name_is_a_title_not_the_firm(read):
    record = read("Norvik Steel signed a supply deal with a mill in Chile, GM Karl Huber told reporters on Tuesday.")
    assert "name:general_motors" not in {a.canonical_id for a in record.actors}  # a general manager, not General Motors
    assert _actor(record, "name:karl_huber").cameo != "USABUS"
    record = read("GM chief executive Mary Barra said the plant in Ohio would reopen.")
    assert _actor(record, "name:mary_barra").cameo == "USABUS"  # the firm before a title still codes the person


def test_deputies_are_a_sheriffs_in_a_story_of_a_sheriff_even_opening_the_text(read):
    record = read(
        "MARION, Ind. - Deputies detained a Gas City woman after a pursuit on Friday, the sheriff's office said. "
        "Sheriff Ray Dunn said two deputies were hurt."
    )
    assert _at(record, "Deputies").cameo == "USACOP"  # was none: a capitalised plural opening the text after the dateline
    assert _at(record, "deputies were").cameo == "USACOP"
    officers = read("Two officers stopped a van near Dalton on Friday, the sheriff's office said. Sheriff Ray Dunn praised them.")
    assert _at(officers, "officers").cameo == "USACOP"  # a sheriff's officers, not soldiers
    parliament = read("Deputies of the Ukrainian parliament voted on Friday to dismiss the cabinet. Police guarded the hall.")
    assert not any(actor.cameo.endswith("COP") and actor.spans[0].text == "Deputies" for actor in parliament.actors if actor.cameo)


def test_an_inspector_is_police_in_a_story_of_the_police(read):
    record = read(
        "Police said a lorry overturned on the Bruce Highway near Gympie before dawn. Police closed the road for "
        "six hours. Inspector Maria Kovac said the driver was lucky to survive."
    )
    assert _at(record, "Maria Kovac").cameo == "AUSCOP"
    elsewhere = read("The fire at the Gympie sawmill broke out before dawn. Inspector Maria Kovac said the wiring was faulty.")
    assert _at(elsewhere, "Maria Kovac").cameo != "AUSCOP"


def test_a_lieutenant_or_a_captain_is_police_in_a_story_of_the_police(read):
    record = read(
        "Police said a man robbed a pharmacy in Dayton on Friday. Police caught him behind a shed. Lt. Dana Fisk said "
        "the man had a knife. Capt. Omar Haddad said two officers were hurt. Fire Capt. Lee Moss said the shed burned."
    )
    assert _at(record, "Dana Fisk").cameo == "USACOP"  # was USAMIL: "Lt." read as an army's rank
    assert _at(record, "Omar Haddad").cameo == "USACOP"
    assert _at(record, "Lee Moss").cameo == "USAGOV"
    elsewhere = read("The convoy left Kandahar on Friday. Lt. Dana Fisk said the road was mined.")
    assert _at(elsewhere, "Dana Fisk").cameo.endswith("MIL")


def test_the_gop_is_the_us_republican_party(read):
    record = read("LONDON - The GOP blocked the aid bill in Washington on Monday, and the Democrats blamed the GOP for the delay.")
    gop = _at(record, "GOP")
    assert (gop.canonical_id, gop.cameo) == ("name:republicans", "USALEG")  # was no code: an unknown organisation


def test_a_limited_partnership_is_a_business(read):
    record = read(
        "LOUISVILLE, Ky. - Harbor Realty Holdings Limited Partnership announced on Monday that it bought an apartment "
        "complex in Tampa. Ridgeline Capital LP said it sold the property."
    )
    assert _at(record, "Harbor Realty Holdings Limited Partnership").cameo == "USABUS"  # was no code
    assert _at(record, "Ridgeline Capital LP").cameo == "USABUS"


def test_the_mag_an_entertainment_story_quotes_is_the_media(read):
    record = read("NEW YORK - The singer has entered a clinic in Arizona, her agent Paul Weiss tells the mag.")
    assert _at(record, "mag").cameo == "USAMED"  # was no code: an unknown organisation


def test_a_commissioner_after_a_policing_unit_is_police(read):
    record = read(
        "Police set up roadblocks across Victoria. Traffic Policing Command Assistant Commissioner Glenn Harris "
        "said 14 drivers were caught speeding."
    )
    assert _at(record, "Traffic Policing Command").cameo == "AUSCOP"
    assert _at(record, "Glenn Harris").cameo == "AUSCOP"


def test_university_chancellors_are_of_the_universities(read):
    record = read("Spanish university chancellors met in Madrid on Thursday to discuss funding.")
    assert _at(record, "university chancellors").cameo == "ESPEDU"


def test_a_post_in_a_body_named_as_its_owner_takes_the_body_role(read):
    record = read("Mark Ellison, the university's chancellor, said the college in Leeds would review its rules.")
    assert _at(record, "Mark Ellison").cameo == "GBREDU"


def test_the_founder_of_an_organisation_described_so_speaks_for_it(read):
    record = read(
        "That first call matters, said Gina Lowe, the founder of the parents' support organization Trans Families in Oregon."
    )
    assert _at(record, "Trans Families").cameo == "USANGO"
    assert _at(record, "Gina Lowe").cameo == "USANGO"


def test_a_person_who_heads_a_body_takes_its_code(read):
    record = read(
        "Pablo Ortega, who heads the Valencia Polytechnic University in Spain, denied the claims. "
        "Ortega said he would stay."
    )
    assert _at(record, "Pablo Ortega").cameo == "ESPEDU"


def test_a_person_of_a_bodys_staff_takes_its_code_but_not_one_merely_at_it(read):
    record = read(
        "The ice on Europa may hide an ocean, said Gwen Ortiz, a planetary geologist with NASA. "
        "Growth will slow, said Pieter Smit, an economist with the International Monetary Fund."
    )
    assert [_at(record, name).cameo for name in ("Gwen Ortiz", "Pieter Smit")] == ["USAGOV", "IGOIMF"]  # were USA, USABUS
    visitor = read("The wait was too long, said Gwen Ortiz, a patient at the Mayo Clinic in Rochester, Minnesota.")
    assert _at(visitor, "Gwen Ortiz").cameo != _at(visitor, "Mayo Clinic").cameo  # at a body, not with it: no staff


def test_a_local_council_or_board_named_by_its_noun_is_local_government(read):
    record = read(
        "SALINA, Kan. - The city council on Tuesday rejected a plan to close two fire stations. "
        "The county commission urged the state to pay for the repairs, and the school board delayed a vote."
    )
    assert [_at(record, noun).cameo for noun in ("city council", "county commission", "school board")] == ["USAGOV", "USAGOV", "USAEDU"]  # none before


def test_an_airport_acting_is_its_operating_company(read):
    text = "Fog delayed flights at Heathrow in London on Saturday. Heathrow said passengers should contact their airline."
    start = text.index("Heathrow said")
    assert read(text).actor_at(start, start + len("Heathrow")).cameo == "GBRBUS"


def test_a_one_word_name_the_company_refers_to_is_a_firm(read):
    record = read(
        "More than 900 cleaners employed by Dalvane will walk out in Manchester on Friday. "
        "Dalvane said it had made several offers to the union. The company said it would limit the disruption."
    )
    firm = _at(record, "Dalvane")
    assert (firm.cameo, firm.kind) == ("GBRBUS", ActorKind.ORGANISATION)


def test_people_a_verb_acts_upon_are_civilians_of_the_story_s_country(read):
    record = read("Officers in Hamburg detained three teenagers aged 16 and 17 near the station on Friday.")
    assert _at(record, "teenagers").cameo == "DEUCVL"


def test_a_driver_or_a_bystander_acted_upon_is_an_actor(read):
    record = read("A Dallas officer wounded the driver of a stolen van on Tuesday, and a gunman wounded a bystander.")
    assert (_at(record, "driver").cameo, _at(record, "bystander").cameo) == ("USACVL", "USACVL")  # were no actors
    record = read("Rising rents are a key driver of inflation in Dallas, the bank said.")
    assert _at(record, "driver") is None


def test_one_a_past_participle_after_him_tells_of_an_act_done_to_is_an_actor(read):
    record = read("The funeral of a cyclist run down by a drunk driver in Memphis was held on Sunday.")
    assert _at(record, "cyclist").cameo == "USACVL"  # was no actor, the deed's target none or a place
    record = read("The funeral of a cyclist from Memphis was held on Sunday.")
    assert _at(record, "cyclist") is None


def test_a_family_its_surname_names_is_an_actor_as_the_doer_too(read):
    record = read("The Kowalski family gave $2,000 to a youth club in Toledo, Ohio, on Friday.")
    assert _at(record, "family").cameo == "USACVL"  # the gift had no source
    record = read("Families in Toledo, Ohio, gave $2,000 to a youth club on Friday.")
    assert _at(record, "Families") is None


def test_people_named_as_a_passive_s_agent_or_an_addressee_are_actors(read):
    record = read("The Ottawa councillor said she had been threatened by volunteers of a rival campaign.")
    assert _at(record, "volunteers").cameo == "CANCVL"
    record = read("The Ottawa councillor then made an appeal to her colleagues to vote the bill down.")
    assert _at(record, "colleagues").cameo == "CANCVL"


def test_people_spoken_of_in_general_or_as_a_subject_are_no_actors(read):
    record = read("Doctors in Madrid say the new rules will protect children. Teenagers often ignore them.")
    assert _at(record, "children") is None
    assert _at(record, "Teenagers") is None


def test_those_people_a_relative_clause_describes_are_a_class_not_an_actor(read):
    record = read("The minister said those people who grow poppies must be helped with loans to plant wheat.")
    assert _at(record, "people") is None


def test_people_of_a_coded_body_named_in_their_phrase_are_the_body(read):
    record = read("The Quebec premier made a plea to his colleagues in the National Assembly to back the bill.")
    assert _at(record, "colleagues") is None


def test_a_person_given_an_age_is_an_actor_wherever_the_noun_stands(read):
    record = read("An 11-year-old boy tried to set fire to a school in Munich on Friday, police said.")
    assert _at(record, "boy").cameo == "DEUCVL"


def test_one_person_an_indefinite_article_brings_in_as_a_doer_is_an_actor(read):
    assert _at(read("Police in Perth say a man robbed a bank in Fremantle."), "man").cameo == "AUSPPL"  # was no actor
    record = read("A shopper punched a security guard at a mall in Leeds on Friday.")
    assert _at(record, "shopper").cameo == "GBRCVL"
    assert _at(read("In Leeds, a shopper can return goods within a month."), "shopper") is None  # anyone, not someone


def test_a_family_acted_upon_is_an_actor_a_later_they_stands_for(read):
    record = read("In Toledo, a desk clerk phoned the driver's family and urged them to fetch his car.")
    family = _at(record, "family")
    assert family.cameo == "USACVL" and _at(record, "them") == family  # was no actor; "them" stood for no one
    record = read("The governor offered condolences to the grieving family in Toledo on Sunday.")
    assert _at(record, "family").cameo == "USACVL"


def test_a_noun_given_a_name_by_a_participle_is_the_one_named(read):
    record = read("A woman named Rita Vance stabbed her landlord in a laundromat in Ohio.")
    assert _at(record, "woman") == _at(record, "Rita Vance")  # was a civilian of her own
    record = read("Police arrested a man identified as Carl Dunn, 41, of Dayton.")
    assert _at(record, "man") == _at(record, "Carl Dunn")


def test_an_object_named_by_a_participle_set_off_after_it_is_the_one_named(read):
    record = read("Deputies in Tulsa, Oklahoma, arrested a suspected car thief, identified as Marcus Dole, after a chase.")
    assert _at(record, "thief") == _at(record, "Marcus Dole")  # was no actor: the arrest had no target
    record = read("Deputies in Tulsa, Oklahoma, arrested a suspected car thief, fleeing from Marcus Dole, after a chase.")
    assert _at(record, "thief") != _at(record, "Marcus Dole")  # no participle of naming


def test_people_a_number_counts_are_an_actor_wherever_the_noun_stands(read):
    record = read("About 2,000 staff walked off the job in Toronto on Monday over unpaid wages.")
    assert _at(record, "staff").cameo == "CANCVL"


def test_an_abbreviation_of_a_name_the_article_gave_in_full_is_that_body(read):
    record = read("The Nevada Highway Patrol closed the road on Sunday. NHP said two trucks had collided near Reno.")
    patrol = _at(record, "Nevada Highway Patrol")
    assert patrol.cameo == "USACOP" and _at(record, "NHP") == patrol
    record = read("Northern Star Ferries cancelled six sailings to Oslo on Tuesday. NSF said passengers would be rebooked.")
    assert _at(record, "NSF") == _at(record, "Northern Star Ferries")


def test_an_abbreviation_the_article_spelled_out_outranks_the_knowledge_s_reading(read):
    record = read(
        "The Australian Federal Police raided three homes in Sydney on Monday. "
        "AFP Commissioner Mark Tolland said the raids followed a year-long inquiry. AFP said more arrests were likely."
    )
    police = _at(record, "Australian Federal Police")
    assert police.cameo == "AUSCOP"
    assert _at(record, "Mark Tolland").cameo == "AUSCOP"
    start = record.article.text.rindex("AFP")
    assert record.actor_at(start, start + 3) == police


def test_a_jury_is_of_the_court_and_a_police_jury_governs_its_parish(read):
    record = read("Tom Baxter was found guilty by a jury in Leeds on Friday.")
    assert _at(record, "jury").cameo == "GBRJUD"
    record = read("The jury in the Sheffield trial took four hours to convict the builder.")
    assert _at(record, "jury").cameo == "GBRJUD"
    record = read("A fellow court judge in Sheffield said the trial had been fair.")
    assert _at(record, "court judge").cameo == "GBRJUD"
    record = read("The Ouachita Parish Police Jury in Louisiana voted to raise road fees, its president said.")
    assert _at(record, "Ouachita Parish Police Jury").cameo == "USAGOV"


def test_the_office_a_role_noun_owns_is_an_actor_of_the_role_s_type(read):
    record = read("A spokesman for the governor's office told reporters in Denver that the plan would go ahead.")
    office = _at(record, "governor's office")
    assert office.cameo == "USAGOV"
    assert [e.sources for e in record.events if e.cameo == "010"] == [[office.id]]


def test_a_description_does_not_name_the_office_a_role_owns(read):
    record = read("She wrote to the attorney general's office in Ohio last year. The district attorney said no.")
    office = _at(record, "attorney general's office")
    assert office is not None and _at(record, "district attorney") != office
