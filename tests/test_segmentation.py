"""Word segmentation: shipped pkuseg model, char fallback, missing-model errors, user dict, training."""
from __future__ import annotations

import gzip
import json
import shutil
import socket
from pathlib import Path

import pytest

from pipeline.lexicon import PORTFOLIO_KINDS, POSITION_KINDS, DomainLexicon
from pipeline.segmentation import MissingModelError, make_chinese_nlp
from pipeline.segmentation.metrics import SegScores
from pipeline.segmentation.tokenizer import DEFAULT_MODEL_DIR, PKUSEG_MODEL_FILES
from pipeline.segmentation.user_dict import build_user_dict, collect_words, default_lexicon_paths, read_lexicon

SENT = "北京市总工会党组书记、副主席张良，丰台区委书记王少峰出席大会开幕式并讲话。"


@pytest.fixture
def no_network(monkeypatch):
    """Any download attempt fails the test."""
    import spacy_pkuseg

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(spacy_pkuseg, "download_model", refuse)


@pytest.fixture(scope="module")
def nlp():
    return make_chinese_nlp("pkuseg")


def tokens(nlp, text: str) -> list[str]:
    return [t.text for t in nlp(text)]


def test_shipped_model_is_complete_and_small():
    for name in PKUSEG_MODEL_FILES:
        assert (DEFAULT_MODEL_DIR / name).is_file()
    size = sum(p.stat().st_size for p in DEFAULT_MODEL_DIR.iterdir() if p.is_file())
    assert size <= 25 * 1024 * 1024


def test_shipped_model_loads_offline_and_segments(no_network):
    toks = tokens(make_chinese_nlp("pkuseg"), SENT)
    assert "".join(toks) == SENT
    assert "张良" in toks and "王少峰" in toks  # names joined in training data
    # 北京市总工会 may be one token or 北京市|总工会, but 总工会 is never cut inside
    i = SENT.index("总工会")
    starts, pos = set(), 0
    for t in toks:
        starts.add(pos)
        pos += len(t)
    assert not ({i + 1, i + 2} & starts)
    assert "副主席" in toks or ("副" in toks and "主席" in toks)


def test_user_dict_keeps_district_committee_together(nlp):
    toks = tokens(nlp, "丰台区委书记王少峰和朝阳区人大常委会主任")
    assert "委" not in toks  # 丰台区 from the user dict must not strand 委
    assert "人大常委会" in toks


def test_domain_terms_missing_from_pd1998(nlp):
    toks = tokens(nlp, "以习近平新时代中国特色社会主义思想为指导")
    assert "习近平" in toks and "新时代" in toks


def test_halfwidth_digits_and_punct(nlp):
    toks = tokens(nlp, "2025年,全市共有(3)个区;会议指出:")
    assert "2025年" in toks or ("2025" in toks and "年" in toks)
    for p in [",", "(", ")", ";", ":"]:
        assert p in toks


def test_decimals_and_percent_stay_whole(nlp):
    # PD1998 writes １２．３％; training folds ． to "." so ASCII decimals are learnt too
    toks = tokens(nlp, "同比增长12.3%,达到110.8亿元")
    assert "12.3%" in toks and "110.8亿" in toks


def test_without_user_dict(no_network):
    toks = tokens(make_chinese_nlp("pkuseg", user_dict=None), SENT)
    assert "".join(toks) == SENT and "张良" in toks


def test_char_segmenter():
    doc = make_chinese_nlp("char")("总工会 2025")
    assert [t.text for t in doc] == ["总", "工", "会", "2", "0", "2", "5"]


def test_unknown_segmenter():
    with pytest.raises(ValueError):
        make_chinese_nlp("jieba")


def test_missing_dir(tmp_path):
    with pytest.raises(MissingModelError, match="make train") as err:
        make_chinese_nlp("pkuseg", model_dir=tmp_path / "nope")
    assert str(tmp_path / "nope") in str(err.value)


def test_incomplete_dir(tmp_path):
    (tmp_path / "weights.npz").write_bytes(b"")
    with pytest.raises(MissingModelError, match="features.msgpack"):
        make_chinese_nlp("pkuseg", model_dir=tmp_path)


def test_registered_pkuseg_name_absent_is_refused(tmp_path, monkeypatch, no_network):
    from spacy_pkuseg.config import config

    monkeypatch.setattr(config, "pkuseg_home", str(tmp_path))
    with pytest.raises(MissingModelError, match="spacy_ontonotes"):
        make_chinese_nlp("pkuseg", model_dir="spacy_ontonotes")


def test_registered_pkuseg_name_present_is_used_locally(tmp_path, monkeypatch, no_network):
    from spacy_pkuseg.config import config

    shutil.copytree(DEFAULT_MODEL_DIR, tmp_path / "news")
    monkeypatch.setattr(config, "pkuseg_home", str(tmp_path))
    assert "张良" in tokens(make_chinese_nlp("pkuseg", model_dir="news"), SENT)


def test_spacy_package_not_installed():
    with pytest.raises(MissingModelError, match="pip install zh_core_web_xx"):
        make_chinese_nlp("pkuseg", model_dir="zh_core_web_xx")


def test_nlp_roundtrip(nlp, tmp_path):
    import spacy

    nlp.to_disk(tmp_path / "nlp")
    assert tokens(spacy.load(tmp_path / "nlp"), SENT) == tokens(nlp, SENT)


def test_lexicons_and_user_dict_builder(tmp_path):
    paths = default_lexicon_paths()
    places = set(read_lexicon(paths[0]))
    for d in ["东城区", "延庆区", "经开区", "北京经济技术开发区"]:
        assert d in places
    assert len([w for w in places if w.endswith("区") and len(w) <= 5]) >= 16
    with open(paths[2], encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]
    assert all(len(r) == 2 and r[1] in POSITION_KINDS + PORTFOLIO_KINDS for r in rows)

    lex = tmp_path / "lex.txt"
    lex.write_text("# comment\n总工会\t\n区长\toffice\n  \n丰台区\n总工会\n", encoding="utf-8")
    out = build_user_dict(tmp_path / "ud" / "dict.txt", [lex])
    assert out.read_text(encoding="utf-8").splitlines() == ["总工会", "丰台区"]  # dedup, 2-char dropped
    assert collect_words([lex], min_len=2) == ["总工会", "区长", "丰台区"]
    assert "书记" not in collect_words(paths)  # short words would break others


def test_an_unforced_name_is_no_user_dict_word(tmp_path):
    """org_names.txt kind ``unforced``: forced matching would cut 民政部 out of 民政部门, so the
    segmenter's user dict leaves it out; the NER rules still know the name."""
    lex = tmp_path / "lex.txt"
    lex.write_text("民政部\tunforced\n中华全国总工会\n基层工会\tgeneric\n", encoding="utf-8")
    assert collect_words([lex]) == ["中华全国总工会", "基层工会"]
    assert "应急管理部" not in collect_words(default_lexicon_paths())
    assert "应急管理部" in DomainLexicon.load().known_orgs


def test_portfolio_offices_enter_the_user_dict_composed(tmp_path):
    """positions.txt's portfolio fields are halves of offices (外交 + 大臣): the user dict takes the
    composed offices, never a field alone (厚生劳动 is no word to force), and the lexicon reads them
    as offices like any other."""
    lex = tmp_path / "positions.txt"
    lex.write_text("总经理\toffice\n大臣\tportfolio_office\n内政\tportfolio\n厚生劳动\tportfolio\n", encoding="utf-8")
    assert collect_words([lex]) == ["总经理", "内政大臣", "厚生劳动大臣"]
    positions = DomainLexicon.load(positions=lex).positions
    assert positions == {"总经理": "office", "大臣": "office", "内政大臣": "office", "厚生劳动大臣": "office"}


def test_metrics():
    s = SegScores()
    s.add(["北京", "市民"], ["北京市", "民"])
    s.add(["张良"], ["张良"])
    assert (s.gold, s.pred, s.correct) == (3, 3, 1)
    with pytest.raises(ValueError):
        s.add(["a"], ["b"])


PD_LINES = [
    "19980101-01-001-001/m  中共中央/nt  总书记/n  、/w  国家/n  主席/n  江/nr  泽民/nr  。/w  ",
    "19980101-01-001-002/m  [北京/ns  市/n  总工会/n]nt  举行/v  会议/n  ，/w  １９９８年/t  １/m  月/q  。/w  ",
    "19980102-01-001-001/m  国务院/nt  总理/n  李/nr  鹏/nr  会见/v  客人/n  。/w  ",
    "19980122-01-001-001/m  江/nr  泽民/nr  会见/v  客人/n  ，/w  举行/v  会议/n  。/w  ",
]


def test_tiny_training_run(tmp_path):
    from pipeline.training.train_segmenter import main

    corpus = tmp_path / "corpora" / "pd1998" / "199801_01-25.txt.gz"
    corpus.parent.mkdir(parents=True)
    with gzip.open(corpus, "wb") as fh:
        fh.write("\r\n".join(PD_LINES * 5).encode("gbk"))
    out = tmp_path / "model"
    main(["--corpora", str(tmp_path / "corpora"), "--out", str(out), "--iters", "1"])

    assert sorted(p.name for p in out.iterdir()) == ["features.msgpack", "metrics.json", "weights.npz"]
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["train_days"] == "01-21" and metrics["test_days"] == "22-25"
    assert metrics["test_sentences"] == 5
    for key in ["model_only", "with_user_dict"]:
        assert 0.0 <= metrics["scores"][key]["f1"] <= 1.0
    doc = make_chinese_nlp("pkuseg", model_dir=out, user_dict=None)("江泽民举行会议")
    assert "".join(t.text for t in doc) == "江泽民举行会议"


def test_a_logistics_park_is_one_word(nlp):
    # terms.txt: 物流园 (not 智|慧物|流园), a facility the NER steps read by its ending
    toks = tokens(nlp, "南沙区的明珠湾智慧物流园")
    assert "物流园" in toks
