"""HanLP as an optional backend (``pip install .[hanlp]``). The default pipeline never imports
this module, so it never imports torch or transformers."""
from __future__ import annotations

import os
from pathlib import Path

from spacy.language import Language

from .segmentation.tokenizer import MissingModelError

INSTALL_HINT = "install the extra: `pip install '.[hanlp]'` (or `make install-hanlp`)"


def _hanlp():
    try:
        import hanlp  # noqa: F401
    except ImportError:
        raise MissingModelError(f"backend 'hanlp' needs the HanLP package, which is not installed: {INSTALL_HINT}") from None
    return hanlp


def hanlp_home() -> Path:
    return Path(os.environ.get("HANLP_HOME", Path.home() / ".hanlp"))


def resolve_model(model: str | None) -> str:
    """A local path, or a registered HanLP id whose files are already cached in HANLP_HOME."""
    if not model:
        raise MissingModelError("backend 'hanlp' needs `model`: a HanLP model id (e.g. MSRA_NER_ELECTRA_SMALL_ZH) or a path")
    if Path(model).exists():
        return model
    hanlp = _hanlp()
    url = None
    for module in (hanlp.pretrained.ner, hanlp.pretrained.tok, getattr(hanlp.pretrained, "mtl", None)):
        if module is not None and hasattr(module, model):
            url = getattr(module, model)
            break
    if url is None:
        raise MissingModelError(f"HanLP model {model!r} is neither a path nor a registered id")
    cached = hanlp_home() / Path(str(url).split("://", 1)[-1]).with_suffix("")
    if not any(hanlp_home().rglob(Path(str(url)).stem + "*")):
        raise MissingModelError(
            f"HanLP model {model!r} is not cached in {hanlp_home()} (looked for {cached}) and nothing "
            f"is downloaded at run time. On a connected machine run `python -c \"import hanlp; "
            f"hanlp.load(hanlp.pretrained.ner.{model})\"`, then copy its HANLP_HOME folder here and "
            f"set HANLP_HOME to it.")
    return str(url)


def make_hanlp_nlp(model: str | None) -> Language:
    _hanlp()
    resolve_model(model)
    raise NotImplementedError("the HanLP tokenizer wrapper is not built yet (issue 6)")


def add_hanlp_ner(nlp: Language, model: str | None) -> None:
    resolve_model(model)
    raise NotImplementedError("the HanLP NER wrapper is not built yet (issue 6)")
