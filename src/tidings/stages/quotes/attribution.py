"""Attributions found in the parse: a speech verb with its speaker and reported clause ("the
minister said that …"), "according to X", and speakers named by a mark instead of a verb (a
transcript's "NAME: …", a signature after a quotation, "“…” ― Name")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from tidings.knowledge.factuality import factuality_cues
from tidings.knowledge.speech import SpeechCue, cue_heads, cue_lemma, label_words, speech_cues, speech_idioms
from tidings.model import Polarity, QuoteKind
from tidings.stages.quotes.extents import Extents
from tidings.stages.quotes.marks import CLOSING_CHARS, HEADLINE, LABEL, Extent, ends_sentence
from tidings.syntax import FINITE_TAGS, RELATIVE_TAGS, is_speech_verb, is_to_infinitive, speaker

VERB_FRAMES = frozenset({"ccomp", "xcomp", "dobj", "oprd"})
PASSIVE = frozenset({"auxpass", "nsubjpass"})
PHRASAL = frozenset({"prt", "dobj"})  # a cue's second word: a particle ("point out") or a fixed object ("put it")
AS_FRAME = "as"  # a cue whose content is the sentence its "as" clause is set off from ("as she put it, …")
RAISING = "raising"  # a cue whose agentless passive reports its subject and infinitive ("is said to …")
WHEN = frozenset({"DATE", "TIME"})
PAST_TAGS = frozenset({"VBD", "VBN"})
TIME_DEPS = frozenset({"prep", "npadvmod", "advmod"})  # how a time hangs on a clause: "on Monday", "last week", "today"
FRAGMENT_DEPS = frozenset({"dep", "npadvmod", "dobj"})  # how the parser hangs "Cheaper fuel," on "…, he said"
FRAGMENT_ENDS = frozenset({"dobj", "ccomp", "xcomp", "conj", "attr", "oprd", "acomp"})  # a cue saying more after it  # "said Friday": a time, not what was said
NOUN_CLAUSES = frozenset({"acl", "relcl"})  # a cue noun's clause: the parser takes "a report *that* …" for a relative one
COPULAR_CLAUSES = frozenset({"ccomp", "xcomp", "advcl"})  # "her view is *that* …", "their aim was *to* …"
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})  # "reports from Kabul": where, not who
NO_OBJECTS = frozenset({"nothing", "none"})  # an object that negates the act ("said nothing")
HEADLINE_SPEAKERS = ("PERSON", "ORG")  # the entities a headline's words before its quotation may name as speaker
NAMES = frozenset({"PROPN", "NOUN", "PRON"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
STRANDED = frozenset({"dobj", "prep", "npadvmod"})  # where the parser may hang a reported clause's subject
# Verbs whose subject holds the stance their object names: "has doubts about", "raised concerns
# that", "holds the view that", "shares the fear of", "expressed concern about"
LIGHT_VERBS = frozenset({"have", "hold", "harbor", "harbour", "raise", "share", "express", "voice"})
# Verbs whose subject utters what their object names: "raised allegations that", "issued a
# warning that", "made the claim that"
SPEECH_LIGHT_VERBS = frozenset({"make", "issue", "raise", "level", "voice", "repeat"})
NO_HOLDERS = frozenset({"it", "this", "that", "there"})  # a subject that holds no stance: "it is a threat to"
# Links a cue without a subject climbs to find the clause it completes: "was able *to* defend"
# (xcomp, acomp), "apologized *for saying*" (pcomp, prep), "*and* accuse" (conj)
CLIMBED = frozenset({"xcomp", "acomp", "pcomp", "prep", "conj"})
CLIMB = 4  # links climbed at most
NAME_REACH = 1000  # characters from a quotation to its cue looked over for the speaker ("…,” the governor said)
NAME_WORDS = 12  # words after a cue that may name its speaker ("said the governor of X")
SET_OFF_WORDS = 12  # words after a cue set off by commas that may say when, where or to whom ("told reporters on Friday")
# What a set-off cue may say after it before its closing comma: "pointed *out*", "told *reporters*",
# "said *later in the day*"
SET_OFF_DEPS = frozenset({"advmod", "prep", "npadvmod", "prt", "dative", "dobj", "agent"})
SUBJECT_LEADS = frozenset({"aux", "neg", "advmod"})  # between a set-off cue's subject and it: "has *also* said"
GERUND_GAP = 3  # words between a cue and the gerund it takes ("admitted to the court using")
NESTED_GAP = 25  # characters between a cue inside a quotation and the quotation it gives ("told me ‘")
SIGNATURE = re.compile(r"[ \t\xa0]*([―—])[ \t\xa0]*([A-Z][^\n.,;:!?“”\"]{1,60}?)[ \t\xa0.]*(?=\n|$)")


@dataclass
class Attribution:
    cue: SpeechCue
    tokens: list[Token]  # the cue's words
    speaker: Token | None
    content: list[Extent] = field(default_factory=list)
    complement: Token | None = None  # head of the reported clause, for nesting
    direct: bool = False
    attached: bool = False  # the content is quotations given to this cue
    via: Token | None = None
    speaker_extent: Extent | None = None  # set where a mark, not a verb, names the speaker
    cue_extent: Extent | None = None
    inside: Extent | None = None  # the quotation whose words hold this attribution
    addressee: Token | None = None  # who the words went to ("told AFP"): the via where a medium
    unnamed: bool = False  # said or held by no one the text names ("the leader is said to be ill")

    @property
    def at(self) -> int:
        """Where the cue starts in the text."""
        return self.tokens[0].idx


def find(doc: Doc, extents: Extents) -> list[Attribution]:
    """Every attribution in the Doc whose cue is not itself inside a quotation."""
    marks = extents.marks
    found: list[Attribution] = []
    according: list[tuple[Token, Token]] = []  # ("according", its source)
    nested_claimed: set[Extent] = set()  # quotations inside quotations, each given to its first cue
    for i in extents.cue_words:
        token = doc[i]
        quotation = marks.holding(token.idx)
        if quotation is not None:
            nested = _nested_attribution(token, quotation, extents)
            if nested is not None and nested.content[0] not in nested_claimed:
                nested_claimed.add(nested.content[0])
                found.append(nested)
            continue
        if token.lower_ == "according":
            source = _according_source(token)
            if source is not None:
                according.append((token, source))
            continue
        attribution = _cue_attribution(token, extents)
        if attribution is not None:
            found.append(attribution)
    found.extend(_marked(doc, extents))
    found = _without_stated_stances(found)
    by_cue = {a.tokens[0].i: a for a in found}
    for token, source in according:
        reported = by_cue.get(token.head.i)
        if reported is not None and reported.speaker is not None and reported.speaker != source:
            reported.via = source
        else:
            found.append(_according(token, source, extents))
    return found


def _without_stated_stances(found: list[Attribution]) -> list[Attribution]:
    """"The union expressed concern about the roster": where a cue verb's object is a stance noun
    its subject holds, attributed in its own right, what is reported is the noun's content, not
    the noun ("denied the mayor's claim that …" reports the claim: the mayor holds it)."""
    holders = {a.tokens[0].i: a.speaker for a in found if a.tokens[0].pos_ == "NOUN" and a.content}
    return [a for a in found if a.complement is None or not _held_by(holders, a.complement.i, a.speaker)]


def _held_by(holders: dict[int, Token | None], noun: int, speaker: Token | None) -> bool:
    return noun in holders and speaker is not None and holders[noun] == speaker


def _cue_attribution(verb: Token, extents: Extents) -> Attribution | None:
    """The attribution a cue word starts: a stance adjective after a copula, a noun with a
    possessor, or a verb with its speaker and the content its frames find."""
    predicate = _predicate(verb)
    if predicate is not None:
        return _with_content(Attribution(cue=predicate[0], tokens=[verb], speaker=predicate[1]), verb, extents)
    if verb.pos_ == "NOUN":
        return _nominal(verb, extents)
    if verb.pos_ != "VERB":
        return None
    cues = speech_cues()
    lemma = cue_lemma(verb.lemma_.lower(), verb.lower_)
    tokens = [verb]
    cue = cues.get(lemma)
    for particle in verb.children:
        phrasal = cues.get(f"{lemma} {particle.lower_}")
        if particle.dep_ in PHRASAL and phrasal is not None:
            cue, tokens = phrasal, [verb, particle]
    if cue is None or _other_phrasal_verb(verb, cue, tokens):
        return None
    if not any(f in VERB_FRAMES or f.startswith("prep:") or f in (AS_FRAME, RAISING) for f in cue.frames):
        return None
    if _unsaid(verb, cue) or _naming_participle(verb) or _asked(verb) or _idiom(verb, cue) or _quotes_as(verb):
        return None
    set_off = _set_off(verb, cue, tokens, extents)
    if set_off is not None:
        return set_off
    quoted = _quoted_as(verb)
    if quoted is not None:
        attribution = Attribution(cue=cue, tokens=tokens, speaker=quoted[0], via=quoted[1])
        return _with_content(attribution, verb, extents)
    if any(child.dep_ in PASSIVE for child in verb.children):
        return _passive(verb, cue, tokens, extents)
    if _agent_participle(verb, cue):
        return _participle(verb, cue, tokens, extents)
    attribution = _with_content(Attribution(cue=cue, tokens=tokens, speaker=_speaker(verb, extents)), verb, extents)
    attribution.addressee = _addressee(verb, attribution.complement)
    return attribution


def _other_phrasal_verb(verb: Token, cue: SpeechCue, tokens: list[Token]) -> bool:
    """"Called in at Kabul", "backed out of the deal", "put the vote off": the cue verb with a
    particle that is neither part of the cue nor the preposition one of its frames takes ("called
    on them to …") is another verb, which reports nothing."""
    return any(c.dep_ == "prt" and c not in tokens and f"prep:{c.lower_}" not in cue.frames for c in verb.children)


def _set_off(verb: Token, cue: SpeechCue, tokens: list[Token], extents: Extents) -> Attribution | None:
    """"Fares, the minister said on Friday, will rise", "Fares, as the minister noted, will rise":
    a cue and its subject set off by commas inside the sentence they report, with nothing after
    the cue but when, where or to whom it was said. The parser often hangs the sentence's parts
    on the cue and takes its first words for the cue's subject; the speaker is the subject
    after the opening comma and the content the sentence around the aside, in two parts (the
    first alone where a relative clause follows the aside)."""
    if not cue.direct and "ccomp" not in cue.frames:
        return None
    doc = verb.doc
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in RELATIVE_TAGS or verb.dep_ != "ROOT":
        return None
    if any(t.head != verb or t.dep_ not in SUBJECT_LEADS for t in doc[subject.right_edge.i + 1 : verb.i]):
        return None
    opening = subject.left_edge.i - 1
    if opening > 0 and doc[opening].lower_ == AS_FRAME and doc[opening].head == verb:
        opening -= 1
    sentence_start, sentence_end = extents.sentence(verb.i)
    closing = next((t.i for t in doc[verb.i + 1 : min(sentence_end, verb.i + SET_OFF_WORDS)] if t.text == ","), None)
    if opening <= sentence_start or doc[opening].text != "," or closing is None:
        return None
    if any(_own_words(c, cue, closing) for c in verb.rights):
        return None
    marks = extents.marks
    parts = [extents.content(sentence_start, opening - 1, verb.idx)]
    if not _opens_relative(doc, closing + 1):  # "…, aides noted, after which …": the writer's clause
        parts.append(extents.content(closing + 1, sentence_end - 1, verb.idx))
    if not all(parts) or any(marks.holding(edge) is not None for part in parts for edge in (part[0], part[1] - 1)):
        return None
    return Attribution(cue=cue, tokens=tokens, speaker=subject, content=parts)


def _own_words(child: Token, cue: SpeechCue, closing: int) -> bool:
    """Whether a word after a set-off cue is what the cue itself says, not when or to whom: before
    the closing comma, anything else, its frame's preposition ("learned *of* a plan") or a phrase
    running past the comma ("learned of talks by Chad, Mali, …"); after it, a that-clause ("…,
    she noted, that …") or a speech verb going on from the cue ("…, she said, adding …")."""
    if child.i >= closing:
        return is_speech_verb(child) or (child.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children))
    return child.dep_ not in SET_OFF_DEPS or f"prep:{child.lower_}" in cue.frames or child.right_edge.i > closing


def _addressee(verb: Token, content: Token | None) -> Token | None:
    """Who a cue's words went to: the one told ("told AFP", "said to Reuters") or the one that
    received the statement they were in ("said in a statement received by AFP")."""
    for child in verb.children:
        if child.i < verb.i or child == content:
            continue
        if child.dep_ in ("dobj", "dative"):
            return child
        if child.dep_ != "prep":
            continue
        for noun in child.children:
            if noun.dep_ != "pobj":
                continue
            if child.lower_ == "to":
                return noun
            for agent in (g for c in noun.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"):
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _quoted_as(verb: Token) -> tuple[Token, Token | None] | None:
    """"Reuters quoted the minister as saying …", "the minister was quoted by Reuters as telling
    …": a cue after "as" is said by the object (or passive subject) of the verb the "as" hangs
    on, and passed on by that verb's subject (or agent)."""
    preposition = verb.head
    if verb.dep_ != "pcomp" or preposition.dep_ != "prep" or preposition.lower_ != AS_FRAME:
        return None
    reporting = preposition.head
    said_by = next((c for c in reporting.children if c.dep_ in ("dobj", "nsubjpass") and c.i < preposition.i), None)
    if reporting.pos_ != "VERB" or said_by is None:
        return None
    return said_by, speaker(reporting)


def _quotes_as(verb: Token) -> bool:
    """The reporting verb of `_quoted_as` ("quoted the minister *as saying*"): the speech is the
    participle's, passed on by this verb's subject."""
    return any(
        c.dep_ == "prep" and c.lower_ == AS_FRAME and any(_quoted_as(g) is not None for g in c.children)
        for c in verb.children
    )


def _speaker(verb: Token, extents: Extents) -> Token | None:
    """The verb's speaker; where the parser took a word of a quotation for it ("“One of the
    brightest,” the senator said": "One"), the name between the quotation and the cue, or
    right after the cue ("…,” said the senator, …"): the last noun of those words, the head of
    an English noun phrase."""
    outer = _outer_speech(verb) or _after_subordinate(verb)
    found = (speaker(outer) if outer is not None else None) or speaker(verb) or _speaker_missed(verb)
    marks = extents.marks
    quotation = marks.holding(found.idx) if found is not None else None
    if quotation is None or quotation == marks.holding(verb.idx) or verb.idx - quotation[1] > NAME_REACH:
        return found
    if quotation[0] > verb.idx:  # "“…,” Ana Reyes, the mayor, said on “Morning Talk”": a title after the cue
        return _named_before(verb, extents) or found
    doc = verb.doc
    gap = doc.char_span(quotation[1], verb.idx, alignment_mode="contract")
    names = [t for t in gap if _names(t)] if gap is not None else []
    if not names:
        sentence_end = min(extents.sentence(verb.i)[1], verb.i + 1 + NAME_WORDS)
        following = doc[verb.i + 1 : sentence_end]
        end = next((t.i for t in following if t.is_punct or t.pos_ == "ADP" or marks.holding(t.idx)), sentence_end)
        names = [t for t in doc[verb.i + 1 : end] if _names(t)]
    return names[-1] if names else found


def _outer_speech(verb: Token) -> Token | None:
    """"The mayor said the budget was tight and *urged* residents to …": a cue without a subject
    that the parser conjoined to the reported clause, in the tense of the verb reporting it and
    not in the clause's own (a copula's, or another form: "had failed and warned"), goes on from
    that verb: the verb, whose speaker it shares. A cue in the clause's own tense ("the army
    attacked and warned") is the clause's, unless a comma sets it off ("found that X lacked
    staff, and recommended …")."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    reporting = clause.head
    if not is_speech_verb(reporting) or verb.tag_ not in FINITE_TAGS or verb.tag_ != reporting.tag_:
        return None
    doc = verb.doc
    set_off = verb.i >= 2 and doc[verb.i - 1].dep_ == "cc" and doc[verb.i - 2].text == ","
    return reporting if set_off or clause.pos_ == "AUX" or clause.tag_ != verb.tag_ else None


def _after_subordinate(verb: Token) -> Token | None:
    """"As traders fled, an officer called it "senseless" and *said* …": a cue without a subject
    that the parser conjoined to a clause a subordinating word opens (which it took for the main
    one) goes on from the speech verb between the two, whose speaker it shares."""
    clause = verb.head
    if verb.dep_ != "conj" or not any(c.dep_ == "mark" for c in clause.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((t for t in reversed(verb.doc[clause.i + 1 : verb.i]) if is_speech_verb(t)), None)


def _named_before(verb: Token, extents: Extents) -> Token | None:
    """The name between the quotation before a cue and the cue: the head of those words' phrase
    (its word whose head lies outside them: "Ana Reyes, the mayor," gives "Reyes")."""
    marks = extents.marks
    index = bisect_right(marks.starts, verb.idx) - 1
    if index < 0 or marks.quotations[index][1] > verb.idx or verb.idx - marks.quotations[index][1] > NAME_REACH:
        return None
    gap = verb.doc.char_span(marks.quotations[index][1], verb.idx, alignment_mode="contract")
    if gap is None:
        return None
    return next((t for t in gap if _names(t) and not gap.start <= t.head.i < gap.end), None)


def _speaker_missed(verb: Token) -> Token | None:
    """The speaker of a cue the parser left without one: the subject of the clause it completes
    through an adjective or a preposition ("he was *able to* defend", "apologized *for* saying"),
    short of another cue ("criticized her for saying": hers), or a name right before a finite
    cue the parser did not take for its subject ("… the owners of the Gazette Lopez said …")."""
    current = verb
    for _ in range(CLIMB):
        if current.dep_ not in CLIMBED or current.head.i == current.i:
            break
        current = current.head
        if current.lemma_.lower() in cue_heads() or current.lower_ in cue_heads():  # "according to …": not theirs
            return None
        subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if subject.lower_ != "it" else None
    if verb.tag_ not in FINITE_TAGS:
        return None
    before = verb.i - 1
    while before >= 0 and verb.doc[before].pos_ in ("ADV", "DET"):
        before -= 1
    name = verb.doc[before] if before >= 0 else None
    return name if name is not None and name.pos_ == "PROPN" and name.ent_type_ in SPEAKER_ENTITIES else None


def _names(token: Token) -> bool:
    return token.pos_ in NAMES and token.ent_type_ not in WHEN


def _passive(verb: Token, cue: SpeechCue, tokens: list[Token], extents: Extents) -> Attribution | None:
    """"The plan is backed by the unions": a cue whose object is its passive subject reports
    that subject, said by the agent. A passive without an agent names no speaker ("she was
    asked to …": the addressee)."""
    agent = speaker(verb)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if agent is None and subject is not None and RAISING in cue.frames:
        return _raised(verb, cue, tokens, subject, extents)
    if "dobj" not in cue.frames or agent is None or subject is None or subject.i > verb.i:
        return None
    extent = extents.content(subject.left_edge.i, subject.right_edge.i, verb.idx)
    if extent is None:
        return None
    return Attribution(cue=cue, tokens=tokens, speaker=agent, content=[extent], complement=subject)


def _raised(verb: Token, cue: SpeechCue, tokens: list[Token], subject: Token, extents: Extents) -> Attribution | None:
    """"The leader is said to be ill", "talks are expected to resume": an agentless passive
    with an infinitive reports its subject and that infinitive, said or held by no one named."""
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and is_to_infinitive(c)), None)
    if infinitive is None or subject.i > verb.i or subject.lower_ in NO_HOLDERS:
        return None
    said = extents.content(subject.left_edge.i, subject.right_edge.i, verb.idx)
    first, last = extents.clause(verb, None, infinitive, max(infinitive.left_edge.i, verb.i + 1), infinitive.right_edge.i)
    reported = extents.content(first, extents.before_aside(infinitive, last), verb.idx)
    if said is None or reported is None:
        return None
    return Attribution(cue=cue, tokens=tokens, speaker=None, content=[said, reported], complement=infinitive, unnamed=True)


def _agent_participle(verb: Token, cue: SpeechCue) -> bool:
    """"The levels recommended by the agency": a participle on its noun with an agent, the
    passive of a cue taking an object."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and "dobj" in cue.frames
        and verb.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "agent" for c in verb.children)
    )


def _participle(verb: Token, cue: SpeechCue, tokens: list[Token], extents: Extents) -> Attribution | None:
    """`_agent_participle`: the noun phrase before the participle, said by the agent."""
    by = next(c for c in verb.children if c.dep_ == "agent")
    agent = next((c for c in by.children if c.dep_ == "pobj"), None)
    noun = verb.head
    extent = extents.content(noun.left_edge.i, verb.left_edge.i - 1, verb.idx) if noun.i < verb.i else None
    if agent is None or extent is None:
        return None
    return Attribution(cue=cue, tokens=tokens, speaker=agent, content=[extent], complement=noun)


def _nominal(noun: Token, extents: Extents) -> Attribution | None:
    """"Putin's plan to …", "the ministry's claim that …", "she is a critic of …": a cue noun
    whose holder (`_holder`) holds what its clause or its preposition's object says."""
    cue = speech_cues().get(noun.lemma_.lower())
    holder = _holder(noun, cue.kind) if cue is not None else None
    if holder is None:
        return None
    content = None
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in NOUN_CLAUSES and _clause_fits(child, cue):
            content = child
        elif child.dep_ == "prep" and f"prep:{child.lower_}" in cue.frames:
            content = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if content is not None:
            break
    content = content or _copular_clause(noun, cue)
    if content is None:
        return None
    governed = content.dep_ not in NOUN_CLAUSES | COPULAR_CLAUSES
    # a preposition's reach takes in its conjuncts: "a supporter of the plan and of its author"
    last = extents.before_aside(content, (content.head if governed else content).right_edge.i)
    extent = extents.content(content.left_edge.i, last, noun.idx)
    if extent is None:
        return None
    tokens = [noun, content.head] if governed else [noun]
    return Attribution(cue=cue, tokens=tokens, speaker=holder, content=[extent], complement=content)


def _copular_clause(noun: Token, cue: SpeechCue) -> Token | None:
    """"The ministry's view *is that* …", "her plan *was to* …": the clause a copula gives the
    cue noun that is its subject."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lemma_ != "be":
        return None
    return next((c for c in head.children if c.dep_ in COPULAR_CLAUSES and c.i > head.i and _clause_fits(c, cue)), None)


def _holder(noun: Token, kind: QuoteKind) -> Token | None:
    """Who holds what a cue noun names: its possessor ("Putin's plan", "the Kremlin plan"); for an attitude or an
    intention, also the subject of a copula the noun completes ("she is a critic of") or of a
    light verb whose object it is ("raised concerns that", `LIGHT_VERBS`; not "held talks"); for
    speech, the subject of a verb that utters it ("issued a warning that", `SPEECH_LIGHT_VERBS`).
    None for a stance held by no one ("has no doubt", "it is a threat to")."""
    holder = next((c for c in noun.children if c.dep_ == "poss" or _named_compound(c)), None) or _source(noun)
    light = SPEECH_LIGHT_VERBS if kind is QuoteKind.SPEECH else LIGHT_VERBS
    if holder is not None or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return holder
    head = noun.head
    if (noun.dep_ == "attr" and kind is not QuoteKind.SPEECH) or (noun.dep_ == "dobj" and head.lemma_.lower() in light):
        holder = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return holder if holder is not None and holder.pos_ in NAMES and holder.lower_ not in NO_HOLDERS else None


def _source(noun: Token) -> Token | None:
    """Whom a cue noun comes from: "a warning *from the union* that", "assurances *from officials*
    that" (not a place: "reports from Tokyo that")."""
    source = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i), None)
    whom = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
    if whom is None or whom.pos_ not in NAMES or whom.lower_ in NO_HOLDERS or whom.ent_type_ in PLACE_ENTITIES:
        return None
    return whom


def _named_compound(word: Token) -> bool:
    """A name before a cue noun that holds it as a possessor would: "a *Reuters* report that",
    "the *Kremlin* statement that"."""
    return word.dep_ == "compound" and word.pos_ == "PROPN" and word.ent_type_ in SPEAKER_ENTITIES


def _clause_fits(clause: Token, cue: SpeechCue) -> bool:
    """A noun's clause as its cue's frames take it: an infinitive for xcomp, a that-clause for
    ccomp."""
    marks = {c.lower_ for c in clause.children if c.dep_ in ("aux", "mark")}
    return ("xcomp" in cue.frames and "to" in marks) or ("ccomp" in cue.frames and "that" in marks)


def _predicate(word: Token) -> tuple[SpeechCue, Token | None] | None:
    """An attitude an adjective names after a copula or a linking verb ("was critical of", "is
    confident that", "seemed determined to"; the parser takes one after "seem" or "appear" for
    a predicate with no object, oprd), or a participle read as one ("is worried about", "are
    opposed to"): its cue and who holds it."""
    cue = speech_cues().get(word.lower_)
    if cue is None or cue.kind is QuoteKind.SPEECH:
        return None
    linked = word.dep_ == "acomp" or (word.dep_ == "oprd" and not any(c.dep_ == "dobj" for c in word.head.children))
    if linked and word.pos_ in ("ADJ", "VERB"):
        return cue, speaker(word.head)
    if word.pos_ == "VERB" and word.tag_ == "VBN":
        holder = next((c for c in word.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        return (cue, holder) if holder is not None else None
    return None


def _with_content(attribution: Attribution, verb: Token, extents: Extents) -> Attribution:
    """The attribution with the content its cue's frames find around `verb`."""
    cue = attribution.cue
    complement = _complement(verb, cue) or (_fronted(verb, attribution.speaker, extents) if cue.direct else None)
    if complement is None:
        return attribution
    head, first, last = complement
    antecedent = None
    if head.dep_ == "ccomp" and first < verb.i < head.i and verb.dep_ == "relcl":
        # "the cuts, which the bank said were needed": the clause after the cue, of the noun before
        # it, taken with the nouns it completes ("the attention from police that he says …")
        noun = verb.head
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        antecedent = extents.content(noun.left_edge.i, first - 1, verb.idx)
        first = min([head.i] + [c.left_edge.i for c in head.children if c.i > verb.i])
    if head.dep_ == "ccomp" and head.i > verb.i:
        first = _said_when(verb, head, _stranded_subject(verb, head, first))
    comma = _relative_aside(verb, attribution.speaker, first) if head.i > verb.i else None
    if comma is not None:  # "…, officials said, during which …": the clause before the attribution
        extent = extents.content(extents.sentence(verb.i)[0], comma - 1, verb.idx)
        attribution.content = [extent] if extent is not None else []
        return attribution
    if head.dep_ == "dobj":
        last = max([last] + [c.right_edge.i for c in verb.children if _goes_on_object(c, head)])
    if head.dep_ in ("ccomp", "dobj"):
        first, last = extents.clause(verb, attribution.speaker, head, first, last)
    if head.dep_ == "xcomp":  # "urged *the council to* act": who is to act is said too
        first = min([first] + [c.left_edge.i for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < head.i])
        last = max([last] + [c.right_edge.i for c in verb.children if _goes_on_infinitive(c, head)])
    if head.i > verb.i:
        last = extents.before_aside(head, last)
    extent = extents.content(first, last, verb.idx)
    if extent is not None:
        if head.dep_ in ("pobj", "pcomp"):
            attribution.tokens.append(head.head)
        attribution.complement = head
        lead = antecedent or (_condition(verb, attribution.speaker, extents) if head.i > verb.i else None)
        attribution.content = [lead, extent] if lead is not None else [extent]
        attribution.direct = lead is None and extents.marks.whole(extent)
    return attribution


def _stranded_subject(verb: Token, clause: Token, first: int) -> int:
    """"warned rising costs are a threat", "says for safety reasons the trails will close": a
    verb's clause with no subject and no "that" whose subject the parser hung on the cue, as its object
    or inside a phrase between the two: the clause starts with those words."""
    if clause.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in clause.children):
        return first
    stranded = [c.left_edge.i for c in verb.children if verb.i < c.i < clause.i and c.dep_ in STRANDED]
    return min([first] + stranded)


def _said_when(verb: Token, clause: Token, first: int) -> int:
    """"said on Monday the strike would end", "said last week the mine was safe": a time right
    after a cue in the past, which the parser hung on the clause before its subject, says when
    the words were said: the clause starts after it (after "says", "last week" is the clause's)."""
    if first != verb.i + 1 or verb.tag_ not in PAST_TAGS:
        return first
    lead = next((c for c in clause.lefts if c.left_edge.i == first), None)
    if lead is None or lead.dep_ not in TIME_DEPS or not _names_time(lead):
        return first
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECTS), None)
    return lead.right_edge.i + 1 if subject is not None and subject.i > lead.right_edge.i else first


def _names_time(word: Token) -> bool:
    """A date or time ("Monday", "last week"), or a preposition taking one ("on Monday")."""
    return word.ent_type_ in WHEN or any(c.dep_ == "pobj" and c.ent_type_ in WHEN for c in word.children)


def _condition(verb: Token, speaker: Token | None, extents: Extents) -> Extent | None:
    """"If the talks fail, the minister said, the army will move": a conditional or other
    adverbial clause opening the sentence, set off by a comma before the speaker, that the
    parser hung on the cue set off by commas itself: part of what is said (where no comma
    follows the cue, "When he bought the mine, he said he …", the clause says when it was said)."""
    doc = verb.doc
    if speaker is None or speaker.i > verb.i or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    comma = speaker.left_edge.i - 1
    sentence_start = extents.sentence(verb.i)[0]
    if comma <= sentence_start or doc[comma].text != ",":
        return None
    for child in verb.children:
        if child.dep_ == "advcl" and child.left_edge.i == sentence_start and child.right_edge.i < comma:
            if any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in child.children):
                return extents.content(sentence_start, comma - 1, verb.idx)
    return None


def _relative_aside(verb: Token, speaker: Token | None, first: int) -> int | None:
    """"A battle broke out, officials said, during which …": what the parser took for the cue's
    clause opens with a relative word (or a preposition and one) after a comma, and the
    attribution is itself set off by a comma after the clause it reports: that comma."""
    doc = verb.doc
    if speaker is None or not speaker.i < verb.i < first or doc[first - 1].text != ",":
        return None
    before = speaker.left_edge.i - 1
    return before if _opens_relative(doc, first) and before > 0 and doc[before].text == "," else None


def _opens_relative(doc: Doc, i: int) -> bool:
    """Whether the words from token i open a relative clause: "which …", "during which …"."""
    return any(t.tag_ in RELATIVE_TAGS for t in doc[i : i + 2])


def _fronted(verb: Token, speaker: Token | None, extents: Extents) -> tuple[Token, int, int] | None:
    """"Cheaper fuel, he said.": words without a verb of their own that open the sentence, set
    off by a comma from the speaker before the cue that ends it, which the parser hung on the
    cue: its head and first and last token."""
    if speaker is None or speaker.i > verb.i or verb.dep_ != "ROOT":
        return None
    if any(c.i > verb.i and c.dep_ in FRAGMENT_ENDS for c in verb.children):  # "…, they declared bankruptcy"
        return None
    comma = speaker.left_edge.i - 1
    if comma <= 0 or verb.doc[comma].text != ",":
        return None
    sentence_start = extents.sentence(verb.i)[0]
    for child in verb.children:
        if child.i < comma and child.dep_ in FRAGMENT_DEPS and child.ent_type_ not in WHEN:
            if child.left_edge.i == sentence_start:
                return child, sentence_start, comma - 1
    return None


def _nested_attribution(verb: Token, quotation: Extent, extents: Extents) -> Attribution | None:
    """Speech quoted inside a quotation: a cue in the outer quotation with a quotation of its own
    right before or after it ("“He told me ‘we will leave’,” she said"), or with a reported
    clause after it within the quotation ("“The chief said he would stay,” she said"), is its
    own quote."""
    marks = extents.marks
    attribution = _cue_attribution(verb, extents)
    if attribution is None or attribution.speaker is None or attribution.cue.kind is not QuoteKind.SPEECH:
        return None
    attribution.inside = quotation
    cue_start, cue_end = verb.idx, attribution.tokens[-1].idx + len(attribution.tokens[-1])
    for start, end in marks.nested(quotation):
        gap = marks.text[cue_end:start] if start >= cue_end else marks.text[end:cue_start] if end <= cue_start else None
        if gap is not None and len(gap) <= NESTED_GAP and not ends_sentence(gap):
            attribution.content, attribution.direct, attribution.attached = [(start, end)], True, True
            return attribution
    reported = attribution.complement
    if reported is None or reported.i < verb.i:
        return None
    extent = extents.trim(reported.left_edge.i, extents.before_aside(reported, reported.right_edge.i))
    inner_end = quotation[1] - 1 if marks.text[quotation[1] - 1] in CLOSING_CHARS else quotation[1]
    if extent is None or extent[1] > inner_end:
        return None
    attribution.content, attribution.direct = [extent], False
    return attribution


def _idiom(verb: Token, cue: SpeechCue) -> bool:
    """"The fighting claimed 12 lives", "shows signs of recovery", "claimed hundreds of lives": a
    cue whose object (or the noun a quantity object counts) makes it no act of speech
    (`speech_idioms`)."""
    idioms = speech_idioms()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        counted = (g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
        if any((cue.cue, noun.lemma_.lower()) in idioms for noun in (obj, *counted)):
            return True
    return False


def _asked(verb: Token) -> bool:
    """"Asked about the strike, the spokesman …": a passive participle opening a clause, with no
    agent, says what was put to the subject, not what the subject said."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def _naming_participle(verb: Token) -> bool:
    """"A stream called Miracle Run", "a bill known as X": a participle that names its noun,
    said by no one."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in ("agent", "dobj") for c in verb.children)


def _unsaid(verb: Token, cue: SpeechCue) -> bool:
    """A speech act that did not take place: negated ("did not say"), with a negated object
    ("offered no proof", "said nothing"), after "without" ("left without commenting"), or the
    complement of a verb that negates it ("refused to comment", "declined to say"). A negated
    attitude is still one ("does not expect a deal", "expects no deal")."""
    if cue.kind is QuoteKind.SPEECH and any(child.dep_ == "neg" for child in verb.children):
        return True
    if cue.kind is not QuoteKind.ATTITUDE and (any(_none(child) for child in verb.children) or _without(verb)):
        return True
    if verb.dep_ != "xcomp":
        return False
    cue = factuality_cues().get(("complement", verb.head.lemma_.lower()))
    return cue is not None and cue.polarity is Polarity.NEG


def _without(verb: Token) -> bool:
    """A gerund after "without": "left without saying where", "goes without saying"."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"


def _none(child: Token) -> bool:
    """An object that is none: "nothing", "no proof"."""
    if child.dep_ != "dobj":
        return False
    return child.lower_ in NO_OBJECTS or any(c.dep_ == "det" and c.lower_ == "no" for c in child.children)


def _complement(verb: Token, cue: SpeechCue) -> tuple[Token, int, int] | None:
    """The reported content after the cue's frames (a clause, an infinitive, an object, an
    object with what it is called: "called the plan a ploy"): its head and first and last
    token. A clause after the cue comes before one ahead of it (a fronted condition)."""
    children = sorted(verb.children, key=lambda c: c.i < verb.i)
    for frame in ("ccomp", "xcomp", "dobj"):
        if frame in cue.frames:
            for child in children:
                framed = child.dep_ == frame or (frame == "ccomp" and _unmarked_clause(child, verb))
                framed = framed or (frame == "xcomp" and _addressee_infinitive(child, verb))
                framed = framed or (frame == "dobj" and child.dep_ == "xcomp" and _gerund(child, verb))
                if framed and _fits(child, frame, verb) and _opening_report(child) is None:
                    return child, child.left_edge.i, child.right_edge.i
            clause = _misread_that_clause(verb) if frame == "ccomp" else None
            if clause is not None:
                return clause, clause.left_edge.i, clause.right_edge.i
            if frame == "ccomp" and verb.dep_ == "advcl" and _opening_report(verb.head) == verb:
                return verb.head, verb.right_edge.i + 1, verb.head.right_edge.i
    if "oprd" in cue.frames:
        called = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "oprd")]
        if any(c.dep_ == "oprd" for c in called):
            return called[-1], called[0].left_edge.i, called[-1].right_edge.i
    for frame in cue.frames:
        if frame.startswith("prep:"):
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ == frame[5:]:
                    obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                    obj = obj or _clause_after(verb, child)
                    if obj is not None:
                        return obj, obj.left_edge.i, obj.right_edge.i
                elif (opening := _opened_by(child, frame[5:])) is not None:
                    return child, opening.i + 1, child.right_edge.i
    return None


def _opening_report(clause: Token) -> Token | None:
    """"While he admitted costs were high, …": a speech verb in a subordinate clause opening
    `clause`, whose reported clause the parser took for the head it hangs on (subject right
    after the speech verb's words). The clause is that verb's content, not what the verb it
    hangs on reports."""
    for child in clause.lefts:
        if child.dep_ != "advcl" or child.left_edge.i != clause.left_edge.i or not is_speech_verb(child):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        opened = any(c.dep_ == "mark" for c in child.children)
        if opened and subject is not None and subject.left_edge.i == child.right_edge.i + 1:
            return child
    return None


def _opened_by(clause: Token, word: str) -> Token | None:
    """"Called for the fee to be cut", parsed as a clause that "for" opens: the opening word."""
    if clause.dep_ not in ("advcl", "ccomp") or clause.left_edge.lower_ != word:
        return None
    return clause.left_edge if clause.left_edge.dep_ == "mark" else None


def _clause_after(verb: Token, preposition: Token) -> Token | None:
    """"Pressed for the talks to resume": a clause the parser hung on the cue rather than on its
    preposition, right after it."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == preposition.i + 1), None)


def _misread_that_clause(verb: Token) -> Token | None:
    """A that-clause the parser took for a relative clause on the cue's object or on a noun
    after it ("told a forum of mayors that budgets were tight", "wrote in its report that the
    editor …"): "that" there is no pronoun standing for the noun (no subject or object of the
    clause) and the clause has a subject of its own. Looks at the nouns a word or two below
    the cue, never down a whole subtree."""
    for noun in _nouns_after(verb):
        for clause in noun.children:
            that = clause.left_edge
            if clause.dep_ != "relcl" or that.lower_ != "that" or that.head != clause:
                continue
            if that.dep_ in ("mark", "advmod") and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                return clause
    return None


def _nouns_after(verb: Token) -> Iterator[Token]:
    """The cue's object and the objects of the prepositions on the cue and on that object."""
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("dobj", "prep"):
            continue
        noun = child if child.dep_ == "dobj" else next((c for c in child.children if c.dep_ == "pobj"), None)
        if noun is None:
            continue
        yield noun
        for prep in noun.children:
            if prep.dep_ == "prep":
                yield from (c for c in prep.children if c.dep_ == "pobj")


def _addressee_infinitive(child: Token, verb: Token) -> bool:
    """"Tells the fans outside the stadium to go home": an infinitive the parser hung on the cue as
    an adverbial, after the person addressed."""
    return child.dep_ == "advcl" and any(c.dep_ == "dobj" and verb.i < c.i < child.i for c in verb.children)


def _goes_on_infinitive(child: Token, infinitive: Token) -> bool:
    """A bare verb the parser conjoined to the cue that goes on from its infinitive: "wants to
    cut taxes, *grow* the army and *close* the border"."""
    return child.dep_ == "conj" and child.tag_ == "VB" and child.i > infinitive.i and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in child.children
    )


def _goes_on_object(child: Token, obj: Token) -> bool:
    """A noun the parser conjoined to the cue that goes on from its object: "stressed growth,
    *jobs* and *a need* to cut red tape"."""
    return child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and child.i > obj.i


def _unmarked_clause(child: Token, verb: Token) -> bool:
    """A clause with its own subject and no conjunction but "that" after the cue, which the
    parser hung on it as an adverbial ("said after the vote she would stay") or as a noun's
    clause, reading the cue as a plural noun ("Lopez charges that the firms paid bribes")."""
    return (
        child.dep_ in ("advcl", "acl")
        and child.i > verb.i
        and any(c.dep_ == "nsubj" for c in child.children)
        and not any(c.dep_ == "mark" and c.lower_ != "that" for c in child.children)
    )


def _fits(child: Token, frame: str, verb: Token) -> bool:
    """An infinitive or a gerund for xcomp ("vowed to stay", "admitted taking"); an object
    after the verb that is not a time ("said Friday"), or a gerund ("denied taking bribes")."""
    if frame == "xcomp":
        return _gerund(child, verb) or is_to_infinitive(child)
    if frame == "dobj":
        return child.i > verb.i and child.ent_type_ not in WHEN
    return True


def _gerund(child: Token, verb: Token) -> bool:
    """A gerund right after the cue, its complement ("admitted taking"), not one set off by a
    comma, which goes on from the clause ("…, citing her record")."""
    gap = verb.doc[verb.i + 1 : child.left_edge.i]
    return child.tag_ == "VBG" and child.i > verb.i and len(gap) <= GERUND_GAP and not any(t.is_punct for t in gap)


def _according_source(token: Token) -> Token | None:
    """The source "according to" names: the object of "to", or where the parser found none (it
    took the name's first word for a verb: "according to *show* insiders"), the last name in
    the words after "to", before the phrase's punctuation."""
    doc = token.doc
    following = token.nbor(1) if token.i + 1 < len(doc) else None
    if following is None or following.lower_ != "to":
        return None
    source = next((c for c in following.children if c.dep_ == "pobj"), None)
    if source is not None:
        return source
    names = []
    for word in doc[following.i + 1 : following.i + 1 + NAME_WORDS]:
        if word.is_punct or word.is_sent_start:
            break
        if _names(word):
            names.append(word)
    return names[-1] if names else None


def _according(token: Token, source: Token, extents: Extents) -> Attribution:
    """"According to X, …" / "…, according to X": X is the source of the clause the phrase
    belongs to, on either side of it."""
    doc = token.doc
    attribution = Attribution(cue=speech_cues()["according to"], tokens=[token, doc[token.i + 1]], speaker=source)
    sentence_start, sentence_end = extents.sentence(token.i)
    clause = token.head
    phrase = (token.left_edge.i, max(token.right_edge.i, source.i))
    goes_before, goes_after = clause.left_edge.i < phrase[0], clause.right_edge.i > phrase[1]
    if clause == token:  # the parser made the phrase the sentence: the clause follows its comma
        comma = next((t.i for t in doc[source.i : sentence_end] if t.text == ","), None)
        if comma is not None:
            phrase, goes_after = (phrase[0], comma), True
    before = extents.content(sentence_start, phrase[0] - 1, token.idx) if goes_before else None
    after = extents.content(phrase[1] + 1, sentence_end - 1, token.idx) if goes_after else None
    attribution.content = [part for part in (before, after) if part is not None]
    if token.head.i != token.i:
        attribution.complement = token.head
    return attribution


def _marked(doc: Doc, extents: Extents) -> list[Attribution]:
    """Speakers named by a mark rather than a verb: a transcript's or headline's "NAME: …"
    and a signature after a quotation, "“…” ― Name"."""
    found = []
    marks = extents.marks
    text = marks.text
    for match in LABEL.finditer(text):
        name, content = match.span(1), (match.end(), marks.line_end(match.end()))
        attribution = _by_mark(doc, ":", name, match.end(1), [_strip_quote_end(text, content)])
        if attribution is not None:
            found.append(attribution)
    for match in HEADLINE.finditer(text):
        if LABEL.match(text, match.start()) is None:
            attribution = _headline(doc, extents, match.span(1), match.end())
            if attribution is not None:
                found.append(attribution)
    for start, end in marks.quotations:
        match = SIGNATURE.match(text, end)
        if match is not None:
            attribution = _by_mark(doc, "―", match.span(2), match.start(1), [(start, end)])
            if attribution is not None:
                attribution.attached = attribution.direct = True
                found.append(attribution)
    return found


def _headline(doc: Doc, extents: Extents, label: Extent, opening: int) -> Attribution | None:
    """"Senator on the strike: “…”": a line whose words before a colon name a person or body,
    with no speech verb of their own, and a quotation (opening at `opening`) that runs to the
    line's end. The speaker is the first person (else body) the words name."""
    marks = extents.marks
    colon = label[1]
    quotation = marks.holding(opening)
    words = doc.char_span(*label, alignment_mode="expand")
    if quotation is None or words is None or marks.text[quotation[1] : marks.line_end(colon)].strip(" .\t"):
        return None
    if any(t.pos_ == "VERB" and t.lemma_.lower() in cue_heads() for t in words):
        return None
    name = next((n for kind in HEADLINE_SPEAKERS if (n := _entity(words, kind)) is not None), None)
    if name is None:
        return None
    attribution = _by_mark(doc, ":", name, colon, [quotation])
    if attribution is not None:
        attribution.attached = attribution.direct = True
    return attribution


def _entity(words: Span, kind: str) -> Extent | None:
    """The first entity of a kind among a few words, read off the tokens (`Span.ents` would
    look over every entity of the Doc)."""
    first = next((t for t in words if t.ent_type_ == kind), None)
    if first is None:
        return None
    last = first
    while last.i + 1 < words.end and last.nbor(1).ent_type_ == kind and last.nbor(1).ent_iob_ == "I":
        last = last.nbor(1)
    return first.idx, last.idx + len(last)


def _by_mark(doc: Doc, mark: str, name: Extent, at: int, content: list[Extent]) -> Attribution | None:
    names = doc.char_span(*name, alignment_mode="expand")
    cue = doc.char_span(at, at + 1, alignment_mode="expand")
    if names is None or cue is None or not _names_someone(names):
        return None
    return Attribution(
        cue=speech_cues()[mark],
        tokens=[cue[0]],
        speaker=names.root,
        content=content,
        speaker_extent=name,
        cue_extent=(at, at + 1),
    )


def _names_someone(words: Span) -> bool:
    """Words that can only be a name: proper nouns, or what the NER takes for a person or body."""
    source = label_words().get(words[-1].lower_)  # "Poll: …" names a source, "Correction: …" none
    if source is not None:
        return source
    return all(t.pos_ == "PROPN" or t.is_punct for t in words) or any(t.ent_type_ in SPEAKER_ENTITIES for t in words)


def _strip_quote_end(text: str, extent: Extent) -> Extent:
    start, end = extent
    while end > start and (text[end - 1] in CLOSING_CHARS or text[end - 1].isspace()):
        end -= 1
    return start, end
