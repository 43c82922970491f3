"""GDELT 2.0 Events and Mentions tables from a store: the columns, names and order of GDELT's
codebook (`gdelt_events_columns.tsv`, `gdelt_mentions_columns.tsv`, which also say how tidings
fills each), one SQL expression per column.

An events row is a real-world event: a cluster of reports (`Store.update_clusters`; an event not
yet clustered stands alone), described by its first report, counted over all its reports. A
mentions row is one mention (trigger) of that event in one article."""

from __future__ import annotations

from functools import lru_cache

from tidings.corpus.filters import EventFilter, where
from tidings.knowledge import read_tsv

SQL_TYPES = {"INTEGER": "BIGINT", "FLOAT": "DOUBLE", "STRING": "VARCHAR"}

_DAY = {"SQLDATE": "'%Y%m%d'", "MonthYear": "'%Y%m'"}
_GEO_TYPE = """CASE WHEN e.place_name IS NULL THEN 0
    WHEN starts_with(e.place_feature_code, 'PCL') OR e.place_feature_code = 'TERR' THEN 1
    WHEN e.place_feature_code = 'ADM1' THEN CASE WHEN e.place_country = 'USA' THEN 2 ELSE 5 END
    WHEN e.place_country = 'USA' THEN 3 ELSE 4 END"""
_ADM1 = "cp.fips || coalesce(us.postal, '')"


def _actor(n: int) -> dict[str, str]:
    return {
        f"Actor{n}Code": f"e.actor{n}_code",
        f"Actor{n}Name": f"upper(e.actor{n}_name)",
        f"Actor{n}CountryCode": f"coalesce(p{n}.country, c{n}.cameo)",
        f"Actor{n}KnownGroupCode": f"p{n}.known_group",
        f"Actor{n}EthnicCode": "NULL",
        f"Actor{n}Religion1Code": "NULL",
        f"Actor{n}Religion2Code": "NULL",
        **{f"Actor{n}Type{t}Code": f"p{n}.type{t}" for t in (1, 2, 3)},
    }


def _actor_geo(n: int) -> dict[str, str]:
    return {
        f"Actor{n}Geo_Type": f"CASE WHEN c{n}.iso3 IS NULL THEN 0 ELSE 1 END",
        f"Actor{n}Geo_FullName": f"c{n}.name",
        f"Actor{n}Geo_CountryCode": f"c{n}.fips",
        f"Actor{n}Geo_ADM1Code": f"c{n}.fips",
        f"Actor{n}Geo_ADM2Code": "NULL",
        f"Actor{n}Geo_Lat": f"c{n}.lat",
        f"Actor{n}Geo_Long": f"c{n}.lon",
        f"Actor{n}Geo_FeatureID": f"c{n}.fips",
    }


EVENT_EXPRESSIONS = {
    "GLOBALEVENTID": "e.event_id",
    **{name: f"strftime(e.date, {pattern})" for name, pattern in _DAY.items()},
    "Year": "year(e.date)",
    "FractionDate": "round(year(e.date) + (month(e.date) * 30 + day(e.date)) / 365, 4)",
    **_actor(1),
    **_actor(2),
    "IsRootEvent": "CASE WHEN lines_before(a.text, e.spans[1].start) <= 1 THEN 1 ELSE 0 END",
    "EventCode": "e.cameo",
    "EventBaseCode": "left(e.cameo, 3)",
    "EventRootCode": "e.cameo_root",
    "QuadClass": "e.quad_class",
    "GoldsteinScale": "e.goldstein",
    "NumMentions": "k.mentions",
    "NumSources": "k.sources",
    "NumArticles": "k.articles",
    "AvgTone": "NULL",
    **_actor_geo(1),
    **_actor_geo(2),
    "ActionGeo_Type": _GEO_TYPE,
    "ActionGeo_FullName": f"""CASE ({_GEO_TYPE}) WHEN 0 THEN NULL WHEN 1 THEN coalesce(cp.name, e.place_name)
        WHEN 2 THEN concat_ws(', ', e.place_name, cp.name) WHEN 5 THEN concat_ws(', ', e.place_name, cp.name)
        ELSE concat_ws(', ', e.place_name, nullif(e.place_admin1, e.place_name), cp.name) END""",
    "ActionGeo_CountryCode": "cp.fips",
    "ActionGeo_ADM1Code": _ADM1,
    "ActionGeo_ADM2Code": "NULL",
    "ActionGeo_Lat": "e.place_lat",
    "ActionGeo_Long": "e.place_lon",
    "ActionGeo_FeatureID": f"CASE ({_GEO_TYPE}) WHEN 0 THEN NULL WHEN 1 THEN cp.fips WHEN 2 THEN {_ADM1} WHEN 5 THEN {_ADM1} ELSE e.place_geonameid::VARCHAR END",
    "DATEADDED": "strftime(a.added_at, '%Y%m%d%H%M%S')",
    "SOURCEURL": "coalesce(a.url, nullif(concat_ws(', ', a.outlet, a.title), ''), a.article_id)",
}

MENTION_EXPRESSIONS = {
    "GLOBALEVENTID": "r.event_id",
    "EventTimeDate": "strftime(ra.added_at, '%Y%m%d%H%M%S')",
    "MentionTimeDate": "strftime(a.added_at, '%Y%m%d%H%M%S')",
    "MentionType": "CASE WHEN a.url IS NULL THEN 2 ELSE 1 END",
    "MentionSourceName": "coalesce(a.domain, a.outlet)",
    "MentionIdentifier": "coalesce(a.url, nullif(concat_ws(', ', a.outlet, a.title), ''), a.article_id)",
    "SentenceID": "NULL",
    "Actor1CharOffset": "nearest(x1.spans, m.start_char)",
    "Actor2CharOffset": "nearest(x2.spans, m.start_char)",
    "ActionCharOffset": "m.start_char",
    "InRawText": "1",
    "Confidence": "round(e.confidence * 100)",
    "MentionDocLen": "length(a.text)",
    "MentionDocTone": "NULL",
    "MentionDocTranslationInfo": "NULL",
    "Extras": "NULL",
}

MACROS = (
    # complete non-empty lines of `txt` before character `pos`
    """CREATE OR REPLACE TEMP MACRO lines_before(txt, pos) AS
       len(list_filter(string_split(left(txt, pos), chr(10)),
           lambda line, i: i < len(string_split(left(txt, pos), chr(10))) AND trim(line) <> ''))""",
    # start of the span nearest character `pos`
    """CREATE OR REPLACE TEMP MACRO nearest(spans, pos) AS
       list_sort(list_transform(spans, lambda s: [abs(s.start - pos), s.start]))[1][2]""",
)


@lru_cache(maxsize=2)
def columns(table: str) -> tuple[tuple[str, str], ...]:
    """(name, GDELT type) of each column of GDELT's "events" or "mentions" table, in order."""
    return tuple((row["name"], row["type"]) for row in read_tsv(f"gdelt_{table}_columns.tsv"))


def events_sql(chosen: EventFilter) -> tuple[str, list]:
    """One row per chosen real-world event (its first report matches the filter), GDELT's columns."""
    clause, params = _chosen(chosen)
    sql = f"""WITH chosen AS (
                  SELECT e.event_id FROM events e WHERE coalesce(e.cluster_id, e.event_id) = e.event_id AND {clause}
              ), members AS (
                  SELECT coalesce(cluster_id, event_id) AS cluster_id, event_id, article_id FROM events
                  WHERE coalesce(cluster_id, event_id) IN (SELECT event_id FROM chosen)
              ), k AS (
                  SELECT m.cluster_id, count(DISTINCT m.article_id) AS articles,
                         count(DISTINCT coalesce(a.outlet, a.domain, a.article_id)) AS sources,
                         sum(coalesce(n.mentions, 0)) AS mentions
                  FROM members m JOIN articles a USING (article_id)
                  LEFT JOIN (SELECT event_id, count(*) AS mentions FROM event_mentions GROUP BY event_id) n USING (event_id)
                  GROUP BY m.cluster_id
              )
              SELECT {_select(EVENT_EXPRESSIONS, "events")}
              FROM events e JOIN k ON k.cluster_id = e.event_id JOIN articles a ON a.article_id = e.article_id
              LEFT JOIN gdelt_actor_codes p1 ON p1.code = e.actor1_code
              LEFT JOIN gdelt_actor_codes p2 ON p2.code = e.actor2_code
              LEFT JOIN gdelt_countries c1 ON c1.iso3 = e.actor1_country
              LEFT JOIN gdelt_countries c2 ON c2.iso3 = e.actor2_country
              LEFT JOIN gdelt_countries cp ON cp.iso3 = e.place_country
              LEFT JOIN gdelt_us_states us ON e.place_country = 'USA' AND us.name = e.place_admin1
              ORDER BY e.date NULLS LAST, e.event_id"""
    return sql, params


def mentions_sql(chosen: EventFilter) -> tuple[str, list]:
    """One row per mention of a chosen real-world event, GDELT's columns."""
    clause, params = _chosen(chosen)
    sql = f"""WITH chosen AS (
                  SELECT e.event_id FROM events e WHERE coalesce(e.cluster_id, e.event_id) = e.event_id AND {clause}
              ), second AS (
                  SELECT x.event_id, arg_min(x.actor_id, x.position) AS actor_id
                  FROM event_actors x JOIN events y USING (event_id)
                  WHERE x.role = 'target' AND x.canonical_id = y.actor2_id GROUP BY x.event_id
              )
              SELECT {_select(MENTION_EXPRESSIONS, "mentions")}
              FROM event_mentions m JOIN events e USING (event_id)
              JOIN events r ON r.event_id = coalesce(e.cluster_id, e.event_id)
              JOIN articles a ON a.article_id = m.article_id JOIN articles ra ON ra.article_id = r.article_id
              LEFT JOIN actors x1 ON x1.article_id = e.article_id AND x1.actor_id = e.sources[1]
              LEFT JOIN second s2 ON s2.event_id = e.event_id
              LEFT JOIN actors x2 ON x2.article_id = e.article_id AND x2.actor_id = s2.actor_id
              WHERE r.event_id IN (SELECT event_id FROM chosen)
              ORDER BY r.date NULLS LAST, r.event_id, a.published NULLS LAST, m.article_id, m.start_char"""
    return sql, params


def _chosen(events: EventFilter) -> tuple[str, list]:
    """The filter's WHERE clause over `events e`; GDELT has no polarity column, so its rows leave
    out negated events ("refused to condemn" is no condemnation) unless the filter asks for them."""
    clause, params = where(events)
    if events.polarity is None:
        clause += " AND e.polarity <> 'NEG'"
    return clause, params


def _select(expressions: dict[str, str], table: str) -> str:
    """The SELECT list in GDELT's order, each value cast to its GDELT type; text without tabs or
    line breaks, which would break the tab-separated rows."""
    names = [name for name, _ in columns(table)]
    if list(expressions) != names:
        raise RuntimeError(f"GDELT {table} expressions do not follow gdelt_{table}_columns.tsv")
    selected = []
    for name, kind in columns(table):
        value = f"CAST({expressions[name]} AS {SQL_TYPES[kind]})"
        if kind == "STRING":
            value = f"regexp_replace({value}, '[\\t\\r\\n]+', ' ', 'g')"
        selected.append(f'{value} AS "{name}"')
    return ",\n                     ".join(selected)
