"""Generated event mentions for the clustering benchmark and the scale test: stories of articles
that share their names and words, each article telling its story's event in its lead and asides
further down, as stored mentions look after ingest."""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

from tidings.corpus.cluster import EventMention, cluster

MAIN_TRIGGERS = ("attack", "arrest", "die", "fire", "earthquake", "resign", "acquire", "protest", "sign", "visit")
ASIDE_TRIGGERS = ("say", "meet", "charge", "warn", "injure", "release", "launch", "investigate", "vote", "win", "lose", "hire")
COMMON_WORDS = tuple(f"word:common{n}" for n in range(400))  # words every kind of story uses
START = date(2024, 1, 1)


def synthetic_mentions(
    count: int, seed: int = 0, mentions_per_article: int = 10, articles_per_story: int = 20
) -> list[EventMention]:
    """`count` mentions: stories of `articles_per_story` articles published over a few days, each
    article with `mentions_per_article` mentions (its story's event in the lead, with its place
    and date; asides after)."""
    rng = random.Random(seed)
    mentions: list[EventMention] = []
    story = 0
    while len(mentions) < count:
        names = frozenset({f"name:person {story}", f"name:place {story}", f"actor:Q{story}"})
        words = frozenset(f"word:story{story}x{n}" for n in range(6))
        main = MAIN_TRIGGERS[story % len(MAIN_TRIGGERS)]
        day = START + timedelta(days=story // 50)
        place = frozenset({f"{story}", f"C{story % 150}", f"C{story % 150}.{story % 7}"})  # a city, its country and region
        for article in range(articles_per_story):
            doc_id = f"s{story}a{article}"
            context = names | words | frozenset(rng.sample(COMMON_WORDS, 20))
            published = day + timedelta(days=rng.randrange(3))
            for n in range(mentions_per_article):
                if len(mentions) == count:
                    return mentions
                lead = n == 0
                mentions.append(
                    EventMention(
                        doc_id, n * 100, n * 100 + 6, main if lead else rng.choice(ASIDE_TRIGGERS),
                        arguments=frozenset(rng.sample(sorted(names), 2)), context=context,
                        words=frozenset(rng.sample(sorted(words), 3)), sentence=0 if lead else rng.randrange(1, 20),
                        pos="VERB", places=place if lead else frozenset(), published=published,
                        date=day if lead else None,
                    )
                )
        story += 1
    return mentions


def run(sizes: list[int]) -> dict:
    """Seconds to cluster each number of generated mentions, and the clusters found."""
    results = {}
    for size in sizes:
        mentions = synthetic_mentions(size)
        started = time.perf_counter()
        labels = cluster(mentions)
        results[str(size)] = {"seconds": round(time.perf_counter() - started, 2), "clusters": max(labels, default=-1) + 1}
    return {"mentions": results}
