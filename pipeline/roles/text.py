"""Small text helpers shared by the roles modules."""
from __future__ import annotations

from dataclasses import dataclass

SPACES = " \u3000\t"


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@dataclass(frozen=True)
class Ent:
    """An entity in field coordinates."""
    start: int
    end: int
    label: str


def starts_with_any(text: str, words: list[str]) -> str | None:
    for w in words:
        if w and text.startswith(w):
            return w
    return None


def ends_with_any(text: str, words: list[str]) -> str | None:
    for w in words:
        if w and text.endswith(w):
            return w
    return None
