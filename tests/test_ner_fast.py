"""The fast inference pieces of char_ner give the same results as the plain versions:
FMM, batched features, grouped Viterbi, numpy forward pass vs thinc, Doc text, token cuts."""
from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.strings import get_string_id
from spacy.tokens import Doc

import pipeline.ner  # noqa: F401  (registers the char_ner factory)
from pipeline.article_doc import joined_text as doc_text
from pipeline.ner.align import token_cuts
from pipeline.ner.char_ner import compact
from pipeline.ner.decode import (constraints, decode_probs, make_tags, predecessor_groups,
                                 viterbi_batch, viterbi_sparse)
from pipeline.ner.fast import FastForward
from pipeline.ner.features import (_BOUNDARY, _SHIFT, DENSE_ID_LIMITS, N_FEATURES, POS_B, POS_E,
                                   POS_M, POS_S, Lexicon, extract, extract_many, normalize)

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "models" / "ner"
TAGS = make_tags(["PER", "LOC", "ORG"])
ALPHABET = "北京市总工会张良出席会议天津上海。，a1 "


def _reference_fmm(text: str, entries: dict[str, int], max_len: int = 12) -> list[int]:
    """FMM as first written: try every length down from the longest, per position."""
    out, i = [], 0
    while i < len(text):
        size = 1
        for k in range(min(max_len, len(text) - i), 1, -1):
            if text[i:i + k] in entries:
                size = k
                break
        out.append(size)
        i += size
    return out


def _reference_extract(text: str, lex: Lexicon, lengths=None) -> np.ndarray:
    """The feature columns computed directly from their definition (features.py docstring)."""
    text = normalize(text)
    n = len(text)
    lengths = lengths or _reference_fmm(text, lex.entries, lex.max_len)
    rows, i = [], 0
    cps = [ord(c) for c in text]
    for size in lengths:
        word = text[i:i + size]
        for j in range(size):
            pos = POS_S if size == 1 else POS_B if j == 0 else POS_E if j == size - 1 else POS_M
            cur = cps[i + j]
            prev = cps[i + j - 1] if i + j > 0 else int(_BOUNDARY)
            nxt = cps[i + j + 1] if i + j + 1 < n else int(_BOUNDARY)
            sh = int(_SHIFT)
            mask = (1 << 64) - 1
            rows.append([cur, (prev << sh) | cur, (cur << sh) | nxt, (((prev << sh) | cur) << sh | nxt) & mask,
                         get_string_id(word) ^ ((pos * 0x9E3779B97F4A7C15) & mask),
                         pos | (min(size, 6) << 2) | (lex.entries.get(word, 0) << 5), (cur << 2) | pos])
        i += size
    return np.array(rows, dtype=np.uint64).reshape(n, N_FEATURES)


def _random_lexicon(rng: random.Random) -> Lexicon:
    words = {"".join(rng.choice(ALPHABET[:14]) for _ in range(rng.randint(2, 6))): rng.randint(0, 7)
             for _ in range(60)}
    return Lexicon(words)


def test_fmm_matches_reference_on_random_text():
    rng = random.Random(3)
    for _ in range(30):
        lex = _random_lexicon(rng)
        for _ in range(20):
            text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))
            assert lex.segment(text) == _reference_fmm(text, lex.entries)
            assert "".join(lex.words(text)) == text


def test_fmm_sees_words_added_later():
    lex = Lexicon({"北京": 0})
    assert lex.segment("北京市总工会") == [2, 1, 1, 1, 1]
    lex.add("总工会", 4)
    lex.add("北京市", 2)
    assert lex.segment("北京市总工会") == [3, 3]
    assert int(extract("北京市总工会", lex)[3, 5]) >> 5 == 4     # flags of the new entry


def test_features_match_definition():
    rng = random.Random(5)
    lex = _random_lexicon(rng)
    texts = ["".join(rng.choice(ALPHABET + "（），%") for _ in range(rng.randint(0, 30))) for _ in range(40)]
    texts += ["", "北", "ｂ１（北京）"]
    many = extract_many(texts, lex)
    for text, feats in zip(texts, many):
        assert np.array_equal(feats, _reference_extract(text, lex))
        assert np.array_equal(extract(text, lex), feats)
    # word lengths given (word_source = tokens), words that are not entries included
    text = "北京市总工会书记"
    assert np.array_equal(extract(text, lex, [2, 4, 2]), _reference_extract(text, lex, [2, 4, 2]))


def test_grouped_viterbi_equals_full_viterbi():
    trans, start, end = constraints(TAGS)
    groups = predecessor_groups(trans)
    assert groups is not None
    rng = np.random.default_rng(0)
    for it in range(200):
        seqs = []
        for _ in range(int(rng.integers(1, 6))):
            x = rng.random((int(rng.integers(1, 30)), len(TAGS))).astype(np.float32) ** 6 + 1e-9
            if it % 3 == 0:
                x = np.round(x, 1) + 1e-9          # many exact ties
            seqs.append(np.log(x / x.sum(1, keepdims=True) + 1e-8).astype(np.float32))
        lengths = np.array([len(s) for s in seqs])
        padded = np.zeros((len(seqs), lengths.max(), len(TAGS)), dtype=np.float32)
        for i, s in enumerate(seqs):
            padded[i, :len(s)] = s
        full = viterbi_batch(padded, lengths, trans, start, end)
        for i, path in enumerate(viterbi_sparse(seqs, *groups, start, end)):
            assert np.array_equal(path, full[i, :lengths[i]])
    # other transition scores: no grouping, decode_probs falls back to viterbi_batch
    assert predecessor_groups(trans + 0.5) is None


def test_decode_probs_paths_are_valid():
    trans, start, end = constraints(TAGS)
    rng = np.random.default_rng(1)
    probs = [rng.dirichlet(np.ones(len(TAGS)) * 0.3, size=n).astype(np.float32) for n in (1, 7, 50)]
    for p, path in zip(probs, decode_probs(probs, trans, start, end)):
        assert len(path) == len(p)
        assert start[path[0]] == 0 and end[path[-1]] == 0
        assert all(trans[a, b] == 0 for a, b in zip(path[:-1], path[1:]))


def test_compact_matches_isspace():
    rng = random.Random(2)
    spaces = [chr(c) for c in range(0x3100) if chr(c).isspace()] + ["\u3000", "\u2028"]
    for _ in range(500):
        text = "".join(rng.choice(spaces + list("北京a1，")) for _ in range(rng.randint(0, 15)))
        out, index = compact(text)
        keep = [i for i, c in enumerate(text) if not c.isspace()]
        assert out == "".join(text[i] for i in keep)
        assert (index is None) == (len(keep) == len(text))
        if index is not None:
            assert index.tolist() == keep


def test_doc_text_and_token_cuts():
    nlp = spacy.blank("zh")
    words = ["北京市", "\n", "总工会", " ", "张", "良书记"]
    doc = Doc(nlp.vocab, words=words, spaces=[False, False, True, False, False, True])
    cache: dict[int, str] = {}
    assert doc_text(doc, cache) == doc.text and doc_text(doc, cache) == doc.text
    offsets = list(range(1, len(doc.text)))
    expected: dict[int, list[int]] = {}
    for off in offsets:
        for t in doc:
            if t.idx < off < t.idx + len(t.text):
                expected.setdefault(t.i, []).append(off - t.idx)
    assert token_cuts(doc, offsets) == expected
    assert token_cuts(doc, []) == {}


@pytest.mark.skipif(not (SHIPPED / "config.cfg").exists(), reason="trained model not present")
def test_fast_forward_matches_thinc():
    nlp = spacy.load(SHIPPED)
    ner = nlp.get_pipe("char_ner")
    texts = ["北京市总工会党组书记、副主席张良出席会议。", "今天天气很好", "丰台区工会大会在北京召开，王少峰讲话。" * 8,
             "Ａ", "𠀀北京"]
    xs = [ner.featurize(t) for t in texts]
    expected = ner.model.predict(xs)
    plain = FastForward(ner.model)
    cached = FastForward(ner.model, dense_ids=DENSE_ID_LIMITS)
    for cache in cached.caches.values():
        cache.max_ids = 40            # forces the caches to start over along the way
    for _ in range(2):                # second round: rows come from the caches
        for fast in (plain, cached):
            for got, want in zip(fast(xs), expected):
                assert got.shape == want.shape
                assert np.abs(got - want).max() < 1e-5
    # the cached rows are the same numbers as the computed ones
    ids = plain.ops.flatten(xs, pad=plain.pad)
    assert np.array_equal(plain._embed(ids), cached._embed(ids))
    # and the component's predictions do not depend on the fast path
    spans = ner.predict_spans(texts)
    ner.cfg["fast_inference"] = False
    try:
        assert ner.predict_spans(texts) == spans
    finally:
        ner.cfg["fast_inference"] = True



def test_a_line_break_ends_every_name():
    """The author line and the body are separate lines: no span runs across a line break, and
    each line is tagged as it would be alone."""
    from pipeline.paths import PROJECT_ROOT

    ner = spacy.load(PROJECT_ROOT / "models" / "ner").get_pipe("char_ner")
    author = "石景山区人大常委会一级巡视员、区总工会主席 高洪雁"
    body = "北京市工会十四大以来，石景山区各级工会组织聚焦经济建设这一中心任务。"
    [both] = ner.predict_spans([author + "\n" + body])
    assert all("\n" not in (author + "\n" + body)[s:e] for s, e, _ in both)
    alone = ner.predict_spans([author])[0] + [(s + len(author) + 1, e + len(author) + 1, lab)
                                              for s, e, lab in ner.predict_spans([body])[0]]
    assert both == alone


def test_dilated_window_is_expand_window_with_gaps():
    from thinc.api import NumpyOps, expand_window
    from pipeline.ner.model import dilated_window
    X = np.random.RandomState(0).rand(7, 3).astype("f")
    same, _ = dilated_window(2, 1)(X, is_train=False)
    want, _ = expand_window(window_size=2)(X, is_train=False)
    assert np.allclose(same, want)
    Y, backprop = dilated_window(1, 3)(X, is_train=True)
    assert np.allclose(Y[4], np.concatenate([X[1], X[4], np.zeros(3, "f")]))  # x(i-3), x(i), x(i+3) off the end
    assert np.allclose(Y[0, :3], 0) and np.allclose(Y[0, 6:], X[3])
    # backprop is the adjoint of the forward map: <Y(X), dY> == <X, backprop(dY)>
    dY = np.random.RandomState(1).rand(*Y.shape).astype("f")
    assert np.isclose((Y * dY).sum(), (X * backprop(dY)).sum(), rtol=1e-5)
    assert NumpyOps  # imported for its side effect of a numpy backend


def test_fast_forward_matches_thinc_with_dilations():
    """The ID-CNN variant: the numpy pass handles gaps wider than a short text."""
    from thinc.api import Config
    from spacy import registry
    cfg = Config().from_str("""
    [model]
    @architectures = "union.CharNerIDCNN.v1"
    n_tags = 13
    embed_widths = [16, 8, 8, 8, 8, 4, 8]
    embed_rows = [500, 500, 500, 500, 500, 64, 500]
    dilations = [1, 2, 4, 8]
    width = 16
    """)
    model = registry.resolve(cfg)["model"]
    nlp = spacy.blank("zh")
    ner = nlp.add_pipe("char_ner")
    ner.lexicon = Lexicon({"北京": 0, "北京市": 2})
    xs = [ner.featurize(t) for t in ["北京市总工会党组书记张良出席会议。", "北京", "丰台区工会大会在北京召开，王少峰讲话。" * 5]]
    model.initialize(X=xs)
    assert model.attrs["pad"] == 15
    expected = model.predict(xs)
    for got, want in zip(FastForward(model)(xs), expected):
        assert got.shape == want.shape
        assert np.abs(got - want).max() < 1e-5
