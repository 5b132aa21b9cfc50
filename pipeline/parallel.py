"""Pages across worker processes. Results come back in input order, so a run with N workers
writes byte-identical outputs to a run with one.

With ``fork`` (Linux) the workers share the parent's loaded models copy-on-write; elsewhere
(``spawn``: macOS, Windows) each worker rebuilds the page pipeline once from its spec. Workers
ignore Ctrl-C: the parent stops them and reports what was kept.
"""
from __future__ import annotations

import multiprocessing as mp
import signal
from typing import Iterable, Iterator

from .page_pipeline import PageJob, PagePipeline, Result

_PIPELINE: PagePipeline | None = None   # the worker's pipeline (inherited by fork, or rebuilt)


def _init_worker(spec: tuple[dict, str | None] | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _PIPELINE
    if spec is not None:
        _PIPELINE = PagePipeline.from_spec(spec).load()


def _work(job: PageJob) -> Result:
    return _PIPELINE.run(job)


def iter_results(pipeline: PagePipeline, jobs: Iterable[PageJob], workers: int = 1,
                 start_method: str | None = None) -> Iterator[Result]:
    """(records, error) per job, in job order."""
    if workers <= 1:
        for job in jobs:
            yield pipeline.run(job)
        return
    method = start_method or ("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    ctx = mp.get_context(method)
    global _PIPELINE
    if method == "fork":
        _PIPELINE = pipeline.load()   # loaded once, before forking
        spec = None
    else:
        spec = pipeline.spec()
    pool = ctx.Pool(processes=workers, initializer=_init_worker, initargs=(spec,))
    try:
        # one page per task keeps the order cheap and memory flat
        yield from pool.imap(_work, jobs, chunksize=1)
        pool.close()
    finally:
        pool.terminate()
        pool.join()
