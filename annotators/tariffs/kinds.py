"""The kind of a measure (the cue that names why or how it is levied): anti-dumping, countervailing, retaliatory, punitive, ..."""

from __future__ import annotations

import re
from typing import Iterator

from ..lexicon import lowercases_in_place

KIND_CUES: tuple[tuple[str, re.Pattern], ...] = (
    ("anti-dumping", re.compile(r"\banti-?\s?dumping\b|\bdumping\s+(dut|tariff|lev|margin|investigat|"
                                r"case|complaint|petition|charge|finding|ruling)", re.I)),
    # "anti-subsidy duties" is the EU's name for countervailing duties (its 2024 electric-car case).
    ("countervailing", re.compile(r"\bcou?nt?ervail\w*|\banti-?\s?subsid\w*|\b(?:unfair|unfairly|illegal)\s+(?:\w+\s+)?subsid\w*|"
                                  r"\bsubsidi[sz]ed\s+(?:imports|exports|goods|products)", re.I)),
    ("variable levy", re.compile(r"\bvariable\s+(import\s+)?lev(y|ies)\b", re.I)),
    ("safeguard", re.compile(r"\bsafeguards?\b|\bescape[- ]clause\b", re.I)),
    ("reciprocal", re.compile(r"\breciprocal\b", re.I)),
    ("punitive", re.compile(r"\bpunitive\b|\b(penalty|penal)\s+(import\s+)?(tariffs?|duties|levies|taxes)\b", re.I)),
    ("retaliatory", re.compile(
        r"\bretaliat\w*|\bsanctions?\b|\breprisals?\b|\balleged\s+(failure|violation|breach|refusal)|"
        r"\bfailure\s+to\s+(honou?r|uphold|abide|live\s+up|comply|adhere|respect|open)|"
        r"\bin\s+response\s+to\b|\bcounter-?\s?(?:tariffs?|duties|levies|measures)\b|\bcountermeasures?\b", re.I)),
    ("ad valorem", re.compile(r"\bad\s+valorem\b", re.I)),
)

_STEMS: dict[str, tuple[str, ...]] = {
    "anti-dumping": ("dumping",),
    "countervailing": ("ervail", "subsid"),
    "variable levy": ("variable",),
    "safeguard": ("safeguard", "escape"),
    "reciprocal": ("reciprocal",),
    "punitive": ("punitive", "penal"),
    "retaliatory": ("retaliat", "sanction", "reprisal", "alleged", "failure", "response", "counter"),
    "ad valorem": ("valorem",),
}
"""For each cue, lowercase pieces of which every match holds one (each branch of its pattern
spells one out): a text without any of them is not scanned for that cue. Edit with KIND_CUES."""
_LOWERCASE_CUES = tuple((name, re.compile(rx.pattern, rx.flags & ~re.I)) for name, rx in KIND_CUES)
"""KIND_CUES without re.I, for a lowercased text (`lexicon.lowercases_in_place`)."""


def cue_starts(text: str) -> Iterator[tuple[str, Iterator[int]]]:
    """Each kind cue (in the order of KIND_CUES) with the offsets where it matches in `text`,
    as its pattern finds them. A text that lowercases in place (most news) is lowercased once
    and searched only for the cues whose stems it holds (a look for a few words, not a scan with
    each cue at every character); a cue it cannot hold is left out."""
    if not lowercases_in_place(text):
        for name, rx in KIND_CUES:
            yield name, (m.start() for m in rx.finditer(text))
        return
    low = text.lower()
    for name, rx in _LOWERCASE_CUES:
        if any(stem in low for stem in _STEMS[name]):
            yield name, (m.start() for m in rx.finditer(low))


FORM_ONLY = frozenset({"ad valorem"})
"""Cues that say how a duty is levied, not why: they yield to any cue of purpose ("safeguard
measures ... by imposing 25 per cent ad valorem tariffs" is a safeguard)."""
COMBINED = re.compile(r"\b(?:total|combined|overall|effective|aggregate|cumulative)\b", re.I)
"""A combined level ("the total lumber duties", "an effective tariff rate") has no single kind.
"Anti-dumping and countervailing duties" without such a word are two measures (see ellipsis)."""


_NEGATED = re.compile(r"(?:\b(?:not|never|no|without)|n't|n’t)\s+(?:\w+\s+){0,2}$", re.I)


def negated(text: str, start: int) -> bool:
    """A cue denied just before it: "will not retaliate", "has no plans to retaliate" is no kind."""
    return bool(_NEGATED.search(text, max(0, start - 25), start))


def kind_cue(text: str) -> tuple[str, int] | None:
    """The first kind cue of purpose in text and its offset (a form-only cue when there is no
    other), or None; a denied cue ("will not retaliate") counts for nothing."""
    best: tuple[str, int] | None = None
    form: tuple[str, int] | None = None
    for name, starts in cue_starts(text):
        at = next((at for at in starts if not negated(text, at)), None)
        if at is None:
            continue
        if name in FORM_ONLY:
            form = (name, at)
        elif best is None or at < best[1]:
            best = (name, at)
    return best or form


def combined_level(noun_phrase: str) -> bool:
    """Whether a tariff noun phrase names a combined level of several measures."""
    return bool(COMBINED.search(noun_phrase))
