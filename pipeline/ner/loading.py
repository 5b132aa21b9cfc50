"""Load the NER model a config names: the project's trained ``char_ner``, an installed spaCy
package's ``ner``, or HanLP. Nothing is downloaded; a missing model fails before any page is
read, with a message saying what is missing and how to get it."""
from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.language import Language

from ..segmentation.tokenizer import MissingModelError

PROJECT_NER_FILES = ("cfg.json", "lexicon.tsv", "model")


def add_project_ner(nlp: Language, path: str | Path | None) -> None:
    """The project's character-level NER (models/ner, rebuilt by `make train-ner`): a saved
    spaCy pipeline holding the ``char_ner`` component, or that component's own folder."""
    from . import char_ner  # noqa: F401  (registers the factory)
    path = Path(path) if path else None
    if path is not None and (path / "config.cfg").is_file() and (path / "char_ner").is_dir():
        source = spacy.load(path, exclude=[n for n in ("tagger", "parser") if n])
        nlp.add_pipe("char_ner", source=source)
        return
    missing = [f for f in PROJECT_NER_FILES if path is None or not (path / f).is_file()]
    if missing:
        raise MissingModelError(
            f"NER model folder {path} holds neither a saved pipeline (config.cfg + char_ner/) nor the "
            f"component files ({', '.join(PROJECT_NER_FILES)}). The project ships it under models/ner; "
            f"rebuild it with `make train-ner` (reads ../shared/corpora/msra), or set ner.backend to "
            f"'none' in the config to run the rules alone.")
    pipe_config = path / "pipe_config.json"
    config = json.loads(pipe_config.read_text(encoding="utf-8")) if pipe_config.is_file() else {}
    nlp.add_pipe("char_ner", config=config).from_disk(path)


def add_spacy_package_ner(nlp: Language, name: str | None) -> None:
    """The ``ner`` component of an installed spaCy package such as zh_core_web_sm."""
    if not name or not spacy.util.is_package(name):
        raise MissingModelError(
            f"spaCy package {name!r} is not installed and nothing is downloaded at run time: "
            f"install it on this machine (`pip install {name}` or its wheel file copied from a "
            f"connected machine), or use ner.backend: project.")
    source = spacy.load(name, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    nlp.add_pipe("ner", source=source)


def add_hanlp_ner(nlp: Language, model: str | None, **options) -> None:
    """HanLP's NER (``pip install '.[hanlp]'``); options: max_length, batch_size, device, label_scheme."""
    from ..hanlp_backend import add_hanlp_ner as _add
    _add(nlp, model, **options)
