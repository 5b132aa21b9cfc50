"""Information extraction from Chinese newspaper pages.

Stages (each a spaCy component registered with ``@Language.factory``):
article splitter (page -> articles), NER, roles, events.
"""
from __future__ import annotations

__version__ = "0.1.0"


def load(config=None):
    """Build the per-article spaCy pipeline from a YAML config (default: configs/default.yaml)."""
    from .builder import build_article_nlp
    from .config import load_config

    return build_article_nlp(load_config(config))
