"""Sports clubs named after places: in a document with results (a score line or table),
a non-country place name that wins, loses or draws is a team, hence ORG ("Somerset beat
Kent", "lost to Cleveland", "beat Somerset by an innings"), and so is one a player joins or
plays for ("joined Newcastle", "played for Nice"). Countries stay GPE (national sides)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import chain
from typing import Iterator

from ..lexicon import alternation, lowercases_in_place
from ..lexicon import sport as sport_words
from ..lexicon.countries import country_code, is_subdivision
from .index import WordIndex
from .lines import PROSE, LineMap
from .mention import Mention

_AFTER = re.compile(r"^(?:'s?\s)?\s*(?:" + alternation(sport_words.RESULT_VERBS) + r")\b")
_BEFORE = re.compile(r"\b(?:" + alternation(sport_words.OPPONENT_BEFORE) + r")\s$")
CLUB_BEFORE = re.compile(r"\b(?:" + alternation(sport_words.CLUB_BEFORE) + r")\s$")
"""Words before a place that only a team follows, score or not: "beat Somerset", "joined Newcastle"."""
_TEAM_POSSESSIVE = re.compile(
    r"^['’]s?\s(?:lead|win|wins|victory|defeat|loss|losing|winning|streak|home|away|\d+(?:st|nd|rd|th)|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
)
"""A place's result or standing is a team's: "Cleveland's lead", "Boston's seventh loss"."""
_TEAM_SUBJECT = re.compile(
    r"^\s(?:has|have|had)\s(?:won|lost|drawn|tied|clinched|scored)\b|^\s(?:tied|leads|led|trailed|trail|clinched|scored)\s"
    r"(?:it|the|a|an|their|its|\d)"
)
"""A place that has won or ties a game: "Milwaukee has won 10", "Houston tied it", "Denver led the"."""
_FOR_TEAM_BEFORE = re.compile(r"\b(?:homered|homers|scored|pitched|goals?|homer|\d+(?:st|nd|rd|th))\s(?:(?:twice|again)\s)?for\s$")
"""A player's feat for a place is a team's: "homered for Cleveland", "his 23rd for Seattle"."""
_SCORE = re.compile(r"(?=\d)(?<![\d/.,-])\b(?:\d{1,2}|1\d\d)-(?:\d{1,2}|1\d\d)\b(?![/.,-]?\d|-)")
"""A score ("3-1", "112-104"), not a bond price's fraction ("4-1/4 pct", "10-7/8"), an aircraft
model ("747-400") or a piece of a longer figure ("1-2-3", "3.5-4.0"). The digit look-ahead first
lets the scan skip positions without a digit fast."""
SCORE_HINT = re.compile(r"-(?<=\d-)(?=\d)")
"""A digit, a dash and a digit, which every score holds ("3-1"): a text without one has no
score, and this scan, opening with its dash, jumps from dash to dash (a cheap test first)."""
_SCORE_LINE = re.compile(r"^\S.*\s\d{1,3}\s+\S.*\s\d{1,3}\s*$")  # "Leeds 2 Hull 1"
_SCORE_LINE_MAX = 120
"""Score lines are short; the line pattern is tried on short lines only (it is quadratic in a line)."""


def _words_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `terms` as a whole word, in any case. The look-ahead on the terms' first letters
    only lets the scan skip the other positions fast; it matches exactly where the word
    pattern alone would."""
    initials = "".join(sorted({t[0] for t in terms}))
    return re.compile(r"(?=[" + initials + r"])\b(?:" + alternation(terms) + r")\b", re.I)


_SPORT_WORDS = _words_pattern(sport_words.SPORT_WORDS)


def _lowercase_twin(words: re.Pattern[str]) -> re.Pattern[str]:
    """`words` (lowercase terms, compiled with re.I) without re.I, to match in a lowercased text
    that `lowercases_in_place`: there the matches are the same and come out lowercase."""
    return re.compile(words.pattern, words.flags & ~re.I)


def _scores(text: str):
    if SCORE_HINT.search(text):  # most stories have no digit-dash-digit, so no score
        yield from _SCORE.finditer(text)
    for line in text.splitlines():
        # A score line ends in a number: its last non-blank character is a digit (a cheap test first).
        if len(line) <= _SCORE_LINE_MAX and line.rstrip()[-1:].isdecimal() and _SCORE_LINE.match(line):
            yield line


def term_keys(terms: tuple[str, ...]) -> dict[str, int]:
    """How many of `terms` open with each lowercase index word ("half-time" opens with "half")."""
    return dict(Counter(term.split("-")[0] for term in terms))


def may_have_distinct_words(keys: dict[str, int], index: WordIndex, needed: int) -> bool:
    """False when the terms whose first words (`keys`, from `term_keys`) the word index of a
    text that `lowercases_in_place` holds, in any case, are fewer than `needed`: then the terms'
    scan cannot find that many (each match starts a word of the index that is its term's first
    word), so it is skipped."""
    return sum(keys.get(k, 0) for k in _first_words_held(index)) >= needed


@lru_cache(maxsize=1)
def is_sports(text: str, index: WordIndex | None = None) -> bool:
    """A sports story: at least two scores or score lines, or four distinct sports words.
    `index`: the text's word index, so the words are looked for where the index holds them,
    not by a scan of the text. (Cached for the last text: the sports and evidence rules both
    ask, once per document.)"""
    scores = _scores(text)
    if next(scores, None) and next(scores, None):
        return True
    return _has_distinct_words(_SPORT_WORDS, text, 4, index)


def _has_distinct_words(words: re.Pattern[str], text: str, needed: int, index: WordIndex | None = None) -> bool:
    """True when `words` matches at least `needed` different words (case-folded) in `text`.
    With the text's word index, the matches are read where the terms' first words stand
    (`_matches_at_first_words`), after a count of those words shows there can be enough
    (`may_have_distinct_words`); a text that does not lowercase in place is scanned whole."""
    if index is not None and lowercases_in_place(text):
        if not may_have_distinct_words(_TERM_KEYS[words], index, needed):
            return False
        matches = _matches_at_first_words(words, text, index)
    else:
        matches = (m.group().lower() for m in words.finditer(text))
    seen: set[str] = set()
    for word in matches:
        seen.add(word)
        if len(seen) >= needed:
            return True
    return False


def _matches_at_first_words(words: re.Pattern[str], text: str, index: WordIndex) -> Iterator[str]:
    """The matches of `words` in `text` (one that `lowercases_in_place`), lowercased, as its
    scan finds them, but tried only where one of the terms' first words occurs in the lowercased
    text (each match starts at one, `term_keys`): a search for those few words, not a scan with
    every term at every word. `_lowercase_twin` on the lowercased text gives the same matches
    as `words` on `text`; a try inside a word fails at its `\\b`, and a start inside the last
    match is passed over, as the scan would."""
    low = text.lower()
    keys = _TERM_KEYS[words]
    starts = sorted(chain.from_iterable(_occurrences(low, k) for k in _first_words_held(index) if k in keys))
    twin = _LOWERCASE_TWINS[words]
    end = -1
    for s in starts:
        if s < end:
            continue
        m = twin.match(low, s)
        if m:
            end = m.end()
            yield m.group()


def _occurrences(text: str, needle: str) -> Iterator[int]:
    """Every offset where `needle` occurs in `text`, inside words too."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


@lru_cache(maxsize=1)
def _first_words_held(index: WordIndex) -> frozenset[str]:
    """The first words of any sport, team-talk or match term that the text holds in some case:
    found once per document, for the three tests (`is_sports`, `talks_sport`, `reports_match`)."""
    return index.lowercase.intersection(_ALL_FIRST_WORDS)


_TEAM_TALK_TERMS = sport_words.SPORT_WORDS + sport_words.TEAM_TALK_WORDS
_TEAM_TALK = _words_pattern(_TEAM_TALK_TERMS)
"""The sports words and the words of team talk ("squad", "replay", "flanker")."""
_MATCH_TERMS = tuple(sorted(sport_words.MATCH_WORDS))
_MATCH_TALK = _words_pattern(_MATCH_TERMS)
"""The words of a match report ("equaliser", "goalkeeper")."""
_LOWERCASE_TWINS = {p: _lowercase_twin(p) for p in (_SPORT_WORDS, _TEAM_TALK, _MATCH_TALK)}
_TERM_KEYS = {
    _SPORT_WORDS: term_keys(sport_words.SPORT_WORDS),
    _TEAM_TALK: term_keys(_TEAM_TALK_TERMS),
    _MATCH_TALK: term_keys(_MATCH_TERMS),
}
_ALL_FIRST_WORDS = frozenset(chain.from_iterable(_TERM_KEYS.values()))


@lru_cache(maxsize=1)
def talks_sport(text: str, index: WordIndex | None = None) -> bool:
    """Two distinct words of sport or team talk anywhere ("squad", "replay"): a story that may
    name clubs after their towns ("beating Norwich") though it has no results (`index` as for
    `is_sports`; cached for the last text)."""
    return _has_distinct_words(_TEAM_TALK, text, 2, index)


@lru_cache(maxsize=1)
def reports_match(text: str, index: WordIndex | None = None) -> bool:
    """Two distinct words of a match report ("goalkeeper", "equaliser"): a short football
    story may have no other sports word (`index` as for `is_sports`; cached for the last text)."""
    return _has_distinct_words(_MATCH_TALK, text, 2, index)


def is_team_phrase(before: str, after: str) -> bool:
    """Phrasings that only a team fits in a sports story (see the three patterns above)."""
    return bool(_TEAM_POSSESSIVE.match(after) or _TEAM_SUBJECT.match(after) or _FOR_TEAM_BEFORE.search(before))


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not is_sports(text, lines.words):
        return mentions
    for m in mentions:
        if m.label not in ("GPE", "LOC", "PERSON", "FAC") or lines.kind(m.start) != PROSE:
            continue
        t = m.text(text)
        if country_code(t):
            continue
        if m.label == "PERSON" and " " in t and not (is_subdivision(t.split()[0]) or country_code(t.split()[0])):
            continue  # "Courtney Walsh won the toss"; but "Florida Marlins beat ..."
        after = text[m.end : m.end + 20]
        before = text[max(0, m.start - 15) : m.start]
        scored = _BEFORE.search(before) and re.match(r"^\s*\d{1,3}-\d{1,3}", after)
        if _AFTER.match(after) or scored or CLUB_BEFORE.search(before) or is_team_phrase(before, after):
            m.label = "ORG"
            m.origin = "table"  # counts as a strong vote for the whole document
    return mentions
