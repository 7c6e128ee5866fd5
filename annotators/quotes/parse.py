"""Read the dependency parse: the `Attribution` record, subjects, cue and span helpers.

Shared by attribution.py (which cues to take) and indirect.py (what each cue reports).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.attrs import DEP
from spacy.strings import get_string_id

from ..lexicon.calendar import CALENDAR_NAMES
from ..tree import Tree
from ..lexicon.datelines import QUOTE_BARRIER
from ..lexicon.function_words import MODAL_VERBS
from ..lexicon.speech import ISSUED_DOCUMENTS, VENUES
from ..lexicon.titles import TITLES_BEFORE_NAMES

_EDGE = set(" \t\n,;:.—–-\"'“”‘’«»„‹›()")


@dataclass
class Attribution:
    """A reporting cue with its source and content spans (character offsets)."""

    cue_start: int
    cue_end: int
    cue: str
    cue_token: int  # token index of the cue head, -1 when none
    source: object | None = None  # spaCy Token heading the source mention, or None
    pieces: list[tuple[int, int]] = field(default_factory=list)
    colon: bool = False  # the cue introduces what follows ("X said:")
    speech: bool = False  # the cue reports speech or writing, so unmarked content is a quote
    sent_start: int = 0
    sent_end: int = 0


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink a content span past edge whitespace and punctuation (quote marks included)."""
    while a < b and (text[a] in _EDGE or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in _EDGE or text[b - 1].isspace()):
        b -= 1
    return a, b


def inside(ranges: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in ranges)


class Ranges:
    """Character ranges merged and sorted once, so "is this position inside one of them" is
    a bisection (`any(a <= pos < b for …)` per token is quadratic on long documents)."""

    def __init__(self, ranges) -> None:
        merged: list[tuple[int, int]] = []
        for a, b in sorted(ranges):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        self.merged = merged
        self.starts = [a for a, _ in merged]

    def covers(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.merged[k][1]


class SpanIndex:
    """Spans sorted by start for overlap look-ups in log time plus the window they touch.

    `overlapping(a, b)` gives the indexes (in the caller's order) of the spans that share a
    character with [a, b). Spans longer than `_SHORT` characters (a few in any text) are
    checked one by one, so one huge span does not widen the window of every look-up."""

    _SHORT = 1000

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.long = [i for i, (a, b) in enumerate(spans) if b - a > self._SHORT]
        self.order = sorted((i for i, (a, b) in enumerate(spans) if b - a <= self._SHORT),
                            key=lambda i: spans[i][0])
        self.starts = [spans[i][0] for i in self.order]

    def overlapping(self, a: int, b: int) -> list[int]:
        b = max(b, a + 1)
        lo = bisect.bisect_left(self.starts, a - self._SHORT)
        hi = bisect.bisect_left(self.starts, b)
        near = [i for i in self.order[lo:hi] if self.spans[i][1] > a]
        far = [i for i in self.long if self.spans[i][1] > a and self.spans[i][0] < b]
        return sorted(near + far)


@dataclass
class ReadingContext:
    """What the parse readers need about one document, computed once: its text (`Doc.text`
    rebuilds it on every call), its sentences (`Token.sent` walks the doc on every call) and
    the quoted character ranges (a source is never taken from inside a quotation).

    It lives in the Doc's own `user_data`, so it goes when the document goes; nothing about a
    document is kept in a module global."""

    text: str
    sentences: list
    starts: list[int]
    quoted: list[tuple[int, int]]
    ranges: "Ranges" = field(init=False)
    _deps: list[int] | None = field(init=False, default=None)
    _tree: Tree | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.ranges = Ranges(self.quoted)

    def in_quote(self, pos: int) -> bool:
        """Whether `pos` lies in a quoted range: a bisection, not a scan of every range."""
        return self.ranges.covers(pos)

    def deps(self, doc) -> list[int]:
        """Each token's dependency label as a string id (`DEP`), read from the array once:
        asking `Token.dep_` builds a Token object per token."""
        if self._deps is None:
            self._deps = doc.to_array(DEP).tolist() if len(doc) else []
        return self._deps

    def tree(self, doc) -> Tree:
        """The document's heads, depths and span roots (`annotators/tree.py`), built once and
        shared by the cue order and the speakers' subject test."""
        if self._tree is None:
            self._tree = Tree(doc)
        return self._tree


_CONTEXT_KEY = "article_annotator.quotes.reading"


def start_reading(doc, quoted: list[tuple[int, int]], text: str | None = None) -> ReadingContext:
    """A fresh context for `doc` with its quoted ranges; the readers below find it on the Doc.
    `text`: the document's text when the caller has it (the pipeline parses exactly that text;
    `Doc.text` would join every token again)."""
    sentences = list(doc.sents)
    ctx = ReadingContext(doc.text if text is None else text, sentences, [sp.start for sp in sentences], list(quoted))
    doc.user_data[_CONTEXT_KEY] = ctx
    return ctx


def context_of(doc) -> ReadingContext:
    """The document's reading context (one with no quoted ranges if none was started)."""
    ctx = doc.user_data.get(_CONTEXT_KEY)
    return ctx if ctx is not None else start_reading(doc, [])


def text_of(doc) -> str:
    """The text of a spaCy Doc, computed once per document."""
    return context_of(doc).text


def in_quote(tok, pos: int) -> bool:
    """Whether character `pos` of the token's document is inside a quotation."""
    return context_of(tok.doc).in_quote(pos)


def sentence_of(tok):
    """The sentence Span of a token, by bisection over the document's sentence starts."""
    ctx = context_of(tok.doc)
    k = bisect.bisect_right(ctx.starts, tok.i) - 1
    return ctx.sentences[max(k, 0)]


def _document_read_as_compound(cue, prev) -> bool:
    """ "the decree states", "the memo notes": a document noun the parser read as a compound of
    the cue, taken for a plural noun ("decree states"); with its determiner it is the subject."""
    return prev.head.i == cue.i and prev.dep_ == "compound" and prev.lower_ in ISSUED_DOCUMENTS \
        and any(c.dep_ == "det" for c in cue.children if c.i < prev.i)


def subject_of(tok, depth: int = 3):
    """The subject of a verb; for a shared subject ("and said", ", saying") the head's."""
    ctx = context_of(tok.doc)
    if tok.lower_.endswith("ing") and tok.i > 1 and tok.dep_ in ("xcomp", "acl", "advcl"):
        prev = tok.doc[tok.i - 1]  # "video of the senator asking, “…”"
        if prev.dep_ in ("pobj", "dobj") and prev.text[:1].isupper() and prev.is_alpha \
                and prev.text not in CALENDAR_NAMES and not in_quote(tok, prev.idx):
            return prev
    for _ in range(depth):
        kids = list(tok.children)  # read once: each `Token.children` builds its Tokens again
        labels = [c.dep_ for c in kids]
        agent = [g for c, label in zip(kids, labels) if label == "agent" for g in c.children if g.dep_ == "pobj"]
        if agent:
            return agent[0]  # "was told by officials": the agent is the source
        if "nsubjpass" in labels or "auxpass" in labels:
            return None  # a passive names what was said or who heard it, not who said it
        subs = [c for c, label in zip(kids, labels) if label == "nsubj" and c.i < tok.i + 12
                and (any(ch.isalnum() for ch in c.text) or c.text == "%") and not ctx.in_quote(c.idx)
                and not QUOTE_BARRIER.search(ctx.text, min(c.idx, tok.idx), max(c.idx, tok.idx))]
        if subs:
            return _past_misparse(min(subs, key=lambda c: abs(c.i - tok.i)), subs)
        # a name the parser hung on the verb as a modifier ("Trump predicts", mis-tagged)
        if tok.i > 0:
            prev = tok.doc[tok.i - 1]
            if prev.head.i == tok.i and prev.dep_ in ("compound", "nmod", "amod", "npadvmod", "dep") \
                    and prev.text[:1].isupper() and prev.text not in CALENDAR_NAMES and not in_quote(tok, prev.idx):
                return prev  # not a day or month ("issued a statement Tuesday saying")
            if _document_read_as_compound(tok, prev):
                return prev
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "told reporters, before insisting …"
            continue
        if _root_name_of_set_off_verb(tok):
            return tok.head  # "Ann Lee, who runs the shop, wrote on Friday …": the name the parser made the root
        if (tok.dep_ == "acl" and tok.lower_.endswith("ing") and tok.i > 0 and tok.head.i != tok.i
                and (tok.doc[tok.i - 1].text == "," or tok.head.lower_ in ISSUED_DOCUMENTS)):
            # "issued a statement Tuesday saying …": the document's issuer is the one saying
            # "made a third attempt …, writing on Twitter that …": a set-off participle on an
            # object still belongs to the clause's subject
            tok = tok.head
            if tok.dep_ in ("nsubj", "nsubjpass"):
                return tok  # "said Heather Hurlburt, a former aide, referring to …"
            while tok.dep_ in ("dobj", "pobj", "attr", "prep", "npadvmod") and tok.head.i != tok.i:
                tok = tok.head
            continue
        if tok.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp", "dep") and tok.head.i != tok.i:
            participle = tok.dep_ == "advcl" and tok.lower_.endswith("ing")
            tok = tok.head
            # "Smith argued that a registry would help, saying …": the participle's subject
            # is the reporting verb's, not that of the clause it hangs on
            while participle and tok.dep_ == "ccomp" and tok.head.i != tok.i:
                tok = tok.head
        else:
            return line_subject(tok)
    return None


def _root_name_of_set_off_verb(tok) -> bool:
    """The parser made a sentence's subject name its root and hung the verb on it as a
    modifier after a comma-fenced aside ("Ann Lee, who runs the shop, wrote …"): the name
    is the verb's subject."""
    head = tok.head
    return (tok.dep_ == "acl" and head.i != tok.i and head.dep_ == "ROOT" and head.i < tok.i
            and head.text[:1].isupper() and tok.i > 0 and tok.doc[tok.i - 1].text == ",")


_LINE_LOOKBACK = 30  # tokens back from a verb to the start of its line
_NP_INNER = frozenset({"compound", "det", "amod", "nummod", "poss", "case"})
_BEFORE_VERB = frozenset({"aux", "neg", "advmod"})


def line_subject(verb):
    """The noun phrase that opens the verb's line, when the parser hung it on the line before
    (a sentence it ran across a paragraph break): "…”⏎Priebus, in the wake of the poll, told
    …" and "9:34 p.m.⏎Donald Trump has delivered …" give Priebus and Trump. Only when that
    phrase stands right before the verb or before a comma-fenced aside that ends there."""
    doc, text = verb.doc, text_of(verb.doc)
    line_start = text.rfind("\n", 0, verb.idx) + 1
    if line_start == 0 or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    k = verb.i - 1
    while k > 0 and verb.i - k < _LINE_LOOKBACK and doc[k - 1].idx >= line_start:
        k -= 1
    first = doc[k]
    if first.idx < line_start or first.i >= verb.i or in_quote(verb, first.idx):
        return None
    head = first
    while head.dep_ in _NP_INNER and head.i < head.head.i < verb.i:
        head = head.head
    if head.head.idx >= line_start or head.pos_ not in ("PROPN", "NOUN") or not head.text[:1].isupper():
        return None  # the parser kept the phrase on its line: not this misreading
    between = doc[head.i + 1:verb.i]
    if all(t.dep_ in _BEFORE_VERB for t in between) or (
            between and between[0].text == "," and between[-1].text == ","):
        return head
    return None


def _past_misparse(subj, subs):
    """The parser's subject, past two common misreadings: "said PM Keir Starmer" gives "PM" and
    "Starmer" as two subjects (the title is not the speaker); "Commenting, Paul Kirkpatrick,
    partner at ..., said" makes the opening participle the subject and the name its conjunct."""
    if subj.text.rstrip(".") in TITLES_BEFORE_NAMES:
        later = [c for c in subs if c.i > subj.i and c.text[:1].isupper()]
        if later:
            return later[0]
        doc, k = subj.doc, subj.i + 1
        while k < len(doc) and k - subj.i <= 4 and doc[k].is_alpha and doc[k].text[:1].isupper():
            k += 1
        if k > subj.i + 1:
            return doc[k - 1]  # the name the parser hung elsewhere: "said PM Keir Starmer."
    if subj.lower_.endswith("ing") and subj.i + 1 < len(subj.doc) and subj.doc[subj.i + 1].text == ",":
        named = next((c for c in subj.children if c.dep_ in ("conj", "appos") and c.text[:1].isupper()), None)
        if named is not None:
            return named
    return subj


_NOT_FRONTED = frozenset({"it", "there", "this", "that", "which", "who", "what"})


def fronted_subject(tok):
    """'One attendee, who … spoke on the condition of anonymity, said …': a cue right after
    a comma with no subject of its own takes the sentence's first subject, when nothing but
    that subject's words comes before its first comma (the parser hung it on the aside)."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text != "," or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return None
    sent = sentence_of(tok)
    for t in doc[sent.start:tok.i]:
        if t.text in (",", ";", ":") or "\n" in t.text:
            return None
        if t.dep_ == "nsubj":
            if t.lower_ in _NOT_FRONTED or in_quote(tok, t.idx) or t.head.i >= tok.i:
                return None
            return t
    return None


_APPOS_WINDOW = 40  # tokens back from a verb to look for a misattached subject apposition
_APPOS = get_string_id("appos")


def left_name(tok):
    """A misparsed subject: the nearest capitalised word before the verb on the same line,
    across a parenthetical ("Trump, in Kentucky, said …")."""
    doc = tok.doc
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return None
    # "At the town hall, a young woman who … asked": the subject was hung on the place as
    # an apposition that ends right before the verb
    # (a bounded walk back: a whole-sentence walk per verb is quadratic on run-on text)
    # (only the appositions become Tokens: the labels are read from the array)
    deps = context_of(doc).deps(doc)
    for k in reversed(range(max(sentence_of(tok).start, tok.i - _APPOS_WINDOW), tok.i)):
        if deps[k] != _APPOS:
            continue
        t = doc[k]
        if tok.i - 2 <= t.right_edge.i < tok.i and not in_quote(tok, t.idx) \
                and "\n" not in text_of(doc)[t.idx:tok.idx]:
            return t
    k = tok.i - 1
    seen_comma = 0
    while k >= 0 and tok.i - k <= 14:
        t = doc[k]
        if "\n" in t.text or t.text in (".", "!", "?", ";", ":") or in_quote(tok, t.idx):
            return None
        if t.text == ",":
            seen_comma += 1
        elif t.text[:1].isupper() and t.dep_ in ("nsubj", "appos", "npadvmod", "compound", "dep", "ROOT", "nmod") \
                and t.text not in CALENDAR_NAMES and (k == tok.i - 1 or seen_comma >= 2):  # "a statement Tuesday saying"
            while t.dep_ == "compound" and t.head.i > t.i and t.head.i < tok.i:
                t = t.head
            return t
        k -= 1
    return None


_PRT = get_string_id("prt")
_PREP = get_string_id("prep")


def cue_span(tok) -> tuple[int, int]:
    """The cue's characters: the verb, a particle, a following venue phrase.

    The particle and the prepositions can only be among the next four tokens, so those are
    read from the head and label arrays (`tok.children` builds a Token for every child)."""
    doc, i = tok.doc, tok.i
    ctx = context_of(doc)
    heads, deps = ctx.tree(doc).heads, ctx.deps(doc)
    start, end = tok.idx, tok.idx + len(tok)
    if i + 1 < len(heads) and heads[i + 1] == i and deps[i + 1] == _PRT:
        end = doc[i + 1].idx + len(doc[i + 1])
    for k in range(i + 1, min(i + 5, len(heads))):
        if heads[k] == i and deps[k] == _PREP:
            c = doc[k]
            tree = list(c.subtree)  # built once: each `Token.subtree` makes its Tokens again
            if not any(d.lower_ in VENUES for d in tree):
                continue  # no venue word anywhere below: the test after the cut cannot pass
            clauses = [d for d in tree if d.dep_ in ("relcl", "acl", "ccomp", "advcl")]
            sub = [d for d in tree if not any(d.i >= x.left_edge.i and d.i <= x.right_edge.i for x in clauses)]
            sub = [d for d in sub if d.i < min((x.left_edge.i for x in clauses), default=10**9)]
            if sub and any(t.lower_ in VENUES for t in sub) and len(sub) <= 8:
                between = tok.doc[tok.i + 1:c.i]
                if all(t.dep_ in ("prt", "npadvmod", "advmod", "prep", "pobj", "det") for t in between):
                    end = max(end, sub[-1].idx + len(sub[-1]))
    return start, end


def subtree_span(tok) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right)


def clip(text: str, a: int, b: int, cue: int) -> tuple[int, int]:
    """Keep a content piece inside the cue's paragraph (the parse may run across a line)."""
    lo = text.rfind("\n", 0, cue) + 1
    hi = text.find("\n", cue)
    hi = len(text) if hi < 0 else hi
    if a < lo < b:
        a = lo
    if a < hi < b:
        b = hi
    return a, b


def minus(outer: tuple[int, int], inner: tuple[int, int]) -> list[tuple[int, int]]:
    a, b = outer
    c, d = inner
    return [p for p in ((a, min(b, c)), (max(a, d), b)) if p[1] > p[0]]


def overlaps(p: tuple[int, int], q: tuple[int, int]) -> bool:
    return min(p[1], q[1]) > max(p[0], q[0])


# clause verbs whose bare object is seldom reported content ("continued the tour",
# "knew the area", "posted a photo"): without a clause they only anchor quotations


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_SUBJECT_IDS = frozenset(get_string_id(dep) for dep in _SUBJECTS)
_CLAUSE_DEPS = _SUBJECT_IDS | {get_string_id("aux")}
"""The labels of a clause word: a subject, or an auxiliary when it is "to" or a modal."""


def is_clause(sdoc, piece: tuple[int, int]) -> bool:
    """Whether a content piece is a clause of three words or more: some word in it has its
    own subject ("the bridge would reopen"), a modal ("the tariffs could hurt farmers", where
    the parser hung "the tariffs" on the cue) or an infinitive marker ("residents to stay
    indoors"). A noun phrase ("the ruling", "new duties") or one word is not reported speech."""
    span = sdoc.char_span(piece[0], piece[1], alignment_mode="expand")
    if span is None or sum(1 for t in span if t.is_alpha) < 3:
        return False
    lo, hi = span.start, span.end
    ctx = context_of(sdoc)
    heads, deps = ctx.tree(sdoc).heads, ctx.deps(sdoc)
    for c in range(lo, hi):  # a word of the piece that depends on another word of it
        if heads[c] == c or not lo <= heads[c] < hi or deps[c] not in _CLAUSE_DEPS:
            continue
        if deps[c] in _SUBJECT_IDS or sdoc[c].lower_ == "to" or sdoc[c].lower_ in MODAL_VERBS:
            return True
    return False
