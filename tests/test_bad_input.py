"""Nothing lost, nothing clobbered: the bad-input set (control characters, Big5, UTF-16 without
BOM, empty and missing inputs, two runs at once, Ctrl-C, a large archive file), validation and
exit codes. The pages are invented text, written in the tests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import cli
from pipeline.config import ConfigError, load_config, parse_overrides
from pipeline.io import pages as page_io
from pipeline.io.lock import OutputLock, OutputLocked, lock_path
from pipeline.io.writers import OutputWriter, partial_dir
from pipeline.page_pipeline import PagePipeline
from pipeline.runner import Extractor, InputError
from pipeline.schemas import check_output_dir
from tests.interrupts import interrupt_at_page

ROOT = Path(__file__).resolve().parents[1]
SPLIT = {"stages": ["splitter"]}
# an invented page: two articles, each a headline and a source lead
PAGE = ("市总工会召开全委会议\n\n本报讯（记者 李明）市总工会昨日召开全体委员会议，研究部署今年的工作任务。"
        "会议要求各级工会认真做好服务职工的各项工作。\n\n"
        "区工会开展职工技能竞赛\n\n本报讯（通讯员 王芳）区工会近日举办职工技能竞赛，来自各单位的一百多名职工参加比赛。"
        "比赛设置了多个项目。\n")
TRAD = ("臺北市總工會舉行會員代表大會\n\n本報訊（記者 陳明）臺北市總工會昨日舉行會員代表大會，會議選舉產生新一屆委員會。"
        "理事長在會上作工作報告，總結過去五年的工作成績，並對今後的工作提出要求。\n")


def lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def write_pages(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def extract(pages, out: Path, config=SPLIT, **kw):
    return Extractor(config).extract([pages], out, progress=False, **kw)


def previous_outputs(out: Path) -> dict[str, bytes]:
    out.mkdir(parents=True, exist_ok=True)
    (out / "articles.jsonl").write_text('{"earlier": true}\n', encoding="utf-8")
    (out / "summary.json").write_text('{"earlier": true}\n', encoding="utf-8")
    return {p.name: p.read_bytes() for p in out.iterdir()}


# -- decoding --------------------------------------------------------------------------------
def test_page_with_a_few_nul_and_bel_characters_is_kept_without_them(tmp_path):
    noisy = PAGE.replace("昨日", "昨\x00日").replace("近日", "近\x07日\x00")
    pages = write_pages(tmp_path / "p", {"noisy.txt": noisy.encode("utf-8")})
    summary = extract(pages, tmp_path / "out")
    assert summary.pages_failed == 0 and summary.articles == 2
    page = lines(tmp_path / "out" / "pages.jsonl")[0]
    assert any("3 control character(s) removed" in n for n in page["notes"])
    texts = "".join(a["text"] for a in lines(tmp_path / "out" / "articles.jsonl"))
    assert "\x00" not in texts and "\x07" not in texts and "昨日" in texts


def test_binary_is_decided_by_the_share_of_control_bytes():
    with pytest.raises(page_io.PageError, match="not a text file"):
        page_io.decode(bytes(range(256)) * 20, "x.bin")
    text, enc, conf, notes = page_io.decode(PAGE.encode("utf-8") + b"\x00\x07", "x.txt")
    assert enc == "utf-8" and text == PAGE and notes


@pytest.mark.parametrize("encoding, expected", [("big5", "big5"), ("utf-16-le", "utf-16-le"),
                                                ("utf-16-be", "utf-16-be"), ("gb18030", "gb18030")])
def test_encodings_are_detected_and_recorded_with_their_confidence(tmp_path, encoding, expected):
    text = TRAD if encoding == "big5" else PAGE
    pages = write_pages(tmp_path / "p", {"page.txt": text.encode(encoding)})
    summary = extract(pages, tmp_path / "out")
    assert summary.pages_failed == 0
    page = lines(tmp_path / "out" / "pages.jsonl")[0]
    assert page["encoding"] == expected and 0 < page["encoding_confidence"] <= 1
    assert lines(tmp_path / "out" / "articles.jsonl")[0]["headline"] == text.split("\n")[0]
    assert check_output_dir(tmp_path / "out") == []


def test_low_confidence_detection_is_noted(monkeypatch):
    monkeypatch.setattr(page_io, "detect_encoding", lambda data: ("big5", 0.4))
    _, enc, conf, notes = page_io.decode(TRAD.encode("big5"), "x.txt")
    assert enc == "big5" and conf == 0.4 and any("low confidence" in n for n in notes)


# -- empty, missing, unreadable inputs -------------------------------------------------------------
@pytest.mark.parametrize("case", ["missing", "empty folder", "no readable page"])
def test_bad_input_exits_2_naming_the_path_and_keeps_earlier_outputs(tmp_path, capsys, case):
    out = tmp_path / "out"
    before = previous_outputs(out)
    pages = tmp_path / "pages"
    if case == "empty folder":
        pages.mkdir()
    elif case == "no readable page":
        write_pages(pages, {"a.txt": bytes(range(256)) * 20})
    code = cli.main(["extract", "--config", str(ROOT / "configs" / "splitter_only.yaml"), "--input", str(pages),
                     "--output", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and str(pages) in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not partial_dir(out).exists() and not lock_path(out).exists()


# -- two runs at once ------------------------------------------------------------------------------
def test_second_run_into_a_locked_output_is_refused_and_outputs_never_mix(tmp_path):
    pages = write_pages(tmp_path / "p", {"a.txt": PAGE.encode("utf-8")})
    out = tmp_path / "out"
    extract(pages, out)
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    holder = OutputWriter(out)          # a run in progress (this process, alive)
    holder.write("errors", {"file": "other-run", "stage": "read", "message": "x"})
    try:
        with pytest.raises(OutputLocked, match="another run"):
            extract(pages, out)
        assert (partial_dir(out) / "errors.jsonl").exists()   # the running run's partial folder kept
        # through the command line: exit 3 and a message naming the lock
        proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--config",
                               str(ROOT / "configs" / "splitter_only.yaml"), "--input", str(pages),
                               "--output", str(out), "--quiet"], capture_output=True, text=True, cwd=ROOT)
        assert proc.returncode == 3 and "another run" in proc.stderr and str(lock_path(out)) in proc.stderr
    finally:
        holder.close()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first


def test_stale_lock_of_a_dead_run_is_taken_over(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    out = tmp_path / "out"
    lock_path(out).write_text(json.dumps({"pid": dead.pid, "host": os.uname().nodename}), encoding="utf-8")
    lock = OutputLock(out).acquire()
    assert lock.stale_owner["pid"] == dead.pid
    lock.release()
    assert not lock_path(out).exists()


# -- Ctrl-C ----------------------------------------------------------------------------------------
def interrupt_third_page(monkeypatch):
    """Ctrl-C as the third page starts; returns the real ``PagePipeline.run``."""
    return interrupt_at_page(monkeypatch, 3)


def test_ctrl_c_prints_one_line_with_what_was_kept_and_how_to_resume(tmp_path, capsys, monkeypatch):
    pages = write_pages(tmp_path / "p", {f"{i}.txt": PAGE.encode("utf-8") for i in range(3)})
    out = tmp_path / "out"
    before = previous_outputs(out)
    original = interrupt_third_page(monkeypatch)
    argv = ["extract", "--config", str(ROOT / "configs" / "splitter_only.yaml"), "--input", str(pages),
            "--output", str(out), "--quiet"]
    assert cli.main(argv) == 130
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "2 page(s) finished" in err[0] and "--resume" in err[0]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before and not lock_path(out).exists()
    monkeypatch.setattr(PagePipeline, "run", original)
    assert cli.main(argv + ["--resume"]) == 0
    assert len(lines(out / "pages.jsonl")) == 3 and len(lines(out / "articles.jsonl")) == 6


# -- a large archive file --------------------------------------------------------------------------
def test_large_file_is_streamed_in_parts_cut_between_pages(tmp_path, monkeypatch, capsys):
    """The 20 MB case is measured by `make bench` (pipeline.bench_large); here the same code path
    with the thresholds lowered."""
    monkeypatch.setattr(page_io, "LARGE_FILE_BYTES", 20_000)
    monkeypatch.setattr(page_io, "PART_CHARS", 3_000)
    archive = ("\n\n\n\n".join([PAGE] * 60)).encode("utf-8")          # ~60 pages, ~40 KB
    pages = write_pages(tmp_path / "p", {"archive.txt": archive})
    summary = Extractor(SPLIT).extract([pages], tmp_path / "out", progress=True)
    assert summary.pages_failed == 0 and summary.articles == 120
    records = lines(tmp_path / "out" / "pages.jsonl")
    assert len(records) >= 3 and records[-1]["part"]["last"] and not records[0]["part"]["last"]
    assert [r["part"]["index"] for r in records] == list(range(1, len(records) + 1))
    assert all(r["page_id"].startswith("archive~") for r in records)
    assert "pages: 100%" in capsys.readouterr().err       # progress by bytes (tqdm on stderr)
    assert check_output_dir(tmp_path / "out") == []


def test_resume_inside_a_large_file_skips_its_finished_parts(tmp_path, monkeypatch):
    monkeypatch.setattr(page_io, "LARGE_FILE_BYTES", 20_000)
    monkeypatch.setattr(page_io, "PART_CHARS", 3_000)
    pages = write_pages(tmp_path / "p", {"archive.txt": ("\n\n\n\n".join([PAGE] * 60)).encode("utf-8")})
    fresh = tmp_path / "fresh"
    extract(pages, fresh)
    original = interrupt_third_page(monkeypatch)
    with pytest.raises(KeyboardInterrupt):
        extract(pages, tmp_path / "out")
    monkeypatch.setattr(PagePipeline, "run", original)
    assert len(lines(partial_dir(tmp_path / "out") / "pages.jsonl")) == 2
    extract(pages, tmp_path / "out", resume=True)
    for name in ("pages", "articles"):
        assert (tmp_path / "out" / f"{name}.jsonl").read_bytes() == (fresh / f"{name}.jsonl").read_bytes()


# -- validation ------------------------------------------------------------------------------------
def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_issue_date_unquoted_yaml_date_is_accepted(tmp_path):
    cfg = load_config(_config(tmp_path, "stages: [splitter]\nrun: {issue_date: 2026-01-21}\n"))
    assert cfg.run.issue_date == "2026-01-21"


@pytest.mark.parametrize("value", ["2026-13-45", "yesterday", "'2026-02-30'"])
def test_issue_date_that_is_no_date_is_a_clear_error(tmp_path, value):
    path = _config(tmp_path, f"stages: [splitter]\nrun: {{issue_date: {value}}}\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value) and "run.issue_date" in str(err.value) and "YYYY-MM-DD" in str(err.value)


def test_issue_date_on_the_command_line_is_checked(tmp_path, capsys):
    pages = write_pages(tmp_path / "p", {"a.txt": PAGE.encode("utf-8")})
    code = cli.main(["extract", "--config", str(ROOT / "configs" / "splitter_only.yaml"), "--input", str(pages),
                     "--output", str(tmp_path / "out"), "--issue-date", "yesterday", "--quiet"])
    assert code == 2 and "--issue-date" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_unknown_encoding_is_an_error_before_work(tmp_path):
    path = _config(tmp_path, "stages: [splitter]\nrun: {encoding: utf-9}\n")
    with pytest.raises(ConfigError, match=r"run\.encoding: unknown encoding 'utf-9'"):
        load_config(path)


@pytest.mark.parametrize("text, key", [
    ("stages: [splitter, ner, roles, events]\nevents: {triggers: data/lexicons/roles.yaml}\n", "events.triggers"),
    ("stages: [splitter, ner, roles]\nroles: {patterns: data/lexicons/events.yaml}\n", "roles.patterns"),
    ("stages: [splitter]\nsplitter: {cues: data/lexicons/positions.txt}\n", "splitter.cues"),
    ("stages: [splitter, ner, roles, events]\nevents: {triggers: data/lexicons/absent.yaml}\n", "events.triggers"),
])
def test_lexicon_file_of_the_wrong_kind_names_file_and_key(tmp_path, text, key):
    path = _config(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    lexicon = text.split(": ")[-1].strip("}\n")
    assert str(path) in str(err.value) and key in str(err.value) and lexicon in str(err.value)


def test_empty_trigger_list_names_file_and_key(tmp_path):
    lex = tmp_path / "events.yaml"
    lex.write_text("meeting: []\nvisit: []\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="events.triggers.*'meeting' is empty"):
        load_config(_config(tmp_path, f"stages: [splitter, ner, roles, events]\nevents: {{triggers: {lex}}}\n"))


def test_set_replaces_single_keys_of_the_config_file(tmp_path):
    path = _config(tmp_path, "stages: [splitter, ner]\nrun: {workers: 1}\n")
    cfg = load_config(path, parse_overrides(["run.workers=3", "ner.rules.enabled=false", "run.issue_date=2026-01-21"]))
    assert (cfg.run.workers, cfg.ner.rules.enabled, cfg.run.issue_date) == (3, False, "2026-01-21")
    assert cfg.stages == ["splitter", "ner"] and cfg.source == str(path)
    # an already loaded config takes overrides too, and keeps where it came from
    again = load_config(cfg, parse_overrides(["run.workers=2"]))
    assert again.run.workers == 2 and again.source == str(path) and cfg.run.workers == 3


@pytest.mark.parametrize("items, message", [
    (["ner.modle=models/ner"], r"ner\.modle: unknown key"),
    (["run.workers=0"], r"run\.workers"),
    (["ner.model"], r"--set 'ner\.model': expected KEY=VALUE"),
    (["ner..model=x"], r"expected KEY=VALUE"),
    (["stages.ner=x"], r"--set stages\.ner: stages is a value, not a section"),
    (["ner.model=models/absent"], r"ner\.model: expected a model folder, not found"),
])
def test_a_bad_override_is_a_config_error_naming_the_key(tmp_path, items, message):
    path = _config(tmp_path, "stages: [splitter, ner]\n")
    with pytest.raises(ConfigError, match=message):
        load_config(path, parse_overrides(items))


def test_set_on_the_command_line_reaches_the_run(tmp_path, capsys):
    pages = write_pages(tmp_path / "p", {"a.txt": PAGE.encode("utf-8")})
    config = str(ROOT / "configs" / "default.yaml")
    # the default config's stages cut to the splitter: no model is loaded, no entities written
    code = cli.main(["extract", "--config", config, "--set", "stages=[splitter]", "--input", str(pages),
                     "--output", str(tmp_path / "out"), "--quiet"])
    assert code == 0 and len(lines(tmp_path / "out" / "articles.jsonl")) == 2
    assert lines(tmp_path / "out" / "entities.jsonl") == []
    code = cli.main(["extract", "--config", config, "--input", str(pages), "--output", str(tmp_path / "full"), "--quiet"])
    assert code == 0 and lines(tmp_path / "full" / "entities.jsonl")   # without --set: the NER ran
    code = cli.main(["extract", "--config", config, "--set", "splitter.cuse=x", "--input", str(pages),
                     "--output", str(tmp_path / "out2"), "--quiet"])
    assert code == 2 and "splitter.cuse: unknown key" in capsys.readouterr().err and not (tmp_path / "out2").exists()


# -- exit codes and summaries ----------------------------------------------------------------------
def test_an_error_during_work_is_not_bad_config(tmp_path, capsys, monkeypatch):
    pages = write_pages(tmp_path / "p", {"a.txt": PAGE.encode("utf-8")})

    def broken(*args):
        raise ValueError("something broke while counting")

    monkeypatch.setattr(Extractor, "_count", staticmethod(broken))
    code = cli.main(["extract", "--config", str(ROOT / "configs" / "splitter_only.yaml"), "--input", str(pages),
                     "--output", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 4 and "the run failed" in err and "bad config" not in err


def test_summary_has_seconds_with_start_up_and_chars_per_second(tmp_path, capsys):
    pages = write_pages(tmp_path / "p", {"a.txt": PAGE.encode("utf-8")})
    out = tmp_path / "out"
    code = cli.main(["extract", "--config", str(ROOT / "configs" / "splitter_only.yaml"), "--input", str(pages),
                     "--output", str(out), "--quiet"])
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert code == 0 and summary["seconds"] >= summary["startup_seconds"] > 0   # seconds are rounded: a tiny run may equal its start-up
    # seconds are rounded to the millisecond: on a run of a few tens of them that is a percent or so
    chars, seconds = summary["chars"], summary["seconds"]
    assert chars / (seconds + 0.0005) - 0.05 <= summary["chars_per_second"] <= chars / (seconds - 0.0005) + 0.05
    assert "start-up" in capsys.readouterr().out


def test_counts_after_only_one_stage_cover_the_kept_files(tmp_path):
    config = ROOT / "configs" / "rules_only.yaml"
    out = tmp_path / "out"
    full = Extractor(config).extract([ROOT / "data" / "samples"], out, progress=False)
    again = Extractor(config).rerun(out, "events", only=True, progress=False)
    assert (again.entities, again.roles, again.people, again.events) == \
        (full.entities, full.roles, full.people, full.events)
    assert full.entities > 0 and full.people > 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["entities"] == full.entities and summary["pages"] == full.pages


def test_help_lists_the_commands_that_exist(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    text = capsys.readouterr().out
    assert "report" in text and "bench" not in text


def test_eval_with_no_matching_page_says_so_and_fails(tmp_path, capsys):
    from pipeline.evaluation.__main__ import main as eval_main

    pages = write_pages(tmp_path / "p", {"a.txt": PAGE.encode("utf-8")})
    extract(pages, tmp_path / "out")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "other.json").write_text(json.dumps({"page_id": "other", "articles": []}), encoding="utf-8")
    assert eval_main(["--output", str(tmp_path / "out"), "--gold", str(gold)]) == 3
    assert "no output page matched" in capsys.readouterr().err


def test_writer_outside_a_run_leaves_no_lock(tmp_path):
    with OutputWriter(tmp_path / "o") as writer:
        assert lock_path(tmp_path / "o").exists()
        writer.write("errors", {"file": "f", "stage": "read", "message": "m"})
    assert not lock_path(tmp_path / "o").exists()


def test_input_error_is_a_value_error_for_callers():
    assert issubclass(InputError, ValueError)
