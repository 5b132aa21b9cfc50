"""Score a saved char_ner pipeline on the dev splits (the model alone, no rules).

    python -m pipeline.training.eval_ner --model models/ner [--corpora ../shared/corpora] [--json OUT]

Splits: MSRA ``tail`` (last 5% of the blocks, contiguous: reads like the official test),
MSRA ``interleaved`` (every 20th block: the v1/v2 models' dev, easier) and People's Daily 1998
days 21-25 (nr/ns/nt -> PER/LOC/ORG). A model trained on the interleaved split has seen ~95% of
the tail blocks, and one whose lexicon was built from all PD days has seen the dev days' names:
read those figures as upper bounds. ``pd_dev_open`` is PD dev with the predictions that fall
inside what PD leaves unlabelled (abbreviations, words holding a name) dropped.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

import pipeline.ner  # noqa: F401  (registers the char_ner factory)
from pipeline.corpora import msra, pd1998
from pipeline.ner.features import Lexicon
from pipeline.training.ner_eval import prf

Example = tuple[str, list[tuple[int, int, str]]]


def dev_sets(corpora: Path, pd_days: tuple[int, int] = (21, 25)) -> tuple[dict[str, list[Example]], list]:
    """The dev sets, and per PD dev paragraph the char ranges PD leaves unlabelled."""
    examples = msra.load_examples(msra.default_path(corpora))
    paragraphs = list(pd1998.iter_paragraphs(pd1998.default_path(corpora)))
    dev = pd1998.paragraphs_of_days(paragraphs, *pd_days)
    names = pd1998.entity_names(pd1998.paragraphs_of_days(paragraphs, 1, pd_days[0] - 1))
    return ({"msra_tail": msra.split_tail(examples)[1],
             "msra_interleaved": msra.split_dev(examples)[1],
             "pd_dev": pd1998.to_examples(dev)},
            [pd1998.unlabelled_ranges(p, names) for p in dev])


def drop_open(preds: list[list], open_ranges: list[list[tuple[int, int]]]) -> list[list]:
    """Predicted spans that lie inside a range the corpus leaves unlabelled (中/j, 十五大/j,
    邓小平理论/n) are neither right nor wrong under its conventions: drop them."""
    return [[s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in ranges)]
            for spans, ranges in zip(preds, open_ranges)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="models/ner")
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--json", default=None, help="also write the scores here")
    ap.add_argument("--lexicon-days", type=int, nargs=2, default=None, metavar=("FIRST", "LAST"),
                    help="replace the model's lexicon by one built from these PD1998 days (a model whose "
                         "lexicon saw the dev days, scored without that leak)")
    args = ap.parse_args()
    ner = spacy.load(args.model).get_pipe("char_ner")
    if args.lexicon_days:
        paragraphs = pd1998.iter_paragraphs(pd1998.default_path(Path(args.corpora)))
        ner.lexicon = Lexicon.from_pd1998(pd1998.paragraphs_of_days(paragraphs, *args.lexicon_days))
    results = {}
    sets, open_ranges = dev_sets(Path(args.corpora))
    preds = {name: ner.predict_spans([t for t, _ in data]) for name, data in sets.items()}
    sets["pd_dev_open"] = sets["pd_dev"]
    preds["pd_dev_open"] = drop_open(preds["pd_dev"], open_ranges)
    for name, data in sets.items():
        scores = prf([s for _, s in data], preds[name])
        results[name] = scores
        print(f"{name:17s} " + "  ".join(f"{lab} {scores[lab]['f']:.4f}" for lab in ("PER", "ORG", "LOC", "ALL"))
              + f"  (P {scores['ALL']['p']:.4f} R {scores['ALL']['r']:.4f}, {scores['ALL']['n_gold']} gold)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
