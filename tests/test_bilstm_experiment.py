"""The BiLSTM architecture experiment (pipeline/training/bilstm_experiment.py) trains and scores on
the same data preparation as train_ner. Needs PyTorch: runs in the HanLP environment (make test-hanlp)."""
from __future__ import annotations

import json

import pytest

torch = pytest.importorskip("torch")

from pipeline.training.bilstm_experiment import run  # noqa: E402
from tests.stub_corpora import write_msra, write_pd1998  # noqa: E402


def test_bilstm_trains_on_the_train_ner_splits(tmp_path):
    corpora = tmp_path / "corpora"
    write_msra(corpora, [("张良在北京", ["B-PER", "I-PER", "O", "B-LOC", "I-LOC"])] * 40)
    write_pd1998(corpora, [f"199801{day}-01-001-001/m  王小明/nr  访问/v  天津/ns  。/w" for day in ("01", "12", "22")])
    cfg = {"dev_split": "tail", "dev_fraction": 0.1, "pd1998": True, "pd_train_days": [1, 20],
           "pd_dev_days": [21, 25], "lexicon_days": [1, 20], "seed": 0, "batch_chars": 50}
    records = run(cfg, corpora, tmp_path / "out", epochs=2, hidden=8, max_minutes=5)
    assert [r["epoch"] for r in records] == [1, 2]
    assert set(records[-1]["dev"]) == {"msra", "pd"}
    # 4 dev blocks of MSRA, each with one PER and one LOC; the PD dev day holds one of each
    assert records[-1]["dev"]["msra"]["ALL"]["f"] > 0.5
    logged = [json.loads(line) for line in (tmp_path / "out" / "bilstm_log.jsonl").read_text().splitlines()]
    assert len(logged) == 2 and logged[0]["train_chars"] > 0


def test_teacher_writes_its_probabilities_for_every_training_text(tmp_path):
    import numpy as np
    from pipeline.training.train_ner import load_data
    corpora = tmp_path / "corpora"
    write_msra(corpora, [("张良在北京", ["B-PER", "I-PER", "O", "B-LOC", "I-LOC"])] * 20)
    write_pd1998(corpora, [f"199801{day}-01-001-001/m  王小明/nr  访问/v  天津/ns  。/w" for day in ("01", "12")])
    cfg = {"dev_split": "tail", "dev_fraction": 0.1, "pd1998": True, "pd_train_days": [1, 20],
           "lexicon_days": [1, 20], "seed": 0, "batch_chars": 50}
    run(cfg, corpora, tmp_path / "out", epochs=1, hidden=8, max_minutes=5, teacher=True)
    train_data, _, _, jackknife = load_data(cfg, corpora)
    texts = [t for t, _ in train_data] + [t for _, part, _ in jackknife for t, _ in part]
    lengths = np.load(tmp_path / "out" / "teacher_lengths.npy")
    probs = np.load(tmp_path / "out" / "teacher_probs.npy")
    assert list(lengths) == [len(t) for t in texts] and len(jackknife) == 2   # MSRA, then PD halves
    assert probs.shape == (sum(lengths), 13)
    assert np.allclose(probs.astype(np.float32).sum(axis=1), 1.0, atol=1e-2)
    assert (tmp_path / "out" / "teacher.pt").exists()
