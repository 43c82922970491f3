"""Event-mention clustering: which mentions, within one article or across many, tell of one event.

`MentionReader` reduces each mention to typed features (`EventMention`) when its article is
read; `cluster` groups any number of stored mentions, articles into stories first, then mentions
within a story (`link.py`).
"""

from tidings.corpus.cluster.link import ClusterSettings, cluster
from tidings.corpus.cluster.mention import EventMention, MentionReader
from tidings.knowledge.trigger_groups import TriggerGroup, lemma_groups, trigger_group

__all__ = ["ClusterSettings", "EventMention", "MentionReader", "TriggerGroup", "cluster", "lemma_groups", "trigger_group"]
