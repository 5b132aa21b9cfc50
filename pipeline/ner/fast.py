"""Inference-only forward pass of the CharNerCNN model in plain numpy.

Same maths as the thinc model (results agree to float rounding), but faster:
- the first Maxout over the concatenated embeddings is folded into the embedding tables
  (concat(E_i) @ W == sum_i E_i @ W_i), so that layer becomes a table lookup + add;
- matrix products go through numpy's BLAS.
Built from a trained thinc model; nothing extra is stored on disk.
"""
from __future__ import annotations

from typing import List

import numpy as np
from thinc.api import Model, NumpyOps


class FastForward:
    def __init__(self, model: Model) -> None:
        self.ops = NumpyOps()
        nodes = list(model.walk(order="dfs_pre"))
        embeds = [n for n in nodes if n.name == "hashembed"]
        maxouts = [n for n in nodes if n.name == "maxout"]
        norms = [n for n in nodes if n.name == "layernorm"]
        softmax = [n for n in nodes if n.name == "softmax"][-1]
        windows = [n for n in nodes if n.name == "expand_window"]
        self.pad = int(model.attrs.get("pad", 0)) if "pad" in model.attrs else _pad_of(model)
        first = maxouts[0]
        nO, nP, nI = first.get_dim("nO"), first.get_dim("nP"), first.get_dim("nI")
        # rows of W are (output, piece) pairs; reorder to piece-major so maxout is a max over
        # contiguous column blocks instead of a strided reduce
        W = _piece_major(self.ops.to_numpy(first.get_param("W")).reshape(nO * nP, nI), nO, nP)
        self.tables, self.seeds, self.columns = [], [], []
        offset = 0
        for emb in embeds:
            E = self.ops.to_numpy(emb.get_param("E"))
            width = E.shape[1]
            self.tables.append(np.ascontiguousarray(E @ W[:, offset:offset + width].T, dtype=np.float32))
            self.seeds.append(int(emb.attrs["seed"]))
            offset += width
        self.columns = list(range(len(embeds)))
        self.first = (nO, nP, _piece_major(self.ops.to_numpy(first.get_param("b")).reshape(-1, 1), nO, nP)[:, 0])
        self.norms = [(self.ops.to_numpy(n.get_param("G")), self.ops.to_numpy(n.get_param("b"))) for n in norms]
        self.layers = []
        for mo, win in zip(maxouts[1:], windows):
            o, p, i = mo.get_dim("nO"), mo.get_dim("nP"), mo.get_dim("nI")
            Wl = _piece_major(self.ops.to_numpy(mo.get_param("W")).reshape(o * p, i), o, p)
            bl = _piece_major(self.ops.to_numpy(mo.get_param("b")).reshape(-1, 1), o, p)[:, 0]
            window = int(win.attrs["window_size"])
            width = i // (2 * window + 1)
            # input columns are the window positions [x(i-w) .. x(i+w)]: keep one (width, o*p)
            # matrix per position and add the products of shifted inputs (no im2col copy)
            Wk = [np.ascontiguousarray(Wl[:, k * width:(k + 1) * width].T, dtype=np.float32)
                  for k in range(2 * window + 1)]
            self.layers.append((window, Wk, bl, o, p))
        self.out_W = np.ascontiguousarray(self.ops.to_numpy(softmax.get_param("W")).T)
        self.out_b = self.ops.to_numpy(softmax.get_param("b"))

    @staticmethod
    def _norm(X: np.ndarray, G: np.ndarray, b: np.ndarray) -> np.ndarray:
        Xc = X - X.mean(axis=1, keepdims=True)
        var = np.einsum("ij,ij->i", Xc, Xc) / X.shape[1] + 1e-08
        Xc *= (var ** -0.5)[:, None]
        Xc *= G
        Xc += b
        return Xc

    def __call__(self, xs: List[np.ndarray]) -> List[np.ndarray]:
        lengths = [len(x) for x in xs]
        ids = self.ops.flatten(xs, pad=self.pad)
        nO, nP, b = self.first
        H = None
        for col, (table, seed) in enumerate(zip(self.tables, self.seeds)):
            keys = self.ops.hash(np.ascontiguousarray(ids[:, col]), seed) % table.shape[0]
            part = self.ops.gather_add(table, keys)
            H = part if H is None else H + part
        H += b
        H = _maxout(H, nO, nP)
        H = self._norm(H, *self.norms[0])
        n = len(H)
        for (window, Wk, bl, o, p), (G, gb) in zip(self.layers, self.norms[1:]):
            Z = H @ Wk[window]
            Z += bl
            for k in range(2 * window + 1):
                shift = k - window                        # row i takes x(i + shift)
                if shift < 0 and n + shift > 0:
                    Z[-shift:] += H[:n + shift] @ Wk[k]
                elif shift > 0 and n - shift > 0:
                    Z[:n - shift] += H[shift:] @ Wk[k]
            H = H + self._norm(_maxout(Z, o, p), G, gb)
        Y = H @ self.out_W
        Y += self.out_b
        Y -= Y.max(axis=1, keepdims=True)
        np.exp(Y, out=Y)
        Y /= Y.sum(axis=1, keepdims=True)
        return self.ops.unflatten(Y, lengths, pad=self.pad)


def _piece_major(W: np.ndarray, n_out: int, n_pieces: int) -> np.ndarray:
    """Reorder rows from (output, piece) order to (piece, output) order."""
    return np.ascontiguousarray(
        W.reshape(n_out, n_pieces, -1).transpose(1, 0, 2).reshape(n_out * n_pieces, -1), dtype=np.float32)


def _maxout(Z: np.ndarray, n_out: int, n_pieces: int) -> np.ndarray:
    best = Z[:, :n_out].copy()
    for k in range(1, n_pieces):
        np.maximum(best, Z[:, k * n_out:(k + 1) * n_out], out=best)
    return best


def _pad_of(model: Model) -> int:
    """with_array stores its pad in attrs['pad'] (thinc 8); fall back to 0."""
    return int(model.attrs.get("pad", 0))
