"""Features of one predicate for the factuality model (`knowledge/factuality_model.py`): what
the parse says about it (its form, tense, mood, auxiliaries, negators, subordinator), the words
governing it up to a few links (reporting verbs, "plans to", "if" clauses, purpose clauses),
its sentence (a question, a conditional, a headline), the classes of the words over it up its
chain of governors (intention, expectation, obligation, condition...: `factuality_classes.tsv`),
what marks a generic, and the rule system's own labels and cue words. Each feature is a string;
the model weighs those it knows."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from spacy.tokens import Span, Token

from tidings.knowledge.factuality import scope_classes
from tidings.model import Factuality
from tidings.syntax import NOUN_SUBJECT_DEPS, PRESENT_TAGS

# Dependents whose word says something about the predicate's modality.
MARKED_CHILD_DEPS = frozenset({"aux", "auxpass", "neg", "mark", "advmod", "det", "amod", "poss", "prep", "acomp"})
GOVERNORS = 3  # links climbed above the predicate
SCOPE_LINKS = 5  # links climbed for the classes of the words over the predicate
MODAL_TAG = "MD"
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "provided", "lest"})
PURPOSE_MARKS = frozenset({"to", "so", "order"})
MORPH_KEYS = ("Tense", "VerbForm", "Mood", "Aspect", "Number")
CUE_FEATURE = "cue="  # prefix of the features naming the rules' cue words
SCOPE_FEATURE = "scope."  # prefix of the features of `_scope`
QUOTATION_MARKS = ('"', "“", "”", "``", "''")


def predicate_features(
    token: Token,
    rule: Factuality,
    cue_words: Iterable[str],
    sentences: Sentences,
    verb_rule: Factuality | None = None,
) -> list[str]:
    """The features of the predicate at `token`, given the rules' labels and cue words for it,
    its Doc's `sentences` and the rules' labels of the verb of its clause (for a nominal or
    adjectival predicate)."""
    found = _rule_features("rule", rule)
    if verb_rule is not None:
        found += [f"{token.pos_}.{feature}" for feature in _rule_features("verb", verb_rule)]
    found += ["bias"] + [f"{CUE_FEATURE}{word.lower()}" for word in cue_words]
    found += _own(token, "")
    found += sentences.features(token)
    conditional = counterfactual = purpose = False
    current = token
    for level in range(1, GOVERNORS + 1):
        if current.head.i == current.i:
            break
        link, current = current.dep_, current.head
        prefix = f"gov{level}"
        found += [f"{prefix}.link={link}", f"{prefix}.lemma={current.lemma_.lower()}", f"{prefix}.link.lemma={link}|{current.lemma_.lower()}"]
        found += _own(current, prefix)
        conditional |= _marked(current, CONDITIONAL_MARKS)
        counterfactual |= _would_have(current)
        purpose |= link == "advcl" and _marked(token if level == 1 else current, PURPOSE_MARKS)
    conditional |= _marked(token, CONDITIONAL_MARKS)
    counterfactual |= _would_have(token)
    found += [name for name, present in (("conditional", conditional), ("counterfactual", counterfactual), ("purpose", purpose)) if present]
    found += _scope(token)
    return found


def _scope(token: Token) -> list[str]:
    """The classes of the words over the predicate (`factuality_classes.tsv`): its own modal
    auxiliaries, and up its chain of governors each governor's lemma, modals and subordinators
    ("wants to buy", "should be sold", "unless they agree"); whether an infinitive or a negated
    governor lies on the chain; and what marks a generic ("airliners are bought by the state"): a
    bare plural, as the predicate or its subject, and a verb group in the simple present."""
    classes = scope_classes()
    found = [f"{SCOPE_FEATURE}modal={classes[c.lower_]}" for c in token.children if c.tag_ == MODAL_TAG and c.lower_ in classes]
    if _bare_plural(token):
        found.append(f"{SCOPE_FEATURE}bare_plural")
    if any(c.dep_ in NOUN_SUBJECT_DEPS and _bare_plural(c) for c in token.children):
        found.append(f"{SCOPE_FEATURE}subject_bare_plural")
    if _simple_present(token):
        found.append(f"{SCOPE_FEATURE}simple_present")
    current = token
    nearest = None
    for _ in range(SCOPE_LINKS):
        if current.head.i == current.i:
            break
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        current = current.head
        if infinitive:
            found.append(f"{SCOPE_FEATURE}infinitive")
        words = [current.lemma_.lower()] + [c.lower_ for c in current.children if c.tag_ == MODAL_TAG or c.dep_ == "mark"]
        for word in words:
            if (kind := classes.get(word)) is not None:
                found.append(f"{SCOPE_FEATURE}class={kind}")
                nearest = nearest or kind
        if any(c.dep_ == "neg" for c in current.children):
            found.append(f"{SCOPE_FEATURE}negated")
    if nearest is not None:
        found.append(f"{SCOPE_FEATURE}nearest={nearest}")
    return list(dict.fromkeys(found))


def _rule_features(name: str, labels: Factuality) -> list[str]:
    certainty, polarity, time = labels.certainty.value, labels.polarity.value, labels.time.value
    return [
        f"{name}.certainty={certainty}",
        f"{name}.polarity={polarity}",
        f"{name}.time={time}",
        f"{name}={certainty}|{polarity}|{time}",
    ]


def _own(token: Token, prefix: str) -> list[str]:
    """A token's form and the modality words among its dependents."""
    name = prefix or "self"
    found = [f"{name}.pos={token.pos_}", f"{name}.tag={token.tag_}"]
    if not prefix:
        found += [f"self.dep={token.dep_}", f"self.lemma={token.lemma_.lower()}"]
    morph = token.morph.to_dict()  # one parse of the features ("Number": "Sing"), not a look-up per key
    found += [f"{name}.{key}={value}" for key in MORPH_KEYS if key in morph for value in morph[key].split(",")]
    auxiliaries = []
    for child in token.children:
        if child.dep_ in MARKED_CHILD_DEPS:
            found.append(f"{name}.{child.dep_}={child.lower_}")
            if child.dep_ in ("aux", "auxpass"):
                auxiliaries.append(child.lower_)
    if auxiliaries:
        found.append(f"{name}.auxes={' '.join(auxiliaries)}")
    return found


class Sentences:
    """The sentence features of one Doc's predicates, each sentence read once: its own features
    and the positions of its quotation marks (which say whether a predicate is inside one)."""

    def __init__(self) -> None:
        self._known: dict[int, tuple[list[str], list[int]]] = {}

    def features(self, token: Token) -> list[str]:
        sentence = token.sent
        known = self._known.get(sentence.start)
        if known is None:
            marks = [t.i for t in sentence if t.text in QUOTATION_MARKS]
            known = self._known[sentence.start] = (_sentence(sentence), marks)
        found, marks = known
        return found + ["sentence.inside_quotation"] if bisect_left(marks, token.i) % 2 else found


def _sentence(sentence: Span) -> list[str]:
    found = []
    if sentence.text.rstrip().endswith("?"):
        found.append("sentence.question")
    if sentence.start == 0 or "\n" in sentence.doc[sentence.start - 1].text_with_ws:
        found.append("sentence.first_of_paragraph")
    return found


def _bare_plural(token: Token) -> bool:
    """A plural noun with no determiner, possessive or number ("prices", not "the prices")."""
    return token.tag_ in PLURAL_TAGS and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children)


def _simple_present(verb: Token) -> bool:
    """A verb group in the simple present, active or passive ("rises", "are sold"; not "is rising",
    "has risen", "will rise")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ not in PRESENT_TAGS or a.lemma_ == "have" for a in auxiliaries):
        return False
    finite = auxiliaries[0] if auxiliaries else verb
    return finite.tag_ in PRESENT_TAGS and verb.tag_ != "VBG"


def _marked(token: Token, marks: frozenset[str]) -> bool:
    return any(child.dep_ in ("mark", "aux") and child.lower_ in marks for child in token.children)


def _would_have(token: Token) -> bool:
    """"would have gone", "could have been": a past that did not happen."""
    auxiliaries = [child.lower_ for child in token.children if child.dep_ in ("aux", "auxpass")]
    return "have" in auxiliaries and any(word in auxiliaries for word in ("would", "could", "might", "should", "'d"))
