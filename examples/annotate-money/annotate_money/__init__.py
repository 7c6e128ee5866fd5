"""An example plugin: money amounts ("$1.2 billion", "300 mln dlrs") with currency and value.

Everything a plugin needs is the protocol in `annotators.protocol` and an entry point in
the group `article_annotator.annotators`; see README "Writing a plugin".
"""

from __future__ import annotations

import re

from article_annotator.document import Document

_AMOUNT = re.compile(
    r"(?P<pre>US\$|\$|£|€|¥)\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<scale>billion|bln|million|mln|trillion|tn|bn|m)\b)?"
    r"|(?P<num2>\d[\d,]*(?:\.\d+)?)\s(?P<scale2>billion|bln|million|mln|trillion)?\s?(?P<post>dlrs|dollars|euros|pounds|yen|stg)\b",
    re.IGNORECASE,
)
_CURRENCY = {"$": "USD", "us$": "USD", "dlrs": "USD", "dollars": "USD", "£": "GBP", "pounds": "GBP",
             "stg": "GBP", "€": "EUR", "euros": "EUR", "¥": "JPY", "yen": "JPY"}
_SCALE = {"billion": 1e9, "bln": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6, "m": 1e6,
          "trillion": 1e12, "tn": 1e12}


class MoneyAnnotator:
    """Money amounts found by pattern: no spaCy component needed, so no model is loaded."""

    name = "money"
    version = "0.1.0"
    description = "Money amounts with ISO currency and numeric value (example plugin)."
    requires: frozenset[str] = frozenset()
    depends_on: tuple[str, ...] = ()

    def annotate(self, doc: Document) -> list[dict]:
        items = []
        for match in _AMOUNT.finditer(doc.text):
            number = float((match["num"] or match["num2"]).replace(",", ""))
            scale = (match["scale"] or match["scale2"] or "").lower()
            currency = _CURRENCY[(match["pre"] or match["post"]).lower()]
            items.append(
                {
                    "start": match.start(),
                    "end": match.end(),
                    "text": match.group(),
                    "currency": currency,
                    "value": number * _SCALE.get(scale, 1),
                }
            )
        return items
