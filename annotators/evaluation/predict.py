"""Annotating the gold texts themselves, when no prediction file is given.

Each gold record becomes a Document exactly as `annotate GOLD.jsonl` would read it (same id,
same date rules), so scoring here equals annotating to a file and scoring that file.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from ..document import Document
from ..errors import InputError
from ..sources.formats import from_object
from .records import EvalDocument


def predict(documents: Sequence[EvalDocument], kinds: Sequence[str], path: str,
            model: str | None = None) -> Iterator[Document | InputError]:
    """Run the annotators named `kinds` over the gold texts and attach each record to its gold
    document; yields every annotated Document (with its errors) and every input error."""
    from ..pipeline import Pipeline  # spaCy is imported only when annotating

    pipeline = Pipeline(list(kinds), model=model)
    by_id = {doc.id: doc for doc in documents}
    inputs = (from_object({"id": d.id, "text": d.text, "meta": d.meta}, path, d.line, None, d.id, None)
              for d in documents)
    for item in pipeline.run(inputs):
        if isinstance(item, Document):
            by_id[item.id].predicted = item.to_record()
        yield item
