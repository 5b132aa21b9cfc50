"""HanLP backend (issue 6).

Without the extra: the default pipeline imports no torch/transformers/hanlp; the cutting,
batching, offsets and label mapping are tested with fake HanLP-like callables.
With the extra (``pip install '.[hanlp]'``): the offline error for a registered id that is not
cached, and the real wrapper on two tiny HanLP models trained here from a few sentences (an RNN
NER and a transformer tokenizer over a 1-layer BERT built locally), saved to a temporary folder
and loaded through ``hanlp.load(path)``. Nothing is downloaded.
"""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from pipeline.hanlp_backend import MissingModelError, resolve_model
from pipeline.hanlp_backend.components import HanlpNer, HanlpTokenizer, load_label_map
from pipeline.hanlp_backend.pieces import align_words, cut, entity_spans, sentence_bounds
from pipeline.text.tokens import words_and_spaces

ROOT = Path(__file__).resolve().parents[1]
HAS_HANLP = importlib.util.find_spec("hanlp") is not None
needs_hanlp = pytest.mark.skipif(not HAS_HANLP, reason="HanLP extra not installed (pip install '.[hanlp]')")

# training sentences of the tiny models: (words, entities as (start, end, MSRA tag))
SENTS = [
    ("张三 在 北京大学 工作 。", [(0, 2, "NR"), (3, 7, "NT")]),
    ("李四 去 了 上海 。", [(0, 2, "NR"), (4, 6, "NS")]),
    ("王五 访问 广州市 政府 。", [(0, 2, "NR"), (4, 7, "NS")]),
    ("新华社 记者 报道 北京 新闻 。", [(0, 3, "NT"), (7, 9, "NS")]),
]
FILLER = "记者报道新闻。" * 30 + "李四在上海工作"   # 217 chars, no sentence end for the last 7


# ---- the default pipeline stays light ---------------------------------------------------------
HEAVY = ("torch", "transformers", "hanlp", "hanlp_common")
_REPORT = "print('HEAVY', sorted(m for m in %r if m in sys.modules))\n" % (HEAVY,)


def _heavy_after(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", "import sys\n" + code + _REPORT], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


def test_default_pipeline_imports_no_torch_transformers_or_hanlp():
    """Where torch is installed (the HanLP venv), thinc imports it on ``import spacy``: the check is
    then that the pipeline adds nothing to what spaCy alone loads. transformers/hanlp: never."""
    baseline = _heavy_after("import spacy\n")
    assert "transformers" not in baseline and "hanlp" not in baseline
    loaded = _heavy_after(
        "import pipeline\n"
        "nlp = pipeline.load({'segmenter': {'backend': 'char'}, 'ner': {'backend': 'none'}})\n"
        "nlp('新华社北京1月20日电 国务院总理李四在人民大会堂会见记者。')\n")
    assert loaded == baseline
    if importlib.util.find_spec("torch") is None:
        assert loaded == "HEAVY []"


def test_importing_the_backend_imports_no_hanlp():
    assert _heavy_after("import spacy\n") == _heavy_after(
        "import pipeline.hanlp_backend, pipeline.hanlp_backend.components\n")


# ---- labels -----------------------------------------------------------------------------------
def test_label_map_msra_ontonotes_pku():
    m = load_label_map()
    assert (m["NR"], m["NS"], m["NT"]) == ("PER", "LOC", "ORG")
    assert (m["PERSON"], m["ORG"], m["GPE"], m["LOC"], m["FAC"]) == ("PER", "ORG", "LOC", "LOC", "LOC")
    assert (m["nr"], m["ns"], m["nt"]) == ("PER", "LOC", "ORG")
    for dropped in ("DATE", "NORP", "INTEGER", "PER.NOM", "nz", "WORK_OF_ART"):
        assert dropped not in m
    assert set(m.values()) == {"PER", "ORG", "LOC"}
    assert "PERSON" not in load_label_map(scheme="msra")
    with pytest.raises(ValueError):
        load_label_map(scheme="nope")


def _fake_ner(names: dict[str, str], calls: list[list[list[str]]]):
    """A HanLP-like NER: finds the given names in each char list, answers (text, tag, b, e)."""
    def predict(batch: list[list[str]]) -> list[list[tuple]]:
        calls.append(batch)
        out = []
        for chars in batch:
            text = "".join(chars)
            found = []
            for name, tag in names.items():
                i = text.find(name)
                while i >= 0:
                    found.append((name, tag, i, i + len(name)))
                    i = text.find(name, i + 1)
            out.append(found)
        return out
    return predict


def test_fake_ner_maps_labels_and_drops_others():
    calls: list = []
    ner = HanlpNer(spacy.blank("zh").vocab, None, predictor=_fake_ner(
        {"张三": "NR", "北京大学": "NT", "上海": "GPE", "人民大会堂": "FAC", "1月": "DATE", "中国人": "NORP", "李四": "nr"}, calls))
    nlp = spacy.blank("zh")
    doc = ner(nlp.make_doc("张三1月在北京大学见到中国人李四，去了上海人民大会堂。"))
    got = {(e.text, e.label_) for e in doc.ents}
    assert got == {("张三", "PER"), ("北京大学", "ORG"), ("李四", "PER"), ("上海", "LOC"), ("人民大会堂", "LOC")}


# ---- pieces, offsets, batching (fakes) ----------------------------------------------------------
def test_sentence_bounds_cut_at_punctuation_and_max_length():
    text = "一二三。四五六七八九十甲乙丙！\n丁"
    bounds = sentence_bounds(text, 5)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(e - s <= 5 for s, e in bounds)
    assert text[bounds[0][0]:bounds[0][1]] == "一二三。"


def test_cut_skips_whitespace_and_keeps_offsets():
    text = "张三 在\n\n  北京。"
    pieces = cut([text], 126)
    for p in pieces:
        assert all(not c.isspace() for c in p.chars)
        assert all(text[o] == c for o, c in zip(p.offsets, p.chars))
    assert "".join(p.text for p in pieces) == "张三在北京。"


def test_entity_near_end_of_long_text_keeps_its_offset_and_batches():
    calls: list = []
    body = "".join(f"第{i}段记者报道新闻，内容很长很长。" for i in range(200)) + "\n  最后国务院总理李四在人民大会堂讲话"
    ner = HanlpNer(spacy.blank("zh").vocab, None, max_length=20, batch_size=7,
                   predictor=_fake_ner({"李四": "NR", "人民大会堂": "NS"}, calls))
    spans = ner.predict_spans([body])[0]
    assert [(body[s:e], lab) for s, e, lab in spans] == [("李四", "PER"), ("人民大会堂", "LOC")]
    assert spans[0][0] == body.index("李四") > 3000
    assert all(len(batch) <= 7 for batch in calls) and sum(len(b) for b in calls) > 200
    assert all(len(chars) <= 20 for batch in calls for chars in batch)


def test_batches_across_documents_and_pipe_order():
    calls: list = []
    nlp = spacy.blank("zh")
    ner = HanlpNer(nlp.vocab, None, batch_size=4, predictor=_fake_ner({"李四": "NR"}, calls))
    texts = [f"{'记者' * i}李四来了。第二句。" for i in range(10)]
    docs = list(ner.pipe((nlp.make_doc(t) for t in texts), batch_size=5))
    assert [d.text for d in docs] == texts
    assert all([(e.start_char, e.text) for e in d.ents] == [(2 * i, "李四")] for i, d in enumerate(docs))
    assert len(calls) == 6 and max(len(b) for b in calls) == 4   # 2 x 10 pieces, 4 per call


def test_a_piece_hanlp_fails_on_loses_only_that_piece(caplog):
    inner = _fake_ner({"李四": "NR"}, [])

    def flaky(batch):
        if any("坏" in "".join(chars) for chars in batch):
            raise ValueError("InvalidTagSequence")
        return inner(batch)

    ner = HanlpNer(spacy.blank("zh").vocab, None, batch_size=8, predictor=flaky)
    text = "李四来了。坏句子李四。李四走了。"
    spans = ner.predict_spans([text])[0]
    assert [s for s, _, _ in spans] == [0, 11]
    assert "HanLP failed on a piece" in caplog.text


def test_entity_inside_a_word_splits_the_token():
    nlp = spacy.blank("zh")
    doc = spacy.tokens.Doc(nlp.vocab, words=["国务院总理李四", "讲话"], spaces=[False, False])
    HanlpNer(nlp.vocab, None, predictor=_fake_ner({"李四": "NR"}, []))(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("李四", "PER")]
    assert "李四" in [t.text for t in doc]


def test_bad_spans_from_the_model_are_ignored():
    piece = cut(["张三在北京"], 126)[0]
    answer = [("x", "NR", 3, 9), ("x", "NR", 2, 2), ("张三", "NR", 0, 2), "junk", ("x", 1, 2, 3)]
    assert entity_spans(piece, answer, {"NR": "PER"}) == [(0, 2, "PER")]


def test_fake_tokenizer_aligns_words_whitespace_and_normalization():
    calls: list = []

    def seg(texts):
        calls.append(texts)
        return [["ＡＢ" if t.startswith("AB") else w for w in _two(t)] for t in texts]

    tok = HanlpTokenizer(spacy.blank("zh").vocab, None, max_length=6, batch_size=3, predictor=seg)
    text = "北京大学 工作。\nAB在上海市\n\n"
    doc = tok(text)
    assert doc.text == text
    # "北京大学 工作。" is longer than 6 chars: cut after "工", so HanLP never sees "工作" whole
    assert [t.text for t in doc if not t.is_space][:4] == ["北京", "大学", "工", "作。"]
    # HanLP changed "AB" into full width: that piece falls back to one token per char
    assert [t.text for t in doc if not t.is_space][4:7] == ["A", "B", "在"]
    assert all(len(b) <= 3 for b in calls) and all(len(t) <= 6 for b in calls for t in b)
    docs = list(tok.pipe([text, "李四。"]))
    assert [d.text for d in docs] == [text, "李四。"]


def _two(text: str) -> list[str]:
    return [text[i:i + 2] for i in range(0, len(text), 2)]


def test_words_and_spaces_cover_text():
    text = "北京 大学\n工作  。"
    piece = cut([text], 126)[0]
    spans = align_words(piece, ["北京大", "学工作", "。"])   # a word across the space is cut there
    words, spaces = words_and_spaces([text[s:e] for s, e in spans], text)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces)) == text
    assert spacy.tokens.Doc(spacy.blank("zh").vocab, words=words, spaces=spaces).text == text


# ---- offline: a registered id not in HANLP_HOME (real hanlp) -----------------------------------
@needs_hanlp
def test_registered_id_not_cached_fails_with_instructions(tmp_path, monkeypatch):
    monkeypatch.setenv("HANLP_HOME", str(tmp_path / "hanlp_home"))
    with pytest.raises(MissingModelError) as err:
        resolve_model("MSRA_NER_ELECTRA_SMALL_ZH")
    msg = str(err.value)
    assert "MSRA_NER_ELECTRA_SMALL_ZH" in msg
    assert str(tmp_path / "hanlp_home") in msg and "msra_ner_electra_small" in msg
    assert "hanlp.load(hanlp.pretrained.ner.MSRA_NER_ELECTRA_SMALL_ZH)" in msg and "copy" in msg


@needs_hanlp
def test_cached_model_without_its_transformer_fails(tmp_path, monkeypatch):
    import hanlp
    from pipeline.hanlp_backend import _cache_dir
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    local = _cache_dir(hanlp.pretrained.ner.MSRA_NER_ELECTRA_SMALL_ZH)
    local.mkdir(parents=True)
    (local / "config.json").write_text(json.dumps({"transformer": "hfl/chinese-electra-180g-small-discriminator"}))
    with pytest.raises(MissingModelError, match="transformer it needs") as err:
        resolve_model("MSRA_NER_ELECTRA_SMALL_ZH")
    assert "electra_zh_small" in str(err.value)


@needs_hanlp
def test_pipeline_load_fails_before_any_page(tmp_path, monkeypatch):
    import pipeline
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    with pytest.raises(MissingModelError, match="COARSE_ELECTRA_SMALL_ZH"):
        pipeline.load(str(ROOT / "configs" / "hanlp.yaml"))
    cfg = {"segmenter": {"backend": "char"}, "ner": {"backend": "hanlp", "model": "NOT_A_HANLP_ID"}}
    with pytest.raises(MissingModelError, match="NOT_A_HANLP_ID"):
        pipeline.load(cfg)


@pytest.mark.skipif(HAS_HANLP, reason="checks the message given when the extra is missing")
def test_hanlp_config_without_the_extra_says_how_to_install():
    import pipeline
    with pytest.raises(MissingModelError, match=r"pip install '\.\[hanlp\]'"):
        pipeline.load(str(ROOT / "configs" / "hanlp.yaml"))


def test_cli_reports_missing_model_without_processing(tmp_path):
    if not HAS_HANLP:
        pytest.skip("HanLP extra not installed")
    out = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--config", "configs/hanlp.yaml",
                          "--input", "data/samples", "--output", str(tmp_path / "out")],
                         cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "HANLP_HOME": str(tmp_path / "empty")})
    assert out.returncode != 0
    assert "COARSE_ELECTRA_SMALL_ZH" in out.stderr and str(tmp_path / "empty") in out.stderr
    assert not (tmp_path / "out" / "entities.jsonl").exists()


# ---- the real wrapper on tiny HanLP models trained here -----------------------------------------
def _train_tiny(folder: Path) -> tuple[Path, Path]:
    """An RNN NER (char-level, MSRA tags, no CRF) and a transformer tokenizer over a 1-layer BERT
    whose vocab is the training chars: both trained for seconds on CPU, nothing downloaded."""
    import torch
    import transformers
    import transformers.optimization
    from transformers import BertConfig, BertModel

    torch.set_num_threads(1)
    if not hasattr(transformers.optimization, "AdamW"):   # HanLP 2.1.5 trains with transformers<5's AdamW
        class _AdamW(torch.optim.AdamW):
            def __init__(self, params, no_deprecation_warning=None, correct_bias=None, **kw):
                super().__init__(params, **kw)
        transformers.optimization.AdamW = transformers.AdamW = _AdamW
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer
    from hanlp.components.tokenizers.transformer import TransformerTaggingTokenizer

    tsv = folder / "ner.tsv"
    with tsv.open("w", encoding="utf-8") as fh:
        for words, ents in SENTS:
            text = words.replace(" ", "")
            tags = ["O"] * len(text)
            for b, e, tag in ents:
                tags[b:e] = ([f"S-{tag}"] if e - b == 1 else [f"B-{tag}"] + [f"I-{tag}"] * (e - b - 2) + [f"E-{tag}"])
            fh.writelines(f"{c}\t{t}\n" for c, t in zip(text, tags))
            fh.write("\n")
    torch.set_num_threads(1)  # seeded and single-threaded: the tiny models train the same every run
    torch.manual_seed(0)
    RNNNamedEntityRecognizer().fit(str(tsv), str(tsv), str(folder / "ner"), epochs=60, embed=16, rnn_hidden=16,
                                   batch_size=4, lr=0.05, drop=0.0, crf=False, patience=100, tagging_scheme="IOBES",
                                   anneal_factor=0.99, anneal_patience=10000, verbose=False,
                                   seed=0)  # HanLP seeds from the clock when no seed is given

    bert = folder / "tiny_bert"
    bert.mkdir()
    chars = sorted({c for words, _ in SENTS for c in words if not c.isspace()})
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars]
    (bert / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    (bert / "tokenizer_config.json").write_text(json.dumps(
        {"do_lower_case": False, "model_max_length": 160, "tokenizer_class": "BertTokenizer"}))
    torch.manual_seed(0)
    BertModel(BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                         intermediate_size=64, max_position_embeddings=160)).save_pretrained(str(bert))
    seg = folder / "seg.txt"
    seg.write_text("\n".join(w for w, _ in SENTS * 2) + "\n", encoding="utf-8")
    TransformerTaggingTokenizer().fit(str(seg), str(seg), str(folder / "tok"), transformer=str(bert), epochs=30,
                                      lr=5e-3, transformer_lr=5e-3, batch_size=8, word_dropout=0.0, patience=100,
                                      max_seq_len=126, verbose=False, seed=0)
    return folder / "tok", folder / "ner"


@pytest.fixture(scope="module")
def tiny_models(tmp_path_factory):
    if not HAS_HANLP:
        pytest.skip("HanLP extra not installed (pip install '.[hanlp]')")
    folder = tmp_path_factory.mktemp("hanlp_tiny")
    return _train_tiny(folder)


def _tiny_cfg(tok: Path, ner: Path, **hanlp) -> dict:
    opts = {"max_length": 126, "batch_size": 32, **hanlp}
    return {"stages": ["splitter", "ner"],
            "segmenter": {"backend": "hanlp", "model": str(tok), "hanlp": opts},
            "ner": {"backend": "hanlp", "model": str(ner), "hanlp": opts, "rules": {"enabled": False}}}


@needs_hanlp
def test_tiny_models_load_through_hanlp_load(tiny_models):
    import hanlp
    tok, ner = tiny_models
    assert (tok / "config.json").is_file() and (ner / "config.json").is_file()
    assert hanlp.load(str(ner), verbose=False)([list("李四去了上海。")]) == [[("李 四", "NR", 0, 2), ("上 海", "NS", 4, 6)]]
    assert hanlp.load(str(tok), verbose=False)(["张三在北京大学工作。"]) == [["张三", "在", "北京大学", "工作", "。"]]


@needs_hanlp
def test_real_pipeline_tokens_and_mapped_entities(tiny_models):
    import pipeline
    nlp = pipeline.load(_tiny_cfg(*tiny_models))
    assert type(nlp.tokenizer).__name__ == "HanlpTokenizer" and nlp.pipe_names == ["hanlp_ner"]
    doc = nlp("张三在北京大学工作。\n李四去了上海。")
    assert [t.text for t in doc][:5] == ["张三", "在", "北京大学", "工作", "。"]
    assert [(e.text, e.label_, e.start_char) for e in doc.ents] == [
        ("张三", "PER", 0), ("北京大学", "ORG", 3), ("李四", "PER", 11), ("上海", "LOC", 15)]


@needs_hanlp
def test_real_long_text_offsets_and_batching(tiny_models):
    import pipeline
    text = FILLER + "。\n" + "新华社记者报道北京新闻。"
    nlp = pipeline.load(_tiny_cfg(*tiny_models, max_length=20, batch_size=3))
    doc = nlp(text)
    assert doc.text == text
    got = {(e.start_char, e.text, e.label_) for e in doc.ents}
    end = len(text) - len("新华社记者报道北京新闻。")
    assert (end, "新华社", "ORG") in got and (end + 7, "北京", "LOC") in got
    # the same entities as with one big batch and long pieces, for the last sentence
    wide = pipeline.load(_tiny_cfg(*tiny_models, max_length=126, batch_size=64))(text)
    assert {x for x in got if x[0] >= end} == {(e.start_char, e.text, e.label_) for e in wide.ents if e.start_char >= end}


@needs_hanlp
def test_real_pipeline_to_disk_and_spacy_load(tiny_models, tmp_path):
    import pipeline
    nlp = pipeline.load(_tiny_cfg(*tiny_models, max_length=40))
    nlp.to_disk(tmp_path / "nlp")
    cfg = json.loads((tmp_path / "nlp" / "hanlp_ner" / "cfg.json").read_text())
    assert cfg["model"] == str(tiny_models[1]) and cfg["max_length"] == 40
    again = spacy.load(tmp_path / "nlp")
    doc = again("王五访问广州市政府。")
    assert [t.text for t in doc][:3] == ["王五", "访问", "广州市"]
    assert [(e.text, e.label_) for e in doc.ents] == [("王五", "PER"), ("广州市", "LOC")]
