"""Row labels of newswire tables: the words that open a line of a Reuters earnings or dividend
table ("Shr 95 cts vs 80 cts", "Qtly div 10 cts vs 10 cts prior", "Period ended May 31").

Written by hand from the Reuters table conventions. A word here opens a figure, never a name,
so the entity rules do not read it as the company a story opens with.
"""

from __future__ import annotations

TABLE_ROW_LABELS: frozenset[str] = frozenset(
    """Shr Shrs Qtly Qtrly Qtr Mthly Net Revs Div Oper Avg Period Year Mths Pay Record Sales Loss
    Profit Fin Final Interim Dividend Earnings Turnover Revenues""".split()
)
"""The first word of a table row: "Shr 1.16 dlrs vs 1.09 dlrs", "Revs 42.1 mln vs 39.9 mln"."""
