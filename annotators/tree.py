"""Tree facts of a spaCy `Doc` read from its head array: each token's depth, a span's root.

`Span.root` walks from every token of the span up to the sentence root, which on one endless
sentence (hostile text: a run of capitalised words with no full stop) is as deep as the text is
long, once per span. Here every depth is computed once per document, in linear time, and a
span's root is found from those depths: the same token `Span.root` gives.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import HEAD, IS_PUNCT, IS_SPACE


class Tree:
    """The dependency tree of one parsed document, for cheap questions about spans."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.heads = [i + offset for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
        self.depths = _depths(self.heads)
        # as spaCy ranks candidates: a space or punctuation mark with no dependents is a root
        # only when nothing better is there
        parents = {h for i, h in enumerate(self.heads) if h != i}
        marks = doc.to_array([IS_SPACE, IS_PUNCT]).tolist() if len(doc) else []
        self.ranks = [len(self.heads) - 1 if (space or punct) and i not in parents else depth
                      for i, (depth, (space, punct)) in enumerate(zip(self.depths, marks))]

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
