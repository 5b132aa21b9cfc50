"""Measure char_ner speed (chars/s, one thread) and, optionally, dev accuracy.

    python -m pipeline.training.measure_ner --model models/ner [--corpora ../shared/corpora]
"""
from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "BLIS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")   # "per core" numbers

import argparse
import json
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc

import pipeline.ner  # noqa: F401
from pipeline.corpora import msra
from pipeline.training.ner_eval import format_prf, prf


def _rate(fn, n_chars: int, repeat: int = 2) -> float:
    """chars per CPU-second of this process (fair on a shared machine), best of ``repeat``."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return n_chars / best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="models/ner")
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--seeds", default=None, help="folder of *.txt pages (default <corpora>/../seeds)")
    ap.add_argument("--dev-every", type=int, default=20)
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    ner = nlp.get_pipe("char_ner")
    results: dict = {}
    corpora = Path(args.corpora)
    dev = msra.split_dev(msra.load_examples(msra.default_path(corpora)), args.dev_every)[1]
    texts = [t for t, _ in dev]
    n = sum(map(len, texts))
    preds = ner.predict_spans(texts)
    scores = prf([s for _, s in dev], preds)
    results["msra_dev"] = scores
    print("MSRA dev:", format_prf(scores))
    results["predict_spans_chars_per_s"] = _rate(lambda: ner.predict_spans(texts), n)
    # Docs tokenized as words (FMM words stand in for pkuseg tokens) and as single chars
    word_docs = lambda: [Doc(nlp.vocab, words=[t[s:s + k] for s, k in _spans(ner.lexicon.segment(t))])
                         for t in texts]
    char_docs = lambda: [nlp.make_doc(t) for t in texts]
    wd = word_docs()
    results["component_on_word_docs_chars_per_s"] = _rate(lambda: list(ner.pipe(word_docs())), n)
    results["component_on_char_docs_chars_per_s"] = _rate(lambda: list(ner.pipe(char_docs())), n)
    results["nlp_pipe_char_tokenizer_chars_per_s"] = _rate(lambda: list(nlp.pipe(texts)), n)
    seeds = Path(args.seeds) if args.seeds else corpora.parent / "seeds"
    pages = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    if pages:
        m = sum(map(len, pages))
        results["predict_spans_seed_pages_chars_per_s"] = _rate(lambda: ner.predict_spans(pages), m, 3)
    del wd
    print(json.dumps({k: v for k, v in results.items() if k != "msra_dev"}, indent=2))
    results["model_bytes"] = sum(f.stat().st_size for f in Path(args.model).rglob("*") if f.is_file())
    print("model size MB:", round(results["model_bytes"] / 1e6, 2))


def _spans(lengths: list[int]):
    s = 0
    for k in lengths:
        yield s, k
        s += k


if __name__ == "__main__":
    main()
