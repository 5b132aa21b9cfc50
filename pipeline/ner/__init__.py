"""Statistical character-level NER (PER / LOC / ORG) as the spaCy component ``char_ner``."""
from .char_ner import CharNer, make_char_ner  # noqa: F401  (registers the factory)
from .model import build_char_ner_cnn  # noqa: F401  (registers the architecture)

__all__ = ["CharNer", "make_char_ner", "build_char_ner_cnn"]
