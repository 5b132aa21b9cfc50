"""Synthetic test pages built from People's Daily 1998 articles, each with a gold file.

    python -m pipeline.evaluation.pd_pages --corpus ../shared/corpora/pd1998/199801_01-25.txt.gz \\
        --out DIR --pages N --seed S

A page is 3-8 PD articles (selected by ``pd_source``) laid out like our sample pages: blocks
separated by blank lines, the headline line, then the body paragraphs as PD prints them
(full-width digits, datelines such as 新华社北京１月２５日电 and 本报讯 left in place).

Noise (all drawn from ``random.Random(f"{seed}:{page_index}")``, so a seed fixes every page):
  * column break: a paragraph of >= 80 chars is cut at a random character (possibly mid-word)
    by a blank line, with probability ``NoiseConfig.column_break`` per paragraph; never inside
    the dateline / credit, the gold body_start or the gold body_end;
  * duplicate: with probability ``duplicate`` per article one body paragraph is printed twice;
  * half-width: with probability ``halfwidth`` per page ，：；！？（） become , : ; ! ? ( ) on the
    whole page (gold strings are converted the same way, so they still appear verbatim).

Real layouts are kept: photo items (a ``（图片）`` headline over its caption, kind "photo"),
``（附图片１张）`` headlines, datelines (新华社北京１月５日电, the source), credits printed after
the body (``…。（记者甲）``, ``（乙摄）``, a ``（甲乙）`` line of its own, ``（完）``) and headlines
without any lead.

Gold (GUIDELINES format) per article: headline = the PD headline paragraph, subheadlines [],
section null, kind "news" or "photo", source = the dateline (本报讯, 新华社北京１月５日电) when the
body starts with one, byline from the parsed lead credit and the credit after the body (bare
names: reporters in the lead, correspondents after the body, as the devset gold reads them),
author_line null, body_start = first 15 chars after the dateline + credit, body_end = last 10
chars before a credit after the body, entities = unique strings per label of PD's own
annotation over headline and body. Roles and events are not annotated: the page carries
``"annotated": ["articles", "bylines", "body", "entities"]`` and the scorer skips them.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from ..text.chars import FULL_TO_HALF_PUNCT
from .pd_source import PdArticle, iter_usable_articles

ANNOTATED = ["articles", "bylines", "body", "entities"]
BODY_START_CHARS = 15
BODY_END_CHARS = 10
MIN_BREAK_PARAGRAPH = 80
_HALFWIDTH = str.maketrans({k: v for k, v in FULL_TO_HALF_PUNCT.items() if k != "％"})


@dataclass(frozen=True)
class NoiseConfig:
    column_break: float = 0.25   # per paragraph of >= 80 chars
    duplicate: float = 0.15      # per article
    halfwidth: float = 0.3       # per page

    @classmethod
    def off(cls) -> "NoiseConfig":
        return cls(0.0, 0.0, 0.0)


def _break_range(art: PdArticle, idx: int, text: str) -> tuple[int, int]:
    """Cut positions allowed in paragraph idx: clear of credit, body_start and body_end."""
    lo = 5
    if idx == 0:
        lo = max(art.credit_end, art.skip + BODY_START_CHARS) + 2
    hi = len(text) - 5
    if idx == len(art.paragraphs) - 1:
        hi = len(text) - art.end_skip - BODY_END_CHARS - 2
    return lo, hi


def _layout_article(art: PdArticle, rng: random.Random, noise: NoiseConfig, notes: list[str], n: int) -> list[str]:
    """Blocks (headline, body paragraph pieces) of one article, noise applied."""
    blocks = [art.headline]
    dup = rng.randrange(len(art.paragraphs)) if rng.random() < noise.duplicate else None
    for idx, text in enumerate(art.paragraphs):
        lo, hi = _break_range(art, idx, text)
        if len(text) >= MIN_BREAK_PARAGRAPH and hi > lo and rng.random() < noise.column_break:
            cut = rng.randint(lo, hi)
            blocks += [text[:cut], text[cut:]]
            notes.append(f"Article {n}: column break in body paragraph {idx + 1} after "
                         f"'{text[max(0, cut - 6):cut]}' (read as continuous).")
        else:
            blocks.append(text)
        if idx == dup:
            blocks.append(text)
            notes.append(f"Article {n}: body paragraph {idx + 1} is printed twice (the copy is noise).")
    if art.credit_para:
        blocks.append(art.credit_para)
    return blocks


def _gold_article(art: PdArticle, n: int, conv) -> dict:
    first, last = art.paragraphs[0], art.paragraphs[-1]
    return {
        "n": n,
        "headline": conv(art.headline),
        "subheadlines": [],
        "section": None,
        "kind": art.kind,
        "source": art.source,
        "byline": {role: [conv(x) for x in names] for role, names in art.byline.items()},
        "author_line": None,
        "body_start": conv(first[art.skip:art.skip + BODY_START_CHARS]),
        "body_end": conv(last[: len(last) - art.end_skip][-BODY_END_CHARS:]),
        "entities": {lab: [conv(x) for x in strings] for lab, strings in art.entities.items()},
        "roles": [],
        "events": [],
        "pd_article": art.key,
    }


def build_page(page_id: str, articles: list[PdArticle], rng: random.Random, noise: NoiseConfig) -> tuple[str, dict]:
    """Page text and gold for one page."""
    notes = [
        "Synthetic page: People's Daily 1998 articles laid out like the sample pages.",
        "Roles and events are not annotated on synthetic pages (see 'annotated').",
        "Entities follow PD1998's own annotation (nr/ns/nt), which differs in places from GUIDELINES.",
    ]
    halfwidth = rng.random() < noise.halfwidth
    conv = (lambda s: s.translate(_HALFWIDTH)) if halfwidth else (lambda s: s)
    if halfwidth:
        notes.append("Punctuation ，：；！？（） printed half-width on this page.")
    chunks: list[str] = []
    gold_articles = []
    for n, art in enumerate(articles, 1):
        blocks = _layout_article(art, rng, noise, notes, n)
        sep = "\n\n\n\n" if chunks and rng.random() < 0.3 else "\n\n"
        chunks.append(sep + "\n\n".join(blocks))
        gold_articles.append(_gold_article(art, n, conv))
    text = conv("".join(chunks)) + "\n"
    gold = {"page": page_id, "notes": notes, "banners": [], "annotated": ANNOTATED, "articles": gold_articles}
    return text, gold


def build_pages(corpus_path: str | Path, out_dir: str | Path, n_pages: int, seed: int,
                articles_per_page: tuple[int, int] = (3, 8), noise: bool | NoiseConfig = True,
                days: tuple[int, int] | None = None) -> list[str]:
    """Write ``<page_id>.txt`` and ``<page_id>.json`` for n_pages pages; returns the page ids.

    Articles are drawn without replacement from a seeded shuffle of the usable articles
    (reshuffled only if the corpus runs out), so a page never holds the same article twice.
    ``days`` (first, last): only articles of those January days (``make eval-pd``: 21-25, which
    the NER model was not trained on).
    """
    cfg = noise if isinstance(noise, NoiseConfig) else (NoiseConfig() if noise else NoiseConfig.off())
    pool = list(iter_usable_articles(corpus_path, days))
    lo, hi = articles_per_page
    if not pool or lo < 1 or hi < lo or hi > len(pool):
        within = f" of days {days[0]}-{days[1]}" if days else ""
        raise ValueError(f"cannot draw {articles_per_page} articles per page from {len(pool)} usable articles{within}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    order_rng = random.Random(seed)
    order: list[int] = []
    page_ids: list[str] = []
    for i in range(n_pages):
        rng = random.Random(f"{seed}:{i}")
        k = rng.randint(lo, hi)
        if len(order) < k:
            order = list(range(len(pool)))
            order_rng.shuffle(order)
        picked = [pool[j] for j in order[:k]]
        order = order[k:]
        page_id = f"pd98_s{seed}_{i:03d}"
        text, gold = build_page(page_id, picked, rng, cfg)
        (out_dir / f"{page_id}.txt").write_text(text, encoding="utf-8")
        (out_dir / f"{page_id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        page_ids.append(page_id)
    return page_ids


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.evaluation.pd_pages",
                                 description="Build synthetic pages + gold from People's Daily 1998.")
    ap.add_argument("--corpus", required=True, help="PD1998 file (.txt or .txt.gz)")
    ap.add_argument("--out", required=True, help="folder for <page_id>.txt and <page_id>.json")
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--min-articles", type=int, default=3)
    ap.add_argument("--max-articles", type=int, default=8)
    ap.add_argument("--no-noise", action="store_true", help="no column breaks, duplicates or half-width pages")
    ap.add_argument("--days", nargs=2, type=int, default=None, metavar=("FIRST", "LAST"),
                    help="only articles of these January days (e.g. 21 25: days the NER model did not see)")
    args = ap.parse_args(argv)
    if not Path(args.corpus).is_file():
        print(f"error: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    try:
        ids = build_pages(args.corpus, args.out, args.pages, args.seed, (args.min_articles, args.max_articles),
                          noise=not args.no_noise, days=tuple(args.days) if args.days else None)
    except ValueError as err:
        print(f"error: {args.corpus}: {err}", file=sys.stderr)
        return 2
    print(f"wrote {len(ids)} pages (+ gold) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
