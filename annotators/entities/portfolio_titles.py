"""A country before a portfolio and a minister's title is the country alone: "U.S. Energy
Secretary Chris Wright" gives GPE "U.S.", not ORG "U.S. Energy"; "Kelmar Trade Minister" GPE
"Kelmar"; a people's adjective is kept as a NORP ("South African Police Minister Senzo
Mchunu" gives "South African").

The model reads the country and the portfolio as one body. A mention typed ORG whose last
word is a portfolio (`lexicon.organisations.PORTFOLIO_WORDS`) and whose words before it name a
country, right before a title (`PORTFOLIO_TITLES`: "Secretary", "Minister"), keeps only the
country, a GPE; the portfolio and the title are part of no entity, as the gold sets write
them. "the U.S. Treasury said" (no title after it) stays a body.
"""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.organisations import PORTFOLIO_TITLES, PORTFOLIO_WORDS
from .lines import LineMap
from .mention import Mention

_TITLE_AFTER = re.compile(r"[ \t]+(?:" + alternation(PORTFOLIO_TITLES) + r")\b")


def country_of_a_title(m: Mention, text: str) -> Mention | None:
    """The country part of "U.S. Energy" before "Secretary", as a GPE; None when the mention is
    no country and portfolio before a title."""
    name = m.text(text)
    country, _, portfolio = name.rpartition(" ")
    if m.label != "ORG" or portfolio not in PORTFOLIO_WORDS or not country:
        return None
    if not _TITLE_AFTER.match(text, m.end):
        return None
    if is_demonym(country):  # "South African Police" + " Minister": the people's adjective
        return Mention(m.start, m.start + len(country), "NORP", "portfolio_titles")
    if country_code(country) in (None, "EU"):
        return None
    return Mention(m.start, m.start + len(country), "GPE", "portfolio_titles")


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    if not lines.words.has_any(PORTFOLIO_WORDS):
        return mentions
    return [country_of_a_title(m, text) or m for m in mentions]
