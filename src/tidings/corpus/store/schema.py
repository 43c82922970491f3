"""The store's tables, as numbered migrations: a new file gets them all, an older file the ones it
lacks, each in its own transaction, and `schema_version` records every step.

Tables (one row per ...):
- articles: article, with `source` (where it was ingested from) and `domain` (the URL's host)
- actors, places, times, quotes: item of an article, keyed (article_id, local id), with spans
- canonical_actors: canonical actor id, named as first seen
- events: event of an article, with a global `event_id`, the model's fields, and for queries the
  event's date, its first source and target (actor1/actor2, as GDELT has them) and its place
- event_actors: (event, source or target actor); event_mentions: mention of an event (its trigger)
- event_features, article_features: what clustering reads (`EventMention`; the article's keys once)
- clusters: a real-world event (the events of all articles that report it), with corroboration and
  the details its reports disagree on; `events.cluster_id` says which cluster an event is in
- errors: an article that could not be read or stored, with its source and reason
- actor_months (v2): events per month, actor (canonical id, CAMEO code or '') and CAMEO root
- times.mod (v3): the TIMEX3 mod of a time ("the end of the month": END)
- indexes (v4): events and event_actors by event id
- quotes.kind (v5): what a quote reports: speech, attitude or intention
- events.place_basis, events.when_basis (v6): what says the event's place and time are its own
  (`model.Basis`: text, sentence, dateline, article, published); NULL in rows stored before v6
"""

from __future__ import annotations

import duckdb

SPAN = 'STRUCT(start INTEGER, "end" INTEGER, text VARCHAR)'

V1 = f"""
CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL);
CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY,
    url VARCHAR, outlet VARCHAR, domain VARCHAR, title VARCHAR, published DATE,
    language VARCHAR NOT NULL, text VARCHAR NOT NULL, version VARCHAR NOT NULL,
    source VARCHAR, added_at TIMESTAMP NOT NULL
);
CREATE TABLE actors (
    article_id VARCHAR NOT NULL, position INTEGER NOT NULL, actor_id VARCHAR NOT NULL,
    canonical_id VARCHAR NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,
    cameo VARCHAR, country VARCHAR, role VARCHAR, known BOOLEAN NOT NULL, spans {SPAN}[] NOT NULL
);
CREATE TABLE canonical_actors (
    canonical_id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,
    country VARCHAR, known BOOLEAN NOT NULL
);
CREATE TABLE places (
    article_id VARCHAR NOT NULL, position INTEGER NOT NULL, place_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL, geonameid BIGINT, lat DOUBLE, lon DOUBLE, feature_class VARCHAR,
    feature_code VARCHAR, country VARCHAR, admin1 VARCHAR, spans {SPAN}[] NOT NULL
);
CREATE TABLE times (
    article_id VARCHAR NOT NULL, position INTEGER NOT NULL, time_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL, value VARCHAR NOT NULL, precision VARCHAR NOT NULL,
    begin_date DATE, end_date DATE, spans {SPAN}[] NOT NULL
);
CREATE TABLE quotes (
    article_id VARCHAR NOT NULL, position INTEGER NOT NULL, quote_id VARCHAR NOT NULL,
    content VARCHAR NOT NULL, direct BOOLEAN NOT NULL, speaker VARCHAR, speaker_span {SPAN},
    cue VARCHAR, cue_span {SPAN}, via VARCHAR, via_span {SPAN}, spans {SPAN}[] NOT NULL
);
CREATE TABLE events (
    event_id BIGINT NOT NULL, article_id VARCHAR NOT NULL, position INTEGER NOT NULL,
    local_id VARCHAR NOT NULL, cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL,
    quad_class TINYINT NOT NULL, goldstein DOUBLE NOT NULL, plover VARCHAR, plover_mode VARCHAR,
    plover_context VARCHAR[] NOT NULL, trigger VARCHAR NOT NULL, sources VARCHAR[] NOT NULL,
    targets VARCHAR[] NOT NULL, place VARCHAR, "when" VARCHAR, sentence {SPAN},
    confidence DOUBLE NOT NULL, certainty VARCHAR NOT NULL, polarity VARCHAR NOT NULL,
    time VARCHAR NOT NULL, attributed_to VARCHAR, cues {SPAN}[] NOT NULL, spans {SPAN}[] NOT NULL,
    date DATE, date_from VARCHAR,
    actor1_id VARCHAR, actor1_code VARCHAR, actor1_name VARCHAR, actor1_country VARCHAR,
    actor2_id VARCHAR, actor2_code VARCHAR, actor2_name VARCHAR, actor2_country VARCHAR,
    place_name VARCHAR, place_geonameid BIGINT, place_lat DOUBLE, place_lon DOUBLE,
    place_feature_class VARCHAR, place_feature_code VARCHAR, place_country VARCHAR,
    place_admin1 VARCHAR,
    cluster_id BIGINT
);
CREATE TABLE event_actors (
    event_id BIGINT NOT NULL, article_id VARCHAR NOT NULL, role VARCHAR NOT NULL,
    position INTEGER NOT NULL, actor_id VARCHAR NOT NULL, canonical_id VARCHAR NOT NULL,
    code VARCHAR, name VARCHAR NOT NULL, country VARCHAR, date DATE
);
CREATE TABLE event_mentions (
    event_id BIGINT NOT NULL, article_id VARCHAR NOT NULL, position INTEGER NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR NOT NULL
);
CREATE TABLE event_features (
    event_id BIGINT NOT NULL, article_id VARCHAR NOT NULL, start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL, trigger VARCHAR NOT NULL, arguments VARCHAR[] NOT NULL,
    extra VARCHAR NOT NULL
);
CREATE TABLE article_features (article_id VARCHAR PRIMARY KEY, context VARCHAR[] NOT NULL);
CREATE TABLE clusters (
    cluster_id BIGINT PRIMARY KEY, event_id BIGINT NOT NULL, events INTEGER NOT NULL,
    mentions INTEGER NOT NULL, articles INTEGER NOT NULL, sources INTEGER NOT NULL,
    first_published DATE, last_published DATE, date DATE,
    disagree_dates VARCHAR[] NOT NULL, disagree_places VARCHAR[] NOT NULL,
    disagree_numbers STRUCT(noun VARCHAR, "values" DOUBLE[])[] NOT NULL
);
CREATE VIEW cluster_members AS
    SELECT cluster_id, event_id, article_id FROM events WHERE cluster_id IS NOT NULL;
CREATE TABLE errors (
    source VARCHAR NOT NULL, reason VARCHAR NOT NULL, article_id VARCHAR, logged_at TIMESTAMP NOT NULL
);
"""

# Monthly event counts per actor, kept up to date by every add: actor x month counts read this
# table, not the events (an event counts once for each distinct actor taking part). Written in
# code order, so a query for one code's actors reads only their part (Store.optimize restores it).
ACTOR_MONTHS = """
INSERT INTO actor_months
SELECT month, canonical_id, code, cameo_root, count(*), sum(goldstein) FROM (
    SELECT a.event_id, a.canonical_id, date_trunc('month', any_value(a.date))::DATE AS month,
           coalesce(first(a.code ORDER BY a.role, a.position), '') AS code,
           any_value(e.cameo_root) AS cameo_root, any_value(e.goldstein) AS goldstein
    FROM event_actors a JOIN events e USING (event_id)
    WHERE a.date IS NOT NULL
    GROUP BY a.event_id, a.canonical_id
)
GROUP BY month, canonical_id, code, cameo_root
ORDER BY code, canonical_id, month, cameo_root
"""

V2 = f"""
CREATE TABLE actor_months (
    month DATE NOT NULL, canonical_id VARCHAR NOT NULL, code VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL,
    events BIGINT NOT NULL, goldstein_sum DOUBLE NOT NULL,
    PRIMARY KEY (month, canonical_id, code, cameo_root)
);
{ACTOR_MONTHS};
"""

V3 = "ALTER TABLE times ADD COLUMN mod VARCHAR;"  # When.mod: "early May" EARLY, "about a week ago" APPROX

# Events by id: a page of the event list, one event, and an event's sources and targets are
# looked up in the index, not found by scanning every event (the API's per-request cost at 1M events)
V4 = """
CREATE INDEX events_by_id ON events (event_id);
CREATE INDEX event_actors_by_event ON event_actors (event_id);
"""

# Quotes say what they report: speech, an attitude or an intention (earlier rows were speech).
V5 = """
ALTER TABLE quotes ADD COLUMN kind VARCHAR NOT NULL DEFAULT 'speech';
"""

# Events say what gives their place and date (model.Basis); NULL in rows stored before.
V6 = """
ALTER TABLE events ADD COLUMN place_basis VARCHAR;
ALTER TABLE events ADD COLUMN when_basis VARCHAR;
"""

# Quotes say which quote's words hold them (speech nested in a quotation); NULL in rows stored before.
V7 = "ALTER TABLE quotes ADD COLUMN within VARCHAR;"

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5, V6, V7)
VERSION = len(MIGRATIONS)


class StoreError(RuntimeError):
    """A store that cannot be opened or written (one line naming the problem)."""


class SchemaError(StoreError):
    """A store whose schema this version of tidings cannot use."""


def version(connection: duckdb.DuckDBPyConnection) -> int:
    """The file's schema version: 0 for an empty file."""
    tables = connection.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND table_name = 'schema_version'"
    ).fetchall()[0][0]
    if not tables:
        return 0
    return connection.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]


def check(found: int, name: str) -> None:
    """Refuse a file written by a newer tidings."""
    if found > VERSION:
        raise SchemaError(
            f"{name}: store schema version {found} is newer than this tidings understands ({VERSION}); upgrade tidings"
        )


def migrate(connection: duckdb.DuckDBPyConnection, name: str, upto: int = VERSION) -> int:
    """Bring the file to schema version `upto` (the latest by default); returns the version found."""
    found = version(connection)
    check(found, name)
    for number in range(found + 1, upto + 1):
        connection.execute("BEGIN TRANSACTION")
        try:
            connection.execute(MIGRATIONS[number - 1])
            connection.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [number])
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return found
