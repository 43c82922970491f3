"""Shared syntax helpers, on parses made for the behaviour."""

from __future__ import annotations

from tidings.syntax import top_down


def _heads_come_first(doc) -> bool:
    heads, order = top_down(doc)
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
