"""When a predicted tariff field equals the gold one.

Numbers (rate, previous_rate) agree within 0.01, and both missing counts as agreeing. Country
fields (imposer, target) are compared as sets of codes, so a code and a one-code list are
the same, and a list matches in any order; EC/EEC are the EU, UK is GB. Text fields compare
case-folded with spaces collapsed, after the aliases below. Products are scored as an F1
between the two phrase sets (see `products_f1`).
"""

from __future__ import annotations

import re
from typing import Any

SCORED_FIELDS = ("rate", "unit", "imposer", "target", "action", "kind", "effective", "previous_rate")
RATE_TOLERANCE = 0.01

COUNTRY_ALIASES = {"EC": "EU", "EEC": "EU", "EUROPEAN UNION": "EU", "EUROPEAN COMMUNITY": "EU", "UK": "GB"}
UNIT_ALIASES = {"%": "percent", "pct": "percent", "per cent": "percent", "percentage": "percent"}
KIND_ALIASES = {
    "antidumping": "anti-dumping", "anti dumping": "anti-dumping",
    "countervail": "countervailing", "countervailing duty": "countervailing",
    "ad-valorem": "ad valorem", "retaliation": "retaliatory",
}
NOTHING = {"", "null", "none"}

_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_NOT_WORD = re.compile(r"[^\w\s-]")


def field_equal(name: str, gold: dict, pred: dict) -> bool:
    g, p = gold.get(name), pred.get(name)
    if name in ("rate", "previous_rate"):
        return _numbers_equal(_number(g), _number(p))
    if name in ("imposer", "target"):
        return countries(g) == countries(p)
    aliases = UNIT_ALIASES if name == "unit" else KIND_ALIASES if name == "kind" else {}
    return _text(g, aliases) == _text(p, aliases)


def _number(value: Any) -> float | str | None:
    """A float, None for nothing, or the text itself when it holds no number."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    found = _NUMBER.search(str(value).replace(",", ""))
    return float(found.group()) if found else str(value)


def _numbers_equal(g: float | str | None, p: float | str | None) -> bool:
    if g is None or p is None:
        return g is None and p is None
    if isinstance(g, float) and isinstance(p, float):
        return abs(g - p) <= RATE_TOLERANCE
    return g == p


def countries(value: Any) -> frozenset[str] | None:
    """A code or a list of codes as a set of upper-case codes (None when there is none)."""
    if value is None:
        return None
    codes = set()
    for item in value if isinstance(value, (list, tuple)) else [value]:
        if item is None:
            continue
        code = _SPACES.sub(" ", str(item)).strip().upper()
        if code and code.lower() not in NOTHING:
            codes.add(COUNTRY_ALIASES.get(code, code))
    return frozenset(codes) or None


def _text(value: Any, aliases: dict[str, str]) -> str | None:
    if value is None:
        return None
    text = _SPACES.sub(" ", str(value)).strip().lower()
    if text in NOTHING:
        return None
    return aliases.get(text, text)


def product_phrase(phrase: Any) -> str:
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", str(phrase).lower())).strip()


def products_f1(gold: dict, pred: dict) -> float:
    """F1 of the two product sets, where a gold and a predicted phrase (lower-cased, punctuation
    dropped) pair up when equal or when one contains the other; pairs are one to one and as
    many as possible. Both empty is 1.0."""
    g = sorted({product_phrase(x) for x in gold.get("products") or []} - {""})
    p = sorted({product_phrase(x) for x in pred.get("products") or []} - {""})
    if not g and not p:
        return 1.0
    if not g or not p:
        return 0.0
    paired = _most_pairs(g, p)
    if not paired:
        return 0.0
    precision, recall = paired / len(p), paired / len(g)
    return 2 * precision * recall / (precision + recall)


def _most_pairs(gold: list[str], pred: list[str]) -> int:
    """Size of the largest one-to-one pairing of phrases that contain one another (augmenting paths)."""
    fits = [[j for j, b in enumerate(pred) if a in b or b in a] for a in gold]
    owner: dict[int, int] = {}

    def claim(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or claim(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return sum(claim(i, set()) for i in range(len(gold)))
