"""Tests of the char_ner component: features, decoder, alignment, serialization, training."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

import pipeline.ner  # noqa: F401  (registers the char_ner factory)
from pipeline.corpora.msra import bio_to_spans, repair_blocks, split_dev
from pipeline.ner.align import set_char_entities
from pipeline.ner.decode import (constraints, decode_probs, is_valid, make_tags, spans_to_tag_ids,
                                 tags_to_spans, viterbi_batch)
from pipeline.ner.features import N_FEATURES, Lexicon, extract
from pipeline.training.ner_eval import prf
from pipeline.training.train_ner import train

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "models" / "ner"
TAGS = make_tags(["PER", "LOC", "ORG"])
LEX = Lexicon({"北京市": 2, "总工会": 0, "书记": 0, "张良": 1, "北京市总工会": 4, "出席": 0, "会议": 0})

TINY = [
    ("北京市总工会党组书记张良出席会议。", [(0, 6, "ORG"), (10, 12, "PER")]),
    ("张良在北京市考察。", [(0, 2, "PER"), (3, 6, "LOC")]),
    ("王少峰出席丰台区工会大会。", [(0, 3, "PER"), (5, 8, "LOC")]),
    ("上海市总工会召开会议。", [(0, 6, "ORG")]),
    ("李明来到天津。", [(0, 2, "PER"), (4, 6, "LOC")]),
    ("今天天气很好。", []),
]


# ---- corpus reader --------------------------------------------------------------------------
def test_msra_repair_and_spans():
    blocks = [(list("张三和李"), ["B-PER", "I-PER", "O", "B-PER"]), (list("四在"), ["I-PER", "O"])]
    fixed = repair_blocks(blocks)
    assert len(fixed) == 1
    assert bio_to_spans(fixed[0][1]) == [(0, 2, "PER"), (3, 5, "PER")]
    assert bio_to_spans(["I-LOC", "B-ORG", "I-LOC"]) == [(0, 1, "LOC"), (1, 2, "ORG"), (2, 3, "LOC")]


def test_dev_split_deterministic_and_disjoint():
    exs = [(str(i), []) for i in range(100)]
    tr, dv = split_dev(exs, 20)
    assert [t for t, _ in dv] == ["19", "39", "59", "79", "99"]
    assert len(tr) == 95 and not set(t for t, _ in tr) & set(t for t, _ in dv)


# ---- features -------------------------------------------------------------------------------
def test_feature_shapes_and_stability():
    text = "北京市总工会党组书记张良出席会议。"
    f1 = extract(text, LEX)
    f2 = extract(text, Lexicon(dict(LEX.entries)))
    assert f1.shape == (len(text), N_FEATURES) and f1.dtype == np.uint64
    assert np.array_equal(f1, f2)                           # stable across lexicon instances
    assert extract("", LEX).shape == (0, N_FEATURES)
    # the char column is the code point; bigrams differ for the same char in another context
    assert int(f1[0, 0]) == ord("北")
    assert f1[1, 1] != extract("南京", LEX)[1, 1]
    # hash values are fixed across runs/processes (murmurhash, not Python's salted hash)
    assert int(extract("北京", LEX)[0, 4]) == int(extract("北京", Lexicon(dict(LEX.entries)))[0, 4])


def test_fmm_segmentation_and_token_override():
    assert LEX.segment("北京市总工会书记") == [6, 2]
    a = extract("北京市总工会", LEX)
    b = extract("北京市总工会", LEX, word_lengths=[3, 3])
    assert not np.array_equal(a[:, 4], b[:, 4])
    assert np.array_equal(a[:, :4], b[:, :4])


# ---- decoder --------------------------------------------------------------------------------
def test_decoder_always_valid():
    trans, start, end = constraints(TAGS)
    rng = np.random.default_rng(0)
    probs = [rng.dirichlet(np.ones(len(TAGS)) * 0.3, size=n).astype("f") for n in rng.integers(1, 30, 100)]
    paths = decode_probs(probs, trans, start, end)
    lengths = np.array([len(p) for p in probs])
    scores = np.zeros((len(probs), lengths.max(), len(TAGS)), dtype="f")
    for i, p in enumerate(probs):
        scores[i, : len(p)] = np.log(p + 1e-8)
    ref = viterbi_batch(scores, lengths, trans, start, end)
    for i, path in enumerate(paths):
        assert len(path) == lengths[i]
        assert is_valid(path.tolist(), TAGS)
        assert np.array_equal(path, ref[i, : lengths[i]])
        for s, e, lab in tags_to_spans(path.tolist(), TAGS):
            assert 0 <= s < e <= lengths[i] and lab in ("PER", "LOC", "ORG")


def test_tag_span_roundtrip():
    spans = [(0, 6, "ORG"), (10, 12, "PER"), (13, 14, "LOC")]
    ids = spans_to_tag_ids(16, spans, TAGS)
    assert is_valid(ids.tolist(), TAGS)
    assert tags_to_spans(ids.tolist(), TAGS) == spans


# ---- alignment ------------------------------------------------------------------------------
def test_alignment_splits_tokens():
    nlp = spacy.blank("zh")
    doc = Doc(nlp.vocab, words=["丰台区委书记", "王少峰"], spaces=[False, False])
    set_char_entities(doc, [(0, 4, "ORG"), (6, 9, "PER")])
    assert [t.text for t in doc] == ["丰台区委", "书记", "王少峰"]
    assert [(e.text, e.label_) for e in doc.ents] == [("丰台区委", "ORG"), ("王少峰", "PER")]
    doc = Doc(nlp.vocab, words=["在北京市总", "工会"], spaces=[False, False])
    set_char_entities(doc, [(1, 7, "ORG")])
    assert [t.text for t in doc] == ["在", "北京市总", "工会"]
    assert doc.ents[0].text == "北京市总工会"


def test_alignment_keep_existing_flag():
    nlp = spacy.blank("zh")
    doc = Doc(nlp.vocab, words=["张良", "在", "北京"], spaces=[False] * 3)
    doc.ents = [doc.char_span(3, 5, label="LOC")]
    set_char_entities(doc, [(0, 2, "PER")], keep_existing=True)
    assert [(e.text, e.label_) for e in doc.ents] == [("张良", "PER"), ("北京", "LOC")]
    set_char_entities(doc, [(0, 2, "PER")])
    assert [e.text for e in doc.ents] == ["张良"]


def test_chunks_and_whitespace_compaction():
    from pipeline.ner.char_ner import compact, split_chunks
    text = "一二三。四五。六七八九十一二三四五。"
    chunks = split_chunks(text, 6)
    assert [text[s:e] for s, e in chunks] == ["一二三。", "四五。", "六七八九十一", "二三四五。"]
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)
    assert split_chunks("", 5) == []
    ctext, index = compact("记者 张  良\n出席")
    assert ctext == "记者张良出席" and index.tolist() == [0, 1, 3, 6, 8, 9]
    assert compact("北京")[1] is None


# ---- metric ---------------------------------------------------------------------------------
def test_prf():
    s = prf([[(0, 2, "PER"), (3, 5, "LOC")]], [[(0, 2, "PER"), (3, 4, "LOC")]])
    assert s["ALL"]["p"] == 0.5 and s["PER"]["f"] == 1.0 and s["LOC"]["f"] == 0.0


# ---- training + serialization ----------------------------------------------------------------
TINY_CFG = {
    "epochs": 2, "batch_chars": 40, "learn_rate": 0.01, "dropout": 0.1, "seed": 0,
    "model": {"width": 16, "depth": 1, "embed_widths": [8] * N_FEATURES,
              "embed_rows": [256] * N_FEATURES},
}


def test_tiny_training_run_and_roundtrip(tmp_path):
    out = tmp_path / "ner"
    best = train(TINY_CFG, TINY, TINY[:2], LEX, out)
    assert best["epoch"] >= 1 and 0.0 <= best["f"] <= 1.0
    assert (out / "train_log.jsonl").read_text().count("\n") == 2
    nlp = spacy.load(out)
    ner = nlp.get_pipe("char_ner")
    text = TINY[0][0]
    doc = nlp(text)
    spans = ner.predict_spans([text])[0]
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == spans
    # round trip through to_disk/from_disk of the component alone
    ner.to_disk(tmp_path / "comp")
    nlp2 = spacy.blank("zh")
    ner2 = nlp2.add_pipe("char_ner", config={"model": _tiny_model_cfg()})
    ner2.from_disk(tmp_path / "comp")
    assert ner2.predict_spans([text]) == [spans]
    assert ner2.lexicon.entries == LEX.entries
    x = ner.featurize(text)
    assert np.allclose(ner.model.predict([x])[0], ner2.model.predict([x])[0], atol=1e-6)


def _tiny_model_cfg():
    from pipeline.ner.char_ner import DEFAULT_MODEL
    cfg = dict(DEFAULT_MODEL)
    cfg.update(TINY_CFG["model"])
    return cfg


# ---- shipped model ----------------------------------------------------------------------------
@pytest.mark.skipif(not (SHIPPED / "config.cfg").exists(), reason="trained model not present")
def test_shipped_model_finds_zhang_liang(monkeypatch):
    import socket

    def no_network(*a, **k):
        raise RuntimeError("network access attempted")
    monkeypatch.setattr(socket.socket, "connect", no_network)
    nlp = spacy.load(SHIPPED)
    text = "北京市总工会党组书记、副主席张良出席会议。"
    doc = nlp(text)
    assert ("张良", "PER") in [(e.text, e.label_) for e in doc.ents]
    ner = nlp.get_pipe("char_ner")
    assert (14, 16, "PER") in ner.predict_spans([text])[0]
    # works on a word-tokenized Doc too (pkuseg-like tokens), splitting where needed
    words = ["北京市总工会党组", "书记", "、", "副主席张", "良", "出席", "会议", "。"]
    wdoc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    wdoc = ner(wdoc)
    assert ("张良", "PER") in [(e.text, e.label_) for e in wdoc.ents]
    assert wdoc.text == text


def test_tail_split_is_contiguous_and_disjoint():
    from pipeline.corpora.msra import split, split_tail
    exs = [(str(i), []) for i in range(100)]
    tr, dv = split_tail(exs, 0.05)
    assert [t for t, _ in dv] == ["95", "96", "97", "98", "99"] and len(tr) == 95
    assert split(exs, {"dev_split": "interleaved"})[1] == split_dev(exs, 20)[1]
    with pytest.raises(ValueError, match="dev_split"):
        split(exs, {"dev_split": "random"})


def test_training_with_two_dev_sets(tmp_path):
    best = train(TINY_CFG, TINY, {"a": TINY[:2], "b": TINY[2:4]}, LEX, tmp_path / "ner")
    assert set(best["dev"]) == {"a", "b"}
    mean = (best["dev"]["a"]["ALL"]["f"] + best["dev"]["b"]["ALL"]["f"]) / 2
    assert abs(best["f"] - mean) < 1e-9


def test_unlabelled_chars_are_left_out_of_the_loss(tmp_path):
    from pipeline.training.train_ner import build_nlp
    _, ner = build_nlp(TINY_CFG, LEX, [TINY[0][0]])
    x = [ner.featurize(TINY[0][0])]
    y = ner.gold_tag_ids(*TINY[0])
    full = ner.update_arrays(x, [y])
    y_open = y.copy()
    y_open[:3] = -1
    part = ner.update_arrays(x, [y_open])
    assert 0 < part < full
    assert ner.update_arrays(x, [np.full_like(y, -1)]) == 0.0


def test_pd_abbreviations_and_name_words_are_left_open():
    from pipeline.corpora.pd1998 import parse_line, unlabelled_ranges
    para = parse_line("19980101-01-001-001/m  中/j  美/j  学习/v  邓小平理论/n  ，/w  [中共/j  中央/n]nt  李/nr  明/nr")
    text = para.text
    assert [text[a:b] for a, b in unlabelled_ranges(para, {"邓小平", "李明"})] == ["中", "美", "邓小平理论"]
    assert (text.index("中共"), text.index("中共") + 4, "ORG") in para.entities()


def test_a_run_of_pd_name_tokens_is_read_as_persons():
    """PD prints listed names with no mark between them: 周/明远/吴/晓东 is two persons, not one."""
    from pipeline.corpora.pd1998 import parse_line
    para = parse_line("19980101-01-001-001/m  记者/n  周/nr  明远/nr  吴/nr  晓东/nr  、/w  欧阳/nr  青山/nr  "
                      "汤姆/nr  杰瑞/nr  报道/v  ，/w  范/nr  郑/nr  小燕/nr  出席/v")
    text = para.text
    assert [text[s:e] for s, e, label in para.entities() if label == "PER"] == \
        ["周明远", "吴晓东", "欧阳青山", "汤姆", "杰瑞", "范郑小燕"]


# ---- distillation (a teacher's probabilities as soft targets) ----------------------------------
def _weights(ner) -> np.ndarray:
    return np.concatenate([np.asarray(ner.model.get_ref("softmax").get_param(k)).ravel() for k in ("W", "b")])


def test_soft_targets_mix_the_teachers_probabilities_into_the_gradient():
    from thinc.api import SGD, fix_random_seed
    from pipeline.training.train_ner import build_nlp
    x, y = None, None
    after = {}
    for case in ("gold", "teacher_agrees", "teacher_differs"):
        fix_random_seed(0)   # the same start each time
        _, ner = build_nlp(TINY_CFG, LEX, [TINY[0][0]])
        x = [ner.featurize(TINY[0][0])]
        y = ner.gold_tag_ids(*TINY[0])
        one_hot = np.eye(len(ner.tags), dtype=np.float32)[y]
        soft = {"gold": None, "teacher_agrees": [one_hot],
                "teacher_differs": [np.full_like(one_hot, 1.0 / len(ner.tags))]}[case]
        ner.update_arrays(x, [y], sgd=SGD(0.5), soft=soft, soft_weight=0.5)
        after[case] = _weights(ner)
    # a teacher that agrees with the gold changes nothing; one that spreads its mass does
    assert np.allclose(after["gold"], after["teacher_agrees"], atol=1e-6)
    assert not np.allclose(after["gold"], after["teacher_differs"], atol=1e-4)


def test_teacher_probabilities_are_checked_against_the_training_texts(tmp_path):
    from pipeline.training.bilstm_experiment import save_teacher_probs
    from pipeline.training.train_ner import load_teacher_probs
    xs = [np.zeros((n, 7), dtype=np.uint64) for n in (3, 0, 5)]
    probs = [np.full((len(x), 13), 1 / 13, dtype=np.float32) for x in xs]
    with pytest.raises(FileNotFoundError, match="teacher_probs.npy is missing"):
        load_teacher_probs(tmp_path, xs)
    save_teacher_probs(tmp_path, probs)
    loaded = load_teacher_probs(tmp_path, xs)
    assert [p.shape for p in loaded] == [(3, 13), (0, 13), (5, 13)]
    with pytest.raises(ValueError, match="lengths differ"):
        load_teacher_probs(tmp_path, xs[:2] + [np.zeros((4, 7), dtype=np.uint64)])


def test_distilled_training_run(tmp_path):
    import json
    from pipeline.training.bilstm_experiment import save_teacher_probs
    teacher = tmp_path / "teacher"
    teacher.mkdir()
    # a "teacher" that puts every char on O: its targets disagree with the gold entities
    save_teacher_probs(teacher, [np.eye(13, dtype=np.float32)[np.zeros(len(t), dtype=int)] for t, _ in TINY])
    losses = {}
    for name, extra in (("plain", {}), ("distilled", {"distill_probs": str(teacher), "distill_weight": 0.5})):
        best = train({**TINY_CFG, **extra}, TINY, TINY[:2], LEX, tmp_path / name)
        assert best["epoch"] >= 1 and (tmp_path / name / "config.cfg").exists()
        first = (tmp_path / name / "train_log.jsonl").read_text().splitlines()[0]
        losses[name] = json.loads(first)["loss_per_char"]
    assert losses["distilled"] != pytest.approx(losses["plain"], rel=1e-3)
    with pytest.raises(ValueError, match="lengths differ"):
        train({**TINY_CFG, "distill_probs": str(teacher)}, TINY[:3], TINY[:2], LEX, tmp_path / "other")


# ---- model soup (weights averaged over seeds) --------------------------------------------------
def _all_weights(ner) -> np.ndarray:
    return np.concatenate([np.asarray(node.get_param(name), dtype=np.float32).ravel()
                           for node in ner.model.walk() for name in node.param_names if node.has_param(name)])


def test_averaged_model_holds_the_mean_of_the_weights(tmp_path):
    from thinc.api import fix_random_seed
    from pipeline.training.average_models import average_models
    from pipeline.training.train_ner import build_nlp
    paths, weights = [], []
    for seed in (0, 1):
        fix_random_seed(seed)   # two different starts stand in for two fine-tunes
        nlp, ner = build_nlp(TINY_CFG, LEX, [t for t, _ in TINY])
        nlp.to_disk(tmp_path / f"s{seed}")
        paths.append(tmp_path / f"s{seed}")
        # the weights as saved (float16 on disk)
        weights.append(_all_weights(spacy.load(tmp_path / f"s{seed}").get_pipe("char_ner")))
    assert not np.allclose(weights[0], weights[1])
    count = average_models(paths, tmp_path / "soup")
    soup = spacy.load(tmp_path / "soup").get_pipe("char_ner")
    assert count == weights[0].size
    assert np.allclose(_all_weights(soup), (weights[0] + weights[1]) / 2, atol=2e-3)
    assert soup.lexicon.entries == LEX.entries
    # a model of another shape is refused, naming it
    wide = {**TINY_CFG, "model": {**TINY_CFG["model"], "width": 24}}
    nlp, _ = build_nlp(wide, LEX, [TINY[0][0]])
    nlp.to_disk(tmp_path / "wide")
    with pytest.raises(ValueError, match="wide"):
        average_models([paths[0], tmp_path / "wide"], tmp_path / "bad")
    assert not (tmp_path / "bad").exists()
    with pytest.raises(ValueError, match="at least two"):
        average_models(paths[:1], tmp_path / "bad")
