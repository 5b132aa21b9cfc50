"""BIOES tag set, constrained Viterbi decoding and tag <-> span conversion.

Hard transition constraints make every decoded sequence well-formed, so spans can be read
off without repair. Viterbi is vectorised over a batch of sequences (loop over positions
only), which keeps decoding cheap in numpy. With 0 / NEG transition scores (hard constraints
only) the best predecessor of a tag is the best *allowed* one, and tags that share the same
allowed predecessors (O, B-*, S-* all follow O/E-*/S-*) share that maximum: ``viterbi_sparse``
computes it once per group, which gives the same paths as ``viterbi_batch`` for less work.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import numpy as np

from ..text.tokens import CharSpan

NEG = -1e9


def make_tags(labels: Sequence[str]) -> list[str]:
    return ["O"] + [f"{p}-{lab}" for lab in labels for p in "BIES"]


def constraints(tags: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(transition[K,K], start[K], end[K]) as 0 (allowed) / NEG (forbidden) scores."""
    k = len(tags)
    trans = np.full((k, k), NEG, dtype=np.float32)
    start = np.full(k, NEG, dtype=np.float32)
    end = np.full(k, NEG, dtype=np.float32)
    for j, t in enumerate(tags):
        p, _, lab = t.partition("-")
        if p in ("O", "B", "S"):
            start[j] = 0
        if p in ("O", "E", "S"):
            end[j] = 0
        for i, f in enumerate(tags):
            fp, _, flab = f.partition("-")
            closed = fp in ("O", "E", "S")
            if p in ("O", "B", "S"):
                ok = closed
            else:  # I or E continue an open entity of the same label
                ok = fp in ("B", "I") and flab == lab
            if ok:
                trans[i, j] = 0
    return trans, start, end


def viterbi_batch(scores: np.ndarray, lengths: np.ndarray, trans: np.ndarray,
                  start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Best tag ids for padded log-scores (B, T, K); positions >= length are ignored."""
    b, t, k = scores.shape
    back = np.zeros((b, t, k), dtype=np.int32)
    delta = scores[:, 0] + start
    rows = np.arange(b)
    for i in range(1, t):
        cand = delta[:, :, None] + trans[None]            # (B, from, to)
        best = cand.argmax(axis=1)
        new = np.take_along_axis(cand, best[:, None, :], axis=1)[:, 0] + scores[:, i]
        active = (i < lengths)[:, None]
        delta = np.where(active, new, delta)
        back[:, i] = best
    delta = delta + end
    path = np.zeros((b, t), dtype=np.int32)
    last = delta.argmax(axis=1)
    for i in range(t - 1, -1, -1):
        # path[:, i+1] already holds the tag after i (or 0 beyond the sequence end)
        from_next = back[rows, i + 1, path[:, i + 1]] if i + 1 < t else 0
        path[:, i] = np.where(i == lengths - 1, last, np.where(i < lengths, from_next, 0))
    return path


def predecessor_groups(trans: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    return _predecessor_groups(trans.shape[0], trans.astype(np.float32).tobytes())


@lru_cache(maxsize=8)
def _predecessor_groups(k: int, data: bytes) -> tuple[np.ndarray, np.ndarray] | None:
    """(F, group) such that tag j's allowed predecessors are F[group[j]] (ascending, padded by
    repeating the last one, which never changes an argmax); None if ``trans`` holds other
    scores than 0 / NEG or a tag has no allowed predecessor (then use ``viterbi_batch``)."""
    trans = np.frombuffer(data, dtype=np.float32).reshape(k, k)
    if not np.all((trans == 0) | (trans == NEG)):
        return None
    sets = [tuple(np.flatnonzero(trans[:, j] == 0).tolist()) for j in range(trans.shape[1])]
    if not all(sets):
        return None
    unique = sorted(set(sets))
    width = max(map(len, unique))
    F = np.array([list(u) + [u[-1]] * (width - len(u)) for u in unique], dtype=np.intp)
    group = np.array([unique.index(u) for u in sets], dtype=np.intp)
    return F, group


def viterbi_sparse(scores: Sequence[np.ndarray], F: np.ndarray, group: np.ndarray,
                   start: np.ndarray, end: np.ndarray) -> list[np.ndarray]:
    """Best tag ids for each (n_i, K) log-score matrix, given ``predecessor_groups``.

    Same result as ``viterbi_batch`` when every tag's best allowed predecessor score is finite
    (true for BIOES after the first position): a forbidden move scores NEG lower, so the
    maximum, and its first index, is always an allowed one. Sequences are sorted by length
    so that at each position the active ones are a prefix of the batch (no masking)."""
    order = sorted(range(len(scores)), key=lambda r: -len(scores[r]))
    lengths = np.array([len(scores[r]) for r in order])
    b, t, k = len(order), int(lengths[0]) if len(order) else 0, len(start)
    if t == 0:
        return [np.zeros(0, dtype=np.int32) for _ in scores]
    S = np.zeros((t, b, k), dtype=np.float32)
    for col, r in enumerate(order):
        S[:len(scores[r]), col] = scores[r]
    n_active = (lengths[None, :] > np.arange(t)[:, None]).sum(axis=1).tolist()
    n_groups, width = F.shape
    if width > 127:
        raise ValueError("too many predecessors per group for int8 back-pointers")
    flat_F = F.reshape(-1)
    back = np.zeros((t, b, n_groups), dtype=np.intp)
    delta = S[0] + start
    for i in range(1, t):
        a = n_active[i]
        cand = delta[:a].take(flat_F, axis=1).reshape(a, n_groups, width)
        cand.argmax(axis=2, out=back[i, :a])
        np.add(np.maximum.reduce(cand, axis=2).take(group, axis=1), S[i, :a], out=delta[:a])
    last = (delta + end).argmax(axis=1).tolist()
    # walk back in plain Python over a bytes copy (indexing bytes makes no objects)
    back_b = back.astype(np.int8).tobytes()
    F_l, group_l = F.tolist(), group.tolist()
    out: list[np.ndarray] = [np.zeros(0, dtype=np.int32)] * len(scores)
    for col, r in enumerate(order):
        n = int(lengths[col])
        path = [0] * n
        tag = last[col]
        for i in range(n - 1, 0, -1):
            path[i] = tag
            g = group_l[tag]
            tag = F_l[g][back_b[(i * b + col) * n_groups + g]]
        path[0] = tag
        out[r] = np.array(path, dtype=np.int32)
    return out


def tags_to_spans(ids: Sequence[int] | np.ndarray, tags: Sequence[str], offset: int = 0) -> list[CharSpan]:
    """Spans of a well-formed BIOES id sequence (vectorised: starts are B/S, ends are E/S)."""
    ids = np.asarray(ids, dtype=np.int64)
    if ids.size == 0:
        return []
    prefix = np.array([t[0] for t in tags])
    labels = [t.partition("-")[2] for t in tags]
    p = prefix[ids]
    starts = np.flatnonzero((p == "B") | (p == "S"))
    ends = np.flatnonzero((p == "E") | (p == "S")) + 1
    if len(starts) != len(ends):   # only for ill-formed input: fall back to pairing in order
        ends = ends[: len(starts)]
        starts = starts[: len(ends)]
    return [(offset + int(s), offset + int(e), labels[ids[s]]) for s, e in zip(starts, ends)]


def spans_to_tag_ids(n: int, spans: Sequence[CharSpan], tags: Sequence[str]) -> np.ndarray:
    index = {t: i for i, t in enumerate(tags)}
    ids = np.zeros(n, dtype=np.int32)
    for s, e, lab in spans:
        if f"B-{lab}" not in index:
            continue
        if e - s == 1:
            ids[s] = index[f"S-{lab}"]
        else:
            ids[s] = index[f"B-{lab}"]
            ids[s + 1:e - 1] = index[f"I-{lab}"]
            ids[e - 1] = index[f"E-{lab}"]
    return ids


def is_valid(ids: Sequence[int], tags: Sequence[str]) -> bool:
    trans, start, end = constraints(tags)
    if len(ids) == 0:
        return True
    if start[ids[0]] < 0 or end[ids[-1]] < 0:
        return False
    return all(trans[a, b] == 0 for a, b in zip(ids[:-1], ids[1:]))


def decode_probs(probs: Sequence[np.ndarray], trans: np.ndarray, start: np.ndarray,
                 end: np.ndarray) -> list[np.ndarray]:
    """Best valid tag ids for each (n_i, K) probability matrix.

    If the per-char argmax sequence already satisfies the constraints it *is* the constrained
    Viterbi optimum, so Viterbi only runs on the (few) sequences where it does not.
    """
    if not probs:
        return []
    lengths = np.array([len(p) for p in probs])
    flat = np.concatenate(probs) if len(probs) > 1 else probs[0]
    best = flat.argmax(axis=1)
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    bad = np.zeros(len(best), dtype=bool)
    if len(best) > 1:
        bad[1:] = trans[best[:-1], best[1:]] < 0
    bad[offsets[:-1][lengths > 0]] = False          # pairs across sequence starts don't count
    starts = offsets[:-1]
    invalid = np.zeros(len(probs), dtype=bool)
    nonempty = lengths > 0
    invalid[nonempty] = (np.add.reduceat(bad, starts[nonempty]) > 0) if bad.size else False
    invalid[nonempty] |= start[best[starts[nonempty]]] < 0
    invalid[nonempty] |= end[best[offsets[1:][nonempty] - 1]] < 0
    paths = [best[s:e] for s, e in zip(offsets[:-1], offsets[1:])]
    redo = np.flatnonzero(invalid)
    groups = predecessor_groups(trans) if len(redo) else None
    if groups is not None:
        logs = [np.log(probs[i] + 1e-8) for i in redo]
        for i, path in zip(redo, viterbi_sparse(logs, *groups, start, end)):
            paths[i] = path
    elif len(redo):
        scores = np.zeros((len(redo), int(lengths[redo].max()), trans.shape[0]), dtype=np.float32)
        for row, i in enumerate(redo):
            scores[row, : lengths[i]] = np.log(probs[i] + 1e-8)
        fixed = viterbi_batch(scores, lengths[redo], trans, start, end)
        for row, i in enumerate(redo):
            paths[i] = fixed[row, : lengths[i]]
    return paths
