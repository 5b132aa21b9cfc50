"""Common multi-character words, used to tell a column break inside a word (展|示, 高|质量) from
the end of a title line, and the rare verbs beside them. Built once from People's Daily 1998 by
``build`` and ``build_verbs`` (derived word lists, not corpus text)."""
from __future__ import annotations

import argparse
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..lexicon_files import read_entries
from ..paths import PROJECT_ROOT
from ..text.normalize import to_halfwidth_alnum

DEFAULT_WORDLIST = PROJECT_ROOT / "data" / "lexicons" / "common_words.txt"
DEFAULT_VERBS = PROJECT_ROOT / "data" / "lexicons" / "verbs.txt"
MAX_WORD = 4
PROPER_NOUN_TAGS = {"nr", "ns", "nt", "nz"}
# a word People's Daily tags mostly with one of these is marked "noun": it can sit inside an
# organization's name (两岸|劳动|关系|发展协会), a verb or a time word cannot
NOUN_TAGS = {"n", "vn", "an", "b"}
# a word tagged mostly with one of these (and no noun) is marked "adj": a quality word that can
# stand in a company's name before its trade (鼎盛|精密|模具有限公司), where a verb cannot
ADJECTIVE_TAGS = {"a", "ad", "z"}
# a noun tagged mostly as a verb's noun (vn) is marked "action": it names a doing (交流, 研究), so
# 深入 before it says how (深入交流), where before a thing it goes (深入基层)
ACTION_TAGS = {"vn"}
VERB_TAGS = {"v", "vd"}
# the verbs are read from these days only, so that People's Daily 21-25 Jan stays an honest dev split
VERB_DAYS = (1, 20)


@lru_cache(maxsize=4)
def load_words(path: str | None = None) -> frozenset[str]:
    """The common words of ``path``; by default the domain lexicon's (read once)."""
    if not path:
        from ..lexicon import load_lexicon
        return load_lexicon().common_word_set
    p = Path(path)
    if not p.exists():
        return frozenset()
    return frozenset(entry.split()[0] for entry in read_entries(p))


def word_spans_break(left: str, right: str, words: frozenset[str]) -> bool:
    """Does a known word run across the end of ``left`` into the start of ``right``?"""
    for i in range(1, MAX_WORD):            # chars taken from the left side
        for j in range(1, MAX_WORD - i + 1):  # chars taken from the right side
            if i <= len(left) and j <= len(right) and left[-i:] + right[:j] in words:
                return True
    return False


def _listable(word: str) -> bool:
    """A word of 2..MAX_WORD common Han characters: the only words the lists hold."""
    return 2 <= len(word) <= MAX_WORD and all("\u4e00" <= ch <= "\u9fff" for ch in word)


def build(corpus: Path, out: Path, min_count: int = 3) -> int:
    from ..corpora.pd1998 import iter_paragraphs
    counts: Counter[str] = Counter()
    nouns: Counter[str] = Counter()
    adjectives: Counter[str] = Counter()
    actions: Counter[str] = Counter()
    for para in iter_paragraphs(corpus):
        for tok in para.tokens:
            if tok.pos in PROPER_NOUN_TAGS:
                continue  # names are not common words (泽民 would block the name 江泽民)
            word = to_halfwidth_alnum(tok.word)
            if _listable(word):
                counts[word] += 1
                nouns[word] += tok.pos in NOUN_TAGS
                adjectives[word] += tok.pos in ADJECTIVE_TAGS
                actions[word] += tok.pos in ACTION_TAGS
    kept = sorted(w for w, c in counts.items() if c >= min_count)
    lines = [f"{w}\t{_kind(counts[w], nouns[w], adjectives[w], actions[w])}".rstrip("\t") for w in kept]
    out.write_text("# common multi-character words, proper nouns excluded (People's Daily 1998, count >= %d); built by\n"
                   "# python -m pipeline.splitter.wordlist. \"noun\": tagged a noun (%s) in most of its uses;\n"
                   "# \"action\": a noun tagged %s in most of those; \"adj\": an adjective (%s).\n"
                   % (min_count, "/".join(sorted(NOUN_TAGS)), "/".join(sorted(ACTION_TAGS)), "/".join(sorted(ADJECTIVE_TAGS)))
                   + "\n".join(lines) + "\n", encoding="utf-8")
    return len(kept)


def _kind(count: int, nouns: int, adjectives: int, actions: int) -> str:
    """A word's mark: the kind it is tagged in most of its uses, "" for neither."""
    if 2 * nouns > count:
        return "action" if 2 * actions > nouns else "noun"
    return "adj" if 2 * adjectives > count else ""


def build_verbs(corpus: Path, out: Path, common: frozenset[str], days: tuple[int, int] = VERB_DAYS) -> int:
    """Words People's Daily tags as a verb (v/vd) in every use, never inside a bracketed name,
    and not in ``common``: the rare verbs (转发, 聘任, 判刑) that the common-word list, cut at
    count 3, lacks. A name does not run back over one (加盟|江苏三毛集团)."""
    from ..corpora.pd1998 import iter_paragraphs, paragraphs_of_days
    verbs: set[str] = set()
    other: set[str] = set()
    for para in paragraphs_of_days(iter_paragraphs(corpus), *days):
        for tok in para.tokens:
            word = to_halfwidth_alnum(tok.word)
            if not _listable(word):
                continue
            (verbs if tok.pos in VERB_TAGS and tok.compound is None else other).add(word)
    kept = sorted(verbs - other - common)
    out.write_text("# verbs too rare for common_words.txt: People's Daily 1998 (days %d-%d) tags them v/vd in every\n"
                   "# use, never inside a name; built by python -m pipeline.splitter.wordlist.\n" % days
                   + "\n".join(kept) + "\n", encoding="utf-8")
    return len(kept)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--out", default=str(DEFAULT_WORDLIST))
    ap.add_argument("--verbs-out", default=str(DEFAULT_VERBS))
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()
    from ..corpora.pd1998 import default_path
    n = build(default_path(args.corpora), Path(args.out), args.min_count)
    print(f"wrote {n} words to {args.out}")
    n = build_verbs(default_path(args.corpora), Path(args.verbs_out), load_words(args.out))
    print(f"wrote {n} verbs to {args.verbs_out}")
