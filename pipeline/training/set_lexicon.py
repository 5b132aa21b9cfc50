"""Replace a saved char_ner pipeline's lexicon with one built from People's Daily 1998 days.

    python -m pipeline.training.set_lexicon --model models/ner --days 1 25 [--corpora ../shared/corpora]

The last step of the shipped model (models/ner/MODEL_CARD.md): v4 is trained and scored with a
lexicon of days 1-20 (so its People's Daily dev days 21-25 stay unseen), then ships with the
lexicon of every day the corpus has: more names (习近平 is only in days 21-25) for the same weights.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Sequence

import spacy

import pipeline.ner  # noqa: F401  (registers the char_ner factory)
from pipeline.corpora import pd1998
from pipeline.ner.features import Lexicon


def set_lexicon(model: Path, corpora: Path, first: int, last: int, min_count: int = 1) -> int:
    """Rebuild ``model``'s char_ner lexicon from PD days ``first``-``last``; returns its size."""
    nlp = spacy.load(model)
    ner = nlp.get_pipe("char_ner")
    paragraphs = pd1998.paragraphs_of_days(pd1998.iter_paragraphs(pd1998.default_path(corpora)), first, last)
    ner.lexicon = Lexicon.from_pd1998(paragraphs, min_count=min_count)
    nlp.to_disk(model)
    return len(ner.lexicon)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", required=True)
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--days", nargs=2, type=int, default=[1, 31], metavar=("FIRST", "LAST"))
    ap.add_argument("--min-count", type=int, default=1)
    args = ap.parse_args(argv)
    n = set_lexicon(Path(args.model), Path(args.corpora), *args.days, min_count=args.min_count)
    print(f"{args.model}: lexicon of People's Daily days {args.days[0]}-{args.days[1]}, {n} entries")


if __name__ == "__main__":
    main()
