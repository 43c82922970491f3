"""`tidings eval quotes`: attributions (PolNeAR-style gold) against the records' quotes.

Gold spans are lists of fragments (brat discontinuous spans: a quotation broken by "he said",
a cue like "said ... that"). A side's fragments combine into their covering extent, from the
first fragment's start to the last one's end, and a system quote's `spans` combine the same
way. A system content matches a gold content when the characters the two extents share are at
least half of the characters either covers (overlap / union >= 0.5); matching is one-to-one,
best overlap first.

Metrics (DESIGN.md §3): `attributions` (gold attributions with content); `content_precision`,
`content_recall`, `content_f1`; `source_accuracy` and `cue_accuracy`: of matched attributions
whose gold has a source / cue, the share where the system's speaker / cue span overlaps it
(null when there are none).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from pydantic import BaseModel

from tidings.errors import ReadError
from tidings.evaluate.gold import article
from tidings.evaluate.metrics import f1, ratio
from tidings.model import Quote
from tidings.progress import quiet

Extent = tuple[int, int]
MATCH = 0.5
# The scored spans (content, speaker, cue) come from the parse alone: which actor a speaker
# names changes no span, so the scorer runs the quotes component without the others.
COMPONENTS = ("tidings_quotes",)


class Attribution(BaseModel):
    """One attribution on either side, reduced to covering extents."""

    content: Extent
    source: Extent | None = None
    cue: Extent | None = None


def extent(fragments: Iterable[Sequence[int]]) -> Extent | None:
    """The covering extent of [start, end] fragments; None for no fragments."""
    pairs = [(int(f[0]), int(f[1])) for f in fragments]
    if not pairs:
        return None
    return min(s for s, _ in pairs), max(e for _, e in pairs)


def overlap_ratio(a: Extent, b: Extent) -> float:
    """Shared characters over the characters either extent covers."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return shared / union if shared > 0 and union > 0 else 0.0


def overlaps(a: Extent | None, b: Extent | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def match(system: list[Attribution], gold: list[Attribution]) -> list[tuple[int, int]]:
    """One-to-one (system index, gold index) pairs whose contents match, best overlap first."""
    candidates = sorted(
        (
            (share, i, j)
            for i, s in enumerate(system)
            for j, g in enumerate(gold)
            if (share := overlap_ratio(s.content, g.content)) >= MATCH
        ),
        reverse=True,
    )
    used_system: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in used_system and j not in used_gold:
            used_system.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    return pairs


class Tally(BaseModel):
    """Counts over documents, from which the metrics follow."""

    gold: int = 0
    system: int = 0
    matched: int = 0
    with_source: int = 0
    source_right: int = 0
    with_cue: int = 0
    cue_right: int = 0

    def add(self, system: list[Attribution], gold: list[Attribution]) -> None:
        self.gold += len(gold)
        self.system += len(system)
        for i, j in match(system, gold):
            self.matched += 1
            if gold[j].source is not None:
                self.with_source += 1
                self.source_right += overlaps(system[i].source, gold[j].source)
            if gold[j].cue is not None:
                self.with_cue += 1
                self.cue_right += overlaps(system[i].cue, gold[j].cue)

    def metrics(self) -> dict[str, float | int | None]:
        precision = ratio(self.matched, self.system, empty=0.0)
        recall = ratio(self.matched, self.gold, empty=0.0)
        return {
            "attributions": self.gold,
            "content_precision": precision,
            "content_recall": recall,
            "content_f1": f1(precision, recall),
            "source_accuracy": ratio(self.source_right, self.with_source),
            "cue_accuracy": ratio(self.cue_right, self.with_cue),
        }


def gold_attributions(doc: dict) -> list[Attribution]:
    """A gold document's attributions that have content."""
    found = []
    for item in doc.get("attributions", []):
        content = extent(item.get("content", []))
        if content is not None:
            found.append(
                Attribution(content=content, source=extent(item.get("source", [])), cue=extent(item.get("cue", [])))
            )
    return found


def system_attributions(quotes: list[Quote]) -> list[Attribution]:
    """A record's quotes as attributions: content spans, speaker span, cue span. Quotes nested in
    another's quotation are left out: PolNeAR annotates only the outer attribution."""
    found = []
    for quote in quotes:
        if quote.within is not None:
            continue
        content = extent((s.start, s.end) for s in quote.spans)
        if content is not None:
            found.append(
                Attribution(
                    content=content,
                    source=(quote.speaker_span.start, quote.speaker_span.end) if quote.speaker_span else None,
                    cue=(quote.cue_span.start, quote.cue_span.end) if quote.cue_span else None,
                )
            )
    return found


def evaluate(pipeline, docs: list[dict], progress: Callable = quiet) -> dict:
    tally = Tally()
    outcomes = pipeline.pipe(article(doc) for doc in docs)
    for doc, outcome in progress(zip(docs, outcomes), len(docs), "quotes"):
        quotes = [] if isinstance(outcome, ReadError) else outcome.quotes
        tally.add(system_attributions(quotes), gold_attributions(doc))
    return tally.metrics()
