"""The cross-fitted teacher (pipeline/training/gpu_teacher.py) trains on the CPU too: each fold
gives probabilities for exactly the texts it did not learn, and the folds together are the soft
targets train_ner reads. Needs PyTorch: runs in the HanLP environment (make test-hanlp)."""
from __future__ import annotations

import json

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from pipeline.ner.decode import constraints, decode_probs, tags_to_spans  # noqa: E402
from pipeline.training.gpu_teacher import train_fold  # noqa: E402
from pipeline.training.teacher_inputs import collect, dump  # noqa: E402
from pipeline.training.teacher_probs import load_teacher_probs  # noqa: E402
from tests.stub_corpora import tiny_ner_corpora  # noqa: E402

SMALL = {"widths": (8,) * 7, "rows": (512,) * 7}


def test_folds_cover_every_training_text_once_and_learn_the_names(tmp_path):
    corpora = tmp_path / "corpora"
    cfg = tiny_ner_corpora(corpora, 30)
    dump(cfg, corpora, tmp_path / "inputs.npz")
    n_texts = len(np.load(tmp_path / "inputs.npz")["train_lengths"])
    for fold in (0, 1):
        # (the budget is wall time: 3 s left a busy machine's fold short of the names 1 run in 4)
        records = train_fold(tmp_path / "inputs.npz", tmp_path / "folds", fold, 2, minutes=0.15, hidden=8,
                             layers=2, batch_chars=40, device="cpu", **SMALL)
        assert records and set(records[-1]["dev"]) == {"msra", "pd"}
    part = np.load(tmp_path / "folds" / "fold_0.npz")
    assert part["indices"].tolist() == list(range(0, n_texts, 2))   # fold 0 holds the even texts out
    logged = (tmp_path / "folds" / "teacher_log_fold1.jsonl").read_text().splitlines()
    assert json.loads(logged[-1])["fold"] == 1
    assert collect(tmp_path / "inputs.npz", tmp_path / "folds", tmp_path / "teacher") == n_texts
    lengths = np.load(tmp_path / "inputs.npz")["train_lengths"]
    soft = load_teacher_probs(tmp_path / "teacher", [np.zeros(n) for n in lengths])
    assert len(soft) == n_texts
    # the MSRA block is one repeated text: a fold that never saw a copy still tags it (张 begins a PER)
    tags = np.load(tmp_path / "inputs.npz")["tags"].tolist()
    path = decode_probs([soft[0].astype(np.float32)], *constraints(tags))[0]
    assert tags_to_spans(path, tags) == [(0, 2, "PER"), (3, 5, "LOC")]


def test_the_transformer_teacher_trains_on_the_same_inputs(tmp_path):
    corpora = tmp_path / "corpora"
    cfg = tiny_ner_corpora(corpora, 30)
    dump(cfg, corpora, tmp_path / "inputs.npz")
    records = train_fold(tmp_path / "inputs.npz", tmp_path / "folds", 0, 1, minutes=0.05, hidden=8, layers=1,
                         batch_chars=40, device="cpu", arch="transformer", heads=2, warmup=0.1, **SMALL)
    assert records and records[-1]["arch"] == "transformer" and set(records[-1]["dev"]) == {"msra", "pd"}
    lengths = np.load(tmp_path / "inputs.npz")["train_lengths"]
    part = np.load(tmp_path / "folds" / "fold_0.npz")
    assert part["lengths"].tolist() == lengths.tolist()   # one fold: every text, in order
    assert part["probs"].shape == (int(lengths.sum()), 13)
    with pytest.raises(ValueError, match="bilstm or transformer"):
        train_fold(tmp_path / "inputs.npz", tmp_path / "other", 0, 1, minutes=0.01, device="cpu", arch="crf", **SMALL)
