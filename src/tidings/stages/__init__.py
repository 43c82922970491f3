"""The six stages as spaCy components, in the order the pipeline runs them: each reads what the
earlier ones wrote on the Doc. Importing this package registers their factories."""

from __future__ import annotations

from tidings.stages import actors, events, factuality, places, quotes, times  # noqa: F401  (register the factories)

COMPONENTS = ("tidings_places", "tidings_actors", "tidings_times", "tidings_events", "tidings_quotes", "tidings_factuality")
