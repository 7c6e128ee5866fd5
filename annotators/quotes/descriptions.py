"""Descriptions that the document ties to a name: "the party leader" after "party leader Ann
Example", "the spokesperson" after "ministry spokesperson Li Wen", "the Chancellor" after
"Chancellor Rachel Reeves" (docs/quotes.md, "Who said it").

The speaker mention stays as written; `speaker_canonical` and `speaker_cluster` become the
named person's. One pass over the PERSON mentions and one over the items: linear.
"""

from __future__ import annotations

import bisect
import re

from ..lexicon.organisations import BODY_HEADS
from ..lexicon.titles import ROLE_TITLES, ROLES_AFTER_NAME, SPEAKER_ROLE_WORDS
from .speakers import Mention

ROLE_HEADS = frozenset(w.lower() for w in ROLE_TITLES) | frozenset(SPEAKER_ROLE_WORDS) | frozenset(
    w.lower() for w in ROLES_AFTER_NAME if " " not in w) | frozenset(
    """leader spokesperson spokeswoman spokesman chancellor president minister secretary premier
    governor mayor chief ambassador envoy commissioner negotiator justice lawmaker congressman
    congresswoman prosecutor""".split())
"""Head nouns of a role description that can stand for a person named elsewhere ("the justice"
after "Constitutional Court Justice Moon Hyung-bae", "the striker" after "striker Ann Park")."""

_BEFORE = re.compile(r"(?:^|[^\w-])((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s+$")
_APPOSED = re.compile(r",\s+(?:the|a|an|its|their)\s+((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s*[,.]")
_APPOSED_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s*,\s*$", re.I)
_DESCRIPTION = re.compile(r"^the\s+((?:[\w-]+\s+){0,2}[\w-]+)$", re.I)
REACH = 60  # characters around a name read for its role words


def _role_keys(words: str) -> list[str]:
    """ "Ministry spokesperson" -> ["ministry spokesperson", "spokesperson"], or [] when the last
    word is not a role."""
    ws = words.lower().split()
    if not ws or ws[-1] not in ROLE_HEADS:
        return []
    return [" ".join(ws[-2:]), ws[-1]] if len(ws) >= 2 else [ws[-1]]


def _roles(text: str, mentions: list[Mention]) -> dict[str, tuple[list[int], list[Mention]]]:
    """Role key -> (positions, persons), in text order."""
    out: dict[str, tuple[list[int], list[Mention]]] = {}
    for m in mentions:
        if m.label != "PERSON" or " " not in m.text.strip():
            continue  # a full name only: "Reeves" alone is the short form, not the person's name
        keys = []
        before = _BEFORE.search(text, max(0, m.start - REACH), m.start)
        if before:
            keys += _role_keys(before.group(1))
        apposed = _APPOSED_BEFORE.search(text, max(0, m.start - REACH), m.start)
        if apposed:
            keys += _role_keys(apposed.group(1))  # "the party leader, Ann Example,"
        after = _APPOSED.match(text, m.end, min(len(text), m.end + REACH))
        if after:
            keys += _role_keys(after.group(1))
        for key in dict.fromkeys(keys):
            positions, persons = out.setdefault(key, ([], []))
            positions.append(m.start)
            persons.append(m)
    return out


def tie_descriptions(text: str, items: list[dict], mentions: list[Mention]) -> None:
    """Give "the ROLE" speakers the person the document named with that role before, and
    "the ministry"-like speakers the body whose name that word heads ("the Commerce Ministry")."""
    roles = bodies = None
    for it in items:
        name = it.get("speaker") or ""
        match = _DESCRIPTION.match(name.strip())
        if match is None or it.get("speaker_start") is None:
            continue
        if roles is None:
            roles = _roles(text, mentions)
        person = None
        for key in _role_keys(match.group(1)):
            person = _nearest_before(roles, key, it["speaker_start"])
            if person is not None:
                break
        if person is None:
            if bodies is None:
                bodies = _bodies(mentions)
            person = _nearest_before(bodies, match.group(1).lower().split()[-1], it["speaker_start"])
        if person is not None:
            it["speaker_canonical"] = person.canonical or person.text
            it["speaker_cluster"] = person.cluster


def _bodies(mentions: list[Mention]) -> dict[str, tuple[list[int], list[Mention]]]:
    """Body head word -> (positions, organisations whose name holds it), in text order."""
    out: dict[str, tuple[list[int], list[Mention]]] = {}
    for m in mentions:
        if m.label != "ORG" or " " not in m.text.strip():
            continue
        for word in dict.fromkeys(w.lower() for w in m.text.split()):
            if word in BODY_HEADS:
                positions, orgs = out.setdefault(word, ([], []))
                positions.append(m.start)
                orgs.append(m)
    return out


def _nearest_before(table: dict[str, tuple[list[int], list[Mention]]], key: str, pos: int) -> Mention | None:
    """The last mention filed under `key` that starts before `pos`, or None."""
    positions, found = table.get(key, ([], []))
    k = bisect.bisect_left(positions, pos)
    return found[k - 1] if k else None
