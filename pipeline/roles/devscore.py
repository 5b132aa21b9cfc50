"""Dev score of the roles stage on gold pages, with the gold entity strings as ``doc.ents``.

    python -m pipeline.roles.devscore [GOLD_DIR] [SEEDS_DIR] [-v]

Articles come from the project's splitter, paired with gold articles by headline. Scores:
(person, position) and (person, position, org) micro P/R/F1 over all pages.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..article_doc import make_article_doc
from ..paths import PROJECT_ROOT
from ..records import article_record
from ..splitter import split_page
from . import component  # noqa: F401

GOLD = PROJECT_ROOT / "data" / "gold"
SEEDS = PROJECT_ROOT / "data" / "samples"


def set_gold_ents(doc: Doc, entities: dict[str, list[str]]) -> None:
    """Every occurrence of every gold string, longest first, as ``doc.ents`` (char tokens)."""
    spans = []
    for label, strings in entities.items():
        for s in strings:
            i = doc.text.find(s)
            while i != -1 and s:
                span = doc.char_span(i, i + len(s), label=label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
                i = doc.text.find(s, i + 1)
    doc.ents = filter_spans(spans)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)


def score(gold_dir: Path = GOLD, seeds_dir: Path = SEEDS, use_ents: bool = True, verbose: bool = False) -> dict:
    nlp = spacy.blank("zh")
    nlp.add_pipe("role_extractor")
    nlp.initialize()
    counts = {"roles": [0, 0, 0], "roles+org": [0, 0, 0]}
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = (seeds_dir / f"{gold['page']}.txt").read_text(encoding="utf-8")
        drafts = split_page(page).articles
        by_headline = {g["headline"]: g for g in gold["articles"]}
        for n, draft in enumerate(drafts, 1):
            article = article_record(gold["page"], n, draft)
            g = by_headline.get(article["headline"])
            doc = make_article_doc(nlp, article)
            if g and use_ents:
                set_gold_ents(doc, g["entities"])
            doc = nlp(doc)
            pred = {(r["person"], r["position"], r["org"]) for r in doc._.roles}
            want = {(r["person"], r["position"], r["org"]) for r in (g["roles"] if g else [])}
            for name, k in (("roles", 2), ("roles+org", 3)):
                p, w = {x[:k] for x in pred}, {x[:k] for x in want}
                c = counts[name]
                c[0] += len(p & w); c[1] += len(p - w); c[2] += len(w - p)
            if verbose and pred != want:
                print(f"{gold['page']}#{n} {article['headline']}")
                for x in sorted(pred - want, key=str):
                    print("   + ", x)
                for x in sorted(want - pred, key=str):
                    print("   - ", x)
    return {k: dict(zip(("p", "r", "f1"), _prf(*v)), tp=v[0], fp=v[1], fn=v[2]) for k, v in counts.items()}


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    res = score(Path(args[0]) if args else GOLD, Path(args[1]) if len(args) > 1 else SEEDS,
                use_ents="--no-ents" not in sys.argv, verbose="-v" in sys.argv)
    print(json.dumps(res, ensure_ascii=False, indent=1))
