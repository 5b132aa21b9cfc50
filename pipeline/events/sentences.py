"""Sentence and clause spans that never cross an article field (or a paragraph break)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.chars import CLAUSE_END, SENT_END  # noqa: F401  (re-exported for the event modules)

OPEN_QUOTES, CLOSE_QUOTES = "“‘《「（(", "”’》」）)"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    field: str

    @property
    def is_body(self) -> bool:
        return self.field == "text"

    @property
    def is_headline(self) -> bool:
        return self.field == "headline" or self.field.startswith("subheadlines")


@lru_cache(maxsize=8)
def _special(marks: str) -> re.Pattern[str]:
    """The characters ``_cut`` acts on; the others it passes over."""
    return re.compile("[" + re.escape(OPEN_QUOTES + CLOSE_QUOTES + marks) + "]")


def _cut(text: str, start: int, end: int, marks: str) -> list[tuple[int, int]]:
    """Split text[start:end] after each mark outside quotes/brackets; spans trimmed of blanks."""
    spans, depth, s = [], 0, start
    for m in _special(marks).finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch in OPEN_QUOTES:
            depth += 1
        elif ch in CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif ch in marks and depth == 0:
            spans.append((s, i + 1))
            s = i + 1
    spans.append((s, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def sentences(text: str, fields: list[tuple[str, int, int]] | None) -> list[Sentence]:
    fields = fields or [("text", 0, len(text))]
    out: list[Sentence] = []
    for name, f_start, f_end in fields:
        pos = f_start
        for line in text[f_start:f_end].split("\n"):   # paragraphs inside the body
            l_start, l_end = pos, pos + len(line)
            pos = l_end + 1
            out.extend(Sentence(a, b, name) for a, b in _cut(text, l_start, l_end, SENT_END))
    return out


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return _cut(text, start, end, CLAUSE_END)


def clause_at(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    for a, b in clauses(text, start, end):
        if a <= pos < b:
            return a, b
    return start, end
