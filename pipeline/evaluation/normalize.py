"""Comparison key for strings in gold and output files.

Pages mix full- and half-width punctuation, stray spaces and different quote styles; none of
that should decide whether a headline, a name or a body boundary is "the same". ``key`` maps a
string to a canonical form used by every metric.
"""
from __future__ import annotations

import difflib
import re
import unicodedata

# Removed entirely: quote marks of every style (the brief's “”"「」 plus their single / nested
# counterparts, which PD1998 uses inside headlines as 『』).
_QUOTES = "“”\"「」‘’'『』〝〞＂＇"
# CJK punctuation that NFKC leaves alone, mapped to the half-width form a converted page prints.
_PUNCT = {
    "。": ".", "、": ",", "，": ",", "．": ".", "：": ":", "；": ";", "！": "!", "？": "?",
    "（": "(", "）": ")", "【": "[", "】": "]", "〔": "[", "〕": "]", "《": "<", "》": ">",
    "〈": "<", "〉": ">", "—": "-", "－": "-", "–": "-", "―": "-", "─": "-",
    "・": "·", "•": "·", "‧": "·", "～": "~",
}
_TABLE = str.maketrans({**_PUNCT, **{q: None for q in _QUOTES}})
_SPACE_RE = re.compile(r"\s+")


def key(text: str | None) -> str:
    """NFKC, punctuation unified to half-width, quotes and all whitespace removed."""
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", text)
    s = s.translate(_TABLE)
    return _SPACE_RE.sub("", s)


def similarity(a: str, b: str) -> float:
    """difflib ratio of two (already keyed) strings."""
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
