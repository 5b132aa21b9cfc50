"""Several workers and Dask give the same outputs as one process."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.runner import TIMING_KEYS, Extractor

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "configs" / "rules_only.yaml"


def run(tmp_path: Path, name: str, **kw) -> dict[str, bytes]:
    out = tmp_path / name
    Extractor(CONFIG).extract([ROOT / "data" / "samples"], out, progress=False, **kw)
    # report.html is a view that names its folder; the data files must be byte-identical
    files = {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.name not in ("report.html", "summary.json")}
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    files["summary.json"] = {k: v for k, v in summary.items() if k not in TIMING_KEYS}  # timings differ
    return files


def test_two_workers_match_one(tmp_path):
    assert run(tmp_path, "one", workers=1) == run(tmp_path, "two", workers=2)


def test_spawned_workers_match_one(tmp_path, monkeypatch):
    """The path without fork (macOS, Windows): each worker rebuilds the page pipeline from its spec."""
    from pipeline import parallel, runner

    original = parallel.iter_results
    monkeypatch.setattr(runner, "iter_results",
                        lambda pipeline, jobs, workers=1: original(pipeline, jobs, workers, start_method="spawn"))
    two = run(tmp_path, "spawn", workers=2)
    monkeypatch.undo()
    assert run(tmp_path, "one", workers=1) == two


def test_dask_local_cluster_with_two_workers_matches_local_run(tmp_path):
    pytest.importorskip("dask.distributed")
    assert run(tmp_path, "local") == run(tmp_path, "dask", backend="dask", workers=2)
