"""The gazetteer: every place `sources.py` gathers, compiled once into an SQLite file and looked
up on demand.

The file lives in tidings' knowledge cache (`knowledge/cache.py`), named by a hash of its
sources, and is built at first use (or at install time: `build()`). Opening it reads only the
small tables (qualifiers, regions, counties: a few thousand rows); a name's candidates are read
when first asked for and kept in a bounded cache. SQLite was chosen over a pickled index (3 s
to load and 300 MB held) and marisa-trie with arrays (a new dependency for the same result).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from functools import lru_cache
from pathlib import Path

from tidings.geo.entry import Entry, Region
from tidings.geo.normalize import normalize
from tidings.geo.sources import Sources, fingerprint_sources, read_sources
from tidings.knowledge import cache

log = logging.getLogger("tidings")

NAME = "gazetteer"
SCHEMA = "gazetteer schema 4"  # part of the fingerprint: a change to the layout makes a new file
CANDIDATE_CACHE = 16_384  # names whose candidates are kept in memory
_ENTRY_COLUMNS = "geonameid, name, lat, lon, feature_class, feature_code, country, admin1, population"


class Gazetteer:
    """Lookups over a compiled gazetteer file (read-only; safe to share across forked processes,
    each of which opens its own connection)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = -1
        self._db: sqlite3.Connection | None = None
        self._candidates = lru_cache(maxsize=CANDIDATE_CACHE)(self._read_candidates)
        self._entry = lru_cache(maxsize=1024)(self._read_entry)  # regions named as qualifiers
        db = self._connection()
        self.qualifiers: dict[str, Region] = {key: (country, admin1) for key, country, admin1 in db.execute("SELECT key, country, admin1 FROM qualifiers")}
        self.postal: dict[str, Region] = {code: (country, admin1) for code, country, admin1 in db.execute("SELECT code, country, admin1 FROM postal")}
        self.counties: dict[str, Region] = {key: (country, admin1) for key, country, admin1 in db.execute("SELECT key, country, admin1 FROM counties")}
        self.generic = frozenset(word for (word,) in db.execute("SELECT word FROM generic"))
        self._regions: dict[Region, int] = {(country, admin1): number for country, admin1, number in db.execute("SELECT country, admin1, number FROM regions")}
        self._demonyms: dict[str, int] = dict(db.execute("SELECT key, number FROM demonyms"))

    def __reduce__(self):
        return (Gazetteer, (self.path,))

    def candidates(self, name: str) -> list[tuple[Entry, bool]]:
        """Every entry called `name`, with True where only an alternate name matched; none
        for a generic word ("West", "Center"). "Co." stands for County."""
        key = normalize(name)
        if key in self.generic:
            return []
        if key.endswith(" co") and name.endswith((".", "CO", "Co")):
            key += "unty"  # "Platte Co." is Platte County
        return self._candidates(key)

    def qualifier(self, text: str) -> Region | None:
        """The state or country a qualifier names ("Maine", "Ill.", "TX", "France"), if any."""
        if len(text) == 2 and text.isupper() and text in self.postal:
            return self.postal[text]
        found = self.qualifiers.get(normalize(text))
        if found is None and "." in text:
            found = self.qualifiers.get(normalize(text.replace(" ", "")))  # "W. Va." as "W.Va."
        return found

    def region(self, region: Region) -> Entry | None:
        """The country or first-order division a qualifier names."""
        number = self._regions.get(region)
        return None if number is None else self._entry(number)

    def demonym(self, text: str) -> Entry | None:
        """The place a capitalised demonym names ("Russian" -> Russia, "Texans" -> Texas), if any."""
        if not text[:1].isupper():
            return None
        number = self._demonyms.get(normalize(text))
        return None if number is None else self._entry(number)

    def _read_entry(self, number: int) -> Entry:
        row = self._connection().execute(f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE number = ?", (number,)).fetchone()
        return Entry(*row)

    def _read_candidates(self, key: str) -> list[tuple[Entry, bool]]:
        rows = self._connection().execute(
            f"SELECT {_ENTRY_COLUMNS}, names.alternate FROM names JOIN entries USING (number) WHERE names.key = ? ORDER BY names.seq",
            (key,),
        )
        return [(Entry(*row[:-1]), bool(row[-1])) for row in rows]

    def _connection(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db


def build() -> Path:
    """Compile the gazetteer unless a build from the same sources exists; its path. (What
    `make` calls at install time; otherwise the first use does it.)"""
    path = cache.compiled_path(NAME, [SCHEMA, *fingerprint_sources()], suffix=".sqlite")
    return cache.build_file(path, lambda temporary: write(read_sources(), temporary))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, compiled at first use and opened once per process."""
    return Gazetteer(build())


def write(sources: Sources, path: Path) -> None:
    """Write `sources` as a gazetteer file at `path`."""
    db = sqlite3.connect(path)
    try:
        db.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE entries (number INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL, lon REAL,
                                  feature_class TEXT, feature_code TEXT, country TEXT, admin1 TEXT, population INTEGER);
            CREATE TABLE names (key TEXT, seq INTEGER, number INTEGER, alternate INTEGER, PRIMARY KEY (key, seq)) WITHOUT ROWID;
            CREATE TABLE qualifiers (key TEXT PRIMARY KEY, country TEXT, admin1 TEXT) WITHOUT ROWID;
            CREATE TABLE postal (code TEXT PRIMARY KEY, country TEXT, admin1 TEXT) WITHOUT ROWID;
            CREATE TABLE counties (key TEXT PRIMARY KEY, country TEXT, admin1 TEXT) WITHOUT ROWID;
            CREATE TABLE regions (country TEXT, admin1 TEXT, number INTEGER);
            CREATE TABLE generic (word TEXT PRIMARY KEY) WITHOUT ROWID;
            CREATE TABLE demonyms (key TEXT PRIMARY KEY, number INTEGER) WITHOUT ROWID;
            """
        )
        db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ((number, *entry) for number, entry in enumerate(sources.entries)))
        db.executemany(
            "INSERT INTO names VALUES (?, ?, ?, ?)",
            ((key, seq, code >> 1, code & 1) for key, codes in sources.index.items() for seq, code in enumerate(codes)),
        )
        db.executemany("INSERT INTO qualifiers VALUES (?, ?, ?)", ((key, *region) for key, region in sources.qualifiers.items()))
        db.executemany("INSERT INTO postal VALUES (?, ?, ?)", ((code, *region) for code, region in sources.postal.items()))
        db.executemany("INSERT INTO counties VALUES (?, ?, ?)", ((key, *region) for key, region in sources.counties.items()))
        db.executemany("INSERT INTO regions VALUES (?, ?, ?)", ((*region, number) for region, number in sources.regions.items()))
        db.executemany("INSERT INTO generic VALUES (?)", ((word,) for word in sources.generic))
        db.executemany("INSERT INTO demonyms VALUES (?, ?)", sources.demonyms.items())
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()
