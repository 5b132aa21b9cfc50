"""Chinese word segmentation: the project's pkuseg model used as the spaCy tokenizer.

``make_chinese_nlp`` / ``MissingModelError`` live in ``.tokenizer``; they are re-exported
lazily so that training code can use ``.normalize`` / ``.metrics`` without importing spaCy.
"""
from __future__ import annotations

from typing import Any

__all__ = ["MissingModelError", "make_chinese_nlp"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import tokenizer

        return getattr(tokenizer, name)
    raise AttributeError(name)
