"""Resolving and loading HanLP models (the part of the backend the components share).

Importing this module imports neither HanLP nor torch: ``hanlp`` is imported when a model is
resolved or loaded."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..segmentation.tokenizer import MissingModelError

INSTALL_HINT = ("install the extra: the CPU torch wheel first, then `pip install '.[hanlp]'` "
                "(or `make install-hanlp`); see docs/hanlp.md")
DEFAULT_MAX_LENGTH = 126     # chars per piece: 128 sub-word positions less [CLS] and [SEP]
DEFAULT_BATCH_SIZE = 32      # pieces per HanLP call

_LOADED: dict[tuple[str, str], Any] = {}


def _hanlp():
    try:
        import hanlp  # noqa: F401
    except ImportError:
        raise MissingModelError(f"backend 'hanlp' needs the HanLP package, which is not installed: {INSTALL_HINT}") from None
    return hanlp


def hanlp_home() -> Path:
    """HanLP's cache folder, read as HanLP reads it: ``$HANLP_HOME``, else ``~/.hanlp``."""
    return Path(os.environ.get("HANLP_HOME") or Path.home() / ".hanlp")


def _registered_url(hanlp, model: str) -> str | None:
    registry = getattr(hanlp.pretrained, "ALL", {}) or {}
    if model in registry:
        return str(registry[model])
    for name in ("tok", "ner", "mtl"):
        module = getattr(hanlp.pretrained, name, None)
        if module is not None and isinstance(getattr(module, model, None), str):
            return getattr(module, model)
    return None


def _cache_dir(url: str) -> Path:
    """Where HanLP unpacks ``url`` under HANLP_HOME (its own ``path_from_url`` rule)."""
    from hanlp.utils.io_util import path_from_url, split_if_compressed
    url, _, anchor = url.partition("#")
    real, _ = split_if_compressed(path_from_url(url, str(hanlp_home())))
    path = Path(real)
    if anchor:
        path = path.parent / anchor.lstrip("/") if anchor.startswith("/") else path / anchor
    return path


def _fetch_hint(model: str, kind: str) -> str:
    load = f"hanlp.load(hanlp.pretrained.{kind}.{model})" if kind else f"hanlp.load({model!r})"
    return (f"On a machine with internet: `pip install hanlp` (same version), then "
            f"`HANLP_HOME=/some/folder python -c \"import hanlp; {load}\"`; copy /some/folder to "
            f"this machine (all of it: the model and the transformer files it pulled in) and set "
            f"HANLP_HOME to it before starting the pipeline.")


def _kind(hanlp, model: str) -> str:
    for name in ("ner", "tok", "mtl"):
        module = getattr(hanlp.pretrained, name, None)
        if module is not None and hasattr(module, model):
            return name
    return ""


def _missing_transformer(model_dir: Path) -> Path | None:
    """The cached folder of the transformer the model's config names, when HanLP would have to
    download it (it mirrors a few on its own server into HANLP_HOME/transformers)."""
    config = model_dir / "config.json"
    try:
        transformer = json.loads(config.read_text(encoding="utf-8")).get("transformer")
    except (OSError, ValueError):
        return None
    if isinstance(transformer, dict):
        transformer = transformer.get("transformer")
    if not isinstance(transformer, str) or Path(transformer).exists():
        return None
    from hanlp.layers.transformers.resource import model_mirrors, tokenizer_mirrors
    for mirrors in (tokenizer_mirrors, model_mirrors):
        url = mirrors.get(transformer)
        if url and not _cache_dir(url).is_dir():
            return _cache_dir(url)
    return None


def resolve_model(model: str | None) -> str:
    """The local folder of a HanLP model: a path as is, or a registered id / URL whose files are
    already in HANLP_HOME. Raises ``MissingModelError`` (never downloads)."""
    if not model:
        raise MissingModelError("backend 'hanlp' needs `model`: a HanLP model id (e.g. MSRA_NER_ELECTRA_SMALL_ZH), a URL or a path")
    path = Path(model).expanduser()
    if path.exists():
        if path.is_dir() and not (path / "config.json").is_file() and not (path / "meta.json").is_file():
            raise MissingModelError(f"HanLP model folder {path} has no config.json (not a saved HanLP component)")
        return str(path.resolve())
    hanlp = _hanlp()
    if "://" in model:
        url, kind = model, ""
    else:
        url, kind = _registered_url(hanlp, model), _kind(hanlp, model)
        if url is None:
            raise MissingModelError(
                f"HanLP model {model!r} is neither an existing path nor a registered HanLP id "
                f"(see hanlp.pretrained, e.g. MSRA_NER_ELECTRA_SMALL_ZH, COARSE_ELECTRA_SMALL_ZH)")
    local = _cache_dir(url)
    if not local.is_dir():
        raise MissingModelError(
            f"HanLP model {model!r} is not cached: looked for {local} (HANLP_HOME={hanlp_home()}), "
            f"and nothing is downloaded at run time. {_fetch_hint(model, kind)}")
    transformer = _missing_transformer(local)
    if transformer is not None:
        raise MissingModelError(
            f"HanLP model {model!r} is cached in {local}, but the transformer it needs is not: looked "
            f"for {transformer} (HANLP_HOME={hanlp_home()}). {_fetch_hint(model, kind)}")
    return str(local)


def _fork_safe_threads() -> None:
    """One torch (OpenMP) thread unless OMP_NUM_THREADS says otherwise: the runner forks its
    workers (run.workers > 1) after the parent has run the models, and forked children hang on
    an OpenMP pool the parent started (seen with torch 2.13 CPU). Parallelism comes from workers."""
    if not os.environ.get("OMP_NUM_THREADS"):
        import torch
        torch.set_num_threads(1)


def load_model(model: str | None, device: int | None = None) -> Any:
    """The loaded HanLP component (one per model folder and device, shared by the stages)."""
    local = resolve_model(model)
    key = (local, str(device))
    if key not in _LOADED:
        hanlp = _hanlp()
        _fork_safe_threads()
        kwargs = {"devices": device} if device is not None else {}
        try:
            _LOADED[key] = hanlp.load(local, verbose=False, **kwargs)
        except Exception as exc:  # a half-copied cache, an incompatible HanLP version ...
            raise MissingModelError(f"HanLP could not load model {model!r} from {local}: {type(exc).__name__}: {exc}") from exc
    return _LOADED[key]
