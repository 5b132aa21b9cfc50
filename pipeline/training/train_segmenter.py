"""Train the project's pkuseg word segmenter on People's Daily 1998 and score it on held-out days.

    python -m pipeline.training.train_segmenter --corpora ../shared/corpora --out models/pkuseg [--iters N]

Train on days 01-21, test on days 22-25 (the corpus copy covers 01-25). pkuseg's scratch
files go to a temporary directory (``spacy_pkuseg.config.tempFile`` is itself a
TemporaryDirectory, and the raw model is written into ours), so nothing but the compacted
model and ``metrics.json`` lands in ``--out``.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Sequence

from pipeline.corpora.pd1998 import default_path, iter_paragraphs
from pipeline.segmentation.metrics import SegScores
from pipeline.segmentation.normalize import halfwidth_punct
from pipeline.segmentation.user_dict import build_user_dict
from pipeline.training.pkuseg_model import compact_model, model_size_bytes
from pipeline.training.seg_data import build_split, write_lines


def parse_days(spec: str) -> range:
    """'1-21' -> range(1, 22)."""
    lo, _, hi = spec.partition("-")
    return range(int(lo), int(hi or lo) + 1)


def load_segmenter(model_dir: str | Path, user_dict: str | Path | None, postprocess: bool = False):
    """A spacy_pkuseg segmenter from a local dir (never a registered name: no download)."""
    import spacy_pkuseg

    seg = spacy_pkuseg.pkuseg(str(model_dir), user_dict=str(user_dict) if user_dict else "default")
    seg.postprocesser.do_process = postprocess  # default.pkl merging is off unless asked
    return seg


def evaluate(seg, sents: Sequence[Sequence[str]], punct_halfwidth: bool = False) -> SegScores:
    scores = SegScores()
    for gold in sents:
        if punct_halfwidth:
            gold = [halfwidth_punct(w) for w in gold]
        scores.add(gold, seg.cut("".join(gold)))
    return scores


def score_model(model_dir: Path, test: Sequence[Sequence[str]], user_dict_out: Path | None) -> dict:
    """P/R/F1 on ``test`` with/without the lexicon user dict, original and half-width punctuation."""

    def score(user_dict: Path | None, punct: bool, postprocess: bool = False) -> dict:
        return evaluate(load_segmenter(model_dir, user_dict, postprocess), test, punct).as_dict()

    results = {
        "model_only": score(None, False),
        "model_only_halfwidth_punct": score(None, True),
        # pkuseg's generic default.pkl merge step (spaCy's default when a user dict is given)
        "model_default_pkl_postprocess": score(None, False, postprocess=True),
    }
    if user_dict_out is not None:
        build_user_dict(user_dict_out)
        results["with_user_dict"] = score(user_dict_out, False)
        results["with_user_dict_halfwidth_punct"] = score(user_dict_out, True)
    return results


def train_and_evaluate(
    corpus: Path,
    out_dir: Path,
    iters: int,
    train_days: range,
    test_days: range,
    feature_trim: int,
    min_abs_weight: float,
    augment_frac: float,
    user_dict_out: Path | None,
    max_train_sents: int | None = None,
    monitor_sents: int = 500,
    seed: int = 13,
) -> dict:
    import spacy_pkuseg
    from spacy_pkuseg.config import config as pkuseg_config

    t0 = time.time()
    split = build_split(iter_paragraphs(corpus), train_days, test_days, augment_frac, seed)
    if max_train_sents is not None:
        split.train = split.train[:max_train_sents]
        split.test = split.test[:max_train_sents]
    if not split.train or not split.test:
        raise ValueError(f"no training/test sentences for days {train_days} / {test_days} in {corpus}")
    if len(split.train) < pkuseg_config.nUpdate:  # ADF divides the epoch into nUpdate chunks
        raise ValueError(f"pkuseg needs at least {pkuseg_config.nUpdate} training sentences")
    # pkuseg scores every iteration on its test file; a small sample keeps that cheap.
    # It only feeds pkuseg's log (no model selection), the real score is computed below.
    monitor = random.Random(seed).sample(split.test, min(monitor_sents, len(split.test)))

    with tempfile.TemporaryDirectory(prefix="pkuseg-train-") as tmp:
        tmp_path = Path(tmp)
        train_file, monitor_file = tmp_path / "train.txt", tmp_path / "monitor.txt"
        n_train = write_lines(split.train, train_file)
        write_lines(monitor, monitor_file)
        raw_dir = tmp_path / "raw_model"
        pkuseg_config.featureTrim = feature_trim
        log = io.StringIO()
        t1 = time.time()
        with contextlib.redirect_stdout(log):
            spacy_pkuseg.train(str(train_file), str(monitor_file), str(raw_dir), train_iter=iters)
        train_seconds = time.time() - t1
        out_dir.mkdir(parents=True, exist_ok=True)
        counts = compact_model(raw_dir, out_dir, min_abs_weight)
    iter_log = [line for line in log.getvalue().splitlines() if line.startswith("iter")]
    for line in iter_log:
        print(line, file=sys.stderr)

    results = score_model(out_dir, split.test, user_dict_out)

    return {
        "corpus": corpus.name,
        "train_days": f"{train_days.start:02d}-{train_days.stop - 1:02d}",
        "test_days": f"{test_days.start:02d}-{test_days.stop - 1:02d}",
        "train_sentences": n_train,
        "test_sentences": len(split.test),
        "test_words": sum(map(len, split.test)),
        "iters": iters,
        "feature_trim": feature_trim,
        "min_abs_weight": min_abs_weight,
        "augment_frac": augment_frac,
        **counts,
        "model_bytes": model_size_bytes(out_dir),
        "train_seconds": round(train_seconds, 1),
        "total_seconds": round(time.time() - t0, 1),
        "pkuseg_iter_log": iter_log,
        "scores": results,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Train the pkuseg segmenter on PD1998.")
    ap.add_argument("--corpora", default="../shared/corpora", help="shared corpora dir (holds pd1998/)")
    ap.add_argument("--out", default="models/pkuseg", help="model output dir")
    ap.add_argument("--iters", type=int, default=10)
    ap.add_argument("--train-days", default="1-21")
    ap.add_argument("--test-days", default="22-25")
    ap.add_argument("--feature-trim", type=int, default=2, help="keep features seen more than N times")
    ap.add_argument("--min-abs-weight", type=float, default=0.0, help="drop features with all |w| <= this")
    ap.add_argument("--augment-frac", type=float, default=0.3, help="share of train sentences with half-width punct")
    ap.add_argument("--user-dict", default=None,
                    help="where to build the lexicon user dict for the with-dict score (default: temp file)")
    ap.add_argument("--no-user-dict-eval", action="store_true")
    ap.add_argument("--max-train-sents", type=int, default=None, help="for smoke tests")
    ap.add_argument("--eval-only", action="store_true", help="re-score the model in --out, no training")
    args = ap.parse_args(argv)

    out_dir = Path(args.out)
    with tempfile.TemporaryDirectory() as tmp:
        user_dict = None if args.no_user_dict_eval else Path(args.user_dict or Path(tmp) / "user_dict.txt")
        if args.eval_only:
            test_days = parse_days(args.test_days)
            split = build_split(iter_paragraphs(default_path(args.corpora)), range(0), test_days)
            scores = score_model(out_dir, split.test, user_dict)
            metrics_file = out_dir / "metrics.json"
            if metrics_file.is_file():  # refresh the scores of an existing training record
                metrics = json.loads(metrics_file.read_text(encoding="utf-8"))
                metrics["scores"] = scores
                metrics_file.write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(json.dumps(scores, indent=2))
            return
        metrics = train_and_evaluate(
            corpus=default_path(args.corpora),
            out_dir=out_dir,
            iters=args.iters,
            train_days=parse_days(args.train_days),
            test_days=parse_days(args.test_days),
            feature_trim=args.feature_trim,
            min_abs_weight=args.min_abs_weight,
            augment_frac=args.augment_frac,
            user_dict_out=user_dict,
            max_train_sents=args.max_train_sents,
        )
    (out_dir / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(metrics["scores"], indent=2))


if __name__ == "__main__":
    main()
