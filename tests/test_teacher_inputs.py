"""The compact teacher inputs (pipeline/training/teacher_inputs.py) carry what char_ner's features
hold, and a GPU teacher's folds come back as one soft target per training text (gpu_teacher.py's
feature rebuilding needs numpy only, so it is checked here, without PyTorch)."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.ner import features
from pipeline.ner.features import Lexicon, extract
from pipeline.training import gpu_teacher
from pipeline.training.teacher_inputs import collect, compact, dump
from pipeline.training.teacher_probs import load_teacher_probs
from tests.stub_corpora import tiny_ner_corpora

TEXTS = ["周明远在东江市总工会工作", "东江市总工会和周明远", "吴晓东访问东江市", "总工会"]


def _partition(column: np.ndarray) -> list[frozenset]:
    """Positions grouped by equal value: two columns hold the same information iff these agree."""
    groups: dict = {}
    for i, v in enumerate(column.tolist()):
        groups.setdefault(v, set()).add(i)
    return sorted(map(frozenset, groups.values()), key=min)


def test_the_rebuilt_features_group_chars_exactly_as_char_ners_own():
    lexicon = Lexicon({"东江市": 2, "总工会": 4, "周明远": 1, "工作": 0, "访问": 0})
    xs = [extract(t, lexicon) for t in TEXTS]
    ys = [np.zeros(len(t), dtype=np.int32) for t in TEXTS]
    arrays = compact(xs, ys, "train")
    ours = gpu_teacher.feature_ids(arrays["train_chars"], arrays["train_shapes"], arrays["train_lengths"])
    theirs = np.concatenate(xs)
    assert ours.shape == theirs.shape == (sum(map(len, TEXTS)), features.N_FEATURES)
    for k in range(features.N_FEATURES):
        assert _partition(ours[:, k]) == _partition(theirs[:, k]), f"column {k}"
    assert (ours < np.array(gpu_teacher.ROWS)).all()


def test_the_teachers_word_positions_are_the_features_own():
    assert (gpu_teacher.POS_B, gpu_teacher.POS_S) == (features.POS_B, features.POS_S)


def _fold(path, indices, lengths, value):
    probs = np.full((sum(lengths), 13), value, dtype=np.uint8)
    np.savez(path, indices=np.array(indices, dtype=np.int32), lengths=np.array(lengths, dtype=np.int32),
             probs=probs)


def test_folds_are_collected_in_the_training_order(tmp_path):
    np.savez(tmp_path / "inputs.npz", train_lengths=np.array([2, 3, 1], dtype=np.int32))
    _fold(tmp_path / "fold_0.npz", [0, 2], [2, 1], 10)
    probs = np.zeros((3, 13), dtype=np.uint8)
    probs[:, 4] = 255
    np.savez(tmp_path / "fold_1.npz", indices=np.array([1], dtype=np.int32),
             lengths=np.array([3], dtype=np.int32), probs=probs)
    assert collect(tmp_path / "inputs.npz", tmp_path, tmp_path / "out") == 3
    soft = load_teacher_probs(tmp_path / "out", [np.zeros(2), np.zeros(3), np.zeros(1)])
    assert [len(p) for p in soft] == [2, 3, 1]
    assert np.allclose(soft[0].astype(np.float32), 1 / 13, atol=1e-3)   # equal bins: uniform
    assert soft[1].astype(np.float32).argmax(axis=1).tolist() == [4, 4, 4]
    assert np.allclose(soft[1].astype(np.float32).sum(axis=1), 1.0, atol=1e-2)


def test_a_text_no_fold_covered_or_two_folds_gave_stops_the_collection(tmp_path):
    np.savez(tmp_path / "inputs.npz", train_lengths=np.array([2, 3], dtype=np.int32))
    _fold(tmp_path / "fold_0.npz", [0], [2], 10)
    with pytest.raises(ValueError, match="no fold"):
        collect(tmp_path / "inputs.npz", tmp_path, tmp_path / "out")
    _fold(tmp_path / "fold_1.npz", [0, 1], [2, 3], 10)
    with pytest.raises(ValueError, match="twice"):
        collect(tmp_path / "inputs.npz", tmp_path, tmp_path / "out")


def test_the_dump_holds_every_training_text_and_dev_set(tmp_path):
    from pipeline.training.train_ner import load_data
    corpora = tmp_path / "corpora"
    cfg = tiny_ner_corpora(corpora, 20)
    counts = dump(cfg, corpora, tmp_path / "inputs.npz")
    data = np.load(tmp_path / "inputs.npz")
    train_data, devs, _, jackknife = load_data(cfg, corpora)
    texts = [t for t, _ in train_data] + [t for _, part, _ in jackknife for t, _ in part]
    assert data["train_lengths"].tolist() == [len(t) for t in texts]
    assert counts == {"train": sum(map(len, texts)), "dev_msra": sum(len(t) for t, _ in devs["msra"]),
                      "dev_pd": sum(len(t) for t, _ in devs["pd"])}
    assert len(data["tags"]) == 13 and data["train_gold"].max() > 0   # the names are tagged
