"""Quotes: who said what. Direct quotations ("…,” Putin said) and reported speech (Putin said
that …, according to Reuters …), each with its speaker, cue and, where speech is passed on, the
relaying source (`via`).

The `tidings_quotes` component reads the parse and the actors' token index from the Doc and
puts its quotes on it (`doc._.quotes`). Its parts, in the order they run:

- marks.py: quotations paired on the raw text, line breaks, sentence stops
- attribution.py: cues in the parse (speech verbs, "according to", "NAME:" labels, signatures)
- extents.py: each cue's content as character extents
- attach.py: quotations given to their cues; relayed speech merged into what it relays
- speakers.py: the actor each speaker names (pronouns, continuity)

Every part is linear in the text (or n log n): one pass over the text and one over the tokens,
then binary searches and passes bounded by the configured reaches.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from tidings import docdata
from tidings.component import Component
from tidings.model import Quote, Span
from tidings.stages.quotes import attribution
from tidings.stages.quotes.attach import NESTING_LIMIT, Reach, attach_quotations, bound_nesting, merge_relays
from tidings.stages.quotes.attribution import Attribution
from tidings.stages.quotes.extents import Extents
from tidings.stages.quotes.marks import Extent, Marks
from tidings.stages.quotes.speakers import Continuity, Speakers, carry_relay


class QuotesComponent(Component):
    """Finds quotes on a parsed Doc whose actors are already read."""

    def __init__(
        self,
        name: str = "tidings_quotes",
        reach: Reach = Reach(),
        continuity: Continuity = Continuity(),
        nesting_limit: int = NESTING_LIMIT,
    ) -> None:
        super().__init__(name)
        self.reach = reach
        self.continuity = continuity
        self.nesting_limit = nesting_limit

    def process(self, doc: Doc) -> None:
        docdata.put(doc, "quotes", self.quotes(doc))

    def quotes(self, doc: Doc) -> list[Quote]:
        """The Doc's quotes in text order, numbered q1, q2, …"""
        text = docdata.text(doc)
        extents = Extents(doc, Marks(text))
        found = attribution.find(doc, extents)
        attach_quotations([a for a in found if a.inside is None], extents, self.reach)  # nested ones have theirs
        for item in found:
            if not item.content and (item.cue.direct or "ccomp" in item.cue.frames):
                item.content = extents.around(item.tokens[0], item.speaker)
        found = merge_relays(found, doc)
        bound_nesting(found, doc, self.nesting_limit)
        speakers = Speakers(doc, extents, self.continuity)
        quotes: list[Quote] = []
        nested: dict[str, Extent] = {}  # quote id -> the quotation holding it
        for item in sorted((a for a in found if a.content), key=lambda a: a.content[0]):
            if item.speaker is not None or item.unnamed:
                quote = _quote(f"q{len(quotes) + 1}", item, text, speakers)
                carry_relay(quote, quotes[-1] if quotes else None, item.speaker, self.continuity.reach)
                quotes.append(quote)
                if item.inside is not None:
                    nested[quote.id] = item.inside
        quotes = _link_nested(quotes, nested) if nested else quotes
        _link_reported(quotes)
        return quotes


@Language.factory(
    "tidings_quotes",
    requires=["token.dep", "token._.actor"],
    assigns=["doc._.quotes"],
    default_config={
        "hand_over_reach": Reach.hand_over,
        "colon_reach": Reach.colon,
        "comma_reach": Reach.comma,
        "comma_attached_reach": Reach.comma_attached,
        "goes_on_reach": Reach.goes_on,
        "nesting_limit": NESTING_LIMIT,
        "speaker_reach": Continuity.reach,
        "pronoun_lookback": Continuity.lookback,
    },
)
def make_quotes(
    nlp: Language,
    name: str,
    hand_over_reach: int,
    colon_reach: int,
    comma_reach: int,
    comma_attached_reach: int,
    goes_on_reach: int,
    nesting_limit: int,
    speaker_reach: int,
    pronoun_lookback: int,
) -> QuotesComponent:
    """The quotes component. The reaches are in characters (attach.Reach and
    speakers.Continuity say what each measures); the nesting limit counts cues."""
    reach = Reach(hand_over_reach, colon_reach, comma_reach, comma_attached_reach, goes_on_reach)
    return QuotesComponent(name, reach, Continuity(speaker_reach, pronoun_lookback), nesting_limit)


def _quote(quote_id: str, item: Attribution, text: str, speakers: Speakers) -> Quote:
    def span(start: int, end: int) -> Span:
        return Span(start=start, end=end, text=text[start:end])

    speaker, cue = item.speaker, item.tokens[0]
    content = " ".join(_bare(text[s:e]) if item.direct else text[s:e] for s, e in item.content)
    last = item.tokens[-1]
    cue_end = last.idx + len(last) if _adjacent(item) else cue.idx + len(cue)
    actor = speakers.actor(speaker, cue) if speaker is not None else None
    if item.inside is None and speaker is not None:  # who speaks inside a quotation is not who the article quoted last
        speakers.spoke(speaker.idx, actor)
    via = item.via
    if via is None and item.addressee is not None and speakers.medium(item.addressee, cue):
        via = item.addressee  # "…,” she told AFP": the agency passes it on
    return Quote(
        id=quote_id,
        spans=[span(s, e) for s, e in item.content],
        content=content,
        kind=item.cue.kind,
        direct=item.direct,
        speaker=actor,
        speaker_span=span(*(item.speaker_extent or speakers.extent(speaker, cue))) if speaker is not None else None,
        cue=item.cue.cue,
        cue_span=span(*(item.cue_extent or (cue.idx, cue_end))),
        via=speakers.actor(via, cue) if via is not None else None,
        via_span=span(*speakers.extent(via, cue)) if via is not None else None,
    )


def _link_nested(quotes: list[Quote], nested: dict[str, Extent]) -> list[Quote]:
    """Each quote nested in a quotation names the quote whose content holds that quotation (its
    `within`); one whose quotation no quote holds is dropped (an unattributed quotation may be a
    title or scare quotes, not speech). Quotes are renumbered in text order."""
    outer = sorted((s.start, s.end, q.id) for q in quotes if q.id not in nested for s in q.spans)
    starts = [start for start, _, _ in outer]
    kept = []
    for quote in quotes:
        if quote.id in nested:
            start, end = nested[quote.id]
            index = bisect_right(starts, start) - 1
            if index < 0 or outer[index][1] < end:
                continue
            quote.within = outer[index][2]
        kept.append(quote)
    renumbered = {q.id: f"q{n}" for n, q in enumerate(kept, 1)}
    for quote in kept:
        quote.id = renumbered[quote.id]
        quote.within = renumbered.get(quote.within) if quote.within else None
    return kept


def _link_reported(quotes: list[Quote]) -> None:
    """A quote whose cue lies in another quote's content ("she said he *plans* to …") is
    reported within that quote: its `within` names it. Of two quotes each holding the other's
    cue, neither is within the other. The holder of a cue is, of the content spans starting
    before it, the one reaching furthest (a sweep over spans sorted by start)."""
    spans = sorted((s.start, s.end, n) for n, q in enumerate(quotes) for s in q.spans)
    starts = [start for start, _, _ in spans]
    furthest: list[tuple[int, int]] = []  # over spans[:k+1]: (end, quote index) reaching furthest
    for _, end, n in spans:
        furthest.append(max(furthest[-1], (end, n)) if furthest else (end, n))
    holders: list[int | None] = []
    for quote in quotes:
        cue = quote.cue_span
        index = bisect_right(starts, cue.start) - 1 if cue is not None and quote.within is None else -1
        holders.append(furthest[index][1] if index >= 0 and furthest[index][0] >= cue.end else None)
    for n, quote in enumerate(quotes):
        outer = holders[n]
        if outer is not None and outer != n and holders[outer] != n:
            quote.within = quotes[outer].id


def _adjacent(item: Attribution) -> bool:
    return all(b.i == a.i + 1 for a, b in zip(item.tokens, item.tokens[1:]))


def _bare(quotation: str) -> str:
    """A quotation's words: without its marks and the comma that hands over to the attribution."""
    inner = quotation.strip()
    inner = inner[len(_mark_at(inner, 0)) :]
    inner = inner[: len(inner) - len(_mark_at(inner, -1))]
    return inner.rstrip().rstrip(",").strip()


def _mark_at(text: str, edge: int) -> str:
    """The quotation mark (one layer: "“", "``", "''") at the start (edge 0) or end (edge -1)."""
    pair = text[:2] if edge == 0 else text[-2:]
    if pair in ("``", "''"):
        return pair
    char = text[edge:][:1] if edge == 0 else text[-1:]
    return char if char and char in "“”\"‘’«»'" else ""
