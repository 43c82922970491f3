"""The API's routes, one module per resource; `ROUTERS` lists them for the app."""

from tidings.serve.routes import articles, catalog, events, export, health, series

ROUTERS = (events.router, articles.router, catalog.router, series.router, export.router, health.router)
