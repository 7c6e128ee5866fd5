"""Words that name a competition as an adjective.

Written by hand: the games whose adjective news writes before a title or a sport ("the
Olympic champion", "a Paralympic sprinter"), where the word alone names the event.
"""

from __future__ import annotations

EVENT_ADJECTIVES: frozenset[str] = frozenset({"Olympic", "Paralympic"})
"""An event named by its adjective alone: "Olympic 100 metres champion Ana Vela" (EVENT)."""

RESULT_VERBS_BEFORE_SIDE: tuple[str, ...] = (
    "beat", "beats", "beating", "defeated", "defeating", "edged", "edging", "thrashed", "thrashing",
    "routed", "crushed", "hammered", "overcame", "downed", "drew with", "draw with", "lost to",
    "losing to", "win over", "victory over", "defeat by", "defeat to", "loss to", "held",
)
"""Words before a side and its score: "beating Middlesbrough 3-1", "drew with Lazio 2-2"."""

RESULT_VERBS_AFTER_SIDE: tuple[str, ...] = (
    "beat", "defeated", "edged", "thrashed", "routed", "crushed", "hammered", "overcame", "downed",
    "drew", "lost", "won", "held",
)
"""Words after a side that go on to its score: "Lazio drew 2-2 with", "Leeds won 3-0"."""

RESULT_NOUNS: tuple[str, ...] = ("win", "victory", "defeat", "loss", "draw", "triumph", "success")
"""A result between a score and the side it was against: "a 2-0 win over Hibernian"."""

SIDE_PREPOSITIONS_AFTER_SCORE: tuple[str, ...] = ("with", "to", "over", "against", "by", "for")
"""Prepositions between a score and a side: "drew 1-1 with Aberdeen", "held 0-0 by Leeds" (not
"at": "won 2-1 at Wembley" names a ground)."""
