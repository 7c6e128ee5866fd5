"""Find attributions in the dependency parse: a cue, its source mention and its content.

One `Attribution` per reporting cue: "said" with its subject and clausal complement,
a parenthetical "he said" inside the clause it reports, or "according to X" with the rest
of its sentence. Content pieces are character spans; marks are dealt with later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annotators.quotes.cues import (CLAUSE_FORMS, NOUN_CUES, OBJECT_FORMS, PARTICLE_CUES, VENUES,
                                   XCOMP_FORMS)

# dependency labels a verb can carry; a cue word with another label is a noun or modifier
_VERB_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "parataxis",
                        "acl", "pcomp", "csubj", "dep", "advmod"})
_SUBJ = ("nsubj", "nsubjpass", "csubj")
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
    sent_start: int = 0
    sent_end: int = 0


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink a content span past edge whitespace and punctuation (quote marks included)."""
    while a < b and (text[a] in _EDGE or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in _EDGE or text[b - 1].isspace()):
        b -= 1
    return a, b


def _inside(ranges: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in ranges)


GENERIC = True
_NOT_CUES = frozenset("""is are was were be been being 's 're has have had do does did make makes made
let lets get gets got go goes went help helps helped see sees saw seen mean means meant""".split())


def _generic_clause(tok) -> bool:
    """Any verb with a subject and a that-clause reports something ("Trump insisted that …")."""
    if tok.lower_ in _NOT_CUES:
        return False
    subj = None
    comp = None
    for c in tok.children:
        if c.dep_ == "nsubj" and c.lower_ not in ("it", "this", "that", "there", "which"):
            subj = c
        if c.dep_ == "ccomp" and c.i > tok.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            comp = c
    return subj is not None and comp is not None


_QUOTED: list[tuple[int, int]] = []
_DATELINE = re.compile(r"\n| — | -- |\(AP\)|\(UPI\)|\(Reuters\)")  # quoted ranges of the document being read


def _subj(tok, depth: int = 3):
    """The subject of a verb; for a shared subject ("and said", ", saying") the head's."""
    for _ in range(depth):
        agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agent:
            return agent[0]  # "was told by officials": the agent is the source
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            return None  # a passive names what was said or who heard it, not who said it
        subs = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i + 12
                and any(ch.isalnum() for ch in c.text) and not _inside(_QUOTED, c.idx)
                and not _DATELINE.search(tok.doc.text, min(c.idx, tok.idx), max(c.idx, tok.idx))]
        if subs:
            return min(subs, key=lambda c: abs(c.i - tok.i))
        # a name the parser hung on the verb as a modifier ("Trump predicts", mis-tagged)
        if tok.i > 0:
            prev = tok.doc[tok.i - 1]
            if prev.head.i == tok.i and prev.dep_ in ("compound", "nmod", "amod", "npadvmod", "dep") \
                    and prev.text[:1].isupper() and not _inside(_QUOTED, prev.idx):
                return prev
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head is not tok.head:
            tok = tok.head.head  # "told reporters, before insisting …"
            continue
        if tok.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp", "dep") and tok.head is not tok:
            participle = tok.dep_ == "advcl" and tok.lower_.endswith("ing")
            tok = tok.head
            # "Trump argued that a database would help, saying …": the participle's subject
            # is the reporting verb's, not that of the clause it hangs on
            while participle and tok.dep_ == "ccomp" and tok.head is not tok:
                tok = tok.head
        else:
            return None
    return None


def _left_name(tok):
    """A misparsed subject: the nearest capitalised word before the verb on the same line,
    across a parenthetical ("Trump, in Kentucky, said …")."""
    doc = tok.doc
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return None
    # "At the town hall, a young woman who … asked": the subject was hung on the place as
    # an apposition that ends right before the verb
    for t in reversed(doc[tok.sent.start:tok.i]):
        if t.dep_ == "appos" and tok.i - 2 <= t.right_edge.i < tok.i and not _inside(_QUOTED, t.idx) \
                and "\n" not in doc.text[t.idx:tok.idx]:
            return t
    k = tok.i - 1
    seen_comma = 0
    while k >= 0 and tok.i - k <= 14:
        t = doc[k]
        if "\n" in t.text or t.text in (".", "!", "?", ";", ":") or _inside(_QUOTED, t.idx):
            return None
        if t.text == ",":
            seen_comma += 1
        elif t.text[:1].isupper() and t.dep_ in ("nsubj", "appos", "npadvmod", "compound", "dep", "ROOT", "nmod") \
                and (k == tok.i - 1 or seen_comma >= 2):
            while t.dep_ == "compound" and t.head.i > t.i and t.head.i < tok.i:
                t = t.head
            return t
        k -= 1
    return None


def _cue_span(tok) -> tuple[int, int]:
    """The cue's characters: the verb, a particle, a following venue phrase."""
    start, end = tok.idx, tok.idx + len(tok)
    for c in tok.children:
        if c.dep_ == "prt" and c.i == tok.i + 1:
            end = c.idx + len(c)
    for c in tok.children:
        if c.dep_ == "prep" and c.i > tok.i and c.i <= tok.i + 4:
            clauses = [d for d in c.subtree if d.dep_ in ("relcl", "acl", "ccomp", "advcl")]
            sub = [d for d in c.subtree if not any(d.i >= x.left_edge.i and d.i <= x.right_edge.i for x in clauses)]
            sub = [d for d in sub if d.i < min((x.left_edge.i for x in clauses), default=10**9)]
            if sub and any(t.lower_ in VENUES for t in sub) and len(sub) <= 8:
                between = tok.doc[tok.i + 1:c.i]
                if all(t.dep_ in ("prt", "npadvmod", "advmod", "prep", "pobj", "det") for t in between):
                    end = max(end, sub[-1].idx + len(sub[-1]))
    return start, end


def _subtree_span(tok) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right)


def _clip(text: str, a: int, b: int, cue: int) -> tuple[int, int]:
    """Keep a content piece inside the cue's paragraph (the parse may run across a line)."""
    lo = text.rfind("\n", 0, cue) + 1
    hi = text.find("\n", cue)
    hi = len(text) if hi < 0 else hi
    if a < lo < b:
        a = lo
    if a < hi < b:
        b = hi
    return a, b


def _minus(outer: tuple[int, int], inner: tuple[int, int]) -> list[tuple[int, int]]:
    a, b = outer
    c, d = inner
    return [p for p in ((a, min(b, c)), (max(a, d), b)) if p[1] > p[0]]


def find_attributions(sdoc, quoted: list[tuple[int, int]]) -> list[Attribution]:
    """All attributions in a parsed doc; cues inside `quoted` character ranges are skipped."""
    text = sdoc.text
    _QUOTED[:] = quoted
    found: list[Attribution] = []
    claimed: list[tuple[int, int]] = []
    cands = []
    for tok in sdoc:
        low = tok.lower_
        if _inside(quoted, tok.idx):
            continue
        if low == "according" and tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].lower_ == "to":
            cands.append((tok, "according"))
        elif low in NOUN_CUES and tok.dep_ not in _VERB_DEPS and _that_clause(tok) is not None:
            cands.append((tok, "noun"))
        elif low in XCOMP_FORMS and tok.dep_ in _VERB_DEPS and any(
                c.dep_ == "xcomp" and c.i > tok.i for c in tok.children) and not any(
                c.dep_ == "ccomp" for c in tok.children):
            cands.append((tok, "xcomp"))
        elif low in CLAUSE_FORMS and tok.dep_ in _VERB_DEPS:
            cands.append((tok, "clause"))
        elif low in OBJECT_FORMS and tok.dep_ in _VERB_DEPS:
            cands.append((tok, "object"))
        elif GENERIC and tok.dep_ in _VERB_DEPS and _generic_clause(tok):
            cands.append((tok, "clause"))
    # outermost cues first, so a cue inside another's content is not taken twice
    def depth(t):
        n = 0
        while t.head is not t and n < 50:
            t, n = t.head, n + 1
        return n
    cands.sort(key=lambda c: (depth(c[0]), c[0].i))
    for tok, how in cands:
        if how == "according":
            att = _according(tok, text)
        elif how == "clause":
            att = _clause(tok, text)
        elif how == "xcomp":
            att = _xcomp(tok, text)
        elif how == "noun":
            att = _noun(tok, text)
        else:
            att = _object(tok, text)
        if att is None:
            continue
        sent = tok.sent
        att.sent_start, att.sent_end = sent.start_char, sent.end_char
        att.pieces = [_cut_trailing_cue(sdoc, tok, p, att.source) for p in att.pieces]
        att.pieces = [p for p in (trim(text, *_clip(text, a, b, tok.idx)) for a, b in att.pieces) if p[1] > p[0]]
        found.append(att)
    # a cue inside another attribution's content is part of what was reported
    nested = set()
    for i, a in enumerate(found):
        for j, b in enumerate(found):
            if i != j and _inside(b.pieces, a.cue_start) and not _inside(a.pieces, b.cue_start):
                nested.add(i)
    kept = []
    for i, a in enumerate(found):
        if i in nested:
            continue
        a.pieces = [p for p in a.pieces if not any(_overlaps(p, q) for q in claimed)]
        claimed.extend(a.pieces)
        kept.append(a)
    kept.sort(key=lambda a: a.cue_start)
    return kept


def _cut_trailing_cue(sdoc, cue, piece: tuple[int, int], source=None) -> tuple[int, int]:
    """End a content before a trailing clause with its own cue: "he said X, arguing that Y"
    and "said X and warned Y" are two attributions, not one long content."""
    a, b = piece
    span = sdoc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return piece
    for t in span:
        if t.i <= cue.i or t.i == span.start:
            continue
        is_cue = t.lower_ in CLAUSE_FORMS or t.lower_ in OBJECT_FORMS
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        same_speaker = subj is not None and source is not None and (
            subj.lower_ in ("he", "she", "they") or subj.text == source.text)
        if (t.dep_ in ("advcl", "conj") and is_cue and t.lower_.endswith("ing")
                or t.dep_ == "conj" and t.head.i == cue.i
                or t.dep_ == "conj" and (same_speaker or is_cue and subj is None)):
            prev = sdoc[t.i - 1]
            if prev.text in (",", "and", "but") or prev.dep_ in ("advmod",):
                cut = t.left_edge.i
                while cut > span.start and sdoc[cut - 1].text in (",", "and", "but", "while"):
                    cut -= 1
                return a, min(b, sdoc[cut].idx)
    return piece


def _overlaps(p: tuple[int, int], q: tuple[int, int]) -> bool:
    return min(p[1], q[1]) > max(p[0], q[0])


# clause verbs whose bare object is seldom reported content ("continued the tour",
# "knew the area", "posted a photo"): without a clause they only anchor quotations
_NO_OBJECT = frozenset("""continue maintain speak hope tweet post point consider feel expect
assume figure sense imagine realize realise recognize recognise suspect reckon guess""".split())


def _clause(tok, text: str) -> Attribution | None:
    """A speech/cognition verb: content is its ccomp, or the clause it interrupts."""
    cs, ce = _cue_span(tok)
    att = Attribution(cs, ce, text[cs:ce], tok.i, _subj(tok) or _left_name(tok))
    comps = [c for c in tok.children if c.dep_ == "ccomp"
             and "\n" not in text[min(c.idx, tok.idx):max(c.idx, tok.idx)]]
    if tok.lower_ in ("asked", "asks", "ask", "asking", "urged", "urges", "warned", "told", "tells", "telling"):
        comps = comps or [c for c in tok.children if c.dep_ in ("xcomp",) and c.i > tok.i]
    if comps:
        for c in comps:
            att.pieces.append(_subtree_span(c))
        if att.source is not None:
            s = _subtree_span(att.source)
            att.pieces = [q for p in att.pieces for q in _minus(p, s)] if any(
                p[0] <= s[0] < p[1] for p in att.pieces) else att.pieces
        return att
    for d in tok.subtree:
        if d.i > tok.i and d.dep_ in ("relcl", "acl", "advcl") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in d.children) and d.i - tok.i < 12:
            att.pieces.append(_subtree_span(d))
            return att
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == ":" or (ce < len(text) and text[ce:ce + 1] == ":"):
        att.colon = True
        return att
    head = tok.head
    if (tok.dep_ in ("ccomp", "parataxis", "advcl", "dep") and head is not tok and att.source is not None
            and _parenthetical(tok)):
        host = _subtree_span(head)
        mine = _subtree_span(tok)
        as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        if host[0] < mine[0] or as_clause:  # "…, he said, …" and "As Trump put it, …"
            att.pieces = _minus(host, mine)
            return att
    if att.source is not None and CLAUSE_FORMS.get(tok.lower_) not in _NO_OBJECT:
        obj = _object(tok, text, att.source)
        if obj is not None:
            return obj
    if att.source is not None:
        return att  # a cue without content: may still attribute a neighbouring quotation
    return None


_ON_VERBS = frozenset({"comment", "speak", "remark", "reflect", "elaborate", "weigh", "focus", "dwell", "touch"})
_LISTENER_VERBS = frozenset({"tell", "inform", "assure", "advise"})


def _parenthetical(tok) -> bool:
    """A short speech tag set off from its host: ", he said," / ", police said." / "As X put it,"."""
    sub = list(tok.subtree)
    if len(sub) > 10:
        return False
    doc = tok.doc
    before = doc[sub[0].i - 1] if sub[0].i > 0 else None
    after = doc[sub[-1].i + 1] if sub[-1].i + 1 < len(doc) else None
    return (before is not None and before.text in (",", "—", "--", "(")) or (
        after is not None and after.text in (",", ".", "—", "--", ")", ";")) or sub[0].lower_ == "as"


def _object(tok, text: str, subj=None) -> Attribution | None:
    """A verb whose object is the content: "called for a ban" (particle first), "criticized
    the deal in a speech" (object and the verb's right-hand dependents), "complained about
    the rules" (a prepositional object)."""
    lemma = OBJECT_FORMS.get(tok.lower_) or CLAUSE_FORMS.get(tok.lower_, "")
    parts = PARTICLE_CUES.get(lemma)
    subj = subj if subj is not None else _subj(tok)
    if subj is None:
        return None
    kids = [c for c in tok.children if c.i > tok.i]
    if parts:
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in parts and c.i == tok.i + 1:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    cs, ce = tok.idx, c.idx + len(c)
                    return Attribution(cs, ce, text[cs:ce], tok.i, subj, [_rest(tok, objs[0])])
    if lemma not in _LISTENER_VERBS:
        for c in kids:
            if c.dep_ in ("dobj", "ccomp"):
                cs, ce = _cue_span(tok)
                return Attribution(cs, ce, text[cs:ce], tok.i, subj, [_rest(tok, c)])
    for c in kids:
        if c.dep_ == "prep" and c.i <= tok.i + 2 and (c.lower_ in ("about", "against") or (
                c.lower_ in ("on", "of") and lemma in _ON_VERBS)):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                cs, ce = tok.idx, c.idx + len(c)
                return Attribution(cs, ce, text[cs:ce], tok.i, subj, [_subtree_span(objs[0])])
    return None


def _that_clause(tok):
    """The that-clause of a noun ("the claim that taxes will rise"), or None."""
    for c in tok.children:
        if c.i > tok.i and c.dep_ in ("acl", "ccomp", "relcl", "appos") and any(
                g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children):
            return c
    return None


def _noun(tok, text: str) -> Attribution | None:
    """'a New York Times report that …': the clause is the content, the possessor or the
    proper-noun modifier the source."""
    clause = _that_clause(tok)
    if clause is None:
        return None
    src = next((c for c in tok.children if c.dep_ == "poss"), None)
    if src is None:
        names = [c for c in tok.children if c.dep_ == "compound" and c.text[:1].isupper()]
        src = names[-1] if names else None
    return Attribution(tok.idx, tok.idx + len(tok), tok.text, tok.i, src, [_subtree_span(clause)])


def _xcomp(tok, text: str) -> Attribution | None:
    """'pledged to cut taxes': the infinitive complement is the content."""
    subj = _subj(tok)
    if subj is None:
        return None
    for c in tok.children:
        if c.dep_ == "xcomp" and c.i > tok.i:
            cs, ce = _cue_span(tok)
            return Attribution(cs, ce, text[cs:ce], tok.i, subj, [_subtree_span(c)])
    return None


def _rest(verb, obj) -> tuple[int, int]:
    """From the object to the end of the verb's right-hand dependents ("mocked Romney for
    not releasing his returns"), stopping before a coordinated clause."""
    end = obj.right_edge
    for c in verb.children:
        if c.i > obj.i and c.dep_ in ("prep", "advcl", "xcomp", "npadvmod", "dative", "oprd", "ccomp", "advmod"):
            if c.right_edge.i > end.i:
                end = c.right_edge
        elif c.i > obj.i and c.dep_ in ("cc", "conj"):
            break
    left = obj.left_edge
    return left.idx, end.idx + len(end)


def _according(tok, text: str) -> Attribution | None:
    """'according to X': X is the source and the rest of the sentence the content."""
    to = tok.doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    src = objs[0] if objs else None
    phrase_end = to.idx + len(to)
    if src is not None:
        r = src.right_edge
        phrase_end = r.idx + len(r)
    sent = tok.sent
    pieces = _minus((sent.start_char, sent.end_char), (tok.idx, phrase_end))
    cs, ce = tok.idx, to.idx + len(to)
    return Attribution(cs, ce, text[cs:ce], tok.i, src, pieces)


def colon_attribution(sdoc, pos: int) -> Attribution | None:
    """'The chief executive put it bluntly: “…”': the clause before a colon that opens a
    quotation attributes it to its subject, whatever its verb."""
    text = sdoc.text
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k < 0 or text[k] != ":":
        return None
    colon = sdoc.char_span(k, k + 1, alignment_mode="expand")
    if colon is None or colon.start == 0:
        return None
    verb = sdoc[colon.start - 1]
    if verb.text[:1].isupper():
        return None  # "Ted Cruz:" is a name label, handled by the caller
    for _ in range(4):
        if verb.dep_ in ("ROOT", "ccomp", "conj", "parataxis") and _subj(verb) is not None:
            break
        if verb.head is verb:
            break
        verb = verb.head
    subj = _subj(verb)
    if subj is None or subj.i > colon.start:
        return None
    return Attribution(verb.idx, verb.idx + len(verb), verb.text, verb.i, subj, [], colon=True)
