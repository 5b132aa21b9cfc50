"""Several workers and Dask give the same outputs as one process."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.runner import Extractor

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "configs" / "rules_only.yaml"


def run(tmp_path: Path, name: str, **kw) -> dict[str, bytes]:
    out = tmp_path / name
    Extractor(CONFIG).extract([ROOT / "data" / "samples"], out, progress=False, **kw)
    # report.html is a view that names its folder; the data files must be byte-identical
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.name != "report.html"}


def test_two_workers_match_one(tmp_path):
    assert run(tmp_path, "one", workers=1) == run(tmp_path, "two", workers=2)


def test_dask_local_cluster_with_two_workers_matches_local_run(tmp_path):
    pytest.importorskip("dask.distributed")
    assert run(tmp_path, "local") == run(tmp_path, "dask", backend="dask", workers=2)
