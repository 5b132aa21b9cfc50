"""Per-character hashed feature ids for the char NER model.

Every row describes one character of the text; the columns are uint64 ids that the model's
HashEmbed tables hash again (so ids only need to be stable and distinct, not small):

  0 char            1 left bigram (prev+cur)      2 right bigram (cur+next)
  3 trigram         4 word containing the char, with the char's position (B/M/E/S) in it
  5 shape: position x word-length bucket x lexicon entity flags of the word
  6 char x position in word

Words come from forward maximum matching (FMM) against a lexicon of People's Daily 1998
words and entity names, so training and inference see the same segmentation whatever the
Doc's tokenization is. Lexicon entries carry PER/LOC/ORG flags (gazetteer feature).
"""
from __future__ import annotations

from itertools import repeat
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
from spacy.strings import get_string_id

N_FEATURES = 7
# columns whose ids are small ints, with their bound (chars of the Basic Multilingual Plane,
# shape codes, char x position): the fast forward pass caches their first-layer rows
DENSE_ID_LIMITS = {0: 0x10000, 5: 0x100, 6: 0x40000}
FLAG = {"PER": 1, "LOC": 2, "ORG": 4}
_BOUNDARY = np.uint64(0x1FFFFF)   # outside the Unicode range: marks text start/end
_SHIFT = np.uint64(21)
POS_B, POS_M, POS_E, POS_S = 0, 1, 2, 3

# Length-preserving normalisation to MSRA's character conventions: full-width letters and
# digits were made ASCII there, while punctuation stayed full-width (no ASCII , ( ) % ...).
_NORMALIZE = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF5B) if chr(cp).isalnum()}
_NORMALIZE.update({ord(a): ord(b) for a, b in zip(',;:()!?%"', "，；：（）！？％”")})


def normalize(text: str) -> str:
    return text.translate(_NORMALIZE)


class Lexicon:
    """Word -> entity flags (0 = plain word), with a prefix table for fast FMM."""

    def __init__(self, entries: dict[str, int] | None = None, max_len: int = 12) -> None:
        self.max_len = max_len
        self.entries: dict[str, int] = {}
        # every prefix (2+ chars) of an entry -> the entry's flags, or -1 if only a prefix:
        # FMM extends a match char by char and stops at the first non-prefix, instead of
        # trying every length down from the longest entry for that first char
        self._prefixes: dict[str, int] = {}
        self._word_ids: dict[str, int] = {}   # get_string_id cache (murmurhash per call)
        for word, flags in (entries or {}).items():
            self.add(word, flags)

    def add(self, word: str, flags: int = 0) -> None:
        if not (1 < len(word) <= self.max_len):
            return
        self.entries[word] = self.entries.get(word, 0) | flags
        self._prefixes[word] = self.entries[word]
        for k in range(2, len(word)):
            self._prefixes.setdefault(word[:k], -1)

    def __len__(self) -> int:
        return len(self.entries)

    def segment(self, text: str) -> list[int]:
        """Word lengths of a forward-maximum-matching segmentation of ``text``."""
        return [len(w) for w in self.words(text)]

    def words(self, text: str) -> list[str]:
        """The words of a forward-maximum-matching segmentation of ``text``."""
        words: list[str] = []
        get = self._prefixes.get
        i, n = 0, len(text)
        while i < n:
            end = i + 1
            k = i + 2
            while k <= n:
                value = get(text[i:k])
                if value is None:
                    break
                if value >= 0:
                    end = k
                k += 1
            words.append(text[i:end])
            i = end
        return words

    def flags(self, words: list[str]) -> list[int]:
        """Lexicon flags of each word (0 if not an entry)."""
        return list(map(self.entries.get, words, repeat(0, len(words))))

    def word_ids(self, words: list[str]) -> list[int]:
        """spaCy string ids of ``words``, cached (the same words recur on every page)."""
        cache = self._word_ids
        try:
            return list(map(cache.__getitem__, words))
        except KeyError:
            if len(cache) > 500_000:   # bound memory on endless streams
                cache.clear()
            for w in words:
                if w not in cache:
                    cache[w] = get_string_id(w)
            return list(map(cache.__getitem__, words))

    def to_disk(self, path: str | Path) -> None:
        lines = [f"{w}\t{f}" for w, f in sorted(self.entries.items())]
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def from_disk(cls, path: str | Path, max_len: int = 12) -> "Lexicon":
        entries: dict[str, int] = {}
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            word, _, flags = line.partition("\t")
            if word:
                entries[word] = int(flags or 0)
        return cls(entries, max_len=max_len)

    @classmethod
    def from_pd1998(cls, paragraphs: Iterable, min_count: int = 1, max_len: int = 12) -> "Lexicon":
        """Words (all tokens) and PER/LOC/ORG names of People's Daily 1998 paragraphs."""
        counts: dict[str, int] = {}
        flags: dict[str, int] = {}
        for para in paragraphs:
            for w in para.words:
                counts[w] = counts.get(w, 0) + 1
            text = para.text
            for s, e, label in para.entities():
                name = text[s:e]
                flags[name] = flags.get(name, 0) | FLAG[label]
        lex = cls(max_len=max_len)
        for w, c in counts.items():
            if c >= min_count and not any(ch.isdigit() for ch in w):
                lex.add(w, 0)
        for name, f in flags.items():
            lex.add(name, f)
        return lex


def _word_arrays(text: str, lexicon: Lexicon, lengths: Sequence[int] | None):
    if lengths is None:
        words = lexicon.words(text)
        lens = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    else:
        words = _split(text, lengths)
        lens = np.asarray(lengths, dtype=np.int64)
    starts = np.cumsum(lens) - lens
    word_len = np.repeat(lens, lens)
    offset = np.arange(len(text), dtype=np.int64) - np.repeat(starts, lens)
    pos = np.full(len(text), POS_M, dtype=np.uint64)
    pos[offset == word_len - 1] = POS_E
    pos[offset == 0] = POS_B
    pos[word_len == 1] = POS_S
    word_ids = np.array(lexicon.word_ids(words), dtype=np.uint64)
    word_flags = np.array(lexicon.flags(words), dtype=np.uint64)
    return pos, word_len.astype(np.uint64), np.repeat(word_ids, lens), np.repeat(word_flags, lens)


def _split(text: str, lengths: Sequence[int]) -> list[str]:
    words, i = [], 0
    for n in lengths:
        words.append(text[i:i + n])
        i += n
    return words


def extract(text: str, lexicon: Lexicon, word_lengths: Sequence[int] | None = None) -> np.ndarray:
    """(len(text), N_FEATURES) uint64 feature ids. ``word_lengths`` overrides FMM words."""
    text = normalize(text)
    n = len(text)
    feats = np.zeros((n, N_FEATURES), dtype=np.uint64)
    if n == 0:
        return feats
    cur = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    prev = np.empty_like(cur)
    prev[0] = _BOUNDARY
    prev[1:] = cur[:-1]
    nxt = np.empty_like(cur)
    nxt[-1] = _BOUNDARY
    nxt[:-1] = cur[1:]
    pos, wlen, wid, wflags = _word_arrays(text, lexicon, word_lengths)
    feats[:, 0] = cur
    feats[:, 1] = (prev << _SHIFT) | cur
    feats[:, 2] = (cur << _SHIFT) | nxt
    feats[:, 3] = (((prev << _SHIFT) | cur) << _SHIFT) | nxt
    feats[:, 4] = wid ^ (pos * np.uint64(0x9E3779B97F4A7C15))
    feats[:, 5] = pos | (np.minimum(wlen, 6) << np.uint64(2)) | (wflags << np.uint64(5))
    feats[:, 6] = (cur << np.uint64(2)) | pos
    return feats
