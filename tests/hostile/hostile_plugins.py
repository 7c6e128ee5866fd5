"""Plugins that misbehave on purpose, for the robustness tests (installed by tests/hostile.py).

Each acts only on documents holding its marker word, so the other documents of a batch show
that the run went on.
"""

from __future__ import annotations

import os
import sys
import time


class _Base:
    version = "0.0.1"
    requires: frozenset = frozenset()
    depends_on: tuple = ()


class Crashy(_Base):
    """Kills its worker process outright on a document that says KILLWORKER."""

    name, description = "crashy", "os._exit on a marker"

    def annotate(self, doc):
        if "KILLWORKER" in doc.text:
            os._exit(7)
        return []


class Sleepy(_Base):
    """Never returns on a document that says HANGHERE."""

    name, description = "sleepy", "hangs on a marker"

    def annotate(self, doc):
        while "HANGHERE" in doc.text:
            time.sleep(0.05)
        return []


class Liar(_Base):
    """Returns one good item and four bad ones."""

    name, description = "liar", "invalid items"

    def annotate(self, doc):
        text = doc.text
        return [
            {"start": 0, "end": 4, "text": text[0:4]},
            {"start": 0, "end": len(text) + 10, "text": "beyond"},
            {"start": 0, "end": 4, "text": "nope"},
            "not an object",
            {"start": "0", "end": 4, "text": text[0:4]},
        ]


class Quitter(_Base):
    """Calls sys.exit on every document."""

    name, description = "quitter", "sys.exit(3)"

    def annotate(self, doc):
        sys.exit(3)


class Impostor(_Base):
    """Named like a record key."""

    name, description = "id", "would replace every record's id"

    def annotate(self, doc):
        return []


class Typed(_Base):
    """Declares an item schema and breaks it on every second item."""

    name, description = "typed", "items with a declared schema"
    item_schema = {
        "type": "object",
        "required": ["start", "end", "text", "value"],
        "properties": {"value": {"type": "number"}},
    }

    def annotate(self, doc):
        text = doc.text
        return [
            {"start": 0, "end": 1, "text": text[0:1], "value": 1.5},
            {"start": 0, "end": 1, "text": text[0:1], "value": "one"},
        ]
