"""schemathesis over the OpenAPI document a real server serves (/openapi.json): generated
requests to every route, valid ones and invalid ones, get no 5xx and no response that breaks the
document. Bounded and derandomized: the same requests every run."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance, status_code_conformance

from serve_server import build_store, serving

pytestmark = pytest.mark.e2e

EXAMPLES = 40  # per route and mode
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]


@pytest.fixture(scope="module")
def operations(tmp_path_factory, pipeline):
    db = build_store(tmp_path_factory.mktemp("schema") / "schema.duckdb")
    with serving(db, pipeline=pipeline, token="schema-token") as url:
        loaded = schemathesis.openapi.from_url(f"{url}/openapi.json")
        yield {f"{op.method.upper()} {op.path}": op for op in (result.ok() for result in loaded.get_all_operations())}


def test_every_route_is_in_the_document(operations):
    assert set(operations) == {
        "GET /api/events", "GET /api/events/{event_id}", "GET /api/articles/{article_id}", "POST /api/read",
        "POST /api/articles", "GET /api/actors", "GET /api/places", "GET /api/clusters", "GET /api/counts",
        "GET /api/network", "GET /api/export", "GET /api/health",
    }


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_generated_requests_get_answers_the_document_allows(operations, mode):
    for name, operation in sorted(operations.items()):
        if mode == GenerationMode.NEGATIVE and not _takes_input(operation):
            continue  # nothing in it can be made invalid

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate(checks=CHECKS, timeout=60)

        try:
            check()
        except Exception as error:
            raise AssertionError(f"{name} ({mode}): {error}") from error


def _takes_input(operation) -> bool:
    return bool(operation.definition.raw.get("parameters") or operation.definition.raw.get("requestBody"))
