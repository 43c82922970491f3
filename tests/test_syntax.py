"""Shared syntax helpers: heads-first order, the nearest marked token of a phrase, and who says a clause."""

from __future__ import annotations

import numpy
from spacy.attrs import IS_TITLE, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from tidings import syntax
from tidings.pipeline import Pipeline


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def _proper(token: Token) -> bool:
    return token.pos_ == "PROPN"


def test_with_pos_gives_the_tokens_of_those_parts_of_speech_in_order(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Farmers in Norway sold their apples to a buyer from Oslo.")
    wanted = ("NOUN", "PROPN")
    assert [t.i for t in syntax.with_pos(doc, wanted)] == [t.i for t in doc if t.pos_ in wanted]
    assert {t.pos_ for t in syntax.with_pos(doc, ("VERB",))} == {"VERB"}


def test_where_finds_the_tokens_of_any_attribute_value_in_order(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Weavers from Cusco and Puno met the mayor of Arequipa in June.")
    assert [t.text for t in syntax.where(doc, IS_TITLE, (1,))] == ["Weavers", "Cusco", "Puno", "Arequipa", "June"]
    names = ("Puno", "Arequipa", "Quito")  # a string id may exceed 2**63: each must still be found
    assert [t.text for t in syntax.where(doc, ORTH, map(get_string_id, names))] == ["Puno", "Arequipa"]
    for token in doc:
        assert [t.i for t in syntax.where(doc, ORTH, [token.orth])] == [t.i for t in doc if t.orth == token.orth]
    assert syntax.where(doc, ORTH, ()) == []
    many = ("Cusco", "Lima", "Puno", "Tacna", "Arequipa", "Quito", "June")  # more values than are compared one by one
    assert len(many) > syntax.FEW_VALUES
    assert [t.text for t in syntax.where(doc, ORTH, map(get_string_id, many))] == ["Cusco", "Puno", "Arequipa", "June"]


def test_among_tells_which_values_of_a_column_are_among_sorted_ids() -> None:
    ids = numpy.array([3, 7, 2**63 + 5], dtype=numpy.uint64)  # string ids pass 2**63
    column = numpy.array([7, 1, 2**63 + 5, 9, 3, 2**64 - 1], dtype=numpy.uint64)  # below, between and above the ids
    assert syntax.among(column, ids).tolist() == [True, False, True, False, True, False]
    assert syntax.among(column, numpy.array([], dtype=numpy.uint64)).tolist() == [False] * 6


def test_where_either_finds_the_tokens_passing_any_test_in_order_once(pipeline: Pipeline) -> None:
    doc = pipeline.parse("The Green party and the Pirate Party met in Bern on Monday.")
    found = syntax.where_either(doc, (ORTH, map(get_string_id, ("Green", "Pirate"))), (LOWER, (get_string_id("party"),)))
    assert [t.text for t in found] == ["Green", "party", "Pirate", "Party"]
    both = syntax.where_either(doc, (IS_TITLE, (1,)), (ORTH, (get_string_id("Bern"),)))  # "Bern" passes both: once
    assert [t.text for t in both] == ["The", "Green", "Pirate", "Party", "Bern", "Monday"]
    assert syntax.where_either(doc) == []


def test_quotation_marks_are_found_once_per_doc_and_leave_out_possessives(pipeline: Pipeline) -> None:
    doc = pipeline.parse("The miners' leader said: \"We stay,\" and left.")
    marks = syntax.quotations(doc)
    assert [doc[i].text for i in marks.marks] == ['"', '"']
    assert syntax.quotations(doc) is marks
    assert syntax.quotations(pipeline.parse("The miners' leader said: \"We stay,\" and left.")) is not marks


def test_clause_verb_climbs_from_a_noun_to_its_verb_within_the_hops_given(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Fishermen in Tromso repaired the nets of the old boats.")
    boats, repaired = _word(doc, "boats"), _word(doc, "repaired")
    assert syntax.clause_verb(boats) == repaired  # boats <- of <- nets <- repaired
    assert syntax.clause_verb(repaired) == repaired
    assert syntax.clause_verb(boats, 1) != repaired


def test_nearest_prefers_the_closer_token_to_the_earlier_one(pipeline: Pipeline) -> None:
    doc = pipeline.parse("The envoy of the minister of Chile praised Peru.")
    assert syntax.Nearest(_proper)(_word(doc, "praised")).text == "Peru"


def test_nearest_stops_at_the_phrase_ends(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Officials who met Chile left.")
    officials = _word(doc, "Officials")
    assert syntax.Nearest(_proper)(officials).text == "Chile"
    assert syntax.Nearest(_proper, frozenset({"relcl"}))(officials) is None


def test_nearest_stops_at_a_label_spacy_keeps_as_a_symbol(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Envoys from Chile met the press.")
    envoys = _word(doc, "Envoys")
    assert syntax.Nearest(_proper)(envoys).text == "Chile"
    assert syntax.Nearest(_proper, frozenset({"prep"}))(envoys) is None


def test_nearest_answers_each_head_of_a_phrase(pipeline: Pipeline) -> None:
    doc = pipeline.parse("The envoy of the minister of Chile praised Peru.")
    nearest = syntax.Nearest(_proper)
    assert [nearest(_word(doc, w)).text for w in ("praised", "envoy", "minister")] == ["Peru", "Chile", "Chile"]


def test_a_verb_continuing_speech_is_said_by_the_first_speaker(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Ana said Tom had called, adding that he was ill.")
    assert syntax.speaker(_word(doc, "adding")).text == "Ana"


def test_a_speech_verb_inside_reported_content_is_not_said_by_the_reporter(pipeline: Pipeline) -> None:
    doc = pipeline.parse("Ana said Tom was calling friends, telling them he was ill.")
    assert syntax.speaker(_word(doc, "telling")).text == "Tom"


def test_a_passive_speech_verb_is_said_by_its_agent_alone(pipeline: Pipeline) -> None:
    revealed = pipeline.parse("Crowds marched after it was revealed that the mayor had resigned.")
    assert syntax.clause_speaker(_word(revealed, "resigned")) is None
    announced = pipeline.parse("It was announced by the ministry that the port had closed.")
    assert syntax.clause_speaker(_word(announced, "closed")).text == "ministry"


def _heads_come_first(doc) -> bool:
    heads, order = syntax.top_down(doc)
    position = {i: rank for rank, i in enumerate(order)}
    return (
        heads == [token.head.i for token in doc]
        and sorted(order) == list(range(len(doc)))
        and all(position[heads[i]] < position[i] for i in range(len(doc)) if heads[i] != i)
    )


def test_top_down_puts_every_token_after_its_head(pipeline):
    assert _heads_come_first(pipeline.parse("The mayor said that the bridge was safe. Rain fell on Monday."))


def test_top_down_orders_a_parse_thousands_deep_without_recursion(pipeline):
    doc = pipeline.parse("The mayor said that " + "the engineer said that " * 2_000 + "the bridge was safe.")
    assert max(len(list(token.ancestors)) for token in doc[-10:]) > 1_000
    assert _heads_come_first(doc)
