"""Bad input, encodings, interrupted runs and determinism (issue: robustness)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.io.writers import partial_dir
from pipeline.page_pipeline import PagePipeline
from pipeline.runner import TIMING_KEYS, Extractor
from pipeline.schemas import check_output_dir
from tests.interrupts import interrupt_at_page
from pipeline.splitter import split_page

ROOT = Path(__file__).resolve().parents[1]
PAGE = (ROOT / "data" / "samples" / "000_a9b4bbf11d192584.txt").read_text(encoding="utf-8")
CONFIG = ROOT / "configs" / "rules_only.yaml"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(CONFIG)


def lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def run(extractor: Extractor, pages: Path, out: Path, **kw):
    return extractor.extract([pages], out, progress=False, **kw)


def summary_counts(out: Path) -> dict:
    """summary.json without its timings (the one part that differs between runs)."""
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert all(isinstance(data[k], (int, float)) for k in TIMING_KEYS)
    return {k: v for k, v in data.items() if k not in TIMING_KEYS}


def texts(out: Path) -> list[str]:
    return [a["text"] for a in lines(out / "articles.jsonl")]


def test_encodings_and_line_ends_give_the_same_articles(extractor, tmp_path):
    variants = {
        "utf8.txt": PAGE.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + PAGE.encode("utf-8"),
        "gbk.txt": PAGE.encode("gb18030"),
        "crlf.txt": PAGE.replace("\n", "\r\n").encode("utf-8"),
        "cr.txt": PAGE.replace("\n", "\r").encode("utf-8"),
        "fullwidth.txt": PAGE.replace("2025", "２０２５").encode("utf-8"),
    }
    results = {}
    for name, data in variants.items():
        d = tmp_path / name.split(".")[0]
        d.mkdir()
        (d / name).write_bytes(data)
        summary = run(extractor, d, tmp_path / f"out_{name}")
        assert summary.pages_failed == 0, summary.errors
        results[name] = texts(tmp_path / f"out_{name}")
    assert all(r == results["utf8.txt"] for r in results.values())
    encodings = {n: lines(tmp_path / f"out_{n}" / "pages.jsonl")[0]["encoding"] for n in variants}
    assert encodings["gbk.txt"] == "gb18030" and encodings["bom.txt"] == "utf-8"


def test_bad_files_are_reported_and_good_pages_kept(extractor, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "good.txt").write_text(PAGE, encoding="utf-8")
    (pages / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (pages / "empty.txt").write_bytes(b"")
    (pages / "spaces.txt").write_text("   \n \t \n", encoding="utf-8")
    (pages / "truncated.txt").write_bytes(PAGE.encode("utf-8")[:-1])      # cut inside 。
    (pages / "control.txt").write_text(PAGE.replace("近日", "近\x07日\x0c"), encoding="utf-8")
    (pages / "flat.txt").write_text("没有标题也没有署名的一段文字，就这样写下去，直到结束。" * 50, encoding="utf-8")
    summary = run(extractor, pages, tmp_path / "out")
    out = tmp_path / "out"
    errors = lines(out / "errors.jsonl")
    assert [Path(e["file"]).name for e in errors] == ["binary.txt"] and summary.pages_failed == 1
    by_page = {p["page_id"]: p for p in lines(out / "pages.jsonl")}
    assert by_page["empty"]["articles"] == 0 and by_page["spaces"]["articles"] == 0
    assert any("truncated" in n for n in by_page["truncated"]["notes"])
    assert any("control" in n for n in by_page["control"]["notes"])
    kinds = {a["page_id"]: a["kind"] for a in lines(out / "articles.jsonl")}
    assert kinds["flat"] == "unknown"
    assert len([a for a in lines(out / "articles.jsonl") if a["page_id"] == "good"]) == 6
    assert check_output_dir(out) == []


def test_very_long_article_is_processed_in_pieces_with_valid_offsets(extractor, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    body = "北京市总工会党组书记、副主席张良来到丰台区调研。" * 3000   # ~72k chars in one paragraph
    (pages / "long.txt").write_text("丰台区总工会召开会议\n\n本报讯（记者 余翠平）" + body + "\n", encoding="utf-8")
    run(extractor, pages, tmp_path / "out")
    ents = lines(tmp_path / "out" / "entities.jsonl")
    text = lines(tmp_path / "out" / "articles.jsonl")[0]["text"]
    assert len(text) > 60000
    names = [e for e in ents if e["text"] == "张良" and e["field"] == "text"]
    assert len(names) == 3000 and names[-1]["start"] > 60000
    assert check_output_dir(tmp_path / "out") == []


def test_interrupted_run_keeps_previous_outputs_and_resumes(extractor, tmp_path, monkeypatch):
    pages = tmp_path / "pages"
    shutil.copytree(ROOT / "data" / "samples", pages)
    fresh = tmp_path / "fresh"
    run(extractor, pages, fresh)
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.jsonl").write_text('{"previous": true}\n', encoding="utf-8")

    original = interrupt_at_page(monkeypatch, 2)
    with pytest.raises(KeyboardInterrupt):
        run(extractor, pages, out)
    assert (out / "articles.jsonl").read_text(encoding="utf-8") == '{"previous": true}\n'
    assert partial_dir(out).exists()
    monkeypatch.setattr(PagePipeline, "run", original)
    run(extractor, pages, out, resume=True)
    for name in ("articles", "entities", "roles", "events", "people", "pages"):
        assert (out / f"{name}.jsonl").read_bytes() == (fresh / f"{name}.jsonl").read_bytes(), name
    assert not partial_dir(out).exists()


def test_same_input_gives_byte_identical_outputs(extractor, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    run(extractor, ROOT / "data" / "samples", a)
    run(extractor, ROOT / "data" / "samples", b, workers=2)
    for f in sorted(a.glob("*.jsonl")):   # report.html names its folder; data files must match
        assert f.read_bytes() == (b / f.name).read_bytes(), f.name
    assert summary_counts(a) == summary_counts(b)
    assert (a / "provenance.json").read_bytes() == (b / "provenance.json").read_bytes()   # workers: speed only
    assert len(list(a.glob("*.json*"))) == 9


_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
_PIECES = st.sampled_from(["\n", "\n\n", "\n\n\n", "。", "，", ",", "（", "）", "(", ")", "本报讯", "（记者 张三）",
                           "■", ">> 专栏 <<", "——", " ", "转自《中工网》", "副主席", "1月20日", "\r\n", "\x00", "\ufeff"])
_PAGE = st.lists(st.one_of(st.text(_HAN, min_size=1, max_size=30), _PIECES), max_size=60).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGE)
def test_splitter_never_fails_and_spans_point_into_the_page(page):
    split = split_page(page)
    for art in split.articles:
        assert 0 <= art.page_start <= art.page_end <= len(page)
        for para in art.paragraphs:
            assert 0 <= para.start <= para.end <= len(page)


def _mutate(page: str, cuts: list[int]) -> str:
    for cut in cuts:
        pos = cut % (len(page) + 1)
        page = page[:pos] + "\n\n" + page[pos:]
    return page


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(min_value=0, max_value=10_000), max_size=8), _PAGE)
def test_all_stages_on_mutated_pages_give_valid_records(extractor, tmp_path, cuts, noise):
    pages = tmp_path / "pages"
    shutil.rmtree(pages, ignore_errors=True)
    pages.mkdir()
    (pages / "p.txt").write_text(_mutate(PAGE, cuts)[:4000] + noise, encoding="utf-8")
    out = tmp_path / "out"
    summary = run(extractor, pages, out)
    assert summary.pages_failed == 0, summary.errors
    assert check_output_dir(out) == []


@pytest.mark.parametrize("text, key", [
    ("stages: [splitter\n", "not valid YAML"),
    ("stages: [splitter, roles]\nroles: {positions: data/lexicons/missing.txt}\n", "roles.positions"),
    ("stages: [splitter, ner]\nner: {model: models/absent}\n", "ner.model"),
    ("stages: [splitter]\nrun: {workers: 0}\n", "run.workers"),
    ("- just\n- a list\n", "expected a mapping"),
])
def test_config_errors_name_file_and_key_before_any_work(tmp_path, text, key):
    from pipeline.config import ConfigError, load_config

    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value) and key in str(err.value)


def test_large_file_is_split_with_bounded_memory(tmp_path):
    """A multi-megabyte page (many articles) goes through the splitter; memory stays near the text size."""
    import resource

    pages = tmp_path / "pages"
    pages.mkdir()
    big = (PAGE + "\n\n") * 400                     # ~1.3M characters, ~4 MB of UTF-8
    (pages / "big.txt").write_text(big, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    summary = Extractor({"stages": ["splitter"]}).extract([pages], tmp_path / "out", progress=False)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert summary.pages_failed == 0 and summary.articles == 6 * 400
    assert grown_mb < 600
    assert check_output_dir(tmp_path / "out") == []


def test_a_page_is_dated_by_the_manifest_then_its_path_then_the_run(tmp_path):
    """An archive laid out by date (2026/01/21/p1.txt, 20260122_p2.txt) dates its pages; the
    manifest wins over the path, the run's date covers the pages neither dates. Two files sharing
    a stem get ids from their paths, so their articles' ids stay apart."""
    pages = tmp_path / "pages"
    for rel in ("2026/01/21/p1.txt", "2026/01/22/p1.txt", "20260122_p2.txt", "20260123_p3.txt",
                "undated_p4.txt", "20261345_p5.txt"):
        (pages / rel).parent.mkdir(parents=True, exist_ok=True)
        (pages / rel).write_text(PAGE, encoding="utf-8")
    manifest = tmp_path / "dates.yaml"
    manifest.write_text("20260123_p3: 2025-12-31\n", encoding="utf-8")
    config = {"stages": ["splitter"], "run": {"issue_dates": str(manifest), "issue_date": "2020-01-01"}}
    Extractor(config).extract([pages], tmp_path / "out", progress=False)
    dates = {r["page_id"]: r["issue_date"] for r in lines(tmp_path / "out" / "pages.jsonl")}
    assert dates == {"2026_01_21_p1": "2026-01-21", "2026_01_22_p1": "2026-01-22", "20260122_p2": "2026-01-22",
                     "20260123_p3": "2025-12-31", "undated_p4": "2020-01-01", "20261345_p5": "2020-01-01"}
    ids = [r["article_id"] for r in lines(tmp_path / "out" / "articles.jsonl")]
    assert len(ids) == len(set(ids)) == 6 * len(dates)


def test_a_rerun_keeps_the_date_the_path_gives(extractor, tmp_path):
    """1月20日 on a page filed under 2026/01/21 is 2026-01-20, in the run and in a re-run of events."""
    page = tmp_path / "pages" / "2026" / "01" / "21" / "p1.txt"
    page.parent.mkdir(parents=True)
    shutil.copy(ROOT / "data" / "samples" / "001_98a41624c2f789d1.txt", page)
    out = tmp_path / "out"
    extractor.extract([tmp_path / "pages"], out, progress=False)
    first = [e["date_norm"] for e in lines(out / "events.jsonl")]
    assert "2026-01-20" in first
    extractor.rerun(out, "events", progress=False)
    assert [e["date_norm"] for e in lines(out / "events.jsonl")] == first


CORPUS = ROOT.parent / "shared" / "corpora" / "pd1998" / "199801_01-25.txt.gz"


@pytest.mark.skipif(not CORPUS.exists(), reason="People's Daily corpus not available")
def test_all_stages_on_unseen_national_news_pages_give_valid_records(extractor, tmp_path):
    from pipeline.evaluation.pd_pages import build_pages

    build_pages(CORPUS, tmp_path / "pages", n_pages=8, seed=99)
    summary = run(extractor, tmp_path / "pages", tmp_path / "out")
    assert summary.pages_failed == 0 and summary.events > 0 and summary.roles > 0
    assert check_output_dir(tmp_path / "out") == []
