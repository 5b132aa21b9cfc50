"""Reading the lexicon files in data/lexicons: one entry per line, ``#`` comments and blank
lines skipped, an optional ``<TAB>`` field after the entry."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import yaml


# org_names.txt: the kind of a body's name kept out of the segmenter's user dict (民政部 heads 民政部门)
UNFORCED = "unforced"


def entry_lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """(line number, stripped line) of every entry line."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if line and not line.startswith("#"):
                yield lineno, line


def read_entries(path: str | Path) -> Iterator[str]:
    """The entry of each line: its first TAB field."""
    for _, line in entry_lines(path):
        entry = line.split("\t", 1)[0].strip()
        if entry:
            yield entry


def read_yaml_mapping(path: str | Path, what: str) -> dict:
    """A YAML lexicon file as a mapping (``what`` names it in errors: "event triggers file");
    a missing file, bad YAML or another shape is a ValueError naming the file."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ValueError(f"{path}: {what} not found") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of lists ({what})")
    return data
