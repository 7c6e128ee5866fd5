"""Speakers: clean the source mention, resolve pronouns, link to entity clusters.

`speaker_type` names: "named" (the mention ends in a capitalised word: "Sergio Gor",
"The New York Times", "Park Min-jun"), "nominal" (a description: "people familiar with the matter"),
"pronoun" (he, she, they, who …, resolved to the nearest compatible named person) and
"none" (no source in the text: passives, "it was said").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.strings import get_string_id

from ..lexicon import alternation
from ..lexicon.calendar import MONTH_NAMES_NOT_NAMES, WEEKDAY_NAMES
from ..lexicon.countries import country_code, is_subdivision

from ..lexicon.speech import (ISSUED_DOCUMENTS, MEDIA_HEADS, PLATFORMS, PRONOUNS, REPORTED_SPEECH_FORMS,
                              SPEAKER_VERBS, VENUES)
from ..lexicon.titles import FEMALE_TITLES, HONORIFICS, MALE_TITLES, NAME_PREFIX_WORDS, ROLE_TITLES
from .affiliation import role_owner
from ..lexicon.firstnames import first_name_gender, given_name, name_gender, table_gender
from .genders import GenderEvidence
from .parse import Ranges, SpanIndex, context_of, subject_of
from .people import PersonNames

_CUT_RIGHT = frozenset({"appos", "relcl", "acl", "punct", "cc", "conj", "advmod", "prep", "amod"})
_PERSONISH = frozenset({"PERSON"})
_NEVER_PERSONS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "EVENT",
                            "LAW", "LANGUAGE"})
"""Entity labels a pronoun's antecedent never has, whatever pronouns follow the words."""
_PLACES = frozenset({"GPE", "LOC"})
_NSUBJ = get_string_id("nsubj")
_GROUPISH = frozenset({"ORG"})


THEY = 400  # characters back to look for the group a "they" continues
_TRAILING = frozenset({"both", "himself", "herself", "themselves", "itself", "all", "alone", "too",
                       "also", "each"})


@dataclass
class Mention:
    """An entity mention from the entities annotator (or spaCy's NER as a fallback)."""

    start: int
    end: int
    text: str
    label: str
    cluster: int | None = None
    canonical: str | None = None


@dataclass
class Speaker:
    """A resolved speaker: the name to report and the mention in the attribution."""

    name: str | None
    mention_start: int | None
    mention_end: int | None
    type: str
    canonical: str | None = None
    cluster: int | None = None
    affiliation: str | None = None  # whom a role-headed source speaks for
    person: bool = False  # linked to a PERSON mention (or a he/she pronoun)
    gender: str | None = None  # "female" / "male" for people the document or a name shows


def mentions_of(doc) -> list[Mention]:
    """Entity mentions from `doc.results["entities"]` (quotes depends on the entities annotator)."""
    out: list[Mention] = []
    for e in (getattr(doc, "results", None) or {}).get("entities") or []:
        a, b = e["start"], e["end"]
        out.append(Mention(a, b, doc.text[a:b], str(e.get("label") or ""),
                           e.get("cluster") if isinstance(e.get("cluster"), int) else None,
                           e.get("canonical") or None))
    out.sort(key=lambda m: m.start)
    return out


_DESCRIBERS = frozenset("""the a an one two three his her their its our my another some""".split())


def _is_cap(tok) -> bool:
    return tok.text[:1].isupper()


_ANONYMOUS = re.compile(r"\banonym|\bcondition that\b|\bnot to be named\b|"
                        r"\bwithheld\b|\bdeclined to be (?:named|identified)\b")


_WHEN_WORD = re.compile(r"(?:1[89]|20)\d\d$|(?:" + alternation(WEEKDAY_NAMES + MONTH_NAMES_NOT_NAMES) + r")$|"
                        r"morning$|afternoon$|evening$|night$|week$|month$|year$|weekend$")


_CLOSING_MARKS = frozenset({"”", "\"", "''", "’’", "»"})
_QUOTE_END = frozenset({",", ".", "?", "!", "…", "...", "—"})


def mention_tokens(head, persons: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Token range [i, j) of a source mention, without appositives.

    Everything up to the first comma, parenthesis or dash is kept ("the Federal Bureau of
    Prisons", "advisers to Mr. Obama"), except that "of/at/from …" after a multi-word
    person name is dropped ("Edward Alden of the Council …" → "Edward Alden").
    `persons` holds the token indices inside PERSON mentions.
    """
    doc = head.doc
    issuer = _issuer(head)
    if issuer is not None:
        return mention_tokens(issuer, persons)
    # "One of his advisers, Tad Devine," / "The author of the book, Mitchell Zuckoff": a
    # description led by a determiner or number and followed by a name gives the name
    described = not _is_cap(head) or (head.i not in persons and doc[head.left_edge.i].lower_ in _DESCRIBERS)
    if described:
        owners = [head] + [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"]  # "One of her advisers, X"
        for h in owners:
            for c in h.children:
                if c.dep_ == "appos" and _is_cap(c) and (c.i in persons or not _is_cap(head)):
                    return mention_tokens(c, persons)
    left = head.left_edge.i
    prev_text = doc[left - 1].text if left > 0 else ""
    for k in range(left, head.i):  # "… than Ms. Lee - 55 percent of members": start after a dash
        tk = doc[k]  # each `doc[k]` builds a Token: read it once
        if (tk.text in ("-", "--", "—", "–", ";", ":") and tk.whitespace_) or tk.text.count("\n") >= 2:
            left = k + 1  # nor across a blank line (a headline the parser chained to the name)
        elif k > 0 and tk.text in _CLOSING_MARKS and prev_text in _QUOTE_END:
            left = k + 1  # nor into the quotation the parser hung on the name ("“…,” Herrera, 61, told")
        prev_text = tk.text
    while left < head.i and (not any(ch.isalnum() for ch in doc[left].text)
                             or doc[left].lower_ in ("but", "and", "so", "also", "both", "even")):
        left += 1
    right = head.right_edge.i + 1
    for k in range(head.i + 1, right):
        tk = doc[k]
        hyphen = tk.text in ("-", "–") and not doc[k - 1].whitespace_  # American-Islamic
        if (tk.text in (",", "(", "—", "–", "-", "--", ";", ":") and not hyphen) or "\n" in tk.text:
            right = k
            break
        if tk.head.i == head.i and tk.dep_ == "prep" and tk.lower_ in ("in", "on", "during") and any(
                _WHEN_WORD.match(g.text) or g.lower_ in VENUES or g.lower_ in ISSUED_DOCUMENTS
                for g in tk.children if g.dep_ == "pobj"):
            right = k  # "an arbitration panel in 2001", "Bush in a Medium post", "the agency in a notification"
            break
        if (tk.head.i == head.i and tk.dep_ == "prep" and tk.lower_ in ("of", "at", "from", "with")
                and head.i in persons and head.i - 1 in persons):
            right = k
            break
        if tk.dep_ == "relcl" and tk.head.i == head.i and (head.i in persons or _ANONYMOUS.search(
                doc[tk.left_edge.i:tk.right_edge.i + 1].text)):  # "an official who spoke anonymously"
            right = max(head.i + 1, min(k, tk.left_edge.i))
            break
    for c in head.rights if _named_head(head, persons) else ():  # "Trump at the time said": when, not who
        if c.right_edge.i == right - 1 and c.left_edge.i > head.i and _when_adjunct(c):
            right = c.left_edge.i
    right = max(right, head.i + 1)
    while right > head.i + 1 and (not any(ch.isalnum() for ch in doc[right - 1].text)
                                  or doc[right - 1].lower_ in _TRAILING):
        right -= 1
    return left, right


def _issuer(head):
    """The issuer named for a document source: "a statement from the White House", "a letter
    by Ann Example" -> the White House, Ann Example."""
    if head.lower_ not in ISSUED_DOCUMENTS:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i > head.i:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and _is_cap(obj):
                return obj
    return None


ISSUER_LOOKBACK = 300
"""Tokens searched back from "the statement" for the sentence that introduced it."""


def misread_determiner(head):
    """The determiner of "the decree states" read as the noun "decree states": the parser hangs
    "the" on the cue, right before the document noun it belongs to."""
    if head.dep_ != "compound" or head.i == 0:
        return None
    det = head.doc[head.i - 1]
    return det if det.dep_ == "det" and det.head.i == head.head.i else None


def _earlier_issuer(head):
    """The issuer of a document the text introduced before: "The Ministry issued a statement
    on Friday. The statement said …" -> the Ministry ("a statement from X" too). Only a
    definite mention ("the/this/that statement") looks back, to the nearest earlier mention
    of the same document noun with "a"/"an"."""
    word = head.lower_
    if word not in ISSUED_DOCUMENTS:
        return None  # asked of every source head: its determiners are read only for a document noun
    dets = [c for c in head.children if c.dep_ == "det"] + [t for t in [misread_determiner(head)] if t is not None]
    if not any(c.lower_ in ("the", "this", "that") for c in dets):
        return None
    doc = head.doc
    for k in range(head.i - 1, max(-1, head.i - ISSUER_LOOKBACK), -1):
        earlier = doc[k]
        if earlier.lower_ != word or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in earlier.children):
            continue
        issuer = _issuer(earlier)
        if issuer is None and earlier.dep_ == "dobj":
            issuer = subject_of(earlier.head)
        return issuer
    return None


_NOW = frozenset({"today", "yesterday", "tonight", "now", "then", "earlier", "later"})


def _named_head(head, persons: frozenset[int]) -> bool:
    """A source head that names someone ("Trump", "the Supreme Court"), not "One in four …"."""
    return head.i in persons or (_is_cap(head) and not head.like_num and head.lower_ not in _DESCRIBERS)


def _when_adjunct(tk) -> bool:
    """A time adjunct hung on a source's head: "at the time", "this month", "today"."""
    if tk.dep_ in ("npadvmod", "advmod") and (tk.lower_ in _NOW or (
            _WHEN_WORD.match(tk.text) and any(c.lower_ in ("this", "last", "that", "next") for c in tk.children))):
        return True
    return tk.dep_ == "prep" and tk.lower_ == "at" and any(
        g.dep_ == "pobj" and g.lower_ == "time" for g in tk.children)


def speaker_type(doc, i: int, j: int) -> str:
    """ "named" when the mention ends in a capitalised word ("Kim Jin-wook" counts: its last word
    is the hyphenated "Jin-wook"), "pronoun", "nominal" for a description, else "none"."""
    toks = doc[i:j]
    if len(toks) == 1 and toks[0].lower_ in PRONOUNS:
        return "pronoun"
    words = [t for t in toks if t.is_alpha]
    if words and (_is_cap(words[-1]) or _is_cap(_hyphen_word_start(doc, words[-1].i, i))):
        return "named"
    return "nominal" if words or any(t.like_num for t in toks) else "none"  # "42% say …"


def _hyphen_word_start(doc, k: int, lo: int):
    """The first part of the hyphenated word that token k ends ("Jin" of "Jin-wook"), or token k."""
    while k - 2 >= lo and doc[k - 1].text == "-" and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_:
        k -= 2
    return doc[k]


_TITLE_WORDS = frozenset(HONORIFICS) | NAME_PREFIX_WORDS | ROLE_TITLES | {"Shadow", "Vice", "the", "The"}


def _without_titles(name: str) -> str:
    """A name without the titles in front ("Shadow Minister Jane Doe" -> "Jane Doe"); empty
    when only titles are left or the last word is a title ("Shadow Minister")."""
    words = [w.rstrip(".") for w in name.split()]
    k = 0
    portfolio = False  # "Minister for Transport Jane Doe": the portfolio is not the name
    while k < len(words) and (words[k] in _TITLE_WORDS or words[k].lower() in ("for", "of", "the", "and")):
        portfolio = portfolio or words[k].lower() in ("for", "of")
        k += 1
    rest = name.split()[k:]
    if portfolio and len(rest) > 2:
        rest = rest[-2:]
    if not rest or rest[-1].rstrip(".,") in _TITLE_WORDS:
        return ""
    return " ".join(rest)


def _untitled(name: str, label: str) -> str:
    """A person's name without its titles ("Shadow Minister Jane Doe" -> "Jane Doe"); any other
    name as written, on one line, as titles' words also open organisations ("Commerce Ministry",
    "National Coffee Association"); empty for a bare or trailing title ("WALLACE: Governor")."""
    if label in _PERSONISH:
        return _without_titles(name)
    return " ".join(name.split()) if _without_titles(name) else ""


def _title_gender(word: str) -> str | None:
    """"m"/"f" for a courtesy title ("Mr.", "Ms"), else None."""
    word = word.rstrip(".")
    return "m" if word in MALE_TITLES else "f" if word in FEMALE_TITLES else None


def _other_gender(name: str | None, fuller: str | None) -> bool:
    """A titled name whose fuller form has a listed given name of the other gender: "Ms.
    Okoro" is not "David Okoro", whom the entity clusters joined her to by surname."""
    words, full = (name or "").split(), (fuller or "").split()
    titled = _title_gender(words[0]) if len(words) >= 2 else None
    given = given_name(full) if titled is not None else None
    listed = first_name_gender(given) if given is not None else None
    return listed is not None and listed != titled


def _titled(name: str) -> bool:
    """Whether a name opens with a personal title ("Ms Example", "Dr. Lee")."""
    first = name.split()[0].rstrip(".") if name.split() else ""
    return first in HONORIFICS


def is_medium(name: str | None) -> bool:
    """A platform ("Truth Social", "X") or a medium mention ("the post", "an interview")."""
    if not name:
        return False
    words = name.lower().replace("’s", "").replace("'s", "").split()
    joined = "_".join(w for w in words if w not in ("the", "a", "an", "his", "her", "their", "its"))
    last = name.split()[-1] if name.split() else ""
    # a medium is a common noun ("the post"); a capitalised one is a name ("Hongkong Post")
    return joined in PLATFORMS or (bool(words) and words[-1] in MEDIA_HEADS and last.islower()) or (
        len(words) > 1 and words[-2] in MEDIA_HEADS and words[-1] in PLATFORMS)


def _subject_apposition(root) -> bool:
    """A name in apposition to a main clause's subject: the subject is its title or role
    ("the economy minister, Ana Ruiz, said …"), so the name is who the clause is about."""
    head = root.head
    return root.dep_ == "appos" and head.i != root.i and head.dep_ in ("nsubj", "nsubjpass") \
        and head.i < root.i and _main_clause(head)


_NAMING_VERBS = frozenset({"named", "called"})


def _named_subject(root) -> bool:
    """The name a main clause's subject is given by "named"/"called": "a welder named Jorge
    Salinas has …" and "One voter, a nurse named Ana Lopez, said …" are about the person named."""
    verb = root.head
    if root.dep_ not in ("oprd", "dobj", "attr") or verb.dep_ != "acl" or verb.lower_ not in _NAMING_VERBS:
        return False
    noun = verb.head
    if noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and _main_clause(noun)


_PLACES_OF_PEOPLE = frozenset({"GPE", "LOC", "FAC"})
"""Where a described source may be placed ("one trader in London", "a guard at the Kremlin")."""
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "outside", "inside", "across", "around"})


def _is_subject_mention(sdoc, m: Mention) -> bool:
    """Whether the mention's head is a subject: of a main clause, a subject's apposition or
    name, or a name opening its sentence."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = context_of(sdoc).tree(sdoc).root(span)  # Span.root would walk to the sentence root from every token
    if root.dep_ in ("nsubj", "nsubjpass") and _main_clause(root):
        return True
    if m.label in _PERSONISH and (_subject_apposition(root) or _named_subject(root)):
        return True  # "Mexico's economy minister, Marcelo Ebrard, acknowledged …"
    return m.label in _PERSONISH and _opens_sentence(span)  # "Clinton, though she praised …", "And Obama, for all …"


def _plural_subjects(sdoc, text: str, quoted: Ranges) -> list[tuple[int, str, int, int]]:
    """(pos, name, start, end) of each plural-looking subject outside the quoted ranges."""
    plurals: list[tuple[int, str, int, int]] = []
    if sdoc is None:
        return plurals
    deps = context_of(sdoc).deps(sdoc)  # `for t in sdoc` builds a Token per token
    for t in (sdoc[k] for k, dep in enumerate(deps) if dep == _NSUBJ):
        if (t.is_alpha and len(t) > 3 and t.lower_.endswith("s")
                and not t.lower_.endswith(("ss", "us", "is")) and t.lower_ not in PRONOUNS
                and not quoted.covers(t.idx)):
            i, j = mention_tokens(t)
            a, b = sdoc[i].idx, sdoc[j - 1].idx + len(sdoc[j - 1])
            plurals.append((a, text[a:b], a, b))
    return plurals


class Resolver:
    """Resolves speakers in one document, remembering the speakers named so far."""

    def __init__(self, doc, mentions: list[Mention], quoted: list[tuple[int, int]]):
        self.text = doc.text
        self.mentions = mentions
        self.quoted = quoted
        self._index = SpanIndex([(m.start, m.end) for m in mentions])
        self._quoted = Ranges(quoted)
        self._person_toks: frozenset[int] | None = None
        self._fullest_by_cluster: dict[int, str] | None = None
        self._person_by_last: dict[str, Mention] | None = None
        self._genders: dict[str, str] | None = None
        self._people: PersonNames | None = None
        self._evidence: GenderEvidence | None = None
        self._full_genders: dict[str, str | None] = {}
        self._given_genders: dict[str, str | None] = {}
        self._org_people: frozenset[str] | None = None
        self._speaking: dict[str, bool] = {}
        self._person_answers: dict[tuple[str, str], bool] = {}
        self._gender_answers: dict[tuple[str, str], bool] = {}
        self._mention_starts = [m.start for m in mentions]
        self.groups: list[tuple[int, str, int, int]] = []  # plural sources, for "they"
        self._sdoc = getattr(doc, "spacy", None)
        self._subjects: dict[int, bool] = {}  # mention start -> its head is a subject
        self._plurals: list[tuple[int, str, int, int]] | None = None
        self.named: list[tuple[int, str, int, int, str]] = []  # (pos, name, start, end, label)

    def _is_subject(self, m: Mention) -> bool:
        """Whether the mention's head is a subject ("Sen. McCaskill scolded him"), asked once
        per mention and only of the mentions a pronoun looks back over (most documents have
        no pronoun source; a pronoun looks back 1,500 characters only)."""
        if self._sdoc is None:
            return False
        if m.start not in self._subjects:  # by start, as any mention starting there may be the subject
            lo = bisect.bisect_left(self._mention_starts, m.start)
            hi = bisect.bisect_right(self._mention_starts, m.start)
            self._subjects[m.start] = any(_is_subject_mention(self._sdoc, x) for x in self.mentions[lo:hi])
        return self._subjects[m.start]

    @property
    def plurals(self) -> list[tuple[int, str, int, int]]:
        """Plural subjects outside quotations ("Workers objected … They also said …") as (pos,
        name, start, end), found when "they" or "we" first asks for an antecedent."""
        if self._plurals is None:
            self._plurals = _plural_subjects(self._sdoc, self.text, self._quoted)
        return self._plurals

    def _persons(self, sdoc) -> frozenset[int]:
        """Token indices inside PERSON mentions (computed once)."""
        if self._person_toks is None:
            toks = set()
            for m in self.mentions:
                if m.label in _PERSONISH:
                    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
                    if span is not None:
                        toks.update(range(span.start, span.end))
            self._person_toks = frozenset(toks)
        return self._person_toks

    def _entity_in(self, a: int, b: int) -> Mention | None:
        best = None
        for k in self._index.overlapping(a, b):
            m = self.mentions[k]
            if m.start >= a and m.end <= b or (m.start <= a < m.end) or (m.start < b <= m.end):
                if best is None or m.end > best.end or (m.label in _PERSONISH and best.label not in _PERSONISH):
                    best = m
        return best

    def is_person_at(self, a: int, b: int) -> bool:
        """Whether the entities annotator found a person in [a, b)."""
        m = self._entity_in(a, b)
        return m is not None and m.label in _PERSONISH

    def _link(self, sp: Speaker, a: int, b: int) -> Speaker:
        m = self._entity_in(a, b)
        if m is not None and (self._where_or_whence(m, a) or self._inside_description(m, b)):
            m = None  # "one trader in London", "the Republican leader": a person described, not the name
        if sp.type == "named" and sp.name and (m is None or m.label not in _PERSONISH and _titled(sp.name)):
            # "Sample said" when only "Ray Sample" was tagged; "Ms Example" tagged otherwise
            m = self._by_last_word(sp.name) or m
        if m is not None:
            sp.cluster = m.cluster
            sp.person = m.label in _PERSONISH
            # a cluster of bare titles ("Shadow Minister") leaves the name as written, untitled
            sp.canonical = self._cluster_name(m) or _without_titles(sp.name or "") or sp.name or m.text
            if _other_gender(sp.name, sp.canonical):
                sp.canonical, sp.cluster = _without_titles(sp.name or "") or sp.name, None
        elif sp.name:
            sp.canonical = " ".join(sp.name.split())  # a description over a line break, on one line
        return sp

    def _where_or_whence(self, m: Mention, start: int) -> bool:
        """A place inside a source description after a preposition ("one trader in London",
        "shareholders in the UK"), not at its head: the source is the person described, not
        the place."""
        if m.label not in _PLACES_OF_PEOPLE or m.start <= start:
            return False
        before = self.text[max(start, m.start - 16):m.start].split()
        if before and before[-1].lower() == "the":
            before.pop()  # "investors in the UK"
        return bool(before) and before[-1].lower() in _PLACE_PREPOSITIONS

    def _inside_description(self, m: Mention, end: int) -> bool:
        """A name that only modifies a described source ("the former Colombian guerrilla fighter",
        "the Indiana governor", "Gary Johnson's doctor"): the source's last word is a common noun
        after the name. An organisation stays the source of its people and papers ("Finance
        Ministry officials", "the U.S. Embassy report")."""
        if m.end >= end or m.label == "ORG":
            return False
        last = self.text[m.end:end].split()
        return bool(last) and last[-1].isalpha() and last[-1].islower()

    def _cluster_name(self, m: Mention) -> str:
        """The fullest name among the mentions of `m`'s cluster: most words, then most
        characters, titles off the front, never a bare title ("Shadow Minister")."""
        if self._fullest_by_cluster is None:
            best: dict[int, str] = {}
            for x in self.mentions:
                name = _untitled(x.text, x.label)
                if x.cluster is None or not name:
                    continue
                old = best.get(x.cluster)
                if old is None or (len(name.split()), len(name)) > (len(old.split()), len(old)):
                    best[x.cluster] = name
            self._fullest_by_cluster = best
        if m.cluster is not None and m.cluster in self._fullest_by_cluster:
            return self._fullest_by_cluster[m.cluster]
        return _untitled(m.canonical or self._fullest(m), m.label)

    def _by_last_word(self, name: str) -> Mention | None:
        """The longest PERSON mention ending in the speaker's last word, if any."""
        if self._person_by_last is None:
            table: dict[str, Mention] = {}
            for x in self.mentions:
                words = x.text.split()
                if x.label in _PERSONISH and words and (words[-1] not in table or len(x.text) > len(table[words[-1]].text)):
                    table[words[-1]] = x
            self._person_by_last = table
        words = name.split()
        return self._person_by_last.get(words[-1]) if words and words[-1][:1].isupper() else None

    def _company_speaking(self, head, name: str | None) -> bool:
        """"Twitter announced that …": a bare platform name as the subject of a speech verb is
        the company making a statement, not the medium of someone else's words."""
        cue = getattr(self, "_cue", -1)
        bare = "_".join((name or "").lower().split()) in PLATFORMS
        return bare and 0 <= cue < len(head.doc) and head.doc[cue].lower_ in REPORTED_SPEECH_FORMS

    def _behind_medium(self, head, sp: Speaker) -> Speaker:
        """A platform or medium as the source ("the post on Truth Social said", "X said"):
        its owner when the mention names one ("Trump's post", "his interview"), else the
        person the text named last as speaking nearby, else no speaker."""
        doc = head.doc
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None:
            found = self._resolve(owner)
            if found.name and found.name[-2:] in ("’s", "'s"):
                found.name = found.name[:-2]
            if found.name and not is_medium(found.name):
                return found
        pos = doc[head.i].idx
        earlier = [(p, name, a, b) for p, name, a, b, _ in self.named if p < pos and pos - p < 600 and not is_medium(name)]
        if earlier:
            _, name, a, b = max(earlier)
            return self._link(Speaker(name, sp.mention_start, sp.mention_end, "named"), a, b)
        return Speaker(None, None, None, "none")

    def _fullest(self, m: Mention) -> str:
        """Without clusters: the longest same-label mention ending in the same word."""
        last = m.text.split()[-1] if m.text.split() else m.text
        names = [x.text for x in self.mentions if x.label == m.label and x.text.split()[-1:] == [last]]
        return max(names, key=len) if names else m.text

    def _antecedent(self, pos: int, kind: str) -> tuple[str, int, int] | None:
        """Nearest earlier compatible name within 1,500 characters: a named speaker or a
        PERSON mention that is a subject (outside quotations); failing that the nearest
        PERSON mention (an ORG one for "it"); for they/we a plural source just before."""
        want_person = kind in ("m", "f", "s")
        if kind == "p":
            # they/we: the latest plural-looking source of the same or previous sentences
            prev = [(p, name, a, b) for p, name, a, b in self.groups + self.plurals if p < pos and pos - p < THEY]
            if prev:
                _, name, a, b = max(prev)
                return name, a, b
            return None
        if kind == "r":
            return None
        cands = [(p, name, a, b) for p, name, a, b, label in self.named
                 if p < pos and pos - p < 1500 and self._is_person(name, label) == want_person]
        before = bisect.bisect_left(self._mention_starts, pos)  # mentions are sorted by start
        for m in self.mentions[bisect.bisect_right(self._mention_starts, pos - 1500):before]:
            if m.end <= pos and pos - m.start < 1500 and self._is_subject(m) and (
                    self._is_person(m.text, m.label) if want_person else m.label in _GROUPISH):
                if not self._quoted.covers(m.start):
                    cands.append((m.start, m.text, m.start, m.end))
        cands = [c for c in cands if self._gender_ok(c[1], kind) and _namelike(c[1])]
        if cands:
            _, name, a, b = max(cands)
            return name, a, b
        for m in reversed(self.mentions[:before]):  # a mention ending by `pos` starts before it
            if m.end <= pos and (m.label in _PERSONISH if want_person else m.label in _GROUPISH) and self._gender_ok(m.text, kind) and _namelike(m.text):
                if not self._quoted.covers(m.start):
                    return m.text, m.start, m.end
        return None

    def _is_person(self, name: str, label: str) -> bool:
        """`_person_evidence`, asked once per name and label: the answer depends on the document
        only, and each pronoun asks it again of every name before it."""
        key = (name, label)
        if key not in self._person_answers:
            self._person_answers[key] = self._person_evidence(name, label)
        return self._person_answers[key]

    def _person_evidence(self, name: str, label: str) -> bool:
        """A PERSON mention, a name whose last word ends some PERSON mention ("Canova"
        tagged ORG once and PERSON as "Tim Canova"), or a capitalised name the text gives a
        gendered title or pronoun ("Nefzi said. He said …" with Nefzi tagged GPE)."""
        if label in _PERSONISH:
            return True
        words = name.split() if name else []
        if not words:
            return False
        if words[-1] in self.people.last_words:
            return True
        if label in _GROUPISH and words[-1].strip(".,’'s") in self._people_typed_org():
            return True  # "Carly Fiorina" tagged ORG, and her later "Fiorina"
        if len(words) > (3 if label in _GROUPISH else 4) or not all(w[:1].isupper() for w in words):
            return False  # an ORG only when the text genders it ("Maryam Violet" tagged ORG)
        if label in _NEVER_PERSONS or (label in _PLACES and (country_code(name) or is_subdivision(name))):
            return False  # "… said Tuesday. He …", "China said. He …": a day or a country is nobody
        if label and not self._speaks(words[-1]):
            return False  # a place the tagger knows ("in Clarkston, he …") is not a person
        if not label and len(words) > 1 and name_gender(given_name(words) or "") is None:
            return False  # "Right Wing Watch reported. He …": the pronoun is no evidence for itself
        return self._gender_of(words[-1]) is not None or (len(words) == 1 and first_name_gender(words[0]) is not None)

    def _speaks(self, word: str) -> bool:
        """`_speaks` for this document's text, asked once per word (each ask scans the text)."""
        if word not in self._speaking:
            self._speaking[word] = _speaks(self.text, word)
        return self._speaking[word]

    def _people_typed_org(self) -> frozenset[str]:
        """Surnames of ORG mentions that are people's names: two or three capitalised words
        whose given name has a clear gender that the pronouns around the surname agree with
        ("Carly Fiorina … her own bid"); computed once."""
        if self._org_people is None:
            leans: dict[str, set[str]] = {}  # surname -> the genders its given names lean to
            for m in self.mentions:
                words = m.text.split()
                if m.label not in _GROUPISH or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
                    continue
                given = given_name(words)
                lean = name_gender(given) if given is not None else None
                if lean is not None:
                    leans.setdefault(words[-1].strip(".,’'s"), set()).add(lean)
            self._org_people = frozenset(last for last, seen in leans.items()
                                         if len(seen) == 1 and self.evidence.of_name(last) in seen)
        return self._org_people

    def _person_mentions(self) -> list[Mention]:
        return [m for m in self.mentions if m.label in _PERSONISH]

    @property
    def people(self) -> PersonNames:
        """The PERSON mentions indexed by last word (built on first use)."""
        if self._people is None:
            self._people = PersonNames([m.text for m in self._person_mentions()])
        return self._people

    @property
    def evidence(self) -> GenderEvidence:
        """Titles and pronouns around the document's names (built on first use)."""
        if self._evidence is None:
            self._evidence = GenderEvidence(self.text, self._quoted, self._person_mentions())
        return self._evidence

    def _gender_of(self, last: str) -> str | None:
        """"m"/"f" for a surname: the listed given names the document writes it with, when
        they agree; else pronouns and titles around its PERSON mentions, or for a word no
        PERSON mention ends in, around every place it occurs; else the given names in the
        dataset table (cached)."""
        if self._genders is None:
            self._genders = self.evidence.of_mentions(self.mentions)
        last = last.strip(".,’'s") if len(last) > 3 else last
        if last not in self._given_genders:
            self._given_genders[last] = self.people.first_names_say(last)
        if self._given_genders[last] is not None:
            return self._given_genders[last]  # "Ted Cruz" … "Cruz": a listed given name first
        if last not in self._genders:
            known = last in self.people.last_words
            self._genders[last] = None if known else self.evidence.of_name(last)
        if self._genders[last] is None:
            self._genders[last] = self.people.first_names_say(last, table=True)
        return self._genders[last]

    def _gender_ok(self, name: str, kind: str) -> bool:
        """`_gender_fits`, asked once per name and pronoun kind (it depends on the document only)."""
        key = (name, kind)
        if key not in self._gender_answers:
            self._gender_answers[key] = self._gender_fits(name, kind)
        return self._gender_answers[key]

    def _gender_fits(self, name: str, kind: str) -> bool:
        """False when the document shows `name` with the other gender's pronouns or title."""
        if kind not in ("m", "f"):
            return True
        words = name.split()
        titled = _title_gender(words[0]) if len(words) >= 2 else None
        if titled is not None:
            return titled == kind  # "Ms. Khan wrote. She continued": the title settles it
        g = self._gender_of(words[-1]) if words else None
        if len(words) == 1 and not self.people.is_surname(words[0]):
            g = first_name_gender(words[0]) or g  # "Melanie said": the name beats stray pronouns
        given = given_name(words)
        if given is not None:
            full = " ".join(words[-2:])  # "Ivanka Trump" is not "Donald Trump"
            if full not in self._genders:
                self._genders[full] = self.evidence.of_name(full)
            g = (first_name_gender(given) or self._genders[full]
                 or (g if not self.people.shared_surname(words[-1], words[-2]) else None)
                 or table_gender(given))
        return g is None or g == kind

    def pronoun_at(self, a: int, b: int) -> Speaker:
        """A pronoun source found by characters only: resolved like a parsed one."""
        word = self.text[a:b].lower()
        found = self._antecedent(a, PRONOUNS.get(word, "p"))
        if found is None:
            return Speaker(self.text[a:b], a, b, "pronoun")
        name, na, nb = found
        sp = self._link(Speaker(name, a, b, "pronoun"), na, nb)
        sp.gender = self._speaker_gender(sp)
        return sp

    def named_at(self, a: int, b: int) -> Speaker:
        """A speaker named by characters only (a "― Name" byline after a quotation)."""
        sp = self._link(Speaker(self.text[a:b], a, b, "named"), a, b)
        self.named.append((a, sp.name or "", a, b, "PERSON"))
        sp.gender = self._speaker_gender(sp)
        return sp

    def resolve(self, head, cue: int = -1) -> Speaker:
        self._cue = cue
        sp = self._resolve(head)
        if head is not None and is_medium(sp.name) and not self._company_speaking(head, sp.name):
            sp = self._behind_medium(head, sp)
        if sp.name and sp.name[-2:] in ("’s", "'s"):
            sp.name = sp.name[:-2]
        self._affiliate(sp)
        sp.gender = self._speaker_gender(sp)
        return sp

    def _affiliate(self, sp: Speaker) -> None:
        """Fill `affiliation` for a role-headed source ("a spokesman for the mayor"); the
        description itself stays the speaker, unless a personal name follows the role."""
        if sp.type not in ("named", "nominal") or sp.name is None or sp.mention_start is None \
                or self.text[sp.mention_start:sp.mention_start + len(sp.name)] != sp.name:
            return
        owner = role_owner(sp.name)
        if owner is None:
            return
        a, b = sp.mention_start + owner.start, sp.mention_start + owner.end
        sp.affiliation = self._owner_name(a, b)
        if sp.affiliation is not None and not owner.named_person:
            sp.canonical, sp.cluster, sp.person, sp.type = sp.name, None, False, "nominal"

    def _owner_name(self, a: int, b: int) -> str | None:
        """The fullest name the document gives the owner words [a, b), or None when they
        name nobody ("a lawyer for the family")."""
        words = self.text[a:b]
        low = words.lower()
        if low in ("his", "her", "their", "him", "them"):
            found = self._antecedent(a, PRONOUNS[low])
            return _without_titles(found[0]) or found[0] if found else None
        m = self._entity_in(a, b)
        if m is not None:
            return self._cluster_name(m) or m.text
        bare = [w for w in words.split() if w.lower() not in ("the", "a", "an")]
        if bare and all(w[:1].isupper() for w in bare):
            return " ".join(bare)  # a proper name the entities missed ("Ericsson")
        title = low.split()[-1] if low.split() and low.split()[0] in ("the", "a") else None
        return self._titled_person(title, a) if title else None

    def _titled_person(self, title: str, before: int) -> str | None:
        """The person the text last gave this title ("Mayor Ann Example" for "the mayor")."""
        for k in reversed(range(bisect.bisect_left(self._mention_starts, before))):
            m = self.mentions[k]
            if m.label in _PERSONISH and (self.text[max(0, m.start - 40):m.start].lower().rstrip().endswith(title)
                                           or m.text.lower().startswith(title + " ")):
                return self._cluster_name(m) or m.text
            if before - m.start > 5000:
                break
        return None

    def _speaker_gender(self, sp: Speaker) -> str | None:
        """"female"/"male" for a person: a he/she source first, then the document's own
        pronouns and titles for the name, then the first-name table; None otherwise."""
        if sp.type == "pronoun" and sp.mention_start is not None:
            word = self.text[sp.mention_start:sp.mention_end].lower()
            if word in ("he", "she"):
                return "male" if word == "he" else "female"
        if not sp.person or not sp.canonical:
            return None
        words = sp.canonical.split()
        g = self._full_name_gender(" ".join(words[-2:])) if len(words) >= 2 else None
        if g is None and words and not (len(words) >= 2 and self.people.shared_surname(words[-1], words[-2])):
            if self._genders is None:
                self._genders = self.evidence.of_mentions(self.mentions)
            g = self._genders.get(words[-1].strip(".,’'s"))
        if g is None and len(words) >= 2:
            g = table_gender(words[0])
        return {"m": "male", "f": "female"}.get(g or "")

    def _full_name_gender(self, full: str) -> str | None:
        """"m"/"f" for a two-word name from its own occurrences, asked once per name."""
        if full not in self._full_genders:
            self._full_genders[full] = self.evidence.of_name(full)
        return self._full_genders[full]

    def _resolve(self, head) -> Speaker:
        """The speaker for a source head token (None gives type "none")."""
        if head is None:
            return Speaker(None, None, None, "none")
        head = _earlier_issuer(head) or head  # "The statement said" after "X issued a statement"
        doc = head.doc
        i, j = mention_tokens(head, self._persons(doc))
        det = misread_determiner(head)
        if det is not None and det.i == i - 1:
            i = det.i  # "the decree states": the determiner the parser gave the cue
        i, j = _around_cue(doc, head, i, j, getattr(self, "_cue", -1), self._persons(doc))
        j = _through_hyphens(doc, _past_title(doc, j))
        a, b = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        kind = speaker_type(doc, i, j)
        if kind == "pronoun":
            # The head may be the noun of a possessive source ("his attacks on"): use its pronoun.
            p = PRONOUNS.get(head.lower_) or next((PRONOUNS[t.lower_] for t in doc[i:j] if t.lower_ in PRONOUNS), "p")
            if p == "r" and head.head.dep_ in ("relcl", "acl") and head.head.head.i != head.head.i:
                ante = head.head.head
                clause_start = head.head.left_edge.i
                if ante.dep_ == "appos" and ante.head.text[:1].isupper():
                    ante = ante.head  # "Mr. Guerrero, a Republican who said …" → Mr. Guerrero
                ri, rj = mention_tokens(ante, self._persons(doc))
                if ri < clause_start < rj:
                    rj = clause_start  # the relative clause is not part of the name
                while rj > ri + 1 and not any(ch.isalnum() for ch in doc[rj - 1].text):
                    rj -= 1
                ra, rb = doc[ri].idx, doc[rj - 1].idx + len(doc[rj - 1])
                sp = Speaker(self.text[ra:rb], a, b, "pronoun")
                return self._link(sp, ra, rb)
            found = self._antecedent(a, p) if p != "r" else None
            if found is None:
                if head.lower_ == "it":  # "It means admitting …": no one in particular
                    return Speaker(None, None, None, "none")
                return Speaker(head.text, a, b, "pronoun")
            name, na, nb = found
            return self._link(Speaker(name, a, b, "pronoun"), na, nb)
        sp = Speaker(self.text[a:b], a, b, kind)
        sp = self._link(sp, a, b)
        if kind == "named":
            m = self._entity_in(a, b)
            self.named.append((a, sp.name or "", a, b, m.label if m else ""))
        if kind in ("named", "nominal") and sp.name and (sp.name.endswith("s") or " and " in sp.name):
            self.groups.append((a, sp.name, a, b))
        if kind == "named" and j - i == 1 and doc[i].is_sent_start and doc[i].lower_.endswith("s") \
                and self._entity_in(a, b) is None:
            sp.type = "nominal"  # "Officials said …": capitalised only because it opens the sentence
        return sp


_GAP_STOP = frozenset({"aux", "auxpass", "neg", "punct", "cc", "mark", "advmod", "prep"})


def _around_cue(doc, head, i: int, j: int, cue: int, persons: frozenset[int]) -> tuple[int, int]:
    """A source mention never holds its own cue ("Anyone expecting Trump …" with the cue
    "expecting" gives "Anyone"); a description right before its verb keeps the words the
    parser hung on the verb ("a WBUR poll last week showed", "Research conducted for the
    Center showed"), as the mention is everything before the verb."""
    if cue < 0 or cue >= len(doc):
        return i, j
    if i <= cue < j:
        j = max(i + 1, min(j, cue))
        while j > i + 1 and not any(ch.isalnum() for ch in doc[j - 1].text):
            j -= 1
        return i, j
    described = not _is_cap(head) or head.i not in persons
    if described and _named_head(head, persons) and any(_when_adjunct(t) for t in doc[j:cue]):
        described = False  # "the Supreme Court this month rejected": the name, not the time
    if described and j <= cue and cue - j <= 8 and head.dep_ == "nsubj" and head.head.i == cue:
        gap = doc[j:cue]
        if gap and all(t.dep_ not in _GAP_STOP and not t.is_punct and not _is_cap(t) and not t.is_space
                       and t.lower_ not in _TRAILING for t in gap):  # "he\u00a0told": a space is no word
            return i, cue
    return i, j


_SUBORDINATE = frozenset({"if", "because", "although", "though", "unless", "whether", "since", "while", "when"})


def _opens_sentence(span) -> bool:
    """The mention is the first thing in its sentence (after a leading and/but/so)."""
    doc = span.doc
    k = span.start
    if k > 0 and doc[k - 1].lower_ in ("and", "but", "so", "yet", "still"):
        k -= 1
    return doc[k].is_sent_start or (k > 0 and "\n" in doc[k - 1].text)


def _main_clause(subj) -> bool:
    """The subject's verb is not in a subordinate clause ("… if Sanders wins"): who a
    later he/she means is the topic of a main clause, not of a condition."""
    verb = subj.head
    return not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATE for c in verb.children)


_TITLE_ABBR = frozenset("mr mrs ms dr capt gen lt col sgt maj adm cmdr gov sen rep rev prof st".split())


def _through_hyphens(doc, j: int) -> int:
    """'Park Min-jun': a mention that stops inside a hyphenated word runs on to its end."""
    while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ \
            and not doc[j].whitespace_ and doc[j + 1].is_alpha:
        j += 2
    return j


def _past_title(doc, j: int) -> int:
    """'Navy Capt. Jeff Davis': a mention the sentence splitter cut after a title's dot
    runs on to the name."""
    if j >= len(doc) or doc[j - 1].lower_.rstrip(".") not in _TITLE_ABBR:
        return j
    k = j
    if doc[k].text == ".":
        k += 1
    n = 0
    while k < len(doc) and n < 3 and doc[k].is_alpha and doc[k].text[:1].isupper():
        k, n = k + 1, n + 1
    return k if n else j


def _namelike(name: str) -> bool:
    """A person's name, not a party-state tag ("R-WI") or an all-caps label."""
    return any(ch.islower() for ch in name) and not re.fullmatch(r"[A-Z]-[A-Z]{2,}\.?", name)


_SAY = r"(?:" + alternation(SPEAKER_VERBS) + r")"
_SAY_AFTER_NAME = re.compile(r"(?:,[^,.\n]{1,80},)?\s+" + _SAY + r"\b")
"""What follows a name that speaks: "Lee said", "Lee, the shop's owner, said"."""
_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_WORD_CHAR = re.compile(r"\w")
_BOUNDARY = re.compile(r"\b")


def _speaks(text: str, word: str) -> bool:
    """The word is the subject or inverted subject of a speech verb somewhere in the text:
    "Lee said", "Lee, the owner, said", "said Lee". The verb patterns are compiled once; each
    place the word occurs is tested against them (a pattern compiled per word cost more)."""
    if not word:
        w = re.escape(word)
        return re.search(r"(?<![\w-])" + w + r"(?:,[^,.\n]{1,80},)?\s+" + _SAY + r"\b|\b" + _SAY + r"\s+" + w
                         + r"\b", text) is not None
    p = text.find(word)
    while p >= 0:
        if _speaks_at(text, p, p + len(word)):
            return True
        p = text.find(word, p + 1)
    return False


def _speaks_at(text: str, a: int, b: int) -> bool:
    """Whether the word at text[a:b] is followed by a speech verb (no word character or hyphen
    before it) or preceded by one and whitespace (a word boundary after it)."""
    if (a == 0 or not _WORD_OR_HYPHEN.match(text, a - 1)) and _SAY_AFTER_NAME.match(text, b):
        return True
    if not _BOUNDARY.match(text, b):
        return False
    k = a
    while k > 0 and text[k - 1].isspace():  # the verb ends where the blank run before the word starts
        k -= 1
    return k < a and any(text.endswith(verb, 0, k) and (k == len(verb) or not _WORD_CHAR.match(text, k - len(verb) - 1))
                         for verb in SPEAKER_VERBS)
