"""The distribution installs every folder of the library under `article_annotator`."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"annotators": "article_annotator", "cli": "article_annotator.cli", "schemas": "article_annotator.schemas"}


def _declared() -> tuple[set[str], dict[str, str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    return set(config["packages"]), config["package-dir"]


def test_every_package_folder_is_declared() -> None:
    packages, _ = _declared()
    on_disk = {
        ".".join((name, *init.parent.relative_to(ROOT / folder).parts))
        for folder, name in FOLDERS.items()
        for init in (ROOT / folder).rglob("__init__.py")
    }
    assert on_disk == packages


def test_folders_map_to_one_import_name() -> None:
    _, package_dir = _declared()
    assert package_dir == {name: folder for folder, name in FOLDERS.items()}


def test_plugin_authors_have_one_stable_import() -> None:
    from article_annotator import Annotator, Document

    assert Document.__module__ == "article_annotator.document"
    assert Annotator.__module__ == "article_annotator.protocol"


def test_nothing_imports_the_folders_by_their_folder_names() -> None:
    """`from annotators…` works only from a checkout and loads a second copy of every module;
    tests, benchmarks and examples import the installed `article_annotator` name."""
    import re

    folder_import = re.compile(r"^\s*(?:from|import)\s+(?:annotators|cli|schemas)(?:\.|\s|$)", re.MULTILINE)
    offenders = [str(path.relative_to(ROOT)) for base in ("tests", "benchmarks", "examples", "annotators", "cli")
                 for path in (ROOT / base).rglob("*.py") if folder_import.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
