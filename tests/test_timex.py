"""The timex package without spaCy: dates at the calendar's ends and inputs that could make the
grammar backtrack, generated for the behaviour."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from tidings.timex.calendar import Tense
from tidings.timex.grammar import _alt, _ci, grammar
from tidings.timex.lexicon import lexicon
from tidings.timex.normalize import Normalizer
from tidings.timex.values import Timex

TENSES: tuple[Tense, ...] = ("past", "present", "future")
VAGUE = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
# A TIMEX3 value tidings writes: a year of four digits (with month, day, week, quarter, half,
# season, time), a decade's three and an X or a century's two, a range of days, or a vague reference.
WELL_FORMED = re.compile(
    r"(\d{4}(-\d{2}(-\d{2})?|-W\d{2}(-\d|-WE)?|-[QH]\d|-(SP|SU|FA|WI))?|\d{3}X|\d{2}|XXXX[-\dWXQ]*)"
    r"(T(\d{2}:\d{2}|MO|AF|EV|NI))?(/\d{4}-\d{2}-\d{2})?"
)
EDGES = [date.min, date.min + timedelta(days=3), date.max - timedelta(days=3), date.max]


def normalized(text: str, anchor: date | None, tense: Tense = "present") -> list[Timex | None]:
    normalize = Normalizer(lexicon(), tense_slack_days=60)
    return [normalize(mention, anchor, tense) for mention in grammar().find(text)]


def relative_phrases() -> list[str]:
    """Every relative expression the lexicon can make: deictic days, shifted units, weekdays,
    months, seasons and holidays, counts before and after the anchor."""
    lex = lexicon()
    phrases = [*lex.day_words, "the weekend", "this morning", "last night", "3 p.m. yesterday", "noon tomorrow"]
    for relative in lex.relatives:
        phrases += [f"{relative} {unit}" for unit in (*lex.singular_units, "weekend")]
        named = (*lex.weekdays, "December", "January", *lex.seasons, *lex.holidays)
        phrases += [f"{relative} {what}" for what in named]
        phrases.append(f"{relative} fiscal year")
    phrases += [f"on {weekday}" for weekday in lex.weekdays] + [f"in {season}" for season in lex.seasons]
    phrases += ["May 5", "Dec. 31", "January 1", "early May", *lex.holidays]
    phrases += ["the third quarter", "the first half", "the year-ago quarter", "the quarter"]
    phrases += ["the year", "year-ago", "month-earlier", "year-end"]
    phrases += [f"{told} {unit}" for told in lex.told_offsets for unit in ("day", "week", "month", "year")]
    phrases += ["the week of May 5", "late Tuesday", "the end of next month", "4 in the morning"]
    for count in ("two", "1", "999", "1000000", "5,000,000", "9" * 40):
        phrases += [f"{count} {unit} {direction}" for unit in lex.units for direction in lex.directions]
    return phrases


@pytest.mark.parametrize("anchor", EDGES, ids=str)
def test_relative_dates_at_the_calendars_ends_are_well_formed_or_vague(anchor):
    for phrase in relative_phrases():
        for tense in TENSES:
            for timex in normalized(phrase, anchor, tense):
                if timex is not None and timex.type in ("DATE", "TIME"):
                    assert timex.value in VAGUE or WELL_FORMED.fullmatch(timex.value), (phrase, tense, timex)


@pytest.mark.parametrize("count", ["1000000", "10000000000", "9" * 200])
def test_days_ago_beyond_the_first_year_is_the_vague_past(count):
    assert [t.value for t in normalized(f"It began {count} days ago.", date(2024, 3, 6))] == ["PAST_REF"]


@pytest.mark.parametrize("unit", ["days", "weeks", "months", "years", "decades", "centuries"])
def test_units_from_now_beyond_the_last_year_are_the_vague_future(unit):
    assert [t.value for t in normalized(f"It ends 90000000 {unit} from now.", date(2024, 3, 6))] == ["FUTURE_REF"]


def test_yesterday_on_the_first_day_of_the_calendar_is_the_vague_past():
    assert [t.value for t in normalized("yesterday", date.min)] == ["PAST_REF"]


def test_next_year_in_the_last_year_of_the_calendar_is_the_vague_future():
    assert [t.value for t in normalized("next year", date(9999, 6, 1))] == ["FUTURE_REF"]


def test_last_century_in_the_first_century_is_the_vague_past():
    assert [t.value for t in normalized("last century", date(50, 6, 1))] == ["PAST_REF"]


def test_years_before_1000_keep_four_digits():
    times = normalized("last year and the third quarter", date(999, 6, 1), "past")
    assert [t.value for t in times] == ["0998", "0998-Q3"]


def test_a_count_with_thousands_separators_is_read_whole():
    (timex,) = normalized("The rock will erode in 5,000,000 years.", date(2024, 3, 6))
    assert (timex.type, timex.value) == ("DURATION", "P5000000Y")


def test_a_count_keeps_every_digit():
    (timex,) = normalized("It lasted 123456789012345678901 years.", date(2024, 3, 6))
    assert timex.value == "P123456789012345678901Y"


def test_a_count_too_long_to_read_is_no_time():
    assert normalized("It lasted " + "7" * 5000 + " years.", date(2024, 3, 6)) == [None]


# -- inputs that could make a regular grammar backtrack: each is read, and read right


def test_five_thousand_yesterdays_are_five_thousand_days():
    values = {t.value for t in normalized("yesterday " * 5000, date(2024, 3, 6))}
    assert values == {"2024-03-05"}
    assert len(grammar().find("yesterday " * 5000)) == 5000


def test_a_million_characters_of_dates_are_all_found():
    sentence = "On May 5, 2021, three years ago, in the third quarter of 2020 and every week. "
    text = sentence * (1_000_000 // len(sentence))
    kinds = [mention.kind for mention in grammar().find(text)]
    assert kinds == ["date", "ago", "quarter", "set"] * (1_000_000 // len(sentence))


def test_a_long_run_of_digit_groups_is_one_count_too_long_to_read():
    assert normalized("in 1" + ",000" * 50_000 + " years", date(2024, 3, 6)) == [None]


def test_a_long_run_of_digits_is_no_time():
    assert grammar().find("9" * 300_000) == []


def test_a_long_run_of_quarter_modifiers_keeps_the_last_few():
    text = "fiscal " * 20_000 + "third quarter"
    (mention,) = [mention for mention in grammar().find(text) if mention.kind == "quarter"]
    assert text[mention.start : mention.end] == "fiscal fiscal fiscal third quarter"


def test_a_long_run_of_period_modifiers_is_no_time():
    assert grammar().find("the " + "latest " * 20_000 + "news") == []


# -- how the grammar is run fast: the same matches as the plain expressions ---------------------
FOLDS = {"k": "\u212a", "s": "\u017f", "i": "\u0131"}  # the Kelvin sign, long s, dotless i


def test_words_in_any_case_match_as_case_insensitive_expressions_do():
    lex = lexicon()
    for words in (lex.units, lex.date_modifiers, lex.numbers, lex.vague, lex.relatives):
        fast, plain = re.compile(_ci(words)), re.compile("(?i:" + _alt(words) + ")")
        for word in words:
            folded = "".join(FOLDS.get(c, c) for c in word)
            for variant in (word, word.upper(), word.title(), word.swapcase(), folded, word + "x", "x" + word):
                found, expected = fast.match(variant), plain.match(variant)
                assert (found and found.group()) == (expected and expected.group()), variant


def test_each_rule_matches_where_it_would_alone():
    text = (
        "Monday, March 3, 2025 - Two weeks ago the board met; next Friday at 9 a.m. it meets again, "
        "and every other week after that until the third quarter of 2026. The 1990s, mid-\u017fummer, "
        "the year-ago quarter, 3-5 May, twenty-four hours and a half: all before late 2027."
    )
    rules = grammar().rules
    alone = [[(m.span(), m.groupdict()) for m in regex.finditer(text)] for _, regex in rules]
    gated = [[(m.span(), m.groupdict()) for m in matches] for matches in grammar()._matches(text)]
    assert gated == alone
    assert sum(map(len, gated)) > 10


def test_a_game_reports_halves_and_quarters_are_periods_of_play():
    def found(text: str) -> list[str]:
        return [text[m.start : m.end] for m in grammar().find(text)]

    game = "The Owls scored twice in the second half and kicked a field goal with 1:52 left in the fourth quarter."
    assert found(game) == []
    assert found("Sales rose in the second half, and the firm scored well in the fourth quarter.") == [
        "the second half", "the fourth quarter",
    ]
    # a year or a fiscal word keeps them parts of the year even in a game report
    assert found(game.replace("the fourth quarter", "the fourth quarter of 2023")) == ["the fourth quarter of 2023"]



def test_the_early_hours_are_a_part_of_a_day_not_a_stretch():
    text = "Police came in the early hours of Friday; talks went on for hours over the years."
    assert [text[m.start : m.end] for m in grammar().find(text)] == ["Friday", "hours", "the years"]


def test_a_clock_time_written_with_a_space_after_its_colon_keeps_its_minutes():
    (timex,) = normalized("Polls close at 6: 30 p.m. today.", date(2024, 3, 6))
    assert timex is not None and timex.value == "2024-03-06T18:30"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("wool sales fell in the March quarter", "2031-Q1"),
        ("margins held up in the September quarter", "2030-Q3"),
        ("a loss for the November quarter", "2030-Q4"),  # September to November: mostly the fourth
        ("the retailer's December half-year", "2030-H2"),
        ("profit in the June half", "2031-H1"),
        ("growth in the June 2027 quarter", "2027-Q2"),
    ],
)
def test_a_quarter_or_half_named_by_its_last_month_is_that_part_of_the_year(text, value):
    (found,) = normalized(text, date(2031, 1, 20))
    assert found.value == value


def test_a_quarter_named_by_its_last_month_spans_its_article():
    (mention,) = grammar().find("rents climbed in the June quarter, the agency said")
    assert mention.kind == "month_quarter" and mention.start == len("rents climbed in ")


@pytest.mark.parametrize(
    ("anchor", "value"),
    [(date(2030, 12, 9), "2031"), (date(2031, 1, 6), "2031")],
    ids=["said in December", "said in January"],
)
def test_the_new_year_is_the_year_of_the_nearest_new_years_day(anchor, value):
    (found,) = normalized("the council will vote late in the new year", anchor, "future")
    assert (found.value, found.mod) == (value, "LATE")


def test_new_years_eve_is_no_new_year():
    (mention,) = grammar().find("fireworks on the New Year's Eve harbour cruise")
    assert mention.kind != "new_year"


def test_a_quarter_named_by_its_last_month_is_the_nearest_one_whatever_the_tense():
    (found,) = normalized("trade data due out on the September quarter", date(2031, 12, 5), "future")
    assert found.value == "2031-Q3"
