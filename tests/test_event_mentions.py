"""One deed, one event: an article's mentions of one deed merged (stages/events/mentions.py), on
sentences written for these tests; distinct deeds told alike stay apart."""

from __future__ import annotations

from collections.abc import Callable

from tidings.knowledge.trigger_groups import kin_groups, lemma_groups
from tidings.model import Event, Record

Read = Callable[..., Record]


def _of_type(record: Record, plover: str) -> list[Event]:
    return [e for e in record.events if e.plover == plover]


def _texts(event: Event) -> list[str]:
    return [m.text for m in event.mentions]


def test_kin_groups_are_groups_of_the_lemma_file() -> None:
    names = {group.name for group in lemma_groups().values()}
    assert kin_groups("attack") >= {"attack", "explode"} and kin_groups("explode") >= {"attack", "explode"}
    assert all(kin_groups(name) <= names for name in names)
    assert kin_groups("arrest") == {"arrest"}


def test_a_strike_retold_as_a_bombing_is_one_event(read: Read) -> None:
    record = read("Sudanese jets struck a market in the town of Kauda on Monday. The bombing killed nine traders, a local official said.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["struck", "bombing", "killed"]


def test_a_bombing_and_an_attack_on_other_targets_stay_apart(read: Read) -> None:
    record = read("Rebels bombed a bridge near Goma. Rebels attacked a convoy near Bukavu.")
    assert len(_of_type(record, "ASSAULT")) == 2


def test_a_shooting_and_a_killing_elsewhere_on_another_day_stay_apart(read: Read) -> None:
    record = read("Gunmen shot two policemen in Lahore on Sunday. Two civilians were killed in Karachi on Monday.")
    assert len(_of_type(record, "ASSAULT")) == 2


def test_a_killing_retold_as_a_shooting_is_one_event(read: Read) -> None:
    record = read("Soldiers killed a student in Hebron on Friday. Witnesses said soldiers shot the student near a checkpoint.")
    (event,) = _of_type(record, "ASSAULT")
    assert _texts(event) == ["killed", "shot"]


def test_a_meeting_offered_to_a_leader_and_to_his_title_is_one_event(read: Read) -> None:
    text = (
        "Chile's President Ana Soto says she is ready to meet Peruvian President Luis Vega. "
        "She says she is prepared to hold talks with the Peruvian president at a summit in Quito next month."
    )
    (event,) = _of_type(read(text), "CONSULT")
    assert _texts(event)[:2] == ["meet", "talks"]


def test_a_country_met_again_is_not_its_leaders_meeting(read: Read) -> None:
    record = read("Chile's President Ana Soto met Peruvian President Luis Vega in Lima. Chile and Peru also met at a regional forum.")
    assert len(_of_type(record, "CONSULT")) == 2


def test_opening_fire_and_the_killing_it_did_are_one_event(read: Read) -> None:
    for text, outcome in (
        ("Gunmen opened fire on a bus in Peshawar, killing three passengers.", "killing"),
        ("Soldiers opened fire on the crowd, wounding six protesters.", "wounding"),
    ):
        (event,) = _of_type(read(text), "ASSAULT")
        assert _texts(event) == ["fire", outcome]
