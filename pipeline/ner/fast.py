"""Inference-only forward pass of the CharNerCNN model in plain numpy.

Same maths as the thinc model (results agree to float rounding, ~1e-6), but faster:
- the first Maxout over the concatenated embeddings is folded into the embedding tables
  (concat(E_i) @ W == sum_i E_i @ W_i), so that layer becomes a table lookup + add;
- each distinct feature id is hashed and looked up once per call (``np.unique``): chars,
  shapes and words repeat a lot within a page;
- rows are gathered with ``ndarray.take`` (thinc's ``gather_add`` makes one BLAS call per row);
- after the first layer the activations are kept channels-first, (width, n): the window CNN is
  one (5*2*width, width) @ (width, n) product per block of columns plus shifted adds, and
  maxout / LayerNorm become whole-row operations on long contiguous vectors (numpy is slow
  on many short rows);
- work is done in blocks of columns so the temporaries stay in cache.
Built from a trained thinc model; nothing extra is stored on disk.
"""
from __future__ import annotations

from typing import List

import numpy as np
from thinc.api import Model, NumpyOps

_BLOCK = 1024           # columns (chars) per block of the CNN: temporaries stay in L2
_DEDUP_MIN_ROWS = 64    # below this a column is looked up directly (np.unique costs more)


class FastForward:
    def __init__(self, model: Model) -> None:
        self.ops = NumpyOps()
        nodes = list(model.walk(order="dfs_pre"))
        embeds = [n for n in nodes if n.name == "hashembed"]
        maxouts = [n for n in nodes if n.name == "maxout"]
        norms = [n for n in nodes if n.name == "layernorm"]
        softmax = [n for n in nodes if n.name == "softmax"][-1]
        windows = [n for n in nodes if n.name == "expand_window"]
        self.pad = _pad_of(model)
        first = maxouts[0]
        nO, nP, nI = first.get_dim("nO"), first.get_dim("nP"), first.get_dim("nI")
        # rows of W are (output, piece) pairs; reorder to piece-major so maxout is a max over
        # contiguous column blocks instead of a strided reduce
        W = _piece_major(self.ops.to_numpy(first.get_param("W")).reshape(nO * nP, nI), nO, nP)
        self.tables: list[np.ndarray] = []
        self.seeds: list[int] = []
        offset = 0
        for emb in embeds:
            E = self.ops.to_numpy(emb.get_param("E"))
            width = E.shape[1]
            self.tables.append(np.ascontiguousarray(E @ W[:, offset:offset + width].T, dtype=np.float32))
            self.seeds.append(int(emb.attrs["seed"]))
            offset += width
        self.width, self.pieces = nO, nP
        self.first_b = _piece_major(self.ops.to_numpy(first.get_param("b")).reshape(-1, 1), nO, nP)[:, 0]
        self.norms = [(_col(n.get_param("G")), _col(n.get_param("b"))) for n in norms]
        self.layers: list[tuple[int, np.ndarray, np.ndarray, int, int]] = []
        for mo, win in zip(maxouts[1:], windows):
            o, p, i = mo.get_dim("nO"), mo.get_dim("nP"), mo.get_dim("nI")
            Wl = _piece_major(self.ops.to_numpy(mo.get_param("W")).reshape(o * p, i), o, p)
            bl = _piece_major(self.ops.to_numpy(mo.get_param("b")).reshape(-1, 1), o, p)
            window = int(win.attrs["window_size"])
            width = i // (2 * window + 1)
            # input columns are the window positions [x(i-w) .. x(i+w)]: stack the per-position
            # (o*p, width) matrices so one product gives every position's contribution
            Wk = np.concatenate([Wl[:, k * width:(k + 1) * width] for k in range(2 * window + 1)])
            self.layers.append((window, np.ascontiguousarray(Wk, dtype=np.float32),
                                bl.astype(np.float32), o, p))
        self.out_W = np.ascontiguousarray(self.ops.to_numpy(softmax.get_param("W")), dtype=np.float32)
        self.out_b = _col(softmax.get_param("b"))

    # ---- first layer: folded embeddings + maxout, rows -> channels-first ----------------------
    def _lookup(self, col: int, ids: np.ndarray) -> np.ndarray:
        """Sum of the 4 hashed rows of table ``col`` for each id (thinc HashEmbed + fold)."""
        table = self.tables[col]
        keys = self.ops.hash(ids, self.seeds[col]) % np.uint32(table.shape[0])
        keys = keys.T.astype(np.intp)
        out = table.take(keys[0], axis=0)
        for k in keys[1:]:
            out += table.take(k, axis=0)
        return out

    def _embed(self, ids: np.ndarray) -> np.ndarray:
        H = None
        for col in range(len(self.tables)):
            column = np.ascontiguousarray(ids[:, col])
            if len(column) >= _DEDUP_MIN_ROWS:
                uniq, inverse = np.unique(column, return_inverse=True)
                part = self._lookup(col, uniq).take(inverse.reshape(-1), axis=0)
            else:
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
        X -= X.mean(axis=0)
        var = np.square(X).mean(axis=0)
        var += 1e-08
        X *= var ** -0.5
        X *= G
        X += b
        return X

    def _cnn_layer(self, H: np.ndarray, layer: tuple, norm: tuple) -> np.ndarray:
        """One residual block: H + LayerNorm(maxout(window conv(H))), channels-first."""
        window, Wk, bl, o, p = layer
        G, gb = norm
        c, n = H.shape
        Hp = np.zeros((c, n + 2 * window), dtype=np.float32)   # zero rows beyond both ends
        Hp[:, window:window + n] = H
        out = np.empty_like(H)
        rows = o * p
        for a in range(0, n, _BLOCK):
            b = min(n, a + _BLOCK)
            P = Wk @ Hp[:, a:b + 2 * window]                  # (positions * rows, m + 2w)
            m = b - a
            Z = P[window * rows:(window + 1) * rows, window:window + m] + bl
            for k in range(2 * window + 1):
                if k != window:                                  # column i takes x(i + k - w)
                    Z += P[k * rows:(k + 1) * rows, k:k + m]
            out[:, a:b] = self._norm(_maxout(Z, o, p), G, gb)
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


def _col(param) -> np.ndarray:
    """A bias/gain vector as a float32 column, to broadcast over channels-first arrays."""
    return np.asarray(param, dtype=np.float32).reshape(-1, 1)


def _piece_major(W: np.ndarray, n_out: int, n_pieces: int) -> np.ndarray:
    """Reorder rows from (output, piece) order to (piece, output) order."""
    return np.ascontiguousarray(
        W.reshape(n_out, n_pieces, -1).transpose(1, 0, 2).reshape(n_out * n_pieces, -1), dtype=np.float32)


def _maxout(Z: np.ndarray, n_out: int, n_pieces: int) -> np.ndarray:
    """Max over the pieces of a channels-first (n_pieces * n_out, n) array."""
    best = Z[:n_out].copy()
    for k in range(1, n_pieces):
        np.maximum(best, Z[k * n_out:(k + 1) * n_out], out=best)
    return best


def _pad_of(model: Model) -> int:
    """with_array stores its pad in attrs['pad'] (thinc 8); fall back to 0."""
    return int(model.attrs.get("pad", 0))
