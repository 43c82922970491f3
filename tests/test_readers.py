"""Readers: every source becomes entries, an article or the reason there is none, named by
where it came from; a bad item never stops the items after it."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest

from local_server import server  # noqa: F401 (a fixture)
from made_sources import ARTICLES, EMPTY_PAGE, gzipped, page, rss, warc_record, warc_request
from tidings.checks import MAX_BYTES
from tidings.corpus.readers import Fields, Politeness, PoliteClient, ReadOptions, estimate, read_sources
from tidings.corpus.readers.entry import published_date
from tidings.corpus.readers.http import FetchError
from tidings.model import text_id

FAST = Politeness(timeout=0.5, retries=1, backoff=0.0, delay=0.0)


def entries(*sources, **settings):
    options = ReadOptions(politeness=settings.pop("politeness", FAST), **settings)
    return list(read_sources([str(s) for s in sources], options))


def only_error(*sources, **settings) -> str:
    [entry] = entries(*sources, **settings)
    assert entry.article is None
    return entry.error


# Text files


def test_a_text_file_is_one_article_named_by_its_path_with_an_id_from_its_text(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLES[0], encoding="utf-8")
    [entry] = entries(path)
    assert entry.source == str(path)
    assert entry.article.text == ARTICLES[0] and entry.article.id == text_id(ARTICLES[0])


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b" \n\t\n", "empty text"),
        (b"GIF89a\x01\x00\x01\x00\x00\xff\x00," * 40, "binary"),
        (b"The mayor of M\xfcnster resigned.", "not valid UTF-8"),
        ("Der Bürgermeister sagte am Dienstag, dass die Stadt die Steuern nicht erhöhen werde.".encode(), "not English"),
    ],
    ids=["blank", "gif", "latin-1", "german"],
)
def test_an_unreadable_text_file_is_an_error_naming_the_problem(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert problem in only_error(path)


def test_a_file_larger_than_the_limit_is_too_long_without_being_read_whole(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Rain fell. " * (MAX_BYTES // 10 + 10))
    assert "too long" in only_error(path)


def test_a_missing_source_is_an_error(tmp_path):
    assert only_error(tmp_path / "nowhere.txt") == "no such file or folder"


def test_a_folder_is_read_in_name_order_with_subfolders_and_without_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "one.txt").write_text(ARTICLES[1])
    (tmp_path / "a.txt").write_text(ARTICLES[0])
    (tmp_path / ".hidden.txt").write_text(ARTICLES[2])
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": ARTICLES[3]}) + "\n")
    assert [e.article.text for e in entries(tmp_path)] == [ARTICLES[0], ARTICLES[1], ARTICLES[3]]


# JSON Lines


def test_jsonl_fields_are_named_by_the_caller(tmp_path):
    path = tmp_path / "feed.jsonl"
    line = {"body": ARTICLES[0], "when": "2024-03-05T10:00:00Z", "key": "n-1", "link": "https://example.org/1", "headline": "Talks"}
    path.write_text(json.dumps(line) + "\n")
    fields = Fields(text="body", published="when", id="key", url="link", title="headline")
    [entry] = entries(path, fields=fields)
    article = entry.article
    assert (article.id, article.published, article.url, article.title) == ("n-1", date(2024, 3, 5), "https://example.org/1", "Talks")
    assert entry.source == f"{path}:1"


def test_a_date_given_for_text_sources_dates_the_jsonl_lines_that_give_none(tmp_path):
    path = tmp_path / "wire.jsonl"
    lines = [{"text": ARTICLES[0]}, {"text": ARTICLES[1], "published": "2024-03-05"}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    undated, dated = entries(path, text_metadata={"published": date(2002, 1, 1)})
    assert (undated.article.published, dated.article.published) == (date(2002, 1, 1), date(2024, 3, 5))
    assert [entry.article.published for entry in entries(path)] == [None, date(2024, 3, 5)]


def test_jsonl_without_an_id_field_takes_the_id_from_the_text(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": ARTICLES[0], "id": "ignored"}) + "\n")
    assert entries(path)[0].article.id == text_id(ARTICLES[0])


def test_each_bad_jsonl_line_is_an_error_named_by_its_line_and_the_others_are_read(tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"text": ARTICLES[0]}), "not json", "[1, 2]", json.dumps({"body": "x"}),
        json.dumps({"text": ARTICLES[1], "published": "last Tuesday"}), "", json.dumps({"text": ARTICLES[2]}),
    ]
    path.write_text("\n".join(lines) + "\n")
    found = {e.source.rsplit(":", 1)[1]: e.error or e.article.text for e in entries(path)}
    assert found == {
        "1": ARTICLES[0],
        "2": "not JSON (Expecting value at column 1)",
        "3": "not a JSON object but list",
        "4": "no text field 'text'",
        "5": "published: cannot read the date 'last Tuesday' (ISO 8601 or RFC 2822 expected)",
        "7": ARTICLES[2],
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-03-05", date(2024, 3, 5)), ("2024-03-05T23:10:00+02:00", date(2024, 3, 5)), ("Tue, 05 Mar 2024 10:00:00 GMT", date(2024, 3, 5)), (None, None)],
)
def test_publication_dates_are_read_in_the_forms_sources_give(value, expected):
    assert published_date(value) == expected


# HTML


def test_an_html_page_gives_its_main_text_title_date_and_url(tmp_path):
    path = tmp_path / "story.html"
    path.write_text(page(ARTICLES[0] + "\n" + ARTICLES[1], title="Ministers meet", published="2024-03-05T10:00:00Z", canonical="https://example.org/story"))
    article = entries(path)[0].article
    assert ARTICLES[0] in article.text and ARTICLES[1] in article.text
    assert "Copyright" not in article.text and "Sport" not in article.text
    assert (article.title, article.published, article.url) == ("Ministers meet", date(2024, 3, 5), "https://example.org/story")


def test_a_page_without_article_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text(EMPTY_PAGE)
    assert only_error(path) == "no article text in the page"


# WARC


def test_each_html_response_in_a_warc_is_an_article_with_its_url(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(
        warc_request("https://example.org/a")
        + warc_record("https://example.org/a", page(ARTICLES[0]).encode())
        + warc_record("https://example.org/b", page(ARTICLES[1]).encode())
    )
    found = entries(path)
    assert [(e.source, e.article.url) for e in found] == [(f"{path}:1", "https://example.org/a"), (f"{path}:2", "https://example.org/b")]
    assert ARTICLES[1] in found[1].article.text


def test_a_gzipped_warc_reads_as_the_plain_one(tmp_path):
    records = [warc_record(f"https://example.org/{i}", page(text).encode()) for i, text in enumerate(ARTICLES[:2])]
    (tmp_path / "plain.warc").write_bytes(b"".join(records))
    (tmp_path / "packed.warc.gz").write_bytes(gzipped(*records))
    assert [e.article for e in entries(tmp_path / "plain.warc")] == [e.article for e in entries(tmp_path / "packed.warc.gz")]


def test_warc_responses_that_are_not_pages_are_errors(tmp_path):
    path = tmp_path / "mixed.warc"
    path.write_bytes(
        warc_record("https://example.org/gone", b"<p>Not found</p>", status="404 Not Found")
        + warc_record("https://example.org/logo.png", b"\x89PNG....", content_type="image/png")
    )
    assert [e.error for e in entries(path)] == ["HTTP 404 for https://example.org/gone", "not an HTML page (image/png) for https://example.org/logo.png"]


def test_a_truncated_warc_record_is_an_error_after_the_whole_ones(tmp_path):
    whole = warc_record("https://example.org/a", page(ARTICLES[0]).encode())
    cut = warc_record("https://example.org/b", page(ARTICLES[1]).encode())
    path = tmp_path / "cut.warc"
    path.write_bytes(whole + cut[: len(cut) - 60])
    first, second = entries(path)
    assert first.ok and second.error.startswith("truncated record") and second.source == f"{path}:2"


def test_a_file_that_is_not_a_warc_is_an_error(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not an archive\r\n\r\n")
    assert only_error(path).startswith("not a readable WARC file at the start")


# Feeds and HTTP


def test_a_feed_file_gives_each_item_page_with_the_item_title_and_date(tmp_path, server):
    link = server.route("/news/1", page(ARTICLES[0]))
    path = tmp_path / "news.rss"
    path.write_text(rss([("Ministers meet in Seoul", link, "Tue, 05 Mar 2024 10:00:00 GMT")]))
    [entry] = entries(path)
    assert (entry.source, entry.article.url, entry.article.title, entry.article.published) == (link, link, "Ministers meet in Seoul", date(2024, 3, 5))


def test_a_feed_url_is_read_as_a_feed_and_a_page_url_as_a_page(server):
    link = server.route("/news/1", page(ARTICLES[0]))
    feed = server.route("/feed.xml", rss([("One", link, "")]), headers={"Content-Type": "application/rss+xml"})
    assert [e.article.url for e in entries(feed)] == [link]
    assert [e.article.url for e in entries(link)] == [link]


def test_relative_item_links_are_resolved_against_the_feed_url(server):
    link = server.route("/news/1", page(ARTICLES[0]))
    feed = server.route("/feeds/world.xml", rss([("One", "/news/1", "")]), headers={"Content-Type": "application/rss+xml"})
    assert [e.article.url for e in entries(feed)] == [link]


def test_an_item_page_that_fails_is_an_error_and_the_next_item_is_read(tmp_path, server):
    broken = server.route("/news/broken", "oops", status=500)
    good = server.route("/news/good", page(ARTICLES[1]))
    path = tmp_path / "news.rss"
    path.write_text(rss([("Broken", broken, ""), ("Good", good, "")]))
    first, second = entries(path)
    assert (first.source, first.error) == (broken, "HTTP 500 (2 tries)")
    assert second.ok


def test_a_document_that_is_not_a_feed_is_an_error(tmp_path):
    path = tmp_path / "notes.xml"
    path.write_text("<notes><note>Buy milk</note></notes>")
    assert only_error(path).startswith("not a feed")


def test_the_client_names_itself(server):
    url = server.route("/page", "hello")
    with PoliteClient(FAST) as client:
        client.get(url)
    assert all(r.headers["User-Agent"].startswith("tidings/") for r in server.requests)


def test_a_page_robots_txt_disallows_is_not_fetched(server):
    server.route("/robots.txt", "User-agent: *\nDisallow: /private/\n")
    url = server.route("/private/page", "secret")
    with PoliteClient(FAST) as client, pytest.raises(FetchError, match="robots.txt disallows it"):
        client.get(url)
    assert "/private/page" not in server.paths()


def test_a_missing_robots_txt_allows_all(server):
    server.routes.pop("/robots.txt")
    url = server.route("/page", "hello")
    with PoliteClient(FAST) as client:
        assert client.get(url).content == b"hello"


def test_an_unreachable_robots_txt_disallows_all(server):
    server.route("/robots.txt", "down", status=503)
    url = server.route("/page", "hello")
    with PoliteClient(FAST) as client, pytest.raises(FetchError, match="robots.txt disallows it"):
        client.get(url)


def test_server_errors_are_retried_and_client_errors_are_not(server):
    flaky = server.route("/flaky", "down", status=503)
    missing = server.route("/missing", "gone", status=404)
    with PoliteClient(FAST) as client:
        with pytest.raises(FetchError, match=r"HTTP 503 \(2 tries\)"):
            client.get(flaky)
        with pytest.raises(FetchError, match="HTTP 404"):
            client.get(missing)
    assert server.paths().count("/flaky") == 2 and server.paths().count("/missing") == 1


def test_a_page_that_does_not_answer_in_time_is_a_timeout(server):
    url = server.route("/slow", "late", delay=2.0)
    with PoliteClient(Politeness(timeout=0.2, retries=0, delay=0.0)) as client, pytest.raises(FetchError, match="timed out"):
        client.get(url)


def test_a_page_over_the_size_limit_is_refused(server):
    url = server.route("/big", b"x" * 5000)
    with PoliteClient(Politeness(max_bytes=1000, delay=0.0)) as client, pytest.raises(FetchError, match="page too large"):
        client.get(url)


def test_an_unchanged_page_asked_with_its_etag_is_not_sent_again(server):
    url = server.route("/feed", "items", etag='"v1"')
    with PoliteClient(FAST) as client:
        first = client.get(url)
        again = client.get(url, etag=first.headers["etag"])
    assert (first.status, again.status, again.content) == (200, 304, b"")


def test_requests_to_one_host_wait_for_the_delay_and_the_crawl_delay(server, monkeypatch):
    server.route("/robots.txt", "User-agent: *\nCrawl-delay: 5\n")
    url = server.route("/page", "hello")
    clock = [1000.0]
    pauses = []
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(time, "sleep", lambda seconds: pauses.append(round(seconds, 3)) or clock.__setitem__(0, clock[0] + seconds))
    with PoliteClient(Politeness(delay=1.0)) as client:
        client.get(url)
        client.get(url)
    assert pauses == [1.0, 5.0]  # after robots.txt, our delay; after the first page, its crawl delay


# Sources together


def test_a_reader_that_fails_ends_its_source_with_an_error_and_the_next_source_is_read(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("reader bug")

    monkeypatch.setattr("tidings.corpus.readers.sources.read_html_file", broken)
    (tmp_path / "a.html").write_text(page(ARTICLES[0]))
    (tmp_path / "b.txt").write_text(ARTICLES[1])
    first, second = entries(tmp_path / "a.html", tmp_path / "b.txt")
    assert first.error == "reading stopped after 0 entries (RuntimeError: reader bug)"
    assert second.article.text == ARTICLES[1]


def test_the_number_of_entries_is_estimated_where_it_can_be_known(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLES[0])
    (tmp_path / "b.jsonl").write_text("{}\n\n{}\n{}\n")
    assert estimate([str(tmp_path)]) == 4
    assert estimate([str(tmp_path), "https://example.org/feed"]) is None
