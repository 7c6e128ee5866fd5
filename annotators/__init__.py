"""article-annotator: entities, quotes, tariffs and dates from news articles.

The library behind the `annotate` command. A Python user can do everything the CLI does:

    from annotators import Pipeline, read_documents
    pipeline = Pipeline(["entities", "dates"])
    for record in pipeline.run(read_documents(["article.txt"])):
        ...
"""

from annotators.document import Document
from annotators.protocol import Annotator

__all__ = ["Annotator", "Document", "Pipeline", "read_documents"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # Lazy, so that `import annotators` does not import spaCy.
    if name == "Pipeline":
        from annotators.pipeline import Pipeline

        return Pipeline
    if name == "read_documents":
        from annotators.sources import read_documents

        return read_documents
    raise AttributeError(name)
