"""provenance.json: what made an output folder; --resume and eval check it."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline import provenance
from pipeline.config import load_config
from pipeline.evaluation.__main__ import main as eval_main
from pipeline.io.writers import partial_dir
from pipeline.page_pipeline import PagePipeline
from pipeline.runner import Extractor, InputError
from tests.interrupts import interrupt_at_page

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "configs" / "rules_only.yaml"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(CONFIG)


@pytest.fixture(scope="module")
def extracted(extractor, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("prov") / "out"
    extractor.extract([ROOT / "data" / "samples"], out, progress=False)
    return out


def _edited(folder: Path, **changes) -> None:
    path = folder / provenance.FILE_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_an_output_folder_says_what_made_it(extracted):
    made = provenance.read(extracted)
    assert made["config_file"] == str(CONFIG.resolve())
    assert made["config"]["ner"]["backend"] == load_config(CONFIG).ner.backend
    assert "workers" not in made["config"]["run"]   # speed only: outputs are the same
    assert len(made["code"]) == 64 and len(made["lexicons"]) == 64
    assert provenance.differences(made, provenance.provenance(load_config(CONFIG))) == []
    assert provenance.stale_parts(extracted) == []


def test_differences_name_each_part_that_changed():
    made = {"config": {"a": 1}, "code": "x", "lexicons": "y", "models": {"ner": "m", "segmenter": "s"}}
    now = {"config": {"a": 2}, "code": "x", "lexicons": "z", "models": {"ner": "n", "segmenter": "s"}}
    assert provenance.differences(made, now) == ["config", "lexicons", "models.ner"]


def test_eval_warns_when_the_folder_was_made_by_other_lexicons(extracted, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(extracted, out)
    assert eval_main(["--output", str(out), "--gold", str(ROOT / "data" / "gold")]) == 0
    assert "warning" not in capsys.readouterr().err
    _edited(out, lexicons="0" * 64)
    assert eval_main(["--output", str(out), "--gold", str(ROOT / "data" / "gold")]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "lexicons" in err and "code" not in err


def test_resume_refuses_to_mix_the_records_of_two_pipelines(extractor, tmp_path, monkeypatch):
    pages = tmp_path / "pages"
    shutil.copytree(ROOT / "data" / "samples", pages)
    out = tmp_path / "out"
    original = interrupt_at_page(monkeypatch, 2)
    with pytest.raises(KeyboardInterrupt):
        extractor.extract([pages], out, progress=False)
    monkeypatch.setattr(PagePipeline, "run", original)
    partial = partial_dir(out)
    _edited(partial, code="0" * 64)   # as if the code was upgraded since
    kept = (partial / "pages.jsonl").read_bytes()
    with pytest.raises(InputError, match=r"another pipeline \(code changed"):
        extractor.extract([pages], out, progress=False, resume=True)
    assert (partial / "pages.jsonl").read_bytes() == kept and kept   # the finished page is not lost
    assert not out.exists()
    extractor.extract([pages], out, progress=False)   # starting over works
    assert provenance.stale_parts(out) == []


def test_a_rerun_names_the_stage_it_ran_from_and_keeps_what_made_the_rest(extractor, extracted, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(extracted, out)
    extractor.rerun(out, "events", progress=False)
    made = provenance.read(out)
    assert made["rerun_from"] == "events" and made["earlier"]["code"] == made["code"]
