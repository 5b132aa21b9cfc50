"""spaCy's ChineseTokenizer with pkuseg inference through ``FastPkuseg``.

Same words as ``spacy.lang.zh.ChineseTokenizer`` with the same pkuseg model and user dict (a
test checks it) and the same saved data, written through the project's one serializer table
(``exclude`` honoured). Registered as ``union.zh.ChineseTokenizer.v1`` (also by the
``spacy_tokenizers`` entry point) so a pipeline saved to disk loads in a fresh process.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Iterable, Iterator

import srsly
from spacy.lang.zh import ChineseTokenizer, Segmenter, _get_pkuseg_trie_data
from spacy.tokens import Doc
from spacy.util import minibatch, registry

from ..serialize import SerializedComponent, Serializers
from ..text.tokens import words_and_spaces
from .fast_pkuseg import FastPkuseg

class FastChineseTokenizer(SerializedComponent, ChineseTokenizer):
    _fast: FastPkuseg | None = None
    _fast_for: object = None
    _pending: dict | None = None

    def initialize(self, get_examples=None, *, nlp=None, pkuseg_model=None, pkuseg_user_dict="default"):
        super().initialize(get_examples, nlp=nlp, pkuseg_model=pkuseg_model, pkuseg_user_dict=pkuseg_user_dict)
        if self.pkuseg_seg is not None:
            # pkuseg's built-in default.pkl post-processor re-merges tokens by a generic 390k-word
            # lexicon, undoing the PD1998 standard the model was trained on; keep it off.
            self.pkuseg_seg.postprocesser.do_process = False

    # -- serialization: one table (cfg, the pkuseg model, its pre/post-processors) for disk and
    # bytes, ``exclude`` honoured; the same data as spaCy's ChineseTokenizer writes.
    def _serializers(self) -> Serializers:
        pending = self._pending = {}

        def dump_model() -> bytes:
            if not self.pkuseg_seg:
                return srsly.msgpack_dumps(None)
            with tempfile.TemporaryDirectory() as tmp:
                self.pkuseg_seg.feature_extractor.save(tmp)
                self.pkuseg_seg.model.save(tmp)
                return srsly.msgpack_dumps({"features": (Path(tmp) / "features.msgpack").read_bytes(),
                                            "weights": (Path(tmp) / "weights.npz").read_bytes()})

        def dump_processors() -> bytes:
            seg = self.pkuseg_seg
            if not seg:
                return srsly.msgpack_dumps(None)
            post = seg.postprocesser
            return srsly.msgpack_dumps((_get_pkuseg_trie_data(seg.preprocesser.trie), post.do_process,
                                        sorted(post.common_words), sorted(post.other_words)))
        return {"cfg": (lambda: srsly.json_dumps(self._get_config()).encode("utf-8"),
                        lambda b: self._set_config(srsly.json_loads(b))),
                "pkuseg_model": (dump_model, lambda b: pending.__setitem__("model", srsly.msgpack_loads(b))),
                "pkuseg_processors": (dump_processors,
                                      lambda b: pending.__setitem__("processors", srsly.msgpack_loads(b)))}

    def _loaded(self) -> "FastChineseTokenizer":
        pending, self._pending = self._pending or {}, None
        model = pending.get("model")
        if model:
            import spacy_pkuseg
            with tempfile.TemporaryDirectory() as tmp:
                (Path(tmp) / "features.msgpack").write_bytes(model["features"])
                (Path(tmp) / "weights.npz").write_bytes(model["weights"])
                self.pkuseg_seg = spacy_pkuseg.pkuseg(tmp)
        processors = pending.get("processors")
        if processors and self.pkuseg_seg:
            import spacy_pkuseg
            user_dict, do_process, common_words, other_words = processors
            self.pkuseg_seg.preprocesser = spacy_pkuseg.Preprocesser(user_dict)
            self.pkuseg_seg.postprocesser.do_process = do_process
            self.pkuseg_seg.postprocesser.common_words = set(common_words)
            self.pkuseg_seg.postprocesser.other_words = set(other_words)
        return self

    def _fast_segmenter(self) -> FastPkuseg:
        # pkuseg_seg is replaced by initialize()/from_disk(): rebuild the tables for the new one
        if self._fast is None or self._fast_for is not self.pkuseg_seg:
            self._fast = FastPkuseg(self.pkuseg_seg)
            self._fast_for = self.pkuseg_seg
        return self._fast

    def _fast_path(self) -> bool:
        return self.segmenter == Segmenter.pkuseg and self.pkuseg_seg is not None \
            and not getattr(self.pkuseg_seg, "postag", False)

    def __call__(self, text: str) -> Doc:
        if not self._fast_path():
            return super().__call__(text)
        words, spaces = words_and_spaces(self._fast_segmenter().cut(text), text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        """Docs for many texts, segmented in batches (the same words as one at a time)."""
        if not self._fast_path():
            yield from super().pipe(texts, batch_size=batch_size)
            return
        for batch in minibatch(texts, size=batch_size):
            for text, words in zip(batch, self._fast_segmenter().cut_many(batch)):
                words, spaces = words_and_spaces(words, text)
                yield Doc(self.vocab, words=words, spaces=spaces)


@registry.tokenizers("union.zh.ChineseTokenizer.v1")
def create_fast_chinese_tokenizer(segmenter: Segmenter = Segmenter.char):
    def factory(nlp):
        return FastChineseTokenizer(nlp.vocab, segmenter=segmenter)

    return factory
