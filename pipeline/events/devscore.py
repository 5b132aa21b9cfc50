"""Dev harness: events on the gold pages, with gold entities standing in for NER.

    python -m pipeline.events.devscore [gold_dir] [seeds_dir] [-v]

Events F1: a prediction matches a gold event of the same type sharing a participant name (gold events
without participants: same type and the same name or trigger). Arguments F1 over (type, role, name).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy

from ..article_doc import make_article_doc
from ..records import article_record
from ..roles.devscore import GOLD, SEEDS, set_gold_ents
from ..splitter import split_page


def _match(p: dict, g: dict) -> bool:
    if p["type"] != g["type"]:
        return False
    if g["participants"]:
        return bool({x["name"] for x in p["participants"]} & {x["name"] for x in g["participants"]})
    return (p.get("name") and p["name"] == g.get("name")) or p.get("trigger") == g.get("trigger")


def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold_dir: Path = GOLD, seeds_dir: Path = SEEDS, verbose: bool = False) -> dict:
    nlp = spacy.blank("zh")
    nlp.add_pipe("role_extractor")   # as in the pipeline: title phrases are read first
    nlp.add_pipe("event_extractor")
    nlp.initialize()
    ev_tp = ev_pred = ev_gold = 0
    arg_tp = arg_pred = arg_gold = 0
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        page = gold_file.stem
        split = split_page((seeds_dir / f"{page}.txt").read_text(encoding="utf-8"))
        for g_art, draft in zip(gold["articles"], split.articles):
            article = article_record(page, g_art["n"], draft)
            doc = make_article_doc(nlp, article, issue_date=gold.get("issue_date"))
            set_gold_ents(doc, g_art["entities"])
            pred = nlp.get_pipe("event_extractor")(nlp.get_pipe("role_extractor")(doc))._.events
            golds = g_art["events"]
            used: set[int] = set()
            for p in pred:
                k = next((i for i, g in enumerate(golds) if i not in used and _match(p, g)), None)
                if k is not None:
                    used.add(k)
            ev_tp, ev_pred, ev_gold = ev_tp + len(used), ev_pred + len(pred), ev_gold + len(golds)
            pa = {(p["type"], x["role"], x["name"]) for p in pred for x in p["participants"]}
            ga = {(g["type"], x["role"], x["name"]) for g in golds for x in g["participants"]}
            arg_tp, arg_pred, arg_gold = arg_tp + len(pa & ga), arg_pred + len(pa), arg_gold + len(ga)
            if verbose and (pred or golds):
                print(f"== {page}#{g_art['n']} {g_art['headline']}")
                for p in pred:
                    print("  PRED", json.dumps({k: v for k, v in p.items() if k not in ("participants",)}, ensure_ascii=False))
                    print("       ", [(x["role"], x["name"]) for x in p["participants"]])
                for g in golds:
                    print("  GOLD", g["type"], g["subtype"], g["trigger"], g["name"], g["date"], [(x["role"], x["name"]) for x in g["participants"]])
                if pa - ga:
                    print("  FP args", sorted(pa - ga))
                if ga - pa:
                    print("  FN args", sorted(ga - pa))
    result = {"events": _f1(ev_tp, ev_pred, ev_gold), "arguments": _f1(arg_tp, arg_pred, arg_gold)}
    return result


def main(argv: list[str] | None = None) -> None:
    args = [a for a in (argv if argv is not None else sys.argv[1:]) if not a.startswith("-")]
    verbose = "-v" in (argv if argv is not None else sys.argv[1:])
    gold = Path(args[0]) if args else GOLD
    seeds = Path(args[1]) if len(args) > 1 else SEEDS
    res = score(gold, seeds, verbose)
    for k, (p, r, f) in res.items():
        print(f"{k:10s} P={p:.3f} R={r:.3f} F1={f:.3f}")


if __name__ == "__main__":
    main()
