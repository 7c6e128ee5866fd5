"""Given names and their gender: a short hand list and the nomquamgender dataset.

Read by quotes (whose pronoun is whose: a document often names a person once in full,
"Carly Fiorina", and then only by surname, so "she said" must not go to the nearest "David
Gorski") and by entities (a given name before a surname makes a person, "Government Gustavo
Petro"). The hand list covers frequent given names only; names used for both genders (Jordan,
Taylor, Pat, Chris, Jean …) are left out on purpose. The dataset is searched in place, below.
"""

from __future__ import annotations

import importlib.util
import json
import mmap
import os
import re
from functools import lru_cache
from pathlib import Path

from .titles import HONORIFICS, NAME_PREFIX_WORDS, ROLE_TITLES

_MALE = frozenset("""
Aaron Adam Adrian Alan Albert Alex Alexander Alfred Allen Andrew Andy Anthony Antonio Arthur
Barack Barry Ben Benjamin Bernard Bernie Bill Billy Bob Bobby Brad Bradley Brandon Brett Brian
Bruce Bryan Carl Carlos Charles Charlie Chuck Clarence Craig Dan Daniel Danny Darrell Dave David
Dennis Dick Don Donald Doug Douglas Duncan Dylan Earl Ed Eddie Edward Eric Ernest Eugene Frank
Fred Frederick Gary George Gerald Glenn Gordon Greg Gregory Harold Harry Henry Howard Hugh Ian
Isaac Jack Jacob Jake James Jason Jeff Jeffrey Jeremy Jerry Jesse Jim Jimmy Joe Joel John
Johnny Jon Jonathan Jose Joseph Josh Joshua Juan Justin Keith Ken Kenneth Kevin Larry Lawrence
Leon Louis Luis Luke Marco Mark Martin Matt Matthew Michael Mike Mitch Nathan Neil
Nicholas Nick Paul Peter Phil Philip Ralph Randy Ray Raymond Richard Rick Rob Robert
Roger Ron Ronald Roy Rudy Russell Ryan Sam Samuel Scott Sean Seth Stephen Steve Steven Ted
Terry Thomas Tim Timothy Todd Tom Tony Victor Vincent Walter Wayne William Willie Zachary
""".split())

_FEMALE = frozenset("""
Abigail Alice Alicia Alison Allison Amanda Amber Amy Andrea Angela Ann Anna Anne Annie Barbara
Betty Beverly Brenda Carol Caroline Carolyn Catherine Cheryl Christina Christine Claire
Cynthia Dana Daniela Deborah Debbie Debra Denise Diana Diane Donna Doris Dorothy Elaine Elizabeth
Ellen Emily Emma Erin Evelyn Frances Gloria Grace Hannah Heather Heidi Helen Hillary Irene Jane
Janet Janice Jennifer Jessica Jill Joan Joyce Judith Judy Julia Julie Karen Kate Katherine
Kathleen Kathy Katie Kelly Kimberly Laura Lauren Linda Lisa Lois Lori Louise Lucy Madeleine
Margaret Maria Marie Marilyn Martha Mary Megan Melanie Melissa Michelle Monica
Nancy Natalie Nicole Nikki Olivia Pamela Patricia Paula Peggy Rachel Rebecca Rose Ruth Sally
Samantha Sandra Sara Sarah Sharon Shirley Sophia Stephanie Susan Suzanne Teresa Theresa Tina
Valerie Victoria Virginia Wendy
""".split())


NEWS_GIVEN_NAMES = frozenset("""
Hugo Ali Jude Cyril Muhammad Mohammed Mohamed Gabriel Pierre Virgil Ibrahim Faisal Hussein
Fatima Aisha Bola Atiku Ngozi Prabowo Kemi Bukayo Yoweri Hakainde Abiy Jasprit Shubman Babar
Hansi Rodri Nikola Jensen Satya Shai Kai
""".split())
"""Given names of people in the news that the hand lists leave out and that the small model's
word lists hold as nouns (WordNet lists a famous bearer: "Hugo", "Ali", "Cyril", "Jude") or
that the table lacks or gives no clear gender ("Ngozi", "Prabowo", "Bukayo"): a given name
before a surname all the same. No gender is claimed for them."""


def first_name_gender(word: str) -> str | None:
    """"m"/"f" for a first name in the list, else None."""
    if word in _MALE:
        return "m"
    if word in _FEMALE:
        return "f"
    return None


_NOT_GIVEN = frozenset(w.lower() for w in HONORIFICS) | frozenset(w.lower() for w in NAME_PREFIX_WORDS) \
    | frozenset(w.lower() for w in ROLE_TITLES)


def given_name(words: list[str]) -> str | None:
    """The given name of a written name: after any titles, the first word before the surname
    that the hand list or the table knows, else the first such word; never the surname or an
    initial ("Giovanni Maria Vian" -> "Giovanni", "Sen. Christine Todd Whitman" -> "Christine",
    "Columnist Mark Ellison" -> "Mark", "Democratic Sen. Claire McCaskill" -> "Claire",
    "Donald J. Trump" -> "Donald", "Whitman" -> None)."""
    titled = [i for i, w in enumerate(words[:-1]) if w.rstrip(".").lower() in _NOT_GIVEN]
    start = titled[-1] + 1 if titled else 0
    names = [w for w in words[start:-1] if len(w) > 1 and w[:1].isupper() and not w.endswith(".")
             and w.replace("-", "").isalpha()]
    return next((w for w in names if name_gender(w) is not None), names[0] if names else None)


def name_gender(word: str) -> str | None:
    """"m"/"f" for a given name: the hand list first, then the dataset table ("Carly")."""
    return first_name_gender(word) or table_gender(word)


# ---------------------------------------------------------------- the first-name table
# nomquamgender (MIT licence, PyPI) ships name -> [sources, count, p(female), ...] gathered
# from many name-gender sources, as one JSON object with its keys in sorted order. Only names
# of plain letters seen at least MIN_COUNT times with a clear lean (p(female) >= 1 - LEAN or
# <= LEAN, the package's own default threshold) are used. The 22 MB file is mapped into memory
# once per process, the first time a document needs it, and searched in place: a binary search
# over its entries finds one name without decoding the 700,000 others (building a table of
# them cost 0.2 s per process, and reading the whole file 0.015 s; mapped, a search reads only
# the pages it probes).
MIN_COUNT = 10
LEAN = 0.1
_PLAIN_NAME = re.compile(r"[a-z]+")
# an entry's value is a list of numbers, its last one sometimes a list: "[1, 12, 0.0, 3], ",
# "[1, 3, 0.708, [2, 2, 3]], "
_ENTRY_END = re.compile(rb'[\d\]]\], (?=")')
_KEY = re.compile(rb'"((?:[^"\\]|\\.)*)": (\[[^\[\]]*(?:\[[^\[\]]*\])?\])')


class NameData:
    """The dataset's JSON object, searched by key: its keys are sorted, so a binary search over
    byte offsets, each probe moved to the start of the next entry, finds an entry or none."""

    def __init__(self, raw: bytes | mmap.mmap) -> None:
        self.raw = raw
        # get(name): the value list of a name, or None when the dataset does not have it; the
        # names asked so far are remembered up to a bound (a corpus's vocabulary keeps growing)
        self.get = lru_cache(maxsize=65536)(self._search)

    def _entry_at(self, offset: int) -> tuple[int, str, bytes] | None:
        """The first entry that starts at or after `offset`: (its start, key, value as JSON
        bytes; only the entry found is decoded, not every probe)."""
        if offset <= 1:
            start = 1  # after the opening brace
        else:
            end = _ENTRY_END.search(self.raw, offset - 4)  # the first entry end at or after offset
            if end is None:
                return None
            start = end.end()
        m = _KEY.match(self.raw, start)
        if m is None:
            return None
        return start, _key_text(m.group(1)), m.group(2)

    def _search(self, name: str) -> list | None:
        lo, hi = 0, len(self.raw)
        while lo < hi:  # invariant: an entry with key >= name starts at or after lo, if any
            mid = (lo + hi) // 2
            entry = self._entry_at(mid)
            if entry is None or entry[1] >= name:
                hi = mid
            else:
                lo = entry[0] + 1
        entry = self._entry_at(lo)
        return json.loads(entry[2]) if entry is not None and entry[1] == name else None


def _key_text(raw: bytes) -> str:
    """A JSON string's text from its bytes between the quotes: plain UTF-8 unless it holds an
    escape (decoding the few escaped keys with `json` gives the same text as decoding all)."""
    return raw.decode("utf-8") if b"\\" not in raw else json.loads(b'"' + raw + b'"')


_DATA: NameData | None = None


def _load_data() -> NameData:
    # find the package's folder without importing it (its __init__ loads pandas and numpy)
    spec = importlib.util.find_spec("nomquamgender")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    path = next((Path(f) / "name_data.json" for f in folders if (Path(f) / "name_data.json").is_file()), None)
    if path is None:
        return NameData(b"{}")  # not installed: pronouns and titles only
    with path.open("rb") as fh:  # the map stays valid once the file is closed
        size = os.fstat(fh.fileno()).st_size
        return NameData(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if size else b"")


GIVEN_NAME_MIN_COUNT = 1000
"""How many bearers in the table make a word a given name some people have ("Jordan",
"Paris", "London"), whatever its gender; "Glasgow" (0) and "Detroit" (142) are not."""


def may_be_given_name(word: str) -> bool:
    """True for a word in the hand lists or borne as a given name by many in the table, of
    either gender or both ("Jordan", "Sydney", "Kent"); False for "Glasgow", "Edinburgh"."""
    if first_name_gender(word):
        return True
    value = _table_row(word)
    return value is not None and len(value) >= 2 and value[1] >= GIVEN_NAME_MIN_COUNT


def _table_row(word: str) -> list | None:
    """The dataset's row for a plain word (bearers, share female), loaded on first use."""
    global _DATA
    key = word.strip(".,").lower()
    if len(key) < 2 or not _PLAIN_NAME.fullmatch(key):
        return None
    if _DATA is None:
        _DATA = _load_data()
    return _DATA.get(key)


def table_gender(first_name: str) -> str | None:
    """"m"/"f" for a first name the dataset gives a clear gender, else None ("Jordan")."""
    value = _table_row(first_name)
    if value is None or len(value) < 3 or value[1] < MIN_COUNT:
        return None
    if value[2] <= LEAN:
        return "m"
    if value[2] >= 1 - LEAN:
        return "f"
    return None
