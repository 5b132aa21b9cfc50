"""Reading gold folders and pipeline output folders, with errors that name the file and line."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..io.writers import jsonl_lines

OUTPUT_FILES = ("articles", "entities", "roles", "events")
ALL_ANNOTATED = ("articles", "bylines", "body", "entities", "roles", "events")


class EvalInputError(Exception):
    """A missing folder/file or a malformed gold / output file."""


def _require_dir(path: Path, what: str) -> None:
    if not path.exists():
        raise EvalInputError(f"{what} folder not found: {path}")
    if not path.is_dir():
        raise EvalInputError(f"{what} path is not a folder: {path}")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Records of a JSON Lines file; blank lines are skipped."""
    if not path.is_file():
        raise EvalInputError(f"output file not found: {path}")
    records: list[dict[str, Any]] = []
    for lineno, rec, problem in jsonl_lines(path):
        if problem:
            raise EvalInputError(f"{path}:{lineno}: malformed JSON line ({problem})")
        records.append(rec)
    return records


def load_gold_dir(gold_dir: str | Path) -> dict[str, dict[str, Any]]:
    """page_id -> gold page, for every ``*.json`` in the folder (sorted by page id)."""
    gold_dir = Path(gold_dir)
    _require_dir(gold_dir, "gold")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise EvalInputError(f"no gold files (*.json) in {gold_dir}")
    pages: dict[str, dict[str, Any]] = {}
    for path in files:
        try:
            page = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise EvalInputError(f"{path}:{exc.lineno}: malformed gold JSON ({exc.msg})") from None
        if not isinstance(page, dict) or not isinstance(page.get("articles"), list):
            raise EvalInputError(f"{path}: gold file has no 'articles' list")
        pages[path.stem] = page
    return pages


def load_output_dir(output_dir: str | Path, allow_missing: bool = False) -> dict[str, list[dict[str, Any]]]:
    """stage name -> records of ``<stage>.jsonl``; a missing file is an error unless allow_missing."""
    output_dir = Path(output_dir)
    _require_dir(output_dir, "output")
    out: dict[str, list[dict[str, Any]]] = {}
    for name in OUTPUT_FILES:
        path = output_dir / f"{name}.jsonl"
        out[name] = [] if (allow_missing and not path.exists()) else read_jsonl(path)
    return out


def annotated(page: dict[str, Any]) -> set[str]:
    """Annotation layers a gold page claims; absent key = everything annotated."""
    layers = page.get("annotated")
    return set(ALL_ANNOTATED) if layers is None else set(layers) | {"articles"}
