"""``align.set_char_entities`` for a caller that holds the doc's text already: the same token
splits and the same ``doc.ents``, without joining the tokens again (``Doc.text``) and with
token offsets read as one array instead of a ``Token`` per bisection step."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Sequence

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span as SpacySpan
from spacy.util import filter_spans

from .align import CharSpan, split_tokens


def set_entities(doc: Doc, text: str, spans: Sequence[CharSpan]) -> Doc:
    """Set ``doc.ents`` from (start, end, label) char spans of ``text`` (= ``doc.text``),
    splitting tokens where a span boundary falls inside one."""
    if not spans:
        doc.ents = []
        return doc
    new = [(s, e, lab) for s, e, lab in spans if 0 <= s < e <= len(text) and text[s:e].strip()]
    if len(doc):
        table = doc.to_array([IDX, LENGTH]).tolist()
        starts = [row[0] for row in table]
        cuts: dict[int, set[int]] = {}
        for start, end, _ in new:
            for off in (start, end):
                if 0 < off < len(text):
                    i = max(bisect_right(starts, off) - 1, 0)   # the token holding ``off``
                    idx, length = table[i]
                    if idx < off < idx + length:
                        cuts.setdefault(i, set()).add(off - idx)
        split_tokens(doc, {i: sorted(c) for i, c in cuts.items()})
    ents: list[SpacySpan] = []
    table = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
    starts = [row[0] for row in table]
    ends = [row[0] + row[1] for row in table]
    for s, e, lab in new:
        # Doc.char_span(strict) without a Token per step: token i starts at s, token j-1 ends at e
        i, j = bisect_left(starts, s), bisect_left(ends, e)
        if i < len(starts) and starts[i] == s and j < len(ends) and ends[j] == e and i <= j:
            span = SpacySpan(doc, i, j + 1, label=lab)
        else:  # whitespace edges: snap inward
            span = doc.char_span(s, e, label=lab, alignment_mode="contract")
        if span is not None and len(span):
            ents.append(span)
    doc.ents = filter_spans(ents)
    return doc

