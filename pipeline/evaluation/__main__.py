"""CLI: python -m pipeline.evaluation --output DIR --gold DIR [--json FILE] [--per-page]

Exit codes: 0 scored; 2 a missing or malformed file; 3 no output page matched a gold page."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..provenance import stale_parts
from .io import EvalInputError
from .report import format_report
from .score import score_dir


def _matched_pages(output: str, result: dict) -> set[str]:
    """Gold pages that have at least one article in the output."""
    from .io import read_jsonl
    path = Path(output) / "articles.jsonl"
    seen = {str(a.get("page_id")) for a in read_jsonl(path)} if path.exists() else set()
    return seen & set(result["pages"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.evaluation",
                                 description="Score a pipeline output folder against a folder of gold files.")
    ap.add_argument("--output", default="outputs", help="folder with articles/entities/roles/events.jsonl")
    ap.add_argument("--gold", default="data/gold", help="folder of <page_id>.json gold files")
    ap.add_argument("--json", dest="json_path", help="also write the full result as JSON here")
    ap.add_argument("--per-page", action="store_true", help="print a table for every page too")
    ap.add_argument("--allow-missing", action="store_true",
                    help="treat a missing stage file as empty instead of an error")
    args = ap.parse_args(argv)
    try:
        result = score_dir(args.output, args.gold, allow_missing=args.allow_missing)
    except EvalInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stale = stale_parts(args.output)
    if stale:   # scores of outputs an earlier pipeline made are no measure of this one
        print(f"warning: {args.output} was extracted before {', '.join(stale)} changed: these scores are "
              "the earlier pipeline's; extract again to score this one", file=sys.stderr)
    matched = _matched_pages(args.output, result)
    if not matched:
        print(f"error: no output page matched a gold page (gold: {len(result['pages'])} page(s) in {args.gold}, "
              f"e.g. {', '.join(result['pages'][:3])}; output pages in {args.output}: "
              f"{', '.join(result['ignored_pages'][:3]) or 'none'}): check --output and --gold", file=sys.stderr)
        return 3
    print(format_report(result, per_page=args.per_page))
    if args.json_path:
        path = Path(args.json_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
