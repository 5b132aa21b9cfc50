"""Split one page into article drafts."""
from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Block, page_blocks
from .body import Paragraph, find_dropped, repair_column_breaks
from .byline import (MAX_CREDIT, Credit, empty_byline, merge_byline, parse_author_line,
                     parse_credit_line, parse_lead, parse_photo_credit, parse_trailing_credit)
from .cues import SplitterCues, load_cues
from .layout import Region, find_layout, is_profile_subtitle, is_source_line, pick_headline


@dataclass
class ArticleDraft:
    headline: str
    subheadlines: list[str]
    section: str | None
    kind: str
    source: str | None
    byline: dict[str, list[str]]
    author_line: str | None
    credit_line: str | None
    paragraphs: list[Paragraph]
    page_start: int
    notes: list[str] = field(default_factory=list)
    dropped: list[dict] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def page_end(self) -> int:
        return self.paragraphs[-1].end if self.paragraphs else self.page_start


@dataclass
class PageSplit:
    banners: list[str]
    articles: list[ArticleDraft]


def split_page(page: str, cues: SplitterCues | None = None) -> PageSplit:
    cues = cues or load_cues()
    blocks = page_blocks(page, cues.stray_tokens)
    if not blocks:
        return PageSplit(banners=[], articles=[])
    layout = find_layout(blocks, cues)
    if not layout.regions:
        return PageSplit(banners=[], articles=[_unstructured(blocks)])
    drafts = [_draft(region, blocks, cues) for region in layout.regions]
    _drop_repeats(drafts)
    for draft in drafts:   # a credit printed after a paragraph that was printed twice
        _trailing_credits(draft, cues)
    return PageSplit(banners=[blocks[i].text for i in layout.banners], articles=drafts)


def _unstructured(blocks: list[Block]) -> ArticleDraft:
    """No recognizable structure: the whole text is one article of kind ``unknown``."""
    return ArticleDraft(headline="", subheadlines=[], section=None, kind="unknown", source=None,
                        byline=empty_byline(), author_line=None, credit_line=None,
                        paragraphs=repair_column_breaks(blocks), page_start=blocks[0].start,
                        notes=["no headline or byline found: page kept as one article"])


def _draft(region: Region, blocks: list[Block], cues: SplitterCues) -> ArticleDraft:
    titles = [blocks[i].text for i in region.titles]
    h = pick_headline(titles, cues)
    draft = ArticleDraft(
        headline=titles[h] if titles else "",
        subheadlines=[t for k, t in enumerate(titles) if k != h],
        section=" / ".join(blocks[i].text for i in region.section) or None,
        kind="feature" if any(is_profile_subtitle(t, cues) for t in titles) else "news", source=None, byline=empty_byline(), author_line=None, credit_line=None,
        paragraphs=[], page_start=blocks[region.start].start,
    )
    body_from = (region.titles[-1] + 1) if region.titles else region.start
    body_blocks: list[Block] = []
    lead_rest: str | None = None   # the lead paragraph without its source and credit
    for i in range(body_from, region.body_end):
        block = blocks[i]
        if i == region.anchor:
            if region.anchor_kind == "lead":
                lead = parse_lead(block.text, cues)
                draft.source, draft.byline, draft.credit_line = lead.source, lead.byline, lead.credit
                if lead.rest:
                    body_blocks.append(block)
                    lead_rest = lead.rest
            elif region.anchor_kind == "author":
                _sign(draft, block.text, parse_author_line(block.text, cues)[1])
            elif region.anchor_kind == "byline":
                credit = parse_credit_line(block.text, cues)
                draft.byline, draft.kind = credit.byline, "feature"
                draft.credit_line, draft.source = block.text, credit.source if credit.source != "本报" else None
            continue
        if is_source_line(block, cues):
            if draft.source is None:
                draft.source = block.text
            continue
        credit = parse_credit_line(block.text, cues) if len(block.text) <= MAX_CREDIT else None
        if credit is not None:   # 文/某报记者 X, （图文：X）, 工人日报-中工网记者 X 通讯员 Y
            _add_credit(draft, credit, before_body=not body_blocks)
            continue
        body_blocks.append(block)
    draft.paragraphs = repair_column_breaks(body_blocks, lead_rest)
    _trailing_credits(draft, cues)
    _trailing_author_line(draft, cues)
    captioned = _photo_credit(draft, cues)
    if captioned or draft.kind == "news" and draft.byline["photographers"] \
            and not any(draft.byline[r] for r in ("reporters", "correspondents", "authors")):
        draft.kind = "photo"   # a caption's credit (…摄影报道), or photographers alone (本报记者 X 摄)
    return draft


def _add_credit(draft: ArticleDraft, credit: Credit, before_body: bool = False) -> None:
    """A credit fills the byline; its outlet is the source only printed before the body (the lead
    as printed: 工人日报-中工网记者 X), not after it (（福州日报记者 X/文 Y/摄）: no source)."""
    merge_byline(draft.byline, credit.byline)
    draft.credit_line = f"{draft.credit_line}；{credit.text}" if draft.credit_line else credit.text
    if before_body and draft.source is None and credit.source and credit.source not in ("本报",):
        draft.source = credit.source


def _trailing_credits(draft: ArticleDraft, cues: SplitterCues) -> None:
    """Credits in brackets after the body (（记者 X）, （某部）, （完）) fill the byline, not the text."""
    while draft.paragraphs:
        last = draft.paragraphs[-1]
        found = parse_trailing_credit(last.text, cues)
        if found is None:
            return
        before, credit = found
        if credit is not None:
            _add_credit(draft, credit)
        if before:
            last.text = before
            return
        draft.paragraphs.pop()


def _trailing_author_line(draft: ArticleDraft, cues: SplitterCues) -> None:
    """…共享更多成果。 | 某区人大常委会副主任、区总工会主席 轩辕志刚: a signed piece whose author
    line is printed after the body, not before it; the line is no text of the body."""
    if draft.author_line is not None or len(draft.paragraphs) < 2 or any(draft.byline.values()):
        return
    last = draft.paragraphs[-1].text
    found = parse_author_line(last, cues)
    if found is None:
        return
    draft.paragraphs.pop()
    _sign(draft, last, found[1])


def _sign(draft: ArticleDraft, line: str, name: str) -> None:
    """The author line of a signed piece: the line, its author, the kind commentary."""
    draft.author_line, draft.kind = line, "commentary"
    draft.byline["authors"].append(name)


def _photo_credit(draft: ArticleDraft, cues: SplitterCues) -> bool:
    """A caption credit ending the last paragraph (…本报记者 X 摄影报道) fills the byline and the
    credit line; whether there was one."""
    if not draft.paragraphs:
        return False
    found = parse_photo_credit(draft.paragraphs[-1].text, cues)
    if not found:
        return False
    caption, byline, credit = found
    draft.credit_line = credit
    for role, names in byline.items():
        for name in names:
            if name not in draft.byline[role]:
                draft.byline[role].append(name)
    if caption:
        draft.paragraphs[-1].text = caption
    else:
        draft.paragraphs.pop()
    return True


def _drop_repeats(drafts: list[ArticleDraft]) -> None:
    dropped = find_dropped([d.paragraphs for d in drafts])
    by_article: dict[int, set[int]] = {}
    for d in dropped:
        para = drafts[d.article].paragraphs[d.paragraph]
        drafts[d.article].dropped.append({
            "reason": d.reason, "text": para.text, "page_span": [para.start, para.end],
            "similar_to_article": d.similar_to + 1,
        })
        what = "repeats an earlier paragraph" if d.reason == "duplicate" else \
            f"belongs with article {d.similar_to + 1} (printed before its headline)"
        drafts[d.article].notes.append(f"paragraph at page offset {para.start} removed: {what}")
        by_article.setdefault(d.article, set()).add(d.paragraph)
    for a, idxs in by_article.items():
        drafts[a].paragraphs = [p for k, p in enumerate(drafts[a].paragraphs) if k not in idxs]
