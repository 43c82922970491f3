"""Where and when an event happened: the place and the time (from the token index) nearest its
trigger in the phrases that can say so."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from spacy.tokens import Token

from tidings import docdata, syntax
from tidings.knowledge.patterns import Roles
from tidings.stages.events.arguments import object_heads, prep_objects
from tidings.stages.events.grounding import demonym_tokens


class Setting:
    """The places and times of the events of one document (make one per Doc)."""

    def __init__(self, roles: Roles, triggers: frozenset[int], bounding_hops: int, dating_times: frozenset[str]) -> None:
        self.roles = roles
        self.triggers = triggers
        self.dating_times = dating_times  # ids of the times that can date an event (not durations or sets)
        self.bounding_hops = bounding_hops
        self._people_only: frozenset[int] | None = None  # demonyms' tokens, read at the first place asked for
        self._placed = syntax.Nearest(self._names_place, roles.phrase_end_deps)
        self._dated = syntax.Nearest(self.dates, roles.phrase_end_deps)
        self._located = syntax.Nearest(self._locates, roles.phrase_end_deps)
        self._bounding: dict[int, bool] = {}

    def place(self, token: Token, governor: Token | None, code: str) -> str | None:
        """The first place found among the phrases that can place the event, in order of
        evidence: a locative phrase of the trigger ("at the Vostochny Cosmodrome"); for events
        that happen where their object is ("visited Russia", "shelled Kyiv"), the object; else
        the nearest locative phrase in the trigger's clause ("talks with leaders in Lyon") that
        no other event's trigger holds ("the backdrop of the war in Ukraine")."""
        anchors = [token] if governor is None else [token, governor]
        for heads in self._place_phrases(token, anchors, code):
            for head in heads:
                if (place := self._place_in(head)) is not None:
                    return place
        for anchor in anchors:
            if (prep := self._located(anchor)) is not None:
                return next(p for g in syntax.pobjs([prep]) if (p := self._place_in(g)) is not None)
        return None

    def time(self, token: Token, governor: Token | None) -> str | None:
        """The nearest time in the trigger's clause (or its governing verb's, or the clause it
        is attached to) that dates it: "met on Wednesday", "The meeting took place on Monday";
        not one that bounds it ("the first meeting since 2019")."""
        anchors = [token] if governor is None else [token, governor]
        if token.dep_ in syntax.INHERIT_SUBJECT_DEPS and token.head.i != token.i:
            anchors.append(token.head)  # "agreed on Monday to meet"
        for anchor in anchors:
            if (dated := self._dated(anchor)) is not None:
                return docdata.at(dated, "times")
        return None

    def _place_phrases(self, token: Token, anchors: list[Token], code: str) -> Iterator[list[Token]]:
        for anchor in anchors:
            yield prep_objects(anchor, self.roles.locative_preps)
        if any(code.startswith(prefix) for prefix in self.roles.object_place_codes):
            if token.pos_ == "NOUN":
                yield prep_objects(token, self.roles.target_preps)
            else:
                yield object_heads(token, self.roles)

    def _names_place(self, token: Token) -> bool:
        """A token of a place mention that names the place, not its people ("Palestinian towns")."""
        if docdata.at(token, "places") is None:
            return False
        if self._people_only is None:
            self._people_only = demonym_tokens(token.doc)
        return token.i not in self._people_only

    def _place_in(self, head: Token) -> str | None:
        placed = self._placed(head)
        return docdata.at(placed, "places") if placed is not None else None

    def _locates(self, token: Token) -> bool:
        """A locative preposition, not of another event's trigger, whose object names a place."""
        return (
            token.dep_ == "prep"
            and token.lower_ in self.roles.locative_preps
            and token.head.i not in self.triggers
            and any(self._place_in(g) is not None for g in syntax.pobjs([token]))
        )

    def dates(self, token: Token) -> bool:
        """A time that dates: a date or a time of day ("jailed for four years" is not dated by
        the four years), not inside a bounding phrase or clause ("since 2019", "until next
        week", "since the pandemic began in 2020")."""
        if docdata.at(token, "times") not in self.dating_times:
            return False
        for ancestor in islice(token.ancestors, self.bounding_hops):
            if ancestor.dep_ == "prep" and ancestor.lower_ in self.roles.non_dating_preps:
                return False
            if self._bounds(ancestor):
                return False
        return True

    def _bounds(self, token: Token) -> bool:
        """The token heads a clause a bounding subordinator introduces ("since ... began")."""
        if token.i not in self._bounding:
            bounding = self.roles.non_dating_preps
            self._bounding[token.i] = any(c.dep_ == "mark" and c.lower_ in bounding for c in token.children)
        return self._bounding[token.i]
