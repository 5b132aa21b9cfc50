"""Build the spaCy pipelines a config describes.

The YAML users edit (``configs/*.yaml``, validated by ``pipeline.config``) is translated into a
spaCy config (``[nlp]``, ``[components]``, ``[initialize]``); the pipeline is built from it by
``spacy.util.load_model_from_config`` and ``nlp.initialize()``, the way ``spacy train`` does:
components sourced from a trained pipeline are resumed, not initialized. Every data file reaches
its component through ``[initialize.components.NAME]``, the shared lexicon through
``@misc = "union.DomainLexicon.v1"``.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Iterable

from spacy import util
from spacy.language import Language
from thinc.api import Config

from . import extensions  # noqa: F401
from .config import PipelineConfig, load_config
from .segmentation.tokenizer import PROJECT_LEXICONS, MissingModelError, tokenizer_blocks

__all__ = ["MissingModelError", "article_config", "build_article_nlp", "build_page_nlp", "make_tokenizer_nlp",
           "page_config"]

ARTICLE_STAGES = ("ner", "roles", "events")
PROJECT_NER_FILES = ("cfg.json", "lexicon.tsv", "model")


class _Parts:
    """The pieces of a spaCy config being assembled, and what to do after building."""

    def __init__(self) -> None:
        self.pipeline: list[str] = []
        self.components: dict[str, dict] = {}
        self.init_components: dict[str, dict] = {}
        self.init_tokenizer: dict = {}
        self.tokenizer: dict = {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": "char"}
        self.resumed: list[str] = []                   # loaded, not initialized
        self.after: list = []                          # (name or None, folder) to load from disk

    def add(self, name: str, block: dict, init: dict | None = None) -> None:
        self.pipeline.append(name)
        self.components[name] = block
        if init:
            self.init_components[name] = init

    def config(self) -> Config:
        nlp = {"lang": "zh", "pipeline": self.pipeline, "tokenizer": self.tokenizer}
        return Config({"nlp": nlp, "components": self.components,
                       "initialize": {"tokenizer": self.init_tokenizer, "components": self.init_components}})


def _path(cfg: PipelineConfig, value: str | None) -> str | None:
    return str(cfg.path(value)) if value else None


def lexicon_block(cfg: PipelineConfig) -> dict:
    """``[initialize.components.NAME.lexicon]``: the shared lexicon with the config's overrides."""
    block: dict = {"@misc": "union.DomainLexicon.v1", "positions": _path(cfg, cfg.roles.positions)}
    if cfg.ner.rules.gazetteers:
        block["gazetteers"] = [_path(cfg, g) for g in cfg.ner.rules.gazetteers]
    if cfg.ner.rules.surnames:
        block["surnames"] = _path(cfg, cfg.ner.rules.surnames)
    return block


def _hanlp_model(cfg: PipelineConfig, model: str | None) -> str | None:
    """A HanLP model id or URL as is; a relative folder resolved like the config's other paths."""
    if model and "://" not in model:
        path = cfg.path(model)
        if path is not None and path.exists():
            return str(path)
    return model


def _tokenizer(parts: _Parts, cfg: PipelineConfig, tmp: Path) -> None:
    seg = cfg.segmenter
    if seg.backend == "hanlp":
        from .hanlp_backend import resolve_model  # registers the tokenizer
        model = _hanlp_model(cfg, seg.model)
        resolve_model(model)      # fail with the cache message before building anything
        opts = seg.hanlp
        parts.tokenizer = {"@tokenizers": "union.hanlp_tokenizer.v1", "model": model,
                           "max_length": opts.max_length, "batch_size": opts.batch_size, "device": opts.device}
        return
    if seg.backend == "char":
        block, init, folder = tokenizer_blocks("char")
    else:
        model = seg.model
        if seg.backend == "pkuseg" and model and (cfg.path(model).exists() or "/" in model):
            model = str(cfg.path(model))
        user_dict = seg.user_dict
        if user_dict and user_dict != PROJECT_LEXICONS:
            user_dict = str(cfg.path(user_dict))
        block, init, folder = tokenizer_blocks("pkuseg", model, user_dict, tmp)
    parts.tokenizer, parts.init_tokenizer = block, init
    if folder is not None:
        parts.after.append((None, folder))


def _ner(parts: _Parts, cfg: PipelineConfig) -> None:
    ner = cfg.ner
    if ner.backend == "project":
        from .ner import char_ner  # noqa: F401  (registers the factory)
        path = cfg.path(ner.model) if ner.model else None
        if path is not None and (path / "config.cfg").is_file() and (path / "char_ner").is_dir():
            parts.add("char_ner", {"source": str(path)})
        else:
            missing = [f for f in PROJECT_NER_FILES if path is None or not (path / f).is_file()]
            if missing:
                raise MissingModelError(
                    f"NER model folder {path} holds neither a saved pipeline (config.cfg + char_ner/) nor the "
                    f"component files ({', '.join(PROJECT_NER_FILES)}). The project ships it under models/ner; "
                    f"rebuild it with `make train-ner` (reads ../shared/corpora/msra), or set ner.backend to "
                    f"'none' in the config to run the rules alone.")
            pipe_config = path / "pipe_config.json"
            block = json.loads(pipe_config.read_text(encoding="utf-8")) if pipe_config.is_file() else {}
            parts.add("char_ner", {"factory": "char_ner", **block})
            parts.after.append(("char_ner", path))
        parts.resumed.append("char_ner")
    elif ner.backend == "spacy":
        if not ner.model or not util.is_package(ner.model):
            raise MissingModelError(
                f"spaCy package {ner.model!r} is not installed and nothing is downloaded at run time: "
                f"install it on this machine (`pip install {ner.model}` or its wheel file copied from a "
                f"connected machine), or use ner.backend: project.")
        parts.add("ner", {"source": ner.model, "component": "ner"})
        parts.resumed.append("ner")
    elif ner.backend == "hanlp":
        from .hanlp_backend import resolve_model  # registers hanlp_ner
        model = _hanlp_model(cfg, ner.model)
        resolve_model(model)
        parts.add("hanlp_ner", {"factory": "hanlp_ner", "model": model, **ner.hanlp.model_dump()})
    if ner.rules.enabled:
        from .ner import rules  # noqa: F401
        parts.add("entity_rules", {"factory": "entity_rules"},
                  {"rules": _path(cfg, ner.rules.file), "lexicon": lexicon_block(cfg)})


def _roles(parts: _Parts, cfg: PipelineConfig) -> None:
    from .roles import component  # noqa: F401  (registers the factory)
    parts.add("role_extractor", {"factory": "role_extractor"},
              {"patterns": _path(cfg, cfg.roles.patterns), "lexicon": lexicon_block(cfg),
               "home_place": cfg.roles.home_place})


def _events(parts: _Parts, cfg: PipelineConfig) -> None:
    from .events import component  # noqa: F401
    parts.add("event_extractor", {"factory": "event_extractor"},
              {"triggers": _path(cfg, cfg.events.triggers), "lexicon": lexicon_block(cfg)})


_STAGE_BLOCKS = {"ner": _ner, "roles": _roles, "events": _events}


def _article_parts(cfg: PipelineConfig, stages: Iterable[str] | None, tmp: Path) -> _Parts:
    wanted = list(stages) if stages is not None else [s for s in cfg.stages if s in ARTICLE_STAGES]
    parts = _Parts()
    _tokenizer(parts, cfg, tmp)
    for stage in wanted:
        _STAGE_BLOCKS[stage](parts, cfg)
    return parts


def article_config(cfg: PipelineConfig | None = None, stages: Iterable[str] | None = None) -> Config:
    """The spaCy config of the per-article pipeline (what ``build_article_nlp`` builds)."""
    with tempfile.TemporaryDirectory() as tmp:
        return _article_parts(load_config(cfg), stages, Path(tmp)).config()


def _build(parts: _Parts) -> Language:
    nlp = util.load_model_from_config(parts.config(), auto_fill=True, validate=True)
    # like `spacy train`: sourced (trained) components are resumed, the others initialized
    with nlp.select_pipes(disable=parts.resumed):
        nlp.initialize()
    for name, folder in parts.after:
        (nlp.get_pipe(name) if name else nlp.tokenizer).from_disk(folder)
    return nlp


def build_article_nlp(cfg: PipelineConfig | None = None, stages: Iterable[str] | None = None) -> Language:
    """The per-article pipeline; ``stages`` picks a subset (e.g. to re-run from roles)."""
    cfg = load_config(cfg)
    with tempfile.TemporaryDirectory() as tmp:   # the merged user dict, read by initialize()
        nlp = _build(_article_parts(cfg, stages, Path(tmp)))
    warm_up(nlp)
    return nlp


def make_tokenizer_nlp(cfg: PipelineConfig) -> Language:
    """A blank Chinese pipeline whose tokenizer is the configured word segmenter."""
    return build_article_nlp(cfg, stages=[])


_WARM_UP_TEXT = "北京市总工会党组书记、副主席张良到丰台区调研。\n他说，要做好服务。"


def warm_up(nlp: Language) -> None:
    """Run one short text through the pipeline so that tables built on first use (the fast
    pkuseg and NER inference) are built now: once per process, before worker processes fork,
    and outside any timing of the per-page work."""
    doc = nlp.make_doc(_WARM_UP_TEXT)
    for _, proc in nlp.pipeline:
        doc = proc(doc)


def page_config(cfg: PipelineConfig | None = None) -> Config:
    """The spaCy config of the page pipeline: character tokens and the ``article_splitter``."""
    cfg = load_config(cfg)
    from .splitter import component  # noqa: F401
    parts = _Parts()
    parts.add("article_splitter", {"factory": "article_splitter"},
              {"cues": _path(cfg, cfg.splitter.cues), "lexicon": lexicon_block(cfg)})
    return parts.config()


def build_page_nlp(cfg: PipelineConfig | None = None) -> Language:
    """The page pipeline: a character-tokenized blank Chinese pipeline with the splitter."""
    nlp = util.load_model_from_config(page_config(cfg), auto_fill=True, validate=True)
    nlp.initialize()
    return nlp


