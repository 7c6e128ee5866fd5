"""Which tokens are tariff words in context, and how they group into mentions (a tariff word
counts when it names a border tax on goods; later words that refer to the same measure join it).

A candidate word (tariff, duty, levy, import tax, surcharge, duty-free) is kept only when
its context makes it a border tax: names ("Tariff Act", "General Agreement on Tariffs"),
domestic taxes (fuel duty), price lists (telephone tariffs), obligations ("duty to"),
"non-tariff barriers" and topic compounds ("tariff policy") are dropped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import ORTH

from ..lexicon import tariff_words as lx

VERBAL_DEPS = frozenset({"ROOT", "conj", "xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp",
                         "csubj", "parataxis"})
LEVY_VERB_AFTER = frozenset({"a", "an", "the", "duties", "tariffs", "taxes", "new", "import",
                             "export", "charges", "fees", "bond", "penalty", "fines"})
SUPPORT_VERBS = re.compile(
    r"^(impos|re-?impos|slap|levie|levy|lift|cut|reduc|lower|rais|increas|remov|eliminat|"
    r"abolish|waiv|forgo|forego|suspend|exempt|pay|paid|collect|charg|appl|introduc|"
    r"scrap|drop|refund)", re.I)


@lru_cache(maxsize=16)
def doc_flags(text: str) -> tuple[bool, bool, bool]:
    """Per-document near-miss signals, computed once per text: (a story about prices or
    sentences, about a domestic duty, about a domestic levy)."""
    return (len(lx.PRICE_DOC.findall(text)) >= 2, bool(lx.DOMESTIC_DUTY_DOC.search(text)),
            bool(lx.DOMESTIC_LEVY_DOC.search(text)) or _first_levy_domestic(text))


def _first_levy_domestic(text: str) -> bool:
    """The story's first levy is on a domestic object ("a levy on old oil"), so its later
    bare "levy" is that one too."""
    m = re.search(r"\blev(?:y|ies)\b(?!\s+(?:a|an|the)\b)", text, re.I)
    if not m:
        return False
    before = text[max(0, m.start() - 30):m.start()].lower().split()
    if before and before[-1] in lx.BORDER_MODIFIERS:
        return False
    return bool(lx.DOMESTIC_OBJECTS.match(text[m.end():m.end() + 40])) or \
        bool(before and before[-1] in lx.DOMESTIC_MODIFIERS)


def _low(tok) -> str:
    return lx.norm(tok.text)


def _prev_words(sdoc, i: int, n: int, lo: int) -> list[str]:
    out = []
    j = i - 1
    while j >= lo and len(out) < n:
        if not sdoc[j].is_space:
            out.append(_low(sdoc[j]))
        j -= 1
    return out


def _next_words(sdoc, i: int, n: int, hi: int) -> list[str]:
    out = []
    j = i + 1
    while j < hi and len(out) < n:
        if not sdoc[j].is_space:
            out.append(_low(sdoc[j]))
        j += 1
    return out


def _is_name(sdoc, i: int, lo: int, hi: int, headline: bool, text: str) -> bool:
    """ "Tariff Act", "General Agreement on Tariffs and Trade", "U.S. Tariff Commission"."""
    tok = sdoc[i]
    if tok.text[:1].isupper() and (lx.NAME_BEFORE.search(text[max(0, tok.idx - 30):tok.idx])
                                   or lx.NAME_AFTER_RE.match(text[tok.idx + len(tok.text):tok.idx + len(tok.text) + 14])):
        return True
    prev = _prev_words(sdoc, i, 3, lo)
    nxt = _next_words(sdoc, i, 2, hi)
    if prev[:2] == ["on", "agreement"] or (prev[:1] == ["on"] and nxt[:2] == ["and", "trade"]):
        return True
    if nxt and nxt[0] in lx.NAME_AFTER:
        tok_next = next((t for t in sdoc[i + 1:hi] if not t.is_space), None)
        if headline or (tok_next is not None and tok_next.text[:1].isupper()) or nxt[0] in {"act", "acts"}:
            return True
    if prev[:1] == ["customs"] and nxt[:1] == ["council"]:
        return True
    return False


def _has_border_support(sdoc, i: int, lo: int, hi: int, strict: bool = False) -> bool:
    """A duty, levy or tax that is about goods crossing a border."""
    prev = _prev_words(sdoc, i, 3, lo)
    nxt = _next_words(sdoc, i, 4, hi)
    if any(p in lx.BORDER_MODIFIERS for p in prev[:3]):
        return True
    if "-" in prev[:2] and any(p in {"dumping", "tariff"} for p in prev[:3]):
        return True
    if nxt and nxt[0] in {"on", "against"} and len(nxt) > 1:
        return True
    if nxt and nxt[0] in {"of", "at"} and len(nxt) > 1 and re.match(
            r"^[\d.,/]+$|^(about|up|some|between|nearly|around|almost|roughly)$", nxt[1]):
        return True  # "duties of 40 euros a ton", "duties of between 40 and 45 euros"
    tok = sdoc[i]
    head = tok.head
    if tok.dep_ == "conj" and lx.TARIFF_RE.match(_low(head)):
        return True  # "a 6.5% tariff on fertiliser, plus duties of 40 euros a ton"
    # "the 15 per cent duty the U.S. imposed", "duties imposed on Japanese goods"
    if any(c.dep_ in {"relcl", "acl"} and SUPPORT_VERBS.match(c.text) for c in tok.children):
        return True
    # "300 mln dlrs of duties"
    if tok.dep_ == "pobj" and head.text.lower() in {"of", "in"} and \
            head.head.text.lower() in {"dlrs", "dlr", "dollars", "worth", "mln", "billion", "yen"}:
        return True
    if strict:
        return False
    if tok.dep_ in {"dobj", "nsubjpass", "pobj"} and SUPPORT_VERBS.match(head.text):
        return True
    if tok.dep_ == "pobj" and SUPPORT_VERBS.match(head.head.text):
        return True
    return False


def _is_domestic(sdoc, i: int, lo: int, hi: int) -> bool:
    prev = _prev_words(sdoc, i, 2, lo)
    return any(p in lx.DOMESTIC_MODIFIERS for p in prev[:2]) or prev[:2] == ["-", "co"]


def _is_levy_verb(sdoc, i: int, lo: int, hi: int) -> bool:
    tok = sdoc[i]
    prev = _prev_words(sdoc, i, 1, lo)
    nxt = _next_words(sdoc, i, 1, hi)
    if _low(tok) in {"levies", "levy"} and prev[:1] in (["to"], ["will"], ["would"], ["may"], ["could"], ["not"]):
        return True
    return any(c.dep_ in {"dobj", "nsubj", "aux"} for c in tok.children) and nxt[:1] != ["on"]


def _is_reference(sdoc, i: int, lo: int, hi: int) -> bool:
    """ "the duty", "the replanting duty ... at 9.92 cents": a later reference in a tariff story."""
    prev = _prev_words(sdoc, i, 2, lo)
    if prev[:1] and prev[0] in {"the", "this", "that", "these", "those", "its", "their"}:
        return True
    if len(prev) > 1 and prev[1] in {"the", "this", "these"}:
        return True
    if prev[:1] and prev[0] in {"pct", "%", "percent", "cent", "cents"} and len(prev) > 1 and \
            (re.match(r"^[\d.,/]+$", prev[1]) or prev[1] == "per"):
        return True  # "at 10 pct duty"
    window = sdoc[i + 1:min(hi, i + 10)].text.lower()
    return bool(re.search(r"\d[\d.,/]*\s*(%|pct|per cent|cents?|cts|ringgit|dlrs)", window))


@dataclass(frozen=True)
class _Word:
    """One candidate tariff word with the context every sense test reads."""

    sdoc: object
    i: int
    lo: int
    hi: int
    headline: bool
    sent_text: str
    doc_context: bool
    text: str  # the whole document
    w: str     # the word, normalised
    prev: list[str]
    nxt: list[str]

    @property
    def tok(self):
        return self.sdoc[self.i]

    @property
    def border_mod(self) -> bool:
        return any(p in lx.BORDER_MODIFIERS for p in self.prev[:2])

    def supported(self, strict: bool = False) -> bool:
        return _has_border_support(self.sdoc, self.i, self.lo, self.hi, strict)

    def reference(self) -> bool:
        return self.doc_context and _is_reference(self.sdoc, self.i, self.lo, self.hi)


def is_tariff_word(sdoc, i: int, lo: int, hi: int, headline: bool, sent_text: str,
                   doc_context: bool = False, doc_text: str | None = None) -> bool:
    """Whether token i (inside sentence [lo, hi)) is a tariff word: it names a border tax on goods,
    not a domestic tax, a name or tariffs as a class."""
    w = _low(sdoc[i])
    if not lx.is_candidate(w) and w not in {"free"}:
        return False
    word = _Word(sdoc, i, lo, hi, headline, sent_text, doc_context,
                 doc_text if doc_text is not None else sdoc.text, w,
                 _prev_words(sdoc, i, 3, lo), _next_words(sdoc, i, 2, hi))
    if _never(word):
        return False
    if w == "free":
        # "duty - free", "tariff - free" split into three tokens
        return word.prev[:2] in (["-", "duty"], ["-", "tariff"]) and not _duty_free_shop(word.nxt)
    if lx.DUTYFREE_RE.match(w):
        return _duty_free_sense(word)
    if lx.TARIFF_RE.match(w):
        return _tariff_sense(word)  # a "tariff" on wine is a border tariff, whatever it is on
    after = word.text[word.tok.idx + len(word.tok.text):word.tok.idx + len(word.tok.text) + 40]
    if lx.DOMESTIC_OBJECTS.match(after) and not word.border_mod:
        return False  # "a levy on jet fuel", "a levy on the drinks industry"
    if _is_domestic(sdoc, i, lo, hi):
        return False
    for rx, sense in ((lx.SURTAX_RE, _surtax_sense), (lx.DUTY_RE, _duty_sense),
                      (lx.LEVY_RE, _levy_sense), (lx.TAX_RE, _tax_sense)):
        if rx.match(w):
            return sense(word)
    return False


def _never(word: _Word) -> bool:
    """Senses ruled out for every tariff word: "non-tariff", names, topic compounds."""
    sdoc, i, prev, nxt = word.sdoc, word.i, word.prev, word.nxt
    if prev[:1] == ["-"] and prev[1:2] == ["non"] or word.w.startswith("non-"):
        return True
    if _is_name(sdoc, i, word.lo, word.hi, word.headline, word.text):
        return True
    if word.tok.dep_ == "compound" and _low(word.tok.head) in lx.TOPIC_HEADS:
        return True
    if nxt[:1] and nxt[0] in lx.TOPIC_HEADS and not (nxt[0] in {"items", "lines"}):
        if word.tok.dep_ == "compound" or nxt[0] in {"policy", "policies", "talks", "negotiations", "act", "law",
                                                     "commission", "barriers"}:
            return True
    return False


def _duty_free_sense(word: _Word) -> bool:
    """ "duty-free access" (a measure), not "Duty Free" shops."""
    tok = word.tok
    if not word.headline and tok.text[:1] == "D" and word.i > word.lo and not word.sdoc[word.i - 1].is_sent_start:
        return False  # "Duty Free" as a shop name
    return not _duty_free_shop(word.nxt)


def _tariff_sense(word: _Word) -> bool:
    """ "tariff(s)": a border tariff unless it is a price list or a domestic charge."""
    sdoc, i, nxt, text = word.sdoc, word.i, word.nxt, word.text
    if lx.PRICE_CONTEXT.search(word.sent_text) and not lx.TRADE_CONTEXT.search(word.sent_text):
        return False
    if nxt[:1] and nxt[0] in {"bid", "offer", "rate", "rates"} and not word.border_mod and \
            not (nxt[0] in {"rate", "rates"} and word.doc_context and not doc_flags(text)[0]):
        return False  # money-market "tariff bid", "tariff rates" of a utility; in a story
        # with a border tariff, "lifting the tariff rate on Peru to 30%" is that tariff
    if not word.border_mod and not lx.TRADE_CONTEXT.search(word.sent_text) and doc_flags(text)[0]:
        return False  # prices, fares or sentences in a story about utilities or courts
    if _is_domestic(sdoc, i, word.lo, word.hi):
        return False
    if not word.w.endswith("s") and nxt[:1] == ["-"] and _next_words(sdoc, i, 3, word.hi)[1:2] == ["free"]:
        return False  # "tariff-free": the "free" token carries the mention
    return True


def _surtax_sense(word: _Word) -> bool:
    """ "a 10% surtax on Japanese cars"."""
    return word.supported(strict=True) or word.reference()


def _duty_sense(word: _Word) -> bool:
    """ "duty/duties": a border duty, not an obligation, a shift or a name."""
    sdoc, i, lo, hi, prev, nxt = word.sdoc, word.i, word.lo, word.hi, word.prev, word.nxt
    tok = word.tok
    if doc_flags(word.text)[1] and not word.border_mod and not word.supported(strict=True):
        return False  # a story about fuel duty: "the duty" is that one
    to_level = nxt[:1] == ["to"] and len(nxt) > 1 and bool(re.match(r"^[\d.,/]+$|^(about|around|zero|nil)$", nxt[1]))
    if (nxt[:1] in (["to"], ["bound"]) and not to_level) or prev[:1] in (["on"], ["off"]) and nxt[:1] != ["on"]:
        if not word.supported() or nxt[:1] == ["to"]:
            return False  # "a duty to protect", "on duty"
    if nxt[:2] == ["of", "care"] or prev[:2] in (["-", "heavy"], ["-", "light"]):
        return False  # "duty of care", "heavy-duty trucks"
    if prev[:1] in (["on"], ["off"]) and word.w == "duty":
        return False  # "22 on duty on Saturday"
    if prev[:1] and prev[0] in {"his", "her", "my", "your"} and not word.supported(strict=True):
        return False  # "suspended from his duties"
    if tok.text[:1] == "D" and not word.headline and not tok.is_sent_start and prev[:1] == ["of"]:
        return False  # "Call of Duty": a name
    if nxt[:1] == ["-"] and _next_words(sdoc, i, 2, hi)[1:2] == ["free"]:
        return False  # the "free" token carries the mention
    if not word.headline and tok.text[:1] == "D" and not tok.is_sent_start and nxt[:1] == ["free"]:
        return False
    if nxt[:1] == ["free"]:
        return not _duty_free_shop(_next_words(sdoc, i + 1, 2, hi))
    return word.supported() or word.reference() or _headline_product(sdoc, i, word.headline, word.doc_context)


def _levy_sense(word: _Word) -> bool:
    """ "levy/levies": a border levy, not a domestic one, a surname or the verb."""
    tok = word.tok
    if doc_flags(word.text)[2] and not word.border_mod:
        return False  # the story is about a domestic levy; "the levy" is that one
    if not word.headline and tok.text[:1] == "L" and not tok.is_sent_start:
        return False  # a surname: "Mickey Levy"
    if _is_levy_verb(word.sdoc, word.i, word.lo, word.hi):
        return False
    return word.supported() or word.reference() or _headline_product(word.sdoc, word.i, word.headline, word.doc_context)


def _tax_sense(word: _Word) -> bool:
    """ "import tax", "export taxes"; "the new taxes" right after a border tariff."""
    if word.prev[:1] and word.prev[0] in {"import", "export", "imports", "exports", "border"}:
        return True
    return word.doc_context and _tax_back_reference(word.sdoc, word.i, word.prev, word.text)


BORDER_TAX_BEFORE = re.compile(r"\b(?:import|export)s?\s+tax|\b(?:tariff|tarriff)s?\b|\bduties\b", re.I)


def _tax_back_reference(sdoc, i: int, prev: list[str], text: str) -> bool:
    """ "levy the new tax", "products hit by the new taxes": a tax that plainly refers back to
    a border tax or tariff named just before (a back reference to a border tax is a mention)."""
    if not prev or prev[0] not in {"the", "new", "this", "these"} or \
            (prev[0] == "new" and prev[1:2] not in (["the"], ["these"])):
        return False
    before = text[max(0, sdoc[i].idx - 400):sdoc[i].idx]
    return bool(BORDER_TAX_BEFORE.search(before))


def _headline_product(sdoc, i: int, headline: bool, doc_context: bool) -> bool:
    """ "ORANGE JUICE DUTIES", "VEGETABLE OIL LEVY": a headline duty on a product, in a story
    whose body has a border tariff."""
    if not (headline and doc_context):
        return False
    j = i - 1
    while j >= 0 and sdoc[j].is_space:
        j -= 1
    if j < 0:
        return False
    prev = sdoc[j].text
    return prev.isalpha() and len(prev) > 2 and prev.lower() not in HEADLINE_NOT_PRODUCT \
        and not lx.DOMESTIC_MODIFIERS & {prev.lower()}


HEADLINE_NOT_PRODUCT = lx.DETERMINERS | lx.BORDER_MODIFIERS | frozenset(
    """to for on of and or set sets impose imposes imposed raise raises raised cut cuts lift lifts
    new higher lower more further extra seek seeks seeking propose proposes plan plans
    urge urges ask asks may will could says said""".split())


def _duty_free_shop(nxt: list[str]) -> bool:
    return bool(nxt) and nxt[0] in {"shop", "shops", "store", "stores", "sales", "allowance",
                                    "allowances", "outlet", "outlets", "shopping", "retailer"}


def candidate_tokens(sdoc) -> list[int]:
    """Indices of the tokens that may be tariff words, in order: one pass over the document,
    so sentences without one are skipped at once. Read from the ORTH array and asked once per
    distinct word (a Token built per token cost more than the test)."""
    orths = sdoc.to_array(ORTH).tolist() if len(sdoc) else []
    strings = sdoc.vocab.strings
    hits = {o for o in set(orths) if _may_be_tariff_word(strings[o])}
    return [i for i, o in enumerate(orths) if o in hits]


def _may_be_tariff_word(word: str) -> bool:
    """A token text that may be a tariff word in context ("free" for "duty free")."""
    return lx.is_candidate(lx.norm(word)) or word.lower() == "free"


def find_tariff_tokens(sdoc, lo: int, hi: int, headline: bool, doc_context: bool = False,
                       doc_text: str | None = None, candidates: list[int] | None = None) -> list[int]:
    """Indices of the tariff words of the sentence [lo, hi).

    `doc_context` says the document already has a border tariff, so "the duty" refers to one.
    `candidates`: the document's `candidate_tokens`, when the caller has them; only those can
    be tariff words (`is_tariff_word` asks the same first), so only those are read.
    """
    if candidates is None:
        candidates = [t.i for t in sdoc[lo:hi] if _may_be_tariff_word(t.text)]
    else:
        candidates = candidates[bisect.bisect_left(candidates, lo):bisect.bisect_left(candidates, hi)]
    if not candidates:
        return []
    sent_text = sdoc[lo:hi].text
    text = doc_text if doc_text is not None else sdoc.text
    return [i for i in candidates if is_tariff_word(sdoc, i, lo, hi, headline, sent_text, doc_context, text)]
