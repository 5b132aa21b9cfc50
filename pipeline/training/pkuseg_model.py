"""Post-processing of a trained pkuseg model directory (size reduction).

pkuseg saves ``features.msgpack`` (unigram set, bigram set, feature->idx, tag->idx) and
``weights.npz`` (float64, ``n_tag * (n_feature + n_tag)``: node weights ``w[f * n_tag + t]``
followed by the tag-transition block). Inference only reads ``unigram``, ``feature_to_idx``
and ``tag_to_idx``; ``bigram`` is a training-time set, so it is dropped. Features whose
weights are all ~0 contribute nothing to decoding and are removed (feature id 0 is kept:
pkuseg adds it to every character as a bias).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import srsly


def compact_model(src: str | Path, dst: str | Path, min_abs_weight: float = 0.0) -> dict[str, int]:
    """Write a pruned copy of the pkuseg model in ``src`` to ``dst``; returns feature counts."""
    src, dst = Path(src), Path(dst)
    dst.mkdir(parents=True, exist_ok=True)
    feats = srsly.read_msgpack(src / "features.msgpack")
    npz = np.load(src / "weights.npz")
    n_tag, n_feature = (int(x) for x in npz["sizes"])
    w = npz["w"]
    node = w[: n_feature * n_tag].reshape(n_feature, n_tag)
    trans = w[n_feature * n_tag:]

    keep = np.abs(node).max(axis=1) > min_abs_weight
    keep[0] = True
    new_id = np.cumsum(keep) - 1
    feature_to_idx = {f: int(new_id[i]) for f, i in feats["feature_to_idx"].items() if keep[i]}
    new_w = np.concatenate([node[keep].ravel(), trans]).astype(np.float64)

    srsly.write_msgpack(dst / "features.msgpack", {
        "unigram": feats["unigram"],
        "bigram": [],
        "feature_to_idx": feature_to_idx,
        "tag_to_idx": feats["tag_to_idx"],
    })
    np.savez_compressed(dst / "weights.npz", sizes=np.array([n_tag, int(keep.sum())]), w=new_w)
    return {"features_before": n_feature, "features_after": int(keep.sum())}


def model_size_bytes(model_dir: str | Path) -> int:
    return sum(p.stat().st_size for p in Path(model_dir).iterdir() if p.is_file())
