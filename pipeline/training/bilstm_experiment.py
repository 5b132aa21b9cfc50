"""Architecture experiment for the model card: a BiLSTM over char_ner's own features.

    python -m pipeline.training.bilstm_experiment --config configs/train_v3.yaml --out DIR [--epochs 3]

Same data, splits, lexicon and jackknifed People's Daily features as ``train_ner`` (``load_data``),
the same 7 hashed feature columns (``features.extract``) and the same constrained BIOES decoding;
only the context encoder differs: a bidirectional LSTM (whole text in view) instead of the window
CNN (+-6 characters). Not part of the pipeline: it needs PyTorch (``pip install torch``, the
HanLP extra), and a recurrent layer would not reach the pipeline's speed in numpy. Writes
``DIR/bilstm_log.jsonl``: dev P/R/F1 per epoch, train and decode chars/s.

With ``--teacher`` it also keeps the best epoch's weights (``DIR/teacher.pt``) and writes its tag
probabilities for every training text (``DIR/teacher_probs.npy``, float16, the texts' rows one
after another in ``train_ner.training_arrays``' order, and ``DIR/teacher_lengths.npy``): soft targets for
distilling it into the fast CNN (``train_ner`` with ``distill_probs``).
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import time
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from pipeline.ner.char_ner import DEFAULT_MODEL, LABELS
from pipeline.ner.decode import constraints, decode_probs, make_tags, tags_to_spans
from pipeline.ner.features import extract
from pipeline.training.torch_taggers import build_model as build_bilstm
from pipeline.training.ner_eval import format_prf, prf
from pipeline.training.teacher_probs import save_teacher_probs
from pipeline.training.train_ner import load_config, load_data, training_arrays

log = logging.getLogger("bilstm_experiment")


def _torch():
    try:
        import torch
    except ImportError:
        raise SystemExit("bilstm_experiment needs PyTorch: pip install torch (or use the HanLP "
                         "environment, make test-hanlp)") from None
    return torch


def build_model(torch: Any, hidden: int, dropout: float) -> Any:
    """The BiLSTM over char_ner's feature columns and embedding widths and rows."""
    return build_bilstm(torch, DEFAULT_MODEL["embed_widths"], DEFAULT_MODEL["embed_rows"], hidden, dropout)


def _batches(order: Sequence[int], lengths: Sequence[int], batch_chars: int) -> list[list[int]]:
    out, cur, size = [], [], 0
    for i in order:
        cur.append(i)
        size += lengths[i]
        if size >= batch_chars:
            out.append(cur)
            cur, size = [], 0
    if cur:
        out.append(cur)
    return out


def _tensors(torch: Any, xs: list[np.ndarray], ys: list[np.ndarray] | None, idx: list[int]) -> tuple:
    n = max(len(xs[i]) for i in idx)
    ids = np.zeros((len(idx), n, xs[idx[0]].shape[1]), dtype=np.int64)
    gold = np.full((len(idx), n), -1, dtype=np.int64)
    for row, i in enumerate(idx):
        # uint64 hashes -> int64 keeping the low 63 bits (the model takes them modulo its rows)
        ids[row, :len(xs[i])] = (xs[i] & np.uint64(0x7FFFFFFFFFFFFFFF)).astype(np.int64)
        if ys is not None:
            gold[row, :len(ys[i])] = ys[i]
    lengths = torch.tensor([len(xs[i]) for i in idx])
    return torch.from_numpy(ids), lengths, torch.from_numpy(gold)


def predict_probs(torch: Any, model: Any, xs: list[np.ndarray]) -> list[np.ndarray]:
    """Tag probabilities (n_chars, n_tags) of each text, in the order of ``xs``."""
    model.eval()
    out: list = [None] * len(xs)
    order = sorted(range(len(xs)), key=lambda i: len(xs[i]))
    with torch.no_grad():
        for idx in _batches(order, [len(x) for x in xs], 6000):
            ids, lengths, _ = _tensors(torch, xs, None, idx)
            probs = torch.softmax(model(ids, lengths), dim=-1).numpy()
            for r, i in enumerate(idx):
                out[i] = probs[r, :len(xs[i])]
    model.train()
    return out


def evaluate(torch: Any, model: Any, xs: list[np.ndarray], examples: list, tags: list[str]) -> tuple[dict, float]:
    trans, start, end = constraints(tags)
    t0 = time.perf_counter()
    paths = decode_probs(predict_probs(torch, model, xs), trans, start, end)
    secs = time.perf_counter() - t0
    preds = [tags_to_spans(path, tags) for path in paths]
    return prf([s for _, s in examples], preds), sum(len(x) for x in xs) / max(secs, 1e-9)


def run(cfg: dict[str, Any], corpora: Path, out: Path, epochs: int, hidden: int, max_minutes: float,
        limit: int = 0, teacher: bool = False, threads: int = 1) -> list[dict]:
    torch = _torch()
    torch.set_num_threads(threads)
    torch.manual_seed(int(cfg.get("seed", 0)))
    rng = random.Random(int(cfg.get("seed", 0)))
    tags = make_tags(LABELS)
    train_data, devs, lexicon, jackknife = load_data(cfg, corpora, limit)
    xs, ys = training_arrays(train_data, lexicon, jackknife, tags)
    dev_x = {name: [extract(t, lexicon) for t, _ in data] for name, data in devs.items()}
    model = build_model(torch, hidden, float(cfg.get("dropout", 0.2)))
    opt = torch.optim.Adam(model.parameters(), lr=float(cfg.get("bilstm_learn_rate", 0.002)))
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-1)
    out.mkdir(parents=True, exist_ok=True)
    log_path, records, best_f = out / "bilstm_log.jsonl", [], -1.0
    deadline = time.perf_counter() + 60 * max_minutes
    lengths = [len(x) for x in xs]
    for epoch in range(1, epochs + 1):
        order = list(range(len(xs)))
        rng.shuffle(order)
        t0, n_chars, stopped = time.perf_counter(), 0, False
        for idx in _batches(order, lengths, int(cfg.get("batch_chars", 3000))):
            ids, lens, gold = _tensors(torch, xs, ys, idx)
            logits = model(ids, lens)
            loss = loss_fn(logits.reshape(-1, logits.shape[-1]), gold[:, :logits.shape[1]].reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()
            n_chars += int(lens.sum())
            if time.perf_counter() > deadline:
                stopped = True
                break
        train_cps = n_chars / (time.perf_counter() - t0)
        scores = {name: evaluate(torch, model, dev_x[name], data, tags) for name, data in devs.items()}
        record = {"epoch": epoch, "train_chars": n_chars, "train_chars_per_s": train_cps,
                  "decode_chars_per_s": min(cps for _, cps in scores.values()),
                  "dev": {name: sc for name, (sc, _) in scores.items()}, "partial_epoch": stopped}
        records.append(record)
        record["mean_f"] = sum(sc["ALL"]["f"] for sc in record["dev"].values()) / len(record["dev"])
        if teacher and record["mean_f"] > best_f:
            best_f = record["mean_f"]
            torch.save(model.state_dict(), out / "teacher.pt")
        with open(log_path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
        log.info("epoch %d train %.0f chars/s %s", epoch, train_cps,
                 " | ".join(f"{k}: {format_prf(v)}" for k, v in record["dev"].items()))
        if stopped:
            break
    if teacher:
        model.load_state_dict(torch.load(out / "teacher.pt"))
        save_teacher_probs(out, predict_probs(torch, model, xs))
        log.info("teacher probabilities of %d training texts written to %s", len(xs), out)
    return records


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--config", default="configs/train_v3.yaml")
    ap.add_argument("--corpora", default=None)
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--max-minutes", type=float, default=45)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N texts of each corpus (smoke runs)")
    ap.add_argument("--teacher", action="store_true",
                    help="keep the best weights and write their probabilities on the training texts")
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    cfg = load_config(args.config)
    corpora = Path(args.corpora or cfg.get("corpora", "../shared/corpora"))
    run(cfg, corpora, Path(args.out), args.epochs, args.hidden, args.max_minutes, args.limit,
        args.teacher, args.threads)


if __name__ == "__main__":
    main()
