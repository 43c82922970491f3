"""Event-mention clustering: which mentions, within one article or across many, tell of one event.

A mention is reduced to typed features (`EventMention`): its trigger lemma, the participants,
places and times of its sentence, and the same over its whole article. `cluster` then links two
mentions when their triggers fall in one lemma group (`event_lemma_groups.tsv`) and their
articles speak of the same things (idf-weighted cosine of the article features, raised when
their sentences share an argument). Groups of reporting verbs ("say") link only mentions whose
sentences share an argument. Links close transitively (single link) within a trigger group.
"""

from __future__ import annotations

import itertools
import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from tidings.knowledge import read_tsv
from tidings.model import Item, Record

# spaCy entity labels that name participants, places or named events (not numbers or dates).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"})
DATED = ("day", "week", "month")  # time precisions specific enough to identify an event
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "PROPN", "NUM", "ADV"})
PARTICLE_POS = frozenset({"ADP", "PART"})  # kept after the head: "check into", "pull over"


@dataclass(frozen=True, slots=True)
class EventMention:
    """One mention of an event: where it is, its trigger and what surrounds it, as feature keys
    (`actor:Q7747`, `place:2017370`, `time:2023-09-13`, `name:tara reid`)."""

    doc_id: str
    start: int
    end: int
    trigger: str  # lemma; a multi-word trigger joins its content lemmas with "_"
    arguments: frozenset[str] = frozenset()  # keys found in the trigger's sentence
    context: frozenset[str] = frozenset()  # keys found anywhere in the article


@dataclass(frozen=True)
class ClusterSettings:
    """How strongly two mentions of one trigger group must agree to be linked."""

    context_threshold: float = 0.3  # idf-weighted cosine of the two articles' keys
    argument_bonus: float = 0.2  # added when the two sentences share a key
    use_context: bool = True  # False: link every mention of one trigger group (lemma baseline)


class TriggerGroup(NamedTuple):
    name: str
    needs_argument: bool  # link only mentions whose sentences share an argument


@lru_cache(maxsize=1)
def lemma_groups() -> dict[str, TriggerGroup]:
    """Trigger lemma -> its group, from `event_lemma_groups.tsv`."""
    groups = {}
    for row in read_tsv("event_lemma_groups.tsv"):
        group = TriggerGroup(row["group"], row["link"] == "argument")
        groups |= {lemma: group for lemma in row["lemmas"].split()}
    return groups


def trigger_group(trigger: str) -> TriggerGroup:
    """The group of a trigger lemma, else of its head word, else a group of its own."""
    groups = lemma_groups()
    head = trigger.split("_")[0]
    return groups.get(trigger) or groups.get(head) or TriggerGroup(trigger, False)


class MentionReader:
    """Reads `EventMention`s off a parsed article; built once over the spaCy pipeline (whose
    lemmatizer re-reads title-cased headline verbs that the tagger took for names)."""

    def __init__(self, nlp: Language) -> None:
        self._lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None

    def __call__(
        self, doc_id: str, doc: Doc, spans: Iterable[tuple[int, int]], record: Record | None = None
    ) -> list[EventMention]:
        """The mentions at the character `spans` of `doc` (and its record, when there is one:
        its actors, places and times add canonical keys to the names spaCy finds). A span outside
        the text, or empty, is a mention of its own; a Doc without sentences is one sentence."""
        keyed = sorted(_keyed_spans(doc, record), key=lambda k: k[1])
        starts = [start for _, start, _ in keyed]
        context = frozenset(key for key, _, _ in keyed)
        by_sentence: dict[int, frozenset[str]] = {}
        has_sentences = doc.has_annotation("SENT_START")
        mentions = []
        for start, end in spans:
            inside = 0 <= start < end <= len(doc.text)
            span = doc.char_span(start, end, alignment_mode="expand") if inside else None
            if span is None or not len(span):
                trigger = doc.text[start:end].lower() if inside else ""
                mentions.append(EventMention(doc_id, start, end, trigger, context=context))
                continue
            sentence = span.sent if has_sentences else doc[:]
            if sentence.start not in by_sentence:
                low, high = sentence.start_char, sentence.end_char
                first = bisect_left(starts, low)
                by_sentence[sentence.start] = frozenset(
                    key for key, s, e in itertools.takewhile(lambda k: k[1] < high, keyed[first:]) if e <= high
                )
            trigger = self.trigger_lemma(span)
            mentions.append(EventMention(doc_id, start, end, trigger, by_sentence[sentence.start], context))
        return mentions

    def trigger_lemma(self, span: SpacySpan) -> str:
        """The trigger's content-word lemmas, lowercased, the syntactic head first, joined by "_"."""
        content = [t for t in span if t.pos_ in CONTENT_POS]
        head = span.root if span.root.pos_ in CONTENT_POS or not content else content[0]
        rest = [t for t in span if t.i > head.i and t.pos_ in PARTICLE_POS or t in content and t.i != head.i]
        words = [head, *rest]
        return "_".join(self._lemma(token) for token in words)

    def _lemma(self, token: Token) -> str:
        """The token's lemma; a name-like or title-cased word (a headline's "Dies", "Oscars") is
        lemmatized by the verb rules, which also strip a plural noun's -s."""
        name_like = token.pos_ == "PROPN" or token.is_title and token.pos_ == "NOUN"
        if name_like and self._lemmatizer is not None:
            word = Doc(token.vocab, words=[token.lower_], pos=["VERB"])[0]
            return self._lemmatizer.rule_lemmatize(word)[0].lower()
        return token.lemma_.lower()


def _keyed_spans(doc: Doc, record: Record | None) -> list[tuple[str, int, int]]:
    """(key, start, end) for every name in the parse and every actor, place and dated time in
    the record."""
    keyed = []
    for entity in doc.ents:
        if entity.label_ in NAME_LABELS:
            for key in _name_keys(entity):
                keyed.append((key, entity.start_char, entity.end_char))
    if record is not None:
        items: list[tuple[str, Item]] = [(f"actor:{a.canonical_id}", a) for a in record.actors]
        items += [(f"place:{p.geonameid or p.name.lower()}", p) for p in record.places]
        items += [(f"time:{t.value}", t) for t in record.times if t.precision.value in DATED]
        keyed += [(key, s.start, s.end) for key, item in items for s in item.spans]
    return keyed


def _name_keys(entity: SpacySpan) -> list[str]:
    """`name:` keys of an entity: its words, lowercased, without a leading article or a trailing
    possessive; a person also by their last name, as later mentions call them."""
    words = [t.lower_ for t in entity if not (t.i == entity.start and t.lower_ == "the") and t.tag_ != "POS"]
    if not words:
        return []
    keys = [f"name:{' '.join(words)}"]
    if entity.label_ == "PERSON" and len(words) > 1:
        keys.append(f"name:{words[-1]}")
    return keys


def cluster(mentions: Sequence[EventMention], settings: ClusterSettings = ClusterSettings()) -> list[int]:
    """A cluster id for each mention (ids are 0.. in order of first appearance)."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[TriggerGroup, list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        blocks[trigger_group(mention.trigger)].append(index)
    similarity = _ArticleSimilarity(mentions)
    for group, block in blocks.items():
        for position, i in enumerate(block):
            for j in block[position + 1 :]:
                if find(i) != find(j) and _linked(mentions[i], mentions[j], group, similarity, settings):
                    parent[find(j)] = find(i)
    ids: dict[int, int] = {}
    return [ids.setdefault(find(i), len(ids)) for i in range(len(mentions))]


def _linked(
    a: EventMention,
    b: EventMention,
    group: TriggerGroup,
    similarity: _ArticleSimilarity,
    settings: ClusterSettings,
) -> bool:
    """Whether two mentions of one trigger group tell of one event."""
    if not settings.use_context:
        return True
    shared = bool(a.arguments & b.arguments)
    if group.needs_argument and not shared:
        return False
    if a.doc_id == b.doc_id:
        return True
    score = similarity(a.doc_id, b.doc_id) + (settings.argument_bonus if shared else 0.0)
    return score >= settings.context_threshold


class _ArticleSimilarity:
    """Cosine similarity of articles' keys, each key weighted by its idf among these articles
    (a name every article shares tells little about which event an article reports)."""

    def __init__(self, mentions: Sequence[EventMention]) -> None:
        contexts = {m.doc_id: m.context for m in mentions}
        frequency: dict[str, int] = defaultdict(int)
        for keys in contexts.values():
            for key in keys:
                frequency[key] += 1
        total = len(contexts)
        idf = {key: math.log((1 + total) / (1 + n)) + 1 for key, n in frequency.items()}
        self._vectors = {doc: _unit({key: idf[key] for key in keys}) for doc, keys in contexts.items()}
        self._cache: dict[tuple[str, str], float] = {}

    def __call__(self, a: str, b: str) -> float:
        pair = (a, b) if a < b else (b, a)
        if pair not in self._cache:
            small, large = sorted((self._vectors[a], self._vectors[b]), key=len)
            self._cache[pair] = sum(w * large.get(k, 0.0) for k, w in small.items())
        return self._cache[pair]


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {k: w / norm for k, w in vector.items()} if norm else {}
