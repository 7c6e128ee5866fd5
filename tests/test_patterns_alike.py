"""Every pattern the annotators compile at import is written alike in every process.

An alternation built from a set in the set's order changes its text from one process to the
next (string hashing is salted per process): the matches stay the same when the words are of
one length, but the dates scanner finds its reach table by the rules' text (`reach_table.py`),
and a pattern that changes text from run to run cannot be compared or recorded.
"""

from __future__ import annotations

import os
import subprocess
import sys

_PRINT_PATTERNS = """
import hashlib, re, sys
from article_annotator.pipeline import Pipeline
Pipeline(["entities", "dates", "quotes", "tariffs"])
for name, module in sorted(sys.modules.items()):
    if name.startswith("article_annotator"):
        for attr, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern):
                text = value.pattern if isinstance(value.pattern, bytes) else value.pattern.encode()
                print(name, attr, hashlib.sha1(text).hexdigest())
"""


def _patterns(seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", _PRINT_PATTERNS], capture_output=True, text=True, check=True, env=env)
    return out.stdout.splitlines()


def test_every_module_pattern_is_written_alike_whatever_the_hash_seed():
    first, second = _patterns("1"), _patterns("2")
    assert len(first) > 300  # the dates rules, the entity rules' patterns, the quote cues...
    assert [line for line in first if line not in second] == []
