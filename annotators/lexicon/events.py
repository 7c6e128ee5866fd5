"""Words that name a competition as an adjective.

Written by hand: the games whose adjective news writes before a title or a sport ("the
Olympic champion", "a Paralympic sprinter"), where the word alone names the event.
"""

from __future__ import annotations

EVENT_ADJECTIVES: frozenset[str] = frozenset({"Olympic", "Paralympic"})
"""An event named by its adjective alone: "Olympic 100 metres champion Ana Vela" (EVENT)."""
