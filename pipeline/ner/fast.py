"""Inference-only forward pass of the CharNerCNN model in plain numpy.

Same maths as the thinc model (results agree to float rounding, ~1e-6), but faster:
- the first Maxout over the concatenated embeddings is split by table
  (concat(E_i) @ W == sum_i E_i @ W_i), and each distinct feature id is hashed, its 4 rows
  summed and multiplied by W_i once per call (``np.unique``): chars, shapes and words repeat
  a lot within a page; char/shape rows are even kept across calls (``DenseRowCache``);
- rows are gathered with ``ndarray.take`` (thinc's ``gather_add`` makes one BLAS call per row);
- after the first layer the activations are kept channels-first, (width, n): the window CNN is
  one (2*width, 5*width) @ (5*width, n) product per block of columns (im2col), and maxout /
  LayerNorm become whole-row operations on long contiguous vectors (numpy is slow on many
  short rows);
- work is done in blocks of columns so the temporaries stay in cache.
Built from a trained thinc model; nothing extra is stored on disk.
"""
from __future__ import annotations

from typing import Callable, List

import numpy as np
from thinc.api import Model, NumpyOps

_BLOCK = 2048           # columns (chars) per block of the CNN: temporaries stay in L2
_DEDUP_MIN_ROWS = 64    # below this a column is looked up directly (np.unique costs more)


class FastForward:
    def __init__(self, model: Model, dense_ids: dict[int, int] | None = None) -> None:
        """``dense_ids``: feature column -> bound of its ids, for columns with small ids
        (chars, shapes): their first-layer rows are kept across calls (``DenseRowCache``)."""
        self.ops = NumpyOps()
        # the layers by the references the architecture sets (ner/model.py)
        depth = int(model.attrs["depth"])
        embeds = [model.get_ref(f"embed{col}") for col in range(int(model.attrs["n_features"]))]
        maxouts = [model.get_ref(f"maxout{i}") for i in range(depth + 1)]
        norms = [model.get_ref(f"norm{i}") for i in range(depth + 1)]
        softmax = model.get_ref("softmax")
        windows = [model.get_ref(f"window{i}") for i in range(depth)]
        self.pad = _pad_of(model)
        first = maxouts[0]
        nO, nP, nI = first.get_dim("nO"), first.get_dim("nP"), first.get_dim("nI")
        # rows of W are (output, piece) pairs; reorder to piece-major so maxout is a max over
        # contiguous column blocks instead of a strided reduce
        W = _piece_major(self.ops.to_numpy(first.get_param("W")).reshape(nO * nP, nI), nO, nP)
        self.tables: list[np.ndarray] = []   # HashEmbed tables as they are (small rows)
        self.mix: list[np.ndarray] = []      # each table's slice of the first Maxout's W
        self.seeds: list[int] = []
        offset = 0
        for emb in embeds:
            E = self.ops.to_numpy(emb.get_param("E"))
            width = E.shape[1]
            self.tables.append(np.ascontiguousarray(E, dtype=np.float32))
            self.mix.append(np.ascontiguousarray(W[:, offset:offset + width].T, dtype=np.float32))
            self.seeds.append(int(emb.attrs["seed"]))
            offset += width
        self.width, self.pieces = nO, nP
        self.first_b = _piece_major(self.ops.to_numpy(first.get_param("b")).reshape(-1, 1), nO, nP)[:, 0]
        self.norms = [(_col(n.get_param("G")), _col(n.get_param("b"))) for n in norms]
        self.layers: list[tuple[int, int, np.ndarray, np.ndarray, int, int]] = []
        for mo, win in zip(maxouts[1:], windows):
            o, p, i = mo.get_dim("nO"), mo.get_dim("nP"), mo.get_dim("nI")
            Wl = _piece_major(self.ops.to_numpy(mo.get_param("W")).reshape(o * p, i), o, p)
            bl = _piece_major(self.ops.to_numpy(mo.get_param("b")).reshape(-1, 1), o, p)
            window, dilation = int(win.attrs["window_size"]), int(win.attrs.get("dilation", 1))
            # input columns are the window positions [x(i-w*d), x(i-(w-1)*d) .. x(i+w*d)], width each
            self.layers.append((window, dilation, np.ascontiguousarray(Wl, dtype=np.float32),
                                bl.astype(np.float32), o, p))
        self.out_W = np.ascontiguousarray(self.ops.to_numpy(softmax.get_param("W")), dtype=np.float32)
        self.out_b = _col(softmax.get_param("b"))
        self.caches = {col: DenseRowCache(limit, nO * nP) for col, limit in (dense_ids or {}).items()
                       if col < len(self.tables)}

    # ---- first layer: folded embeddings + maxout, rows -> channels-first ----------------------
    def _lookup(self, col: int, ids: np.ndarray) -> np.ndarray:
        """Contribution of column ``col`` to the first Maxout's input for each id: the sum of
        its 4 hashed table rows (thinc HashEmbed) times that table's slice of W."""
        table = self.tables[col]
        keys = self.ops.hash(ids, self.seeds[col]) % np.uint32(table.shape[0])
        keys = keys.T.astype(np.intp)
        out = table.take(keys[0], axis=0)
        for k in keys[1:]:
            out += table.take(k, axis=0)
        return out @ self.mix[col]

    def _embed(self, ids: np.ndarray) -> np.ndarray:
        H = None
        for col in range(len(self.tables)):
            column = np.ascontiguousarray(ids[:, col])
            cache = self.caches.get(col)
            part = cache.lookup(column, lambda new: self._lookup(col, new)) if cache else None
            if part is None and len(column) >= _DEDUP_MIN_ROWS:
                uniq, inverse = np.unique(column, return_inverse=True)
                part = self._lookup(col, uniq).take(inverse.reshape(-1), axis=0)
            elif part is None:
                part = self._lookup(col, column)
            if H is None:
                H = part
            else:
                H += part
        H += self.first_b
        n_out = self.width
        best = H[:, :n_out]
        for k in range(1, self.pieces):
            best = np.maximum(best, H[:, k * n_out:(k + 1) * n_out])
        return np.ascontiguousarray(best.T)

    @staticmethod
    def _norm(X: np.ndarray, G: np.ndarray, b: np.ndarray) -> np.ndarray:
        """LayerNorm over the channels (axis 0) of a channels-first block, in place."""
        mean = np.add.reduce(X, axis=0)
        mean *= np.float32(1.0 / X.shape[0])
        X -= mean
        var = np.add.reduce(np.square(X), axis=0)
        var *= np.float32(1.0 / X.shape[0])
        var += np.float32(1e-08)
        X *= var ** np.float32(-0.5)
        X *= G
        X += b
        return X

    def _cnn_layer(self, H: np.ndarray, layer: tuple, norm: tuple) -> np.ndarray:
        """One residual block: H + LayerNorm(maxout(window conv(H))), channels-first.

        The window is unrolled (im2col) into a (positions * width, m) block of columns, so
        the convolution is one product with K = 5 * 64 (what thinc's expand_window does, or
        model.dilated_window with dilation d); columns beyond the ends of H are zeros."""
        window, dilation, W, bl, o, p = layer
        G, gb = norm
        c, n = H.shape
        span = 2 * window + 1
        out = np.empty_like(H)
        X = np.empty((span * c, min(n, _BLOCK)), dtype=np.float32)
        for a in range(0, n, _BLOCK):
            m = min(n, a + _BLOCK) - a
            for k in range(span):                       # column i takes x(i + (k - window) * d)
                lo = a + (k - window) * dilation
                hi = lo + m
                rows = X[k * c:(k + 1) * c]
                if lo < 0 or hi > n:
                    rows[:, :m] = 0
                first, last = max(0, -lo), m - max(0, hi - n)   # the columns inside H
                if last > first:
                    rows[:, first:last] = H[:, lo + first:lo + last]
            Z = W @ X[:, :m]
            Z += bl
            out[:, a:a + m] = self._norm(_maxout(Z, o, p), G, gb)
        out += H
        return out

    def __call__(self, xs: List[np.ndarray]) -> List[np.ndarray]:
        lengths = [len(x) for x in xs]
        ids = self.ops.flatten(xs, pad=self.pad)
        H = self._embed(ids)
        H = self._norm(H, *self.norms[0])
        for layer, norm in zip(self.layers, self.norms[1:]):
            H = self._cnn_layer(H, layer, norm)
        Y = self.out_W @ H
        Y += self.out_b
        Y -= Y.max(axis=0)
        np.exp(Y, out=Y)
        Y /= Y.sum(axis=0)
        return self.ops.unflatten(np.ascontiguousarray(Y.T), lengths, pad=self.pad)


class DenseRowCache:
    """First-layer rows of one feature column whose ids are small ints (< ``limit``), computed
    once per id and kept: chars and shapes recur on every page, so most rows then cost one
    ``take`` instead of np.unique + murmurhash + 4 random table rows. Bounded: when
    ``max_rows`` distinct ids were seen the cache starts over."""

    def __init__(self, limit: int, width: int, max_rows: int = 1 << 15) -> None:
        self.slot = np.full(limit, -1, dtype=np.int32)
        self.rows = np.empty((256, width), dtype=np.float32)
        self.count = 0
        self.max_rows = max_rows

    def lookup(self, ids: np.ndarray, compute: Callable[[np.ndarray], np.ndarray]) -> np.ndarray | None:
        """Rows for ``ids`` (``compute(new_ids)`` fills the missing ones); None if an id is
        out of range or the call alone has too many distinct ids (caller computes them)."""
        if not len(ids) or int(ids.max()) >= len(self.slot):
            return None
        index = ids.astype(np.intp)
        slot = self.slot.take(index)
        missing = slot < 0
        if missing.any():
            new = np.unique(index[missing])
            if self.count + len(new) > self.max_rows:
                self.slot.fill(-1)
                self.count = 0
                new = np.unique(index)
                if len(new) > self.max_rows:
                    return None
            end = self.count + len(new)
            if end > len(self.rows):
                grown = np.empty((min(self.max_rows, max(end, 2 * len(self.rows))), self.rows.shape[1]),
                                 dtype=np.float32)
                grown[:self.count] = self.rows[:self.count]
                self.rows = grown
            self.rows[self.count:end] = compute(new.astype(np.uint64))
            self.slot[new] = np.arange(self.count, end, dtype=np.int32)
            self.count = end
            slot = self.slot.take(index)
        return self.rows.take(slot, axis=0)


def _col(param) -> np.ndarray:
    """A bias/gain vector as a float32 column, to broadcast over channels-first arrays."""
    return np.asarray(param, dtype=np.float32).reshape(-1, 1)


def _piece_major(W: np.ndarray, n_out: int, n_pieces: int) -> np.ndarray:
    """Reorder rows from (output, piece) order to (piece, output) order."""
    return np.ascontiguousarray(
        W.reshape(n_out, n_pieces, -1).transpose(1, 0, 2).reshape(n_out * n_pieces, -1), dtype=np.float32)


def _maxout(Z: np.ndarray, n_out: int, n_pieces: int) -> np.ndarray:
    """Max over the pieces of a channels-first (n_pieces * n_out, n) array."""
    best = np.maximum(Z[:n_out], Z[n_out:2 * n_out]) if n_pieces > 1 else Z[:n_out].copy()
    for k in range(2, n_pieces):
        np.maximum(best, Z[k * n_out:(k + 1) * n_out], out=best)
    return best


def _pad_of(model: Model) -> int:
    """with_array stores its pad in attrs['pad'] (thinc 8); fall back to 0."""
    return int(model.attrs.get("pad", 0))
