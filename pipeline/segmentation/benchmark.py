"""Segmentation speed of the spaCy tokenizer: chars/s over text files repeated N times.

    python -m pipeline.segmentation.benchmark ../shared/seeds/*.txt --repeat 50
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from .tokenizer import make_chinese_nlp


def chars_per_second(nlp, texts: list[str], repeat: int) -> tuple[float, int]:
    paragraphs = [p for t in texts for p in t.splitlines() if p.strip()]
    n_chars = sum(map(len, paragraphs)) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for p in paragraphs:
            nlp.tokenizer(p)
    return n_chars / (time.perf_counter() - start), n_chars


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--segmenter", default="pkuseg")
    ap.add_argument("--model-dir", default=None)
    args = ap.parse_args(argv)
    nlp = make_chinese_nlp(args.segmenter, model_dir=args.model_dir)
    texts = [Path(f).read_text(encoding="utf-8") for f in args.files]
    cps, n = chars_per_second(nlp, texts, args.repeat)
    print(f"{args.segmenter}: {n} chars, {cps:,.0f} chars/s")


if __name__ == "__main__":
    main()
