"""What a Phoenix CAMEO actor code says: three-letter segments, the first a country, a region or
the kind of organisation (IGO, NGO, MNC...), the others types, religions and known groups
(`RUSGOV`, `IGOUNOREFHCR`, `MNCUSAHLH`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from tidings.knowledge import read_toml
from tidings.knowledge.actors import segments
from tidings.knowledge.countries import CountryIndex, countries

RULES_FILE = "phoenix_import.toml"


@dataclass(frozen=True)
class CodeReader:
    countries: CountryIndex
    regions: frozenset[str]  # regional and former-state codes: places without an ISO country
    organisation_prefixes: frozenset[str]
    state_types: frozenset[str]
    actor_types: frozenset[str]  # CAMEO's types and those the agents file codes with

    @classmethod
    def load(cls, agent_codes: frozenset[str] = frozenset()) -> CodeReader:
        """The reader, knowing as actor types CAMEO's and the segments of `agent_codes`."""
        rules = import_rules()
        return cls(
            countries=countries(),
            regions=frozenset(rules["region_codes"]) | frozenset(rules["former_state_codes"]),
            organisation_prefixes=frozenset(rules["organisation_prefixes"]),
            state_types=frozenset(rules["state_types"]),
            actor_types=frozenset(rules["actor_types"]) | {part for code in agent_codes for part in segments(code)},
        )

    @cached_property
    def _country_codes(self) -> frozenset[str]:
        return frozenset(c.cameo for c in self.countries) | frozenset(self.countries.by_iso3)

    def is_place(self, code: str) -> bool:
        """A code that begins with a country or region and has no actor type after it ("AFG",
        "GBRFLK", "PSEGZA", "USRGEO")."""
        first, *rest = segments(code)
        return (first in self._country_codes or first in self.regions) and not self.actor_types.intersection(rest)

    def country(self, code: str) -> str | None:
        """The ISO3 country a code names: its first segment, or its second after an organisation
        prefix ("MNCUSA" -> USA); None for regions and states that are gone, and after a prefix for
        an actor type or religion (Phoenix writes Muslim MUS, which as a first segment is Mauritius:
        "IMGMUSALQ" names no country)."""
        parts = segments(code)
        if parts and parts[0] in self.organisation_prefixes:
            parts = parts[1:]
            if parts and parts[0] in self.actor_types:
                return None
        if not parts:
            return None
        found = self.countries.by_cameo.get(parts[0]) or self.countries.by_iso3.get(parts[0])
        return found.iso3 if found else None

    def is_state_body(self, code: str) -> bool:
        """A country's government body: <country><state type>... ("USAGOV", "DDRCOP", "IRNGOVLEG")."""
        parts = segments(code)
        first_is_state = bool(parts) and (parts[0] in self._country_codes or parts[0] in self.regions)
        return first_is_state and len(parts) > 1 and parts[1] in self.state_types

    def sector(self, code: str) -> str:
        """The organisation's sector as `organisations.jsonl` names them."""
        parts = segments(code)
        first = parts[0] if parts else ""
        if first in ("IGO", "NGO"):
            return first.lower()
        if first == "MNC" or "BUS" in parts:
            return "business"
        if first == "IMG" or {"REB", "INS", "SEP", "UAF", "MIL"} & set(parts):
            return "armed"
        if "MED" in parts:
            return "media"
        if "PTY" in parts or "OPP" in parts:
            return "party"
        return "other"


def main_country(codes: list[str], reader: CodeReader) -> str | None:
    """The country most of the codes name (the first named on a tie)."""
    found = Counter(country for code in codes if (country := reader.country(code)))
    return found.most_common(1)[0][0] if found else None


def import_rules() -> dict:
    return read_toml(RULES_FILE)
