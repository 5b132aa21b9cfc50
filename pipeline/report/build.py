"""build_report: one self-contained, offline report.html for an output folder."""
from __future__ import annotations

import base64
import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

from .load import MAX_ARTICLES, Run, load_run
from .render import ArticleView, person_html
from .summary import score, summary_html

PAGE_SIZE = 50  # articles per screen: keeps the DOM small for runs of thousands of articles


def _asset(name: str) -> str:
    return resources.files("pipeline.report").joinpath("assets", name).read_text(encoding="utf-8")


def embed_json(payload: Any) -> str:
    """JSON safe inside <script type="application/json">: no '<', '>' or '&' can end the element."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp_hash(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def payload(run: Run) -> dict[str, Any]:
    """Pre-rendered, escaped HTML per article and per person; the page's JS only pages through them."""
    articles = sorted(run.articles, key=lambda a: (str(a.get("page_id") or ""), a.get("n") if isinstance(a.get("n"), int) else 0))
    items = []
    where: dict[str, tuple[int, str]] = {}
    for i, art in enumerate(articles):
        aid = str(art.get("article_id", ""))
        view = ArticleView(art, run.entities.get(aid, []), run.roles.get(aid, []), run.events.get(aid, []), i)
        key = view.search_key()
        html = view.html()  # before flags(): rendering finds the unplaced mentions
        items.append({"k": key, "f": view.flags(), "h": html})
        where[aid] = (i, str(art.get("headline") or ""))
    people = sorted(run.people, key=lambda p: (-len(p.get("article_ids") or []), str(p.get("name") or "")))
    return {
        "pageSize": PAGE_SIZE,
        "articles": items,
        "people": [{"k": f'{p.get("name", "")} {" ".join(str(q.get("position", "")) + " " + str(q.get("org") or "") for q in p.get("positions") or [] if isinstance(q, dict))}'.lower(),
                    "h": person_html(p, where)} for p in people],
    }


def _template():
    """The page template (jinja2, autoescaped; pre-rendered fragments are marked safe in it)."""
    from jinja2 import Environment, select_autoescape

    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True), trim_blocks=True,
                      lstrip_blocks=True)
    return env.from_string(_asset("report.html"))


def gold_view(run: Run, gold_dir: str | Path | None) -> list[dict[str, Any]]:
    """Per gold article (aligned to an output article by headline): entities found, missed
    (in gold only) and spurious (in the output only), as distinct (label, text) pairs."""
    if not gold_dir:
        return []
    from ..evaluation.io import EvalInputError, load_gold_dir
    try:
        gold = load_gold_dir(gold_dir)
    except EvalInputError:
        return []
    by_headline: dict[tuple[str, str], dict] = {}
    for art in run.articles:
        by_headline.setdefault((str(art.get("page_id")), str(art.get("headline") or "").strip()), art)
    view = []
    for page_id, page in gold.items():
        for g in page.get("articles") or []:
            if not isinstance(g, dict):
                continue
            out = by_headline.get((page_id, str(g.get("headline") or "").strip()))
            want = {(label, str(t)) for label, names in (g.get("entities") or {}).items()
                    if isinstance(names, list) for t in names}
            aid = str(out.get("article_id")) if out else None
            have = {(str(e.get("label")), str(e.get("text"))) for e in run.entities.get(aid, [])} if aid else set()
            view.append({"headline": g.get("headline"), "article_id": aid, "ok": sorted(want & have),
                         "missed": sorted(want - have), "spurious": sorted(have - want)})
    return view


def render_page(run: Run, gold_dir: str | Path | None = None) -> str:
    scores, score_error = score(run.output_dir, gold_dir)
    data = payload(run)
    js = _asset("report.js")
    return _template().render(**{
        "gold": gold_view(run, gold_dir),
        "title": run.output_dir.name or str(run.output_dir),
        "subtitle": (f"{len(run.pages)} pages · {run.counts.get('articles', len(data['articles']))} articles · "
                           f"{run.counts.get('people', len(data['people']))} people · {len(run.errors)} errors"
                           + (f" · showing the first {len(data['articles'])} articles and their people"
                              if run.counts.get("articles", 0) > len(data["articles"]) else "")),
        "n_articles": str(len(data["articles"])),
        "n_people": str(len(data["people"])),
        "css": _asset("report.css"),
        "script_hash": _csp_hash(js),
        "summary": summary_html(run, scores, score_error),
        "data": embed_json(data),
        "js": js,
    })


def build_report(output_dir: str | Path, gold_dir: str | Path | None = None,
                 out_file: str | Path | None = None, max_articles: int | None = MAX_ARTICLES) -> Path:
    """Write ``report.html`` (or ``out_file``) for the run in ``output_dir``; returns its path.
    It shows the first ``max_articles`` articles (None: all); the counts cover the whole run."""
    run = load_run(output_dir, max_articles)
    target = Path(out_file) if out_file is not None else run.output_dir / "report.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_page(run, gold_dir), encoding="utf-8")
    return target
