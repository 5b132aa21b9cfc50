"""Cut a document into the short pieces HanLP accepts and map its answers back to offsets.

Pure Python (no HanLP, no torch), so the cutting, batching and offset arithmetic are tested
without the extra. A piece is a sentence (ends after 。！？；!?; or a newline) hard-cut at
``max_length`` characters; whitespace is never sent to HanLP (its tokenizers drop it), so each
piece carries the document offset of every character it sends.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..text.chars import SEMICOLONS, SENT_END as SENTENCE_MARKS
from ..text.tokens import CharSpan

log = logging.getLogger(__name__)
SENT_END = re.compile(f"[{re.escape(SENTENCE_MARKS + SEMICOLONS)}\\n]+")


@dataclass(frozen=True)
class Piece:
    doc: int                   # index of the document in the batch
    chars: tuple[str, ...]     # the characters sent to HanLP (no whitespace)
    offsets: tuple[int, ...]   # document offset of each of them

    @property
    def text(self) -> str:
        return "".join(self.chars)


def sentence_bounds(text: str, max_length: int) -> list[tuple[int, int]]:
    """(start, end) pieces covering ``text``: sentences, hard-cut every ``max_length`` chars."""
    if max_length < 1:
        raise ValueError("max_length must be at least 1")
    out: list[tuple[int, int]] = []
    start = 0
    for end in [m.end() for m in SENT_END.finditer(text)] + [len(text)]:
        while end - start > max_length:
            out.append((start, start + max_length))
            start += max_length
        if end > start:
            out.append((start, end))
            start = end
    return out


def cut(texts: Sequence[str], max_length: int) -> list[Piece]:
    """Every non-blank piece of every text, at most ``max_length`` non-space chars each."""
    pieces: list[Piece] = []
    for di, text in enumerate(texts):
        for start, end in sentence_bounds(text, max_length):
            offs = tuple(i for i in range(start, end) if not text[i].isspace())
            if offs:
                pieces.append(Piece(di, tuple(text[i] for i in offs), offs))
    return pieces


def batches(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    size = max(1, size)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def run_batched(fn: Callable[[list], list], inputs: Sequence[Any], batch_size: int,
                empty: Callable[[Any], Any] | None = None) -> list:
    """``fn`` over ``inputs`` in batches; one answer per input, in order.

    With ``empty``: a batch HanLP fails on (HanLP 2.1 raises on some inconsistent tag sequences)
    is retried one piece at a time, and a piece that still fails gets ``empty(piece)`` and a
    warning, so one bad sentence does not lose the page."""
    out: list = []
    for batch in batches(inputs, batch_size):
        try:
            answers = list(fn(list(batch)))
        except Exception as exc:
            if empty is None:
                raise
            if len(batch) == 1:
                log.warning("HanLP failed on a piece (%s: %.100s); it gets no answer", type(exc).__name__, exc)
                answers = [empty(batch[0])]
            else:
                answers = run_batched(fn, batch, 1, empty)
        if len(answers) != len(batch):
            raise RuntimeError(f"HanLP returned {len(answers)} answers for a batch of {len(batch)}")
        out.extend(answers)
    return out


# ---- tokens ---------------------------------------------------------------------------------
def align_words(piece: Piece, words: Iterable[str]) -> list[tuple[int, int]]:
    """Document (start, end) of each word HanLP returned for ``piece``.

    Words are matched against the piece's characters in order, ignoring whitespace inside a
    word. If HanLP changed the text (normalization), the rest of the piece falls back to one
    token per character, so the tokens always cover the text exactly.
    """
    chars, offs = piece.chars, piece.offsets
    out: list[tuple[int, int]] = []
    i = 0
    for word in words:
        w = "".join(str(word).split())
        if not w:
            continue
        if "".join(chars[i:i + len(w)]) != w:
            break
        out.append((offs[i], offs[i + len(w) - 1] + 1))
        i += len(w)
    out.extend((offs[k], offs[k] + 1) for k in range(i, len(chars)))
    return _split_gaps(out, offs)


def _split_gaps(spans: list[tuple[int, int]], offs: Sequence[int]) -> list[tuple[int, int]]:
    """A word whose characters straddle whitespace in the document is cut at the whitespace."""
    keep = set(offs)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        start = s
        for k in range(s, e):
            if k not in keep:
                if k > start:
                    out.append((start, k))
                start = k + 1
        if e > start:
            out.append((start, e))
    return out


def parse_entity(item: Any) -> tuple[str, int, int] | None:
    """(label, begin, end) from one HanLP NER answer item: ``(text, label, begin, end)`` as
    HanLP's NER components return it, or a ``(label, begin, end)`` / dict variant."""
    if isinstance(item, dict):
        label = item.get("label") or item.get("type")
        begin, end = item.get("begin", item.get("start")), item.get("end")
    elif isinstance(item, (tuple, list)) and len(item) == 4:
        _, label, begin, end = item
    elif isinstance(item, (tuple, list)) and len(item) == 3:
        label, begin, end = item
    else:
        return None
    if not isinstance(label, str) or not isinstance(begin, int) or not isinstance(end, int):
        return None
    return label, begin, end


def entity_spans(piece: Piece, answer: Iterable[Any], label_map: dict[str, str]) -> list[CharSpan]:
    """Document char spans of the entities HanLP found in ``piece`` (token index = char index,
    as the piece is sent one character per token), with labels mapped; unmapped ones dropped."""
    out: list[CharSpan] = []
    n = len(piece.offsets)
    for item in answer or ():
        parsed = parse_entity(item)
        if parsed is None:
            continue
        label, begin, end = parsed
        mapped = label_map.get(label)
        if mapped is None or not 0 <= begin < end <= n:
            continue
        out.append((piece.offsets[begin], piece.offsets[end - 1] + 1, mapped))
    return out
