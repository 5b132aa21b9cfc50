"""tp / fp / fn counters and the P / R / F1 derived from them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Hashable, Iterable


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @classmethod
    def from_sets(cls, gold: Iterable[Hashable], pred: Iterable[Hashable]) -> "Counts":
        g, p = set(gold), set(pred)
        return cls(tp=len(g & p), fp=len(p - g), fn=len(g - p))

    @property
    def precision(self) -> float | None:
        """None when nothing was predicted (undefined, not zero)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """None when the gold has nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """2tp / (2tp + fp + fn): the harmonic mean of P and R, 0 when tp = 0, None on 0/0."""
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}
