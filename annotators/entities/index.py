"""Indexes that keep the entity rules linear in the document (docs/entities.md, "Cost").

- `WordIndex`: where each word (maximal run of letters and digits) starts, built once per
  document, so finding a name's occurrences costs its first word's occurrences, not a scan
  of the whole text per name.
- `SpanIndex`: mentions sorted by start, so "which mentions overlap this span" costs a
  binary search plus the few mentions nearby, not a pass over every mention.

Both rely on names being short: a mention is at most MAX_NAME_CHARS long (spans.trim).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import cached_property
from itertools import accumulate, chain, islice
from operator import attrgetter
from typing import AbstractSet, Callable, Iterable, Iterator

from .mention import Mention

_START = attrgetter("start")

MAX_NAME_CHARS = 150
"""Longer model spans are not names (a run of capitalised words, a heading): dropped."""

_WORD = re.compile(r"[^\W_]+")
_WORDS_AND_GAPS = re.compile(r"([^\W_]+)")
"""`_WORD` kept by `split`: the text in pieces, gap and word by turns (the gaps may be empty)."""


class WordIndex:
    """Start offsets of every word of a text, by the word's exact string; also the answers
    of `names.find_all` for that text, kept once found (`found`: rules ask for the same
    names again and again)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[str, tuple[tuple[int, int], ...]] = {}
        self._starts: dict[str, list[int]] = defaultdict(list)
        # The words are every second piece, each starting where the pieces before it end: one
        # split and a running sum, not a match object per word.
        pieces = _WORDS_AND_GAPS.split(text)
        offsets = accumulate(map(len, pieces), initial=0)
        for word, start in zip(pieces[1::2], islice(offsets, 1, None, 2)):
            self._starts[word].append(start)

    def starts(self, word: str) -> list[int]:
        return self._starts.get(word, [])

    def has(self, word: str) -> bool:
        return word in self._starts

    def has_any(self, words: Iterable[str]) -> bool:
        """Some of `words` is a word of the text (one set test, not a look-up per word)."""
        return not self._starts.keys().isdisjoint(words)

    def starts_of(self, words: AbstractSet[str]) -> list[int]:
        """Start offsets of every occurrence of any of `words`, in text order (a look-up of the
        words the text holds, not of every word asked for)."""
        return sorted(chain.from_iterable(self._starts[w] for w in self.present(words)))

    def present(self, words: AbstractSet[str]) -> AbstractSet[str]:
        """Those of `words` that are words of the text."""
        return words.intersection(self._starts) if isinstance(words, (set, frozenset)) else self._starts.keys() & words

    @cached_property
    def lowercase(self) -> frozenset[str]:
        """The text's words lowercased, each once."""
        return frozenset(map(str.lower, self._starts))


def at_words(pattern: re.Pattern[str], keys: AbstractSet[str], text: str, words: WordIndex) -> Iterator[re.Match[str]]:
    """Matches of `pattern` anchored where one of the index words `keys` starts, left to right
    and apart, as `pattern.finditer(text)` gives them when every match opens with one of those
    words: a scan of those words' occurrences, not of the whole text (docs/entities.md, "Cost")."""
    end = -1
    for s in words.starts_of(keys):
        if s < end:
            continue
        m = pattern.match(text, s)
        if m:
            end = m.end()
            yield m


def leading_words(names: Iterable[str]) -> frozenset[str]:
    """The index words `names` open with ("U.S." -> "U"), for `at_words`."""
    return frozenset(w for n in names if (w := leading_word(n)))


def leading_word(name: str) -> str | None:
    """The first word of `name` when `name` opens with one ("U.S." -> "U"), else None."""
    m = _WORD.match(name)
    return m.group() if m else None


class NamesByFirstWord:
    """A fixed list of names (a lexicon's outlets, companies or parties), keyed by the index word
    each opens with, so which of them a text may hold is one look-up of its word index, not a
    search per name. A name that opens with no word ("+44") is not kept."""

    def __init__(self, names: Iterable[str]) -> None:
        table: dict[str, tuple[str, ...]] = {}
        for name in sorted(names):
            first = leading_word(name)
            if first:
                table[first] = table.get(first, ()) + (name,)
        self._by_first = table
        self._firsts = frozenset(table)

    def in_text(self, words: WordIndex) -> list[str]:
        """The names whose first word is a word of the text, in sorted order (a fixed order,
        so the rules that add them add them alike on every run)."""
        return sorted(n for first in words.present(self._firsts) for n in self._by_first[first])


class SpanIndex:
    """A changing set of mentions, queried by overlap. Insert and remove keep it sorted."""

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        self._items: list[Mention] = sorted(mentions, key=_START)
        self._starts: list[int] = [m.start for m in self._items]
        self._longest = max([m.end - m.start for m in self._items], default=0)  # a list: cheaper than a generator

    def add(self, m: Mention) -> None:
        i = bisect.bisect_right(self._starts, m.start)
        self._starts.insert(i, m.start)
        self._items.insert(i, m)
        self._longest = max(self._longest, m.end - m.start)

    def remove(self, m: Mention) -> None:
        i = bisect.bisect_left(self._starts, m.start)
        while self._items[i] is not m:
            i += 1
        del self._starts[i]
        del self._items[i]

    def overlapping(self, start: int, end: int) -> Iterator[Mention]:
        """Mentions sharing at least one character with [start, end)."""
        lo = bisect.bisect_right(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        for m in self._items[lo:hi]:
            if m.end > start:
                yield m

    def any_overlap(self, start: int, end: int) -> bool:
        return next(self.overlapping(start, end), None) is not None

    def covers(self, start: int, end: int) -> bool:
        """Some mention contains all of [start, end). For a non-empty span these are the mentions
        starting at or before `start` that end at or after `end`, read off the sorted list."""
        if end <= start:
            return any(m.start <= start and m.end >= end for m in self.overlapping(start, end))
        lo = bisect.bisect_right(self._starts, start - self._longest)
        hi = bisect.bisect_right(self._starts, start)
        return any(m.end >= end for m in self._items[lo:hi])

    def replace(self, new: Mention) -> None:
        """Put `new` in the place of every mention it overlaps."""
        for old in list(self.overlapping(new.start, new.end)):
            self.remove(old)
        self.add(new)

    def take_in(self, new: Mention, may_take: Callable[[Mention], bool] | None = None) -> list[Mention] | None:
        """Put `new` in the place of the mentions it overlaps when each lies inside it (and
        `may_take` allows it): the mentions it took in, or None when it is not added ("Sergio"
        grows to "Sergio Gor"; a mention reaching outside keeps its words)."""
        inside = list(self.overlapping(new.start, new.end))
        if not all(new.start <= m.start and m.end <= new.end and (may_take is None or may_take(m)) for m in inside):
            return None
        for m in inside:
            self.remove(m)
        self.add(new)
        return inside

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._items)
