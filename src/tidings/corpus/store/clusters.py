"""Clusters across articles: which stored events are reports of one real-world event.

The stored mentions are read in blocks that cannot link to one another, so the work grows with
the store, not with its square: articles by publication date, `window_days` at a time, each
window clustered together with the one before it, so reports up to `window_days` apart (and some
up to twice that) can join. `cluster` sees every mention of a block's articles, so it groups the
articles into stories and compares mentions within a story (its own blocking). Articles without a
date form one block. Links found in any block are closed transitively; an event with no stored
features is a cluster of its own.

Each cluster is named by its first report (earliest publication, then article id, then position
in the article): `cluster_id` is that event's id, so a cluster keeps its id while reports join it.

`update(..., new_only=True)` reclusters only what events not yet clustered (those of articles
stored since) can change, and gives the clusters a full update would. Their windows, and the one
on each side, hold every block that changed; every link found in a block that did not change
joins events of one old cluster. So the events not yet clustered and the old clusters with a
report in those windows (the scope) link to nothing outside the scope, and the blocks holding
a scope event, clustered again, give every link among them; the other events keep their clusters.
The cost grows with those windows and clusters, not with the store.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass

import duckdb
import pandas as pd

from tidings.corpus.cluster import ClusterSettings, EventMention, cluster
from tidings.corpus.store import features
from tidings.corpus.store.disagreements import PlaceRef, Report, disagreements, numbers

FETCH = 10_000  # mentions fetched per round trip
WINDOW = "(date_diff('day', DATE '0001-01-01', a.published) + 1) // $window_days"  # date.toordinal() // window_days; NULL undated
IN_WINDOWS = f"(({WINDOW}) IN (SELECT unnest($windows)) OR (a.published IS NULL AND $undated))"
SCOPED = "event_id IN (SELECT event_id FROM cluster_scope)"  # a condition on events in the scope


@dataclass(frozen=True)
class Scope:
    """What an update reclusters (the whole store where there is none): the events in the temporary
    table `cluster_scope`, and the blocks (named by their later window; None: undated) that hold one."""

    blocks: frozenset[int | None]


def update(connection: duckdb.DuckDBPyConnection, settings: ClusterSettings, window_days: int, new_only: bool = False) -> None:
    """Recluster every stored event, or with `new_only` those a full update could move (see
    above), and rewrite their rows of the clusters table, in one transaction."""
    if window_days < 1:
        raise ValueError(f"window_days must be at least 1, not {window_days}")
    connection.execute("BEGIN TRANSACTION")
    try:
        scope = _scope(connection, window_days) if new_only else None
        if not new_only or scope.blocks:
            _write_links(connection, _links(connection, settings, window_days, scope))
            _write_membership(connection, scope)
            _write_clusters(connection, scope)
            _write_disagreements(connection, scope)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _scope(connection: duckdb.DuckDBPyConnection, window_days: int) -> Scope:
    """The events not yet clustered and the old clusters with a report in their windows or the
    one on each side, into `cluster_scope`; the blocks holding any of them."""
    new = _windows(connection, window_days, "SELECT article_id FROM events WHERE cluster_id IS NULL")
    near = {window + step for window in new if window is not None for step in (-1, 0, 1)} | (new & {None})
    connection.execute(
        f"""CREATE OR REPLACE TEMP TABLE cluster_scope AS
            SELECT event_id FROM events WHERE cluster_id IS NULL OR cluster_id IN (
                SELECT e.cluster_id FROM events e JOIN articles a USING (article_id) WHERE {IN_WINDOWS})""",
        _window_parameters(window_days, near),
    )
    held = _windows(connection, window_days, f"SELECT article_id FROM events WHERE {SCOPED}")
    return Scope(frozenset(held | {window + 1 for window in held if window is not None}))


def _windows(connection: duckdb.DuckDBPyConnection, window_days: int, articles: str) -> set[int | None]:
    """The windows of the articles the query gives."""
    query = f"SELECT DISTINCT {WINDOW} FROM articles a WHERE article_id IN ({articles})"
    return {row[0] for row in connection.execute(query, {"window_days": window_days}).fetchall()}


def _window_parameters(window_days: int, windows: set[int | None]) -> dict:
    return {"window_days": window_days, "windows": sorted(w for w in windows if w is not None), "undated": None in windows}


def _links(connection: duckdb.DuckDBPyConnection, settings: ClusterSettings, window_days: int, scope: Scope | None) -> Iterator[tuple[int, int]]:
    """(event id, the id of an event it is linked to) for every clustered event (of the scope)."""
    parameters: dict = {"window_days": window_days}
    where = ""
    if scope is not None:  # the blocks' windows
        parameters = _window_parameters(window_days, scope.blocks | {w - 1 for w in scope.blocks if w is not None})
        where = f"WHERE {IN_WINDOWS}"
        scoped = {row[0] for row in connection.execute("SELECT event_id FROM cluster_scope").fetchall()}
    result = connection.execute(
        f"""SELECT {WINDOW}, f.event_id, f.article_id, f.start_char, f.end_char, f.trigger,
                  f.arguments, c.context, f.extra
           FROM event_features f JOIN articles a USING (article_id)
           LEFT JOIN article_features c ON c.article_id = f.article_id {where}
           ORDER BY a.published NULLS LAST, f.article_id, f.start_char, f.event_id""",
        parameters,
    )
    parent: dict[int, int] = {}
    for window, block in _blocks(_stream(result)):
        if scope is not None and window not in scope.blocks:
            continue
        events = [row[1] for row in block]
        mentions = [_mention(row) for row in block]
        first_of_label: dict[int, int] = {}
        for event, label in zip(events, cluster(mentions, settings)):
            if scope is None or event in scoped:
                _union(parent, first_of_label.setdefault(label, event), event)
    yield from ((event, _find(parent, event)) for event in parent)


def _write_links(connection: duckdb.DuckDBPyConnection, links: Iterator[tuple[int, int]]) -> None:
    """The links into a temporary table, a batch at a time (the query feeding them still open)."""
    batches = []
    while batch := list(itertools.islice(links, FETCH * 10)):
        batches.append(pd.DataFrame(batch, columns=["event_id", "root"]))
    connection.execute("CREATE OR REPLACE TEMP TABLE cluster_links (event_id BIGINT, root BIGINT)")
    for batch in batches:
        connection.execute("INSERT INTO cluster_links SELECT * FROM batch")


def _stream(result: duckdb.DuckDBPyConnection) -> Iterator[tuple]:
    while rows := result.fetchmany(FETCH):
        yield from rows


def _blocks(rows: Iterator[tuple]) -> Iterator[tuple[int | None, list[tuple]]]:
    """Each window of publication dates (the rows' first column) joined with the window before
    it (when that one had mentions), named by the window; the mentions of undated articles as
    one block, named None."""
    previous: list[tuple] = []
    previous_window = None
    for window, window_rows in itertools.groupby(rows, key=lambda row: row[0]):
        current = list(window_rows)
        adjacent = window is not None and previous_window is not None and window - previous_window == 1
        yield window, (previous + current) if adjacent else current
        previous, previous_window = current, window


def _mention(row: tuple) -> EventMention:
    _, _, article_id, start, end, trigger, arguments, context, extra = row
    return features.decode(article_id, start, end, trigger, arguments, context, extra)


def _find(parent: dict[int, int], item: int) -> int:
    parent.setdefault(item, item)
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _union(parent: dict[int, int], a: int, b: int) -> None:
    root_a, root_b = _find(parent, a), _find(parent, b)
    if root_a != root_b:
        parent[max(root_a, root_b)] = min(root_a, root_b)


def _only(scope: Scope | None, table: str) -> str:
    """A condition keeping the table's events in the scope, if any."""
    return f"{table}.{SCOPED}" if scope is not None else "TRUE"


def _write_membership(connection: duckdb.DuckDBPyConnection, scope: Scope | None) -> None:
    connection.execute(
        f"""CREATE OR REPLACE TEMP TABLE membership AS
           SELECT e.event_id,
                  first(e.event_id ORDER BY a.published NULLS LAST, e.article_id, e.position)
                      OVER (PARTITION BY coalesce(l.root, e.event_id)) AS cluster_id
           FROM events e JOIN articles a USING (article_id) LEFT JOIN cluster_links l USING (event_id)
           WHERE {_only(scope, "e")}"""
    )
    connection.execute(
        """UPDATE events SET cluster_id = m.cluster_id FROM membership m
           WHERE events.event_id = m.event_id AND events.cluster_id IS DISTINCT FROM m.cluster_id"""
    )


def _write_clusters(connection: duckdb.DuckDBPyConnection, scope: Scope | None) -> None:
    # a cluster is named by one of its events: those of the scope name its old clusters and its new
    connection.execute(f"DELETE FROM clusters WHERE {_only(scope, 'clusters')}")
    connection.execute(
        f"""INSERT INTO clusters
           SELECT e.cluster_id, e.cluster_id, count(*), sum(coalesce(m.mentions, 0)),
                  count(DISTINCT e.article_id), count(DISTINCT coalesce(a.outlet, a.domain, a.article_id)),
                  min(a.published), max(a.published), any_value(e.date) FILTER (WHERE e.event_id = e.cluster_id),
                  [], [], []
           FROM events e JOIN articles a USING (article_id)
           LEFT JOIN (SELECT event_id, count(*) AS mentions FROM event_mentions WHERE {_only(scope, "event_mentions")} GROUP BY event_id) m USING (event_id)
           WHERE {_only(scope, "e")}
           GROUP BY e.cluster_id"""
    )


def _write_disagreements(connection: duckdb.DuckDBPyConnection, scope: Scope | None) -> None:
    """Days, places and numbers disputed within each cluster that more than one article reports."""
    result = connection.execute(
        f"""WITH members AS (
               SELECT e.* FROM events e JOIN clusters c ON c.cluster_id = e.cluster_id AND c.articles > 1
               WHERE {_only(scope, "e")}
           ), time_spans AS (
               SELECT article_id, flatten(list(spans)) AS spans FROM times
               WHERE article_id IN (SELECT article_id FROM members) GROUP BY article_id
           )
           SELECT e.cluster_id, e.article_id, t.value, t.precision, e.date_from, e.place_basis,
                  p.name, p.geonameid, p.feature_class, p.country, p.admin1, e.sentence, s.spans
           FROM members e
           LEFT JOIN times t ON t.article_id = e.article_id AND t.time_id = e."when"
           LEFT JOIN places p ON p.article_id = e.article_id AND p.place_id = e.place
           LEFT JOIN time_spans s ON s.article_id = e.article_id
           ORDER BY e.cluster_id, e.article_id, e.position"""
    )
    found = []
    for cluster_id, rows in itertools.groupby(_stream(result), key=lambda row: row[0]):
        days, places, counted = disagreements([_report(row) for row in rows])
        if days or places or counted:
            found.append({"cluster_id": cluster_id, "days": days, "places": places, "numbers": json.dumps(counted)})
    if not found:
        return
    disputed = pd.DataFrame(found)  # noqa: F841 (read by the SQL below)
    connection.execute(
        """UPDATE clusters SET disagree_dates = d.days, disagree_places = d.places,
               disagree_numbers = CAST(d.numbers AS JSON)::STRUCT(noun VARCHAR, "values" DOUBLE[])[]
           FROM disputed d WHERE clusters.cluster_id = d.cluster_id"""
    )


def _report(row: tuple) -> Report:
    _, article_id, value, precision, date_from, place_basis, name, geonameid, feature_class, country, admin1, sentence, spans = row
    day = value[:10] if precision in ("day", "time") and date_from == "text" else None
    own_place = place_basis in (None, "text")  # a place only the article or dateline gives disputes nothing
    place = PlaceRef(name, geonameid, feature_class, country, admin1) if name and own_place else None
    counted = {}
    if sentence:
        skip = [(s["start"] - sentence["start"], s["end"] - sentence["start"]) for s in spans or ()]
        counted = numbers(sentence["text"], skip)
    return Report(article_id, day, place, counted)
