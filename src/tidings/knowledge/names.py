"""Names the knowledge base knows, as spaCy EntityRuler patterns: leaders, organisations,
institutions and countries (from the actor knowledge) and facilities, seas and regions (from
`places_features.tsv`)."""

from __future__ import annotations

from tidings.knowledge import read_tsv
from tidings.knowledge.actors import actor_kb


def place_patterns() -> list[dict]:
    """Facilities (FAC) and other places (LOC) marked as patterns, by name and by multi-word
    alias: one-word aliases ("Pacific", "Atlantic") would take names from organisations."""
    return [
        {"label": "FAC" if row["feature_class"] == "S" else "LOC", "pattern": name}
        for row in read_tsv("places_features.tsv")
        if row["pattern"] == "yes"
        for name in [row["name"], *(alias for alias in row["aliases"].split("|") if " " in alias)]
    ]


def entity_patterns() -> list[dict]:
    """Every pattern, actors' first (the order the ruler applied them in before)."""
    return actor_kb().entity_patterns() + place_patterns()
