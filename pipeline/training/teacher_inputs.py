"""The training and dev texts of a ``train_ner`` config in a compact form for a teacher trained on
another machine (``gpu_teacher``: PyTorch, no spaCy), and that teacher's probabilities brought back
as the soft targets ``train_ner`` reads (``distill_probs``).

    python -m pipeline.training.teacher_inputs dump --config configs/train_distill.yaml --out .teacher/inputs.npz
    python -m pipeline.training.teacher_inputs collect --inputs .teacher/inputs.npz --folds DIR --out build/ner_teacher

Per character only two of ``features.extract``'s columns travel: the code point (column 0, after
MSRA's normalisation) and the shape code (column 5: position in the FMM word, word length, lexicon
flags). The others are functions of these two and the neighbouring characters (bigrams, trigram,
the word and char x position; ``gpu_teacher.feature_ids``), so the teacher sees the same
information, jackknifed People's Daily lexicons included, in about a tenth of the bytes.
Texts are in ``train_ner.training_arrays``' order, which the collected probabilities keep.
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Sequence

import numpy as np

from pipeline.ner.char_ner import LABELS
from pipeline.ner.decode import make_tags, spans_to_tag_ids
from pipeline.ner.features import extract
from pipeline.training.teacher_probs import save_teacher_probs
from pipeline.training.train_ner import load_config, load_data, training_arrays

log = logging.getLogger("teacher_inputs")


def compact(xs: Sequence[np.ndarray], ys: Sequence[np.ndarray], prefix: str) -> dict[str, np.ndarray]:
    """``{prefix}_chars`` (uint32 code points), ``_shapes`` (uint8), ``_gold`` (int8 tag ids, -1 left
    out of the loss) and ``_lengths`` (int32) of texts given as feature rows and gold ids."""
    flat = np.concatenate(xs) if xs else np.zeros((0, 7), dtype=np.uint64)
    if len(flat) and int(flat[:, 5].max()) > 0xFF:
        raise ValueError("shape codes no longer fit in a byte: features.extract changed")
    return {f"{prefix}_chars": flat[:, 0].astype(np.uint32),
            f"{prefix}_shapes": flat[:, 5].astype(np.uint8),
            f"{prefix}_gold": np.concatenate(ys).astype(np.int8) if ys else np.zeros(0, dtype=np.int8),
            f"{prefix}_lengths": np.array([len(x) for x in xs], dtype=np.int32)}


def dump(cfg: dict, corpora: Path, out: Path, limit: int = 0) -> dict[str, int]:
    """Write the config's training texts (``train``) and dev sets (``dev_<name>``) to ``out``."""
    tags = make_tags(LABELS)
    train_data, devs, lexicon, jackknife = load_data(cfg, corpora, limit)
    if lexicon is None:
        raise ValueError("teacher_inputs needs the config's own lexicon (rebuild_lexicon or no init_model)")
    arrays = compact(*training_arrays(train_data, lexicon, jackknife, tags), "train")
    for name, data in devs.items():
        arrays.update(compact([extract(t, lexicon) for t, _ in data],
                              [spans_to_tag_ids(len(t), s, tags) for t, s in data], f"dev_{name}"))
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, tags=np.array(tags), **arrays)
    counts = {k[: -len("_lengths")]: int(v.sum()) for k, v in arrays.items() if k.endswith("_lengths")}
    log.info("wrote %s: chars %s", out, counts)
    return counts


def collect(inputs: Path, folds: Path, out: Path) -> int:
    """Join the folds' probabilities (``fold_*.npz``: held-out text indices, their lengths and uint8
    probabilities) into ``out``'s teacher_probs.npy / teacher_lengths.npy, every text once."""
    lengths = np.load(inputs)["train_lengths"]
    probs: list = [None] * len(lengths)
    files = sorted(folds.glob("fold_*.npz"))
    if not files:
        raise FileNotFoundError(f"no fold_*.npz in {folds}")
    for path in files:
        part = np.load(path)
        rows = np.split(part["probs"], np.cumsum(part["lengths"])[:-1])
        for i, n, p in zip(part["indices"].tolist(), part["lengths"].tolist(), rows):
            if n != lengths[i] or probs[i] is not None:
                raise ValueError(f"{path}: text {i} has {n} rows (inputs: {lengths[i]}) or comes twice")
            q = p.astype(np.float32) + 0.5        # uint8 bins back to their centres, renormalised
            probs[i] = q / q.sum(axis=1, keepdims=True)
    missing = [i for i, p in enumerate(probs) if p is None]
    if missing:
        raise ValueError(f"{len(missing)} training texts have no fold's probabilities (first: {missing[0]})")
    out.mkdir(parents=True, exist_ok=True)
    save_teacher_probs(out, probs)
    return len(probs)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--config", required=True)
    d.add_argument("--corpora", default=None)
    d.add_argument("--out", required=True)
    d.add_argument("--limit", type=int, default=0)
    c = sub.add_parser("collect")
    c.add_argument("--inputs", required=True)
    c.add_argument("--folds", required=True)
    c.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.command == "dump":
        cfg = load_config(args.config)
        dump(cfg, Path(args.corpora or cfg.get("corpora", "../shared/corpora")), Path(args.out), args.limit)
    else:
        log.info("%d texts collected", collect(Path(args.inputs), Path(args.folds), Path(args.out)))


if __name__ == "__main__":
    main()
