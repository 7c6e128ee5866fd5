"""How personal names are built: surname particles and the pieces of hyphenated given names.

Written by hand from European, Arabic and Korean naming customs as English news writes them.
"""

from __future__ import annotations

import re

SURNAME_PARTICLES: tuple[str, ...] = (
    "von der", "van der", "van den", "van de", "de la", "de los", "de las", "della", "dalla",
    "von", "van", "der", "den", "des", "de", "da", "di", "del", "dos", "das", "du", "le", "la",
    "bin", "ibn", "bint", "al", "el", "ben", "ter", "zu",
)
"""Lowercase words that open a surname ("Ursula von der Leyen", "Virgil van Dijk", "Faisal bin
Farhan", "Ahmed al-Sharaa", "Laurence des Cars"); longest first where one opens another ("von der" before "von")."""

PARTICLE_WORDS: frozenset[str] = frozenset(w for p in SURNAME_PARTICLES for w in p.split())

_ARTICLE_SURNAME = re.compile(r"(?:al|el|Al|El)-([A-Z][\w'’-]+)")


def without_article(word: str) -> str | None:
    """An Arabic surname without its article, as the news writes it on second mention ("al-Sisi"
    -> "Sisi", "al-Sharaa" -> "Sharaa"); None for a word with no article."""
    found = _ARTICLE_SURNAME.fullmatch(word)
    return found.group(1) if found else None
"""The single words of the particles ("von", "der", "bin"): what a rule tests one word against."""

COMPOUND_SUFFIXES: frozenset[str] = frozenset(
    """led backed based born bred era style owned run linked made funded aligned appointed
    friendly leaning supporting supported allied controlled inspired like type esque ite ites
    ism ist ists""".split()
)
"""Lowercase words after a hyphen that make a name an adjective ("Smith-led", "Trump-era"),
never the second piece of a given name ("Suk-yeol", "Jae-myung")."""

HYPHEN_NAME_PIECE_MAX = 5
"""The longest lowercase piece after a hyphen taken as part of a given name ("myung")."""

INNER_CAPITAL_SURNAME_PREFIXES: tuple[str, ...] = ("Mac", "Fitz", "Van", "Von", "Del", "Della", "Dal", "San")
"""Surname openings written with a capital after them ("MacArthur", "FitzGerald", "VanDyke"):
a name of that shape is a person's, not a brand's."""


def brand_shaped(word: str) -> bool:
    """One word with a capital inside after its initial and three or more lowercase letters
    ("SpaceX", "OpenAI", "BlackRock"): how companies, not people, write their names. Shorter
    openings are left alone, being surnames as often ("DeSantis", "McDonald", "LeBron"; also
    "PayPal"), and so is "MacArthur" (INNER_CAPITAL_SURNAME_PREFIXES)."""
    if not word.isalpha() or not word[:1].isupper() or word.startswith(INNER_CAPITAL_SURNAME_PREFIXES):
        return False
    k = 1
    while k < len(word) and word[k].islower():
        k += 1
    return k >= 4 and k < len(word)


KIN_NOUNS: frozenset[str] = frozenset(
    """family families sisters brothers twins siblings clan household couple dynasty cousins
    children sons daughters parents""".split()
)
"""Nouns after "the" + a surname that make it a family of people ("the Williams sisters")."""


EAST_ASIAN_SURNAMES: frozenset[str] = frozenset(
    """Kim Lee Yi Rhee Park Pak Choi Choe Chung Jung Jeong Kang Cho Jo Yoon Yun Jang Chang Lim Im
    Han Oh Seo Suh Shin Kwon Hwang Ahn Song Yoo Ryu Hong Jeon Chun Ko Koh Moon Son Sohn Yang Bae
    Baek Paik Heo Huh Nam Noh Roh Kwak Sung Cha Joo Choo Woo Koo Min Chey Hyun Ban Chae Byun Yeo
    Lai Tsai Chen Lin Huang Wang Wu Liu Hsu Cheng Chiang Hou Hsieh Kuo Yeh Chou Tseng Hsiao Tung
    Kao Lien Soong Lam Leung Tang Tsang Chan Wong Cheung Ho Ng Yip Kwok Chow Tam Fung Lau""".split()
)
"""Korean, Taiwanese and Hong Kong surnames as English news romanises them, written before a
hyphenated given name ("Son Heung-min", "Lee Jae-myung", "Lai Ching-te", "Lam Cheng Yuet-ngor"
aside): with that given name the pair is a person's full name whatever the surname means in
English ("Son", "Moon", "Song", "Park")."""
