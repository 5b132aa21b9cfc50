"""Vectorized inference for a spacy-pkuseg model: the same words, about 10x faster.

spacy_pkuseg builds, for every character, a list of feature strings in Python (8 character
n-gram features, 10 lexicon-word features and 50 word-pair features), looks each up in a
dict and sums weight rows one character at a time. Here the same features are computed
per feature *type* over the whole text at once (one dict lookup per distinct string, one
numpy gather per type), and the node scores are accumulated in pkuseg's own feature order,
so the float64 sums and therefore the Viterbi paths are bit-identical to ``pkuseg._cut``.

Nodes: pkuseg maps digits and letters to the pseudo-characters ``**Num`` / ``**Letter``;
we map them to private-use characters so that a text stays a ``str`` and n-grams are slices.
"""
from __future__ import annotations

import re

import numpy as np
from spacy_pkuseg import inference as _inference

_NUM, _LETTER, _NO_WORD = "\ue000", "\ue001", "\ue002"
_PRIVATE = (_NUM, _LETTER, _NO_WORD, "\ue003")
_CHAR_TYPES = ("c", "c-1", "c1", "c-2", "c2")
_BIGRAM_TYPES = ("c-1c", "cc1", "c-2c-1")


_PRIVATE_RE = re.compile("[" + "".join(_PRIVATE) + "]")


def _to_nodes(key: str) -> str:
    if "**" not in key:
        return key
    return key.replace("**noWord", _NO_WORD).replace("**Num", _NUM).replace("**Letter", _LETTER)


class FastPkuseg:
    """``cut``-compatible segmenter built from a loaded ``spacy_pkuseg.pkuseg`` object."""

    def __init__(self, seg) -> None:
        fe = seg.feature_extractor
        config = _config_of()
        self.word_lengths = list(range(config.wordMax, config.wordMin - 1, -1))   # pkuseg order
        self.word_features = bool(config.wordFeature)
        self.normalize_letters = bool(config.numLetterNorm)
        self.seg = seg
        self.usable = True
        n_tag, n_feature = seg.model.n_tag, seg.model.n_feature
        w = np.asarray(seg.model.w, dtype=np.float64)
        # one extra zero row: "feature absent" adds 0.0, which leaves every sum unchanged
        self.weights = np.vstack([w[:n_feature * n_tag].reshape(n_feature, n_tag), np.zeros((1, n_tag))])
        self.absent = n_feature
        # edge scores exactly as inference.getLogYY builds them (ones + weights)
        edge = np.ones((n_tag, n_tag))
        for s in range(n_tag):
            for s_pre in range(n_tag):
                edge[s_pre, s] += w[n_feature * n_tag + s * n_tag + s_pre]
        self.edge = edge
        self.starts_word = np.array([("B" in tag) for tag, _ in sorted(
            fe.tag_to_idx.items(), key=lambda kv: kv[1])], dtype=bool)
        self.start_feature = fe.feature_to_idx.get("$$", self.absent)
        tables = self._tables(fe.feature_to_idx)
        # character n-gram features keyed by code point (bigrams: two code points in one int)
        self.code_tables = {name: _sorted_table({_code_key(k): v for k, v in tables[name].items()})
                            for name in _CHAR_TYPES + _BIGRAM_TYPES}
        # single characters: a direct array over code points (the BMP, or up to the largest key)
        self.dense_tables = {}
        for name in _CHAR_TYPES:
            keys, values = self.code_tables[name]
            dense = np.full(max(0x10000, int(keys.max(initial=0)) + 1), self.absent, dtype=np.int64)
            dense[keys] = values
            self.dense_tables[name] = dense
        # the three bigram types over one sorted key array: one binary search per pair
        self.bigram_table = _merged_table([self.code_tables[name] for name in _BIGRAM_TYPES], self.absent)
        # lexicon words as integer ids, so word and word-pair features become numpy lookups
        self.vocab = {w: i for i, w in enumerate(sorted(
            w for w in fe.unigram if not _PRIVATE_RE.search(w)))}
        self.no_word = len(self.vocab)
        self.words = list(self.vocab)
        self.word_tables = {l: self._word_table(l) for l in self.word_lengths}
        self.prefix_table = self._prefix_table()
        self.none_pair = self.no_word * (self.no_word + 1) + self.no_word
        self.word_end_feature = self._word_feature_array(tables["w-1"])
        self.word_start_feature = self._word_feature_array(tables["w1"])
        self.pair_tables = {name: self._pair_table(tables[name]) for name in ("ww.l", "ww.r")}
        self.keyword_table = fe.keywords_translate_table
        self.node_table = {ord(c): _NUM for c in fe.num}
        self.node_table.update({ord(c): _LETTER for c in fe.letter if ord(c) not in self.node_table})

    def _tables(self, feature_to_idx: dict[str, int]) -> dict[str, dict]:
        tables: dict[str, dict] = {name: {} for name in
                                   _CHAR_TYPES + _BIGRAM_TYPES + ("w-1", "w1", "ww.l", "ww.r")}
        for key, idx in feature_to_idx.items():
            if _PRIVATE_RE.search(key):
                continue      # a raw private-use char in a feature: cannot occur in our nodes
            if key.startswith("ww.l.") or key.startswith("ww.r."):
                pre, sep, post = _to_nodes(key[5:]).partition("*")
                if sep and "*" not in post:
                    tables[key[:4]][(pre, post)] = idx
                continue
            name, _, rest = key.partition(".")
            rest = _to_nodes(rest)
            if name in _CHAR_TYPES and len(rest) == 1:
                tables[name][rest] = idx
            elif name in _BIGRAM_TYPES and len(rest) == 3 and rest[1] == ".":
                tables[name][rest[0] + rest[2]] = idx
            elif name in ("w-1", "w1"):
                tables[name][rest] = idx
        return tables

    def _word_table(self, l: int) -> tuple[np.ndarray, np.ndarray]:
        """Sorted l-gram keys of the vocabulary words of length l, and their ids."""
        words = [w for w in self.vocab if len(w) == l]
        if not words:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        # all words joined: the l-gram starting at each multiple of l is one word
        keys = _ngram_keys(_codes("".join(words)), l)[::l]
        order = np.argsort(keys, kind="stable")
        if np.any(keys[order][1:] == keys[order][:-1]):
            # two words share a hashed key (never seen; 2^-64 odds): stay exact, use pkuseg
            self.usable = False
        ids = np.array([self.vocab[w] for w in words], dtype=np.int64)
        return keys[order], ids[order]

    def _prefix_table(self) -> np.ndarray:
        """Per hashed (char, next char) slot: bit j set where a vocabulary word of length
        word_lengths[j] (2 or more) starts with such a pair. A false positive only costs a
        lookup; a word's start is never missed."""
        table = np.zeros(1 << _PREFIX_BITS, dtype=np.uint32)
        for j, l in enumerate(self.word_lengths):
            words = [w for w in self.vocab if len(w) == l]
            if l >= 2 and words:
                first = np.array([ord(w[0]) for w in words], dtype=np.int64)
                second = np.array([ord(w[1]) for w in words], dtype=np.int64)
                table[_prefix_slot((first << 21) | second)] |= np.uint32(1 << j)
        return table

    def _word_feature_array(self, table: dict[str, int]) -> np.ndarray:
        out = np.full(self.no_word + 1, self.absent, dtype=np.int64)
        for word, idx in table.items():
            if word in self.vocab:
                out[self.vocab[word]] = idx
        return out

    def _pair_table(self, table: dict) -> tuple[np.ndarray, np.ndarray, int]:
        """Sorted pair keys (pre_id * (V+1) + post_id), their feature ids, and the feature
        of (no word, no word), which most positions get."""
        def word_id(word: str) -> int | None:
            return self.no_word if word == _NO_WORD else self.vocab.get(word)

        pairs = {}
        for (pre, post), idx in table.items():
            a, b = word_id(pre), word_id(post)
            if a is not None and b is not None:
                pairs[a * (self.no_word + 1) + b] = idx
        return (*_sorted_table(pairs), pairs.get(self.none_pair, self.absent))

    # -- pkuseg.cut, with the per-piece _cut batched ----------------------------------------
    def cut(self, text: str) -> list[str]:
        return self.cut_many([text])[0]

    def cut_many(self, texts: list[str]) -> list[list[str]]:
        """The words of each text; the pieces of all texts are scored in one batch, which saves
        the per-call numpy overhead on short texts (articles)."""
        if not self.usable:
            return [self.seg.cut(t) for t in texts]
        split: list[list[tuple[str, bool]] | None] = []
        for text in texts:
            if _PRIVATE_RE.search(text):
                split.append(None)      # our node encoding would be ambiguous: pkuseg's own path
                continue
            pieces: list[tuple[str, bool]] = []
            for fragment in text.strip().split():
                parts, is_word, _ = self.seg.preprocesser.solve(fragment)
                pieces.extend(zip(parts, is_word))
            split.append(pieces)
        plain = [p for pieces in split if pieces for p, user_word in pieces if not user_word]
        cut_plain = iter(self.cut_pieces(plain))
        out: list[list[str]] = []
        for text, pieces in zip(texts, split):
            if pieces is None:
                out.append(self.seg.cut(text))
                continue
            words: list[str] = []
            for piece, user_word in pieces:
                if user_word:
                    words.append(piece)
                else:
                    words.extend(self.seg.postprocesser(next(cut_plain)))
            out.append(words)
        return out

    def cut_pieces(self, pieces: list[str]) -> list[list[str]]:
        """Each piece segmented on its own (as pkuseg._cut), scored in one batch."""
        if not pieces:
            return []
        nodes = _SEPARATOR.join(pieces).translate(self.keyword_table)
        if self.normalize_letters:
            nodes = nodes.translate(self.node_table)
        scores = self.node_scores(nodes)
        out, start = [], 0
        for piece in pieces:
            end = start + len(piece)
            _, tags = _inference.run_viterbi(scores[start:end], self.edge)
            starts = self.starts_word[np.asarray(tags, dtype=np.intp)]
            starts[0] = True
            bounds = np.flatnonzero(starts).tolist() + [len(piece)]
            out.append([piece[a:b] for a, b in zip(bounds, bounds[1:])])
            start = end + len(_SEPARATOR)
        return out

    def node_scores(self, t: str) -> np.ndarray:
        """(len(t), n_tag) scores: the features of __get_node_features_idx, in its order."""
        n = len(t)
        W, absent = self.weights, self.absent
        Y = np.zeros((n, W.shape[1]))
        Y += W[self.start_feature]

        codes = _codes(t)
        pairs = (codes[:-1] << 21) | codes[1:]

        def char(name: str, keys: np.ndarray) -> np.ndarray:
            dense = self.dense_tables[name]
            if codes.max(initial=0) < len(dense):
                return dense.take(keys)
            return _lookup(*self.code_tables[name], keys, absent)

        def add(rows: slice, feats: np.ndarray) -> None:
            Y[rows] += W.take(feats, axis=0)   # take: faster than fancy indexing

        left, right, left2 = _lookup_merged(*self.bigram_table, pairs, absent)   # _BIGRAM_TYPES
        add(slice(0, n), char("c", codes))
        add(slice(1, n), char("c-1", codes[:-1]))
        add(slice(1, n), left)
        add(slice(0, n - 1), char("c1", codes[1:]))
        add(slice(0, n - 1), right)
        add(slice(2, n), char("c-2", codes[:-2]))
        add(slice(2, n), left2[:-1])
        add(slice(0, n - 2), char("c2", codes[2:]))
        if self.word_features:
            self._add_word_features(t, codes, Y)
        return Y

    def _word_ids(self, t: str, codes: np.ndarray) -> dict[int, np.ndarray]:
        """ids[l][s]: vocabulary id of the lexicon word t[s:s+l], or no_word (pkuseg: a word
        only when wholly inside the text); one padding entry each side for shifted reads."""
        n, none = len(t), self.no_word
        # where a word of each length may start (its first two chars): only there a lookup
        starts = self.prefix_table.take(_prefix_slot((codes[:-1] << 21) | codes[1:]))
        ids = {}
        for j, l in enumerate(self.word_lengths):
            row = np.full(n + 2, none, dtype=np.int64)
            if n >= l:
                at = np.flatnonzero(starts[:n - l + 1] & np.uint32(1 << j)) if l >= 2 else np.arange(n)
                keys, values = self.word_tables[l]
                found = _lookup(keys, values, _ngram_keys(codes, l).take(at), none)
                if l > 3:   # hashed keys: confirm the (few) hits against the words themselves
                    for k in np.flatnonzero(found != none).tolist():
                        s = int(at[k])
                        if self.words[found[k]] != t[s:s + l]:
                            found[k] = none
                row[1 + at] = found
            ids[l] = row
        return ids

    def _add_word_features(self, t: str, codes: np.ndarray, Y: np.ndarray) -> None:
        n, W = len(t), self.weights
        ids = self._word_ids(t, codes)

        def starting(l: int, shift: int) -> np.ndarray:
            """word of length l starting at i + shift, for every i (no_word outside)."""
            lo, hi = 1 + shift, 1 + shift + n
            if lo >= 0 and hi <= n + 2:
                return ids[l][lo:hi]
            out = np.full(n, self.no_word, dtype=np.int64)
            a, b = max(lo, 0), min(hi, n + 2)
            if a < b:
                out[a - lo:b - lo] = ids[l][a:b]
            return out

        # w-1: the word of length l that ends at i; w1: the one that starts at i (where there is
        # none, one row: added once, times the number of lengths without a word)
        none = self.no_word
        for table, shift_of in ((self.word_end_feature, lambda l: 1 - l), (self.word_start_feature, lambda l: 0)):
            empty = np.full(n, len(self.word_lengths), dtype=np.float64)
            for l in self.word_lengths:
                ids_l = starting(l, shift_of(l))
                idx = np.flatnonzero(ids_l != none)
                if len(idx):
                    Y[idx] += W.take(table.take(ids_l.take(idx)), axis=0)
                    empty[idx] -= 1
            Y += np.outer(empty, W[table[none]])
        # ww.l: (word ending at i-1) x (word starting at i); ww.r: (word ending at i) x
        # (word starting at i+1); each of the 5 x 5 length pairs, no_word included.
        # Words are sparse, so the 25 pairs are summed by kind instead of one pass each:
        # (no word, no word) is one row times the number of such pairs at i; (word, no word)
        # does not depend on the other length: its row times the count of empty lengths on
        # the other side; only pairs of two words need a lookup per pair, where both exist.
        width = none + 1
        for name, pre_shift, post_shift in (("ww.l", 0, 0), ("ww.r", 1, 1)):
            keys, values, both_none = self.pair_tables[name]
            pre = [starting(a, pre_shift - a) for a in self.word_lengths]
            post = [starting(b, post_shift) for b in self.word_lengths]
            pre_real = [np.flatnonzero(p != none) for p in pre]
            post_real = [np.flatnonzero(q != none) for q in post]
            pre_empty = np.full(n, len(pre), dtype=np.float64)
            post_empty = np.full(n, len(post), dtype=np.float64)
            for idx in pre_real:
                pre_empty[idx] -= 1
            for idx in post_real:
                post_empty[idx] -= 1
            Y += np.outer(pre_empty * post_empty, W[both_none])
            for p, idx in zip(pre, pre_real):
                if len(idx):
                    feats = _lookup(keys, values, p[idx] * width + none, self.absent)
                    Y[idx] += W[feats] * post_empty[idx, None]
            for q, idx in zip(post, post_real):
                if len(idx):
                    feats = _lookup(keys, values, none * width + q[idx], self.absent)
                    Y[idx] += W[feats] * pre_empty[idx, None]
            for p, p_idx in zip(pre, pre_real):
                if not len(p_idx):
                    continue
                for q in post:
                    idx = p_idx[q[p_idx] != none]
                    if len(idx):
                        Y[idx] += W[_lookup(keys, values, p[idx] * width + q[idx], self.absent)]


_SEPARATOR = "\ue003\ue003"   # between batched pieces: two, so no c-2 feature crosses


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)


_MIX = np.int64(0x5BD1E995)   # odd multiplier: mixes the first three code points with the rest


def _ngram_keys(codes: np.ndarray, l: int) -> np.ndarray:
    """An int64 key for every l-gram of ``codes`` (len(codes) - l + 1 of them): exact for
    l <= 3 (three 21-bit code points packed), a wrapping hash of two packed parts beyond."""
    def packed(k: int) -> np.ndarray:
        m = len(codes) - k + 1
        out = codes[:m].copy()
        for j in range(1, k):
            out <<= 21
            out |= codes[j:m + j]
        return out

    if l <= 3:
        return packed(l)
    head, tail = packed(3), packed(l - 3)
    m = len(codes) - l + 1
    with np.errstate(over="ignore"):
        return head[:m] * _MIX + tail[3:3 + m]


_PREFIX_BITS = 18


def _prefix_slot(pairs: np.ndarray) -> np.ndarray:
    """Multiplicative hash of packed code point pairs into _PREFIX_BITS bits (wrapping)."""
    mixed = pairs.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    return (mixed >> np.uint64(64 - _PREFIX_BITS)).astype(np.intp)


def _code_key(ngram: str) -> int:
    codes = [ord(c) for c in ngram]
    return codes[0] if len(codes) == 1 else (codes[0] << 21) | codes[1]


def _sorted_table(table: dict[int, int]) -> tuple[np.ndarray, np.ndarray]:
    keys = np.array(sorted(table), dtype=np.int64)
    return keys, np.array([table[k] for k in keys.tolist()], dtype=np.int64)


def _merged_table(tables: list[tuple[np.ndarray, np.ndarray]], absent: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted keys of all the (keys, values) tables, and a (tables, keys) array of their
    values (``absent`` where a table lacks the key)."""
    keys = np.unique(np.concatenate([k for k, _ in tables]))
    values = np.full((len(tables), len(keys)), absent, dtype=np.int64)
    for row, (k, v) in zip(values, tables):
        row[np.searchsorted(keys, k)] = v
    return keys, values


def _lookup_merged(keys: np.ndarray, values: np.ndarray, query: np.ndarray, absent: int) -> np.ndarray:
    """``_lookup`` in each table of a ``_merged_table``: (tables, len(query))."""
    if len(keys) == 0:
        return np.full((len(values), len(query)), absent, dtype=np.int64)
    pos = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
    return np.where(keys.take(pos) == query, values.take(pos, axis=1), absent)


def _lookup(keys: np.ndarray, values: np.ndarray, query: np.ndarray, absent: int) -> np.ndarray:
    """values[keys == q] for each q, or ``absent`` (keys sorted)."""
    if len(keys) == 0:
        return np.full(len(query), absent, dtype=np.int64)
    pos = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
    return np.where(keys.take(pos) == query, values.take(pos), absent)


def _config_of():
    from spacy_pkuseg.config import config

    return config
