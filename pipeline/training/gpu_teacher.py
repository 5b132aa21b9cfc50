"""A BiLSTM (or transformer) teacher for char_ner, trained on a GPU machine that has PyTorch but not spaCy, with
cross-fitting: the teacher of fold k never sees the training texts whose index is k modulo
``--folds`` and gives them its probabilities, so the soft targets of every text come from a model
that did not learn that text (a teacher's targets on its own training texts are nearly the gold).

    python -m pipeline.training.teacher_inputs dump --config configs/train_distill.yaml --out .teacher/inputs.npz
    # on the GPU machine, one process per fold (they share the GPU):
    for k in 0 1 2 3; do python3 -m pipeline.training.gpu_teacher --inputs .teacher/inputs.npz \
        --fold $k --folds 4 --minutes 5 --out OUT & done; wait
    python -m pipeline.training.teacher_inputs collect --inputs .teacher/inputs.npz --folds OUT --out build/ner_teacher
    python -m pipeline.training.train_ner --config configs/train_distill.yaml --init-model models/ner --out DIR

Each fold writes ``fold_<k>.npz`` (held-out text indices, lengths, probabilities in uint8 bins) and
``teacher_log_fold<k>.jsonl`` (dev P/R/F1 per epoch, constrained BIOES decoding as in char_ner).
The best epoch by the mean F1 over the dev sets gives the probabilities.
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import time
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from pipeline.ner import decode   # numpy only: pipeline.ner imports no spaCy until asked
from pipeline.training.torch_taggers import build_model, build_transformer
from pipeline.training.ner_eval import prf

log = logging.getLogger("gpu_teacher")

# features.extract's positions of a char in its FMM word (features.POS_*; a test keeps them equal)
POS_B, POS_S = 0, 3
_SHIFT = np.uint64(21)
_BOUNDARY = np.uint64(0x1FFFFF)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_WORD_MIX = np.uint64(0xC2B2AE3D27D4EB4F)
WIDTHS = (128, 64, 64, 64, 64, 16, 64)
ROWS = (65536, 200_000, 200_000, 200_000, 200_000, 256, 131072)


def feature_ids(chars: np.ndarray, shapes: np.ndarray, lengths: np.ndarray,
                rows: Sequence[int] = ROWS) -> np.ndarray:
    """(n, 7) table indices of features.extract's seven columns, rebuilt from the code points and
    shape codes of texts laid end to end: char, left and right bigram, trigram, the FMM word with
    the char's position, shape, char x position; each id mixed and taken modulo its table's rows."""
    n = len(chars)
    c = chars.astype(np.uint64)
    ends = np.cumsum(lengths.astype(np.int64))
    starts = ends - lengths
    nonempty = lengths > 0
    prev = np.empty_like(c)
    nxt = np.empty_like(c)
    if n:
        prev[1:], nxt[:-1] = c[:-1], c[1:]
        prev[starts[nonempty]] = _BOUNDARY
        nxt[ends[nonempty] - 1] = _BOUNDARY
    pos = (shapes & 3).astype(np.uint64)
    # the word of each char: a new word starts at a B or S position (and at each text's start)
    is_start = (pos == POS_B) | (pos == POS_S)
    is_start[starts[nonempty]] = True
    word_of = np.cumsum(is_start) - 1
    word_starts = np.flatnonzero(is_start)
    offset = np.arange(n) - word_starts[word_of] if n else np.zeros(0, dtype=np.int64)
    powers = np.ones(max(int(offset.max()) + 1 if n else 1, 1), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(1, len(powers)):
            powers[k] = powers[k - 1] * _WORD_MIX
        words = np.add.reduceat(c * powers[offset], word_starts) if n else np.zeros(0, dtype=np.uint64)
        cols = np.stack([c, (prev << _SHIFT) | c, (c << _SHIFT) | nxt,
                         (((prev << _SHIFT) | c) << _SHIFT) | nxt,
                         words[word_of] ^ (pos * _MIX), shapes.astype(np.uint64),
                         (c << np.uint64(2)) | pos], axis=1)
        mixed = (cols * _MIX) >> np.uint64(24)
    return (mixed % np.array(rows, dtype=np.uint64)).astype(np.int64)


class Texts:
    """Texts laid end to end on the device: padded batches are gathered from the flat tables."""

    def __init__(self, torch: Any, data: Any, prefix: str, device: str, rows: Sequence[int] = ROWS) -> None:
        self.torch = torch
        self.lengths = data[f"{prefix}_lengths"].astype(np.int64)
        self.starts = np.cumsum(self.lengths) - self.lengths
        ids = feature_ids(data[f"{prefix}_chars"], data[f"{prefix}_shapes"], self.lengths, rows)
        self.ids = torch.from_numpy(ids).to(device)
        self.gold = torch.from_numpy(data[f"{prefix}_gold"].astype(np.int64)).to(device)
        self.gold_np = data[f"{prefix}_gold"]
        self.device = device

    def batch(self, idx: Sequence[int]) -> tuple[Any, Any, Any]:
        torch = self.torch
        lengths = torch.as_tensor(self.lengths[idx], device=self.device)
        starts = torch.as_tensor(self.starts[idx], device=self.device)
        steps = torch.arange(int(lengths.max()), device=self.device)
        inside = steps[None, :] < lengths[:, None]
        where = torch.where(inside, starts[:, None] + steps[None, :], torch.zeros_like(inside, dtype=torch.int64))
        gold = torch.where(inside, self.gold[where], torch.full_like(where, -1))
        return self.ids[where], lengths, gold


def length_batches(idx: Sequence[int], lengths: np.ndarray, batch_chars: int) -> list[list[int]]:
    """Texts sorted by length, cut into batches of about ``batch_chars`` padded chars."""
    order = sorted(idx, key=lambda i: lengths[i])
    out, cur = [], []
    for i in order:
        if cur and (len(cur) + 1) * lengths[i] > batch_chars:
            out.append(cur)
            cur = []
        cur.append(i)
    if cur:
        out.append(cur)
    return out


def predict(torch: Any, model: Any, texts: Texts, idx: Sequence[int], batch_chars: int) -> list[np.ndarray]:
    """Tag probabilities (n_chars, n_tags) of the texts ``idx``, in that order."""
    model.eval()
    out: dict[int, np.ndarray] = {}
    with torch.no_grad():
        for b in length_batches(idx, texts.lengths, batch_chars):
            ids, lengths, _ = texts.batch(b)
            probs = torch.softmax(model(ids, lengths).float(), dim=-1).cpu().numpy()
            for r, i in enumerate(b):
                out[i] = probs[r, : texts.lengths[i]]
    model.train()
    return [out[i] for i in idx]


def score(tags: list[str], probs: list[np.ndarray], texts: Texts) -> dict:
    trans, start, end = decode.constraints(tags)
    paths = decode.decode_probs(probs, trans, start, end)
    gold = np.split(texts.gold_np, np.cumsum(texts.lengths)[:-1])
    return prf([decode.tags_to_spans(g, tags) for g in gold], [decode.tags_to_spans(p, tags) for p in paths])


def train_fold(inputs: Path, out: Path, fold: int, folds: int, minutes: float, hidden: int = 256,
               layers: int = 2, dropout: float = 0.3, learn_rate: float = 0.002, batch_chars: int = 8000,
               seed: int = 0, device: str = "cuda", widths: Sequence[int] = WIDTHS,
               rows: Sequence[int] = ROWS, arch: str = "bilstm", heads: int = 4, warmup: float = 0.0) -> list[dict]:
    import torch
    torch.manual_seed(seed + fold)
    torch.set_num_threads(4)   # folds run side by side on one machine
    rng = np.random.default_rng(seed + fold)
    data = np.load(inputs)
    tags = [str(t) for t in data["tags"]]
    train = Texts(torch, data, "train", device, rows)
    dev_names = [k[len("dev_"): -len("_lengths")] for k in data.files if k.startswith("dev_") and k.endswith("_lengths")]
    devs = {name: Texts(torch, data, f"dev_{name}", device, rows) for name in dev_names}
    n = len(train.lengths)
    held = [i for i in range(n) if folds == 1 or i % folds == fold]
    learn = [i for i in range(n) if folds == 1 or i % folds != fold]
    if arch not in ("bilstm", "transformer"):
        raise ValueError(f"--arch {arch}: bilstm or transformer")
    model = (build_model(torch, widths, rows, hidden, dropout, layers, len(tags)) if arch == "bilstm" else
             build_transformer(torch, widths, rows, hidden, dropout, layers, len(tags), heads)).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=learn_rate)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-1)
    batches = length_batches(learn, train.lengths, batch_chars)
    out.mkdir(parents=True, exist_ok=True)
    log_path = out / f"teacher_log_fold{fold}.jsonl"
    t_start, budget = time.perf_counter(), 60 * minutes
    records, best_f, best_state, epoch = [], -1.0, None, 0
    while time.perf_counter() - t_start < budget:
        epoch += 1
        e0, n_chars, total = time.perf_counter(), 0, torch.zeros((), device=device)
        for k in rng.permutation(len(batches)).tolist():
            # a linear warm-up over the first ``warmup`` of the time budget, then a cosine decay
            done = min((time.perf_counter() - t_start) / budget, 1.0)
            scale = done / warmup if done < warmup else 0.5 * (1 + math.cos(math.pi * (done - warmup) / (1 - warmup)))
            for group in opt.param_groups:
                group["lr"] = learn_rate * scale
            ids, lengths, gold = train.batch(batches[k])
            logits = model(ids, lengths)
            loss = loss_fn(logits.reshape(-1, logits.shape[-1]), gold.reshape(-1))
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            n_chars += int(lengths.sum())
            total = total + loss.detach() * int(lengths.sum())   # summed on the device: no sync a step
        train_secs = time.perf_counter() - e0
        dev = {name: score(tags, predict(torch, model, t, list(range(len(t.lengths))), 4 * batch_chars), t)
               for name, t in devs.items()}
        mean_f = sum(s["ALL"]["f"] for s in dev.values()) / max(len(dev), 1)
        record = {"fold": fold, "arch": arch, "epoch": epoch, "loss_per_char": float(total) / max(n_chars, 1),
                  "train_chars_per_s": n_chars / train_secs, "minutes": (time.perf_counter() - t_start) / 60,
                  "dev": dev, "mean_f": mean_f}
        records.append(record)
        with open(log_path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
        log.info("fold %d epoch %d loss %.4f %s", fold, epoch, record["loss_per_char"],
                 " | ".join(f"{k} F={s['ALL']['f']:.4f}" for k, s in dev.items()))
        if mean_f > best_f:
            best_f = mean_f
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
    if best_state is not None:
        model.load_state_dict(best_state)
    probs = predict(torch, model, train, held, 4 * batch_chars)
    bins = np.minimum(np.floor(np.concatenate(probs) * 256), 255).astype(np.uint8)
    np.savez_compressed(out / f"fold_{fold}.npz", indices=np.array(held, dtype=np.int32),
                        lengths=train.lengths[held].astype(np.int32), probs=bins)
    return records


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--inputs", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--fold", type=int, default=0)
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--minutes", type=float, default=5)
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--learn-rate", type=float, default=0.002)
    ap.add_argument("--batch-chars", type=int, default=8000)
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--arch", default="bilstm", choices=["bilstm", "transformer"])
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--warmup", type=float, default=0.0, help="share of the time budget warming the rate up")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    train_fold(Path(args.inputs), Path(args.out), args.fold, args.folds, args.minutes, args.hidden,
               args.layers, args.dropout, args.learn_rate, args.batch_chars, device=args.device,
               arch=args.arch, heads=args.heads, warmup=args.warmup)


if __name__ == "__main__":
    main()
