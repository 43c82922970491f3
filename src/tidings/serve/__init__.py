"""The REST API and the web page over a store (`tidings serve`).

    app = create_app(Settings(db=Path("news.duckdb"), token="secret"))
    uvicorn.run(app)
"""

from tidings.serve.app import create_app
from tidings.serve.settings import Settings

__all__ = ["Settings", "create_app"]
