"""One event, many mentions: within an article, the mentions of one event ("Putin met Kim ... The
meeting took place ... the meeting between Putin and Kim") merged into one Event.

Two mentions tell of one event (plain statements only where a speaker goes on with one, see
`_continued_statement`, the same speakers are quoted again further on, see `_spoken_again`, or
one named speaks soon after for a body told by its role noun, see `_named_for_its_body`;
else each says something else) when their
codes agree (the same CAMEO code, or the same root and PLOVER type where one is the root's
unspecified code: "attacked" 190 and "the air strike" 195, not "captured" 192, a COERCE, and
"fighting" 190; or the same root told by one word: "killed" 183 by a bomb, "killed" 1823; or
any codes of the type told by kin words, `event_lemma_kin.tsv`: "killed" 1823, "shot" 193, though
never by words of groups that file sets apart: "arrested" and "charged", both 173; a noun
that refers back to a deed by its own word agrees in code, "a suicide attack" 1831 ... "the attack"
190, and any that refers back to a deed needs only the PLOVER type: "shot the envoy ... the assassination",
but "the conviction" is not what was "alleged", or none where it is a word of the deed's own
lemma group: "charged" 173, a COERCE, "the indictment" 1121, an ACCUSE (so is a verb of that
group done to one told before: "charged a man" 112 ... "the man was charged" 173, or a passive of
it with no doer nor date, told of one by name: "charged Tom Reed" ... "Reed is accused of theft", or
one naming whom it told by an indefinite noun: "a man was charged" ... "Reed was charged on Tuesday"); words need its PLOVER mode and context too: "accused
... the criticism"); neither is negated, nor embedded in the other
("discussed resuming talks"), nor the later a noun or a verb telling another of its kind ("another
attack", "a second bombing", "he too resigned"; a toll may be counted "too") or many deeds as one whole where the event is no such whole ("a wave of
bombings"), nor one a deed done to oneself ("shot himself") and the other not; their actors agree (on each side, or over all
parties for the symmetric codes of meeting and cooperating: the mention's among the event's so far,
or the other way round, or none named, a country or a role noun standing for an actor of its code
on one side: "Peruvian police arrested Salas ... Salas was detained by Peru", people a phrase
describes as one or as told before for anyone: "arrested a gunman ... the man was arrested", "shot
Dean Price ... fired at the suspect", see `described_people`; over a symmetric
code's parties, a role noun only: "met President Vega ... talks with the Peruvian president"; a
cooperative deed done to no one, told again soon after by role nouns of one country, see
`_compatriots_again`; where a noun tells it,
its victim alone: "the killing of the envoy", whoever the sentence's subject is; a headline and its
story may name a party on different sides: see `_one_side_among`; its lead may name the doer
otherwise: see `_headline_retold`); their places do not differ (an
area over countries holds any place in one, a country holds its cities and regions,
a region the cities of its country: "Devon" and "Exeter" may be one fire's, "Kharkiv" and
"Odesa" not; a country that is an actor's own, "the US envoy", places nothing), nor their dates (a mention without one dated by the deed of its "when" clause), nor what their verbs act on ("attacked Kharkiv", "attacked Odesa"; one told
by an indefinite noun, or a headline's bare one, may be named further on: "arrested a man ... Smith
was arrested", "Deputies arrest teenager" ... "arrested Kyle Dunn"; harm told again by its word or a
kin one may be done to one told by an indefinite noun, maybe a victim named before: "shot Omar Said
... after a man was killed", as one deed's victims are one event; as many
told by another noun may be the same: "arrested three teenagers ... arrested three boys");
and something ties them (a passive of a deed's toll naming no one who did it, "two were killed",
needs nothing more within `window` sentences, whatever its code of the type): the mention names
the same actors on both sides (for a symmetric code the
same two or more parties: "Putin met Kim", "Kim was glad to meet Putin"), or it refers back (a
definite or possessed noun: "the meeting", "Kim's visit"), or it names the event's date again, or
its place with an actor of the event ("Police arrested Smith in Denver ... Smith was detained in
Denver": a place alone, "in the Gulf of Aden", is shared by many events), or it repeats a trigger
word of the event (or one of its lemma group: "shooting", "shot", "gunfire") or has its code and
one of its sides ("the scientists urged ... the scientists asked") within `window` sentences after
its last mention (after a headline, within the story's first `window` sentences and one: the lead
tells the headline's news, "Man arrested after brawl" ... "police arrested a man", by its word or a kin one:
"Bomb attack on bus" ... "a bomb exploded on a bus"), or it is a noun repeating a noun of the event (a toll repeating its tolls, whatever they
count) anywhere where no party is named
("protests" further on in a story of protests), or further on has a code that agrees and its target, as an
event row would repeat it ("arrested Salem ... Salem was arrested"); never in the same sentence
("sexual assault and aggravated assault" are two). A mention joins the event it is tied to most
strongly (the same actors before the rest, then a word of its group or a kin one, or a verb acting
on a thing named again: "attacked an army base ... attacked the base"; a toll told in a deed named
by a definite noun, "two were killed in the air strikes", only the event told last by its word or a
kin one, else any, whatever victims it names: "two officers were wounded in the gunfight", though
none where a possessive names the deed's own doer, "in the army's air strikes"), the most recent on
a draw, among the last `reach` of its PLOVER type: the cost stays linear in the number of mentions. A verb whose subject is an event
of its PLOVER type tells that event's outcome and joins it, whatever its root ("the explosion
killed two officers": one bombing, not two events; "an ambush, which killed ten"), and so does a
verb joined to another of its type, sharing its subject and object ("stabbed and wounded a guard", a headline's "Jogger struck, killed")
or counting its victims ("two were killed and five wounded"), and so does a participle of
its outcome ("shot six, killing one", "opened fire, killing one") or a noun (or a gerund read as a verb) after "in", "by" or "during" on a verb of its type
("killed two in the raid"), and so does a noun its verb acts on with a code that agrees
("announced a package of trade sanctions"), and so does a verb of a clause after "when" on a verb of its type, or
that verb ("a guard was killed when his truck exploded"), unless the clause's doer is a pronoun or
the deed's victim (a parser may hang the clause on the time noun dating the verb: "killed Friday
night when a car hit her").

A definite noun that names no party of its own ("the riot", "Monday's meeting") is compared
without the actors read around it; a deed told in a charge or an accusation ("charged a man with
killing Welch") without the doer read for it (the accused's deed, not the prosecutors'); a verb done to a pronoun ("he shot her") may retell its side's
event anywhere in the story; dates are compared only where written alike or both calendar dates.

The merged event is its most confident mention's (the first on ties): its code, trigger and
sentence; `spans` holds that trigger first, then the other mentions' triggers; `mentions`
every mention's trigger in text order. A side, a place or a time the main mention lacks is
taken from the first mention that has it; the sides come from the story before its headline, whose
clipped grammar misreads them ("Woman's fatal shooting": the victim read as the doer).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import islice

from spacy.tokens import Doc, Span, Token

from tidings import datelines, docdata, syntax
from tidings.knowledge.arguments import argument_words
from tidings.knowledge.coreference import coreference_words
from tidings.knowledge.speech import speech_cues
from tidings.knowledge.trigger_groups import apart_groups, group_names, kin_groups, lemma_groups, trigger_group
from tidings.model import Event
from tidings.syntax import NOUN_SUBJECT_DEPS

DEFINITE = frozenset({"the", "this", "that", "these", "those", "both"})  # "both women": the two told before
INDEFINITE = frozenset({"a", "an"})
ANOTHER_OF_ITS_KIND = frozenset({"another", "second", "third", "fourth", "fifth", "separate", "further", "similar"})  # "another attack", "a second bombing" (not "the new arrests": those just told)
DEED_PRONOUNS = frozenset({"it", "this"})  # a copula's subject standing for the deed just told ("It was the second raid this week")
DONE_ONCE = frozenset({"surrender"})  # lemma groups of deeds one does once in a story ("turned herself in ... the woman later surrendered"): told again anywhere by their word, the sides agreeing
DONE_AGAIN = frozenset({"too", "again"})  # "he too resigned", "struck again": one more deed of its kind (not "also": "two others were also hurt")
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
CONTENT_DEPS = frozenset({"ccomp"})  # a that-clause: what a verb says, promises or agrees to (a to-infinitive may tell a deed planned: "conspired to kill")
COMPLEMENT_DEPS = frozenset({"oprd", "acomp", "ccomp"})  # "found him *guilty*": words that make a verb's lemma group
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "oprd", "ccomp"})  # a verb whose subject, where it has none, is its head's
OWNER_HOPS = 3  # prepositional phrases climbed from a relative clause's noun to the deed it may tell
TOLL_TYPES = frozenset({"ASSAULT"})  # PLOVER types whose passives may tell the toll of a deed told before
AIMING_PREPOSITIONS = frozenset({"at", "into", "on", "toward", "towards"})  # "fired rockets *at* the base": what a weapon's verb acts on
DEED_PREPOSITIONS = frozenset({"in", "by", "during"})  # a noun after them on a verb may tell that verb's deed
LISTED_PARTICIPLE_BARS = frozenset({"aux", "auxpass", "mark", "advmod", "nsubj", "nsubjpass"})  # a participle with them is a clause of its own ("fled, *when* chased")
AT_ONCE_MARKERS = frozenset({"when"})  # a clause they open tells what happened at the moment of its head's deed
MATERIAL_QUADS = frozenset({2, 4})  # CAMEO quad classes of deeds (material cooperation, conflict), not words
COOPERATIVE_QUADS = frozenset({1, 2})  # CAMEO quad classes of verbal and material cooperation
VERBAL_CONFLICT = 3  # CAMEO quad class of accusations, demands, rejections and threats
MEDIA = "MED"  # the CAMEO role of newspapers, broadcasters and reporters
ROLE_TAGS = frozenset({"NN", "NNP"})  # a singular role noun, maybe capitalised as a title ("the District Attorney said")
UNKNOWN_COUNTRY = "---"  # the country of a CAMEO code of a role noun no country was read for
COUNTRY_CODE = 3  # letters of a CAMEO country code: a longer code names a role ("INDGOV")
CRIMINAL_ROLE, CIVILIAN_ROLE = "CRM", "CVL"  # roles of private people a noun may name by what they did or are ("the gunman", "the driver"), not posts or bodies
SENTENCE_ENDS = frozenset({".", "!", "?"})  # the last marks of a story's sentence, not a headline's
WEB_SCHEMES = ("http:", "https:")  # how a web address begins, where the tokenizer split it ("http: / / www. ...")
STATEMENT_GAP = 2  # sentences after its speaker's last statement within which a statement may continue it
QUOTED_AGAIN_GAP = 10  # sentences after their last statement within which the same speakers may be quoted again
ISO_WEEK = re.compile(r"\d{4}-W\d{2}$")  # a TIMEX3 week ("2024-W09": last week)
CALENDAR_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
DESCRIBED_ID = re.compile(r"@(\d+)$")  # ends the canonical id of people a phrase describes, with its noun's offset ("cameo:---CVL@16": actors/people_acted_upon.py)
ALLEGING_CODES = ("112", "173")  # CAMEO codes of accusing, arresting and charging: a deed they embed ("charged with killing") is the accused's, compared without the doer read for it
NO_TIE, REFERRED, LINKED, WORDED, SAME_ACTORS = 0, 1, 2, 3, 4  # how strongly a mention is tied to an event


@dataclass(frozen=True)
class Whereabouts:
    """What telling two places apart needs of a place: its country and how wide it is."""

    country: str | None
    nation: bool  # a country as a whole
    region: bool  # an administrative area or a wide area within a country


def places_agree(a: str, b: str, where: Mapping[str, Whereabouts]) -> bool:
    """Whether two places may be where one event happened: the same place, or one holds the
    other (an area over countries any place in a country, a country its regions and cities, a
    region the cities of its country)."""
    if a == b:
        return True
    first, second = where.get(a), where.get(b)
    if first is None or second is None:
        return False
    if first.country is None or second.country is None:  # an area over countries ("the Middle East") may hold the other
        return first.region and second.country is not None or second.region and first.country is not None
    if first.country != second.country:
        return False
    if first.nation or second.nation:
        return True
    return first.region != second.region  # two regions, or two cities, are two places


@dataclass(frozen=True)
class Parties:
    """What telling a document's actors apart needs: their codes, and which are named by a code alone."""

    codes: Mapping[str, str] = field(default_factory=dict)  # actor id -> its CAMEO code
    generic: frozenset[str] = frozenset()  # actors named by their code alone: a country, a role noun ("the magistrate")
    described: frozenset[str] = frozenset()  # people a phrase only describes as one, or as told before (`described_people`)

    def stands_for(self, general: str, actor: str) -> bool:
        """Whether an actor named by its code alone may be another of that code, or of a code
        within it: "Peru" for "Peruvian police", "the magistrate" for the magistrate named."""
        code = self.codes.get(general)
        if general not in self.generic or code is None:
            return False
        other = self.codes.get(actor, "")
        if code.startswith(UNKNOWN_COUNTRY):  # "commandos" (---MIL) for "the Indian navy's commandos"
            return len(code) > COUNTRY_CODE and other[COUNTRY_CODE:].startswith(code[COUNTRY_CODE:])
        return other.startswith(code)

    @cached_property
    def roles(self) -> Parties:
        """The same, with only role nouns standing for others ("the Indian prime minister" for the
        one named), not countries: a country's own history is another event."""
        return Parties(self.codes, frozenset(a for a in self.generic if len(self.codes.get(a, "")) > COUNTRY_CODE), self.described)


@dataclass(frozen=True)
class Grounds:
    """Where and when a document's events may happen: its time values and its places."""

    times: dict[str, str]  # time id -> TIMEX3 value (dated times only)
    places: Mapping[str, Whereabouts]  # place id -> its country and width
    parties: Parties = field(default_factory=Parties)  # the actors, for telling them apart


@dataclass(frozen=True)
class MentionSettings:
    window: int  # sentences within which a mention repeating an event's trigger word may join it
    reach: int  # recent events of the same PLOVER type (a statement: CAMEO root) a mention is compared with
    symmetric_roots: frozenset[str]  # CAMEO roots whose sides may be named either way round


@dataclass
class _Mention:
    event: Event  # as compared: a bare reference without the place and date its sentence gave it (`_as_compared`)
    told: Event  # as read
    token: Token
    sentence: int  # index of its sentence in the document
    toll: bool = False  # a passive telling harm done by no one named, and no deed of its own ("two were killed")
    toll_of: str | None = None  # the lemma group of the deed told before a toll names ("in the air strikes": attack)
    headline: bool = False  # told in the lines above the story: its title, a subtitle
    lead: bool = False  # told in the headline or the story's first `window` sentences after its first, which tell the headline's news
    dateline: range = range(0)  # the tokens of the article's dateline ("HOLLIDAY, Mo. —"), which a parser may take for a subject

    def trigger_group(self) -> str:
        """The lemma group of its trigger, read with a verb's complement, else its object, where
        the two make an entry ("found him guilty": find_guilty, a conviction; "fired the shots":
        fire_shot, a shooting; "fired" alone: a fire), else a passive's "by" phrase ("struck by a
        bullet": strike_bullet, a shooting); a noun with the verb it is the object of, where the
        two make one ("opened fire": open_fire, a shooting; "the fire": a fire)."""
        token = self.token
        if token.pos_ != "VERB" and token.dep_ == "dobj" and (verb_and_noun := f"{token.head.lemma_.lower()}_{self.event.trigger}") in lemma_groups():
            return trigger_group(verb_and_noun).name
        children = list(token.children) if token.pos_ == "VERB" else []
        doers = [d for d in syntax.pobjs(c for c in children if c.dep_ == "agent") if f"{self.event.trigger}_{d.lemma_.lower()}" in lemma_groups()]
        words = sorted((c.dep_ not in COMPLEMENT_DEPS, c.i, c.lemma_.lower()) for c in [*children, *doers] if c.dep_ in COMPLEMENT_DEPS or c.dep_ == "dobj" or c in doers)
        return trigger_group(f"{self.event.trigger}_{words[0][2]}" if words else self.event.trigger).name

    def object_head(self) -> Token | None:
        """The noun a verb mention acts on, a pronoun aside; where its object makes the deed's word
        with it (a lemma group's entry: "fired missiles"), the noun it is aimed at ("fired
        missiles *at* the base")."""
        token = self.token
        if token.pos_ != "VERB":
            return None
        nearest_first = sorted((c for c in token.children if c.dep_ in OBJECT_DEPS and c.pos_ != "PRON"), key=lambda c: abs(c.i - token.i))  # of two a parser gave it ("Rovers striker Tom Reyes was arrested": 'Rovers' and 'Reyes'), the phrase's head
        heads = (self._past_dateline(c) for c in nearest_first)
        head = next((h for h in heads if h is not None), None)
        if head is None or f"{self.event.trigger}_{head.lemma_.lower()}" not in lemma_groups():
            return head
        aimed_at = syntax.pobjs(c for c in token.children if c.dep_ == "prep" and c.lower_ in AIMING_PREPOSITIONS)
        return next((o for o in aimed_at if o.pos_ != "PRON"), None)

    def _past_dateline(self, noun: Token) -> Token | None:
        """A noun, or where a parser took the dateline for it ("TOPEKA, Kan. — A Wichita teenager
        was arrested"), the noun it hung on the dateline as its apposition, if any."""
        if noun.i not in self.dateline:
            return noun
        return next((c for c in noun.children if c.dep_ == "appos" and c.i not in self.dateline), None)

    def on_oneself(self) -> bool:
        """Whether a verb mention is a deed done by its doer to themself ("shot himself"), its
        only victim, where the two make no lemma group's entry ("blew himself up", a bombing)."""
        token = self.token
        return token.pos_ == "VERB" and any(
            c.dep_ == "dobj" and syntax.is_reflexive(c) and f"{self.event.trigger}_{c.lemma_.lower()}" not in lemma_groups()
            for c in token.children
        )

    def refers_back_by_word(self) -> bool:
        """Whether it refers back to a deed by a word of a lemma group: a noun ("the indictment"), or
        a verb done to one the story told before, a pronoun or a definite noun ("the man was
        charged", "charged him"), or a passive naming no doer nor a date, told of someone by name
        (the charge retold from the accused's side: "Reed is accused of theft"; not "in 2004, Reed
        was charged with theft", another occasion)."""
        if self.trigger_group() not in group_names():
            return False
        token = self.token
        if token.pos_ != "VERB":
            return refers_back(token)
        named_passive = not self.event.sources and self.event.when is None and not any(c.dep_ == "agent" for c in token.children)
        return any(c.dep_ in OBJECT_DEPS and (c.tag_ == "PRP" or _definite(c)) or named_passive and c.dep_ == "nsubjpass" and c.pos_ == "PROPN" for c in token.children)

    def introduces(self) -> bool:
        """Whether it acts on one someone told by an indefinite noun ("arrested *a man*"), or in a
        headline, which drops its articles, by a bare one ("Police arrest man after brawl"): one
        the story may name further on."""
        head = self.object_head()
        if head is None or head.tag_ != "NN":
            return False
        determiners = [c.lower_ for c in head.children if c.dep_ in ("det", "poss")]
        return any(d in INDEFINITE for d in determiners) or self.headline and not determiners

    def harms_one_introduced(self) -> bool:
        """Whether it is harm done to someone told by an indefinite noun ("fled when *a driver* was
        shot dead"): told again by its word or a kin one, maybe a victim the story named before, as
        one deed's victims are one event."""
        head = self.object_head()
        return self.event.plover in TOLL_TYPES and self.introduces() and head is not None and docdata.at(head, "actors") is not None

    def names_its_object(self) -> bool:
        """Whether it acts on an actor told by name ("Smith was arrested")."""
        head = self.object_head()
        return head is not None and head.pos_ == "PROPN" and docdata.at(head, "actors") is not None

    def acts_on_one_named(self, described: frozenset[str]) -> bool:
        """Whether it acts on an actor told by name, by the name or by a personal pronoun standing
        for it ("Smith was arrested", "he is charged with murder"), not for one only described."""
        if self.names_its_object():
            return True
        token = self.token
        pronoun = next((c for c in token.children if c.dep_ in OBJECT_DEPS and c.tag_ == "PRP"), None) if token.pos_ == "VERB" else None
        actor = None if pronoun is None else docdata.at(pronoun, "actors")
        return actor is not None and actor not in described

    def object(self, symmetric: bool) -> frozenset[str] | None:
        """What a verb mention acts on ("attacked *Kharkiv*"): the actor a name names, else the
        word, and both for a common noun read as an actor ("sent troops" twice, read as two unnamed
        groups; "killed three soldiers" and "the troops killed", one group), with the number that
        counts it ("arrested three teenagers ... arrested three boys": as many, maybe the same); None for a noun, a verb
        without an object or with a pronoun for one, or an actor as the object of a symmetric code
        ("Putin met Kim", "Kim met Putin": its parties compare) or a definite noun that names no
        actor ("the man", "the building", "both women": what was named before)."""
        head = self.object_head()
        if head is None:
            return None
        actor = docdata.at(head, "actors")
        if actor is not None and symmetric:
            return None
        if actor is not None and head.pos_ != "NOUN":
            return frozenset({actor})
        if _determined_definitely(head):
            return None  # "the man was arrested", "the 14-year-old had been killed": someone the story named before, not someone else
        count = {f"#{c.lower_}" for c in head.children if c.dep_ == "nummod" and c.pos_ == "NUM"}  # "three teenagers", "three boys": one group
        return frozenset({head.lemma_.lower(), *count} if actor is None else {actor, head.lemma_.lower(), *count})


@dataclass
class _Group:
    """The mentions of one event so far, and what they name together."""

    mentions: list[_Mention] = field(default_factory=list)
    positions: set[int] = field(default_factory=set)  # of the mentions' triggers
    codes: set[str] = field(default_factory=set)
    plovers: set[str | None] = field(default_factory=set)  # the PLOVER types of its mentions
    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    times: set[str] = field(default_factory=set)  # time values
    objects: set[frozenset[str]] = field(default_factory=set)  # what its verb mentions act on
    introduced: set[frozenset[str]] = field(default_factory=set)  # of these, those told by an indefinite noun ("a man")
    introduced_actors: set[str] = field(default_factory=set)  # the targets these name
    trigger_groups: set[str] = field(default_factory=set)  # the lemma groups of its mentions' triggers ("shoot": shot, gunfire)

    def add(self, mention: _Mention, grounds: Grounds, symmetric: bool) -> None:
        event, times = mention.event, grounds.times
        self.mentions.append(mention)
        self.positions.add(mention.token.i)
        self.codes.add(event.cameo)
        self.plovers.add(event.plover)
        self.trigger_groups.add(mention.trigger_group())
        described = grounds.parties.described
        self.sources = _named_first(self.sources | set(event.sources), described)
        self.targets = _named_first(self.targets | set(event.targets), described)
        if locating_place(event, grounds):
            self.places.add(event.place)
        if event.when in times:
            self.times.add(times[event.when])
        if (acted_on := mention.object(symmetric)) is not None:
            self.objects.add(acted_on)
            if mention.introduces():
                self.introduced.add(acted_on)
                self.introduced_actors.update(event.targets)

    def named_later(self, mention: _Mention, described: frozenset[str]) -> bool:
        """Whether a mention may name the one its verb mentions acted on, told so far only by an
        indefinite noun ("police arrested a man ... Smith was arrested", or "he was arrested" where
        he is someone named), or the one its side told
        by its word only as a person a phrase describes ("the man accused of it was charged ...
        Dunn was charged"); a date or place of its own would tell them apart."""
        if not (mention.acts_on_one_named(described) and mention.sentence > self.mentions[-1].sentence):
            return False
        if self.objects:
            return self.objects <= self.introduced
        return bool(self.targets) and self.targets <= described and mention.trigger_group() in self.trigger_groups

    def objects_apart(self, mention: _Mention) -> set[frozenset[str]]:
        """What its verb mentions acted on that a mention acting on another tells it apart from:
        all, but those told by an indefinite noun where the mention names its object ("stabbed a
        man ... admitted stabbing Paterson ... stabbed Paterson in the neck": the man named)."""
        return self.objects - self.introduced if mention.names_its_object() else self.objects


def described_people(doc: Doc, actors: list[dict]) -> frozenset[str]:
    """The actors that are people a phrase only describes (one actor each, `people_acted_upon`),
    as one person ("a man", "a second man") or as told before ("the man", "her colleagues"): for
    telling mentions apart, anyone told on their side may be them (`_nested`); not a number of
    people ("44 people", "three other people"), a party of its own. So is a private person's role
    noun told only as one person (`_one_person`): a criminal's ("shot Dean Price ... fired at the
    suspect"), or a civilian's by a noun of a person ("the driver"), not of a group ("the community")."""
    offsets = {a["id"]: int(found.group(1)) for a in actors if (found := DESCRIBED_ID.search(a["canonical_id"]))}
    roles = {a["id"]: a["cameo"][COUNTRY_CODE:] for a in actors if a["canonical_id"].startswith("cameo:")}
    private = {actor for actor, role in roles.items() if role in (CRIMINAL_ROLE, CIVILIAN_ROLE)}
    if not offsets and not private:
        return frozenset()
    spans = docdata.spans(doc, "actors")
    described = {s.label_ for s in spans if offsets.get(s.label_) == s.root.idx and _one_or_told_before(s.root)}
    person_nouns = coreference_words().person_nouns
    groups = {s.label_ for s in spans if s.label_ in private and not (_one_person(s.root) and (roles[s.label_] == CRIMINAL_ROLE or s.root.lemma_.lower() in person_nouns))}
    return frozenset(described | (private - groups))


def _one_or_told_before(noun: Token) -> bool:
    """A noun for one person, no number counting it ("a man"), or one referring back ("the men")."""
    return refers_back(noun) or _one_person(noun)


def _one_person(noun: Token) -> bool:
    """A singular noun no number counts: "the suspect", "a driver", a headline's "Fleeing suspect
    arrested" (not "suspects", "the two suspects")."""
    return noun.tag_ == "NN" and not any(c.dep_ == "nummod" for c in noun.children)


def _named_first(actors: set[str], described: frozenset[str]) -> set[str]:
    """An event's actors on a side: those named, where any is; else those a phrase only describes
    ("stabbed a man ... X stabbed Y": the man is Y, no one else he may stand for)."""
    named = actors - described
    return named or actors


def merge(
    found: list[tuple[Event, Token, int]], grounds: Grounds, embedded: dict[int, int], settings: MentionSettings
) -> list[Event]:
    """The events with their mentions merged, in the order of their first mention; `found` is
    (event, trigger token, sentence index) in text order; `embedded` maps trigger positions to
    the position of the event each is embedded in."""
    if not found:
        return []
    telling = _Telling(found[0][1].doc)
    groups: list[_Group] = []
    recent: dict[str, list[_Group]] = {}  # PLOVER type (a statement: CAMEO root) -> its latest groups, oldest first
    at: dict[int, _Group] = {}  # trigger position -> the group of its mention
    positions = {token.i for _, token, _ in found}
    dates = {token.i: event.when for event, token, _ in found if event.when in grounds.times}  # trigger position -> its time id
    statement: _Group | None = None  # the latest plain statement's
    statements: dict[tuple[frozenset[str], str], _Group] = {}  # speakers and code -> their latest plain statement's of that code
    bodies: dict[tuple[str, str], _Group] = {}  # a body's CAMEO code and a statement's code -> the latest plain statement of the body named by a role noun alone ("police said")
    alleging = {token.i for event, token, _ in found if event.cameo.startswith(ALLEGING_CODES)}  # of charges and accusations
    for event, token, sentence in found:
        compared = _dated_by_its_moment(_as_compared(event, token), token, dates)
        host = embedded.get(token.i)
        if host in alleging:  # "charged a man with killing Welch": the man's deed, not the prosecutors'
            compared = compared.model_copy(update={"sources": []})
        deeds = _deeds_told_in(token, positions)
        toll = _toll(event, token, deeds)
        toll_of = trigger_group(deeds[0].lemma_.lower()).name if toll and deeds and not _has_own_doer(deeds[0]) else None
        opening = sentence - telling.story_start
        mention = _Mention(compared, event, token, sentence, toll, toll_of, opening < 0, opening <= settings.window, telling.dateline)
        candidates = recent.setdefault(event.plover or event.cameo_root, [])
        group = _told_by_its_subject(mention, at) or _joined_deed(mention, at) or _part_of_deed(mention, at) or _named_by_its_verb(mention, at)
        group = group or _purpose_of_deed(mention, host, at) or _content_of_its_host(mention, host, at) or _what_its_subject_was(mention, at, candidates)
        group = group or _told_at_once(mention, at, grounds.times)
        group = group or _continued_statement(mention, statement, grounds, telling) or _spoken_again(mention, statements, grounds, telling)
        group = group or _named_for_its_body(mention, bodies, grounds, telling, settings.window)
        if group is None:
            pool = [*_of_other_types(mention, recent, candidates, grounds.parties.described), *candidates]
            if mention.toll_of is not None:
                pool = _latest_told_by(kin_groups(mention.toll_of), pool) or pool
            ties = [(_tie(g, mention, grounds, settings, telling), n) for n, g in enumerate(pool) if host not in g.positions]
            strength, n = max(ties, default=(NO_TIE, -1))  # the strongest tie, the most recent of its type on a draw
            group = pool[n] if strength > NO_TIE else None
        if group is None:
            group = _Group()
            groups.append(group)
        elif group in candidates:
            candidates.remove(group)
        group.add(mention, grounds, event.cameo_root in settings.symmetric_roots)
        at[token.i] = group
        if event.plover is None:
            statement = statements[frozenset(event.sources), event.cameo] = group
            if _body_speaking(group, token, grounds.parties):
                bodies[grounds.parties.codes.get(next(iter(group.sources), ""), ""), event.cameo] = group
        candidates.append(group)
        if len(candidates) > settings.reach:
            del candidates[0]
    return [_merged(group, grounds.parties.described) for group in groups]


def _has_own_doer(deed: Token) -> bool:
    """Whether a deed's noun names its doer by a possessive noun ("in the army's air strikes"): a
    deed of its own, not the toll's of one told before."""
    return any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in deed.children)


def _latest_told_by(words: frozenset[str], pool: list[_Group]) -> list[_Group]:
    """Of a pool of events, the one told last by a word of these lemma groups, which a definite
    noun of them refers back to ("killed in the air strikes": the strikes or bombing told last);
    none where no event was told by them (the noun then names by another word a deed told before:
    "a smuggler was hurt in a police raid ... two officers were hurt in the gunfight")."""
    return [group for group in pool if not words.isdisjoint(group.trigger_groups)][-1:]


def _tie(group: _Group, mention: _Mention, grounds: Grounds, settings: MentionSettings, telling: _Telling) -> int:
    """How strongly a mention is tied to an event: NO_TIE where they disagree or nothing links
    them; SAME_ACTORS above the rest; then a mention linked by its word (its lemma group or a kin
    one) or by what it acts on again ("attacked an army base ... attacked the base"), above one
    linked otherwise; these above a noun that refers back to a deed of another code of its type
    by another word ("the attack" after "a suicide bombing"; after "a suicide attack", its own word)."""
    event, last, times, known_by = mention.event, group.mentions[-1], grounds.times, grounds.parties
    if event.plover is None or last.event.plover is None:
        return NO_TIE  # a plain statement is one every time someone speaks
    if _negated(mention.token) or _negated(last.token) or _another_of_its_kind(mention.token) and not mention.toll:  # "his son was hurt too": its toll
        return NO_TIE
    if _many_as_one(mention.token) and not any(_many_as_one(m.token) for m in group.mentions):
        return NO_TIE  # "a bombing ... a spate of bombings": not one of them, though another spate may retell it
    if mention.token.tag_ != "NNS" and all(_many_as_one(m.token) for m in group.mentions):
        return NO_TIE  # "a wave of attacks ... condemned the bombing": one deed, not the whole ("the bombings" may be)
    if mention.on_oneself() != all(m.on_oneself() for m in group.mentions):
        return NO_TIE  # "shot three guards ... shot himself": one victim of their own
    referring = refers_back(mention.token)
    word = mention.trigger_group()
    same_word = word in group.trigger_groups
    if not same_word and not apart_groups(word).isdisjoint(group.trigger_groups):
        return NO_TIE  # "arrested on Saturday ... charged on Monday": two acts of one code
    named_later = group.named_later(mention, known_by.described)
    crossing = event.plover not in group.plovers
    if crossing and not (same_word and (mention.refers_back_by_word() or named_later)):
        return NO_TIE  # only a word of the deed's own lemma group refers back across types: "charged" 173 ... "the indictment" 1121, "a man was charged" 112 ... "Tom Reed was charged" 173
    kin_word = not kin_groups(word).isdisjoint(group.trigger_groups)  # "the strike", "the bombing": any code of the type, no tie alone
    codes_agree = crossing or kin_word and not same_word or referring and same_word or any(_codes_agree(code, event.cameo) or same_word and code[:2] == event.cameo_root for code in group.codes)
    toll = mention.toll
    if not codes_agree and not ((referring or toll) and event.quad_class in MATERIAL_QUADS or referring and _same_kind(event, group)):
        return NO_TIE  # "the assassination" may name "shot"; not "captured" "fighting", nor "the conviction" "alleged"
    if locating_place(event, grounds) and not all(places_agree(event.place, place, grounds.places) for place in group.places):
        return NO_TIE
    if _dated_apart(event, times, group):
        return NO_TIE
    symmetric = event.cameo_root in settings.symmetric_roots
    tally = _unnamed_toll_again(mention, group)
    told_in_the_deed = mention.toll_of is not None  # "two officers were wounded in the gunfight": its victims, not the deed's others
    victim_again = (same_word or kin_word) and mention.harms_one_introduced()  # "shot Ann Lee ... fled when a driver was shot dead"
    if not (tally or named_later or told_in_the_deed or victim_again) and (acted_on := mention.object(symmetric)) is not None and any(acted_on.isdisjoint(known) for known in group.objects_apart(mention)):
        return NO_TIE  # "attacked Kharkiv", "attacked Odesa": two attacks, named or not
    sources, targets = (set(), set()) if _bare_reference(mention.token) else (set(event.sources), set(event.targets))
    known_targets = _named_first(group.targets - group.introduced_actors | targets, known_by.described) if named_later else group.targets  # "a man" named now
    if symmetric:
        parties, known = sources | targets, group.sources | group.targets
        roles = known_by.roles
        agree, same_actors = _nested(parties, known, roles), len(parties) > 1 and _alike(parties, known, roles)
    else:
        nominal = mention.token.pos_ == "NOUN" or all(m.token.pos_ == "NOUN" for m in group.mentions)
        sources_agree = _nested(sources, group.sources, known_by) or nominal and bool(targets) and targets == known_targets
        agree = sources_agree and _nested(targets, known_targets, known_by) or not toll and _one_side_among(sources, targets, group)  # a toll's victims are its targets
        agree = agree or _compatriots_again(mention, group, known_by, settings.window) or _headline_retold(mention, group, targets, known_by)
        same_actors = bool(sources and targets) and sources == group.sources and targets == known_targets
    if not agree:
        return NO_TIE
    if same_actors:
        return SAME_ACTORS
    gap = mention.sentence - last.sentence
    if not codes_agree:  # below any tie of an event with its code; a toll naming no deed only within `window` sentences ("two officers were shot ... the blaze was set")
        return REFERRED if referring or told_in_the_deed or gap <= settings.window else NO_TIE
    same_target = bool(targets) and _alike(targets, known_targets, known_by)
    same_doer = bool(sources) and _alike(sources, group.sources, known_by)
    no_other_date = event.when not in times or times[event.when] in group.times
    headline_again = group.mentions[0].headline and not mention.headline and mention.token.pos_ == "NOUN" and same_doer and no_other_date  # "X makes plea to MPs" ... "X later made an urgent plea to all parties"
    lead_retells = last.headline and mention.lead  # the lead tells the headline's news, by its word or a kin one: "Bomb attack on bus" ... "a bomb exploded on a bus"
    repeated = 0 < gap and (same_word and (gap <= settings.window or word in DONE_ONCE or lead_retells or headline_again or tally or _unnamed_noun_again(mention, group)) or kin_word and lead_retells)
    shared_side = same_target or same_doer
    near = gap <= settings.window or _done_to_someone_named(mention.token) or same_doer and gap <= QUOTED_AGAIN_GAP and _done_by_its_title(mention, group, telling)
    retold = codes_agree and 0 < gap and (shared_side and near or same_target)
    same_date = event.when in times and times[event.when] in group.times
    same_place = event.place in group.places and bool(sources & group.sources or targets & group.targets)
    counted = toll and 0 < gap <= settings.window  # "gunmen opened fire ... Two people were killed"
    if not (repeated or retold or same_date or same_place or referring or counted):
        return NO_TIE
    return WORDED if kin_word or _acts_on_again(mention, group) else LINKED


def _done_by_its_title(mention: _Mention, group: _Group, telling: _Telling) -> bool:
    """Whether a deed told of someone by a role noun alone is told again of one person named with
    that noun as their title ("a park ranger shot the man ... Ranger Jo Hale fired twice")."""
    doers = mention.event.sources
    if len(doers) != 1 or doers[0] not in telling.people or not group.sources:
        return False
    title = telling.titles.get(doers[0], set())
    return all(not title.isdisjoint(telling.role_words.get(actor, ())) for actor in group.sources)


def _of_other_types(mention: _Mention, recent: dict[str, list[_Group]], candidates: list[_Group], described: frozenset[str]) -> list[_Group]:
    """The recent deeds of other PLOVER types a mention referring back may name by a word of their
    own lemma group (`_Mention.refers_back_by_word`: "charged" 173, a COERCE ... "the indictment"
    1121, an ACCUSE; "charged a man" 112 ... "the man was charged" 173), or those whose one told
    so far by an indefinite noun it names by that word (`_Group.named_later`: "a driver was
    charged in the crash" 112 ... "Tom Reed, 41, was charged on Tuesday" 173)."""
    if mention.event.plover is None:
        return []
    referring = mention.refers_back_by_word()
    if not (referring or mention.acts_on_one_named(described)):
        return []
    word = mention.trigger_group()
    return [
        g
        for groups in recent.values()
        if groups is not candidates
        for g in groups
        if g.mentions[-1].event.plover is not None and word in g.trigger_groups and (referring or g.named_later(mention, described))
    ]


def _compatriots_again(mention: _Mention, group: _Group, parties: Parties, window: int) -> bool:
    """A cooperative deed done to no one named, told again soon after with its code and word, by
    role nouns of one country ("the Somali troops withdrew from the port ... the militia withdrew
    first"): one body told two ways, not two bodies doing it."""
    event = mention.event
    if event.quad_class not in COOPERATIVE_QUADS or event.targets or group.targets:
        return False  # two sides of a fight, or of a quarrel, may each do it
    if event.cameo not in group.codes or mention.trigger_group() not in group.trigger_groups:
        return False
    if not 0 < mention.sentence - group.mentions[-1].sentence <= window:
        return False
    actors = {*event.sources, *group.sources}
    countries = {parties.codes.get(actor, "")[:COUNTRY_CODE] for actor in actors}
    return bool(event.sources) and actors <= parties.generic and len(countries) == 1


def _acts_on_again(mention: _Mention, group: _Group) -> bool:
    """Whether a verb mention acts on a thing named by a word the event's verbs acted on ("an army
    base ... the base")."""
    head = mention.object_head()
    return head is not None and any(head.lemma_.lower() in acted_on for acted_on in group.objects)


def locating_place(event: Event, grounds: Grounds) -> bool:
    """Whether an event's place tells where it happened, as far as telling it apart goes: not a
    country that is one of its actors' own ("the US envoy arrived": the envoy's country, not where
    he arrived)."""
    where = grounds.places.get(event.place) if event.place else None
    if where is None or not where.nation:
        return event.place is not None
    codes = grounds.parties.codes
    return all(codes.get(actor, "")[:COUNTRY_CODE] != where.country for actor in (*event.sources, *event.targets))


def _same_kind(event: Event, group: _Group) -> bool:
    """Words of verbal conflict of one PLOVER mode and context among the event's mentions
    ("accused" and "the criticism": disapproval; "the conviction", a legal one, is not what was
    "alleged"; "welcomed" and "the tour" are two things)."""
    return event.quad_class == VERBAL_CONFLICT and any(m.event.plover_mode == event.plover_mode and m.event.plover_context == event.plover_context for m in group.mentions)


def _bare_reference(token: Token) -> bool:
    """A definite noun that names no party of its own ("the riot", "during the talks", "Monday's
    meeting"): the actors read around it in its sentence (a speaker, a bystander) are not its
    parties, so they do not tell it apart from the event it refers back to."""
    if not refers_back(token):
        return False
    owners = [c for c in token.children if c.dep_ == "poss"]
    owners += [o for c in token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return all(docdata.at(o, "actors") is None for o in owners)


def _as_compared(event: Event, token: Token) -> Event:
    """A mention as compared with others: a bare reference (`_bare_reference`) without a place or
    date read from its sentence outside its own phrase ("the bombing followed strikes in the West
    Bank": the strikes' place, not the bombing's), as it is without the actors read around it."""
    if not _bare_reference(token):
        return event
    phrase = token.doc[token.left_edge.i : token.right_edge.i + 1]
    foreign = {
        name: None
        for name, kind in (("place", "places"), ("when", "times"))
        if getattr(event, name) and not any(s.label_ == getattr(event, name) and phrase.start <= s.start < phrase.end for s in docdata.spans(token.doc, kind))
    }
    return event.model_copy(update=foreign) if foreign else event


def _dated_by_its_moment(event: Event, token: Token, dates: dict[int, str]) -> Event:
    """A mention without a date of its own, as compared with others, dated by the deed its clause
    after "when" tells ("ten were killed when jets bombed a road on Sunday": Sunday's), which
    happened at its moment; `dates` maps trigger positions to their time ids."""
    if event.when is not None:
        return event
    moment = next((dates[c.i] for c in _when_clauses(token) if c.i in dates), None)
    return event if moment is None else event.model_copy(update={"when": moment})


def _deeds_told_in(token: Token, positions: set[int]) -> list[Token]:
    """The triggers (at `positions`) after "in", "by" or "during" on a verb or a verb joined to it
    ("two were killed and five hurt *in air strikes*")."""
    verbs = [token, *(c for c in token.children if c.dep_ == "conj"), *([token.head] if token.dep_ == "conj" else [])]
    deeds = syntax.pobjs(c for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in DEED_PREPOSITIONS)
    return [d for d in deeds if d.i in positions]


def _toll(event: Event, token: Token, deeds: list[Token]) -> bool:
    """A passive of harm naming no one who did it ("two were killed", "several were wounded") and
    no new deed of its own among `deeds`, those told in it ("two were killed in air strikes":
    those strikes'; "in the air strikes" tells those told before): the toll of a deed told before."""
    if event.plover not in TOLL_TYPES or event.sources or token.pos_ != "VERB" or any(c.dep_ == "agent" for c in token.children):
        return False
    if not (any(c.dep_ == "auxpass" for c in token.children) or _victims_counted(token)):
        return False
    return all(refers_back(d) for d in deeds)


def _done_to_someone_named(token: Token) -> bool:
    """A verb whose object is a personal pronoun ("he shot her"): done to someone the story has
    named, so told again anywhere in it by the same side."""
    return token.pos_ == "VERB" and any(c.dep_ in OBJECT_DEPS and c.tag_ == "PRP" for c in token.children)


def _dated_apart(event: Event, times: dict[str, str], group: _Group) -> bool:
    """The mention's date cannot be the day of any date the event's mentions gave."""
    return event.when in times and any(dates_differ(times[event.when], known) for known in group.times)


def dates_differ(a: str, b: str) -> bool:
    """Two TIMEX3 values that cannot be one day: neither within the other ("2024-05" holds
    "2024-05-03") where both are calendar dates, else written alike and unequal (two weekdays);
    a weekday and a date without its year ("XXXX-WXX-5", "XXXX-12-25") are not compared. A part
    of a day is compared by its day ("2024-05-03TEV", Friday evening, is not "2024-05-10"), and a
    day with a week by the day's week ("2024-03-04", a Monday, is not last week's "2024-W09")."""
    a, b = _day_of(a), _day_of(b)
    if a.startswith(b) or b.startswith(a):
        return False
    if ISO_WEEK.match(a) or ISO_WEEK.match(b):
        a, b = _week_of(a), _week_of(b)
        if a == b:
            return False
    return _shape(a) == _shape(b) or _calendar(a) and _calendar(b)


def _week_of(value: str) -> str:
    """The ISO week of a calendar day ("2024-03-04" -> "2024-W10"); any other value as it is."""
    if not CALENDAR_DAY.match(value):
        return value
    year, week, _ = date.fromisoformat(value).isocalendar()
    return f"{year}-W{week:02d}"


def _day_of(value: str) -> str:
    """A calendar date without the part of the day a TIMEX3 value may add ("2024-05-03TEV" ->
    "2024-05-03"); any other value as it is."""
    day, part, _ = value.partition("T")
    return day if part and _calendar(day) else value


def _calendar(value: str) -> bool:
    """A calendar date, month or year: "2024-05-03", "2024-05", "2024"."""
    return all(ch.isdigit() or ch == "-" for ch in value)


def _shape(value: str) -> str:
    """How a TIMEX3 value is written, its digits aside: "XXXX-WXX-5" -> "XXXX-WXX-9"."""
    return "".join("9" if ch.isdigit() else ch for ch in value)


def _unnamed_toll_again(mention: _Mention, group: _Group) -> bool:
    """A toll told again where no party is named, in it or in the tolls told before: "nine houses
    were destroyed" further on in a story telling "dozens of buildings were burned" counts what
    the same deed did (a place or date of their own would have told them apart)."""
    event = mention.event
    unnamed = not (event.sources or event.targets or group.sources or group.targets)
    return unnamed and mention.toll and all(m.toll for m in group.mentions)


def _unnamed_noun_again(mention: _Mention, group: _Group) -> bool:
    """A noun naming an event again where it names no party of its own: "protests" further on in a
    story of protests, where neither names a party, are those protests; "a verdict", its parties
    unnamed or the finding's (the jurors as "they"), the one its party was "found guilty" in, where
    that sentence names no time ("found guilty in March" may be another verdict than the one
    reached now; a place or date of their own would have told them apart)."""
    event = mention.event
    if mention.token.pos_ != "NOUN" or not (set(event.sources) <= group.sources and set(event.targets) <= group.targets):
        return False
    unnamed = not (event.sources or event.targets or group.sources or group.targets)
    return any(m.token.pos_ == "NOUN" and unnamed or m.token.pos_ == "ADJ" and not _names_a_time(m.token.sent) for m in group.mentions)


def _names_a_time(sentence: Span) -> bool:
    """Whether a sentence names a time ("found guilty in March")."""
    return any(docdata.at(token, "times") is not None for token in sentence)


def _told_by_its_subject(mention: _Mention, at: dict[int, _Group]) -> _Group | None:
    """The event a verb mention tells the outcome of, where that event is its subject and of the
    same PLOVER type: "the explosion killed two officers", "the raid destroyed the depot", "an ambush
    on a convoy, which killed ten", "an attack on a bus in which ten died" (a relative clause's noun,
    or a noun its phrase hangs on), "a gunman tried to storm the hall" (the subject of the verb
    whose clause it is), "a night of raids left ten dead and 40 wounded" (the subject of the word
    it is joined to, where it has none of its own or only the number it counts), "the blast tore
    through a church, killing 20" (of the verb a participle without a subject tells the outcome of)."""
    token = mention.token
    if token.pos_ != "VERB" or mention.event.plover is None or _negated(token):
        return None
    clause = token
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    while (clause.dep_ in SHARED_SUBJECT_DEPS or clause.dep_ == "advcl" and clause.tag_ == "VBG") and not subjects or clause.dep_ == "conj" and all(s.pos_ == "NUM" for s in subjects):
        clause = clause.head  # "a gunman tried to storm the hall", "tore through a church, killing 20", "left ten dead and 40 wounded"
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if clause.dep_ == "relcl" and any(r.tag_ == "WDT" for r in (*subjects, *syntax.pobjs(c for c in clause.children if c.dep_ == "prep"))):
        subjects = _noun_and_owners(clause.head)  # "an attack on a bus, which (or in which) ..."
    return _deed_told_at(_with_their_deeds(subjects), mention.event.plover, at)


def _what_its_subject_was(mention: _Mention, at: dict[int, _Group], candidates: list[_Group]) -> _Group | None:
    """The deed a noun of its PLOVER type says its subject was, the subject a noun of a deed: "the
    stabbing was his third attack on her", "the raid was the deadliest attack this year" (one deed
    named twice, however the second counts or ranks it); a subject that tells no event of its own
    ("the alleged stabbing") names the one told last by its word or a kin one, and "it" or "this"
    the one of the sentence before ("Police raided a mosque. It was the second raid this week")."""
    token, plover = mention.token, mention.event.plover
    verb = token.head
    if plover is None or token.pos_ != "NOUN" or token.dep_ != "attr" or verb.lemma_ != "be" or _negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in DEED_PRONOUNS:
        return next((g for g in reversed(candidates) if g.mentions[-1].sentence == mention.sentence - 1), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    if (group := _deed_told_at([subject], plover, at)) is not None or not refers_back(subject):
        return group
    return next(iter(_latest_told_by(kin_groups(trigger_group(subject.lemma_.lower()).name), candidates)), None)


class _Telling:
    """What telling a statement's parts apart needs of a document, read when first needed."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def story_start(self) -> int:
        """The index of the story's first sentence, the first that ends as a sentence does and is
        no web address: the lines before it (a title, a subtitle, a web address) are its headline."""
        ends = (n for n, sentence in enumerate(self.doc.sents) if _ends_sentence(sentence) and not any(t.like_url or t.lower_.startswith(WEB_SCHEMES) for t in sentence))
        return next(ends, 0)

    @cached_property
    def dateline(self) -> range:
        """The tokens of the dateline the article opens with: its place, date and agency, up to the dash."""
        found = datelines.dateline(self.doc)
        return range(found[0], found[2]) if found else range(0)

    @cached_property
    def quotations(self) -> frozenset[int]:
        """The sentences that open with a quotation mark."""
        return frozenset(n for n, sentence in enumerate(self.doc.sents) if sentence[0].is_quote)

    @cached_property
    def people(self) -> dict[str, str]:
        """Person actor id -> name."""
        return {a["id"]: a["name"] for a in docdata.data(self.doc, "actors") if a["kind"] == "person"}

    @cached_property
    def titles(self) -> dict[str, set[str]]:
        """Person actor id -> the words of the phrases naming them, in lower case ("Coroner Jo
        Hale": coroner, jo, hale), titles among them."""
        words: dict[str, set[str]] = {}
        for span in docdata.spans(self.doc, "actors"):
            if span.label_ in self.people:
                words.setdefault(span.label_, set()).update(t.lower_ for t in span)
        return words

    @cached_property
    def role_words(self) -> dict[str, set[str]]:
        """Actor id -> the head words, in lower case, of the phrases naming it, where no person's
        name heads them ("a park ranger": ranger)."""
        words: dict[str, set[str]] = {}
        for span in docdata.spans(self.doc, "actors"):
            if span.label_ not in self.people and span.root.pos_ == "NOUN":
                words.setdefault(span.label_, set()).add(span.root.lower_)
        return words

    @cached_property
    def titled(self) -> dict[str, list[str]]:
        """A word of the phrases naming people -> those people (`titles`): whom a role noun may title."""
        people: dict[str, list[str]] = {}
        for person, words in self.titles.items():
            for word in words:
                people.setdefault(word, []).append(person)
        return people

    def goes_on(self, speaker: Token, sources: list[str]) -> bool:
        """Whether a statement's speaker is one the story goes on with: a pronoun, a definite
        common noun naming no one ("the officials", "the minister"), or a person named by less
        than the full name ("Ms Wambui" for Jane Wambui)."""
        phrase = speaker.doc[speaker.left_edge.i : speaker.right_edge.i + 1]
        if speaker.tag_ == "PRP" or _definite(speaker) and not any(t.pos_ == "PROPN" for t in phrase):
            return True
        name = self.people.get(sources[0]) if len(sources) == 1 else None
        return name is not None and " " in name and name.casefold() not in phrase.text.casefold()


def _continued_statement(mention: _Mention, last: _Group | None, grounds: Grounds, telling: _Telling) -> _Group | None:
    """The statement a plain statement goes on with: the story's latest one, by the same
    speakers (`_same_speakers`), told at most `STATEMENT_GAP` sentences before (the sentences of a quotation between
    not counted), where the speaker gives the words themselves or is now one the story goes on
    with (`_Telling.goes_on`): "X says talks will go on. He says a deal is near.", "X says talks
    will go on. "We are close," she said.": one statement told in parts, not another. Named again
    in full in indirect speech ("Russia said A. Russia said B."), the speaker is left to
    `_spoken_again`.
    In the statement's own sentence, only what it reports in its words (`_within_statement`) or the
    cue that introduces its words (`_cue_of`)."""
    event, token = mention.event, mention.token
    if event.plover is not None or last is None or not event.sources or not _same_speakers(mention, last, grounds.parties, telling):
        return None
    before = last.mentions[-1].sentence
    if mention.sentence == before:
        told = last.mentions[-1].token
        return last if _within_statement(mention, told) or _cue_of(mention, told, last) else None
    if mention.sentence < before:
        return None
    between = (n for n in range(before + 1, mention.sentence) if n not in telling.quotations)
    if mention.sentence - before > STATEMENT_GAP and next(islice(between, STATEMENT_GAP - 1, None), None) is not None:
        return None
    if _dated_apart(event, grounds.times, last):
        return None
    if any(t.is_quote for t in token.sent):
        return last
    speaker = syntax.speaker(token)
    return last if speaker is not None and telling.goes_on(speaker, event.sources) else None


def _same_speakers(mention: _Mention, group: _Group, parties: Parties, telling: _Telling) -> bool:
    """Whether a statement's speakers are the statement's, or one person told by name and by a
    role noun alone of their title, either first ("Coroner Jo Hale said ... The coroner said", the
    two read as two actors), or, after that, by name again, or a body told by a pronoun after a
    noun standing for it ("the Kenyan coast guard said ... it said", the coast guard read apart)."""
    sources = set(mention.event.sources)
    if sources == group.sources:
        return True
    if not _alike(sources, group.sources, parties.roles):
        return False
    if sources < group.sources:
        return True
    named = {actor for actor in sources | group.sources if actor in telling.people}
    if not named:  # bodies of one code read as two actors: "the Kenyan coast guard said ... it said"
        speaker = syntax.speaker(mention.token)
        return speaker is not None and speaker.tag_ == "PRP"
    title = _role_noun(mention.token, parties) or next((t for m in group.mentions if (t := _role_noun(m.token, parties)) is not None), None)
    return title is not None and all(title.lower_ in telling.titles.get(person, ()) for person in named)


def _role_noun(cue: Token, parties: Parties) -> Token | None:
    """A speech cue's speaker where it is a singular noun that is an actor named by its code alone
    ("the coroner said", "the District Attorney said"), not one holding an actor ("the commission
    of university chancellors said")."""
    speaker = syntax.speaker(cue)
    return speaker if speaker is not None and speaker.tag_ in ROLE_TAGS and docdata.at(speaker, "actors") in parties.generic else None


def _titled_speaker_statement(mention: _Mention, statements: dict[tuple[frozenset[str], str], _Group], grounds: Grounds, telling: _Telling) -> _Group | None:
    """For a statement told by a role noun alone, the latest statement with its code of one person
    whose title it is ("Mayor Jo Hale said ... the mayor said"), where the role noun may stand for them."""
    title = _role_noun(mention.token, grounds.parties)
    if title is None or len(mention.event.sources) != 1:
        return None
    found = (statements.get((frozenset({person}), mention.event.cameo)) for person in telling.titled.get(title.lower_, ()))
    groups = [g for g in found if g is not None and _alike(set(mention.event.sources), g.sources, grounds.parties.roles)]
    return max(groups, key=lambda g: g.mentions[-1].sentence, default=None)


def _spoken_again(mention: _Mention, statements: dict[tuple[frozenset[str], str], _Group], grounds: Grounds, telling: _Telling) -> _Group | None:
    """The latest statement of the same speakers with its code (one of theirs of another code
    between, "saying he doubts" in a subtitle, hides it not), that a plain statement at most
    `QUOTED_AGAIN_GAP` sentences further on tells in another part, as a story quotes one briefing,
    release or interview in parts ("police said the car was stolen ... the driver fled, police
    said": one statement), or further on where both are in one simple tense, as a story quotes one
    interview or briefing throughout ("X says ... X explains", "X told CTV ... X said"), or where
    the lead sums it up in the present (`_summed_up_in_the_lead`), unless
    each is told to another addressee, the later is in the past perfect ("had said": an earlier
    occasion), on a date the statement did not give or in a place apart from its. A role noun
    alone may tell the speaker named before by that title (`_titled_speaker_statement`)."""
    event = mention.event
    group = statements.get((frozenset(event.sources), event.cameo)) if event.plover is None and event.sources else None
    group = group or (_titled_speaker_statement(mention, statements, grounds, telling) if event.plover is None else None)
    if group is None or mention.sentence <= group.mentions[-1].sentence:
        return None
    far = mention.sentence - group.mentions[-1].sentence > QUOTED_AGAIN_GAP
    if far and not (_in_one_simple_tense(mention.token, group.mentions[-1].token) or _summed_up_in_the_lead(group)):
        return None
    return group if _one_occasion(mention, group, grounds) else None


def _summed_up_in_the_lead(group: _Group) -> bool:
    """Whether a statement is first told in the simple present by the headline or the lead, which
    sum up what the story quotes ("Crime is down, says the sheriff" ... "We made 40 arrests," he
    said): the story's own interview, told further on in any simple tense."""
    first = group.mentions[0]
    return first.lead and _tense(first.token) == (True, False)


def _one_occasion(mention: _Mention, group: _Group, grounds: Grounds) -> bool:
    """Whether a later statement may tell the group's occasion again: not told to another addressee,
    nor in the past perfect (an earlier occasion), nor in a place apart, nor on a date the group
    did not give, unless the group is a headline's, which gives none, and the mention is in the
    lead, which tells the headline's news by its word ("Mayor says budget is safe" ... "The mayor
    said on Monday the budget was safe")."""
    event = mention.event
    if _told_apart(mention, group, grounds.parties) or _told_before(mention.token) or _placed_apart(event, group, grounds):
        return False
    headline_retold = mention.lead and all(m.headline and m.event.trigger == event.trigger for m in group.mentions)
    return event.when not in grounds.times or grounds.times[event.when] in group.times or headline_retold


def _body_speaking(group: _Group, statement: Token, parties: Parties) -> bool:
    """Whether a statement is one body's told by its role noun alone to no one named ("police
    said", "the Interior Ministry said"): not one person's told by a role noun ("the surgeon
    said"), nor one told to someone ("police told him"), its own occasion."""
    if len(group.sources) != 1 or not group.sources <= parties.roles.generic or _told_to_someone(statement) or group.targets:
        return False
    speaker = syntax.speaker(statement)
    return speaker is None or speaker.tag_ != "NN"


def _named_for_its_body(mention: _Mention, bodies: dict[tuple[str, str], _Group], grounds: Grounds, telling: _Telling, window: int) -> _Group | None:
    """The statement of a body told by its role noun alone ("police said"), no one named joining it
    yet, that a plain statement of one person named with that body's code tells again at most
    `window` sentences further on (`QUOTED_AGAIN_GAP` where a common noun told the body, "deputies
    said": a story quotes one briefing in parts), or anywhere after a lead that sums it up in the present
    (`_summed_up_in_the_lead`: "..., police say" ... "Sergeant Dan Hale said"): the story names who
    spoke for it ("police said ... Sergeant Dan Hale said": one statement), unless `_one_occasion`
    tells them apart."""
    event = mention.event
    if event.plover is not None or len(event.sources) != 1 or event.sources[0] not in telling.people:
        return None
    code = grounds.parties.codes.get(event.sources[0], "")
    group = next((bodies[key] for n in range(len(code), COUNTRY_CODE, -COUNTRY_CODE) if (key := (code[:n], event.cameo)) in bodies), None)
    if group is None or not group.sources <= grounds.parties.roles.generic:
        return None
    gap = mention.sentence - group.mentions[-1].sentence
    near = gap <= window or gap <= QUOTED_AGAIN_GAP and _told_by_common_noun(group)
    if not (0 < gap and (near or _summed_up_in_the_lead(group))):
        return None
    return group if _one_occasion(mention, group, grounds) else None


def _told_by_common_noun(group: _Group) -> bool:
    """Whether a statement's speaker is a common noun ("deputies said", "police said"), not a
    body's name ("the Federal Security Service said"), which may be another of the code."""
    speaker = syntax.speaker(group.mentions[0].token)
    return speaker is not None and speaker.pos_ == "NOUN"


def _in_one_simple_tense(a: Token, b: Token) -> bool:
    """Whether two speech cues are both in the simple present ("says", "explains") or both in the
    simple past ("told", "said")."""
    return _tense(a) == _tense(b) and not _tense(a)[1]


def _told_apart(mention: _Mention, group: _Group, parties: Parties) -> bool:
    """Whether a statement told to someone is no part of the statement it may go on with: one not
    told to the same ("told CTV ... told CBC", "said ... told his wife"). A statement told to no
    one goes on with one told to someone ("X told CTV ... X said": one interview), and one told
    to the media with one of the same speakers told to no one ("X said ... X told CNN": the
    interview quoted)."""
    told = mention.event.targets
    if not (told or _told_to_someone(mention.token)):
        return False
    same_speakers = set(mention.event.sources) == group.sources  # not a body's words and its official's to a paper
    if told and same_speakers and not group.targets and all(parties.codes.get(actor, "")[COUNTRY_CODE:] == MEDIA for actor in told):
        return False
    return set(told) != group.targets or not any(_told_to_someone(m.token) for m in group.mentions)


def _placed_apart(event: Event, group: _Group, grounds: Grounds) -> bool:
    """Whether a statement's text names a place none of the statement's places may be ("said in
    Paris ... said in Rome")."""
    if not locating_place(event, grounds) or not group.places:
        return False
    return not any(places_agree(event.place, place, grounds.places) for place in group.places)


def _ends_sentence(sentence: Span) -> bool:
    """Whether a sentence ends with a full stop, a question or an exclamation mark (a closing
    quotation mark aside), as a story's do and a headline's do not."""
    last = next((t for t in reversed(sentence) if not (t.is_quote or t.is_space)), None)
    return last is not None and last.text in SENTENCE_ENDS


def _told_before(verb: Token) -> bool:
    """A verb in the past perfect ("had said"): told on an occasion before the story's."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _within_statement(mention: _Mention, statement: Token) -> bool:
    """A statement by the same speaker reported within another, in its tense, to no one: "X says
    it expects a deal", "X said the crop failed in a season he described as the driest" (not "X said
    he told police", told to someone, an act of its own, nor "X says he said so in May")."""
    token = mention.token
    if mention.event.targets or statement not in token.ancestors or _tense(token) != _tense(statement):
        return False
    return speech_cues().get(token.lemma_.lower()) is not None and not _told_to_someone(token)


def _cue_of(mention: _Mention, words: Token, statement: _Group) -> bool:
    """Whether a plain speech cue, told to no one, introduces words told before it in its sentence
    that go on with a statement of its speaker and code: "X told CTV ... "We hope to reopen," she
    said" (words alone with a code of their own, an optimistic comment, are what the cue says)."""
    cue = mention.token
    if mention.event.cameo not in statement.codes or mention.event.targets or _told_to_someone(cue):
        return False
    return words.i < cue.i and cue in words.ancestors


def _told_to_someone(cue: Token) -> bool:
    """Whether a speech cue names whom it was told to ("told reporters", "told him"): its object,
    where the cue's object is no frame of what was said."""
    known = speech_cues().get(cue.lemma_.lower())
    return any(c.dep_ == "dative" or c.dep_ == "dobj" and (known is None or "dobj" not in known.frames) for c in cue.children)


def _tense(verb: Token) -> tuple[bool, bool]:
    """Whether a verb is in the present tense, and whether in the perfect ("has said", "had said")."""
    return syntax.in_present(verb), any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _noun_and_owners(noun: Token) -> list[Token]:
    """A noun and the nouns its phrase hangs on through prepositions, and the participles on them,
    nearest first, `OWNER_HOPS` at most: "the raid on the camp by the river" from "river", "the
    ambush on a truck carrying troops near the river" from "river"."""
    found = [noun]
    while len(found) <= OWNER_HOPS and found[-1].dep_ == "pobj" and found[-1].head.dep_ == "prep":
        owner = found[-1].head.head
        found.append(owner.head if owner.dep_ == "acl" and owner.pos_ == "VERB" else owner)
    return found


def _joined_deed(mention: _Mention, at: dict[int, _Group]) -> _Group | None:
    """The deed a verb joined to another of its PLOVER type tells with it, where the two share
    their subject and one object: "stabbed and wounded a guard", "was beaten and robbed" (a deed told
    by two verbs), or counting its victims ("two were killed and five wounded", "shot six and
    stabbed nine"), not "arrested him and charged him" (two objects, two acts) nor verbs of groups
    apart ("was arrested and charged"); two words of one lemma group tell one conduct whatever their
    codes ("harassed and intimidated": 180, 130) where neither names as a doer whom the other acts on
    (one word said twice tells two: "agreed to fund it and also agreed to run it")."""
    token = mention.token
    if token.pos_ != "VERB" or not (token.dep_ == "conj" or _listed_participle(token)) or _negated(token):
        return None
    group = at.get(token.head.i)
    if group is None:
        return None
    one_conduct = mention.trigger_group() in group.trigger_groups and mention.event.trigger not in {m.event.trigger for m in group.mentions} and _sides_compatible(mention.event, group)
    if not one_conduct and (mention.event.quad_class not in MATERIAL_QUADS or group.mentions[-1].event.plover != mention.event.plover):
        return None
    if not apart_groups(mention.trigger_group()).isdisjoint(group.trigger_groups):
        return None  # "was arrested and charged": two acts
    if _victims_counted(token):
        return group
    if any(c.dep_ in NOUN_SUBJECT_DEPS for c in token.children):
        return None  # "police fired and protesters fled": each verb its own subject
    if _counts_victims(token) and _counts_victims(token.head):
        return group  # "shot six guards and stabbed nine": one deed's toll
    own_objects = [v for v in (token, token.head) if any(c.dep_ in OBJECT_DEPS for c in v.children)]
    return group if len(own_objects) < 2 else None


def _listed_participle(token: Token) -> bool:
    """A bare past participle after a comma on the verb before it, a headline's list of what befell
    one ("Jogger struck, killed on Route 9", "Guard shot, wounded in raid"): joined as "and" would
    join it, though the parser reads a clause of its own."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBN"
        and token.head.i < token.i
        and token.nbor(-1).text == ","
        and not any(c.dep_ in LISTED_PARTICIPLE_BARS for c in token.children)
    )


def _sides_compatible(event: Event, group: _Group) -> bool:
    """Whether an event's doers are none of the group's targets, nor its targets the group's doers."""
    return set(event.sources).isdisjoint(group.targets) and set(event.targets).isdisjoint(group.sources)


def _purpose_of_deed(mention: _Mention, host: int | None, at: dict[int, _Group]) -> _Group | None:
    """The deed whose purpose a "to" clause of its PLOVER type tells, which is no second deed:
    "marched through the city to protest the cuts", "held a strike to protest" (the host may be
    the verb that carries the deed's noun)."""
    token = mention.token
    if host is None or token.dep_ != "advcl" or not syntax.is_to_infinitive(token):
        return None
    verb = token.doc[host]
    return _of_its_type(mention, at.get(host) or next((at[c.i] for c in verb.children if c.dep_ in OBJECT_DEPS and c.i in at), None))


def _content_of_its_host(mention: _Mention, host: int | None, at: dict[int, _Group]) -> _Group | None:
    """The act of its own PLOVER type whose content clause tells it, no second act: "promised
    that aid would be sent" (the aid, coded a promise by its "would", is what was promised)."""
    token = mention.token
    clause = token.head if token.dep_ in OBJECT_DEPS else token
    if host is None or clause.dep_ not in CONTENT_DEPS or clause.head.i != host:
        return None
    return _of_its_type(mention, at.get(host))


def _of_its_type(mention: _Mention, group: _Group | None) -> _Group | None:
    """The group, where it holds a mention of the mention's PLOVER type."""
    return group if group is not None and mention.event.plover is not None and mention.event.plover in group.plovers else None


def _victims_counted(token: Token) -> bool:
    """A participle joined to a passive one, each with its own victims: "two were killed and
    five (were) wounded" counts what one deed did, where "police fired and protesters fled" are two;
    without its "were", read as a past tense with a counted subject and no object ("and 20 others
    wounded"); so is one joined to a count of the dead ("at least 12 miners are dead and scores
    injured")."""
    head = token.head
    passive = head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)
    dead_counted = head.lemma_ == "be" and _counts_victims(head, "nsubj") and any(c.dep_ == "acomp" for c in head.children)
    if not (passive or dead_counted):
        return False
    gapped = token.tag_ == "VBD" and _counts_victims(token, "nsubj") and not any(c.dep_ in OBJECT_DEPS for c in token.children)
    return token.tag_ == "VBN" or gapped


def _counts_victims(verb: Token, dep: str = "dobj") -> bool:
    """A verb whose object (or other `dep`) is a number of people or things ("shot *six* guards",
    "stabbed *nine*", "*dozens* injured")."""
    counts = argument_words().count_words
    return any(c.dep_ == dep and (c.pos_ == "NUM" or c.lemma_.lower() in counts or any(n.dep_ == "nummod" for n in c.children)) for c in verb.children)


def _part_of_deed(mention: _Mention, at: dict[int, _Group]) -> _Group | None:
    """The deed of its PLOVER type a mention is part of, told by the word it hangs on: a participle
    of its outcome with no subject of its own ("shot six, killing one"; "opened fire, killing one",
    the deed told by the verb's object), an adjective completing
    its verb ("found them guilty"), or a noun after "in", "by" or "during" ("killed two in the
    raid", "found guilty by the jury's verdict")."""
    token, plover = mention.token, mention.event.plover
    if plover is None or _negated(token):
        return None
    if token.tag_ == "VBG" and token.dep_ == "advcl" and not any(c.dep_ in NOUN_SUBJECT_DEPS for c in token.children):
        tellers = [token.head, *(c for c in token.head.children if c.dep_ == "dobj")]  # "opened *fire*, killing two"
    elif token.pos_ == "ADJ" and token.dep_ in COMPLEMENT_DEPS:  # "found them guilty"
        tellers = [token.head]
    elif (token.pos_ == "NOUN" or _gerund_object(token)) and (phrase := _holder(token)).dep_ == "pobj" and phrase.head.lower_ in DEED_PREPOSITIONS:
        verb = phrase.head.head
        tellers = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "oprd"))]
    else:
        return None
    return _deed_told_at(tellers, plover, at)


def _named_by_its_verb(mention: _Mention, at: dict[int, _Group]) -> _Group | None:
    """The deed a noun is the object of, told by its verb with a code that agrees ("announced a
    set of new sanctions", "carried out the attack"): the verb and its object name one deed."""
    token, event = mention.token, mention.event
    if token.pos_ != "NOUN" or event.plover is None or (phrase := _holder(token)).dep_ != "dobj":
        return None
    group = _deed_told_at([phrase.head], event.plover, at)
    return group if group is not None and any(_codes_agree(code, event.cameo) for code in group.codes) else None


def _told_at_once(mention: _Mention, at: dict[int, _Group], times: dict[str, str]) -> _Group | None:
    """The deed of its PLOVER type a mention tells with a clause that happened at its moment, one
    being the other's clause after "when" (or the object of its verb: "opened *fire*", or a verb
    joined to the clause's: "when gunmen broke in and opened fire"): "a guard was killed when his
    truck exploded", "two died when rebels opened fire", "when rebels shelled the town, they hit
    the clinic"; not where the clause's subject is a pronoun or one its head's
    deed was done to ("the man was shot when he attacked a nurse": two deeds), nor where the
    mention's date differs from the deed's (one told before may hold another day's)."""
    token, event = mention.token, mention.event
    if event.quad_class not in MATERIAL_QUADS or _negated(token):
        return None
    verb = token.head if token.dep_ == "dobj" else token
    joined_to = [verb.head] if verb.dep_ == "conj" and _at_once(verb.head) else []  # "when gunmen stormed a hotel and opened fire"
    verb = joined_to[0] if joined_to else verb
    if _at_once(verb):
        group = _deed_told_at([_moment(verb), *joined_to], event.plover, at)
        group = group if group is not None and not _victim_acts(verb, group.targets) else None
    elif token.pos_ == "VERB":
        clauses = [c for c in _when_clauses(token) if not _victim_acts(c, set(event.targets))]
        joined = [*clauses, *(j for c in clauses for j in c.children if j.dep_ == "conj")]
        group = _deed_told_at([*joined, *(o for c in joined for o in c.children if o.dep_ == "dobj")], event.plover, at)
    else:
        return None
    return None if group is None or _dated_apart(event, times, group) else group


def _victim_acts(clause: Token, victims: set[str]) -> bool:
    """Whether a clause's subject is a pronoun or one of the victims of the deed it is told with."""
    return any(c.dep_ == "nsubj" and (c.tag_ == "PRP" or docdata.at(c, "actors") in victims) for c in clause.children)


def _at_once(token: Token) -> bool:
    """A verb heading a clause opened by "when" on another verb ("killed when his truck *exploded*"),
    or on the time noun that dates it, where a parser reads the clause as the noun's ("killed
    Friday *night* when a car struck her"); the "when" may hang on the clause's second verb,
    before it ("when a car struck and killed her")."""
    on_a_time = token.dep_ == "relcl" and token.head.dep_ == "npadvmod"
    if not (token.dep_ == "advcl" or on_a_time) or _moment(token).pos_ != "VERB":
        return False
    verbs = [token, *(c for c in token.children if c.dep_ == "conj")]
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in AT_ONCE_MARKERS and c.i < token.i for v in verbs for c in v.children)


def _moment(clause: Token) -> Token:
    """The verb whose moment a clause after "when" tells: its head, or its time noun's."""
    return clause.head.head if clause.dep_ == "relcl" else clause.head


def _when_clauses(verb: Token) -> list[Token]:
    """The clauses after "when" that tell a verb's moment (`_at_once`), on it or on its time noun."""
    return [c for n in (verb, *(n for n in verb.children if n.dep_ == "npadvmod")) for c in n.children if _at_once(c)]


def _gerund_object(token: Token) -> bool:
    """A gerund a preposition takes, read as a verb ("killed in 'very heavy' fighting"): a noun
    telling a deed."""
    return token.tag_ == "VBG" and token.dep_ == "pobj"


def _holder(noun: Token) -> Token:
    """The noun a deed's noun hangs on by "of" ("a week *of* drone strikes": week), else the
    noun itself: "were killed during a week of drone strikes" tells the strikes' toll."""
    prep = noun.head
    return prep.head if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" else noun


def _with_their_deeds(nouns: list[Token]) -> list[Token]:
    """Nouns and, after them, the nouns they hold by "of" ("the third day *of* shelling")."""
    return [*nouns, *syntax.pobjs(c for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of")]


def _deed_told_at(tokens: list[Token], plover: str, at: dict[int, _Group]) -> _Group | None:
    """The event of the PLOVER type told at the first of the tokens that tells one."""
    for token in tokens:
        group = at.get(token.i)
        if group is not None and group.mentions[-1].event.plover == plover:
            return group
    return None


def _one_side_among(sources: set[str], targets: set[str], group: _Group) -> bool:
    """Actors named on the wrong side by a headline and its story: a mention naming one side
    only, with actors the event has on either side ("Smith was arrested" after "Smith arrested on
    DUI charge" read Smith as its subject), or an event first told by a headline's bare
    participle naming one side only, all among the mention's parties ("Smith arrested over
    protest" ... "Police arrested Smith")."""
    parties, known = sources | targets, group.sources | group.targets
    if bool(sources) != bool(targets) and parties <= known:
        return True
    first = group.mentions[0].token
    return bool(group.sources) != bool(group.targets) and known <= parties and _bare_participle(first)


def _headline_retold(mention: _Mention, group: _Group, targets: set[str], parties: Parties) -> bool:
    """A headline's event told again by the story's lead in its type and with its target, the doer
    named otherwise ("Kenyan airlines agree jet deal with Boeing" ... "Officials in Nairobi agreed
    a deal with Boeing"): the lead retells the headline's news, whoever each names as its doer."""
    first = group.mentions[0]
    return first.headline and mention.lead and not mention.headline and mention.event.plover in group.plovers and bool(targets) and _alike(targets, group.targets, parties)


def _bare_participle(token: Token) -> bool:
    """A past participle with no auxiliary heading its clause: a headline's passive ("Smith
    arrested in Denver")."""
    return token.tag_ == "VBN" and token.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in token.children)


def _codes_agree(a: str, b: str) -> bool:
    return a == b or a[:2] == b[:2] and (a == a[:2] + "0" or b == b[:2] + "0")


def _nested(a: set[str], b: set[str], parties: Parties) -> bool:
    """One side's actors among the other's (or none named); given the `parties`, an actor named by
    its code alone standing for one of its code (`Parties.stands_for`: the story names one, then
    the other; over the parties of a symmetric code, a role noun only: `Parties.roles`), and people
    a phrase only describes (`described_people`) for anyone, as a pronoun may ("arrested a gunman
    ... the man was arrested"; "a second man was killed": the deed's victim)."""
    a, b = a - parties.described, b - parties.described
    return _among(a, b, parties) or _among(b, a, parties)


def _alike(a: set[str], b: set[str], parties: Parties) -> bool:
    """The same actors on a side, an actor named by its code alone standing for one of its code."""
    return _among(a, b, parties) and _among(b, a, parties)


def _among(a: set[str], b: set[str], parties: Parties) -> bool:
    """Each of a's actors one of b's, or one that stands for it or it stands for."""
    return a <= b or all(x in b or any(parties.stands_for(x, y) or parties.stands_for(y, x) for y in b) for x in a)


def refers_back(token: Token) -> bool:
    """A noun with a definite determiner or a possessor: "the meeting", "Kim's visit"."""
    return token.pos_ == "NOUN" and any(c.dep_ == "poss" for c in token.children) or _definite(token)


def _another_of_its_kind(token: Token) -> bool:
    """A noun or verb that tells a deed apart from those told before: "another attack", "a second
    bombing", "in a separate raid", "further clashes", "a similar plea", "he too resigned", "struck again"."""
    if token.pos_ == "VERB":
        return any(c.dep_ == "advmod" and c.lower_ in DONE_AGAIN for c in token.children)
    return token.pos_ == "NOUN" and any(c.dep_ in ("det", "amod") and c.lower_ in ANOTHER_OF_ITS_KIND for c in token.children)


def _many_as_one(token: Token) -> bool:
    """A plural deed noun without a determiner, held by an indefinite noun: many deeds told as one
    whole ("a wave of bombings", "a series of raids"); "one stage of the talks" is no such whole."""
    holder = _holder(token)
    return (
        token.tag_ == "NNS"
        and holder is not token
        and not any(c.dep_ in ("det", "poss") for c in token.children)
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in holder.children)
    )


def _definite(token: Token) -> bool:
    """A noun with a definite determiner: "the man", "this attack"."""
    return token.pos_ == "NOUN" and _determined_definitely(token)


def _determined_definitely(token: Token) -> bool:
    """A word with a definite determiner, a noun or an adjective standing for one ("the 14-year-old",
    "the wounded")."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _merged(group: _Group, described: frozenset[str] = frozenset()) -> Event:
    told = [m.told for m in group.mentions]
    if len(told) == 1:
        return told[0]
    main = max(told, key=lambda e: e.confidence)  # the first on ties
    events = [main, *(e for e in told if e is not main)]
    in_headline = {id(m.told) for m in group.mentions if m.headline}
    siding = sorted(events, key=lambda e: (id(e) in in_headline, bool(e.targets) and set(e.targets) <= described))  # a victim named before one described ("the suspect")
    sources = next((e.sources for e in siding if e.sources), [])
    mutual = bool(sources) and next(e for e in siding if e.sources).targets == sources  # "X and Y met": each the other's target
    targets = sources if mutual else next((e.targets for e in siding if [t for t in e.targets if t not in sources]), [])
    return main.model_copy(
        update={
            "spans": [e.spans[0] for e in events],
            "mentions": [e.spans[0] for e in told],
            "sources": sources,
            "targets": targets if mutual else [t for t in targets if t not in sources],
            "place": next((e.place for e in events if e.place), None),
            "when": next((e.when for e in events if e.when), None),
        }
    )
