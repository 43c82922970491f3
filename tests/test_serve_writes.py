"""Articles posted to a real server and read by the real pipeline: /api/read answers without
storing; /api/articles stores (with the token) and the events are then queryable; a bad article
in a batch is an error at its index and the others go on."""

from __future__ import annotations

import httpx
import pytest

from serve_server import TOKEN, build_store, serving

pytestmark = pytest.mark.e2e

AUTH = {"Authorization": f"Bearer {TOKEN}"}
SUMMIT = {
    "text": "Prime Minister Jonas Gahr Store met Swedish Prime Minister Ulf Kristersson in Oslo on Monday. "
            "The two leaders discussed border controls.",
    "published": "2024-03-06", "title": "Nordic leaders meet", "url": "https://example.org/nordic-summit",
}


@pytest.fixture(scope="module")
def api(tmp_path_factory, pipeline):
    db = build_store(tmp_path_factory.mktemp("writes") / "writes.duckdb")
    with serving(db, pipeline=pipeline, token=TOKEN) as url, httpx.Client(base_url=url, timeout=120) as client:
        yield client


def test_read_gives_records_without_storing_them(api):
    body = api.post("/api/read", json=SUMMIT).json()
    assert body["errors"] == [] and len(body["records"]) == 1
    record = body["records"][0]
    assert any(event["cameo"].startswith("04") for event in record["events"])
    assert api.get(f"/api/articles/{record['article']['id']}").status_code == 404


def test_posted_articles_are_stored_and_then_queryable(api):
    before = api.get("/api/health").json()["articles"]
    body = api.post("/api/articles", json=[SUMMIT, {"text": "   "}, {"text": "x", "published": "someday"}], headers=AUTH).json()
    assert [error["index"] for error in body["errors"]] == [1, 2]
    assert "empty text" in body["errors"][0]["error"]
    article_id = body["records"][0]["article"]["id"]
    assert api.get("/api/health").json()["articles"] == before + 1
    assert api.get(f"/api/articles/{article_id}").json() == body["records"][0]
    found = api.get("/api/events", params={"q": "Kristersson", "type": "CONSULT"}).json()
    assert found["total"] >= 1 and {item["article_id"] for item in found["items"]} == {article_id}
    event = api.get(f"/api/events/{found['items'][0]['event_id']}").json()
    assert event["record"]["article"]["title"] == "Nordic leaders meet"


def test_posting_an_article_twice_stores_it_once(api):
    api.post("/api/articles", json=SUMMIT, headers=AUTH)
    articles = api.get("/api/health").json()["articles"]
    again = api.post("/api/articles", json=SUMMIT, headers=AUTH)
    assert again.status_code == 200 and api.get("/api/health").json()["articles"] == articles


def test_a_body_that_is_not_articles_is_422_json(api):
    for body in ({"title": "no text"}, [1, 2], "text"):
        response = api.post("/api/read", json=body)
        assert response.status_code == 422 and response.json()["error"].startswith("invalid request")
