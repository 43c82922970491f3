"""Records read back from the store's tables: `Record` in, the same `Record` out."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

import duckdb

from tidings.model import Actor, Article, Event, Factuality, Place, Quote, Record, Span, When

BATCH = 500  # articles read per round of queries

_ITEMS = {  # table: (its local id column, the model it holds)
    "actors": ("actor_id", Actor),
    "places": ("place_id", Place),
    "times": ("time_id", When),
    "quotes": ("quote_id", Quote),
}
_RENAMED = {"begin_date": "begin", "end_date": "end"}  # time columns named apart from SQL words
_EVENT_COLUMNS = (
    "cameo", "cameo_root", "quad_class", "goldstein", "plover", "plover_mode", "plover_context", "trigger",
    "sources", "targets", "place", "when", "place_basis", "when_basis", "sentence", "confidence", "spans",
)
_FACTUALITY_COLUMNS = ("certainty", "polarity", "time", "attributed_to", "cues")


def read_records(connection: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> Iterator[Record]:
    """The stored records of these articles, in the order given (ids not stored are skipped)."""
    for first in range(0, len(article_ids), BATCH):
        batch = list(article_ids[first : first + BATCH])
        articles = {row["article_id"]: row for row in _rows(connection, "articles", batch)}
        items = {table: _grouped(connection, table, batch) for table in (*_ITEMS, "events", "event_mentions")}
        mentions = defaultdict(list)
        for row in items.pop("event_mentions").values():
            for mention in row:
                mentions[mention["event_id"]].append(Span(start=mention["start_char"], end=mention["end_char"], text=mention["text"]))
        for article_id in batch:
            if article_id in articles:
                yield _record(articles[article_id], {t: rows.get(article_id, []) for t, rows in items.items()}, mentions)


def _record(article: dict, items: dict[str, list[dict]], mentions: dict[int, list[Span]]) -> Record:
    fields = {
        table: [model(id=row[key], **_model_fields(row, model)) for row in items[table]]
        for table, (key, model) in _ITEMS.items()
    }
    events = [
        Event(
            id=row["local_id"],
            **{column: row[column] for column in _EVENT_COLUMNS},
            mentions=mentions.get(row["event_id"], []),
            factuality=Factuality(**{column: row[column] for column in _FACTUALITY_COLUMNS}),
        )
        for row in items["events"]
    ]
    return Record(
        article=Article(id=article["article_id"], **{f: article[f] for f in Article.model_fields if f != "id"}),
        events=events,
        version=article["version"],
        **fields,
    )


def _model_fields(row: dict, model: type) -> dict:
    renamed = {_RENAMED.get(column, column): value for column, value in row.items()}
    return {name: renamed[name] for name in model.model_fields if name != "id"}


def _rows(connection: duckdb.DuckDBPyConnection, table: str, article_ids: list[str]) -> list[dict]:
    order = ", position" if table != "articles" else ""
    result = connection.execute(
        f"SELECT * FROM {table} WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id{order}", [article_ids]
    )
    names = [column[0] for column in result.description]
    return [dict(zip(names, values)) for values in result.fetchall()]


def _grouped(connection: duckdb.DuckDBPyConnection, table: str, article_ids: list[str]) -> dict[str, list[dict]]:
    grouped = defaultdict(list)
    for row in _rows(connection, table, article_ids):
        grouped[row["article_id"]].append(row)
    return grouped
