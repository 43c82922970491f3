"""`cluster`: which event mentions, within one article or across many, tell of one event.

Articles are first grouped into stories (`stories.py`); within a story, mentions whose triggers
fall in one lemma group (`event_lemma_groups.tsv`) are compared pairwise and linked when the
evidence for one event outweighs the cost, the strongest links first, and links close
transitively. The evidence: the share of the story's articles that mention the group (the
story's main event is told by most of them, an aside by one), the same trigger lemma. The cost:
how far into its article the later of the two mentions comes (a lead tells the story's event; a
late paragraph tells of background and earlier events), a trigger that is not a verb or noun
("dead", "guilty": a state, not an act), two mentions in one sentence. Reporting verbs ("say")
name a new act every time someone speaks: two link only across articles, when their sentences
share a participant and most of their words (one statement, reported twice). What is known
keeps clusters apart (`partition.py`): different event dates, places with nothing in common for
a place-bound event, and, within one article, mentions the events stage read as different
events; mentions it read as one event are one cluster from the start.

Blocking keeps the cost near-linear: mentions are compared only within their (story, trigger
group) block, and each with at most `window` earlier mentions of it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from tidings.corpus.cluster.mention import EventMention
from tidings.corpus.cluster.partition import Partition
from tidings.corpus.cluster.stories import StoryArticle, StorySettings, stories
from tidings.knowledge.trigger_groups import TriggerGroup, trigger_group


NAMING = frozenset({"VERB", "NOUN", "PROPN", ""})  # parts of speech that name an act ("" where not known)


@dataclass(frozen=True)
class ClusterSettings:
    """How articles are grouped into stories and how much evidence links two mentions."""

    stories: StorySettings = StorySettings()
    base: float = 0.25  # the score of two mentions in one block before evidence and cost
    same_trigger: float = 1.5  # the same lemma, not only the same group
    spread: float = 4.4  # times the share of the story's other articles that mention the group
    depth: float = 2.0  # times log(1 + the later mention's prose sentence index)
    modifier: float = 1.7  # either trigger is not a verb or noun ("dead", "guilty": a state, not an act)
    same_sentence: float = 2.4  # both mentions in one sentence
    restatement: float = 0.3  # reporting verbs: the Jaccard similarity of words that makes one statement
    date_tolerance_days: int = 1  # event dates further apart are different events
    window: int = 200  # each mention is compared with at most this many earlier ones of its block
    use_context: bool = True  # False: link every mention of one trigger group (lemma baseline)


def cluster(mentions: Sequence[EventMention], settings: ClusterSettings = ClusterSettings()) -> list[int]:
    """A cluster id for each mention (ids are 0.. in order of first appearance); the same input in
    the same order gives the same clusters."""
    groups = [trigger_group(m.trigger) for m in mentions]
    if not settings.use_context:
        ids: dict[TriggerGroup, int] = {}
        return [ids.setdefault(group, len(ids)) for group in groups]
    partition = Partition(mentions, [g.place_bound for g in groups], settings.date_tolerance_days)
    told: dict[tuple[str, str], int] = {}  # an article's mentions of one event, as the events stage read it
    for index, mention in enumerate(mentions):
        if mention.event is not None:
            partition.merge(told.setdefault((mention.doc_id, mention.event), index), index)
    story_of = _stories(mentions, settings)
    blocks: dict[tuple[int, TriggerGroup], list[int]] = defaultdict(list)
    for index, (mention, group) in enumerate(zip(mentions, groups)):
        blocks[story_of[mention.doc_id], group].append(index)
    story_size = Counter(story_of.values())
    for (story, group), block in blocks.items():
        told_by = len({mentions[i].doc_id for i in block})
        spread = (told_by - 1) / max(1, story_size[story] - 1)  # the share of the story's other articles
        links = []
        for position, j in enumerate(block):
            for i in block[max(0, position - settings.window) : position]:
                score = _score(mentions[i], mentions[j], group, spread, settings)
                if score is not None and score >= 0.0:
                    links.append((-score, i, j))
        for _, i, j in sorted(links):  # the strongest first, so that they decide what a cluster is
            partition.merge(i, j)
    return partition.labels()


def _stories(mentions: Sequence[EventMention], settings: ClusterSettings) -> dict[str, int]:
    """The story of each article (by doc id), articles taken in order of their first mention."""
    articles: dict[str, StoryArticle] = {}
    for mention in mentions:
        if mention.doc_id not in articles:
            articles[mention.doc_id] = StoryArticle(mention.context, mention.published)
    labels = stories(list(articles.values()), settings.stories)
    return dict(zip(articles, labels))


def _score(a: EventMention, b: EventMention, group: TriggerGroup, spread: float, settings: ClusterSettings) -> float | None:
    """How strongly two mentions of one trigger group in one story, told by `spread` of its other
    articles, tell of one event (linked from 0 up); None where what is known rules it out."""
    if a.doc_id == b.doc_id and a.event is not None and b.event is not None:
        return None  # the events stage has decided
    if group.needs_argument and not _restated(a, b, settings.restatement):
        return None
    score = settings.base - settings.depth * math.log1p(max(a.sentence, b.sentence))
    score += settings.spread * spread
    if a.trigger == b.trigger:
        score += settings.same_trigger
    if not (a.pos in NAMING and b.pos in NAMING):
        score -= settings.modifier
    if a.doc_id == b.doc_id and a.sentence == b.sentence:
        score -= settings.same_sentence
    return score


def _restated(a: EventMention, b: EventMention, least_overlap: float) -> bool:
    """Whether two reporting mentions in different articles report one statement: a participant
    in common and at least `least_overlap` of their sentences' words (Jaccard)."""
    if a.doc_id == b.doc_id or a.arguments.isdisjoint(b.arguments) or not (a.words and b.words):
        return False
    return len(a.words & b.words) / len(a.words | b.words) >= least_overlap
