"""Which way a bare weekday or month points: back (-1), forward (+1) or unknown (0).

News reports the past, so most bare weekdays look back. The cue is the verb group nearest
the expression in its sentence: "met on Thursday" looks back, "will meet on Thursday" looks
forward. Without a parser we read word cues: modals and plans ahead, past-tense forms behind.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|[.;:!?]|\n\s*\n")

FUTURE_CUES = frozenset({
    "will", "'ll", "shall", "going", "plans", "plan", "planning", "scheduled", "schedule",
    "expects", "expect", "expected", "due", "upcoming", "next", "intends", "intend", "aims",
    "hopes", "hope", "tomorrow", "until", "till", "won't", "wo", "set", "slated", "to",
    "would", "could", "might", "may", "begin", "starting", "beginning", "effective",
    "deadline", "prepare", "preparing", "ahead", "await", "awaiting", "forecast", "predicted",
    "anticipated", "later", "before", "by",
})
"""Words that point forward. "to" counts: an infinitive ("to meet on Friday") looks ahead."""

WEAK_FUTURE = frozenset({"to", "would", "could", "might", "may", "before", "by", "later", "set"})

PAST_CUES = frozenset({
    "said", "says", "was", "were", "had", "did", "met", "told", "went", "came", "took",
    "made", "gave", "saw", "held", "left", "began", "won", "lost", "fell", "rose", "sold",
    "bought", "paid", "struck", "spoke", "wrote", "ran", "found", "got", "brought", "kept",
    "led", "fled", "sent", "spent", "thought", "felt", "knew", "became", "broke", "chose",
    "drove", "flew", "forgot", "grew", "hung", "ate", "shot", "shut", "stood", "swore",
    "taught", "threw", "understood", "woke", "wore", "agreed", "ago", "last", "earlier",
    "since", "has", "have", "been", "ended", "closed", "reported", "announced", "posted",
    "traded", "quit", "overnight", "yesterday", "previous", "past", "recently", "dropped",
    "added", "declined", "gained", "killed",
})

NON_VERB_ED = frozenset({"red", "bed", "need", "speed", "seed", "feed", "led", "indeed", "hundred", "shed", "wed", "bred"})


def _cue(word: str) -> int:
    lw = word.lower()
    if lw in FUTURE_CUES:
        return 1
    if lw in PAST_CUES:
        return -1
    if lw.endswith("ed") and lw not in NON_VERB_ED and word[0].islower() and len(lw) > 4:
        return -1
    return 0


def direction(text: str, start: int, end: int, window: int = 12) -> int:
    """-1 (past), +1 (future) or 0 (no cue) for the expression text[start:end].

    Scans left then right within the sentence, nearest word first; a strong cue wins over a
    weak one found earlier ("to", "would" are weak: "said it would" still reads forward).
    """
    left = [m.group() for m in _WORD.finditer(text, max(0, start - 200), start)]
    right = [m.group() for m in _WORD.finditer(text, end, min(len(text), end + 120))]
    left_c: list[tuple[int, int, bool]] = []
    for dist, w in enumerate(reversed(left[-window:])):
        if w in ".;:!?" or "\n" in w:
            break
        c = _cue(w)
        if c:
            left_c.append((dist, c, w.lower() in WEAK_FUTURE))
    right_c: list[tuple[int, int, bool]] = []
    for dist, w in enumerate(right[: window // 2]):
        if w in ".;:!?" or "\n" in w:
            break
        c = _cue(w)
        if c:
            right_c.append((dist, c, w.lower() in WEAK_FUTURE))
    for cues in (left_c, right_c):
        strong = [c for c in cues if not c[2]]
        if strong:
            return strong[0][1]
    for cues in (left_c, right_c):
        if cues:
            return cues[0][1]
    return 0
