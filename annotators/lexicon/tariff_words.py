"""Tariff words and the near-misses that look like them (a tariff word names a border
tax on goods; a domestic tax, a name or tariffs as a class is not one).

A tariff word is a token that can name a border tax: tariff(s), duty/duties, levy/levies,
import/export tax, import surcharge, duty-free. Whether a given occurrence is one depends
on its neighbours; `tariffs/mentions.py` reads these lists with a spaCy token and its context.
Written by hand from trade news (1980s Reuters to 2026 wire copy): spellings, border and
domestic modifiers, and the names that contain a tariff word ("Tariff Act").
"""

from __future__ import annotations

import re
from functools import lru_cache

TARIFF_RE = re.compile(r"^t(?:a|ra|ar)r*i+f+s?$", re.I)  # tariff(s), tarriffs, trariffs, tarifs
DUTY_RE = re.compile(r"^(dut(y|ies))$", re.I)
LEVY_RE = re.compile(r"^(lev(y|ies))$", re.I)
TAX_RE = re.compile(r"^(tax|taxes|surcharges?)$", re.I)
SURTAX_RE = re.compile(r"^(surtax|surtaxes)$", re.I)  # "a 10% surtax on Japanese cars"
DUTYFREE_RE = re.compile(r"^duty-?free$", re.I)
ANY_CANDIDATE = re.compile(r"t(?:a|ra|ar)r*i+f|\bdut(?:y|ies)|\blev(?:y|ies)\b|\btax|surcharge|surtax", re.I)
"""A text without a match has no candidate tariff word at all (checked before any other work)."""
_STEMS_LOWER = re.compile(r"t(?:a|ra|ar)r*i+f|dut(?:y|ies)|lev(?:y|ies)\b|tax|surcharge|surtax")
"""`ANY_CANDIDATE` for lowercased ASCII text without its word starts (`\\b` before "dut", "lev"
and "tax"): every branch then opens with a letter, so the search skips from one of those letters
to the next instead of trying every branch at every character (four times faster); the word
start is checked on each match (`may_name_tariff`)."""
_AT_WORD_START = ("dut", "lev", "tax")
"""How the branches of `_STEMS_LOWER` that must open a word begin (no other branch begins so)."""


def may_name_tariff(text: str) -> bool:
    """Whether `text` has a match of `ANY_CANDIDATE`: on ASCII text, lowercasing then a
    case-sensitive search finds the same ("Tariff", "DUTIES", "levy"); other text is searched as is.

    >>> may_name_tariff("New DUTIES on steel"), may_name_tariff("No such word here")
    (True, False)
    """
    if not text.isascii():
        return ANY_CANDIDATE.search(text) is not None
    low = text.lower()
    m = _STEMS_LOWER.search(low)
    while m is not None:
        at = m.start()
        if not (at and low.startswith(_AT_WORD_START, at) and _is_word_char(low[at - 1])):
            return True
        m = _STEMS_LOWER.search(low, at + 1)  # "syntax": not at a word start; search on
    return False


def _is_word_char(ch: str) -> bool:
    """What `\\w` matches, for one ASCII character."""
    return ch.isalnum() or ch == "_"


ECONOMIC_MEASURES: tuple[str, ...] = (
    "growth", "gdp", "gross domestic product", "output", "economy", "economic growth", "inflation",
    "prices", "consumer prices", "price", "earnings", "profits", "profit", "sales", "revenue",
    "revenues", "demand", "production", "margins", "wages", "incomes", "spending", "investment",
)
"""What a tariff's effect is measured on, so a figure against one is no rate: "shave 0.3
percentage point off growth", "cut GDP by 0.5%", "push consumer prices up 2%"."""


ALL_ORIGIN_MODIFIERS: frozenset[str] = frozenset(
    "universal global blanket across-the-board baseline worldwide".split())
"""Words that make a tariff fall on goods from everywhere ("a 10% universal tariff", "the
baseline tariff"): such a measure has no target country."""


CROSSING_WORDS = frozenset("""import imports export exports customs border""".split())
"""Words that name the border crossing itself: they stand between a product and its tariff word
("rubber export duties", "car import tariffs") without being part of the goods."""

# Modifiers that make a duty, levy or tax a border measure.
BORDER_MODIFIERS = CROSSING_WORDS | frozenset(
    """anti-dumping antidumping dumping countervailing countervail countervailable compensatory
    protective retaliatory punitive penalty tariff specific variable reciprocal safeguard ad
    valorem""".split()
)

# Modifiers of duty/levy/tax that make it a domestic tax or something else (these are not
# tariff mentions).
DOMESTIC_MODIFIERS = frozenset(
    """fuel petrol diesel stamp excise estate death inheritance sales income property
    co-responsibility coresponsibility responsibility super super-levy air passenger
    vehicle road alcohol tobacco beer wine spirits license licence consumption value-added
    vat jury active fiduciary heavy-duty light-duty military civic moral legal
    patriotic contractual statutory windfall bank banking training utilities utility electricity
    water gas phone telephone power energy rail bus postal broadband mobile roaming airport
    landing feed-in advances lending period interest freight shipping motor commercial
    residential household""".split()
)

# Nouns before a tariff word that say why, where or how it applies, never which goods
# ("trade tariffs", "fentanyl tariffs", "the sector tariffs"): with BORDER_MODIFIERS and
# DOMESTIC_MODIFIERS these are the modifiers that are not a product compound ("steel tariffs").
NON_GOODS_MODIFIERS = frozenset(
    """trade fentanyl emergency security sector sectoral country country-specific war retaliation
    revenue protection rate rates duty duties levy levies tax taxes tariff tariffs transshipment
    penalty punishment sanction sanctions deal deals agreement treaty section liberation day
    baseline blanket minimum maximum threshold level levels wave round rounds package price
    prices cost costs consumer consumers business businesses industry industry-wide
    exporter exporters importer importers company companies government state federal world
    election campaign president administration""".split()
)

COVER_VERBS = frozenset({"cover", "covers", "covered", "covering", "target", "targets", "targeted", "targeting",
                         "hit", "hits", "hitting"})
"""Verbs whose object, with the tariff as subject, is the goods: "the tariffs will cover $10 billion of
goods, including steel pipes and wire", "the levies target wine and cheese"."""

EXEMPTING_VERBS = frozenset({"exempt", "exempts", "exempted", "exempting", "spare", "spares", "spared", "sparing",
                             "exclude", "excludes", "excluded", "excluding", "shield", "shields", "shielded"})
"""Verbs that take goods out of a measure named in their "from" phrase: "has exempted smartphones
and computers from the 125% levy" (an exemption; the goods are the verb's object)."""

BEARING_ADJECTIVES = frozenset({"exempt", "subject", "liable", "immune"})
"""Predicates whose subject's goods bear (or escape) the measure in their phrase: "Goods from Peru
and Chile are exempt from the new duties", "Shipments from Japan are subject to the levy" (the
origins are the target)."""

APPLY_VERBS = frozenset({"apply", "applies", "applied", "applying"})

BRING_VERBS = frozenset({"bring", "brings", "bringing", "brought", "take", "takes", "taking", "took",
                         "push", "pushes", "pushing", "pushed", "lift", "lifts", "lifting"})
"""Verbs that move a level to a figure ("bringing the total levies to 27%", "pushed duties up
to 34.6%"): the figure is the measure's level and the direction its action (tariffs.actions)."""

CUT_NOUNS = frozenset({"cut", "cuts", "reduction", "reductions", "decrease", "decreases", "lowering"})
"""Nouns of a reduction: "The cut brings the combined rate to 47%" lowers the level."""
"""A tariff that applies to goods names them ("the duty will apply to steel and copper"); one
that does not apply spares them ("the tariffs do not apply to pharmaceuticals": exempt)."""

# Nouns after "tariff" that make it a topic or a name rather than a measure.
TOPIC_HEADS = frozenset(
    """policy policies talks negotiation negotiations issue issues question questions reform
    reforms structure structures system systems regime regimes schedule schedules code codes
    classification classifications nomenclature act acts law laws commission commissions
    agreement agreements war wars treaty bill bills provision provisions legislation
    filing filings book books item items lines line heading headings categories category
    definitions definition nomenclatures threshold thresholds strategy strategies treatment
    revenue revenues anxiety anxieties fears worries uncertainty envoy envoys tsar czar
    adviser advisers advisor chief chiefs""".split()
)

# Words that show "tariff" is a price list (utilities, phones, airlines, courts).
PRICE_CONTEXT = re.compile(
    r"\b(telephone|phone|telecom\w*|electricity|water|sewer\w*|utilit\w+|airlines?|fares?|"
    r"subscribers?|FCC|A\.?T\.?&T|tariff rise|sentenc\w+|prison|jail|murder\w*|ofwat|ofgem|ofcom|"
    r"broadband|postal|freight rates?|service sector|deregulat\w+|interstate services?)\b",
    re.I,
)
PRICE_DOC = re.compile(
    r"\b(telephone|phone|telecom\w*|electricity|water|utilit\w+|airlines?|fares?|FCC|A\.?T\.?&T|"
    r"ATT|sentenc\w+|murder\w*|prison\w*|broadband|mobile|postal|ofwat|ofgem|regulator|"
    r"licen[cs]e|whole life)\b", re.I)
DOMESTIC_DUTY_DOC = re.compile(
    r"\b(fuel|petrol|diesel|stamp|excise|tobacco|alcohol|beer|wine|spirits|inheritance|estate)\s+"
    r"(duty|duties)\b", re.I)
DOMESTIC_OBJECTS = re.compile(
    r"^\s*on\s+(?:the\s+|some\s+|all\s+|certain\s+|its\s+|their\s+)?(?:overseas\s+|foreign\s+|jet\s+)?(fuel|petrol|diesel|kerosene|alcohol|drinks?|beer|wine|spirits|"
    r"cigarettes?|tobacco|flights?|tickets?|houses?|homes?|property|properties|income|profits?|"
    r"banks?|transactions?|industry|companies|firms|savings|deposits|salaries|wages|dollar conversions?|"
    r"remittances?|transfers?|payments?|difference|old oil|profits?|earnings|output|production)\b",
    re.I)
TRADE_CONTEXT = re.compile(
    r"\b(imports?|exports?|imported|exported|goods|products|trade|trading partners?|retaliat\w*|"
    r"Japanese|American|European|Canadian|Chinese|Taiwanese|Korean|Indian|Mexican|Brazilian|"
    r"customs|dumping|GATT|protectionis\w+|retaliat\w+|countervail\w*)\b",
    re.I,
)

# Obligation senses of "duty".
OBLIGATION_AFTER = frozenset({"to", "bound", "of", "roster", "officer", "officers", "station"})
NAME_AFTER = frozenset({"act", "acts", "commission", "schedule", "schedules", "law", "laws"})

DETERMINERS = frozenset({"a", "an", "the", "these", "those", "this", "that", "its", "their",
                         "his", "her", "our", "such", "any", "some", "all", "new", "no"})


NAME_BEFORE = re.compile(r"Agreement\s+(?:on|of)\s+(?:Trade\s+and\s+)?$|Tariff\s+and\s+$", re.I)
NAME_AFTER_RE = re.compile(r"^\s*(?:and\s+Trade\b|\(GATT\)|Act\b|Commission\b|Schedules?\b|Bureau\b|Board\b)")
DOMESTIC_LEVY_DOC = re.compile(r"co-?\s?responsibility\s+lev|super-?\s?levy|milk\s+levy|"
                               r"oils?\s+and\s+fats\s+tax", re.I)
COORDINATED = frozenset({"quotas", "quota", "subsidies", "barriers", "restrictions", "curbs",
                         "reciprocity", "taxes", "bans", "embargoes", "regulations", "sanctions"})


def norm(word: str) -> str:
    """Lower-case form used by every word list here."""
    return word.lower().replace("\u2019", "'")


def is_tariff_lemma(word: str) -> bool:
    """A word that is always a candidate: tariff(s), including misspellings."""
    return bool(TARIFF_RE.match(word))


@lru_cache(maxsize=65_536)
def is_candidate(word: str) -> bool:
    """Any word that may be a tariff word in context. (Remembered: six patterns per word, asked
    for every token of a story about trade; the bound keeps a long run's memory flat.)"""
    return bool(
        TARIFF_RE.match(word) or DUTY_RE.match(word) or LEVY_RE.match(word) or SURTAX_RE.match(word)
        or TAX_RE.match(word) or DUTYFREE_RE.match(word)
    )
