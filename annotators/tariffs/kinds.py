"""The kind of a measure (the cue that names why or how it is levied): anti-dumping, countervailing, retaliatory, punitive, ..."""

from __future__ import annotations

import re

KIND_CUES: tuple[tuple[str, re.Pattern], ...] = (
    ("anti-dumping", re.compile(r"\banti-?\s?dumping\b|\bdumping\s+(dut|tariff|lev|margin|investigat|"
                                r"case|complaint|petition|charge|finding|ruling)", re.I)),
    ("countervailing", re.compile(r"\bcou?nt?ervail\w*|\b(?:unfair|unfairly|illegal)\s+(?:\w+\s+)?subsid\w*|"
                                  r"\bsubsidi[sz]ed\s+(?:imports|exports|goods|products)", re.I)),
    ("variable levy", re.compile(r"\bvariable\s+(import\s+)?lev(y|ies)\b", re.I)),
    ("safeguard", re.compile(r"\bsafeguards?\b|\bescape[- ]clause\b", re.I)),
    ("reciprocal", re.compile(r"\breciprocal\b", re.I)),
    ("punitive", re.compile(r"\bpunitive\b|\b(penalty|penal)\s+(import\s+)?(tariffs?|duties|levies|taxes)\b", re.I)),
    ("retaliatory", re.compile(
        r"\bretaliat\w*|\bsanctions?\b|\breprisals?\b|\balleged\s+(failure|violation|breach|refusal)|"
        r"\bfailure\s+to\s+(honou?r|uphold|abide|live\s+up|comply|adhere|respect|open)|"
        r"\bin\s+response\s+to\b", re.I)),
    ("ad valorem", re.compile(r"\bad\s+valorem\b", re.I)),
)


def kind_cue(text: str) -> tuple[str, int] | None:
    """The first kind cue in text and its offset, or None."""
    best: tuple[str, int] | None = None
    for name, rx in KIND_CUES:
        m = rx.search(text)
        if m and (best is None or m.start() < best[1]):
            best = (name, m.start())
    return best
