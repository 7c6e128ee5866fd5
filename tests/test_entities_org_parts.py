"""A two-word "person" whose end word the document reads alone as a company is a company
(`org_parts.py`). Our own sentences; the companies and people are made up."""

from __future__ import annotations

from article_annotator.entities import org_parts
from article_annotator.entities.lines import LineMap
from tests.mentions import mention_at, texts_and_labels


def test_a_person_reading_turns_when_its_short_form_has_shares() -> None:
    text = "Skarvik Hydro said on Wednesday it would cut 800 jobs at its plants. Hydro shares fell 2 percent in Oslo.\n"
    mentions = [mention_at(text, "Skarvik Hydro", "PERSON"), mention_at(text, "Hydro", "ORG", nth=1)]
    out = org_parts.apply(mentions, text, LineMap(text))
    assert texts_and_labels(out, text) == [("Skarvik Hydro", "ORG"), ("Hydro", "ORG")]


def test_a_given_name_a_title_or_no_company_cue_keeps_the_person() -> None:
    text = (
        "Charles Vellard won in Monaco. Vellard shares a flat in Nice. Mr Orsk Dalen spoke, and Dalen "
        "shares fell. Tarvo Klint arrived and Klint waved to the crowd for a long time.\n"
    )
    mentions = [
        mention_at(text, "Charles Vellard", "PERSON"),
        mention_at(text, "Vellard", "ORG", nth=1),
        mention_at(text, "Orsk Dalen", "PERSON"),
        mention_at(text, "Dalen", "ORG", nth=1),
        mention_at(text, "Tarvo Klint", "PERSON"),
        mention_at(text, "Klint", "ORG", nth=1),
    ]
    out = org_parts.apply(mentions, text, LineMap(text))
    assert [label for _, label in texts_and_labels(out, text)] == ["PERSON", "ORG", "PERSON", "ORG", "PERSON", "ORG"]
