"""HanLP as an optional backend for word segmentation and NER (``pip install '.[hanlp]'``).

The default pipeline never imports this package, and importing it imports neither HanLP nor
torch: ``hanlp`` is imported when a HanLP model is resolved or loaded.

Models are named by a registered HanLP id (``MSRA_NER_ELECTRA_SMALL_ZH``), a URL, or a local
folder. Nothing is downloaded at run time: an id or URL is accepted only when its files (and
the transformer files it depends on) are already in ``HANLP_HOME``; otherwise
``MissingModelError`` says what is missing, where it looked and how to fetch it elsewhere.

``from pipeline.hanlp_backend import make_hanlp_nlp, add_hanlp_ner, resolve_model``
"""
from __future__ import annotations

from spacy.language import Language

from .components import HanlpNer, HanlpTokenizer  # noqa: F401  (registers the tokenizer and the NER factory)
from .models import (DEFAULT_BATCH_SIZE, DEFAULT_MAX_LENGTH, INSTALL_HINT, MissingModelError, _cache_dir,
                     hanlp_home, load_model, resolve_model)

__all__ = ["MissingModelError", "add_hanlp_ner", "hanlp_home", "load_model", "make_hanlp_nlp",
           "resolve_model", "DEFAULT_MAX_LENGTH", "DEFAULT_BATCH_SIZE", "INSTALL_HINT", "_cache_dir"]


def make_hanlp_nlp(model: str | None, max_length: int = DEFAULT_MAX_LENGTH,
                   batch_size: int = DEFAULT_BATCH_SIZE, device: int | None = None) -> Language:
    """A blank Chinese pipeline whose tokenizer segments words with the HanLP model ``model``."""
    from spacy.lang.zh import Chinese

    resolve_model(model)      # fail with the cache message before building anything
    config = Chinese.default_config.copy()
    config["nlp"]["tokenizer"] = {"@tokenizers": "union.hanlp_tokenizer.v1", "model": model,
                                  "max_length": max_length, "batch_size": batch_size, "device": device}
    return Chinese.from_config(config)


def add_hanlp_ner(nlp: Language, model: str | None, max_length: int = DEFAULT_MAX_LENGTH,
                  batch_size: int = DEFAULT_BATCH_SIZE, device: int | None = None,
                  label_scheme: str = "auto") -> None:
    """Add ``hanlp_ner`` (sets ``doc.ents`` with PER/ORG/LOC) to ``nlp``."""
    resolve_model(model)
    nlp.add_pipe("hanlp_ner", config={"model": model, "max_length": max_length, "batch_size": batch_size,
                                      "device": device, "label_scheme": label_scheme})
