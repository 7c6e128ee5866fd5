"""Title-case lines (headlines, subheadings, related-story links): the model fuses their
capitalised verbs and nouns into names ("Moreno Signs Pact" gives "Moreno Signs").

A line is a title-case headline when nearly all its long words are capitalised
(`lexicon.headlines.capitalised_long_words`) and at least two of them, after the first,
are dictionary words ("Signs", "Pact"): a list of names ("Ann Example, Li Wen") is not one.
There, as on all-caps lines, a model span survives whole only with support: the document
names it on another kind of line, or it is a country or people. Otherwise it shrinks to its
longest run of words that has support ("Moreno" when prose names Ana Moreno, "US" in "US
Imposes"), or goes.
"""

from __future__ import annotations

import re

from ..lexicon.countries import country_code, is_demonym
from ..lexicon.headlines import RELATED_LABELS, capitalised_long_words
from .lexicon import is_dictionary_form
from .lines import CAPS, LineMap
from .mention import Mention

_WORD = re.compile(r"[^\s]+")
_EDGE = "\"'“”‘’()[],;:!?"
MIN_DICTIONARY_WORDS = 2
MAX_RUN_WORDS = 6  # the longest run of words a shrunk span may keep: names are short
_REACH = 200  # characters looked at beside a line for its blank lines (linear on long texts)


_LIST_MARKS = re.compile(r"[,;()]|\d")


def is_title_line(line: str) -> bool:
    """Title case, with most long words after the first dictionary words (at least
    MIN_DICTIONARY_WORDS); not a list (no brackets, at most one comma) nor a results line
    (a number in at most one word in five)."""
    caps = capitalised_long_words(line)
    if caps is None or len(caps) < 3:
        return False
    words = line.split()
    marks = _LIST_MARKS.findall(line)
    if marks.count(",") > 1 or "(" in marks or ")" in marks or ";" in marks:
        return False
    if sum(1 for w in words if any(ch.isdigit() for ch in w)) * 5 > len(words):
        return False
    common = sum(1 for w in caps[1:] if is_dictionary_form(w.strip(_EDGE)))
    return common >= MIN_DICTIONARY_WORDS and 2 * common >= len(caps) - 1


def _support(name: str, known: dict[str, str]) -> str | None:
    """The label a supported name takes: its label elsewhere, or GPE/NORP for a country."""
    if name in known:
        return known[name]
    code = country_code(name)
    if code is not None:
        return "ORG" if code == "EU" else ("NORP" if is_demonym(name) else "GPE")
    return None


def shrink(m: Mention, text: str, known: dict[str, str]) -> Mention | None:
    """`m` itself when supported, else its longest supported run of words, else None."""
    whole = _support(m.text(text), known)
    if whole is not None:
        return m if whole == m.label or m.label in ("GPE", "NORP", "LOC") else Mention(m.start, m.end, whole, "title")
    words = [(w.start(), w.end()) for w in _WORD.finditer(text, m.start, m.end)]
    for n in range(min(len(words) - 1, MAX_RUN_WORDS), 0, -1):
        for i in range(len(words) - n + 1):
            s, e = words[i][0], words[i + n - 1][1]
            while e > s and text[e - 1] in _EDGE + ".":
                if text[s:e] in known:
                    break
                e -= 1
            if text[e - 2 : e] in ("'s", "’s"):
                e -= 2
            label = _support(text[s:e], known)
            if label is not None:
                return Mention(s, e, label, "title")
    return None


def known_names(mentions: list[Mention], text: str, lines: LineMap, title: set[int]) -> dict[str, str]:
    """Names the document gives on other lines, with their label; a person's first and last
    words count too ("Moreno" for "Ana Moreno")."""
    known: dict[str, str] = {}
    for m in mentions:
        ln = lines.at(m.start)
        if ln.start in title or ln.kind == CAPS:
            continue
        t = m.text(text)
        known.setdefault(t, m.label)
        ws = t.split()
        if m.label == "PERSON" and len(ws) > 1:
            for part in (ws[0], ws[-1]):
                if len(part) >= 3 and part[0].isupper():
                    known.setdefault(part, "PERSON")
    return known


_LABEL_OPENER = re.compile(r"(?:" + "|".join(RELATED_LABELS) + r"):\s")  # "RELATED: ..."


def stands_alone(text: str, start: int, end: int) -> bool:
    """The line is a paragraph of its own (a blank line or the text's edge on both sides), or
    opens with an all-caps label ("RELATED: ..."), and does not end a sentence with a full stop."""
    line = text[start:end].rstrip()
    if not line or line.endswith("."):
        return False
    if _LABEL_OPENER.match(line):
        return True
    before = text[max(0, start - _REACH) : start].rstrip(" \t")[-2:]
    after = text[end : end + _REACH]
    at_end = end + _REACH >= len(text) and not after.strip()
    return _blank_or_edge(before, start == 0) and _blank_or_edge(after.lstrip(" \t")[:2], at_end)


def _blank_or_edge(beside: str, edge: bool) -> bool:
    """Two line breaks (a blank line) next to a line, or the edge of the text."""
    return edge or beside.replace("\r", "") == "\n\n" or beside.count("\n") + beside.count("\r") >= 2


def title_line_starts(mentions: list[Mention], text: str, lines: LineMap) -> set[int]:
    """Starts of the lines holding a mention that are title-case headlines standing alone."""
    out: set[int] = set()
    seen: set[int] = set()
    for m in mentions:
        ln = lines.at(m.start)
        if ln.start in seen:
            continue
        seen.add(ln.start)
        if ln.kind != CAPS and stands_alone(text, ln.start, ln.end) and is_title_line(text[ln.start : ln.end]):
            out.add(ln.start)
    return out


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    title = title_line_starts(mentions, text, lines)
    if not title:
        return mentions
    known = known_names(mentions, text, lines, title)
    out = []
    for m in mentions:
        if m.origin != "model" or lines.at(m.start).start not in title:
            out.append(m)
            continue
        kept = shrink(m, text, known)
        if kept is not None:
            out.append(kept)
    return out
