"""Writes `reach_table.py` anew from the grammar's rules: `python -m article_annotator.dates.write_reach_table`.

Run it after changing, adding or removing a rule of `grammar.py` or a trigger group of
`windows.py`; `tests/test_dates_windows.py` says when the table is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .windows import TRIGGERS, fingerprint, measure

TABLE = Path(__file__).with_name("reach_table.py")
_OPENING = "REACHES: dict[str, tuple[int, int, int, int, int]] = {"


def read_reaches(named_patterns) -> dict[str, tuple[int, int, int, int, int]]:
    """The table entry of every rule with triggers and of bounded reach, read from its parse."""
    table = {}
    for name, pattern in named_patterns:
        if name not in TRIGGERS:
            continue
        reach, span = measure(name, pattern)
        if reach is not None:
            table[fingerprint(name, pattern)] = (reach.width, reach.around, span.lead, span.late, span.tail)
    return table


def write(table: dict[str, tuple[int, int, int, int, int]], names: dict[str, str]) -> None:
    """Rewrite `REACHES` in `reach_table.py`, one line per rule, its name as a comment."""
    lines = TABLE.read_text(encoding="utf-8").split("\n")
    start = lines.index(_OPENING) + 1
    end = lines.index("}", start)
    entries = [f'    "{key}": {value},  # {names[key]}' for key, value in table.items()]
    TABLE.write_text("\n".join(lines[:start] + entries + lines[end:]), encoding="utf-8")


def main() -> None:
    from .grammar import RULES

    named = [(rule.name, rule.pattern) for rule in RULES]
    table = read_reaches(named)
    write(table, {fingerprint(name, pattern): name for name, pattern in named})
    print(f"{len(table)} rules written to {TABLE.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
