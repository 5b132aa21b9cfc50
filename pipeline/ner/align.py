"""Put character-level entity spans on a Doc of any tokenization.

When an entity boundary falls inside a token, the token is split (``doc.retokenize().split``)
so the entity is exact; we never expand or shrink an entity to token boundaries.
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Span as SpacySpan
from spacy.util import filter_spans

CharSpan = tuple[int, int, str]


def _token_at(doc: Doc, off: int) -> int:
    """Index of the token that contains char offset ``off`` (binary search on token.idx)."""
    lo, hi = 0, len(doc) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc[mid].idx <= off:
            lo = mid
        else:
            hi = mid - 1
    return lo


def split_tokens(doc: Doc, cuts: dict[int, Sequence[int]]) -> None:
    """Split tokens in place at the given relative char offsets."""
    if not cuts:
        return
    with doc.retokenize() as retok:
        for i, offsets in cuts.items():
            tok = doc[i]
            bounds = [0, *offsets, len(tok.text)]
            orths = [tok.text[a:b] for a, b in zip(bounds[:-1], bounds[1:])]
            last = len(orths) - 1
            # sub-tokens attach to the last piece; the last piece keeps the token's head
            head = tok.head if tok.head.i != tok.i else (tok, last)
            heads = [(tok, last)] * last + [head]
            retok.split(tok, orths, heads=heads)


def set_char_entities(doc: Doc, spans: Sequence[CharSpan], keep_existing: bool = False) -> Doc:
    """Set ``doc.ents`` from (start, end, label) char spans, splitting tokens as needed.

    With ``keep_existing`` the Doc's previous entities that overlap none of ``spans`` stay.
    """
    if not spans and not keep_existing:
        doc.ents = []
        return doc
    text = doc.text
    new = [(s, e, lab) for s, e, lab in spans if 0 <= s < e <= len(text) and text[s:e].strip()]
    old: list[CharSpan] = []
    if keep_existing:
        taken = sorted((s, e) for s, e, _ in new)
        for ent in doc.ents:
            s, e = ent.start_char, ent.end_char
            if not any(s < te and ts < e for ts, te in taken):
                old.append((s, e, ent.label_))
    if len(doc):
        cuts: dict[int, set[int]] = {}
        for start, end, _ in new:
            for off in (start, end):
                if 0 < off < len(text):
                    i = _token_at(doc, off)
                    t = doc[i]
                    if t.idx < off < t.idx + len(t.text):
                        cuts.setdefault(i, set()).add(off - t.idx)
        split_tokens(doc, {i: sorted(c) for i, c in cuts.items()})
    ents: list[SpacySpan] = []
    for s, e, lab in [*new, *old]:
        span = doc.char_span(s, e, label=lab, alignment_mode="strict")
        if span is None:  # old entity cut by a split, or whitespace edges: snap inward
            span = doc.char_span(s, e, label=lab, alignment_mode="contract")
        if span is not None and len(span):
            ents.append(span)
    doc.ents = filter_spans(ents)
    return doc
