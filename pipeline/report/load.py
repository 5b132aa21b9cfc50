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
    return list(_records(path))


def _group(records: list[Record]) -> dict[str, list[Record]]:
    by_article: dict[str, list[Record]] = defaultdict(list)
    for rec in records:
        by_article[str(rec.get("article_id", ""))].append(rec)
    return by_article


MAX_ARTICLES = 1000   # a report of a 25,000-page archive shows its first articles, not all


def load_run(output_dir: str | Path, max_articles: int | None = MAX_ARTICLES) -> Run:
    """The run's records; with ``max_articles``, only the first articles (in file order) and
    their entities, roles, events and people, so memory and time stay bounded on big runs.
    ``counts`` always counts every record in the files."""
    out = Path(output_dir)
    if not out.is_dir():
        raise FileNotFoundError(f"output folder not found: {out}")
    names = ("pages", "articles", "entities", "roles", "events", "people", "errors")
    stages: dict[str, list[Record]] = {}
    stages["articles"] = _read_first(out / "articles.jsonl", max_articles)
    kept = {str(a.get("article_id", "")) for a in stages["articles"] if "_unreadable" not in a}
    for name in ("entities", "roles", "events"):
        stages[name] = _read_while(out / f"{name}.jsonl", kept) if max_articles is not None \
            else read_jsonl(out / f"{name}.jsonl")
    people = read_jsonl(out / "people.jsonl")
    stages["people"] = people if max_articles is None else \
        [p for p in people if "_unreadable" in p or kept.intersection(map(str, p.get("article_ids") or []))]
    stages["pages"] = read_jsonl(out / "pages.jsonl")
    stages["errors"] = read_jsonl(out / "errors.jsonl")
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
    counts = {k: len(v) for k, v in clean.items()}
    if max_articles is not None:
        counts.update({k: _count_lines(out / f"{k}.jsonl") for k in ("articles", "entities", "roles", "events", "people")})
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
        counts={k: counts[k] for k in names},
    )


def _records(path: Path):
    """Records of a JSON Lines file as they are read (see ``read_jsonl``)."""
    if not path.exists():
        return
    for lineno, rec, problem in jsonl_lines(path):
        yield rec if problem is None else {"_unreadable": f"{path.name}:{lineno}: {problem}"}


def _read_first(path: Path, limit: int | None) -> list[Record]:
    out: list[Record] = []
    for rec in _records(path):
        if limit is not None and len(out) >= limit:
            break
        out.append(rec)
    return out


def _read_while(path: Path, article_ids: set[str]) -> list[Record]:
    """The records of ``article_ids`` at the head of a file written in article order: reading
    stops at the first record of a later article."""
    out: list[Record] = []
    for rec in _records(path):
        if "_unreadable" not in rec and str(rec.get("article_id", "")) not in article_ids:
            break
        out.append(rec)
    return out


def _count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    with open(path, encoding="utf-8") as fh:
        return sum(1 for line in fh if line.strip())
