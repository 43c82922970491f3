"""The times stage: time expressions found, spanned as TimeML does, normalized to TIMEX3."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from tidings import docdata
from tidings.model import Precision, When

# 2024-03-06 (the `read` fixture's default publication date) is a Wednesday.


def only(times: list[When], text: str) -> When:
    matches = [w for w in times if w.spans and w.spans[0].text == text]  # the publication date has no span
    assert len(matches) == 1, [(w.spans[0].text if w.spans else None, w.value) for w in times]
    return matches[0]


def test_month_day_year_is_a_day(read):
    when = only(read("The treaty was signed on October 2, 2019, in Oslo.").times, "October 2, 2019")
    assert (when.type, when.value, when.precision) == ("DATE", "2019-10-02", Precision.DAY)


def test_day_month_year_is_a_day(read):
    assert only(read("Voting ended on 4 July 2021.").times, "4 July 2021").value == "2021-07-04"


def test_iso_date_is_a_day(read):
    assert only(read("The filing is dated 2022-11-30.").times, "2022-11-30").value == "2022-11-30"


def test_abbreviated_month_without_year_takes_the_publication_year(read):
    when = only(read("The rally was held on Feb. 27.").times, "Feb. 27")
    assert when.value == "2024-02-27"


def test_month_and_year_have_month_precision(read):
    when = only(read("Prices rose in November 2022.").times, "November 2022")
    assert (when.value, when.precision) == ("2022-11", Precision.MONTH)


def test_bare_year_excludes_the_preposition(read):
    when = only(read("The company was founded in 1987.").times, "1987")
    assert (when.value, when.precision) == ("1987", Precision.YEAR)


def test_day_range_is_one_interval(read):
    when = only(read("The summit runs from June 3-5, 2024 in Geneva.").times, "June 3-5, 2024")
    assert (when.begin, when.end, when.precision) == (date(2024, 6, 3), date(2024, 6, 5), Precision.DAY)


def test_weekday_in_past_sentence_is_the_latest_one_before_publication(read):
    assert only(read("The ministers met on Monday.").times, "Monday").value == "2024-03-04"


def test_weekday_on_publication_day_in_past_sentence_is_that_day(read):
    assert only(read("The ministers met on Wednesday.").times, "Wednesday").value == "2024-03-06"


def test_weekday_in_future_sentence_is_after_publication(read):
    assert only(read("The ministers will meet on Friday.").times, "Friday").value == "2024-03-08"


def test_weekday_of_publication_in_future_sentence_is_that_day(read):
    assert only(read("The board will decide on Wednesday.").times, "Wednesday").value == "2024-03-06"


def test_next_weekday_of_publication_is_a_week_ahead(read):
    assert only(read("The board will decide next Wednesday.").times, "next Wednesday").value == "2024-03-13"


def test_weekday_after_a_participle_completing_a_past_verb_is_in_the_past(read):
    assert only(read("A tractor was reported stolen Thursday.").times, "Thursday").value == "2024-02-29"


def test_weekday_without_publication_date_is_underspecified(read):
    when = only(read("The ministers met on Wednesday.", published=None).times, "Wednesday")
    assert when.value == "XXXX-WXX-3"


def test_yesterday_and_tomorrow_are_days_around_publication(read):
    times = read("Talks stalled yesterday and resume tomorrow.").times
    assert [w.value for w in times] == ["2024-03-05", "2024-03-07"]


def test_last_week_is_an_iso_week(read):
    when = only(read("The bank cut rates last week.").times, "last week")
    assert (when.value, when.precision) == ("2024-W09", Precision.WEEK)


def test_next_month_and_last_year(read):
    times = read("Exports fell last year and will recover next month.").times
    assert [w.value for w in times] == ["2023", "2024-04"]


def test_count_of_years_ago_is_a_year(read):
    assert only(read("The dam collapsed two years ago.").times, "two years ago").value == "2022"


def test_counted_units_are_durations(read):
    times = read("He served three years, then six months, then two weeks.").times
    assert [(w.type, w.value) for w in times] == [("DURATION", "P3Y"), ("DURATION", "P6M"), ("DURATION", "P2W")]


def test_hyphenated_duration_leaves_out_the_article(read):
    when = only(read("They signed a two-year contract.").times, "two-year")
    assert when.value == "P2Y"


def test_every_week_is_a_set(read):
    when = only(read("The committee meets every week.").times, "every week")
    assert (when.type, when.value, when.precision) == ("SET", "P1W", Precision.SET)


def test_ordinal_quarter_keeps_its_article(read):
    when = only(read("Profit doubled in the third quarter.").times, "the third quarter")
    assert (when.value, when.precision) == ("2023-Q3", Precision.QUARTER)


def test_ordinals_joined_before_plural_quarters_are_a_quarter_each(read):
    times = read("Shipments were weakest in the first and second quarters of 2022.").times
    assert [(w.spans[0].text, w.value) for w in times] == [("first", "2022-Q1"), ("second quarters of 2022", "2022-Q2")]


def test_season_with_relative_word(read):
    assert only(read("The drought began last summer.").times, "last summer").value == "2023-SU"


def test_decade_has_decade_precision(read):
    when = only(read("The region boomed in the 1990s.").times, "the 1990s")
    assert (when.value, when.precision) == ("199X", Precision.DECADE)


def test_a_decade_named_by_its_tens_is_that_decade(read):
    when = only(read("Prices doubled through the late eighties.").times, "the late eighties")
    assert (when.value, when.precision, when.mod) == ("198X", Precision.DECADE, "LATE")


def test_recent_months_is_an_unspecified_stretch_of_months(read):
    when = only(read("Attacks have grown in recent months.").times, "recent months")
    assert (when.type, when.value) == ("DURATION", "PXM")


def test_coming_weeks_is_an_unspecified_stretch_of_weeks(read):
    when = only(read("A decision is due in the coming weeks.").times, "the coming weeks")
    assert (when.type, when.value) == ("DURATION", "PXW")


def test_recently_is_vague_past(read):
    when = only(read("The mayor recently resigned.").times, "recently")
    assert (when.value, when.precision) == ("PAST_REF", Precision.VAGUE)


def test_now_and_the_future_are_vague_references(read):
    times = read("Rates are high now but should fall in the future.").times
    assert [w.value for w in times] == ["PRESENT_REF", "FUTURE_REF"]


def test_a_while_and_some_time_are_stretches_of_unknown_length_and_ago_the_vague_past(read):
    times = read("The bakery shut for a while; the owner left some time ago, and repairs took some time.").times
    assert [(w.spans[0].text, w.type, w.value) for w in times if w.spans] == [
        ("a while", "DURATION", "PXX"), ("some time ago", "DATE", "PAST_REF"), ("some time", "DURATION", "PXX"),
    ]
    assert [w for w in read("A ruling may come some time next month.").times if w.spans][0].spans[0].text == "next month"


def test_clock_time_is_a_time(read):
    when = only(read("The polls closed at 8 p.m. on election day.").times, "8 p.m.")
    assert (when.type, when.value, when.precision) == ("TIME", "2024-03-06T20:00", Precision.TIME)


def test_modal_may_is_not_a_month(read):
    assert read("Officials said the strike may spread.").times == []


def test_may_after_a_preposition_is_a_month(read):
    assert only(read("Elections are due in May.").times, "May").value.endswith("-05")


def test_ids_are_numbered_in_text_order(read):
    times = read("Sales rose in 2021 and fell in 2022.").times
    assert [w.id for w in times] == ["t1", "t2"]


def test_weekday_under_an_infinitive_is_after_publication(read):
    when = only(read("The talks are expected to resume on Monday.").times, "Monday")
    assert when.value == "2024-03-11"


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before(read):
    times = read("Profit rose in the second quarter from a year earlier.").times
    assert [w.value for w in times] == ["2023-Q2", "2022-Q2"]


def test_weekend_after_publication_day_is_the_last_one(read):
    assert only(read("Protesters gathered over the weekend.").times, "the weekend").value == "2024-W09-WE"


def test_expression_does_not_reach_back_across_a_line_break(read):
    times = read("Later\nMay 2, 2013 was the day of the vote.").times
    assert [w.spans[0].text for w in times] == ["May 2, 2013"]


def test_holiday_on_a_nth_weekday_gets_its_date(read):
    when = only(read("Shoppers crowded the malls after Thanksgiving last year.").times, "Thanksgiving")
    assert when.value == "2023-11-23"


def test_last_before_a_holiday_is_the_previous_one(read):
    when = only(read("Prices peaked last Christmas.", published="2024-12-01").times, "last Christmas")
    assert when.value == "2023-12-25"


def test_year_ended_a_date_is_a_year_long_duration(read):
    when = only(read("Net income doubled in the year ended June 30.").times, "the year")
    assert (when.type, when.value) == ("DURATION", "P1Y")


def test_fiscal_year_ending_a_date_is_a_year_long_duration(read):
    when = only(read("Sales grew in the fiscal year ending in May.").times, "the fiscal year")
    assert (when.type, when.value) == ("DURATION", "P1Y")


def test_year_ago_period_is_the_last_reported_quarter_a_year_before(read):
    when = only(read("Profit fell from the year-ago period.").times, "the year-ago period")
    assert when.value == "2022-Q4"


def test_period_named_by_a_year_is_that_years_reported_quarter(read):
    assert only(read("The loss was smaller in the 2022 period.").times, "the 2022 period").value == "2022-Q4"


def test_last_years_quarter_is_the_reported_quarter_a_year_before(read):
    times = read("Imports in last year's quarter fell, and costs rose from last year's period.").times
    assert [(w.spans[0].text, w.value) for w in times] == [("last year's quarter", "2022-Q4"), ("last year's period", "2022-Q4")]


def test_bare_period_is_not_a_time(read):
    assert read("During the period, sales rose.").times == []


def test_a_year_earlier_does_not_become_the_period_spoken_of(read):
    times = read("Profit rose in the second quarter from a year earlier, and sales rose from a year ago.").times
    assert [w.value for w in times] == ["2023-Q2", "2022-Q2", "2022-Q2"]


def test_number_and_a_half_units_carry_the_half_in_a_finer_unit(read):
    times = read("They stayed 2 1/2 years; the call lasted a minute and a half.").times
    assert [w.value for w in times] == ["P2Y6M", "PT1M30S"]


def test_age_is_not_a_duration(read):
    assert [time for time in read("The minister, 52 years old, resigned.").times if time.spans] == []  # the publication date aside


def test_date_under_a_participle_after_its_noun_is_past(read):
    assert only(read("Shares neared the record set on Aug. 6.").times, "Aug. 6").value == "2023-08-06"


def test_weekday_under_an_infinitive_of_a_past_verb_is_the_nearest(read):
    assert only(read("The team planned to leave on Thursday.").times, "Thursday").value == "2024-03-07"


def test_weekday_after_until_under_a_present_verb_lies_ahead(read):
    assert only(read("The border crossing stays open until Monday.").times, "Monday").value == "2024-03-11"
    assert only(read("The border crossing stayed open until Monday.").times, "Monday").value == "2024-03-04"


def test_a_month_deep_in_a_subjects_phrases_takes_the_tense_of_its_verb(read):
    record = read("Critics claimed that her election as mayor in May was secured through fraud.")
    assert only(record.times, "May").value == "2023-05"  # the past May, not the nearest one ahead


def test_a_forward_preposition_looks_ahead_past_an_approximating_one(read):
    assert only(read("Entries are due by about Monday.").times, "Monday").value == "2024-03-11"


def test_a_participle_of_what_is_to_be_done_takes_the_tense_of_its_causative_verb(read):
    assert only(read("Engineers hope to have the bridge reopened by Monday.").times, "Monday").value == "2024-03-11"
    assert only(read("The engineers had the bridge reopened by Monday.").times, "Monday").value == "2024-03-04"


def test_weekday_under_a_forward_looking_verb_lies_ahead_unless_past(read):
    assert only(read("A ruling is expected Monday.").times, "Monday").value == "2024-03-11"
    assert only(read("A ruling was expected Monday.").times, "Monday").value == "2024-03-04"


def test_a_day_after_for_and_a_noun_that_looks_ahead_lies_ahead_unless_past(read):
    assert only(read("Crews are resting, but the outlook for Monday worries them.").times, "Monday").value == "2024-03-11"
    assert only(read("Union leaders have plans for Monday.").times, "Monday").value == "2024-03-11"
    assert only(read("The outlook for Monday was bleak.").times, "Monday").value == "2024-03-04"


def test_a_count_after_in_under_a_future_verb_is_the_point_that_far_ahead(read):
    record = read("The bonds will mature in five years and the envoy will return in two weeks; shares rose 4% in two weeks.")
    assert [(w.spans[0].text, w.type, w.value) for w in record.times if w.spans] == [
        ("five years", "DATE", "2029"), ("two weeks", "DATE", "2024-W12"), ("two weeks", "DURATION", "P2W"),
    ]
    stretch = read("The plant will be rebuilt in the next eight months.")
    assert only(stretch.times, "the next eight months").value == "P8M"


def test_a_count_after_in_under_a_modal_that_looks_ahead_is_the_point_that_far_ahead(read):
    record = read("The loans would be paid back in three years, and the mill might reopen in two weeks.")
    assert [(w.spans[0].text, w.type, w.value) for w in record.times if w.spans] == [
        ("three years", "DATE", "2027"), ("two weeks", "DATE", "2024-W12"),
    ]
    assert only(read("A crew can fix the line in six hours.").times, "six hours").value == "PT6H"
    assert only(read("Fees would be low in a month that saw few orders.").times, "a month").value == "P1M"
    assert only(read("He said he would meet the mayor on Tuesday.").times, "Tuesday").value == "2024-03-05"


def test_a_comparison_after_a_reported_stretch_of_months_is_the_year_before(read):
    text = (
        "Third-quarter earnings climbed to $5 million, against $4 million a year earlier. Across the nine months,"
        " earnings came to $12 million against $9 million a year earlier and $8 million for the year-ago period."
    )
    record = read(text, published="2024-11-05")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("Third-quarter", "2024-Q3"), ("a year earlier", "2023-Q3"), ("the nine months", "P9M"),
        ("a year earlier", "2023"), ("the year-ago period", "2023"),
    ]


def test_a_unit_after_a_count_of_things_is_a_rate(read):
    record = read("Inmates get three meals a day and work 12 hours a day; 1999 was a year of riots.")
    assert [(time.spans[0].text, time.type) for time in record.times if time.spans] == [
        ("a day", "SET"), ("12 hours", "DURATION"), ("a day", "SET"), ("1999", "DATE"), ("a year", "DURATION"),
    ]


def test_clock_time_right_after_a_day_is_on_that_day(read):
    record = read("The envoy lands on Friday at 2 p.m.; the talks began on Feb. 27 at 9:30 p.m.")
    assert only(record.times, "2 p.m.").value == "2024-03-08T14:00"
    assert only(record.times, "9:30 p.m.").value == "2024-02-27T21:30"


def test_month_and_day_near_a_day_told_in_another_year_is_in_that_year(read):
    record = read("The envoys met in Lima on May 2, 1986. Talks broke down on May 9. The embassy reopens on Feb. 27.")
    assert only(record.times, "May 9").value == "1986-05-09"
    assert only(record.times, "Feb. 27").value == "2024-02-27"


def test_a_year_named_by_words_after_a_month_day_or_quarter_is_one_expression(read):
    record = read(
        "The mill was built in April 1958. It flooded in October that year and burned on May 3 the following year."
        " Its owner sold it on July 4 last year; a buyer takes charge when the first quarter of next year comes."
    )
    assert only(record.times, "October that year").value == "1958-10"  # the year told, not the publication's
    assert only(record.times, "May 3 the following year").value == "1959-05-03"
    assert only(record.times, "July 4 last year").value == "2023-07-04"
    assert only(record.times, "the first quarter of next year").value == "2025-Q1"
    half = read("Exports grew during the fourth quarter of the year.").times
    assert only(half, "the fourth quarter of the year").value == "2024-Q4"


def test_the_end_of_a_range_of_weekdays_falls_after_its_start(read):
    times = read("The book fair is open from Thursday to Monday.").times
    assert only(times, "Thursday").value == "2024-03-07"
    assert only(times, "Monday").value == "2024-03-11"  # not the Monday just gone


def test_a_modifier_before_a_told_unit_keeps_it_counted_from_the_told_date(read):
    times = read("The mine flooded in mid-2016 and reopened early the next year.").times
    assert (only(times, "early the next year").value, only(times, "early the next year").mod) == ("2017", "EARLY")


def test_a_month_counted_from_a_told_week_follows_the_month_that_holds_most_of_it(read):
    times = read("The dam burst on Sept. 2, 2021. That week, crews came. The following month, rain stopped.").times
    assert only(times, "That week").value == "2021-W35"  # Monday Aug. 30 to Sunday Sept. 5
    assert only(times, "The following month").value == "2021-10"


def test_last_or_next_before_a_weekday_and_its_morning_or_night_stay_in_the_expression(read):
    times = read("The envoy landed last Saturday night and will leave next Tuesday morning.").times
    assert only(times, "last Saturday night").value == "2024-03-02TNI"
    assert only(times, "next Tuesday morning").value == "2024-03-12TMO"


def test_the_day_before_or_after_a_named_day_is_one_day_from_it(read):
    record = read("Shops reopened the day after Christmas; the minister resigned the day before last Friday.")
    assert only(record.times, "the day after Christmas").value == "2023-12-26"
    assert only(record.times, "the day before last Friday").value == "2024-02-29"


def test_bare_season_after_an_article_or_possessive_modifies_a_noun(read):
    record = read("The king rested at his summer palace after a winter storm; in summer the river dries.")
    assert [time.spans[0].text for time in record.times if time.spans] == ["summer"]


def test_the_year_to_a_date_is_a_year_long_duration(read):
    when = only(read("Revenue rose 4% in the year to June 30.").times, "the year")
    assert (when.type, when.value) == ("DURATION", "P1Y")


def test_date_under_a_passive_infinitive_of_a_noun_lies_ahead(read):
    record = read("A memoir, to be published in Lisbon in October, tells the story.")
    assert only(record.times, "October").value == "2024-10"


def test_then_current_is_a_past_present(read):
    record = read("Members could buy seats at the then-current price; current prices are higher.")
    assert [(time.spans[0].text, time.value) for time in record.times if time.spans] == [
        ("then-current", "PAST_REF"), ("current", "PRESENT_REF"),
    ]


def test_a_year_spelled_from_two_thousand_is_that_year(read):
    record = read("The plan ran to the year two thousand; the next runs to the year two thousand and thirty.")
    assert only(record.times, "the year two thousand").value == "2000"
    assert only(record.times, "the year two thousand and thirty").value == "2030"


def test_pre_or_post_hyphened_to_a_time_puts_it_on_one_side(read):
    record = read("The post-1918 borders and pre-1980s tariffs were argued over; he told the Post Monday.")
    assert [(time.spans[0].text, time.value, time.mod) for time in record.times if time.spans] == [
        ("post-1918", "1918", "AFTER"), ("pre-1980s", "198X", "BEFORE"), ("Monday", "2024-03-04", None),
    ]


def test_time_word_inside_a_longer_name_is_no_time(read):
    record = read("Supplies reached Christmas Island on Monday.")
    assert [time.spans[0].text for time in record.times if time.spans] == ["Monday"]


def test_holiday_naming_an_island_in_lower_case_is_no_time(read):
    record = read("Nurses checked every detainee on Christmas island on Monday.")
    assert [time.spans[0].text for time in record.times if time.spans] == ["Monday"]


def test_a_vague_phrase_modifying_the_noun_after_it_is_no_time(read):
    record = read("The future king spoke of the future, and the present system will stay for now.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("the future", "FUTURE_REF"), ("now", "PRESENT_REF")]


def test_time_word_opening_a_sentence_stays_a_time_whatever_name_follows(read):
    record = read("The club said so. Tomorrow Harrison's family will scatter his ashes.")
    assert only(record.times, "Tomorrow").value == "2024-03-07"


def test_month_abbreviation_hyphened_to_a_capitalized_name_is_a_name(read):
    record = read("Jan-Erik Berg and May-Lis Dahl won the doubles in Jan-Mar qualifying.")
    assert [time.spans[0].text for time in record.times if time.spans] == ["Jan"]


def test_an_hour_after_a_distance_is_a_speed_not_a_time(read):
    record = read("Gusts of 90 kilometres an hour and 40 miles per hour hit the coast for an hour.")
    assert [(time.spans[0].text, time.value) for time in record.times if time.spans] == [("an hour", "PT1H")]


def test_the_last_day_of_something_is_no_day_before_publication(read):
    record = read("On the last day of the trial the judge left, after the past week of talks.")
    assert [time.spans[0].text for time in record.times if time.spans] == ["the past week"]


def test_last_before_a_month_and_day_leaves_the_day_to_the_date(read):
    when = only(read("He was shot last Oct. 23 at his home.").times, "Oct. 23")
    assert when.value == "2023-10-23"


def test_end_of_the_year_keeps_its_modifier(read):
    when = only(read("The plant will close by the end of the year.").times, "the end of the year")
    assert when.value == "2024"


def test_a_recent_stretch_ends_at_publication_and_a_coming_one_begins_there(read):
    record = read("Prices rose in recent months and will fall in the coming weeks.", published="2024-03-06")
    recent, coming = record.times
    assert (recent.value, recent.end, recent.begin) == ("PXM", date(2024, 3, 6), None)
    assert (coming.value, coming.begin, coming.end) == ("PXW", date(2024, 3, 6), None)


# -- the component in a spaCy pipeline


@pytest.fixture(scope="module")
def nlp():
    """The bare backbone model, as a spaCy user has it, with only the times component."""
    import tidings.stages.times  # noqa: F401  (registers tidings_times)
    from tidings.backbone import load_bare

    nlp = load_bare()
    nlp.add_pipe("tidings_times")
    return nlp


def test_times_component_runs_in_a_users_spacy_pipeline(nlp):
    doc = nlp.make_doc("The ministers met on Monday.")
    doc._.published = "2024-03-06"
    doc = nlp(doc)
    (span,) = doc.spans["tidings_times"]
    assert (span.text, span.kb_id_, doc[4]._.time) == ("Monday", "2024-03-04", "t1")


def test_tense_slack_is_configurable(nlp):
    strict = spacy.blank("en")
    strict.add_pipe("tidings_times", config={"tense_slack_days": 0})
    doc = nlp.make_doc("The deal was signed on March 20.")
    doc._.published = "2024-03-06"
    with nlp.select_pipes(disable=["tidings_times"]):
        doc = nlp(doc)
    assert docdata.data(strict.get_pipe("tidings_times")(doc), "times")[0]["value"] == "2023-03-20"
    assert docdata.data(nlp.get_pipe("tidings_times")(doc), "times")[0]["value"] == "2024-03-20"


# -- dates beyond the calendar (years 0001-9999)


def test_days_ago_beyond_the_first_year_is_the_vague_past(read):
    assert only(read("The crater formed 1000000 days ago.").times, "1000000 days ago").value == "PAST_REF"


def test_relative_dates_published_in_year_one_that_fall_before_it_are_the_vague_past(read):
    times = read("They met yesterday, will meet next year, and did not last century.", published="0001-01-01").times
    assert [w.value for w in times] == ["PAST_REF", "0002", "PAST_REF"]


def test_relative_dates_published_in_year_9999_that_fall_after_it_are_the_vague_future(read):
    times = read("They met yesterday and will meet tomorrow and next year.", published="9999-12-31").times
    assert [w.value for w in times] == ["9999-12-30", "FUTURE_REF", "FUTURE_REF"]


def test_a_modified_date_carries_its_mod_and_a_plain_one_none(read):
    times = read("Work starts early next year and ends on May 3.").times
    assert (only(times, "early next year").value, only(times, "early next year").mod) == ("2025", "EARLY")
    assert only(times, "May 3").mod is None


def test_the_following_day_and_that_year_count_from_the_date_the_text_gave(read):
    times = read(
        "The dam failed on March 3, 2019. The following day crews arrived. Later that year a report came out. "
        "Sales should rise in the next year."
    ).times
    assert only(times, "The following day").value == "2019-03-04"
    assert only(times, "Later that year").value == "2019"
    assert only(times, "the next year").value == "2025"  # the coming year, from the publication date


def test_a_counted_unit_joined_to_long_is_a_duration(read):
    times = read("A year-long inquiry followed a two-week-long strike.").times
    assert [(w.type, w.value) for w in times if w.spans] == [("DURATION", "P1Y"), ("DURATION", "P2W")]


def test_a_month_word_before_a_middle_initial_is_a_first_name(read):
    times = read("A scholarship honours June T. Marlow, who retired in June. A dinner follows.").times
    assert [(w.spans[0].text, w.value) for w in times if w.spans] == [("June", "2023-06")]


def test_a_month_word_opening_a_name_is_no_time(read):
    times = read("The March of Dimes Foundation met in May, and the March of Dimes board in March of last year.").times
    assert [(w.spans[0].text, w.value) for w in times if w.spans] == [("May", "2023-05"), ("March of last year", "2023-03")]


def test_a_clock_time_takes_the_day_that_follows_it(read):
    times = read("The ferry docked at 11:20 a.m. (1620 GMT) Sunday. Polls close at midnight local time on March 9.").times
    assert [(w.spans[0].text, w.value) for w in times if w.spans] == [
        ("11:20 a.m.", "2024-03-03T11:20"), ("Sunday", "2024-03-03"), ("midnight", "2024-03-09T24:00"), ("March 9", "2024-03-09"),
    ]
    later = read("The meeting starts at 3 p.m. and ends Tuesday.").times
    assert only(later, "3 p.m.").value == "2024-03-06T15:00"  # a day further on in the clause is not its day


def test_dates_written_with_slashes_are_days(read):
    times = read("The permit dated 7/4/2019 was renewed on 2022/11/30; the ratio was 3/4.").times
    assert [(w.spans[0].text, w.value) for w in times if w.spans] == [("7/4/2019", "2019-07-04"), ("2022/11/30", "2022-11-30")]


def test_quarter_codes_and_fiscal_year_codes_name_their_periods(read):
    times = read("Margins fell in Q3 2022 and H2 2021, and FY2023 spending was cut. The H5 2021 engine failed.").times
    assert [(w.spans[0].text, w.value) for w in times if w.spans] == [
        ("Q3 2022", "2022-Q3"), ("H2 2021", "2021-H2"), ("FY2023", "2023"), ("2021", "2021"),
    ]


def test_a_week_counted_in_a_month_is_that_iso_week(read):
    times = read("Ballots go out in the first week of April and are counted in the last week of June 2025.").times
    assert [(w.spans[0].text, w.value) for w in times if w.spans] == [
        ("the first week of April", "2024-W14"), ("the last week of June 2025", "2025-W26"),
    ]


def test_a_weekday_counted_in_a_month_is_that_day(read):
    times = read("The levy goes to voters on the second Tuesday in May and the board sits on the last Friday of June 2025.").times
    assert [(w.spans[0].text, w.value) for w in times if w.spans] == [
        ("the second Tuesday in May", "2024-05-14"), ("the last Friday of June 2025", "2025-06-27"),
    ]


def test_a_weekday_the_month_does_not_have_five_times_is_no_such_day(read):
    times = read("Nothing opened on the fifth Friday of February 2026.").times
    assert "2026-02" in [w.value for w in times] and not any(w.value.startswith("2026-02-") for w in times)


def test_weekends_and_every_part_of_a_day_are_sets(read):
    times = read("The ferry runs on weekends and every evening.").times
    assert [(w.type, w.value) for w in times if w.spans] == [("SET", "XXXX-WXX-WE"), ("SET", "XXXX-XX-XXTEV")]


def test_an_hour_on_the_clock_is_a_time(read):
    times = read("The bell rang at 11 o'clock and again at seven o’clock in the evening.").times
    assert [(w.spans[0].text, w.value) for w in times if w.spans] == [
        ("11 o'clock", "2024-03-06T11:00"), ("seven o’clock in the evening", "2024-03-06T19:00"),
    ]


def test_a_modified_century_carries_its_mod(read):
    when = only(read("The mill was built in the late 18th century.").times, "the late 18th century")
    assert (when.value, when.mod) == ("17", "LATE")


def test_high_noon_is_an_idiom_not_a_time(read):
    times = read("It was high noon for the coalition, and the vote came at noon.").times
    assert [(w.spans[0].text, w.value) for w in times if w.spans] == [("noon", "2024-03-06T12:00")]


def test_a_part_of_a_told_day_counts_from_the_date_the_text_gave(read):
    times = read(
        "The ferry sank on June 9, 2021. Divers reached it the next morning and searched that night."
    ).times
    assert (only(times, "the next morning").type, only(times, "the next morning").value) == ("TIME", "2021-06-10TMO")
    assert only(times, "that night").value == "2021-06-10TNI"  # the day told last: the next one
    assert only(read("Crews came back the following evening.").times, "the following evening").value == "2024-03-07TEV"


def test_a_plural_unit_made_an_adjective_is_a_stretch_of_unspecified_length(read):
    times = read("The decades-long feud ended in a months-old truce by centuries-old walls.").times
    assert [(w.spans[0].text, w.type, w.value) for w in times if w.spans] == [
        ("decades-long", "DURATION", "PXY"), ("months-old", "DURATION", "PXM"), ("centuries-old", "DURATION", "PXY"),
    ]
    ages = read("A seven-year-old girl and a 52-year-old driver were rescued.").times
    assert [w for w in ages if w.spans] == []  # ages are no times


def test_the_age_of_a_truce_or_a_strike_is_a_duration_and_a_persons_age_is_none(read):
    times = read("A 30-year-old teacher said the three-week-old strike went on, like a 12-year-old feud.").times
    assert [(w.spans[0].text, w.type, w.value) for w in times if w.spans] == [
        ("three-week-old", "DURATION", "P3W"), ("12-year-old", "DURATION", "P12Y"),
    ]


def test_the_next_year_of_a_past_narrative_follows_the_year_it_told(read):
    times = read("The mine closed in 2011. The next year, the town lost its school.").times
    assert only(times, "The next year").value == "2012"
    assert only(read("The mine closed in 2011. Jobs will return in the next year.").times, "the next year").value == "2025"


def test_a_unit_before_or_after_closing_a_clause_counts_from_the_date_the_text_gave(read):
    times = read(
        "Exports fell in 2016, after rising the year before. The port reopened on May 2, 2017, and a ship docked the day after."
    ).times
    assert only(times, "the year before").value == "2015"
    assert only(times, "the day after").value == "2017-05-03"
    before_an_event = read("Crews worked through the year before the election.").times
    assert [w.spans[0].text for w in before_an_event if w.spans] == ["the year"]  # not told from a date


def test_the_same_day_after_a_told_month_is_an_unknown_day_of_that_month(read):
    times = read(
        "The mayor was sworn in on Friday. The dam burst last August, and roads shut that same day. "
        "Crews left the next morning."
    ).times
    assert only(times, "that same day").value == "2023-08-XX"
    assert only(times, "the next morning").value == "2024-03-02TMO"  # an unknown day counts nothing: the day told


def test_a_calendar_name_under_an_adverb_of_habit_recurs(read):
    times = read(
        "Ferry fares typically rise in July. Orders are usually booked in the first and third quarters, "
        "and the depot is normally shut on Sunday."
    ).times
    assert [(w.spans[0].text, w.type, w.value) for w in times if w.spans] == [
        ("July", "SET", "XXXX-07"), ("first", "SET", "XXXX-Q1"), ("third quarters", "SET", "XXXX-Q3"),
        ("Sunday", "SET", "XXXX-WXX-7"),
    ]


def test_a_habit_elsewhere_in_the_sentence_leaves_a_named_date_as_it_is(read):
    times = read("The council, which usually sits in May, met on Monday; Friday's count always looked tight.").times
    assert only(times, "May").value == "XXXX-05"
    assert only(times, "Monday").value == "2024-03-04"
    assert only(times, "Friday").value == "2024-03-01"
    assert only(read("Ferry fares typically rose in July 2019.").times, "July 2019").value == "2019-07"


def test_a_unit_told_without_an_earlier_date_counts_from_the_publication_date(read):
    assert only(read("Crews arrived the following day.").times, "the following day").value == "2024-03-07"


def test_the_week_of_a_day_is_that_week(read):
    when = only(read("The hearing is set for the week of March 11.").times, "the week of March 11")
    assert (when.value, when.precision) == ("2024-W11", Precision.WEEK)


def test_a_scheduled_or_postponed_day_lies_ahead_unless_it_is_the_day_of_the_act(read):
    assert only(read("The mayor has scheduled a news conference Thursday.").times, "Thursday").value == "2024-03-07"
    assert only(read("Officials postponed the vote until Tuesday.").times, "Tuesday").value == "2024-03-12"
    assert only(read("The court postponed the hearing on Tuesday.").times, "Tuesday").value == "2024-03-05"


def test_a_common_time_word_capitalized_inside_a_sentence_is_a_name(read):
    assert read("She told the panel on Morning Report Today that the plan was sound.").times == []
    times = read("She told the Harbor Daily Courier that the ferry sails daily.").times
    assert [(w.spans[0].text, w.value) for w in times if w.spans] == [("daily", "P1D")]
    assert [w.value for w in read("Today the panel met. It meets again this week.").times] == ["2024-03-06", "2024-W10"]


def test_date_under_a_perfect_progressive_lies_before_publication(read):
    when = only(read("Police have been searching for the driver since June 20.").times, "June 20")
    assert when.value == "2023-06-20"


def test_month_with_a_spelled_out_year_is_one_expression(read):
    when = only(read("The first ballot was cast in January nineteen ninety-seven.").times, "January nineteen ninety-seven")
    assert (when.value, when.precision) == ("1997-01", Precision.MONTH)


def test_a_month_or_a_season_of_a_spelled_out_year_is_one_expression(read):
    record = read("Grain last cost this much in June of nineteen eighty-two, before the winter of nineteen eighty-three.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("June of nineteen eighty-two", "1982-06"), ("the winter of nineteen eighty-three", "1983-WI"),
    ]


def test_plural_unit_after_the_is_an_unspecified_stretch(read):
    times = read("Rents rose over the years. Families left in the weeks before the flood.").times
    assert [(w.spans[0].text, w.type, w.value) for w in times] == [
        ("the years", "DURATION", "PXY"), ("the weeks", "DURATION", "PXW"),
    ]


def test_one_day_after_a_modal_is_some_day_ahead(read):
    assert only(read("Robots could one day replace the drivers.").times, "one day").value == "FUTURE_REF"
    assert only(read("The strike lasted one day.").times, "one day").value == "P1D"


def test_this_season_is_the_publication_years_whatever_the_tense(read):
    assert only(read("Farmers planted corn this spring.").times, "this spring").value == "2024-SP"
    assert only(read("Farmers planted corn last spring.").times, "last spring").value == "2023-SP"


def test_this_past_is_the_last_one(read):
    times = read("Turnout fell this past week, and the polls closed this past Sunday.").times
    assert [(w.spans[0].text, w.value) for w in times] == [("this past week", "2024-W09"), ("this past Sunday", "2024-03-03")]


def test_quarter_ended_a_day_is_the_calendar_quarter_it_mostly_covers(read):
    times = read("Orders rose in the quarter ended Aug. 31, the retailer said.").times
    assert only(times, "the quarter").value == "2023-Q3"
    times = read("Orders rose in the quarter ended May 31, the retailer said.").times
    assert only(times, "the quarter").value == "2023-Q2"


def test_half_a_unit_is_a_duration_of_half_that_unit(read):
    times = read("The vote took half an hour, after a half-hour delay, for the first time in half a century.").times
    assert [(w.spans[0].text, w.type, w.value) for w in times] == [
        ("half an hour", "DURATION", "PT30M"), ("a half-hour", "DURATION", "PT30M"), ("half a century", "DURATION", "P50Y"),
    ]


def test_a_dated_earlier_period_is_a_comparison_not_the_period_reported(read):
    text = "Profit rose in the third quarter from $5 million in the 2022 period. The year-ago figure had included a charge."
    assert only(read(text).times, "year-ago").value == "2022-Q3"


def test_a_period_dated_in_the_publication_year_is_the_period_reported(read):
    text = "Sales rose in the second quarter. Margins widened in the 2024 period from a year earlier."
    assert only(read(text, published="2024-11-06").times, "a year earlier").value == "2023-Q3"


def test_a_bare_gerund_takes_the_tense_of_the_clause_it_modifies(read):
    # 2024-03-06 is a Wednesday: the Friday of a past clause is the one before
    record = read("The driver was suspended after crashing the van late Friday.")
    assert only(record.times, "late Friday").value == "2024-03-01"
    record = read("The minister will fly home after meeting the envoys on Friday.")
    assert only(record.times, "Friday").value == "2024-03-08"


def test_a_clock_time_without_a_day_is_on_the_day_just_told(read):
    record = read("The ferry sank on Monday near the harbour. Rescuers reached it at 4 p.m. and saved six people.")
    assert only(record.times, "4 p.m.").value == "2024-03-04T16:00"
    record = read("Talks resume tomorrow morning at 10am in Lisbon.")
    assert only(record.times, "10am").value == "2024-03-07T10:00"


def test_a_clock_time_far_from_the_day_told_is_on_the_publication_day(read):
    text = "The ferry sank on Monday. Divers searched the hull. Crews towed it. Tugs left. The port reopened at 4 p.m."
    assert only(read(text).times, "4 p.m.").value == "2024-03-06T16:00"


def test_a_holiday_before_a_noun_that_is_no_time_names_a_thing(read):
    record = read("Choirs sang Christmas carols, children wore Halloween costumes and families met for the Thanksgiving holiday.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("Thanksgiving", "2023-11-23")]
    rally = read("Police broke up the May Day rally.", published="2024-06-10")
    assert only(rally.times, "May Day").value == "2024-05-01"  # the day of an event


def test_a_season_before_a_noun_that_is_no_time_names_a_thing(read):
    record = read("Guards ringed the Himalayan summer capital and the royal winter palace before polls close this summer.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("this summer", "2024-SU")]


def test_a_day_of_the_month_in_words_after_the_is_that_day(read):
    record = read("Mourners gathered on September the eleventh; the inquiry reports on the twenty-first of May.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("September the eleventh", "2023-09-11"), ("the twenty-first of May", "2024-05-21"),
    ]


def test_following_with_no_article_before_a_count_is_a_preposition(read):
    record = read("Crowds returned following four days of curfew, and aid flowed in the following two weeks.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("four days", "P4D"), ("the following two weeks", "P2W"),
    ]


def test_last_as_the_verb_before_a_count_is_outside_the_span(read):
    record = read("The walkout will last three weeks; prices rose over the last two days.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("three weeks", "P3W"), ("the last two days", "P2D"),
    ]


def test_a_hyphened_count_and_a_half_is_a_duration(read):
    record = read("The envoy waited three-and-a-half or four years; the firm signed a two-and-a-half-year lease.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("three-and-a-half or four years", "P3Y6M"), ("two-and-a-half-year", "P2Y6M"),
    ]


def test_both_ends_of_a_range_of_clock_times_are_on_the_day_it_names(read):
    record = read("Polling stations stay open from 7 a.m. to 9 p.m. Saturday, and between 8 a.m. and noon on March 12.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans and w.type == "TIME"] == [
        ("7 a.m.", "2024-03-09T07:00"), ("9 p.m. Saturday", "2024-03-09T21:00"),
        ("8 a.m.", "2024-03-12T08:00"), ("noon", "2024-03-12T12:00"),
    ]


def test_a_range_first_clock_time_without_a_half_of_the_day_takes_the_end_half(read):
    record = read("Volunteers sort parcels from 4:45 to 6:20 p.m. while the cafe serves lunch from 11:15 to 2 p.m. or noon to 3 p.m.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("4:45", "2024-03-06T16:45"), ("6:20 p.m.", "2024-03-06T18:20"),
        ("11:15", "2024-03-06T11:15"), ("2 p.m.", "2024-03-06T14:00"),
        ("noon", "2024-03-06T12:00"), ("3 p.m.", "2024-03-06T15:00"),
    ]


def test_a_clock_time_before_a_weekday_and_its_date_is_one_expression_on_that_date(read):
    record = read("The blaze started at 3:10 a.m. Friday, March 1, and a vigil is set for 6 p.m. Monday, March 11, 2024.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("3:10 a.m. Friday, March 1", "2024-03-01T03:10"), ("6 p.m. Monday, March 11, 2024", "2024-03-11T18:00"),
    ]


def test_a_clock_range_joined_by_a_dash_has_both_ends(read):
    record = read("The pantry opens 9:15-11:50 a.m. Saturday.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("9:15", "2024-03-09T09:15"), ("11:50 a.m. Saturday", "2024-03-09T11:50"),
    ]
    record = read("The depot is staffed 8:10 a.m.–3:50 p.m.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("8:10 a.m.", "2024-03-06T08:10"), ("3:50 p.m.", "2024-03-06T15:50"),
    ]


def test_a_bare_hour_opening_a_range_of_clock_times_is_a_clock_time(read):
    record = read("Quilters meet from 1 to 4 p.m. Friday; bidding runs between 10 and 2 p.m. Prices rose from 5 to 8 percent.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("1", "2024-03-08T13:00"), ("4 p.m. Friday", "2024-03-08T16:00"),
        ("10", "2024-03-08T10:00"), ("2 p.m.", "2024-03-08T14:00"),
    ]


def test_a_bare_verb_joined_to_another_takes_its_tense(read):
    record = read("The envoy will land in Oslo on Sunday and meet the king on Monday.")
    assert only(record.times, "Monday").value == "2024-03-11"
    record = read("The suspect was arrested in Lyon and charged on Monday.")
    assert only(record.times, "Monday").value == "2024-03-04"


def test_two_digits_a_century_after_a_year_are_no_range_of_years(read):
    assert [w.value for w in read("The page sits at example.org / 2017 / 06 / recap.").times if w.spans] == []


def test_a_four_digit_clock_time_on_a_zone_is_no_year(read):
    assert [w.value for w in read("The quake struck at 1942 GMT, the agency said in 2019.").times if w.spans] == ["2019"]


def test_fixed_days_kept_outside_the_united_states_are_holidays(read):
    record = read("Shops reopened after Boxing Day, and veterans marched on Anzac Day.", published="2025-05-02")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("Boxing Day", "2024-12-26"), ("Anzac Day", "2025-04-25")]


def test_a_year_before_fiscal_year_is_one_expression_that_year(read):
    record = read("Grants fell in the 2021 fiscal year and in its 2022 financial year.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("the 2021 fiscal year", "2021"), ("its 2022 financial year", "2022"),
    ]


def test_a_day_told_with_its_weekday_keeps_to_a_year_it_falls_on_that_weekday(read):
    record = read("The painter was born on April 9, 1890. The gallery will open free on Tuesday, April 9.")
    assert only(record.times, "Tuesday, April 9").value == "2024-04-09"
    record = read("The painter was born on April 9, 1890. He was baptised on April 12.")
    assert only(record.times, "April 12").value == "1890-04-12"


def test_a_day_told_with_its_weekday_is_in_a_year_that_has_it_on_that_weekday(read):
    assert only(read("The hearing was held on Monday, Feb. 27.").times, "Monday, Feb. 27").value == "2023-02-27"
    assert only(read("The hearing was held on Sunday, Feb. 27.").times, "Sunday, Feb. 27").value == "2024-02-27"


def test_a_span_of_years_is_one_range(read):
    record = read("Tolls rose in the 2010-2011 financial year and in fiscal 1999-00.")
    assert [(w.spans[0].text, w.value, str(w.begin), str(w.end)) for w in record.times if w.spans] == [
        ("2010-2011 financial year", "2010/2011", "2010-01-01", "2011-12-31"),
        ("fiscal 1999-00", "1999/2000", "1999-01-01", "2000-12-31"),
    ]
    assert only(read("The deed is dated 2001-02-03.").times, "2001-02-03").value == "2001-02-03"


def test_a_clock_time_is_not_put_on_a_told_day_its_tense_rules_out(read):
    record = read("The ferry sank on Monday. The minister will visit the harbour at 4 p.m.")
    assert only(record.times, "4 p.m.").value == "2024-03-06T16:00"


def test_a_bare_midnight_gone_by_began_the_publication_day(read):
    assert only(read("Rebels seized the radio station shortly after midnight.").times, "midnight").value == "2024-03-05T24:00"
    assert only(read("The offer expires at midnight.").times, "midnight").value == "2024-03-06T24:00"


def test_counts_in_hundreds_and_thousands_multiply(read):
    times = read("The abbey stood for almost a hundred and fifty years; the road was laid two hundred years ago.").times
    assert [(w.spans[0].text, w.value) for w in times] == [
        ("almost a hundred and fifty years", "P150Y"), ("two hundred years ago", "1824"),
    ]


def test_a_unit_or_two_is_one_hedged_expression(read):
    times = read("A verdict is due in a week or two; the plant closed a year or two ago.").times
    assert [(w.spans[0].text, w.value, w.mod) for w in times] == [
        ("a week or two", "P1W", "APPROX"), ("a year or two ago", "2023", "APPROX"),
    ]


def test_or_two_before_a_counted_noun_is_not_a_hedge(read):
    times = read("They meet once a year or two times a month.").times
    assert [w.spans[0].text for w in times if w.spans] == ["once a year", "two times a month"]


def test_a_modifier_with_in_before_a_named_unit_is_one_expression(read):
    times = read("Prices fell earlier in the year and may rise late in the month.").times
    assert [(w.spans[0].text, w.value, w.mod) for w in times] == [
        ("earlier in the year", "2024", None), ("late in the month", "2024-03", "LATE"),
    ]



def test_a_hyphened_duration_before_period_is_one_phrase_with_its_article(read):
    times = read("Staff trained for a six-week period; the 10-day span ended; they waited three years.").times
    assert [(w.spans[0].text, w.value) for w in times] == [
        ("a six-week period", "P6W"), ("the 10-day span", "P10D"), ("three years", "P3Y"),
    ]


def test_past_units_and_a_later_date_are_vague_times(read):
    times = read("Harvests were poorer in past decades; the hearing moved to a later date.").times
    assert [(w.spans[0].text, w.type, w.value) for w in times] == [
        ("past decades", "DURATION", "PXY"), ("a later date", "DATE", "FUTURE_REF"),
    ]


def test_some_quarters_are_circles_of_people_not_time(read):
    times = read("The plan met doubts in some quarters, though profit fell for several quarters.").times
    assert [(w.spans[0].text, w.value) for w in times if w.spans] == [("several quarters", "PXQ")]


def test_a_vague_word_right_before_a_time_is_no_time_of_its_own(read):
    record = read("Floods struck the valley often, most recently last spring.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("last spring", "2023-SP")]


def test_a_vague_word_apart_from_a_time_stays_a_time(read):
    record = read("The levee is now closed, and the vote was recently held on Tuesday.")
    assert [w.value for w in record.times if w.spans] == ["PRESENT_REF", "PAST_REF", "2024-03-05"]


@pytest.mark.parametrize(
    "text, local, converted",
    [
        # UTC-5 at 2:30 p.m. is 6:30 a.m. the next day in Sydney (UTC+11): the zone's offset decides the day
        ("A barn in Ohio burned on Monday near 2:30pm (6:30am AEDT).", "2024-03-04T14:30", "2024-03-05T06:30"),
        ("The talks in Doha ended at 9 p.m. (1 a.m. GMT) on Monday.", "2024-03-04T21:00", "2024-03-05T01:00"),
        ("The ferry left Perth at 11:30pm AWST (3:30pm GMT) on Monday.", "2024-03-04T23:30", "2024-03-04T15:30"),
        ("The vote in Oslo closed at 8 p.m. local time (7 p.m. GMT) on Monday.", "2024-03-04T20:00", "2024-03-04T19:00"),
    ],
)
def test_a_clock_time_in_another_zone_in_brackets_is_on_the_day_its_offset_gives(read, text, local, converted):
    times = [w.value for w in read(text).times if w.type == "TIME"]
    assert times == [local, converted]


def test_a_clock_time_after_a_converted_one_stays_on_the_local_day(read):
    record = read("A standoff in Iowa began on Monday at 2:10pm (6:10am AEDT). Deputies left at 5:20pm.")
    assert only(record.times, "5:20pm").value == "2024-03-04T17:20"


def test_a_clock_time_takes_the_day_of_a_part_of_a_day_after_it(read):
    record = read("The warehouse alarm sounded at 11:40pm (AEDT) last night; the audit resumes at 9am tomorrow morning.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("11:40pm", "2024-03-05T23:40"), ("last night", "2024-03-05TNI"),
        ("9am", "2024-03-07T09:00"), ("tomorrow morning", "2024-03-07TMO"),
    ]


def test_a_month_opening_a_range_takes_the_year_its_end_gives(read):
    record = read("The dam was built from August to October 1931, the mill ran between May 2 and June 30, 1950, "
                  "and the strike lasted from December to February 1976.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("August", "1931-08"), ("October 1931", "1931-10"), ("May 2", "1950-05-02"), ("June 30, 1950", "1950-06-30"),
        ("December", "1975-12"), ("February 1976", "1976-02"),
    ]


def test_a_day_of_the_year_under_a_future_verb_lies_ahead_of_publication(read):
    record = read("Guards will patrol every ferry by Anzac Day, and the new timetable will start on February 20.",
                  published="2024-04-28")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("Anzac Day", "2025-04-25"), ("February 20", "2025-02-20")]
    assert only(read("Repairs will be finished in April.", published="2024-04-28").times, "April").value == "2024-04"


def test_a_month_the_and_an_ordinal_day_is_that_day(read):
    record = read("The envoy recalled the storms of October the 14th, and the march on the 3rd of February.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("October the 14th", "2023-10-14"), ("the 3rd of February", "2024-02-03")]


def test_a_day_a_schedule_begins_in_the_present_tense_lies_ahead(read):
    record = read("The inquest resumes on Monday, and the regatta starts on Boxing Day.", published="2025-01-03")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("Monday", "2025-01-06"), ("Boxing Day", "2025-12-26")]


def test_a_fortnight_is_two_weeks(read):
    record = read("The ferry was recalled a fortnight ago; repairs took three fortnights, inspections run "
                  "every fortnight and bins go out fortnightly. Over the past fortnight fares rose.")
    assert [(w.spans[0].text, w.type, w.value) for w in record.times if w.spans] == [
        ("a fortnight ago", "DATE", "2024-W08"), ("three fortnights", "DURATION", "P6W"), ("every fortnight", "SET", "P2W"),
        ("fortnightly", "SET", "P2W"), ("the past fortnight", "DURATION", "P2W"),
    ]


def test_a_slashed_date_whose_first_number_cannot_be_a_month_is_day_first(read):
    times = read("The lease signed on 23/10/2019 lapsed on 5/6/2020.").times
    assert [(w.spans[0].text, w.value) for w in times if w.spans] == [("23/10/2019", "2019-10-23"), ("5/6/2020", "2020-05-06")]


def test_a_financial_year_is_a_fiscal_year(read):
    times = read("Grants fell this financial year and will rise in the next financial year.").times
    assert [(w.spans[0].text, w.value) for w in times if w.spans] == [("this financial year", "2024"), ("the next financial year", "2025")]


def test_a_bare_plural_unit_before_a_word_that_counts_from_it_is_a_stretch(read):
    record = read("Rescuers found the hut hours after the slide, and the town endured weeks of smoke. "
                  "Its first weeks after the slide were chaotic, and officials kept a tally of days before reopening.")
    assert [(w.spans[0].text, w.type, w.value) for w in record.times if w.spans] == [
        ("hours", "DURATION", "PTXH"), ("weeks", "DURATION", "PXW"),
    ]


def test_a_part_of_a_day_after_a_preposition_is_that_part_of_the_day_told(read):
    record = read("The levee broke on Monday. Crews worked throughout the night, and the water fell in the afternoon.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("Monday", "2024-03-04"), ("the night", "2024-03-04TNI"), ("the afternoon", "2024-03-04TAF"),
    ]
    assert only(read("The vote on the night of February 3 was close.").times, "February 3").value == "2024-02-03"


def test_a_clock_time_without_am_or_pm_takes_the_half_of_the_day_its_part_gives(read):
    record = read("Guards checked the gate at 9:45 on Saturday night and again at 1:30 on Sunday morning; the mayor spoke at 2:15 on Sunday afternoon.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans and w.type == "TIME" and ":" in w.spans[0].text] == [
        ("9:45", "2024-03-02T21:45"), ("1:30", "2024-03-03T01:30"), ("2:15", "2024-03-03T14:15"),
    ]


def test_a_holiday_is_found_however_its_apostrophe_is_written(read):
    record = read("Revellers lit flares on New Years Eve, and florists sold out before Valentine’s Day.", published="2025-03-01")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("New Years Eve", "2024-12-31"), ("Valentine’s Day", "2025-02-14")]


def test_a_date_a_change_takes_effect_on_lies_ahead_whatever_the_tense(read):
    record = read("The board named her treasurer, effective February 12, and set a levy effective from May 1.", published="2024-10-20")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("February 12", "2025-02-12"), ("May 1", "2025-05-01")]
    assert only(read("The board named her treasurer on February 12.", published="2024-10-20").times, "February 12").value == "2024-02-12"


def test_a_count_after_in_closing_a_record_is_the_stretch_back(read):
    record = read("The port will post its first deficit in six years, and rents will reach their highest in a decade.")
    assert [(w.spans[0].text, w.type, w.value) for w in record.times if w.spans] == [
        ("six years", "DURATION", "P6Y"), ("a decade", "DURATION", "P10Y"),
    ]
    assert only(read("The loan will be repaid in six years.").times, "six years").value == "2030"


def test_a_frequency_before_a_name_is_a_newspaper(read):
    record = read("The state daily Nhan Dan and the weekly Der Spiegel both ran the photo; the ferry sails daily Monday to Friday.")
    assert [(w.spans[0].text, w.type) for w in record.times if w.spans] == [("daily", "SET"), ("Monday", "DATE"), ("Friday", "DATE")]


def test_the_last_part_of_a_named_year_is_its_last_quarter_or_half(read):
    record = read("Margins thinned in the final quarter of 2019, and the mill expects losses in the last half of next year.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("the final quarter of 2019", "2019-Q4"), ("the last half of next year", "2025-H2")]
    season = read("Margins thinned in the last quarter of the season.", published="2024-08-10")
    assert only(season.times, "the last quarter").value == "2024-Q2"


def test_a_day_after_through_or_until_in_a_listing_with_no_verb_lies_ahead(read):
    record = read("Road work this week. Sewer repair on Elm Avenue through Friday. Parking ban until Monday.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [
        ("this week", "2024-W10"), ("Friday", "2024-03-08"), ("Monday", "2024-03-11"),
    ]
    assert only(read("The quilt show runs through Monday.").times, "Monday").value == "2024-03-11"
    assert only(read("The quilt show ran through Monday.").times, "Monday").value == "2024-03-04"


def test_a_house_number_before_a_street_is_no_year(read):
    record = read("Police arrested a man of 1987 Maple St., Pineville, and searched the 1900 block of Oak Avenue in 2019.")
    assert [w.spans[0].text for w in record.times if w.spans] == ["2019"]
    crash = read("Lenders never recovered from the 2008 Wall Street crash.")
    assert only(crash.times, "2008").value == "2008"
    eruption = read("Tourism fell after the 1980 Mount St. Helens eruption.")
    assert only(eruption.times, "1980").value == "1980"


def test_a_clock_time_in_brackets_after_a_date_is_on_that_date_whatever_the_tense(read):
    record = read("The zoning board has set its next hearing for May 14 (7:15 p.m.) in the library annex.", published="2024-04-20")
    assert only(record.times, "7:15 p.m.").value == "2024-05-14T19:15"


def test_a_season_under_way_is_the_current_one_under_a_future_verb(read):
    spring = read("Crews will keep patching potholes throughout the spring.", published="2024-04-10")
    assert only(spring.times, "the spring").value == "2024-SP"
    autumn = read("Crews will keep patching potholes throughout the spring.", published="2024-10-10")
    assert only(autumn.times, "the spring").value == "2025-SP"


def test_a_season_paired_with_a_dated_one_takes_its_year(read):
    record = read("Builders hope to finish the ice rink by the late summer or early fall of 2026.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("late summer", "2026-SU"), ("early fall of 2026", "2026-FA")]
    months = read("The ferry ran in May or June 1998.")
    assert [(w.spans[0].text, w.value) for w in months.times if w.spans] == [("May", "1998-05"), ("June 1998", "1998-06")]


def test_a_quantified_fiscal_or_school_year_is_a_set(read):
    record = read("The trustees pick a new chair each fiscal year, and tuition climbs every school year.")
    assert [(w.spans[0].text, w.type, w.value) for w in record.times if w.spans] == [
        ("each fiscal year", "SET", "P1Y"), ("every school year", "SET", "P1Y"),
    ]
    assert only(read("The fund lost money in three fiscal years.").times, "three fiscal years").value == "P3Y"
    record = read("Enrollment rose in the 2009 school year and fell in the 2010 fiscal year.")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("2009", "2009"), ("the 2010 fiscal year", "2010")]


def test_the_end_of_a_weekday_range_takes_its_first_days_tense(read):
    record = read("Library hours: Monday through Thursday.", published="2024-03-04")
    assert [(w.spans[0].text, w.value) for w in record.times if w.spans] == [("Monday", "2024-03-04"), ("Thursday", "2024-03-07")]
