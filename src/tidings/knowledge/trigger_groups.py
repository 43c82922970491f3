"""Trigger lemma groups: the words that can name one kind of event (`event_lemma_groups.tsv`), and
the groups kin within one article, or apart though coded alike (`event_lemma_kin.tsv`)."""

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


@lru_cache(maxsize=2)
def _related(relation: str) -> dict[str, frozenset[str]]:
    """Group name -> the groups related to it by `relation` (kin or apart), itself among them,
    from `event_lemma_kin.tsv`."""
    related: dict[str, frozenset[str]] = {}
    for row in read_tsv("event_lemma_kin.tsv"):
        if row["relation"] == relation:
            names = frozenset(row["groups"].split())
            related |= {name: related.get(name, frozenset()) | names for name in names}
    return related


def kin_groups(name: str) -> frozenset[str]:
    """The groups whose words may tell, within one article, the deed a group's word tells: the group
    itself and its kin ("attack": "explode")."""
    return _related("kin").get(name, frozenset({name}))


def apart_groups(name: str) -> frozenset[str]:
    """The groups whose words tell, within one article, other acts than a group's word, though
    CAMEO may code them alike ("arrest": "charge")."""
    return _related("apart").get(name, frozenset()) - {name}
