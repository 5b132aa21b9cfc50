"""Span-based word segmentation scores (a word is correct iff its char span matches gold)."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Sequence


def word_spans(words: Sequence[str]) -> set[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    offset = 0
    for w in words:
        spans.add((offset, offset + len(w)))
        offset += len(w)
    return spans


@dataclass
class SegScores:
    gold: int = 0
    pred: int = 0
    correct: int = 0

    def add(self, gold_words: Sequence[str], pred_words: Sequence[str]) -> None:
        if "".join(gold_words) != "".join(pred_words):
            raise ValueError(f"texts differ: {''.join(gold_words)!r} vs {''.join(pred_words)!r}")
        g, p = word_spans(gold_words), word_spans(pred_words)
        self.gold += len(g)
        self.pred += len(p)
        self.correct += len(g & p)

    @property
    def p(self) -> float:
        return self.correct / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {**asdict(self), "p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4)}
