"""Article bodies: column breaks repaired, duplicated and misplaced paragraphs taken out."""
from __future__ import annotations

from dataclasses import dataclass

from .blocks import Block, ends_sentence

NEAR_DUP_MIN_CHARS = 30      # shorter paragraphs must repeat exactly to count as duplicates
NEAR_DUP_THRESHOLD = 0.8     # share of the shorter paragraph's character bigrams found in the other
NEAR_DUP_MIN_LEN_RATIO = 0.5
REPEATED_PIECE_MIN_CHARS = 10   # a piece before a column break printed again, taken once


@dataclass
class Paragraph:
    text: str
    start: int   # page offsets of the printed lines it was built from
    end: int
    gap_before: int = 0


def repair_column_breaks(blocks: list[Block], first_text: str | None = None) -> list[Paragraph]:
    """Join blocks cut by a column break: a block that does not end a sentence continues in the next.
    The piece before the break printed again after it (A, A, B; or A, then A and B in one block)
    is taken once: the next block's text after the printed piece continues the paragraph."""
    paras: list[Paragraph] = []
    for k, block in enumerate(blocks):
        text = first_text if (k == 0 and first_text is not None) else block.text
        if paras and not ends_sentence(paras[-1].text):
            last = paras[-1]
            before = blocks[k - 1].text
            if len(before) >= REPEATED_PIECE_MIN_CHARS and block.text.startswith(before):
                text = block.text[len(before):]   # the piece printed again
            last.text += text
            last.end = block.end
            continue
        if text:
            paras.append(Paragraph(text=text, start=block.start, end=block.end, gap_before=block.gap_before))
    return paras


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def near_duplicate(a: str, b: str, cache: dict[str, set[str]] | None = None) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < NEAR_DUP_MIN_CHARS:
        return False
    if min(len(a), len(b)) / max(len(a), len(b)) < NEAR_DUP_MIN_LEN_RATIO:
        return False
    cache = cache if cache is not None else {}
    ga = cache.get(a) or cache.setdefault(a, _bigrams(a))
    gb = cache.get(b) or cache.setdefault(b, _bigrams(b))
    return len(ga & gb) / min(len(ga), len(gb)) >= NEAR_DUP_THRESHOLD


@dataclass
class Dropped:
    article: int         # index of the article the paragraph was printed in
    paragraph: int       # its index in that article's paragraphs
    reason: str          # duplicate | misplaced
    similar_to: int      # article index holding the copy that was kept


def find_dropped(articles: list[list[Paragraph]]) -> list[Dropped]:
    """Paragraphs to take out of the bodies.

    - a paragraph repeating an earlier one of the same article (exactly or nearly) is a duplicate;
    - a paragraph that repeats one of another article and is the last paragraph of the earlier
      article was printed before the next headline by mistake: it is misplaced.
    """
    cache: dict[str, set[str]] = {}
    dropped: list[Dropped] = []
    taken: set[tuple[int, int]] = set()
    for a, paras in enumerate(articles):
        for p, para in enumerate(paras):
            for q in range(p):
                if (a, q) not in taken and near_duplicate(para.text, paras[q].text, cache):
                    dropped.append(Dropped(a, p, "duplicate", a))
                    taken.add((a, p))
                    break
    for a, paras in enumerate(articles):
        if not paras:
            continue
        last = len(paras) - 1
        if (a, last) in taken or last == 0:
            continue
        text = paras[last].text
        for b in range(a + 1, min(len(articles), a + 4)):  # the neighbouring articles only
            if any(near_duplicate(text, other.text, cache) for other in articles[b]):
                dropped.append(Dropped(a, last, "misplaced", b))
                taken.add((a, last))
                break
    return dropped
