"""Find attributions in the dependency parse: a cue, its source mention and its content.

One `Attribution` per reporting cue (cues.py lists them; indirect.py says what each one
reports). Cues inside quotation marks, and cues inside another attribution's content, are
part of what was reported and are skipped. Content pieces are character spans; marks are
dealt with in join.py.
"""

from __future__ import annotations

import bisect
import heapq
import re

from spacy.attrs import LOWER
from spacy.strings import get_string_id

from ..lexicon.speech import (CLAUSE_FORMS, DATA_SOURCES, NOUN_CUES, NOUN_PREP_CUES, OBJECT_FORMS,
                              REPORTED_SPEECH_FORMS, SPEECH_NOUNS, XCOMP_FORMS)
from .indirect import (according, after_dateline, clause, cut_trailing_cue, generic_clause, noun,
                                        noun_prep, object_content, reportedly, that_clause, xcomp)
from .parse import Attribution, clip, inside, overlaps, sentence_of, start_reading, text_of, trim

# dependency labels a verb can carry; a cue word with another label is a noun or modifier
_VERB_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "parataxis",
                        "acl", "pcomp", "csubj", "dep", "advmod"})


def _merged(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces of one content separated only by punctuation, marks or spaces (the
    parser split "is “on track to win 1,100 seats,” the figure required …" in three)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(pieces):
        if out and (a <= out[-1][1] or not any(ch.isalnum() for ch in text[out[-1][1]:a])):
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


_WHEN = frozenset({"when", "if", "after", "once", "as", "before", "while"})


def _askers_or_dummies(tok, source) -> bool:
    """Sources the text does not give: "Asked whether …, Reid said" (a reporter asked, not
    Reid) and the dummy "it" of "it is hard to imagine …"."""
    if tok.lower_ == "asked" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        if prev is None or tok.is_sent_start or prev.lower_ in _WHEN or "\n" in prev.text:
            return True
    if source.lower_ == "it" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    return False


def _reports_speech(how: str, tok, att: Attribution) -> bool:
    """Whether the cue reports something said or written (so its unmarked content is an
    indirect quote): a speech verb ("said", "told", "warned"), a speech noun ("her claim
    that"), or "according to" a source that is not figures ("according to official data").
    Plans, expectations, agreements, judgements and findings only anchor quotations."""
    if how == "according":
        return att.source is not None and att.source.lower_ not in DATA_SOURCES
    if how == "noun":
        return tok.lower_ in SPEECH_NOUNS
    if how in ("clause", "object"):
        return tok.lower_ in REPORTED_SPEECH_FORMS or (how == "clause" and tok.lower_ in ("put", "puts"))
    return False  # xcomp plans and stances, "reportedly", "attacks on …"


_MAX_OWNERS = 8  # open contents checked per cue: deeper nesting than this is not news prose


def _nested(found: list[Attribution]) -> set[int]:
    """Indexes of attributions whose cue lies inside another one's content (and not the
    other way round). One sweep over cues and content pieces sorted by position, so the
    cost is n log n, not a comparison of every pair."""
    events = [(a, 0, b, j) for j, att in enumerate(found) for a, b in att.pieces]
    events += [(att.cue_start, 1, 0, i) for i, att in enumerate(found)]
    events.sort()
    open_pieces: list[tuple[int, int]] = []  # (end, owner), a heap of contents still open
    nested: set[int] = set()
    for pos, kind, end, who in events:
        while open_pieces and open_pieces[0][0] <= pos:
            heapq.heappop(open_pieces)
        if kind == 0:
            heapq.heappush(open_pieces, (end, who))
            continue
        # a bounded look; speech inside a hedge or a plan ("reportedly told …", "seemed to
        # suggest …") is speech still, so only another speech content nests a speech cue
        owners = {j for _, j in open_pieces[:_MAX_OWNERS] if j != who
                  and (found[j].speech or not found[who].speech)}
        if any(not inside(found[who].pieces, found[j].cue_start) for j in owners):
            nested.add(who)
    return nested


class _Claimed:
    """Content ranges already given to an attribution: disjoint, sorted, so an overlap test
    is one bisection."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, piece: tuple[int, int]) -> bool:
        k = bisect.bisect_left(self.starts, piece[1]) - 1
        return k >= 0 and self.ends[k] > piece[0]

    def add(self, piece: tuple[int, int]) -> None:
        k = bisect.bisect_left(self.starts, piece[0])
        self.starts.insert(k, piece[0])
        self.ends.insert(k, piece[1])


_MAX_DEPTH = 50
"""Depths beyond this sort as equal (then by position): the order the cue sort always had."""


def find_attributions(sdoc, quoted: list[tuple[int, int]], text: str | None = None) -> list[Attribution]:
    """All attributions in a parsed doc; cues inside `quoted` character ranges are skipped.
    `text`: the document's text, which the parse is of (read from the Doc when not given)."""
    reading = start_reading(sdoc, quoted, text)
    cands = _candidates(sdoc, reading)
    if len(cands) > 1:  # outermost cues first, so a cue inside another's content is not taken twice
        depths = reading.tree(sdoc).depths
        cands.sort(key=lambda c: (min(depths[c[0].i], _MAX_DEPTH), c[0].i))
    text = text_of(sdoc)
    breaks = ParagraphBreaks(text)
    found = [att for att in (_read(sdoc, text, tok, how, breaks) for tok, how in cands) if att is not None]
    return _outermost(found)


_HEDGES = frozenset({"reportedly", "allegedly", "supposedly", "purportedly"})
_CUE_WORDS = frozenset({"according", "put", "puts", *_HEDGES, *NOUN_CUES, *NOUN_PREP_CUES, *XCOMP_FORMS,
                        *CLAUSE_FORMS, *OBJECT_FORMS})
"""Every word `_cue_kind` can take as a cue by its form; any other cue is a verb with a that-clause."""
_CUE_IDS = frozenset(get_string_id(word) for word in _CUE_WORDS)
_CCOMP = get_string_id("ccomp")


def _maybe_cues(sdoc, reading) -> list[int]:
    """Indices of the tokens that could cue an attribution, read from the token arrays: a cue
    word, or a token with a clausal complement after it (`generic_clause`). Only these become
    Token objects, which is most of the cost of reading every token."""
    lowers = sdoc.to_array(LOWER).tolist()
    heads = reading.tree(sdoc).heads
    ccomp_heads = {heads[i] for i, dep in enumerate(reading.deps(sdoc)) if dep == _CCOMP and heads[i] < i}
    return sorted(ccomp_heads.union(i for i, low in enumerate(lowers) if low in _CUE_IDS))


def _candidates(sdoc, reading) -> list[tuple]:
    """(token, how) for every token outside quotation marks that may cue an attribution;
    `how` names the reader in `_READERS` that takes its content."""
    cands = []
    for i in _maybe_cues(sdoc, reading):
        tok = sdoc[i]
        if reading.in_quote(tok.idx):
            continue
        how = _cue_kind(sdoc, tok)
        if how is not None:
            cands.append((tok, how))
    return cands


def _cue_kind(sdoc, tok) -> str | None:
    low = tok.lower_
    if low == "according" and tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].lower_ == "to":
        return "according"
    if low in _HEDGES:
        return "reportedly"
    if low in NOUN_CUES and tok.dep_ not in _VERB_DEPS and that_clause(tok) is not None:
        return "noun"
    if low in NOUN_PREP_CUES and tok.dep_ not in _VERB_DEPS and any(c.dep_ == "poss" for c in tok.children):
        return "noun_prep"
    if low in XCOMP_FORMS and tok.dep_ in _VERB_DEPS and any(
            c.dep_ == "xcomp" and c.i > tok.i for c in tok.children) and not any(
            c.dep_ == "ccomp" for c in tok.children):
        return "xcomp"
    if low in CLAUSE_FORMS and tok.dep_ in _VERB_DEPS:
        return "clause"
    if low in ("put", "puts") and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
        return "clause"  # "as Vulture put it, …", "Mr. Cohn put it bluntly:"
    if low in OBJECT_FORMS and tok.dep_ in _VERB_DEPS:
        return "object"
    if tok.dep_ in _VERB_DEPS and generic_clause(tok):
        return "clause"
    return None



_READERS = {"according": according, "clause": clause, "reportedly": reportedly, "xcomp": xcomp,
            "noun": noun, "noun_prep": noun_prep, "object": object_content}


def _read(sdoc, text: str, tok, how: str, breaks: "ParagraphBreaks") -> Attribution | None:
    """The attribution a cue token heads, its content cut to clean pieces, or None;
    `text` is the document's text (`Doc.text` joins every token, so it is read once)."""
    att = _READERS[how](tok, text)
    if att is None:
        return None
    if att.source is not None and _askers_or_dummies(tok, att.source):
        att.source = None
    att.speech = _reports_speech(how, tok, att)
    sent = sentence_of(tok)
    att.sent_start, att.sent_end = sent.start_char, sent.end_char
    att.pieces = [cut_trailing_cue(sdoc, tok, p, att.source) for p in att.pieces]
    att.pieces = [p for p in (trim(text, *clip(text, a, b, tok.idx)) for a, b in att.pieces) if p[1] > p[0]]
    att.pieces = [(after_dateline(text, a, b), b) for a, b in att.pieces]  # "OTTAWA, Aug 22 (Reuters) - "
    if how != "according":  # "according to X" qualifies the whole sentence, lead-in and all
        att.pieces = [_past_colon_lead_in(text, p, att.cue_start) for p in att.pieces]
    att.pieces = _merged(text, [p for p in att.pieces if not _across_paragraphs(breaks, att, p)])
    return att


_LEAD_IN_MARKS = "“\"„«"


def _past_colon_lead_in(text: str, piece: tuple[int, int], cue_start: int) -> tuple[int, int]:
    """A cue after a quotation reports the quotation, not the reporter's lead-in before it:
    "Rhimes praised the graduates: “Go and change it,” she said." -> the quoted words only
    (the lead-in is its own sentence's frame, and its subject a later pronoun's antecedent)."""
    a, b = piece
    if b > cue_start:
        return piece
    k = text.rfind(":", a, b)
    if k < 0:
        return piece
    j = k + 1
    while j < b and text[j].isspace():
        j += 1
    if j >= b or text[j] not in _LEAD_IN_MARKS or not any(ch.isalpha() for ch in text[a:k]):
        return piece
    return j, b


class ParagraphBreaks:
    """Where the text has a blank line ("\n\n" or "\n\r\n"), for asking whether a stretch holds
    one by bisection instead of reading the stretch (a far content once per cue is quadratic)."""

    _BREAK = re.compile(r"\n(?=\r?\n)")  # opening with its line break, the scan jumps from one to the next

    def __init__(self, text: str) -> None:
        self.starts = [m.start() for m in self._BREAK.finditer(text)]
        self.ends = [p + (3 if text[p + 1] == "\r" else 2) for p in self.starts]

    def within(self, a: int, b: int) -> bool:
        """Whether a blank line lies wholly inside text[a:b]."""
        k = bisect.bisect_left(self.starts, a)
        return k < len(self.starts) and self.ends[k] <= b


def _across_paragraphs(breaks: ParagraphBreaks, att: Attribution, piece: tuple[int, int]) -> bool:
    """Content a blank line away from its cue is not what the cue reports: a heading's
    "What the judges say" over a paragraph that opens "Justice Ana Example said …"."""
    if piece[0] >= att.cue_end:
        return breaks.within(att.cue_end, piece[0])
    return breaks.within(piece[1], att.cue_start)


def _outermost(found: list[Attribution]) -> list[Attribution]:
    """Drop attributions whose cue lies inside another's content (part of what was reported);
    speech claims its content first, so a hedge around it keeps only what is left."""
    nested = _nested(found)
    kept = []
    claimed = _Claimed()
    for i in sorted(range(len(found)), key=lambda i: not found[i].speech):
        a = found[i]
        if i in nested:
            continue
        a.pieces = [p for p in a.pieces if not claimed.overlaps(p)]
        for p in a.pieces:
            claimed.add(p)
        kept.append(a)
    kept.sort(key=lambda a: a.cue_start)
    return kept
