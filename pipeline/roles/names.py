"""Where a person's name stands next to a title: NER's PER first, the shared name guesser
(pipeline/names.py: surname + 1-2 characters where a name can end) as fallback. That keeps
有关负责人参加 / 相关负责人表示 unnamed.
"""
from __future__ import annotations

from .lexicon import RoleLexicon
from .text import SPACES, Ent


def _free(start: int, end: int, blocked: list[tuple[int, int]]) -> bool:
    return all(end <= b0 or start >= b1 for b0, b1 in blocked)


def fallback_name_after(text: str, pos: int, lex: RoleLexicon, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A name starting at ``pos`` found by the name guesser (pipeline/names.py), or None."""
    end = lex.names.name_at(text, pos, free=lambda s, e: _free(s, e, blocked))
    return (pos, end) if end is not None else None


def name_after(text: str, pos: int, ents: list[Ent], lex: RoleLexicon,
               blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The name right after a title (spaces allowed between, as in author lines; a note in
    brackets too: 副主席（挂职）甲)."""
    while pos < len(text) and text[pos] in SPACES:
        pos += 1
    pos += len(next((n for n in lex.title_notes if text.startswith(n, pos)), ""))
    for ent in ents:
        if ent.start == pos:   # (兼|驻某国大使: a person the NER ran into the next title is none)
            return (ent.start, ent.end) if ent.label == "PER" and _free(ent.start, ent.end, blocked) else None
        if ent.start < pos < ent.end:
            return None  # inside some entity: not a name start
    return fallback_name_after(text, pos, lex, blocked)


def per_ending_at(pos: int, ents: list[Ent]) -> Ent | None:
    return next((e for e in ents if e.label == "PER" and e.end == pos), None)
