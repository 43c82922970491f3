"""The time grammar's start scan tries, at each word, only the rules that can begin with its
first characters: the dispatch must never skip a rule that matches there."""

import re

import pytest

from tidings.timex.grammar import ASCII, RULE_PREFIX, _look_aheads, grammar, look_ahead, openings

# One phrase for each rule of the grammar, written for these tests.
EXAMPLES = {
    "iso": "filed on 2031-04-17 in the morning",
    "slashed": "the form dated 11/30/2026 arrived",
    "slashed_dm": "a receipt stamped 28/02/2027 was found",
    "quarter_code": "revenue guidance for Q4 2027",
    "range": "the fair runs Sept. 4-6, 2029 downtown",
    "range_dm": "talks held 11–13 February in Oslo",
    "date": "signed Tuesday, Nov. 9, 2027 by both",
    "date_dm": "due on the 21st of June 2030",
    "weekday": "the vote is on Thursday",
    "month_name": "in early October the plant reopened",
    "clock": "doors open at 7:45 p.m. EST",
    "clock24": "the train left at 23:10 GMT",
    "hour_from": "bingo runs from 6 to 9 p.m. weekly",
    "hour_of_part": "a raid at four in the morning",
    "noon": "they met at midnight Friday",
    "part": "crowds gathered Sunday evening",
    "part_after": "rain fell late night Wednesday",
    "day_word": "the bridge closed yesterday",
    "told_unit": "police said that same day",
    "told_after": "profits rose the year before.",
    "relative": "sales fell last month",
    "ago": "the firm failed eleven years ago",
    "quarter": "profit rose in the second quarter",
    "quarters": "sales peak in the third and fourth quarters",
    "the_quarter": "margins narrowed in the latest quarter",
    "month_quarter": "exports rose in the September quarter",
    "new_year": "a new plant opens in the new year",
    "fiscal": "revenue in fiscal 2028 grew",
    "decade": "a hit in the 1970s",
    "spelled_decade": "a craze in the twenties",
    "century": "built in the 14th century",
    "year_range": "record profits in the 2031-32 season",
    "year": "a law passed in 2024",
    "season": "a launch planned for next spring",
    "some_day": "she said they could one day return",
    "duration": "a strike lasting three weeks",
    "half": "delayed half an hour",
    "the_unit": "output doubled over the entire year",
    "mid_unit": "sales should recover from mid-year",
    "year_end": "a target for year-end",
    "year_ago": "up from the month-earlier figure",
    "spelled_year": "a song from nineteen eighty-four",
    "year_two_thousand": "a bug feared for the year two thousand and one",
    "holiday": "closed on Christmas Day",
    "weekend": "protests over the weekend",
    "week_of": "shipped the week of March 8",
    "week_in_month": "shipping in the second week of May",
    "weekday_in_month": "a parade on the last Monday of May",
    "plural": "a feud that lasted for decades",
    "plural_adjective": "a weeks-long strike",
    "plural_before": "the pumps failed days after the flood",
    "the_part": "the ferry sailed in the evening",
    "set": "the board meets every Monday",
    "repeated": "inspected twice a year",
    "weekdays": "the market opens Saturdays",
    "frequency": "figures published weekly",
    "vague": "prices are rising now",
}


def test_every_rule_has_an_example():
    assert sorted(EXAMPLES) == sorted(kind for kind, _ in grammar().rules)


def _variants(phrase: str) -> list[str]:
    """The phrase as written, shouting, in title case, after a non-ASCII word and at a line start."""
    return [phrase, phrase.upper(), phrase.title(), "Größe: " + phrase, "«" + phrase + "»", "x\n" + phrase]


@pytest.mark.parametrize("kind", sorted(EXAMPLES))
def test_each_rule_is_found_where_it_matches_alone(kind):
    rules = grammar().rules
    index = [name for name, _ in rules].index(kind)
    for text in _variants(EXAMPLES[kind]):
        alone = [[(m.span(), m.groupdict()) for m in regex.finditer(text)] for _, regex in rules]
        gated = [[(m.span(), m.groupdict()) for m in matches] for matches in grammar()._matches(text)]
        assert gated == alone, text
    assert rules[index][1].search(EXAMPLES[kind]), "the example must match its own rule"


def test_the_starts_and_their_rules_take_in_every_match_and_turn_other_words_away():
    text = " ".join(EXAMPLES.values())
    found = [m.start() for m in grammar().starts.finditer(text)]
    for index, (_, regex) in enumerate(grammar().rules):
        for match in regex.finditer(text):
            assert match.start() in found and index in grammar()._rules_at(text[match.start() : match.start() + RULE_PREFIX])
    assert text.index("filed") not in found and text.index("police") not in found
    assert len(grammar()._rules_at("Thu")) < len(grammar().rules)
    names = [name for name, _ in grammar().rules]
    assert [names[index] for index in grammar()._rules_at("twice")] == ["repeated"]
    assert "weekend" in [names[index] for index in grammar()._rules_at("the w")]
    assert len(grammar()._rules_at("the w")) < len(grammar()._rules_at("the s")) / 2


@pytest.mark.parametrize(
    ("pattern", "can", "cannot"),
    [
        ("abc", "a", "bA"),
        ("(?i:abc)", "aA", "bB"),
        ("(?:the\\s+)?(?:next|last)\\s+week", "tnl", "wx"),
        ("(?=x)y|(?<!q)z", "yz", "xq"),
        ("[^a-y]", "z{\u00e9", "am"),
        ("\\d+|[ \\t]", "09 \t", "ab"),
        ("(?i:k)", "kK\u212a", "j"),
        ("(?i:\u212a)", "kK\u212a", "j"),
        ("(?i:[\u2000-\u2200])", "kK", ""),
        ("(?i)s", "sS\u017f", "t"),
        ("(?:ab)*", "".join(map(chr, range(128))), ""),
    ],
)
def test_first_characters_never_miss_a_character_a_match_can_begin_with(pattern, can, cannot):
    first = re.compile(look_ahead(openings(pattern, 1)))
    regex = re.compile(pattern)
    for char in can:
        assert first.match(char), char
    for char in cannot:
        assert not first.match(char), char
    # the over-estimate holds for every ASCII character and a few others
    for char in [*ASCII, "\u212a", "\u017f", "\u0131", "\u00e9", "\u2013"]:
        if regex.match(char + "bcdef"):
            assert first.match(char), (pattern, char)


@pytest.mark.parametrize(
    ("pattern", "opens", "turned_away"),
    [
        ("(?:the\\s+)?(?:next|last)\\s+week", ["the next week", "last week", "next  week"], ["this", "lane", "nest"]),
        ("(?i:two|three)\\s+days", ["two days", "THREE days", "Two days"], ["to", "this", "tweed"]),
        ("\\d{1,3}(?:,\\d{3})+|Q[1-4]", ["12,000", "1,000", "Q3"], ["Qu", "a1", "1.5"]),
        ("(?i:k)m", ["km", "\u212am"], ["kg"]),
        ("(?=x)y|(?<!q)z", ["z"], ["x", "q"]),
    ],
)
def test_the_look_ahead_at_a_rules_openings_passes_its_matches_and_turns_other_words_away(pattern, opens, turned_away):
    ahead = re.compile(look_ahead(openings(pattern)))
    for text in opens:
        assert re.match(pattern, text) and ahead.match(text), text
    for text in turned_away:
        assert not ahead.match(text), text


def test_the_look_aheads_are_worked_out_once_and_then_read_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TIDINGS_CACHE", str(tmp_path))
    patterns = [regex.pattern for _, regex in grammar().rules]
    fresh = [
        look_ahead(set().union(*(openings(pattern) for pattern in patterns))),
        *(look_ahead(openings(pattern, RULE_PREFIX)) for pattern in patterns),
    ]
    assert _look_aheads(patterns) == fresh and len(list(tmp_path.iterdir())) == 1
    monkeypatch.setattr("tidings.timex.grammar.openings", None)  # a second reading works out nothing
    assert _look_aheads(patterns) == fresh


def test_the_prefixes_a_grammar_keeps_stay_bounded_and_answer_the_same(monkeypatch):
    text = "Гости прибыли в Минск, où les élèves attendaient; " + " ".join(EXAMPLES.values())
    found = grammar().find(text)
    monkeypatch.setattr(grammar(), "_rules_opening", {})
    monkeypatch.setattr("tidings.timex.grammar.PREFIXES_KEPT", 8)
    assert grammar().find(text) == found
    assert len(grammar()._rules_opening) <= 8
