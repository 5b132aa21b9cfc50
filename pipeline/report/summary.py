"""The Summary tab: run counts, pages, errors and (with gold) the eval scores."""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from .load import Run
from .render import scores_html, table

MAX_ROWS = 500  # long tables are cut: the report is for eyes, the JSONL files hold everything


def score(output_dir: Path, gold_dir: str | Path | None) -> tuple[dict[str, Any] | None, str | None]:
    """Eval scores or the reason there are none; a broken gold folder must not cost the report."""
    if gold_dir is None:
        return None, None
    try:
        from pipeline.evaluation.score import score_dir
        return score_dir(output_dir, gold_dir, allow_missing=True), None
    except Exception as exc:  # noqa: BLE001 - shown to the reader instead of aborting
        return None, f"{type(exc).__name__}: {exc}"


def _cut(rows: list[list[Any]]) -> tuple[list[list[Any]], str]:
    if len(rows) <= MAX_ROWS:
        return rows, ""
    return rows[:MAX_ROWS], f'<p class="muted">… {len(rows) - MAX_ROWS} more not shown.</p>'


def counts_rows(run: Run) -> list[list[Any]]:
    """summary.json's numbers first (what the run reported), the file counts beside them."""
    keys = ["pages", "pages_failed", "articles", "entities", "roles", "events", "people", "errors", "chars", "seconds"]
    rows = []
    for k in keys + sorted(set(run.summary) - set(keys)):
        v = run.summary.get(k)
        if isinstance(v, list):
            v = len(v)
        if v is None and k not in run.counts:
            continue
        rows.append([k, "" if v is None else v, run.counts.get(k, "")])
    return rows


def summary_html(run: Run, scores: dict[str, Any] | None, score_error: str | None) -> str:
    out = ['<h2>Run</h2>', f'<p class="muted">{escape(str(run.output_dir))}</p>',
           table(["", "summary.json", "records in files"], counts_rows(run), "counts")]
    if scores or score_error:
        out += ["<h2>Scores</h2>", scores_html(scores, score_error)]
    out.append(f"<h2>Errors ({len(run.errors)})</h2>")
    if run.errors:
        rows, more = _cut([[e.get("page_id") or e.get("file") or e.get("stage") or "",
                            e.get("error") or e.get("message") or e] for e in run.errors])
        out += [table(["where", "error"], rows, "errors"), more]
    else:
        out.append('<p class="muted">none</p>')
    out.append(f"<h2>Pages ({len(run.pages)})</h2>")
    rows, more = _cut([[p.get("page_id"), p.get("articles"), p.get("chars"), p.get("issue_date") or "",
                        " / ".join(map(str, p.get("banners") or [])), "; ".join(map(str, p.get("notes") or []))]
                       for p in run.pages])
    out += [table(["page", "articles", "chars", "issue date", "banners", "notes"], rows, "pages"), more]
    return "".join(out)
