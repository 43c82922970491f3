"""End to end: whole articles through the whole pipeline, checked capability by capability.

The seed is the article in examples/; the other articles are written for the behaviour under
test. Each test names the capability it checks.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tidings.model import Certainty, EventTime, Polarity, Record

pytestmark = pytest.mark.e2e

SEED = (Path(__file__).resolve().parent.parent / "examples" / "seed.txt").read_text(encoding="utf-8")

SUMMIT = """Modi and Macron Hold Talks in Paris

Indian Prime Minister Narendra Modi met French President Emmanuel Macron in Paris on Friday, \
the second day of a three-day visit to France. The two leaders discussed defence cooperation \
and the purchase of fighter jets. Modi will hold talks with business leaders in Marseille on Saturday."""

SHELLING = """Russian forces shelled the city of Kharkiv on Monday, killing three civilians and \
wounding twelve, the regional governor said. Ukraine's foreign ministry condemned the attack."""

WIRE_QUOTE = """Israeli Prime Minister Benjamin Netanyahu said on Sunday that Israel would not \
accept a ceasefire without the release of all hostages. "We will continue until we achieve \
our goals," Netanyahu told reporters in Jerusalem, AFP reported."""

HEDGED = """China may impose new sanctions on Japanese companies next month, officials said. \
Germany refused to sign the trade agreement on Tuesday. Brazil will host the climate summit \
in November."""

SCHEDULE = """Negotiators from Turkey and Greece will meet in Geneva from March 3-5, 2025, the \
United Nations announced yesterday. The last round of talks took place two years ago."""


def actor_named(record: Record, name: str):
    matches = [a for a in record.actors if name in a.name]
    assert matches, f"no actor named {name!r} in {[a.name for a in record.actors]}"
    return matches[0]


def events_of(record: Record, plover: str):
    return [e for e in record.events if e.plover == plover]


def codes(record: Record, actor_ids: list[str]) -> set[str]:
    return {record.actor(a).cameo for a in actor_ids}


# --- the seed --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(read) -> Record:
    return read(SEED, published="2023-09-13")


def test_seed_actors_are_resolved_with_their_role_at_the_date(seed):
    putin, kim = actor_named(seed, "Putin"), actor_named(seed, "Kim Jong Un")
    assert (putin.cameo, kim.cameo) == ("RUSGOV", "PRKGOV")
    assert putin.canonical_id != kim.canonical_id
    assert len(putin.spans) > 1, "every mention of Putin is one actor"
    assert {"RUS", "PRK", "UKR", "USA"} <= {a.cameo for a in seed.actors}
    assert actor_named(seed, "Reuters").kind.value == "organisation"


def test_seed_places_the_cosmodrome_although_it_is_not_a_city(seed):
    cosmodrome = next(p for p in seed.places if "Vostochny" in p.name)
    assert abs(cosmodrome.lat - 51.88) < 0.3 and abs(cosmodrome.lon - 128.33) < 0.3
    assert cosmodrome.country == "RUS"
    assert {"RUS", "PRK", "UKR", "USA"} <= {p.country for p in seed.places}


def test_seed_times_are_normalized_from_the_text(seed):
    by_text = {w.spans[0].text: w for w in seed.times if w.spans}  # not the publication date
    interval = next(w for t, w in by_text.items() if t.startswith("September 12"))
    assert (interval.begin, interval.end) == (date(2023, 9, 12), date(2023, 9, 15))
    assert any(w.value == "2023-09-13" for w in seed.times)
    assert by_text["2020"].value == "2020" and by_text["2020"].precision.value == "year"


def test_seed_meeting_is_a_consultation_at_the_cosmodrome_on_the_day(seed):
    meetings = [
        e for e in events_of(seed, "CONSULT")
        if e.cameo_root == "04" and {"RUSGOV", "PRKGOV"} <= codes(seed, e.sources + e.targets)
        and e.place and "Vostochny" in seed.place(e.place).name
    ]
    assert meetings, "Putin meets Kim at the Vostochny Cosmodrome"
    assert seed.time(meetings[0].when).value == "2023-09-13"
    assert meetings[0].factuality.certainty is Certainty.CERTAIN


def test_seed_visit_is_coded_with_russia_as_target(seed):
    visits = [e for e in seed.events if e.trigger == "visit" and "RUS" in codes(seed, e.targets)]
    assert visits and visits[0].cameo == "042"
    assert codes(seed, visits[0].sources) == {"PRKGOV"}


def test_seed_quotes_are_putins_via_reuters(seed):
    putin, reuters = actor_named(seed, "Putin"), actor_named(seed, "Reuters")
    quotes = [q for q in seed.quotes if q.speaker == putin.id]
    contents = " ".join(q.content for q in quotes)
    assert "bilateral relations" in contents and "space exploration" in contents
    reported = next(q for q in quotes if "bilateral relations" in q.content)
    assert reported.via == reuters.id and reported.cue in {"say", "report"}


def test_seed_speculation_and_refusal_keep_their_factuality(seed):
    seek = next(e for e in seed.events if e.trigger == "seek")
    assert seek.factuality.certainty in {Certainty.POSSIBLE, Certainty.PROBABLE}
    condemn = next(e for e in seed.events if e.trigger == "condemn")
    assert condemn.factuality.polarity is Polarity.NEG


def test_make_demo_command_prints_the_seed_record():
    tidings = str(Path(sys.executable).with_name("tidings"))
    seed_path = Path(__file__).resolve().parent.parent / "examples" / "seed.txt"
    result = subprocess.run(
        [tidings, "read", str(seed_path), "--published", "2023-09-13"], capture_output=True, timeout=300
    )
    assert result.returncode == 0, result.stderr.decode()
    record = Record.model_validate(json.loads(result.stdout))
    assert record.article.text == SEED and record.events and record.quotes


# --- articles written for one behaviour each ---------------------------------------------------


def test_meeting_between_two_leaders_is_placed_and_dated(read):
    record = read(SUMMIT, published="2024-02-10")  # a Saturday: "on Friday" is 2024-02-09
    meeting = next(e for e in record.events if e.trigger == "meet")
    assert codes(record, meeting.sources) == {"INDGOV"} and codes(record, meeting.targets) == {"FRAGOV"}
    assert record.place(meeting.place).name == "Paris" and record.place(meeting.place).country == "FRA"
    assert record.time(meeting.when).value == "2024-02-09"


def test_future_travel_is_marked_future(read):
    record = read(SUMMIT, published="2024-02-10")
    travel = [e for e in record.events if e.place and record.place(e.place).name == "Marseille"]
    assert travel and travel[0].factuality.time is EventTime.FUTURE


def test_shelling_is_a_material_conflict_by_the_military(read):
    record = read(SHELLING, published="2024-05-14")
    attacks = events_of(record, "ASSAULT")
    assert attacks and attacks[0].quad_class == 4 and attacks[0].goldstein < 0
    assert codes(record, attacks[0].sources) == {"RUSMIL"}
    kharkiv = record.place(attacks[0].place)
    assert kharkiv.name == "Kharkiv" and kharkiv.country == "UKR"
    assert record.time(attacks[0].when).value == "2024-05-13"


def test_condemnation_is_by_the_ministry_country(read):
    record = read(SHELLING, published="2024-05-14")
    accusations = events_of(record, "ACCUSE")
    assert accusations and codes(record, accusations[0].sources) in ({"UKR"}, {"UKRGOV"})


def test_condemnation_targets_are_found_through_the_attack(read):
    record = read(SHELLING, published="2024-05-14")
    accusations = events_of(record, "ACCUSE")
    assert accusations and codes(record, accusations[0].targets) == {"RUSMIL"}


def test_direct_quote_has_speaker_cue_and_wire_source(read):
    record = read(WIRE_QUOTE, published="2024-03-10")
    netanyahu, afp = actor_named(record, "Netanyahu"), actor_named(record, "France-Presse")
    assert netanyahu.cameo == "ISRGOV"
    direct = next(q for q in record.quotes if q.direct)
    assert direct.content.startswith("We will continue")
    assert direct.speaker == netanyahu.id and direct.cue == "tell" and direct.via == afp.id


def test_indirect_speech_is_an_attribution_too(read):
    record = read(WIRE_QUOTE, published="2024-03-10")
    indirect = [q for q in record.quotes if not q.direct]
    assert indirect and "ceasefire" in indirect[0].content
    assert record.actor(indirect[0].speaker).name.endswith("Netanyahu")


def test_modal_refusal_and_future_set_factuality(read):
    record = read(HEDGED, published="2024-03-06")
    sanction = next(e for e in record.events if e.trigger == "sanction")
    assert sanction.factuality.certainty is Certainty.POSSIBLE
    signing = HEDGED.index("sign the trade agreement")
    refused = [e for e in record.events if signing <= e.spans[0].start < signing + 24]
    assert refused and all(e.factuality.polarity is Polarity.NEG for e in refused)
    hosting = next(e for e in record.events if e.trigger == "host")
    assert hosting.factuality.time is EventTime.FUTURE


def test_relative_and_interval_dates_are_anchored_on_publication(read):
    record = read(SCHEDULE, published="2024-11-20")
    values = {w.spans[0].text: w for w in record.times if w.spans}  # not the publication date
    interval = next(w for t, w in values.items() if t.startswith("March 3"))
    assert (interval.begin, interval.end) == (date(2025, 3, 3), date(2025, 3, 5))
    assert values["yesterday"].value == "2024-11-19"
    assert any(w.value == "2022" or w.value.startswith("P2Y") for w in record.times)


def test_scheduled_meeting_is_placed_in_geneva(read):
    record = read(SCHEDULE, published="2024-11-20")
    meeting = next(e for e in record.events if e.trigger == "meet")
    assert record.place(meeting.place).name == "Geneva"
    assert meeting.factuality.time is EventTime.FUTURE
    assert {"TUR", "GRC"} <= {c[:3] for c in codes(record, meeting.sources + meeting.targets)}
