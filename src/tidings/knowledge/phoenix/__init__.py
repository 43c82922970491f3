"""Importers of the Phoenix CAMEO dictionaries (Open Event Data Alliance, MIT; the format is in
their `dictionaries.rst`) into tidings' own knowledge files under `knowledge/data/`.

Each importer is a function `import_<part>(source_dir, data_dir) -> list[Path]` that reads its
files from the dictionaries' folder and writes (and returns) the knowledge files it makes;
`tidings kb import-phoenix DIR` runs every importer of `IMPORTERS` in order.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tidings.knowledge.phoenix.actors import import_actors
from tidings.knowledge.phoenix.agents import import_agents
from tidings.knowledge.phoenix.discards import import_discards
from tidings.knowledge.phoenix.verbs import import_verbs

Importer = Callable[[Path, Path], list[Path]]

IMPORTERS: list[Importer] = [import_actors, import_agents, import_verbs, import_discards]


def import_all(source_dir: Path, data_dir: Path) -> list[Path]:
    """Run every importer; the files written, in order."""
    return [path for importer in IMPORTERS for path in importer(source_dir, data_dir)]
