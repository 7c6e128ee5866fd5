"""Embedded posts: a social-media post set out as its own paragraph, without quotation marks.

Two layouts are read (docs/quotes.md):
- a lead-in paragraph that ends "… wrote on X:" (a posting verb, "on" a platform or an account,
  a colon) and the next paragraph, which is the post: its speaker is the lead-in's subject;
- a post followed by its signature line, "— Name (@handle) Date", as embedded posts are
  pasted from a page: the post is the paragraph before, its speaker the signed name.
A trailing link ("pic.twitter.com/…", "https://…") is not part of the post. Each is a `direct`
quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import alternation
from ..lexicon.speech import MEDIA_HEADS, PLATFORMS, POSTING_VERBS

_PLATFORM_WORDS = {p.replace("_", " ") for p in PLATFORMS} | MEDIA_HEADS
_LEAD_IN = re.compile(
    r"\b(?P<verb>" + alternation(POSTING_VERBS) + r")\b(?:\s+(?:a|this|the|in\s+a|in\s+the)\s+"
    r"(?:post|message|tweet|statement))?\s+on\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w@.-]+\s+){0,3}?"
    r"(?:" + alternation(_PLATFORM_WORDS) + r")\b[^\n:]{0,40}:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_COLON_LINE_END = re.compile(r":[ \t]*$", re.MULTILINE)
"""Where every lead-in ends: a text without one has no lead-in, and finding this literal is far
cheaper than trying the lead-in pattern, which starts with an alternation, at every position."""
_SIGNATURE = re.compile(r"^[ \t]*[—–―-]{1,2}[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3})"
                        r"[ \t]*\(@\w{1,30}\)[^\n]{0,40}$", re.MULTILINE)
_TRAILING_LINK = re.compile(r"(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
_MARKS = re.compile(r"[\"“”«»]")
MAX_POST_CHARS = 600
"""A paragraph longer than this after a lead-in is article text, not a post."""


@dataclass(frozen=True)
class EmbeddedPost:
    """A post's words and who is given as writing them: the lead-in's verb or the signature."""

    start: int
    end: int
    verb: tuple[int, int] | None  # the posting verb of a lead-in ("wrote")
    signer: tuple[int, int] | None  # the name of a signature line


def _paragraph_after(text: str, pos: int) -> tuple[int, int] | None:
    """The next non-blank line after `pos`, trimmed."""
    start = pos
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return (start, end) if end > start else None


def _paragraph_before(text: str, pos: int) -> tuple[int, int] | None:
    """The last non-blank line ending before `pos`, trimmed."""
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    return (start, end) if end > start else None


def _post_words(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span without a trailing link; None when it is no post (marks, too long, no words)."""
    if span is None:
        return None
    a, b = span
    body = text[a:b]
    if len(body) > MAX_POST_CHARS or _MARKS.search(body) or _LEAD_IN.search(body):
        return None
    link = _TRAILING_LINK.search(body)
    if link is not None:
        b = a + link.start()
    return (a, b) if any(ch.isalpha() for ch in text[a:b]) else None


def find_posts(text: str) -> list[EmbeddedPost]:
    """Every embedded post of the text, in order (one pass of each pattern)."""
    found: dict[int, EmbeddedPost] = {}
    leads = _LEAD_IN.finditer(text) if _COLON_LINE_END.search(text) else ()
    for lead in leads:
        span = _post_words(text, _paragraph_after(text, lead.end()))
        if span is not None:
            found[span[0]] = EmbeddedPost(span[0], span[1], lead.span("verb"), None)
    signatures = _SIGNATURE.finditer(text) if "(@" in text else ()  # each signature has its handle
    for sig in signatures:
        span = _post_words(text, _paragraph_before(text, sig.start()))
        if span is not None:
            found[span[0]] = EmbeddedPost(span[0], span[1], None, sig.span("name"))
    return [found[k] for k in sorted(found)]
