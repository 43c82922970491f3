"""HEAD wherever GET is allowed (the page, its static files, every GET route of the API): the
request is answered as a GET, with GET's status and headers and no body (a streamed export is
still made, and dropped)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGet:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return
        ended = False

        async def headers_only(message: Message) -> None:
            nonlocal ended
            if message["type"] == "http.response.body":
                if ended:
                    return  # the rest of a streamed body
                message, ended = {"type": "http.response.body", "body": b"", "more_body": False}, True
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)
