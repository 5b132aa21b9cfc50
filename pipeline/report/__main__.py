"""python -m pipeline.report --output DIR [--gold DIR] [--out FILE] [--max-articles N]: writes report.html, prints its path."""
from __future__ import annotations

import argparse
import sys

from .build import build_report
from .load import MAX_ARTICLES


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.report", description=__doc__)
    ap.add_argument("--output", required=True, help="the run's output folder")
    ap.add_argument("--gold", default=None, help="gold folder: adds the eval scores table")
    ap.add_argument("--out", default=None, help="report file (default: OUTPUT/report.html)")
    ap.add_argument("--max-articles", type=int, default=MAX_ARTICLES,
                    help=f"articles shown (default {MAX_ARTICLES}; 0: all)")
    args = ap.parse_args(argv)
    try:
        path = build_report(args.output, args.gold, args.out, max_articles=args.max_articles or None)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
