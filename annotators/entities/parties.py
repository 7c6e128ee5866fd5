"""Political parties are organisations, their members as a group a people, never a person.

The small model reads "Labour", "Lib Dems" or "Democrats" as a person in about one story in
ten where they occur. A mention whose text is in the lexicon's party lists takes the
lexicon's label: ORG for a party ("Labour", "the Conservatives"), NORP for its members as a
group ("Lib Dems", "Democrats"), as OntoNotes labels them. A model ORG or NORP reading is
kept (both are fair for "the Greens"); any other label gives way.

A party right before a political role ("Labour MP Ana Okafor", "Republican Sen. Dev Moss",
"Tory leader") is a mention of its own, found where the model missed it or fused it with the
role or the person: the party's name ORG, its members' adjective NORP
(`lexicon.organisations.PARTY_ADJECTIVES`); the role is part of no entity and the name after
it is the person (`lexicon.titles.POLITICAL_ROLES`).
"""

from __future__ import annotations

import re

from ..lexicon import alternation, starts_with_one_of
from ..lexicon.organisations import PARTIES, PARTY_ADJECTIVES, PARTY_GROUPS, party_label
from ..lexicon.titles import POLITICAL_ROLES
from .index import NamesByFirstWord, SpanIndex, WordIndex, at_words, leading_words
from .lexicon import is_dictionary_form
from .lines import CAPS, LineMap
from .mention import Mention
from .names import find_all

_KEPT = frozenset({"ORG", "NORP"})


_PARTY_FORMS = PARTIES | PARTY_ADJECTIVES
_PARTY_ROLE = re.compile(
    starts_with_one_of(_PARTY_FORMS)
    + r"(?<![\w-])(" + alternation(_PARTY_FORMS) + r") (" + alternation(POLITICAL_ROLES) + r")(?![\w-])"
)
_PARTY_KEYS = leading_words(_PARTY_FORMS)
"""The index words the parties' forms open with: "PARTY ROLE" is matched only where one starts."""
_PREVIOUS_WORD = re.compile(r"(\S+) $")
_ENDS_A_PHRASE = re.compile(r"(?:[,.;:!?)]|['’]s?)$")
_SENTENCE_END = ".!?:;\"'“”‘’("


def _inside_longer_name(text: str, start: int, index: SpanIndex) -> bool:
    """A capitalised word before the party makes it part of another name mid-sentence ("the
    Welsh Labour leader") or when a mention runs across both ("Scottish Conservative Party
    leader"); a sentence's first word alone does not ("Former Tory MP")."""
    prev = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if prev is None or not prev.group(1)[:1].isupper() or _ENDS_A_PHRASE.search(prev.group(1)):
        return False  # "Ms Roche, Labour MP", "said Mr Blair. Liberal Democrat chairman", "Begg's Labour MP"
    before = text[max(0, prev.start() - 2) : prev.start()].strip()
    return (bool(before) and before[-1] not in _SENTENCE_END) or index.covers(prev.start(1), start + 1)


def _party_mentions(m: re.Match[str], text: str, index: SpanIndex) -> list[Mention]:
    """The party of one "PARTY ROLE" match, and the person a fused mention ran on into."""
    party = m.group(1)
    label = "NORP" if party in PARTY_ADJECTIVES else "ORG"
    out = [Mention(m.start(1), m.end(1), label, "party role")]
    for old in list(index.overlapping(m.start(), m.end())):
        index.remove(old)
        tail = m.end() + 1
        if old.end > tail and text[m.end()] == " " and text[tail].isupper():
            out.append(Mention(tail, old.end, "PERSON", old.origin))
    return out


def party_before_role(mentions: list[Mention], text: str, words: WordIndex | None = None) -> list[Mention]:
    """ "Labour MP Ana Okafor" gives ORG "Labour" and PERSON "Ana Okafor"; "Tory leader" NORP "Tory".
    `words` is the text's word index (built here when not given)."""
    index: SpanIndex | None = None
    for m in at_words(_PARTY_ROLE, _PARTY_KEYS, text, words if words is not None else WordIndex(text)):
        if index is None:
            index = SpanIndex(mentions)
        if _inside_longer_name(text, m.start(), index):
            continue
        for new in _party_mentions(m, text, index):
            index.add(new)
    return mentions if index is None else list(index)


def _whole_names(mentions: list[Mention], text: str) -> list[Mention]:
    """Each party mention cut short made whole; mentions inside the whole name go ("Christian"
    of "Christian Democrats"), one reaching outside it keeps the words."""
    index: SpanIndex | None = None
    gone: set[int] = set()  # ids of mentions a whole name took in
    for m in mentions:
        whole = whole_party_name(m, text)
        if whole is m or id(m) in gone:
            continue
        index = index if index is not None else SpanIndex(mentions)
        gone.update(id(o) for o in index.take_in(whole) or ())
    return mentions if index is None else list(index)


_PARTY_NAMES = PARTIES | PARTY_GROUPS
_PARTY_LAST_WORDS = frozenset(name.split()[-1] for name in _PARTY_NAMES)
_WORDS_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’-]*|for|of|and) ){1,4}$")
"""Up to four capitalised words right before a mention, on its line, or a lowercase link word
between them: "Liberal " of "Liberal Democrats", "Alternative for " of "Alternative for Germany"."""


def whole_party_name(m: Mention, text: str) -> Mention:
    """A party mention the model cut short runs on to the lexicon's whole name: "Democrats" after
    "Liberal" is "Liberal Democrats", "Labour" before "Party" is "Labour Party". The
    longest name found wins; the words must be adjacent, written as the lexicon writes them."""
    words = m.text(text).split()
    if not words or words[-1] not in _PARTY_LAST_WORDS and not text.startswith(" Party", m.end):
        return m
    best = (m.start, m.end)
    before = _WORDS_BEFORE.search(text, max(0, m.start - 60), m.start)
    starts = [before.start() + w.start() for w in re.finditer(r"\S+", before.group())] if before else []
    after = [m.end + len(" Party")] if text.startswith(" Party", m.end) else []
    for s in [*starts, m.start]:
        for e in [*after, m.end]:
            if text[s:e] in _PARTY_NAMES and e - s > best[1] - best[0]:
                best = (s, e)
    return m if best == (m.start, m.end) else Mention(best[0], best[1], party_label(text[best[0]:best[1]]) or m.label, "party name")


def _unmistakable(name: str) -> bool:
    """A party name no common word spells: several words ("Party for Freedom") or one that is
    no dictionary word ("D66", "Likud"); not "Labour", "Reform" or "Shas"-like words a
    sentence may open with in their own sense."""
    return " " in name or not is_dictionary_form(name)


_ADDED = NamesByFirstWord(name for name in PARTIES if _unmistakable(name))
"""The party names added where missed, looked for by their first word."""


def add_missed_parties(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    """A listed party's name the model missed ("the centrist D66 party", "Geert Wilders' Party
    for Freedom") is an ORG where no mention covers it, off all-caps lines, and no capitalised
    word before it mid-sentence makes it part of a longer name. Only names no common word
    spells (`_unmistakable`). A name whose first word the text lacks is not looked for."""
    listed = _ADDED.in_text(lines.words)
    if not listed:
        return mentions
    index = SpanIndex(mentions)
    for name in listed:
        for s, e in find_all(name, text, lines.words):
            if lines.kind(s) == CAPS or index.any_overlap(s, e) or _inside_longer_name(text, s, index):
                continue
            index.add(Mention(s, e, "ORG", "party"))
    return list(index)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    mentions = party_before_role(mentions, text, lines.words)
    mentions = _whole_names(mentions, text)
    mentions = add_missed_parties(mentions, text, lines)
    for m in mentions:
        label = party_label(m.text(text))
        if label is not None and m.label not in _KEPT:
            m.label = label
            m.origin = "party"
    return mentions
