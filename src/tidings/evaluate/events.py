"""`tidings eval events`: event types (PLOVER), CAMEO codes and source-target-code triples.

Metrics (DESIGN.md §3): `docs`; `primary_type_accuracy`; `primary_type_weighted_f1`;
`event_recall`; `cameo_accuracy`, `cameo_root_accuracy`, `triple_accuracy` (null where no gold
event has a CAMEO code); `source_accuracy`, `target_accuracy` (of the gold events with coded
actors on that side: some system event of the gold type has a matching actor there), and the same
two with country codes compared by country (`source_accuracy_aliased`, `target_accuracy_aliased`:
CAMEO's own codes ROM, MTN, TMP, IMY read as their ISO3 codes ROU, MNE, TLS, IMN, from tidings'
country table, whose CAMEO column comes from GDELT's CAMEO.country.txt). A gold event
without a PLOVER type (pre-2.0 CRIME) counts as `NONE`; a system event without one (a plain
statement, CAMEO 010-014 and 017) has type `NONE` and never counts as the primary event, but
counts with its CAMEO code.

Triples: an actor code matches a gold actor when one is a prefix of the other, with the gold
code written as `code + sector` ("RUS" + "GOV" = "RUSGOV"; "RUS" matches "RUSGOV" and back, "RUSMIL"
does not match "RUSGOV"). A side (sources or targets) matches when some system actor on it matches
some gold actor on it, or when both are empty: one shared party is enough for a multi-actor side.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pydantic import BaseModel

from tidings.errors import ReadError
from tidings.evaluate.gold import article
from tidings.evaluate.metrics import f1_per_class, ratio
from tidings.knowledge.countries import countries
from tidings.model import Event, Record
from tidings.progress import quiet

NONE = "NONE"


class SystemEvent(BaseModel):
    """What the scorer compares of one system event."""

    type: str
    cameo: str
    sources: list[str]  # CAMEO actor codes
    targets: list[str]
    confidence: float


class DocScore(BaseModel):
    """One document's gold events and system events, ready to score."""

    gold: list[dict]
    system: list[SystemEvent]


def gold_type(event: dict) -> str:
    return event.get("type") or NONE


def gold_code(actor: dict) -> str | None:
    """A gold actor's full CAMEO code: code plus sector where the sector is a role code."""
    code = actor.get("code")
    if not code:
        return None
    sector = actor.get("sector") or ""
    return code + sector if sector.isalpha() and sector.isupper() else code


def primary_type(system: list[SystemEvent]) -> str:
    """The type of the most confident system event with a PLOVER type (the first on ties), NONE
    without one: an event PLOVER has no type for (a plain statement, CAMEO 010) is outside what
    a PLOVER type is scored on."""
    typed = [e for e in system if e.type != NONE]
    if not typed:
        return NONE
    return max(typed, key=lambda e: e.confidence).type


def codes_match(system_code: str, gold: str) -> bool:
    return system_code.startswith(gold) or gold.startswith(system_code)


def aliased_codes_match(system_code: str, gold: str) -> bool:
    """Codes match once a CAMEO country code that differs from ISO3 is read as the ISO3 one."""
    return codes_match(iso3_country(system_code), iso3_country(gold))


def iso3_country(code: str) -> str:
    """The actor code with a leading CAMEO-only country code written as ISO3 ("ROMGOV" -> "ROUGOV")."""
    iso3 = countries().by_cameo.get(code[:3])
    return iso3.iso3 + code[3:] if iso3 is not None else code


def side_matches(system_codes: list[str], gold_actors: list[dict]) -> bool:
    gold = [c for c in (gold_code(a) for a in gold_actors) if c]
    if not gold:
        return not system_codes
    return any(codes_match(s, g) for s in system_codes for g in gold)


def weighted_f1(gold: list[str], predicted: list[str]) -> float | None:
    """F1 per gold label, averaged with the label's gold support as weight."""
    if not gold:
        return None
    return sum(f1 * count for f1, count in f1_per_class(gold, predicted).values()) / len(gold)


def side_found(event: dict, side: str, system: list[SystemEvent], match: Callable[[str, str], bool] = codes_match) -> bool | None:
    """Whether some system event of the gold event's type has an actor matching (by `match`) one
    of the gold actors on `side` ("source" or "target"); None when the gold names no coded actor there."""
    gold = [c for c in (gold_code(a) for a in event.get(side, [])) if c]
    if not gold:
        return None
    wanted = gold_type(event)
    for candidate in (e for e in system if e.type == wanted):
        codes = candidate.sources if side == "source" else candidate.targets
        if any(match(code, g) for code in codes for g in gold):
            return True
    return False


def score(docs: Iterable[DocScore]) -> dict[str, float | int | None]:
    """The events metrics over scored documents (pure: no pipeline)."""
    n_docs = 0
    primary_hits = primary_total = 0
    labels_gold: list[str] = []
    labels_predicted: list[str] = []
    recall_hits = recall_total = 0
    cameo_total = cameo_hits = root_hits = triple_hits = 0
    side_hits = {"source": 0, "target": 0}
    aliased_hits = {"source": 0, "target": 0}
    side_totals = {"source": 0, "target": 0}
    for doc in docs:
        n_docs += 1
        predicted = primary_type(doc.system)
        labels_gold.append(gold_type(doc.gold[0]) if doc.gold else NONE)
        labels_predicted.append(predicted)
        if doc.gold:
            primary_total += 1
            primary_hits += predicted in {gold_type(e) for e in doc.gold}
        system_types = {e.type for e in doc.system}
        system_codes = {e.cameo for e in doc.system}
        for event in doc.gold:
            if event.get("type"):
                recall_total += 1
                recall_hits += event["type"] in system_types
            for side in side_hits:
                found = side_found(event, side, doc.system)
                if found is not None:
                    side_totals[side] += 1
                    side_hits[side] += found
                    aliased_hits[side] += bool(side_found(event, side, doc.system, aliased_codes_match))
            code = event.get("cameo")
            if not code:
                continue
            cameo_total += 1
            cameo_hits += code in system_codes
            root_hits += code[:2] in {c[:2] for c in system_codes}
            triple_hits += any(
                e.cameo == code and side_matches(e.sources, event.get("source", []))
                and side_matches(e.targets, event.get("target", []))
                for e in doc.system
            )
    return {
        "docs": n_docs,
        "primary_type_accuracy": ratio(primary_hits, primary_total),
        "primary_type_weighted_f1": weighted_f1(labels_gold, labels_predicted),
        "event_recall": ratio(recall_hits, recall_total),
        "cameo_accuracy": ratio(cameo_hits, cameo_total),
        "cameo_root_accuracy": ratio(root_hits, cameo_total),
        "triple_accuracy": ratio(triple_hits, cameo_total),
        "source_accuracy": ratio(side_hits["source"], side_totals["source"]),
        "target_accuracy": ratio(side_hits["target"], side_totals["target"]),
        "source_accuracy_aliased": ratio(aliased_hits["source"], side_totals["source"]),
        "target_accuracy_aliased": ratio(aliased_hits["target"], side_totals["target"]),
    }


def system_events(record: Record | ReadError) -> list[SystemEvent]:
    """A record's events with their actors' CAMEO codes (none for an article that failed)."""
    if isinstance(record, ReadError):
        return []
    codes = {a.id: a.cameo for a in record.actors if a.cameo}
    return [_system_event(e, codes) for e in record.events]


def _system_event(event: Event, codes: dict[str, str]) -> SystemEvent:
    return SystemEvent(
        type=event.plover or NONE,
        cameo=event.cameo,
        sources=[codes[a] for a in event.sources if a in codes],
        targets=[codes[a] for a in event.targets if a in codes],
        confidence=event.confidence,
    )


def evaluate(pipeline, docs: list[dict], progress: Callable = quiet) -> dict[str, float | int | None]:
    outcomes = progress(pipeline.pipe(article(d) for d in docs), len(docs), "events")
    scored = (DocScore(gold=d.get("events", []), system=system_events(o)) for d, o in zip(docs, outcomes))
    return score(scored)
