"""The `tidings` command: one module per command (read, ingest and watch, eval, train, bench, kb, query,
export, serve), registered on `main`."""

from tidings.cli.app import main
from tidings.cli import bench, evaluate, export, ingest, kb, query, read, serve, train  # noqa: F401,E402  (register the commands)

__all__ = ["main"]
