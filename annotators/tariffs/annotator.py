"""The tariffs annotator: every tariff measure in an article as one structured record."""

from __future__ import annotations

import bisect
import re

from ..chunking import is_parse_of
from ..lexicon import tariff_words
from . import actions, effective, kinds, products, rates, roles
from .actors import Actor, find_actors
from .clause import Clause, build_clause
from ..lexicon.datelines import REUTERS_DATELINE
from .draft import Draft
from .ellipsis import elliptical_items
from .measures import assign_measures, share_status, share_targets
from .resolve import dedupe, resolve_document
from .mentions import candidate_tokens, find_tariff_tokens
from .sentences import is_headline, sentence_spans

EXPORT = re.compile(r"\bexport", re.I)
BILATERAL = re.compile(r"\b(free[- ]trade|bilateral|regional|each other|mutual\w*|reciprocally|"
                       r"trade (deal|pact|agreement|accord)|two countries|both countries)\b", re.I)
RATE_WORDS = re.compile(r"^([\d.,/]+|%|pct|per|cent|cents|cts|ct|a|an|u\.s\.|up|down|from|to|about|"
                        r"around|almost|some|-|ringgit|dlrs|yen|kilo|kilos|kg|bushel|tonne|tonnes|"
                        r"ton|tons|lb|pound|litre|gallon|head|one|two|three|four|five|six|seven|"
                        r"eight|nine|ten|fifteen|twenty|fifty|hundred)$", re.I)


class TariffsAnnotator:
    """Finds tariff measures: rate, unit, imposer, target, products, action, kind, date."""

    name = "tariffs"
    version = "0.1.0"
    description = ("Tariff measures (imposed, proposed, threatened, raised, cut, suspended, "
                   "lifted, exempted or stated) with rate, imposer, target, products, kind "
                   "and effective date.")
    requires = frozenset({"parser"})
    depends_on = ("entities", "dates")

    def annotate(self, doc) -> list[dict]:
        sdoc = getattr(doc, "spacy", None)
        text = doc.text or ""
        if not tariff_words.may_name_tariff(text):
            return []  # no word that can name a tariff: most articles of a general corpus
        if sdoc is None or not text.strip() or not is_parse_of(sdoc, text):
            return []
        results = getattr(doc, "results", None) or {}
        entities = _safe_list(results.get("entities"))
        dates = _date_list(results.get("dates"))
        dateline = _dateline(text)
        if dateline:
            dates = [x for x in dates if not (dateline[0] <= x[0] < dateline[1])]
        actors = find_actors(sdoc, entities, skip=dateline[:2] if dateline else None, doc_text=text)
        sentences = sentence_spans(sdoc, text)
        drafts = self._drafts(sdoc, text, actors, dates, sentences, dateline)
        sents = []
        for lo, hi in sentences:
            s0, e0 = sdoc[lo].idx, sdoc[hi - 1].idx + len(sdoc[hi - 1].text)
            sents.append((s0, e0, {a.code for a in actors if s0 <= a.start < e0}))
        resolve_document(drafts, actors, dateline, text, sents)
        drafts = dedupe(drafts)
        assign_measures(drafts)
        share_targets(drafts)
        share_status(drafts)
        if not any(not d.headline for d in drafts):
            return []  # a headline alone, with nothing in the story, is a topic
        return [_item(d, text) for d in drafts]

    # -- per sentence ---------------------------------------------------------------
    def _drafts(self, sdoc, text: str, actors: list[Actor], dates, sentences, dateline=None) -> list[Draft]:
        drafts: list[Draft] = []
        prose = _prose_test(sdoc)
        candidates = candidate_tokens(sdoc)
        spans = [(lo, hi, _has_candidate(candidates, lo, hi)) for lo, hi in sentences if prose(lo)]
        spans = [(lo, hi, has and is_headline(sdoc, lo, hi), has) for lo, hi, has in spans]
        context = any(find_tariff_tokens(sdoc, lo, hi, h, False, text, candidates) for lo, hi, h, has in spans if has)
        for lo, hi, headline, has in spans:
            toks = find_tariff_tokens(sdoc, lo, hi, headline, context, text, candidates) if has else []
            if not toks:
                if drafts and drafts[-1].action == "cut" and drafts[-1].sent[1] >= lo - 40:
                    d = self._cut_reference(sdoc, text, lo, hi, actors, dates, dateline)
                    if d is not None:
                        drafts.append(d)
                continue
            sent_chars = (sdoc[lo].idx, sdoc[hi - 1].idx + len(sdoc[hi - 1].text))
            sent_text = text[sent_chars[0]:sent_chars[1]]
            group: list[Draft] = []
            for i in toks:
                d = self._draft(sdoc, text, i, lo, hi, headline, actors, dates, sent_chars, sent_text, dateline)
                if d is None:
                    continue
                prev = group[-1] if group else None
                if prev is not None and _same_measure(prev, d, sdoc):
                    group[-1] = _more_informative(prev, d)
                    continue
                group.append(d)
            _clip(group, sdoc, text)
            if not headline:
                group = _with_list_items(group, sdoc, text, actors, sent_chars)
            drafts.extend(group)
        return drafts

    def _cut_reference(self, sdoc, text, lo, hi, actors, dates, dateline=None) -> Draft | None:
        """ "Cuts of as much as 30 pct on those goods came last year", right after a tariff
        cut: the bare noun refers back to the tariff cuts (a later reference to a measure is a mention of it)."""
        for i in range(lo, hi):
            tok = sdoc[i]
            if tok.text.lower() not in {"cuts", "reductions"} or tok.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
                continue
            if any(c.dep_ in {"compound", "poss"} for c in tok.children):
                continue  # "price cuts", "its cuts"
            sent_chars = (sdoc[lo].idx, sdoc[hi - 1].idx + len(sdoc[hi - 1].text))
            definite = any(c.dep_ == "det" and c.text.lower() in {"the", "these", "those", "such"}
                           for c in tok.children)
            if not (definite or rates.PCT_RE.search(text[sent_chars[0]:sent_chars[1]])):
                continue  # "the cuts may come into effect", "Cuts of up to 50 pct ..."
            return self._draft(sdoc, text, i, lo, hi, False, actors, dates, sent_chars,
                               text[sent_chars[0]:sent_chars[1]], dateline)
        return None

    def _draft(self, sdoc, text, i, lo, hi, headline, actors, dates, sent_chars, sent_text, dateline=None):
        """One mention from tariff word i: clause, action, rate, parties, kind, products, date."""
        cl = build_clause(sdoc, i, lo, hi)
        if not headline and _refused(sdoc, text, cl, lo):
            return None
        if headline:
            cl.start, cl.end = lo, hi
        _extend_rate_phrase(sdoc, cl, hi)
        _extend_restated_rate(sdoc, cl, hi, text)
        start, end = _clause_chars(sdoc, text, cl, i, dateline)
        clause_text = text[start:end]
        action, cued = actions.classify_cued(sdoc, cl, lo, hi, clause_text)
        direction = _direction(text, start, sdoc[i].idx)
        info = rates.parse_rates(clause_text, sent_text, negative=action in {"cut", "lift"})
        _own_percent(sdoc, cl, info)
        action = _action_from_rates(action, info, clause_text)
        imposer, target, group = roles.find_roles(sdoc, cl, lo, hi, actors, direction,
                                                  exempt=action == "exempt")
        if group is None:
            return None  # generic actors ("countries", "some nations"): not a specific measure
        if action == "exempt":
            info = rates.RateInfo()  # duty-free: no level to read ("provided that 35% of ...")
        elif action == "lift":
            info = _lifted(info)
        head_codes: list[str] = []
        if headline:
            imposer, target = [], []
            head_codes = [a.code for a in actors if lo <= a.token_start < hi]
            group = bool(re.search(r"\b(STATES|COUNTRIES|NATIONS|MEMBERS)\b", sent_text)) and not head_codes
        kind_cue, strong_kind = _kind_cues(sdoc, text, cl, clause_text)
        goods = products.find_products(sdoc, cl, lo, hi, headline)
        soft = [] if goods or headline else products.soft_products(sdoc, cl, lo, hi)
        d = Draft(sent=(lo, hi), sent_chars=sent_chars, clause=cl, start=start, end=end,
                  headline=headline, rate=info, action=action, direction=direction, action_cued=cued,
                  proposed=action == "propose" or action in actions.ORDER and actions.only_planned(sdoc, cl, lo, hi),
                  imposer=imposer, target=target, group=group,
                  bilateral=bool(BILATERAL.search(sent_text)),
                  kind_cue=kind_cue, strong_kind=strong_kind,
                  products=goods or soft, soft_products=soft,
                  explicit_imposer=bool(imposer), explicit_target=bool(target),
                  all_origins=_all_origins(sdoc, cl))
        if not headline and _generic(sdoc, cl, d):
            return None
        d.possessor = _possessor(sdoc, cl, actors, imposer)
        d.effective = effective.effective_date(text, sent_chars, (start, end), dates, sdoc,
                                               {cl.anchor, cl.head_noun, *cl.verbs[:2]}, _own_tokens(sdoc, cl))
        if headline:
            d.headline_codes = head_codes
        return d


def _own_percent(sdoc, cl, info: rates.RateInfo) -> None:
    """The percent that modifies the tariff noun itself is its level: over another figure of the
    clause ("The 145% figure combines a 125% reciprocal tariff" is 125), and it is no change size
    after "by" ("shocked by 39% US tariff")."""
    own = _noun_percent(sdoc[cl.anchor])
    if own is None:
        return
    if info.rate is None and info.previous_rate is None and info.change_by == own:
        info.rate, info.unit, info.change_by, info.rate_change = own, "percent", None, False
    elif info.rate is not None and not info.rate_change and info.unit == "percent":
        info.rate = own


def _noun_percent(noun) -> float | None:
    """The value of a percent written before a tariff noun ("a 39% US tariff"), or None."""
    for c in noun.children:
        if c.dep_ in ("compound", "nummod", "amod", "nmod") and c.text in ("%", "pct", "percent") and c.i < noun.i:
            number = next((n for n in c.children if n.dep_ == "nummod" and n.like_num), None)
            return rates.to_number(number.text) if number is not None else None
    return None


def _all_origins(sdoc, cl) -> bool:
    """The tariff noun says it falls on goods from everywhere: "a 10% universal tariff"."""
    nouns = {sdoc[cl.anchor], sdoc[cl.head_noun]}
    return any(c.dep_ in ("amod", "compound") and c.text.lower() in tariff_words.ALL_ORIGIN_MODIFIERS
               for n in nouns for c in n.children)


def _clause_chars(sdoc, text: str, cl, i: int, dateline) -> tuple[int, int]:
    """Character range of the clause, starting after a dateline that opens it."""
    start = sdoc[cl.start].idx
    end = sdoc[cl.end - 1].idx + len(sdoc[cl.end - 1].text)
    if dateline and dateline[0] <= start < dateline[1] <= sdoc[i].idx:
        start = dateline[1]
        while start < end and text[start].isspace():
            start += 1
    return start, end


def _direction(text: str, start: int, at: int) -> str:
    """"export" when an export word sits by the tariff word (and no import word before it)."""
    if EXPORT.search(text[max(start, at - 20):at + 12]) and not re.search(r"\bimport", text[max(start, at - 12):at], re.I):
        return "export"
    return "import"


def _action_from_rates(action: str, info, clause_text: str) -> str:
    """A settled rate below the threat is a cut; a stated move between levels is a raise or cut."""
    if action == "threaten" and _settled_below_threat(info, clause_text):
        action = "cut"
    if info.previous_rate is not None and info.rate is not None and action in {"impose", "state", "propose", "raise", "cut"}:
        action = "raise" if info.rate > info.previous_rate else "cut"
    return action


def _kind_cues(sdoc, text: str, cl, clause_text: str) -> tuple[str | None, bool]:
    """The measure's kind cue (its own noun phrase's first, else the clause's) and whether
    it is strong (named on the measure itself, not only a form word)."""
    cue = kinds.kind_cue(clause_text)
    np_left = min(sdoc[cl.head_noun].left_edge.i, cl.anchor)
    noun_phrase = text[sdoc[np_left].idx:sdoc[cl.head_noun].idx + len(sdoc[cl.head_noun].text)]
    strong = kinds.kind_cue(noun_phrase)
    if kinds.combined_level(noun_phrase):
        cue, strong = None, None
    kind_cue = strong[0] if strong else (cue[0] if cue else None)
    return kind_cue, bool(strong) and strong[0] not in kinds.FORM_ONLY or kinds.combined_level(noun_phrase)


def _own_tokens(sdoc, cl) -> set[int]:
    """The tokens that are the measure's own (tariff word, head, measure verb, participles),
    for telling its effective date from other dates in the sentence."""
    own = {cl.anchor, cl.head_noun}
    if cl.verbs and cl.direct and MEASURE_VERB.match(sdoc[cl.verbs[0]].text):
        own.add(cl.verbs[0])
    # "the duties the president imposed on ... today": the tariff noun's own participle
    own.update(c.i for c in sdoc[cl.head_noun].children
               if c.dep_ in {"relcl", "acl"} and MEASURE_VERB.match(c.text))
    return own


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _possessor(sdoc, cl: Clause, actors: list[Actor], imposer: list[str]) -> str | None:
    """The country owning the tariff noun ("Australia's 10% tariff") when it alone was read as
    the imposer: the document may have said it is the tariff that country faces. Read from the
    surface (the parser often misreads such a subject): country, "'s", at most four words of the
    noun phrase, the tariff word."""
    if len(imposer) != 1:
        return None
    first = bisect.bisect_left(actors, cl.anchor - 6, key=lambda a: a.token_end)
    for a in actors[first:]:
        if a.token_start > cl.anchor:
            break
        if a.code != imposer[0] or not (cl.anchor - 6 <= a.token_end <= cl.anchor):
            continue
        mark = a.token_end - 1 if sdoc[a.token_end - 1].text in POSSESSIVE_MARKS else a.token_end
        if mark >= cl.anchor or sdoc[mark].text not in POSSESSIVE_MARKS:
            continue
        between = sdoc[mark + 1:cl.anchor]
        if all(t.like_num or t.text in {"%", "-"} or t.pos_ in {"ADJ", "NOUN", "PROPN", "NUM"} for t in between):
            return a.code
    return None


MEASURE_VERB = re.compile(r"^(impos\w*|re-?impos\w*|slap\w*|levie\w*|levy\w*|set|sets|introduc\w*|"
                          r"rais\w*|increas\w*|cut|cuts|cutting|reduc\w*|lower\w*|lift\w*|remov\w*|"
                          r"eliminat\w*|suspend\w*|waiv\w*|implement\w*|appl(y|ies|ied))$", re.I)


GENERIC_GOVERNORS = re.compile(r"^(use|using|used|such|like|including|include|includes|are|is|"
                               r"were|was|be|as|through|via|by)$", re.I)


MAX_PARSE_TOKENS = 250
"""A parsed sentence longer than this is not prose (a run of one word, a table, scraped junk).
Every mention's roles, products and kind walk its parse tree, which spans the whole sentence, so
reading mentions in such a sentence would cost its length once per mention: they are left out,
and the annotator stays linear on any text."""


def _has_candidate(candidates: list[int], lo: int, hi: int) -> bool:
    """Whether a candidate tariff word lies in tokens [lo, hi) (one bisection)."""
    k = bisect.bisect_left(candidates, lo)
    return k < len(candidates) and candidates[k] < hi


def _prose_test(sdoc):
    """A test of a token index: is the parsed sentence holding it short enough to be prose?
    The long sentences are listed once, so each test is one bisection."""
    try:
        long = [(s.start, s.end) for s in sdoc.sents if s.end - s.start > MAX_PARSE_TOKENS]
    except ValueError:  # no sentence boundaries: the whole document is one sentence
        long = [(0, len(sdoc))] if len(sdoc) > MAX_PARSE_TOKENS else []
    starts = [a for a, _ in long]

    def prose(token: int) -> bool:
        i = bisect.bisect_right(starts, token) - 1
        return i < 0 or token >= long[i][1]

    return prose


REFUSAL_BEFORE = re.compile(
    r"(?:\bout\s+of|\bshort\s+of|\brefrain\w*\s+from|\bruled?\s+out|\breject\w*\s+(?:\w+\s+){0,3}?reports?\s+that|"
    r"\b(?:will|would|does|did|do|could|can|shall)\s*(?:not|n't)|\bwon[’']t|\bwouldn[’']t|\bdidn[’']t|\bdoesn[’']t)"
    r"\s+(?:\S+\s+){0,5}?$", re.I)
"""A measure refused or denied before the tariff word: "talked Ottawa out of imposing duties",
"stopped short of applying the duty", "rejects reports that it will cut duties", "will not
answer with tariffs of its own"."""
NOT_YET_IMPOSED = re.compile(
    r"\b(?:(?:has|have|had)\s*(?:not|n't|never)|hasn[’']t|haven[’']t|hadn[’']t)\s+(?:yet\s+|so\s+far\s+)?"
    r"(?:impos\w*|levi\w*|slapp\w*|introduc\w*|appli\w*)\s+(?:any\s+|new\s+)?(?:\S+\s+){0,3}?$", re.I)
"""A measure never taken ("has not imposed any tariffs", "has never levied duties") is no mention; a
change not made ("has not lifted the tariffs") keeps the measure and stays one."""
REFUSED_VERBS = re.compile(r"^(impos\w*|levy\w*|levie\w*|slap\w*|retaliat\w*|answer\w*|respond\w*|"
                           r"collect\w*|introduc\w*|appl\w*|charg\w*|put|putting|match\w*|cut|cutting|"
                           r"lower\w*|rais\w*|hik\w*|lift\w*|drop\w*|remov\w*)$", re.I)


def _refused(sdoc, text: str, cl: Clause, lo: int) -> bool:
    """The clause says the measure will not be taken (a refusal is not a measure)."""
    anchor = sdoc[cl.anchor]
    start = sdoc[max(lo, cl.anchor - 8)].idx
    before = text[start:anchor.idx]
    if NOT_YET_IMPOSED.search(before):
        return True  # "Peru has not imposed any tariffs on Chile": no measure
    if not REFUSAL_BEFORE.search(before):
        return False
    words = [t for t in sdoc[max(lo, cl.anchor - 8):cl.anchor]]
    return any(REFUSED_VERBS.match(t.text) for t in words) or bool(re.search(r"\b(out|short)\s+of\b|\breject", before, re.I))


DEFINITION_NOUNS = frozenset("""tool tools weapon weapons instrument instruments tax taxes way ways
    means form forms type types kind kinds remedy remedies lever levers mechanism mechanisms""".split())


def _definition(h) -> bool:
    """ "Anti-dumping duties are a crucial tool for industries", "Tariffs are a tax on consumers":
    a bare plural subject defined by "is/are a ...": the class, not a measure."""
    if h.dep_ != "nsubj" or h.head.text.lower() not in {"are", "is", "remain", "remains"}:
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} for c in h.children):
        return False
    attr = next((c for c in h.head.children if c.dep_ == "attr" and c.i > h.i), None)
    return attr is not None and attr.text.lower() in DEFINITION_NOUNS and \
        any(c.dep_ == "det" and c.text.lower() in {"a", "an"} for c in attr.children)


def _generic(sdoc, cl: Clause, d: Draft) -> bool:
    """Tariffs as a class ("the use of tariffs and quotas", "barriers such as tariffs"): not a measure, so not a mention."""
    a = sdoc[cl.anchor]
    h = sdoc[cl.head_noun]
    if d.bilateral or not a.text.lower().endswith("s"):
        return False
    if _definition(h):
        return True
    conj_words = {c.text.lower() for c in h.conjuncts}
    if conj_words & tariff_words.COORDINATED and not d.explicit_imposer and d.rate.rate is None:
        # "tariffs and quotas", "quotas or tariffs": the class of measures
        if not any(c.dep_ in {"det", "poss", "compound", "nummod"} or
                   c.dep_ == "amod" and c.text.lower() not in {"high", "higher", "low", "lower", "excessive", "steep"}
                   for c in list(a.children) + list(h.children)):
            return True
    if d.rate.rate is not None or d.explicit_imposer or d.explicit_target or d.products:
        return False
    if any(c.dep_ in {"det", "poss", "amod", "nummod", "compound"} for c in list(a.children) + list(h.children)):
        return False
    if any(c.dep_ == "prep" and c.text.lower() in {"on", "against", "of"} for c in h.children):
        return False
    gov = h.head
    if h.dep_ == "conj":
        gov = h.head.head
    if h.dep_ == "pobj" and gov.text.lower() in {"of", "as", "through", "via", "by", "like", "with"}:
        gov2 = gov.head
        return bool(GENERIC_GOVERNORS.match(gov.text) or GENERIC_GOVERNORS.match(gov2.text)) or \
            gov2.text.lower() in {"use", "imposition", "system", "level", "levels", "form", "forms"}
    if h.dep_ in {"attr", "nsubj"} and GENERIC_GOVERNORS.match(gov.text):
        return True
    return False


def _extend_rate_phrase(sdoc, cl: Clause, hi: int) -> None:
    """Stretch a clause over a rate phrase the parser attached elsewhere ("of 84.9 U.S. cts a bushel")."""
    e = cl.end
    j = e
    last_good = e
    while j < hi and j - e < 14:
        t = sdoc[j]
        if t.is_space:
            j += 1
            continue
        if not RATE_WORDS.match(t.text):
            break
        j += 1
        if t.like_num or t.text.lower() in {"pct", "%", "cent", "cents", "cts", "bushel", "kilo", "kg",
                                            "tonne", "ton", "lb", "pound", "litre", "gallon", "head"}:
            last_good = j
    cl.end = last_good


RESTATED_RATE = re.compile(
    r"\s*,?\s*(?:hiking|raising|lifting|increasing|cutting|lowering|reducing|bringing|taking)\s+"
    r"(?:the|its|their)\s+(?:tariff\s+|duty\s+)?rates?\s+(?:from\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?"
    r"to\s+[\d.,]*\d\s*(?:%|per\s*cent\b|percent\b)", re.I)
BROUGHT_TO = re.compile(r"[^.;,%\d]{0,40}?\s(?:up\s+)?to\s+(?:about\s+|nearly\s+|almost\s+)?[\d.,]*\d\s*"
                        r"(?:%|per\s*cent\b|percent\b)", re.I)
RESTATED_REACH = 160  # characters: the participle follows the clause directly


def _extend_restated_rate(sdoc, cl: Clause, hi: int, text: str) -> None:
    """Stretch a clause over a participle that restates its level: "triples the rate of duties
    on lumber, hiking the rate from 7.66% to 20.56%" (the rate is this measure's)."""
    if cl.end >= hi:
        return
    end_char = sdoc[cl.end - 1].idx + len(sdoc[cl.end - 1].text)
    m = RESTATED_RATE.match(text, end_char, min(len(text), end_char + RESTATED_REACH))
    if m is None and cl.verbs and sdoc[cl.verbs[0]].lower_ in tariff_words.BRING_VERBS:
        # "bring the total levies on Canadian softwood lumber up to 34.6%": the parser cut the
        # object short; the level still belongs to the verb that brings the duties there
        m = BROUGHT_TO.match(text, end_char, min(len(text), end_char + 60))
    if m is None:
        return
    j = cl.end
    while j < hi and sdoc[j].idx < m.end():
        j += 1
    cl.end = j


def _same_measure(a: Draft, b: Draft, sdoc) -> bool:
    """Two tariff words of one sentence that refer to one measure (one measure, one record)."""
    if _distinct(a, b, sdoc):
        return False
    if a.start <= sdoc[b.clause.anchor].idx < a.end and b.rate.rate is None:
        return not (b.kind_cue and a.kind_cue and b.kind_cue != a.kind_cue)
    if b.rate.rate is not None and a.rate.rate is not None and b.rate.rate != a.rate.rate:
        return False  # "25% tariffs on trucks, and 10% tariffs on buses": two levels, two measures
    bh = sdoc[b.clause.head_noun]
    if bh.dep_ == "conj" and bh.head.i in {a.clause.head_noun, a.clause.anchor}:
        return True
    if b.kind_cue and a.kind_cue and b.kind_cue != a.kind_cue:
        return False
    if b.rate.rate is not None and a.rate.rate is None and b.explicit_imposer:
        return False
    if b.explicit_imposer and a.explicit_imposer and set(b.imposer) != set(a.imposer):
        return False
    if b.explicit_target and a.explicit_target and set(b.target) != set(a.target):
        return False
    return True


def _distinct(a: Draft, b: Draft, sdoc) -> bool:
    """Different measures: on different products ("lower tariffs on coconut oil but a levy on
    vegetable oils"), or done differently by verbs of their own ("improve tariffs for X, to
    increase tariffs for Y")."""
    pa = {p.lower() for p in a.hard_products}
    pb = {p.lower() for p in b.hard_products}
    if pa and pb and not any(x in y or y in x for x in pa for y in pb):
        return True
    if a.explicit_imposer and b.explicit_target and set(a.imposer) & set(b.target) or \
            b.explicit_imposer and a.explicit_target and set(b.imposer) & set(a.target):
        return True  # "Canada agreed to levy the tax if the U.S. lobby drops its request for a duty on Canadian lumber"
    ca, cb = _own_change(sdoc[a.clause.anchor]), _own_change(sdoc[b.clause.anchor])
    if cb and ca != cb:
        return True  # "at 10 pct duty and reduced levies on wheat bran"
    va = a.clause.verbs[:1] if a.clause.direct else []
    vb = b.clause.verbs[:1] if b.clause.direct else []
    return bool(va and vb and va != vb and a.action != b.action)


def _own_change(a) -> str | None:
    """The change named by the tariff word's own modifier ("reduced levies", "higher duties")."""
    for c in a.children:
        if c.dep_ == "amod" and c.i < a.i:
            for name in ("raise", "cut"):
                if actions.CHANGE[name].match(c.text.lower()):
                    return name
    return None


TRAILING_LINK = re.compile(r"(?:[\s,;-]|\band\b|\bor\b|\bbut\b|\bplus\b)+$", re.I)
"""What a clipped span must not end with: ", and", " or", "-"."""


def _score(d: Draft) -> int:
    return (4 if d.rate.rate is not None else 0) + (2 if d.explicit_imposer else 0) + \
        (1 if d.explicit_target else 0) + (1 if d.products else 0)


def _more_informative(a: Draft, b: Draft) -> Draft:
    keep, other = (b, a) if _score(b) > _score(a) else (a, b)
    if not keep.kind_cue and other.kind_cue:
        keep.kind_cue = other.kind_cue
    if not keep.explicit_imposer and other.explicit_imposer:
        keep.imposer, keep.explicit_imposer = other.imposer, True
    if not keep.explicit_target and other.explicit_target:
        keep.target, keep.explicit_target = other.target, True
    if not keep.products and other.products:
        keep.products = other.products
    if not keep.effective and other.effective:
        keep.effective = other.effective
    return keep


def _clip(group: list[Draft], sdoc, text: str) -> None:
    """Keep the spans of mentions in one sentence apart."""
    group.sort(key=lambda d: d.start)
    before = {id(d): (d.start, d.end) for d in group}
    for a, b in zip(group, group[1:]):
        if a.end > b.start:
            b_anchor = sdoc[b.clause.anchor].idx
            a_anchor = sdoc[a.clause.anchor].idx
            if a_anchor < b.start:
                a.end = b.start
            else:
                a_anchor_end = a_anchor + len(sdoc[a.clause.anchor].text)
                cut = max(a_anchor_end, min(b_anchor, b.start))
                a.end, b.start = cut, max(cut, b.start)
                m = re.match(r"(?:[\s,;]|and\b|or\b|but\b)*", text[b.start:b.end])
                if m and b.start + m.end() < b.end:
                    b.start += m.end()  # " and reduced levies" -> "reduced levies"
        a.end = a.start + len(TRAILING_LINK.sub("", text[a.start:a.end]))
    for d in group:
        if d.rate.rate is not None and before[id(d)] != (d.start, d.end) and \
                rates.parse_rates(text[d.start:d.end]).rate is None:
            d.rate = rates.RateInfo()  # the figure went to the other mention of the sentence


def _item(d: Draft, text: str) -> dict:
    item = {
        "start": d.start, "end": d.end, "text": text[d.start:d.end],
        "rate": d.rate.rate, "unit": d.rate.unit, "rate_change": d.rate.rate_change,
        "previous_rate": d.rate.previous_rate,
        "imposer": list(dict.fromkeys(d.imposer)), "target": list(dict.fromkeys(d.target)),
        "products": [" ".join(p.split()) for p in d.products],  # line breaks and runs of spaces collapsed
        "action": d.action, "kind": d.kind_cue, "effective": d.effective,
        "direction": d.direction, "measure": d.measure,
    }
    if d.rate.change_by is not None:
        item["change_by"] = d.rate.change_by
    return item


SETTLED_BELOW = re.compile(r"\b(?:instead\s+of|in\s+place\s+of|rather\s+than|down\s+from)\b[^.;]{0,60}\bthreat", re.I)


def _settled_below_threat(info: rates.RateInfo, clause_text: str) -> bool:
    """ "settling on 12 percent instead of the 30 percent it had threatened": the threat is the
    old level, and the measure is a cut from it."""
    return info.previous_rate is not None and info.rate is not None and info.rate < info.previous_rate \
        and bool(SETTLED_BELOW.search(clause_text))


def _lifted(info: rates.RateInfo) -> rates.RateInfo:
    """A removed tariff has no level left: the stated rate is the one it had ("removes 25 per
    cent tariffs" -> previous rate 25, "should be zero, not 10%" -> previous rate 10)."""
    old = info.previous_rate if info.previous_rate is not None else \
        info.pending_previous if info.pending_previous is not None else info.rate
    return rates.RateInfo(previous_rate=old, rate_change=old is not None)


def _with_list_items(group: list[Draft], sdoc, text: str, actors: list[Actor],
                     sent_chars: tuple[int, int]) -> list[Draft]:
    """The sentence's mentions with the items of their elliptical lists, in text order."""
    here = [a for a in actors if sent_chars[0] <= a.start < sent_chars[1]]
    out: list[Draft] = []
    for k, d in enumerate(group):
        limit = group[k + 1].start if k + 1 < len(group) else sent_chars[1]
        out.append(d)
        out.extend(elliptical_items(d, sdoc, text, here, limit))
    out.sort(key=lambda d: d.start)
    return out


def _safe_list(v) -> list[dict]:
    return [x for x in v if isinstance(x, dict)] if isinstance(v, list) else []


def _date_list(v) -> list[tuple[int, int, str]]:
    """(start, end, value) of the dates annotator's items (tariffs depends on it)."""
    return sorted((x["start"], x["end"], str(x.get("value"))) for x in v or [])


def _dateline(text: str):
    """(start, end, place) of a Reuters dateline ("TAIPEI, March 2 -")."""
    m = REUTERS_DATELINE.search(text[:600])
    if not m:
        return None
    return (m.start(), m.end(), m.group("place").strip())
