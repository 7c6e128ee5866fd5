"""Products a measure covers (the goods it applies to, as written in the text): phrases as written, minus determiners, counts and the
origin adjective that names the target; generic words alone ("goods") give nothing."""

from __future__ import annotations

import re

from ..lexicon import tariff_words
from ..lexicon.calendar import MONTHS, UNIT_PLURALS, UNITS, WEEKDAY_NAMES

from .actors import code_of
from .clause import Clause

ABSTRACT = frozenset("""basis grounds behalf condition conditions information data terms issue
    issues matter matters account average top hold record time times way ways part side
    level levels scale list lists board tax taxes cost costs consumers customers price prices
    companies company firms firm industry industries producers manufacturers makers exporters
    importers users research development promotion replanting purposes purpose reasons reason
    revenue protection years months weeks days countries nations partners economies""".split())
ON_VERBS = re.compile(r"^(impos|re-?impos|slap|levie|levy|put|puts|putting|plac|set|sets|rais|cut|lift|"
                      r"reduc|lower|appl|charg|collect|increas|extend|remov|eliminat|suspend|waiv|"
                      r"drop|scrap|abolish|introduc|hike|doubl|keep|kept|maintain)", re.I)
GENERIC = frozenset("""goods products imports exports shipments items trade merchandise
    commodities articles things lines categories sales purchases import export entry
    product item shipment commodity""".split())
PARTY_NOUNS = frozenset("""country countries nation nations economy economies partner partners
    government governments state states member members region regions""".split())
"""Who trades, never what is traded: "a tariff on any country that buys Venezuelan oil"."""
REASONS = frozenset("""failure failures violation violations breach refusal dumping practices
    retaliation reasons reason conduct behaviour behavior""".split())
# origin-like words that qualify nothing: "foreign products", "imported goods"
VAGUE = frozenset("""foreign overseas imported other certain various selected some""".split())
QUANTIFIER_HEADS = frozenset("""variety range number host list series kinds kind types type
    array lot lots wide worth tonnes tonne tons ton kilos kilo kg kilograms bushels bushel barrels
    barrel lbs pounds litres liters gallons bales bags units""".split())
DROP_WORDS = frozenset("""a an the some all its their his her our these those this that
    certain other such many most several various any selected key major main further
    additional extra""".split())
MONTH_WORDS = frozenset(MONTHS) | {w.lower() for w in WEEKDAY_NAMES} | {"today", "week", "year", "month"}
# time spans are never goods: "duties of 40 euros a ton for the 2025-2026 period"
TIME_NOUNS = frozenset(UNITS) | frozenset(UNIT_PLURALS) | {"period", "periods", "season", "seasons"}
ITEM_PREPS = frozenset({"including", "like"})
"""Prepositions that open the items a product phrase lists ("farm products, including pork")."""
LIST_PREPS = ITEM_PREPS | {"as"}
"""The same, with the "as" of "such products as toys" after a generic head."""
RELATIVE_PRONOUNS = frozenset({"which", "that", "what", "whom", "whose"})
KIND_WORDS = frozenset("""penalty punitive retaliatory reciprocal countervailing anti dumping
    antidumping new high higher additional special pct percent cent""".split())
MONEY = re.compile(r"^(mln|million|billion|bln|dlrs?|dollars?|worth|pct|%|per|cent|yen|stg)$", re.I)


def _calendar_word(tok) -> bool:
    """A month, weekday or period word, abbreviated with a dot or not ("Sept.", "Monday")."""
    return tok.text.lower().rstrip(".") in MONTH_WORDS


def _phrase(sdoc, head, stop: int | None = None) -> str | None:
    """Clean text of the noun phrase at `head` without its conjuncts."""
    toks = _phrase_tokens(head, stop)
    if any(_calendar_word(t) for t in toks):
        return None
    # "imports from Canada": a generic head whose only qualifier names the origin
    core = [t for t in toks if not (t.dep_ in {"prep", "pobj", "det", "compound", "amod"} and
                                    (t.text.lower() in {"from", "to", "into", "the"} or code_of(t.text)))]
    if len(core) == 1 and core[0].text.lower() in GENERIC:
        return None
    toks = _trimmed(toks)
    if not toks:
        return None
    of = _of_phrase_instead(head, toks)
    if of is not None:
        return _phrase(sdoc, of, stop)
    if _not_goods(head, toks):
        return None
    return _clean_text(sdoc[toks[0].i:toks[-1].i + 1].text)


def _phrase_tokens(head, stop: int | None) -> list:
    """The head's subtree without conjuncts, relative clauses ("exports which use …" on a
    generic head stays), "including"/"like" lists, tokens from `stop` on, and trailing punctuation."""
    clauses = [c for c in head.children if c.dep_ in {"relcl", "acl"} and c.i > head.i
               and (head.text.lower() not in GENERIC  # "exports which use semiconductors" stays
                    or any(_calendar_word(t) or t.like_num for t in c.subtree))]
    # "goods set to take effect April 17", "goods traded among them by 10 pct": a date or a figure
    clauses += [c for c in head.children if c.dep_ == "prep" and c.text.lower() in ITEM_PREPS]
    clauses += [c for c in head.children if _origin_clause(c)]
    clauses += [c for c in head.children if c.dep_ == "prep" and c.i > head.i
                and any(_calendar_word(t) for t in c.subtree)]  # "almonds from June 16": a date, no part of the goods
    toks = [t for t in head.subtree if not _in_conj(t, head)
            and not any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses)]
    if stop is not None:
        toks = [t for t in toks if t.i < stop]
    blank = next((t.i for t in toks if t.i > head.i and t.is_space and "\n\n" in t.text), None)
    if blank is not None:
        toks = [t for t in toks if t.i < blank]  # a headline's phrase ends at its blank line
    toks = [t for t in toks if t.i <= head.i or t.dep_ not in {"punct"}]
    return _contiguous_from_head(toks, head)


def _contiguous_from_head(toks: list, head) -> list:
    """The phrase ends where its tokens stop being adjacent after the head: the text between
    belongs to the conjuncts left out ("autos, auto parts and steel from countries without
    trade deals" on "autos" is "autos", not a slice across the list)."""
    out = []
    for t in toks:
        if out and t.i > head.i and t.i != out[-1].i + 1 and not _only_punct_between(out[-1], t):
            break
        out.append(t)
    return out


def _only_punct_between(prev, tok) -> bool:
    """Whether only punctuation or whitespace lies between two tokens (dropped trailing commas)."""
    doc = tok.doc
    return all(doc[k].is_punct or doc[k].is_space for k in range(prev.i + 1, tok.i))


ORIGIN_VERBS = frozenset({"imported", "coming", "made", "produced", "shipped", "arriving", "entering",
                          "sold", "originating", "sourced"})


def _origin_clause(tok) -> bool:
    """ "coming into the U.S.", "imported from Russia and Belarus", "from countries without
    trade deals": a participle or a "from" phrase after the goods that names where they come
    from or go, the target and not part of the product."""
    if tok.i < tok.head.i:
        return False
    if tok.dep_ == "prep" and tok.text.lower() == "from":
        return _names_origin(tok)
    return tok.dep_ == "acl" and tok.text.lower() in ORIGIN_VERBS and any(
        c.dep_ == "prep" and c.text.lower() in {"from", "into", "in", "to"} and _names_origin(c) for c in tok.children)


def _names_origin(prep) -> bool:
    """Whether the preposition's object is a country or a group of them ("countries")."""
    return any(code_of(g.text) or g.text.lower() in ORIGIN_GROUP_HEADS for g in prep.children if g.dep_ == "pobj")


def _trimmed(toks: list) -> list:
    """Without leading determiners, counts, amounts, origin codes and "imported", nor
    trailing punctuation and conjunctions."""
    while toks and (toks[0].text.lower() in DROP_WORDS or toks[0].like_num or MONEY.match(toks[0].text)
                    or toks[0].text in {"'s", "\u2019s"}
                    or toks[0].is_punct or toks[0].is_space or code_of(toks[0].text)
                    or toks[0].text.lower() in {"u.s.", "of", "some", "about", "up", "to", "imported", "and", "or"}):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].text.lower() in {"and", "or"}):
        toks = toks[:-1]
    return toks


def _of_pobjs(tok) -> list:
    return [g for c in tok.children if c.dep_ == "prep" and c.text.lower() == "of"
            for g in c.children if g.dep_ == "pobj"]


def _of_phrase_instead(head, toks: list):
    """"imports of Korean steel pipes": a generic head's "of" phrase names the goods."""
    if head.text.lower() in GENERIC and toks[0].i == head.i:
        of = _of_pobjs(head)
        if of:
            return of[0]
    if toks[-1].text.lower() in GENERIC or (len(toks) > 1 and toks[0].text.lower() in GENERIC):
        # "imports of Chilean frozen salmon fillets" -> the "of" phrase
        gen = toks[-1] if toks[-1].text.lower() in GENERIC else toks[0]
        of = _of_pobjs(gen)
        if of and gen.i == head.i:
            return of[0]
    return None


def _not_goods(head, toks: list) -> bool:
    """Generic words alone, relative pronouns, abstract and time nouns, "trade", long runs."""
    if len(toks) == 1 and toks[0].text.lower() in GENERIC:
        return True
    if head.text.lower() in RELATIVE_PRONOUNS:
        return True  # "wine, on which it levies a duty": the goods are the antecedent's
    if head.text.lower() in ABSTRACT or head.text.lower() in TIME_NOUNS:
        return True  # "on a temporary basis", "on the basis of cost information"
    if head.text.lower() in PARTY_NOUNS:
        return True  # "a 25% tariff on any country that buys ...": whose goods, not which
    if toks[-1].text.lower() in GENERIC and all(t.text.lower() in GENERIC or t.text.lower() in VAGUE
                                                 or code_of(t.text) for t in toks):
        return True
    return toks[-1].text.lower() == "trade" or len(toks) > 8


def _clean_text(text: str) -> str | None:
    """The phrase without a torn bracket, an origin tail ("imported from Korea") or a
    "made"/"grown" opening, and not a generic word alone."""
    text = re.sub(r"\s*\([^)]*\)?\s*$", "", text).strip()  # "palm oil (PPO" -> "palm oil"
    # "steel pipes imported from Korea": the origin is the target, not the product
    text = re.sub(r"\s+(?:imported\s+|made\s+|produced\s+|coming\s+|sold\s+|shipped\s+|arriving\s+)?(?:from|in|to|into|entering)\s+"
                  r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*$",
                  "", text).strip()
    text = re.sub(r"^(?:grown|made|produced|manufactured|built)\s+", "", text, flags=re.I)
    text = _without_origin_groups(text)
    if text.lower() in GENERIC:
        return None
    return text or None


ORIGIN_TAIL = re.compile(r"\s+(?:imported\s+|made\s+|coming\s+|shipped\s+)?from\s+(?P<rest>.+)$", re.I)
ORIGIN_GROUP_HEADS = frozenset({"countries", "nations", "economies", "partners", "suppliers", "origins"})


def _without_origin_groups(text: str) -> str:
    """ "cars from countries without trade deals" -> "cars"; "imports from China and other Asian
    countries" -> "imports" (then generic): the origins are targets, not goods."""
    m = ORIGIN_TAIL.search(text)
    if m is None:
        return text
    words = m.group("rest").split()
    if any(w.lower().strip(",") in ORIGIN_GROUP_HEADS for w in words) or code_of(words[0]):
        return text[:m.start()].strip()
    return text


def _in_conj(t, head) -> bool:
    """Whether t belongs to a conjunct of head (to split "computers, receivers and printers")."""
    x = t
    while x.i != head.i:
        if x.dep_ in {"conj", "cc"} and x.head.i == head.i:
            return True
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def _expand(sdoc, tok) -> list:
    """Head nouns of a product phrase: through "a range of X", "300 mln dlrs of X", conjuncts."""
    for _ in range(3):
        if tok.text.lower() in QUANTIFIER_HEADS or tok.like_num or MONEY.match(tok.text):
            nxt = [c for c in tok.children if c.dep_ == "prep" and c.text.lower() == "of"]
            pobj = [g for p in nxt for g in p.children if g.dep_ == "pobj"]
            if not pobj:
                break
            tok = pobj[0]
        else:
            break
    if tok.text.lower() in GENERIC:
        # "such products as toys, shoes", "40 products ..., including pears"
        for c in tok.children:
            if c.dep_ == "prep" and c.text.lower() in LIST_PREPS:
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                if pobj:
                    qualified = any(m.dep_ in {"compound", "amod"} and m.text.lower() not in VAGUE | DROP_WORDS
                                    and not code_of(m.text) for m in tok.children)
                    # "farm products, including pork and soy" keeps the qualified group too, and
                    # "imports of buses, including school buses" the goods of its "of" phrase
                    group = [tok] if qualified else _of_pobjs(tok)[:1]
                    return group + [pobj[0]] + [x for x in pobj[0].conjuncts if x.i > pobj[0].i]
    heads = [tok]
    heads.extend(c for c in tok.conjuncts if c.i > tok.i)
    return heads


def _listed(tok) -> list:
    """The items a product phrase lists ("food products, including coffee, tea and beef"); a
    generic head already gives them through `_expand`."""
    if tok.text.lower() in GENERIC:
        return []
    for c in tok.children:
        if c.dep_ == "prep" and c.text.lower() in ITEM_PREPS:
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj:
                return [pobj[0]] + [x for x in pobj[0].conjuncts if x.i > pobj[0].i]
    return []


def _goods_subject(subj) -> bool:
    """A subject that can name goods: a common noun ("Trucks" opening a sentence counts), not a
    pronoun, a country, a named body or a description of one ("Brazil, a major competitor")."""
    if subj.pos_ == "PRON" or subj.text.lower() in {"who", "which", "that", "it", "they", "we"}:
        return False
    if any(c.dep_ == "appos" for c in subj.children) or code_of(subj.text):
        return False
    return subj.text[:1].islower() or subj.is_sent_start


FACING = re.compile(r"^(fac(e|es|ed|ing)|hit|subject(ed)?|exempt(ed)?|spared|excluded)$", re.I)
"""Verbs whose subject names the goods the measure falls on, or spares: "Trucks will face a
17.5 percent tariff", "Smartphones and computers will be exempted from the tariffs"."""


ADMIT_VERBS = re.compile(r"^(allow\w*|let|lets|letting|admit\w*|accept\w*|import\w*|ship\w*|sell\w*|export\w*)$", re.I)


def _admitted_goods(sdoc, cl: Clause) -> list[str]:
    """ "Korea will allow U.S. goods such as cars into its market without duties": the goods
    the verb admits, when the tariff hangs off that verb's "without"."""
    h = sdoc[cl.head_noun]
    if h.dep_ != "pobj" or h.head.text.lower() != "without" or not ADMIT_VERBS.match(h.head.head.text):
        return []
    obj = next((c for c in h.head.head.children if c.dep_ == "dobj"), None)
    return [] if obj is None else _goods_phrases(sdoc, obj)


def exempted_object(sdoc, cl: Clause):
    """The goods token an exempting verb takes out of the measure named in its "from" phrase
    ("has exempted smartphones and computers from the 125% levy": "smartphones"), or None. The
    parser hangs "from" on the verb or on its object."""
    h = sdoc[cl.head_noun]
    if h.dep_ != "pobj" or h.head.text.lower() != "from":
        return None
    up = h.head.head
    if up.text.lower() in tariff_words.EXEMPTING_VERBS:
        return next((c for c in up.children if c.dep_ == "dobj"), None)
    if up.dep_ == "dobj" and up.head.text.lower() in tariff_words.EXEMPTING_VERBS:
        return up
    return None


def _names_a_party(tok) -> bool:
    """A verb's object that names who, not what: a country or a party noun ("Canada", "exporters")."""
    return tok.text.lower() in PARTY_NOUNS or bool(code_of(tok.text))


def _exempted_goods(sdoc, cl: Clause) -> list[str]:
    """ "has exempted smartphones and computers from the 125% levy": the goods exempted."""
    obj = exempted_object(sdoc, cl)
    if obj is None or _names_a_party(obj):
        return []  # "exempted Canada from the tariffs": who, not what
    return _goods_phrases(sdoc, _of_goods(obj))


def _goods_phrases(sdoc, tok) -> list[str]:
    """The product phrases a goods noun names, conjuncts and listed items included, without
    country names."""
    out = []
    for x in _expand(sdoc, tok):
        p = _phrase(sdoc, x)
        if p and p not in out and not code_of(p):
            out.append(p)
    return out


def _facing_subject(sdoc, cl: Clause) -> list[str]:
    """ "Trucks will face a 17.5 percent tariff", "Imports of Laotian rice will face ...": the
    subject of the verb that takes the tariff names the goods."""
    for v in cl.verbs[:1]:
        if FACING.match(sdoc[v].text):
            return _subject_goods(sdoc, sdoc[v])
    return []


def _adjective_subject(sdoc, cl: Clause) -> list[str]:
    """ "Books are exempt from the tariffs", "all farm imports will be subject to EU tariffs":
    the subject of the adjective after "be" whose "from"/"to" phrase holds the tariff noun."""
    h = sdoc[cl.head_noun]
    prep = h.head
    if h.dep_ != "pobj" or prep.text.lower() not in {"from", "to"} or prep.head.dep_ != "acomp":
        return []
    adjective = prep.head
    return _subject_goods(sdoc, adjective.head) if FACING.match(adjective.text) else []


def _subject_goods(sdoc, verb) -> list[str]:
    """The goods the subject of `verb` names, through a generic head's "of" phrase."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or not _goods_subject(subj):
        return []
    if subj.text.lower() in GENERIC:
        subj = next((g for c in subj.children if c.dep_ == "prep" and c.text.lower() == "of"
                     for g in c.children if g.dep_ == "pobj"), subj)
    return _goods_phrases(sdoc, subj)


HEADLINE_ON = re.compile(r"\b(?:ON|AGAINST)\s+(?P<p>[A-Z][A-Z .,'-]*[A-Z])\s*$")


HEADLINE_SKIP = frozenset("""to for on of and or set sets impose imposes raise raises cut cuts lift
    lifts new higher lower more further import imports export exports customs tariff tariffs
    anti dumping countervailing retaliatory punitive special extra""".split())


def _headline_compound(sdoc, cl: Clause, lo: int) -> list[str]:
    """ "U.S. TO SET ORANGE JUICE DUTIES": the words right before the headline's tariff word."""
    words = []
    if not re.match(r"^(dut(y|ies)|lev(y|ies))$", sdoc[cl.anchor].text, re.I):
        return []  # "TO AVERT TARIFFS", "REGIONAL TARIFF CUTS": no tagger to tell nouns apart
    j = cl.anchor - 1
    while j >= lo and len(words) < 3:
        t = sdoc[j]
        if t.is_space or not t.text.isalpha() or t.text.lower() in HEADLINE_SKIP or code_of(t.text) \
                or t.text.lower() in DROP_WORDS:
            break
        words.insert(0, t)
        j -= 1
    while words and words[0].text.lower() in KIND_WORDS:
        words = words[1:]
    if not words or all(w.text.lower() in GENERIC for w in words):
        return []
    return [sdoc[words[0].i:words[-1].i + 1].text]


def find_products(sdoc, cl: Clause, lo: int, hi: int, headline: bool = False) -> list[str]:
    """Product phrases of the measure in clause `cl`: the first reading that finds any, in
    order: a "where" clause's antecedent, "import of X", an on/against/for phrase off the
    measure (or its rate, amount or verb), goods exempted from it, the subject facing it, goods
    admitted. The caller falls back on `soft_products`."""
    if headline:
        return _headline_products(sdoc, cl, lo, hi)
    where = _where_antecedent(sdoc, cl)
    if where:
        return [where]
    imported = _import_of(sdoc, cl)
    if imported:
        return [imported]
    return (_on_phrases(sdoc, cl, lo, hi) or _title_line_on(sdoc, cl, lo, hi) or _exempted_goods(sdoc, cl)
            or _facing_subject(sdoc, cl) or _admitted_goods(sdoc, cl))


TITLE_JOINERS = frozenset({"and", "&", "-"})


def _title_line_on(sdoc, cl: Clause, lo: int, hi: int) -> list[str]:
    """ "US Imposes 17% Duty on Mexican Tomato Imports": a title line whose "on" phrase the
    parser ran into the next paragraph, so "on" has no object of its own. The capitalised
    words after "on" to the line's end are the goods, less the origin and generic words."""
    a, h = sdoc[cl.anchor], sdoc[cl.head_noun]
    prep = next((c for t in (a, h) for c in t.children if c.dep_ == "prep" and c.i > t.i
                 and c.text.lower() in {"on", "against"}), None)
    if prep is None or any(g.dep_ == "pobj" and g.i < hi for g in prep.children):
        return []
    words = []
    for t in sdoc[prep.i + 1:hi]:
        if t.is_space:
            break  # the line ends
        if not (t.text[:1].isupper() and t.text.replace("-", "").isalpha()) and t.text not in TITLE_JOINERS:
            return []  # a lower-case word: running text, not a title line
        words.append(t)
        if "\n" in t.whitespace_:
            break
    while words and (code_of(words[0].text) or words[0].text.lower() in DROP_WORDS):
        words = words[1:]
    if not words or words[-1].text in TITLE_JOINERS or all(w.text.lower() in GENERIC for w in words):
        return []
    return [sdoc[words[0].i:words[-1].i + 1].text]


def soft_products(sdoc, cl: Clause, lo: int, hi: int) -> list[str]:
    """Goods read where no phrase of the measure names them: the goods a subject described by
    the measure includes, the subject said to be exempt from or subject to it, or the compound
    before the tariff word. They name the goods but do not tell measures apart ("the steel
    levies will not stack on the car tariffs" is one mention; "the products hit by the tariffs
    include sugar" is the measure named before)."""
    return (_included_goods(sdoc, cl, lo, hi) or _covered_goods(sdoc, cl, lo, hi) or _adjective_subject(sdoc, cl)
            or compound_product(sdoc, cl))


def _covered_goods(sdoc, cl: Clause, lo: int, hi: int) -> list[str]:
    """ "The tariffs will cover $10 billion of goods, including steel pipes and wire", "the levies
    target wine and cheese": the object of the verb the measure is the subject of."""
    h = sdoc[cl.head_noun]
    if h.dep_ != "nsubj" or h.head.text.lower() not in tariff_words.COVER_VERBS:
        return []
    obj = next((c for c in h.head.children if c.dep_ == "dobj" and lo <= c.i < hi), None)
    if obj is None or _names_a_party(obj):
        return []  # "the tariffs hit Canada", "would hit exporters": who, not what
    goods = _of_goods(obj)
    out: list[str] = []
    _add_phrases(sdoc, out, _expand(sdoc, goods) + _listed(goods) + (_listed(obj) if obj is not goods else []))
    return [p for p in out if not code_of(p)]


INCLUDE_VERBS = frozenset({"include", "includes", "included"})
CLIMB_DEPS = frozenset({"pobj", "prep", "agent", "acl", "relcl", "amod", "dobj"})


def _included_goods(sdoc, cl: Clause, lo: int, hi: int) -> list[str]:
    """ "The products affected by the tariffs include sugar and flour", "Goods subject to the
    duty include coffee": the goods a subject described by the measure is said to include."""
    x = sdoc[cl.head_noun]
    for _ in range(5):  # tariffs -> by -> affected -> products (the subject of "include")
        if x.dep_ == "nsubj" and x.head.text.lower() in INCLUDE_VERBS:
            if x.text.lower() in PARTY_NOUNS:
                return []  # "Countries hit by the tariffs include Brazil": who, not what
            obj = next((c for c in x.head.children if c.dep_ == "dobj" and lo <= c.i < hi), None)
            return [] if obj is None else _goods_phrases(sdoc, obj)
        if x.dep_ not in CLIMB_DEPS or x.head.i == x.i:
            return []
        x = x.head
    return []


def _headline_products(sdoc, cl: Clause, lo: int, hi: int) -> list[str]:
    """A headline's "… on X" phrase, or its product compound."""
    text = sdoc[lo:hi].text
    m = HEADLINE_ON.search(text)
    if not m:
        return _headline_compound(sdoc, cl, lo)
    words = m.group("p").split()
    while words and (code_of(words[0]) or words[0].lower() in DROP_WORDS):
        words = words[1:]
    if not words or all(w.lower() in GENERIC for w in words):
        return []
    start = m.start("p") + m.group("p").find(words[0])
    return [text[start:m.end("p")]]


def _where_antecedent(sdoc, cl: Clause) -> str | None:
    """"the goods where duties apply": the antecedent of a "where" clause holding the verb."""
    if not cl.verbs:
        return None
    v = sdoc[cl.verbs[0]]
    if v.dep_ == "relcl" and v.head.i < cl.head_noun and any(c.text.lower() == "where" for c in v.children):
        return _phrase(sdoc, v.head, stop=v.left_edge.i)
    return None


def _import_of(sdoc, cl: Clause) -> str | None:
    """"duty-free import of cotton yarn": the "of" phrase of an import/entry/access head."""
    h = sdoc[cl.head_noun]
    if h.text.lower() not in {"import", "imports", "entry", "access", "imported"} or cl.anchor == cl.head_noun:
        return None
    for pobj in _of_pobjs(h):
        p = _phrase(sdoc, pobj)
        if p:
            return p
    return None


def _anchors(sdoc, cl: Clause) -> list:
    """The tokens an "on X" phrase may hang off, nearest first: the head noun, its rate
    ("duties of 50 pct on …"), the tariff word, the verb, clauses after the head, and money
    amounts ("the 300 mln dlrs in tariffs on Japanese goods", "tariffs worth … on …")."""
    h = sdoc[cl.head_noun]
    rest = ([sdoc[cl.anchor]] if cl.anchor != cl.head_noun else []) + [sdoc[v] for v in cl.verbs[:1]]
    # "duties that could be levied on Brazilian farm exports"
    rest += [c for c in h.children if c.dep_ in {"acl", "relcl"} and c.i > cl.head_noun]
    if cl.verbs:
        rest += [c for c in sdoc[cl.verbs[0]].children if c.dep_ in {"xcomp", "advcl"} and c.i > cl.head_noun]
    nested = [t for t in h.subtree if t.dep_ == "pobj" and t.head.text.lower() == "of" and t.head.head.i == h.i]
    money = [t for t in h.subtree if MONEY.match(t.text) and t.i != h.i]
    if h.dep_ == "pobj" and h.head.text.lower() in {"in", "of"} and MONEY.match(h.head.head.text):
        money.append(h.head.head)
    for v in cl.verbs[:1]:
        money += [g for c in sdoc[v].children if c.text.lower() == "worth"
                  for g in c.children if g.dep_ == "pobj"]
    return [h] + nested + rest + money


def _on_phrases(sdoc, cl: Clause, lo: int, hi: int) -> list[str]:
    """Products in the on/against/for phrases of the first anchor that has any."""
    verb_ids = set(cl.verbs[:1])
    out: list[str] = []
    for a in _anchors(sdoc, cl):
        if a.i in verb_ids and not ON_VERBS.match(a.text):
            continue  # "based on", "depends on": the verb's "on" is not the measure's
        for prep in a.children:
            if prep.dep_ != "prep" or prep.text.lower() not in {"on", "against", "for"} and not _applied_to(a, prep, verb_ids):
                continue
            if prep.text.lower() == "for" and a.i not in {cl.head_noun, cl.anchor}:
                continue  # "tariffs for leather footwear", but not "asked for", "for two years"
            for pobj in prep.children:
                if not _goods_object(sdoc, cl, prep, pobj, lo, hi):
                    continue
                goods = _of_goods(pobj)
                _add_phrases(sdoc, out, _expand(sdoc, goods) + _listed(goods))
        if out:
            _add_phrases(sdoc, out, [t for t in _listed(a) if lo <= t.i < hi] if a.i in {cl.head_noun, cl.anchor} else [])
            break
    return out


def _applied_to(verb, prep, verb_ids: set[int]) -> bool:
    """ "the duty will apply to steel and copper": the "to" phrase of the measure's own "apply"."""
    return prep.text.lower() == "to" and verb.i in verb_ids and verb.text.lower() in tariff_words.APPLY_VERBS


def _add_phrases(sdoc, out: list[str], heads: list) -> None:
    """Append the product phrases of `heads` that `out` lacks, a repeated coordinated modifier
    split off as its own product ("wood and wood products" -> "wood", "wood products")."""
    for h in heads:
        p = _phrase(sdoc, h)
        for q in _split_modifier(sdoc, h, p) if p else []:
            if q not in out:
                out.append(q)


def _split_modifier(sdoc, head, phrase: str) -> list[str]:
    """ "wood and wood products", "steel and steel articles": a noun modifier that the phrase
    after "and" repeats names goods of its own, the raw material beside what is made of it.
    Other coordinations stay one product ("food and drinks products", "medium and heavy-duty
    trucks"): without the repeat the text does not say which reading is meant."""
    for m in head.lefts:
        if m.dep_ not in {"nmod", "compound"} or not m.text.isalpha() or m.text.lower() in GENERIC:
            continue
        cc = next((c for c in m.rights if c.dep_ == "cc" and c.i + 1 < head.i), None)
        if cc is None or m.text.lower() not in {t.text.lower() for t in sdoc[cc.i + 1:head.i]}:
            continue
        joined = sdoc[m.left_edge.i:cc.i + 1].text_with_ws  # "wood and "
        first = _clean_text(sdoc[m.left_edge.i:m.i + 1].text)
        if first and joined in phrase:
            return [first, phrase.replace(joined, "", 1)]
    return [phrase]


def _of_goods(tok):
    """ "imports of U.S. farm products, including pork": a generic head with an "of" phrase and no
    list of its own stands for that phrase, so the phrase's conjuncts and listed items count."""
    if tok.text.lower() not in GENERIC or _lists(tok):
        return tok
    of = _of_pobjs(tok)
    return of[0] if of else tok


def _lists(tok) -> bool:
    """Whether `tok` has an "as"/"including"/"like" list of its own ("such products as toys")."""
    return any(c.dep_ == "prep" and c.text.lower() in LIST_PREPS for c in tok.children)


def _goods_object(sdoc, cl: Clause, prep, pobj, lo: int, hi: int) -> bool:
    """Whether a preposition's object in the clause can name goods (not a target country,
    a reason, the tariff itself or its kind)."""
    if pobj.dep_ != "pobj" or not (lo <= pobj.i < hi):
        return False
    if code_of(pobj.text) and not list(pobj.children):
        return False  # "tariffs on Japan": a target, not a product
    if prep.text.lower() == "for" and (any(c.dep_ == "poss" for c in pobj.children)
                                       or pobj.text.lower() in REASONS):
        return False  # "for Tokyo's alleged failure": a reason, not a product
    if pobj.left_edge.i <= cl.anchor <= pobj.right_edge.i:
        return False  # "depends on coffee export duties": the tariff itself
    return pobj.text.lower() not in KIND_WORDS  # "rates for antidumping": the kind, not a product


def compound_product(sdoc, cl: Clause) -> list[str]:
    """"rubber export duties", "steel tariffs", "orange juice duties": the product compound
    right before the tariff word (border words such as "export" between are skipped), made of
    lower-case words that can name goods, not of words that say why or how it applies."""
    a = sdoc[cl.anchor]
    j = a.i - 1
    while j >= 0 and _compound_inside(sdoc[j], a) and sdoc[j].text.lower() in tariff_words.CROSSING_WORDS:
        j -= 1
    end = j
    while j >= 0 and _compound_inside(sdoc[j], a) and _goods_modifier(sdoc[j]):
        j -= 1
    if j == end:
        return []
    return [sdoc[j + 1:end + 1].text]


def _compound_inside(tok, anchor) -> bool:
    """Whether `tok` is a compound word of the tariff noun's own phrase, right before it."""
    x = tok
    for _ in range(4):  # "car import tariffs": car -> import -> tariffs
        if x.dep_ != "compound" or not x.i < x.head.i <= anchor.i:
            return False
        if x.head.i == anchor.i:
            return True
        x = x.head
    return False


NOT_GOODS_MODIFIERS = (GENERIC | KIND_WORDS | ABSTRACT | TIME_NOUNS | tariff_words.NON_GOODS_MODIFIERS
                       | tariff_words.BORDER_MODIFIERS | tariff_words.DOMESTIC_MODIFIERS
                       | tariff_words.ALL_ORIGIN_MODIFIERS)
"""Modifiers of a tariff word that are no goods: generic, kind, abstract and time words, border,
domestic and all-origin words, and reasons ("fentanyl tariffs"); read once, not set by set."""


def _goods_modifier(tok) -> bool:
    """A lower-case word that can name goods before a tariff word ("steel tariffs"): not money
    nor one of NOT_GOODS_MODIFIERS."""
    return (tok.text.islower() and tok.text.isalpha() and not MONEY.match(tok.text)
            and tok.text.lower() not in NOT_GOODS_MODIFIERS)
