"""Character normalization shared by segmenter training and evaluation.

PD1998 writes digits and Latin letters full-width (１９９８年, ＷＴＯ); our pages use ASCII.
Only those characters are folded (NFKC restricted to them); Chinese characters and
punctuation are left alone, so offsets are preserved (every mapping is 1 char -> 1 char).
"""
from __future__ import annotations

from ..text.chars import FULL_TO_HALF_PUNCT, FULLWIDTH_ALNUM

# Full-width ０-９ Ａ-Ｚ ａ-ｚ and the decimal point ． -> ASCII (U+FF10.. is exactly 0xFEE0
# above ASCII). ． is folded with the digits because PD1998 writes ３．５ and our pages 3.5.
_ALNUM_TABLE = {**FULLWIDTH_ALNUM, 0xFF0E: ord(".")}

# Full-width punctuation our pages often write half-width. Quotes, 、 and 。 stay full-width
# in the pages, so they are not mapped.
HALFWIDTH_PUNCT_TABLE = str.maketrans(FULL_TO_HALF_PUNCT)


def halfwidth_alnum(text: str) -> str:
    """Fold full-width digits, decimal point and Latin letters to ASCII; nothing else."""
    return text.translate(_ALNUM_TABLE)


def halfwidth_punct(text: str) -> str:
    """Replace full-width ，；：（）？！％ by their ASCII forms (1:1, offsets kept)."""
    return text.translate(HALFWIDTH_PUNCT_TABLE)
