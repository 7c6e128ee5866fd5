"""Tree facts of a spaCy `Doc` read from its head array: each token's depth, a span's root.

`Span.root` walks from every token of the span up to the sentence root, which on one endless
sentence (hostile text: a run of capitalised words with no full stop) is as deep as the text is
long, once per span. Here every depth is computed once per document, in linear time, and a
span's root is found from those depths: the same token `Span.root` gives.
"""

from __future__ import annotations

from typing import Any

import numpy

from spacy.attrs import HEAD, IS_PUNCT, IS_SPACE


class Tree:
    """The dependency tree of one parsed document, for cheap questions about spans."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        n = len(doc)
        self._index = numpy.arange(n, dtype="int64")
        self._heads = self._index + doc.to_array(HEAD).astype("int64") if n else self._index
        self.heads = self._heads.tolist()
        self._depths: list[int] | None = None
        self._ranks: list[int] | None = None

    @property
    def depths(self) -> list[int]:
        """Each token's steps up to its sentence root (computed on first use)."""
        if self._depths is None:
            depths = _depths_by_doubling(self._heads)
            self._depths = depths.tolist() if depths is not None else _depths(self.heads)
        return self._depths

    @property
    def ranks(self) -> list[int]:
        """Each token's rank as a span root, as spaCy ranks candidates: its depth, except that a
        space or punctuation mark with no dependents is a root only when nothing better is there
        (computed on first use: only `root_index` asks)."""
        if self._ranks is None:
            heads, index, n = self._heads, self._index, len(self.heads)
            parent = numpy.zeros(n, dtype=bool)
            parent[heads[heads != index]] = True
            marks = self.doc.to_array([IS_SPACE, IS_PUNCT]).astype(bool) if n else numpy.zeros((0, 2), bool)
            bare_mark = (marks[:, 0] | marks[:, 1]) & ~parent
            self._ranks = numpy.where(bare_mark, n - 1, numpy.array(self.depths, dtype="int64")).tolist()
        return self._ranks

    def root_index(self, start: int, end: int) -> int:
        """The index of the root of the tokens [start, end), as `Span.root` chooses it: the first
        sentence root among them, else the shallowest token whose head lies outside (the first
        of equals)."""
        heads, ranks = self.heads, self.ranks
        for i in range(start, end):
            if heads[i] == i:
                return i
        best, best_rank = start, len(heads) + 1
        for i in range(start, end):
            if not start <= heads[i] < end and ranks[i] < best_rank:
                best, best_rank = i, ranks[i]
        return best

    def root(self, span: Any) -> Any:
        """The root token of a span of this document."""
        return self.doc[self.root_index(span.start, span.end)]

    def descends(self, k: int, top: int) -> bool:
        """Whether token `k` lies in the subtree of token `top`: its chain of heads, followed up
        to the depth of `top`, ends there (at most one step per token, whatever the heads)."""
        heads, depths = self.heads, self.depths
        for _ in range(len(heads)):
            if depths[k] <= depths[top]:
                break
            k = heads[k]
        return k == top


def _depths_by_doubling(heads: "numpy.ndarray") -> "numpy.ndarray | None":
    """Steps from each token up to its sentence root by pointer doubling: each round adds the
    steps already counted at the token's current ancestor and jumps there, so the rounds are
    the log of the deepest path, each one array operation over the document. None when the
    heads never all reach roots (a cycle), for the walk below to answer."""
    n = len(heads)
    up = heads.copy()
    steps = (up != numpy.arange(n)).astype("int64")
    for _ in range(max(n, 1).bit_length() + 1):
        if numpy.array_equal(heads[up], up):  # every token points at a root
            return steps
        steps = steps + steps[up]
        up = up[up]
    return None


def _depths(heads: list[int]) -> list[int]:
    """Steps from each token up to its sentence root, each path walked once."""
    depths = [-1] * len(heads)
    for i in range(len(heads)):
        path = []
        j = i
        while depths[j] < 0 and heads[j] != j and len(path) <= len(heads):
            path.append(j)
            j = heads[j]
        base = 0 if heads[j] == j and depths[j] < 0 else depths[j]
        if depths[j] < 0:
            depths[j] = 0
        for k in reversed(path):
            base += 1
            depths[k] = base
    return depths
