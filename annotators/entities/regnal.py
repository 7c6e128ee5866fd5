"""A regnal or generational number is part of a person's name: "Henry VIII", "Pope Leo XIV",
"T. Harlow Vane III".

The model ends the person before the numeral ("Henry"). A PERSON mention followed by a space
and a Roman numeral of two letters or more (II to XXXIX; a lone "I", "V" or "X" reads as a
pronoun, a letter or the platform), with no capitalised word after it ("Vane III Holdings"
is a company's name), grows over it.
"""

from __future__ import annotations

import re

from .lines import LineMap
from .mention import Mention

_NUMERAL_AFTER = re.compile(r" (?=[IVX]{2})(X{0,3}(?:IX|IV|V?I{0,3}))(?![\w'-])(?!’)(?!\s+[A-Z])")


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.label != "PERSON":
            continue
        num = _NUMERAL_AFTER.match(text, m.end)
        if num and len(num.group(1)) >= 2 and num.start(1) not in starts:
            m.end = num.end(1)
            m.origin = "regnal"
    return mentions
