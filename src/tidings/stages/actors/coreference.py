"""Pass 8: pronouns and definite descriptions become mentions of the actors they stand for, so
that every later stage reads "he", "they" or "the ministry" as that actor (`token._.actor`).

One walk over the article, in text order, with the mentions seen so far (looking back a bounded
number of sentences and mentions, so the cost stays linear in the text; the sentences of a
quotation within a paragraph after its first count as none, so a speaker named before a long
quotation stays in reach):
- "he"/"she": the nearest person before it (for a subject, a subject first); never a co-argument of its own
  verb ("Putin praised him"), nor a person already read with the other gender or told as of it by a
  title or a noun beside the name ("Ms Kim", "Lee, her father"); a possessive in a phrase of a verb,
  its subject over one named inside a noun phrase ("X pressed for the release of Y during his talks": X);
- "it" (as the subject of a verb that acts, or the object asked to act: "urged it to") and "its": the nearest country, organisation or group
  in the singular, named by a noun before one named by a modifier ("French criticism of its ties"),
  never people ("a girl" coded as a CVL group, "her");
- "they"/"their": the nearest group in the plural or list of actors ("Putin and Kim": both),
  else the nearest organisation or group ("the Taliban ... they");
- "we"/"I" in reported speech: the speaker of the clause (`tidings.syntax`'s one rule), else of
  the quotation it is in, read after the others since the speaker often follows ('"We will go,"
  he said');
- across a quotation, a pronoun never stands for the one who says it ('"He lied," the minister
  said'; '"We met," Kim said. "He lied."'), nor the one who says a quotation for anyone it names
  ('"Kim lied," he said');
- definite descriptions (`descriptions`): "the ministry", "the two leaders", "the group".
A noun in subject position that is no actor ("a man", "the plan") keeps a pronoun of its kind
from reaching past it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.attrs import DEP, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Token

from tidings import docdata, syntax
from tidings.knowledge.coreference import CoreferenceWords
from tidings.model import ActorKind
from tidings.stages.actors.descriptions import Descriptions, is_plural
from tidings.stages.actors.reading import Draft, Reading

SUBJECT_DEPS = syntax.SUBJECT_DEPS | syntax.PASSIVE_SUBJECT_DEPS
SUBJECT_DEP_IDS = tuple(map(get_string_id, SUBJECT_DEPS))
SUBJECT_POS_IDS = (POS_IDS["NOUN"], POS_IDS["PROPN"])  # with SUBJECT_DEP_IDS: the subjects `_mentions_and_blockers` reads
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "iobj"})
_MODIFIER_DEPS = frozenset({"amod", "compound"})
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})  # a clause whose object-form subject is its head verb's object
_OPENING_MARKS = frozenset({"“", "``", "‘"})
_CLOSING_MARKS = frozenset({"”", "''", "’"})
_QUANTIFIER_SENTENCES = 1  # sentences before its own an "all" or "both" looks back over (a list it sums up is just told)
_QUOTATION_RUN = 4  # quotations, one after another, looked back over for who says them
_SPEAKER_PHRASE = 8  # tokens of a speaker's phrase looked at for the actor it names


@dataclass(frozen=True)
class Reach:
    """How far back an anaphor looks: sentences for pronouns and descriptions, mentions for both."""

    pronoun_sentences: int = 2
    description_sentences: int = 8
    mentions: int = 40


@dataclass
class Seen:
    """A mention met on the walk: the actors it names (none for a blocking noun) and its traits."""

    start: int
    end: int
    drafts: tuple[Draft, ...]
    sentence: int
    person: bool
    plural: bool
    subject: bool
    main: bool  # the subject of its sentence's main clause (or in apposition to it)
    coordination: int | None  # first conjunct of the list of actors it belongs to
    human: bool = False  # names people, also a group a noun for a person heads ("a girl" CVL): never "it"


class Coreference:
    """Resolves the anaphors of one article (make one per Reading)."""

    def __init__(self, reading: Reading, words: CoreferenceWords, reach: Reach) -> None:
        self.reading = reading
        self.words = words
        self.reach = reach
        self.seen: list[Seen] = []
        self.gender: dict[str, str] = {}  # canonical id -> the gender its pronouns showed
        self.descriptions = Descriptions(reading, words, self)
        self.referred: set[int] = set()  # tokens this walk made mentions of
        self._speakers_after: dict[int, Token | None] = {}  # closing mark -> the speaker named after it (`_said_after`)

    def resolve(self) -> None:
        reading, words = self.reading, self.words
        waiting = self._mentions_and_blockers()
        replaced: set[int] = set()  # starts of mentions a description took over
        speakers: list[Token] = []
        position = 0
        for token in syntax.with_pos(reading.doc, ("PRON", "NOUN")):
            position = self._see(waiting, position, token.i + 1, replaced)
            pos = token.pos_
            if pos == "PRON" and (lower := token.lower_) in words.pronouns:
                if lower in words.speaker_pronouns:
                    speakers.append(token)
                else:
                    self._pronoun(token, lower)
            elif pos == "NOUN" and (found := self.descriptions.resolve(token)) is not None:
                drafts, start = found
                old = self._release(token)
                if old is not None:
                    replaced.add(old)
                    self.seen = [s for s in self.seen[-self.reach.mentions :] if s.start != old]
                self._refer(token, start, drafts)
        self._see(waiting, position, len(reading.doc), replaced)
        for token in speakers:
            drafts = self.speaker_of(token)
            if drafts:
                self._refer(token, token.i, drafts)

    def _see(self, waiting: list[Seen], position: int, end: int, replaced: set[int]) -> int:
        """Takes the waiting mentions from `position` that start before token `end` into those
        seen (but those a description took over); the position of the next one."""
        while position < len(waiting) and waiting[position].start < end:
            if waiting[position].start not in replaced:
                self.seen.append(waiting[position])
            position += 1
        return position

    # -- looking back ------------------------------------------------------------------------
    def back(self, token: Token, sentences: int) -> Iterator[Seen]:
        """The mentions before `token`, nearest first, within the reach."""
        rank = self.sentence_rank
        first_rank = rank[self.reading.sentence_of[token.i]] - sentences
        for seen in reversed(self.seen[-self.reach.mentions :]):
            if rank[seen.sentence] < first_rank:
                return
            if seen.start < token.i:
                yield seen

    @cached_property
    def sentence_rank(self) -> list[int]:
        """Each sentence's place in the count of the reach: a sentence inside a quotation that goes on
        from the sentence before ('"I won. It was hard. I trained," said Kim') is not counted, where
        its marks pair (`_paired`) within one paragraph (a mark left open makes those after it pair
        wrongly); nor is one without a word."""
        doc, marks = self.reading.doc, self.quotations.marks
        breaks = [m.start() for m in re.finditer("\n", docdata.text(doc))]
        paragraph = lambda i: bisect_left(breaks, doc[i].idx)  # noqa: E731
        rank, count = [], -1
        for sent in doc.sents:
            opened = bisect_left(marks, sent.start)
            inside = opened % 2 and opened < len(marks) and marks[opened] >= sent.end - 1
            continued = inside and _paired(doc[marks[opened - 1]], doc[marks[opened]]) and paragraph(marks[opened - 1]) == paragraph(marks[opened])
            count += not continued and any(t.is_alpha for t in sent)  # a stray closing mark is no sentence
            rank.append(count)
        return rank

    def nearest(self, token: Token, sentences: int, fits: Callable[[Seen], bool]) -> Seen | None:
        """The nearest fitting mention; for a subject, the nearest fitting subject first (a
        subject goes on with the last one: "Putin said he and Kim had talked. He also said ..."),
        and for the subject of a main clause, of an earlier sentence its main clause's subject
        before one of a clause inside it ("General X confirmed a man served in the army. But he
        denied ...": X); a blocking noun that fits ends the search."""
        fallback = chosen = None
        subject = token.dep_ in SUBJECT_DEPS
        parallel = _main_subject(token)  # main subject to main subject
        sentence = self.reading.sentence_of[token.i]
        for seen in self.back(token, sentences):
            if chosen is not None and seen.sentence != chosen.sentence:
                break
            if not fits(seen) or chosen is not None and not seen.main:
                continue
            if chosen is not None or not subject:
                return seen
            if seen.subject:
                if not parallel or seen.main or seen.sentence == sentence:
                    return seen
                chosen = seen  # a subject inside an earlier sentence: its main subject first, if one fits
                continue
            fallback = fallback or seen
        return chosen or fallback

    # -- pronouns ----------------------------------------------------------------------------
    def _pronoun(self, token: Token, lower: str) -> None:
        words, sentences = self.words, self.reach.pronoun_sentences
        if syntax.is_reflexive(token):
            found = self._binder(token)
            if found is not None and found.drafts:
                self._refer(token, token.i, found.drafts)
            return
        excluded = self._co_arguments(token) | self._across_quotation(token)
        free = lambda s: not any(d.canonical_id in excluded for d in s.drafts)  # noqa: E731
        if lower in words.person_pronouns:
            gender = next(iter(token.morph.get("Gender")), None)
            person = lambda s: s.person and not s.plural and free(s) and self._agrees(s, gender)  # noqa: E731
            if drafts := self._earlier_quotation_speaker(token, gender):
                self._refer(token, token.i, drafts)
                return
            found = self._subject_over_nominal(token, self.nearest(token, sentences, person), person)
            if found is not None and gender is not None:
                self.gender.update((d.canonical_id, gender) for d in found.drafts)
        elif lower in words.thing_pronouns:
            if not self._acting_thing(token):
                return
            thing = lambda s: not s.human and not s.plural and free(s)  # noqa: E731
            # a modifier ("French criticism of its ties") only where no actor named by a noun fits
            found = self.nearest(token, sentences, lambda s: thing(s) and not self._adjective(s)) or self.nearest(token, sentences, thing)
            found = self._subject_over_nominal(token, found, thing)
        elif lower in words.quantifier_pronouns:
            drafts = self._quantified(token, free) if _standing_for_people(token) else ()
            if drafts:
                self._refer(token, token.i, drafts)
            return
        else:
            found = self.nearest(token, sentences, lambda s: (s.plural or s.coordination is not None) and free(s))
            if found is None:  # "the Taliban seized the town; they also ...": a body spoken of in the plural
                found = self.nearest(token, sentences, lambda s: _organisation(s) and free(s))
        if found is not None and found.drafts:
            drafts = self._coordinated(found, sentences, token) if found.coordination is not None and lower in words.plural_pronouns else found.drafts
            self._refer(token, token.i, drafts)

    def _quantified(self, token: Token, free: Callable[[Seen], bool]) -> tuple[Draft, ...]:
        """Whom "all" or "both" alone as a subject stands for, named in its sentence or the one
        before: the list of actors named last (of two for "both"), else, for "all", the plural
        group named last ("Four men were held. All were charged")."""
        pair = token.lower_ in self.words.pair_words
        listed = self.nearest(token, _QUANTIFIER_SENTENCES, lambda s: s.coordination is not None and free(s))
        if listed is not None:
            drafts = self._coordinated(listed, _QUANTIFIER_SENTENCES, token)
            return drafts if not pair or len(drafts) == 2 else ()
        found = None if pair else self.nearest(token, _QUANTIFIER_SENTENCES, lambda s: s.plural and free(s))
        return found.drafts if found is not None else ()

    def _earlier_quotation_speaker(self, token: Token, gender: str | None) -> tuple[Draft, ...]:
        """The person a "he" or "she" who says a quotation just ended stands for where quotations
        follow one another: the one who said the nearest of them naming its speaker, however many
        sentences they hold and whoever they speak of ('"We regret the governor's decision," Weber
        said. "He erred." "It was a mistake," he said': Weber, not the governor)."""
        if token.dep_ != "nsubj" or not syntax.is_speech_verb(token.head) or self.quotations.ended_before(token) is None:
            return ()
        marks, doc = self.quotations.marks, self.reading.doc
        closing = bisect_left(marks, token.i) - 1
        for _ in range(_QUOTATION_RUN):
            if closing < 3:
                return ()
            opening, before = doc[marks[closing - 1]], doc[marks[closing - 2]]
            if opening.sent.start not in (before.sent.start, before.sent.end):  # another sentence between them
                return ()
            speaker = _said_after(before)
            if speaker is not None:
                drafts = self._phrase_actor(speaker)
                person = len(drafts) == 1 and drafts[0].kind == ActorKind.PERSON
                return drafts if person and gender in (None, self.gender.get(drafts[0].canonical_id, gender)) else ()
            closing -= 2
        return ()

    def _subject_over_nominal(self, token: Token, found: Seen | None, fits: Callable[[Seen], bool]) -> Seen | None:
        """A possessive in a phrase of a verb ("during his talks") stands for the verb's subject,
        where it fits, over one named inside a noun phrase of that clause ("the senator pressed for
        the release of X during his talks": the senator; "met X during his visit" stays X)."""
        if found is None or token.dep_ != "poss":
            return found
        verb = _phrase_verb(token.head)
        if verb is None or not _inside_nominal(self.reading.doc[found.start : found.end].root, verb):
            return found
        subjects = {t.i for subject in syntax.subjects(verb) for t in syntax.conjuncts(subject)}
        return next((s for s in self.back(token, 0) if fits(s) and any(s.start <= i < s.end for i in subjects)), found)

    def _binder(self, token: Token) -> Seen | None:
        """The mention a reflexive pronoun stands for: the subject of its own clause ("the bomber tried
        to blow himself up": the bomber), or the noun it stresses ("the minister himself"); never
        anyone outside its sentence."""
        head = token.head
        if head.pos_ in ("NOUN", "PROPN"):
            binders = [head] if token.dep_ not in _OBJECT_DEPS else []
        else:
            binders = syntax.subjects(head.head if token.dep_ == "pobj" else head)
        return next((s for s in self.back(token, 0) if any(s.start <= b.i < s.end for b in binders)), None)

    def _adjective(self, seen: Seen) -> bool:
        """The mention only modifies a noun ("French criticism", "US sanctions")."""
        return self.reading.doc[seen.start : seen.end].root.dep_ in _MODIFIER_DEPS

    def _co_arguments(self, token: Token) -> set[str]:
        """The actors a pronoun cannot stand for, being its own verb's other arguments: the
        subjects for an object ("Putin praised him": not Putin, nor "Putin urged him to go", "him"
        parsed as the subject of "go"), the objects for a subject ("he met Ben": not Ben), the agent
        of a passive for its object ("a deadline set by X for them"), the owner of the noun an
        object's preposition hangs on ("X's letter to him"), the noun a relative clause describes
        for its arguments ("Kim, whom he met": not Kim), the names in the clause a speech verb
        reports, or stands inside, for its subject ("Kim became a leader, he said", "Kim, he said,
        will lead": not Kim); none
        for a reflexive ("praised himself") or a possessive."""
        if syntax.is_reflexive(token) or token.dep_ == "poss":
            return set()
        if token.dep_ in SUBJECT_DEPS:
            verb = token.head
            others = [c for c in verb.children if c.dep_ in _OBJECT_DEPS] + syntax.pobjs(c for c in verb.children if c.dep_ == "prep")
            if token.lower_ in self.words.object_pronouns and verb.dep_ in _COMPLEMENT_DEPS:  # "police allowed them to march"
                others += syntax.subjects(verb.head)
            if syntax.is_speech_verb(verb):  # "Kim became a leader, he said", "Kim, he said, will lead": not Kim
                reported = [t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree]
                if verb.dep_ == "parataxis":
                    reported += [t for t in verb.head.subtree if not verb.left_edge.i <= t.i <= verb.right_edge.i]
                others += [t for t in reported if t.pos_ == "PROPN"]
        elif token.dep_ in _OBJECT_DEPS:
            verb = token.head.head if token.dep_ == "pobj" else token.head
            others = syntax.subjects(verb) + syntax.pobjs(c for c in verb.children if c.dep_ == "agent")  # "a deadline set by X for them"
            if token.dep_ == "pobj" and verb.pos_ == "NOUN":  # "X's letter to him": not X
                others += [c for c in verb.children if c.dep_ == "poss"]
        else:
            return set()
        if verb.dep_ == "relcl":  # "Kim, whom he met in May": not Kim
            others.append(verb.head)
        owner = self.reading.owner
        return {owner[t.i].canonical_id for other in others for t in syntax.conjuncts(other) if t.i in owner}

    @property
    def quotations(self) -> syntax.Quotations:
        return syntax.quotations(self.reading.doc)

    def _across_quotation(self, token: Token) -> set[str]:
        """The actors a pronoun cannot stand for across a quotation: inside one, whoever says it
        ('"He must go," the president said': not the president; in a clause naming no one outside
        it, the quotation's speaker, `_quotation_speaker`); as the one who says a quotation
        just ended, the actors it names ('"Kim failed us," he said': not Kim; a "he" there, read
        as someone the speaker is not, neither; another pronoun or a description there may have
        been read wrong, and says nothing)."""
        if not self.quotations.marks:
            return set()
        owner = self.reading.owner
        found: set[str] = set()
        speaker = syntax.clause_speaker(syntax.clause_verb(token))
        if speaker is None or not self.quotations.apart(token, speaker):  # '"We hope he ..."': who says "we"
            speaker = self._quotation_speaker(token)
        if speaker is not None and self.quotations.apart(token, speaker):
            named = self._phrase_actor(speaker) or self._described_later(speaker) or self._pronoun_speaker(speaker, token)
            found.update(d.canonical_id for d in named)
        if token.dep_ == "nsubj" and syntax.is_speech_verb(token.head):
            quoted = self.quotations.ended_before(token)
            found.update(owner[i].canonical_id for i in quoted or () if i in owner and self._read_apart(i))
        return found

    def _quotation_speaker(self, token: Token) -> Token | None:
        """Who says the quotation a token is in, where its own clause names no one: the speaker
        the sentence of its closing mark names after it ('"He lied. He must go," Kim said'), else
        the one named after the quotation just before it, in its sentence or the one before ('"We
        met," Kim said. "He will be tried."')."""
        marks, doc = self.quotations.marks, self.reading.doc
        closing = bisect_left(marks, token.i)
        if closing % 2 == 0:  # outside any quotation
            return None
        if closing < len(marks):
            found = self._speaker_after(doc[marks[closing]])
            if found is not None:
                return found
        if closing < 3:
            return None
        opening, before = doc[marks[closing - 1]], doc[marks[closing - 2]]  # and the quotation before's closing mark
        return self._speaker_after(before) if opening.sent.start in (before.sent.start, before.sent.end) else None

    def _speaker_after(self, mark: Token) -> Token | None:
        """`_said_after`, worked out once per closing mark: every pronoun of a quotation asks."""
        if mark.i not in self._speakers_after:
            self._speakers_after[mark.i] = _said_after(mark)
        return self._speakers_after[mark.i]

    def _described_later(self, speaker: Token) -> tuple[Draft, ...]:
        """The actor a description after the pronoun will stand for, read now ('"They fired,"
        the minister said': the minister named before with that noun)."""
        if speaker.pos_ != "NOUN":
            return ()
        doc, lemma = self.reading.doc, speaker.lemma_
        before = self.back(speaker, self.reach.description_sentences)
        return next((seen.drafts for seen in before if doc[seen.start : seen.end].root.lemma_ == lemma), ())

    def _read_apart(self, i: int) -> bool:
        """A mention inside a quotation names someone other than who says it: a name, or a "he" or
        "she" read already as someone the speaker is not (`_pronoun_speaker`)."""
        return i not in self.referred or self.reading.doc[i].lower_ in self.words.person_pronouns

    def _pronoun_speaker(self, speaker: Token, quoted: Token) -> tuple[Draft, ...]:
        """The person a "he" or "she" who says a quotation will stand for, read now from before
        the quotation ('"He must go," he said': the man named before, whom the "he" inside is not)."""
        if speaker.lower_ not in self.words.person_pronouns:
            return ()
        marks = self.quotations.marks
        closing = bisect_left(marks, quoted.i)
        if closing % 2 == 0:
            return ()
        opening = marks[closing - 1]
        gender = next(iter(speaker.morph.get("Gender")), None)
        fits = lambda s: s.end <= opening and s.person and not s.plural and self._agrees(s, gender)  # noqa: E731
        found = self.nearest(speaker, self.reach.pronoun_sentences, fits)
        return found.drafts if found is not None else ()

    def _agrees(self, seen: Seen, gender: str | None) -> bool:
        return gender is None or all(self.gender.get(d.canonical_id, gender) == gender for d in seen.drafts)

    def _acting_thing(self, token: Token) -> bool:
        """"its", "it" as the subject of a verb that acts ("it said", not "it is unclear"), or as the
        object a verb asks to act ("urged it to drop the fine": it is to drop it; not "sold it to")."""
        if token.dep_ == "poss":
            return True
        head = token.head
        if token.dep_ == "dobj" and head.lemma_.lower() in self.words.asking_verbs:
            return any(c.dep_ == "xcomp" and c.i > token.i for c in head.children)
        return token.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_ not in self.reading.kb.non_agentive_verbs

    def _coordinated(self, found: Seen, sentences: int, token: Token) -> tuple[Draft, ...]:
        """Every actor of the list the found mention belongs to ("Putin and Kim")."""
        drafts: dict[str, Draft] = {}
        for seen in self.back(token, sentences):
            if seen.coordination == found.coordination:
                drafts.update((d.canonical_id, d) for d in seen.drafts)
        return tuple(reversed(drafts.values()))

    def speaker_of(self, token: Token) -> tuple[Draft, ...]:
        """The actor who says the clause a first-person pronoun (or "this government") is in, or,
        where the clause names no one, the quotation it is in (`_quotation_speaker`: '"We act
        fast," she said. "We ask for help."'); a speaker not read yet, read now ('"This government
        will act," he said': the man named before)."""
        speaker = syntax.clause_speaker(syntax.clause_verb(token)) or (self._quotation_speaker(token) if self._in_paired_quotation(token) else None)
        if speaker is None or speaker.lower_ in self.words.speaker_pronouns:
            return ()
        return self._phrase_actor(speaker) or self._described_later(speaker) or self._pronoun_speaker(speaker, token)

    def _in_paired_quotation(self, token: Token) -> bool:
        """The token is inside a quotation whose marks read as opening and closing (`_paired`)."""
        marks, doc = self.quotations.marks, self.reading.doc
        closing = bisect_left(marks, token.i)
        return closing % 2 == 1 and closing < len(marks) and _paired(doc[marks[closing - 1]], doc[marks[closing]])

    def _phrase_actor(self, speaker: Token) -> tuple[Draft, ...]:
        """The actor a speaker's phrase names: its head's, else the first in the phrase."""
        owner = self.reading.owner
        if speaker.i in owner:
            return (owner[speaker.i],)
        low, high = speaker.left_edge.i, min(speaker.right_edge.i + 1, speaker.left_edge.i + _SPEAKER_PHRASE)
        return next(((owner[i],) for i in range(low, high) if i in owner), ())

    # -- recording ---------------------------------------------------------------------------
    def _release(self, token: Token) -> int | None:
        """Take a described noun's mention from the group without a country it was read as
        ("the rebels" ---REB, now the rebels named before); the start of that mention."""
        reading = self.reading
        old = reading.owner.pop(token.i, None)
        if old is None:
            return None
        mention = next(m for m in old.mentions if m[0] <= token.i < m[1])
        old.mentions.remove(mention)
        for i in range(*mention):
            reading.owner.pop(i, None)
        if not old.mentions:
            del reading.drafts[old.canonical_id]
        return mention[0]

    def _refer(self, token: Token, start: int, drafts: tuple[Draft, ...]) -> None:
        """Make tokens start..token mentions of the drafts, and a mention later anaphors can reach."""
        for draft in drafts:
            self.reading.mention(draft, start, token.i + 1)
        self.referred.update(range(start, token.i + 1))
        singled_out = token.lower_ in self.words.person_pronouns and all(d.singled_out for d in drafts)  # "a man ... he"
        person = singled_out or all(d.kind is ActorKind.PERSON for d in drafts)
        plural = len(drafts) > 1 or self._plural(token)
        self.seen.append(
            Seen(
                start=start, end=token.i + 1, drafts=drafts, sentence=self.reading.sentence_of[token.i],
                person=person and not plural, plural=plural, subject=token.dep_ in SUBJECT_DEPS,
                main=_main_subject(token), coordination=self._coordination(token), human=person or self._human(token),
            )
        )

    def _mentions_and_blockers(self) -> list[Seen]:
        """The actors' mentions and the non-actor nouns in subject position, in text order."""
        reading, words = self.reading, self.words
        found = []
        for draft in reading.drafts.values():
            for start, end in draft.mentions:
                head = reading.doc[start:end].root
                lemma = head.lemma_.lower()  # also one person a phrase singles out ("a 12-year-old boy ... He")
                person = draft.kind is ActorKind.PERSON or lemma in words.person_roles or draft.singled_out and lemma in words.person_nouns
                gender = self._stated_gender(start, head) if draft.kind is ActorKind.PERSON else None
                if gender is not None:
                    self.gender.setdefault(draft.canonical_id, gender)
                plural = draft.kind is not ActorKind.PERSON and self._plural(head)
                found.append(self._seen(start, end, (draft,), head, person and not plural, plural))
        surnames = self._surnames()
        for token in syntax.where_all(reading.doc, (POS, SUBJECT_POS_IDS), (DEP, SUBJECT_DEP_IDS)):
            if token.i not in reading.owner:
                named = surnames.get(token.text) if token.is_title and not list(token.children) else None  # tagged NOUN opening a sentence
                if named is not None and named.mentions[0][0] < token.i:  # "Roy Whiting was sentenced ... Whiting was given"
                    reading.mention(named, token.i, token.i + 1)
                    found.append(self._seen(token.i, token.i + 1, (named,), token, True, False))
                    continue
                lemma = token.lemma_.lower()
                person = lemma in words.person_nouns or lemma in words.person_roles
                found.append(self._seen(token.i, token.i + 1, (), token, person, self._plural(token)))
        return sorted(found, key=lambda seen: seen.start)

    def _plural(self, token: Token) -> bool:
        """The noun is plural, by its tag or as English takes it ("the police ... they")."""
        return is_plural(token) or token.lower_ in self.words.plural_collectives

    def _stated_gender(self, start: int, head: Token) -> str | None:
        """The gender a person's mention tells by a title ("Mr Lee", "Ms Kim") or a noun set after
        the name ("Lee, the girl's father"), as the pronouns' morphology writes it."""
        words = self.words
        titles = (head.doc[i] for i in (start - 1, start) if i >= 0)
        told = [t.lower_ for t in titles if t.is_title and t.pos_ in ("PROPN", "NOUN")]  # not "will miss Steve"
        told += [c.lemma_.lower() for c in head.children if c.dep_ == "appos" and c.i > head.i]
        if any(word in words.masculine_words for word in told):
            return "Masc"
        if any(word in words.feminine_words for word in told):
            return "Fem"
        return None

    def _surnames(self) -> dict[str, Draft]:
        """The people named in full by their last names, where no one else of the article bears it:
        a subject the recogniser left unread that is such a name is that person."""
        people: dict[str, list[Draft]] = {}
        for draft in self.reading.drafts.values():
            words = draft.name.split()
            if draft.kind is ActorKind.PERSON and len(words) > 1 and draft.mentions:
                people.setdefault(words[-1], []).append(draft)
        return {name: drafts[0] for name, drafts in people.items() if len(drafts) == 1}

    def _seen(self, start: int, end: int, drafts: tuple[Draft, ...], head: Token, person: bool, plural: bool) -> Seen:
        return Seen(
            start=start, end=end, drafts=drafts, sentence=self.reading.sentence_of[start], person=person,
            plural=plural, subject=head.dep_ in SUBJECT_DEPS, main=_main_subject(head),
            coordination=self._coordination(head) if drafts else None, human=person or self._human(head),
        )

    def _human(self, head: Token) -> bool:
        """The mention's head is a noun for a person or people, or a personal pronoun ("a nine-year-old
        girl", coded as a CVL group, "a bank employee", "her"), which "it" never stands for."""
        lemma = head.lemma_.lower()
        words = self.words
        return lemma in words.person_nouns or lemma in words.person_roles or lemma in words.party_nouns or head.lower_ in words.person_pronouns

    def _coordination(self, head: Token) -> int | None:
        """The first conjunct of the list of actors a mention's head is in, if it is in one."""
        owner = self.reading.owner
        if head.dep_ == "conj" or any(c.dep_ == "conj" and c.i in owner for c in head.children):
            return self.reading.first_conjunct(head).i
        return None


def _paired(opening: Token, closing: Token) -> bool:
    """Two quotation marks read as one quotation's opening and closing: each faces the quotation
    (written against its first and last words) and neither is the other's kind of curly mark;
    where a mark is missing, those counted after it pair wrongly ('"I went. "We ...')."""
    doc = opening.doc
    facing = not opening.whitespace_ and closing.i > 0 and not doc[closing.i - 1].whitespace_
    return facing and opening.text not in _CLOSING_MARKS and closing.text not in _OPENING_MARKS


def _said_after(mark: Token) -> Token | None:
    """The speaker of the speech verb after a closing quotation mark in its sentence ('," he said')."""
    for token in mark.doc[mark.i + 1 : mark.sent.end]:
        if syntax.is_speech_verb(token):
            return syntax.speaker(token)
    return None


def _phrase_verb(noun: Token) -> Token | None:
    """The verb a noun's prepositional phrase hangs on, directly or through the nouns of other such
    phrases ("pressed for the release of X during his talks": pressed)."""
    for _ in range(syntax.MAX_HOPS):
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        noun = noun.head.head
        if noun.pos_ in ("VERB", "AUX"):
            return noun
    return None


def _inside_nominal(head: Token, verb: Token) -> bool:
    """The mention's head hangs on the verb through a noun ("pressed for the release of X")."""
    token = head.head
    for _ in range(syntax.MAX_HOPS):
        if token.i == verb.i or token.head.i == token.i:
            return False
        if token.pos_ in ("NOUN", "PROPN"):
            return True
        token = token.head
    return False


def _standing_for_people(quantifier: Token) -> bool:
    """A quantifier is a clause's whole subject, its verb not in the singular ("All have denied it",
    "Both were freed"; not "All is quiet", "all of the money", "all three")."""
    verb = quantifier.head
    if quantifier.dep_ not in SUBJECT_DEPS or any(quantifier.children):
        return False
    return not any(t.tag_ == "VBZ" or t.lower_ == "was" for t in (verb, *(c for c in verb.children if c.dep_ in syntax.AUXILIARY_DEPS)))


def _organisation(seen: Seen) -> bool:
    """The mention names one organisation or group (which "they" may stand for, as a body), not one
    person a phrase singles out ("a man")."""
    return len(seen.drafts) == 1 and seen.drafts[0].kind in (ActorKind.ORGANISATION, ActorKind.GROUP) and not (seen.person and seen.drafts[0].singled_out)


def _main_subject(head: Token) -> bool:
    """The head is the subject of its sentence's main verb, or of a clause joined to it ("X denied
    it, and Y said": Y), or in apposition to one ("The army chief, General X, said")."""
    if head.dep_ == "appos":
        head = head.head
    verb = head.head
    return head.dep_ in SUBJECT_DEPS and (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT")

