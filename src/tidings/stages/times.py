"""Times stage: time expressions normalized to TIMEX3, anchored on the publication date.

Recognition and normalization live in the `tidings.timex` package; this stage adds what needs the parse: the tense of the governing verb (which Wednesday "on Wednesday"
is) and the parser's DATE entities (to keep month words that are also English words, such as "May")."""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.timex.calendar import Tense
from tidings.timex.grammar import grammar
from tidings.timex.lexicon import lexicon
from tidings.timex.normalize import Normalizer, compares
from tidings.timex.values import Timex
from tidings.model import Precision, Record, When
from tidings.stages.base import Stage

HEAD_HOPS = 4  # how far up the parse to look for the verb that governs an expression


def tense_at(doc: Doc, start: int, end: int, future_auxiliaries: frozenset[str]) -> Tense:
    """The tense of the verb governing the text at [start, end): future with a future
    auxiliary or under an infinitive ("is expected to open Tuesday"), past with a past form."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "present"
    verb = span.root
    for _ in range(HEAD_HOPS):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return "present"
    infinitive = False
    while True:
        auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
        if any(aux.lower_ in future_auxiliaries for aux in auxiliaries):
            return "future"
        past = verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries)
        perfect = verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(aux.lemma_ == "have" for aux in auxiliaries))
        if past or perfect:  # a participle after its noun ("the quarter ended Sept. 30") is past too
            return "present" if infinitive else "past"  # "planned to leave Thursday": either way
        if verb.dep_ != "xcomp" or verb.head is verb:
            return "future" if infinitive else "present"
        infinitive = True
        verb = verb.head


class TimesStage(Stage):
    name = "times"

    def __init__(self) -> None:
        self.grammar = grammar()
        self.normalize = Normalizer(lexicon())
        self.future_auxiliaries = lexicon().future_auxiliaries

    def __call__(self, doc: Doc, record: Record) -> None:
        anchor = record.article.published
        parsed_dates = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        reference: Timex | None = None  # the last period (longer than a day) the text spoke of
        for mention in self.grammar.find(doc.text):
            if mention.ambiguous and not any(s <= mention.start and mention.end <= e for s, e in parsed_dates):
                continue
            tense = tense_at(doc, mention.start, mention.end, self.future_auxiliaries)
            timex = self.normalize(mention, anchor, tense, reference)
            if timex is None:
                continue
            spoken_of = timex.type == "DATE" and timex.precision not in (Precision.VAGUE, Precision.DAY)
            if spoken_of and not compares(mention):
                reference = timex
            record.times.append(
                When(
                    id=f"t{len(record.times) + 1}",
                    spans=[record.span(mention.start, mention.end)],
                    type=timex.type,
                    value=timex.value,
                    precision=timex.precision,
                    begin=timex.begin,
                    end=timex.end,
                )
            )
