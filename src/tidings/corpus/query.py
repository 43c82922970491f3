"""Reading a store: its records, and events, counts and dyads as pandas DataFrames or Arrow
tables (`tidings.open(path)`).

    db = tidings.open("news.duckdb")
    db.events(actor="RUS", since="2023-09-01", type="CONSULT")     # a DataFrame, newest first
    db.counts(by="month", group="cameo_root", actor="RUS")          # events and mean Goldstein
    db.counts(by="month", group="actor", as_arrow=True)             # actor x month, an Arrow table
    db.dyads(since="2023-01-01", limit=20)                          # source x target
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb

from tidings.corpus.filters import EventFilter, actor_match, roots_of_quad_class, where
from tidings.model import Record

PERIODS = ("day", "week", "month", "quarter", "year")
GROUPS = {"type": "e.plover", "cameo_root": "e.cameo_root", "quad_class": "e.quad_class"}  # and "actor"
EVENT_COLUMNS = """
    e.event_id, e.cluster_id, e.article_id, e.local_id, e.date, e.date_from, e.cameo, e.cameo_root, e.quad_class,
    e.goldstein, e.plover AS type, e.plover_mode AS mode, e.trigger,
    e.actor1_id AS source_id, e.actor1_name AS source, e.actor1_code AS source_code,
    e.actor2_id AS target_id, e.actor2_name AS target, e.actor2_code AS target_code,
    e.place_name AS place, e.place_geonameid AS geonameid, e.place_country AS country, e.place_lat AS lat, e.place_lon AS lon,
    e.place_basis, e.when_basis, e.certainty, e.polarity, e.time, e.confidence, e.sentence.text AS sentence
"""
EVENT_ROWS = f"""SELECT {EVENT_COLUMNS}, a.url, a.title, a.outlet, a.published
                 FROM events e JOIN articles a USING (article_id)"""  # an event with its article
ROLLUP_FILTERS = {"actor", "cameo_root", "quad_class", "since", "until"}  # what actor_months can answer
SORTS = {  # the event list's orders (over EVENT_COLUMNS' names); ties broken by event id
    "-date": "date DESC NULLS LAST, event_id", "date": "date NULLS LAST, event_id",
    "-goldstein": "goldstein DESC, event_id", "goldstein": "goldstein, event_id",
}


class Corpus:
    """A store open for reading (`Corpus(path)`), or the reading side of an open connection."""

    def __init__(self, path: str | Path | None = None, *, connection: duckdb.DuckDBPyConnection | None = None, name: str | None = None) -> None:
        from tidings.corpus.store import schema

        if connection is None:
            if path is None:
                raise TypeError("Corpus needs a path or a connection")
            connection = _open_read_only(Path(path))
            try:
                found = schema.version(connection)
                schema.check(found, str(path))
                if found < schema.VERSION:
                    raise schema.SchemaError(
                        f"{path}: store schema version {found} is older than this tidings' ({schema.VERSION}); "
                        "open it once for writing (tidings ingest, or Store(path)) to upgrade it"
                    )
            except BaseException:
                connection.close()
                raise
        self.connection = connection
        self.name = name or str(path)

    def has(self, article_id: str) -> bool:
        """Whether the article is stored."""
        return bool(self.connection.execute("SELECT 1 FROM articles WHERE article_id = ?", [article_id]).fetchall())

    def record(self, article_id: str) -> Record | None:
        """The stored record of an article, equal to the one stored; None if not stored."""
        return next(self.records([article_id]), None)

    def records(self, article_ids: Sequence[str] | None = None) -> Iterator[Record]:
        """Stored records: of these articles, or of all in the order they were added."""
        from tidings.corpus.store.records import read_records

        if article_ids is None:
            rows = self.connection.execute("SELECT article_id FROM articles ORDER BY added_at, article_id").fetchall()
            article_ids = [row[0] for row in rows]
        return read_records(self.connection, article_ids)

    def events(self, *, limit: int | None = None, offset: int = 0, sort: str = "-date", as_arrow: bool = False, **filters: Any):
        """Events (one row per event of an article) with their evidence sentence and article,
        sorted as `SORTS` says (newest first by default); `filters` are `EventFilter`'s fields."""
        sql, params = _event_list(limit, offset, sort, EventFilter(**filters))
        return self._fetch(sql, params, as_arrow)

    def event_page(self, *, limit: int, offset: int = 0, sort: str = "-date", **filters: Any) -> tuple[int, Any]:
        """A page of `events` (an Arrow table) and the number of events the filters choose on
        every page, the filters read once for both."""
        sql, params = _event_list(limit, offset, sort, EventFilter(**filters), counted=True)
        table = self._fetch(sql, params, True)
        total = table.column("total")[0].as_py() if table.num_rows else self.count_events(**filters)
        return total, table.drop_columns(["total"])

    def event_batches(self, *, sort: str = "-date", rows: int = 50_000, **filters: Any):
        """All the events `events` gives, as a pyarrow RecordBatchReader of `rows` at a time."""
        sql, params = _event_list(None, 0, sort, EventFilter(**filters))
        return self.connection.sql(sql, params=params).to_arrow_reader(rows)

    def event(self, event_id: int, *, as_arrow: bool = False):
        """One event as `events` gives it: one row, or none."""
        return self._fetch(f"{EVENT_ROWS} WHERE e.event_id = ?", [event_id], as_arrow)

    def count_events(self, **filters: Any) -> int:
        """How many events the filters choose."""
        clause, params = where(EventFilter(**filters))
        return self.connection.execute(f"SELECT count(*) FROM events e WHERE {clause}", params).fetchall()[0][0]

    def count_articles(self) -> int:
        return self.connection.execute("SELECT count(*) FROM articles").fetchall()[0][0]

    def event_actors(self, event_ids: Sequence[int], *, as_arrow: bool = False):
        """The sources and targets of these events, in their order: event id, role, canonical
        id, name (as the article wrote it) and CAMEO code."""
        sql = """SELECT event_id, role, canonical_id, name, code FROM event_actors
                 WHERE event_id IN (SELECT unnest(?::BIGINT[])) ORDER BY event_id, role, position"""
        return self._fetch(sql, [list(event_ids)], as_arrow)

    def cluster(self, cluster_id: int, *, as_arrow: bool = False):
        """One cluster's row of the clusters table: its counts and disagreements (none if unknown)."""
        return self._fetch("SELECT * FROM clusters WHERE cluster_id = ?", [cluster_id], as_arrow)

    def cluster_events(self, cluster_id: int, *, as_arrow: bool = False):
        """The events of one cluster (its reports in every article), as `events` gives them, oldest
        article first."""
        sql = f"{EVENT_ROWS} WHERE e.cluster_id = ? ORDER BY a.published NULLS LAST, e.article_id, e.position"
        return self._fetch(sql, [cluster_id], as_arrow)

    def actors(self, text: str | None = None, *, limit: int | None = None, as_arrow: bool = False):
        """Canonical actors taking part in events, with their number of events and their most
        frequent CAMEO code, most events first; `text` keeps those it matches as the actor filter
        does (a code's start, a canonical id, a part of a name). Dated events are counted from
        actor_months, undated ones (few) from the events themselves."""
        match, params = actor_match("x", text) if text else ("TRUE", [])
        page = f" LIMIT {int(limit)}" if limit is not None else ""
        sql = f"""WITH undated AS (
                      SELECT canonical_id, coalesce(first(code ORDER BY role, position), '') AS code
                      FROM event_actors WHERE date IS NULL GROUP BY event_id, canonical_id),
                  tallies AS (
                      SELECT canonical_id, code, events FROM actor_months
                      UNION ALL SELECT canonical_id, code, count(*) FROM undated GROUP BY canonical_id, code),
                  counted AS (
                      SELECT canonical_id, sum(events)::BIGINT AS events, arg_max(nullif(code, ''), events) AS cameo
                      FROM tallies GROUP BY canonical_id)
                  SELECT n.canonical_id AS id, n.name, c.cameo, n.country, coalesce(c.events, 0) AS events
                  FROM canonical_actors n LEFT JOIN counted c USING (canonical_id)
                  WHERE n.canonical_id IN (SELECT x.canonical_id FROM event_actors x WHERE {match})
                  ORDER BY events DESC, n.canonical_id{page}"""
        return self._fetch(sql, params, as_arrow)

    def places(self, text: str | None = None, *, limit: int | None = None, as_arrow: bool = False, **filters: Any):
        """Places of events with their number of events, most first; `text` keeps those whose
        name holds it or whose GeoNames id it is."""
        clause, params = where(EventFilter(**filters))
        if text:
            clause += " AND (contains(lower(e.place_name), lower(?)) OR e.place_geonameid = TRY_CAST(? AS BIGINT))"
            params += [text, text]
        page = f" LIMIT {int(limit)}" if limit is not None else ""
        sql = f"""SELECT e.place_geonameid AS geonameid, e.place_name AS name, any_value(e.place_lat) AS lat,
                         any_value(e.place_lon) AS lon, any_value(e.place_country) AS country, count(*) AS events
                  FROM events e WHERE e.place_name IS NOT NULL AND {clause}
                  GROUP BY e.place_geonameid, e.place_name ORDER BY events DESC, name, geonameid{page}"""
        return self._fetch(sql, params, as_arrow)

    def counts(self, by: str = "month", group: str | None = None, *, as_arrow: bool = False, **filters: Any):
        """Events per period (`PERIODS`), optionally per group: "type" (PLOVER), "cameo_root",
        "quad_class" or "actor" (an event counts once for each actor taking part; the actor filter
        then chooses the actors counted), with their mean Goldstein value. Undated events are
        left out."""
        if by not in PERIODS:
            raise ValueError(f"by: one of {', '.join(PERIODS)}, not {by!r}")
        if group is not None and group not in (*GROUPS, "actor"):
            raise ValueError(f"group: one of {', '.join((*GROUPS, 'actor'))}, not {group!r}")
        chosen = EventFilter(**filters)
        if group == "actor":
            sql, params = _actor_counts_rollup(by, chosen) if _rollup_answers(by, chosen) else _actor_counts(by, chosen)
        else:
            clause, params = where(chosen)
            grouping = f", {GROUPS[group]} AS {group}" if group else ""
            sql = f"""SELECT date_trunc('{by}', e.date)::DATE AS period{grouping}, count(*) AS events,
                             avg(e.goldstein) AS goldstein_mean
                      FROM events e WHERE e.date IS NOT NULL AND {clause} GROUP BY ALL ORDER BY ALL"""
        return self._fetch(sql, params, as_arrow)

    def dyads(self, *, limit: int | None = None, as_arrow: bool = False, **filters: Any):
        """Source x target pairs (each event's first source and first other target, GDELT's
        Actor1 and Actor2) with their number of events and mean Goldstein value, most first; each
        side's CAMEO code as most of the pair's events give it, and its country."""
        clause, params = where(EventFilter(**filters))
        page = f" LIMIT {int(limit)}" if limit is not None else ""
        sql = f"""WITH pairs AS (
                      SELECT e.actor1_id AS source_id, e.actor2_id AS target_id, count(*) AS events,
                             avg(e.goldstein) AS goldstein_mean, mode(e.actor1_code) AS source_code,
                             mode(e.actor2_code) AS target_code
                      FROM events e WHERE e.actor1_id IS NOT NULL AND e.actor2_id IS NOT NULL AND {clause}
                      GROUP BY source_id, target_id ORDER BY events DESC, source_id, target_id{page})
                  SELECT p.source_id, s.name AS source, p.target_id, t.name AS target, p.events, p.goldstein_mean,
                         p.source_code, s.country AS source_country, p.target_code, t.country AS target_country
                  FROM pairs p JOIN canonical_actors s ON s.canonical_id = p.source_id
                  JOIN canonical_actors t ON t.canonical_id = p.target_id
                  ORDER BY p.events DESC, p.source_id, p.target_id"""
        return self._fetch(sql, params, as_arrow)

    def clusters(self, *, min_articles: int = 1, limit: int | None = None, as_arrow: bool = False, **filters: Any):
        """Real-world events (clusters of reports, after `Store.update_clusters`), described by
        their first report, with corroboration and disagreements; most corroborated first. The
        filters choose the first report."""
        clause, params = where(EventFilter(**filters))
        page = f" LIMIT {int(limit)}" if limit is not None else ""
        sql = f"""SELECT c.events, c.mentions, c.articles, c.sources, c.first_published,
                         c.last_published, c.disagree_dates, c.disagree_places, c.disagree_numbers, {EVENT_COLUMNS},
                         a.url, a.title
                  FROM clusters c JOIN events e ON e.event_id = c.event_id JOIN articles a USING (article_id)
                  WHERE c.articles >= ? AND {clause}
                  ORDER BY c.sources DESC, c.articles DESC, e.date DESC NULLS LAST, c.cluster_id{page}"""
        return self._fetch(sql, [min_articles, *params], as_arrow)

    def errors(self, *, as_arrow: bool = False):
        """Articles that could not be read or stored: source, reason, article id, when."""
        return self._fetch("SELECT * FROM errors ORDER BY logged_at, source", [], as_arrow)

    def _fetch(self, sql: str, params: list, as_arrow: bool):
        relation = self.connection.sql(sql, params=params)
        return relation.to_arrow_table() if as_arrow else relation.df()

    def close(self) -> None:
        self.connection.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _event_list(limit: int | None, offset: int, sort: str, chosen: EventFilter, counted: bool = False) -> tuple[str, list]:
    """The event list's SQL; `counted`: with a column `total`, the number of events chosen (the
    filter read once for the page and the count)."""
    if sort not in SORTS:
        raise ValueError(f"sort: one of {', '.join(SORTS)}, not {sort!r}")
    clause, params = where(chosen)
    order = SORTS[sort]
    page = f" LIMIT {int(limit)}" if limit is not None else ""
    page += f" OFFSET {int(offset)}" if offset else ""
    # the page over the columns it sorts by; then its events' other columns; then their articles
    if counted:
        head = f"""matched AS MATERIALIZED (SELECT e.event_id, e.date, e.goldstein FROM events e WHERE {clause}),
                   page AS (SELECT event_id FROM matched ORDER BY {order}{page})"""
    else:
        head = f"page AS (SELECT e.event_id FROM events e WHERE {clause} ORDER BY {order}{page})"
    total = ", (SELECT count(*) FROM matched) AS total" if counted else ""
    sql = f"""WITH {head}, chosen AS (SELECT {EVENT_COLUMNS} FROM events e JOIN page USING (event_id))
              SELECT chosen.*, a.url, a.title, a.outlet, a.published{total} FROM chosen JOIN articles a USING (article_id)
              ORDER BY {order}"""
    return sql, params


def _rollup_answers(by: str, chosen: EventFilter) -> bool:
    """Whether actor_months holds the answer: monthly or coarser periods, filters it keeps, and
    dates on month boundaries."""
    if by not in ("month", "quarter", "year") or not chosen.given() <= ROLLUP_FILTERS:
        return False
    month_start = chosen.since is None or chosen.since.day == 1
    month_end = chosen.until is None or (chosen.until + timedelta(days=1)).day == 1
    return month_start and month_end


def _actor_counts_rollup(by: str, chosen: EventFilter) -> tuple[str, list]:
    clauses, params = ["TRUE"], []
    if chosen.actor is not None:
        match, params = actor_match("m", chosen.actor)
        clauses.append(match)
    if chosen.since is not None:
        clauses.append("m.month >= ?")
        params.append(chosen.since)
    if chosen.until is not None:
        clauses.append("m.month <= ?")
        params.append(chosen.until)
    if chosen.cameo_root is not None:
        clauses.append("m.cameo_root = ?")
        params.append(chosen.cameo_root)
    if chosen.quad_class is not None:
        clauses.append("list_contains(?, m.cameo_root)")
        params.append(list(roots_of_quad_class()[chosen.quad_class]))
    sql = f"""WITH counted AS (
                  SELECT date_trunc('{by}', m.month)::DATE AS period, m.canonical_id AS actor_id,
                         sum(m.events) AS events, sum(m.goldstein_sum) / sum(m.events) AS goldstein_mean
                  FROM actor_months m WHERE {" AND ".join(clauses)} GROUP BY ALL)
              SELECT c.period, c.actor_id, n.name AS actor, c.events::BIGINT AS events, c.goldstein_mean
              FROM counted c JOIN canonical_actors n ON n.canonical_id = c.actor_id ORDER BY c.period, c.actor_id"""
    return sql, params


def _actor_counts(by: str, chosen: EventFilter) -> tuple[str, list]:
    """Actor counts from the events themselves: each event once per distinct actor, the actor
    filter choosing the actors counted."""
    clause, params = where(chosen.without("actor"))
    match, match_params = actor_match("x", chosen.actor) if chosen.actor else ("TRUE", [])
    sql = f"""WITH pairs AS (
                  SELECT DISTINCT x.event_id, x.canonical_id, e.date, e.goldstein
                  FROM event_actors x JOIN events e USING (event_id)
                  WHERE e.date IS NOT NULL AND {match} AND {clause}),
              counted AS (
                  SELECT date_trunc('{by}', date)::DATE AS period, canonical_id AS actor_id, count(*) AS events,
                         avg(goldstein) AS goldstein_mean
                  FROM pairs GROUP BY ALL)
              SELECT c.period, c.actor_id, n.name AS actor, c.events, c.goldstein_mean
              FROM counted c JOIN canonical_actors n ON n.canonical_id = c.actor_id ORDER BY c.period, c.actor_id"""
    return sql, match_params + params


def _open_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    from tidings.corpus.store.schema import StoreError

    if not path.is_file():
        raise StoreError(f"{path}: no such store")
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error as error:
        message = str(error).strip().splitlines()[0]
        raise StoreError(f"{path}: cannot open the store for reading (is a writer using it?): {message}") from None
