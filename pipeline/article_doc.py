"""An article as one ``Doc``: its printed fields joined by newlines, with a map back to them.

The stages read the whole article (headline, subheadlines, credit line, author line, body), so a
headline trigger or an author line's titles are seen. Records point back into one field:
``field`` names it and ``start``/``end`` are offsets in that field's string, so
``article[field][start:end]`` is the mention (``subheadlines.0`` indexes the list).
"""
from __future__ import annotations


import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers Doc._ attributes)

FIELD_ORDER = ("headline", "subheadlines", "credit_line", "author_line", "text")
SEPARATOR = "\n"

Fields = list[tuple[str, int, int]]


def compose(article: dict) -> tuple[str, Fields]:
    parts: list[tuple[str, str]] = []
    for name in FIELD_ORDER:
        value = article.get(name)
        if name == "subheadlines":
            parts.extend((f"subheadlines.{k}", v) for k, v in enumerate(value or []) if v)
        elif value:
            parts.append((name, value))
    text, fields, pos = [], [], 0
    for name, value in parts:
        if text:
            text.append(SEPARATOR)
            pos += len(SEPARATOR)
        fields.append((name, pos, pos + len(value)))
        text.append(value)
        pos += len(value)
    return "".join(text), fields


def field_value(article: dict, name: str) -> str | None:
    if name.startswith("subheadlines."):
        k = int(name.split(".", 1)[1])
        subs = article.get("subheadlines") or []
        return subs[k] if k < len(subs) else None
    return article.get(name)


def locate(fields: Fields | None, start: int, end: int) -> tuple[str, int, int] | None:
    """Doc offsets -> (field, start, end) in that field; None when the span crosses fields."""
    if not fields:
        return ("text", start, end)
    for name, f_start, f_end in fields:
        if f_start <= start and end <= f_end:
            return name, start - f_start, end - f_start
    return None


def field_span(fields: Fields | None, name: str) -> tuple[int, int] | None:
    for f_name, f_start, f_end in fields or []:
        if f_name == name:
            return f_start, f_end
    return None


def article_context(article: dict, issue_date: str | None = None) -> dict:
    """What later stages may read about the article besides its text."""
    return {
        "article_id": article.get("article_id"),
        "page_id": article.get("page_id"),
        "headline": article.get("headline"),
        "subheadlines": article.get("subheadlines") or [],
        "section": article.get("section"),
        "source": article.get("source"),   # the lead (新华社北京1月5日电): its dateline dates 今天
        "kind": article.get("kind"),
        "byline": article.get("byline") or {},
        "author_line": article.get("author_line"),
        "credit_line": article.get("credit_line"),
        "issue_date": issue_date,
    }


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc: spaCy joins every token on each ``Doc.text`` access
    (about 0.4 µs per character), and each stage reads it. Retokenizing never changes the text,
    so the kept string stays valid; its length is checked against the tokens all the same. The
    last doc's text is also kept by identity (the stages ask for it per sentence)."""
    global _LAST
    if _LAST[0] is doc:
        return _LAST[1]
    text = doc._.text_cache
    if text is None or len(text) != _text_length(doc):
        if len(_ORTH_STRINGS) > 1_000_000:   # bound memory on endless streams
            _ORTH_STRINGS.clear()
        text = doc._.text_cache = joined_text(doc, _ORTH_STRINGS)
    _LAST = (doc, text)   # a strong reference: the identity cannot be reused while kept
    return text


_ORTH_STRINGS: dict[int, str] = {}
_LAST: tuple[Doc | None, str] = (None, "")


def joined_text(doc: Doc, strings: dict[int, str]) -> str:
    """``doc.text`` from the Doc's ORTH/SPACY arrays, without a Token object per token;
    ``strings`` caches orth id -> string (filled from the vocab). Token.text is the orth's
    string, text_with_ws adds a space."""
    arr = doc.to_array([ORTH, SPACY])
    orths = arr[:, 0].tolist()
    try:
        words = list(map(strings.__getitem__, orths))
    except KeyError:
        store = doc.vocab.strings
        for orth in orths:
            if orth not in strings:
                strings[orth] = store[orth]
        words = list(map(strings.__getitem__, orths))
    for i in np.flatnonzero(arr[:, 1]).tolist():
        words[i] += " "
    return "".join(words)


def _text_length(doc: Doc) -> int:
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def make_article_doc(nlp: Language, article: dict, issue_date: str | None = None) -> Doc:
    text, fields = compose(article)
    return _with_context(nlp.make_doc(text), text, fields, article, issue_date)


def make_article_docs(nlp: Language, articles: list[dict], issue_date: str | None = None) -> list[Doc]:
    """Docs of many articles (a page's), tokenized as one batch through ``tokenizer.pipe``."""
    composed = [compose(article) for article in articles]
    docs = nlp.tokenizer.pipe([text for text, _ in composed])
    return [_with_context(doc, text, fields, article, issue_date)
            for doc, (text, fields), article in zip(docs, composed, articles)]


def _with_context(doc: Doc, text: str, fields: Fields, article: dict, issue_date: str | None) -> Doc:
    doc._.text_cache = text   # a tokenizer keeps the text (the field offsets rely on it)
    doc._.article_id = article.get("article_id")
    doc._.fields = fields
    doc._.context = article_context(article, issue_date)
    return doc


def entity_char_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start_char, end_char, label) of ``doc.ents``, read from the token arrays: ``doc.ents``
    makes a Token object per token each time it is read, and several stages read it."""
    if not len(doc):
        return []
    arr = doc.to_array([ENT_IOB, ENT_TYPE, IDX, LENGTH])
    iob, types = arr[:, 0], arr[:, 1]
    begins = np.flatnonzero(iob == 3)          # 3 = B: an entity starts here
    if not len(begins):
        return []
    # it goes on over the I tokens (1) of its type: it ends at the first token that is not one
    goes_on = np.zeros(len(iob), dtype=bool)
    goes_on[1:] = (iob[1:] == 1) & (types[1:] == types[:-1])
    stops = np.append(np.flatnonzero(~goes_on), len(iob))
    last = stops[np.searchsorted(stops, begins, side="right")] - 1
    strings = doc.vocab.strings
    return [(start, end, strings[label]) for start, end, label in zip(
        arr[begins, 2].tolist(), (arr[last, 2] + arr[last, 3]).tolist(), types[begins].tolist())]


def listed_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """The entities the listing keeps, in order: ``doc.ents`` without the mentions marked
    unlisted (``doc._.unlisted_ents``: an elided name where the article writes it in full)."""
    unlisted = set(map(tuple, doc._.unlisted_ents or ()))
    return [span for span in entity_char_spans(doc) if (span[0], span[1]) not in unlisted]
