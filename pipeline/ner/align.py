"""Put character-level entity spans on a Doc of any tokenization.

When an entity boundary falls inside a token, the token is split (``doc.retokenize().split``)
so the entity is exact; we never expand or shrink an entity to token boundaries.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

import numpy as np
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span as SpacySpan
from spacy.util import filter_spans

from ..article_doc import doc_text
from ..text.tokens import CharSpan


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


WORD_BOUNDS = "segmenter_word_bounds"   # doc.user_data: where the segmenter's words start and end


def word_bounds(doc: Doc) -> frozenset[int]:
    """Character offsets where a word of the segmenter starts or ends: as the tokenizer cut the
    text, before an entity boundary split a token (the rules reason on the segmenter's words:
    澳门|酒店业|职工… though the model's name began at 店)."""
    stored = doc.user_data.get(WORD_BOUNDS)
    return stored if stored is not None else _bound_offsets(token_bounds(doc))


def _bound_offsets(bounds: np.ndarray) -> frozenset[int]:
    return frozenset(bounds[:, 0].tolist()) | frozenset((bounds[:, 0] + bounds[:, 1]).tolist())


def token_bounds(doc: Doc) -> np.ndarray:
    """(start char, length) of every token, as an int64 array (no Token objects)."""
    return doc.to_array([IDX, LENGTH]).astype(np.int64)


def token_cuts(doc: Doc, offsets: Sequence[int], bounds: np.ndarray | None = None) -> dict[int, list[int]]:
    """Token index -> sorted relative offsets of the ``offsets`` that fall strictly inside it
    (token starts/lengths read as arrays: no Token objects, no per-offset binary search).
    ``bounds``: ``token_bounds(doc)`` when the caller has it."""
    offs = np.asarray(offsets, dtype=np.int64)
    if not len(doc) or not offs.size:
        return {}
    bounds = token_bounds(doc) if bounds is None else bounds
    starts, lengths = bounds[:, 0], bounds[:, 1]
    tok = np.maximum(np.searchsorted(starts, offs, side="right") - 1, 0)
    rel = offs - starts[tok]
    inside = (rel > 0) & (rel < lengths[tok])
    cuts: dict[int, set[int]] = {}
    for i, r in zip(tok[inside].tolist(), rel[inside].tolist()):
        cuts.setdefault(i, set()).add(r)
    return {i: sorted(c) for i, c in cuts.items()}


def set_char_entities(doc: Doc, spans: Sequence[CharSpan], keep_existing: bool = False,
                      text: str | None = None) -> Doc:
    """Set ``doc.ents`` from (start, end, label) char spans, splitting tokens as needed.

    With ``keep_existing`` the Doc's previous entities that overlap none of ``spans`` stay.
    ``text`` may pass ``doc.text`` when the caller has it (building it walks every token).
    """
    if not spans and not keep_existing:
        doc.ents = []
        return doc
    text = doc_text(doc) if text is None else text
    new = [(s, e, lab) for s, e, lab in spans if 0 <= s < e <= len(text) and text[s:e].strip()]
    old: list[CharSpan] = []
    if keep_existing:
        taken = sorted((s, e) for s, e, _ in new)
        for ent in doc.ents:
            s, e = ent.start_char, ent.end_char
            if not any(s < te and ts < e for ts, te in taken):
                old.append((s, e, ent.label_))
    bounds = token_bounds(doc)
    cuts = token_cuts(doc, [off for s, e, _ in new for off in (s, e) if 0 < off < len(text)], bounds)
    if cuts:   # else the tokens, and so their bounds, stay as they are
        if WORD_BOUNDS not in doc.user_data:   # the segmenter's words, before any entity cut them
            doc.user_data[WORD_BOUNDS] = _bound_offsets(bounds)
        split_tokens(doc, cuts)
        bounds = token_bounds(doc)
    ents: list[SpacySpan] = []
    starts = bounds[:, 0].tolist()
    ends = (bounds[:, 0] + bounds[:, 1]).tolist()
    for s, e, lab in [*new, *old]:
        # Doc.char_span(strict) without a Token per step: token i starts at s, token j ends at e
        i, j = bisect_left(starts, s), bisect_left(ends, e)
        if i < len(starts) and starts[i] == s and j < len(ends) and ends[j] == e and i <= j:
            span = SpacySpan(doc, i, j + 1, label=lab)
        else:  # old entity cut by a split, or whitespace edges: snap inward
            span = doc.char_span(s, e, label=lab, alignment_mode="contract")
        if span is not None and len(span):
            ents.append(span)
    doc.ents = filter_spans(ents)
    return doc
