"""Stories: the articles that report one news story, found before their event mentions are compared.

Each article is a set of keys (names, canonical ids, years, content words), weighted by idf among
the articles clustered, content words less than names. Articles are read in the order given; each joins the story it is most similar
to (its mean cosine to the story's articles) if that is at least `threshold` and the story's dates
are within `window_days` of its own, else starts a story: the online clustering of topic detection
and tracking (Allan et al. 1998). Further passes let each article move to the story it is now most
similar to, once all stories have formed (as k-means does). Stories are found and compared through
an inverted index on keys; a key already found in more than `max_key_stories` stories ("police",
"said") says little about which story an article belongs to and is left out, so the cost grows
with the number of articles, not its square.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

Vector = dict[str, float]


@dataclass(frozen=True, slots=True)
class StoryArticle:
    keys: frozenset[str]
    published: date | None = None


@dataclass(frozen=True)
class StorySettings:
    threshold: float = 0.12  # mean cosine of an article to a story's articles to join it
    window_days: int = 14  # an article joins no story whose dates are further from its own
    max_key_stories: int = 50  # a key already in more stories says little: it is not compared
    word_weight: float = 0.4  # a content word (`word:` key) counts this much beside a name or an id
    passes: int = 2  # the first reads articles in order; each further one lets them move


@dataclass
class _Story:
    centroid: Vector = field(default_factory=dict)  # the sum of its articles' unit vectors
    size: int = 0
    first: date | None = None
    last: date | None = None

    def add(self, vector: Vector, published: date | None) -> None:
        for key, weight in vector.items():
            self.centroid[key] = self.centroid.get(key, 0.0) + weight
        self.size += 1
        if published is not None:
            self.first = published if self.first is None else min(self.first, published)
            self.last = published if self.last is None else max(self.last, published)

    def within(self, published: date | None, window_days: int) -> bool:
        if published is None or self.first is None or self.last is None:
            return True
        return (self.first - published).days <= window_days and (published - self.last).days <= window_days


class _Index:
    """Stories and the keys that find them."""

    def __init__(self, settings: StorySettings) -> None:
        self.stories: list[_Story] = []
        self.postings: dict[str, list[int]] = defaultdict(list)  # key -> stories whose centroid has it
        self._settings = settings

    def best(self, vector: Vector, published: date | None, own: int | None = None) -> int | None:
        """The story most similar to an article (ties: the older), if similar enough; `own`, the
        story the article is in, is compared as if without it."""
        overlap: dict[int, float] = defaultdict(float)
        for key, weight in vector.items():
            found = self.postings.get(key, ())
            if len(found) <= self._settings.max_key_stories:
                for story in found:
                    overlap[story] += weight * self.stories[story].centroid[key]
        candidates = []
        for story, dot in overlap.items():
            size = self.stories[story].size
            if story == own:
                dot, size = dot - 1.0, size - 1  # a unit vector's dot with itself
            if size and self.stories[story].within(published, self._settings.window_days):
                candidates.append((dot / size, -story))
        similarity, older = max(candidates, default=(0.0, 0))
        return -older if candidates and similarity >= self._settings.threshold else None

    def add(self, story: int | None, vector: Vector, published: date | None) -> int:
        if story is None:
            story = len(self.stories)
            self.stories.append(_Story())
        centroid = self.stories[story].centroid
        for key in vector:
            if key not in centroid:
                self.postings[key].append(story)
        self.stories[story].add(vector, published)
        return story


def stories(articles: Sequence[StoryArticle], settings: StorySettings = StorySettings()) -> list[int]:
    """A story id for each article (0.. in order of first appearance)."""
    frequency: dict[str, int] = defaultdict(int)
    for article in articles:
        for key in article.keys:
            frequency[key] += 1
    total = len(articles)
    vectors = [_vector(article.keys, frequency, total, settings.word_weight) for article in articles]
    index = _Index(settings)
    labels = [index.add(index.best(v, a.published), v, a.published) for v, a in zip(vectors, articles)]
    for _ in range(settings.passes - 1):
        moved = [index.best(v, a.published, own) for v, a, own in zip(vectors, articles, labels)]
        index, new, labels = _Index(settings), {}, []
        for position, (story, vector, article) in enumerate(zip(moved, vectors, articles)):
            group = story if story is not None else -1 - position  # no story is close: alone
            new[group] = index.add(new.get(group), vector, article.published)
            labels.append(new[group])
    ids: dict[int, int] = {}
    return [ids.setdefault(label, len(ids)) for label in labels]


def _vector(keys: frozenset[str], frequency: dict[str, int], total: int, word_weight: float) -> Vector:
    """An article's unit vector: each key its idf (a key of one article only is dropped), content
    words weighed down."""
    vector = {}
    for key in sorted(keys):  # in one order whatever the hash seed, so that sums round alike
        if frequency[key] > 1:
            idf = math.log((1 + total) / (1 + frequency[key])) + 1.0
            vector[key] = idf * word_weight if key.startswith("word:") else idf
    return _unit(vector)


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {k: w / norm for k, w in vector.items()} if norm else {}
