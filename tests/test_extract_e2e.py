"""The extract entry point end to end on the sample pages: records, schema, re-runs, errors."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.schemas import check_output_dir

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("e2e") / "out"
    proc = run_cli("extract", "--input", str(SAMPLES), "--output", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "pages 3 (0 skipped)" in proc.stdout
    return out


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_stage_file_is_written_and_valid(outputs):
    for name in ("pages", "articles", "entities", "roles", "events", "people", "errors"):
        assert (outputs / f"{name}.jsonl").exists(), name
    assert check_output_dir(outputs) == []
    articles = lines(outputs / "articles.jsonl")
    assert len(articles) == 29
    assert {a["page_id"] for a in articles} == {p.stem for p in SAMPLES.glob("*.txt")}
    assert lines(outputs / "errors.jsonl") == []
    summary = json.loads((outputs / "summary.json").read_text(encoding="utf-8"))
    assert summary["pages"] == 3 and summary["articles"] == 29 and summary["chars"] > 0


def test_stages_find_people_roles_and_events(outputs):
    ents = lines(outputs / "entities.jsonl")
    assert {e["label"] for e in ents} >= {"PER", "ORG", "LOC"}
    roles = lines(outputs / "roles.jsonl")
    assert any(r["position"] == "副主席" for r in roles)
    events = lines(outputs / "events.jsonl")
    assert {e["type"] for e in events} <= {"meeting", "visit"} and events
    assert len({e["event_id"] for e in events}) == len(events)
    people = lines(outputs / "people.jsonl")
    assert people and all(p["article_ids"] for p in people)


def test_rerun_from_roles_keeps_earlier_stages(outputs, tmp_path):
    copy = tmp_path / "out"
    shutil.copytree(outputs, copy)
    before = (copy / "entities.jsonl").read_bytes()
    proc = run_cli("extract", "--output", str(copy), "--from", "roles", "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert (copy / "entities.jsonl").read_bytes() == before
    assert (copy / "roles.jsonl").read_bytes() == (outputs / "roles.jsonl").read_bytes()
    assert (copy / "events.jsonl").read_bytes() == (outputs / "events.jsonl").read_bytes()


def test_bad_page_is_reported_and_others_are_kept(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(SAMPLES / "000_a9b4bbf11d192584.txt", pages)
    (pages / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe")
    out = tmp_path / "out"
    proc = run_cli("extract", "--config", "configs/splitter_only.yaml", "--input", str(pages),
                   "--output", str(out), "--quiet")
    assert proc.returncode == 1
    errors = lines(out / "errors.jsonl")
    assert len(errors) == 1 and errors[0]["file"].endswith("broken.txt") and "binary" in errors[0]["message"]
    assert len(lines(out / "articles.jsonl")) == 6


def test_config_error_names_file_and_key_and_keeps_outputs(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.jsonl").write_text("{}\n", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("stages: [splitter, ner]\nner:\n  modle: models/ner\n", encoding="utf-8")
    proc = run_cli("extract", "--config", str(bad), "--output", str(out), "--quiet")
    assert proc.returncode == 2
    assert str(bad) in proc.stderr and "ner.modle" in proc.stderr and "unknown key" in proc.stderr
    assert (out / "articles.jsonl").read_text(encoding="utf-8") == "{}\n"
    bad.write_text("stages: [splitter, tagger]\n", encoding="utf-8")
    proc = run_cli("extract", "--config", str(bad), "--output", str(out), "--quiet")
    assert proc.returncode == 2 and "stages.1" in proc.stderr and "tagger" in proc.stderr


def test_python_api_runs_article_stages_on_any_text():
    import pipeline

    nlp = pipeline.load()
    doc = nlp("北京市总工会党组书记、副主席张良，丰台区委书记王少峰出席大会开幕式并讲话。")
    assert ("张良", "PER") in {(e.text, e.label_) for e in doc.ents}
    assert any(r["person"] == "张良" and r["position"] == "副主席" for r in doc._.roles)
    assert isinstance(doc._.events, list)


def test_the_same_pages_give_the_same_records_in_every_process(tmp_path):
    """Records never depend on the order a process happens to iterate a set in (Python varies
    string hashing per process): two full forms written as often once made an elided participant
    (市总工会) come out either way, and words of one length in a set-built list once decided which of
    two overlapping visit words is read."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p1.txt").write_text(
        "\n\n市总工会赴青山慰问东湖援建干部\n\n"
        "本报讯（记者 王甲）8月6日至9日，东湖市总工会党组书记周明远带队赴青山，看望慰问东湖援建干部，并\n\n"
        "与青山市总工会座谈交流。\n\n"
        "在青山市总工会会议室召开的座谈会上，该会主席吴晓东介绍了两地工会交流情况。\n\n"
        "东湖市总工会二级巡视员郑秋，市总工会相关部门负责人参加慰问。\n",
        encoding="utf-8")
    # … nor which of two visit words that overlap (来访|问) is read, by the lexicon's order
    (pages / "p2.txt").write_text(
        "\n\n市总工会会见韩国代表团\n\n"
        "5月8日，青岛市总工会主席王立新会见了前来访问的韩国劳动组合总联盟代表团。代表团一行还参观了青岛港和海尔集团。\n",
        encoding="utf-8")
    outs = []
    for seed in ("0", "1", "2", "3"):
        out = tmp_path / f"out{seed}"
        proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--input", str(pages), "--output", str(out),
                               "--quiet"], cwd=ROOT, capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr
        outs.append([(out / f"{stage}.jsonl").read_bytes() for stage in ("entities", "roles", "events")])
    assert all(o == outs[0] for o in outs)
