"""Every error as JSON, `{"error": "...", "detail": ...}`: HTTP errors, invalid requests, and
faults of the server (logged with their traceback, answered 500 without it)."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from tidings.serve.models import ErrorBody

log = logging.getLogger("tidings.serve")

# documented on every route that takes parameters (in place of FastAPI's own 422 body)
ERROR_RESPONSES: dict[int | str, dict] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in ((401, "No valid bearer token"), (413, "The request body is over the limit"),
                                (422, "A parameter or body that cannot be used"))
}


def error_response(status: int, error: str, detail=None, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(ErrorBody(error=error, detail=detail).model_dump(mode="json"), status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        message = error.detail if isinstance(error.detail, str) else _reason(error.status_code)
        detail = None if isinstance(error.detail, str) else error.detail
        return error_response(error.status_code, message, detail, getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        problems = jsonable_encoder(error.errors(), custom_encoder={Exception: str})
        first = problems[0] if problems else {}
        where = ".".join(str(part) for part in first.get("loc", ()))
        return error_response(422, f"invalid request: {where}: {first.get('msg', 'invalid')}", problems)

    @app.exception_handler(Exception)
    async def fault(request: Request, error: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path)
        return error_response(500, "internal error: a fault of tidings (the server log has its traceback)")


def _reason(status: int) -> str:
    from http import HTTPStatus

    return HTTPStatus(status).phrase.lower()
