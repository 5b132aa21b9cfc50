"""Statistical character-level NER (PER / LOC / ORG) as the spaCy component ``char_ner``.

The component and its architecture are loaded on first use of these names (the factory and the
architecture register then; spaCy's entry points import ``char_ner`` itself), so that the numpy
parts (``decode``, ``features``) import without spaCy, as the GPU teacher needs them."""
from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {"CharNer": ".char_ner", "make_char_ner": ".char_ner", "build_char_ner_cnn": ".model"}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
