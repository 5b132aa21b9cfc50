"""Where a person's name stands next to a title: NER's PER first, a surname pattern as fallback.

The fallback reads 2-3 Han characters starting with a surname (or 小/老 + surname) and accepts
them only where a name can end: end of field, punctuation, or a word that follows names
(出席, 表示, 在, 说 ...). That keeps 有关负责人参加 / 相关负责人表示 unnamed.
"""
from __future__ import annotations

from .lexicon import RoleLexicon
from .text import SPACES, Ent, is_han, starts_with_any


def _boundary(text: str, pos: int, lex: RoleLexicon) -> str | None:
    """'end' / 'punct' / 'cue:<word>' when a name may end at ``pos``; None otherwise."""
    if pos >= len(text):
        return "end"
    if not is_han(text[pos]):
        return "punct"
    cue = starts_with_any(text[pos:], lex.name_followers)
    return f"cue:{cue}" if cue else None


def _surname_len(text: str, pos: int, lex: RoleLexicon) -> int:
    comp = starts_with_any(text[pos:], lex.compound_surnames)
    if comp:
        return len(comp)
    return 1 if pos < len(text) and text[pos] in lex.surnames else 0


def fallback_name_after(text: str, pos: int, lex: RoleLexicon, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A name starting at ``pos`` found by pattern, or None."""
    if pos >= len(text) or not is_han(text[pos]):
        return None
    rest = text[pos:]
    if starts_with_any(rest, lex.not_name_start):
        return None

    def free(s: int, e: int) -> bool:
        return all(e <= b0 or s >= b1 for b0, b1 in blocked)

    # 小李 / 老王
    if text[pos] in lex.nickname_prefixes and pos + 1 < len(text) and text[pos + 1] in lex.surnames:
        if free(pos, pos + 2):
            return pos, pos + 2
    sl = _surname_len(text, pos, lex)
    if not sl:
        return None
    cands = []
    for given in (1, 2):
        end = pos + sl + given
        if end > len(text) or not all(is_han(c) for c in text[pos:end]) or not free(pos, end):
            continue
        cands.append((end, _boundary(text, end, lex)))
    two = next(((e, b) for e, b in cands if e == pos + sl + 1), None)
    three = next(((e, b) for e, b in cands if e == pos + sl + 2), None)
    # 1. short name + a multi-character cue (张良出席, 张良带队)
    if two and two[1] and two[1].startswith("cue:") and len(two[1]) > 5:
        return pos, two[0]
    # 2. long name ending at a boundary, unless its last character is itself a cue (李鹏在...)
    if three and three[1] and text[three[0] - 1] not in lex.name_stop_last:
        return pos, three[0]
    # 3. short name + punctuation, end, or a one-character cue (not 时说: a name plus a verb)
    if two and two[1] and text[two[0] - 1] not in lex.name_stop_last:
        return pos, two[0]
    return None


def name_after(text: str, pos: int, ents: list[Ent], lex: RoleLexicon,
               blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The name right after a title (spaces allowed between, as in author lines)."""
    while pos < len(text) and text[pos] in SPACES:
        pos += 1
    for ent in ents:
        if ent.start == pos:
            return (ent.start, ent.end) if ent.label == "PER" else None
        if ent.start < pos < ent.end:
            return None  # inside some entity: not a name start
    return fallback_name_after(text, pos, lex, blocked)


def per_ending_at(pos: int, ents: list[Ent]) -> Ent | None:
    return next((e for e in ents if e.label == "PER" and e.end == pos), None)
