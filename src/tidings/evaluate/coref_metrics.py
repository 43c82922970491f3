"""Coreference scores over partitions: MUC, B³, CEAF-e and their CoNLL mean.

Conventions follow the reference CoNLL scorer (Pradhan et al. 2014): MUC ignores singletons by
construction (a singleton has no links); B³ and CEAF-e count them. A mention present on one side
only is a singleton on the other side. A score whose denominator is 0 is 0.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping

from pydantic import BaseModel

from tidings.evaluate.metrics import f1, ratio

Cluster = frozenset[Hashable]


class Score(BaseModel):
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, precision: float, recall: float) -> Score:
        return cls(precision=precision, recall=recall, f1=f1(precision, recall))


def clusters(partition: Mapping[Hashable, Hashable]) -> list[Cluster]:
    """The clusters of a mention -> cluster-label mapping."""
    members: dict[Hashable, set[Hashable]] = defaultdict(set)
    for mention, label in partition.items():
        members[label].add(mention)
    return [frozenset(group) for group in members.values()]


def _ratio(numerator: float, denominator: float) -> float:
    return ratio(numerator, denominator, empty=0.0)


def _muc_links(side: list[Cluster], other: list[Cluster]) -> tuple[int, int]:
    """Links of `side` kept by `other`: Σ(|c| - |parts of c in other|) over Σ(|c| - 1)."""
    label = {mention: index for index, cluster in enumerate(other) for mention in cluster}
    kept = total = 0
    for cluster in side:
        parts = {label.get(mention, ("alone", mention)) for mention in cluster}
        kept += len(cluster) - len(parts)
        total += len(cluster) - 1
    return kept, total


def muc(key: list[Cluster], response: list[Cluster]) -> Score:
    """MUC (Vilain et al. 1995): the links each side needs to rebuild the other."""
    recall = _ratio(*_muc_links(key, response))
    precision = _ratio(*_muc_links(response, key))
    return Score.of(precision, recall)


def _b3_side(side: list[Cluster], other: list[Cluster]) -> float:
    label = {mention: index for index, cluster in enumerate(other) for mention in cluster}
    total = sum(len(cluster) for cluster in side)
    credit = 0.0
    for cluster in side:
        overlaps: dict[int, int] = defaultdict(int)
        for mention in cluster:
            if mention in label:
                overlaps[label[mention]] += 1
        credit += sum(n * n for n in overlaps.values()) / len(cluster)
    return _ratio(credit, total)


def b_cubed(key: list[Cluster], response: list[Cluster]) -> Score:
    """B³ (Bagga & Baldwin 1998): per-mention overlap of its key and response clusters."""
    return Score.of(_b3_side(response, key), _b3_side(key, response))


def ceaf_e(key: list[Cluster], response: list[Cluster]) -> Score:
    """CEAF-e (Luo 2005): the best one-to-one cluster alignment under φ4 = 2|K∩R| / (|K|+|R|)."""
    similarity: dict[tuple[int, int], float] = {}
    response_of = {mention: index for index, cluster in enumerate(response) for mention in cluster}
    for k, cluster in enumerate(key):
        shared: dict[int, int] = defaultdict(int)
        for mention in cluster:
            if mention in response_of:
                shared[response_of[mention]] += 1
        for r, n in shared.items():
            similarity[k, r] = 2 * n / (len(cluster) + len(response[r]))
    total = sum(_best_alignment(component) for component in _components(similarity))
    return Score.of(_ratio(total, len(response)), _ratio(total, len(key)))


def conll(key: Mapping[Hashable, Hashable], response: Mapping[Hashable, Hashable]) -> dict[str, Score]:
    """MUC, B³, CEAF-e and CoNLL (F1 = mean of the three F1s) of two mention -> label maps."""
    key_clusters, response_clusters = clusters(key), clusters(response)
    scores = {
        "muc": muc(key_clusters, response_clusters),
        "b3": b_cubed(key_clusters, response_clusters),
        "ceafe": ceaf_e(key_clusters, response_clusters),
    }
    mean = sum(score.f1 for score in scores.values()) / 3
    mean_p = sum(score.precision for score in scores.values()) / 3
    mean_r = sum(score.recall for score in scores.values()) / 3
    scores["conll"] = Score(precision=mean_p, recall=mean_r, f1=mean)
    return scores


def _components(similarity: dict[tuple[int, int], float]) -> Iterable[dict[tuple[int, int], float]]:
    """Split a sparse key×response similarity into independent blocks: pairs with similarity 0
    never add to an alignment, so each connected block can be aligned on its own."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for k, r in similarity:
        parent[find(("k", k))] = find(("r", r))
    blocks: dict[tuple[str, int], dict[tuple[int, int], float]] = defaultdict(dict)
    for (k, r), value in similarity.items():
        blocks[find(("k", k))][k, r] = value
    return blocks.values()


def _best_alignment(similarity: dict[tuple[int, int], float]) -> float:
    """The largest total similarity of a one-to-one alignment of rows and columns."""
    rows = sorted({k for k, _ in similarity})
    columns = sorted({r for _, r in similarity})
    if len(rows) > len(columns):
        rows, columns = columns, rows
        similarity = {(r, k): value for (k, r), value in similarity.items()}
    matrix = [[-similarity.get((row, column), 0.0) for column in columns] for row in rows]
    assignment = assign(matrix)
    return -sum(matrix[i][j] for i, j in enumerate(assignment))


def assign(cost: list[list[float]]) -> list[int]:
    """Kuhn–Munkres (Hungarian) assignment with potentials, O(n²m): for an n×m cost matrix with
    n ≤ m, the column given to each row so that the total cost is smallest."""
    n, m = len(cost), len(cost[0]) if cost else 0
    infinity = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: the row (1-based) assigned to column j; 0 is free
    way = [0] * (m + 1)
    for row in range(1, n + 1):
        owner[0] = row
        column = 0
        least = [infinity] * (m + 1)
        used = [False] * (m + 1)
        while owner[column]:
            used[column] = True
            i, delta, nearest = owner[column], infinity, 0
            for j in range(1, m + 1):
                if used[j]:
                    continue
                reduced = cost[i - 1][j - 1] - u[i] - v[j]
                if reduced < least[j]:
                    least[j], way[j] = reduced, column
                if least[j] < delta:
                    delta, nearest = least[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            column = nearest
        while column:
            previous = way[column]
            owner[column] = owner[previous]
            column = previous
    result = [0] * n
    for j in range(1, m + 1):
        if owner[j]:
            result[owner[j] - 1] = j - 1
    return result
