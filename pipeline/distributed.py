"""The same stages on a Dask cluster (``--backend dask``), for archives beyond one machine.

The driver reads each page's bytes and sends them, so workers need no shared file system; each
worker builds the pipeline once from the config and keeps it. Results come back in input order
(a bounded window of tasks in flight keeps driver memory flat), so the outputs are identical to
a local run. Without ``--scheduler`` a local cluster is started.
"""
from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Iterable, Iterator

from .page_pipeline import PageJob, PagePipeline, Result

_WORKER_PIPELINES: dict[str, PagePipeline] = {}


def _worker_pipeline(spec: tuple[dict, str | None]) -> PagePipeline:
    import json

    key = json.dumps(spec, sort_keys=True)
    if key not in _WORKER_PIPELINES:
        _WORKER_PIPELINES[key] = PagePipeline.from_spec(spec)
    return _WORKER_PIPELINES[key]


def _dask_page(spec: tuple[dict, str | None], job: PageJob) -> Result:
    return _worker_pipeline(spec).run(job)


def iter_results_dask(pipeline: PagePipeline, jobs: Iterable[PageJob], scheduler: str | None = None,
                      n_workers: int = 2, window: int | None = None) -> Iterator[Result]:
    """(records, error) per job, in job order, computed on a Dask cluster."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError("--backend dask needs dask: pip install 'dask[distributed]' (or `pip install .[dask]`)") from None
    spec = pipeline.spec()
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
            if job.page is None and job.data is None:
                try:
                    job.data = Path(job.path).read_bytes()
                except OSError as exc:
                    pending.append(("error", {"file": str(job.path), "stage": "read",
                                              "message": f"cannot be read: {exc.strerror}"}))
                    return True
            pending.append(("future", client.submit(_dask_page, spec, job, pure=False)))
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
