"""Trigger lemma groups: the words that can name one kind of event (`event_lemma_groups.tsv`), and
the groups kin within one article (`event_lemma_kin.tsv`)."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from tidings.knowledge import read_tsv


class TriggerGroup(NamedTuple):
    name: str
    needs_argument: bool = False  # link only mentions whose sentences share an argument
    place_bound: bool = False  # happens at one place: mentions at different places are different events


@lru_cache(maxsize=1)
def lemma_groups() -> dict[str, TriggerGroup]:
    """Trigger lemma -> its group, from `event_lemma_groups.tsv`."""
    groups = {}
    for row in read_tsv("event_lemma_groups.tsv"):
        group = TriggerGroup(row["group"], row["link"] == "argument", row["bound"] == "place")
        groups |= {lemma: group for lemma in row["lemmas"].split()}
    return groups


@lru_cache(maxsize=1)
def group_names() -> frozenset[str]:
    """The names of the groups of `event_lemma_groups.tsv` (a trigger outside them is a group of its own)."""
    return frozenset(group.name for group in lemma_groups().values())


def trigger_group(trigger: str) -> TriggerGroup:
    """The group of a trigger lemma, else of its head word, else a group of its own."""
    groups = lemma_groups()
    head = trigger.split("_")[0]
    return groups.get(trigger) or groups.get(head) or TriggerGroup(trigger)


@lru_cache(maxsize=1)
def _kin_rows() -> dict[str, frozenset[str]]:
    """Group name -> the groups kin to it, itself among them, from `event_lemma_kin.tsv`."""
    kin: dict[str, frozenset[str]] = {}
    for row in read_tsv("event_lemma_kin.tsv"):
        names = frozenset(row["groups"].split())
        kin |= {name: kin.get(name, frozenset()) | names for name in names}
    return kin


def kin_groups(name: str) -> frozenset[str]:
    """The groups whose words may tell, within one article, the deed a group's word tells: the group
    itself and its kin ("attack": "explode")."""
    return _kin_rows().get(name, frozenset({name}))
