"""``char_ner``: a trainable spaCy component that tags characters with BIOES x {PER, LOC, ORG}.

Works on any tokenization: features are computed per character of ``doc.text``, entity
spans are predicted at character level, decoded with constrained Viterbi, then put on the
Doc by ``align.set_char_entities`` (splitting tokens where a boundary falls inside one).
``predict_spans(texts)`` gives the spans without any Doc overhead.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np
from spacy import util
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc
from spacy.training import Example, validate_examples
from spacy.vocab import Vocab
from thinc.api import Config, Model, Optimizer, set_dropout_rate

from . import model as _model  # noqa: F401  (registers the architecture)
from ..article_doc import doc_text
from ..serialize import SerializedComponent, Serializers
from ..text.chars import SENT_END
from ..text.tokens import CharSpan
from .align import set_char_entities
from .fast import FastForward
from .decode import constraints, decode_probs, make_tags, spans_to_tag_ids
from .features import DENSE_ID_LIMITS, Lexicon, extract, extract_many

LABELS = ["PER", "LOC", "ORG"]

DEFAULT_MODEL_CONFIG = """
[model]
@architectures = "union.CharNerCNN.v1"
n_tags = 13
embed_widths = [64, 48, 48, 32, 32, 16, 32]
embed_rows = [20000, 40000, 40000, 40000, 40000, 2048, 20000]
width = 64
depth = 3
window = 2
maxout_pieces = 2
embed_dropout = 0.1
dropout = 0.1
"""
DEFAULT_MODEL = Config().from_str(DEFAULT_MODEL_CONFIG)["model"]

# Chunks for batching/decoding: sentences (ending in these marks), merged up to max_chunk chars.
_SENT_END = re.compile(f"[{re.escape(SENT_END)}；]+")
_WS = re.compile(r"\s+")
_LINE = re.compile(r"[^\n]+")


@Language.factory(
    "char_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={
        "model": DEFAULT_MODEL,
        "labels": LABELS,
        "word_source": "fmm",
        "keep_existing": False,
        "max_chunk": 150,
        "fast_inference": True,
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_char_ner(nlp: Language, name: str, model: Model, labels: list[str], word_source: str,
                  keep_existing: bool, max_chunk: int, fast_inference: bool = True) -> "CharNer":
    return CharNer(nlp.vocab, model, name, labels=labels, word_source=word_source,
                   keep_existing=keep_existing, max_chunk=max_chunk, fast_inference=fast_inference)


def split_chunks(text: str, max_chunk: int) -> list[tuple[int, int]]:
    """(start, end) pieces covering ``text``: whole sentences merged while they fit in
    ``max_chunk`` chars (the training blocks were up to 100 chars, across sentences); a
    longer sentence is hard-cut."""
    out: list[tuple[int, int]] = []
    start = prev = 0
    for end in [m.end() for m in _SENT_END.finditer(text)] + [len(text)]:
        if end - start > max_chunk and prev > start:
            out.append((start, prev))
            start = prev
        while end - start > max_chunk:
            out.append((start, start + max_chunk))
            start += max_chunk
        prev = end
    if len(text) > start:
        out.append((start, len(text)))
    return out


def compact(text: str) -> tuple[str, np.ndarray | None]:
    """``text`` without whitespace (MSRA has none, and Chinese bylines pad names with
    spaces: 张  良), plus the original index of every kept char (None if nothing removed)."""
    runs = [m.span() for m in _WS.finditer(text)]   # \s is str.isspace() for str patterns
    if not runs:
        return text, None
    keep = np.ones(len(text), dtype=bool)
    for start, end in runs:
        keep[start:end] = False
    return _WS.sub("", text), np.flatnonzero(keep)


class CharNer(TrainablePipe):
    def __init__(self, vocab: Vocab, model: Model, name: str = "char_ner", *,
                 labels: Sequence[str] = LABELS, word_source: str = "fmm",
                 keep_existing: bool = False, max_chunk: int = 150, fast_inference: bool = True,
                 lexicon: Lexicon | None = None) -> None:
        if word_source not in ("fmm", "tokens"):
            raise ValueError("word_source must be 'fmm' or 'tokens'")
        self.vocab = vocab
        self.model = model
        self.name = name
        self.cfg = {"labels": list(labels), "word_source": word_source,
                    "keep_existing": keep_existing, "max_chunk": max_chunk,
                    "fast_inference": fast_inference}
        self.lexicon = lexicon or Lexicon()
        self._fast: FastForward | None = None   # built lazily from the weights, reset on update
        self._set_tags()

    def _set_tags(self) -> None:
        self.tags = make_tags(self.cfg["labels"])
        # per tag id: 0 = B, 1 = S, 2 = E, 3 = I/O (for reading spans), and its label
        self._prefix = np.array([{"B": 0, "S": 1, "E": 2}.get(t[0], 3) for t in self.tags])
        self._label_of = [t.partition("-")[2] for t in self.tags]
        self._trans, self._start, self._end = constraints(self.tags)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.cfg["labels"])

    # ---- features -------------------------------------------------------------------------
    def _word_lengths(self, doc: Doc) -> list[int] | None:
        """Token lengths when configured to use the Doc's words and the Doc is word-tokenized."""
        if self.cfg["word_source"] != "tokens" or not any(len(t) > 1 for t in doc):
            return None
        lengths = []
        for t in doc:
            lengths.append(len(t.text_with_ws))
        return lengths if sum(lengths) == len(doc.text) else None

    def featurize(self, text: str, word_lengths: Sequence[int] | None = None) -> np.ndarray:
        return extract(text, self.lexicon, word_lengths)

    # ---- prediction -----------------------------------------------------------------------
    def _decode(self, feats: list[np.ndarray], texts: list[str]) -> list[list[CharSpan]]:
        """Model + constrained decoding over chunks of all texts at once; spans per text."""
        pieces: list[tuple[int, int, int]] = []   # (text index, start, end)
        for ti, text in enumerate(texts):
            pieces.extend((ti, s, e) for s, e in split_chunks(text, self.cfg["max_chunk"]))
        results: list[list[CharSpan]] = [[] for _ in texts]
        if not pieces:
            return results
        probs = self._forward([feats[ti][s:e] for ti, s, e in pieces])
        paths = decode_probs(probs, self._trans, self._start, self._end)
        # read spans off the concatenated (valid) paths; a span never crosses a chunk
        ids = np.concatenate(paths)
        lengths = np.array([e - s for _, s, e in pieces])
        chunk_of = np.repeat(np.arange(len(pieces)), lengths)
        first = np.cumsum(lengths) - lengths
        char = np.arange(len(ids)) - first[chunk_of] + np.array([s for _, s, _ in pieces])[chunk_of]
        prefix = self._prefix[ids]
        starts = np.flatnonzero(prefix <= 1)             # B or S
        ends = np.flatnonzero((prefix == 1) | (prefix == 2))  # S or E
        text_of = np.array([ti for ti, _, _ in pieces])[chunk_of]
        for a, b in zip(starts.tolist(), ends.tolist()):
            results[text_of[a]].append((int(char[a]), int(char[b]) + 1, self._label_of[ids[a]]))
        return results

    def _forward(self, xs: list[np.ndarray]) -> list[np.ndarray]:
        """Tag probabilities; uses the numpy fast path (same maths) unless disabled."""
        if not self.cfg.get("fast_inference", True):
            return [self.model.ops.to_numpy(p) for p in self.model.predict(xs)]
        if self._fast is None:
            self._fast = FastForward(self.model, dense_ids=DENSE_ID_LIMITS)
        return self._fast(xs)

    def predict_spans(self, texts: Iterable[str], batch_chars: int = 20000) -> list[list[CharSpan]]:
        """Entity char spans per text (no spaCy Doc involved)."""
        out: list[list[CharSpan]] = []
        for batch in _batches(list(texts), batch_chars):
            out.extend(self._predict_texts(batch, [None] * len(batch)))
        return out

    def predict(self, docs: Iterable[Doc]) -> list[list[CharSpan]]:
        docs = list(docs)
        texts = [doc_text(d) for d in docs]
        return self._predict_texts(texts, [self._word_lengths(d) for d in docs])

    def _predict_texts(self, texts: list[str], word_lengths: list) -> list[list[CharSpan]]:
        """Spans per text. Each line is tagged on its own: a line break separates the fields
        and paragraphs of an article (author line | body), and a name never runs across one."""
        lines: list[tuple[int, int, int]] = []   # (text index, start, end)
        for ti, (text, lengths) in enumerate(zip(texts, word_lengths)):
            if lengths is None and "\n" in text:
                lines.extend((ti, m.start(), m.end()) for m in _LINE.finditer(text))
            else:
                lines.append((ti, 0, len(text)))
        if len(lines) == len(texts):
            return self._predict_lines(texts, word_lengths)
        spans = self._predict_lines([texts[ti][s:e] for ti, s, e in lines],
                                    [word_lengths[ti] if (s, e) == (0, len(texts[ti])) else None
                                     for ti, s, e in lines])
        out: list[list[CharSpan]] = [[] for _ in texts]
        for (ti, start, _), line_spans in zip(lines, spans):
            out[ti].extend((start + a, start + b, label) for a, b, label in line_spans)
        return out

    def _predict_lines(self, texts: list[str], word_lengths: list) -> list[list[CharSpan]]:
        compacted = [compact(t) for t in texts]
        lengths_c = [_compact_lengths(lengths, text) if lengths is not None and index is not None
                     else lengths   # drop whitespace from the words too
                     for (_, index), lengths, text in zip(compacted, word_lengths, texts)]
        feats = extract_many([c for c, _ in compacted], self.lexicon, lengths_c)
        spans = self._decode(feats, [c for c, _ in compacted])
        out = []
        for (_, index), doc_spans in zip(compacted, spans):
            if index is not None:
                doc_spans = [(int(index[s]), int(index[e - 1]) + 1, lab) for s, e, lab in doc_spans]
            out.append(doc_spans)
        return out

    def set_annotations(self, docs: Iterable[Doc], spans: list[list[CharSpan]]) -> None:
        for doc, doc_spans in zip(docs, spans):
            set_char_entities(doc, doc_spans, keep_existing=self.cfg["keep_existing"])

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for docs in util.minibatch(stream, size=batch_size):
            texts = [doc_text(d) for d in docs]
            spans = self._predict_texts(texts, [self._word_lengths(d) for d in docs])
            for doc, text, doc_spans in zip(docs, texts, spans):
                set_char_entities(doc, doc_spans, keep_existing=self.cfg["keep_existing"], text=text)
            yield from docs

    # ---- training -------------------------------------------------------------------------
    def gold_tag_ids(self, text: str, spans: Sequence[CharSpan]) -> np.ndarray:
        return spans_to_tag_ids(len(text), spans, self.tags)

    def update(self, examples: Iterable[Example], *, drop: float = 0.0,
               sgd: Optimizer | None = None, losses: dict[str, float] | None = None) -> dict[str, float]:
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        examples = list(examples)
        validate_examples(examples, "CharNer.update")
        xs = [self.featurize(eg.reference.text) for eg in examples]
        golds = [self.gold_tag_ids(eg.reference.text,
                                   [(e.start_char, e.end_char, e.label_) for e in eg.reference.ents])
                 for eg in examples]
        loss = self.update_arrays(xs, golds, drop=drop, sgd=sgd)
        losses[self.name] += loss
        return losses

    def update_arrays(self, xs: list[np.ndarray], golds: list[np.ndarray], *, drop: float = 0.0,
                      sgd: Optimizer | None = None, soft: list[np.ndarray] | None = None,
                      soft_weight: float = 0.0) -> float:
        """One gradient step on feature arrays + gold tag ids; returns summed cross-entropy.
        A gold id of -1 leaves that char out of the loss (a corpus that does not label it).
        ``soft``: a teacher's tag probabilities per text (distillation): the target of each
        labelled char is ``(1 - soft_weight) * gold + soft_weight * teacher``."""
        keep = [i for i, x in enumerate(xs) if len(x)]
        if not keep:
            return 0.0
        xs = [xs[i] for i in keep]
        golds = [golds[i] for i in keep]
        softs = [soft[i] for i in keep] if soft is not None and soft_weight > 0 else [None] * len(xs)
        set_dropout_rate(self.model, drop)
        probs, backprop = self.model.begin_update(xs)
        n = max(sum(int((g >= 0).sum()) for g in golds), 1)
        grads, loss = [], 0.0
        for p, g, q in zip(probs, golds, softs):
            rows = np.flatnonzero(g >= 0)
            target = np.zeros_like(p)
            target[rows, g[rows]] = 1.0
            if q is not None:
                target[rows] *= 1.0 - soft_weight
                target[rows] += soft_weight * q[rows].astype(p.dtype)
            loss -= float((target[rows] * np.log(p[rows] + 1e-8)).sum())
            d = p - target   # softmax + cross-entropy: d(loss)/d(logits)
            d[g < 0] = 0.0
            grads.append(d / n)
        backprop(grads)
        self._fast = None
        if sgd not in (None, False):
            self.finish_update(sgd)
        return loss

    def get_loss(self, examples: Iterable[Example], scores) -> tuple[float, list]:
        raise NotImplementedError("use update(); the loss is computed inside update_arrays")

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None,
                   lexicon: Lexicon | None = None, labels: Sequence[str] | None = None) -> None:
        if lexicon is not None:
            self.lexicon = lexicon
        if labels:
            self.cfg["labels"] = list(labels)
            self._set_tags()
        sample = [self.featurize(eg.reference.text) for eg in list(get_examples())[:10]]
        sample = [x for x in sample if len(x)] or [self.featurize("北京")]
        self.model.initialize(X=sample)
        self._fast = None

    def add_label(self, label: str) -> int:
        raise NotImplementedError("labels are fixed by the config")

    # ---- serialization --------------------------------------------------------------------
    # One table for disk and bytes; the part names are the file names of a saved component
    # (cfg.json, lexicon.tsv, model), read in this order: labels before the model's shape.
    def _serializers(self) -> Serializers:
        def set_cfg(b: bytes) -> None:
            saved = json.loads(b.decode("utf-8"))
            # labels define the model's output layer; runtime options stay as configured
            self.cfg["labels"] = saved.get("labels", self.cfg["labels"])
            self._set_tags()

        def set_lexicon(b: bytes) -> None:
            self.lexicon = Lexicon.from_bytes(b)

        def set_model(b: bytes) -> None:
            self.model.initialize(X=[self.featurize("北京")])
            model_from_bytes_f16(self.model, b)
        return {"cfg.json": (lambda: json.dumps(self.cfg, ensure_ascii=False, indent=2).encode("utf-8"), set_cfg),
                "lexicon.tsv": (self.lexicon.to_bytes, set_lexicon),
                "model": (lambda: model_to_bytes_f16(self.model), set_model)}

    def _loaded(self) -> "CharNer":
        self._fast = None
        return self

    to_bytes = SerializedComponent.to_bytes
    from_bytes = SerializedComponent.from_bytes
    to_disk = SerializedComponent.to_disk
    from_disk = SerializedComponent.from_disk


def _compact_lengths(lengths: Sequence[int], text: str) -> list[int] | None:
    """Word lengths without whitespace chars (words that were all whitespace are dropped)."""
    out, pos = [], 0
    for n in lengths:
        k = sum(1 for c in text[pos:pos + n] if not c.isspace())
        if k:
            out.append(k)
        pos += n
    return out


def _batches(texts: list[str], batch_chars: int) -> Iterator[list[str]]:
    batch: list[str] = []
    size = 0
    for t in texts:
        batch.append(t)
        size += len(t)
        if size >= batch_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def model_to_bytes_f16(model: Model) -> bytes:
    """Model bytes with float32 params stored as float16 (halves the file; the loss in
    precision does not change predictions in practice)."""
    saved = []
    for node in model.walk():
        for name in node.param_names:
            if node.has_param(name):
                value = node.get_param(name)
                saved.append((node, name, value))
                node.set_param(name, value.astype(np.float16))
    try:
        return model.to_bytes()
    finally:
        for node, name, value in saved:
            node.set_param(name, value)


def model_from_bytes_f16(model: Model, data: bytes) -> Model:
    model.from_bytes(data)
    for node in model.walk():
        for name in node.param_names:
            if node.has_param(name):
                node.set_param(name, model.ops.asarray(node.get_param(name), dtype="float32"))
    return model
