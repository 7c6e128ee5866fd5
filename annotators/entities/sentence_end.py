"""A name's abbreviation dot that also ends the sentence belongs to the sentence.

"The plant was sold to Harlow Corp." gives "Harlow Corp", as the gold sets tokenise it: the
one full stop closes both the abbreviation and the sentence, and the name is whole without
it. Only a one-dot abbreviation of two to four letters at the name's end counts ("Corp.", "Co.",
"Bros.", "Fla."; an initial does not: "Ana R." may go on with "Vela" on the next line),
and only when nothing but double quotes, brackets or spaces follow on its line ("... said Vela of
Harlow & Co. \""); a dotted acronym keeps its dots ("the U.S."), and so does a name the
sentence goes on after ("Harlow Corp. said").
"""

from __future__ import annotations

import re

from .lines import LineMap
from .mention import Mention

_ONE_DOT_ABBREVIATION = re.compile(r"(?<![\w.])[A-Z][a-z]{1,3}\.$")
_LINE_END = re.compile(r"[ \t\"“”)\]]*(?:\n(?![ \t]*[a-z])|$)")
"""Closing marks only: an apostrophe after "Bros." is a possessive ("Harlow Bros.' chief"); and
no lowercase word opening the next line, which goes on with the sentence in hard-wrapped text
(a line ending "sold to Harlow Corp." and the next opening "said on Monday")."""


_DOT_ENDS = (".", ".\n")
"""How a mention ends when `_ONE_DOT_ABBREVIATION` can match there (`$` also matches before a
final line break): a cheap test before the search."""


def ends_sentence(m: Mention, text: str) -> bool:
    """The mention ends in a one-dot abbreviation followed only by closing marks on its line."""
    return (
        text.endswith(_DOT_ENDS, 0, m.end)
        and bool(_ONE_DOT_ABBREVIATION.search(text, max(m.start, m.end - 5), m.end))
        and bool(_LINE_END.match(text, m.end))
        and m.end - m.start > 2
    )


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    for m in mentions:
        if ends_sentence(m, text):
            m.end -= 1
    return mentions
