"""Countries: ISO 3166-1 codes, names, demonyms and capitals, looked up by the words of a text."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from tidings.knowledge import read_tsv
from tidings.knowledge.memo import TextMemo

_POSSESSIVES = ("'s", "’s", "'", "’")


class Country(BaseModel):
    model_config = ConfigDict(frozen=True)

    iso3: str
    iso2: str
    cameo: str  # CAMEO country code (ISO3 except a few GDELT codes such as ROM for Romania)
    geonameid: int
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    capital_aliases: tuple[str, ...]
    sovereign: bool  # an independent state (its capital can stand for its government)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def capitals(self) -> tuple[str, ...]:
        return (self.capital, *self.capital_aliases) if self.capital else self.capital_aliases


@lru_cache(maxsize=1 << 16)  # every stage looks up the same few names of an article again and again
def name_key(text: str) -> str:
    """The lookup form of a name as written: NFC, single spaces, no leading article or possessive."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if text[:4].lower() == "the ":
        text = text[4:]
    for suffix in _POSSESSIVES:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)].rstrip()
    return text


class CountryIndex:
    """Countries by ISO3, by name or alias, by demonym and by capital (exact case first, then folded)."""

    def __init__(self, countries: list[Country]) -> None:
        self.by_iso3 = {c.iso3: c for c in countries}
        self.by_cameo = {c.cameo: c for c in countries}
        self._names = _index(countries, lambda c: c.names)
        self._demonyms = _index(countries, lambda c: c.demonyms)
        self._capitals = _index(countries, lambda c: c.capitals)
        self._named: TextMemo[Country | None] = TextMemo()  # text -> `by_name_or_demonym`'s answer

    def __iter__(self):
        return iter(self.by_iso3.values())

    def by_name(self, text: str) -> Country | None:
        return _lookup(self._names, text)

    def by_demonym(self, text: str) -> Country | None:
        return _lookup(self._demonyms, text)

    def by_capital(self, text: str) -> Country | None:
        return _lookup(self._capitals, text)

    def by_name_or_demonym(self, text: str) -> Country | None:
        return self._named.get(text, self._by_name_or_demonym)

    def _by_name_or_demonym(self, text: str) -> Country | None:
        return self.by_name(text) or self.by_demonym(text)


def _index(countries: list[Country], names) -> dict[str, Country]:
    index: dict[str, Country] = {}
    for country in countries:
        for name in names(country):
            index.setdefault(name_key(name), country)
            if len(name) > 3:  # "US" folded would be the pronoun "us"
                index.setdefault(name_key(name).casefold(), country)
    return index


def _lookup(index: dict[str, Country], text: str) -> Country | None:
    key = name_key(text)
    found = index.get(key)
    if found is None and len(key) > 3:
        found = index.get(key.casefold())
    return found


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part for part in cell.split("|") if part)


@lru_cache(maxsize=1)
def countries() -> CountryIndex:
    """The country table (`data/countries.tsv`), loaded once."""
    rows = [
        Country(
            iso3=row["iso3"],
            iso2=row["iso2"],
            cameo=row["cameo"] or row["iso3"],
            geonameid=int(row["geonameid"]),
            name=row["name"],
            aliases=_split(row["aliases"]),
            demonyms=_split(row["demonyms"]),
            capital=row["capital"],
            capital_aliases=_split(row["capital_aliases"]),
            sovereign=row["sovereign"] == "yes",
        )
        for row in read_tsv("countries.tsv")
    ]
    return CountryIndex(rows)
