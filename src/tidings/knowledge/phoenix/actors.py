"""`import_actors`: the Phoenix actor dictionaries (Countries, International, MilNonState) as
tidings' people, organisations and institutions.

Each entry is read as one of:
- a *place* (every code a country or region: "AFGHANISTAN_ [AFG]" and its cities): left out, the
  gazetteer and the country table know places;
- a *person*: listed among the office holders (comment `CountryInfo.txt`, `IGOrulers`), or
  named like a person (two to six words, none an organisation's word: in the first phrase where
  the codes are dated, in every phrase where not), unless it is a company or a state body without
  dates; dated codes become terms (spells in an office; one begun when the source's window
  opens, open at the start), the undated one the code outside them; a dated elite code (ELI:
  before or after office) is no office, and stands for the code outside terms where the entry
  has no undated one;
- an *institution*: a country's state body, undated ("AFGHAN_NATIONAL_ARMY [AFGMIL]"), joining
  the group actor of its code; phrases naming an office ("GERMAN_CHANCELLOR") are left to the
  actors stage's titles, which find the office holder on the date;
- an *organisation*: everything else (IGOs, NGOs, companies, armed groups), with its own id.
A person's surname (the last word of a full name, the first where names put the family name
first) is one of their ambiguous names. Entries naming the same person (same full name, countries that agree or are unknown) are merged;
namesakes of different countries get ids that say the country (`phoenix:ali_hassan:egy`; the
others' ids, `phoenix:<name>`, are given when the knowledge is compiled: `knowledge/merge.py`).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from tidings.knowledge import read_jsonl, read_tsv
from tidings.knowledge.actors import FORMER_TYPE, actor_rules, normalized, segments
from tidings.knowledge.phoenix.codes import CodeReader, import_rules, main_country
from tidings.knowledge.phoenix.dictionary import ActorEntry, Agent, DatedCode, Skipped, phrase_words, read_actors, read_agents
from tidings.knowledge.phoenix.naming import Lexicon, organisation_names, person_names, surname
from tidings.knowledge.phoenix.output import header, write_jsonl, write_tsv

log = logging.getLogger("tidings")

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENTS_FILE = "Phoenix.agents.txt"
PEOPLE_FILE = "people_phoenix.jsonl"
ORGANISATIONS_FILE = "organisations_phoenix.jsonl"
INSTITUTIONS_FILE = "institutions_phoenix.tsv"
_MAX_PERSON_WORDS = 6
ID_PREFIX = "phoenix"  # an imported actor's id without a QID: phoenix:<name>, never an unknown name's name:<name>


def import_actors(source_dir: Path, data_dir: Path) -> list[Path]:
    """Write the people, organisations and institutions of the actor files in `source_dir`."""
    skipped: Skipped = Counter()
    agents = list(read_agents(source_dir / AGENTS_FILE, Counter()))
    reader = CodeReader.load(frozenset(agent.code for agent in agents))
    lexicon = _lexicon(agents, reader)
    rules = import_rules()
    people, organisations, institutions = [], [], []
    for name in ACTOR_FILES:
        for entry in read_actors(source_dir / name, skipped):
            source = f"{name.split('.')[1]}:{entry.line}"
            codes = [code for code in entry.codes if code.code]
            if not codes:
                skipped["only the null code"] += 1
            elif all(reader.is_place(code.code) for code in codes):
                skipped["a place"] += 1
            else:
                kind = _kind(entry, codes, lexicon, reader, rules)
                if kind == "person":
                    people.extend(_person(entry, codes, lexicon, reader, rules, source, skipped))
                elif kind == "institution":
                    institutions.extend(_institution_rows(entry, codes[0].code, lexicon, rules, skipped))
                else:
                    organisations.extend(_organisation(entry, codes, lexicon, reader, source, skipped))
    people = _merge_people(people, skipped)
    organisations = _merge_organisations(organisations, skipped)
    sources = [source_dir / name for name in (*ACTOR_FILES, AGENTS_FILE)]
    paths = [
        write_jsonl(data_dir / PEOPLE_FILE, header("people (persons with dated CAMEO codes)", sources), people),
        write_jsonl(data_dir / ORGANISATIONS_FILE, header("organisations (IGOs, NGOs, companies, armed groups)", sources), organisations),
        write_tsv(data_dir / INSTITUTIONS_FILE, header("institutions (state bodies, by CAMEO code)", sources), ["name", "cameo", "form"], _unique_rows(institutions)),
    ]
    log.info("phoenix actors: %d people, %d organisations, %d institution names; skipped %s",
             len(people), len(organisations), len(institutions), dict(skipped))
    return paths


def _lexicon(agents: list[Agent], reader: CodeReader) -> Lexicon:
    rules, actor = import_rules(), actor_rules()
    roles = {row["role"].upper() for row in read_tsv("actor_roles.tsv") if " " not in row["role"]}
    nouns = {agent.phrase for agent in agents if "_" not in agent.phrase.strip("_")}
    words = {*roles, *nouns, *(w.upper() for w in actor["title_modifiers"]), *(h.upper().rstrip(".") for h in actor["honorifics"])}
    organisations = {
        text.upper() for org in read_jsonl("organisations.jsonl") for text in (org["name"], *org.get("aliases", ()), *org.get("short", ()))
    }
    return Lexicon(
        titles=frozenset(words | set(rules["title_words"])),
        organisation_words=frozenset(rules["organisation_words"]),
        organisations=frozenset(organisations),
        family_name_first=frozenset(rules["family_name_first"]),
        particles=frozenset(rules["name_particles"]),
        countries=reader.countries,
    )


def _kind(entry: ActorEntry, codes: list[DatedCode], lexicon: Lexicon, reader: CodeReader, rules: dict) -> str:
    """person, institution or organisation (see the module's docstring)."""
    if any(marker in comment for comment in entry.comments for marker in rules["person_comments"]):
        return "person"
    if segments(codes[0].code)[0] == "MNC":  # companies' names often look like people's
        return "organisation"
    dated = any(code.dated for code in codes)
    if not dated and reader.is_state_body(codes[0].code):
        return "institution"
    full, _ = person_names(entry.phrases, lexicon)
    # a person in office (dated codes) may have synonyms naming their administration ("OBAMA_
    # ADMINISTRATION"): only the first phrase counts; an undated entry's every phrase does
    phrases = entry.phrases[:1] if dated else entry.phrases
    named = {word for phrase in phrases for word in phrase_words(phrase)}
    if full and len(full[0].split()) <= _MAX_PERSON_WORDS and not lexicon.organisation_words.intersection(named):
        return "person"
    return "organisation"


def _person(entry, codes, lexicon, reader, rules, source, skipped) -> list[dict]:
    full, single = person_names(entry.phrases, lexicon)
    if not full and not single:
        skipped["a person without a name"] += 1
        return []
    elite = [code for code in codes if code.dated and segments(code.code)[1:2] == [FORMER_TYPE]]
    default = next((code.code for code in codes if not code.dated), None) or next((code.code for code in elite), None)
    open_from = _window_start(entry, codes, rules)
    terms = [{"cameo": c.code, "start": None if c.start == open_from else _iso(c.start), "end": _iso(c.end)} for c in codes if c.dated and c not in elite]
    country = (reader.country(default) if default else None) or main_country([code.code for code in codes], reader)
    names = full or single
    surnames = [surname(name, country in lexicon.family_name_first) for name in full]
    return [_compact({
        "name": names[0], "aliases": names[1:] if full else [],
        "ambiguous": list(dict.fromkeys(name for name in [*single, *surnames] if name)),
        "country": country, "cameo": default, "terms": terms, "source": source,
    })]


def _window_start(entry: ActorEntry, codes: list[DatedCode], rules: dict) -> date | None:
    """The day the source's window opens, where the entry's first dated code starts on it (a
    spell already running then: `window_start` in the import rules), else None."""
    window = rules["window_start"]
    starts = [code.start or date.min for code in codes if code.dated]
    if window["day"] in starts and min(starts) == window["day"] and any(window["comment"] in c for c in entry.comments):
        return window["day"]
    return None


def _organisation(entry, codes, lexicon, reader, source, skipped) -> list[dict]:
    full, short = organisation_names(entry.phrases, lexicon)
    if not full and not short:
        skipped["an organisation without a name"] += 1
        return []
    undated = [code for code in codes if not code.dated]
    code = (undated or sorted(codes, key=lambda c: c.start or c.end)[-1:])[0].code
    names = full or short
    return [_compact({
        "name": names[0], "aliases": names[1:] if full else [], "short": short if full else [],
        "kind": "group" if reader.sector(code) in ("armed", "party") and segments(code)[0] not in ("IGO", "NGO", "MNC") else "organisation",
        "sector": reader.sector(code), "cameo": code, "country": reader.country(code), "source": source,
    })]


def _institution_rows(entry, code, lexicon, rules, skipped) -> list[list[str]]:
    full, short = organisation_names(entry.phrases, lexicon)
    heads = frozenset(rules["person_role_heads"])
    rows = []
    for form, names in (("full", full), ("short", short)):
        for name in names:
            head = name.upper().split(" OF ")[0].split()[-1]
            if head in heads:
                skipped["an office, left to titles"] += 1
            elif form == "short" and name.upper() in lexicon.titles:
                skipped["a body every country has, left to roles"] += 1  # "Senate": the article's country's
            else:
                rows.append([name, code, form])
    return rows


def _merge_people(people: list[dict], skipped: Skipped) -> list[dict]:
    """One record per person: entries with the same full name and countries that agree (or are
    unknown) merge, their codes in file order; namesakes keep apart, their ids naming the country."""
    by_name: dict[str, list[dict]] = {}
    for person in people:
        found = by_name.setdefault(normalized(person["name"]), [])
        same = next((p for p in found if None in (p.get("country"), person.get("country")) or p.get("country") == person.get("country")), None)
        if same is None:
            found.append(person)
            continue
        skipped["a person listed twice (merged)"] += 1
        person["aliases"] = [person["name"], *person.get("aliases", [])]
        for key in ("aliases", "ambiguous", "terms"):
            same[key] = [*same.get(key, []), *(v for v in person.get(key, []) if v not in same.get(key, []))]
        same["aliases"] = [name for name in same["aliases"] if name != same["name"]]
        same["country"] = same.get("country") or person.get("country")
        same["cameo"] = same.get("cameo") or person.get("cameo")
        same["source"] += f" {person['source']}"
    merged = []
    for key, found in by_name.items():
        for person in found:
            if len(found) > 1:
                person["id"] = f"{ID_PREFIX}:{key}:{(person.get('country') or 'none').lower()}"
            merged.append(_compact(person))
    return merged


def _merge_organisations(organisations: list[dict], skipped: Skipped) -> list[dict]:
    """One record per organisation name; a later entry of the same name adds its names only."""
    by_name: dict[str, dict] = {}
    for org in organisations:
        same = by_name.get(normalized(org["name"]))
        if same is None:
            by_name[normalized(org["name"])] = org
            continue
        skipped["an organisation listed twice (merged)"] += 1
        for key in ("aliases", "short"):
            same[key] = [*same.get(key, []), *(v for v in org.get(key, []) if v not in same.get(key, []))]
    return [_compact(org) for org in by_name.values()]


def _unique_rows(rows: Iterable[list[str]]) -> list[list[str]]:
    seen: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        seen.setdefault((row[0], row[1]), row)
    return list(seen.values())


def _compact(record: dict) -> dict:
    """Without empty values, for a smaller file (the loaders' defaults fill them)."""
    return {key: value for key, value in record.items() if value not in (None, [], "")}


def _iso(day) -> str | None:
    return day.isoformat() if day else None
