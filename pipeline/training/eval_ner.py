"""Score a saved char_ner pipeline on the dev splits (the model alone, no rules).

    python -m pipeline.training.eval_ner --model models/ner [--corpora ../shared/corpora] [--json OUT]

Splits: MSRA ``tail`` (last 5% of the blocks, contiguous: reads like the official test),
MSRA ``interleaved`` (every 20th block: the v1/v2 models' dev, easier) and People's Daily 1998
days 21-25 (nr/ns/nt -> PER/LOC/ORG). A model trained on the interleaved split has seen ~95% of
the tail blocks, and one whose lexicon was built from all PD days has seen the dev days' names:
read those figures as upper bounds.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

import pipeline.ner  # noqa: F401  (registers the char_ner factory)
from pipeline.corpora import msra, pd1998
from pipeline.training.ner_eval import prf

Example = tuple[str, list[tuple[int, int, str]]]


def dev_sets(corpora: Path, pd_days: tuple[int, int] = (21, 25)) -> dict[str, list[Example]]:
    examples = msra.load_examples(msra.default_path(corpora))
    paragraphs = pd1998.iter_paragraphs(pd1998.default_path(corpora))
    return {"msra_tail": msra.split_tail(examples)[1],
            "msra_interleaved": msra.split_dev(examples)[1],
            "pd_dev": pd1998.to_examples(pd1998.paragraphs_of_days(paragraphs, *pd_days))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="models/ner")
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--json", default=None, help="also write the scores here")
    args = ap.parse_args()
    ner = spacy.load(args.model).get_pipe("char_ner")
    results = {}
    for name, data in dev_sets(Path(args.corpora)).items():
        scores = prf([s for _, s in data], ner.predict_spans([t for t, _ in data]))
        results[name] = scores
        print(f"{name:17s} " + "  ".join(f"{lab} {scores[lab]['f']:.4f}" for lab in ("PER", "ORG", "LOC", "ALL"))
              + f"  (P {scores['ALL']['p']:.4f} R {scores['ALL']['r']:.4f}, {scores['ALL']['n_gold']} gold)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
