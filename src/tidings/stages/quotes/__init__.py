"""Quotes stage: who said what. Direct quotations ("…,” Putin said) and reported speech (Putin
said that …, according to Reuters …), each with its speaker, cue and, where speech is passed
on, the relaying source (`via`).

Quotation marks are paired on the raw text (so a quotation may run over several sentences or
paragraphs and unbalanced marks only end a quotation early); cues, speakers and reported
clauses come from the dependency parse.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import BaseModel
from spacy.tokens import Doc, Span, Token

from tidings.knowledge import read_tsv
from tidings.model import Actor, ActorKind, Quote, Record
from tidings.stages.base import Stage

Extent = tuple[int, int]


class SpeechCue(BaseModel):
    """A reporting verb or phrase (speech_cues.tsv)."""

    cue: str  # "say", "point out", "according to"
    frames: tuple[str, ...]  # where its content is, in order of preference: ccomp, xcomp, dobj, prep:for, ...
    direct: bool  # may introduce or follow a direct quotation
    stance: str  # neutral, factive, hedged, negative, future
    relay: bool  # passes on another's speech: a speaker in its content makes its subject the via


@lru_cache(maxsize=1)
def speech_cues() -> dict[str, SpeechCue]:
    """The cue table, keyed by cue (lemma, lemma + particle, or fixed phrase)."""
    return {
        row["cue"]: SpeechCue(
            cue=row["cue"],
            frames=tuple(row["frames"].split(",")),
            direct=row["direct"] == "yes",
            stance=row["stance"],
            relay=row["relay"] == "yes",
        )
        for row in read_tsv("speech_cues.tsv")
    }


# --- quotation marks -----------------------------------------------------------------------

_MARKS = re.compile(r"''|``|[“”\"‘’«»\n]")
_CLOSER = {"“": "”", '"': '"', "''": "''", "``": "''", "‘": "’", "«": "»"}
_OPENING = frozenset(_CLOSER)
_CLOSING = frozenset(_CLOSER.values())
_CLOSING_CHARS = "”\"’»'"
_ENDS_TURN = ",?!—–-:"  # a quotation ending so (inside its marks) hands over to "…,” he said


def quotations(text: str) -> list[Extent]:
    """Quotations in `text`, marks included, in order. Marks pair within a paragraph; one left
    open runs to the paragraph's end (news style reopens it in the next paragraph); single
    curly marks count only where they cannot be apostrophes."""
    found: list[Extent] = []
    opener: str | None = None
    start = 0
    for match in _MARKS.finditer(text):
        mark, pos = match.group(), match.start()
        if opener is None:
            if mark in _OPENING and (mark != "‘" or _word_starts(text, pos + 1, pos)):
                opener, start = mark, pos
        elif mark == "\n":
            found.append((start, len(text[:pos].rstrip())))
            opener = None
        elif mark == _CLOSER[opener] and (mark != "’" or not _is_letter(text, match.end())):
            found.append((start, match.end()))
            opener = None
        elif mark == opener:  # a second opener: the first was never closed
            found.append((start, len(text[:pos].rstrip())))
            start = pos
    if opener is not None:
        found.append((start, len(text.rstrip())))
    return [(s, e) for s, e in found if e - s > 2]


def _is_letter(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos].isalnum()


def _word_starts(text: str, after: int, pos: int) -> bool:
    return (pos == 0 or not text[pos - 1].isalnum()) and _is_letter(text, after)


# --- attributions --------------------------------------------------------------------------


@dataclass
class _Attribution:
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


class _DocQuotes:
    """Quotation extents of one document with fast "which quotation holds this offset"."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.extents = quotations(text)
        self.starts = [s for s, _ in self.extents]

    def holding(self, pos: int) -> int | None:
        index = bisect_right(self.starts, pos) - 1
        if index >= 0 and pos < self.extents[index][1]:
            return index
        return None


class QuotesStage(Stage):
    name = "quotes"

    def __init__(self) -> None:
        self.cues = speech_cues()
        self.cue_heads = frozenset(cue.split()[0] for cue in self.cues)

    def __call__(self, doc: Doc, record: Record) -> None:
        quotes = _DocQuotes(record.article.text)
        found = self._attributions(doc, quotes)
        _attach_quotations(found, quotes)
        for attribution in found:
            if not attribution.content and attribution.cue.direct:
                attribution.content = _around(attribution.tokens[0])
        found = _merge_relays(found)
        mentions = _Mentions(record.actors)
        spoken = sorted((a for a in found if a.content), key=lambda a: a.content[0])
        for item in spoken:
            if item.speaker is not None:
                quote = _quote(f"q{len(record.quotes) + 1}", item, item.speaker, quotes, record, mentions)
                _carry_relay(quote, record.quotes[-1] if record.quotes else None, item.speaker)
                record.quotes.append(quote)

    def _attributions(self, doc: Doc, quotes: _DocQuotes) -> list[_Attribution]:
        found: list[_Attribution] = []
        according: list[tuple[Token, Token]] = []  # ("according", its source)
        for token in doc:
            if token.lower_ not in self.cue_heads and token.lemma_.lower() not in self.cue_heads:
                continue
            if quotes.holding(token.idx) is not None:
                continue
            if token.lower_ == "according":
                source = _according_source(token)
                if source is not None:
                    according.append((token, source))
                continue
            attribution = self._verb_attribution(token, quotes)
            if attribution is not None:
                found.append(attribution)
        found.extend(self._marked(doc, quotes))
        by_cue = {a.tokens[0].i: a for a in found}
        for token, source in according:
            reported = by_cue.get(token.head.i)
            if reported is not None and reported.speaker is not None and reported.speaker != source:
                reported.via = source
            else:
                found.append(self._according(token, source, quotes))
        return found

    def _verb_attribution(self, verb: Token, quotes: _DocQuotes) -> _Attribution | None:
        if verb.pos_ != "VERB":
            return None
        lemma = verb.lemma_.lower()
        tokens = [verb]
        cue = self.cues.get(lemma)
        for particle in verb.children:
            phrasal = self.cues.get(f"{lemma} {particle.lower_}")
            if particle.dep_ == "prt" and phrasal is not None:
                cue, tokens = phrasal, [verb, particle]
        if cue is None or not any(f in _VERB_FRAMES or f.startswith("prep:") for f in cue.frames):
            return None
        if any(child.dep_ in _PASSIVE for child in verb.children):  # "she was asked to …": the addressee
            return None
        attribution = _Attribution(cue=cue, tokens=tokens, speaker=_subject(verb, self.cue_heads))
        complement = _complement(verb, cue)
        if complement is None:
            return attribution
        head, first, last = complement
        if head.dep_ in ("ccomp", "dobj"):
            first, last = _clause_span(verb, attribution.speaker, head, first, last, self.cue_heads)
        extent = _trim(verb.doc, first, last)
        extent = _within_paragraph(extent, verb.idx, quotes) if extent else None
        if extent is not None:
            if head.dep_ == "pobj":
                attribution.tokens.append(head.head)
            attribution.complement = head
            attribution.content = [extent]
            attribution.direct = quotes.holding(extent[0]) is not None and _whole_quote(extent, quotes)
        return attribution

    def _marked(self, doc: Doc, quotes: _DocQuotes) -> list[_Attribution]:
        """Speakers named by a mark rather than a verb: a transcript's or headline's "NAME: …"
        and a signature after a quotation, "“…” ― Name"."""
        found = []
        text = quotes.text
        for match in _LABEL.finditer(text):
            name, content = match.span(1), (match.end(), _line_end(text, match.end()))
            attribution = self._by_mark(doc, ":", name, match.end(1), [_strip_quote_end(text, content)])
            if attribution is not None:
                found.append(attribution)
        for start, end in quotes.extents:
            match = _SIGNATURE.match(text, end)
            if match is not None:
                attribution = self._by_mark(doc, "―", match.span(2), match.start(1), [(start, end)])
                if attribution is not None:
                    attribution.attached = attribution.direct = True
                    found.append(attribution)
        return found

    def _by_mark(self, doc: Doc, mark: str, name: Extent, at: int, content: list[Extent]) -> _Attribution | None:
        names = doc.char_span(*name, alignment_mode="expand")
        cue = doc.char_span(at, at + 1, alignment_mode="expand")
        if names is None or cue is None or not _names_someone(names):
            return None
        return _Attribution(
            cue=self.cues[mark],
            tokens=[cue[0]],
            speaker=names.root,
            content=content,
            speaker_extent=name,
            cue_extent=(at, at + 1),
        )

    def _according(self, token: Token, source: Token, quotes: _DocQuotes) -> _Attribution:
        """"According to X, …" / "…, according to X": X is the source of the clause the phrase
        belongs to, on either side of it."""
        doc = token.doc
        attribution = _Attribution(cue=self.cues["according to"], tokens=[token, doc[token.i + 1]], speaker=source)
        sentence, clause = token.sent, token.head
        phrase = (token.left_edge.i, token.right_edge.i)
        before = _trim(doc, sentence.start, phrase[0] - 1) if clause.left_edge.i < phrase[0] else None
        after = _trim(doc, phrase[1] + 1, sentence.end - 1) if clause.right_edge.i > phrase[1] else None
        kept = [_within_paragraph(part, token.idx, quotes) for part in (before, after) if part is not None]
        attribution.content = [part for part in kept if part is not None]
        if token.head.i != token.i:
            attribution.complement = token.head
        return attribution



_VERB_FRAMES = frozenset({"ccomp", "xcomp", "dobj"})
_PASSIVE = frozenset({"auxpass", "nsubjpass"})
_LABEL = re.compile(r"^[\"“]?([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})(:)[ \t]+(?=\S)", re.MULTILINE)
_SIGNATURE = re.compile(r"[ \t\xa0]*([―—])[ \t\xa0]*([A-Z][^\n.,;:!?“”\"]{1,60}?)[ \t\xa0.]*(?=\n|$)")
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _names_someone(words: Span) -> bool:
    """Words that can only be a name: proper nouns, or what the NER takes for a person or body."""
    return all(t.pos_ == "PROPN" or t.is_punct for t in words) or any(t.ent_type_ in _SPEAKER_ENTITIES for t in words)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _strip_quote_end(text: str, extent: Extent) -> Extent:
    start, end = extent
    while end > start and (text[end - 1] in _CLOSING_CHARS or text[end - 1].isspace()):
        end -= 1
    return start, end


def _according_source(token: Token) -> Token | None:
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None or following.lower_ != "to":
        return None
    return next((c for c in following.children if c.dep_ == "pobj"), None)


def _subject(verb: Token, heads: frozenset[str], depth: int = 0) -> Token | None:
    """The speaker: the verb's subject, or that of the speech verb it continues ("…, adding
    that"), or else of the verb it hangs on."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return _on_line_of(child, verb)
    if depth == 0 and verb.dep_ in ("conj", "advcl"):
        for ancestor in list(verb.ancestors)[:4]:
            if _is_cue(ancestor, heads) and any(c.dep_ == "nsubj" for c in ancestor.children):
                return _subject(ancestor, heads, 1)
    if depth < 3 and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head, heads, depth + 1)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def _on_line_of(subject: Token, verb: Token) -> Token | None:
    """The subject, or where the parser ran a headline into the sentence, the last noun of
    its phrase on the verb's line."""
    low, high = sorted((subject.i, verb.i))
    if not any("\n" in t.text for t in subject.doc[low:high]):
        return subject
    line = [t for t in subject.subtree if t.i < verb.i and "\n" not in subject.doc[t.i : verb.i].text]
    return next((t for t in reversed(line) if t.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _complement(verb: Token, cue: SpeechCue) -> tuple[Token, int, int] | None:
    """The reported content after the cue's frames (a clause, an infinitive, an object): its
    head and first and last token."""
    for frame in ("ccomp", "xcomp", "dobj"):
        if frame in cue.frames:
            for child in verb.children:
                if child.dep_ == frame and _fits(child, frame, verb):
                    return child, child.left_edge.i, child.right_edge.i
    for frame in cue.frames:
        if frame.startswith("prep:"):
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ == frame[5:]:
                    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj, obj.left_edge.i, obj.right_edge.i
    return None


def _fits(child: Token, frame: str, verb: Token) -> bool:
    """An infinitive for xcomp; an object after the verb that is not a time ("said Friday")."""
    if frame == "xcomp":
        return _infinitive(child)
    if frame == "dobj":
        return child.i > verb.i and child.ent_type_ not in _WHEN
    return True


_CLAUSE_BREAKS = frozenset({",", ";", "--", "—", "–"})
_WHEN = frozenset({"DATE", "TIME"})  # "said Friday": a time, not what was said


def _clause_span(
    verb: Token, speaker: Token | None, head: Token, first: int, last: int, heads: frozenset[str]
) -> tuple[int, int]:
    """Widen a reported clause to what news writers attribute with it: a clause after the cue
    runs on towards the end of the sentence (the parser often hangs its later parts on the cue),
    an object to the end of the cue's phrase, both stopping at a comma, dash or the next cue; a
    clause before the cue ("…, the source added") is all the sentence before the attribution."""
    sentence = verb.sent
    if head.i < verb.i:
        before = min(verb.i, speaker.left_edge.i) if speaker is not None and speaker.i > head.i else verb.i
        return sentence.start, before - 1
    for token in verb.doc[first + 1 : last]:  # "… opposed to it and warned …", "…, adding": a new cue
        if token.dep_ in ("conj", "advcl") and _is_cue(token, heads):
            return first, token.i - 1
    end = sentence.end if head.dep_ == "ccomp" else verb.right_edge.i + 1  # an object: "called it a ploy"
    for token in verb.doc[last + 1 : end]:
        if token.text in _CLAUSE_BREAKS or token.lower_ in heads or _is_cue(token, heads):
            return first, token.i - 1
    return first, end - 1


def _is_cue(token: Token, heads: frozenset[str]) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in heads


def _around(verb: Token) -> list[Extent]:
    """"Acts of protest, he said, are acts of patriotism": an attribution set off by commas
    inside the sentence it reports, which is then its content, in two parts."""
    first, last = verb.left_edge.i, verb.right_edge.i
    doc, sentence = verb.doc, verb.sent
    if doc[first].text == ",":
        first += 1
    elif first == sentence.start or doc[first - 1].text != ",":
        return []
    if doc[last].text == ",":
        last -= 1
    elif last + 1 >= sentence.end or doc[last + 1].text != ",":
        return []
    parts = (_trim(doc, sentence.start, first - 1), _trim(doc, last + 1, sentence.end - 1))
    return [part for part in parts if part is not None] if all(parts) else []


def _infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _trim(doc: Doc, first: int, last: int) -> Extent | None:
    """The character extent of tokens first..last without edge punctuation, keeping quotation
    marks that open or close inside it."""
    while first <= last and _loose(doc[first], opening=True):
        first += 1
    while last >= first and _loose(doc[last], opening=False):
        last -= 1
    if first > last:
        return None
    if doc[last].text in _CLOSING and not any(doc[i].text in _OPENING for i in range(first, last)):
        last -= 1
        if first > last:
            return None
    return doc[first].idx, doc[last].idx + len(doc[last])


def _loose(token: Token, opening: bool) -> bool:
    if token.is_space:
        return True
    if not token.is_punct:
        return token.dep_ == "cc"
    return token.text not in (_OPENING if opening else _CLOSING)


def _within_paragraph(extent: Extent, anchor: int, quotes: _DocQuotes) -> Extent | None:
    """The content cut to the cue's paragraph and widened to the quotations it cuts into
    (the parser often leaves a closing mark and the full stop before it to the main verb)."""
    text = quotes.text
    start, end = max(extent[0], text.rfind("\n", 0, anchor) + 1), min(extent[1], _line_end(text, anchor))
    if start >= end:
        return None
    for pos in (start, end - 1):
        index = quotes.holding(pos)
        if index is not None:
            start, end = min(start, quotes.extents[index][0]), max(end, quotes.extents[index][1])
    return start, end


def _whole_quote(extent: Extent, quotes: _DocQuotes) -> bool:
    index = quotes.holding(extent[0])
    return index is not None and quotes.extents[index][1] >= extent[1]


# --- direct quotations to their cues ----------------------------------------------------------

_STOP = re.compile(r"(\w*)[.!?]+(?=\s|$)|\n")


def _ends_sentence(gap: str) -> bool:
    """A sentence ends in `gap`: a newline, or a stop not after an abbreviation (Mr., Sen., U.S.)."""
    for stop in _STOP.finditer(gap):
        word = stop.group(1)
        if word is None or not (word[:1].isupper() and len(word) <= 3) and len(word) != 1:
            return True
    return False


def _attach_quotations(found: list[_Attribution], quotes: _DocQuotes) -> None:
    """Give each quotation to the cue that introduces it ("X said: “…”", "“…,” X said", "“…,”
    said X") and a quotation that goes on after the attribution to the same speaker."""
    claimed = {extent for a in found if a.attached for extent in a.content}
    cues = sorted((a for a in found if a.cue.direct and not a.attached), key=lambda a: a.tokens[0].idx)
    positions = [a.tokens[0].idx for a in cues]
    text = quotes.text
    last: tuple[_Attribution, Extent] | None = None
    for extent in quotes.extents:
        if extent in claimed:
            continue
        after = bisect_left(positions, extent[1])
        owner, lead = None, extent[0]
        if after < len(cues) and _hands_over(text, extent, cues[after]):
            owner = cues[after]
            lead = _lead_in(text, extent, owner.tokens[0])
        elif after > 0 and _introduces(text, cues[after - 1], extent):
            owner = cues[after - 1]
        elif last is not None and _goes_on(text, last, extent, positions):
            owner = last[0]
        if owner is None:
            continue
        if not owner.attached:  # quotations replace the clause the parser found
            owner.content, owner.attached, owner.direct = [], True, True
        owner.content.append((lead, extent[1]))
        owner.direct = owner.direct and lead == extent[0]
        last = (owner, extent)


def _lead_in(text: str, quote: Extent, cue: Token) -> int:
    """Where the reported words start: "Using the tax ''is a misguided approach,'' he said"
    reports the whole sentence, not only its quoted end."""
    start = cue.sent.start_char
    lead = text[start : quote[0]]
    if start >= quote[0] or "\n" in lead or not any(c.isalnum() for c in lead) or any(m in lead for m in _CLOSER):
        return quote[0]
    return start + len(lead) - len(lead.lstrip())


def _hands_over(text: str, quote: Extent, attribution: _Attribution) -> bool:
    """"“…,” X said": the quotation ends its turn and the cue follows in the same sentence."""
    gap = text[quote[1] : attribution.tokens[0].idx]
    if _ends_sentence(gap) or len(gap) > 250 or '"' in gap or "“" in gap:
        return False
    inner = text[quote[0] : quote[1]].rstrip(_CLOSING_CHARS).rstrip()
    return (inner[-1:] in _ENDS_TURN) or gap.strip()[:1].islower()


def _introduces(text: str, attribution: _Attribution, quote: Extent) -> bool:
    """"X said: “…”": the cue's clause ends in a colon (or a comma, right after the cue)
    before the quotation."""
    gap = text[attribution.tokens[-1].idx + len(attribution.tokens[-1]) : quote[0]]
    core = gap.rstrip()  # "He said:" may end its paragraph, the quotation filling the next
    if core.endswith(":"):
        return not _ends_sentence(core) and len(core) < 80
    reach = 150 if attribution.attached else 25  # "“…,” he said at a rally in Ohio, “…”"
    return core.endswith(",") and not _ends_sentence(gap) and len(gap) < reach


def _goes_on(text: str, last: tuple[_Attribution, Extent], quote: Extent, positions: list[int]) -> bool:
    """A quotation in a new sentence right after an attributed one, with no other cue between,
    in the same paragraph or opening the next paragraph after one left open."""
    attribution, previous = last
    gap = text[previous[1] : quote[0]]
    cue_at = attribution.tokens[0].idx
    between = bisect_left(positions, quote[0]) - bisect_right(positions, previous[1])
    others = between - (1 if previous[1] <= cue_at < quote[0] else 0)
    if others > 0 or len(gap) > 200:
        return False
    opens_sentence = text[quote[0] : quote[1]].lstrip("“\"‘«`' ")[:1].isupper()
    if "\n" in gap:
        unclosed = text[previous[1] - 1] not in _CLOSING_CHARS
        return unclosed and gap.strip() == "" and opens_sentence
    return opens_sentence and _ends_sentence(gap)


# --- relays, speakers and the record -----------------------------------------------------------


def _merge_relays(found: list[_Attribution]) -> list[_Attribution]:
    """"Reuters reported Putin saying …": the inner speech is Putin's, via Reuters; the relay's
    own attribution is dropped."""
    dropped: set[int] = set()
    for relay in found:
        if not relay.cue.relay or relay.complement is None or relay.speaker is None:
            continue
        inner = [
            a
            for a in found
            if a is not relay
            and a.speaker is not None
            and (a.tokens[0] == relay.complement or relay.complement.is_ancestor(a.tokens[0]))
        ]
        for attribution in inner:
            attribution.via = attribution.via or relay.speaker
        if inner:
            dropped.add(id(relay))
    return [a for a in found if id(a) not in dropped]


_PERSONAL = {"he": True, "she": True, "him": True, "her": True, "it": False}
_SPEAKER_REACH = 400  # characters over which "he said" still means the last person quoted


class _Mentions:
    """Actor mentions in text order, to resolve a pronoun to the nearest compatible one before;
    a "he"/"she" that speaks soon after a person was quoted is that person (speaker continuity)."""

    def __init__(self, actors: list[Actor]) -> None:
        spans = sorted(((span.start, actor) for actor in actors for span in actor.spans), key=lambda p: p[0])
        self.starts = [start for start, _ in spans]
        self.actors = [actor for _, actor in spans]
        self.last_speaker: tuple[int, Actor] | None = None

    def before(self, pos: int, person: bool | None) -> Actor | None:
        if person and self.last_speaker is not None and 0 <= pos - self.last_speaker[0] < _SPEAKER_REACH:
            return self.last_speaker[1]
        index = bisect_left(self.starts, pos) - 1
        for back in range(index, max(index - 30, -1), -1):
            actor = self.actors[back]
            if person is None or (actor.kind == ActorKind.PERSON) == person:
                return actor
        return None

    def spoke(self, pos: int, actor: Actor | None) -> None:
        if actor is not None and actor.kind == ActorKind.PERSON:
            self.last_speaker = (pos, actor)


def _speaker_actor(token: Token, cue: Token, record: Record, mentions: _Mentions) -> Actor | None:
    lower = token.lower_
    if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        token = token.head.head  # "officials, who said …": the officials
    elif token.pos_ == "PRON":
        if lower in _PERSONAL:
            return mentions.before(token.idx, _PERSONAL[lower])
        return mentions.before(token.idx, None) if lower in ("they", "them") else None
    head = record.actor_at(token.idx, token.idx + len(token))
    if head is not None:
        return head
    return record.actor_at(*_phrase(token, cue, record.article.text))


def _phrase(token: Token, cue: Token, text: str) -> Extent:
    """The noun phrase a token heads, without the cue's clause ("the governor saying …") and
    kept to its line (the parser may run a headline into the next sentence)."""
    first, last = token.left_edge.i, token.right_edge.i
    if first <= cue.i <= last:
        first, last = (first, cue.left_edge.i - 1) if token.i < cue.i else (cue.right_edge.i + 1, last)
    start, end = _trim(token.doc, first, last) or (token.idx, token.idx + len(token))
    return max(start, text.rfind("\n", 0, token.idx) + 1), min(end, _line_end(text, token.idx))


def _speaker_extent(token: Token, cue: Token, quotes: _DocQuotes) -> Extent:
    """The speaker's words: the noun phrase, or its head alone where the phrase runs into a quotation."""
    start, end = _phrase(token, cue, quotes.text)
    following = bisect_right(quotes.starts, start)
    if quotes.holding(start) is not None or (following < len(quotes.starts) and quotes.starts[following] < end):
        return token.idx, token.idx + len(token)
    return start, end


def _quote(
    quote_id: str, item: _Attribution, speaker: Token, quotes: _DocQuotes, record: Record, mentions: _Mentions
) -> Quote:
    text = quotes.text
    content = " ".join(_bare(text[s:e]) if item.direct else text[s:e] for s, e in item.content)
    cue_start = item.tokens[0].idx
    cue_end = item.tokens[-1].idx + len(item.tokens[-1]) if _adjacent(item.tokens) else cue_start + len(item.tokens[0])
    cue_extent = item.cue_extent or (cue_start, cue_end)
    actor = _speaker_actor(speaker, item.tokens[0], record, mentions)
    mentions.spoke(speaker.idx, actor)
    via_actor = _speaker_actor(item.via, item.tokens[0], record, mentions) if item.via is not None else None
    return Quote(
        id=quote_id,
        spans=[record.span(s, e) for s, e in item.content],
        content=content,
        direct=item.direct,
        speaker=actor.id if actor else None,
        speaker_span=record.span(*(item.speaker_extent or _speaker_extent(speaker, item.tokens[0], quotes))),
        cue=item.cue.cue,
        cue_span=record.span(*cue_extent),
        via=via_actor.id if via_actor else None,
        via_span=record.span(*_speaker_extent(item.via, item.tokens[0], quotes)) if item.via is not None else None,
    )


def _carry_relay(quote: Quote, previous: Quote | None, speaker: Token) -> None:
    """"Reuters reported Putin saying … He also said …": a pronoun speaker going on from the
    previous quote still speaks through that quote's relay."""
    if quote.via or previous is None or previous.via is None or speaker.lower_ not in _PERSONAL:
        return
    if previous.speaker == quote.speaker and 0 <= quote.spans[0].start - previous.spans[-1].end < _SPEAKER_REACH:
        quote.via, quote.via_span = previous.via, previous.via_span


def _adjacent(tokens: list[Token]) -> bool:
    return all(b.i == a.i + 1 for a, b in zip(tokens, tokens[1:]))


def _bare(quotation: str) -> str:
    """A quotation's words: without its marks and the comma that hands over to the attribution."""
    inner = quotation.strip("“”\"‘’«»`'")
    return inner.rstrip().rstrip(",").strip()
