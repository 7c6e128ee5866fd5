"""The maker named after "directed by", "written by", "founded by" is a person: "a film directed by
Siddharth Anand", "the startup founded by Mira Okafor".

The small model misses some such names, most often unfamiliar ones late in a sentence. Two or
three capitalised words right after a verb of making and "by" (`_AGENT_VERBS`), none of them
covered by a mention (or all of them by one the model read as a place, a building or a work:
"Siddharth Anand" FAC), are a PERSON when the first is a given name that is no dictionary word
("Siddharth"; not "Prime Minister ...", "General Motors", "Will"); the name memory then finds
its other occurrences.
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.firstnames import may_be_given_name
from .index import SpanIndex, at_words
from .lexicon import is_common_word
from .lines import PROSE, LineMap
from .mention import Mention

_AGENT_VERBS = frozenset(
    """directed written produced composed founded co-founded co-directed co-written designed
    painted authored edited choreographed coached""".split()
)
"""Past participles whose "by" names a person who made or leads the thing."""
_KEYS = frozenset(v.split("-")[0] for v in _AGENT_VERBS)
"""The index words the verbs open with ("co" of "co-founded")."""
_RELABELLED = frozenset({"FAC", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART"})
"""Labels the model gives such a name that turn PERSON; an ORG stays ("produced by Warner Bros")."""
_AGENT = re.compile(
    r"(?:" + alternation(_AGENT_VERBS) + r")[ \t]+by[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][\w'’-]+){1,2})(?![\w'’-]|[ \t][A-Z])"
)


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not lines.words.has_any(_KEYS):
        return mentions
    index = SpanIndex(mentions)
    added = False
    for m in at_words(_AGENT, _KEYS, text, lines.words):
        s, e = m.span(1)
        first = m.group(1).split()[0]
        if lines.kind(s) != PROSE or is_common_word(first) or not may_be_given_name(first):
            continue
        there = list(index.overlapping(s, e))
        if not there:
            index.add(Mention(s, e, "PERSON", "agent_names"))
            added = True
        elif len(there) == 1 and (there[0].start, there[0].end) == (s, e) and there[0].label in _RELABELLED:
            there[0].label, there[0].origin = "PERSON", "agent_names"
    return list(index) if added else mentions
