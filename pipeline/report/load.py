"""Read one run's output folder into memory, grouped the way the report shows it."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..io.writers import jsonl_lines

Record = dict[str, Any]


@dataclass
class Run:
    """Everything in an output folder; missing files read as empty (a report of a partial run still helps)."""

    output_dir: Path
    pages: list[Record] = field(default_factory=list)
    articles: list[Record] = field(default_factory=list)
    people: list[Record] = field(default_factory=list)
    errors: list[Record] = field(default_factory=list)
    summary: Record = field(default_factory=dict)
    # article_id -> records of that article, in file order
    entities: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    roles: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    events: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    counts: dict[str, int] = field(default_factory=dict)


def read_jsonl(path: Path) -> list[Record]:
    """Records of a JSON Lines file; blank lines skipped, a broken line becomes an error record."""
    if not path.exists():
        return []
    return [rec if problem is None else {"_unreadable": f"{path.name}:{lineno}: {problem}"}
            for lineno, rec, problem in jsonl_lines(path)]


def _group(records: list[Record]) -> dict[str, list[Record]]:
    by_article: dict[str, list[Record]] = defaultdict(list)
    for rec in records:
        by_article[str(rec.get("article_id", ""))].append(rec)
    return by_article


def load_run(output_dir: str | Path) -> Run:
    out = Path(output_dir)
    if not out.is_dir():
        raise FileNotFoundError(f"output folder not found: {out}")
    stages = {name: read_jsonl(out / f"{name}.jsonl")
              for name in ("pages", "articles", "entities", "roles", "events", "people", "errors")}
    summary: Record = {}
    if (out / "summary.json").exists():
        try:
            summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            summary = {}
    # Unreadable lines are shown with the run's errors instead of being dropped silently.
    unreadable = [{"stage": "report", "error": r["_unreadable"]}
                  for recs in stages.values() for r in recs if "_unreadable" in r]
    clean = {k: [r for r in v if "_unreadable" not in r] for k, v in stages.items()}
    return Run(
        output_dir=out,
        pages=clean["pages"],
        articles=clean["articles"],
        people=clean["people"],
        errors=clean["errors"] + unreadable,
        summary=summary if isinstance(summary, dict) else {},
        entities=_group(clean["entities"]),
        roles=_group(clean["roles"]),
        events=_group(clean["events"]),
        counts={k: len(v) for k, v in clean.items()},
    )
