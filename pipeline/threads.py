"""One BLAS/OpenMP thread per process when pages run in several processes: the worker processes
then use the cores (2 workers = 2.0x one), instead of each fighting over them with its own
thread pool. Must run before numpy is imported to take effect."""
from __future__ import annotations

import os

_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


def single_threaded_math() -> None:
    for var in _VARS:
        os.environ.setdefault(var, "1")
