"""TIMEX3 mods, durations and sets from the timex package alone (no spaCy): each expression
found whole, with the value and the mod its words give."""

from __future__ import annotations

from datetime import date

import pytest

from typing import get_args

from tidings.model import Mod
from tidings.timex.grammar import grammar
from tidings.timex.lexicon import lexicon
from tidings.timex.normalize import Normalizer
from tidings.timex.values import POINT_MODS

ANCHOR = date(2024, 3, 6)  # a Wednesday


def found(text: str, tense: str = "present") -> list[tuple[str, str, str, str | None]]:
    normalize = Normalizer(lexicon(), tense_slack_days=60)
    out = []
    for mention in grammar().find(text):
        timex = normalize(mention, ANCHOR, tense)
        if timex is not None:
            out.append((text[mention.start : mention.end], timex.type, timex.value, timex.mod))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plant should open early next year.", ("early next year", "DATE", "2025", "EARLY")),
        ("Rent is due by the end of the month.", ("the end of the month", "DATE", "2024-03", "END")),
        ("The treaty lapsed in mid-2019.", ("mid-2019", "DATE", "2019", "MID")),
        ("The vote ran late Tuesday.", ("late Tuesday", "DATE", "2024-03-05", "LATE")),
        ("Stocks fell in late last year.", ("late last year", "DATE", "2023", "LATE")),
        ("Talks resume at the start of next week.", ("the start of next week", "DATE", "2024-W11", "START")),
        ("The harvest begins in early October 2023.", ("early October 2023", "DATE", "2023-10", "EARLY")),
        ("Losses grew toward the end of the third quarter of 2022.",
         ("the end of the third quarter of 2022", "DATE", "2022-Q3", "END")),
    ],
)
def test_a_date_modifier_gives_the_mod_and_keeps_the_value(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mill closed about two weeks ago.", ("about two weeks ago", "DATE", "2024-W08", "APPROX")),
        ("The mill closed more than a year ago.", ("more than a year ago", "DATE", "2023", "BEFORE")),
        ("The mill closed less than a year ago.", ("less than a year ago", "DATE", "2023", "AFTER")),
        ("The mill closed at least two days ago.", ("at least two days ago", "DATE", "2024-03-04", "ON_OR_BEFORE")),
        ("The mill reopens more than a year from now.", ("more than a year from now", "DATE", "2025", "AFTER")),
        ("The ferry leaves at about 9 a.m.", ("about 9 a.m.", "TIME", "2024-03-06T09:00", "APPROX")),
    ],
)
def test_a_bounded_count_back_or_ahead_puts_the_point_before_or_after(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He was jailed for four years.", ("four years", "DURATION", "P4Y", None)),
        ("The strike lasted more than six weeks.", ("more than six weeks", "DURATION", "P6W", "MORE_THAN")),
        ("The drought went on for nearly a decade.", ("nearly a decade", "DURATION", "P10Y", "LESS_THAN")),
        ("Rations last at most three days.", ("at most three days", "DURATION", "P3D", "EQUAL_OR_LESS")),
        ("Visas run no more than ninety days.", ("no more than ninety days", "DURATION", "P90D", "EQUAL_OR_LESS")),
        ("Repairs take no less than a month.", ("no less than a month", "DURATION", "P1M", "EQUAL_OR_MORE")),
    ],
)
def test_a_duration_takes_the_mod_of_its_bound(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The repairs take three weeks or so.", ("three weeks or so", "DURATION", "P3W", "APPROX")),
        ("The mill closed ten years or so ago.", ("ten years or so ago", "DATE", "2014", "APPROX")),
        ("A ruling is due in the coming year or so.", ("the coming year or so", "DATE", "2025", "APPROX")),
    ],
)
def test_or_so_after_an_expression_belongs_to_it_and_makes_it_approximate(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The council meets every Monday.", ("every Monday", "SET", "XXXX-WXX-1", None)),
        ("The bulletin appears weekly.", ("weekly", "SET", "P1W", None)),
        ("Inspectors visit twice a month.", ("twice a month", "SET", "P1M", None)),
        ("The board meets three times a year.", ("three times a year", "SET", "P1Y", None)),
        ("Patrols pass once per day.", ("once per day", "SET", "P1D", None)),
    ],
)
def test_a_set_is_found_whole(text, expected):
    assert found(text) == [expected]


def test_earlier_names_the_period_without_a_mod():
    assert found("Officials met earlier this week.") == [("earlier this week", "DATE", "2024-W10", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The convoy left at 4 in the morning.", ("4 in the morning", "TIME", "2024-03-06T04:00", None)),
        ("The convoy left at ten at night.", ("ten at night", "TIME", "2024-03-06T22:00", None)),
        ("Prices fell in the last twenty four hours.", ("the last twenty four hours", "DURATION", "PT24H", None)),
        ("The index lagged for eight trading days.", ("eight trading days", "DURATION", "P8D", None)),
        ("Refunds take a couple of weeks.", ("a couple of weeks", "DURATION", "P2W", None)),
    ],
)
def test_hours_of_a_part_of_the_day_and_counts_in_words(text, expected):
    assert found(text) == [expected]


def test_every_mod_the_data_files_give_is_one_a_when_can_carry():
    lex = lexicon()
    given = {*lex.date_modifiers.values(), *lex.approximators.values()} - {""}
    given |= {mod for pair in POINT_MODS.values() for mod in pair}
    assert given <= set(get_args(Mod))
    assert set(lex.approximators.values()) <= POINT_MODS.keys()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plant earns $2 million a year.", ("a year", "SET", "P1Y", None)),
        ("The yard builds 15 a year.", ("a year", "SET", "P1Y", None)),
        ("The ferry waited a year.", ("a year", "DURATION", "P1Y", None)),
        ("By 2019 a year had passed.", ("a year", "DURATION", "P1Y", None)),  # a year is no amount
    ],
)
def test_a_unit_after_an_amount_is_a_rate(text, expected):
    assert found(text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Growth in Chile should pick up from mid-year.", [("mid-year", "DATE", "2024", "MID")]),
        ("The board in Lagos meets midweek.", [("midweek", "DATE", "2024-W10", "MID")]),
        ("Rents in Malmo peak mid-month.", [("mid-month", "DATE", "2024-03", "MID")]),
    ],
)
def test_mid_before_a_unit_is_the_middle_of_the_current_one(text, expected):
    assert found(text) == expected


def test_a_part_of_the_year_of_a_pronoun_is_no_time():
    assert found("Our club lost no game in the second quarter of this.") == []
    assert found("Turin's bakers sold more bread over the second quarter of 2023.") == [
        ("the second quarter of 2023", "DATE", "2023-Q2", None)
    ]


def test_now_or_current_hyphened_to_a_word_is_part_of_it_and_no_time():
    assert found("The now-defunct airline of Malta owed its pilots.") == []
    assert found("The current-account deficit of Peru widened.") == []
    assert found("The recently-opened port of Gdansk is busy.") == [("recently", "DATE", "PAST_REF", None)]
