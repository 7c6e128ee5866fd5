"""When a measure takes effect (the date it applies from): a date in the mention's sentence,
not an announcement date.

Values come from the dates annotator, which tariffs depends on (the pipeline runs it first).
"""

from __future__ import annotations

import bisect
import re


ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HALF = re.compile(r"^(\d{4})-(H\d|Q\d|SP|SU|FA|WI)$")
ANNOUNCE = re.compile(r"\b(announc\w*|said|says|told|ordered|ordering|decided|decision|"
                      r"stated|reported|proposed|earlier|since|met|meeting|talks|threat|threatened|"
                      r"before|after|until|till|through|by|up to|within|ahead of)\s*(on\s+|in\s+)?$", re.I)
ANNOUNCED_BY = re.compile(r"\b(announc\w*|unveil\w*|signed|proposed|said|says|told|stated)\s+(?:by\s+)?(?:\S+\s+){0,3}?"
                          r"(?:on\s+|in\s+|last\s+)?$", re.I)
"""An announcement a few words before the date: "announced by Trump on April 2"."""
HEDGED = re.compile(r"\b(possibly|perhaps|maybe|as\s+early\s+as|as\s+soon\s+as)\s+(?:\S+\s+){0,2}?$", re.I)
"""A hedged date is not a firm effective date: "possibly as early as today"."""
TRADE_PERIOD = re.compile(r"\b(imported|exported|shipped|produced|made|sold|bought|purchased)\s+"
                          r"(from|between|since|in|during)\b[^.;]{0,30}$", re.I)


def normalise(value) -> str | None:
    """A TIMEX3 value as an effective date: YYYY, YYYY-MM, YYYY-MM-DD (halves -> year)."""
    if not isinstance(value, str):
        return None
    if ISO.match(value):
        return value
    m = HALF.match(value)
    return m.group(1) if m else None


def cue_near(text: str, s: int) -> bool:
    """An effect cue just before a date: "effective", "take effect on", "from", "starting"."""
    before = text[max(0, s - 45):s]
    lead = before + (" from" if re.match(r"from\b", text[s:s + 5], re.I) else "")
    if re.search(r"\b(imported|exported|shipped|produced|made|sold|bought|purchased|dating)\s+from\s*$", lead, re.I):
        return False  # "raw sugar imported from November 1, 1977": a period of trade, not of the measure
    # "take effect in 14 days, on March 3": the date after a stated delay
    return bool(re.search(r"(effect\w*|from|as of|starting|beginning)\s*(?:in\s+\S+\s+\w+,?\s+)?(on\s+|in\s+)?$",
                          before, re.I))


ANNOUNCE_VERB = re.compile(r"^(announc\w*|said|says|say|told|order\w*|decid\w*|propos\w*|"
                           r"threaten\w*|warn\w*|unveil\w*|report\w*|met|meet\w*|discuss\w*)$", re.I)
BOUNDARY_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis"})


def attached(sdoc, s: int, e: int, anchors: set[int]) -> bool:
    """Whether the date at char s hangs off the measure's clause without crossing into a
    subordinate clause ("the pact it signed last year" is not the measure's date)."""
    span = sdoc.char_span(s, max(e, s + 1), alignment_mode="expand")
    if span is None or not len(span):
        return True
    tok = span.root
    last = span[-1]
    if last.dep_ in {"nummod", "compound", "amod", "nmod"} and last.head.i > last.i and not last.head.like_num \
            and last.head.text.lower() not in {"year", "month", "week"}:
        return False  # "a 1986 agreement": a year used as a modifier
    for _ in range(10):
        if tok.i in anchors:
            return not ANNOUNCE_VERB.match(tok.text)
        if tok.dep_ in BOUNDARY_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _directly_on(sdoc, s: int, e: int, own: set[int]) -> bool:
    """Whether the date modifies the measure verb itself ("tariffs Reagan slapped on ... today",
    "cut tariffs in January"), not a noun on the way ("before the meeting ... June 8")."""
    span = sdoc.char_span(s, max(e, s + 1), alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.head.i in own and tok.dep_ in {"npadvmod", "advmod", "tmod", "obl"}:
        return not ANNOUNCE_VERB.match(tok.head.text)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i in own:
        return not ANNOUNCE_VERB.match(tok.head.head.text)
    return False


RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|through|until)\s*", re.I)


def effective_date(text: str, sent: tuple[int, int], span: tuple[int, int],
                   dates: list[tuple[int, int, str]], sdoc=None, anchors: set[int] | None = None,
                   own: set[int] | None = None) -> str | None:
    """The date in sentence `sent` that says when the measure of `span` takes effect.

    `anchors` are the clause's tokens a date inside the span must hang from; `own` the
    tariff word and its own measure verb, which a date outside the span must hang from."""
    best = None
    first = bisect.bisect_left(dates, sent[0], key=lambda d: d[0])  # dates are in text order
    prev_end = dates[first - 1][1] if first > 0 else -10
    for s, e, value in dates[first:]:
        if s > sent[1]:
            break
        range_end = bool(RANGE_LINK.fullmatch(text[prev_end:s])) if 0 <= prev_end <= s else False
        prev_end = e
        if not (sent[0] <= s and e <= sent[1]) or range_end:
            continue  # "for the 2025-2026 period": a range takes effect at its start
        v = normalise(value)
        if not v:
            continue
        before = text[max(sent[0], s - 30):s]
        if ANNOUNCE.search(before) or ANNOUNCED_BY.search(before) or HEDGED.search(before) or re.match(r"(earlier|since|until|before|after|late|early)\b(?!\s+today)",
                                               text[s:e], re.I):
            continue
        inside = span[0] <= s < span[1] or 0 <= s - span[1] <= 2
        if TRADE_PERIOD.search(text[max(0, s - 50):s]):
            continue  # "raw sugar imported from November 1, 1977 to March 31, 1985": when goods moved
        direct = sdoc is not None and bool(own) and _directly_on(sdoc, s, e, own)
        if inside and not cue_near(text, s) and s - span[0] > 90 and not direct:
            continue  # far inside a long clause: likely another event's date
        if inside and sdoc is not None and anchors and not cue_near(text, s) and not direct \
                and not attached(sdoc, s, e, anchors):
            continue
        dist = 0 if inside else min(abs(s - span[1]), abs(span[0] - e))
        if not inside:
            # "On Monday will set final duties", "In January, Taiwan reduced tariffs": a date
            # hanging off the measure's own verb; or an effect cue close to the mention
            hangs = sdoc is not None and bool(own) and attached(sdoc, s, e, own)
            if not hangs and not (cue_near(text, s) and dist <= 40):
                continue
        if best is None or dist < best[0]:
            best = (dist, v)
    return best[1] if best else None
