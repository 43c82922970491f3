"""Who speaks: the actor a speaker's words name, read from the token index the actors left on
the Doc; a pronoun resolved to the nearest fitting actor mentioned before it, and a "he"/"she"
that speaks soon after a person was quoted taken for that person (speaker continuity)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tidings import docdata
from tidings.model import ActorKind, Quote
from tidings.stages.quotes.extents import Extents
from tidings.stages.quotes.marks import Extent

PERSONAL = {"he": True, "she": True, "him": True, "her": True, "it": False}  # pronoun -> names a person
PLURAL = frozenset({"they", "them"})
MEDIA = "MED"  # the CAMEO role code of news media, ending an actor's code ("FRAMED")


@dataclass(frozen=True)
class Continuity:
    reach: int = 400  # characters over which "he said" still means the last person quoted
    lookback: int = 30  # actor mentions a pronoun looks back over for one that fits


class Speakers:
    """The speakers of one Doc, resolved in text order (continuity depends on it)."""

    def __init__(self, doc: Doc, extents: Extents, continuity: Continuity) -> None:
        self.doc = doc
        self.extents = extents
        self.continuity = continuity
        actors = docdata.data(doc, "actors")
        self.person = {actor["id"]: actor["kind"] == ActorKind.PERSON.value for actor in actors}
        self.rank = {actor["id"]: rank for rank, actor in enumerate(actors)}  # the actors' own order
        self.media = {actor["id"] for actor in actors if (actor.get("cameo") or "").endswith(MEDIA)}
        self._mentions: _Mentions | None = None
        self.last_speaker: tuple[int, str] | None = None

    def actor(self, token: Token, cue: Token) -> str | None:
        """The actor a speaker token names: a pronoun's antecedent, the token's own actor, or
        the first actor (in the actors' order) its phrase mentions."""
        lower = token.lower_
        if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
            token = token.head.head  # "officials, who said …": the officials
        elif token.pos_ == "PRON":
            if lower in PERSONAL:
                return self.before(token.idx, PERSONAL[lower])
            return self.before(token.idx, None) if lower in PLURAL else None
        own = docdata.at(token, "actors")
        if own is not None:
            return own
        words = self.doc.char_span(*self.extents.phrase(token, cue), alignment_mode="expand")
        return self.mentions.first_in(words.start, words.end) if words is not None else None

    def medium(self, token: Token, cue: Token) -> bool:
        """Whether the token names a news medium (an agency, paper or broadcaster: CAMEO's MED)."""
        return self.actor(token, cue) in self.media

    def before(self, pos: int, person: bool | None) -> str | None:
        """The actor a pronoun at `pos` refers to: the last person quoted if near, else the
        nearest actor mentioned before that is (or is not) a person, as `person` asks."""
        if person and self.last_speaker is not None and 0 <= pos - self.last_speaker[0] < self.continuity.reach:
            return self.last_speaker[1]
        mentions = self.mentions
        index = bisect_left(mentions.starts, pos) - 1
        for back in range(index, max(index - self.continuity.lookback, -1), -1):
            actor = mentions.actors[back]
            if person is None or self.person.get(actor, False) == person:
                return actor
        return None

    def spoke(self, pos: int, actor: str | None) -> None:
        if actor is not None and self.person.get(actor, False):
            self.last_speaker = (pos, actor)

    def extent(self, token: Token, cue: Token) -> Extent:
        """The speaker's words: the noun phrase, or its head alone where the phrase runs into a
        quotation (other than one holding the cue too: speech quoted within a quotation)."""
        start, end = self.extents.phrase(token, cue)
        marks = self.extents.marks
        holding = marks.holding(start)
        if (holding is not None and holding != marks.holding(cue.idx)) or marks.opens_within(start, end):
            return token.idx, token.idx + len(token)
        return start, end

    @property
    def mentions(self) -> _Mentions:
        if self._mentions is None:
            self._mentions = _Mentions(self.doc, self.rank)
        return self._mentions


class _Mentions:
    """Actor mentions in text order, from the token index: a run of tokens naming one actor is
    one mention (only the tokens the actors' spans cover are looked at). Finding the first actor
    (in the actors' order) among the mentions of a stretch of tokens is a range-minimum query,
    answered in constant time from a sparse table."""

    def __init__(self, doc: Doc, rank: dict[str, int]) -> None:
        self.starts: list[int] = []  # character offsets
        self.first_tokens: list[int] = []
        self.last_tokens: list[int] = []
        self.actors: list[str] = []
        spans = doc.spans.get(docdata.SPAN_GROUP.format("actors"), ())
        for i in sorted({i for span in spans for i in range(span.start, span.end)}):
            token = doc[i]
            actor = docdata.at(token, "actors")
            if actor is None:
                continue
            if self.actors and self.actors[-1] == actor and self.last_tokens[-1] == i - 1:
                self.last_tokens[-1] = i
                continue
            self.starts.append(token.idx)
            self.first_tokens.append(i)
            self.last_tokens.append(i)
            self.actors.append(actor)
        self.table = [[rank.get(actor, len(rank)) for actor in self.actors]]
        width = 1
        while 2 * width <= len(self.actors):
            row = self.table[-1]
            self.table.append([min(row[i], row[i + width]) for i in range(len(row) - width)])
            width *= 2
        self.by_rank = {rank.get(actor, len(rank)): actor for actor in self.actors}

    def first_in(self, first: int, end: int) -> str | None:
        """The first actor (in the actors' order) mentioned in tokens first..end-1."""
        low = bisect_left(self.last_tokens, first)
        high = bisect_left(self.first_tokens, end)
        if low >= high:
            return None
        level = (high - low).bit_length() - 1
        row = self.table[level]
        return self.by_rank[min(row[low], row[high - (1 << level)])]


def carry_relay(quote: Quote, previous: Quote | None, speaker: Token | None, reach: int) -> None:
    """"Reuters reported Putin saying … He also said …": a pronoun speaker going on from the
    previous quote still speaks through that quote's relay."""
    if quote.via or previous is None or previous.via is None or speaker is None or speaker.lower_ not in PERSONAL:
        return
    if previous.speaker == quote.speaker and 0 <= quote.spans[0].start - previous.spans[-1].end < reach:
        quote.via, quote.via_span = previous.via, previous.via_span
