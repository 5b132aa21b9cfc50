"""CLUENER2020 reader / label mapping, and the `cluener:` option of the NER training script."""
from __future__ import annotations

import json

import pytest
import spacy
import yaml

import pipeline.ner  # noqa: F401  (registers the char_ner factory)
from pipeline.corpora import cluener
from pipeline.training.train_ner import main, train
from tests.stub_corpora import write_msra, write_pd1998

# two People's Daily paragraphs: day 1 (a train/lexicon day) and day 22 (a dev day)
PD_LINES = ["19980101-01-001-001/m  王小明/nr  访问/v  天津港/ns  。/w",
            "19980122-01-001-001/m  李大伟/nr  到/v  秦皇岛/ns  。/w"]

RECORD = {
    "text": "浙商银行企业信贷部叶老桂博士在北京市海淀区中关村大街玩CSOL，国务院发文。",
    "label": {
        "company": {"浙商银行": [[0, 3]]},
        "name": {"叶老桂": [[9, 11]]},
        "address": {"北京市海淀区中关村大街": [[15, 25]]},
        "game": {"CSOL": [[27, 30]]},
        "government": {"国务院": [[32, 34]]},
    },
}


def test_record_mapping_and_inclusive_ends():
    text, spans = cluener.record_to_example(RECORD)
    assert text == RECORD["text"]
    assert spans == [(0, 4, "ORG"), (9, 12, "PER"), (15, 26, "LOC"), (32, 35, "ORG")]   # game dropped
    assert [text[s:e] for s, e, _ in spans] == ["浙商银行", "叶老桂", "北京市海淀区中关村大街", "国务院"]


def test_custom_map_bad_offsets_and_overlaps():
    rec = {"text": "美团在北京", "label": {"company": {"美团": [[0, 1]], "美": [[0, 0]], "团x": [[1, 2]]},
                                          "scene": {"北京": [[3, 4]]}}}
    # overlapping 美 dropped (longer 美团 kept), surface/offset mismatch 团x dropped
    assert cluener.record_to_example(rec)[1] == [(0, 2, "ORG"), (3, 5, "LOC")]
    assert cluener.record_to_example(rec, {"scene": "LOC"})[1] == [(3, 5, "LOC")]


def test_load_examples_jsonl(tmp_path):
    path = tmp_path / "train.json"
    path.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n\n", encoding="utf-8")
    exs = cluener.load_examples(path)
    assert len(exs) == 1 and exs[0][1][0] == (0, 4, "ORG")


def test_training_config_adds_cluener_and_warm_starts(tmp_path):
    from tests.test_ner_model import LEX, TINY, TINY_CFG
    base = tmp_path / "base"
    train(TINY_CFG, TINY, TINY[:2], LEX, base)
    corpora = tmp_path / "corpora"
    write_msra(corpora, [("张良在北京", ["B-PER", "I-PER", "O", "B-LOC", "I-LOC"]), ("好", ["O"])] * 2)
    (corpora / "cluener2020").mkdir()
    (corpora / "cluener2020" / "train.json").write_text(json.dumps(RECORD, ensure_ascii=False) + "\n",
                                                        encoding="utf-8")
    cfg = dict(TINY_CFG, cluener=True, cluener_labels=dict(cluener.DEFAULT_LABEL_MAP), dev_every=2, epochs=1)
    (tmp_path / "cfg.yaml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "v2"
    main(["--corpora", str(corpora), "--config", str(tmp_path / "cfg.yaml"), "--out", str(out),
          "--init-model", str(base)])
    log = [json.loads(line) for line in (out / "train_log.jsonl").read_text().splitlines()]
    # MSRA train = blocks 0 and 2 (5 chars each); CLUENER adds its whole text
    assert log[0]["train_chars"] == 10 + len(RECORD["text"])
    ner = spacy.load(out).get_pipe("char_ner")
    assert ner.lexicon.entries == LEX.entries                       # warm start keeps the lexicon
    main(["--corpora", str(corpora), "--config", str(tmp_path / "cfg.yaml"), "--out", str(tmp_path / "v3"),
          "--init-model", str(base), "--no-cluener"])
    log = [json.loads(line) for line in (tmp_path / "v3" / "train_log.jsonl").read_text().splitlines()]
    assert log[0]["train_chars"] == 10
    # rebuild_lexicon: the warm start's lexicon is replaced by one of the People's Daily lexicon days
    write_pd1998(corpora, PD_LINES)
    cfg = dict(cfg, rebuild_lexicon=True, lexicon_days=[1, 20])
    (tmp_path / "cfg.yaml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    main(["--corpora", str(corpora), "--config", str(tmp_path / "cfg.yaml"), "--out", str(tmp_path / "v4"),
          "--init-model", str(base), "--no-cluener"])
    entries = spacy.load(tmp_path / "v4").get_pipe("char_ner").lexicon.entries
    assert "天津港" in entries and "秦皇岛" not in entries and not set(LEX.entries) <= set(entries)


def test_skip_records_with_type(tmp_path):
    other = {"text": "美团在北京", "label": {"company": {"美团": [[0, 1]]}, "scene": {"北京": [[3, 4]]}}}
    lines = [json.dumps(RECORD, ensure_ascii=False), json.dumps(other, ensure_ascii=False)]
    assert [t for t, _ in cluener.iter_examples(lines)] == [RECORD["text"], "美团在北京"]
    assert [t for t, _ in cluener.iter_examples(lines, skip_records_with=["address"])] == ["美团在北京"]


def test_split_admin_units():
    def cut(t):
        return [t[s:e] for s, e in cluener.split_admin(0, len(t), t)]
    assert cut("朝阳区团结湖街道") == ["朝阳区", "团结湖街道"]
    assert cut("北房镇大周各庄村") == ["北房镇", "大周各庄村"]
    assert cut("福建省漳州市芗城区新桥街道竹围移动大楼") == ["福建省", "漳州市", "芗城区", "新桥街道", "竹围移动大楼"]
    assert cut("西市场") == ["西市场"] and cut("市政厅") == ["市政厅"] and cut("北京市") == ["北京市"]
    _, spans = cluener.record_to_example(RECORD, split_types=["address"])
    assert (15, 18, "LOC") in spans and (18, 21, "LOC") in spans and (21, 26, "LOC") in spans


def test_training_config_adds_pd1998_with_unseen_dev_days(tmp_path):
    from tests.test_ner_model import TINY_CFG
    corpora = tmp_path / "corpora"
    write_msra(corpora, [("张良在北京", ["B-PER", "I-PER", "O", "B-LOC", "I-LOC"]), ("好", ["O"])] * 2)
    write_pd1998(corpora, [f"199801{d:02d}-01-001-001/m  李/nr  明/nr  到/v  [天津/ns  大学/n]nt  。/w"
                           for d in (1, 2, 3)])
    cfg = dict(TINY_CFG, pd1998=True, pd_train_days=[1, 2], pd_dev_days=[3, 3], lexicon_days=[1, 2],
               dev_split="tail", dev_fraction=0.5, epochs=1)
    (tmp_path / "cfg.yaml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "m"
    main(["--corpora", str(corpora), "--config", str(tmp_path / "cfg.yaml"), "--out", str(out)])
    log = [json.loads(line) for line in (out / "train_log.jsonl").read_text().splitlines()]
    # MSRA train = the first 2 blocks (6 chars), PD adds days 1 and 2 (8 chars each)
    assert log[0]["train_chars"] == 6 + 2 * 8
    assert set(log[0]["dev"]) == {"msra", "pd"} and log[0]["dev"]["pd"]["ALL"]["n_gold"] == 2
    bad = dict(cfg, lexicon_days=[1, 3])
    (tmp_path / "bad.yaml").write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match="lexicon_days"):
        main(["--corpora", str(corpora), "--config", str(tmp_path / "bad.yaml"), "--out", str(tmp_path / "x")])


def test_set_lexicon_replaces_only_the_lexicon(tmp_path):
    from pipeline.training.set_lexicon import set_lexicon
    from tests.test_ner_model import LEX, TINY, TINY_CFG
    model = tmp_path / "model"
    train(TINY_CFG, TINY, TINY[:2], LEX, model)
    weights = (model / "char_ner" / "model").read_bytes()
    corpora = tmp_path / "corpora"
    write_pd1998(corpora, PD_LINES)
    assert set_lexicon(model, corpora, 1, 25) == len(spacy.load(model).get_pipe("char_ner").lexicon)
    entries = spacy.load(model).get_pipe("char_ner").lexicon.entries
    assert {"天津港", "秦皇岛", "王小明", "李大伟"} <= set(entries) and "张良" not in entries
    assert (model / "char_ner" / "model").read_bytes() == weights
