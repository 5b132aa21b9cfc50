"""Pages across worker processes. Results come back in input order, so a run with N workers
writes byte-identical outputs to a run with one."""
from __future__ import annotations

import multiprocessing as mp
from pathlib import Path
from typing import Iterator

_EXTRACTOR = None  # set in the parent before the pool forks; each worker uses its copy


def _work(job: tuple[Path, str | None]):
    path, issue_date = job
    return _EXTRACTOR.page_result(path, issue_date)


def iter_results(extractor, jobs: list[tuple[Path, str | None]], workers: int = 1) -> Iterator:
    """(records, error) per job, in job order."""
    if workers <= 1 or len(jobs) <= 1:
        for path, issue_date in jobs:
            yield extractor.page_result(path, issue_date)
        return
    global _EXTRACTOR
    _EXTRACTOR = extractor
    if set(extractor.cfg.stages) & {"ner", "roles", "events"}:
        extractor.nlp  # load the models once, before forking: workers share them copy-on-write
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(processes=workers) as pool:
        # small chunks keep the order cheap and memory flat: one page per task
        yield from pool.imap(_work, jobs, chunksize=1)
