"""Which pipeline made an output folder: ``provenance.json`` beside the stage files.

An archive is extracted over many sessions and re-scored after upgrades, so an output folder says
what made it: the package version, the configuration, and digests of the code, the lexicons and
the model files. ``--resume`` refuses to add pages made by a different pipeline to an interrupted
run (the records would mix two pipelines' answers; settings count there too), and ``eval`` warns
when the folder it scores was made by code, lexicons or models other than the ones in place now.
"""
from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path
from typing import Iterable

from .config import PipelineConfig
from .paths import LEXICON_DIR

FILE_NAME = "provenance.json"
_CODE_DIR = Path(__file__).resolve().parent
# keys whose value changes how fast a run goes, never what it writes
_SPEED_ONLY = {("run", "workers")}


def _digest(paths: Iterable[Path], root: Path) -> str:
    """sha256 over the relative names and contents of ``paths`` (sorted): the same files give the
    same digest wherever the checkout lies."""
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        h.update(b"\0")
    return h.hexdigest()


def _files(folder: Path, pattern: str = "*") -> list[Path]:
    return [p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts]


def code_digest() -> str:
    return _digest(_files(_CODE_DIR, "*.py"), _CODE_DIR)


def lexicon_digest() -> str:
    return _digest(_files(LEXICON_DIR), LEXICON_DIR)


def _model_digest(path: Path | None) -> str | None:
    """Digest of a model folder or file the config names; None for a package name or id (a
    spaCy package, a HanLP model) that is no path here."""
    if path is None or not path.exists():
        return None
    if path.is_file():
        return _digest([path], path.parent)
    return _digest(_files(path), path)


def settings(cfg: PipelineConfig) -> dict:
    """The configuration as run (overrides applied), without the keys that only change speed."""
    data = cfg.model_dump(mode="json")
    for section, key in _SPEED_ONLY:
        data.get(section, {}).pop(key, None)
    return data


def _version() -> str | None:
    try:
        return metadata.version("union-news-ie")
    except metadata.PackageNotFoundError:
        return None


def provenance(cfg: PipelineConfig) -> dict:
    """What makes this configuration's outputs: compared part by part (``differences``)."""
    models = {}
    if cfg.ner.backend == "project":
        models["ner"] = _model_digest(cfg.path(cfg.ner.model))
    if cfg.segmenter.backend == "pkuseg":
        models["segmenter"] = _model_digest(cfg.path(cfg.segmenter.model))
    source = str(Path(cfg.source).resolve()) if cfg.source else None
    return {"version": _version(), "config_file": source, "config": settings(cfg),
            "code": code_digest(), "lexicons": lexicon_digest(), "models": models}


def differences(made: dict, now: dict) -> list[str]:
    """The parts (config, code, lexicons, models.ner ...) in which two provenances differ."""
    parts = [k for k in ("config", "code", "lexicons") if made.get(k) != now.get(k)]
    made_models, now_models = made.get("models") or {}, now.get("models") or {}
    parts += [f"models.{k}" for k in sorted(set(made_models) | set(now_models))
              if made_models.get(k) != now_models.get(k)]
    return parts


def read(folder: str | Path) -> dict | None:
    """An output folder's provenance; None if it has none (made before it was written) or it is
    unreadable."""
    path = Path(folder) / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def stale_parts(folder: str | Path) -> list[str]:
    """What changed since ``folder`` was extracted: the code, the lexicons, or the model files its
    configuration names (read again now). Empty when nothing changed or the folder says nothing."""
    made = read(folder)
    if made is None:
        return []
    try:
        cfg = PipelineConfig.model_validate(made.get("config") or {})
    except ValueError:   # settings this version no longer reads: compare code and lexicons only
        now = {"code": code_digest(), "lexicons": lexicon_digest(), "models": made.get("models")}
    else:
        cfg.source = made.get("config_file")
        now = provenance(cfg)
    return [part for part in differences(made, now) if part != "config"]
