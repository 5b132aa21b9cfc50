"""Character classes and width tables: the one place that says what a Han character is and
how full-width forms map to ASCII (every mapping is 1 char -> 1 char, so offsets are kept)."""
from __future__ import annotations

import re

# CJK Unified Ideographs, Extension A and the compatibility ideographs.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_CHAR = re.compile(f"[{HAN}]")
HAN_RUN = re.compile(f"[{HAN}]+")
NOT_HAN = re.compile(f"[^{HAN}]")


def is_han(ch: str) -> bool:
    return HAN_CHAR.match(ch) is not None


def all_han(text: str) -> bool:
    """Every character is Han (True for '')."""
    return NOT_HAN.search(text) is None


# Full-width ０-９ Ａ-Ｚ ａ-ｚ -> ASCII (U+FF10.. is exactly 0xFEE0 above ASCII).
FULLWIDTH_ALNUM = {cp: cp - 0xFEE0 for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
                   for cp in range(lo, hi + 1)}
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
NUMERAL_CHARS = "〇零一二两三四五六七八九十百千0123456789０１２３４５６７８９"   # a number's characters, Han or Arabic
# ASCII punctuation and the full-width form Chinese text prints.
HALF_TO_FULL_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）", "%": "％"}
FULL_TO_HALF_PUNCT = {full: half for half, full in HALF_TO_FULL_PUNCT.items()}

# What ends a sentence and a clause in running text, full-width and ASCII forms.
SENT_END = "。！？!?"
CLAUSE_END = "，,；;：:"
# bars that part a headline's pieces (视频｜甲会见乙): never inside a name
HEADLINE_SEPARATORS = "|｜丨"
SEMICOLONS = "；;"
COLONS = "：:"   # 发言人某某宣布：…: what follows is reported, with its own subjects
ELLIPSIS = "…"
CLOSING_QUOTES = "”’」』"   # a sentence may end inside a quotation: 。” closes it
# 玛丽亚·桑托斯, 阿依古丽·热合曼: the mark between the parts of a transliterated name
NAME_PARTS_MARK = "·"
LIST_CLOSER = "等[\u4e00-\u9fff]{0,4}"   # 等, 等部门, 等有关单位: closes a list of those named


def is_part_of_name(short: str, full: str) -> bool:
    """Whether ``short`` is one whole part of the ·-joined name ``full``, or its last or first parts
    (桑托斯 of 玛丽亚·桑托斯, 萨达姆 of 萨达姆·侯赛因, 玛丽亚·桑托斯 of 安娜·玛丽亚·桑托斯): a person
    named short."""
    return bool(short) and short != full and (short in full.split(NAME_PARTS_MARK)
                                              or full.endswith(NAME_PARTS_MARK + short)
                                              or full.startswith(short + NAME_PARTS_MARK))


# Brackets and quotation marks, each opener at the index of its closer.
OPENING_MARKS, CLOSING_MARKS = "（(“‘《「【『", "）)”’》」】』"


def unclosed_at(text: str, k: int, end: int) -> bool:
    """Whether text[k] opens a bracket or quotation that no closer ends before ``end``
    (“某研讨会 cut before its ”)."""
    i = OPENING_MARKS.find(text[k]) if k < len(text) else -1
    return i >= 0 and CLOSING_MARKS[i] not in text[k:end]
