"""Where articles start on a page: headline groups, their anchors, sections and banners.

An article starts with a headline group (kicker / headline / subtitle lines) followed by an
anchor: a source lead (``本报讯（记者 X）…``), the author line of a signed piece, or a stand-alone
byline line. A headline followed directly by body text (no anchor) also starts an article when
it stands between a finished sentence and a body paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block
from .byline import parse_author_line, parse_byline_line, parse_lead
from .cues import SplitterCues

MAX_TITLE_LEN = 48          # headline lines are short
MAX_STRICT_TITLE_LEN = 40
MAX_GROUP_LINES = 4
_ENUMERATOR = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．]|第[一二三四五六七八九十]+)")
_TITLE_BAD_END = set("。；，、,;：:")
_STRICT_BAD_CHARS = set("，。；,;")


@dataclass
class Region:
    start: int                       # first block (section or headline group)
    section: list[int] = field(default_factory=list)
    titles: list[int] = field(default_factory=list)
    anchor: int | None = None
    anchor_kind: str = "none"        # lead | author | byline | none
    body_end: int = 0                # exclusive block index


@dataclass
class Layout:
    regions: list[Region]
    banners: list[int]


def is_section(block: Block, cues: SplitterCues) -> bool:
    return any(p.match(block.text) for p in cues.section_labels)


def is_source_line(block: Block, cues: SplitterCues) -> bool:
    return any(p.match(block.text) for p in cues.source_lines)


def anchor_kind(block: Block, cues: SplitterCues) -> str | None:
    if parse_lead(block.text, cues) is not None:
        return "lead"
    if len(block.text) <= 70 and parse_author_line(block.text, cues) is not None:
        return "author"
    if parse_byline_line(block.text, cues) is not None:
        return "byline"
    return None


def title_like(block: Block, cues: SplitterCues, strict: bool = False) -> bool:
    text = block.text
    limit = MAX_STRICT_TITLE_LEN if strict else MAX_TITLE_LEN
    if not text or len(text) > limit or text[-1] in _TITLE_BAD_END:
        return False
    if text[-1] == "。" or is_section(block, cues) or is_source_line(block, cues):
        return False
    if strict and (_STRICT_BAD_CHARS & set(text) or _ENUMERATOR.match(text)):
        return False
    return True


def find_layout(blocks: list[Block], cues: SplitterCues) -> Layout:
    kinds = [anchor_kind(b, cues) for b in blocks]
    used: set[int] = set()
    regions: list[Region] = []
    floor = 0  # groups never reach back past the previous anchor
    for i, kind in enumerate(kinds):
        if kind is None:
            continue
        group: list[int] = []
        j = i - 1
        while j >= floor and len(group) < MAX_GROUP_LINES and kinds[j] is None and title_like(blocks[j], cues):
            group.insert(0, j)
            j -= 1
        if not group:
            continue  # a source lead inside running text: not an article start
        regions.append(Region(start=group[0], titles=group, anchor=i, anchor_kind=kind))
        used.update(group)
        used.add(i)
        floor = i + 1
    regions.extend(_weak_starts(blocks, kinds, used, cues))
    regions.sort(key=lambda r: r.start)
    _attach_sections(regions, blocks, cues)
    banners = _split_banner_units(regions, blocks)
    for k, region in enumerate(regions):
        nxt = regions[k + 1].start if k + 1 < len(regions) else len(blocks)
        region.body_end = nxt
    first = regions[0].start if regions else len(blocks)
    banners = sorted(set(banners) | set(range(0, first)))
    return Layout(regions=regions, banners=banners)


def _weak_starts(blocks: list[Block], kinds: list[str | None], used: set[int], cues: SplitterCues) -> list[Region]:
    """Headlines with no byline: a title line after a finished sentence and before body text."""
    found: list[Region] = []
    i = 0
    n = len(blocks)
    while i < n:
        if i in used or kinds[i] is not None or not title_like(blocks[i], cues, strict=True):
            i += 1
            continue
        prev_ok = i == 0 or blocks[i - 1].ends_sentence or is_section(blocks[i - 1], cues) \
            or is_source_line(blocks[i - 1], cues)
        group = [i]
        k = i + 1
        while k < n and len(group) < 3 and k not in used and kinds[k] is None \
                and title_like(blocks[k], cues, strict=True):
            group.append(k)
            k += 1
        body_ok = k < n and k not in used and kinds[k] is None and not title_like(blocks[k], cues) \
            and not is_section(blocks[k], cues)
        if prev_ok and body_ok and (i == 0 or _echoed_by_lead(blocks, group, k)):
            found.append(Region(start=i, titles=group, anchor=None, anchor_kind="none"))
            used.update(group)
        i = k
    return found


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if not (set(text[i:i + 2]) & _NOT_CONTENT)}


_NOT_CONTENT = set("，。、；：“”‘’《》（）()！？ 的了在和与为是")
LEAD_ECHO_CHARS = 200
LEAD_ECHO_MIN_SHARE = 0.25


def _echoed_by_lead(blocks: list[Block], group: list[int], body: int) -> bool:
    """A headline with no byline shares words with the lead paragraph under it; a line cut off
    a paragraph by a column break (which looks like a title) usually does not."""
    title = _bigrams("".join(blocks[i].text for i in group))
    if not title:
        return False
    lead = _bigrams(blocks[body].text[:LEAD_ECHO_CHARS])
    return len(title & lead) / len(title) >= LEAD_ECHO_MIN_SHARE


def _attach_sections(regions: list[Region], blocks: list[Block], cues: SplitterCues) -> None:
    for region in regions:
        j = region.start - 1
        while j >= 0 and is_section(blocks[j], cues):
            region.section.insert(0, j)
            j -= 1
        if region.section:
            region.start = region.section[0]


def _split_banner_units(regions: list[Region], blocks: list[Block]) -> list[int]:
    """A headline group holding two complete title units (a title closed by a ——subtitle, then
    another title) carries a page banner first: the earlier units are banners."""
    banners: list[int] = []
    for region in regions:
        units: list[list[int]] = [[]]
        for idx in region.titles:
            units[-1].append(idx)
            if blocks[idx].text.startswith(("——", "—", "--")):
                units.append([])
        units = [u for u in units if u]
        if len(units) > 1:
            for unit in units[:-1]:
                banners.extend(unit)
            region.titles = units[-1]
    return banners


def pick_headline(lines: list[str], cues: SplitterCues) -> int:
    """Index of the main headline among stacked title lines (the rest are kicker / subtitle)."""
    candidates = [k for k, t in enumerate(lines) if not t.startswith(("——", "—", "--"))]
    if not candidates:
        return 0
    if len(candidates) == 1:
        return candidates[0]
    scores = {k: _headline_score(lines[k], cues) for k in candidates}
    best = max(scores.values())
    return next(k for k in candidates if scores[k] == best)  # ties: reading order


def _headline_score(text: str, cues: SplitterCues) -> int:
    score = 0
    kicker = text.startswith(cues.kicker_openers)
    if kicker:
        score -= 2
    elif cues.subject_re.match(text):
        score += 2
    if any(v in text for v in cues.news_verbs):
        score += 1
    return score
