"""Ingest: every entry ends in the store, as a record with its event mentions or as an error
row with its source and reason; a rerun adds nothing, an interrupted one goes on; and `tidings
ingest`, `watch` and `read` over many sources. The store is the real DuckDB one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from local_server import server  # noqa: F401 (a fixture)
from made_sources import ARTICLES, EMPTY_PAGE, page, rss, warc_record
from tidings.cli import main
from stored_rows import query, rows as stored_rows
from tidings.corpus.ingest import BATCH, LocalEngine, Tally, ingest
from tidings.corpus.store import Store
from tidings.corpus.readers import Politeness, ReadOptions
from tidings.corpus.watch import Watcher
from tidings.model import text_id
from tidings.pipeline import Pipeline

FAST = ReadOptions(politeness=Politeness(timeout=0.3, retries=0, backoff=0.0, delay=0.0))


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "store.duckdb"


def run_ingest(sources, db: Path, pipeline: Pipeline, options: ReadOptions = FAST) -> Tally:
    store = Store(db)
    try:
        return ingest([str(s) for s in sources], store, LocalEngine(pipeline), options)
    finally:
        store.close()


def write_articles(folder: Path, texts) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for number, text in enumerate(texts):
        paths.append(folder / f"{number:04}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def test_each_article_is_stored_with_its_event_mentions_and_its_source(tmp_path, db, pipeline):
    [path] = write_articles(tmp_path / "news", ARTICLES[:1])
    tally = run_ingest([path], db, pipeline)
    assert query(db, "SELECT article_id, source FROM articles") == [(text_id(ARTICLES[0]), str(path))]
    triggers = query(db, 'SELECT spans[1].start, spans[1]."end" FROM events')
    assert triggers and query(db, "SELECT start_char, end_char FROM event_features") == triggers
    assert (tally.entries, tally.stored, tally.errors) == (1, 1, 0)


def test_each_unreadable_entry_is_an_error_row_with_its_source_and_reason(tmp_path, db, pipeline):
    folder = tmp_path / "news"
    write_articles(folder, ["", ARTICLES[1]])
    (folder / "page.html").write_text(EMPTY_PAGE)
    run_ingest([folder, tmp_path / "missing.txt"], db, pipeline)
    assert query(db, "SELECT source, reason, article_id FROM errors") == sorted([
        (str(folder / "0000.txt"), "empty text", None),
        (str(folder / "page.html"), "no article text in the page", None),
        (str(tmp_path / "missing.txt"), "no such file or folder", None),
    ])
    assert len(stored_rows(db)["articles"]) == 1


def test_an_article_a_component_fails_on_is_an_error_row_with_its_id(tmp_path, db):
    [path] = write_articles(tmp_path / "news", ARTICLES[:1])
    run_ingest([path], db, Pipeline(components=("test_broken",)))
    assert query(db, "SELECT source, reason, article_id FROM errors") == [(str(path), "test_broken failed: ZeroDivisionError: broken on purpose", text_id(ARTICLES[0]))]


def test_a_rerun_stores_nothing_twice(tmp_path, db, pipeline):
    paths = write_articles(tmp_path / "news", ARTICLES)
    run_ingest(paths, db, pipeline)
    before = stored_rows(db)
    again = run_ingest(paths, db, pipeline)
    assert (again.stored, again.already_stored) == (0, len(ARTICLES))
    assert stored_rows(db) == before


def test_one_article_from_two_sources_is_stored_once(tmp_path, db, pipeline):
    [text_file] = write_articles(tmp_path / "news", ARTICLES[:1])
    lines = tmp_path / "same.jsonl"
    lines.write_text(json.dumps({"text": ARTICLES[0]}) + "\n")
    tally = run_ingest([text_file, lines], db, pipeline)
    assert (tally.stored, tally.already_stored) == (1, 1)


def test_clusters_are_updated_once_the_articles_are_stored(tmp_path, db, pipeline):
    run_ingest(write_articles(tmp_path / "news", ARTICLES[:2]), db, pipeline)
    assert query(db, "SELECT count(*) FROM events WHERE cluster_id IS NULL") == [(0,)]
    assert query(db, "SELECT count(*) > 0 FROM clusters") == [(True,)]


def tidings(*args: str, loud: bool = False, **kwargs) -> subprocess.Popen:
    """`tidings ARGS` in a process of its own; `loud`: it prints a line for each article stored."""
    announce = (
        "from tidings.corpus.store import Store; add_many = Store.add_many; "
        "Store.add_many = lambda self, items: (added := add_many(self, items), print('stored\\n' * sum(added), end='', flush=True))[0]; "
    ) if loud else ""
    code = announce + "from tidings.cli import main; main()"
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


@pytest.mark.e2e
def test_an_ingest_killed_halfway_and_run_again_stores_each_article_exactly_once(tmp_path, db):
    from tidings.bench.texts import article

    texts = [article(60, seed=n) for n in range(2 * BATCH)]
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    process = tidings("ingest", str(corpus), "--db", str(db), loud=True)
    stored = 0
    for line in process.stdout:
        stored += line.startswith(b"stored")
        if stored >= len(texts) // 2:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    rerun = tidings("ingest", str(corpus), "--db", str(db))
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    summary = json.loads(out.decode().splitlines()[-1])
    assert summary["already_stored"] >= len(texts) // 2 and summary["stored"] + summary["already_stored"] == len(texts)
    assert query(db, "SELECT article_id FROM articles") == sorted((text_id(t),) for t in texts)


def hostile_batch(folder: Path, server) -> tuple[list[str], dict[str, int], int]:
    """1,000 inputs, nearly all of them bad: (sources, failures expected per reason, articles)."""
    from tidings.checks import MAX_CHARS

    folder.mkdir()
    kinds = {
        "empty text": (300, ".txt", lambda n: b""),
        "binary data": (200, ".bin", lambda n: b"\x00\x01\x02PK\x03\x04" + bytes(range(256)) * 4),
        "not valid UTF-8": (200, ".txt", lambda n: f"Caf\u00e9 {n} owners met the mayor.".encode("latin-1")),
        "no article text in the page": (150, ".html", lambda n: EMPTY_PAGE.encode()),
        "truncated record": (98, ".warc", lambda n: warc_record(f"https://example.org/{n}", page(ARTICLES[0]).encode())[:-80]),
    }
    for reason, (count, ending, make) in kinds.items():
        for n in range(count):
            (folder / f"{reason[:5]}-{n:03}{ending}").write_bytes(make(n))
    (folder / "huge.txt").write_bytes(b"Rain fell on the city. " * (20 * 1024 * 1024 // 23))
    write_articles(folder / "good", ARTICLES[:2])
    links = [server.route(f"/broken/{n}", "oops", status=500) for n in range(48)]
    feed = folder / "broken.rss"
    feed.write_text(rss([(f"Item {n}", link, "") for n, link in enumerate(links)]))
    slow_feed = server.route("/slow.rss", rss([]), delay=3.0)
    expected = {reason: count for reason, (count, _, _) in kinds.items()}
    expected |= {"too long": 1, "HTTP 500": 48, "timed out": 1}
    sources = [str(folder), slow_feed]
    assert sum(expected.values()) + 2 == 1_000  # 998 failures and 2 articles
    return sources, expected, 2


def test_a_batch_of_a_thousand_hostile_inputs_completes_with_each_failure_an_error_row(tmp_path, db, pipeline, server):
    sources, expected, articles = hostile_batch(tmp_path / "hostile", server)
    tally = run_ingest(sources, db, pipeline)
    reasons = [why for (why,) in query(db, "SELECT reason FROM errors")]
    assert {reason: sum(1 for why in reasons if reason in why) for reason in expected} == expected
    assert len(reasons) == sum(expected.values()) == tally.errors
    assert query(db, "SELECT count(*) FROM articles") == [(articles,)]


def test_ingest_prints_a_json_summary_last(tmp_path, db, pipeline, monkeypatch):
    monkeypatch.setattr("tidings.pipeline.Pipeline", lambda strict=False: pipeline)
    paths = write_articles(tmp_path / "news", [ARTICLES[0], ""])
    result = CliRunner().invoke(main, ["ingest", *map(str, paths), "--db", str(db)])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.splitlines()[-1])
    assert {k: summary[k] for k in ("entries", "stored", "already_stored", "errors")} == {"entries": 2, "stored": 1, "already_stored": 0, "errors": 1}


def test_a_store_that_cannot_be_opened_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["ingest", "x.txt", "--db", str(tmp_path / "no" / "such" / "folder" / "db")])
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "cannot open the store" in result.stderr


# watch


def test_watch_fetches_only_new_items_and_asks_for_the_feed_conditionally(tmp_path, db, pipeline, server):
    first = server.route("/news/1", page(ARTICLES[0]))
    feed = server.route("/feed.rss", rss([("One", first, "")]), etag='"v1"', headers={"Content-Type": "application/rss+xml"})
    store = Store(db)
    watcher = Watcher([feed], store, LocalEngine(pipeline), tmp_path / "feeds.json", FAST.politeness)
    watcher.poll()
    watcher.poll()  # unchanged: 304, nothing fetched
    second = server.route("/news/2", page(ARTICLES[1]))
    server.route("/feed.rss", rss([("Two", second, ""), ("One", first, "")]), etag='"v2"', headers={"Content-Type": "application/rss+xml"})
    watcher.poll()
    watcher.close()
    store.close()
    assert [p for p in server.paths() if p != "/robots.txt"] == ["/feed.rss", "/news/1", "/feed.rss", "/feed.rss", "/news/2"]
    assert len(stored_rows(db)["articles"]) == 2


def test_a_restarted_watch_remembers_the_items_it_has_seen(tmp_path, db, pipeline, server):
    link = server.route("/news/1", page(ARTICLES[0]))
    feed = server.route("/feed.rss", rss([("One", link, "")]), headers={"Content-Type": "application/rss+xml"})
    for _ in range(2):
        store = Store(db)
        watcher = Watcher([feed], store, LocalEngine(pipeline), tmp_path / "feeds.json", FAST.politeness)
        watcher.poll()
        watcher.close()
        store.close()
    assert server.paths().count("/news/1") == 1


def test_tidings_watch_polls_on_a_short_interval_and_stops_after_its_polls(tmp_path, db, pipeline, server, monkeypatch):
    monkeypatch.setattr("tidings.pipeline.Pipeline", lambda strict=False: pipeline)
    link = server.route("/news/1", page(ARTICLES[0]))
    feed = server.route("/feed.rss", rss([("One", link, "")]), headers={"Content-Type": "application/rss+xml"})
    result = CliRunner().invoke(main, ["watch", feed, "--db", str(db), "--every", "0.1s", "--polls", "3", "--delay", "0"])
    assert result.exit_code == 0, result.output
    assert server.paths().count("/feed.rss") == 3 and server.paths().count("/news/1") == 1
    assert Path(f"{db}.feeds.json").exists()


def test_a_bad_interval_is_a_usage_error(db):
    result = CliRunner().invoke(main, ["watch", "feed.rss", "--db", str(db), "--every", "soon"])
    assert result.exit_code == 2 and "not a duration" in result.stderr


# tidings read, several sources


@pytest.fixture
def session_pipeline(monkeypatch, pipeline):
    monkeypatch.setattr("tidings.pipeline.Pipeline", lambda strict=False: pipeline)


def test_read_of_several_files_prints_a_record_a_line_in_order_and_names_the_failures(tmp_path, session_pipeline):
    paths = write_articles(tmp_path / "news", [ARTICLES[0], "", ARTICLES[1]])
    result = CliRunner().invoke(main, ["read", *map(str, paths)])
    assert result.exit_code == 2
    assert [json.loads(line)["article"]["text"] for line in result.stdout.splitlines()] == [ARTICLES[0], ARTICLES[1]]
    assert result.stderr.strip() == f"tidings: {paths[1]}: empty text"


def test_read_of_a_jsonl_stream_reads_each_line(session_pipeline):
    stream = "".join(json.dumps({"text": t, "published": "2024-03-06"}) + "\n" for t in ARTICLES[:3])
    result = CliRunner().invoke(main, ["read", "-", "--jsonl"], input=stream)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["article"]["text"], r["article"]["published"]) for r in records] == [(t, "2024-03-06") for t in ARTICLES[:3]]


def test_read_reports_a_component_failure_and_goes_on_with_exit_code_1(tmp_path, monkeypatch):
    broken = Pipeline(components=("test_broken",))
    monkeypatch.setattr("tidings.pipeline.Pipeline", lambda strict=False: broken)
    paths = write_articles(tmp_path / "news", ARTICLES[:2])
    result = CliRunner().invoke(main, ["read", *map(str, paths)])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 2 and "test_broken failed" in result.stderr
