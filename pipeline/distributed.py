"""The same stages on a Dask cluster (``--backend dask``), for archives beyond one machine.

The driver reads each page's bytes and sends them, so workers need no shared file system; each
worker builds the pipeline once from the config and keeps it. Results come back in input order
(a bounded window of tasks in flight keeps driver memory flat), so the outputs are identical to
a local run. Without ``--scheduler`` a local cluster is started.
"""
from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Iterator

_WORKER_EXTRACTORS: dict[str, object] = {}


def _worker_extractor(config: dict, source: str | None):
    import json

    from .config import PipelineConfig
    from .runner import Extractor

    key = json.dumps([config, source], sort_keys=True)
    if key not in _WORKER_EXTRACTORS:
        cfg = PipelineConfig.model_validate(config)
        cfg.source = source
        _WORKER_EXTRACTORS[key] = Extractor(cfg)
    return _WORKER_EXTRACTORS[key]


def _dask_page(config: dict, source: str | None, path: str, data: bytes, issue_date: str | None):
    extractor = _worker_extractor(config, source)
    return extractor.page_result(Path(path), issue_date, data=data)


def iter_results_dask(extractor, jobs: list[tuple[Path, str | None]], scheduler: str | None = None,
                      n_workers: int = 2, window: int | None = None) -> Iterator:
    """(records, error) per job, in job order, computed on a Dask cluster."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError("--backend dask needs dask: pip install 'dask[distributed]' (or `pip install .[dask]`)") from None
    cfg = extractor.cfg
    config, source = cfg.model_dump(), cfg.source
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    window = window or 4 * max(1, len(client.scheduler_info().get("workers", {})) or n_workers)
    try:
        pending: deque = deque()
        it = iter(jobs)

        def submit_next() -> bool:
            job = next(it, None)
            if job is None:
                return False
            path, issue_date = job
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                pending.append(("error", {"file": str(path), "stage": "read", "message": f"cannot be read: {exc.strerror}"}))
                return True
            pending.append(("future", client.submit(_dask_page, config, source, str(path), data, issue_date, pure=False)))
            return True

        for _ in range(window):
            if not submit_next():
                break
        while pending:
            kind, item = pending.popleft()
            yield (None, item) if kind == "error" else item.result()
            submit_next()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
