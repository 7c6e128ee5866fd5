"""Quotes annotator: direct, split, multi-paragraph, mixed and reported speech, with speakers.

marks.py pairs quotation marks per paragraph (every style, apostrophes skipped, unbalanced
marks recovered locally); cues.py lists reporting verbs, nouns and venues; attribution.py
picks the cues in the dependency parse, indirect.py says what each one reports (clauses,
objects, infinitives, "according to", parentheticals) and parse.py holds the shared parse
helpers (subjects, spans); join.py joins marks and parses — a content inside marks is
direct, a content holding marks is mixed, one without marks is indirect, and marked
stretches without a cue of their own take the nearest cue of their paragraph, a colon
lead-in, a byline or the quotation they continue; speakers.py cleans source mentions,
resolves pronouns and links speakers to entity clusters.
"""

from __future__ import annotations

from .join import build_items


class QuotesAnnotator:
    """Fills `quotes`: one item per contiguous piece of quoted or reported content."""

    name = "quotes"
    version = "0.1.0"
    description = "Direct, split, multi-paragraph, mixed and reported speech, each with its speaker."
    requires = frozenset({"parser"})
    depends_on = ("entities",)

    def annotate(self, doc) -> list[dict]:
        return build_items(doc)


__all__ = ["QuotesAnnotator"]
