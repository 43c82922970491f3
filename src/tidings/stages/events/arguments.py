"""Who does an event to whom: the actors (from the token index) named by a trigger's subject,
objects and complements, or by a nominal trigger's possessor and prepositional phrases; and who
reports the clause an event is in (tidings.syntax's one speaker rule)."""

from __future__ import annotations

from itertools import accumulate

from spacy.tokens import Token

from tidings import docdata, syntax
from tidings.knowledge.patterns import Pattern, Roles
from tidings.stages.events.coding import proxy


class Arguments:
    """The sources and targets of the events of one document (make one per Doc)."""

    def __init__(self, roles: Roles) -> None:
        self.roles = roles
        self._named = syntax.Nearest(_is_actor, roles.phrase_end_deps)
        self._marks: list[int] | None = None

    def of(self, token: Token, pattern: Pattern, carrier: Token | None) -> tuple[list[str], list[str]]:
        """Actor ids of the sources and the targets of the event `token` triggers."""
        if pattern.kind == "noun":
            return self._of_noun(token, carrier)
        return self._of_verb(token, pattern)

    def reporters(self, anchor: Token, obliged: bool) -> list[str]:
        """The actors who report an event and are its source (tidings.syntax's speaker of its
        clause): for an obligation ("Russia said Sudan must go": Russia demands), or a clause
        whose subject is a pronoun standing for the speaker ("Iran said it would go", "'We will
        go,' Iran said"; not "'They went,' Iran said", where a quotation mark stands between)."""
        verb = syntax.reporting_verb(anchor)
        if verb is None:
            return []
        if not obliged:
            subjects = syntax.subjects(anchor)
            if not subjects or not all(self._stands_for_speaker(s, verb) for s in subjects):
                return []
        speaker = syntax.speaker(verb)
        return self.actors_of([speaker]) if speaker is not None else []

    def actors_of(self, heads: list[Token]) -> list[str]:
        """Actors named by argument heads and their conjuncts ("Putin and Kim"): in each head's
        phrase, the nearest actor, and those conjoined with it."""
        found: dict[str, None] = {}  # actor ids, in order
        walked: set[int] = set()  # tokens whose conjuncts were all looked at
        for head in (h for top in heads for h in syntax.conjuncts(top)):
            named = self._named(head)
            stack = [named] if named is not None else []
            while stack:
                token = stack.pop()
                if token.i in walked:
                    continue
                walked.add(token.i)
                if (actor := docdata.at(token, "actors")) is not None:
                    found.setdefault(actor)
                stack.extend(reversed([c for c in token.children if c.dep_ == "conj"]))
        return list(found)

    def first_actors(self, heads: list[Token]) -> list[str]:
        """The actors of the first head that has any."""
        for head in heads:
            found = self.actors_of([head])
            if found:
                return found
        return []

    def _stands_for_speaker(self, subject: Token, verb: Token) -> bool:
        """A first-person pronoun, or another outside the quotation the verb reports."""
        if subject.pos_ != "PRON":
            return False
        return "1" in subject.morph.get("Person") or not self._quoted_apart(subject, verb)

    def _quoted_apart(self, a: Token, b: Token) -> bool:
        """A quotation mark stands between the two tokens."""
        if self._marks is None:  # quotation marks up to each token, counted once per document
            self._marks = list(accumulate((t.is_quote and t.dep_ != "case" for t in a.doc), initial=0))
        low, high = sorted((a.i, b.i))
        return self._marks[high] - self._marks[low + 1] > 0

    def _of_verb(self, token: Token, pattern: Pattern) -> tuple[list[str], list[str]]:
        roles = self.roles
        children = list(token.children)
        passive = [c for c in children if c.dep_ in roles.passive_subject_deps]
        if passive:
            sources = self.actors_of(syntax.pobjs(c for c in children if c.dep_ in roles.agent_deps))
            targets = self.actors_of(passive)
        else:
            sources = self.actors_of(syntax.subjects(token))
            heads = object_heads(token, roles)
            if any(pattern.cameo.startswith(prefix) for prefix in roles.recipient_codes):
                recipients = prep_objects(token, roles.recipient_preps)  # "sent troops to Lebanon"
                heads = recipients + [h for h in heads if h not in recipients]
            targets = self.first_actors(heads)
        if not targets and pattern.frame:
            # the target is the complement's subject ("demanded that Iran stop", "urged Iran to
            # stop") or sits among its objects ("agreed to meet Kim")
            for complement in (c for c in children if c.dep_ in roles.complement_deps):
                heads = [c for c in complement.children if c.dep_ in syntax.SUBJECT_DEPS]
                targets = self.first_actors(heads + object_heads(complement, roles))
                if targets:
                    break
        return sources, targets

    def _of_noun(self, token: Token, carrier: Token | None) -> tuple[list[str], list[str]]:
        """Sources: possessor, "by"/"between" phrase, actor modifiers ("Russian invasion"), else the
        subject of the verb that carries the noun; targets: "of"/"with"/"against" phrases."""
        roles = self.roles
        stand_in = proxy(token, roles)
        children = list(token.children) + (list(stand_in.children) if stand_in is not token else [])
        source_heads = [c for c in children if c.dep_ == "poss"]
        source_heads += syntax.pobjs(c for c in children if c.lower_ in roles.noun_source_preps)
        source_heads += [c for c in children if c.dep_ in ("amod", "compound") and _is_actor(c)]
        sources = self.actors_of(source_heads)
        if not sources and carrier is not None:  # "Russia imposed sanctions", "X was engaged in fighting"
            passive = [c for c in carrier.children if c.dep_ in roles.passive_subject_deps]
            if stand_in in passive:
                sources = self.actors_of(syntax.pobjs(c for c in carrier.children if c.dep_ in roles.agent_deps))
            else:
                sources = self.actors_of(syntax.subjects(carrier) or passive)
        targets = self.first_actors(prep_objects(token, roles.target_preps, children))
        if not targets and carrier is not None:  # "imposed sanctions on Iran", "gave Haiti aid"
            targets = self.first_actors([h for h in object_heads(carrier, roles) if h != stand_in])
        return sources, targets


def object_heads(token: Token, roles: Roles) -> list[Token]:
    """Candidate target heads, in order: indirect object, direct object, prepositional objects."""
    children = list(token.children)
    heads = [c for c in children if c.dep_ == "dative"]
    heads += [c for c in children if c.dep_ in roles.object_deps and c.dep_ != "dative"]
    heads += prep_objects(token, roles.target_preps, children)
    if token.dep_ == "amod":
        heads.append(token.head)
    return heads


def prep_objects(token: Token, preps: frozenset[str], children: list[Token] | None = None) -> list[Token]:
    """The objects of the token's prepositions among `preps` (of `children` where given)."""
    return syntax.pobjs(c for c in (children if children is not None else token.children) if c.dep_ == "prep" and c.lower_ in preps)


def _is_actor(token: Token) -> bool:
    return docdata.at(token, "actors") is not None
