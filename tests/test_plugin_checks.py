"""Plugins are checked, not trusted: invalid items, SystemExit, record-key names, item schemas,
a document over its time budget. In process, with plugins found through the entry-point group."""

from __future__ import annotations

import sys

import pytest

from article_annotator import registry
from conftest import invoke, records
from hostile import HOSTILE, install

TEXT = "Angela Merkel visited Berlin on Monday.\n"


@pytest.fixture()
def hostile(tmp_path, monkeypatch):
    def _install(*names: str) -> None:
        install(tmp_path, names) if names else install(tmp_path)

    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend(str(HOSTILE))
    yield _install
    sys.modules.pop("hostile_plugins", None)


def test_invalid_items_are_dropped_and_named_as_the_documents_error(runner, hostile, validator):
    hostile("liar")
    result = invoke(runner, "-", "-a", "liar,dates", "-q", input=TEXT)
    assert result.exit_code == 1
    (record,) = records(result.stdout)
    validator.validate(record)
    assert record["liar"] == [{"start": 0, "end": 4, "text": "Ange"}]
    assert record["dates"]  # the other annotator is untouched
    (error,) = record["errors"]
    assert error["annotator"] == "liar" and error["message"].startswith("4 invalid items dropped")
    assert "outside the text" in error["message"]
    assert "annotator liar failed: 4 invalid items dropped" in result.stderr


def test_sys_exit_in_a_plugin_costs_its_field_not_the_run(runner, hostile, validator):
    hostile("quitter")
    result = invoke(runner, "-", "-a", "quitter,dates", input=TEXT)
    assert result.exit_code == 1
    (record,) = records(result.stdout)
    validator.validate(record)
    assert record["quitter"] == [] and record["dates"]
    assert record["errors"] == [{"annotator": "quitter", "message": "SystemExit: 3"}]
    assert "1 document, 1 error" in result.stderr


def test_a_plugin_named_like_a_record_key_is_refused_when_loaded(runner, hostile):
    hostile("id")
    with pytest.raises(registry.AnnotateError, match="E015"):
        registry.load("id")
    result = invoke(runner, "-", "-a", "id", input=TEXT)
    assert result.exit_code == 2 and "record key" in result.stderr and result.stdout == ""


def test_a_default_run_leaves_a_broken_plugin_out_with_a_warning(runner, hostile):
    hostile("id")
    result = invoke(runner, "-", "-q", input=TEXT)
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    assert not isinstance(record["id"], list)  # the record's own id, not a plugin's list
    assert set(registry.BUILT_INS) <= record.keys()
    assert "warning: E015" in result.stderr and "left out" in result.stderr


def test_items_are_checked_against_the_declared_item_schema(runner, hostile):
    hostile("typed")
    result = invoke(runner, "-", "-a", "typed", "-q", input=TEXT)
    (record,) = records(result.stdout)
    assert record["typed"] == [{"start": 0, "end": 1, "text": "A", "value": 1.5}]
    (error,) = record["errors"]
    assert "item_schema" in error["message"] and "'one' is not of type 'number'" in error["message"]


def test_a_hanging_plugin_costs_its_document_and_the_run_goes_on(runner, hostile, tmp_path):
    hostile("sleepy")
    stuck = tmp_path / "a-stuck.txt"
    stuck.write_text("This one says HANGHERE and never ends.\n")
    fine = tmp_path / "b-fine.txt"
    fine.write_text(TEXT)
    result = invoke(runner, str(stuck), str(fine), "-a", "sleepy,dates", "--doc-timeout", "1")
    assert result.exit_code == 1
    assert [r["id"] for r in records(result.stdout)] == [str(fine)]
    assert f"annotate: {stuck}: took longer than 1 s" in result.stderr
    assert "1 document, 1 error" in result.stderr


def test_registry_refuses_an_item_schema_that_is_not_an_object():
    class Odd:
        name, version, description = "odd", "1", "bad schema"
        requires: frozenset = frozenset()
        depends_on: tuple = ()
        item_schema = "a string"

        def annotate(self, doc):
            return []

    registry.register(Odd)
    try:
        with pytest.raises(registry.AnnotateError, match="E016"):
            registry.load("odd")
    finally:
        registry._extra.pop("odd")
