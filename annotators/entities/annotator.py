"""EntitiesAnnotator: spaCy NER mentions made trustworthy by span hygiene and document-level rules."""

from __future__ import annotations

from ..document import Document
from . import rules
from .clusters import cluster
from .dateline_tails import names_after_datelines
from .lines import LineMap
from .mention import NAME_LABELS, Mention, model_mentions
from .spans import is_handle_or_url, over_cut_and, pieces, split_lines, trim


class EntitiesAnnotator:
    """Named-entity mentions with OntoNotes labels, in-document clusters, canonical names and
    ISO country codes. Reads only the NER component, so it adds little to the NER cost."""

    name = "entities"
    version = "1.0.0"
    description = "Named entities (OntoNotes labels) with clusters, canonical names and country codes."
    requires = frozenset({"ner"})
    depends_on: tuple[str, ...] = ()

    def annotate(self, doc: Document) -> list[dict]:
        sp = doc.spacy
        if sp is None or not doc.text:
            return []
        text = doc.text
        mentions = self.mentions(sp, text)
        return cluster(mentions, text)

    @staticmethod
    def mentions(sp, text: str) -> list[Mention]:
        """The cleaned, relabelled and completed mentions of one document."""
        lines = LineMap(text)
        found = model_mentions(sp)
        raw = [m for m in found if m.label in NAME_LABELS] + names_after_datelines(text, found)
        clean: list[Mention] = []
        for m in raw:
            for line_piece in split_lines(over_cut_and(m, text), text):
                for piece in pieces(line_piece, text):
                    t = trim(piece, text)
                    if t is not None and not is_handle_or_url(t, text):
                        clean.append(t)
        return rules.apply(clean, text, lines)
