"""The document's PERSON mentions indexed by their last word, built once per document.

The speaker resolver asks, once or more per quote, whether a word is somebody's surname,
whether two people share it, and which first names come with it. Each answer is a dictionary
look-up here; scanning every mention per question made long documents quadratic.
"""

from __future__ import annotations

from ..lexicon.firstnames import first_name_gender, given_name, name_gender

_SURNAME_EDGE = ".,’'s"
"""Characters stripped from a mention's last word to get the surname ("Trump's" -> "Trump")."""


def surname(word: str) -> str:
    """The word as a surname: possessive and stray punctuation stripped."""
    return word.strip(_SURNAME_EDGE)


class PersonNames:
    """Last words, surnames and first names of the PERSON mentions of one document."""

    def __init__(self, person_texts: list[str]) -> None:
        self.last_words: set[str] = set()  # raw last words ("Trump's" stays as written)
        self.surnames_of_full_names: set[str] = set()  # surnames of two-word-or-longer mentions
        self._firsts_by_raw_last: dict[str, set[str]] = {}  # capitalised words before a raw last word
        self._firsts_by_surname: dict[str, list[str]] = {}  # given names a surname comes with, in order
        for text in person_texts:
            self._add(text.split())

    def _add(self, words: list[str]) -> None:
        if not words:
            return
        self.last_words.add(words[-1])
        if len(words) < 2:
            return
        self.surnames_of_full_names.add(surname(words[-1]))
        given = given_name(words)
        if given is not None:
            self._firsts_by_surname.setdefault(surname(words[-1]), []).append(given)
        if words[-2][:1].isupper():
            self._firsts_by_raw_last.setdefault(words[-1], set()).add(words[-2])

    def is_surname(self, word: str) -> bool:
        """The word ends a longer PERSON mention ("Rebecca Bradley"), so it is a surname here."""
        return word in self.surnames_of_full_names

    def shared_surname(self, last: str, first: str) -> bool:
        """Another PERSON mention has the same last word and another capitalised first name."""
        return bool(self._firsts_by_raw_last.get(last, set()) - {first})

    def first_names_say(self, last: str, table: bool = False) -> str | None:
        """The gender every known given name the surname comes with agrees on ("Carly
        Fiorina" … "Fiorina"), or None when there is none or they disagree. The hand list
        only, unless `table` asks for the dataset too ("Lindsey" leans female there)."""
        lookup = name_gender if table else first_name_gender
        seen = {lookup(first) for first in self._firsts_by_surname.get(last, ())}
        return seen.pop() if len(seen) == 1 else None
