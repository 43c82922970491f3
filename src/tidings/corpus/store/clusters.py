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
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator

import duckdb
import pandas as pd

from tidings.corpus.cluster import ClusterSettings, EventMention, cluster
from tidings.corpus.store import features
from tidings.corpus.store.disagreements import PlaceRef, Report, disagreements, numbers

FETCH = 10_000  # mentions fetched per round trip


def update(connection: duckdb.DuckDBPyConnection, settings: ClusterSettings, window_days: int) -> None:
    """Recluster every stored event and rewrite the clusters table, in one transaction."""
    if window_days < 1:
        raise ValueError(f"window_days must be at least 1, not {window_days}")
    connection.execute("BEGIN TRANSACTION")
    try:
        _write_links(connection, _links(connection, settings, window_days))
        _write_membership(connection)
        _write_clusters(connection)
        _write_disagreements(connection)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _links(connection: duckdb.DuckDBPyConnection, settings: ClusterSettings, window_days: int) -> Iterator[tuple[int, int]]:
    """(event id, the id of an event it is linked to) for every clustered event."""
    result = connection.execute(
        """SELECT a.published, f.event_id, f.article_id, f.start_char, f.end_char, f.trigger,
                  f.arguments, c.context, f.extra
           FROM event_features f JOIN articles a USING (article_id)
           LEFT JOIN article_features c ON c.article_id = f.article_id
           ORDER BY a.published NULLS LAST, f.article_id, f.start_char, f.event_id"""
    )
    parent: dict[int, int] = {}
    for block in _blocks(_stream(result), window_days):
        events = [row[1] for row in block]
        mentions = [_mention(row) for row in block]
        first_of_label: dict[int, int] = {}
        for event, label in zip(events, cluster(mentions, settings)):
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


def _blocks(rows: Iterator[tuple], window_days: int) -> Iterator[list[tuple]]:
    """Each window of publication dates joined with the window before it (when that one had
    mentions); the mentions of undated articles as one block."""
    previous: list[tuple] = []
    previous_window = None
    for window, window_rows in itertools.groupby(rows, key=lambda row: row[0].toordinal() // window_days if row[0] else None):
        current = list(window_rows)
        adjacent = window is not None and previous_window is not None and window - previous_window == 1
        yield (previous + current) if adjacent else current
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


def _write_membership(connection: duckdb.DuckDBPyConnection) -> None:
    connection.execute(
        """CREATE OR REPLACE TEMP TABLE membership AS
           SELECT e.event_id,
                  first(e.event_id ORDER BY a.published NULLS LAST, e.article_id, e.position)
                      OVER (PARTITION BY coalesce(l.root, e.event_id)) AS cluster_id
           FROM events e JOIN articles a USING (article_id) LEFT JOIN cluster_links l USING (event_id)"""
    )
    connection.execute(
        """UPDATE events SET cluster_id = m.cluster_id FROM membership m
           WHERE events.event_id = m.event_id AND events.cluster_id IS DISTINCT FROM m.cluster_id"""
    )


def _write_clusters(connection: duckdb.DuckDBPyConnection) -> None:
    connection.execute("DELETE FROM clusters")
    connection.execute(
        """INSERT INTO clusters
           SELECT e.cluster_id, e.cluster_id, count(*), sum(coalesce(m.mentions, 0)),
                  count(DISTINCT e.article_id), count(DISTINCT coalesce(a.outlet, a.domain, a.article_id)),
                  min(a.published), max(a.published), any_value(e.date) FILTER (WHERE e.event_id = e.cluster_id),
                  [], [], []
           FROM events e JOIN articles a USING (article_id)
           LEFT JOIN (SELECT event_id, count(*) AS mentions FROM event_mentions GROUP BY event_id) m USING (event_id)
           GROUP BY e.cluster_id"""
    )


def _write_disagreements(connection: duckdb.DuckDBPyConnection) -> None:
    """Days, places and numbers disputed within each cluster that more than one article reports."""
    result = connection.execute(
        """WITH members AS (
               SELECT e.* FROM events e JOIN clusters c ON c.cluster_id = e.cluster_id AND c.articles > 1
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
