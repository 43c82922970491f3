"""The app: the API's routes, JSON errors, the body limit, HEAD where GET is, and the web page
(the static folder `tidings/web/static`, its index.html at `/`)."""

from __future__ import annotations

from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from tidings.serve import errors
from tidings.serve.backend import Backend
from tidings.serve.head import HeadAsGet
from tidings.serve.limits import BodyLimit
from tidings.serve.routes import ROUTERS
from tidings.serve.settings import Settings
from tidings.version import __version__

DESCRIPTION = """Events coded from news (CAMEO, PLOVER), with the evidence behind each: the sentence,
the article's actors, places, times and quotes, and how sure the article is. Reads are public unless
the server was started with `--private-reads`; writes need the bearer token it was started with.
Every error is JSON: `{"error": "...", "detail": ...}`."""


def static_folder() -> Path:
    return Path(str(files("tidings") / "web" / "static"))


def create_app(settings: Settings, backend: Backend | None = None) -> FastAPI:
    """The app over the store `settings.db` (or over an open `backend`, which it then closes)."""
    opened = backend or Backend(settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        opened.close()

    # no /docs or /redoc: their pages load scripts from a CDN, and nothing here reaches outside
    app = FastAPI(title="tidings", version=__version__, description=DESCRIPTION, lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.backend = opened
    errors.install(app)
    for router in ROUTERS:
        app.include_router(router)
    _web_page(app)
    app.add_middleware(HeadAsGet)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    return app


def _web_page(app: FastAPI) -> None:
    folder = static_folder()
    if not folder.is_dir():
        return  # `/` then answers 404 like any unknown path
    app.mount("/static", StaticFiles(directory=folder), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(folder / "index.html")
