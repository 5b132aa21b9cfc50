"""People's Daily 1998 articles usable as synthetic page material, with what gold needs.

An article is kept only when it looks like a plain news item we can annotate without doubt:
  * its first paragraph is a headline: 4-40 chars, not ending with 。, no （…） note such as
    （附图片１张）, not a picture / calligraphy item;
  * its first body paragraph is real prose (>= 40 chars, ends like a sentence), so the
    headline is not followed by a subtitle or an author line we would have to classify;
  * every body paragraph is >= 10 chars and ends like a sentence (no captions, poems, lists);
  * a reporter credit, if any is printed near the start, parses reliably (see parse_credit);
    an article with a credit we cannot parse is skipped, so gold bylines
    are never silently empty where a splitter would rightly find names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from pipeline.corpora.pd1998 import PdParagraph, iter_articles, iter_paragraphs

MAX_HEADLINE = 40
MIN_FIRST_BODY = 40
MIN_PARAGRAPH = 10
MAX_BODY_CHARS = 2500
SENTENCE_END = tuple("。！？”』…）")
LABELS = ("PER", "ORG", "LOC")

# "新华社贵阳１２月３１日电", "据新华社北京１２月３０日电", "本报北京１月１日讯", "本报讯"
_DATELINE = r"(?:据)?(?:新华社|本报|中新社)[^，。：（）“”]{0,14}?(?:电|讯)"
_DATELINE_RE = re.compile(rf"^(?:{_DATELINE})?")
_PAREN_CREDIT_RE = re.compile(r"（([^（）]{2,40})）")      # （记者刘子富）
_INLINE_CREDIT_RE = re.compile(r"([^（）：。]{2,60}?)报道：")  # 记者黄振中、白剑峰报道：
_ROLE_WORDS = (("摄影记者", "photographers"), ("记者", "reporters"), ("通讯员", "correspondents"))
_SEPARATORS = "、，,　 "
_CREDIT_HINT = re.compile("记者|通讯员")


@dataclass
class PdArticle:
    key: str                     # PD article id, e.g. 19980101-02-007
    headline: str
    paragraphs: list[str]        # body paragraphs as printed (dateline / 本报讯 kept)
    source: str | None           # "本报讯" when the body starts with it
    byline: dict[str, list[str]]
    skip: int                    # chars of the first paragraph before the body proper (本报讯 + credit)
    credit_end: int              # end of dateline + credit in the first paragraph (0 if none)
    entities: dict[str, list[str]] = field(default_factory=dict)


def parse_credit(para: PdParagraph) -> tuple[dict[str, list[str]], int] | None:
    """Byline from a credit right after the optional dateline: （记者 X、Y 通讯员 Z） or 记者X、Y报道：.

    Returns (byline, end offset of the credit), (empty byline, 0) when no credit is printed there,
    or None when one is printed but cannot be parsed reliably. Reliable = every name is a PD
    person entity and every text before / between names is a separator or ends with a role word
    (新华社记者, 本报记者, 通讯员, ...).
    """
    text = para.text
    byline: dict[str, list[str]] = {"reporters": [], "correspondents": [], "photographers": [], "authors": []}
    d_end = _DATELINE_RE.match(text).end()
    rest = text[d_end:]
    m = _PAREN_CREDIT_RE.match(rest) or _INLINE_CREDIT_RE.match(rest)
    if not m or not _CREDIT_HINT.search(m.group(1)):
        return None if _CREDIT_HINT.search(rest[:12]) else (byline, 0)
    lo, hi = d_end + m.start(1), d_end + m.end(1)
    names = [(s, e) for s, e, lab in para.entities() if lab == "PER" and lo <= s and e <= hi]
    if not names:
        return None
    role: str | None = None
    pos = lo
    for s, e in names:
        gap = text[pos:s].strip(_SEPARATORS)
        if gap:
            role = next((r for word, r in _ROLE_WORDS if gap.endswith(word)), None)
        if role is None:
            return None
        if text[s:e] not in byline[role]:
            byline[role].append(text[s:e])
        pos = e
    if text[pos:hi].strip(_SEPARATORS):
        return None
    return byline, d_end + m.end()


def _ends_sentence(text: str) -> bool:
    return text.endswith(SENTENCE_END)


def to_article(paras: list[PdParagraph]) -> PdArticle | None:
    """A PdArticle when the article passes the module's selection rules, else None."""
    if len(paras) < 2:
        return None
    head, body = paras[0], paras[1:]
    headline = head.text
    if not (4 <= len(headline) <= MAX_HEADLINE) or headline.endswith("。"):
        return None
    if any(ch in headline for ch in "（(") or any(w in headline for w in ("图片", "照片", "书法", "漫画")):
        return None
    texts = [p.text for p in body]
    if len(texts[0]) < MIN_FIRST_BODY or "。" not in texts[0]:
        return None
    if any(len(t) < MIN_PARAGRAPH or not _ends_sentence(t) for t in texts):
        return None
    if sum(map(len, texts)) > MAX_BODY_CHARS:
        return None
    credit = parse_credit(body[0])
    if credit is None:
        return None
    byline, credit_end = credit
    dateline = _DATELINE_RE.match(texts[0]).group().strip()
    source = dateline or None
    # Like the sample gold: the body proper starts after the source (本报讯, 新华社北京１月２５日电)
    # and its credit; both are the article's source, not body text.
    skip = max(credit_end, len(_DATELINE_RE.match(texts[0]).group())) if source else 0
    if len(texts[0]) - skip < MIN_FIRST_BODY // 2:
        return None
    entities: dict[str, list[str]] = {lab: [] for lab in LABELS}
    # names inside the dateline (新华社 | 北京 in 新华社北京１月２５日电) are the source line's, which
    # the sample gold does not annotate (转自《中工网》 lists no 中工网); the credit's names stay
    dateline_end = len(_DATELINE_RE.match(texts[0]).group()) if source else 0
    for p in (head, *body):
        for s, e, lab in p.entities():
            if p is body[0] and e <= dateline_end:
                continue
            if lab in entities and p.text[s:e] not in entities[lab]:
                entities[lab].append(p.text[s:e])
    return PdArticle(key=head.article_key, headline=headline, paragraphs=texts, source=source,
                     byline=byline, skip=skip, credit_end=credit_end, entities=entities)


def iter_usable_articles(corpus_path: str | Path) -> Iterator[PdArticle]:
    """Articles of the corpus that pass the selection rules, in corpus order."""
    for paras in iter_articles(iter_paragraphs(corpus_path)):
        art = to_article(paras)
        if art is not None:
            yield art
