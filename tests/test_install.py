"""A non-editable install (`pip install .` into a fresh virtualenv) runs the default pipeline:
the lexicons, configs and models ship as package data."""
from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from pipeline.paths import PROJECT_ROOT

PAGE = PROJECT_ROOT / "data" / "samples" / "000_a9b4bbf11d192584.txt"


def _records(folder: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.slow
def test_pip_install_then_extract(tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # the dependencies come from this environment (no downloads); the project itself is installed
    (Path(site) / "_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(PROJECT_ROOT)],
                             capture_output=True, text=True, cwd=tmp_path)
    assert install.returncode == 0, install.stderr[-2000:]
    where = subprocess.run([str(python), "-c", "import pipeline; print(pipeline.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, check=True).stdout
    assert where.startswith(site)

    out = tmp_path / "out"
    run = subprocess.run([str(env_dir / "bin" / "union-news-ie"), "extract", "--input", str(PAGE), "--output", str(out)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    articles = _records(out, "articles.jsonl")
    assert len(articles) >= 2 and _records(out, "entities.jsonl") and _records(out, "roles.jsonl")

    # the same records as the checkout gives
    here = tmp_path / "here"
    subprocess.run([sys.executable, "-m", "pipeline", "extract", "--input", str(PAGE), "--output", str(here)],
                   capture_output=True, text=True, cwd=PROJECT_ROOT, check=True)
    for name in ("articles.jsonl", "entities.jsonl", "roles.jsonl", "events.jsonl"):
        assert _records(out, name) == _records(here, name), name
