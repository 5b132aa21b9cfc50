"""score_dir: every gold page scored against an output folder, micro-averaged over pages."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .counts import Counts
from .io import annotated, load_gold_dir, load_output_dir
from .metrics import METRIC_LAYER, METRICS, PagePrediction, score_page


def _page_of(article_id: Any) -> str | None:
    aid = str(article_id or "")
    return aid.rsplit("#", 1)[0] if "#" in aid else None


def group_outputs(outputs: dict[str, list[dict[str, Any]]], page_ids: set[str]) -> tuple[dict[str, PagePrediction], set[str]]:
    """Output records of gold pages, grouped per page; also the page ids seen but not in gold."""
    preds = {pid: PagePrediction(pid) for pid in page_ids}
    ignored: set[str] = set()
    for art in outputs["articles"]:
        pid = str(art.get("page_id") or _page_of(art.get("article_id")) or "")
        if pid in preds:
            preds[pid].articles.append(art)
        else:
            ignored.add(pid)
    for stage in ("entities", "roles", "events"):
        for rec in outputs[stage]:
            pid = _page_of(rec.get("article_id"))
            if pid in preds:
                preds[pid].by_article[str(rec["article_id"])][stage].append(rec)
            elif pid is not None:
                ignored.add(pid)
    for pred in preds.values():  # reading order, in case the file is not sorted
        pred.articles.sort(key=lambda a: a.get("n") if isinstance(a.get("n"), int) else 0)
    return preds, ignored


def score_dir(output_dir: str | Path, gold_dir: str | Path, allow_missing: bool = False) -> dict[str, Any]:
    """Score ``output_dir`` (the pipeline's JSONL files) against every ``*.json`` in ``gold_dir``.

    Returns ``{"metrics": {name: {tp, fp, fn, precision, recall, f1, pages}}, "per_page":
    {page_id: {name: {...}}}, "pages": [...], "ignored_pages": [...]}``; ``pages`` in a metric
    counts the gold pages annotated for it. Raises EvalInputError on missing / malformed input.
    """
    gold = load_gold_dir(gold_dir)
    outputs = load_output_dir(output_dir, allow_missing=allow_missing)
    preds, ignored = group_outputs(outputs, set(gold))
    total = {m: Counts() for m in METRICS}
    scored_pages = {m: 0 for m in METRICS}
    per_page: dict[str, dict[str, Any]] = {}
    for pid, page in gold.items():
        layers = annotated(page)
        counts = score_page(page, preds[pid], layers)
        per_page[pid] = {}
        for m in METRICS:
            if METRIC_LAYER[m] not in layers:
                continue
            total[m] += counts[m]
            scored_pages[m] += 1
            per_page[pid][m] = counts[m].as_dict()
    return {
        "output_dir": str(output_dir),
        "gold_dir": str(gold_dir),
        "pages": list(gold),
        "ignored_pages": sorted(ignored),
        "metrics": {m: {**total[m].as_dict(), "pages": scored_pages[m]} for m in METRICS},
        "per_page": per_page,
    }
