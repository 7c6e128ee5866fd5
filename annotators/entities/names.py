"""Document-level name memory: what prose taught us about each name, re-applied everywhere.

- A surname (or other part) of a PERSON named earlier is PERSON and joins that person.
- The same string keeps one label across the document (majority of its trusted mentions).
- A mention inside a longer occurrence of a known name grows to it ("Sergio" -> "Sergio Gor").
- Uncovered occurrences of known names are added; in all-caps lines their upper-case form
  counts ("SHEARER" after "Alan Shearer").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .junk import sentence_initial
from .lexicon import is_common_word
from .lines import CAPS, PROSE, LineMap
from .mention import Mention

_TRUSTED = (PROSE,)


def person_parts(mentions: list[Mention], text: str, lines: LineMap) -> dict[str, str]:
    """Known PERSON strings -> 'full' or 'part'. Parts are the first and last word of a
    multi-word name, if capitalised and at least 3 letters."""
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
            if len(part) >= 3 and part[0].isupper() and not part.isupper() and "." not in part:
                out.setdefault(part, "part")
    return out


def vote_labels(mentions: list[Mention], text: str, lines: LineMap) -> dict[str, str]:
    """Each string's majority label over its trusted (prose) mentions."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m.origin == "table":
            votes[m.text(text)][m.label] += 2
        elif lines.kind(m.start) in _TRUSTED:
            votes[m.text(text)][m.label] += 1
    out = {}
    for t, c in votes.items():
        (label, n), *rest = c.most_common()
        if not rest or n > rest[0][1]:
            out[t] = label
    return out


def find_all(needle: str, text: str):
    """Occurrences of `needle` not glued to word characters, handles or dotted words."""
    i = text.find(needle)
    n = len(needle)
    while i != -1:
        before = text[i - 1] if i else " "
        after = text[i + n] if i + n < len(text) else " "
        after2 = text[i + n + 1] if i + n + 1 < len(text) else " "
        if not (before.isalnum() or before in "_@#.-") and not (
            after.isalnum() or after in "_-" or (after == "." and after2.isalnum())
        ):
            yield i, i + n
        i = text.find(needle, i + 1)


def occurrences(name: str, text: str, lines: LineMap):
    """Word-bounded occurrences of `name` in its own case, and of its upper-case form in caps lines."""
    yield from find_all(name, text)
    up = name.upper()
    if up != name:
        for s, e in find_all(up, text):
            if lines.kind(s) == CAPS:
                yield s, e


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    persons = person_parts(mentions, text, lines)
    labels = vote_labels(mentions, text, lines)
    for t in persons:
        labels[t] = "PERSON"
    upper = {t.upper(): lab for t, lab in labels.items() if t.upper() != t}

    # Relabel by the document's memory.
    for m in mentions:
        t = m.text(text)
        if m.origin == "dateline":  # "NEW YORK 1996-08-30" is a place even where a table made it a team
            continue
        if t in labels:
            m.label = labels[t]
        elif lines.kind(m.start) == CAPS and t in upper:
            m.label = upper[t]

    # Grow mentions to known full names that contain them; add uncovered occurrences.
    names = sorted(labels, key=len, reverse=True)
    added: list[Mention] = []
    for name in names:
        ws = name.split()
        if len(name) < 2 and name not in persons:
            continue
        caps_only = False
        if len(ws) == 1 and is_common_word(name) and name not in persons:
            # A dictionary word ("Nice", "Real", "Leicestershire" in WordNet) is looked for
            # only in its headline form, and only when the story never writes it in lower case.
            if re.search(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])", text):
                continue
            caps_only = True
        for s, e in occurrences(name, text, lines):
            if caps_only and (text[s:e] == name or lines.kind(s) != CAPS):
                continue
            inside = [m for m in mentions if m.overlaps(s, e)]
            if any(m.start <= s and m.end >= e for m in inside + added):
                continue
            if len(ws) == 1 and is_common_word(name) and sentence_initial(text, s):
                continue
            if all(s <= m.start and m.end <= e for m in inside):
                for m in inside:
                    mentions.remove(m)
                added.append(Mention(s, e, labels[name], "memory"))
    return mentions + added
