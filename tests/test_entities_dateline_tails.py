"""Names the model's date swallows after a dateline dash ("June 19 - The Federal Reserve").
Our own sentences; the companies are made up."""

from __future__ import annotations

import pytest

from article_annotator.entities.dateline_tails import name_after_dateline, names_after_datelines
from article_annotator.entities.mention import Mention


def _date_span(text: str, swallowed: str) -> Mention:
    """A DATE span as the model gives it: from the month to the end of `swallowed`."""
    start = text.index(",") + 2
    return Mention(start, text.index(swallowed) + len(swallowed), "DATE")


def _read(text: str, swallowed: str) -> tuple[str, str] | None:
    found = name_after_dateline(text, _date_span(text, swallowed))
    return None if found is None else (text[found.start : found.end], found.label)


@pytest.mark.parametrize("text, swallowed, expected", [
    ("NEW YORK, June 19 - Halvrix Systems Inc said it cut jobs.", "Halvrix Systems Inc", ("Halvrix Systems Inc", "ORG")),
    ("WASHINGTON, Sept 17, 2025 - The Federal Reserve held rates.", "The Federal Reserve", ("Federal Reserve", "ORG")),
    ("OSLO, March 4, 2026 (Reuters) - Norway raised duties.", "Norway", ("Norway", "GPE")),
    ("PARIS, May 2 - French farmers blocked roads.", "French", ("French", "NORP")),
    ("MANILA, May 2 - The Philippines said it would act.", "The Philippines", ("Philippines", "GPE")),
    ("BRUSSELS, May 2 - The European Union said it would act.", "The European Union", ("European Union", "ORG")),
    ("MANILA, May 2 - Philippine Finance Secretary", "Philippine Finance Secretary", ("Philippine", "NORP")),
    # the model stopped early: the capitalised words go on to the first lowercase one
    ("TORONTO, Oct 19 - The Quillon Mining and Smelting Co said it sold a mine.", "The Quillon",
     ("Quillon Mining and Smelting Co", "ORG")),
])
def test_the_name_after_the_dash_is_read_again(text: str, swallowed: str, expected: tuple[str, str]) -> None:
    assert _read(text, swallowed) == expected


@pytest.mark.parametrize("text, swallowed", [
    ("NEW YORK, June 19 - Shr 95 cts vs 80 cts", "Shr 95"),            # figures, not a name
    ("CHICAGO, June 19 - Qtly div 10 cts vs 10 cts prior", "Qtly"),   # a table row label
    ("LONDON, June 19 - Gold bullion rose on Friday.", "Gold"),       # a lone dictionary word
    ("TOKYO, June 19 - Ten grain ships were loading.", "Ten"),        # a number word
    ("MADRID, Oct 20 - June 30 is the deadline.", "June 30"),         # a date
    ("ROME, June 19 - The use of quotas grew.", "The"),              # no capitalised word
])
def test_what_is_no_name_is_left(text: str, swallowed: str) -> None:
    assert _read(text, swallowed) is None


def test_a_span_with_no_dateline_dash_or_a_name_label_is_left() -> None:
    text = "Talks lasted only two days - Wednesday and Thursday."
    assert name_after_dateline(text, Mention(text.index("only"), text.index(" and"), "DATE")) is None
    text = "LIMA, June 19 - Peru said."
    assert name_after_dateline(text, Mention(0, 4, "GPE")) is None


def test_the_name_stops_where_the_model_s_next_name_starts() -> None:
    text = "LONDON, June 19 - Britain and France said they would act."
    spans = [Mention(0, 6, "GPE"), _date_span(text, "Britain"), Mention(text.index("France"), text.index(" said"), "GPE")]
    assert [(text[m.start : m.end], m.label) for m in names_after_datelines(text, spans)] == [("Britain", "GPE")]


def test_an_end_to_end_wire_story_keeps_its_first_actor() -> None:
    from article_annotator import Document
    from article_annotator.pipeline import Pipeline

    text = "Fed holds rates\n\nWASHINGTON, Sept 17, 2025 - The Federal Reserve left rates unchanged on Wednesday.\n"
    doc = Pipeline(["entities"]).annotate(Document(text=text, id="fed"))
    found = {(e["text"], e["label"]) for e in doc.results["entities"]}
    assert ("Federal Reserve", "ORG") in found
    assert all(text[e["start"] : e["end"]] == e["text"] for e in doc.results["entities"])


def test_a_name_the_model_labels_elsewhere_takes_that_label() -> None:
    text = "MADRID, May 8 - Zelmarko scored twice. Later Zelmarko pounced again."
    later = text.rindex("Zelmarko")
    spans = [Mention(0, 6, "GPE"), _date_span(text, "Zelmarko"), Mention(later, later + 8, "PERSON")]
    assert [(text[m.start : m.end], m.label) for m in names_after_datelines(text, spans)] == [("Zelmarko", "PERSON")]
