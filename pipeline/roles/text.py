"""Small text helpers shared by the roles modules."""
from __future__ import annotations

from dataclasses import dataclass

from ..text.chars import HAN_RUN, all_han, is_han  # noqa: F401  (the one Han range)

SPACES = " \u3000\t"


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
