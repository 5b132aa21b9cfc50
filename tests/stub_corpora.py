"""Tiny MSRA and People's Daily 1998 files in the layout of ../shared/corpora, for training tests."""
from __future__ import annotations

import gzip
from pathlib import Path
from typing import Iterable, Sequence


def write_msra(corpora: Path, blocks: Iterable[tuple[str, Sequence[str]]]) -> None:
    """``blocks``: (text, one BIO tag per character)."""
    (corpora / "msra").mkdir(parents=True, exist_ok=True)
    with gzip.open(corpora / "msra" / "train_data.gz", "wt", encoding="utf-8") as fh:
        for text, tags in blocks:
            fh.write("".join(f"{c}\t{t}\n" for c, t in zip(text, tags)) + "\n")


def write_pd1998(corpora: Path, lines: Iterable[str]) -> None:
    """``lines``: PD paragraphs (``19980101-01-001-001/m  word/pos ...``), GB18030 as the corpus is."""
    (corpora / "pd1998").mkdir(parents=True, exist_ok=True)
    with gzip.open(corpora / "pd1998" / "199801_01-25.txt.gz", "wt", encoding="gb18030") as fh:
        fh.write("".join(line + "\n" for line in lines))


def tiny_ner_corpora(corpora: Path, msra_copies: int = 20) -> dict:
    """A repeated MSRA block and three PD days (train, train, dev) under ``corpora``, and a
    ``train_ner`` config that splits them as the real configs do."""
    write_msra(corpora, [("张良在北京", ["B-PER", "I-PER", "O", "B-LOC", "I-LOC"])] * msra_copies)
    write_pd1998(corpora, [f"199801{day}-01-001-001/m  王小明/nr  访问/v  天津/ns  。/w" for day in ("01", "12", "22")])
    return {"dev_split": "tail", "dev_fraction": 0.1, "pd1998": True, "pd_train_days": [1, 20],
            "pd_dev_days": [21, 25], "lexicon_days": [1, 20], "seed": 0}
