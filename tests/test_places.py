"""The places stage: toponyms found, resolved against the gazetteer, one Place per place."""

from __future__ import annotations

import csv
import pytest
import spacy
from spacy.tokens import Doc, Span

from conftest import reference as reference_table
from tidings import docdata
from tidings.evaluate.geo import haversine_km
from tidings.geo.context import Context
from tidings.geo.normalize import KEYS_KEPT, normalize
from tidings.geo.proximity import Neighbourhood
from tidings.knowledge import data_path
from tidings.model import Place, Record
from tidings.stages.places.mentions import _runs


def place_named(record: Record, text: str) -> Place:
    for place in record.places:
        if any(span.text == text for span in place.spans):
            return place
    raise AssertionError(f"no place with a mention {text!r}: {[p.spans for p in record.places]}")


def test_country_resolves_to_its_geonames_country_feature(read):
    place = place_named(read("Officials in Brazil announced the plan on Monday."), "Brazil")
    assert (place.feature_class, place.feature_code, place.country) == ("A", "PCLI", "BRA")
    assert place.geonameid == 3469034


def test_us_state_resolves_to_first_order_division(read):
    place = place_named(read("Flooding closed roads across Nebraska this week."), "Nebraska")
    assert (place.feature_code, place.country, place.admin1) == ("ADM1", "USA", "Nebraska")


def test_possessive_with_curly_apostrophe_does_not_break_resolution(read):
    record = read("The talks focused on Germany’s energy policy.")
    assert any(place.country == "DEU" and place.feature_code == "PCLI" for place in record.places)


def test_facility_outside_any_city_list_is_placed(read):
    record = read("The rocket lifted off from the Vostochny Cosmodrome early on Tuesday.")
    place = place_named(record, "Vostochny Cosmodrome")
    assert place.country == "RUS"
    assert haversine_km(place.lat, place.lon, 51.88, 128.33) < 25


def test_region_from_data_patterns_is_placed(read):
    place = place_named(read("Tensions rose again on the Korean Peninsula after the launch."), "Korean Peninsula")
    assert place.lat is not None and place.feature_class in ("L", "T")


def test_all_mentions_of_one_place_share_one_place(read):
    record = read("Peru signed the accord. Later, Peru's envoy praised it.")
    peru = [place for place in record.places if place.country == "PER"]
    assert len(peru) == 1 and len(peru[0].spans) == 2


def test_place_ids_are_numbered_in_order(read):
    record = read("Ministers from Chile and Norway met in Lisbon.")
    assert [place.id for place in record.places] == [f"p{i}" for i in range(1, len(record.places) + 1)]


def test_a_place_span_covers_the_toponym_and_nothing_else(read):
    record = read("Residents of Kenya voted.")
    assert [[(span.start, span.end, span.text) for span in place.spans] for place in record.places] == [[(13, 18, "Kenya")]]


def test_demonym_names_its_country_not_a_namesake_town(read):
    record = read("The Canadian delegation left early.")
    assert [(place.name, place.feature_code, [span.text for span in place.spans]) for place in record.places] == [("Canada", "PCLI", ["Canadian"])]


def test_lower_case_word_is_no_demonym(pipeline):
    assert pipeline.stage("places").gazetteer.demonym("texan") is None


def test_resolve_answers_a_state_demonym_with_its_state(pipeline):
    place = pipeline.stage("places").resolve("Texans")
    assert place is not None and (place.name, place.feature_code, place.country) == ("Texas", "ADM1", "USA")


def test_first_order_division_outside_the_us_resolves_with_a_point(pipeline):
    place = pipeline.stage("places").resolve("Saskatchewan")
    assert place is not None and (place.feature_code, place.country) == ("ADM1", "CAN")
    assert 49 < place.lat < 60 and -110 < place.lon < -101


def test_admin1_official_name_without_its_suffix_still_resolves(pipeline):
    place = pipeline.stage("places").resolve("Anhui")
    assert place is not None and (place.feature_code, place.country) == ("ADM1", "CHN")


def test_us_county_resolves_to_a_point_in_its_state(pipeline):
    stage = pipeline.stage("places")
    doc = pipeline.nlp("Flooding closed roads in Laurel County, Kentucky, on Friday.")
    start = doc.text.index("Laurel County")
    place = stage.resolve_span(doc, start, start + len("Laurel County"))
    assert place is not None and (place.feature_code, place.admin1) == ("ADM2", "Kentucky")
    assert 36.5 < place.lat < 37.5 and -84.5 < place.lon < -83.5


def test_state_qualifier_picks_the_city_in_that_state(read):
    record = read("The plant in Portland, Maine, will close next year.")
    assert place_named(record, "Portland").admin1 == "Maine"


def test_ap_abbreviation_qualifier_picks_the_city_and_is_a_place(read):
    record = read("A fire destroyed a barn near Springfield, Ill., on Sunday.")
    assert place_named(record, "Springfield").admin1 == "Illinois"
    assert place_named(record, "Ill.").feature_code == "ADM1"


def test_a_country_named_town_a_state_qualifies_is_read_in_that_state(read):
    record = read("The band played a benefit concert in Sweden, Maine, on Saturday.")
    sweden = place_named(record, "Sweden")
    assert (sweden.country, sweden.admin1) == ("USA", "Maine")
    assert not any(actor.country == "SWE" for actor in record.actors)


def test_a_town_the_gazetteer_lacks_in_its_qualifying_state_is_that_state_not_a_namesake(read):
    record = read("The convoy drove from Amarillo, Texas, to Cornwall, Texas, overnight.")
    cornwall = place_named(record, "Cornwall")
    assert (cornwall.country, cornwall.admin1) == ("USA", "Texas")
    record = read("Dancers came from Oregon, Kansas and Maine to the festival.")
    assert place_named(record, "Oregon").admin1 == "Oregon"


def test_a_place_of_a_country_named_like_the_state_that_qualifies_it_stays_in_that_country(read):
    record = read("Russian tanks moved toward Gori, Georgia, on Friday, residents said.")
    assert place_named(record, "Gori").country == "GEO"


def test_a_compass_named_division_abroad_needs_its_country_named(read):
    record = read("Volunteers from the Central District chapter collected food for families in Columbia, Tennessee.")
    assert {place.country for place in record.places} == {"USA"}
    record = read("Runners from the South East region gathered in Macon, Georgia, for the relay.")
    assert {place.country for place in record.places} == {"USA"}
    record = read("Rebels attacked a village in the Northern Province of Sri Lanka, the army in Colombo said.")
    assert place_named(record, "Northern Province").country == "LKA"


def test_a_country_in_an_eatery_name_is_no_place_of_the_article(read):
    record = read("The owner of Mexico Grill in Wichita, Kan., said the shop would reopen on Monday.")
    assert {place.country for place in record.places} == {"USA"}
    record = read("Chefs from Mexico cooked for a week at Mexico Grill in Wichita, Kan.")
    assert place_named(record, "Mexico").country == "MEX"


def test_state_named_elsewhere_in_the_article_picks_the_city(read):
    text = "Voters in Paris approved the school levy. The district is one of the largest in Texas."
    assert place_named(read(text), "Paris").admin1 == "Texas"


def test_without_context_the_larger_city_wins(read):
    assert place_named(read("She moved to Paris after college."), "Paris").country == "FRA"


def test_country_named_elsewhere_picks_the_country_over_the_state(read):
    text = "Georgia held elections on Saturday. Observers in Tbilisi reported a calm vote."
    assert place_named(read(text), "Georgia").feature_code == "PCLI"


def test_cities_of_a_state_pick_the_state_over_the_country(read):
    text = "Georgia lawmakers met in Atlanta, and officials in Savannah welcomed the bill."
    georgia = place_named(read(text), "Georgia")
    assert (georgia.country, georgia.feature_code) == ("USA", "ADM1")


def test_compass_word_alone_is_not_a_place(read):
    record = read("He said the West had failed to respond.")
    assert not any(span.text == "West" for place in record.places for span in place.spans)


def test_resolve_places_a_name_given_alone(pipeline):
    place = pipeline.stage("places").resolve("Nairobi")
    assert place is not None and place.country == "KEN"


def test_resolve_reads_the_context_of_a_document(pipeline):
    stage = pipeline.stage("places")
    doc = pipeline.nlp("Springfield police said the suspect fled toward Missouri's border with Kansas.")
    place = stage.resolve_span(doc, 0, len("Springfield"))
    assert place is not None and place.admin1 == "Missouri"


def test_name_normalization_ignores_accents_case_dots_and_possessives():
    assert normalize("Québec") == normalize("QUEBEC") == "quebec"
    assert normalize("St. Louis’s") == "saint louis"
    assert normalize("the Hague") == "hague"


def test_a_name_asked_again_takes_its_key_from_a_bounded_cache():
    first = normalize("Ste. Anne-des-Monts")
    hits = normalize.cache_info().hits
    assert normalize("Ste. Anne-des-Monts") == first == "sainte anne des monts"
    assert normalize.cache_info().hits == hits + 1
    assert normalize.cache_info().maxsize == KEYS_KEPT


def test_country_points_copied_from_dspl_match_the_reference():
    with reference_table("countries.csv").open(encoding="utf-8") as handle:
        reference = {row["country"]: row for row in csv.DictReader(handle)}
    with data_path("places_countries.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            if row["source"] == "dspl":
                expected = reference[row["iso2"]]
                assert (float(row["lat"]), float(row["lon"])) == (float(expected["latitude"]), float(expected["longitude"]))


def test_toponym_inside_an_organisation_name_is_a_place(read):
    record = read("Officers of the Nashville Police Department met residents in Nashville, Tennessee.")
    spans = [span for place in record.places for span in place.spans if span.text == "Nashville"]
    assert len(spans) == 2


def test_a_place_name_inside_a_streets_name_is_no_place(read):
    record = read("Officers were sent to a house on Falcon Street late on Sunday, and a man was later held on Zulia Avenue.")
    assert record.places == []  # not the Venezuelan states Falcon and Zulia
    actors = [actor.cameo for actor in record.actors]
    assert not any(cameo and cameo.startswith("VEN") for cameo in actors)


def test_repeated_name_in_capitals_is_the_same_place(read):
    record = read("DULUTH — Snow closed schools in Duluth, Minnesota, on Monday.")
    duluth = place_named(record, "Duluth")
    assert "DULUTH" in [span.text for span in duluth.spans]


def test_county_named_in_the_article_points_to_its_state(pipeline):
    stage = pipeline.stage("places")
    doc = pipeline.nlp("Deputies from Kanawha County said the crash happened near Charleston.")
    place = stage.resolve_span(doc, doc.text.index("Charleston"), doc.text.index("Charleston") + len("Charleston"))
    assert place is not None and place.admin1 == "West Virginia"


def test_resolve_answers_a_demonym_with_its_country(pipeline):
    place = pipeline.stage("places").resolve("Ethiopian")
    assert place is not None and place.country == "ETH" and place.feature_code == "PCLI"


def test_large_city_tagged_as_an_organisation_after_a_locative_preposition_is_a_place(read):
    record = read("The minister flew to Marseille on Monday.")
    assert [(p.name, p.country) for p in record.places] == [("Marseille", "FRA")]


def test_country_tagged_as_a_person_is_the_country(pipeline):
    doc = parsed(pipeline, [("Niger", "PERSON", "PROPN"), ("closed", "", "VERB"), ("its", "", "PRON"), ("border", "", "NOUN"), (".", "", "PUNCT")])
    pipeline.stage("places")(doc)
    assert [(place["name"], place["feature_code"]) for place in docdata.data(doc, "places")] == [("Niger", "PCLI")]


def places_of(pipeline, tokens: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    doc = parsed(pipeline, tokens, chain=True)
    pipeline.stage("places")(doc)
    return [(place["name"], place["country"]) for place in docdata.data(doc, "places")]


def test_a_large_city_tagged_as_a_person_after_a_locative_preposition_is_a_place(pipeline):
    tokens = [("The", "", "DET"), ("band", "", "NOUN"), ("played", "", "VERB"), ("in", "", "ADP"), ("Leeds", "PERSON", "PROPN"), (".", "", "PUNCT")]
    assert places_of(pipeline, tokens) == [("Leeds", "GBR")]


def test_a_city_tagged_as_a_person_with_a_title_before_it_stays_a_person(pipeline):
    tokens = [("She", "", "PRON"), ("wrote", "", "VERB"), ("to", "", "ADP"), ("Mr", "", "PROPN"), ("Leeds", "PERSON", "PROPN"), (".", "", "PUNCT")]
    assert places_of(pipeline, tokens) == []


def test_a_city_tagged_as_a_person_before_its_state_is_a_place(pipeline):
    words = ["Kettering", ",", "Ohio", ",", "voted", "."]
    doc = Doc(pipeline.nlp.vocab, words=words, spaces=[False, True, False, True, False, False], ents=["B-PERSON", "O", "B-GPE", "O", "O", "O"])
    pipeline.stage("places")(doc)
    assert [(place["name"], place["admin1"]) for place in docdata.data(doc, "places")] == [("Kettering", "Ohio"), ("Ohio", "Ohio")]


def test_a_city_named_as_a_persons_surname_elsewhere_stays_a_person(pipeline):
    tokens = [("Ann", "PERSON", "PROPN"), ("Leeds", "PERSON", "PROPN"), ("spoke", "", "VERB"), ("to", "", "ADP"), ("Leeds", "PERSON", "PROPN"), (".", "", "PUNCT")]
    doc = parsed(pipeline, tokens, chain=True)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="PERSON")]
    pipeline.stage("places")(doc)
    assert docdata.data(doc, "places") == []


def test_every_token_of_a_toponym_points_to_its_place(pipeline):
    doc = pipeline.nlp("Georgia lawmakers met in New Mexico and in Atlanta.")
    places = {place["id"]: place for place in docdata.data(doc, "places")}
    assert places[docdata.at(doc[0], "places")]["feature_code"] == "ADM1"
    new, mexico = doc[4], doc[5]
    assert docdata.at(new, "places") == docdata.at(mexico, "places") is not None
    assert docdata.at(doc[1], "places") is None


def test_ranking_weights_come_from_the_component_config(pipeline):
    tokens = [("Portland", "GPE", "PROPN"), (",", "", "PUNCT"), ("Maine", "GPE", "PROPN"), ("voted", "", "VERB")]

    def portland_state(places) -> str:
        return docdata.data(places(parsed(pipeline, tokens)), "places")[0]["admin1"]

    unqualified = spacy.blank("en").add_pipe("tidings_places", config={"weights": {"qualified": 0.0, "in_admin1": 0.0}})
    assert portland_state(unqualified) == "Oregon"
    assert portland_state(pipeline.stage("places")) == "Maine"

# -- generated long inputs: they come out, whole (the parse is built by hand, so only the places
# component's own cost is paid) ------------------------------------------------------------------

CITIES = ["Nairobi", "Lisbon", "Tbilisi", "Marseille", "Duluth", "Lagos"]
COUNTRIES = ["Kenya", "Portugal", "Chile", "Norway", "Peru", "Brazil"]


def parsed(pipeline, tokens: list[tuple[str, str, str]], chain: bool = False) -> Doc:
    """A Doc of (word, entity label or "", part of speech), one sentence; each token's head is
    the sentence's first token, or with `chain` the token before it (a parse as deep as it is
    long). A proper noun after a preposition is its object."""
    labels = [f"B-{label}" if label else "O" for _word, label, _pos in tokens]
    heads = [max(i - 1, 0) if chain else 0 for i in range(len(tokens))]
    deps = ["ROOT"] + ["pobj" if pos == "PROPN" and tokens[i - 1][2] == "ADP" else "dep" for i, (_w, _l, pos) in enumerate(tokens) if i]
    return Doc(
        pipeline.nlp.vocab, words=[word for word, _label, _pos in tokens], ents=labels,
        pos=[pos for _word, _label, pos in tokens], heads=heads, deps=deps,
    )


def test_long_article_naming_many_places_comes_out_whole(pipeline):
    tokens = []
    for i in range(6_000):  # 48,000 words
        city, country = CITIES[i % len(CITIES)], COUNTRIES[i * 7 % len(COUNTRIES)]
        tokens += [("Officials", "", "NOUN"), ("in", "", "ADP"), (city, "GPE", "PROPN"), ("met", "", "VERB")]
        tokens += [("envoys", "", "NOUN"), ("from", "", "ADP"), (country, "GPE", "PROPN"), (".", "", "PUNCT")]
    doc = parsed(pipeline, tokens)
    pipeline.stage("places")(doc)
    places = docdata.data(doc, "places")
    assert sorted(place["name"] for place in places) == sorted(CITIES + COUNTRIES)
    assert sum(len(place["spans"]) for place in places) == 12_000


def test_one_name_repeated_twenty_thousand_times_is_one_place_with_every_mention(pipeline):
    tokens = [("Snow", "", "NOUN"), ("fell", "", "VERB"), ("in", "", "ADP"), ("Duluth", "GPE", "PROPN"), (".", "", "PUNCT")]
    tokens += [("Duluth", "", "NOUN"), ("and", "", "CCONJ")] * 20_000
    doc = parsed(pipeline, tokens)
    pipeline.stage("places")(doc)
    [duluth] = docdata.data(doc, "places")
    assert len(duluth["spans"]) == 20_001


def test_million_character_paragraph_with_a_deep_parse_comes_out(pipeline):
    tokens = [("flew", "", "VERB"), ("to", "", "ADP"), ("Marseille", "ORG", "PROPN"), ("and", "", "CCONJ")] * 45_000
    doc = parsed(pipeline, tokens, chain=True)
    assert len(doc.text) > 950_000
    pipeline.stage("places")(doc)
    [marseille] = docdata.data(doc, "places")
    assert marseille["country"] == "FRA" and len(marseille["spans"]) == 45_000


def test_a_large_citys_small_namesake_needs_more_than_its_country_named(read):
    record = read("Diplomats from the United States arrived in Geneva for the talks.")
    assert place_named(record, "Geneva").country == "CHE"


def test_a_small_namesake_wins_when_its_state_is_named(read):
    record = read("The Ohio town of Athens voted on a school levy. Athens officials said turnout was high.")
    assert place_named(record, "Athens").admin1 == "Ohio"


def test_a_city_beats_another_countrys_thinly_peopled_division_of_its_name(pipeline):
    place = pipeline.stage("places").resolve("Gaza")
    assert place is not None and place.country == "PSE"


def test_a_namesake_beside_the_articles_other_places_is_the_one_meant(read):
    record = read("A Paris man was arrested on Sunday. Henry County deputies said he lived near Puryear.")
    assert (place_named(record, "Paris").country, place_named(record, "Paris").admin1) == ("USA", "Tennessee")


def test_without_neighbours_the_large_place_keeps_its_name(read):
    record = read("A Paris man was arrested on Sunday.")
    assert place_named(record, "Paris").country == "FRA"


def test_a_spaced_ap_abbreviation_qualifies_like_the_unspaced_one(read):
    record = read("The mine near Beckley, W. Va., closed last year.")
    assert place_named(record, "Beckley").admin1 == "West Virginia"


def test_a_county_named_without_county_resolves(pipeline):
    place = pipeline.stage("places").resolve("Gwinnett")
    assert place is not None and (place.feature_code, place.admin1) == ("ADM2", "Georgia")


def test_a_city_naming_the_noun_after_the_is_still_a_place(read):
    record = read("Patients praised the Toronto surgeon. She trained in Toronto for years.")
    assert [span.text for span in place_named(record, "Toronto").spans] == ["Toronto", "Toronto"]


def test_the_state_most_names_point_to_picks_the_namesake_there(read):
    text = (
        "Officers in Springfield arrested two men on Friday. The men had driven from Toledo and "
        "Cincinnati, Ohio, and had been stopped once in Missouri."
    )
    assert place_named(read(text), "Springfield").admin1 == "Ohio"


def test_a_county_name_shared_by_many_states_names_no_state(pipeline):
    doc = pipeline.nlp("Deputies in Boyd County searched the river on Sunday.")
    context = pipeline.stage("places").context(doc)
    assert not context.admin1s and context.countries == {"USA": 1}


def test_county_inside_an_organisation_name_is_a_place(read):
    record = read("The Polk County School Board voted to close two schools.")
    county = place_named(record, "Polk County")
    assert county.feature_code == "ADM2" and county.country == "USA"


def test_small_namesake_near_another_place_of_the_article_takes_its_country(pipeline):
    ranking = pipeline.stage("places").ranking
    county = next(entry for entry, _ in ranking.gazetteer.candidates("Delaware County") if entry.admin1 == "New York")
    context = Context(neighbourhood=Neighbourhood(ranking.weights.nearby_km))
    context.add("united states", ("USA", None))  # the article names only the country...
    context.neighbourhood.add("delaware county", county)  # ... and a county beside the small town
    best = ranking.best("Delhi", context)
    assert (best.country, best.admin1) == ("USA", "New York")


def test_the_european_union_resolves_to_its_seat(pipeline):
    place = pipeline.stage("places").resolve("EU")
    assert place is not None and place.name == "European Union"
    assert haversine_km(place.lat, place.lon, 50.85, 4.35) < 10


def test_large_city_opening_an_organisation_name_is_a_place_where_its_country_is_named(read):
    record = read("The Toronto Transit Commission raised fares, the largest increase in Canada this year.")
    assert place_named(record, "Toronto").country == "CAN"


def test_a_compass_word_before_a_state_leaves_the_state_as_the_toponym(read):
    record = read("Heavy snow fell across Southern Ohio on Tuesday.")
    state = place_named(record, "Ohio")
    assert (state.feature_code, state.country) == ("ADM1", "USA")


def test_a_state_after_a_compass_word_inside_an_organisation_name_is_a_place(read):
    record = read("Students at Southern Indiana Technical College held a vigil on Friday.")
    assert place_named(record, "Indiana").feature_code == "ADM1"


def test_a_compass_word_that_is_part_of_a_known_name_stays(read):
    record = read("The envoy flew to North Korea at dawn.")
    assert place_named(record, "North Korea").feature_code == "PCLI"


def test_names_listed_before_counties_are_those_counties(read):
    record = read("Flood warnings covered Pike and Letcher counties on Monday.")
    for name in ("Pike", "Letcher"):
        county = place_named(record, name)
        assert (county.feature_code, county.admin1) == ("ADM2", "Kentucky")


def test_a_state_before_counties_stays_the_state(read):
    record = read("The fund helps rural Ohio counties pay for roads.")
    assert place_named(record, "Ohio").feature_code == "ADM1"


def test_a_canadian_province_abbreviation_qualifies_the_city_before_it(read):
    record = read("A fire closed the mill in Paris, Ont., on Friday.")
    paris = place_named(record, "Paris")
    assert (paris.country, paris.admin1) == ("CAN", "Ontario")
    assert place_named(record, "Ont.").feature_code == "ADM1"


def test_a_province_abbreviation_is_no_name_of_its_own(pipeline):
    assert pipeline.stage("places").resolve("Alta").country != "CAN"


def test_co_after_a_name_stands_for_county(pipeline):
    stage = pipeline.stage("places")
    doc = pipeline.nlp("Deputies in Letcher Co. found the car.")
    start = doc.text.index("Letcher Co.")
    place = stage.resolve_span(doc, start, start + len("Letcher Co."))
    assert place is not None and (place.name, place.admin1) == ("Letcher County", "Kentucky")


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of mourners filled St Mary's Church in Perth for the service.",
        "The patient was flown to St. Luke's Regional Hospital overnight.",
        "The couple married at St. Patrick's Cathedral last spring.",
        "Bells rang at St John's Anglican Church as the bishop arrived.",
    ],
)
def test_a_building_named_after_a_saint_names_no_place(read, text):
    assert not any(span.text.startswith("St") for place in read(text).places for span in place.spans)


def test_a_saints_town_still_resolves_where_no_building_follows(read):
    place = place_named(read("Snow fell overnight in St. Paul and the schools were closed."), "St. Paul")
    assert (place.country, place.admin1) == ("USA", "Minnesota")


def test_the_gulf_alone_is_the_persian_gulf(read):
    place = place_named(read("Two tankers were seized in the Gulf on Friday."), "Gulf")
    assert place.feature_code == "GULF" and place.lat > 20


def test_a_plural_name_after_the_may_be_the_town_named_after_it(read):
    place = place_named(read("Bushfires burned through the Blue Mountains west of Sydney overnight."), "Blue Mountains")
    assert (place.country, place.admin1) == ("AUS", "New South Wales")


def test_a_capital_taken_for_a_person_is_a_place_of_the_country_named(read):
    record = read("Troops massed along the border with Armenia last week. Yerevan says the border must reopen first.")
    assert place_named(record, "Yerevan").country == "ARM"


def test_a_surname_named_like_a_city_stays_a_person(read):
    record = read("Coach Ray Austin praised his team after the game in Texas. Austin said the players had worked hard.")
    assert not any(span.text == "Austin" for place in record.places for span in place.spans)


def test_a_lawmakers_party_designation_names_the_state_or_town(read):
    record = read("The sponsor, Rep. Dana Whitfield, D-Calif., said it would pass. Sen. Omar Lind (R-Elbow Lake) disagreed, as did Sen. Al Reyes, R-Texas.")
    assert place_named(record, "Calif.").admin1 == "California"
    assert place_named(record, "Texas").admin1 == "Texas"
    assert place_named(record, "Elbow Lake").country == "USA"


def test_a_hyphenated_day_is_no_party_designation(read):
    record = read("Veterans marked the anniversary of D-Day on the beaches.")
    assert not record.places


def test_a_state_abbreviation_inside_an_agencys_name_is_the_state(read):
    place = place_named(read("Officers of the N.C. Highway Patrol shut the bridge for an hour."), "N.C.")
    assert (place.feature_code, place.admin1) == ("ADM1", "North Carolina")


def test_a_division_of_a_named_state_lies_in_that_state(read):
    """Papua New Guinea has a Western Highlands province; "of Victoria" rules it out."""
    record = read("Storms flattened crops in the Western Highlands of Victoria.")
    assert place_named(record, "Western Highlands").country == "AUS"


def test_upstate_names_the_state(read):
    place = place_named(read("Snow closed schools in upstate New York on Monday."), "New York")
    assert (place.feature_code, place.admin1) == ("ADM1", "New York")


def test_a_british_county_is_placed_in_its_nation(read):
    place = place_named(read("Floods closed roads across Lincolnshire on Tuesday."), "Lincolnshire")
    assert (place.feature_code, place.country, place.admin1) == ("ADM2", "GBR", "England")


def test_an_irish_county_filed_under_its_irish_name_is_found_by_its_english_one(read):
    place = place_named(read("Farmers in County Kerry protested on Friday."), "County Kerry")
    assert (place.country, place.admin1) == ("IRL", "Munster")


def test_a_county_of_northern_ireland_is_not_taken_for_an_american_town(read):
    record = read("A bridge in County Tyrone reopened after repairs, and a ferry to County Londonderry resumed.")
    for name in ("County Tyrone", "County Londonderry"):
        place = place_named(record, name)
        assert (place.feature_code, place.country, place.admin1) == ("ADM2", "GBR", "Northern Ireland")


def test_town_inside_an_organisation_name_vouches_for_the_county_near_it(read):
    text = "Officers of the Guntersville Police Department booked the driver into the Marshall County jail on Friday."
    record = read(text)
    assert place_named(record, "Marshall County").admin1 == "Alabama"
    assert not any(span.text == "Guntersville" for place in record.places for span in place.spans)  # a hint, not a place of the article


def test_resolve_span_keeps_the_qualifier_the_article_gave_the_name(pipeline):
    stage = pipeline.stage("places")
    doc = pipeline.nlp("Teams from Springfield, Ill., and Columbia, Mo., met on Saturday. Springfield won by three goals.")
    start = doc.text.rindex("Springfield")
    place = stage.resolve_span(doc, start, start + len("Springfield"))
    assert place is not None and place.admin1 == "Illinois"


def test_a_large_city_the_model_took_for_a_people_is_a_place(pipeline):
    tokens = [("Families", "", "NOUN"), ("fled", "", "VERB"), ("from", "", "ADP"), ("Marseille", "NORP", "PROPN"), (".", "", "PUNCT")]
    doc = parsed(pipeline, tokens, chain=True)
    pipeline.stage("places")(doc)
    assert [(place["name"], place["country"]) for place in docdata.data(doc, "places")] == [("Marseille", "FRA")]


def test_unlabelled_runs_are_proper_nouns_outside_entities_not_opening_a_sentence():
    words = ["Ravel", "Okafor", "met", "Tomas", "in", "Port", "Vila", "with", "Acme", "Corp", ".", "Lima", "waited"]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB"]
    ents = ["O"] * 8 + ["B-ORG", "I-ORG"] + ["O"] * 3
    starts = [True] + [False] * 10 + [True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=ents, sent_starts=starts)
    assert _runs(doc) == [(1, 2), (3, 4), (5, 7)]
    assert _runs(Doc(spacy.blank("en").vocab, words=[])) == []


def test_a_town_read_in_a_person_entity_is_no_person_to_the_actors(pipeline):
    tokens = [("Fans", "", "NOUN"), ("gathered", "", "VERB"), ("in", "", "ADP"), ("Leeds", "PERSON", "PROPN"), (".", "", "PUNCT")]
    doc = parsed(pipeline, tokens, chain=True)
    pipeline.stage("places")(doc)
    pipeline.stage("actors")(doc)
    assert [actor["name"] for actor in docdata.data(doc, "actors")] == []


def test_a_ship_named_like_a_town_is_no_place_anywhere_in_the_article(read):
    text = (
        "The freighter Tampa was refused entry to the port. Officials said the Tampa would sail on Monday. "
        "Sailors aboard the Orlando waved from the deck."
    )
    record = read(text)
    assert not {span.text for place in record.places for span in place.spans} & {"Tampa", "Orlando"}
    town = read("Flights from Tampa to Miami were cancelled after the storm hit Florida.")
    assert place_named(town, "Tampa").admin1 == "Florida"
    last_word = read("Flights from Tampa were cancelled, so the crew stayed aboard")  # a ship's cue ends the text: no name after it
    assert place_named(last_word, "Tampa").admin1 == "Florida"


def test_a_ship_prefix_makes_the_name_a_ship_in_the_whole_article(read):
    record = read("The crew of the MV Tampa spent a week at anchor near Florida before officials let the Tampa dock.")
    assert "Tampa" not in {span.text for place in record.places for span in place.spans}


def test_a_name_the_article_gives_a_person_is_no_place_anywhere_in_it(read):
    full_name = read("The singer Anna Petrova opened the festival on Friday. Petrova sang for an hour before the crowd.")
    assert full_name.places == []
    honorific = read("Mr Petrova, a retired teacher, opened the festival. Petrova sang for an hour.")
    assert honorific.places == []
    speaker = read('"It is a rare collection," Petrova said, pointing to a painting of Tbilisi.')
    assert [place.name for place in speaker.places] == ["Tbilisi"]


def test_a_person_name_the_text_plainly_places_stays_a_place(read):
    qualified = read("Michael Jackson's doctor flew to Jackson, Miss., on Monday.")
    assert place_named(qualified, "Jackson").admin1 == "Mississippi"
    capital = read("Moscow said the talks would resume next week.")
    assert place_named(capital, "Moscow").country == "RUS"


def test_a_word_in_lower_case_is_no_place_whatever_ner_made_of_it(pipeline):
    tokens = [("Link", "", "NOUN"), ("to", "", "ADP"), ("williams", "GPE", "NOUN"), ("video", "", "NOUN"), ("from", "", "ADP"), ("Fargo", "GPE", "PROPN"), (".", "", "PUNCT")]
    doc = parsed(pipeline, tokens)
    pipeline.stage("places")(doc)
    assert [place["name"] for place in docdata.data(doc, "places")] == ["Fargo"]
