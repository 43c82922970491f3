"""The CAMEO verb dictionary of Phoenix/PETRARCH (`CAMEO.verbpatterns.*.txt`, format in
`dictionaries.rst`) compiled into tidings' verb lexicon, `data/cameo_verbs.tsv`.

Each verb block gives its verbs a code (the block's, or the verb's own); its patterns refine it
by the words after the verb. tidings keeps the patterns its parse-based constraints can state:
nothing before the verb but actor slots, and after it at most a preposition and one noun (a
word, a synonym set, or a two-word phrase: modifier and head), as in "* (FOR AID)",
"* &CEASEFIRE", "* {FINANCIAL AID}", "* SANCTIONS AGAINST +". Longer phrases, transformations
and stems that are no English word are left out and counted in the file's header. Nouns are
lemmatized as spaCy reads them, so they compare with the lemmas of a parse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

SOURCE_GLOB = "CAMEO.verbpatterns.*.txt"
OUTPUT = "cameo_verbs.tsv"
ACTOR_SLOTS = frozenset({"$", "+", "%", "^"})  # source, target, both, skipped phrase
NO_EVENT = "---"
PREPOSITIONS = frozenset(
    "about above across after against along among around as at away back before behind below between beyond by "
    "down during for from in inside into near of off on onto out outside over past since through throughout to "
    "toward towards under until up upon with within without".split()
)
# Words that are grammar, not the noun a pattern names: a pattern using them is a phrase.
FUNCTION_WORDS = frozenset(
    "a an the this that these those it its he she they them his her their we our us who which what will would can "
    "could may might must shall should not no is are was were be been being has have had do does did and or but if "
    "whether said say says also still than there here".split()
)
COLUMNS = ("block", "lemma", "prep", "object", "modifier", "cameo")
ANY_VERB = "*"


@dataclass(frozen=True)
class Constraint:
    """What a pattern asks of the words after the verb (alternatives within each field)."""

    prep: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    modifier: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Entry:
    """One row of the lexicon: in a block, a verb lemma (or `*`: a pattern for every verb of the
    block), its constraints and its CAMEO code ("" = no event)."""

    block: str
    lemma: str
    constraint: Constraint
    cameo: str

    def row(self) -> list[str]:
        c = self.constraint
        return [self.block, self.lemma, *(" ".join(sorted(values)) for values in (c.prep, c.object, c.modifier)), self.cameo]


@dataclass
class Block:
    """A verb block: its name and code, its verbs (with their own codes) and its patterns."""

    name: str
    code: str
    verbs: list[tuple[str, str | None]] = field(default_factory=list)  # (verb line, own code)
    patterns: list[tuple[str, str]] = field(default_factory=list)  # (pattern body, code)


@dataclass
class Dictionary:
    synsets: dict[str, list[str]]
    blocks: list[Block]


Lemmatize = Callable[[str, str], str | None]  # (word, "NOUN" | "VERB") -> lemma, None if no English word


def import_verbs(source_dir: Path, data_dir: Path) -> list[Path]:
    """Compile the verb dictionary found in `source_dir` into `data_dir`/cameo_verbs.tsv."""
    source = _source(source_dir)
    from tidings.knowledge.ontology import cameo_codes

    dictionary = read_dictionary(source.read_text(encoding="utf-8", errors="replace"))
    counts: Counter[str] = Counter()
    entries = compile_entries(dictionary, spacy_lemmatizer(), frozenset(cameo_codes()), counts)
    path = data_dir / OUTPUT
    write_lexicon(path, source.name, entries, counts)
    return [path]


def read_dictionary(text: str) -> Dictionary:
    """Synonym sets and verb blocks of a verb dictionary's text."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: list[str] | None = None
    in_verbs = False
    for raw in text.splitlines():
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs, current_set = True, None
            continue
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if not in_verbs:
            if line.startswith("&"):
                current_set = synsets.setdefault(line.split()[0].rstrip("_").lower(), [])
            elif line.startswith("+") and current_set is not None:
                current_set.append(line[1:].strip())
            continue
        if line.startswith("---"):
            blocks.append(Block(name=line.strip("-# ").split()[0], code=_code(line) or NO_EVENT))
        elif not blocks or line.startswith("~"):
            continue  # transformations: verb-verb rules tidings does not take
        elif line.startswith("-"):
            code = _code(line)
            if code is not None:
                blocks[-1].patterns.append((line[1:].split("[", 1)[0].strip(), code))
        else:
            blocks[-1].verbs.append((re.split(r"[{\[]", line, maxsplit=1)[0].strip(), _code(line)))
    return Dictionary(synsets, blocks)


def compile_entries(dictionary: Dictionary, lemmatize: Lemmatize, known_codes: frozenset[str], counts: Counter[str]) -> list[Entry]:
    """The lexicon's entries, block by block: the block's verbs (lemma and own code), then its
    patterns (lemma `*`: they apply to every verb of the block)."""
    nouns = _Nouns(dictionary.synsets, lemmatize)
    entries: list[Entry] = []
    for block in dictionary.blocks:
        for line, own_code in block.verbs:
            counts["verbs"] += 1
            verb = verb_constraint(line, lemmatize, nouns)
            cameo = _known(own_code or block.code, known_codes)
            if verb is None or cameo is None:
                counts["verbs left out"] += 1
                continue
            entries.append(Entry(block.name, verb[0], verb[1], cameo))
        for body, code in block.patterns:
            counts["patterns"] += 1
            constraint = pattern_constraint(body, nouns)
            cameo = _known(code, known_codes)
            if constraint is None or cameo is None:
                counts["patterns left out"] += 1
                continue
            entries.append(Entry(block.name, ANY_VERB, constraint, cameo))
    return list(dict.fromkeys(entries))


def pattern_constraint(body: str, nouns: _Nouns) -> Constraint | None:
    """The constraint of a pattern body ("* (FOR {FINANCIAL AID})"), None if tidings cannot
    state it: words before the verb, or more after it than a preposition and a noun."""
    before, star, after = body.replace("(", " ").replace(")", " ").partition("*")
    if not star or _words(before.replace("_", " ")):
        return None
    words = _words(_group_braces(after).lstrip("_"))
    prep: frozenset[str] = frozenset()
    if words and words[0] in PREPOSITIONS:
        prep, words = frozenset({words[0]}), words[1:]
    if len(words) == 2 and words[1] in PREPOSITIONS:
        words = words[:1]  # "* SANCTIONS AGAINST +": the phrase after the noun holds an actor
    if not words:
        return Constraint(prep=prep) if prep else None  # a bare "$ * +" adds nothing to the verb's code
    if len(words) > 1:
        return None
    noun = nouns.phrase(words[0])
    if noun is None:
        return None
    heads, modifiers = noun
    return Constraint(prep=prep, object=heads, modifier=modifiers)


def verb_constraint(line: str, lemmatize: Lemmatize, nouns: _Nouns) -> tuple[str, Constraint] | None:
    """A verb line's lemma and what its multi-word form asks ("+CLEAR_UP": "clear" with the
    particle "up"; "+WAGE_WAR": "wage" with the object "war"); None for forms with words before
    the verb ("WIRE_+TAP") or more than one after it."""
    parts = line.split()[0].split("_") if line.split() else []
    marked = [i for i, part in enumerate(parts) if part.startswith("+")]
    if len(parts) > 1 and marked != [0] or not parts:
        return None
    verb = lemmatize(parts[0].lstrip("+").lower(), "VERB")
    rest = [part.lower() for part in parts[1:]]
    if verb is None or len(rest) > 1:
        return None
    if not rest:
        return verb, Constraint()
    if rest[0] in PREPOSITIONS:
        return verb, Constraint(prep=frozenset(rest))
    noun = nouns.phrase(rest[0])
    return (verb, Constraint(object=noun[0], modifier=noun[1])) if noun is not None else None


def write_lexicon(path: Path, source_name: str, entries: Iterable[Entry], counts: Counter[str]) -> None:
    rows = [entry.row() for entry in entries]
    header = [
        "# CAMEO verb lexicon: verb blocks, each of verbs (lemma, own code) and patterns (lemma '*': for every verb",
        "#   of the block) that set the CAMEO event code by the words after the verb.",
        f"# Source: Phoenix/PETRARCH CAMEO verb dictionary, {source_name} (Open Event Data Alliance;",
        "#   MIT License, Copyright (c) 2015 Open Event Data Alliance; https://github.com/openeventdata).",
        "# Compiled by tidings.knowledge.phoenix.verbs.import_verbs: do not edit by hand, import again.",
        f"# Kept {counts['verbs'] - counts['verbs left out']} of {counts['verbs']} verb lines and "
        f"{counts['patterns'] - counts['patterns left out']} of {counts['patterns']} patterns (the others have words",
        "#   before the verb, longer phrases after it, stems that are no word, or codes CAMEO lacks).",
        "# Columns: prep, object, modifier = alternatives, space-separated (empty: no constraint), as in",
        "#   event_patterns.toml (a verb's own prep or object comes from its multi-word form: +CLEAR_UP);",
        "#   cameo empty = that sense of the verb is no event ([---] upstream).",
    ]
    path.write_text("\n".join([*header, "\t".join(COLUMNS), *("\t".join(r) for r in rows)]) + "\n", encoding="utf-8")


def spacy_lemmatizer() -> Lemmatize:
    """Lemmas as the backbone model's lemmatizer gives them; None for a word it does not know."""
    import spacy
    from spacy.tokens import Doc

    from tidings.backbone import MODEL

    nlp = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner", "senter"])
    lemmatizer = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    exceptions = lemmatizer.lookups.get_table("lemma_exc")
    known = {pos: set(index[pos]) | {lemma for forms in exceptions.get(pos, {}).values() for lemma in forms} for pos in ("noun", "verb", "adj")}

    def lemmatize(word: str, pos: str) -> str | None:
        if pos == "VERB":  # verb lines give the base form ("express": no -s to strip)
            return word if word in known["verb"] else lemmatizer.rule_lemmatize(Doc(nlp.vocab, words=[word], pos=[pos])[0])[0]
        plural = word.endswith("s") and not word.endswith("ss")  # as the tagger reads a noun alone
        token = Doc(nlp.vocab, words=[word], pos=[pos], morphs=["Number=Plur" if plural else "Number=Sing"])[0]
        lemma = lemmatizer.rule_lemmatize(token)[0].lower()
        return lemma if lemma in known["noun"] or lemma in known["adj"] or word in known["noun"] else None

    return lemmatize


class _Nouns:
    """Noun phrases of patterns as (head lemmas, modifier lemmas)."""

    def __init__(self, synsets: dict[str, list[str]], lemmatize: Lemmatize) -> None:
        self.synsets = synsets
        self.lemmatize = lemmatize

    def phrase(self, word: str) -> tuple[frozenset[str], frozenset[str]] | None:
        """"AID", "&CEASEFIRE", "FINANCIAL_AID" (a modifier and its head); None otherwise."""
        parts = [p for p in word.strip("_").split("_") if p]
        if len(parts) == 1:
            heads = self._heads(parts[0])
            return (heads, frozenset()) if heads else None
        if len(parts) == 2:
            modifiers, heads = self._heads(parts[0]), self._heads(parts[1])
            if modifiers and heads:
                return heads, modifiers
        return None

    def _heads(self, word: str) -> frozenset[str]:
        if word.startswith("&"):
            members = self.synsets.get(word.rstrip("_"), [])
            return frozenset(h for m in members if "_" not in m.strip("_") and (h := self._lemma(m.strip("_"))))
        lemma = self._lemma(word)
        return frozenset({lemma}) if lemma else frozenset()

    def _lemma(self, word: str) -> str | None:
        word = word.lower()
        if not word.isalpha() and "-" not in word or word in FUNCTION_WORDS or word in PREPOSITIONS:
            return None
        return self.lemmatize(word, "NOUN")


def _source(source_dir: Path) -> Path:
    found = sorted(source_dir.glob(SOURCE_GLOB))
    if not found:
        raise FileNotFoundError(2, f"{source_dir}: no CAMEO verb dictionary", str(source_dir / SOURCE_GLOB))
    return found[-1]


def _code(line: str) -> str | None:
    """The code in a line's first [...] ("041:041" -> "041"), None without one."""
    match = re.search(r"\[([^\]]*)\]", line)
    return match.group(1).split(":")[0].strip() if match else None


def _known(code: str, known_codes: frozenset[str]) -> str | None:
    """A CAMEO code tidings knows ("" for no event); an unknown sub-code falls back to its
    three-digit parent ("0110" -> "011"); None if that is unknown too."""
    if code == NO_EVENT:
        return ""
    for candidate in (code, code[:3]):
        if candidate in known_codes:
            return candidate
    return None


def _words(text: str) -> list[str]:
    """Words of a pattern side, actor slots dropped ("TO_+" -> "TO"), lowercase."""
    words = []
    for token in text.split():
        parts = [p for p in token.split("_") if p and p not in ACTOR_SLOTS]
        if parts:
            words.append("_".join(parts).lower())
    return words


def _group_braces(text: str) -> str:
    """"{FINANCIAL AID}" -> "FINANCIAL_AID"."""
    return re.sub(r"\{([^}]*)\}", lambda m: "_".join(m.group(1).split()), text)
