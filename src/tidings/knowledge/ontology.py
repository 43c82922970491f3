"""The event ontology: CAMEO codes with their Goldstein value, QuadClass and PLOVER coding.

Read once from `data/cameo_eventcodes.tsv`, `cameo_goldstein.tsv` and `cameo_plover.tsv`.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from tidings.knowledge import read_tsv


class EventCode(BaseModel):
    """One CAMEO event code and everything tidings attaches to it."""

    model_config = ConfigDict(frozen=True)

    code: str  # "040", "1384"
    description: str
    quad_class: int  # GDELT QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float
    plover: str | None  # PLOVER 2.0 type; None where PLOVER drops the code (plain statements)
    plover_mode: str | None
    plover_context: tuple[str, ...]

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, EventCode]:
    """Every CAMEO event code (roots too: "04"), keyed by code, in codebook order."""
    goldstein = {row["code"]: float(row["goldstein"]) for row in read_tsv("cameo_goldstein.tsv")}
    plover = {row["code"]: row for row in read_tsv("cameo_plover.tsv")}
    codes: dict[str, EventCode] = {}
    for row in read_tsv("cameo_eventcodes.tsv"):
        code = row["code"]
        mapping = plover[code]
        codes[code] = EventCode(
            code=code,
            description=row["description"],
            quad_class=int(row["quad_class"]),
            goldstein=goldstein[code],
            plover=mapping["plover"] or None,
            plover_mode=mapping["mode"] or None,
            plover_context=tuple(c.strip() for c in mapping["context"].split(";") if c.strip()),
        )
    return codes


def event_code(code: str) -> EventCode:
    """The entry for a CAMEO code; KeyError names an unknown code."""
    try:
        return cameo_codes()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO event code {code!r}") from None


@lru_cache(maxsize=1)
def plover_types() -> frozenset[str]:
    """The PLOVER event types the ontology uses."""
    return frozenset(c.plover for c in cameo_codes().values() if c.plover)
