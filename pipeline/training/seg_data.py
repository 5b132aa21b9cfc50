"""PD1998 paragraphs -> pkuseg training lines (one sentence per line, words space-separated).

Preprocessing (why): our pages are modern text with ASCII digits and often half-width
punctuation, and we want person names as one token.
- consecutive ``nr`` tokens are joined (江/nr 泽民/nr -> 江泽民); compound members stay separate;
- full-width digits/letters are folded to ASCII (see ``segmentation.normalize``);
- a fraction of training sentences get half-width ，；：（）？！％ so both styles are learnt.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from pipeline.corpora.pd1998 import PdParagraph, day_of
from pipeline.segmentation.normalize import halfwidth_alnum, halfwidth_punct

SENT_END = {"。", "！", "？", "！", "?", "!"}
CLOSERS = {"”", "’", "）", "』", "」"}


def paragraph_words(para: PdParagraph) -> list[str]:
    """Words of a paragraph with person-name parts joined and alnum folded to ASCII."""
    words: list[str] = []
    prev_nr_compound: object = False  # compound id of the previous token if it was nr
    for tok in para.tokens:
        word = halfwidth_alnum(tok.word)
        if tok.pos == "nr" and words and prev_nr_compound is not False and prev_nr_compound == tok.compound:
            words[-1] += word
        else:
            words.append(word)
        prev_nr_compound = tok.compound if tok.pos == "nr" else False
    return words


def split_sentences(words: Sequence[str]) -> list[list[str]]:
    """Split after 。！？ (keeping a following closing quote/bracket in the sentence)."""
    sents: list[list[str]] = []
    cur: list[str] = []
    for i, w in enumerate(words):
        cur.append(w)
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w in SENT_END and nxt not in CLOSERS and nxt not in SENT_END:
            sents.append(cur)
            cur = []
        elif w in CLOSERS and cur[:-1] and cur[-2] in SENT_END and nxt not in CLOSERS:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


@dataclass
class SegSplit:
    train: list[list[str]] = field(default_factory=list)
    test: list[list[str]] = field(default_factory=list)


def build_split(
    paragraphs: Iterable[PdParagraph],
    train_days: range,
    test_days: range,
    augment_frac: float = 0.3,
    seed: int = 13,
) -> SegSplit:
    """Sentences for train/test by day; only training sentences are punctuation-augmented."""
    rng = random.Random(seed)
    split = SegSplit()
    for para in paragraphs:
        day = day_of(para)
        if day in train_days:
            target, augment = split.train, True
        elif day in test_days:
            target, augment = split.test, False
        else:
            continue
        for sent in split_sentences(paragraph_words(para)):
            if augment and rng.random() < augment_frac:
                sent = [halfwidth_punct(w) for w in sent]
            target.append(sent)
    return split


def write_lines(sents: Iterable[Sequence[str]], path: str | Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for words in sents:
            if words:
                fh.write(" ".join(words) + "\n")
                n += 1
    return n
