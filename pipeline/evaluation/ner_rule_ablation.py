"""What each NER rule step does, measured on annotated text the rules were not written from.

    python -m pipeline.evaluation.ner_rule_ablation [--sets msra,pd,devset] [--ablate]

* ``msra``: the MSRA dev split (every 20th block, never trained on: ``corpora.msra.split_dev``);
* ``pd``: People's Daily 1998, days 21-25 of ``199801_01-25.txt.gz``, one article a text
  (nr/ns/nt -> PER/LOC/ORG; PD tags bare 省委/国防部 as common nouns, so their ORG is strict);
* ``devset``: ../shared/devset, both layouts, through the whole default pipeline (ablation only:
  the gold lists strings per article, not offsets).

For msra/pd each text goes through the default article pipeline (word segmenter, ``char_ner``,
``entity_rules``); a trace after every step counts the mentions it adds (right / wrong against
the gold spans) and those it deletes (right / wrong). ``--ablate`` also scores the rules with
each step left out (delta F1 against all steps; > 0 means the step costs).
"""
from __future__ import annotations

import argparse
import os
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..config import PipelineConfig

LABELS = ("PER", "LOC", "ORG")


def prf(gold: list[set], pred: list[set]) -> dict[str, tuple[float, float, float]]:
    out = {}
    for label in (*LABELS, "ALL"):
        tp = fp = fn = 0
        for g, p in zip(gold, pred):
            g = {s for s in g if label == "ALL" or s[2] == label}
            p = {s for s in p if label == "ALL" or s[2] == label}
            tp += len(g & p)
            fp += len(p - g)
            fn += len(g - p)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[label] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return out


def msra_texts(corpora: Path, limit: int | None, split: str = "interleaved") -> list[tuple[str, set]]:
    """MSRA dev blocks: ``interleaved`` (every 20th, the shipped v2 model's dev) or ``tail``
    (the last 5%, contiguous: the dev of models trained with ``dev_split: tail``)."""
    from ..corpora import msra
    dev = msra.split(msra.load_examples(msra.default_path(corpora)), {"dev_split": split})[1]
    return [(t, {tuple(s) for s in spans}) for t, spans in dev[:limit]]


def pd_texts(corpora: Path, limit: int | None, days: tuple[int, int] = (21, 25),
             abbreviations: str = "") -> list[tuple[str, set]]:
    """PD articles with their gold spans; with ``abbreviations``, the one-character place
    abbreviations PD tags j (在京, 中美) are LOC as the guideline makes them."""
    from ..corpora import pd1998
    out = []
    paras = pd1998.paragraphs_of_days(pd1998.iter_paragraphs(pd1998.default_path(corpora)), *days)
    for article in pd1998.iter_articles(paras):
        text, gold, offset = [], set(), 0
        for para in article:
            gold |= {(s + offset, e + offset, lab) for s, e, lab in para.entities()}
            pos = offset
            for tok in para.tokens:
                if abbreviations and tok.pos == "j" and tok.compound is None and len(tok.word) <= 3 \
                        and all(ch in abbreviations for ch in tok.word):
                    gold |= {(pos + i, pos + i + 1, "LOC") for i in range(len(tok.word))}
                pos += len(tok.word)
            text.append(para.text)
            offset += len(para.text) + 1
        out.append(("\n".join(text), gold))
        if limit and len(out) >= limit:
            break
    return out


class Runner:
    """The default article pipeline, split at the rules: model docs once, rules many times."""

    def __init__(self, config: PipelineConfig | str | None = None):
        from ..builder import build_article_nlp
        self.nlp = build_article_nlp(config, stages=["ner"])
        self.rules = self.nlp.get_pipe("entity_rules")
        self.all_steps = list(self.rules.steps)
        self.before = [(n, p) for n, p in self.nlp.pipeline if n != "entity_rules"]

    def model_docs(self, texts: list[str]):
        docs = list(self.nlp.tokenizer.pipe(texts))
        for _, proc in self.before:
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        return docs

    def rule_spans(self, docs, steps=None, trace=None) -> list[set]:
        from ..article_doc import listed_spans
        self.rules.steps = self.all_steps if steps is None else steps
        self.rules.trace = trace
        try:
            return [set(listed_spans(self.rules(d.copy()))) for d in docs]
        finally:
            self.rules.steps, self.rules.trace = self.all_steps, None


def measure_corpus(runner: Runner, name: str, data: list[tuple[str, set]], ablate: bool,
                   show: str | None = None) -> None:
    from ..article_doc import entity_char_spans
    texts, gold = [t for t, _ in data], [g for _, g in data]
    docs = runner.model_docs(texts)
    model = [set(map(tuple, entity_char_spans(d))) for d in docs]
    effects: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    current: dict = {}

    def trace(step, before, after):
        b, a = set(map(tuple, before)), set(map(tuple, after))
        g = current["gold"]
        e = effects[step]
        e[0] += len((a - b) & g)
        e[1] += len((a - b) - g)
        e[2] += len((b - a) & g)
        e[3] += len((b - a) - g)
        if step == show and a != b:
            text = current["text"]
            mark = lambda spans: " ".join(f"{text[s:e]}/{lab}{'+' if (s, e, lab) in g else '-'}" for s, e, lab in sorted(spans))
            print(f"[{step}] removed: {mark(b - a)} | added: {mark(a - b)} | {text[max(0, min(s for s, _, _ in a ^ b) - 12):max(e for _, e, _ in a ^ b) + 12]!r}")

    full = []
    for doc, g, text in zip(docs, gold, texts):
        current["gold"], current["text"] = g, text
        full.extend(runner.rule_spans([doc], trace=trace))
    print(f"\n## {name}: {len(texts)} texts, {sum(map(len, texts))} chars, {sum(map(len, gold))} gold mentions")
    _print_scores("model alone", prf(gold, model))
    base = prf(gold, full)
    _print_scores("model + rules", base)
    print(f"{'step':28s} {'+right':>7s} {'+wrong':>7s} {'-right':>7s} {'-wrong':>7s}  net"
          + ("   dF1 without (ALL PER LOC ORG)" if ablate else ""))
    seen = set()
    for i, (step, _) in enumerate(runner.all_steps):
        key = step if step not in seen else f"{step}#2"
        seen.add(step)
        e = effects[step] if key == step else [0, 0, 0, 0]
        line = f"{key:28s} {e[0]:7d} {e[1]:7d} {e[2]:7d} {e[3]:7d} {e[0] - e[2]:+5d}"
        if ablate:
            steps = runner.all_steps[:i] + runner.all_steps[i + 1:]
            sc = prf(gold, runner.rule_spans(docs, steps))
            line += "   " + " ".join(f"{sc[l][2] - base[l][2]:+.4f}" for l in ("ALL", *LABELS))
        print(line, flush=True)


def _print_scores(title: str, scores) -> None:
    print(f"{title:16s} " + "  ".join(f"{l} P {p:.3f} R {r:.3f} F {f:.4f}" for l, (p, r, f) in scores.items()))


def measure_devset(devset: Path, ablate: bool, config: PipelineConfig | str | None = None) -> None:
    from ..runner import Extractor
    from .score import score_dir
    ex = Extractor(config)
    rules = ex.nlp.get_pipe("entity_rules")
    all_steps = list(rules.steps)
    layouts = [("pages", devset / "pages", devset / "gold"),
               ("articles", devset / "articles" / "pages", devset / "articles" / "gold")]

    def run(steps) -> dict[str, dict[str, float]]:
        rules.steps = steps
        out = {}
        for name, pages, gold in layouts:
            with tempfile.TemporaryDirectory() as tmp:
                ex.extract([pages], tmp, progress=False)
                m = score_dir(tmp, gold)["metrics"]
            out[name] = {l: m[f"ner_{l}"]["f1"] for l in ("all", "PER", "LOC", "ORG")}
        return out

    base = run(all_steps)
    print("\n## devset (F1, pages | articles): " + " | ".join(
        " ".join(f"{l} {v:.3f}" for l, v in base[name].items()) for name, _, _ in layouts))
    if not ablate:
        return
    print(f"{'step left out':28s} dF1 pages (all PER LOC ORG) | articles (all PER LOC ORG); > 0: the step costs")
    for i, (step, _) in enumerate(all_steps):
        sc = run(all_steps[:i] + all_steps[i + 1:])
        print(f"{step:28s} " + " | ".join(" ".join(f"{sc[n][l] - base[n][l]:+.3f}" for l in base[n])
                                          for n, _, _ in layouts), flush=True)
    rules.steps = all_steps


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="msra,pd,devset")
    ap.add_argument("--config", default=None, help="pipeline config (default configs/default.yaml): e.g. another NER model")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="replace one key of the config (e.g. ner.model=build/pd-eval/ner: the model with an honest lexicon)")
    ap.add_argument("--msra-split", default="interleaved", choices=["interleaved", "tail"],
                    help="MSRA dev blocks: the split the model was trained with")
    ap.add_argument("--corpora", default="../shared/corpora", type=Path)
    ap.add_argument("--devset", default="../shared/devset", type=Path)
    ap.add_argument("--limit", type=int, default=None, help="at most this many texts per corpus")
    ap.add_argument("--ablate", action="store_true", help="also score with each step left out")
    ap.add_argument("--pd-abbreviations-as-loc", action="store_true",
                    help="score PD's j-tagged one-character place abbreviations as LOC (the guideline's convention)")
    ap.add_argument("--show", default=None, help="print each change this step makes (+: the mention is in the gold)")
    args = ap.parse_args(argv)
    from ..config import ConfigError, load_config, parse_overrides
    try:
        args.config = load_config(args.config, parse_overrides(args.set))
    except ConfigError as exc:
        ap.error(str(exc))
    sets = args.sets.split(",")
    if "devset" in sets:
        measure_devset(args.devset, args.ablate, args.config)
    if {"msra", "pd"} & set(sets):
        runner = Runner(args.config)
        if "msra" in sets:
            measure_corpus(runner, f"MSRA dev ({args.msra_split})", msra_texts(args.corpora, args.limit, args.msra_split),
                           args.ablate, args.show)
        if "pd" in sets:
            abbr = runner.rules.tables.conventions.place_abbreviations if args.pd_abbreviations_as_loc else ""
            measure_corpus(runner, "People's Daily 1998, 21-25 Jan" + (" (j abbreviations as LOC)" if abbr else ""),
                           pd_texts(args.corpora, args.limit, abbreviations=abbr), args.ablate, args.show)


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    main()
