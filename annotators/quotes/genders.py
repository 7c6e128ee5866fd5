"""Gender evidence inside one document: a title before a name, pronouns after it.

`GenderEvidence` is built once per document: the PERSON mentions sorted by position, the first
names each surname comes with, and (on first use) where every word occurs. Asking about one
more name then costs that name's occurrences, not another pass over the text or the mentions,
so the quotes annotator stays linear on long documents.
"""

from __future__ import annotations

import bisect
import re
from typing import Protocol, Sequence

from ..lexicon import alternation
from ..lexicon.titles import FEMALE_TITLES, MALE_TITLES
from .parse import Ranges
from .people import surname

_MALE = re.compile(r"\b(?:he|his|him|himself)\b", re.I)
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_MALE_TITLE = re.compile(r"\b(?:" + alternation(MALE_TITLES) + r")\.?\s*$")
_FEMALE_TITLE = re.compile(r"\b(?:" + alternation(FEMALE_TITLES) + r")\.?\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
_WORD_RUN = re.compile(r"\w+")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_WORD_CHAR = re.compile(r"\w")
_HEADS_FOUND = 16  # first words of names found with str.find before indexing every word
_LOOKAHEAD = 400  # characters searched for each of the two sentence ends after a mention
_OCCURRENCES_READ = 30  # occurrences of a name read for its pronouns


class MentionLike(Protocol):
    start: int
    end: int
    text: str
    label: str


class _Occurrence:
    """One place a name occurs, read as a PERSON mention."""

    __slots__ = ("start", "end", "text", "label")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text, self.label = start, end, text, "PERSON"


def _first_names(mentions: Sequence[MentionLike]) -> dict[str, set[str]]:
    """Surname -> the first names it comes with ("Ivanka", "Donald")."""
    firsts: dict[str, set[str]] = {}
    for m in mentions:
        w = m.text.split()
        if len(w) >= 2 and w[-2][:1].isupper() and not w[-2].endswith("."):
            firsts.setdefault(surname(w[-1]), set()).add(w[-2])
    return firsts


class GenderEvidence:
    """Titles and pronouns around the names of one document."""

    def __init__(self, text: str, quoted: Ranges, persons: Sequence[MentionLike]) -> None:
        self.text = text
        self.quoted = quoted
        self.starts = sorted((p.start, p.text.split()[-1]) for p in persons if p.text.split())
        self.firsts = _first_names(persons)
        self._runs: dict[str, list[int]] | None = None
        self._found: dict[str, list[int]] = {}

    def of_mentions(self, mentions: Sequence[MentionLike], bare_only: bool = True) -> dict[str, str | None]:
        """Surname -> "m"/"f" from this document only: a title before a mention (Mr., Mrs., Ms.)
        or the pronouns after it up to the next other person (two sentences at most). Pronouns
        in reported content mostly point at someone else ("Axelrod said her plan …") and do
        not count."""
        extra = _first_names(mentions)
        votes: dict[str, list[int]] = {}
        for m in mentions:
            words = m.text.split()
            if m.label != "PERSON" or not words:
                continue
            last = surname(words[-1])
            firsts = self.firsts.get(last, set()) | extra.get(last, set())
            if bare_only and len(firsts) >= 2 and len(words) >= 2 and not words[-2].endswith("."):
                continue  # a shared surname: only its bare uses say who "Trump" alone is
            self._vote(m, last, votes.setdefault(last, [0, 0]))
        return {last: _verdict(male, female) for last, (male, female) in votes.items()
                if _verdict(male, female) is not None}

    def of_name(self, name: str) -> str | None:
        """"m"/"f" for a name from every place it occurs (the first few): a title before it
        or the pronouns in the rest of its sentence and the next one."""
        if not name or not name[:1].isupper():
            return None
        found = [_Occurrence(a, a + len(name), name) for a in self.occurrences(name)[:_OCCURRENCES_READ]]
        return self.of_mentions(found, bare_only=" " not in name).get(surname(name.split()[-1]))

    def occurrences(self, name: str) -> list[int]:
        """Starts of `name` as whole words (not inside a longer word or a hyphenated one), in
        order and without overlaps: what `re.finditer` on the text would give, from an index."""
        head = _WORD_RUN.match(name)
        if head is None:  # a name that does not start with a letter or digit: scan
            edge = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
            return [m.start() for m in edge.finditer(self.text)]
        out: list[int] = []
        text, size = self.text, len(name)
        for start in self._run_starts(head.group()):
            if (not out or start >= out[-1] + size) and _whole_at(text, name, start):
                out.append(start)
        return out

    def _run_starts(self, word: str) -> list[int]:
        """Where `word` occurs as a whole run of word characters not after a hyphen. The few
        first words a document asks about are found with `str.find` (cheaper than indexing
        every word); past `_HEADS_FOUND` of them the text is indexed once, so the cost stays
        linear however many names a hostile text holds."""
        if self._runs is not None:
            return self._runs.get(word, [])
        if word not in self._found:
            if len(self._found) >= _HEADS_FOUND:
                return self._word_runs().get(word, [])
            self._found[word] = _runs_of(self.text, word)
        return self._found[word]

    def _word_runs(self) -> dict[str, list[int]]:
        """Each run of word characters not after a hyphen -> where it starts."""
        if self._runs is None:
            self._runs = {}
            for m in _WORD_RUN.finditer(self.text):
                if m.start() == 0 or self.text[m.start() - 1] != "-":
                    self._runs.setdefault(m.group(), []).append(m.start())
        return self._runs

    def _vote(self, m: MentionLike, last: str, vote: list[int]) -> None:
        """Add one mention's title and pronouns to its surname's [male, female] votes."""
        before = self.text[max(0, m.start - 6):m.start]
        if _MALE_TITLE.search(before):
            vote[0] += 3
        elif _FEMALE_TITLE.search(before):
            vote[1] += 3
        stop = self._reach(m, last)
        for pattern, g in ((_MALE, 0), (_FEMALE, 1)):
            for x in pattern.finditer(self.text, m.end, stop):
                if not self.quoted.covers(x.start()):
                    vote[g] += 1

    def _reach(self, m: MentionLike, last: str) -> int:
        """Where a mention's pronouns end: two sentences on, or the next other person."""
        stop = m.end
        for _ in range(2):
            nxt = _SENTENCE_END.search(self.text[stop:stop + _LOOKAHEAD])
            stop = stop + (nxt.end() if nxt else _LOOKAHEAD)
        k = bisect.bisect_right(self.starts, (m.end, "\uffff"))
        while k < len(self.starts) and self.starts[k][0] < stop:
            if surname(self.starts[k][1]) != last:
                return self.starts[k][0]
            k += 1
        return stop


def _runs_of(text: str, word: str) -> list[int]:
    """Starts of `word` as a whole run of word characters (`\\w+`) not after a hyphen: the
    entries `_word_runs` would give for it."""
    out: list[int] = []
    size = len(word)
    at = text.find(word)
    while at != -1:
        if (at == 0 or not _WORD_OR_HYPHEN.match(text, at - 1)) and not _WORD_CHAR.match(text, at + size):
            out.append(at)
        at = text.find(word, at + 1)
    return out


def _whole_at(text: str, name: str, start: int) -> bool:
    """`name` at `start`, with no word character or hyphen right after it: the test a pattern
    compiled per name would make, without compiling one."""
    return text.startswith(name, start) and not _WORD_OR_HYPHEN.match(text, start + len(name))


def _verdict(male: int, female: int) -> str | None:
    """"m" or "f" when one side has more than twice the other's votes."""
    if male >= 2 * female + 1:
        return "m"
    if female >= 2 * male + 1:
        return "f"
    return None
