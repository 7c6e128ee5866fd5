"""Plugins: the example plugin found through the entry-point group, exactly as an install would."""

from __future__ import annotations

import sys

import orjson
import pytest

from article_annotator import registry
from conftest import ROOT, invoke, records

EXAMPLE = ROOT / "examples" / "annotate-money"


@pytest.fixture()
def installed_example(tmp_path, monkeypatch):
    """Install the example plugin's metadata (what `pip install` writes) on a path of its own."""
    dist_info = tmp_path / "annotate_money-0.1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: annotate-money\nVersion: 0.1.0\n")
    (dist_info / "entry_points.txt").write_text(
        "[article_annotator.annotators]\nmoney = annotate_money:MoneyAnnotator\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend(str(EXAMPLE))
    yield
    sys.modules.pop("annotate_money", None)


def test_installed_plugin_is_listed_with_its_package(runner, installed_example):
    listing = {a["name"]: a for a in orjson.loads(invoke(runner, "annotators", "--json").stdout)}
    assert listing["money"]["package"] == "annotate-money"
    assert listing["money"]["requires"] == []


def test_installed_plugin_runs_from_the_cli(runner, installed_example, tmp_path, validator):
    article = tmp_path / "deal.txt"
    article.write_text("Tokyo agreed to buy 300 mln dlrs of chips and a $1.5 billion stake.\n")
    result = invoke(runner, str(article), "-a", "money", "-q")
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    validator.validate(record)
    assert [(m["text"], m["currency"], m["value"]) for m in record["money"]] == [
        ("300 mln dlrs", "USD", 300e6),
        ("$1.5 billion", "USD", 1.5e9),
    ]


def test_runtime_registration_for_notebooks_and_tests(runner):
    class Shout:
        name, version, description = "shout", "1", "all-caps words"
        requires: frozenset[str] = frozenset()
        depends_on = ("dates",)

        def annotate(self, doc):
            import re

            assert "dates" in doc.results  # dependencies ran first
            return [{"start": m.start(), "end": m.end(), "text": m.group()} for m in re.finditer(r"\b[A-Z]{3,}\b", doc.text)]

    registry.register(Shout)
    try:
        result = invoke(runner, "-", "-a", "shout", "-q", input="NATO met in ROME.")
    finally:
        registry._extra.pop("shout")
    (record,) = records(result.stdout)
    assert [s["text"] for s in record["shout"]] == ["NATO", "ROME"]


def test_a_plugin_missing_the_protocol_is_refused_with_a_clear_error():
    class Half:
        name = "half"

    registry.register(Half)
    try:
        with pytest.raises(registry.AnnotateError, match="lacks version"):
            registry.load("half")
    finally:
        registry._extra.pop("half")


def test_resolving_annotators_and_their_dependencies_reads_the_entry_points_once(monkeypatch):
    # Each reading scans every installed distribution; tariffs needs entities and dates.
    readings = []
    real = registry.entry_points
    monkeypatch.setattr(registry, "entry_points", lambda **kw: readings.append(kw) or real(**kw))
    names = [a.name for a in registry.resolve(["quotes", "tariffs"])]
    assert set(names) == {"entities", "quotes", "dates", "tariffs"}
    assert len(readings) == 1
