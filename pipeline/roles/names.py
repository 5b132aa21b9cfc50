"""Where a person's name stands next to a title: NER's PER first, the shared name guesser
(pipeline/names.py: surname + 1-2 characters where a name can end) as fallback. That keeps
有关负责人参加 / 相关负责人表示 unnamed.
"""
from __future__ import annotations

from .lexicon import RoleLexicon
from .text import SPACES, Ent


def fallback_name_after(text: str, pos: int, lex: RoleLexicon, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A name starting at ``pos`` found by the name guesser (pipeline/names.py), or None."""
    def free(s: int, e: int) -> bool:
        return all(e <= b0 or s >= b1 for b0, b1 in blocked)
    end = lex.names.name_at(text, pos, free=free)
    return (pos, end) if end is not None else None


def name_after(text: str, pos: int, ents: list[Ent], lex: RoleLexicon,
               blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The name right after a title (spaces allowed between, as in author lines; a note in
    brackets too: 副主席（挂职）甲)."""
    while pos < len(text) and text[pos] in SPACES:
        pos += 1
    pos += len(next((n for n in lex.title_notes if text.startswith(n, pos)), ""))
    for ent in ents:
        if ent.start == pos:
            return (ent.start, ent.end) if ent.label == "PER" else None
        if ent.start < pos < ent.end:
            return None  # inside some entity: not a name start
    return fallback_name_after(text, pos, lex, blocked)


def per_ending_at(pos: int, ents: list[Ent]) -> Ent | None:
    return next((e for e in ents if e.label == "PER" and e.end == pos), None)
