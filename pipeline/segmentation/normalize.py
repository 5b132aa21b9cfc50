"""Character normalization shared by segmenter training and evaluation.

PD1998 writes digits and Latin letters full-width (１９９８年, ＷＴＯ); our pages use ASCII.
Only those characters are folded (NFKC restricted to them); Chinese characters and
punctuation are left alone, so offsets are preserved (every mapping is 1 char -> 1 char).
"""
from __future__ import annotations

# Full-width ０-９ Ａ-Ｚ ａ-ｚ and the decimal point ． -> ASCII (U+FF10.. is exactly 0xFEE0
# above ASCII). ． is folded with the digits because PD1998 writes ３．５ and our pages 3.5.
_ALNUM_TABLE = {
    cp: cp - 0xFEE0
    for cp in [0xFF0E, *range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
}

# Full-width punctuation our pages often write half-width. Quotes, 、 and 。 stay full-width
# in the pages, so they are not mapped.
HALFWIDTH_PUNCT_TABLE = str.maketrans({
    "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "？": "?", "！": "!", "％": "%",
})


def halfwidth_alnum(text: str) -> str:
    """Fold full-width digits, decimal point and Latin letters to ASCII; nothing else."""
    return text.translate(_ALNUM_TABLE)


def halfwidth_punct(text: str) -> str:
    """Replace full-width ，；：（）？！％ by their ASCII forms (1:1, offsets kept)."""
    return text.translate(HALFWIDTH_PUNCT_TABLE)
