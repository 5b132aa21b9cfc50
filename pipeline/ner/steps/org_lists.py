"""Rule steps for organizations named by the data files: elided organs (区总工会), the rules
file's well-known companies and the organization lexicon (org_names.txt); and organizations the
article's form names: a body named after a person, an organization-only credit, a list of them."""
from __future__ import annotations

import re

from ..spans import Mention, SpanSet
from ...article_doc import field_span
from ...text.chars import CLAUSE_END, SENT_END
from .context import HAN, HAN_CHAR, HAN_WORD, RuleContext, enumeration_items, run_back
from .registry import rule_steps


@rule_steps.register("elided_orgs")
def elided_orgs(ctx: RuleContext, spans: SpanSet) -> None:
    """区总工会, 市委: an elided organ where no place is written before it (平谷区总工会 is
    grown, not elided), right after another organ (市委|市政府), a function word (为|区公安局) or
    a verb the tokenizer keeps apart (听取|区总工会, 落实|全总); not 区总, 市总 where a title opens at
    总 (区|总裁, 市|总经理)."""
    for m in ctx.elided_matches:
        if not elided_organ_at(ctx, spans, m):
            continue
        # 市台港澳办: a place abbreviation the model read inside the organ's name is part of it; so is
        # the organ's tail the model read alone (区退役|军人事务局)
        inside = all(s.end - s.start == 1 and s.label == "LOC" or s.label == "ORG" and m.start() < s.start
                     and s.end == m.end() for s in spans.overlapping(m.start(), m.end()))
        spans.add(m.start(), m.end(), "ORG", override=inside)


def elided_organ_at(ctx: RuleContext, spans: SpanSet, m: re.Match[str]) -> bool:
    """Whether the elided organ matched at ``m`` (区总工会, 市委) stands there: not 区|总裁; after no
    Han character, unless an organ (区委|区政府), a function word or a verb the tokenizer keeps apart."""
    text = ctx.text
    if text[m.end() - 1] == "总" and ctx.title_at(m.end() - 1):
        return False
    before = spans.ending_at(m.start())
    return not (m.start() > 0 and HAN_CHAR.match(text, m.start() - 1) and text[m.start() - 1] not in ctx.conventions.function_chars
                and (before is None or before.label != "ORG") and not _verb_before(ctx, m.start()))


@rule_steps.register("level_led_orgs")
def level_led_orgs(ctx: RuleContext, spans: SpanSet) -> None:
    """自治区|政协, 市|人大常委会: an organization the model began after a bare level word (the
    elision prefixes: 自治区, 街道, 市 …) standing for the place named elsewhere is the elided
    organization with its level, where the level opens a phrase (after punctuation or a function
    word, not 城市|总工会 nor the deictic 全市|工会)."""
    text, stops, deictics = ctx.text, ctx.conventions.function_chars, ctx.conventions.deictics
    prefixes = ctx.patterns.names.lex.elision_prefixes
    for span in spans.of("ORG"):
        level = next((p for p in prefixes if text.endswith(p, 0, span.start)), None)
        if level is None:
            continue
        begin = span.start - len(level)
        before = text[begin - 1] if begin > 0 else ""
        if HAN_CHAR.match(before) and (before not in stops or before in deictics):
            continue   # 城市|总工会, 全市|工会
        if not spans.overlapping(begin, span.start):
            spans.widen(span, begin, span.end, "ORG")


def _verb_before(ctx: RuleContext, pos: int) -> bool:
    """A two-character word that is no noun (落实, 听取) ends at ``pos``: the organ's name starts
    there (超市|总经理, 城市|委员会: nouns, no organ). The verb opens a word of the tokenizer's (联合|区…,
    联合区|…: it may read the level with it), not inside one (确保|全市|社会大局: no 保全)."""
    return pos >= 2 and not ctx.cuts_word(pos - 2) and ctx.patterns.verb_like(ctx.text[pos - 2:pos])


@rule_steps.register("sector_unions")
def sector_unions(ctx: RuleContext, spans: SpanSet, max_words: int = 2) -> None:
    """省|交通|工会, 市|服务|工会: a level character (``admin_levels``) where a name can
    start, one or two nouns of a trade and a head (``sector_union_heads``) are the trade's union
    of that province or city, written elided as 区总工会 is; generic owners (基层|工会) are not."""
    conv, text, nouns = ctx.conventions, ctx.text, ctx.patterns.nouns
    if not conv.admin_levels or not conv.sector_union_heads:
        return
    generic = set(conv.generic_union_owners)
    for head in conv.sector_union_heads:
        at = text.find(head)
        while at >= 0:
            end, pos = at + len(head), at
            for _ in range(max_words):   # the trade's nouns, right to left, longest first
                word = next((k for k in (4, 3, 2) if k < pos and text[pos - k:pos] in nouns
                             and text[pos - k:pos] not in generic), 0)
                if not word:
                    break
                pos -= word
                level = pos - 1
                if text[level] in conv.admin_levels and ctx.opens_name(level):
                    # (not a venue read by its use: 在|区职工服务中心|举行, lodging_places)
                    if not any(s.start == level and s.end == end for s in spans.of("LOC")):
                        spans.add(level, end, "ORG", override=True)
                    break
            at = text.find(head, end)


@rule_steps.register("known_orgs")
def known_orgs(ctx: RuleContext, spans: SpanSet) -> None:
    """Well-known companies and platforms (美团, 京东) from the rules file, where no entity is, or
    where the model read one as a place (京东: 京) or as a person of exactly that name that no
    surname opens (京东表示: a clause's subject; 华为 could be a person's name, and stays one).
    Only a name the segmenter reads as whole words (not the 华为 of 升华为, nor 中国电信 in
    中国电信业), and where the model saw nothing, no common word (not 联想 of 美好的联想); over the
    model's places and bodies that lie inside it (中国|财贸轻纺烟草|工会: the listed name is longer)."""
    surnames, words = ctx.patterns.surnames, ctx.patterns.words
    for m in ctx.listed_body_matches:   # (whole words only: not 升华|为, 中国|电信业)
        clash = spans.overlapping(m.start(), m.end())
        if not clash and m.group() in words:
            continue   # 美好的联想: a common word where the model saw none
        person = len(clash) == 1 and clash[0].label == "PER" and (clash[0].start, clash[0].end) == m.span() \
            and m.group()[0] not in surnames and m.group()[:2] not in surnames
        # (the model's places, or pieces inside it: 中国|财贸轻纺烟草|工会 read as a place and a union)
        inside = all(c.label != "PER" and m.start() <= c.start and c.end <= m.end() for c in clash)
        if all(c.label == "LOC" for c in clash) or person or inside:
            spans.add(m.start(), m.end(), "ORG", override=True)


@rule_steps.register("listed_org_starts")
def listed_org_starts(ctx: RuleContext, spans: SpanSet) -> None:
    """资源社会保障部 -> 人力资源社会保障部, 管理部 -> 应急管理部: an organization the model began
    inside a listed organization's name or kind (org_names.txt) and ended at its end or after it
    begins where the listed word does; the steps after it may take a place or level before it. Not a
    kind of body right after an organization (长沙市总工会|经费|审查委员会: that one's own, joined later)."""
    listed, kinds = ctx.conventions.listed_org_words, ctx.patterns.names.lex.org_names
    if listed is None:
        return
    for m in listed.finditer(ctx.text):
        a, b = m.span()
        before = spans.ending_at(a)
        if kinds.get(m.group()) == "generic" and before is not None and before.label == "ORG":
            continue
        clash = spans.overlapping(a, b)
        if len(clash) == 1 and clash[0].label == "ORG" and a < clash[0].start < b <= clash[0].end:
            spans.widen(clash[0], a, clash[0].end, "ORG")


_STOP_REACH = 2   # characters of a listed unit's name the model may have left out before an organization
_UNIT_REACH = 10   # … or read as a place of its own (伊犁哈萨克|自治州…)


@rule_steps.register("listed_unit_starts")
def listed_unit_starts(ctx: RuleContext, spans: SpanSet) -> None:
    """将|乐县总工会, 从|江县总工会: an organization the model began inside a listed unit's name (a
    gazetteer place of three or more characters with a unit's ending), whose first characters it
    read as a word before the name (将, 从: org_left_stops), begins where the unit does; so does one
    whose unit's opening the model read as a place of its own (伊犁哈萨克|自治|州伊宁市总工会: the
    places split off again by split_places_off_orgs)."""
    p, text, units = ctx.patterns, ctx.text, tuple(ctx.conventions.unit_suffixes)
    if p.place_re is None or not units:
        return
    for span in spans.of("ORG"):
        start, end, _ = span
        for k in range(1, _UNIT_REACH + 1):
            a = start - k
            listed = p.place_re.match(text, a) if a >= 0 else None
            if listed is None or not (start < listed.end() <= end and listed.end() - a >= 3) \
                    or not listed.group().endswith(units) or ctx.cuts_word(a):
                continue
            before = spans.overlapping(a, start)
            if (not before and k <= _STOP_REACH) or before and all(
                    s.label == "LOC" and a <= s.start and s.end <= start for s in before):
                spans.widen(span, a, end, "ORG")
                break


@rule_steps.register("generic_elided_orgs")
def generic_elided_orgs(ctx: RuleContext, spans: SpanSet, window: int = 8) -> None:
    """该区各镇乡、街道总工会: an elided organization after 各 in the same phrase is generic; so is
    any organization written right after 各 (``each_markers``: 各|街乡总工会, no one body is named
    so; 所属|某粘土矿 names one)."""
    elided, markers, text = ctx.tables.elided, ctx.conventions.generic_markers, ctx.text
    each = tuple(ctx.conventions.each_markers)
    if elided is None or not markers:
        return
    for span in spans.of("ORG"):
        start, end, _ = span
        if text.endswith(each, 0, start):
            spans.remove(span)
            continue
        if not elided.fullmatch(text, start, end):
            continue
        before = re.split(r"[，。；：！？\n（）]", text[max(0, start - window):start])[-1]
        if any(marker in before for marker in markers):
            spans.remove(span)


@rule_steps.register("person_named_bodies")
def person_named_bodies(ctx: RuleContext, spans: SpanSet) -> None:
    """市燃气公司|李大江|劳模工作室: a body named after a person (a model worker's studio) is one
    organization, with the organization written right before it; the person inside it is
    not listed (flat annotation). A name the model read as a place no gazetteer lists, opening
    with a surname, is the person so (梁振国|劳模创新工作室)."""
    bodies = ctx.conventions.person_named_bodies
    if bodies is None:
        return
    text, p = ctx.text, ctx.patterns
    # (“梁振国劳模创新工作室”: a name the model read as a place, no place listed, opening with a surname)
    named = [s for s in spans.of() if s.label == "PER" or s.label == "LOC" and 2 <= s.end - s.start <= 3
             and text[s.start] in p.surnames and not p.is_place(text[s.start:s.end])]
    named += _unread_names_before(ctx, spans, bodies)
    for person in named:
        m = bodies.match(text, person.end)
        if m is None or person not in spans.spans:
            continue
        start = person.start
        parent = spans.ending_at(person.start)
        if parent is not None and parent.label == "ORG":
            start = parent.start
        elif parent is None:
            start = _unfound_parent_start(ctx, spans, person.start)
        spans.widen(person, start, m.end(), "ORG")


_LONGEST_NAME_BEFORE_BODY = 4   # a compound surname and two characters (东方晓军)


def _unread_names_before(ctx: RuleContext, spans: SpanSet, bodies: re.Pattern[str]) -> list[Mention]:
    """“东方|晓军|劳模创新工作室”: a name the model read nowhere right before a body named after a
    person, where the name guesser reads one ending there (surname-led, no common word) and a name
    may open (a mark, a function character, a stop word or an organization before it): a person,
    added so that the body takes it in."""
    text, p, found = ctx.text, ctx.patterns, []
    for m in bodies.finditer(text):
        end = m.start()
        for start in range(max(0, end - _LONGEST_NAME_BEFORE_BODY), end - 1):
            inside = spans.overlapping(start, end)
            if inside and not _surname_read_as_a_place(ctx, inside, start):
                continue
            before = spans.ending_at(start)
            if (ctx.opens_name(start) or before is not None and before.label == "ORG") \
                    and p.names.name_at(text, start, end_at=end) is not None:
                for place in inside:
                    spans.remove(place)
                if spans.add(start, end, "PER"):
                    found.append(Mention(start, end, "PER"))
                break
    return found


def _surname_read_as_a_place(ctx: RuleContext, inside: list[Mention], start: int) -> bool:
    """南宫|雪|劳模创新工作室: the one mention inside a name is a place the model read over its
    compound surname alone (南宫, a city too)."""
    return len(inside) == 1 and inside[0].label == "LOC" and inside[0].start == start \
        and ctx.text[start:inside[0].end] in ctx.patterns.names.lex.compound_surnames


def _unfound_parent_start(ctx: RuleContext, spans: SpanSet, end: int, longest: int = 8) -> int:
    """Start of an organization the model missed right before ``end`` (到|市供电公司|王建华…): up to
    ``longest`` Han characters back to a stop character, ending with an organization word;
    ``end`` itself where there is none."""
    k = run_back(ctx.text, spans, end, longest, ctx.conventions.function_chars)
    return k if end - k >= 3 and ctx.patterns.suffix_end_re.search(ctx.text, k, end) else end


@rule_steps.register("credited_orgs")
def credited_orgs(ctx: RuleContext, spans: SpanSet) -> None:
    """（东江区总工会宣传部）: a credit line that names no person and is one organization
    name (Han characters ending with an organization word) is that organization, whole."""
    doc, text, p = ctx.doc, ctx.text, ctx.patterns
    where = field_span(doc._.fields, "credit_line")
    info = doc._.context or {}
    if not where or any((info.get("byline") or {}).values()):
        return
    start, end = where
    if 4 <= end - start <= 24 and HAN_WORD.fullmatch(text, start, end) and p.suffix_end_re.search(text, start, end):
        spans.add(start, end, "ORG", override=True)


_ORG_LIST = re.compile(f"[{HAN}]{{2,10}}(?:、[{HAN}]{{2,10}})+")


_LIST_CLAUSE_MARKS = SENT_END + CLAUSE_END + "\n（(）)“”"   # what a list's clause opens after


@rule_steps.register("kind_closed_lists")
def kind_closed_lists(ctx: RuleContext, spans: SpanSet) -> None:
    """参观了杭州顶益、顶津等企业: the items of a list closed by 等 and a kind of body
    (``org_kind_nouns``: 企业, 单位 …) name organizations where each is a proper name: its
    words are no common words (a place found before may open it). The first item starts after
    the words before the list (参观了|…); an item holding a mention already is left as found."""
    text, kinds = ctx.text, ctx.conventions.org_kind_nouns
    if not kinds:
        return
    at = text.find("等")
    while at >= 0:
        if text.startswith(kinds, at + 1):
            clause = max(text.rfind(c, 0, at) for c in _LIST_CLAUSE_MARKS) + 1
            items = enumeration_items(text, clause, at)
            first_start = _proper_run_start(ctx, spans, items[0][0], items[0][1])
            items[0] = (first_start, items[0][1])
            if all(_proper_item(ctx, spans, s, e) for s, e in items):
                for s, e in items:
                    inside = spans.overlapping(s, e)
                    if inside and _proper_after_place(ctx, inside, s, e):
                        spans.replace(inside[0], (s, e, "ORG"))   # 杭州|顶益: the place opens the name
                    elif not inside:
                        spans.add(s, e, "ORG")
        at = text.find("等", at + 1)


def _proper_run_start(ctx: RuleContext, spans: SpanSet, start: int, end: int) -> int:
    """Where the proper words ending at ``end`` start (参观了|杭州顶益): back over tokens that are
    no common words, or a place found there; a mention that is no place is the whole item (到|东江
    钢铁集团); ``end`` when there is none."""
    pos = end
    while pos > start:
        k = ctx.token_start(pos, start)
        found = spans.ending_at(pos)
        if found is not None and found.start >= start:
            if found.label != "LOC":
                return found.start if pos == end else pos
            k = found.start
        elif not _proper_word_text(ctx, ctx.text[k:pos]):
            break
        pos = k
    return pos


def _proper_item(ctx: RuleContext, spans: SpanSet, start: int, end: int) -> bool:
    """An item of 2-10 Han characters that a mention holds, or whose every word is a proper one
    (no common word, no position) save a place found at its start."""
    if not 2 <= end - start <= 10 or not HAN_WORD.fullmatch(ctx.text[start:end]):
        return False
    inside = spans.overlapping(start, end)
    if not inside:
        return _proper_words(ctx, start, end)
    named = all(x.start >= start and x.end <= end for x in inside) \
        and any(x.label != "LOC" or (x.start, x.end) == (start, end) for x in inside)
    return named or _proper_after_place(ctx, inside, start, end)


def _proper_after_place(ctx: RuleContext, inside: list, start: int, end: int) -> bool:
    """杭州|顶益: a place the item opens with, then proper words only."""
    return len(inside) == 1 and inside[0].label == "LOC" and inside[0].start == start and inside[0].end < end \
        and _proper_words(ctx, inside[0].end, end)


def _proper_words(ctx: RuleContext, start: int, end: int) -> bool:
    bounds = sorted(b for b in ctx.word_bounds if start < b < end)
    cuts = [start, *bounds, end]
    return all(_proper_word_text(ctx, ctx.text[a:b]) for a, b in zip(cuts, cuts[1:]))


def _proper_word_text(ctx: RuleContext, word: str) -> bool:
    return ctx.patterns.proper_word(word) and not any(c in ctx.conventions.function_chars for c in word)


@rule_steps.register("enumerated_orgs")
def enumerated_orgs(ctx: RuleContext, spans: SpanSet) -> None:
    """区公安局、卫健委、水务局、城管委、市场局: in a 、 list where the model or the rules found
    organizations (at least two, and half the items), each inner item that ends with an
    organization word (局, 委 too) is an organization, also where the model read a person."""
    text, suffix_end = ctx.text, ctx.patterns.suffix_end_re
    listed = sum(1 for x in spans.of("ORG") if text.startswith("、", x.end) or (x.start > 0 and text[x.start - 1] == "、"))
    if listed < 2 or text.count("、") < 2:
        return   # no list of organizations here
    for m in _ORG_LIST.finditer(text):
        items = enumeration_items(text, m.start(), m.end())
        # an item holds an organization when one ends at its end (the first may start later:
        # 为|区公安局) or, for the last, starts at its start (市场局|5家)
        known = sum(1 for i, (s, e) in enumerate(items) if any(
            x.label == "ORG" and (x.start == s if i == len(items) - 1 else x.end == e) for x in spans.overlapping(s, e)))
        if known < 2 or known * 2 < len(items):
            continue
        for s, e in items[1:-1]:   # the ends may run into the words around the list
            if suffix_end.search(text, s, e) and all(x.start >= s and x.end <= e for x in spans.overlapping(s, e)):
                spans.add(s, e, "ORG", override=True)
        # ... but a short last one the text ends is whole (市场局|5家), where nothing is found: up to
        # 4 characters, or up to 6 ending with a suffix of 2+ (not 区委共同举|办)
        s, e = items[-1]
        suffix = suffix_end.search(text, s, e)
        if suffix is not None and (e - s <= 4 or e - s <= 6 and len(suffix.group()) >= 2) \
                and (e == len(text) or not HAN_CHAR.match(text, e)) and not spans.overlapping(s, e):
            spans.add(s, e, "ORG")

