"""Multi-word names the model breaks, repaired where the text is clear.

- A capitalised word directly before a name mention, mid-sentence, uncovered and not a
  title, calendar or function word ("- The World Health Assembly" keeps no "The"; a work's
  title does: "The Crying Game"), belongs to the name: "join Pax Silica" where the model found
  only "Silica".
- A name cut at a hyphen grows over the hyphenated capitalised rest: "Ingrid Solvik" +
  "-Haug".
- A span opening with a demonym before a capitalised name splits: "American Dennis
  Mitchell" -> NORP "American" + PERSON "Dennis Mitchell".
- A given name the model left out before a surname it typed as no person joins it as a
  PERSON: "Mikel" + "Oyarzabal" ORG (not after another capitalised word, so "Bank Julius"
  is left alone).
- A lone first name directly followed by a PERSON surname span merges into one PERSON, and so
  do a PERSON span and the one-word span after it that the model split off with one blank
  between ("Samia Suluhu" + "Hassan" PERSON, "Sri Mulyani" + "Indrawati" ORG).
- A given name no dictionary knows, opening a name the model read from its second word
  ("Luiz" + "Inácio Lula da Silva" at a sentence start), joins it.
- A person's name grows over a surname with a particle that the model cut off or typed
  apart ("Ursula" + "von der Leyen", "Faisal" + "bin Farhan"), and over the lowercase second
  piece of a hyphenated given name ("Yoon Suk" + "-yeol"), but not over "-led" or "-era".
- A PERSON made only of given names grows over the one or two surname-shaped words after it
  ("Maria Corina" + "Machado", "Gustavo Francisco" + "Petro Urrego"): no dictionary, calendar,
  title or country word, so "Anna Maria Signs" and "Anna Maria Monday" stay apart; and a PERSON
  of two short syllables grows over a third ("Yoon Suk" + "Yeol"), none an English given name.
- A person's name fused with the country after it splits when the person is named
  elsewhere and the fused string is not: "makes Starmer Britain's next leader".
- A non-PERSON span that is a person's name behind title, government or demonym words
  ("Government Gustavo Petro" ORG) splits: the given name and surname are PERSON, a demonym
  NORP, the rest goes. The given name must be one with a clear gender (the quotes' first-name
  lists) and the words before it only such words, so "Bank Julius Baer" stays whole.
"""

from __future__ import annotations

import re

from ..lexicon.calendar import CALENDAR_NAMES
from ..lexicon.titles import ABBREVIATED_TITLES, GOVERNMENT_WORDS, NAME_PREFIX_WORDS, PLACE_PREFIX_WORDS, TITLES_BEFORE_NAMES
from ..lexicon.firstnames import first_name_gender, may_be_given_name, table_gender

from ..lexicon import alternation
from ..lexicon.countries import country_code, is_demonym
from ..lexicon.places import is_named_place
from ..lexicon.function_words import is_function_word
from ..lexicon.names import COMPOUND_SUFFIXES, HYPHEN_NAME_PIECE_MAX, SURNAME_PARTICLES
from .lexicon import is_common_word, is_dictionary_form
from .index import SpanIndex
from .junk import sentence_initial
from .lines import PROSE, LineMap
from .mention import Mention

TITLES = NAME_PREFIX_WORDS
CALENDAR = CALENDAR_NAMES
_PREV_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:[A-Z][a-z]+)*) \Z")
"""A whole capitalised word before a name ("UtiliCorp " of "UtiliCorp United Inc"), not the end
of a longer or hyphenated one ("Corp " of "UtiliCorp", "European " of "pro-European ")."""
_HYPHEN_REST = re.compile(r"(?:-[A-Z][\w'’]*){1,3}")
_PARTICLE_REST = re.compile(r" (?:" + alternation(SURNAME_PARTICLES) + r")[ -][A-Z][\w'’]*(?:-[A-Z][\w'’]*)?")
_LOWER_PIECE = re.compile(r"-([a-z]{2,%d})(?![\w-])" % HYPHEN_NAME_PIECE_MAX)


def _person_rest(m: Mention, text: str) -> int | None:
    """Where a PERSON name really ends when a particle surname or a lowercase given-name
    piece follows it ("Ursula| von der Leyen", "Yoon Suk|-yeol"); None when nothing does."""
    if m.label != "PERSON" or not m.text(text)[-1:].isalpha():
        return None
    rest = _PARTICLE_REST.match(text, m.end)
    if rest:
        return rest.end()
    piece = _LOWER_PIECE.match(text, m.end)
    if piece and piece.group(1) not in COMPOUND_SUFFIXES and not is_dictionary_form(piece.group(1)):
        return piece.end()
    return _surname_after_given_names(m, text)


_WORD_AFTER = re.compile(r" ([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)(?![\w'’.-])")


def _may_be_surname(word: str) -> bool:
    """A capitalised word that can end a person's name: no dictionary, function, calendar or
    title word, no country or demonym ("Machado", "Urrego"; not "Signs", "Monday", "Spain")."""
    return not (
        is_dictionary_form(word) or is_function_word(word) or word in CALENDAR or word in TITLES
        or word in TITLES_BEFORE_NAMES or country_code(word) or is_demonym(word)
    )


_SYLLABLE = re.compile(r"[A-Z][a-z]{1,3}")
_NEXT_CAPITAL = re.compile(r"[ \t][A-Z]")


def _syllable_name(words: list[str], after: str) -> bool:
    """Two short capitalised words and a third right after them, none an English given name:
    a Korean or Chinese name of three syllables the model cut ("Yoon Suk" + "Yeol", "Moon
    Jae" + "In"); "Tim Cook" and "Ana Vela" (given names) are whole names already."""
    pieces = [*words, after]
    return all(_SYLLABLE.fullmatch(w) for w in pieces) and not any(is_given_name(w) for w in pieces)


def _surname_after_given_names(m: Mention, text: str) -> int | None:
    """Where a PERSON made only of given names really ends: over the one or two surname-shaped
    words right after it ("Maria Corina| Machado", "Gustavo Francisco| Petro Urrego"), which
    the model cut off or typed apart. A name that already holds a surname is left alone."""
    first = _WORD_AFTER.match(text, m.end)
    if first is None or not _may_be_surname(first.group(1)):
        return None
    words = m.text(text).split(" ")
    if len(words) == 2 and _syllable_name(words, first.group(1)) and not _NEXT_CAPITAL.match(text, first.end()):
        return first.end()  # and the name ends there: not "Aung San" + "Suu" of "Aung San Suu Kyi"
    if len(words) < 2 or not all(is_given_name(w) for w in words):
        return None
    second = _WORD_AFTER.match(text, first.end())
    if second is not None and _may_be_surname(second.group(1)) and not is_given_name(second.group(1)):
        return second.end()
    return first.end()


def join_name_rests(mentions: list[Mention], text: str) -> list[Mention]:
    """PERSON mentions grown over their particle surnames and given-name pieces; the mentions
    the growth covers whole ("Leyen" GPE) go, and a growth that would cut another mention
    ("Aung San" + "Suu" of "Suu Kyi") is not made."""
    out: list[Mention] = []
    reach = -1
    ordered = sorted(mentions, key=lambda x: x.start)
    for i, m in enumerate(ordered):
        if m.start < reach and m.end <= reach:
            continue
        end = _person_rest(m, text)
        if end is not None and not _cuts_the_next(ordered, i, end):
            m = Mention(m.start, end, "PERSON", "repair")
            reach = end
        out.append(m)
    return out


def _cuts_the_next(ordered: list[Mention], i: int, end: int) -> bool:
    """A mention after `ordered[i]` starts before `end` and runs on past it."""
    for nxt in ordered[i + 1 :]:
        if nxt.start >= end:
            return False
        if nxt.end > end:
            return True
    return False


def split_country_tail(m: Mention, text: str, lines: LineMap) -> list[Mention]:
    """ "Starmer Britain" -> PERSON "Starmer" + GPE "Britain", when the person part is named
    elsewhere in the document and the fused string is not."""
    t = m.text(text)
    if m.label != "PERSON" or " " not in t:
        return [m]
    head, _, tail = t.rpartition(" ")
    if not country_code(tail) or is_demonym(tail) or len(lines.words.starts(head.split()[0])) < 2:
        return [m]
    if len(lines.words.starts(t.split()[0])) > 1 and any(
        text.startswith(t, s) for s in lines.words.starts(t.split()[0]) if s != m.start
    ):
        return [m]
    cut = m.start + len(head) + 1
    return [Mention(m.start, m.start + len(head), "PERSON", "repair"), Mention(cut, m.end, "GPE", "repair")]


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")  # "Petro", "O'Neill", "Solvik-Haug"
_PERSON_TYPED_AS = ("ORG", "GPE", "NORP", "LOC", "FAC")


def is_given_name(word: str) -> bool:
    """A first name with a clear gender: the hand list, or the table when the word is no
    dictionary word ("Gustavo", "Mikel"; not "Wells" unless hand-listed), never a title ("Dr")."""
    if word in TITLES_BEFORE_NAMES or word in NAME_PREFIX_WORDS or word.rstrip(".") in ABBREVIATED_TITLES:
        return False  # the table knows "Dr" as a man's name: "Dr Reddy" of "Dr Reddy's Laboratories"
    return first_name_gender(word) is not None or (not is_common_word(word) and table_gender(word) is not None)


def _before_person(word: str) -> bool:
    """A capitalised word that may stand before a person's name without being part of it:
    a title, a government word, a demonym ("President", "Government", "Colombian")."""
    if word in PLACE_PREFIX_WORDS:
        return False
    return word in TITLES_BEFORE_NAMES or word in NAME_PREFIX_WORDS or word in GOVERNMENT_WORDS or is_demonym(word)


def split_person_tail(m: Mention, text: str, person_texts: frozenset[str]) -> list[Mention]:
    """ "Government Gustavo Petro" ORG -> PERSON "Gustavo Petro"; "Colombian Gustavo Petro"
    GPE -> NORP "Colombian" + PERSON "Gustavo Petro" (each demonym before the name is NORP,
    the other words go). The span's last two words are a given
    name and a surname-shaped word, all before them title, government or demonym words. A bare
    "Gustavo Petro" ORG becomes PERSON only when the model reads the surname or the whole name
    as a person elsewhere in the document (`person_texts`), so a brand ("Charles Schwab")
    stays ORG where nothing shows a person."""
    if m.label not in _PERSON_TYPED_AS:
        return [m]
    ws = m.text(text).split(" ")
    if len(ws) < 2 or not _NAME_WORD.fullmatch(ws[-1]) or is_common_word(ws[-1]):
        return [m]
    if not all(_before_person(w) for w in ws[:-2]):
        return [m]
    if len(ws) == 2 and ws[-1] not in person_texts and m.text(text) not in person_texts:
        return [m]
    if not is_given_name(ws[-2]):  # last: the table lookup costs most
        return [m]
    out, at = [], m.start
    for w in ws[:-2]:
        if is_demonym(w):
            out.append(Mention(at, at + len(w), "NORP", "repair"))
        at += len(w) + 1
    return out + [Mention(at, m.end, "PERSON", "repair")]


_GIVEN_BEFORE = re.compile(r"(?:^|(?<=[^\w'’-]))([A-Z][a-z]+) \Z")  # "Mikel " before "Oyarzabal"
_SPACE_ENDS = " "
"""How the text before a mention ends when a pattern ending in " \\Z" can match there: a cheap
test before the search. (`\\Z`, not `$`, which also matches before a final line break: a word
on the line before is no part of the name, and the span computed from it would be off by one.)"""
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w-]*) \Z")  # "Bank " before "Julius"; not "Spain's "


def join_given_name(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Mikel" + "Oyarzabal" ORG -> PERSON "Mikel Oyarzabal": a one-word surname-shaped
    mention the model typed as no person, right after an uncovered given name (one with a
    clear gender, not a dictionary word unless hand-listed) that no other capitalised word
    opens, except a title ("striker Mikel", "Coach Mikel"). Countries and demonyms are left."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        t = m.text(text)
        spaced = m.label in _PERSON_TYPED_AS and text.endswith(_SPACE_ENDS, 0, m.start)
        g = _GIVEN_BEFORE.search(text, max(0, m.start - 30), m.start) if spaced else None
        if g is None or not _NAME_WORD.fullmatch(t) or is_common_word(t) or country_code(t) or is_demonym(t):
            out.append(m)
            continue
        before = _CAPITALISED_BEFORE.search(text, max(0, g.start(1) - 30), g.start(1))
        covered = out and out[-1].end > g.start(1)
        if covered or (before and before.group(1) not in TITLES_BEFORE_NAMES) or not is_given_name(g.group(1)):
            out.append(m)
            continue
        out.append(Mention(g.start(1), m.end, "PERSON", "repair"))
    return out


def join_opening_given_name(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Luiz" + "Inácio Lula da Silva": a PERSON of two words or more right after an uncovered
    given name that opens the name (no capitalised word before it, as at a sentence start)
    grows over it. The word must be a given name no dictionary knows and no title or calendar
    word, so "Will", "Monday" and "President" stay out."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        spaced = m.label == "PERSON" and text.endswith(_SPACE_ENDS, 0, m.start)
        g = _GIVEN_BEFORE.search(text, max(0, m.start - 30), m.start) if spaced else None
        if g is not None and " " in m.text(text) and not (out and out[-1].end > g.start(1)) and _opens_a_name(g.group(1)):
            before = _CAPITALISED_BEFORE.search(text, max(0, g.start(1) - 30), g.start(1))
            if before is None:
                m = Mention(g.start(1), m.end, "PERSON", "repair")
        out.append(m)
    return out


def _opens_a_name(word: str) -> bool:
    """A given name that is no dictionary word, title or calendar word ("Luiz", not "Will")."""
    if word in TITLES or word in CALENDAR or word in TITLES_BEFORE_NAMES or is_common_word(word):
        return False
    return may_be_given_name(word)


_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")  # "Indian"
_CAPITALISED_THEN_NAME = re.compile(r"([A-Z][a-z]+) (?=[A-Z])")  # "Indian Prime ..."


def _split_demonym(m: Mention, text: str) -> list[Mention]:
    if m.label != "PERSON":  # ORG names often open with one: "Indian Oil Corporation"
        return [m]
    first = _CAPITALISED_THEN_NAME.match(m.text(text))
    if not first or not is_demonym(first.group(1)) or len(m.text(text).split()) < 3:
        return [m]
    cut = m.start + first.end()
    return [Mention(m.start, m.start + len(first.group(1)), "NORP", "repair"), Mention(cut, m.end, m.label, "repair")]


def _split_person(prev: Mention, m: Mention, text: str) -> bool:
    """A PERSON of the model and a one-word mention of the model with one blank between them
    are one name it split: "Samia Suluhu" + "Hassan" PERSON, "Sri Mulyani" + "Indrawati" ORG.
    The second is one surname-shaped word, and when it is typed as no person, no dictionary
    word, place or people ("Tower", "Kenya", "Russian" stay apart); the first is at most three
    words, so lists (written with commas) and longer runs stay apart."""
    if prev.label != "PERSON" or prev.origin != "model" or m.origin != "model" or prev.end + 1 != m.start:
        return False
    word = m.text(text)
    if text[prev.end] != " " or prev.text(text).count(" ") >= 3 or not _NAME_WORD.fullmatch(word):
        return False
    return m.label == "PERSON" or (m.label in _PERSON_TYPED_AS and _may_be_surname(word) and not is_named_place(word))


def apply(mentions: list[Mention], text: str, lines: LineMap) -> list[Mention]:
    mentions = [piece for m in mentions for piece in _split_demonym(m, text)]
    person_texts = frozenset(m.text(text) for m in mentions if m.label == "PERSON")
    mentions = [piece for m in mentions for piece in split_person_tail(m, text, person_texts)]
    mentions = join_opening_given_name(join_given_name(mentions, text), text)
    mentions = [piece for m in join_name_rests(mentions, text) for piece in split_country_tail(m, text, lines)]
    mentions.sort(key=lambda m: m.start)
    index = SpanIndex(mentions)
    out: list[Mention] = []
    for m in mentions:
        rest = _HYPHEN_REST.match(text, m.end)
        if rest and not any(o is not m for o in index.overlapping(m.end, rest.end())):
            m = Mention(m.start, rest.end(), m.label, "repair")
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.label == "PERSON"
            and prev.end + 1 == m.start
            and text[prev.end] == " "
            and _CAPITALISED_WORD.fullmatch(prev.text(text))
            and prev.label in ("NORP", "ORG", "PERSON", "GPE")
            and len(m.text(text).split()) == 1
            and prev.origin == "model"
        ) or (prev is not None and _split_person(prev, m, text)):
            out[-1] = Mention(prev.start, m.end, "PERSON", "repair")
            continue
        w = _PREV_WORD.search(text[max(0, m.start - 30) : m.start]) if text.endswith(_SPACE_ENDS, 0, m.start) else None
        if (
            w
            and m.label in ("ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC")
            and lines.kind(m.start) == PROSE
            and w.group(1) not in TITLES
            and w.group(1) not in CALENDAR
            and not (is_function_word(w.group(1)) and m.label != "WORK_OF_ART")  # titles keep "The"
        ):
            s = m.start - len(w.group(0))
            if not sentence_initial(text, s) and not (prev and prev.end > s):
                m = Mention(s, m.end, m.label, "repair")
        out.append(m)
    return out
