"""The all-capitals headline test, one definition for every annotator.

Wire stories carry headlines and slugs in capitals ("TRADE TALKS END", "JAPAN"). A line or
sentence is a headline when it has at least MIN_LETTERS letters and at least CAPS_SHARE of
them are capitals; lowercase is counted over Latin letters with accents (a-z, à-ÿ).
"""

from __future__ import annotations

import re

MIN_LETTERS = 6
CAPS_SHARE = 0.8

_LOWER_RULES_OUT = 1.25 * (1 - CAPS_SHARE)
"""Lowercase over this share of all characters leaves under CAPS_SHARE capitals, whatever
the letters (there are no more letters than characters): a cheap first test."""

_LETTER = re.compile(r"[^\W\d_]")
_LOWER_DELETED = str.maketrans({c: None for c in [*range(ord("a"), ord("z") + 1), *range(ord("à"), ord("ÿ") + 1)]})
"""Deletes the lowercase letters counted (a-z, à-ÿ): the count is what deleting them takes off
the length, cheaper than listing every lowercase letter with a pattern."""


_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
_ASCII_LETTERS = _ASCII_LOWER + _ASCII_LOWER.upper()
"""In an ASCII text the letters counted are a-z and A-Z, counted by deleting bytes (cheaper still)."""


def _lowercase_count(text: str) -> int:
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw) - len(raw.translate(None, _ASCII_LOWER))
    return len(text) - len(text.translate(_LOWER_DELETED))


def _letter_count(text: str) -> int:
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    return len(_LETTER.findall(text))


def is_all_caps(text: str) -> bool:
    """True for an all-capitals headline: "U.S. TARIFFS ON STEEL", not "Tariffs on steel".

    Prose is ruled out by its lowercase count alone (`_LOWER_RULES_OUT`)."""
    n_lower = _lowercase_count(text)
    if n_lower > _LOWER_RULES_OUT * len(text):
        return False
    n_letters = _letter_count(text)
    return n_letters >= MIN_LETTERS and n_letters - n_lower >= CAPS_SHARE * n_letters


TITLE_MIN_WORDS = 3
TITLE_SHARE = 0.8
_LONG_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]{3,}")  # words of four letters or more


def capitalised_long_words(text: str) -> list[str] | None:
    """The capitalised words of four letters or more of a title-case line ("Moreno Signs Pact
    With Local Unions"), or None when the line is not one: fewer than TITLE_MIN_WORDS such
    words, under TITLE_SHARE of them capitalised, or an all-capitals line."""
    if is_all_caps(text):
        return None
    long = _LONG_WORD.findall(text)
    caps = [w for w in long if w[0].isupper()]
    if len(long) < TITLE_MIN_WORDS or len(caps) < TITLE_SHARE * len(long):
        return None
    return caps

RELATED_LABELS: tuple[str, ...] = ("RELATED", "READ MORE", "READ ALSO", "ALSO READ", "SEE ALSO", "MORE", "WATCH")
"""Labels that open a link to another story: "RELATED: Copper Ships Race to Beat Tariffs"."""

PAGE_FURNITURE: frozenset[str] = frozenset(
    {
        "Share", "Share this", "Share this article", "Contact Us", "Contact", "Comment", "Comments",
        "Advertisement", "Subscribe", "Sign Up", "Sign In", "Log In", "Newsletter", "Read More",
        "Related", "Photo", "Photos", "Image", "Images", "Video", "Watch", "Listen", "Caption",
        "File Photo", "Getty", "Menu", "Home", "Search", "Print", "Email", "Follow", "Copyright",
        "All Rights Reserved",
    }
)
"""Words of a web page's chrome, never a name on their own: "Share", "Contact Us", "Photo:"."""
