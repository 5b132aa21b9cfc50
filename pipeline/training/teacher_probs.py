"""A teacher's tag probabilities on the training texts, for distillation: one file format, written
by ``bilstm_experiment --teacher`` and read by ``train_ner`` (``distill_probs``).

``teacher_probs.npy`` holds the texts' (n_chars, n_tags) rows one after another (float16) in the
order of ``train_ner.training_arrays``; ``teacher_lengths.npy`` the number of rows of each text.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

PROBS, LENGTHS = "teacher_probs.npy", "teacher_lengths.npy"


def save_teacher_probs(out: Path, probs: Sequence[np.ndarray]) -> None:
    np.save(out / PROBS, np.concatenate(probs).astype(np.float16))
    np.save(out / LENGTHS, np.array([len(p) for p in probs], dtype=np.int64))


def load_teacher_probs(folder: Path, train_x: Sequence[np.ndarray]) -> list[np.ndarray]:
    """A teacher's probabilities per training text, checked against the texts: the same data, in
    the same order, or training stops with the reason."""
    probs_path, lengths_path = folder / PROBS, folder / LENGTHS
    for path in (probs_path, lengths_path):
        if not path.exists():
            raise FileNotFoundError(f"distill_probs: {path} is missing (write it with "
                                    f"python -m pipeline.training.bilstm_experiment --teacher --out {folder})")
    flat, lengths = np.load(probs_path), np.load(lengths_path)
    ours = [len(x) for x in train_x]
    if len(lengths) != len(ours) or any(int(a) != b for a, b in zip(lengths, ours)):
        raise ValueError(f"distill_probs: {folder} holds {len(lengths)} texts whose lengths differ from "
                         f"this config's {len(ours)} training texts (another config, corpus or --limit?)")
    return np.split(flat, np.cumsum(lengths)[:-1])
