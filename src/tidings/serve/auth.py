"""The bearer token: writes always need it, reads when the server keeps them private."""

from __future__ import annotations

import hmac

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from tidings.serve.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="The token the server was started with (--token or TIDINGS_TOKEN).")


def _check(settings: Settings, credentials: HTTPAuthorizationCredentials | None) -> None:
    if settings.token is None:
        raise HTTPException(401, "this server takes no writes: it was started without a token (--token or TIDINGS_TOKEN)")
    if credentials is None:
        raise HTTPException(401, "a bearer token is needed (Authorization: Bearer TOKEN)", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(credentials.credentials.encode(), settings.token.encode()):
        raise HTTPException(401, "the bearer token is wrong", headers={"WWW-Authenticate": "Bearer"})


def can_write(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    _check(request.app.state.settings, credentials)


def can_read(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    settings: Settings = request.app.state.settings
    if not settings.public_reads:
        _check(settings, credentials)
