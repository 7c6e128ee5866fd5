"""Football clubs the lexicon knows by name are ORG: "Aston Villa", "Real Madrid", "Boca
Juniors" in any story; a one-word club ("Juventus", "Celtic", "Bournemouth") only in a story that
talks sport, after no preposition of place ("in Bournemouth"), and a dictionary word only where
the story never writes it in lower case ("Arsenal", "Hearts") (`lexicon.sport.CLUBS`); so is a club's
short form where the story names the full club ("Real" beside "Real Madrid", "City" beside
"Manchester City": `lexicon.sport.CLUB_SHORT_FORMS`).

The small model reads such a name as a place or a person ("Aston Villa" PERSON, "Manchester
City" GPE), cuts the place out of it ("Madrid" of "Real Madrid" GPE) or misses it at a sentence
start ("Celtic moved six points clear"). A listed name, case as written, becomes one ORG
mention over whatever mentions lie inside it; a mention running past it is left alone, and so
is a name inside a longer capitalised one ("Celtic Park", "Texas Rangers"). A one-word club
that is a listed place ("Barcelona", "Valencia") is left to `club_towns.py`, and one that is a
word of a person named in full stays. Runs after `names.py`, whose majority vote would turn a
club read once as a place back into the place.
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.places import is_named_place
from ..lexicon.sport import CLUB_SHORT_FORMS, CLUBS
from .index import SpanIndex, at_words, leading_words
from .junk import sentence_initial
from .lexicon import is_common_word
from .lines import LineMap
from .mention import Mention
from .names import person_words
from .evidence import LOCATIVE_BEFORE
from .sports import is_sports, talks_sport

_CLUB = re.compile(r"(?:" + alternation(tuple(CLUBS)) + r")(?![\w-])")
_CLUB_KEYS = leading_words(CLUBS)
_SHORT = re.compile(r"(?:" + alternation(tuple(CLUB_SHORT_FORMS)) + r")(?![\w-])")
_SHORT_KEYS = frozenset(CLUB_SHORT_FORMS)
_CAPITALISED_AFTER = re.compile(r" [A-Z]")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]* $")
_REACH = 40
"""Characters read before a one-word club for a preposition of place."""


def _inside_longer_name(text: str, s: int, e: int) -> bool:
    """A capitalised word right after, or right before where no sentence opens ("Celtic Park",
    "Texas Rangers"; not "Celtic" in "... Saturday. Celtic moved")."""
    if _CAPITALISED_AFTER.match(text, e):
        return True
    before = _CAPITALISED_BEFORE.search(text, max(0, s - 30), s)
    return bool(before) and not sentence_initial(text, before.start())


def _club(index: SpanIndex, s: int, e: int) -> bool:
    """One ORG over s..e in place of the mentions inside it; False when one runs past it."""
    return index.take_in(Mention(s, e, "ORG", "club")) is not None


def _full_names(mentions: list[Mention], text: str, lines: LineMap, index: SpanIndex) -> set[str]:
    """Make every listed club of the text an ORG; the clubs named."""
    people = person_words(mentions, text)
    named: set[str] = set()
    sport: bool | None = None
    for m in at_words(_CLUB, _CLUB_KEYS, text, lines.words):
        s, e = m.span()
        name = m.group()
        if _inside_longer_name(text, s, e):
            continue
        if " " not in name:
            if is_common_word(name) and lines.words.has(name.lower()):
                continue  # "arsenal" written too: the document's common noun (names.py's convention)
            if LOCATIVE_BEFORE.search(text, max(0, s - _REACH), s):
                continue  # "the party conference in Bournemouth"
            if sport is None:
                sport = talks_sport(text, lines.words) or is_sports(text, lines.words)
            if not sport:
                continue
        if " " not in name and (is_named_place(name) or name in people):
            named.add(name)  # its short forms may still be read; the town is club_towns' call
            continue
        if _club(index, s, e):
            named.add(name)
    return named


def _short_forms(text: str, lines: LineMap, index: SpanIndex, named: set[str]) -> None:
    """A short form of a club the story names in full, standing alone, is that club."""
    keys = {k for k in lines.words.present(_SHORT_KEYS) if named.intersection(CLUB_SHORT_FORMS[k])}
    if not keys:
        return
    for m in at_words(_SHORT, frozenset(keys), text, lines.words):
        if m.group() in keys and not _inside_longer_name(text, *m.span()):
            _club(index, *m.span())


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not lines.words.has_any(_CLUB_KEYS):
        return mentions
    index = SpanIndex(mentions)
    named = _full_names(mentions, text, lines, index)
    if named:
        _short_forms(text, lines, index, named)
    return list(index)
