"""How personal names are built: surname particles and the pieces of hyphenated given names.

Written by hand from European, Arabic and Korean naming customs as English news writes them.
"""

from __future__ import annotations

SURNAME_PARTICLES: tuple[str, ...] = (
    "von der", "van der", "van den", "van de", "de la", "de los", "de las", "della", "dalla",
    "von", "van", "der", "den", "de", "da", "di", "del", "dos", "das", "du", "le", "la",
    "bin", "ibn", "bint", "al", "el", "ben", "ter", "zu",
)
"""Lowercase words that open a surname ("Ursula von der Leyen", "Virgil van Dijk", "Faisal bin
Farhan", "Ahmed al-Sharaa"); longest first where one opens another ("von der" before "von")."""

COMPOUND_SUFFIXES: frozenset[str] = frozenset(
    """led backed based born bred era style owned run linked made funded aligned appointed
    friendly leaning supporting supported allied controlled inspired like type esque ite ites
    ism ist ists""".split()
)
"""Lowercase words after a hyphen that make a name an adjective ("Smith-led", "Trump-era"),
never the second piece of a given name ("Suk-yeol", "Jae-myung")."""

HYPHEN_NAME_PIECE_MAX = 5
"""The longest lowercase piece after a hyphen taken as part of a given name ("myung")."""
