"""A page as blocks: the non-blank lines, with their offsets and the blank lines before them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.chars import ELLIPSIS, HAN_CHAR, SENT_END
from ..text.normalize import normalize_text

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")  # LF, CRLF and bare CR line ends
_SENTENCE_END = set(SENT_END + ELLIPSIS)
_CLOSERS = set("”’』」》\"'")
_BRACKET_CLOSE = set("）)】]")
_HALF_WIDTH_STOPS = set(".．")


@dataclass
class Block:
    raw: str         # the line as printed (without the newline)
    text: str        # normalized line
    start: int       # offsets in the page text
    end: int
    gap_before: int  # blank lines before this block

    @property
    def ends_sentence(self) -> bool:
        return ends_sentence(self.text)


def ends_sentence(text: str) -> bool:
    """Does the paragraph end where a sentence ends (else a column break cut it)?"""
    t = text.rstrip()
    if not t:
        return False
    last = t[-1]
    if last in _SENTENCE_END or last in _BRACKET_CLOSE:
        return True
    if last in _HALF_WIDTH_STOPS and len(t) > 1 and HAN_CHAR.match(t[-2]):
        return True   # 出席会议.: a full stop printed half-width (not 1. nor a Latin word's)
    if last in _CLOSERS and len(t) > 1:
        return t[-2] in _SENTENCE_END or t[-2] in _BRACKET_CLOSE
    return False


def page_blocks(page: str, stray: dict[str, str] | None = None) -> list[Block]:
    blocks: list[Block] = []
    gap = 0
    pos = 0
    for m in _LINE.finditer(page):
        line = m.group()
        if not line:
            break
        body = line.rstrip("\r\n")
        pos = m.start()
        if body.strip():
            lead = len(body) - len(body.lstrip())
            stripped = body.strip()
            blocks.append(Block(raw=stripped, text=normalize_text(stripped, stray),
                                start=pos + lead, end=pos + lead + len(stripped), gap_before=gap))
            gap = 0
        else:
            gap += 1
    return blocks
