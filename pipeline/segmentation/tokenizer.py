"""The spaCy Chinese tokenizer with the project's pkuseg model (or per-character fallback).

Built the way spaCy itself does it (spacy/lang/zh): a blank ``zh`` pipeline whose
``ChineseTokenizer`` is initialized with a local pkuseg model dir and a user dict. Nothing
is ever downloaded: registered pkuseg names (``spacy_ontonotes``, ``news`` ...) are only
accepted when their files are already in ``PKUSEG_HOME``, and spaCy packages
(``zh_core_web_sm``) only when installed.
"""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

import spacy
from spacy.language import Language

from ..paths import PROJECT_ROOT
from . import fast_tokenizer  # noqa: F401  (registers union.zh.ChineseTokenizer.v1)
from .user_dict import build_user_dict

DEFAULT_MODEL_DIR = PROJECT_ROOT / "models" / "pkuseg"
PKUSEG_MODEL_FILES = ("features.msgpack", "weights.npz")
# Sentinel for ``user_dict``: merge the project's lexicons (data/lexicons) at build time.
PROJECT_LEXICONS = "@lexicons"
SEGMENTERS = ("pkuseg", "char")
_SPACY_PACKAGE_RE = re.compile(r"^[a-z]{2,3}_\w+$")  # zh_core_web_sm, xx_...; not a path
_REBUILD_HINT = (
    "Rebuild it with `make train` (python -m pipeline.training.train_segmenter "
    "--corpora ../shared/corpora --out models/pkuseg), or point `model_dir` at an installed "
    "spaCy Chinese package such as zh_core_web_sm (`pip install zh_core_web_sm`, or its wheel)."
)


class MissingModelError(RuntimeError):
    """The configured segmentation model is not available locally (and will not be downloaded)."""


def _registered_pkuseg_names() -> tuple[list[str], Path]:
    from spacy_pkuseg.config import config

    return list(config.available_models) + ["postag"], Path(config.pkuseg_home)


def _missing_files(model_dir: Path) -> list[str]:
    return [name for name in PKUSEG_MODEL_FILES if not (model_dir / name).is_file()]


def resolve_pkuseg_model(model: str | Path) -> Path:
    """Local directory of a pkuseg model, or MissingModelError. Never triggers a download."""
    names, home = _registered_pkuseg_names()
    if str(model) in names:
        # spacy_pkuseg would download a registered name; pass its local copy as a path instead.
        local = home / str(model)
        if local.is_dir() and not _missing_files(local):
            return local
        raise MissingModelError(
            f"pkuseg model {str(model)!r} is a registered download name, but its files are not "
            f"in {local} and nothing is downloaded at run time. Put the unpacked model there "
            f"(PKUSEG_HOME), or use the project's model. {_REBUILD_HINT}"
        )
    path = Path(model)
    if not path.is_dir():
        raise MissingModelError(f"pkuseg model directory {path} does not exist. {_REBUILD_HINT}")
    missing = _missing_files(path)
    if missing:
        raise MissingModelError(
            f"pkuseg model directory {path} is incomplete (missing {', '.join(missing)}). {_REBUILD_HINT}"
        )
    return path


def _is_spacy_package_name(model: str | Path) -> bool:
    return isinstance(model, str) and not Path(model).exists() and bool(_SPACY_PACKAGE_RE.match(model))


def _spacy_package_tokenizer(name: str) -> tuple[dict, Path]:
    """The tokenizer block of an installed spaCy package, and its saved tokenizer folder."""
    if not spacy.util.is_package(name):
        raise MissingModelError(
            f"spaCy package {name!r} is not installed and nothing is downloaded at run time: "
            f"`pip install {name}` (or its wheel file) first, or use the project's pkuseg model "
            f"({DEFAULT_MODEL_DIR}; `make train` rebuilds it)."
        )
    pkg_dir = spacy.util.get_package_path(name)
    cfg = spacy.util.load_config(pkg_dir / "config.cfg")
    segmenter = cfg["nlp"]["tokenizer"].get("segmenter", "char")
    return {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": segmenter}, pkg_dir / "tokenizer"


def tokenizer_blocks(segmenter: str = "pkuseg", model_dir: str | Path | None = None,
                     user_dict: str | Path | None = PROJECT_LEXICONS,
                     tmp: Path | None = None) -> tuple[dict, dict, Path | None]:
    """The spaCy config of a segmenter: ``[nlp.tokenizer]``, ``[initialize.tokenizer]``, and a
    saved tokenizer folder to load after building (a spaCy package's), or None. A merged user
    dict is written into ``tmp`` (needed until ``nlp.initialize()`` has run)."""
    if segmenter not in SEGMENTERS:
        raise ValueError(f"segmenter must be one of {SEGMENTERS}, not {segmenter!r}")
    if segmenter == "char":
        return {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": "char"}, {}, None
    model = model_dir if model_dir is not None else DEFAULT_MODEL_DIR
    if _is_spacy_package_name(model) and str(model) not in _registered_pkuseg_names()[0]:
        block, folder = _spacy_package_tokenizer(str(model))
        return block, {}, folder
    path = resolve_pkuseg_model(model)
    dict_file = _user_dict_file(user_dict, Path(tmp or tempfile.mkdtemp()))
    # "default" = no user words (spaCy maps None to the model path, which is not a file).
    return ({"@tokenizers": "union.zh.ChineseTokenizer.v1", "segmenter": "pkuseg"},
            {"pkuseg_model": str(path), "pkuseg_user_dict": str(dict_file or "default")}, None)


def make_chinese_nlp(
    segmenter: str = "pkuseg",
    model_dir: str | Path | None = None,
    user_dict: str | Path | None = PROJECT_LEXICONS,
) -> Language:
    """A blank Chinese spaCy pipeline whose tokenizer segments words.

    segmenter: ``pkuseg`` (statistical, needs a model) or ``char`` (one token per character).
    model_dir: pkuseg model dir (default: the shipped ``models/pkuseg``), a registered pkuseg
        name already present in PKUSEG_HOME, or an installed spaCy package name.
    user_dict: a pkuseg user-dict file (one word per line), ``PROJECT_LEXICONS`` to merge
        data/lexicons at build time, or None for none. Its words are forced to be one token.
    """
    with tempfile.TemporaryDirectory() as tmp:
        block, init, folder = tokenizer_blocks(segmenter, model_dir, user_dict, Path(tmp))
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": block}})
        if init:
            nlp.tokenizer.initialize(**init)
    if folder is not None:
        nlp.tokenizer.from_disk(folder)
    return nlp


def _user_dict_file(user_dict: str | Path | None, tmp: Path) -> Path | None:
    if user_dict is None:
        return None
    if str(user_dict) == PROJECT_LEXICONS:
        return build_user_dict(tmp / "user_dict.txt")
    path = Path(user_dict)
    if not path.is_file():
        raise FileNotFoundError(f"pkuseg user dict {path} does not exist")
    return path
