"""Entity-level micro P/R/F1 over (start, end, label) char spans."""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Sequence

from ..text.tokens import CharSpan


def prf(gold: Iterable[Sequence[CharSpan]], pred: Iterable[Sequence[CharSpan]]) -> dict[str, dict[str, float]]:
    """{"ALL": {...}, label: {...}} with p, r, f, tp, n_gold, n_pred."""
    tp: Counter = Counter()
    ng: Counter = Counter()
    np_: Counter = Counter()
    for g, p in zip(gold, pred):
        gs, ps = set(map(tuple, g)), set(map(tuple, p))
        for s in gs:
            ng[s[2]] += 1
        for s in ps:
            np_[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    out: dict[str, dict[str, float]] = {}
    for lab in sorted(set(ng) | set(np_)) + ["ALL"]:
        t = sum(tp.values()) if lab == "ALL" else tp[lab]
        g = sum(ng.values()) if lab == "ALL" else ng[lab]
        q = sum(np_.values()) if lab == "ALL" else np_[lab]
        p = t / q if q else 0.0
        r = t / g if g else 0.0
        out[lab] = {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0,
                    "tp": t, "n_gold": g, "n_pred": q}
    return out


def format_prf(scores: dict[str, dict[str, float]]) -> str:
    return "  ".join(f"{lab} P={s['p']:.4f} R={s['r']:.4f} F={s['f']:.4f}" for lab, s in scores.items())
