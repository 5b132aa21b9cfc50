"""Plain-text table of a score_dir result."""
from __future__ import annotations

from typing import Any

from .metrics import METRICS


def _pct(x: float | None) -> str:
    return "   n/a" if x is None else f"{x:6.3f}"


def _rows(metrics: dict[str, dict[str, Any]]) -> list[str]:
    head = f"{'metric':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'fp':>7}{'fn':>7}"
    lines = [head, "-" * len(head)]
    for m in METRICS:
        c = metrics.get(m)
        if c is None:
            continue
        if "pages" in c and c["pages"] == 0:
            lines.append(f"{m:<16}  (not annotated on any gold page)")
            continue
        lines.append(f"{m:<16}{_pct(c['precision']):>7}{_pct(c['recall']):>7}{_pct(c['f1']):>7}"
                     f"{c['tp']:>7}{c['fp']:>7}{c['fn']:>7}")
    return lines


def format_report(result: dict[str, Any], per_page: bool = False) -> str:
    out = [f"output: {result['output_dir']}   gold: {result['gold_dir']}   pages: {len(result['pages'])}"]
    if result.get("ignored_pages"):
        out.append(f"(ignored output pages without gold: {', '.join(result['ignored_pages'])})")
    out.append("")
    out.append("overall (micro-averaged over pages)")
    out.extend(_rows(result["metrics"]))
    if per_page:
        for pid, metrics in result["per_page"].items():
            out.append("")
            out.append(f"page {pid}")
            out.extend(_rows(metrics))
    return "\n".join(out)
