"""The clause around a tariff word: its noun phrase, governing verbs, subject and span (a mention's span
is the clause that states the measure).

Works on the dependency parse alone (no tagger): a token is treated as a verb when its
dependency label is a clausal one or it has a subject, object or auxiliary child.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon.tariff_words import BEARING_ADJECTIVES

CLAUSAL = frozenset({"ROOT", "conj", "xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp",
                     "csubj", "parataxis"})
VERB_CHILD = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg", "agent"})
NOUN_LINK = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj",
                       "compound", "npadvmod", "oprd", "dative", "poss", "amod", "nmod"})


def is_verbish(tok) -> bool:
    """A verb-like token judged from the parse alone."""
    if any(c.dep_ in VERB_CHILD for c in tok.children):
        return True
    return tok.dep_ in CLAUSAL and tok.dep_ != "conj" and tok.text.isalpha()


@dataclass
class Clause:
    anchor: int                      # the tariff word
    head_noun: int                   # head of its noun phrase ("tariff cuts" -> cuts)
    verbs: list[int] = field(default_factory=list)   # governing verbs, nearest first
    subject: int | None = None       # subject of the nearest governing verb
    start: int = 0                   # token span of the mention (end exclusive)
    end: int = 0
    direct: bool = True              # the tariff is an argument of its nearest verb


MONEY_HEADS = frozenset({"dlrs", "dlr", "dollars", "worth", "mln", "million", "billion", "bln",
                         "yen", "stg", "marks", "francs", "ecus"})
QUANTIFIERS = frozenset({"many", "some", "most", "all", "part", "half", "several", "none", "any",
                         "each", "one", "both", "majority", "rest"})
ACTION_NOUNS = frozenset({"imposition", "removal", "lifting", "elimination", "reduction", "reductions",
                          "introduction", "implementation", "suspension", "abolition", "increase",
                          "increases", "cut", "cuts", "withdrawal", "application", "threat"})


RATE_HEADS = frozenset({"rate", "rates"})  # "triples the rate of duties"


def noun_head(sdoc, i: int, lo: int, hi: int) -> int:
    """Climb compound/amod links ("tariff cuts" -> cuts; "import duties" -> duties) and
    transparent heads ("300 mln dlrs in tariffs" -> dlrs; "imposition of tariffs" -> imposition)."""
    tok = sdoc[i]
    steps = 0
    while steps < 5:
        head = tok.head
        if head.i == tok.i or not (lo <= head.i < hi):
            break
        if tok.dep_ in {"compound", "amod", "nmod"}:
            tok = head
        elif tok.dep_ == "pobj" and head.text.lower() == "per" and head.head.text.lower() in MONEY_HEADS | {"cents", "cts", "cent", "ringgit"}:
            tok = head.head  # "a 1.05 dlrs per bushel duty"
        elif tok.dep_ == "pobj" and head.text.lower() in {"in", "of"} and lo <= head.head.i < hi and \
                (head.head.text.lower() in MONEY_HEADS or head.head.text.lower() in ACTION_NOUNS
                 or head.head.text.lower() in QUANTIFIERS or head.head.text.lower() in RATE_HEADS):
            tok = head.head
        else:
            break
        steps += 1
    return tok.i


def governing_verbs(sdoc, i: int, lo: int, hi: int, limit: int = 4) -> list[int]:
    """Verb-like ancestors of token i inside the sentence, nearest first."""
    out: list[int] = []
    tok = sdoc[i]
    seen = 0
    while seen < 12:
        head = tok.head
        if head.i == tok.i or not (lo <= head.i < hi):
            break
        if is_verbish(head):
            out.append(head.i)
            if len(out) >= limit:
                break
        tok = head
        seen += 1
    return out


def subject_of(sdoc, v: int) -> int | None:
    """The nominal subject of verb v, following conj/xcomp links up when it has none."""
    tok = sdoc[v]
    for _ in range(3):
        for c in tok.children:
            if c.dep_ in {"nsubj", "nsubjpass", "csubj"}:
                return c.i
        if tok.dep_ in {"conj", "xcomp", "acl", "advcl"} and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return None


LEVY_NOUNS = frozenset({"tariff", "tariffs", "duty", "duties", "levy", "levies", "surcharge", "surcharges"})


def np_extent(sdoc, h: int, lo: int, hi: int) -> tuple[int, int]:
    """Token range of the noun phrase headed at h, trimmed of trailing punctuation/space."""
    tok = sdoc[h]
    s, e = tok.left_edge.i, tok.right_edge.i + 1
    own = next((c for c in tok.children if c.dep_ == "conj" and c.i > h
                and c.text.lower() in LEVY_NOUNS and _own_level(sdoc, c.i)), None)
    if own is not None:
        e = own.left_edge.i  # "a 6.5% tariff on X, plus duties of 40 euros": two measures
        while e > h + 1 and (sdoc[e - 1].dep_ == "cc" or sdoc[e - 1].is_punct):
            e -= 1
    s, e = max(s, lo), min(e, hi)
    while e > s and (sdoc[e - 1].is_punct or sdoc[e - 1].is_space) and e - 1 != h:
        e -= 1
    while s < e and (sdoc[s].is_punct or sdoc[s].is_space) and s != h:
        s += 1
    return s, e


OBLIQUE_PREPS = frozenset({"despite", "amid", "following", "after", "before", "during", "since",
                           "like", "over", "because", "due", "than", "unlike"})


def _oblique(sdoc, prep) -> bool:
    """A preposition that only sets the scene: "because of", "despite", "after", "over"."""
    w = prep.text.lower()
    if w in OBLIQUE_PREPS:
        return True
    return w in {"of", "to"} and prep.i > 0 and sdoc[prep.i - 1].text.lower() in {"because", "due", "spite", "owing"}


def _own_level(sdoc, h: int) -> bool:
    """A coordinated tariff noun with a figure of its own ("..., and 10% tariffs on buses",
    "..., plus duties of 40 euros per ton")."""
    tok = sdoc[h]
    if any(t.like_num for t in sdoc[tok.left_edge.i:tok.i]):
        return True
    return any(c.dep_ == "prep" and c.text.lower() == "of" and any(t.like_num for t in c.subtree)
               for c in tok.children)


def _bearing_object(sdoc, base, v: int) -> bool:
    """The tariff is the object of a predicate adjective of v that bears it: "Goods from Peru
    are [exempt from the duties]", "are subject to the levy" (BEARING_ADJECTIVES)."""
    prep = base.head
    adj = prep.head
    return base.dep_ == "pobj" and prep.dep_ == "prep" and adj.dep_ == "acomp" and adj.head.i == v \
        and adj.lower_ in BEARING_ADJECTIVES


def build_clause(sdoc, i: int, lo: int, hi: int) -> Clause:
    """Clause of tariff word i in sentence [lo, hi)."""
    h = noun_head(sdoc, i, lo, hi)
    verbs = governing_verbs(sdoc, h, lo, hi)
    cl = Clause(anchor=i, head_noun=h, verbs=verbs)
    s, e = np_extent(sdoc, h, lo, hi)
    if verbs and sdoc[h].dep_ == "conj" and (sdoc[h].head.i == verbs[0] or _own_level(sdoc, h)):
        # "introducing 25% tariffs on trucks, and 10% tariffs on buses", the second noun
        # parsed as a conjunct of the verb: an elliptical clause of its own, its noun phrase
        cl.direct = False
        verbs = []
    if verbs:
        v = verbs[0]
        vt = sdoc[v]
        subj = subject_of(sdoc, v)
        cl.subject = subj
        htok = sdoc[h]
        base = htok
        while base.dep_ == "conj" and base.head.i != base.i:
            base = base.head
        direct = base.head.i == v or (base.dep_ == "pobj" and base.head.head.i == v
                                      and not _oblique(sdoc, base.head)) or _bearing_object(sdoc, base, v)
        cl.direct = direct
        if not direct:
            # the tariff sits deep inside another phrase ("strains ... over the 50% tariffs
            # imposed on Indian exports"): the span is its own noun phrase
            s, e = np_extent(sdoc, h, lo, hi)
        elif htok.dep_ in {"nsubj", "nsubjpass"} and htok.head.i == v:
            # the tariff is the subject: take the predicate too
            e = max(e, min(vt.right_edge.i + 1, hi))
        else:
            s = min(s, v)
            e = max(e, v + 1)
            if subj is not None and sdoc[subj].i < v and v - sdoc[subj].i <= 8:
                s = min(s, sdoc[subj].left_edge.i if v - sdoc[subj].left_edge.i <= 10 else subj)
            # complements of the verb after the tariff NP ("impose duties on X")
            for c in vt.children:
                if c.i > h and c.dep_ in {"prep", "dative", "advmod", "npadvmod", "agent"} and c.right_edge.i < hi \
                        and not (c.dep_ == "prep" and _oblique(sdoc, c)):
                    if c.i - e <= 2:
                        e = max(e, c.right_edge.i + 1)
    s, e = max(s, lo), min(e, hi)
    while e > s and (sdoc[e - 1].is_punct or sdoc[e - 1].is_space) and e - 1 != i:
        e -= 1
    while s < e and (sdoc[s].is_punct or sdoc[s].is_space or sdoc[s].text.lower() in {"and", "but", "or"}) and s != i:
        s += 1
    if e - s > 45:  # keep spans to a clause, not a paragraph
        s2, e2 = np_extent(sdoc, h, lo, hi)
        s, e = max(s, min(s2, i) - 12), min(e, max(e2, i + 1) + 12)
    cl.start, cl.end = s, e
    return cl
