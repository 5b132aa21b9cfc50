"""Thinc architecture of the char NER tagger: hashed char/bigram/word features -> CNN -> softmax.

Input: a list of (n_chars, N_FEATURES) uint64 arrays (one per text, see features.extract).
Output: a list of (n_chars, n_tags) probability arrays.
"""
from __future__ import annotations

from typing import List

from spacy import registry
from thinc.api import HashEmbed, Maxout, Model, Softmax, chain, concatenate, expand_window, residual, with_array
from thinc.types import Floats2d, Ints2d


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
) -> Model[List[Ints2d], List[Floats2d]]:
    """One HashEmbed table per feature column, concatenated, mixed by a Maxout layer, then
    ``depth`` residual window-CNN blocks (receptive field +-depth*window chars)."""
    if len(embed_widths) != len(embed_rows):
        raise ValueError("embed_widths and embed_rows must have one entry per feature column")
    tables = [
        HashEmbed(nO=w, nV=r, seed=11 + col, column=col, dropout=embed_dropout or None)
        for col, (w, r) in enumerate(zip(embed_widths, embed_rows))
    ]
    mix = Maxout(nO=width, nI=sum(embed_widths), nP=maxout_pieces, normalize=True, dropout=dropout or None)
    embed = chain(concatenate(*tables), mix)
    # the blocks built one by one (the same layers clone() makes) so each is referenced below
    windows = [expand_window(window_size=window) for _ in range(depth)]
    maxouts = [Maxout(nO=width, nI=width * (2 * window + 1), nP=maxout_pieces, normalize=True,
                      dropout=dropout or None) for _ in range(depth)]
    blocks = [residual(chain(w, m)) for w, m in zip(windows, maxouts)]
    softmax = Softmax(nO=n_tags, nI=width)
    if depth > 0:
        layers = chain(embed, blocks[0] if depth == 1 else chain(*blocks), softmax)
    else:
        layers = chain(embed, softmax)
    model = with_array(layers, pad=max(depth * window, 1))
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


def _inner(wrapped: Model, name: str) -> Model:
    """The one ``name`` node inside a layer thinc wraps (HashEmbed's column getter, Maxout's
    LayerNorm and Dropout)."""
    (node,) = [n for n in wrapped.walk() if n.name == name]
    return node
