"""Which events a query reads: one filter for the event list, counts, dyads and exports, turned
into SQL over the `events` table (aliased `e`) with its parameters."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import lru_cache

_CODE = re.compile(r"^(?:[A-Z-]{3})+$")  # a CAMEO actor code or its start (RUS, RUSGOV, ---REB)


@dataclass(frozen=True)
class EventFilter:
    """Events to read; every field left None matches all. An actor is a CAMEO actor code or its
    start (RUS matches RUSGOV, RUSMIL), a canonical id (Q7747, iso3:RUS) or a name as the store
    first saw it, or a part of one (case aside); a value shaped like a code (RUS, USAGOV) is read
    as a code only."""

    actor: str | None = None  # on either side
    source: str | None = None
    target: str | None = None
    since: date | None = None  # the event's date, inclusive
    until: date | None = None
    type: str | None = None  # PLOVER type: CONSULT, ASSAULT...
    cameo: str | None = None  # a CAMEO event code: the code itself and its subcodes ("04" is the root)
    cameo_root: str | None = None
    quad_class: int | None = None
    country: str | None = None  # ISO 3166-1 alpha-3 of the event's place
    certainty: str | None = None
    polarity: str | None = None
    article: str | None = None  # article id
    place: str | None = None  # the event's place: its GeoNames id, or its name (case aside)
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat of the place
    text: str | None = None  # words in the event's sentence or its article's title (case aside)

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if isinstance(value, str):
                try:
                    object.__setattr__(self, name, date.fromisoformat(value))
                except ValueError:
                    raise ValueError(f"{name}: not a date (YYYY-MM-DD): {value!r}") from None
        if self.type is not None:
            object.__setattr__(self, "type", self.type.upper())
            if self.type not in _plover_types():
                raise ValueError(f"type: no PLOVER type {self.type} (one of {', '.join(sorted(_plover_types()))})")
        if self.cameo_root is not None and not re.fullmatch(r"\d\d", self.cameo_root):
            raise ValueError(f"cameo_root: two digits, 01 to 20, not {self.cameo_root!r}")
        if self.cameo is not None and not re.fullmatch(r"\d{2,4}", self.cameo):
            raise ValueError(f"cameo: a CAMEO event code of 2 to 4 digits, not {self.cameo!r}")
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise ValueError(f"quad_class: 1 to 4, not {self.quad_class!r}")
        if isinstance(self.bbox, str):
            object.__setattr__(self, "bbox", _bbox(self.bbox))
        if self.bbox is not None:
            _check_bbox(self.bbox)
        for name in ("country", "certainty", "polarity"):
            if getattr(self, name) is not None:
                object.__setattr__(self, name, getattr(self, name).upper())

    def given(self) -> set[str]:
        """The names of the fields set."""
        return {f.name for f in fields(self) if getattr(self, f.name) is not None}

    def without(self, *names: str) -> EventFilter:
        return replace(self, **{name: None for name in names})


def where(events: EventFilter) -> tuple[str, list]:
    """A WHERE clause over `events e` (TRUE when nothing is set) and its parameters."""
    clauses: list[str] = []
    params: list = []
    for side, role in (("actor", None), ("source", "source"), ("target", "target")):
        value = getattr(events, side)
        if value is not None:
            match, match_params = actor_match("x", value)
            on_role = f" AND x.role = '{role}'" if role else ""
            clauses.append(f"e.event_id IN (SELECT x.event_id FROM event_actors x WHERE {match}{on_role})")
            params += match_params
    simple = {
        "since": "e.date >= ?", "until": "e.date <= ?", "type": "e.plover = ?", "cameo_root": "e.cameo_root = ?",
        "quad_class": "e.quad_class = ?", "country": "e.place_country = ?", "certainty": "e.certainty = ?",
        "polarity": "e.polarity = ?", "article": "e.article_id = ?",
    }
    for name, clause in simple.items():
        value = getattr(events, name)
        if value is not None:
            clauses.append(clause)
            params.append(value)
    if events.cameo is not None:
        clauses.append("starts_with(e.cameo, ?)")
        params.append(events.cameo)
    if events.place is not None:
        clauses.append("(e.place_geonameid = TRY_CAST(? AS BIGINT) OR lower(e.place_name) = lower(?))")
        params += [events.place, events.place]
    if events.bbox is not None:
        clauses.append("e.place_lon BETWEEN ? AND ? AND e.place_lat BETWEEN ? AND ?")
        min_lon, min_lat, max_lon, max_lat = events.bbox
        params += [min_lon, max_lon, min_lat, max_lat]
    if events.text is not None:
        clauses.append(
            "(contains(lower(e.sentence.text), lower(?))"
            " OR e.article_id IN (SELECT article_id FROM articles WHERE contains(lower(title), lower(?))))"
        )
        params += [events.text, events.text]
    return (" AND ".join(clauses) or "TRUE"), params


def actor_match(alias: str, value: str) -> tuple[str, list]:
    """SQL matching an actor row (`code`, `canonical_id` columns): a CAMEO code by its start,
    anything else as a canonical id or a name. One plain condition, so that a table kept in code
    order is read only where the code can be."""
    if _CODE.match(value):
        return f"starts_with({alias}.code, ?)", [value]
    named = "SELECT canonical_id FROM canonical_actors WHERE canonical_id = ? OR contains(lower(name), lower(?))"
    return f"{alias}.canonical_id IN ({named})", [value, value]


def _bbox(text: str) -> tuple[float, float, float, float]:
    """"minlon,minlat,maxlon,maxlat" as four numbers."""
    parts = text.split(",")
    try:
        numbers = tuple(float(part) for part in parts)
    except ValueError:
        numbers = ()
    if len(numbers) != 4:
        raise ValueError(f"bbox: four numbers, minlon,minlat,maxlon,maxlat, not {text!r}")
    return numbers  # type: ignore[return-value]


def _check_bbox(box: tuple[float, float, float, float]) -> None:
    min_lon, min_lat, max_lon, max_lat = box
    inside = all(-180 <= lon <= 180 for lon in (min_lon, max_lon)) and all(-90 <= lat <= 90 for lat in (min_lat, max_lat))
    if not inside or min_lon > max_lon or min_lat > max_lat:
        raise ValueError(f"bbox: minlon,minlat,maxlon,maxlat within -180..180 and -90..90, min before max, not {box!r}")


@lru_cache(maxsize=1)
def _plover_types() -> frozenset[str]:
    from tidings.knowledge.ontology import plover_types

    return plover_types()


@lru_cache(maxsize=1)
def roots_of_quad_class() -> dict[int, tuple[str, ...]]:
    """CAMEO roots by QuadClass (a root's codes share its QuadClass)."""
    from tidings.knowledge.ontology import cameo_codes

    roots: dict[int, list[str]] = {}
    for code in cameo_codes().values():
        if len(code.code) == 2:
            roots.setdefault(code.quad_class, []).append(code.code)
    return {quad: tuple(codes) for quad, codes in roots.items()}
