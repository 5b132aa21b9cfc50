"""Where the project's data lives, and how relative paths in configs are resolved."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# A non-editable install ships data/lexicons, configs and models inside the package, in the
# project root's layout (setup.py); a checkout (or an editable install) reads them in place.
SHIPPED_ROOT = _PACKAGE / "_root"
PROJECT_ROOT = _PACKAGE.parent if (_PACKAGE.parent / "data" / "lexicons").is_dir() else SHIPPED_ROOT


def resolve_path(path: str | Path, base_dir: str | Path | None = None) -> Path:
    """Resolve a config path: absolute as is; else the first existing of base_dir/p, PROJECT_ROOT/p, cwd/p."""
    p = Path(path).expanduser()
    if p.is_absolute():
        return p
    candidates = [Path(base_dir) / p] if base_dir else []
    candidates += [PROJECT_ROOT / p, Path.cwd() / p]
    for cand in candidates:
        if cand.exists():
            return cand.resolve()
    return (PROJECT_ROOT / p).resolve()

# The shipped lexicons (the lexicon module reads them; see pipeline/lexicon.py).
LEXICON_DIR = PROJECT_ROOT / "data" / "lexicons"
