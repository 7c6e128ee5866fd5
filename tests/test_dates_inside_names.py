"""Dates inside names are dropped when entities ran first (issue 12), a soft ordering."""

from __future__ import annotations

from article_annotator import registry
from article_annotator.dates.annotator import DatesAnnotator
from article_annotator.dates.inside_names import drop_inside_names, inside
from article_annotator.document import Document

from conftest import invoke, records


def _date(start: int, end: int) -> dict:
    return {"start": start, "end": end}


def test_inside_needs_the_whole_date_within_one_name() -> None:
    spans = [(0, 11), (20, 30)]
    assert inside(spans, 8, 11)  # "May" in "Theresa May"
    assert not inside(spans, 9, 14)  # runs past the name
    assert not inside(spans, 12, 15)  # between names
    assert inside(spans, 20, 30)


def test_only_person_org_and_work_of_art_swallow_dates() -> None:
    dates = [_date(8, 11), _date(40, 44)]
    entities = [{"start": 0, "end": 11, "label": "PERSON"}, {"start": 36, "end": 50, "label": "EVENT"}]
    assert drop_inside_names(dates, entities) == [_date(40, 44)]
    assert drop_inside_names(dates, None) == dates  # entities did not run


def test_dates_alone_keeps_every_date() -> None:
    text = "Theresa May spoke on Tuesday."
    doc = Document(id="t", text=text, meta={"date": "2025-05-06"})
    assert [d["text"] for d in DatesAnnotator().annotate(doc)] == ["May", "Tuesday"]
    doc.results["entities"] = [{"start": 0, "end": 11, "text": "Theresa May", "label": "PERSON"}]
    assert [d["text"] for d in DatesAnnotator().annotate(doc)] == ["Tuesday"]


def test_entities_run_before_dates_when_both_are_chosen() -> None:
    assert [a.name for a in registry.resolve(["dates", "entities"])] == ["entities", "dates"]
    assert [a.name for a in registry.resolve(["dates"])] == ["dates"]  # not added
    assert [a.name for a in registry.resolve(["tariffs"])] == ["entities", "dates", "tariffs"]


def test_the_listing_shows_the_soft_ordering(runner) -> None:
    import orjson

    listing = {a["name"]: a for a in orjson.loads(invoke(runner, "annotators", "--json").stdout)}
    assert listing["dates"]["runs_after"] == ["entities"]
    assert listing["dates"]["depends_on"] == []


def test_a_surname_that_is_a_month_is_no_date_end_to_end(runner, tmp_path) -> None:
    path = tmp_path / "may.txt"
    path.write_text("Former prime minister Theresa May said on Tuesday that the vote would go ahead.\n")
    both = records(invoke(runner, str(path), "-a", "dates,entities", "-q", "-f", "jsonl").stdout)[0]
    alone = records(invoke(runner, str(path), "-a", "dates", "-q", "-f", "jsonl").stdout)[0]
    assert [d["text"] for d in alone["dates"]] == ["May", "Tuesday"]
    assert [d["text"] for d in both["dates"]] == ["Tuesday"]
