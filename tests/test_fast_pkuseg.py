"""FastPkuseg / FastChineseTokenizer: the same words as spacy_pkuseg, whatever the text."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from spacy.lang.zh import ChineseTokenizer

from pipeline.paths import PROJECT_ROOT
from pipeline.segmentation import make_chinese_nlp
from pipeline.segmentation.fast_pkuseg import FastPkuseg
from pipeline.segmentation.fast_tokenizer import FastChineseTokenizer, words_and_spaces


@pytest.fixture(scope="module")
def nlp():
    return make_chinese_nlp("pkuseg")


@pytest.fixture(scope="module")
def fast(nlp):
    return FastPkuseg(nlp.tokenizer.pkuseg_seg)


def _noisy_texts(seed: int, count: int) -> list[str]:
    """Random mixes of sample-page text, digits, Latin letters, punctuation and whitespace."""
    rng = random.Random(seed)
    pages = "".join(p.read_text(encoding="utf-8") for p in sorted((PROJECT_ROOT / "data" / "samples").glob("*.txt")))
    extras = list("0123456789１２３ABCxyzＡｂ.-_,|/*:％%（）()《》、。 \t\n\u3000") + ["  ", "\n\n", "北京市总工会", "2025年"]
    texts = []
    for _ in range(count):
        start = rng.randrange(len(pages) - 300)
        chars = list(pages[start:start + rng.randrange(1, 300)])
        for _ in range(rng.randrange(0, 20)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(extras))
        texts.append("".join(chars))
    return texts


def test_same_words_as_pkuseg_on_sample_pages(nlp, fast):
    seg = nlp.tokenizer.pkuseg_seg
    for path in sorted((PROJECT_ROOT / "data" / "samples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert fast.cut(text) == seg.cut(text), path.name


def test_same_words_as_pkuseg_on_noisy_snippets(nlp, fast):
    seg = nlp.tokenizer.pkuseg_seg
    for text in _noisy_texts(seed=3, count=300) + ["", " ", "a", "１", "北", "北京", "总工会\n"]:
        assert fast.cut(text) == seg.cut(text), repr(text)


def test_private_use_characters_fall_back_to_pkuseg(nlp, fast):
    text = "北京市\ue000总工会\ue003\ue003主席"
    assert fast.cut(text) == nlp.tokenizer.pkuseg_seg.cut(text)


def test_tokenizer_matches_spacy_chinese_tokenizer(nlp):
    assert isinstance(nlp.tokenizer, FastChineseTokenizer)
    for text in _noisy_texts(seed=5, count=100) + ["  北京 市总工会\t\t主席 张良  \n", ""]:
        fast_doc = nlp.make_doc(text)
        ref_doc = ChineseTokenizer.__call__(nlp.tokenizer, text)
        assert [(t.text, t.whitespace_) for t in fast_doc] == [(t.text, t.whitespace_) for t in ref_doc]
        assert fast_doc.text == text


def test_words_and_spaces_rejects_words_not_in_text():
    with pytest.raises(ValueError):
        words_and_spaces(["北京", "上海"], "北京 天津")


def test_fast_tokenizer_survives_to_disk_from_disk(nlp, tmp_path: Path):
    nlp.to_disk(tmp_path / "nlp")
    import spacy

    loaded = spacy.load(tmp_path / "nlp")
    assert isinstance(loaded.tokenizer, FastChineseTokenizer)
    text = "北京市总工会党组书记、副主席张良出席会议。"
    assert [t.text for t in loaded(text)] == [t.text for t in nlp(text)]


def test_batched_pipe_gives_the_same_docs_as_one_at_a_time(nlp):
    texts = _noisy_texts(seed=11, count=40) + ["", "北京市\ue000总工会"]
    piped = list(nlp.tokenizer.pipe(texts, batch_size=7))
    assert [[(t.text, t.whitespace_) for t in d] for d in piped] == \
           [[(t.text, t.whitespace_) for t in nlp.make_doc(x)] for x in texts]
