"""The times component: time expressions normalized to TIMEX3, anchored on the publication date.

The `tidings.timex` package finds expressions in the text and normalizes them; this component
adds what needs the parse: the tense of the governing verb (which Wednesday "on Wednesday" is)
and the parser's DATE entities (to keep month words that are also English words, such as
"May"). It needs the backbone's parse and nothing from other components."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date
from operator import add

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from tidings import docdata, syntax
from tidings.component import Component
from tidings.model import Precision, Span, When
from tidings.timex.calendar import Tense
from tidings.timex.grammar import Mention, grammar
from tidings.timex.lexicon import lexicon
from tidings.timex.normalize import Normalizer, Told, compares, may_recur, retells
from tidings.timex.values import Timex, recurring

PARSED_TIMES = frozenset({"DATE", "TIME"})  # entity labels that confirm an ambiguous month word
VERBS = frozenset({"VERB", "AUX"})
NAMES = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG"})  # entity labels of names a time word can begin
NOUN_CLAUSES = frozenset({"relcl", "acl"})  # a clause that modifies a noun
NON_FINITE = frozenset({"VB", "VBG", "VBN"})  # forms that take their tense from an auxiliary
NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod"})  # a word's relation to the noun it modifies
PROPER_NOUNS = frozenset({"NNP", "NNPS"})  # tags of a name's words
SUPERLATIVES = frozenset({"JJS", "RBS"})  # "highest", "most"
GERUND_CLAUSES = frozenset({"pcomp", "advcl"})  # a gerund's clause that modifies its verb ("after leaving")
LISTED_WITH = frozenset({"conj", "amod"})  # a time's relation to the one it is listed with or the unit it orders
THING_NAMERS = frozenset({"holiday", "season"})  # mentions that can name a kind of thing ("Easter eggs", "the summer capital")


@Language.factory(
    "tidings_times",
    requires=["token.dep", "token.pos", "token.tag", "token.lemma", "doc.ents"],
    assigns=["doc._.times", "token._.time"],
    default_config={"tense_slack_days": 60, "head_hops": 6},
)
def make_times(nlp: Language, name: str, tense_slack_days: int, head_hops: int) -> Times:
    """`tense_slack_days`: how far after the publication date a past-tense date may lie
    (reported plans); `head_hops`: how far up the parse to look for the governing verb."""
    return Times(name, tense_slack_days=tense_slack_days, head_hops=head_hops)


class Times(Component):
    def __init__(self, name: str, *, tense_slack_days: int, head_hops: int) -> None:
        super().__init__(name)
        lex = lexicon()
        self.grammar = grammar()
        self.normalize = Normalizer(lex, tense_slack_days)
        self.future_auxiliaries = lex.future_auxiliaries
        self.forward_modals = lex.forward_modals
        self.scheduling_verbs = lex.scheduling_verbs
        self.act_prepositions = lex.act_prepositions
        self.forward_prepositions = lex.forward_prepositions
        self.forward_verbs = lex.forward_verbs
        self.forward_nouns = lex.forward_nouns
        self.forward_adjectives = lex.forward_adjectives
        self.record_words = lex.record_words
        self.causative_verbs = lex.causative_verbs
        self.habitual_adverbs = lex.habitual_adverbs
        self.head_hops = head_hops
        # words a text writes in lower case ("today", "week", "noon", "daily"): capitalized inside
        # a sentence they are part of a name ("High Noon", "This Week", "VOA Today", "Daily News")
        self.common_words = frozenset(
            word.lower()
            for table in (lex.day_words, lex.units, lex.clock_words, lex.parts_of_day, lex.relatives, lex.seasons, lex.frequencies)
            for word in table
        ) | {"weekend"}
        self.calendar_things = lex.calendar_things
        self.calendar_names = frozenset(word.lower() for word in (*lex.weekdays, *lex.months))

    def process(self, doc: Doc) -> None:
        docdata.put(doc, "times", self.read(doc))

    def read(self, doc: Doc) -> list[When]:
        """The time expressions of a parsed Doc, in text order."""
        anchor = date.fromisoformat(doc._.published) if doc._.published else None
        text = docdata.text(doc)
        mentions = self.grammar.find(text)
        times: list[When] = []
        reference: Timex | None = None  # the last period (longer than a day) the text spoke of
        told = Told()  # the calendar dates it gave
        tense_before: Tense = "present"  # the last mention's tense: a range's first day's for its end
        sentence_starts = [sentence.start_char for sentence in doc.sents]
        for index, (mention, (first, end)) in enumerate(zip(mentions, token_ranges(doc, mentions))):
            told.sentence = bisect_right(sentence_starts, mention.start)
            if mention.ambiguous and not _parsed_as_time(doc, first, end):
                continue
            if (mention.kind != "holiday" and self._in_a_name(doc, first, end)) or _inside_a_named_entity(doc, first, end):
                continue
            if mention.kind in THING_NAMERS and self._names_a_thing(doc, end):
                continue
            if mention.kind == "frequency" and self._names_a_periodical(doc, end):  # "the state daily Nhan Dan"
                continue
            if mention.kind == "vague" and (_modifies_a_noun_after(doc, first, end) or _leads_into_a_time(text, mentions, index)):
                continue
            if _opens_with_a_verb(doc, first, mention):  # "the strike will last three weeks": "three weeks"
                first += 1
                mention = mention._replace(start=doc[first].idx, groups={k: v for k, v in mention.groups.items() if k != "pre"})
            if "in" in mention.groups and self._since_a_record(doc, first):  # "its first loss in five years"
                mention = mention._replace(groups={k: v for k, v in mention.groups.items() if k != "in"})
            # a range's end takes its first day's tense ("Monday through Thursday"), not its preposition's
            tense = tense_before if "range_from" in mention.groups else self.tense(doc, first, end)
            if "in" in mention.groups and tense == "present" and self._under_a_modal(doc, first, end):
                tense = "future"  # "would be repaid in five years": five years on
            tense_before = tense
            timex = self.normalize(mention, anchor, tense, reference, told)
            if timex is None:
                continue
            if may_recur(mention) and timex.value[:4].isdigit() and self._habitual(doc, first, end):
                timex = recurring(timex)
            spoken_of = timex.type == "DATE" and timex.precision not in (Precision.VAGUE, Precision.DAY)
            # a reported stretch ("the nine months", "the first six months") is the period spoken
            # of too: "a year earlier" after it is the year before, which no quarter can tell
            spoken_of = spoken_of or (mention.kind == "duration" and "the" in mention.groups and timex.type == "DURATION")
            if not compares(mention, anchor) and not retells(mention):
                if spoken_of:
                    reference = timex
                told.add(timex)
            span = Span(start=mention.start, end=mention.end, text=text[mention.start : mention.end])
            times.append(
                When(
                    id=f"t{len(times) + 1}",
                    spans=[span],
                    type=timex.type,
                    value=timex.value,
                    precision=timex.precision,
                    mod=timex.mod,
                    begin=timex.begin,
                    end=timex.end,
                )
            )
        return times

    def _in_a_name(self, doc: Doc, first: int, end: int) -> bool:
        """A common time word capitalized where no sentence starts: a title or a name."""
        for token in doc[first:end]:
            if token.is_title and token.lower_ in self.common_words and not token.is_sent_start:
                before = doc[token.i - 1]
                if not (before.is_quote and (before.is_sent_start or doc[before.i - 1].is_punct)):
                    return True
        return False

    def _names_a_thing(self, doc: Doc, end: int) -> bool:
        """A holiday or a season that makes a noun after it a kind of thing ("Christmas carols",
        "the Kashmiri summer capital")."""
        last = doc[end - 1]
        return last.dep_ == "compound" and last.head.lemma_.lower() in self.calendar_things

    def _names_a_periodical(self, doc: Doc, end: int) -> bool:
        """A frequency right before a name is a paper that comes out so often ("the daily Haaretz",
        "the weekly Der Spiegel"), no time; not before a day or a month ("daily Monday to Friday")."""
        if end >= len(doc):
            return False
        name = doc[end]
        return name.tag_ in PROPER_NOUNS and name.is_title and name.ent_type_ not in PARSED_TIMES and name.lower_ not in self.calendar_names

    def tense(self, doc: Doc, first: int, end: int) -> Tense:
        """The tense of the verb governing tokens [first, end): future with a future auxiliary,
        under an infinitive ("is expected to open Tuesday") or a scheduling verb ("postponed
        the vote until Tuesday"), past with a past form; in the present tense, future under a
        verb or a preposition that looks ahead ("is expected Monday", "open until Monday"), as after
        such a preposition with no verb at all ("Lane closure through Friday")."""
        if first >= end:
            return "present"
        root = _root(doc, first, end)
        verb = root if root.pos_ in VERBS else self._verb_above(root)
        object_of = _preposition_of(root)
        if verb is None:  # a listing or a heading with no verb: "Lane closed through Friday" looks ahead
            return "future" if object_of in self.forward_prepositions else "present"
        if self._after_a_forward_adjective(doc, first):
            return "future"
        if verb.lemma_ in self.scheduling_verbs and object_of not in self.act_prepositions:
            return "future"
        infinitive = False
        forward = verb.lemma_ in self.forward_verbs or object_of in self.forward_prepositions or self._planned_for(root)
        for _ in range(self.head_hops):
            if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_ in self.causative_verbs:
                verb = verb.head.head  # "to have the roads cleared by Friday": the tense of "to have"
            auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
            if any(aux.lower_ in self.future_auxiliaries for aux in auxiliaries) or _passive_infinitive_of_a_noun(verb, auxiliaries):
                return "future"
            past = verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries)
            # a perfect ("have been searching since Oct. 23") and a participle after its noun
            # ("the year ended June 30") are past too
            perfect = any(aux.lemma_ == "have" for aux in auxiliaries) or (verb.tag_ == "VBN" and verb.dep_ == "acl")
            if past or perfect:
                return "present" if infinitive else "past"  # "planned to leave Thursday": either way
            if verb.dep_ == "xcomp":  # not a participle ("was reported stolen Sunday": the tense of "reported")
                infinitive = infinitive or verb.tag_ != "VBN"
            elif auxiliaries or not (
                (verb.tag_ == "VBG" and verb.dep_ in GERUND_CLAUSES) or (verb.tag_ in NON_FINITE and verb.dep_ == "conj")
            ):
                break
            # up to the verb that gives the tense: an infinitive's, a bare gerund's ("sacked after
            # missing a shift Thursday"), a bare verb's joined to another ("will land Sunday
            # and meet the king Monday", "was arrested and charged Monday")
            verb = self._verb_above(verb)
            if verb is None:
                break
        # "the offer is open until Monday", "a verdict is expected Monday": ahead in the present tense
        return "future" if infinitive or forward else "present"

    def _after_a_forward_adjective(self, doc: Doc, first: int) -> bool:
        """A date right after "effective", or after a preposition after it ("effective Feb. 1",
        "effective from July 1"): the day a change takes effect, ahead whatever the tense."""
        before = first - 1
        if before >= 0 and doc[before].pos_ == "ADP":
            before -= 1
        return before >= 0 and doc[before].lower_ in self.forward_adjectives

    def _habitual(self, doc: Doc, first: int, end: int) -> bool:
        """The verb a time depends on, itself or through its preposition, carries an adverb of
        habit ("sales usually peak in December", "January is always slow"); not a time inside a
        noun phrase ("Friday's count always looked tight")."""
        root = _root(doc, first, end)
        while root.dep_ in LISTED_WITH and root.head.i != root.i:  # "the first and third quarters"
            root = root.head
        verb = root.head.head if root.dep_ == "pobj" else root.head
        return verb.pos_ in VERBS and any(child.dep_ == "advmod" and child.lower_ in self.habitual_adverbs for child in verb.children)

    def _since_a_record(self, doc: Doc, first: int) -> bool:
        """A count after "in" that closes a record's phrase in its clause ("will post its first loss
        in five years", "will hit their lowest in a decade"): the stretch back to the last such
        thing, not a point that far ahead. The phrase runs back from "in" to the nearest verb."""
        for token in reversed(doc[doc[first].sent.start : max(first - 1, 0)]):
            if token.pos_ in VERBS or token.is_punct:
                return False
            if token.tag_ in SUPERLATIVES or token.lower_ in self.record_words:
                return True
        return False

    def _under_a_modal(self, doc: Doc, first: int, end: int) -> bool:
        """The verb governing tokens [first, end) has a modal that looks ahead ("could", "would"),
        and the unit is no kind told by a clause after it ("would be low in a quarter that lost")."""
        root = _root(doc, first, end)
        if any(child.dep_ == "relcl" for child in root.children):
            return False
        verb = root if root.pos_ in VERBS else self._verb_above(root)
        return verb is not None and any(child.dep_ == "aux" and child.lower_ in self.forward_modals for child in verb.children)

    def _planned_for(self, token: Token) -> bool:
        """A time after "for" and a noun that looks ahead ("the outlook for Sunday", "plans
        for Friday")."""
        preposition = token.head
        return token.dep_ == "pobj" and preposition.lower_ == "for" and preposition.head.lemma_.lower() in self.forward_nouns

    def _verb_above(self, token: Token) -> Token | None:
        """The nearest verb above a token in the parse, within `head_hops` steps."""
        for _ in range(self.head_hops):
            if token.head.i == token.i:
                return None
            token = token.head
            if token.pos_ in VERBS:
                return token
        return None


def _preposition_of(token: Token) -> str:
    """The preposition a time is the object of, past an approximating one right before it ("by
    about Friday": "by"); "" when it is no preposition's object."""
    if token.dep_ != "pobj":
        return ""
    preposition = token.head
    if preposition.dep_ == "prep" and preposition.head.dep_ in ("prep", "agent"):
        preposition = preposition.head
    return preposition.lower_


def _passive_infinitive_of_a_noun(verb: Token, auxiliaries: list[Token]) -> bool:
    """ "A book to be published in October", "the leader to be sworn in Saturday": what is yet
    to be done to a thing."""
    return verb.dep_ in NOUN_CLAUSES and {"TO", "VB"} <= {aux.tag_ for aux in auxiliaries} and any(
        aux.dep_ == "auxpass" for aux in auxiliaries
    )


def token_ranges(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Each mention's tokens as [first, end): every token the mention touches, by binary search
    over the tokens' offsets, read from the Doc once."""
    token_starts = doc.to_array(IDX).tolist()
    token_ends = list(map(add, token_starts, doc.to_array(LENGTH).tolist()))
    return [(bisect_right(token_ends, m.start), bisect_left(token_starts, m.end)) for m in mentions]


def _parsed_as_time(doc: Doc, first: int, end: int) -> bool:
    """Tokens [first, end) lie within one DATE or TIME entity of the parser."""
    tokens = doc[first:end]
    return (
        len(tokens) > 0
        and all(token.ent_type_ in PARSED_TIMES for token in tokens)
        and all(token.ent_iob_ == "I" for token in tokens[1:])
    )


def _inside_a_named_entity(doc: Doc, first: int, end: int) -> bool:
    """Tokens [first, end) within a longer name the parser found: a person's or a place's
    ("June Carter", "Christmas Island"), no time. Not at a sentence's start, where the parser
    takes a time and the subject after it for one name ("Tomorrow Smith's family flies home")."""
    if first >= end or doc[first].is_sent_start or doc[first].ent_type_ not in NAMES:
        return False
    # the name began before the mention, or goes on after it
    return doc[first].ent_iob_ == "I" or (end < len(doc) and doc[end].ent_iob_ == "I")


def _modifies_a_noun_after(doc: Doc, first: int, end: int) -> bool:
    """ "The future king", "the present system", "the past three summers": a phrase opening with
    its article whose last word modifies a noun after it, an adjective of that noun's phrase,
    not a time of its own ("in the future" is one)."""
    if first >= end or doc[first].dep_ != "det" or end - first < 2:
        return False
    last = doc[end - 1]
    return last.dep_ in NOUN_MODIFIERS and last.head.i >= end


def _opens_with_a_verb(doc: Doc, first: int, mention: Mention) -> bool:
    """A count's bare modifier that the parser reads as the verb ("will last three weeks",
    "talks usually last two days"): the verb, outside the span."""
    return mention.kind == "duration" and "pre" in mention.groups and "the" not in mention.groups and doc[first].pos_ == "VERB"


def _leads_into_a_time(text: str, mentions: list[Mention], index: int) -> bool:
    """ "Most recently last spring", "currently this week": a vague word right before a time
    that says when; that time is the one TIMEX3, the vague word no time of its own."""
    if index + 1 >= len(mentions):
        return False
    return text[mentions[index].end : mentions[index + 1].start] == " "


def _root(doc: Doc, first: int, end: int) -> Token:
    """The token of [first, end) highest in the parse: a sentence root, else the one whose head
    lies outside, the shallowest if several do (`Span.root`, without its walk to the root for
    every candidate)."""
    tokens = doc[first:end]
    for token in tokens:
        if token.head.i == token.i:
            return token
    exits = [token for token in tokens if not first <= token.head.i < end]
    if not exits:
        return tokens[0]
    return exits[0] if len(exits) == 1 else min(exits, key=syntax.depth)
