"""Speaker affiliation: whom a role-headed source speaks for.

"a spokesman for the mayor", "an aide to the minister", "the mayor's spokesman", "a White
House official", "Ericsson spokesman Ray Sample": the role stays the speaker (or the named
person after it), and the owner is the affiliation, given as the fullest name the document
has for it ("the mayor" after "Mayor Ann Example" gives Ann Example). Nothing else is an
affiliation; a speaker without a role owner gets none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import alternation
from ..lexicon.titles import AFFILIATION_ROLES

_ROLE = r"(?:" + alternation(AFFILIATION_ROLES) + r")"
_OWNER_WORDS = r"(?:[\w.&’'-]+\s+){0,5}?[\w.&’'-]+"
# "a spokesman for the mayor", "an aide to Senator Ann Example", "a lawyer for the family"
_ROLE_FOR = re.compile(r"^(?:(?:an?|the|one|two|three|several|senior|former|chief|top)\s+)*(?:[\w-]+\s+){0,2}?"
                       + _ROLE + r"\s+(?:for|to|of|at|with)\s+(?P<owner>" + _OWNER_WORDS + r")$", re.I)
# "the mayor's spokesman", "Trump's lawyer"
_OWNER_S = re.compile(r"^(?P<owner>" + _OWNER_WORDS + r")(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?" + _ROLE + r"$", re.I)
# "a White House official", "Ericsson spokesman Ray Sample" (owner capitalised, before the role)
_OWNER_BEFORE = re.compile(r"^(?:(?:an?|the|one|senior|former|top)\s+)*(?P<owner>(?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*)\s+"
                           r"(?:[a-z-]+\s+){0,2}?" + _ROLE + r"(?P<name>\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?$")


@dataclass
class Owner:
    """The owner's words inside the speaker mention (offsets relative to the mention) and
    whether a personal name follows the role ("Ericsson spokesman Ray Sample")."""

    start: int
    end: int
    named_person: bool


def role_owner(mention: str) -> Owner | None:
    """The owner named beside a role noun in a speaker mention, or None."""
    mention = mention.strip()
    for pattern in (_ROLE_FOR, _OWNER_S, _OWNER_BEFORE):
        m = pattern.match(mention)
        if m is None:
            continue
        owner = m.group("owner")
        if owner.lower() in ("the", "a", "an", "his", "her", "their", "its"):
            continue
        named = pattern is _OWNER_BEFORE and bool(m.group("name"))
        return Owner(m.start("owner"), m.end("owner"), named)
    return None
