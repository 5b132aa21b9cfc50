"""Character normalization shared by segmenter training and evaluation.

PD1998 writes digits and Latin letters full-width (１９９８年, ＷＴＯ); our pages use ASCII.
Only those characters are folded (NFKC restricted to them); Chinese characters and
punctuation are left alone, so offsets are preserved (every mapping is 1 char -> 1 char).
"""
from __future__ import annotations

# Full-width ０-９ Ａ-Ｚ ａ-ｚ -> ASCII (U+FF10.. is exactly 0xFEE0 above ASCII).
_ALNUM_TABLE = {
    cp: cp - 0xFEE0
    for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
}

# Full-width punctuation our pages often write half-width. Quotes, 、 and 。 stay full-width
# in the pages, so they are not mapped.
HALFWIDTH_PUNCT_TABLE = str.maketrans({
    "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "？": "?", "！": "!", "％": "%",
})


def halfwidth_alnum(text: str) -> str:
    """Fold full-width digits and Latin letters to ASCII; everything else unchanged."""
    return text.translate(_ALNUM_TABLE)


def halfwidth_punct(text: str) -> str:
    """Replace full-width ，；：（）？！％ by their ASCII forms (1:1, offsets kept)."""
    return text.translate(HALFWIDTH_PUNCT_TABLE)
