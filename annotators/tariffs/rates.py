"""Tariff levels in a clause: ad valorem percentages and specific duties (the rate of the measure,
as a level or as a change from one level to another).

Reads "25%", "100 pct", "20 per cent", "3/8 cent per kilo", "84.9 U.S. cts a bushel",
"191.15 ringgit per tonne". Tells levels from changes: "from 10 to 25 pct" gives a
previous rate, "cuts of up to 50 pct" and "cut by 10 pct" give `change_by` and no level.
Money amounts of trade covered ("300 mln dlrs") are never rates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import alternation
from ..lexicon.tariff_words import ECONOMIC_MEASURES

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "one hundred": 100, "half": 0.5,
}

_NUM = r"(?:\d+(?:[.,]\d+)*(?:\s+\d+/\d+)?|\d+/\d+|" + "|".join(
    sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True)) + r")"
_PCT_UNIT = r"(?:%|\s*pct\b|\s*per\s*cent\b|\s*percent\b|\s*percentage\s+points?\b)"
PCT_RE = re.compile(rf"(?<![\w.])(?P<num>{_NUM}){_PCT_UNIT}", re.I)

_CURRENCY = {
    "u.s. cents": "USD cents", "us cents": "USD cents", "u.s. cts": "USD cents",
    "us cts": "USD cents", "u.s. cent": "USD cents", "canadian cents": "CAD cents",
    "canadian cts": "CAD cents", "cents": "cents", "cts": "cents", "cent": "cents",
    "ct": "cents", "pence": "GBP pence", "p": "GBP pence",
    "u.s. dlrs": "USD", "us dlrs": "USD", "dlrs": "USD", "dollars": "USD", "dlr": "USD",
    "$": "USD", "ringgit": "MYR", "yen": "JPY", "rupees": "INR", "ecus": "ECU", "ecu": "ECU",
    "european currency units": "ECU", "marks": "DEM", "francs": "FRF", "pounds sterling": "GBP",
    "stg": "GBP", "euros": "EUR", "euro": "EUR", "yuan": "CNY", "baht": "THB", "pesos": "MXN",
    "canadian dlrs": "CAD", "australian dlrs": "AUD", "taiwan dlrs": "TWD",
}
_QUANTITY = {
    "kilo": "kg", "kilos": "kg", "kg": "kg", "kilogram": "kg", "kilograms": "kg",
    "bushel": "bushel", "bushels": "bushel", "tonne": "tonne", "tonnes": "tonne",
    "ton": "tonne", "tons": "tonne", "metric ton": "tonne", "lb": "lb", "pound": "lb",
    "lbs": "lb", "litre": "litre", "liter": "litre", "gallon": "gallon", "barrel": "barrel",
    "head": "head", "dozen": "dozen", "unit": "unit", "piece": "piece", "pair": "pair",
    "100 kilos": "100 kg", "100 kg": "100 kg", "hectolitre": "hl",
}
_CUR_RE = "|".join(sorted((re.escape(c).replace("\\ ", r"\s+") for c in _CURRENCY if c not in {"$", "p"}),
                          key=len, reverse=True))
_QTY_RE = "|".join(sorted((re.escape(q).replace("\\ ", r"\s+") for q in _QUANTITY), key=len, reverse=True))
SPECIFIC_RE = re.compile(
    rf"(?P<dollar>\$)?(?<![\w.])(?P<num>{_NUM})\s*-?\s*(?P<cur>{_CUR_RE})?"
    rf"(?:\s+(?:a|an|per|each)\s+|\s*/\s*)(?P<qty>{_QTY_RE})\b",
    re.I,
)
BARE_MONEY_RE = re.compile(rf"(?<![\w.])(?P<num>{_NUM})\s+(?P<cur>{_CUR_RE})\b(?!\s+(?:mln|billion|bln|million))", re.I)
TRADE_VALUE_RE = re.compile(r"\b(mln|million|billion|bln|trillion)\b", re.I)


@dataclass
class RateInfo:
    rate: float | None = None
    unit: str | None = None
    previous_rate: float | None = None
    change_by: float | None = None
    rate_change: bool = False
    pending_previous: float | None = None


def to_number(text: str) -> float | None:
    """ "25" -> 25.0; "3/8" -> 0.375; "1 1/2" -> 1.5; "five" -> 5.0; "1,700" -> 1700.0."""
    t = text.strip().lower()
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    try:
        if " " in t and "/" in t:
            whole, frac = t.split(None, 1)
            a, b = frac.split("/")
            return float(whole) + float(a) / float(b)
        if "/" in t:
            a, b = t.split("/")
            return float(a) / float(b) if float(b) else None
        return float(t.replace(",", ""))
    except ValueError:
        return None


MAX_PERCENT = 10_000
"""Anti-dumping and countervailing rates reach thousands of percent ("as high as 3,403.96%")."""


@dataclass
class _Hit:
    start: int
    end: int
    value: float
    unit: str


def _hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in PCT_RE.finditer(text):
        v = to_number(m.group("num"))
        if v is not None and 0 <= v <= MAX_PERCENT:
            hits.append(_Hit(m.start(), m.end(), v, "percent"))
    for m in SPECIFIC_RE.finditer(text):
        if any(h.start <= m.start() < h.end for h in hits):
            continue
        v = to_number(m.group("num"))
        if v is None:
            continue
        before = text[max(0, m.start() - 12):m.start()].lower()
        cur_txt = (m.group("cur") or "").lower()
        if m.group("dollar"):
            cur_txt = "$"
        if "u.s." in before[-6:] and cur_txt in {"cents", "cts", "cent", "dlrs"}:
            cur_txt = "u.s. " + cur_txt
        cur = _CURRENCY.get(re.sub(r"\s+", " ", cur_txt), None) if cur_txt else None
        qty = _QUANTITY.get(m.group("qty").lower(), m.group("qty").lower())
        if cur is None:
            continue
        hits.append(_Hit(m.start(), m.end(), v, f"{cur}/{qty}"))
    hits.sort(key=lambda h: h.start)
    return hits


def _carried_unit(context: str, currency: str | None = None) -> str | None:
    """The specific unit of a parallel clause ("... 3.85 cents per kilo and ... 9.92 cents");
    with the bare amount's own currency when it names one ("1.05 dlrs per bushel ... 85 cts")."""
    units = [h.unit for h in _hits(context) if h.unit != "percent"]
    if not units:
        return None
    unit = units[-1]
    if currency and "/" in unit and unit.split("/", 1)[0] != currency:
        return f"{currency}/{unit.split('/', 1)[1]}"
    return unit


GROWTH_BEFORE = re.compile(
    r"\b(rose|rise|rises|rising|fell|fall|falls|falling|grew|grow|grows|growth|dropped|declined|"
    r"gained|jumped|climbed|surged|slumped|or|less than|more than|inflation|"
    r"share|stake|interest)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_MEASURE = r"(?:" + alternation(ECONOMIC_MEASURES).replace("\\ ", r"\s+") + r")"
EFFECT_BEFORE = re.compile(
    r"\b" + _MEASURE + r"\s+(?:(?:up|down)\s+)?(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|as\s+much\s+as\s+|up\s+to\s+)?$",
    re.I)
EFFECT_AFTER = re.compile(r"\s*(?:off|from|to)\s+(?:the\s+)?(?:[\w.'’-]+(?:'s|’s)\s+|annual\s+|yearly\s+)?" + _MEASURE + r"\b", re.I)
"""A figure measured on the economy, not a tariff rate: "cut GDP by 0.5%", "push consumer prices
up 2%" (before it), "shave 0.3 percentage point off Canada's growth" (after it)."""
SHARE_AFTER = re.compile(r"\s+of\s+(its|their|the|total|all|his|her|our)\b", re.I)  # "60 pct of its revenue"
_ABOUT = r"(?:up\s+to\s+|about\s+|around\s+|averaging\s+|between\s+\S+\s+and\s+)?"
CHANGE_BY_BEFORE = re.compile(
    r"(\bby\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|an?\s+average\s+(?:of\s+)?|between\s+\S+\s+and\s+)?"
    r"|\b(?:cuts?|reductions?|cutting|reducing|raising)\s*,?\s+(?:of\s+)?" + _ABOUT +
    r"|\b(?:increases?|rises?|hikes?)\s*,?\s+" + _ABOUT +
    # "an increase of 5% in the duty" is a change; "tariff hikes of up to 50%" name the new level
    r"|(?<!tariff )(?<!duty )(?<!levy )\b(?:increases?|rises?|hikes?)\s+of\s+" + _ABOUT + r")$",
    re.I,
)
RESPECTIVELY = re.compile(rf"(?P<a>{_NUM})\s+and\s+(?P<b>{_NUM})\b[^.;]{{0,40}}\brespectively", re.I)
_UNIT_PHRASE = rf"(?:{_PCT_UNIT}|\s+(?:u\.s\.\s+|canadian\s+)?(?:{_CUR_RE})(?:\s+(?:per|a|an)\s+(?:\d+\s+)?(?:{_QTY_RE}))?)?"
FROM_TO = re.compile(rf"\bfrom\s+(?:about\s+|around\s+)?(?P<a>{_NUM}){_UNIT_PHRASE}\s+to\s+(?:about\s+)?(?P<b>{_NUM})(?!\s*(?:mln|million|billion|bln))", re.I)
TO_FROM = re.compile(rf"\bto\s+(?:about\s+)?(?P<b>{_NUM}){_UNIT_PHRASE},?\s+from\s+(?:about\s+)?(?P<a>{_NUM})(?!\s*(?:mln|million|billion|bln))", re.I)
PREVIOUS_BEFORE = re.compile(
    r"(?:\b(?:up|down)\s+from|\binstead\s+of|\bin\s+place\s+of|\brather\s+than|,\s+not)\s+"
    r"(?:about\s+|around\s+|an?\s+|the\s+)?(?:(?:proposed|threatened|planned|current|earlier|previous|"
    r"original|existing|initial|announced)\s+)?$", re.I)
"""The figure after it is the old level: "15%, down from a proposed 25%", "12 percent instead of
the 30 percent it had threatened", "in place of the current 40 per cent", "zero, not 10%"."""
RANGE_TOP = re.compile(rf"\b(?:from\s+)?a\s+low\s+of\s+(?:{_NUM}){_UNIT_PHRASE}\s+(?:up\s+)?to\s+(?:a\s+high\s+of\s+)?$", re.I)
"""The figure after it tops a range, which gives the rate: "rates from a low of 5% up to 35%"."""
UP_FROM = re.compile(rf"\b(?:up|down|increased|raised|reduced|cut|lowered)\s+from\s+(?:about\s+|around\s+|an?\s+average\s+(?:of\s+)?)?(?P<a>{_NUM})", re.I)


MOVED_TO = re.compile(r"\b(?:adjust\w*|rais\w*|increas\w*|lift\w*|hik\w*|cut|cuts|lower\w*|reduc\w*|"
                      r"bring\w*|brought|rise|rises|rising|rose|drop\w*|fall|falls|fell|slash\w*|set)\s+"
                      r"(?:\S+\s+){0,3}?to\s+(?:about\s+|around\s+)?$", re.I)
"""A change verb whose "to N" gives the new level: "would be adjusted to 50%"."""


def _moved_to(text: str, hits: list[_Hit]) -> RateInfo | None:
    """ "The 25% tariffs ... would be adjusted to 50%": 50 is the level, 25 the old one."""
    for k, h in enumerate(hits):
        if k and MOVED_TO.search(text[max(0, h.start - 50):h.start]):
            old = hits[k - 1]
            if old.unit == h.unit and old.value != h.value:
                return RateInfo(rate=h.value, unit=h.unit, previous_rate=old.value, rate_change=True)
    return None


def _year(number: str, after: str) -> bool:
    """ "up to 50 per cent from 2026": a year, not an old level."""
    return bool(re.fullmatch(r"(19|20)\d\d", number)) and not re.match(r"\s*(%|pct|per|cent)", after, re.I)


def _range_tops(text: str, hits: list[_Hit]) -> list[_Hit]:
    """The hits without the low ends of ranges ("from a low of 5% up to 35%" keeps 35)."""
    tops = [h for h in hits if RANGE_TOP.search(text[max(0, h.start - 50):h.start])]
    if not tops:
        return hits
    lows = {id(h) for t in tops for h in hits if t.start - 50 <= h.start < t.start}
    return [h for h in hits if id(h) not in lows]


def parse_rates(text: str, sentence: str = "", negative: bool = False) -> RateInfo:
    """Rate, unit, previous rate and change size stated in a clause.

    `sentence` is the whole sentence, used only to carry a specific unit from a parallel
    clause. `negative` says the clause is a cut, so a change size is negative. The first
    reading that applies wins: "respectively", a bare amount, "to X from Y", "from Y to X",
    a move to a level, else the levels and change sizes found.
    """
    hits = _hits(text)
    if not hits:
        return _bare_money(text, sentence)
    return _respectively(text, hits) or _to_from(text, hits) or _from_to(text, hits) \
        or _moved_to(text, hits) or _levels(text, hits, negative)


def _respectively(text: str, hits: list[_Hit]) -> RateInfo | None:
    """"25 and 10 percent respectively": the first rate is this clause's."""
    resp = RESPECTIVELY.search(text)
    if not resp:
        return None
    first = to_number(resp.group("a"))
    unit = next((h.unit for h in hits if h.start >= resp.start("b")), None)
    if first is None or not unit:
        return None
    return RateInfo(rate=first, unit=unit)


def _bare_money(text: str, sentence: str) -> RateInfo:
    """An amount with no unit of its own ("40 euros"), taking a unit from a parallel clause."""
    info = RateInfo()
    m = BARE_MONEY_RE.search(text)
    if m and "mln" not in text[m.end():m.end() + 6].lower():
        unit = _carried_unit(sentence, _CURRENCY.get(m.group("cur").lower()))
        v = to_number(m.group("num"))
        if unit and v is not None:
            info.rate, info.unit = v, unit
    return info


def _to_from(text: str, hits: list[_Hit]) -> RateInfo | None:
    """"to 8 percent from 60 percent"."""
    tf = TO_FROM.search(text)
    if not tf:
        return None
    b, a = to_number(tf.group("b")), to_number(tf.group("a"))
    if a is None or b is None:
        return None
    unit = next((h.unit for h in hits if h.start >= tf.start()), hits[0].unit)
    if "cents" in unit and re.match(r"\s*(dlrs?|dollars?)\b", text[tf.end("a"):tf.end("a") + 9], re.I):
        a = round(a * 100, 4)  # "to 30 cts a bushel from 1.10 dlrs": the same scale
    if _year(tf.group("a"), text[tf.end("a"):tf.end("a") + 9]):
        return None
    return RateInfo(rate=b, previous_rate=a, unit=unit, rate_change=True)


def _from_to(text: str, hits: list[_Hit]) -> RateInfo | None:
    """"from 20% to 30%" (not "ranging from 5 to 60 pct", a range)."""
    ft = FROM_TO.search(text)
    if not ft or re.search(r"\brang\w*\s+$", text[max(0, ft.start() - 12):ft.start()], re.I):
        return None
    a, b = to_number(ft.group("a")), to_number(ft.group("b"))
    if a is None or b is None:
        return None
    unit = next((h.unit for h in hits if h.start >= ft.start()), hits[0].unit)
    return RateInfo(rate=b, previous_rate=a, unit=unit, rate_change=True)


def _levels(text: str, hits: list[_Hit], negative: bool) -> RateInfo:
    """The first rate that is neither a change size ("by 10 points") nor a previous level
    ("up from 5%"), with those beside it; growth figures and market shares are no rates."""
    info = RateInfo()
    hits = [h for h in hits if not GROWTH_BEFORE.search(text[max(0, h.start - 30):h.start])
            and not SHARE_AFTER.match(text[h.end:h.end + 20])
            and not EFFECT_BEFORE.search(text[max(0, h.start - 40):h.start])
            and not EFFECT_AFTER.match(text[h.end:h.end + 50])]
    if not hits:
        return info
    level: _Hit | None = None
    for h in _range_tops(text, hits):
        before = text[max(0, h.start - 40):h.start]
        if CHANGE_BY_BEFORE.search(before):
            if info.change_by is None:
                info.change_by = -h.value if negative else h.value
                info.rate_change = True
            continue
        if PREVIOUS_BEFORE.search(before):
            info.previous_rate = h.value
            info.rate_change = True
            continue
        if level is None:
            level = h
    if level is not None:
        info.rate, info.unit = level.value, level.unit
        info.change_by = None if info.previous_rate is None and info.change_by is None else info.change_by
    if info.rate is None and info.previous_rate is not None:
        # "the tariffs - up from five pct -": the new level is stated elsewhere; keep the
        # old one aside for the document pass to pair with the measure's rate
        info.pending_previous, info.previous_rate = info.previous_rate, None
    return info
