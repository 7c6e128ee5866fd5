"""The README's examples run as written: its Python blocks and its jq recipes."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)
JQ_RECIPES = [line for line in re.findall(r"^annotate articles/ \| (jq .*)$", README, re.M)]


@pytest.mark.parametrize("block", PYTHON_BLOCKS)
def test_python_examples_run(block, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    exec(compile(block, "README.md", "exec"), {})


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
@pytest.mark.parametrize("recipe", JQ_RECIPES)
def test_jq_recipes_run_on_real_output(recipe, tmp_path):
    annotate = Path(sys.executable).parent / "annotate"
    records = subprocess.run([str(annotate), "samples/", "-q"], cwd=ROOT, capture_output=True, check=True).stdout
    done = subprocess.run(["bash", "-c", recipe], input=records, capture_output=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()


def test_readme_has_examples_to_check():
    assert len(PYTHON_BLOCKS) >= 2 and len(JQ_RECIPES) >= 4
