"""Small text helpers shared by the roles modules."""
from __future__ import annotations

import re
from dataclasses import dataclass

SPACES = " \u3000\t"
_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
HAN_RUN = re.compile(f"[{_HAN}]+")
_NOT_HAN = re.compile(f"[^{_HAN}]")


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def all_han(text: str) -> bool:
    """Every character is Han (True for ''), as ``all(is_han(c) for c in text)``."""
    return _NOT_HAN.search(text) is None


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
