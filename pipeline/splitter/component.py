"""The article splitter as a spaCy component: on a page ``Doc`` it sets ``doc._.page_split``."""

from typing import Callable

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import DomainLexicon, load_lexicon
from ..serialize import SerializedComponent, Serializers
from .cues import DEFAULT_CUES, SplitterCues, compile_cues, read_cue_data
from .splitter import split_page

if not Doc.has_extension("page_split"):
    Doc.set_extension("page_split", default=None)


class ArticleSplitter(SerializedComponent):
    """Its data (splitter.yaml, and the lexicon's place and organization endings, surnames, the
    words that follow a name (verbs of leading and of speech among them), name rules, positions,
    common words and places) comes in ``initialize`` and travels with a saved pipeline."""

    LEXICON_FIELDS = ("org_suffixes", "place_suffixes", "surnames", "name_followers", "lead_verbs", "speech_verbs",
                      "names", "positions", "common_words", "places")

    def __init__(self, nlp: Language | None = None, name: str = "article_splitter") -> None:
        self.name = name
        self.cue_data: dict | None = None
        self.lexicon: DomainLexicon | None = None
        self.cues: SplitterCues | None = None

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   lexicon: DomainLexicon | None = None, cues: str | None = None) -> None:
        """``[initialize.components.article_splitter]``: ``cues`` (default
        data/lexicons/splitter.yaml) and ``lexicon`` (``@misc = "union.DomainLexicon.v1"``)."""
        self.cue_data = read_cue_data(cues or DEFAULT_CUES)
        lex = lexicon or load_lexicon()
        self.lexicon = DomainLexicon.from_dict({k: getattr(lex, k) for k in self.LEXICON_FIELDS})
        self._loaded()

    def _loaded(self) -> "ArticleSplitter":
        if self.cue_data is not None and self.lexicon is not None:
            self.cues = compile_cues(self.cue_data, self.lexicon)
        return self

    def __call__(self, doc: Doc) -> Doc:
        doc._.page_split = self.split(doc.text)
        return doc

    def split(self, text: str):
        """Split page text without building a Doc (the runner's fast path)."""
        if self.cues is None:
            raise ValueError(f"{self.name}: not initialized: call nlp.initialize() (or load a saved pipeline)")
        return split_page(text, self.cues)

    def _serializers(self) -> Serializers:
        def set_cues(b: bytes) -> None:
            data = srsly.msgpack_loads(b)
            self.cue_data, self.lexicon = data["cues"], DomainLexicon.from_dict(data["lexicon"])
        return {"cues": (lambda: srsly.msgpack_dumps({"cues": self.cue_data, "lexicon": self.lexicon.to_dict()}),
                         set_cues)}


@Language.factory("article_splitter", assigns=["doc._.page_split"])
def make_article_splitter(nlp: Language, name: str) -> ArticleSplitter:
    return ArticleSplitter(nlp, name)
