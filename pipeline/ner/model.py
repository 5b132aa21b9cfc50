"""Thinc architecture of the char NER tagger: hashed char/bigram/word features -> CNN -> softmax.

Input: a list of (n_chars, N_FEATURES) uint64 arrays (one per text, see features.extract).
Output: a list of (n_chars, n_tags) probability arrays.
"""
from __future__ import annotations

from typing import Callable, List, Optional, Tuple

from spacy import registry
from thinc.api import HashEmbed, Maxout, Model, Softmax, chain, concatenate, expand_window, residual, with_array
from thinc.types import Floats2d, Ints2d


@registry.architectures("union.CharNerIDCNN.v1")
def build_char_ner_idcnn(
    n_tags: int,
    embed_widths: List[int],
    embed_rows: List[int],
    dilations: List[int],
    width: int = 64,
    window: int = 1,
    maxout_pieces: int = 2,
    embed_dropout: float = 0.0,
    dropout: float = 0.1,
) -> Model[List[Ints2d], List[Floats2d]]:
    """The same tagger with dilated convolutions (Strubell et al. 2017, ID-CNN): block i looks
    at chars i +- k*dilations[i] (k <= window), so the receptive field grows with the sum of the
    dilations (1,2,4,8 -> +-15 chars) at the cost of one narrow window per block. Long
    organization names and cue words (记者, 会见, 说) lie outside the +-6 chars of CharNerCNN."""
    return build_char_ner_cnn(n_tags, embed_widths, embed_rows, width=width, depth=len(dilations),
                              window=window, maxout_pieces=maxout_pieces, embed_dropout=embed_dropout,
                              dropout=dropout, dilations=dilations)


@registry.architectures("union.CharNerCNN.v1")
def build_char_ner_cnn(
    n_tags: int,
    embed_widths: List[int],
    embed_rows: List[int],
    width: int = 128,
    depth: int = 3,
    window: int = 1,
    maxout_pieces: int = 2,
    embed_dropout: float = 0.0,
    dropout: float = 0.1,
    dilations: Optional[List[int]] = None,
) -> Model[List[Ints2d], List[Floats2d]]:
    """One HashEmbed table per feature column, concatenated, mixed by a Maxout layer, then
    ``depth`` residual window-CNN blocks (receptive field +-depth*window chars)."""
    if len(embed_widths) != len(embed_rows):
        raise ValueError("embed_widths and embed_rows must have one entry per feature column")
    dilations = list(dilations) if dilations else [1] * depth
    if len(dilations) != depth or min(dilations) < 1:
        raise ValueError("dilations must give one positive dilation per block")
    tables = [
        HashEmbed(nO=w, nV=r, seed=11 + col, column=col, dropout=embed_dropout or None)
        for col, (w, r) in enumerate(zip(embed_widths, embed_rows))
    ]
    mix = Maxout(nO=width, nI=sum(embed_widths), nP=maxout_pieces, normalize=True, dropout=dropout or None)
    embed = chain(concatenate(*tables), mix)
    # the blocks built one by one (the same layers clone() makes) so each is referenced below
    windows = [expand_window(window_size=window) if d == 1 else dilated_window(window, d) for d in dilations]
    maxouts = [Maxout(nO=width, nI=width * (2 * window + 1), nP=maxout_pieces, normalize=True,
                      dropout=dropout or None) for _ in range(depth)]
    blocks = [residual(chain(w, m)) for w, m in zip(windows, maxouts)]
    softmax = Softmax(nO=n_tags, nI=width)
    if depth > 0:
        layers = chain(embed, blocks[0] if depth == 1 else chain(*blocks), softmax)
    else:
        layers = chain(embed, softmax)
    # pad rows between texts: no receptive field reaches the next text
    model = with_array(layers, pad=max(window * sum(dilations), 1))
    model.attrs["n_features"] = len(embed_widths)
    model.attrs["depth"] = depth
    # stable references for the fast inference (ner/fast.py), independent of the layer tree
    for col, table in enumerate(tables):
        model.set_ref(f"embed{col}", _inner(table, "hashembed"))
    for i, wrapped in enumerate([mix, *maxouts]):
        model.set_ref(f"maxout{i}", _inner(wrapped, "maxout"))
        model.set_ref(f"norm{i}", _inner(wrapped, "layernorm"))
    for i, win in enumerate(windows):
        model.set_ref(f"window{i}", win)
    model.set_ref("softmax", softmax)
    return model


@registry.layers("union.dilated_window.v1")
def dilated_window(window_size: int, dilation: int) -> Model[Floats2d, Floats2d]:
    """expand_window with a gap: row i becomes [x(i - w*d) .. x(i) .. x(i + w*d)] in steps of
    ``dilation`` d (rows beyond the ends are zeros). d = 1 is thinc's expand_window."""
    return Model("dilated_window", _dilated_forward, attrs={"window_size": window_size, "dilation": dilation})


def _dilated_offsets(model: Model) -> List[int]:
    w, d = int(model.attrs["window_size"]), int(model.attrs["dilation"])
    return [(k - w) * d for k in range(2 * w + 1)]


def _dilated_forward(model: Model, X: Floats2d, is_train: bool) -> Tuple[Floats2d, Callable]:
    offsets = _dilated_offsets(model)
    n, c = X.shape
    Y = model.ops.alloc2f(n, c * len(offsets))
    for k, off in enumerate(offsets):   # column block k of row i holds x(i + off)
        lo, hi = max(0, -off), min(n, n - off)
        if hi > lo:
            Y[lo:hi, k * c:(k + 1) * c] = X[lo + off:hi + off]

    def backprop(dY: Floats2d) -> Floats2d:
        dX = model.ops.alloc2f(n, c)
        for k, off in enumerate(offsets):
            lo, hi = max(0, -off), min(n, n - off)
            if hi > lo:
                dX[lo + off:hi + off] += dY[lo:hi, k * c:(k + 1) * c]
        return dX

    return Y, backprop


def _inner(wrapped: Model, name: str) -> Model:
    """The one ``name`` node inside a layer thinc wraps (HashEmbed's column getter, Maxout's
    LayerNorm and Dropout)."""
    (node,) = [n for n in wrapped.walk() if n.name == name]
    return node
