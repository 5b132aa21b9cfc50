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

from ..text.chars import FULLWIDTH_ALNUM, HALF_TO_FULL_PUNCT

N_FEATURES = 7
# columns whose ids are small ints, with their bound (chars of the Basic Multilingual Plane,
# shape codes, char x position): the fast forward pass caches their first-layer rows
DENSE_ID_LIMITS = {0: 0x10000, 5: 0x100, 6: 0x40000}
FLAG = {"PER": 1, "LOC": 2, "ORG": 4}
_BOUNDARY = np.uint64(0x1FFFFF)   # outside the Unicode range: marks text start/end
_SHIFT = np.uint64(21)
POS_B, POS_M, POS_E, POS_S = 0, 1, 2, 3
_PAIR_BITS = 20

# Length-preserving normalisation to MSRA's character conventions: full-width letters and
# digits were made ASCII there, while punctuation stayed full-width (no ASCII , ( ) % ...).
_NORMALIZE = {**FULLWIDTH_ALNUM, **{ord(a): ord(b) for a, b in HALF_TO_FULL_PUNCT.items()}, ord('"'): ord("”")}


def normalize(text: str) -> str:
    return text.translate(_NORMALIZE)


class Lexicon:
    """Word -> entity flags (0 = plain word), with a prefix table for fast FMM."""

    def __init__(self, entries: dict[str, int] | None = None, max_len: int = 12) -> None:
        self.max_len = max_len
        self.entries: dict[str, int] = {}
        # every prefix (2+ chars) of an entry -> the entry's index in _words, or -1 if only a
        # prefix: FMM extends a match char by char and stops at the first non-prefix, and the
        # index gives the word's id and flags without more lookups
        self._prefixes: dict[str, int] = {}
        self._words: list[str] = []
        self._arrays: tuple[np.ndarray, np.ndarray] | None = None   # (ids, flags) per entry
        self._pairs: np.ndarray | None = None   # filter of 2-char prefixes, see fmm
        self._word_ids: dict[str, int] = {}   # get_string_id cache for other words
        self._char_ids = np.zeros(0x10000, dtype=np.uint64)   # ids of single BMP chars
        self._char_known = np.zeros(0x10000, dtype=bool)
        for word, flags in (entries or {}).items():
            self.add(word, flags)

    def add(self, word: str, flags: int = 0) -> None:
        if not (1 < len(word) <= self.max_len):
            return
        if word not in self.entries:
            for k in range(2, len(word)):
                self._prefixes.setdefault(word[:k], -1)
            self._prefixes[word] = len(self._words)
            self._words.append(word)
            self._pairs = None
        self.entries[word] = self.entries.get(word, 0) | flags
        self._arrays = None

    def __len__(self) -> int:
        return len(self.entries)

    def can_start(self, cur: np.ndarray) -> list[bool]:
        """Per position of code points ``cur`` (but the last): may a 2+ char entry start
        there, i.e. do the char and the next form a 2-char prefix (hashed filter: a false
        positive only costs FMM a dict lookup)."""
        return self._pair_filter().take(_pair_slot(cur[:-1], cur[1:])).tolist()

    def fmm(self, text: str, can_start: list[bool] | None = None,
            base: int = 0) -> tuple[list[int], list[int]]:
        """Forward maximum matching: word lengths, and each word's entry index (-1 for a
        single char, the only words that are not entries). ``can_start[base + i]`` is
        ``self.can_start`` at position i of ``text`` (computed here if not given)."""
        n = len(text)
        if can_start is None:
            can_start = self.can_start(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64))
            base = 0
        lengths: list[int] = []
        index: list[int] = []
        get = self._prefixes.get
        i = 0
        while i < n:
            end, entry = i + 1, -1
            if i < n - 1 and can_start[base + i]:   # else no entry starts here: no lookup
                k = i + 2
                while k <= n:
                    value = get(text[i:k])
                    if value is None:
                        break
                    if value >= 0:
                        end, entry = k, value
                    k += 1
            lengths.append(end - i)
            index.append(entry)
            i = end
        return lengths, index

    def _pair_filter(self) -> np.ndarray:
        """Bool table over hashed (char, next char) pairs, True for every 2-char prefix; a
        false positive only costs a dict lookup."""
        if self._pairs is None:
            pairs = [w for w in self._prefixes if len(w) == 2]
            first = np.array([ord(w[0]) for w in pairs], dtype=np.uint64)
            second = np.array([ord(w[1]) for w in pairs], dtype=np.uint64)
            self._pairs = np.zeros(1 << _PAIR_BITS, dtype=bool)
            self._pairs[_pair_slot(first, second)] = True
        return self._pairs

    def segment(self, text: str) -> list[int]:
        """Word lengths of a forward-maximum-matching segmentation of ``text``."""
        return self.fmm(text)[0]

    def words(self, text: str) -> list[str]:
        """The words of a forward-maximum-matching segmentation of ``text``."""
        return _split(text, self.segment(text))

    def entry_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(spaCy string id, flags) of every entry, by entry index."""
        if self._arrays is None:
            words = self._words
            self._arrays = (np.array([get_string_id(w) for w in words], dtype=np.uint64),
                            np.array([self.entries[w] for w in words], dtype=np.uint64))
        return self._arrays

    def char_ids(self, codepoints: np.ndarray) -> np.ndarray:
        """spaCy string ids of single chars (a lazily filled table for the BMP)."""
        small = codepoints < len(self._char_ids)
        if not small.all():
            out = np.array([get_string_id(chr(c)) for c in codepoints.tolist()], dtype=np.uint64)
            return out
        new = np.unique(codepoints[~self._char_known[codepoints]])
        if len(new):
            self._char_ids[new] = [get_string_id(chr(c)) for c in new.tolist()]
            self._char_known[new] = True
        return self._char_ids[codepoints]

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

    def to_bytes(self) -> bytes:
        """``word<TAB>flags`` lines (the lexicon.tsv file), UTF-8."""
        lines = [f"{w}\t{f}" for w, f in sorted(self.entries.items())]
        return ("\n".join(lines) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, max_len: int = 12) -> "Lexicon":
        entries: dict[str, int] = {}
        for line in data.decode("utf-8").splitlines():
            word, _, flags = line.partition("\t")
            if word:
                entries[word] = int(flags or 0)
        return cls(entries, max_len=max_len)

    def to_disk(self, path: str | Path) -> None:
        Path(path).write_bytes(self.to_bytes())

    @classmethod
    def from_disk(cls, path: str | Path, max_len: int = 12) -> "Lexicon":
        return cls.from_bytes(Path(path).read_bytes(), max_len=max_len)

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


def _pair_slot(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Multiplicative hash of code point pairs into _PAIR_BITS bits (uint64 products wrap)."""
    mixed = (first * np.uint64(0x9E3779B97F4A7C15)) ^ (second * np.uint64(0xC2B2AE3D27D4EB4F))
    return (mixed >> np.uint64(64 - _PAIR_BITS)).astype(np.intp)


def _split(text: str, lengths: Sequence[int]) -> list[str]:
    words, i = [], 0
    for n in lengths:
        words.append(text[i:i + n])
        i += n
    return words


def extract(text: str, lexicon: Lexicon, word_lengths: Sequence[int] | None = None) -> np.ndarray:
    """(len(text), N_FEATURES) uint64 feature ids. ``word_lengths`` overrides FMM words."""
    return extract_many([text], lexicon, [word_lengths])[0]


def extract_many(texts: Sequence[str], lexicon: Lexicon,
                 word_lengths: Sequence[Sequence[int] | None] | None = None) -> list[np.ndarray]:
    """``extract`` for several texts, with the array work done once on their concatenation
    (a page's articles are short: per-call numpy overhead would dominate)."""
    texts = [normalize(t) for t in texts]
    word_lengths = word_lengths or [None] * len(texts)
    sizes = np.array([len(t) for t in texts], dtype=np.int64)
    n = int(sizes.sum())
    feats = np.zeros((n, N_FEATURES), dtype=np.uint64)
    bounds = np.cumsum(sizes)
    if n == 0:
        return [feats[:0] for _ in texts]
    cur = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    firsts = (bounds - sizes)[sizes > 0]
    lasts = bounds[sizes > 0] - 1
    prev = np.empty_like(cur)
    prev[1:] = cur[:-1]
    prev[firsts] = _BOUNDARY
    nxt = np.empty_like(cur)
    nxt[:-1] = cur[1:]
    nxt[lasts] = _BOUNDARY
    # words of every text (FMM in Python, the rest once over all words): per word its length
    # and entry index, -1 for a single char, -2 for a given word (id/flags listed apart)
    can_start = lexicon.can_start(cur)
    lens_l: list[int] = []
    index_l: list[int] = []
    given_ids: list[int] = []
    given_flags: list[int] = []
    for text, end, lengths in zip(texts, bounds.tolist(), word_lengths):
        if lengths is None:
            text_lens, text_index = lexicon.fmm(text, can_start, end - len(text))
        else:
            if sum(lengths) != len(text):
                raise ValueError("word lengths do not add up to the text length")
            words = _split(text, lengths)
            text_lens, text_index = list(lengths), [-2] * len(words)
            given_ids += lexicon.word_ids(words)
            given_flags += lexicon.flags(words)
        lens_l += text_lens
        index_l += text_index
    lens = np.array(lens_l, dtype=np.int64)
    index = np.array(index_l, dtype=np.int64)
    starts = np.cumsum(lens) - lens
    word_len = np.repeat(lens, lens)
    offset = np.arange(n, dtype=np.int64) - np.repeat(starts, lens)
    pos = np.full(n, POS_M, dtype=np.uint64)
    pos[offset == word_len - 1] = POS_E
    pos[offset == 0] = POS_B
    pos[word_len == 1] = POS_S
    ids = np.zeros(len(lens), dtype=np.uint64)
    flags = np.zeros(len(lens), dtype=np.uint64)
    entry, single, given = index >= 0, index == -1, index == -2
    entry_ids, entry_flags = lexicon.entry_arrays()
    ids[entry] = entry_ids[index[entry]]
    flags[entry] = entry_flags[index[entry]]
    ids[single] = lexicon.char_ids(cur[starts[single]])
    if given_ids:
        ids[given] = np.array(given_ids, dtype=np.uint64)
        flags[given] = np.array(given_flags, dtype=np.uint64)
    wid = np.repeat(ids, lens)
    wflags = np.repeat(flags, lens)
    wlen = word_len.astype(np.uint64)
    feats[:, 0] = cur
    feats[:, 1] = (prev << _SHIFT) | cur
    feats[:, 2] = (cur << _SHIFT) | nxt
    feats[:, 3] = (((prev << _SHIFT) | cur) << _SHIFT) | nxt
    feats[:, 4] = wid ^ (pos * np.uint64(0x9E3779B97F4A7C15))
    feats[:, 5] = pos | (np.minimum(wlen, 6) << np.uint64(2)) | (wflags << np.uint64(5))
    feats[:, 6] = (cur << np.uint64(2)) | pos
    return np.split(feats, bounds[:-1].tolist())
