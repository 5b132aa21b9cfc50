"""The benchmark's runner figures: speed from the fastest run, memory peaks over all runs."""
from pathlib import Path

from pipeline import bench


def test_worker_runs_report_the_fastest_time_and_the_largest_peaks(monkeypatch, tmp_path):
    # getrusage's peaks only grow over a process's life, so a later run reads the earlier's: the
    # figure kept must not depend on which repeat was fastest
    calls = iter([
        {"workers": 1, "seconds": 10.0, "peak_rss_mb_main": 400.0, "peak_rss_mb_worker": None},
        {"workers": 2, "seconds": 6.0, "peak_rss_mb_main": 420.0, "peak_rss_mb_worker": 330.0},
        {"workers": 1, "seconds": 11.0, "peak_rss_mb_main": 570.0, "peak_rss_mb_worker": None},
        {"workers": 2, "seconds": 6.5, "peak_rss_mb_main": 570.0, "peak_rss_mb_worker": 460.0},
    ])
    monkeypatch.setattr(bench, "run_workers", lambda config, pages, n, out: next(calls))
    one, two = bench.best_worker_runs(None, [Path("p.txt")], [1, 2], 2, tmp_path)
    assert one["seconds"] == 10.0 and one["peak_rss_mb_main"] == 570.0 and one["peak_rss_mb_worker"] is None
    assert two["seconds"] == 6.0 and two["all_seconds"] == [6.0, 6.5]
    assert two["peak_rss_mb_main"] == 570.0 and two["peak_rss_mb_worker"] == 460.0
