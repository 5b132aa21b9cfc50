"""The article splitter as a spaCy component: on a page ``Doc`` it sets ``doc._.page_split``."""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .cues import load_cues
from .splitter import split_page

if not Doc.has_extension("page_split"):
    Doc.set_extension("page_split", default=None)


class ArticleSplitter:
    def __init__(self, nlp: Language, name: str, cues: str | None):
        self.name = name
        self.cues_path = cues
        self.cues = load_cues(cues)

    def __call__(self, doc: Doc) -> Doc:
        doc._.page_split = split_page(doc.text, self.cues)
        return doc

    def split(self, text: str):
        """Split page text without building a Doc (the runner's fast path)."""
        return split_page(text, self.cues)

    def to_disk(self, path: str | Path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        source = Path(self.cues_path) if self.cues_path else None
        from .cues import DEFAULT_CUES
        (path / "cues.yaml").write_text((source or DEFAULT_CUES).read_text(encoding="utf-8"), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude=()) -> "ArticleSplitter":
        self.cues_path = str(Path(path) / "cues.yaml")
        self.cues = load_cues(self.cues_path)
        return self


@Language.factory("article_splitter", default_config={"cues": None})
def make_article_splitter(nlp: Language, name: str, cues: str | None) -> ArticleSplitter:
    return ArticleSplitter(nlp, name, cues)
