"""Command line: ``python -m pipeline extract|eval|bench|train``.

Exit codes: 0 every page processed; 1 some pages skipped (see errors.jsonl); 2 bad config or
arguments (nothing was run).
"""
from __future__ import annotations

import argparse
import sys

from .config import STAGES, ConfigError


def _extract(args: argparse.Namespace) -> int:
    try:
        from .config import load_config
        workers = args.workers or load_config(args.config).run.workers
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if workers > 1 or args.backend == "dask":
        from .threads import single_threaded_math
        single_threaded_math()  # before numpy is imported
    from .builder import MissingModelError
    from .runner import Extractor
    try:
        extractor = Extractor(args.config)
        if args.from_stage or args.only:
            stage = args.only or args.from_stage
            summary = extractor.rerun(args.output, stage, only=bool(args.only), progress=not args.quiet,
                                      issue_date=args.issue_date)
        else:
            summary = extractor.extract(args.input, args.output, progress=not args.quiet,
                                        issue_date=args.issue_date, resume=args.resume, workers=args.workers,
                                        backend=args.backend, scheduler=args.scheduler)
    except (ConfigError, MissingModelError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(summary.line())
    for err in summary.errors:
        print(f"skipped {err['file']}: {err['message']}", file=sys.stderr)
    return 1 if summary.pages_failed else 0


def _eval(args: argparse.Namespace) -> int:
    from .evaluation.__main__ import main as eval_main
    argv = ["--output", args.output, "--gold", args.gold]
    if args.json:
        argv += ["--json", args.json]
    if args.per_page:
        argv.append("--per-page")
    return eval_main(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    ext = sub.add_parser("extract", help="run the pipeline over pages and write JSONL per stage")
    ext.add_argument("--config", default=None, help="YAML config (default: configs/default.yaml)")
    ext.add_argument("--input", nargs="+", default=["data/samples"], help="page files or folders of *.txt")
    ext.add_argument("--output", default="outputs", help="output folder (replaced when the run completes)")
    ext.add_argument("--from", dest="from_stage", choices=STAGES[1:],
                     help="re-run this stage and the later ones from the earlier stages' JSONL in --output")
    ext.add_argument("--only", choices=STAGES[1:], help="re-run only this stage from the earlier JSONL")
    ext.add_argument("--issue-date", help="issue date of the pages (YYYY-MM-DD), resolves dates like 1月20日")
    ext.add_argument("--workers", type=int, default=None, help="worker processes (default: run.workers in the config)")
    ext.add_argument("--backend", choices=["local", "dask"], default="local",
                     help="local processes (--workers) or a Dask cluster")
    ext.add_argument("--scheduler", help="Dask scheduler address (default: start a local cluster)")
    ext.add_argument("--resume", action="store_true",
                     help="continue an interrupted run into --output without repeating finished pages")
    ext.add_argument("--quiet", action="store_true", help="no progress bar")
    ext.set_defaults(func=_extract)

    ev = sub.add_parser("eval", help="score an output folder against gold files")
    ev.add_argument("--output", default="outputs")
    ev.add_argument("--gold", default="data/gold")
    ev.add_argument("--json", help="also write the scores as JSON here")
    ev.add_argument("--per-page", action="store_true")
    ev.set_defaults(func=_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
