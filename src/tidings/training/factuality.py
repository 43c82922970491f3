"""Training the factuality model: one logistic regression per attribute over the predicate
features (`stages/factuality_features`), with cross-validation grouped by document.

`examples` parses gold documents once; `train` fits the shipped model on all of them;
`cross_validated` labels each document with a model fitted on the other folds, so that the
figures it gives are not fitted on what they score. The settings below were chosen by
cross-validation on the even lines of the MEANTIME dev set (`factuality_dev.jsonl`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tidings.evaluate import gold as gold_io
from tidings.knowledge.factuality_model import AttributeModel, FactualityModel
from tidings.model import Factuality
from tidings.pipeline import Pipeline
from tidings.progress import quiet
from tidings.stages.factuality import apply_model
from tidings.stages.factuality_features import CUE_FEATURE, SCOPE_FEATURE

ATTRIBUTES = ("certainty", "polarity", "time")
WEIGHT_FLOOR = 0.005  # features whose every weight is smaller change no label: left out of the file
# Features on in more than this share of the training examples, but not in all, are left out: their
# weights are learned from the few examples without them, and where one is off at run time it shifts
# every score. MEANTIME's text has one sentence a line, so "sentence.first_of_paragraph" is on for
# 1,517 of its 1,519 events, where a news article's later sentences have it off. (A feature on in
# every example, "bias", is kept: the intercept takes its part and it is never off.)
NEARLY_CONSTANT_SHARE = 0.99


@dataclass(frozen=True)
class Settings:
    """How one attribute's classifier is fitted and when its label stands."""

    c: float = 0.5  # inverse regularisation strength
    balance: float = 0.0  # classes weighed by (examples / class examples) ** balance: 0 none, 1 fully balanced
    min_count: int = 2  # features seen fewer times in training are left out
    min_probability: float = 0.5  # below it the rules' label stands
    keep_cued: bool = False  # the rules' label stands where a cue word set it (the model labels the rest)
    overridable: tuple[str, ...] = ()  # cued labels the model may change all the same, where keep_cued
    left_out: tuple[str, ...] = ()  # prefixes of features this attribute's model does not weigh


# Chosen by 5-fold cross-validation on the even half, oddA (odd lines 1, 5, 9... of the odd half) and
# the two together (more documents to train on per fold, as in the whole file), for macro-F1
# (accuracy kept above the majority's). Certainty's classes are fully balanced, and its model may
# change a PROBABLE that a cue set (MEANTIME often leaves what is planned, intended or expected
# UNDERSPECIFIED) but no other cue's label ("may sail" stays POSSIBLE): with the scope-class
# features, macro-F1 even .5127 -> .5342, oddA .5217 -> .5225, the two together .5183 -> .5681.
# Polarity and time label only where the rules found no cue (keep_cued: where they overrode a cue
# they lost more than they gained), with classes fully (polarity) or half-way (time) balanced; other
# settings gained them no more than an event or two. They leave the scope features out: with them,
# even and oddA together fell .8156/.6616 -> .8124/.6596 (polarity/time macro-F1). Learning from features seen once (min_count 1)
# raised certainty on each half but lowered it on the two together.
SETTINGS = {
    "certainty": Settings(c=0.3, balance=1.0, min_probability=0.8, keep_cued=True, overridable=("PROBABLE",)),
    "polarity": Settings(c=0.3, balance=1.0, min_probability=0.8, keep_cued=True, left_out=(SCOPE_FEATURE,)),
    "time": Settings(c=0.3, balance=0.5, min_probability=0.7, keep_cued=True, left_out=(SCOPE_FEATURE,)),
}


@dataclass(frozen=True)
class Example:
    """One gold predicate: its document, features, gold labels and the rules' labels (None
    where its article could not be read or its span holds no token: nothing to learn from)."""

    document: str
    features: list[str]
    gold: dict[str, str]
    rule: Factuality | None


def examples(pipeline: Pipeline, docs: list[dict], progress: Callable = quiet) -> list[Example]:
    """Every gold event of `docs` as an example."""
    stage = pipeline.stage("factuality")
    found: list[Example] = []
    outcomes = pipeline.pipe_with_docs(gold_io.article(doc) for doc in docs)
    for doc, (_outcome, parsed) in zip(docs, progress(outcomes, len(docs), "factuality")):
        for event in doc.get("events", []):
            described = stage.features(parsed, event["start"], event["end"]) if parsed is not None else None
            features, rule = described if described is not None else ([], None)
            gold = {attribute: event[attribute] for attribute in ATTRIBUTES}
            found.append(Example(document=doc["id"], features=features, gold=gold, rule=rule))
    return found


def labelled(examples: Sequence[Example], model: FactualityModel | None) -> list[Factuality | None]:
    """Each example's labels from `model` over the rules (the rules alone for no model)."""
    return [
        None if e.rule is None else e.rule if model is None else apply_model(model, e.features, e.rule)
        for e in examples
    ]


def fit(examples: Sequence[Example], attribute: str, settings: Settings) -> AttributeModel:
    """One attribute's classifier fitted on `examples`."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    if not examples:
        raise ValueError("no examples to train on")
    counts = Counter(feature for example in examples for feature in set(example.features))
    ceiling = NEARLY_CONSTANT_SHARE * len(examples)
    vocabulary = sorted(
        feature for feature, count in counts.items()
        if count >= settings.min_count and (count <= ceiling or count == len(examples))
        and not feature.startswith(settings.left_out)
    )
    index = {feature: i for i, feature in enumerate(vocabulary)}
    rows, columns = [], []
    for row, example in enumerate(examples):
        for column in sorted({index[f] for f in example.features if f in index}):
            rows.append(row)
            columns.append(column)
    matrix = csr_matrix(([1.0] * len(rows), (rows, columns)), shape=(len(examples), len(vocabulary)))
    labels = [example.gold[attribute] for example in examples]
    frequencies = Counter(labels)
    if len(frequencies) < 2:  # one class seen: nothing to weigh
        return AttributeModel(classes=list(frequencies), intercept=[0.0] * len(frequencies), weights={},
                              min_probability=settings.min_probability)
    class_weight = {label: (len(labels) / count) ** settings.balance for label, count in frequencies.items()}
    classifier = LogisticRegression(C=settings.c, class_weight=class_weight, max_iter=5000)
    classifier.fit(matrix, labels)
    classes = [str(label) for label in classifier.classes_]
    coefficients, intercept = classifier.coef_, classifier.intercept_
    if len(classes) == 2:  # one row of weights for the second class: the same softmax split in two
        coefficients = [[-w / 2 for w in coefficients[0]], [w / 2 for w in coefficients[0]]]
        intercept = [-intercept[0] / 2, intercept[0] / 2]
    weights = {
        feature: [round(float(coefficients[k][i]), 4) for k in range(len(classes))]
        for feature, i in index.items()
        if any(abs(coefficients[k][i]) >= WEIGHT_FLOOR for k in range(len(classes)))
    }
    return AttributeModel(
        classes=classes,
        intercept=[round(float(b), 5) for b in intercept],
        weights=weights,
        min_probability=settings.min_probability,
        kept=[label for label in _cued_labels(attribute) if label not in settings.overridable]
        if settings.keep_cued
        else [],
    )


def _cued_labels(attribute: str) -> list[str]:
    """The labels the rules give only on a cue word: all the attribute's but their default."""
    default = getattr(Factuality(), attribute)
    return [label.value for label in type(default) if label is not default]


def train(examples: Sequence[Example], trained_on: str, settings: dict[str, Settings] = SETTINGS) -> FactualityModel:
    """The model for all three attributes, fitted on all `examples` that were read."""
    examples = [example for example in examples if example.rule is not None]
    counts = Counter(f for example in examples for f in set(example.features) if f.startswith(CUE_FEATURE))
    return FactualityModel(
        trained_on=trained_on,
        cue_words=sorted(f[len(CUE_FEATURE) :] for f, n in counts.items() if n >= min(s.min_count for s in settings.values())),
        attributes={attribute: fit(examples, attribute, settings[attribute]) for attribute in ATTRIBUTES},
    )


def folds(examples: Sequence[Example], k: int) -> list[list[int]]:
    """Example indices in `k` folds, a document's examples all in one fold: documents in order
    of first appearance dealt round-robin, so that each fold has as many documents as can be."""
    if k < 2:
        raise ValueError(f"cross-validation needs at least 2 folds, not {k}")
    documents = list(dict.fromkeys(example.document for example in examples))
    if len(documents) < k:
        raise ValueError(f"{len(documents)} documents cannot make {k} folds")
    fold_of = {document: position % k for position, document in enumerate(documents)}
    grouped: list[list[int]] = [[] for _ in range(k)]
    for i, example in enumerate(examples):
        grouped[fold_of[example.document]].append(i)
    return grouped


def cross_validated(
    examples: Sequence[Example], k: int, settings: dict[str, Settings] = SETTINGS
) -> list[Factuality | None]:
    """Each example labelled by a model trained on the folds that do not hold its document."""
    predicted: list[Factuality | None] = [None] * len(examples)
    for held_out in folds(examples, k):
        held = set(held_out)
        model = train([e for i, e in enumerate(examples) if i not in held], "fold", settings)
        for i, factuality in zip(held_out, labelled([examples[i] for i in held_out], model), strict=True):
            predicted[i] = factuality
    return predicted
