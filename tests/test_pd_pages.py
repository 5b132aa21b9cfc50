"""Synthetic PD1998 pages: determinism, gold strings present in the page, column-break placement.

Most tests run on a small corpus written here in PD1998's format (invented sentences), so they
do not need the real corpus; one test also runs on the real one when it is present.
"""
from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest

from pipeline.corpora.pd1998 import iter_articles, iter_paragraphs
from pipeline.evaluation import gold_to_outputs, score_dir
from pipeline.evaluation.normalize import key
from pipeline.evaluation.pd_pages import NoiseConfig, build_pages
from pipeline.evaluation.pd_pages import main as pd_main
from pipeline.evaluation.pd_source import parse_credit, to_article

REAL_CORPUS = Path("/work/shared/corpora/pd1998/199801_01-25.txt.gz")
CITIES = ["北京", "上海", "广州", "成都", "西安", "武汉", "南京", "杭州", "沈阳", "昆明", "兰州", "济南"]
NAMES = [("王", "明"), ("李", "华"), ("张", "强"), ("刘", "芳"), ("陈", "刚"), ("杨", "帆")]
FILLER = "各方/r  代表/n  围绕/p  发展/vn  问题/n  进行/v  了/u  深入/a  讨论/vn  ，/w  会议/n  气氛/n  热烈/a  。/w"


def _line(pid: str, tokens: str) -> str:
    return f"{pid}/m  {tokens}"


def _article(day: int, page: int, art: int, rng: random.Random) -> list[str]:
    city = CITIES[art % len(CITIES)]
    sur, given = NAMES[art % len(NAMES)]
    pid = lambda k: f"199801{day:02d}-{page:02d}-{art:03d}-{k:03d}"
    credit = [
        f"新华社/nt  {city}/ns  １月/t  ５日/t  电/n  （/w  记者/n  {sur}/nr  {given}/nr  ）/w",
        f"本报讯/n  记者/n  {sur}/nr  {given}/nr  报道/v  ：/w",
        f"本报讯/n",
        f"据/p  新华社/nt  {city}/ns  １月/t  ６日/t  电/n",
    ][art % 4]
    lines = [_line(pid(1), f"{city}/ns  召开/v  第{art}次/m  发展/vn  座谈会/n")]
    lines.append(_line(pid(2), f"{credit}  [{city}/ns  市政府/n]nt  今天/t  召开/v  座谈会/n  ，/w  "
                               f"市长/n  {sur}/nr  {given}/nr  出席/v  。/w  {FILLER}  {FILLER}"))
    for k in range(3, 3 + art % 3 + 1):
        lines.append(_line(pid(k), f"{FILLER}  [{city}/ns  大学/n]nt  教授/n  参加/v  了/u  会议/n  。/w  {FILLER}"))
    return lines


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    rng = random.Random(0)
    path = tmp_path_factory.mktemp("pd") / "fake.txt.gz"
    lines = [line for art in range(1, 25) for line in _article(1 + art // 10, 1, art, rng)]
    with gzip.open(path, "wb") as fh:
        fh.write(("\n".join(lines) + "\n").encode("gb18030"))
    return path


def _pages(out: Path) -> list[tuple[str, dict]]:
    return [(p.with_suffix(".txt").read_text(encoding="utf-8"), json.loads(p.read_text(encoding="utf-8")))
            for p in sorted(out.glob("*.json"))]


def test_fake_corpus_articles_are_usable(corpus: Path):
    arts = [to_article(a) for a in iter_articles(iter_paragraphs(corpus))]
    assert all(a is not None for a in arts)
    by_kind = {a.key: a for a in arts}
    a = by_kind["19980101-01-001"]           # 本报讯 + inline credit
    assert a.source == "本报讯" and a.byline["reporters"] == ["李华"]
    assert a.paragraphs[0][a.skip:].startswith("上海市政府今天")
    b = by_kind["19980101-01-004"]           # 新华社 dateline + （记者 X）: the dateline is the source
    assert b.source == "新华社西安１月５日电" and b.byline["reporters"] == ["陈刚"]
    assert b.paragraphs[0][b.skip:].startswith("西安市政府今天")
    assert "西安市政府" in b.entities["ORG"] and "陈刚" in b.entities["PER"]


def test_unparsable_credit_is_rejected(corpus: Path):
    para = next(iter_paragraphs(corpus))
    assert parse_credit(para) == ({"reporters": [], "correspondents": [], "photographers": [], "authors": []}, 0)
    from pipeline.corpora.pd1998 import parse_line
    odd = parse_line("19980101-01-001-002/m  本报讯/n  （/w  记者/n  站/n  供稿/v  ）/w  今天/t  下雨/v  。/w")
    assert parse_credit(odd) is None


def test_pages_are_deterministic(corpus: Path, tmp_path: Path):
    a = build_pages(corpus, tmp_path / "a", 4, seed=7)
    b = build_pages(corpus, tmp_path / "b", 4, seed=7)
    c = build_pages(corpus, tmp_path / "c", 4, seed=8)
    assert a == b
    assert _pages(tmp_path / "a") == _pages(tmp_path / "b")
    assert _pages(tmp_path / "a") != _pages(tmp_path / "c")


@pytest.mark.parametrize("noise", [NoiseConfig(), NoiseConfig(column_break=1.0, duplicate=1.0, halfwidth=1.0),
                                   NoiseConfig.off()])
def test_gold_strings_appear_verbatim_in_page(corpus: Path, tmp_path: Path, noise: NoiseConfig):
    build_pages(corpus, tmp_path, 5, seed=3, articles_per_page=(3, 6), noise=noise)
    for text, gold in _pages(tmp_path):
        assert gold["annotated"] == ["articles", "bylines", "body", "entities"]
        assert 3 <= len(gold["articles"]) <= 6
        blocks = [b for b in text.split("\n\n") if b.strip()]
        for art in gold["articles"]:
            assert art["headline"] in blocks                   # a line of its own
            # verbatim = not split by a column break (a break inserts a blank line)
            assert art["body_start"] in text and art["body_end"] in text
            assert "\n" not in art["body_start"] + art["body_end"]
            for names in art["byline"].values():
                assert all(n in text for n in names)
            for strings in art["entities"].values():
                assert all(s in text for s in strings)


def test_forced_noise_is_visible(corpus: Path, tmp_path: Path):
    build_pages(corpus, tmp_path, 2, seed=1, noise=NoiseConfig(column_break=1.0, duplicate=1.0, halfwidth=1.0))
    for text, gold in _pages(tmp_path):
        assert "，" not in text and "（" not in text            # half-width page
        assert any("column break" in n for n in gold["notes"])
        assert any("printed twice" in n for n in gold["notes"])
        blocks = [b for b in text.split("\n\n") if b.strip()]
        assert len(blocks) != len(set(blocks))                 # a duplicated paragraph
        for art in gold["articles"]:
            assert key(art["body_start"]) in key(text) and "," in text


def test_gold_scores_perfectly_against_itself(corpus: Path, tmp_path: Path):
    build_pages(corpus, tmp_path / "pages", 3, seed=5)
    res = score_dir(gold_to_outputs(tmp_path / "pages", tmp_path / "out"), tmp_path / "pages")
    assert res["metrics"]["articles"]["f1"] == 1.0 and res["metrics"]["ner_all"]["f1"] == 1.0
    assert res["metrics"]["roles"]["pages"] == 0 and res["metrics"]["events"]["f1"] is None


def test_cli(corpus: Path, tmp_path: Path, capsys):
    assert pd_main(["--corpus", str(corpus), "--out", str(tmp_path), "--pages", "2", "--seed", "4"]) == 0
    assert len(list(tmp_path.glob("*.txt"))) == 2 == len(list(tmp_path.glob("*.json")))
    assert pd_main(["--corpus", str(tmp_path / "missing.gz"), "--out", str(tmp_path), "--pages", "1"]) == 2


def test_days_keep_pages_to_those_days(corpus: Path, tmp_path: Path, capsys):
    """--days draws only that range's articles (e.g. days a model was not trained on)."""
    build_pages(corpus, tmp_path / "all", 6, seed=2)
    build_pages(corpus, tmp_path / "late", 6, seed=2, days=(2, 3))
    days = lambda out: {g["pd_article"][6:8] for _, page in _pages(out) for g in page["articles"]}
    assert "01" in days(tmp_path / "all")
    assert days(tmp_path / "late") == {"02", "03"}
    # a range with no articles is an error naming the corpus, not an empty folder
    assert pd_main(["--corpus", str(corpus), "--out", str(tmp_path / "none"), "--days", "20", "25"]) == 2
    assert "fake.txt.gz" in capsys.readouterr().err and not (tmp_path / "none").exists()


@pytest.mark.skipif(not REAL_CORPUS.exists(), reason="PD1998 corpus not available")
def test_real_corpus_pages(tmp_path: Path):
    ids = build_pages(REAL_CORPUS, tmp_path, 6, seed=11)
    assert ids == build_pages(REAL_CORPUS, tmp_path / "again", 6, seed=11)
    for text, gold in _pages(tmp_path):
        blocks = [b for b in text.split("\n\n") if b.strip()]
        for art in gold["articles"]:
            assert art["headline"] in blocks
            assert art["body_start"] in text and art["body_end"] in text
            assert len(art["headline"]) <= 48 and not art["headline"].endswith("。")


def _parsed(*lines: str):
    from pipeline.corpora.pd1998 import parse_line
    return [parse_line(line) for line in lines]


def test_credit_after_the_body_fills_the_byline_and_ends_the_body():
    """（甲乙丙丁）: two names printed together after the body, bare names are correspondents."""
    art = to_article(_parsed(
        "19980102-03-004-001/m  南城/ns  举办/v  职工/n  运动会/n",
        "19980102-03-004-002/m  本报讯/n  南城/ns  近日/t  举办/v  职工/n  运动会/n  ，/w  千余/m  名/q  职工/n  参加/v  了/u  比赛/vn  。/w  "
        + FILLER,
        "19980102-03-004-003/m  " + FILLER + "  （/w  王/nr  明/nr  李/nr  华/nr  ）/w"))
    assert art is not None and art.byline["correspondents"] == ["王明", "李华"]
    assert art.end_skip == len("（王明李华）") and art.paragraphs[-1][: -art.end_skip].endswith("热烈。")


def test_photo_item_caption_with_photographer():
    art = to_article(_parsed(
        "19980102-03-005-001/m  雪后/t  南城/ns  （/w  图片/n  ）/w",
        "19980102-03-005-002/m  １月/t  ５日/t  ，/w  南城/ns  迎来/v  今冬/t  第一/m  场/q  大雪/n  。/w  "
        "（/w  新华社/nt  记者/n  陈/nr  刚/nr  摄/Vg  ）/w"))
    assert art is not None and art.kind == "photo"
    assert art.byline["photographers"] == ["陈刚"] and art.byline["reporters"] == []


def test_signing_organization_is_no_byline():
    art = to_article(_parsed(
        "19980102-03-006-001/m  南城/ns  开展/v  消防/n  检查/vn",
        "19980102-03-006-002/m  本报讯/n  " + FILLER + "  " + FILLER,
        "19980102-03-006-003/m  " + FILLER + "  （/w  [南城/ns  消防局/n]nt  ）/w"))
    assert art is not None and not any(art.byline.values())
    assert art.paragraphs[-1][: len(art.paragraphs[-1]) - art.end_skip].endswith("热烈。")


def test_a_credit_printed_as_a_line_of_its_own_keeps_its_names_in_the_gold():
    """（新华社记者陈刚摄） on its own line: the photographer and the outlet are entities, as the
    guideline lists credited persons and the devset's gold a credit's outlet."""
    art = to_article(_parsed(
        "19980102-03-007-001/m  南城/ns  举办/v  职工/n  运动会/n",
        "19980102-03-007-002/m  本报讯/n  " + FILLER + "  " + FILLER,
        "19980102-03-007-003/m  （/w  新华社/nt  记者/n  陈/nr  刚/nr  摄/Vg  ）/w"))
    assert art is not None and art.byline["photographers"] == ["陈刚"]
    assert "陈刚" in art.entities["PER"] and "新华社" in art.entities["ORG"]
