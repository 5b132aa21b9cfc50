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

from pipeline.corpora.pd1998 import PdParagraph, iter_articles, iter_paragraphs, paragraphs_of_days

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
_TRAILING_RE = re.compile(r"（([^（）]{1,30})）$")
_CREDIT_ONLY = re.compile(r"（[^（）]{1,30}）")
_AGENCY_RE = re.compile(r"^(新华社|本报|人民日报|中新社)")
# （图片）, （附图片１张）: a photo item, or an article printed with photos
_PHOTO_TAG = re.compile(r"（(附?图片[０-９0-9一二三四五六七八九十]*张?|照片)）$")
BODY_END_MIN = 12


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
    end_skip: int = 0            # chars of a credit ending the last paragraph (（记者甲）), not body
    kind: str = "news"           # photo: a （图片） item whose body is its caption
    credit_para: str | None = None  # a credit printed as its own paragraph after the body


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
    if m and m.re is _PAREN_CREDIT_RE and not _CREDIT_HINT.search(m.group(1)):
        names_only = _bracket_names(para, d_end + m.start(1), d_end + m.end(1), "reporters")   # 本报讯（甲、乙）
        if names_only:
            return names_only, d_end + m.end()
    if not m or not _CREDIT_HINT.search(m.group(1)):
        return None if _CREDIT_HINT.search(rest[:12]) else (byline, 0)
    lo, hi = d_end + m.start(1), d_end + m.end(1)
    names = _person_spans(para, lo, hi)
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


def _person_spans(para: PdParagraph, lo: int, hi: int) -> list[tuple[int, int]]:
    """Person names inside text[lo:hi] from PD's tokens: a surname token with the given-name
    token after it, or one name token (PD runs 龙/nr 晓勤/nr 刘/nr 洋/nr hold two names)."""
    spans, offsets, pos = [], [], 0
    for tok in para.tokens:
        offsets.append((pos, pos + len(tok.word), tok.pos))
        pos += len(tok.word)
    k = 0
    while k < len(offsets):
        s, e, pos_tag = offsets[k]
        if pos_tag == "nr" and lo <= s and e <= hi:
            if len(para.text[s:e]) <= 2 and k + 1 < len(offsets) and offsets[k + 1][2] == "nr" \
                    and offsets[k + 1][1] <= hi:
                spans.append((s, offsets[k + 1][1]))
                k += 2
                continue
            spans.append((s, e))
        k += 1
    return spans


def _bracket_names(para: PdParagraph, lo: int, hi: int, bare: str) -> dict[str, list[str]] | None:
    """Byline of the credit text[lo:hi] (inside a bracket): PD person names, each after a credit
    word (记者, 通讯员, …摄) or alone. Bare names after the body are correspondents, bare names in
    the lead are reporters (the devset gold's reading). None when anything else is printed there."""
    text = para.text
    byline: dict[str, list[str]] = {"reporters": [], "correspondents": [], "photographers": [], "authors": []}
    names = _person_spans(para, lo, hi)
    if not names:
        return None
    role: str | None = None
    pos = lo
    for k, (s, e) in enumerate(names):
        gap = _AGENCY_RE.sub("", text[pos:s].strip(_SEPARATORS))
        if gap:
            role = next((r for word, r in _ROLE_WORDS if gap.endswith(word)), None)
            if role is None:
                return None
        nxt = names[k + 1][0] if k + 1 < len(names) else hi
        after = text[e:nxt].strip(_SEPARATORS)
        this = role or bare
        pos = e
        if after in ("摄", "摄影"):   # （甲乙丙丁摄）: every name before it without a credit word
            for r in ("reporters", "correspondents") if role is None else ():
                for name in byline[r]:
                    if name not in byline["photographers"]:
                        byline["photographers"].append(name)
                byline[r] = []
            this, pos = "photographers", nxt
        elif after and k + 1 == len(names):
            return None
        if text[s:e] not in byline[this]:
            byline[this].append(text[s:e])
    return byline


def trailing_credit(para: PdParagraph) -> tuple[int, dict[str, list[str]]] | None:
    """A credit in brackets ending the last paragraph (…。（记者甲）, （乙摄）, （完）, a photo note):
    (chars it takes at the end, its byline). None when the paragraph ends otherwise or the
    bracket holds something we cannot read for sure."""
    text = para.text
    m = _TRAILING_RE.search(text)
    if not m or (m.start() and not text[: m.start()].endswith(SENTENCE_END)):
        return None
    inner = m.group(1)
    empty: dict[str, list[str]] = {"reporters": [], "correspondents": [], "photographers": [], "authors": []}
    if inner in ("完",) or inner.endswith(("照片", "图片")) and not _CREDIT_HINT.search(inner):
        return len(text) - m.start(), empty
    if any(lab in ("ORG", "LOC") and s == m.start(1) and e == m.end(1) for s, e, lab in para.entities()):
        return len(text) - m.start(), empty   # （某省公安厅消防局）: a signing organization, no byline
    byline = _bracket_names(para, m.start(1), m.end(1), "correspondents")
    return (len(text) - m.start(), byline) if byline else None


def to_article(paras: list[PdParagraph]) -> PdArticle | None:
    """A PdArticle when the article passes the module's selection rules, else None."""
    if len(paras) < 2:
        return None
    head, body = paras[0], paras[1:]
    headline = head.text
    photo = bool(_PHOTO_TAG.search(headline))
    if not (4 <= len(headline) <= MAX_HEADLINE + 8) or headline.endswith("。"):
        return None
    bare = _PHOTO_TAG.sub("", headline)
    if any(ch in bare for ch in "（(") or any(w in bare for w in ("书法", "漫画")):
        return None
    texts = [p.text for p in body]
    end_skip, tail_byline = 0, None
    if len(texts) > 1 and _CREDIT_ONLY.fullmatch(texts[-1]):   # （甲乙）: a credit printed as its own line
        found = trailing_credit(body[-1])
        if found is None:
            return None
        tail_byline, body, texts = found[1], body[:-1], texts[:-1]
        end_skip = -1
    found = trailing_credit(body[-1]) if end_skip == 0 else None
    if found is not None:
        end_skip, tail_byline = found
    end_skip = max(end_skip, 0)
    min_first = MIN_FIRST_BODY // 3 if photo else MIN_FIRST_BODY
    if len(texts[0]) < min_first or ("。" not in texts[0] and not photo):
        return None
    if any(len(t) < MIN_PARAGRAPH or not _ends_sentence(t) for t in texts):
        return None
    if len(texts[-1]) - end_skip < BODY_END_MIN:
        return None
    if sum(map(len, texts)) > MAX_BODY_CHARS:
        return None
    credit = parse_credit(body[0])
    if credit is None:
        return None
    byline, credit_end = credit
    if tail_byline:
        for role, names in tail_byline.items():
            byline[role] += [n for n in names if n not in byline[role]]
    dateline = _DATELINE_RE.match(texts[0]).group().strip()
    source = dateline or None
    # Like the sample gold: the body proper starts after the source (本报讯, 新华社北京１月２５日电)
    # and its credit; both are the article's source, not body text.
    skip = max(credit_end, len(_DATELINE_RE.match(texts[0]).group())) if source else 0
    if len(texts[0]) - skip < min_first // 2:
        return None
    entities: dict[str, list[str]] = {lab: [] for lab in LABELS}
    # names inside the dateline (新华社 | 北京 in 新华社北京１月２５日电) are the source line's, which
    # the sample gold does not annotate (转自《中工网》 lists no 中工网); the credit's names stay,
    # a credit printed as a line of its own too (（新华社记者甲摄）: the guideline lists credited
    # persons, and the devset's gold the outlet of a credit)
    dateline_end = len(_DATELINE_RE.match(texts[0]).group()) if source else 0
    credit_line = [paras[-1]] if len(paras) - 1 > len(body) else []
    for p in (head, *body, *credit_line):
        for s, e, lab in p.entities():
            if p is body[0] and e <= dateline_end:
                continue
            if lab in entities and p.text[s:e] not in entities[lab]:
                entities[lab].append(p.text[s:e])
    return PdArticle(key=head.article_key, headline=headline, paragraphs=texts, source=source,
                     byline=byline, skip=skip, credit_end=credit_end, entities=entities,
                     end_skip=end_skip, kind="photo" if photo else "news",
                     credit_para=_credit_para(paras, body))


def _credit_para(paras: list[PdParagraph], body: list[PdParagraph]) -> str | None:
    """The credit printed as a paragraph of its own after the body, if any."""
    return paras[-1].text if len(paras) - 1 > len(body) else None


def iter_usable_articles(corpus_path: str | Path, days: tuple[int, int] | None = None) -> Iterator[PdArticle]:
    """Articles of the corpus that pass the selection rules, in corpus order; with ``days``
    (first, last day of January 1998), only those days' (e.g. days a model never saw)."""
    paragraphs = iter_paragraphs(corpus_path)
    if days is not None:
        paragraphs = paragraphs_of_days(paragraphs, *days)
    for paras in iter_articles(paragraphs):
        art = to_article(paras)
        if art is not None:
            yield art
