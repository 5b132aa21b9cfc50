"""One-to-one alignment of predicted to gold articles of one page, by headline."""
from __future__ import annotations

from typing import Sequence

from .normalize import key, similarity

FUZZY_THRESHOLD = 0.8


def align_headlines(gold: Sequence[str], pred: Sequence[str],
                    threshold: float = FUZZY_THRESHOLD) -> dict[int, int]:
    """Map pred index -> gold index.

    Exact key matches first (in reading order), then the remaining pairs with difflib ratio
    >= threshold, greedily by descending similarity (ties: gold order, then pred order).
    """
    gkeys = [key(h) for h in gold]
    pkeys = [key(h) for h in pred]
    mapping: dict[int, int] = {}
    used_gold: set[int] = set()
    for pi, pk in enumerate(pkeys):
        for gi, gk in enumerate(gkeys):
            if gi not in used_gold and pk == gk:
                mapping[pi] = gi
                used_gold.add(gi)
                break
    candidates: list[tuple[float, int, int]] = []
    for pi, pk in enumerate(pkeys):
        if pi in mapping:
            continue
        for gi, gk in enumerate(gkeys):
            if gi in used_gold:
                continue
            sim = similarity(pk, gk)
            if sim >= threshold:
                candidates.append((sim, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    for _sim, gi, pi in candidates:
        if pi in mapping or gi in used_gold:
            continue
        mapping[pi] = gi
        used_gold.add(gi)
    return mapping
