"""The REST API against a real server (uvicorn on localhost) over a store of articles written for
the tests: filters, paging, sorting, one event with its evidence, exports, tokens, the body limit
and JSON errors."""

from __future__ import annotations

import csv
import io

import httpx
import pyarrow.parquet as parquet
import pytest

from serve_server import TOKEN, build_store, serving
from tidings.corpus.store.rows import event_id
from tidings.serve.app import static_folder

MB = 2**20


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("serve") / "api.duckdb")
    with serving(db, token=TOKEN) as url, httpx.Client(base_url=url, timeout=30) as client:
        yield client


def _events(api, **params) -> dict:
    response = api.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _ids(page: dict) -> list[tuple[str, str]]:
    return [(item["article_id"], item["trigger"]) for item in page["items"]]


def test_health_counts_what_the_store_holds(api):
    body = api.get("/api/health").json()
    assert body["status"] == "ok" and body["events"] == 6 and body["articles"] == 5


def test_the_event_list_pages_through_every_event_once(api):
    everything = _events(api)
    assert everything["total"] == 6 and len(everything["items"]) == 6
    pages = [_events(api, limit=4, offset=0), _events(api, limit=4, offset=4)]
    assert [len(p["items"]) for p in pages] == [4, 2] and all(p["total"] == 6 for p in pages)
    assert _ids(pages[0]) + _ids(pages[1]) == _ids(everything)


def test_a_page_past_the_end_is_empty_and_still_counts_the_events(api):
    page = _events(api, offset=100, actor="RUS")
    assert page["items"] == [] and page["total"] == 4


def test_events_sort_by_date_and_goldstein(api):
    newest = [item["date"] for item in _events(api)["items"]]
    oldest = [item["date"] for item in _events(api, sort="date")["items"]]
    assert newest == sorted(newest, reverse=True) and oldest == sorted(oldest)
    assert newest[0] == "2024-11-20" and oldest[0] == "2024-09-14"
    lowest = [item["goldstein"] for item in _events(api, sort="goldstein")["items"]]
    assert lowest == sorted(lowest) and lowest[0] < 0 < lowest[-1]


def test_an_event_row_carries_its_actors_place_and_evidence(api):
    row = _events(api, type="PROTEST", sort="date")["items"][0]
    assert row["sources"] == [{"id": "name:farmers", "name": "Farmers", "cameo": "NORAGR"}]
    assert row["targets"][0]["id"] == "name:grain_board"
    assert row["place"] == {"id": "9000001", "name": "Lindqvist Square", "lat": 59.91, "lon": 10.75, "country": "NOR"}
    assert row["sentence"].startswith("Farmers marched through") and row["title"] == "Grain protest reaches the capital"
    assert (row["cameo"], row["cameo_root"], row["quad_class"], row["plover"]) == ("141", "14", 4, "PROTEST")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"actor": "RUS"}, {"m1", "m2"}),  # a CAMEO code's start
        ({"actor": "name:grain_board"}, {"f1", "f2"}),  # a canonical id
        ({"actor": "quill"}, {"m1", "m2"}),  # a part of a name
        ({"country": "nor"}, {"f1", "f2"}),
        ({"type": "consult"}, {"m1", "m2"}),
        ({"cameo_root": "11"}, {"m1", "m2"}),
        ({"quad_class": 3}, {"m1", "m2"}),
        ({"quad_class": 4}, {"f1", "f2"}),
        ({"certainty": "PROBABLE"}, {"f2"}),
        ({"place": "lindqvist square"}, {"f1", "f2"}),
        ({"place": "9000001"}, {"f1", "f2"}),
        ({"bbox": "5,55,15,65"}, {"f1", "f2"}),  # around Oslo
        ({"bbox": "120,30,140,50"}, {"m1", "m2"}),  # around the harbour
        ({"since": "2024-10-01", "until": "2024-10-31"}, {"f1"}),
        ({"q": "ministers"}, {"m1", "m2"}),  # in the sentence
        ({"q": "capital"}, {"f1"}),  # in the title
        ({"actor": "RUS", "q": "capital"}, set()),
    ],
)
def test_filters_choose_events(api, params, expected):
    page = _events(api, **params)
    assert {item["article_id"] for item in page["items"]} == expected
    assert page["total"] == len(page["items"])


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"type": "MEETING"}, "no PLOVER type MEETING"),
        ({"bbox": "1,2,3"}, "bbox: four numbers"),
        ({"bbox": "10,50,5,40"}, "min before max"),
        ({"since": "last week"}, "since"),
        ({"limit": 5000}, "limit"),
        ({"offset": -1}, "offset"),
        ({"sort": "random"}, "sort"),
        ({"quad_class": 7}, "quad_class"),
        ({"cameo_root": "4"}, "cameo_root"),
    ],
)
def test_invalid_parameters_get_422_json_naming_them(api, params, words):
    response = api.get("/api/events", params=params)
    assert response.status_code == 422
    assert words in response.json()["error"]


def test_one_event_comes_with_its_article_record_and_its_cluster(api):
    row = _events(api, type="CONSULT", sort="date")["items"][0]
    body = api.get(f"/api/events/{row['event_id']}").json()
    assert body["event"] == row
    record = body["record"]
    assert record["article"]["id"] == "m1" and "Teodor Quill" in record["article"]["text"]
    trigger = record["events"][0]["spans"][0]
    assert record["article"]["text"][trigger["start"]:trigger["end"]] == "met"
    cluster = body["cluster"]
    assert cluster["cluster_id"] == row["cluster_id"] and cluster["articles"] == 2
    assert {report["article_id"] for report in cluster["reports"]} == {"m1", "m2"}
    assert {"about": "number", "noun": "minister", "values": ["12", "14"]} in cluster["disagreements"]


def test_event_and_cluster_ids_are_strings_of_digits_with_the_events_local_id(api):
    rows = _events(api)["items"] + [cluster["event"] for cluster in api.get("/api/clusters").json()]
    for row in rows:
        assert isinstance(row["event_id"], str) and row["event_id"].isdigit()
        assert isinstance(row["cluster_id"], str) and row["cluster_id"].isdigit()
        assert row["event_id"] == str(event_id(row["article_id"], row["local_id"]))
    assert any(int(row["event_id"]) > 2**53 for row in rows)  # past what a JavaScript number holds
    record = api.get(f"/api/articles/{rows[0]['article_id']}").json()
    assert rows[0]["local_id"] in {event["id"] for event in record["events"]}
    schema = api.get("/openapi.json").json()["components"]["schemas"]["EventRow"]["properties"]
    assert schema["event_id"]["type"] == "string" and schema["event_id"]["pattern"] == r"^\d{1,19}$"


def test_an_unknown_event_or_article_is_404_json(api):
    for path in ("/api/events/12345", f"/api/events/{2**63 + 1}", "/api/articles/no-such-article"):
        response = api.get(path)
        assert response.status_code == 404 and "no " in response.json()["error"]


def test_an_article_is_its_stored_record(api):
    record = api.get("/api/articles/f2").json()
    assert record["article"]["title"] == "Second march in Oslo"
    assert record["events"][0]["factuality"]["certainty"] == "PROBABLE"


def test_actors_and_places_are_listed_most_events_first_and_searched(api):
    actors = api.get("/api/actors").json()
    assert actors[0] == {"id": "name:ilsa_marrow", "name": "Ilsa Marrow", "cameo": "RUSGOV", "country": "RUS", "events": 4}
    assert [a["id"] for a in api.get("/api/actors", params={"q": "NOR"}).json()] == ["name:farmers", "name:grain_board"]
    assert [a["id"] for a in api.get("/api/actors", params={"q": "marr", "limit": 1}).json()] == ["name:ilsa_marrow"]
    places = api.get("/api/places", params={"q": "lindq"}).json()
    assert places == [{"id": "9000001", "name": "Lindqvist Square", "geonameid": 9000001, "lat": 59.91, "lon": 10.75, "country": "NOR", "events": 2}]


def test_clusters_list_corroborated_events(api):
    clusters = api.get("/api/clusters", params={"min_articles": 2}).json()
    assert clusters and all(c["articles"] == 2 for c in clusters)
    consult = [c for c in clusters if c["event"]["plover"] == "CONSULT"]
    assert len(consult) == 1 and consult[0]["sources"] == 2
    assert api.get("/api/clusters", params={"min_articles": 3}).json() == []


def test_counts_per_month_and_type_add_up_to_the_events(api):
    rows = api.get("/api/counts", params={"by": "month", "group": "type"}).json()
    assert sum(row["events"] for row in rows) == 6
    assert {"period": "2024-10-01", "group": "PROTEST", "events": 1, "goldstein_mean": -6.5} in rows
    plain = api.get("/api/counts", params={"by": "month", "country": "NOR"}).json()
    assert [(row["period"], row["group"], row["events"]) for row in plain] == [("2024-10-01", None, 1), ("2024-11-01", None, 1)]


def test_the_network_has_the_dyads_and_their_actors(api):
    network = api.get("/api/network").json()
    edges = {(e["source"], e["target"]): e["events"] for e in network["edges"]}
    assert edges == {("name:ilsa_marrow", "name:teodor_quill"): 2, ("name:farmers", "name:grain_board"): 2}
    nodes = {n["id"]: n for n in network["nodes"]}
    assert nodes["name:farmers"] == {"id": "name:farmers", "name": "Farmers", "cameo": "NORAGR", "country": "NOR", "events": 2}
    assert api.get("/api/network", params={"country": "NOR"}).json()["edges"][0]["source"] == "name:farmers"


def test_exports_give_the_filtered_events_as_csv_parquet_and_gdelt(api):
    response = api.get("/api/export", params={"format": "csv", "actor": "NOR"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [row["article_id"] for row in rows] == ["f2", "f1"]
    table = parquet.read_table(io.BytesIO(api.get("/api/export", params={"format": "parquet"}).content))
    assert table.num_rows == 6 and {"event_id", "sentence", "title"} <= set(table.column_names)
    gdelt = api.get("/api/export", params={"format": "gdelt", "type": "PROTEST"}).text.splitlines()
    assert len(gdelt) == 2 and all(line.split("\t")[26] == "141" for line in gdelt)  # EventCode


@pytest.mark.parametrize("path", ["/", "/static/js/api.js", "/api/health", "/api/events?actor=RUS", "/api/export?format=csv"])
def test_head_answers_wherever_get_does_without_a_body(api, path):
    head, get = api.head(path), api.get(path)
    assert head.status_code == get.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    if "content-length" in get.headers:
        assert head.headers["content-length"] == get.headers["content-length"]


def test_head_on_a_write_only_route_is_405_naming_post(api):
    response = api.head("/api/articles")
    assert response.status_code == 405 and response.headers["allow"] == "POST"


def test_a_write_without_the_right_token_is_401_json(api):
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}):
        response = api.post("/api/articles", json={"text": "Ministers met in Oslo."}, headers=headers)
        assert response.status_code == 401
        assert "token" in response.json()["error"]


def test_a_50_mb_body_is_413_json_before_it_is_read(api):
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    response = api.post("/api/articles", content=b" " * (50 * MB), headers=headers)
    assert response.status_code == 413 and "over the limit" in response.json()["error"]


def test_a_streamed_body_is_cut_at_the_limit(api):
    def chunks():  # no Content-Length: the server counts what comes
        for _ in range(50):
            yield b" " * MB

    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    response = api.post("/api/read", content=chunks(), headers=headers)
    assert response.status_code == 413 and "over the limit" in response.json()["error"]


def test_there_is_no_docs_page_to_load_scripts_from_a_cdn(api):
    assert api.get("/docs").status_code == 404  # Swagger UI would load its scripts from a CDN
    assert api.get("/openapi.json").json()["info"]["title"] == "tidings"


def test_unknown_paths_and_methods_are_json(api):
    assert api.get("/api/nothing").json()["error"]
    response = api.delete("/api/events")
    assert response.status_code == 405 and response.json()["error"]


def test_the_web_page_is_served_at_the_root_when_present(api):
    response = api.get("/")
    if (static_folder() / "index.html").is_file():
        assert response.status_code == 200 and "<html" in response.text.lower()
    else:
        assert response.status_code == 404 and response.json()["error"]


def test_private_reads_need_the_token(tmp_path):
    db = build_store(tmp_path / "private.duckdb")
    with serving(db, token=TOKEN, public_reads=False) as url:
        assert httpx.get(f"{url}/api/events").status_code == 401
        assert httpx.post(f"{url}/api/read", json={"text": "x"}).status_code == 401
        allowed = httpx.get(f"{url}/api/events", headers={"Authorization": f"Bearer {TOKEN}"})
        assert allowed.status_code == 200 and allowed.json()["total"] == 6


def test_a_server_without_a_token_takes_no_writes(tmp_path):
    db = build_store(tmp_path / "open.duckdb")
    with serving(db) as url:
        response = httpx.post(f"{url}/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer anything"})
        assert response.status_code == 401 and "without a token" in response.json()["error"]
