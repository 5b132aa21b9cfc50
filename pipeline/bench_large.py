"""Peak memory on one large archive file (``make bench`` calls it; alone:
``python -m pipeline.bench_large --mb 20``).

Builds a file of N MB from the sample pages (pages separated by blank lines, as in a text dump
of an archive), runs ``python -m pipeline extract`` on it in a child process with its progress
shown, and reports the child's peak RSS against the 1 GB budget. The file is made in a temporary
folder and removed.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .paths import PROJECT_ROOT

BUDGET_MB = 1024


def build_file(path: Path, mb: float) -> int:
    pages = [p.read_text(encoding="utf-8") for p in sorted((PROJECT_ROOT / "data" / "samples").glob("*.txt"))]
    target, size, i = int(mb * 1024 * 1024), 0, 0
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        while size < target:
            chunk = pages[i % len(pages)].strip("\n") + "\n\n\n\n"
            fh.write(chunk)
            size += len(chunk.encode("utf-8"))
            i += 1
    return size


def measure(mb: float, config: str | None = None, workers: int = 1) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "archive.txt"
        size = build_file(src, mb)
        print(f"large file: {size / 1e6:.1f} MB; extracting (progress below) ...", file=sys.stderr, flush=True)
        cmd = [sys.executable, "-m", "pipeline", "extract", "--input", str(src), "--output", str(Path(tmp) / "out"),
               "--workers", str(workers)]
        if config:
            cmd += ["--config", config]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=PROJECT_ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        summary = json.loads((Path(tmp) / "out" / "summary.json").read_text(encoding="utf-8")) \
            if (Path(tmp) / "out" / "summary.json").exists() else {}
    peak = usage.ru_maxrss / 1024
    return {"file_mb": round(size / 1e6, 1), "exit": os.waitstatus_to_exitcode(status), "seconds": round(seconds, 1),
            "pages": summary.get("pages"), "articles": summary.get("articles"),
            "peak_rss_mb": round(peak, 1), "within_budget": peak <= BUDGET_MB}


def line(result: dict) -> str:
    return (f"large file {result['file_mb']} MB: {result['pages']} parts, {result['articles']} articles, "
            f"{result['seconds']} s, peak RSS {result['peak_rss_mb']:.0f} MB "
            f"({'within' if result['within_budget'] else 'OVER'} the {BUDGET_MB} MB budget), exit {result['exit']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--config", default=None)
    args = ap.parse_args(argv)
    result = measure(args.mb, args.config)
    print(line(result))
    return 0 if result["within_budget"] and result["exit"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
