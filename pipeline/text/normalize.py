"""Punctuation and width normalization of page text.

Archives mix full-width and half-width punctuation (``,`` for ``，``) and full-width digits
(``１２月``). The article ``text`` uses one convention: Chinese full-width punctuation between
Chinese characters, ASCII digits and Latin letters. Digits keep their own separators
(``2.5万``, ``10:30``, ``1,000``).
"""
from __future__ import annotations

import re

from .chars import FULLWIDTH_ALNUM, HALF_TO_FULL_PUNCT, HAN

_HAN = HAN
_HALF_TO_FULL = HALF_TO_FULL_PUNCT

# Half-width punctuation becomes full-width unless it sits between two digits / Latin chars
# (numbers like 1,000 or times like 10:30 keep theirs).
_PUNCT_RE = re.compile(r"[,;:?!()]")
_ASCII_ALNUM = re.compile(r"[0-9A-Za-z]")


_HALFWIDTH_ALNUM = {**FULLWIDTH_ALNUM, 0x3000: ord(" ")}


def to_halfwidth_alnum(text: str) -> str:
    """Full-width digits and Latin letters (０-９ Ａ-Ｚ ａ-ｚ) to ASCII, the ideographic space to
    a space; other characters untouched."""
    return text.translate(_HALFWIDTH_ALNUM)


def _fullwidth_punct(text: str) -> str:
    chars = list(text)
    for m in _PUNCT_RE.finditer(text):
        i = m.start()
        prev = text[i - 1] if i > 0 else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if m.group() in ",:" and _ASCII_ALNUM.match(prev or " ") and _ASCII_ALNUM.match(nxt or " "):
            continue  # 1,000 / 10:30
        if m.group() in "()" and (_ASCII_ALNUM.match(prev or " ") and _ASCII_ALNUM.match(nxt or " ")):
            continue
        chars[i] = _HALF_TO_FULL[m.group()]
    return "".join(chars)


def compile_stray_tokens(table: dict[str, str]) -> re.Pattern | None:
    if not table:
        return None
    words = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<=[{_HAN}])\s+({words})\s+(?=[{_HAN}])")


def normalize_text(text: str, stray: dict[str, str] | None = None) -> str:
    """Normalize one paragraph: widths, punctuation, stray Latin words between Chinese text."""
    text = to_halfwidth_alnum(text)
    text = _fullwidth_punct(text)
    # A half-width space after full-width punctuation is layout noise: "（记者 X） 近日" -> "（记者 X）近日".
    text = re.sub(r"(?<=[，。；：？！（）、])[ \t]+|[ \t]+(?=[，。；：？！（）、])", "", text)
    if stray:
        pattern = compile_stray_tokens(stray)
        if pattern is not None:
            text = pattern.sub(lambda m: stray[m.group(1)], text)
    return text.strip()
