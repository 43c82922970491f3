"""A store of articles written for the API tests (built by hand, no pipeline), and the app served
over it by a real uvicorn on a free port of localhost."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from store_records import Builder, meeting
from tidings.corpus.store import Store
from tidings.model import Factuality
from tidings.serve import Settings, create_app
from tidings.serve.backend import Backend
from tidings.serve.background import BackgroundServer

TOKEN = "test-token-9f2c"
MEETING_KEYS = frozenset({"actor:name:ilsa_marrow", "place:vostok harbour"})


def march(article_id: str, published: str, title: str, certainty: str = "CERTAIN") -> Builder:
    """Farmers marching against a grain board in an invented square of Oslo."""
    text = "Farmers marched through Lindqvist Square against the grain board.\nThe board said it would answer soon."
    built = Builder(text, article_id=article_id, published=published, title=title, outlet="fieldnews",
                    url=f"https://fieldnews.example/{article_id}")
    farmers = built.actor("Farmers", "name:farmers", kind="group", cameo="NORAGR", country="NOR")
    board = built.actor("grain board", "name:grain_board", kind="organisation", cameo="NORGOV", country="NOR")
    square = built.place("Lindqvist Square", geonameid=9_000_001, lat=59.91, lon=10.75, country="NOR")
    built.event("marched", "141", sources=[farmers], targets=[board], place=square,
                factuality=Factuality(certainty=certainty))
    return built


def build_store(path: Path) -> Path:
    """Two reports of one meeting (they disagree on the number of ministers), two marches, and an
    article with no events."""
    with Store(path) as store:
        for built in (meeting("m1", "2024-09-14", "harbourpost", count="12"), meeting("m2", "2024-09-15", "coastwire", count="14")):
            store.add(built.record(), built.mentions(context=MEETING_KEYS, arguments=MEETING_KEYS))
        store.add(march("f1", "2024-10-03", "Grain protest reaches the capital").record())
        store.add(march("f2", "2024-11-20", "Second march in Oslo", certainty="PROBABLE").record())
        store.add(Builder("Nothing of note happened today.", article_id="quiet", published="2024-11-21").record())
        store.update_clusters()
    return path


@contextmanager
def serving(db: Path, pipeline=None, **settings):
    """The app over `db`, served; yields its base URL."""
    app = create_app(Settings(db=db, **settings), Backend(db, pipeline))
    with BackgroundServer(app) as server:
        yield server.url
