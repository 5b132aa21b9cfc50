"""The one mention type of the NER rules and the set of non-overlapping mentions they edit."""
from __future__ import annotations

from bisect import bisect_left, insort
from typing import Iterable, NamedTuple


class Mention(NamedTuple):
    """A character span of the article text with its label (PER, LOC, ORG)."""
    start: int
    end: int
    label: str


class SpanSet:
    """Non-overlapping mentions, kept sorted so overlap look-ups are a bisection."""

    def __init__(self, spans: Iterable[tuple[int, int, str]] = ()):
        self.spans: list[Mention] = []
        for span in sorted(set(spans)):
            if not self.overlapping(span[0], span[1]):
                insort(self.spans, Mention(*span))

    def __iter__(self):
        return iter(list(self.spans))

    def __len__(self) -> int:
        return len(self.spans)

    def of(self, *labels: str) -> list[Mention]:
        """A snapshot of the mentions with one of ``labels`` (all without): safe to edit while
        walking it."""
        return [s for s in self.spans if not labels or s.label in labels]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        # spans do not overlap each other, so at most the one before ``start`` reaches into it
        i = bisect_left(self.spans, (start,))
        if i > 0 and self.spans[i - 1][1] > start:
            i -= 1
        found = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                found.append(self.spans[i])
            i += 1
        return found

    def ending_at(self, pos: int) -> Mention | None:
        """The mention that ends exactly at ``pos``."""
        return next((s for s in self.overlapping(pos - 1, pos) if s.end == pos), None)

    def starting_at(self, pos: int) -> Mention | None:
        return next((s for s in self.overlapping(pos, pos + 1) if s.start == pos), None)

    def add(self, start: int, end: int, label: str, override: bool = False) -> bool:
        """Add a mention where it overlaps none; with ``override`` it replaces the mentions
        inside it, but never cuts into a longer one."""
        clash = self.overlapping(start, end)
        if clash:
            if not override or any(s[0] < start or s[1] > end for s in clash):
                return False
            for s in clash:
                self.spans.remove(s)
        insort(self.spans, Mention(start, end, label))
        return True

    def remove(self, span: tuple[int, int, str]) -> None:
        self.spans.remove(span)

    def replace(self, old: tuple[int, int, str], new: tuple[int, int, str]) -> None:
        self.spans.remove(old)
        if not self.overlapping(new[0], new[1]):
            insort(self.spans, Mention(*new))

    def widen(self, old: tuple[int, int, str], start: int, end: int, label: str) -> bool:
        """``old`` becomes (start, end, label), swallowing the mentions wholly inside the new
        extent; nothing changes where that would cut into another mention."""
        clash = [s for s in self.overlapping(start, end) if s != old]
        if any(s[0] < start or s[1] > end for s in clash):
            return False
        for s in clash:
            self.spans.remove(s)
        self.replace(old, (start, end, label))
        return True

    def split(self, old: tuple[int, int, str], cuts: list[int], labels: list[str] | None = None) -> None:
        """``old`` becomes the pieces between ``cuts`` (offsets inside it, ascending), labelled
        ``labels`` in order (``old``'s label by default)."""
        self.spans.remove(old)
        bounds = [old[0], *cuts, old[1]]
        for i, (start, end) in enumerate(zip(bounds, bounds[1:])):
            self.add(start, end, labels[i] if labels else old[2])

    def keep(self, predicate) -> None:
        """Drop every mention for which ``predicate(mention)`` is false."""
        self.spans = [s for s in self.spans if predicate(s)]
