"""Quotes annotator: direct, split, multi-paragraph, mixed and reported speech, with speakers.

Pipeline: pair quotation marks (marks.py) → find reporting cues in the dependency parse with
their sources and contents (attribution.py) → join the two: a content inside marks is a
direct quote, a content containing marks is mixed, a content without marks is indirect;
marked stretches without a cue of their own take one from their sentence, from a preceding
"X said:" or from the quotation they continue (join.py) → resolve and link speakers
(speakers.py).
"""

from __future__ import annotations

from annotators.quotes.join import build_items


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
