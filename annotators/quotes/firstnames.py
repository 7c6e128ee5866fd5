"""Common English first names with a clear gender, for "he"/"she" resolution.

A document often names a person once in full ("Carly Fiorina") and then only by surname,
with no title or pronoun that shows the gender; "she said" must not then go to the
nearest "David Gorski". This short hand-written list covers frequent given names only;
names used for both genders (Jordan, Taylor, Pat, Chris, Jean …) are left out on purpose.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from ..lexicon.titles import HONORIFICS, NAME_PREFIX_WORDS, ROLE_TITLES

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
# nomquamgender (MIT licence, PyPI) ships name -> [sources, count, p(female)] gathered from
# many name-gender sources. Only names seen at least MIN_COUNT times with a clear lean
# (p(female) >= 1 - LEAN or <= LEAN, the package's own default threshold) are used. The
# 22 MB file is read once per process, the first time a document needs it, with a regex
# rather than a JSON parse (a full parse costs about twice the memory).
MIN_COUNT = 10
LEAN = 0.1
# One entry is `"name": [sources, count, p_female, ...]`. The pattern only matches entries that
# pass the filter: a count of two or more digits (>= MIN_COUNT) and p_female <= LEAN (group 2,
# "m") or >= 1 - LEAN (group 3, "f"), so the loop below builds the table and no more.
_KEPT_ENTRY = re.compile(
    rb'"([a-z\xc0-\xff]+)": \[\d+, [1-9]\d+, (?:(0(?:\.0\d*)?|0\.10*)|(1(?:\.0*)?|0\.9\d*))[,\]]'
)
_TABLE: dict[str, str] | None = None


def _load_table() -> dict[str, str]:
    # find the package's folder without importing it (its __init__ loads pandas and numpy)
    spec = importlib.util.find_spec("nomquamgender")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    path = next((Path(f) / "name_data.json" for f in folders if (Path(f) / "name_data.json").is_file()), None)
    if path is None:
        return {}  # the dataset is not installed: pronouns and titles only
    return {name.decode("utf-8", "ignore"): "f" if female else "m"
            for name, _male, female in _KEPT_ENTRY.findall(path.read_bytes())}


def table_gender(first_name: str) -> str | None:
    """"m"/"f" for a first name the dataset gives a clear gender, else None ("Jordan")."""
    global _TABLE
    word = first_name.strip(".,").lower()
    if len(word) < 2 or not word.isalpha():
        return None
    if _TABLE is None:
        _TABLE = _load_table()
    return _TABLE.get(word)
