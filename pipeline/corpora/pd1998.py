"""Reader for the People's Daily 1998 PFR corpus (segmented, POS-tagged, GBK).

Each line is one paragraph: ``YYYYMMDD-PP-AAA-SSS/m  word/pos  [word/pos  word/pos]nt ...``.
Entities: LOC / ORG = ``ns`` / ``nt`` tokens outside brackets plus ``]ns`` / ``]nt`` compounds;
PER = the persons of each run of ``nr`` tokens outside brackets. PD splits a Chinese name into a
surname token and a given-name token (江/nr 泽民/nr), and prints names of a list or a credit with
no mark between them (江/泽民/李/鹏): a run is read as persons, a one-character token or a compound
surname with the token after it, any other token alone (江泽民 | 李鹏). SOURCE.md's simple rule
(the whole run is one person) would teach and score 江泽民李鹏 as one name.
"""
from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

ENTITY_POS = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
_ID_RE = re.compile(r"^(\d{8})-(\d{2})-(\d{3})-(\d{3})/m$")


@dataclass
class PdToken:
    word: str
    pos: str
    compound: int | None = None     # index of the bracketed compound this token belongs to
    compound_pos: str | None = None  # outer tag of that compound (nt, ns, nz, ...)


@dataclass
class PdParagraph:
    pid: str          # e.g. 19980101-01-001-002
    date: str         # 19980101
    page: int
    article: int
    tokens: list[PdToken] = field(default_factory=list)

    @property
    def article_key(self) -> str:
        return f"{self.date}-{self.page:02d}-{self.article:03d}"

    @property
    def words(self) -> list[str]:
        return [t.word for t in self.tokens]

    @property
    def text(self) -> str:
        return "".join(t.word for t in self.tokens)

    def entities(self) -> list[tuple[int, int, str]]:
        """(start, end, label) character spans in ``self.text``."""
        spans: list[tuple[int, int, str]] = []
        offset = 0
        i = 0
        toks = self.tokens
        while i < len(toks):
            tok = toks[i]
            if tok.compound is not None:
                j = i
                end = offset
                while j < len(toks) and toks[j].compound == tok.compound:
                    end += len(toks[j].word)
                    j += 1
                label = ENTITY_POS.get(tok.compound_pos or "")
                if label in ("LOC", "ORG"):
                    spans.append((offset, end, label))
                offset, i = end, j
                continue
            label = ENTITY_POS.get(tok.pos)
            if label == "PER":
                j = i + 1
                while j < len(toks) and toks[j].compound is None and toks[j].pos == "nr":
                    j += 1
                for person in _persons_of_run([t.word for t in toks[i:j]]):
                    end = offset + sum(map(len, person))
                    spans.append((offset, end, "PER"))
                    offset = end
                i = j
                continue
            if label:
                spans.append((offset, offset + len(tok.word), label))
            offset += len(tok.word)
            i += 1
        return spans


def parse_line(line: str) -> PdParagraph | None:
    parts = line.split()
    if not parts:
        return None
    m = _ID_RE.match(parts[0])
    if not m:
        return None
    para = PdParagraph(pid=parts[0][:-2], date=m.group(1), page=int(m.group(2)), article=int(m.group(3)))
    compound = None
    n_compounds = 0
    for raw in parts[1:]:
        opens = raw.startswith("[") and len(raw) > 1
        if opens:
            raw = raw[1:]
            compound = n_compounds
            n_compounds += 1
        outer = None
        if "]" in raw:
            raw, outer = raw.rsplit("]", 1)
        word, _, pos = raw.rpartition("/")
        if not word:
            continue
        tok = PdToken(word=word, pos=pos, compound=compound)
        para.tokens.append(tok)
        if outer is not None and compound is not None:
            for t in para.tokens:
                if t.compound == compound:
                    t.compound_pos = outer
            compound = None
    return para


def iter_paragraphs(path: str | Path) -> Iterator[PdParagraph]:
    """Paragraphs of the corpus file (``.txt`` or ``.txt.gz``, GBK), in file order."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as fh:
        for raw in fh:
            line = raw.decode("gb18030", errors="replace").strip()
            para = parse_line(line)
            if para is not None and para.tokens:
                yield para


def iter_articles(paragraphs: Iterable[PdParagraph]) -> Iterator[list[PdParagraph]]:
    """Group consecutive paragraphs by article id (date-page-article)."""
    current: list[PdParagraph] = []
    for para in paragraphs:
        if current and para.article_key != current[0].article_key:
            yield current
            current = []
        current.append(para)
    if current:
        yield current


def default_path(corpora_dir: str | Path = "../shared/corpora") -> Path:
    return Path(corpora_dir) / "pd1998" / "199801_01-25.txt.gz"


def _persons_of_run(words: list[str]) -> list[list[str]]:
    """The persons of a run of ``nr`` words (module doc): a surname (one character, or a compound
    surname) takes the word after it as its given name; any other word is a person alone. Two
    one-character surnames before a run's last word are one name (范/徐/丽泰: a married woman's)."""
    if len(words) == 3 and len(words[0]) == len(words[1]) == 1 < len(words[2]):
        return [words]
    out, k = [], 0
    while k < len(words):
        size = 2 if k + 1 < len(words) and (len(words[k]) == 1 or words[k] in _compound_surnames()) else 1
        out.append(words[k:k + size])
        k += size
    return out


@lru_cache(maxsize=1)
def _compound_surnames() -> frozenset[str]:
    from ..lexicon import load_lexicon   # the project's one surname list (data/lexicons/surnames.txt)
    return frozenset(load_lexicon().compound_surnames)


def day_of(para: PdParagraph) -> int:
    return int(para.date[6:8])


def paragraphs_of_days(paragraphs: Iterable[PdParagraph], first: int, last: int) -> list[PdParagraph]:
    """Paragraphs dated day ``first`` .. ``last`` (inclusive) of the month."""
    return [p for p in paragraphs if first <= day_of(p) <= last]


def to_examples(paragraphs: Iterable[PdParagraph]) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, PER/LOC/ORG spans) per paragraph, for NER training and evaluation."""
    return [(p.text, p.entities()) for p in paragraphs]


def unlabelled_ranges(para: PdParagraph, names: set[str]) -> list[tuple[int, int]]:
    """Char ranges whose PER/LOC/ORG label the corpus leaves open, to be left out of the loss:
    abbreviations (``j``: 中, 美, 京, 人大, 十五大, 中共), which MSRA and our guideline tag as
    LOC/ORG, and words of 3+ chars that contain a known name (邓小平理论/n, where MSRA tags 邓小平).
    Tokens inside a LOC/ORG compound are labelled by it and never left open."""
    out: list[tuple[int, int]] = []
    offset = 0
    for tok in para.tokens:
        end = offset + len(tok.word)
        in_entity = tok.compound is not None and ENTITY_POS.get(tok.compound_pos or "") in ("LOC", "ORG")
        if not in_entity and tok.pos not in ENTITY_POS:
            w = tok.word
            if tok.pos == "j" or (len(w) >= 3 and any(
                    w[i:j] in names for i in range(len(w)) for j in range(i + 2, len(w) + 1) if j - i < len(w))):
                out.append((offset, end))
        offset = end
    return out


def entity_names(paragraphs: Iterable[PdParagraph]) -> set[str]:
    """The PER/LOC/ORG strings of these paragraphs (2+ chars)."""
    names: set[str] = set()
    for p in paragraphs:
        text = p.text
        names.update(text[s:e] for s, e, _ in p.entities() if e - s >= 2)
    return names
