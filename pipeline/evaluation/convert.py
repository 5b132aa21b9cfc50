"""gold_to_outputs: gold files rewritten as a pipeline output folder (a perfect run).

Used by the tests (gold scored against itself must give 1.0 everywhere) and handy as a template
of the output contract. The article ``text`` is only body_start + body_end, and offsets are
null, because the gold does not carry full bodies or spans.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from .io import load_gold_dir


def _write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def gold_to_outputs(gold_dir: str | Path, out_dir: str | Path) -> Path:
    """Write articles/entities/roles/events/people.jsonl for every gold page; returns out_dir."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    articles, entities, roles, events = [], [], [], []
    for pid, page in load_gold_dir(gold_dir).items():
        for i, art in enumerate(page["articles"]):
            n = art.get("n", i + 1)
            aid = f"{pid}#{n}"
            articles.append({
                "article_id": aid, "page_id": pid, "n": n,
                **{k: art.get(k) for k in ("headline", "subheadlines", "section", "kind", "source",
                                           "byline", "author_line")},
                "text": f"{art.get('body_start') or ''}\n{art.get('body_end') or ''}",
                "page_span": None,
            })
            for label, strings in (art.get("entities") or {}).items():
                entities += [{"article_id": aid, "text": s, "label": label, "start": None, "end": None}
                             for s in strings]
            roles += [{"article_id": aid, **r, "org_as_written": r.get("org"), "start": None, "end": None}
                      for r in art.get("roles") or []]
            for k, ev in enumerate(art.get("events") or [], 1):
                events.append({"article_id": aid, "event_id": f"{aid}/e{k}", **ev,
                               "date_norm": None, "start": None, "end": None})
    _write_jsonl(out_dir / "articles.jsonl", articles)
    _write_jsonl(out_dir / "entities.jsonl", entities)
    _write_jsonl(out_dir / "roles.jsonl", roles)
    _write_jsonl(out_dir / "events.jsonl", events)
    _write_jsonl(out_dir / "people.jsonl", [])
    return out_dir
