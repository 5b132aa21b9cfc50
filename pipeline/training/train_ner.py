"""Train the ``char_ner`` component on MSRA (+ People's Daily 1998, CLUENER2020), keep the best epoch.

    python -m pipeline.training.train_ner --corpora ../shared/corpora --out models/ner \
        [--config configs/train.yaml] [--epochs N] [--max-minutes M] [--init-model DIR] [--no-cluener]

With ``cluener: true`` in the config, CLUENER2020 train (``cluener2020/train.json`` under the
corpora folder, types mapped by ``cluener_labels``, spans of ``cluener_split_admin`` types cut
after leading administrative units, records holding ``cluener_skip_records_with`` types left out, seen ``cluener_repeat`` times an
epoch) is added to the MSRA training blocks; dev stays MSRA-only. With ``pd1998: true`` the People's Daily 1998 paragraphs of days
``pd_train_days`` (nr/ns/nt -> PER/LOC/ORG, see ``pipeline.corpora.pd1998``) are added too, and the
days ``pd_dev_days`` form a second dev set (never trained on; the lexicon is built from
``lexicon_days`` only). PD train paragraphs are featurized with a lexicon built from the *other*
half of the train days (jackknife), so the model never sees a gazetteer that lists every name of
the sentence it learns from: at test time most names are not in the lexicon either.
``dev_split: tail`` makes MSRA dev the last ``dev_fraction`` of the blocks (contiguous, reads
like the official test); ``interleaved`` is every ``dev_every``-th block. The best epoch is the
one with the best mean F1 over the dev sets. ``init_model`` (or --init-model) warm-starts from a saved char_ner pipeline
(its weights and lexicon) instead of a fresh model; with ``rebuild_lexicon: true`` its lexicon is
replaced by one built from ``lexicon_days``.

With ``distill_probs: DIR`` (a teacher's ``teacher_probs.npy`` / ``teacher_lengths.npy``, written
by ``bilstm_experiment --teacher`` on the same config's data) each labelled char's target mixes the
gold tag with the teacher's probabilities, ``distill_weight`` of the teacher's (distillation).

Writes a loadable spaCy pipeline (blank zh + char_ner) to --out after every epoch that improves
dev F1, and ``train_log.jsonl`` with per-epoch dev P/R/F1 per label and chars/s.
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import time
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import spacy
import yaml
from thinc.api import Adam, fix_random_seed

from pipeline.corpora import cluener, msra, pd1998
from pipeline.ner.char_ner import DEFAULT_MODEL, CharNer
from pipeline.ner.decode import spans_to_tag_ids
from pipeline.ner.features import Lexicon, extract
from pipeline.training.ner_eval import format_prf, prf
from pipeline.training.teacher_probs import load_teacher_probs

log = logging.getLogger("train_ner")
Example = tuple[str, list[tuple[int, int, str]]]


def load_config(path: str | Path | None) -> dict[str, Any]:
    if path is None or not Path(path).exists():
        return {}
    return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}


def build_nlp(cfg: dict[str, Any], lexicon: Lexicon | None, sample: Sequence[str]) -> tuple[spacy.Language, CharNer]:
    if cfg.get("init_model"):
        import pipeline.ner  # noqa: F401  (registers the char_ner factory)
        nlp = spacy.load(cfg["init_model"])
        ner = nlp.get_pipe("char_ner")
        if lexicon is not None:   # rebuild_lexicon: the saved lexicon is replaced
            ner.lexicon = lexicon
        return nlp, ner
    override = dict(cfg.get("model") or {})
    # another architecture takes its own arguments: the defaults are CharNerCNN's
    same_arch = override.get("@architectures", DEFAULT_MODEL["@architectures"]) == DEFAULT_MODEL["@architectures"]
    model_cfg = {**DEFAULT_MODEL, **override} if same_arch else {"n_tags": DEFAULT_MODEL["n_tags"], **override}
    nlp = spacy.blank("zh")   # char tokenizer; no pkuseg model needed
    ner: CharNer = nlp.add_pipe("char_ner", config={"model": model_cfg})
    ner.lexicon = lexicon
    ner.model.initialize(X=[ner.featurize(t) for t in sample if t] or [ner.featurize("北京")])
    return nlp, ner


def evaluate(ner: CharNer, feats: list[np.ndarray], examples: list[Example], batch: int = 500) -> tuple[dict, float]:
    texts = [t for t, _ in examples]
    t0 = time.perf_counter()
    preds: list = []
    for i in range(0, len(texts), batch):
        preds.extend(ner._decode(feats[i:i + batch], texts[i:i + batch]))
    secs = time.perf_counter() - t0
    return prf([s for _, s in examples], preds), sum(map(len, texts)) / max(secs, 1e-9)


def training_arrays(train_data: Sequence[Example], lexicon: Lexicon | None,
                    jackknife: Sequence[tuple[Lexicon, list[Example], list[list[tuple[int, int]]]]],
                    tags: Sequence[str]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Features and gold tag ids of every training text, in the one order the CNN, the BiLSTM and
    a teacher's probabilities share: ``train_data`` with ``lexicon``, then each jackknifed People's
    Daily half with the other half's lexicon (module doc), its open ranges left out of the loss (-1)."""
    xs = [extract(t, lexicon) for t, _ in train_data]
    ys = [spans_to_tag_ids(len(t), s, tags) for t, s in train_data]
    for lex, part, unlabelled in jackknife:
        xs += [extract(t, lex) for t, _ in part]
        for (t, s), ranges in zip(part, unlabelled):
            y = spans_to_tag_ids(len(t), s, tags)
            for a, b in ranges:
                y[a:b] = -1
            ys.append(y)
    return xs, ys


def train(cfg: dict[str, Any], train_data: list[Example], devs: dict[str, list[Example]] | list[Example], lexicon: Lexicon | None,
          out: str | Path, jackknife: Sequence[tuple[Lexicon, list[Example], list[list[tuple[int, int]]]]] = ()
          ) -> dict[str, Any]:
    """Train, writing the best-dev pipeline to ``out``. Returns a summary dict. ``devs`` maps a
    name to a dev set (a bare list is one dev set called ``dev``)."""
    if isinstance(devs, list):
        devs = {"dev": devs}
    seed = int(cfg.get("seed", 0))
    fix_random_seed(seed)
    rng = random.Random(seed)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    nlp, ner = build_nlp(cfg, lexicon, [t for t, _ in train_data[:20]])
    t0 = time.perf_counter()
    train_x, train_y = training_arrays(train_data, ner.lexicon, jackknife, ner.tags)
    soft = load_teacher_probs(Path(cfg["distill_probs"]), train_x) if cfg.get("distill_probs") else None
    soft_weight = float(cfg.get("distill_weight", 0.5)) if soft is not None else 0.0
    dev_x = {name: [ner.featurize(t) for t, _ in data] for name, data in devs.items()}
    log.info("features for %d train / %s dev texts in %.1fs", len(train_x),
             {k: len(v) for k, v in dev_x.items()}, time.perf_counter() - t0)
    lr = float(cfg.get("learn_rate", 0.002))
    opt = Adam(lr)
    batch_chars = int(cfg.get("batch_chars", 3000))
    epochs = int(cfg.get("epochs", 10))
    deadline = time.perf_counter() + 60 * float(cfg.get("max_minutes", 1e9))
    best = {"f": -1.0, "epoch": 0}
    log_path = out / "train_log.jsonl"
    started = time.perf_counter()
    order = list(range(len(train_x)))
    for epoch in range(1, epochs + 1):
        rng.shuffle(order)
        e0, n_chars, loss, stopped = time.perf_counter(), 0, 0.0, False
        batch, size = [], 0
        for k, i in enumerate(order):
            batch.append(i)
            size += len(train_x[i])
            if size >= batch_chars or k == len(order) - 1:
                loss += ner.update_arrays([train_x[j] for j in batch], [train_y[j] for j in batch],
                                          drop=float(cfg.get("dropout", 0.1)), sgd=opt,
                                          soft=[soft[j] for j in batch] if soft is not None else None,
                                          soft_weight=soft_weight)
                n_chars += size
                batch, size = [], 0
                if time.perf_counter() > deadline:
                    stopped = True
                    break
        train_secs = time.perf_counter() - e0
        # evaluate and save the optimizer's running parameter averages (Polyak averaging):
        # they generalise better than the last step's weights on this quickly-overfitting model
        with ner.model.use_params(opt.averages):
            ner._fast = None
            all_scores = {name: evaluate(ner, dev_x[name], data) for name, data in devs.items()}
            scores = {name: sc for name, (sc, _) in all_scores.items()}
            dev_cps = min(cps for _, cps in all_scores.values())
            f = sum(sc["ALL"]["f"] for sc in scores.values()) / len(scores)
            if f > best["f"]:
                nlp.to_disk(out)
        ner._fast = None
        record = {"epoch": epoch, "loss_per_char": loss / max(n_chars, 1), "train_chars": n_chars,
                  "train_chars_per_s": n_chars / train_secs, "dev_predict_chars_per_s": dev_cps,
                  "learn_rate": opt.learn_rate, "dev": scores, "minutes": (time.perf_counter() - started) / 60,
                  "partial_epoch": stopped}
        with open(log_path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
        log.info("epoch %d loss/char %.4f train %.0f chars/s dev %s (decode %.0f chars/s)",
                 epoch, record["loss_per_char"], record["train_chars_per_s"],
                 " | ".join(f"{k}: {format_prf(v)}" for k, v in scores.items()), dev_cps)
        if f > best["f"]:
            best = {"f": f, "epoch": epoch, "dev": scores}
            log.info("saved best (F=%.4f) to %s", f, out)
        opt.learn_rate = opt.learn_rate * float(cfg.get("lr_decay", 1.0))
        if stopped:
            log.info("time limit reached")
            break
    best["minutes"] = (time.perf_counter() - started) / 60
    (out / "dev_scores.json").write_text(json.dumps(best, indent=2), encoding="utf-8")
    return best


def _check_pd_days(cfg: dict[str, Any]) -> None:
    """PD dev days must be unseen: neither trained on nor in the lexicon."""
    if not cfg.get("pd_dev_days"):
        return
    first, last = cfg["pd_dev_days"]
    dev = set(range(first, last + 1))
    for key, default in (("pd_train_days", [1, 20]), ("lexicon_days", [1, 31])):
        if key == "pd_train_days" and not cfg.get("pd1998"):
            continue
        a, b = cfg.get(key) or default
        if dev & set(range(a, b + 1)):
            raise ValueError(f"training config: {key} {a}-{b} overlaps pd_dev_days {first}-{last}")


def load_data(cfg: dict[str, Any], corpora: Path, limit: int = 0) -> tuple[list[Example], dict[str, list[Example]],
                                                                   Lexicon | None, list]:
    """Train examples, dev sets, the lexicon (None: keep a warm start's) and the jackknifed People's
    Daily parts, as ``cfg`` asks (module doc); ``limit`` cuts each corpus (smoke runs)."""
    examples = msra.load_examples(msra.default_path(corpora))
    if limit:
        examples = examples[: limit]
    train_data, dev_data = msra.split(examples, cfg)
    log.info("MSRA: %d train blocks (%d chars), %d dev blocks (%d chars)", len(train_data),
             sum(len(t) for t, _ in train_data), len(dev_data), sum(len(t) for t, _ in dev_data))
    if cfg.get("cluener"):
        extra = cluener.load_examples(cfg.get("cluener_path") or cluener.default_path(corpora),
                                      cfg.get("cluener_labels") or cluener.DEFAULT_LABEL_MAP,
                                      cfg.get("cluener_skip_records_with") or (),
                                      cfg.get("cluener_split_admin") or ())
        if limit:
            extra = extra[: limit]
        repeat = int(cfg.get("cluener_repeat", 1))   # modern text: seen this many times an epoch
        train_data = train_data + extra * repeat
        log.info("CLUENER: %d train texts (%d chars) added x%d", len(extra), sum(len(t) for t, _ in extra), repeat)
    devs = {"msra": dev_data}
    _check_pd_days(cfg)
    needs_pd = cfg.get("pd1998") or cfg.get("pd_dev_days") or not cfg.get("init_model") or cfg.get("rebuild_lexicon")
    paragraphs = list(pd1998.iter_paragraphs(pd1998.default_path(corpora))) if needs_pd else []
    min_count = int(cfg.get("lexicon_min_count", 1))
    jackknife: list = []
    if cfg.get("pd1998"):
        first, last = cfg.get("pd_train_days", [1, 20])
        mid = (first + last) // 2
        halves = [pd1998.paragraphs_of_days(paragraphs, first, mid)[: limit or None],
                  pd1998.paragraphs_of_days(paragraphs, mid + 1, last)[: limit or None]]
        names = pd1998.entity_names(halves[0] + halves[1]) if cfg.get("pd_leave_open", True) else set()
        for part, other in ((halves[0], halves[1]), (halves[1], halves[0])):
            ex = pd1998.to_examples(part)
            open_ranges = [pd1998.unlabelled_ranges(p, names) if cfg.get("pd_leave_open", True) else []
                           for p in part]
            jackknife.append((Lexicon.from_pd1998(other, min_count=min_count), ex, open_ranges))
            log.info("PD1998: %d train paragraphs (%d chars) added", len(ex), sum(len(t) for t, _ in ex))
    if cfg.get("pd_dev_days"):
        devs["pd"] = pd1998.to_examples(pd1998.paragraphs_of_days(paragraphs, *cfg["pd_dev_days"]))
        devs["pd"] = devs["pd"][: limit or None]
        log.info("PD1998 dev: %d paragraphs (%d chars)", len(devs["pd"]), sum(len(t) for t, _ in devs["pd"]))
    lexicon = None
    # a warm start keeps the saved model's lexicon unless rebuild_lexicon (e.g. one that never saw
    # the PD dev days: the shipped v2's lexicon held days 1-25)
    if not cfg.get("init_model") or cfg.get("rebuild_lexicon"):
        days = cfg.get("lexicon_days") or [1, 31]
        lexicon = Lexicon.from_pd1998(pd1998.paragraphs_of_days(paragraphs, *days), min_count=min_count)
        log.info("lexicon: %d entries", len(lexicon))
    return train_data, devs, lexicon, jackknife


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", default=None)
    ap.add_argument("--out", default="models/ner")
    ap.add_argument("--config", default="configs/train.yaml")
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--max-minutes", type=float, default=None)
    ap.add_argument("--init-model", default=None, help="warm-start from this saved char_ner pipeline")
    ap.add_argument("--seed", type=int, default=None, help="the config's seed replaced (fine-tunes to average)")
    ap.add_argument("--cluener", dest="cluener", action="store_true", default=None, help="add CLUENER2020 train")
    ap.add_argument("--no-cluener", dest="cluener", action="store_false")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N MSRA blocks (smoke runs)")
    ap.add_argument("--distill-probs", default=None,
                    help="a teacher's folder (bilstm_experiment --teacher): its probabilities as soft targets")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    cfg = load_config(args.config)
    if args.epochs is not None:
        cfg["epochs"] = args.epochs
    if args.max_minutes is not None:
        cfg["max_minutes"] = args.max_minutes
    if args.init_model is not None:
        cfg["init_model"] = args.init_model
    if args.seed is not None:
        cfg["seed"] = args.seed
    if args.cluener is not None:
        cfg["cluener"] = args.cluener
    if args.distill_probs is not None:
        cfg["distill_probs"] = args.distill_probs
    corpora = Path(args.corpora or cfg.get("corpora", "../shared/corpora"))
    train_data, devs, lexicon, jackknife = load_data(cfg, corpora, args.limit)
    best = train(cfg, train_data, devs, lexicon, args.out, jackknife)
    log.info("best epoch %d mean dev F1 %.4f (%.1f min)", best["epoch"], best["f"], best["minutes"])


if __name__ == "__main__":
    main()
