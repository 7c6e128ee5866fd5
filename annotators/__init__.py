"""article-annotator: entities, quotes, tariffs and dates from news articles.

The library behind the `annotate` command, installed as `article_annotator` (the folder
`annotators/` of the checkout). A Python user can do everything the CLI does:

    from article_annotator import Pipeline, read_documents
    pipeline = Pipeline(["entities", "dates"])
    for record in pipeline.run(read_documents(["article.txt"])):
        ...
"""

from .document import Document
from .protocol import Annotator

__all__ = ["Annotator", "Document", "Pipeline", "read_documents"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # Lazy, so that `import article_annotator` does not import spaCy.
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    if name == "read_documents":
        from .sources import read_documents

        return read_documents
    raise AttributeError(name)
