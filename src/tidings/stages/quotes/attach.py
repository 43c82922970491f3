"""Direct quotations given to the cues that introduce them, and relayed speech merged into the
speech it relays.

Each quotation is weighed once against the cue after it and the cue before it; every gap looked
at is bounded by a reach from the config, checked before the text is sliced, so a text of
thousands of quotations and few cues costs no more than one of a few.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from tidings.stages.quotes.attribution import Attribution
from tidings.stages.quotes.extents import Extents
from tidings.stages.quotes.marks import CLOSER, CLOSING_CHARS, Extent, Marks, before_space, ends_sentence, opens_sentence
from tidings.syntax import top_down

ENDS_TURN = ",?!—–-:"  # a quotation ending so (inside its marks) hands over to "…,” he said
LEAD_BREAKS = frozenset("\n“\"‘«:")  # a line break, an opening mark or a colon before a quotation: no lead-in
COORDINATORS = frozenset({"and", "but", "or"})  # opening a gap: the cue after is in a clause of its own
NEXT_WORD = re.compile(r"\s*(\S+)")
NICKNAME = re.compile(r"(?<=\w) [\"“][A-Z][\w.' -]{0,24}[\"”](?= [A-Z])")  # Maria "Mia" Soto: a name's part
NESTING_LIMIT = 16  # other cues one content may hold ("A said that B said that …")


@dataclass(frozen=True)
class Reach:
    """How far apart, in characters, a quotation and its cue may be."""

    hand_over: int = 250  # "“…,” X said": the quotation's end to the cue
    colon: int = 80  # "X said: “…”": the cue to its colon
    comma: int = 25  # "X said, “…”": the cue to the quotation
    comma_attached: int = 150  # "“…,” he said at a rally in Ohio, “…”": a cue that already has a quotation
    goes_on: int = 200  # "“…,” X said. “…”": one quotation to the next that goes on


def attach_quotations(found: list[Attribution], extents: Extents, reach: Reach) -> None:
    """Give each quotation to the cue that introduces it ("X said: “…”", "“…,” X said", "“…,”
    said X") and a quotation that goes on after the attribution to the same speaker."""
    claimed = {extent for a in found if a.attached for extent in a.content}
    cues = sorted((a for a in found if a.cue.direct and not a.attached), key=lambda a: a.at)
    positions = [a.at for a in cues]
    text = extents.marks.text
    last: tuple[Attribution, Extent] | None = None
    after_report: dict[Extent, Attribution] = {}  # quotations left open after a reported clause
    run_into: dict[Extent, Attribution] = {}  # sentences quoted that copy ran into the words before
    for extent in extents.marks.quotations:
        if extent in claimed:
            continue
        after = bisect_left(positions, extent[1])
        owner, lead, end = None, extent[0], extent[1]
        if after < len(cues) and not _reports_onwards(cues[after], text) and _hands_over(text, extent, cues[after], reach):
            owner = cues[after]
            if _run_into(text, extent):
                run_into[extent] = owner
            else:
                lead = _lead_in(text, extent, extents.doc[extents.sentence(owner.tokens[0].i)[0]].idx)
            end = _run_on(text, extent, owner)
        elif after > 0 and _introduces(text, cues[after - 1], extent, reach):
            owner = cues[after - 1]
        elif last is not None and _goes_on(text, last, extent, cues, positions, reach):
            owner = last[0]
        elif after > 0 and _follows_report(text, cues[after - 1], extent, reach):
            if extents.marks.runs_on(extent):  # the run it opens decides ("…. "A. "B," X said)
                after_report[extent] = cues[after - 1]
                continue
            owner = cues[after - 1]
            owner.attached = True  # its clause stays, the quotation goes on from it
        if owner is None:
            continue
        if _holds(owner, extent, text):
            last = (owner, extent)
            continue
        if not owner.attached:  # quotations replace the clause the parser found
            owner.content, owner.attached, owner.direct = [], True, True
        owner.content.append((lead, end))
        owner.direct = owner.direct and (lead, end) == extent
        last = (owner, extent)
    _carry_over_paragraphs(found, extents.marks, after_report)
    if run_into:
        _leave_run_into(found, run_into, extents.marks)


def _run_into(text: str, quote: Extent) -> bool:
    """A quotation that is a sentence of its own (`opens_sentence`) right after a word, with no
    stop between: copy that lost the stop (`… his family "I do not think …," he said`)."""
    before = before_space(text, quote[0])
    return before < quote[0] and before > 0 and text[before - 1].isalnum() and opens_sentence(text, quote)


def _leave_run_into(found: list[Attribution], run_into: dict[Extent, Attribution], marks: Marks) -> None:
    """A clause reported before such a quotation ends before it, and a clause the parser found
    in the quotation itself is none: the quotation is the words another cue gives."""
    for attribution in found:
        if attribution.attached or not attribution.content:
            continue
        start, end = attribution.content[-1]
        quotation = marks.holding(end - 1)
        if quotation is None or run_into.get(quotation) in (None, attribution):
            continue
        if quotation[0] > start:
            attribution.content[-1] = (start, before_space(marks.text, quotation[0]))
        else:
            attribution.content = []


def _follows_report(text: str, attribution: Attribution, quote: Extent, reach: Reach) -> bool:
    """"She said the plan had failed. “We were not told.”": a quotation opening the sentence
    right after a cue's reported clause, with no word between, goes on with that speaker."""
    if attribution.attached or attribution.speaker is None or not attribution.content:
        return False
    end = attribution.content[-1][1]
    if quote[0] - end > reach.goes_on:
        return False
    gap = text[end : quote[0]]
    opens_sentence = text[quote[0] : quote[1]].lstrip("“\"‘«`' ")[:1].isupper()
    return end > attribution.at and opens_sentence and not any(c.isalnum() for c in gap) and ends_sentence(gap)


def _holds(attribution: Attribution, quote: Extent, text: str) -> bool:
    """The clause the parser found for a cue holds the quotation and goes on past it ("said
    that, “…” against what …"): the clause is the content, the quotation a part of it. A clause
    going on with "and" or "but" goes on with what the speaker did ("said “…” and left")."""
    if attribution.attached:
        return False
    for start, end in attribution.content:
        if start <= quote[0] and quote[1] < end:
            following = NEXT_WORD.match(text, quote[1], end)
            return following is not None and following.group(1) not in COORDINATORS
    return False


def _carry_over_paragraphs(found: list[Attribution], marks: Marks, after_report: dict[Extent, Attribution]) -> None:
    """News style: a paragraph that leaves its quotation open goes on in the next paragraph's
    quotation (as does one reopened in copy that ran its paragraphs together). Such a run is one
    quote, given to the cue of whichever part has one; where no part has a cue, to the speaker
    of the reported clause it follows."""
    owners = {end: a for a in found if a.attached for _, end in a.content}  # a lead-in keeps the end
    for run in marks.paragraph_runs():
        given = {id(owners[end]): owners[end] for _, end in run if end in owners}
        if not given:
            first = next((n for n, extent in enumerate(run) if extent in after_report), None)
            if first is None:
                continue
            run = run[first:]
            given = {0: after_report[run[0]]}
            given[0].attached = True  # its clause stays, the quotation goes on from it
        if len(given) != 1:
            continue
        (owner,) = given.values()
        owner.content = sorted([*owner.content, *(e for e in run if e[1] not in owners)])


def _reports_onwards(attribution: Attribution, text: str) -> bool:
    """A cue whose own reported clause follows it ("…, but she denied that …") reports that
    clause, not a quotation before it (a quotation after it may go on from one before it: "“…,”
    he told the host, “…”"). A clause set off by a comma is no reported clause but the
    parser's misreading of an aside ("“…,” she told him, after he admitted …")."""
    if attribution.attached or attribution.direct:
        return False
    return any(start > attribution.at and not _after_comma(text, start) for start, _ in attribution.content)


def _after_comma(text: str, pos: int) -> bool:
    """A comma (and spaces) right before `pos`."""
    before = before_space(text, pos)
    return before > 0 and text[before - 1] == ","


def _lead_in(text: str, quote: Extent, sentence_start: int) -> int:
    """Where the reported words start: "Raising the fee ''would be a costly mistake,'' she said"
    reports the whole sentence, not only its quoted end. Looks back only to the nearest mark or
    line break, so a sentence of many quotations is read once."""
    if sentence_start >= quote[0]:
        return quote[0]
    pos = quote[0]
    while pos > sentence_start:
        char = text[pos - 1]
        if char in LEAD_BREAKS or (char in "'`" and pos - 2 >= sentence_start and text[pos - 2] == char):
            return quote[0]
        pos -= 1
    lead = text[sentence_start : quote[0]]
    if not any(c.isalnum() for c in lead):
        return quote[0]
    return sentence_start + len(lead) - len(lead.lstrip())


def _run_on(text: str, quote: Extent, attribution: Attribution) -> int:
    """Where the reported words end: a sentence that goes on after its quoted words reports up
    to the comma before the attribution ("A clerk who “borrows” is fired, he said")."""
    inner = text[quote[0] : quote[1]].rstrip(CLOSING_CHARS).rstrip()
    gap = text[quote[1] : attribution.at]
    comma = gap.rfind(",")
    if inner[-1:] in ENDS_TURN or comma <= 0 or not gap[:comma].strip():
        return quote[1]
    return quote[1] + len(gap[:comma].rstrip())


def _hands_over(text: str, quote: Extent, attribution: Attribution, reach: Reach) -> bool:
    """"“…,” X said": the quotation ends its turn and the cue follows in the same sentence."""
    if attribution.at - quote[1] > reach.hand_over:
        return False
    gap = NICKNAME.sub(" ", text[quote[1] : attribution.at])
    if ends_sentence(gap) or '"' in gap or "“" in gap:
        return False
    inner = text[quote[0] : quote[1]].rstrip(CLOSING_CHARS).rstrip()
    if inner[-1:] in ENDS_TURN:
        return True
    words = gap.split(maxsplit=1)  # "… called it “a ploy” and urged …": the next clause's cue
    return bool(words) and words[0][:1].islower() and words[0] not in COORDINATORS


def _introduces(text: str, attribution: Attribution, quote: Extent, reach: Reach) -> bool:
    """"X said: “…”": the cue's clause ends in a colon (or a comma, right after the cue; after
    a cue that already has a quotation, a comma and "but" or "and") before the quotation."""
    cue_end = attribution.tokens[-1].idx + len(attribution.tokens[-1])
    core_end = quote[0]  # "He said:" may end its paragraph, the quotation filling the next
    while core_end > cue_end and text[core_end - 1].isspace():
        core_end -= 1
    if core_end - cue_end >= max(reach.colon, reach.comma_attached, reach.comma):
        return False
    core = text[cue_end:core_end]
    if core.endswith(":"):
        return len(core) < reach.colon and not ends_sentence(core)
    within = reach.comma_attached if attribution.attached else reach.comma
    if attribution.attached:  # "“…,” he said, but “…”": the quotation it gave goes on
        core = core.removesuffix(" but").removesuffix(" and")
    if not core.endswith(",") or quote[0] - cue_end >= within:
        return False
    return not ends_sentence(text[cue_end : quote[0]])


def _goes_on(
    text: str,
    last: tuple[Attribution, Extent],
    quote: Extent,
    cues: list[Attribution],
    positions: list[int],
    reach: Reach,
) -> bool:
    """A quotation in a new sentence right after an attributed one, with no cue of another
    speaker between ("“…,” she said, adding …. “…”" goes on), in the same paragraph or opening
    the next paragraph after one left open."""
    attribution, previous = last
    if quote[0] - previous[1] > reach.goes_on:
        return False
    between = cues[bisect_right(positions, previous[1]) : bisect_left(positions, quote[0])]
    if any(cue is not attribution and cue.speaker != attribution.speaker for cue in between):
        return False
    gap = text[previous[1] : quote[0]]
    opens_sentence = text[quote[0] : quote[1]].lstrip("“\"‘«`' ")[:1].isupper()
    if not gap.strip():  # one left open goes on in the next, a paragraph on or (copy that ran its paragraphs together) right after it
        return text[previous[1] - 1] not in CLOSING_CHARS and opens_sentence
    return "\n" not in gap and opens_sentence and ends_sentence(gap)


def merge_relays(found: list[Attribution], doc: Doc) -> list[Attribution]:
    """"Reuters reported Putin saying …": the inner speech is Putin's, via Reuters. An
    attribution is inner to a relay when its cue lies in the relay's complement; it takes the
    via of the first such relay (in the order found). The relay's own attribution is dropped
    where its complement is that speech (`_relays_speech`); one whose clause only holds a cue
    deeper down ("according to X, the army withdrew because it *feared* …") reports that
    clause itself.

    One pass down the parse carries the two first relays over each token, so nested relays
    cost no more than flat ones."""
    relays = [a for a in found if a.cue.relay and a.complement is not None and a.speaker is not None]
    if not relays:
        return found
    speaking = [a for a in found if a.speaker is not None and a.content]
    heads, order = top_down(doc)
    relays_at: dict[int, list[int]] = {}
    for rank, relay in enumerate(relays):
        relays_at.setdefault(relay.complement.i, []).append(rank)
    over: list[tuple[int, ...]] = [()] * len(heads)  # the two first relays whose complement holds the token
    for i in order:
        from_head = over[heads[i]] if heads[i] != i else ()
        over[i] = tuple(sorted((*from_head, *relays_at.get(i, ())))[:2])
    for attribution in speaking:
        first = next((relays[rank] for rank in over[attribution.tokens[0].i] if relays[rank] is not attribution), None)
        if first is not None:
            attribution.via = attribution.via or first.speaker
    cues = {a.tokens[0].i for a in speaking}
    dropped = {id(r) for r in relays if _relays_speech(r, cues)}
    return [a for a in found if id(a) not in dropped]


def _relays_speech(relay: Attribution, cues: set[int]) -> bool:
    """Whether a relay's complement is speech: a cue heads it ("reported that X *said* …"), or
    it names the speaker the cue describes ("reported *the governor saying* …")."""
    complement = relay.complement
    if relay.tokens[0].i == complement.i:  # "according to" hangs on the clause it reports
        return False
    if complement.i in cues:
        return True
    own = relay.tokens[0].i  # "…, according to X" may hang on a noun the parser made the clause's head
    return complement.pos_ in ("NOUN", "PROPN", "PRON") and any(c.i in cues and c.i != own for c in complement.children)


def bound_nesting(found: list[Attribution], doc: Doc, limit: int) -> None:
    """Cut each content to hold at most `limit` (≥ 1) other cues. Reported speech nests ("A said
    that B said that …") and each content holds every deeper one, so a text nested without end
    would make a record that grows with the square of its length; news nests a few deep (at
    most 11 cues in one quote's content on the benchmark corpus). A content after its cue keeps the
    cues nearest its start, one before its cue those nearest its end."""
    cues = sorted({a.tokens[0].i for a in found})
    starts = [doc[i].idx for i in cues]
    for attribution in found:
        bounded = []
        for start, end in attribution.content:
            low, high = bisect_left(starts, start), bisect_left(starts, end)
            if high - low > limit and end <= attribution.at:
                start = doc[cues[high - limit - 1] + 1].idx
            elif high - low > limit:
                before = doc[cues[low + limit] - 1]
                end = before.idx + len(before)
            bounded.append((start, end))
        attribution.content = bounded
