"""Command line: ``python -m pipeline extract|eval|report``.

Exit codes: 0 every page processed; 1 some pages skipped (listed in errors.jsonl); 2 bad
configuration, arguments or input (nothing was run, earlier outputs untouched); 3 the output
folder is being written by another run; 4 the run failed (earlier outputs untouched; a full run
can be continued with --resume); 130 interrupted (Ctrl-C).
"""
from __future__ import annotations

import argparse
import sys
import time

from .config import STAGES, ConfigError

EXIT_OK, EXIT_SKIPPED, EXIT_BAD_INPUT, EXIT_LOCKED, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


def _extract(args: argparse.Namespace) -> int:
    try:
        from .config import load_config, parse_overrides
        config = load_config(args.config, parse_overrides(args.set))
        workers = args.workers or config.run.workers
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if workers > 1 or args.backend == "dask":
        from .threads import single_threaded_math
        single_threaded_math()  # before numpy is imported
    from .builder import MissingModelError
    from .io.lock import OutputLocked
    from .runner import Extractor, InputError, Interrupted
    try:
        extractor = Extractor(config, started=args.started)
        if args.from_stage or args.only:
            stage = args.only or args.from_stage
            summary = extractor.rerun(args.output, stage, only=bool(args.only), progress=not args.quiet,
                                      issue_date=args.issue_date)
        else:
            summary = extractor.extract(args.input, args.output, progress=not args.quiet,
                                        issue_date=args.issue_date, resume=args.resume, workers=args.workers,
                                        backend=args.backend, scheduler=args.scheduler)
    except (ConfigError, MissingModelError, InputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OutputLocked as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except Interrupted as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:   # before the run started writing
        print("interrupted: nothing was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001  (a failure during work, not a config problem)
        resume = "" if (args.from_stage or args.only) else "; after fixing it, add --resume to continue"
        print(f"error: the run failed: {type(exc).__name__}: {exc} (earlier outputs in {args.output} "
              f"untouched{resume})", file=sys.stderr)
        return EXIT_FAILED
    print(summary.line())
    for err in summary.errors:
        print(f"skipped {err['file']}: {err['message']}", file=sys.stderr)
    return EXIT_SKIPPED if summary.pages_failed else EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from .report.__main__ import main as report_main
    argv = ["--output", args.output, "--max-articles", str(args.max_articles)]
    if args.gold:
        argv += ["--gold", args.gold]
    if args.out:
        argv += ["--out", args.out]
    return report_main(argv)


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
    ext.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                     help="replace one key of the config, e.g. --set ner.model=build/ner --set ner.rules.enabled=false "
                          "(repeatable; values read as YAML, paths resolved like the config's own)")
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

    rep = sub.add_parser("report", help="(re)write report.html for an output folder")
    rep.add_argument("--output", default="outputs")
    rep.add_argument("--gold", default=None, help="gold folder: adds the scores and the gold-vs-system view")
    rep.add_argument("--out", default=None, help="report file (default: OUTPUT/report.html)")
    rep.add_argument("--max-articles", type=int, default=1000, help="articles shown (0: all)")
    rep.set_defaults(func=_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()   # the summary's seconds include start-up (imports, models)
    parser = build_parser()
    args = parser.parse_args(argv)
    args.started = started
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
