"""`import_agents`: the Phoenix agents file (role nouns: "ACTIVIST [~OPP]", "INSURGENT [~REB]")
as a table of role nouns the actor knowledge base adds to its own (`ActorKB.roles`; the curated
`actor_roles.tsv` wins where both know a noun).

A role is written as the actors stage looks it up: lower case, singular (the stage reads
lemmas), with an irregular plural kept as a role of its own ("attorneys general"). A role is
`bare` (an actor alone, with no country: "insurgents attacked" ---REB) when its type is one
`phoenix_import.toml` lists, or, of two words, the first is a curated role that is ("army patrol"). Left out: agents coded before the actor's code ("[IGO~]": tidings
composes a code as country + type), the words `phoenix_import.toml` leaves out ("deputy"
qualifies a title in news; "prison" is a place), a noun or phrase whose head noun the curated
roles know ("security force" COP, where a force is MIL; "foreign ministry" GOV, which the curated
"ministry" codes already: the house's reading of the noun stands, whatever modifies it), and a
noun listed twice (the first stays).
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path

from tidings.knowledge import read_tsv
from tidings.knowledge.phoenix.actors import AGENTS_FILE
from tidings.knowledge.phoenix.codes import import_rules
from tidings.knowledge.phoenix.dictionary import phrase_words, read_agents
from tidings.knowledge.phoenix.output import header, write_tsv

log = logging.getLogger("tidings")

ROLES_FILE = "roles_phoenix.tsv"


def import_agents(source_dir: Path, data_dir: Path) -> list[Path]:
    """Write the role nouns of the agents file in `source_dir`."""
    rules = import_rules()
    left_out, bare_types = set(rules["agents_left_out"]), set(rules["bare_agent_types"])
    curated_rows = list(read_tsv("actor_roles.tsv"))
    curated = {row["role"]: row["type"] for row in curated_rows}
    curated_bare = frozenset(row["role"] for row in curated_rows if row["bare"] == "yes")
    postpositive = frozenset(rules["postpositive_words"])
    skipped: Counter = Counter()
    rows: dict[str, list[str]] = {}
    for agent in read_agents(source_dir / AGENTS_FILE, skipped):
        role = " ".join(phrase_words(agent.phrase)).lower()
        if agent.before:
            skipped["coded before the actor"] += 1
        elif role in left_out:
            skipped["left out by phoenix_import.toml"] += 1
        elif _head(role, postpositive) in curated:
            skipped["its head noun in actor_roles.tsv"] += 1
        else:
            words = role.split()  # "army patrol": an army's, an actor alone as the army is (not "minister for youth")
            modifiers = words[:-1] if len(words) == 2 else []
            bare = "yes" if agent.code[:3] in bare_types or curated_bare.intersection(modifiers) else "no"
            for noun in (role, " ".join(phrase_words(agent.plural or "")).lower()):
                if noun and noun in rows:
                    skipped["listed twice"] += 1
                elif noun:
                    rows[noun] = [noun, agent.code, bare]
    note = "A role noun (lower case, singular; irregular plurals as roles of their own) and its CAMEO type; bare: an actor alone."
    path = write_tsv(data_dir / ROLES_FILE, header("role nouns (agents)", [source_dir / AGENTS_FILE], note=note), ["role", "type", "bare"], rows.values())
    log.info("phoenix agents: %d role nouns; skipped %s", len(rows), dict(skipped))
    return [path]


def _head(role: str, postpositive: frozenset[str]) -> str:
    """A role phrase's head noun: its last word, or its first before a word that follows its noun
    ("attorney general", "president elect")."""
    words = role.split()
    return words[0] if len(words) > 1 and words[-1] in postpositive else words[-1]
