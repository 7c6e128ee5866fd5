"""Dates: every temporal expression in an article, normalised to a TIMEX3 value.

Modules, one idea each: `grammar` (composable patterns and the
rules that find spans), `tense` (which way a bare weekday points), `normaliser` and
`relative`/`durations` (rule -> TIMEX3 value against the document date), `calendar`
(ISO arithmetic), `intervals` (value -> [first, last] days), `annotator` (the Annotator).
"""

from .annotator import DatesAnnotator, find_dates

__all__ = ["DatesAnnotator", "find_dates"]
