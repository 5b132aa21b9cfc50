"""spaCy wrappers around HanLP: the ``union.hanlp_tokenizer.v1`` tokenizer and ``hanlp_ner``.

Both take a HanLP model reference (registered id, URL or local folder), cut each text into
pieces (sentences, at most ``max_length`` characters), call HanLP on ``batch_size`` pieces at a
time and map the answers back to document offsets (``pieces.py``). A saved pipeline stores
the model *reference* and the settings (``to_disk``), not HanLP's weights: HANLP_HOME (or the
local folder) must hold the model where the pipeline is loaded.

``predictor`` (tests, or a component already loaded) replaces loading ``model``: any callable
taking a list of pieces and returning one answer per piece, as HanLP components do.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import srsly
import yaml
from spacy import registry
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch
from spacy.vocab import Vocab

from ..ner.align import set_char_entities
from ..paths import PROJECT_ROOT
from .models import DEFAULT_BATCH_SIZE, DEFAULT_MAX_LENGTH, load_model
from ..text.tokens import words_and_spaces
from .pieces import CharSpan, align_words, cut, entity_spans, run_batched

LABELS_FILE = PROJECT_ROOT / "data" / "lexicons" / "hanlp_labels.yaml"
Predictor = Callable[[list], list]


# ---- label maps -----------------------------------------------------------------------------
def load_label_map(path: str | Path | None = None, scheme: str = "auto") -> dict[str, str]:
    """HanLP tag -> PER/ORG/LOC from ``data/lexicons/hanlp_labels.yaml``; ``auto``: all schemes."""
    data = yaml.safe_load(Path(path or LABELS_FILE).read_text(encoding="utf-8")) or {}
    if scheme != "auto" and scheme not in data:
        raise ValueError(f"label_scheme {scheme!r} is not in {path or LABELS_FILE} (have: {', '.join(data)}, auto)")
    out: dict[str, str] = {}
    for name, table in data.items():
        if scheme in ("auto", name):
            for tag, label in (table or {}).items():
                if label not in ("PER", "ORG", "LOC"):
                    raise ValueError(f"{path or LABELS_FILE}: {name}.{tag} maps to {label!r}, not PER/ORG/LOC")
                out[str(tag)] = label
    return out


# ---- HanLP answers --------------------------------------------------------------------------
def _task_output(out: Any, prefix: str) -> Any:
    """A multi-task model answers a dict-like Document: take its first ``prefix`` task."""
    if isinstance(out, dict):
        keys = [k for k in out if str(k).startswith(prefix)]
        if not keys:
            raise RuntimeError(f"the HanLP model gave no '{prefix}' output (tasks: {', '.join(map(str, out))})")
        preferred = [k for k in keys if str(k) in (f"{prefix}/fine", f"{prefix}/msra")]
        return out[(preferred or keys)[0]]
    return out


def _tok_call(model: Any) -> Predictor:
    def call(texts: list[str]) -> list:
        if hasattr(model, "tasks"):  # MultiTaskLearning
            return _task_output(model(texts, tasks="tok*"), "tok")
        return _task_output(model(texts), "tok")
    return call


def _ner_call(model: Any) -> Predictor:
    def call(chars: list[list[str]]) -> list:
        if hasattr(model, "tasks"):
            return _task_output(model(chars, tasks="ner*", skip_tasks="tok*"), "ner")
        return _task_output(model(chars), "ner")
    return call


# ---- tokenizer ------------------------------------------------------------------------------
class HanlpTokenizer:
    """Custom spaCy tokenizer: HanLP word segmentation, tokens aligned to the exact text."""

    def __init__(self, vocab: Vocab, model: str | None, max_length: int = DEFAULT_MAX_LENGTH,
                 batch_size: int = DEFAULT_BATCH_SIZE, device: int | None = None,
                 predictor: Predictor | None = None) -> None:
        self.vocab = vocab
        self.cfg = {"model": model, "max_length": int(max_length), "batch_size": int(batch_size), "device": device}
        self._predict = predictor or _tok_call(load_model(model, device))

    def __call__(self, text: str) -> Doc:
        return self._docs([text])[0]

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(texts, size=batch_size):
            yield from self._docs(list(batch))

    def _docs(self, texts: list[str]) -> list[Doc]:
        pieces = cut(texts, self.cfg["max_length"])
        answers = run_batched(self._predict, [p.text for p in pieces], self.cfg["batch_size"],
                              empty=lambda _: [])   # no words: one token per character
        spans: list[list[tuple[int, int]]] = [[] for _ in texts]
        for piece, words in zip(pieces, answers):
            spans[piece.doc].extend(align_words(piece, words))
        docs = []
        for text, doc_spans in zip(texts, spans):
            words, spaces = words_and_spaces([text[s:e] for s, e in doc_spans], text)
            docs.append(Doc(self.vocab, words=words, spaces=spaces))
        return docs

    # serialization: the model reference and settings, never the weights
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps(self.cfg).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "HanlpTokenizer":
        self._restore(srsly.json_loads(data))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", self.cfg)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "HanlpTokenizer":
        self._restore(srsly.read_json(Path(path) / "cfg.json"))
        return self

    def _restore(self, cfg: dict) -> None:
        if (cfg.get("model"), cfg.get("device")) != (self.cfg["model"], self.cfg["device"]):
            self._predict = _tok_call(load_model(cfg.get("model"), cfg.get("device")))
        self.cfg.update(cfg)


@registry.tokenizers("union.hanlp_tokenizer.v1")
def create_hanlp_tokenizer(model: str, max_length: int = DEFAULT_MAX_LENGTH,
                           batch_size: int = DEFAULT_BATCH_SIZE, device: int | None = None):
    def create(nlp: Language) -> HanlpTokenizer:
        return HanlpTokenizer(nlp.vocab, model, max_length=max_length, batch_size=batch_size, device=device)
    return create


# ---- NER ------------------------------------------------------------------------------------
class HanlpNer:
    """Sets ``doc.ents`` (PER/ORG/LOC) from a HanLP NER model, on any tokenization: the text is
    sent one character per token and boundaries inside a word split it (``set_char_entities``)."""

    def __init__(self, vocab: Vocab, model: str | None, name: str = "hanlp_ner", *,
                 max_length: int = DEFAULT_MAX_LENGTH, batch_size: int = DEFAULT_BATCH_SIZE,
                 device: int | None = None, label_scheme: str = "auto", labels: str | None = None,
                 keep_existing: bool = False, predictor: Predictor | None = None,
                 label_map: dict[str, str] | None = None) -> None:
        self.vocab = vocab
        self.name = name
        self.cfg = {"model": model, "max_length": int(max_length), "batch_size": int(batch_size),
                    "device": device, "label_scheme": label_scheme, "keep_existing": keep_existing}
        self.label_map = dict(label_map) if label_map is not None else load_label_map(labels, label_scheme)
        self._predict = predictor or _ner_call(load_model(model, device))

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.label_map.values())))

    def predict_spans(self, texts: list[str]) -> list[list[CharSpan]]:
        pieces = cut(texts, self.cfg["max_length"])
        answers = run_batched(self._predict, [list(p.chars) for p in pieces], self.cfg["batch_size"],
                              empty=lambda _: [])   # no entities from that piece
        out: list[list[CharSpan]] = [[] for _ in texts]
        for piece, answer in zip(pieces, answers):
            out[piece.doc].extend(entity_spans(piece, answer, self.label_map))
        return out

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            yield from self._annotate(list(batch))

    def _annotate(self, docs: list[Doc]) -> list[Doc]:
        for doc, spans in zip(docs, self.predict_spans([d.text for d in docs])):
            set_char_entities(doc, spans, keep_existing=self.cfg["keep_existing"])
        return docs

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", self.cfg)
        srsly.write_json(path / "labels.json", self.label_map)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "HanlpNer":
        path = Path(path)
        cfg = srsly.read_json(path / "cfg.json")
        if (cfg.get("model"), cfg.get("device")) != (self.cfg["model"], self.cfg["device"]):
            self._predict = _ner_call(load_model(cfg.get("model"), cfg.get("device")))
        self.cfg.update(cfg)
        if (path / "labels.json").is_file():
            self.label_map = srsly.read_json(path / "labels.json")
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps({"cfg": self.cfg, "labels": self.label_map}, ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "HanlpNer":
        obj = json.loads(data)
        self.cfg.update(obj["cfg"])
        self.label_map = obj["labels"]
        return self


@Language.factory(
    "hanlp_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={"model": None, "max_length": DEFAULT_MAX_LENGTH, "batch_size": DEFAULT_BATCH_SIZE,
                    "device": None, "label_scheme": "auto", "labels": None, "keep_existing": False},
)
def make_hanlp_ner(nlp: Language, name: str, model: str | None, max_length: int, batch_size: int,
                   device: int | None, label_scheme: str, labels: str | None, keep_existing: bool) -> HanlpNer:
    return HanlpNer(nlp.vocab, model, name, max_length=max_length, batch_size=batch_size, device=device,
                    label_scheme=label_scheme, labels=labels, keep_existing=keep_existing)
