"""Reader for the MSRA NER corpus (char<TAB>BIO per line, blank line between blocks).

The file was re-blocked at <=100 chars, which cut a few entities in two (blocks that start
with ``I-``). We repair those by joining the block to its predecessor, so every entity is
whole. The dev split is deterministic: every ``dev_every``-th (repaired) block.
"""
from __future__ import annotations

import gzip
from pathlib import Path
from typing import Iterator

from ..text.tokens import CharSpan

Example = tuple[str, list[CharSpan]]


def default_path(corpora_dir: str | Path = "../shared/corpora") -> Path:
    return Path(corpora_dir) / "msra" / "train_data.gz"


def iter_blocks(path: str | Path) -> Iterator[tuple[list[str], list[str]]]:
    """Raw (chars, BIO tags) blocks in file order."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    chars: list[str] = []
    tags: list[str] = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if chars:
                    yield chars, tags
                chars, tags = [], []
                continue
            ch, _, tag = line.partition("\t")
            chars.append(ch[:1] or " ")
            tags.append(tag.strip() or "O")
    if chars:
        yield chars, tags


def repair_blocks(blocks: list[tuple[list[str], list[str]]]) -> list[tuple[list[str], list[str]]]:
    """Join a block that starts inside an entity (``I-``) onto the previous block."""
    out: list[tuple[list[str], list[str]]] = []
    for chars, tags in blocks:
        if out and tags[0].startswith("I-"):
            out[-1] = (out[-1][0] + chars, out[-1][1] + tags)
        else:
            out.append((chars, tags))
    return out


def bio_to_spans(tags: list[str]) -> list[CharSpan]:
    """Entity spans from BIO tags; a stray ``I-`` (or a type change) opens a new entity."""
    spans: list[CharSpan] = []
    start, label = -1, ""
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, lab = tag.partition("-")
        continues = prefix == "I" and lab == label and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = i, lab
    return spans


def load_examples(path: str | Path) -> list[Example]:
    blocks = repair_blocks(list(iter_blocks(path)))
    return [("".join(chars), bio_to_spans(tags)) for chars, tags in blocks]


def split_dev(examples: list[Example], dev_every: int = 20) -> tuple[list[Example], list[Example]]:
    """(train, dev): block i goes to dev when i % dev_every == dev_every - 1 (~5%)."""
    train = [ex for i, ex in enumerate(examples) if i % dev_every != dev_every - 1]
    dev = [ex for i, ex in enumerate(examples) if i % dev_every == dev_every - 1]
    return train, dev


def split_tail(examples: list[Example], dev_fraction: float = 0.05) -> tuple[list[Example], list[Example]]:
    """(train, dev): the last ``dev_fraction`` of the blocks, contiguous, is dev. Unlike
    :func:`split_dev` no dev block has a train neighbour from the same article, so the dev score
    reads like the official test set's (the interleaved split is ~1-3 points easier)."""
    cut = len(examples) - max(1, round(len(examples) * dev_fraction))
    return examples[:cut], examples[cut:]


def split(examples: list[Example], cfg: dict) -> tuple[list[Example], list[Example]]:
    """The split a training config asks for: ``dev_split: tail`` (``dev_fraction``) or
    ``interleaved`` (``dev_every``, the v1/v2 models' split)."""
    kind = cfg.get("dev_split", "interleaved")
    if kind == "tail":
        return split_tail(examples, float(cfg.get("dev_fraction", 0.05)))
    if kind == "interleaved":
        return split_dev(examples, int(cfg.get("dev_every", 20)))
    raise ValueError(f"dev_split must be 'tail' or 'interleaved', not {kind!r}")
