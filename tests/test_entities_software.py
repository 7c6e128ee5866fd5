"""A one-word "person" the document writes as software is a PRODUCT (issue 12): our own sentences."""

from __future__ import annotations

import pytest

from article_annotator.entities.lines import LineMap
from article_annotator.entities.products import written_as_software


def _software(text: str, name: str) -> bool:
    return written_as_software(name, text, LineMap(text))


@pytest.mark.parametrize("text", [
    "The Zelvo browser has won a tenth of the market since its launch.\n",
    "The charity released Zelvo 2.0 on Tuesday, a month late.\n",
    "Registered users of Zelvo can now share their lists.\n",
    "More than a million people downloaded Zelvo in its first week.\n",
    "Quintix said Zelvo users would get the new features first.\n",
])
def test_software_cues_make_a_product(text) -> None:
    assert _software(text, "Zelvo")


@pytest.mark.parametrize("text", [
    "Mr Zelvo said the Zelvo browser was his idea.\n",  # a person cue keeps the person
    "Zelvo said his firm would grow.\n",  # no software cue
    "The court heard a version of Zelvo's story on Monday.\n",  # a possessive: the maker's
    "Zelvo 12.5 mln vs 11.2 mln\n",  # a figure, not a version
    "Dylan users and fans met.\n",  # a given name
])
def test_without_software_cues_the_name_stays(text) -> None:
    name = "Dylan" if text.startswith("Dylan") else "Zelvo"
    assert not _software(text, name)


def test_a_name_read_as_a_place_needs_a_cue_other_than_an_edition() -> None:
    from article_annotator.entities.products import apply
    from article_annotator.entities.mention import Mention

    text = "Fans of the Glossville version left early. The Zelvo browser crashed, and Zelvo users waited.\n"
    g, z = text.index("Glossville"), text.index("Zelvo")
    mentions = [Mention(g, g + len("Glossville"), "GPE"), Mention(z, z + len("Zelvo"), "LOC")]
    assert [m.label for m in apply(mentions, text, LineMap(text))] == ["GPE", "PRODUCT"]
