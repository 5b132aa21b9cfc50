"""Build the spaCy pipelines a config describes.

The page pipeline holds the ``article_splitter``; the article pipeline holds the tokenizer
(word segmentation) and the per-article stages (NER, roles, events), each a registered factory.
"""
from __future__ import annotations

from typing import Callable, Iterable

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401
from .config import PipelineConfig, load_config


from .segmentation.tokenizer import PROJECT_LEXICONS, MissingModelError, make_chinese_nlp

__all__ = ["MissingModelError", "build_article_nlp", "build_page_nlp", "make_tokenizer_nlp"]


def make_tokenizer_nlp(cfg: PipelineConfig) -> Language:
    """A blank Chinese pipeline whose tokenizer is the configured word segmenter."""
    seg = cfg.segmenter
    if seg.backend == "hanlp":
        from .hanlp_backend import make_hanlp_nlp
        opts = seg.hanlp
        return make_hanlp_nlp(_hanlp_model(cfg, seg.model), max_length=opts.max_length,
                              batch_size=opts.batch_size, device=opts.device)
    if seg.backend == "char":
        return make_chinese_nlp(segmenter="char")
    model = seg.model
    if seg.backend == "pkuseg" and model and (cfg.path(model).exists() or "/" in model):
        model = str(cfg.path(model))
    user_dict = seg.user_dict
    if user_dict and user_dict != PROJECT_LEXICONS:
        user_dict = str(cfg.path(user_dict))
    return make_chinese_nlp(segmenter="pkuseg", model_dir=model, user_dict=user_dict)


def _hanlp_model(cfg: PipelineConfig, model: str | None) -> str | None:
    """A HanLP model id or URL as is; a relative folder resolved like the config's other paths."""
    if model and "://" not in model:
        path = cfg.path(model)
        if path is not None and path.exists():
            return str(path)
    return model


def _add_ner(nlp: Language, cfg: PipelineConfig) -> None:
    ner = cfg.ner
    if ner.backend == "project":
        from .ner.loading import add_project_ner
        add_project_ner(nlp, cfg.path(ner.model))
    elif ner.backend == "spacy":
        from .ner.loading import add_spacy_package_ner
        add_spacy_package_ner(nlp, ner.model)
    elif ner.backend == "hanlp":
        from .ner.loading import add_hanlp_ner
        add_hanlp_ner(nlp, _hanlp_model(cfg, ner.model), **ner.hanlp.model_dump())
    if ner.rules.enabled:
        rules = ner.rules
        nlp.add_pipe("entity_rules").initialize(
            lexicon=domain_lexicon(cfg), rules=str(cfg.path(rules.org_suffixes)) if rules.org_suffixes else None)


def domain_lexicon(cfg: PipelineConfig):
    from .lexicon import load_lexicon
    return load_lexicon(positions=cfg.path(cfg.roles.positions),
                        gazetteers=[cfg.path(p) for p in cfg.ner.rules.gazetteers] or None)


def _add_roles(nlp: Language, cfg: PipelineConfig) -> None:
    from .roles import component  # noqa: F401  (registers the factory)
    nlp.add_pipe("role_extractor").initialize(
        lexicon=domain_lexicon(cfg), patterns=str(cfg.path(cfg.roles.patterns)) if cfg.roles.patterns else None)


def _add_events(nlp: Language, cfg: PipelineConfig) -> None:
    from .events import component  # noqa: F401
    nlp.add_pipe("event_extractor").initialize(lexicon=domain_lexicon(cfg), triggers=str(cfg.path(cfg.events.triggers)))


ARTICLE_STAGES: dict[str, Callable[[Language, PipelineConfig], None]] = {
    "ner": _add_ner,
    "roles": _add_roles,
    "events": _add_events,
}


def build_article_nlp(cfg: PipelineConfig | None = None, stages: Iterable[str] | None = None) -> Language:
    """The per-article pipeline; ``stages`` picks a subset (e.g. to re-run from roles)."""
    cfg = load_config(cfg)
    wanted = list(stages) if stages is not None else [s for s in cfg.stages if s in ARTICLE_STAGES]
    nlp = make_tokenizer_nlp(cfg)
    from .ner import rules  # noqa: F401  (registers entity_rules)
    for stage in wanted:
        ARTICLE_STAGES[stage](nlp, cfg)
    warm_up(nlp)
    return nlp


_WARM_UP_TEXT = "北京市总工会党组书记、副主席张良到丰台区调研。\n他说，要做好服务。"


def warm_up(nlp: Language) -> None:
    """Run one short text through the pipeline so that tables built on first use (the fast
    pkuseg and NER inference) are built now: once per process, before worker processes fork,
    and outside any timing of the per-page work."""
    doc = nlp.make_doc(_WARM_UP_TEXT)
    for _, proc in nlp.pipeline:
        doc = proc(doc)


def build_page_nlp(cfg: PipelineConfig | None = None) -> Language:
    """The page pipeline: a character-tokenized blank Chinese pipeline with the splitter."""
    cfg = load_config(cfg)
    from .splitter import component  # noqa: F401
    nlp = spacy.blank("zh")
    nlp.add_pipe("article_splitter").initialize(lexicon=domain_lexicon(cfg), cues=str(cfg.path(cfg.splitter.cues)))
    return nlp
