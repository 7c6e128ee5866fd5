"""The bulk junk check classifies mentions the way its docstring says (texts written here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
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
