"""Two names the model fused over "and", split when each side is a name of its own.

A side is a name of its own when it is the text of another mention in the document, or two
words or more ending in a company suffix: "Exovera and Planate Management Group" beside
"Exovera" gives two ORGs, "Okafor and Brandt" beside "Okafor" and "Brandt" two people. Each
side takes the label of its other mention, else ORG. "Investors Bank and Trust", "Nippon
Telegraph and Telephone Corp" and a one-word tail of an "of" phrase ("University of the
Highlands and Islands") stay whole. Runs after the rules that add names the model
missed ("Exovera said it", typed.py), so their mentions count.
"""

from __future__ import annotations

from .evidence import CORPORATE_SUFFIXES
from .lines import LineMap
from .mention import Mention

_AND = " and "


def _side_label(side: str, labels: dict[str, str]) -> str | None:
    """The label of one side of a fused "A and B": its own mention's, or ORG for a suffixed name."""
    if side in labels:
        return labels[side]
    words = side.split()
    return "ORG" if len(words) >= 2 and words[-1] in CORPORATE_SUFFIXES and words[0][:1].isupper() else None


def split_coordinated(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Exovera and Planate Management Group" gives two ORGs when each side is a name of its own."""
    if not any(_AND in m.text(text) for m in mentions):
        return mentions
    labels = {m.text(text): m.label for m in mentions if _AND not in m.text(text)}
    out: list[Mention] = []
    for m in mentions:
        name = m.text(text)
        cut = name.find(_AND) if name.count(_AND) == 1 else -1
        left, right = (name[:cut], name[cut + len(_AND) :]) if cut > 0 else ("", "")
        of_phrase = " of " in left and " " not in right  # "University of the Highlands and Islands"
        named = not of_phrase and right[:1].isupper()
        sides = (_side_label(left, labels), _side_label(right, labels)) if named else (None, None)
        if None in sides:
            out.append(m)
            continue
        out.append(Mention(m.start, m.start + cut, sides[0], "repair"))
        out.append(Mention(m.end - len(right), m.end, sides[1], "repair"))
    return out


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    return split_coordinated(mentions, text)
