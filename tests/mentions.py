"""Model mentions for rule tests: every occurrence of some names as PERSON, and the labels a
rule leaves on them (shared by the entity rule tests that start from the model's PERSON reading)."""

from __future__ import annotations

from article_annotator.entities.lines import LineMap
from article_annotator.entities.mention import Mention


def persons(text: str, *names: str) -> list[Mention]:
    """Every occurrence of each name as a model PERSON mention, in text order."""
    out = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            out.append(Mention(start, start + len(name), "PERSON"))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda m: m.start)


def labels_after(rule, text: str, *names: str) -> dict[str, set[str]]:
    """name -> the labels its mentions have after `rule.apply` (a module of entities rules)."""
    out: dict[str, set[str]] = {}
    for m in rule.apply(persons(text, *names), text, LineMap(text)):
        out.setdefault(m.text(text), set()).add(m.label)
    return out


def mention_at(text: str, piece: str, label: str, origin: str = "model", nth: int = 0) -> Mention:
    """A mention of the `nth` occurrence (from 0) of `piece` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Mention(start, start + len(piece), label, origin)


def texts_and_labels(mentions: list[Mention], text: str) -> list[tuple[str, str]]:
    """(text, label) of each mention, in the order given."""
    return [(m.text(text), m.label) for m in mentions]
