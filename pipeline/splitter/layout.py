"""Where articles start on a page: headline groups, their anchors, sections and banners.

An article starts with a headline group (kicker / headline / subtitle lines) followed by an
anchor: a source lead (``本报讯（记者 X）…``), the author line of a signed piece, or a stand-alone
byline line. A headline followed directly by body text (no anchor) also starts an article when
it stands between a finished sentence and a body paragraph.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..text.chars import LIST_CLOSER
from .blocks import Block
from .byline import parse_author_line, parse_byline_line, parse_credit_line, parse_lead
from .cues import SplitterCues
from .wordlist import load_words, word_spans_break

MIN_TITLE_LEN = 4
MAX_TITLE_LEN = 48          # headline lines are short
# (of 3,526 headlines and title lines of 600 People's Daily pages, the devset, the samples and the
# read sets, one is longer than 36 characters with no space: 蔡奇来到北京最东端，调研…, of clauses)
MAX_STRICT_TITLE_LEN = 36
MAX_CLAUSED_TITLE_LEN = 40  # … a title of clauses, whose body opens with its date
MAX_GROUP_LINES = 4
MAX_TITLE_PREFIX = 10   # a place, unit, or trade and name before a title's colon (长江引航员钟离远航：…)
MAX_SPACED_TITLE_LEN = 72    # a long headline printed as parts cut by spaces
_SPACED = re.compile(r"[\u4e00-\u9fff”》0-9][ \u3000]+[\u4e00-\u9fff“《0-9]")
_COMMAS = set("，,")
_DASHES = ("——", "—", "--")
_SHORT_CLAUSE = re.compile(r"^([\u4e00-\u9fff]{1,2})[，、。；]")   # (…出席并见证|签约。牛某表示: a sentence's end)
_TIME_ENDS = tuple("日天年月时晚晨午夜前后来下间初末底今")
# (…反假货币识别和金融知识|问答等项目。: a list's last item and its closer, a sentence cut)
_LIST_END_CLAUSE = re.compile(rf"^[\u4e00-\u9fff]{{1,4}}{LIST_CLOSER}[，、。；]")
_DATE_OPENER = re.compile(r"^([0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}年[0-9]{1,2}月|[0-9]{1,2}日[上下]午|近日|日前)")
_ENUMERATOR = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．]|第[一二三四五六七八九十]+(?=[，、：:是]))")
_TITLE_BAD_END = set("。；，、,;：:.．的")   # a title never ends so (PD: 0 of 3,965 headlines end in 的 or .)
_OPENING_PUNCT = set("，。、；：？！）」』”,.;:?!)")
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
    if parse_author_line(block.text, cues) is not None:
        return "author"
    if parse_byline_line(block.text, cues) is not None:
        return "byline"
    return None


_PAIRED = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"), ("【", "】"), ("「", "」"))


def title_like(block: Block, cues: SplitterCues, strict: bool = False, commas: bool = False) -> bool:
    """Could this line be a headline (kicker, subtitle)? Titles are short, hold no full stop and do
    not end like a sentence or a closing credit "（张三）", nor open as a line of a body does
    (记者：…？, 【案例一】…: splitter.yaml body_line_openers), nor run as a page header (第2版). A
    tag in brackets (（图片）, （时政）) is no part of the test; a long line passes when spaces cut it
    into title parts (X强调 Y Z).
    ``commas``: a strict title may hold a comma or two (蔡某来到某地，调研某事，要求…) and run up to
    MAX_CLAUSED_TITLE_LEN characters, one without up to MAX_STRICT_TITLE_LEN."""
    text = block.text
    core = cues.headline_tag.sub("", text).strip() if ("（" in text or "(" in text) else text
    if len(core) < (2 if len(core) < len(text) else MIN_TITLE_LEN):   # 据了: a cut paragraph's end
        return False
    limit = (MAX_CLAUSED_TITLE_LEN if commas else MAX_STRICT_TITLE_LEN) if strict else MAX_TITLE_LEN
    if len(text) > limit and not (len(text) <= MAX_SPACED_TITLE_LEN and _SPACED.search(core)):
        return False
    if core[-1] in _TITLE_BAD_END or "。" in core:
        return False
    if core[0] in "（(" or core[-1] in "）)" or is_section(block, cues) or is_source_line(block, cues) \
            or cues.body_line.match(text) or cues.page_header.search(text):
        return False
    if strict:
        bad = _STRICT_BAD_CHARS - _COMMAS if commas else _STRICT_BAD_CHARS
        if bad & set(core) or _ENUMERATOR.match(core) or (commas and sum(map(core.count, _COMMAS)) > 2):
            return False
        if any(core.count(a) != core.count(b) for a, b in _PAIRED):  # “…, 《… left open: a cut paragraph
            return False
        colon = _colon_at(core)
        # (济南：多管齐下… has a short prefix, “钢铁裁缝”东方晓军：… too, its quote marks left out;
        # 他指出：“… is a quote)
        if colon - sum(core.count(q, 0, max(colon, 0)) for q in _QUOTE_MARKS) > MAX_TITLE_PREFIX:
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
        while len(group) > 1 and not blocks[group[0]].text.startswith(_DASHES) \
                and not title_like(blocks[group[0]], cues, strict=True) and not _heads_a_profile(blocks, group, cues):
            group.pop(0)   # a line with commas above the headline: the cut end of an article, no kicker
        if not group:
            continue  # a source lead inside running text: not an article start
        regions.append(Region(start=group[0], titles=group, anchor=i, anchor_kind=kind))
        used.update(group)
        used.add(i)
        floor = i + 1
    regions.extend(_weak_starts(blocks, kinds, used, cues))
    regions.sort(key=lambda r: r.start)
    regions = _without_roundup_sections(regions, blocks, cues)
    _attach_sections(regions, blocks, cues)
    banners = _split_banner_units(regions, blocks) + _page_column(regions, blocks, cues)
    for k, region in enumerate(regions):
        nxt = regions[k + 1].start if k + 1 < len(regions) else len(blocks)
        region.body_end = nxt
    first = regions[0].start if regions else len(blocks)
    banners = sorted(set(banners) | set(range(0, first)))
    return Layout(regions=regions, banners=banners)


def _weak_starts(blocks: list[Block], kinds: list[str | None], used: set[int], cues: SplitterCues) -> list[Region]:
    """Headlines with no byline: title lines before body text, after a finished sentence or after
    an article whose text was cut (the last block does not read on into the title)."""
    found: list[Region] = []
    i = 0
    n = len(blocks)
    page_bigrams = _LazyBigrams(blocks)
    # a line printed twice on the page, and the block after it too, is a paragraph printed twice
    # and cut by a column break, no headline (a column's title, 图片新闻, repeats over other text)
    printed = Counter(b.text for b in blocks)
    # (not an article printed twice: its body opens like a lead, with its date)
    repeated = lambda k: printed[blocks[k].text] > 1 and k + 1 < n and printed[blocks[k + 1].text] > 1 \
        and not _opens_like_a_lead(blocks[k + 1].text, cues)  # noqa: E731
    free = lambda k: k < n and k not in used and kinds[k] is None  # noqa: E731
    while i < n:
        if free(i) and free(i + 1) and _photo_headline(blocks, i, cues) and _prev_ok(blocks, i, cues, dated=True):
            found.append(Region(start=i, titles=[i], anchor=None, anchor_kind="none"))
            used.add(i)
            i += 1
            continue
        if not free(i) or repeated(i) or not title_like(blocks[i], cues, strict=True, commas=True):
            i += 1
            continue
        group = [i]
        k = i + 1
        commas = not title_like(blocks[i], cues, strict=True)
        while not commas and free(k) and len(group) < 3 and title_like(blocks[k], cues, strict=True) \
                and not _closed_by_tag(blocks[group[-1]].text, cues):
            group.append(k)
            k += 1
        # after a headline closed by its tag the body follows, whatever its first block looks like
        # (a caption cut by a column break: 内蒙古自治区…安装 | 了33台…); a running header (a page's
        # date on its own line) is no body
        body_ok = free(k) and (_closed_by_tag(blocks[group[-1]].text, cues) or not title_like(blocks[k], cues, strict=True)) \
            and not is_section(blocks[k], cues) and not cues.page_header.search(blocks[k].text)
        if commas and not (k < n and _DATE_OPENER.match(blocks[k].text)):
            body_ok = False   # a title with commas stands alone and needs the body to open with its date
        if all(blocks[g].text.startswith(cues.kicker_openers) for g in group) and not _heads_the_page_or_section(blocks, i, cues):
            body_ok = False   # a kicker alone (将温暖送到…): a heading inside an article, not a headline
        dated = k < n and _DATE_OPENER.match(blocks[k].text) is not None
        if body_ok and _prev_ok(blocks, i, cues, dated) and not _continues(blocks, group[-1], k, cues, page_bigrams) \
                and not _opens_with_a_person_named_before(blocks, i, cues):
            found.append(Region(start=i, titles=group, anchor=None, anchor_kind="none"))
            used.update(group)
        i = k
    return found


def _heads_a_profile(blocks: list[Block], group: list[int], cues: SplitterCues) -> bool:
    """十九年，她为上千名患者“缝补”伤口 over ——记某医院护士长某某: a profile's subtitle
    follows its headline, so the line above it is that headline, a comma or two in it or not."""
    return is_profile_subtitle(blocks[group[1]].text, cues) \
        and title_like(blocks[group[0]], cues, strict=True, commas=True)


def _heads_the_page_or_section(blocks: list[Block], i: int, cues: SplitterCues) -> bool:
    """【观点】 | 以高质量集体协商促进…: a line first on the page or right under a section label
    heads no article's text, so it is no heading inside one."""
    return i == 0 or is_section(blocks[i - 1], cues)


_NAMED_BEFORE_BLOCKS = 3   # how far back a person named in the text before a title line is looked for


def _opens_with_a_person_named_before(blocks: list[Block], i: int, cues: SplitterCues) -> bool:
    """冯启航对韦伯一行来 | 浙表示欢迎。 after …省长冯启航在杭州会见…: a title-like line that opens
    with a person's name written in the blocks just before it, and has no comma, is a sentence of
    that article cut by a column break, no headline (of 341 headlines with no byline in the devset
    and the made-up sets, none reads so; 3 of 8 false ones do)."""
    title = blocks[i].text
    if cues.names is None or i == 0 or _COMMAS & set(title):
        return False   # (蔡奇来到北京最东端，调研…: a headline of clauses, its body opening with a date)
    end = cues.names.name_at(title, 0)
    if end is None or end >= len(title) or not _is_han(title[end]):
        return False   # 李桂兰：三十年坚守一线, 张海峰 用匠心铸就精品: a profile's headline
    before = "".join(b.text for b in blocks[max(0, i - _NAMED_BEFORE_BLOCKS):i])
    return title[:end] in before


_PHOTO_TITLE = re.compile(r"[\u4e00-\u9fff]{2,3}")
_CAPTION_BLOCKS = 3   # a caption cut by column breaks into this many blocks at most


def _photo_headline(blocks: list[Block], i: int, cues: SplitterCues) -> bool:
    """传帮带, 签约: a line of two or three Han characters (too short for title_like) over a caption
    that opens with its date and is closed by a photographer's credit line (本报记者 X 摄, 图/X)
    heads a photo piece (not a photo column's name: 图说, a section)."""
    if not _PHOTO_TITLE.fullmatch(blocks[i].text) or is_section(blocks[i], cues) or i + 2 >= len(blocks) \
            or not _DATE_OPENER.match(blocks[i + 1].text):
        return False
    for k in range(i + 2, min(len(blocks), i + 2 + _CAPTION_BLOCKS)):
        credit = parse_credit_line(blocks[k].text, cues)
        if credit is not None:
            return bool(credit.byline["photographers"])
    return False


def _without_roundup_sections(regions: list[Region], blocks: list[Block], cues: SplitterCues) -> list[Region]:
    """某报道：…系列活动 / 某街道：情暖新春 / 年味渐浓，…: a title of one line opening with a unit's
    name and a colon, with no lead and no date opening what follows, right after an article of
    one paragraph (a roundup's introduction; not a photo's caption), heads a section of that
    article, not an article."""
    kept: list[Region] = []
    for region in regions:
        prev = kept[-1] if kept else None
        first_body = region.titles[-1] + 1 if region.titles else region.start
        colon = _colon_at(blocks[region.titles[0]].text) if len(region.titles) == 1 else -1
        if prev is not None and region.anchor_kind == "none" and 2 <= colon <= MAX_TITLE_PREFIX \
                and first_body < len(blocks) and not _opens_like_a_lead(blocks[first_body].text, cues) \
                and region.start - _head_end(prev) == 1 \
                and not any(_closed_by_tag(blocks[t].text, cues) for t in prev.titles):
            continue
        kept.append(region)
    return kept


_QUOTE_MARKS = "“”\"‘’"


def _colon_at(text: str) -> int:
    """Where the first colon of a title stands (full-width or ASCII; the later one if both), or -1."""
    return max(text.find("："), text.find(":"))


def _head_end(region: Region) -> int:
    """The first block after a region's titles and its anchor: where its body starts."""
    return max(region.titles + ([region.anchor] if region.anchor is not None else [])) + 1


def _opens_like_a_lead(text: str, cues: SplitterCues) -> bool:
    """A body that opens with a lead word (在, 近日, 据 …) or a date: an article's own start."""
    return text.startswith(cues.lead_openers) or _DATE_OPENER.match(text) is not None


def _prev_ok(blocks: list[Block], i: int, cues: SplitterCues, dated: bool = False) -> bool:
    """May a headline stand at block i? After a finished sentence, a section or source line, or a
    block cut short that does not read on into this one (an article stored cut). ``dated``: the
    body after the title opens with its date, so a block cut after a dangling mark (…供应链、)
    is an article stored cut, unless a word or a number runs across."""
    if i == 0:
        return True
    prev = blocks[i - 1]
    if prev.ends_sentence or is_section(prev, cues) or is_source_line(prev, cues):
        return True
    return not _reads_on(prev.text, blocks[i].text, cues, dangling=not dated)


def _reads_on(left: str, right: str, cues: SplitterCues, dangling: bool = True) -> bool:
    """Hard evidence that ``left`` runs on into ``right`` across a column break (``dangling``: a
    dangling mark at the end of ``left`` counts as evidence)."""
    if not left or not right:
        return False
    # the common words the splitter carries (saved with it); an older saved splitter has none
    common = cues.common_words or load_words()
    if word_spans_break(left, right, common) and not _opens_with_a_lead_clause(right, cues):
        return True   # (…提升工作|日前，…: 工作日 runs across, but 日前， is a clause of its own)
    if word_spans_break(left, right, cues.places) and not _opens_like_a_lead(right, cues):
        return True   # 还将赴广东、浙|江等地: a listed place cut in two
    if word_spans_break(left, right, cues.org_endings):
        return True   # …市劳动人事争议仲裁|院仲裁员…: an organization's ending cut in two
    if right.startswith(cues.legal_forms) and _is_han(left[-1:]):
        return True   # …福源马铃薯加工|有限公司、…: a company's name cut before its legal form
    if left[-1].isdigit() and right[0].isdigit():  # a number cut in two: 1|2月31日
        return True
    if left[-1] in cues.cut_count_numerals and right[0] in cues.cut_count_measures and left[-2:] not in common \
            and right[:2] not in common:   # 南沙港区四|期码头: a count cut (not 献礼七一|位于…, 之二|期间)
        return True
    if left[-1].isdigit() and (right[0] in cues.cut_count_measures or right[0] in cues.cut_digit_units):
        return True   # 今年3|月突发心梗: a number cut from its unit
    if (cut := cues.name_after_title.search(left)) and len(cut.group("name")) == 1 and _is_han(right[:1]):
        return True   # 副主席钮|国庆: no name is a surname alone
    return right[0] in _OPENING_PUNCT or right.startswith(cues.continuation_openers) \
        or (dangling and left.endswith(cues.dangling_ends))


def _opens_with_a_lead_clause(text: str, cues: SplitterCues) -> bool:
    """日前，… / 今年，…: a lead word of two characters or more that is a clause of its own."""
    return any(len(w) > 1 and text.startswith(w) and text[len(w):len(w) + 1] in _CLAUSE_MARKS for w in cues.lead_openers)


_CLAUSE_MARKS = tuple("，,、")


class _LazyBigrams:
    """The page's character bigram counts, counted on first use (most pages never ask)."""

    def __init__(self, blocks: list[Block]) -> None:
        self._blocks, self._counts = blocks, None

    def __getitem__(self, bigram: str) -> int:
        if self._counts is None:
            self._counts = Counter(t[j:j + 2] for t in (b.text for b in self._blocks) for j in range(len(t) - 1))
        return self._counts[bigram]


def _continues(blocks: list[Block], last: int, body: int, cues: SplitterCues, page_bigrams: "_LazyBigrams") -> bool:
    """Does the title-like line ``last`` read on into block ``body`` (a column break)? Yes when a
    common word runs across the break (展|示), or the bigram across it is used elsewhere on the
    page (高|质量 beside 高质量), unless the next block opens like a lead (在, 近日, 据, ...)."""
    left, right = blocks[last].text, blocks[body].text
    if not left or not right:
        return False
    if _closed_by_tag(left, cues):
        return False   # 某地扶贫（图片） | 地处…: a headline's tag closes it
    if _reads_on(left, right, cues):
        return True
    if _opens_like_a_lead(right, cues):
        return False
    if left.endswith(cues.particle_ends):
        return True   # 大会审议通过了 | 上一届…: a verb's aspect particle, its object cut off
    if cues.name_after_title.search(left):
        return True   # 区总工会主席章慧|芳代表…: a title line ends with a person's name, the body no lead
    clause = _SHORT_CLAUSE.match(right)
    if clause and not clause.group(1).endswith(_TIME_ENDS):
        return True   # 表示衷心|感谢，他…, 并见证|签约。…: a body opens with a time word, not a word cut off
    if _LIST_END_CLAUSE.match(right):
        return True   # …和金融知识|问答等项目。: no article opens with a list's closer
    bigram = left[-1] + right[0]
    return _is_han(bigram) and page_bigrams[bigram] >= 1


def _closed_by_tag(text: str, cues: SplitterCues) -> bool:
    """某地扶贫（图片）, …（附图片1张）: a headline ending with its tag; nothing of the title follows."""
    tag = cues.headline_tag.search(text) if text.endswith(("）", ")")) else None
    return tag is not None and tag.end() == len(text)


def _is_han(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


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


def _page_column(regions: list[Region], blocks: list[Block], cues: SplitterCues) -> list[int]:
    """区县工会·海淀 over the first of a page's stories (splitter.yaml page_column): the page's first
    line, heading a title group of more lines, is the page's banner, no kicker of that story."""
    if len(regions) < 2 or not regions[0].titles or regions[0].titles[0] != 0 or len(regions[0].titles) < 2 \
            or not cues.page_column.match(blocks[0].text.strip()):
        return []
    regions[0].titles = regions[0].titles[1:]
    regions[0].start = regions[0].titles[0]
    return [0]


def pick_headline(lines: list[str], cues: SplitterCues) -> int:
    """Index of the main headline among stacked title lines (the rest are kicker / subtitle)."""
    candidates = [k for k, t in enumerate(lines) if not t.startswith(("——", "—", "--"))]
    if not candidates:
        return 0
    if len(candidates) == 1:
        return candidates[0]
    scores = {k: _headline_score(lines[k], cues) for k in candidates}
    if len(candidates) == 3 and scores[candidates[0]] < 0 <= scores[candidates[1]]:
        return candidates[1]   # a kicker, the headline, its subtitle (the subtitle may tell news too)
    if candidates == [0, 1] and len(lines) == 3:
        return 1   # 守护“大国粮仓” / 零下30℃的粮仓里… / ——记…: a kicker, the headline, a dashed subtitle
    if len(candidates) == 2 and scores[candidates[0]] >= 0:
        # 戈壁风电场里的“娘家人” over 某市总工会走进某风电场慰问运维职工: papers print the headline
        # first and its subtitle, which may tell the news, below; only a line read as a kicker gives way
        return candidates[0]
    best = max(scores.values())
    return next(k for k in candidates if scores[k] == best)  # ties: reading order


_TOPIC_CHARS = 4   # a title line this short names a topic (校企合作), it states no fact
_PLAIN_TOPIC_CHARS = 8   # … and one this short set plainly, no quote or space (两岸职工交流)


def _headline_score(text: str, cues: SplitterCues) -> int:
    """A thematic kicker opens with a verb of exhortation; a headline tells a fact (a news verb);
    a kicker may only name a topic or a campaign (校企合作, …集中入会行动) or pair two short
    phrases. Ties go to reading order: papers print the headline first, then its subtitle."""
    if is_profile_subtitle(text, cues):
        return -3   # 记某馆文物修复师某某: whom the story is about, below any headline
    if cues.kicker_speech_ends and text.rstrip().endswith(cues.kicker_speech_ends):
        return -5   # 某某在某地调研时强调: the words the headline quotes follow (below a pair of slogans, -3)
    if _genre_subtitle(text, cues):
        return -3   # 某市总工会走访慰问餐饮从业人员侧记: what kind of story it is, below its headline
    score = -2 if text.startswith(cues.kicker_openers) else 0
    if _tells_news(text, cues):
        score += 1
    elif _plain_topic(text):
        score -= 2   # 两岸职工交流: a topic alone, less a headline than a pair of phrases is
    elif len(re.sub(r"\W", "", text)) <= _TOPIC_CHARS or text.rstrip("”\"").endswith(cues.kicker_topic_ends) \
            or _parallel_phrases(text) or _series_label(text, cues):
        score -= 1
    return score


def is_profile_subtitle(text: str, cues: SplitterCues) -> bool:
    """——记全国劳动模范某某, 记某馆文物修复师某某: a profile's subtitle (``profile_subtitle_openers``),
    its dash kept or lost; not a line opening with a common word (记者手记, 记录…)."""
    line = text.lstrip("—-－ \u3000")
    opener = next((o for o in cues.profile_subtitle_openers if line.startswith(o)), None)
    return opener is not None and len(line) > len(opener) + 2 \
        and not any(line[:k] in cues.common_words for k in range(len(opener) + 1, len(opener) + 4))


def _tells_news(text: str, cues: SplitterCues) -> bool:
    """A news verb after a subject (某总工会为…授牌), in a line that is no pair of slogan
    phrases (签署集体合同 护航职工权益) and does not open with the verb (授牌只是开始)."""
    return not _parallel_phrases(text) and any(text.find(v, 1) > 0 for v in cues.news_verbs)


_SERIES_TAG_CHARS = 4   # the longest tag after a series' name (安全生产月·一线行, 京港青年交流·2024)
_GENRE_TAG_CHARS = 8    # … and the longest that ends with a genre's word (重点工程见闻)


def _series_label(text: str, cues: SplitterCues) -> bool:
    """安全生产月·一线行, 京港青年交流·2024: a series' or campaign's name and its tag joined by ·, no
    fact told (checked before); not a foreign name (埃里克·汉森…: transliteration characters)."""
    parts = text.split("·")
    if len(parts) != 2:
        return False
    name, tag = (re.sub(r"\W", "", p) for p in parts)
    translit = cues.names.lex.transliteration_chars if cues.names is not None else frozenset()
    # (走基层·重点工程见闻: a longer tag ending with a genre's word, series_tag_ends)
    short = 1 <= len(tag) <= _SERIES_TAG_CHARS or len(tag) <= _GENRE_TAG_CHARS and tag.endswith(cues.series_tag_ends)
    return len(name) >= 2 and short and not all(c in translit for c in name[-3:])


def _plain_topic(text: str) -> bool:
    """港澳青年职工实习: a short line of Han characters only, with no news verb (checked before),
    names a topic; a headline that short is set with quotes or a turn (“卡友”有了“娘家”), or
    describes a thing with 的 (茶山上的工会小组, 一碗早茶里的年味: a feature's headline)."""
    return len(text) <= _PLAIN_TOPIC_CHARS and re.fullmatch(r"[\u4e00-\u9fff]+", text) is not None \
        and "的" not in text


def _genre_subtitle(text: str, cues: SplitterCues) -> bool:
    """某市总工会走访慰问餐饮从业人员侧记: a line that ends with a genre's word (series_tag_ends) after
    the story it names tells what kind of story this is; not a series' tag after · (走基层·见闻)."""
    line = re.sub(r"\W", "", text)
    return "·" not in text and len(line) > _GENRE_TAG_CHARS and line.endswith(cues.series_tag_ends)


_PHRASE_CHARS = 8   # the longest phrase of a kicker's parallel pair (全民健身 职工先行)


def _parallel_phrases(text: str) -> bool:
    """“职”等你来 “缘”来是你, 全民健身 职工先行: short phrases set apart by spaces, a slogan's
    pair, not a fact told."""
    parts = text.split()
    return len(parts) >= 2 and all(len(re.sub(r"\W", "", p)) <= _PHRASE_CHARS for p in parts)
