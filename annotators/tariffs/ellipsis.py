"""Items of an elliptical list that state a measure of their own without repeating the tariff
word: each is a mention with its own rate, and its own country or products, that shares the
rest of the mention it follows.

- "tariffs on countries like Ruritania (34%), Freedonia (46%) and Sylvania (20%)": one mention
  per country, each with its rate (the first stays with the tariff word's mention).
- "duties on lumber (10%) and on kitchen cabinets (25%)": one mention per product group.
- "raise the duty on nitrate to 10 per cent and 25 per cent on plastics", "cut the duty on gold
  to 6 per cent and that on platinum to 6.4 per cent": a rate with its own "on" object.

Each pattern works on the sentence text after the mention's tariff word, left to right, so a
sentence costs its length once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import rates
from .actors import Actor
from .clause import Clause
from .draft import Draft

_RATE = r"\d+(?:[.,]\d+)?\s*(?:%|per\s*cent\b|percent\b|pct\b)"
PAREN_RATE = re.compile(rf"\(\s*(?P<rate>{_RATE})\s*\)")
"""A rate in brackets after a country or product: "Freedonia (46%)"."""
ITEM_OPENER = re.compile(r"(?:,|;|:|\(|\band\b|\bor\b|\blike\b|\bincluding\b|\bsuch\s+as\b|\bplus\b)\s*", re.I)
RATE_ON = re.compile(
    rf"(?:,|;|\band\b|\bplus\b)\s+(?:(?:that|those)\s+on\s+(?P<obj1>[^,;()]{{2,60}}?)\s+to\s+(?P<rate1>{_RATE})"
    rf"|(?:the\s+same\s+)?(?:to\s+)?(?P<rate2>{_RATE})(?:\s+from\s+{_RATE})?\s+on\s+(?P<obj2>[^,;().]{{2,60}}))",
    re.I)
"""A further rate with its own object: "and 25 per cent on plastics", "and that on platinum to 6.4 per cent"."""
TRAILING_LINK = re.compile(r"(?:[\s,;]|\band\b|\bplus\b|\bor\b)+$", re.I)
OBJECT_END = re.compile(r"\s+(?:and|or|but|while|which|from|to|in|at|by|for|with|as)\b.*$", re.I | re.S)


def elliptical_items(base: Draft, sdoc, text: str, actors: list[Actor], sent_end: int) -> list[Draft]:
    """The further mentions of an elliptical list that follows `base` in its sentence; `base`
    is narrowed to its own first item."""
    anchor_end = sdoc[base.clause.anchor].idx + len(sdoc[base.clause.anchor].text)
    region = text[anchor_end:sent_end]
    anchor_start = sdoc[base.clause.anchor].idx  # the two kinds share this tariff noun
    return _respectively(base, text) or _two_kinds(base, text, anchor_start) \
        or _bracketed(base, region, anchor_end, actors, text) or _rate_on(base, region, anchor_end, text)


TWO_KINDS = re.compile(r"\b(?P<a>anti-?\s?dumping|countervailing)\b(?:\s+\(\w+\))?(?:\s+(?:duty|duties|tariffs?))?"
                       r"\s+and\s+(?P<b>anti-?\s?dumping|countervailing)\b", re.I)
"""Two measures named in one phrase: "anti-dumping and countervailing duties on steel wire"."""


def _kind_name(cue: str) -> str:
    return "countervailing" if cue.lower().startswith("counter") else "anti-dumping"


def _two_kinds(base: Draft, text: str, anchor_start: int) -> list[Draft]:
    """Split "anti-dumping (AD) and countervailing duties (CVD) on X" into one mention per kind;
    both keep the goods and the countries. A combined level ("the combined anti-dumping and
    countervailing duties") stays one mention."""
    m = TWO_KINDS.search(text, base.start, base.end)
    if not m or anchor_start < m.end("b") or re.search(r"\b(?:for|of)\s+$", text[max(base.start, m.start() - 6):m.start()]) \
            or _kind_name(m.group("a")) == _kind_name(m.group("b")) or \
            re.search(r"\b(?:combined|total|overall|effective)\s+$", text[max(base.start, m.start() - 12):m.start()], re.I):
        return []
    end = base.end
    base.end = m.end("a") + len(re.match(r"(?:\s+\(\w+\))?", text[m.end("a"):]).group(0))
    base.kind_cue, base.strong_kind = _kind_name(m.group("a")), True
    item = _item(base, text, m.start("b"), end, base.rate, list(base.target), list(base.products))
    item.kind_cue = _kind_name(m.group("b"))
    return [item]


RESPECTIVELY = re.compile(rf"(?P<a>{_RATE})\s+and\s+(?P<b>{_RATE})[^.;]{{0,60}}?\brespectively\b", re.I)
"""Two levels paired in order with two goods: "imposing 25 per cent and 10 per cent tariffs on
steel and aluminium, respectively"."""


def _respectively(base: Draft, text: str) -> list[Draft]:
    """Split a "respectively" mention into one mention per level, each with its own goods."""
    m = RESPECTIVELY.search(text, base.sent_chars[0], base.sent_chars[1])
    if not m or not (m.start() <= base.end and base.start <= m.end()):
        return []
    goods = list(base.products)
    if len(goods) == 1 and " and " in goods[0]:
        goods = goods[0].split(" and ", 1)
    second_end = base.end
    first, second = rates.parse_rates(m.group("a")), rates.parse_rates(m.group("b"))
    base.start, base.end, base.rate = min(base.start, m.start("a")), m.end("a"), first
    base.products = goods[:1] if len(goods) == 2 else goods
    item = _item(base, text, m.start("b"), second_end, second, [], goods[1:] if len(goods) == 2 else goods)
    return [item]


def _bracketed(base: Draft, region: str, offset: int, actors: list[Actor], text: str) -> list[Draft]:
    hits = list(PAREN_RATE.finditer(region))
    if len(hits) < 2:
        return []
    out: list[Draft] = []
    prev_end = 0
    for k, m in enumerate(hits):
        start = _item_start(region, prev_end, m.start())
        phrase = region[start:m.start()].strip()
        prev_end = m.end()
        if not phrase or len(phrase) > 80:
            return out
        s, e = offset + start, offset + m.end()
        codes = [a.code for a in actors if s <= a.start < e]
        level = rates.parse_rates(m.group(0))
        if k == 0:
            _narrow(base, e, level, codes, text)
            continue
        out.append(_item(base, text, s, e, level, codes, [] if codes else [phrase]))
    return out


def _item_start(region: str, lo: int, hi: int) -> int:
    """Where the list item ending at `hi` begins: after the last opener between lo and hi."""
    start = lo
    for m in ITEM_OPENER.finditer(region, lo, hi):
        start = m.end()
    return start


def _narrow(base: Draft, end: int, level: rates.RateInfo, codes: list[str], text: str) -> None:
    """The mention with the tariff word keeps only the list's first item."""
    base.end = end
    own = text[base.start:base.end]
    base.products = [p for p in base.products if p in own and "(" not in p]
    if level.rate is not None:
        base.rate = level
    if codes:
        base.target = codes
        base.explicit_target = True


def _rate_on(base: Draft, region: str, offset: int, text: str) -> list[Draft]:
    if base.rate.rate is None:
        return []
    out: list[Draft] = []
    for m in RATE_ON.finditer(region):
        obj = OBJECT_END.sub("", m.group("obj1") or m.group("obj2") or "").strip()
        if not obj:
            continue
        s = offset + m.start() + len(re.match(r"(?:,|;|and|plus)\s+", m.group(0), re.I).group(0))
        e = offset + m.end() if m.group("rate1") else offset + m.start("obj2") + len(obj)
        level = rates.parse_rates(text[s:e])
        if level.rate is None or level.rate == base.rate.rate and not level.previous_rate:
            continue
        base.end = min(base.end, s)
        base.end = base.start + len(TRAILING_LINK.sub("", text[base.start:base.end]))
        out.append(_item(base, text, s, e, level, [], [obj]))
    return out


def _item(base: Draft, text: str, start: int, end: int, level: rates.RateInfo,
          codes: list[str], products: list[str]) -> Draft:
    """A mention for one list item: the base's parties, action and kind, its own rate and goods."""
    while end > start and text[end - 1] in " ,;":
        end -= 1
    action = base.action
    if level.previous_rate is not None and level.rate is not None:
        action = "raise" if level.rate > level.previous_rate else "cut"
    return replace(base, start=start, end=end, rate=level, action=action,
                   target=codes or list(base.target), explicit_target=bool(codes) or base.explicit_target,
                   imposer=list(base.imposer), products=[p for p in products if p] or [],
                   clause=Clause(anchor=base.clause.anchor, head_noun=base.clause.head_noun,
                                 verbs=list(base.clause.verbs), start=base.clause.start, end=base.clause.end),
                   headline=False)
