"""Average the weights of char_ner models fine-tuned from one start (a "model soup").

    python -m pipeline.training.average_models --models DIR_SEED0 DIR_SEED1 DIR_SEED2 --out DIR

Fine-tunes of one warm start that differ only in their seed (data order, dropout) stay in one basin
of the loss, so the mean of their weights is a model of its own (Wortsman et al. 2022, "Model
soups"). Measured on v4's recipe, seeds 0-2 (models/ner/MODEL_CARD.md): above each seed on MSRA,
between them on People's Daily, below the shipped seed on the devset; not shipped. The averaged
model keeps the first model's lexicon, vocabulary and settings; the others must have the same
architecture and labels.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Sequence

import spacy

import pipeline.ner  # noqa: F401  (registers the char_ner factory)


def average_models(models: Sequence[Path], out: Path) -> int:
    """Write to ``out`` the first of ``models`` with every weight the mean over all of them;
    returns the number of weights averaged. Raises ValueError, naming the model, where one
    does not match the first (labels, layers or shapes)."""
    if len(models) < 2:
        raise ValueError(f"average_models: {len(models)} model(s) given, at least two needed")
    nlps = [spacy.load(path) for path in models]
    ners = [nlp.get_pipe("char_ner") for nlp in nlps]
    first_nodes = list(ners[0].model.walk())
    others = []
    for path, ner in zip(models[1:], ners[1:]):
        nodes = list(ner.model.walk())
        if ner.labels != ners[0].labels or [n.name for n in nodes] != [n.name for n in first_nodes]:
            raise ValueError(f"{path}: not the architecture or labels of {models[0]}")
        others.append(nodes)
    params = [(node, name, [node.get_param(name)] + [nodes[i].get_param(name) for nodes in others])
              for i, node in enumerate(first_nodes) for name in node.param_names if node.has_param(name)]
    for node, name, values in params:   # every shape checked before any weight changes
        for path, value in zip(models, values):
            if value.shape != values[0].shape:
                raise ValueError(f"{path}: {node.name}.{name} has shape {value.shape}, "
                                 f"{models[0]} has {values[0].shape}")
    for node, name, values in params:
        node.set_param(name, sum(values) / len(values))
    nlps[0].to_disk(out)
    return sum(int(values[0].size) for _, _, values in params)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", nargs="+", required=True, help="saved char_ner pipelines, one warm start")
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    count = average_models([Path(m) for m in args.models], Path(args.out))
    print(f"{args.out}: mean of {len(args.models)} models, {count} weights")


if __name__ == "__main__":
    main()
