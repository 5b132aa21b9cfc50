"""Reading the lexicon files in data/lexicons: one entry per line, ``#`` comments and blank
lines skipped, an optional ``<TAB>`` field after the entry."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator


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
