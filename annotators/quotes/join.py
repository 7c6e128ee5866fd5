"""Join marked stretches and parsed attributions into quote items."""

from __future__ import annotations

import bisect
import re

from ..lexicon import alternation
from ..lexicon.speech import INVERSION_VERBS
from ..lexicon.titles import ABBREVIATED_TITLES, SPEAKER_ROLE_WORDS
from .attribution import find_attributions
from .indirect import colon_attribution
from .parse import Attribution, SpanIndex, context_of, is_clause, subject_of, trim
from .marks import Marked, find_marked
from .descriptions import tie_descriptions
from .epithets import tie_epithets
from .headlines import find_headline_quote
from .posts import find_posts
from .speakers import Resolver, Speaker, mentions_of

_DOUBLE_CHARS = "\"“”„‟«»"
_DOUBLE_SET = frozenset(_DOUBLE_CHARS)


def _has_double_mark(body: str) -> bool:
    """Some character of `body` is a double quotation mark (one set test, not a loop per character)."""
    return not _DOUBLE_SET.isdisjoint(body)


_WORD = re.compile(r"\w+")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _quote_like(text: str, m: Marked) -> bool:
    """A quotation rather than a scare quote or a title: a few words or a sentence."""
    body = text[m.start:m.end]
    words = _words(body)  # counted once: asked for every mark near every content piece
    if not m.double and words < 3:
        return False
    return words >= 4 or (body[-1:] in ".?!," and words >= 2)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class _Doc:
    """Sentence and paragraph lookups over the text (the sentences the parse readers listed:
    `Doc.sents` builds every sentence Span again)."""

    def __init__(self, text: str, sdoc):
        self.text = text
        self.sents = ([(s.start_char, s.end_char) for s in context_of(sdoc).sentences] if sdoc is not None
                      else [(0, len(text))])
        self.starts = [s for s, _ in self.sents]

    def sent_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)


def _item(text: str, a: int, b: int, kind: str, sp: Speaker, cue: str | None, att_id: int) -> dict:
    return {
        "start": a, "end": b, "text": text[a:b], "kind": kind,
        "speaker": sp.name, "speaker_start": sp.mention_start, "speaker_end": sp.mention_end,
        "speaker_canonical": sp.canonical, "speaker_cluster": sp.cluster,
        "speaker_type": sp.type, "speaker_affiliation": sp.affiliation, "speaker_gender": sp.gender,
        "cue": cue, "attribution": att_id,
    }


def _through_closing_mark(text: str, a: int, b: int, every_mark: list[Marked], index: SpanIndex) -> int:
    """The end of a mixed quote, taken through the closing mark of a quotation it opens: the
    clause the parse gives stops before a final mark ('said the plan was "dead on arrival'),
    and a span holds both marks or neither ('the plan was "dead on arrival"', docs/quotes.md)."""
    for k in index.overlapping(a, b):
        m = every_mark[k]
        if m.open_at is None or m.close_at is None or not a <= m.open_at < b <= m.close_at:
            continue
        if not text[b:m.close_at].strip(" .,;:!?"):
            return m.close_at + (2 if text.startswith("''", m.close_at) else 1)
    return b


def build_items(doc) -> list[dict]:
    """All quote items of a Document (never raises on odd text; empty text gives [])."""
    text = doc.text or ""
    if not text.strip():
        return []
    sdoc = getattr(doc, "spacy", None)
    if sdoc is not None and not (hasattr(sdoc, "has_annotation") and sdoc.has_annotation("DEP")):
        sdoc = None  # no dependency parse: quotation marks only, speakers from bylines and labels
    build = _Builder(doc, text, sdoc)
    build.from_attributions()
    build.from_label_lines()
    build.from_marks()
    return build.finish()


class _Builder:
    """The per-document state of `build_items`: the marked stretches, the parsed attributions
    with their resolved speakers, the items so far, which marks are used, and the next free
    attribution id. Each phase is one method; later phases see what earlier ones took."""

    def __init__(self, doc, text: str, sdoc) -> None:
        self.text, self.sdoc = text, sdoc
        self.every_mark = find_marked(text)
        self.marked = [m for m in self.every_mark if m.double or _words(text[m.start:m.end]) >= 3]
        self.spans = [((m.open_at if m.open_at is not None else m.start),
                       (m.close_at + 1 if m.close_at is not None else m.end)) for m in self.marked]
        self.atts: list[Attribution] = find_attributions(sdoc, self.spans, text) if sdoc is not None else []
        # names in there are not antecedents — except the hedged subject before a source-less
        # cue ("Governor Abara … seems to agree"), which is still who the text is about
        reported = self.spans + [p for a in self.atts for p in a.pieces
                                 if a.source is not None or p[1] > a.cue_start]
        self.mentions = mentions_of(doc)
        self.resolver = Resolver(doc, self.mentions, reported)
        self.speakers = [self.resolver.resolve(a.source, a.cue_token) for a in self.atts]
        self.lookup = _Doc(text, sdoc)
        self.items: list[dict] = []
        self.taken: set[int] = set()  # indices of marked stretches already used
        self.marks = SpanIndex([(m.start, m.end) for m in self.marked])
        self.every_index = SpanIndex([(m.start, m.end) for m in self.every_mark])
        self.next_id = len(self.atts)

    def _add(self, a: int, b: int, kind: str, sp: Speaker, cue: str | None, att_id: int | None = None) -> None:
        """Append an item; without `att_id` it gets the next free attribution id."""
        if att_id is None:
            att_id = self.next_id
            self.next_id += 1
        if kind == "mixed":
            b = _through_closing_mark(self.text, a, b, self.every_mark, self.every_index)
        self.items.append(_item(self.text, a, b, kind, sp, cue, att_id))

    def _take_marks_from(self, a: int, b: int) -> None:
        for j, other in enumerate(self.marked):
            if a <= other.start < b:
                self.taken.add(j)

    # 1. contents of attributions, judged against the marks
    def from_attributions(self) -> None:
        for k, att in enumerate(self.atts):
            for piece in att.pieces:
                self._attributed_piece(k, att, piece)

    def _attributed_piece(self, k: int, att: Attribution, piece: tuple[int, int]) -> None:
        text, marked = self.text, self.marked
        near = self.marks.overlapping(*piece)
        over = self._quoted_in(piece, near)
        if over:
            for i in over:
                self.taken.add(i)
                self._add(marked[i].start, marked[i].end, "direct", self.speakers[k], att.cue, k)
            return
        for i in near:
            if _overlap(piece, (marked[i].start, marked[i].end)) > 0:
                self.taken.add(i)
        body = text[piece[0]:piece[1]]
        kind = "mixed" if _has_double_mark(body) or "''" in body else "indirect"
        if kind == "mixed" and not _stretches_within(text, piece[0], piece[1], self.every_mark, self.every_index):
            kind = "indirect"  # a stray mark, no quoted words
        if kind == "indirect" and not (att.speech and is_clause(self.sdoc, piece)):
            return  # "welcomed the ruling", "is expected to rise": not reported speech
        self._add(piece[0], piece[1], kind, self.speakers[k], att.cue, k)

    def _quoted_in(self, piece: tuple[int, int], near: list[int]) -> list[int]:
        """The unused quotations that make up (80% of) an attribution's content, or []."""
        text, marked = self.text, self.marked
        over = [i for i in near if i not in self.taken and _overlap(piece, (marked[i].start, marked[i].end)) > 0
                and _quote_like(text, marked[i])]
        inside = sum(_overlap(piece, (marked[i].start, marked[i].end)) for i in over)
        lead = [i for i in over if marked[i].start <= piece[0] + 1 and marked[i].closed
                and text[marked[i].end - 1:marked[i].end] in ",.?!"]
        if lead and not (inside >= 0.8 * (piece[1] - piece[0])):
            over = lead  # “We’ll see,” when asked … — the quotation, not the clause after it
            inside = piece[1] - piece[0]
        return over if over and inside >= 0.8 * (piece[1] - piece[0]) else []

    # 2. "Name: what they said" — headlines and transcript turns
    def from_label_lines(self) -> None:
        text = self.text
        labels = _LABEL_LINE.finditer(text) if ":" in text else ()  # each label has its colon (a cheap test first)
        for lab in labels:
            a, b = trim(text, lab.start(2), lab.end(2))
            name = lab.group(1)
            if name.split()[0].lower().strip(".") in _NOT_SPEAKERS or _words(text[a:b]) < 3:
                continue
            body = text[a:b]
            if not _has_double_mark(body) \
                    and not _stretches_within(text, a, b, self.every_mark, self.every_index) \
                    and not self.resolver.is_person_at(lab.start(1), lab.end(1)):
                continue  # "Details: …", "Update: …": a label colon is page furniture unless it names a person
            # the label names the speaker of the whole line: it wins over parses inside it
            self.items[:] = [it for it in self.items if not (it["start"] < b and a < it["end"])]
            self._take_marks_from(a, b)
            kind = "direct" if _enclosed(body) else ("mixed" if _has_double_mark(body) else "indirect")
            if kind == "direct":
                a, b = trim(text, a, b)
            self._add(a, b, kind, self.resolver.named_at(lab.start(1), lab.end(1)), ":")

    # 3. marked stretches with no content of their own
    def from_marks(self) -> None:
        spoken = _SpokenSoFar(self.text, self.items)
        for i in sorted(range(len(self.marked)), key=lambda i: self.marked[i].start):
            m = self.marked[i]
            spoken.catch_up()
            last = spoken.last_before(m.start)
            if i in self.taken:
                continue
            if _embedded(self.text, m):
                self._embedded_fragment(m)
            elif _quote_like(self.text, m):
                self._quotation(i, m, last)

    def _embedded_fragment(self, m: Marked) -> None:
        """A few quoted words inside a reported clause: the clause as a mixed quote."""
        piece = _fragment_piece(self.text, self.atts, self.lookup, m, self.items)
        if piece is not None:
            k, a, b = piece
            self._take_marks_from(a, b)
            self._add(a, b, "mixed", self.speakers[k], self.atts[k].cue, k)

    def _quotation(self, i: int, m: Marked, last: dict | None) -> None:
        """A free-standing quotation: its speaker from a transcript label, a nearby cue, a
        glued "she said", a dash or colon byline, or the quotation it continues."""
        text = self.text
        lo, hi = self.spans[i]
        label = _TRANSCRIPT.match(text, m.start, m.end)
        if label is not None:  # "PENCE: Well, …" — a transcript turn names its speaker
            self._add(label.end(), m.end, "direct", self.resolver.named_at(label.start(1), label.end(1)), ":")
            return
        same_para = last is not None and "\n" not in text[last["end"]:m.start]
        best, dash = self._cue_or_byline(lo, hi, bool(same_para and last.get("speaker")))
        glued = _glued_cue(text, lo, hi) if best is None and dash is None else None
        if best is not None:
            self._add(m.start, m.end, "direct", self.speakers[best], self.atts[best].cue, best)
        elif glued is not None:
            self._glued(m, *glued)
        elif dash is not None:
            g = 1 if dash.group(1) else 2
            cue = ":" if dash.re is _NAME_COLON else dash.group(0).strip()[:1]
            self._add(m.start, m.end, "direct", self.resolver.named_at(dash.start(g), dash.end(g)), cue)
        elif last is not None and last.get("speaker") and (same_para or m.continues or _near(text, last, m)):
            self._continued(m, last)
        elif _words(text[m.start:m.end]) >= 4:
            self._add(m.start, m.end, "direct", Speaker(None, None, None, "none"), None)

    def _cue_or_byline(self, lo: int, hi: int, continues_speaker: bool):
        """The attribution a quotation belongs to (its index) or a dash/colon byline match."""
        text, sdoc = self.text, self.sdoc
        best = _anchor(text, self.atts, self.lookup, lo, hi, strict=True)
        dash = _DASH_NAME.match(text, hi) if best is None else None
        lead_in = best is None or text[:lo].rstrip().endswith(":")
        if lead_in and dash is None and sdoc is not None:
            extra = colon_attribution(sdoc, lo)  # "Y shot back, “…”" — its own lead-in first
            if extra is not None and best is not None and self.atts[best].cue_start >= extra.cue_start:
                extra = None  # "When X said …, Y fired back:" — the lead-in's own verb wins
            if extra is not None:
                self.atts.append(extra)
                self.speakers.append(self.resolver.resolve(extra.source, extra.cue_token))
                best = len(self.atts) - 1
        if best is None and dash is None and not continues_speaker:
            best = _anchor(text, self.atts, self.lookup, lo, hi, strict=False)
            label = _NAME_COLON.search(text, max(0, lo - 60), lo) if best is None else None
            if label is not None:
                dash = label  # "Jeffrey M. Jones: “…”" — the same as a dash byline
        return best, dash

    def _glued(self, m: Marked, where: tuple[int, int], cue: str) -> None:
        a, b = where
        word = self.text[a:b]
        if word.lower() in _PRON:
            sp = self.resolver.pronoun_at(a, b)
        elif word[:1].islower() and not word.split()[-1][:1].isupper():
            sp = Speaker(word, a, b, "nominal", canonical=word)
        else:
            sp = self.resolver.named_at(a, b)
        self._add(m.start, m.end, "direct", sp, cue)

    def _continued(self, m: Marked, last: dict) -> None:
        """A cue-less quotation continuing the previous speaker's; a new attribution id
        unless the marks say it is the same quotation going on."""
        it = dict(last)
        it.update(start=m.start, end=m.end, text=self.text[m.start:m.end], kind="direct")
        if not m.continues:
            it["attribution"] = self.next_id
            self.next_id += 1
        self.items.append(it)

    # 4. the headline's quoted words; 5. posts embedded as their own paragraph; then tidy up
    def finish(self) -> list[dict]:
        text = self.text
        self.next_id = _add_headline_quote(text, self.every_mark, self.mentions, self.resolver, self.items, self.next_id)
        self.next_id = _add_embedded_posts(text, self.sdoc, self.resolver, self.items, self.next_id)
        items = [it for it in self.items if any(ch.isalnum() for ch in it["text"])]
        items.sort(key=lambda it: (it["start"], it["end"]))
        add_verbatim(text, items, self.every_mark)
        tie_descriptions(text, items, self.mentions)
        agree_gender(text, items)
        tie_epithets(text, items, self.mentions, self.lookup.sents)
        return items


def agree_gender(text: str, items: list[dict]) -> None:
    """One gender per quoted person: when the document calls a speaker "he" or "she" as the
    source of a quote (and never the other), every quote of that person gets it; this is
    the strongest evidence the text has, stronger than pronouns near the name."""
    said: dict[str, set[str]] = {}
    for it in items:
        if it["speaker_type"] == "pronoun" and it["speaker_canonical"] and it["speaker_start"] is not None:
            word = text[it["speaker_start"]:it["speaker_end"]].lower()
            if word in ("he", "she"):
                said.setdefault(it["speaker_canonical"], set()).add("male" if word == "he" else "female")
    for it in items:
        genders = said.get(it["speaker_canonical"] or "")
        if genders and len(genders) == 1 and it["speaker_type"] in ("named", "pronoun"):
            it["speaker_gender"] = next(iter(genders))


def _add_headline_quote(text: str, every_mark: list[Marked], mentions: list, resolver: Resolver,
                        items: list[dict], next_id: int) -> int:
    """Put the headline's quote (headlines.py) in place of what the other readers made of the
    headline; returns the next free attribution id."""
    found = find_headline_quote(text, every_mark, mentions)
    if found is None:
        return next_id
    items[:] = [it for it in items if not (it["start"] < found.end and found.start < it["end"])]
    sp = resolver.named_at(*found.speaker) if found.speaker else Speaker(None, None, None, "none")
    items.append(_item(text, found.start, found.end, "mixed", sp, None, next_id))
    return next_id + 1


def _add_embedded_posts(text: str, sdoc, resolver: Resolver, items: list[dict], next_id: int) -> int:
    """Add each embedded post (posts.py) that no other reader took, as a direct quote of the
    lead-in's subject or of the signed name; returns the next free attribution id."""
    taken = SpanIndex([(it["start"], it["end"]) for it in items])
    for post in find_posts(text):
        if taken.overlapping(post.start, post.end):
            continue
        if post.signer is not None:
            sp, cue = resolver.named_at(*post.signer), "—"
        else:
            verb = sdoc.char_span(*post.verb, alignment_mode="expand") if sdoc is not None else None
            subject = subject_of(verb.root) if verb is not None else None
            if subject is None:
                continue
            sp, cue = resolver.resolve(subject, verb.root.i), verb.root.text
        items.append(_item(text, post.start, post.end, "direct", sp, cue, next_id))
        next_id += 1
    return next_id


def add_verbatim(text: str, items: list[dict], every_mark: list[Marked]) -> None:
    """Give each item `verbatim`: the stretches of it that are the source's own words.

    A direct quote is its own words; a mixed quote keeps the reporter's clause as its span
    and lists each marked stretch inside it, without the marks ('said the plan was "dead"'
    gives one stretch, `dead`); an indirect quote has none."""
    index = SpanIndex([(m.start, m.end) for m in every_mark])
    for it in items:
        if it["kind"] == "direct":
            it["verbatim"] = [{"start": it["start"], "end": it["end"], "text": it["text"]}]
        elif it["kind"] == "mixed":
            it["verbatim"] = _stretches_within(text, it["start"], it["end"], every_mark, index)
        else:
            it["verbatim"] = []


def _stretches_within(text: str, a: int, b: int, every_mark: list[Marked], index: SpanIndex) -> list[dict]:
    """The marked stretches that overlap [a, b), without their marks, in text order."""
    out: list[dict] = []
    for k in index.overlapping(a, b):
        # a stretch that opens inside the clause is taken whole (its closing punctuation
        # sits inside the marks); one that opened before the clause is cut at its start
        lo, hi = max(a, every_mark[k].start), every_mark[k].end
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi > lo and any(ch.isalnum() for ch in text[lo:hi]) and not (out and lo < out[-1]["end"]):
            out.append({"start": lo, "end": hi, "text": text[lo:hi]})
    return out


_DASH_NAME = re.compile(r"[ \t\u00a0]*[―—–]+[ \t\u00a0]*([A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,3})")
_STOP = re.compile(r"[.!?]\s|[\"“”]|\n")


_SENT_END_GAP = re.compile(r"[^.!?\n\"“”]{0,25}[.!?][ \t\u00a0]*$")


def _anchor(text: str, atts: list[Attribution], lookup: _Doc, lo: int, hi: int, strict: bool) -> int | None:
    """The attribution of a marked stretch [lo, hi) (marks included) that has no content.

    First a cue just after the closing mark ("…,” said Gor), then one just before the
    opening mark ("Gor said, “…" or "Gor said:"), then any cue of the same sentence.
    """
    after = [k for k, a in enumerate(atts) if a.source is not None and hi <= a.cue_start < hi + 120
             and not _STOP.search(text, hi, a.cue_start)]
    if after:
        return min(after, key=lambda k: atts[k].cue_start)
    before = []
    for k, a in enumerate(atts):
        if a.source is None or not (lo - 150 <= a.cue_end <= lo):
            continue
        gap = text[a.cue_end:lo]
        clean = not _STOP.search(gap.rstrip().rstrip(":") + " ")
        closing = _SENT_END_GAP.match(gap) is not None  # "Bystrom agreed. “…" — the cue ends the sentence before
        if clean or closing or (a.colon and not "\n" in gap.rstrip()):
            before.append(k)
    if before:
        return max(before, key=lambda k: atts[k].cue_end)
    if strict:
        return None
    para_lo, para_hi = text.rfind("\n", 0, lo) + 1, text.find("\n", hi)
    para_hi = len(text) if para_hi < 0 else para_hi
    s_lo, s_hi = lookup.sent_of(lo), lookup.sent_of(max(lo, hi - 1))
    best = None
    for k, a in enumerate(atts):
        s = lookup.sent_of(a.cue_start)
        if (s_lo <= s <= s_hi and not (lo <= a.cue_start < hi) and a.source is not None
                and para_lo <= a.cue_start < para_hi):
            dist = min(abs(a.cue_start - hi), abs(a.cue_end - lo))
            if best is None or dist < best[0]:
                best = (dist, k)
    if best is None and s_lo > 0:
        ps, pe = lookup.sents[s_lo - 1]
        if text[ps:pe].rstrip().endswith(":"):
            for k, a in enumerate(atts):
                if ps <= a.cue_start < pe and a.source is not None:
                    best = (0, k)
    return best[1] if best else None


_NAME_COLON = re.compile(r"(?:(?:^|(?<=[\n\-–—] ))((?:[A-Z][\w.’'-]+\s+){0,3}[A-Z][\w’'-]+)"
                         r"|(?<=\s)((?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+)):\s*$", re.M)
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s+")


def _fragment_piece(text: str, atts: list[Attribution], lookup: _Doc, m: Marked,
                    items: list[dict]) -> tuple[int, int, int] | None:
    """A quoted fragment after a cue in its sentence ('Cruz called Trump a “liar”'): the
    reported content runs from after the cue to the end of the sentence (a mixed quote)."""
    s = lookup.sent_of(m.start)
    s_start, s_end = lookup.sents[s]
    best = None
    for k, a in enumerate(atts):
        if a.source is not None and s_start <= a.cue_start and a.cue_end <= m.start and "\n" not in text[a.cue_end:m.start]:
            if best is None or a.cue_end > atts[best].cue_end:
                best = k
    if best is None:
        return None
    a, b = atts[best].cue_end, s_end
    nl = text.find("\n", m.end, b)
    b = nl if nl >= 0 else b
    a, b = trim(text, a, b)
    if any(it["start"] < b and a < it["end"] for it in items) or b <= a:
        return None
    return best, a, b


def _embedded(text: str, m: Marked) -> bool:
    """A short fragment quoted inside a running sentence ('called him a “nasty guy”'):
    the word before the opening mark is part of the same clause."""
    if m.open_at is None:
        return False
    k = m.open_at - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    if k < 0 or not text[k].isalnum():
        return False
    body = text[m.start:m.end]
    return _words(body) < 12 or body[-1:] not in ".?!,"


_VERB = r"(" + alternation(INVERSION_VERBS) + r")"
# a name word, or a title/initial with its dot ("Dr.", "J.") — never a sentence-final "Lee."
_ABBR = r"(?:" + alternation(ABBREVIATED_TITLES) + r"|[A-Z])\."
_NAME = r"((?:(?:" + _ABBR + r"|[A-Z][\w’'-]+)\s+){0,3}[A-Z][\w’'-]+|he|she|they|He|She|They|I|we|We)"
_BEFORE = re.compile(_NAME + r"\s+" + _VERB + r"(?:\s+\w+)?\s*[,:]?\s*$")
# "…,” tweeted Lee spokeswoman Ann Park: a role before the name is part of the mention
_ROLE = r"(?:(?:[A-Z][\w’'-]+\s+)?(?:(?:" + alternation(SPEAKER_ROLE_WORDS) + r")\s+){1,3})?"
_AFTER_VS = re.compile(r"\s*,?\s*" + _VERB + r"\s+(" + _ROLE + _NAME + ")")
_AFTER_SV = re.compile(r"\s*,?\s*" + _NAME + r"\s+" + _VERB + r"\b")
_PRON = {"he", "she", "they", "i", "we"}


def _glued_cue(text: str, lo: int, hi: int) -> tuple[tuple[int, int], str] | None:
    """'Ryan said,“Look …' — a cue the tokenizer glued to a mark, found by characters."""
    para_lo = text.rfind("\n", 0, lo) + 1
    m = _BEFORE.search(text, max(para_lo, lo - 80), lo)
    if m is not None:
        return (m.start(1), m.end(1)), m.group(2)
    end = text.find("\n", hi)
    end = len(text) if end < 0 else end
    m = _AFTER_VS.match(text, hi, min(end, hi + 80)) or _AFTER_SV.match(text, hi, min(end, hi + 80))
    if m is not None:
        names = 2 if m.re is _AFTER_VS else 1
        verb = 1 if names == 2 else 2
        return (m.start(names), m.end(names)), m.group(verb)
    # a dialogue tag with any verb: "“…,” Bennett shot back." / "“…?” the 43-year-old asked"
    if text[hi - 2:hi - 1] in (",", "?", "!") or text[hi - 1:hi] in (",", "?", "!"):
        m = _TAG.match(text, hi, min(end, hi + 60))
        if m is not None:
            return (m.start(1), m.end(1)), m.group(2)
    return None


_TAG = re.compile(r"\s*((?:(?:" + _ABBR + r"|[A-Z][\w’'-]+)\s+){0,2}[A-Z][\w’'-]+|he|she|they|(?:the|a|an)(?: [\w’'-]+){1,2}(?: [A-Z][\w’'-]+)?)"
                  r"\s+((?:also |then |later )?(?:[a-z]+(?:ed|s)|shot|fired|went|broke|spoke|wrote|told|said)\b"
                  r"(?: back| out| up| on| in)?)")


_LABEL_LINE = re.compile(r"^((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*):[ \t]+(\S[^\n]*)$", re.M)
_NOT_SPEAKERS = frozenset("""update updated full abstract related photo photos source sources note editor the latest breaking
read watch video image correction see also via tags share follow more advertisement credit
credits q a question answer listen click sign subscribe topics category filed posted published
""".split())


def _enclosed(body: str) -> bool:
    """The whole stretch is one quotation: opens and closes with double marks, none inside."""
    body = body.strip().rstrip(".")
    return len(body) > 2 and body[0] in "\"“«„" and body[-1] in "\"”»“" and not _has_double_mark(body[1:-1])


_RELATIVE = frozenset({"who", "which", "that", "whom"})
_NEWLINE = re.compile("\n")


class _SpokenSoFar:
    """The items with a speaker, indexed by end, for "which quotation does a cue-less one
    continue": the latest item ending before it, or the latest of its own paragraph that is
    not a relative clause's content ("said Ruiz, who had threatened to veto …"). Ties go to
    the earlier item in `items`. Items appended to `items` are taken in by `catch_up`, so
    each look-up is a bisection plus the items of one paragraph, not a pass over all items."""

    def __init__(self, text: str, items: list[dict]) -> None:
        self.text = text
        self.items = items
        self.seen = 0  # how many of `items` are indexed
        self.keys: list[tuple[int, int]] = []  # (end, index in items), sorted
        self.breaks = [m.start() for m in _NEWLINE.finditer(text)]

    def catch_up(self) -> None:
        while self.seen < len(self.items):
            it = self.items[self.seen]
            if it.get("speaker"):
                bisect.insort(self.keys, (it["end"], self.seen))
            self.seen += 1

    def _relative(self, it: dict) -> bool:
        return it.get("speaker_start") is not None and \
            self.text[it["speaker_start"]:it["speaker_end"]].lower() in _RELATIVE

    def last_before(self, pos: int) -> dict | None:
        top = bisect.bisect_right(self.keys, (pos, len(self.items))) - 1  # last item ending by pos
        if top < 0:
            return None
        k = bisect.bisect_left(self.breaks, pos) - 1
        para = self.breaks[k] + 1 if k >= 0 else 0
        own_end, own_index = None, None
        j = top
        while j >= 0 and self.keys[j][0] > para:
            end, index = self.keys[j]
            if own_end is not None and end < own_end:
                break
            if not self._relative(self.items[index]):
                own_end, own_index = end, index
            j -= 1
        if own_index is not None:
            return self.items[own_index]
        latest = self.keys[top][0]
        return self.items[self.keys[bisect.bisect_left(self.keys, (latest, -1))][1]]


def _near(text: str, last: dict, m: Marked) -> bool:
    """A quotation continuing the previous one: same or next paragraph, nothing much between."""
    gap = text[last["end"]:m.start]
    return gap.count("\n\n") + (0 if "\n\n" in gap else gap.count("\n")) <= 1 and len(gap) < 400
