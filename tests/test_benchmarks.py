"""The bulk junk check classifies mentions the way its docstring says (texts written here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # a dataclass in the script looks its module up there
    spec.loader.exec_module(module)
    return module


def test_junk_kinds() -> None:
    junk = _module("entities_junk")
    text = "The bill passed. Bill Hart of Labour spoke; three British firms agreed to the bill."
    lower = junk.lowercase_words(text)

    def kind(t: str, label: str = "ORG") -> str | None:
        return junk.junk_kind({"text": t, "label": label}, text, lower)

    assert kind("the") == "function_word" and kind("The", "PERSON") == "function_word"
    assert kind("tariffs") == "lowercase"
    assert kind("1,200") == "number" and kind("three") == "number"
    assert kind("Bill", "PERSON") == "common_noun"  # "the bill" is written here
    assert kind("Labour", "PERSON") == "party_person"
    assert kind("Labour", "ORG") is None and kind("Bill Hart", "PERSON") is None
    assert kind("British", "NORP") is None


def test_junk_paths_interleave_bbc_categories(tmp_path: Path) -> None:
    junk = _module("entities_junk")
    for folder in ("reuters-trade", "bbc/a", "bbc/b"):
        (tmp_path / folder).mkdir(parents=True)
    for name in ("reuters-trade/r1.txt", "bbc/a/1.txt", "bbc/a/2.txt", "bbc/b/1.txt"):
        (tmp_path / name).write_text("Some text.\n")
    names = [str(p.relative_to(tmp_path)) for p in junk.corpus_paths(tmp_path)]
    assert names == ["reuters-trade/r1.txt", "bbc/a/1.txt", "bbc/b/1.txt", "bbc/a/2.txt"]


def test_speaker_gender_reads_the_documents_own_pronouns() -> None:
    """The gender benchmark's own-evidence side, on a text written here (its imports must exist)."""
    bench = _module("speaker_gender")
    from article_annotator.quotes.genders import GenderEvidence
    from article_annotator.quotes.parse import Ranges

    text = "Ann Example, the mayor, spoke. She said the plan would pass. Example added that she was sure."
    person = bench._Person(0, 11, "Ann Example", "PERSON")
    evidence = GenderEvidence(text, Ranges([]), [person])
    items = [{"speaker_canonical": "Ann Example", "speaker_cluster": 1, "speaker_start": 31, "speaker_end": 34}]
    found = bench.people_with_pronouns(text, items, lambda _text, name: evidence.of_name(name))
    assert found == {"Ann Example": "f"}


def test_dates_extent_tells_a_modifier_inside_from_one_outside() -> None:
    """The extent benchmark's in/out reading, on spans of a text written here."""
    bench = _module("dates_extent")
    cls = {c.name: c for c in bench.CLASSES}
    text = "Talks resumed earlier this week and end on Friday night, two days later."

    def pos(name: str, phrase: str) -> str | None:
        start = text.index(phrase)
        return bench._position(cls[name], text, start, start + len(phrase))

    assert pos("earlier/later", "earlier this week") == "in"
    assert pos("earlier/later", "this week") == "out"
    assert pos("part of day", "Friday night") == "in" and pos("part of day", "Friday") == "out"
    assert pos("ago/earlier/later", "two days") == "out" and pos("ago/earlier/later", "two days later") == "in"
    assert pos("the", "Friday") is None
    record = {"id": "x", "text": text, "meta": {"source": "TBAQ AQUAINT"},
              "gold": {"dates": [{"start": text.index("this week"), "end": text.index(" and")}]}}
    ours = {"x": [{"start": text.index("earlier"), "end": text.index(" and")}]}
    counts = bench.count([record], ours)
    assert counts[("earlier/later", "AQUAINT", "gold", "out")] == 1
    assert counts[("earlier/later", "AQUAINT", "ours", "in")] == 1
