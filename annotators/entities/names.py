"""Document-level name memory: what prose taught us about each name, re-applied everywhere.

- A surname (or other part) of a PERSON named earlier is PERSON and joins that person.
- The same string keeps one label across the document (majority of its trusted mentions).
- A mention inside a longer occurrence of a known name grows to it ("Sergio" -> "Sergio Gor").
- Uncovered occurrences of known names are added; in all-caps lines their upper-case form
  counts ("SHEARER" after "Alan Shearer").

Voting and looking elsewhere never apply to a string that cannot be a name (a function word,
lowercase, a number: junk.never_a_name) nor to one dictionary word the document also writes
in lower case ("Budget" beside "the budget"): there one mistaken label would spread to every
occurrence. Each such mention keeps the label it had.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import alternation
from ..lexicon.function_words import AUXILIARY_VERBS, SUBJECT_ADVERBS
from ..lexicon.names import PARTICLE_WORDS, without_article
from ..lexicon.speech import SPEAKER_VERBS
from ..lexicon.titles import ABBREVIATED_TITLES, TITLES_BEFORE_NAMES
from .junk import GENERIC_NOUNS, never_a_name, sentence_initial
from .lexicon import is_common_word
from .index import SpanIndex, WordIndex, leading_word
from .lines import CAPS, PROSE, LineMap
from .mention import Mention

_TRUSTED = (PROSE,)


def person_parts(mentions: list[Mention], text: str, lines: LineMap) -> dict[str, str]:
    """Known PERSON strings -> 'full' or 'part'. Parts are the first and last word of a
    multi-word name (`is_name_part`), a particle surname ("von der Leyen"), a two-letter first
    word ("Xi") and a surname without its article ("Sisi" of "al-Sisi")."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.label != "PERSON" or lines.kind(m.start) == CAPS:
            continue
        t = m.text(text)
        ws = t.split()
        if len(ws) < 2:
            continue
        out[t] = "full"
        for part in (ws[-1], ws[0]):
            if is_name_part(part):
                out.setdefault(part, "part")
        if is_short_surname(ws[0]):
            out.setdefault(ws[0], "part")
        bare = without_article(ws[-1])
        if bare and is_name_part(bare):
            out.setdefault(bare, "part")  # "Sisi" of "Abdel Fattah al-Sisi"
        for surname in particle_surnames(ws):
            out.setdefault(surname, "part")
    return out


def is_short_surname(word: str) -> bool:
    """A two-letter first word of a name, which in Chinese and Korean names is the surname the
    person is called by alone ("Xi" of "Xi Jinping", "Li" of "Li Qiang"): a capital and a small
    letter, no particle ("Al", "De", "La"), title ("St") or function word."""
    return (
        len(word) == 2 and word[0].isupper() and word[1].islower() and word.lower() not in PARTICLE_WORDS
        and word not in TITLES_BEFORE_NAMES and word not in ABBREVIATED_TITLES and not never_a_name(word)
    )


def is_name_part(part: str) -> bool:
    """A word of a full name that names the person alone: capitalised, three letters or
    more, not an acronym or initial, not a title ("Lord" of "Lord Hutton", "Mr") and not a
    generic word ("Budget" of a mistaken "Brown's Budget")."""
    return (
        len(part) >= 3 and part[0].isupper() and not part.isupper() and "." not in part
        and not never_a_name(part) and part not in TITLES_BEFORE_NAMES and part not in GENERIC_NOUNS
    )


def particle_surnames(ws: list[str]) -> tuple[str, ...]:
    """A surname opened by a particle, as written and capitalised at a sentence start
    ("Ursula von der Leyen" -> "von der Leyen", "Von der Leyen"); none without a particle."""
    for k in range(1, len(ws) - 1):
        if ws[k] in PARTICLE_WORDS:
            surname = " ".join(ws[k:])
            return surname, surname[0].upper() + surname[1:]
    return ()


def common_noun_here(name: str, lines: LineMap) -> bool:
    """One dictionary word that the document also writes in lower case ("the bill")."""
    return " " not in name and is_common_word(name) and lines.words.has(name.lower())


def may_spread(name: str, lines: LineMap, persons: dict[str, str]) -> bool:
    """Whether the document-level memory may vote on `name` and look for it elsewhere."""
    if never_a_name(name):
        return False
    return name in persons or not common_noun_here(name, lines)


def vote_labels(mentions: list[Mention], text: str, lines: LineMap, persons: dict[str, str] | None = None) -> dict[str, str]:
    """Each string's majority label over its trusted (prose) mentions (none on a tie)."""
    votes: dict[str, dict[str, int]] = {}  # plain dicts: a Counter per string costs more than the counting
    persons = persons or {}
    for m in mentions:
        t = m.text(text)
        if not may_spread(t, lines, persons):
            continue
        if m.origin == "table":
            weight = 2
        elif lines.kind(m.start) in _TRUSTED:
            weight = 1
        else:
            continue
        count = votes.setdefault(t, {})
        count[m.label] = count.get(m.label, 0) + weight
    out = {}
    for t, count in votes.items():
        top = max(count.values())
        leaders = [label for label, n in count.items() if n == top]
        if len(leaders) == 1:
            out[t] = leaders[0]
    return out


def _glued(text: str, s: int, e: int) -> bool:
    """True when [s, e) touches word characters, handles or a dotted word on either side."""
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    after2 = text[e + 1] if e + 1 < len(text) else " "
    return (before.isalnum() or before in "_@#.-") or (
        after.isalnum() or after in "_-" or (after == "." and after2.isalnum())
    )


def find_all(needle: str, text: str, words: WordIndex) -> tuple[tuple[int, int], ...]:
    """Occurrences (start, end) of `needle` not glued to word characters, handles or dotted words.

    Candidates come from the word index (where the needle's first word starts), so the cost
    is that word's occurrences, not a scan of the text (docs/entities.md, "Cost"). Each needle
    is looked for once per document: the index keeps the answer for its own text."""
    if text is not words.text:
        return tuple(_unglued(needle, text, words))
    found = words.found.get(needle)
    if found is None:
        found = words.found[needle] = tuple(_unglued(needle, text, words))
    return found


def person_words(mentions: list[Mention], text: str) -> set[str]:
    """Words of the document's PERSON names of two words or more: such a word is a person's
    ("Michael Dell", "Alan Everton"), not a company's or a club's."""
    return {w for m in mentions if m.label == "PERSON" and " " in m.text(text) for w in m.text(text).split()}


def _unglued(needle: str, text: str, words: WordIndex) -> Iterator[tuple[int, int]]:
    first = leading_word(needle)
    if first is None or not needle.startswith(first):
        return
    n = len(needle)
    for i in words.starts(first):
        if text.startswith(needle, i) and not _glued(text, i, i + n):
            yield i, i + n


def occurrences(name: str, text: str, lines: LineMap):
    """Word-bounded occurrences of `name` in its own case, and of its upper-case form in caps lines."""
    yield from find_all(name, text, lines.words)
    up = name.upper()
    if up != name:
        for s, e in find_all(up, text, lines.words):
            if lines.kind(s) == CAPS:
                yield s, e


def _relabel_by_memory(mentions: list[Mention], text: str, lines: LineMap, labels: dict[str, str]) -> None:
    """Every mention of a string the document has settled takes the settled label."""
    upper = {t.upper(): lab for t, lab in labels.items() if t.upper() != t}
    for m in mentions:
        t = m.text(text)
        if m.origin == "dateline":  # "NEW YORK 1996-08-30" is a place even where a table made it a team
            continue
        if t in labels:
            m.label = labels[t]
        elif lines.kind(m.start) == CAPS and t in upper:
            m.label = upper[t]


def _search_mode(
    name: str, text: str, lines: LineMap, persons: dict[str, str], called: frozenset[str] = frozenset()
) -> str | None:
    """How to look for `name` elsewhere: "all", "caps" (headline form only) or None (not at all).

    A dictionary word ("Nice", "Real", "Bill") is looked for only in its headline form, and
    only when the story never writes it in lower case (then it is a common noun here), unless
    the text called it an organisation (`called`: "AI startup Anthropic", typed.py); a
    sentence start is never searched for one."""
    if (len(name) < 2 and name not in persons) or not may_spread(name, lines, persons):
        return None
    if " " in name or not is_common_word(name) or name in persons or name in called:
        return "all"
    return None if lines.words.has(name.lower()) else "caps"


_SPEAKS_NEXT = re.compile(
    r",|\s+(?:" + alternation(SPEAKER_VERBS) + r"|" + alternation(AUXILIARY_VERBS) + r"|spoke|met|[a-z]{2,}ed|[a-z]{3,}ly)\b"
    r"|[ \t]+(?:" + alternation(SUBJECT_ADVERBS) + r")[ \t]+[a-z]"
)
"""What follows a person named at a sentence start: a comma, a verb of saying, an auxiliary,
a verb in the past, or an adverb before a lowercase word ("Sanchez spoke", "Brown has",
"Okafor travelled", "Xi later met", "Swift also thanked fans"): the name is the subject, not
the adjective or noun of a sentence's "Swift action", "Brown sugar"."""


def _speaks_next(text: str, end: int) -> bool:
    return bool(_SPEAKS_NEXT.match(text, end))


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    persons = person_parts(mentions, text, lines)
    labels = vote_labels(mentions, text, lines, persons)
    for t in persons:
        labels[t] = "PERSON"
    _relabel_by_memory(mentions, text, lines, labels)
    return _grow_and_add(mentions, text, lines, labels, persons)


def _grow_and_add(
    mentions: list[Mention], text: str, lines: LineMap, labels: dict[str, str], persons: dict[str, str]
) -> list[Mention]:
    """Grow mentions to known full names that contain them; add uncovered occurrences."""
    index = SpanIndex(mentions)
    called = frozenset(m.text(text) for m in mentions if m.origin == "typed" and m.label == "ORG")
    for name in sorted(labels, key=len, reverse=True):
        mode = _search_mode(name, text, lines, persons, called)
        if mode is None:
            continue
        one_common_word = " " not in name and is_common_word(name)
        for s, e in occurrences(name, text, lines):
            if mode == "caps" and (text[s:e] == name or lines.kind(s) != CAPS):
                continue
            if index.covers(s, e) or (one_common_word and sentence_initial(text, s)
                                      and not (name in persons and _speaks_next(text, e))):
                continue  # a sentence's "Brown sugar", "May I": but "Trump, speaking ...", "Brown said"
            index.take_in(Mention(s, e, labels[name], "memory"))
    return list(index)
