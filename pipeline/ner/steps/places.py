"""Rule steps for places: listed places, named facilities by their suffix, and the guideline's
place conventions (administrative levels, honours, "union work of a place")."""
from __future__ import annotations

import re
from typing import Callable, Container

from ...text.chars import HAN, HAN_RUN
from ...text.scan import find_all, longest_first, splits_into_words
from ..spans import Mention, SpanSet
from .context import HAN_CHAR, HAN_WORD, NAME_CHAR, RuleContext, RulePatterns, enumeration_items, run_back
from .registry import rule_steps


@rule_steps.register("listed_places")
def listed_places(ctx: RuleContext, spans: SpanSet) -> None:
    """A listed place replaces model fragments inside it (团结湖 | 街道, 京 | 津 | 冀); not where
    the segmenter read it inside a longer word, cut on both sides (发展|中国|家 would cut 发展中国家;
    one side cut is kept: the segmenter also errs on names, 青山经济, 京|西红色); a listed place
    whose last character opens the segmenter's next word ends before it where that is listed too,
    or is a listed unit's name less its suffix (上海|市长, 蒙城|县长; not 上海市|长). A mention begun
    inside the place and running past it opens with it (同|安区军营村, 正|蓝旗委); a person so read
    gives way to the place (四子|王旗江岸光伏电站)."""
    p = ctx.patterns
    if not p.place_re:
        return
    for m in p.place_re.finditer(ctx.text):
        if ctx.cuts_word(m.start()) and ctx.cuts_word(m.end()):
            continue
        end = m.end()
        shorter = ctx.text[m.start():end - 1]
        if ctx.cuts_word(end) and not ctx.cuts_word(end - 1) and (shorter in p.place_set or shorter in p.place_stems):
            end -= 1   # 上海|市长, 蒙城|县长: the unit's character opens the title the segmenter reads
        if _common_word_across(ctx, m.start(), end) or spans.add(m.start(), end, "LOC", override=True):
            continue
        # 同|安区军营村, 正|蓝旗委: a mention the model began inside the place and ran past its end
        # (a chain, an organ of the place) opens where the place does; a person so read (四子|王旗江岸…)
        # is none, the place is written there
        inner = spans.overlapping(m.start(), end)
        if len(inner) == 1 and m.start() < inner[0].start < end < inner[0].end and not ctx.cuts_word(m.start()):
            if inner[0].label == "PER":
                spans.remove(inner[0])
                spans.add(m.start(), end, "LOC")
            else:
                spans.widen(inner[0], m.start(), inner[0].end, inner[0].label)


def _common_word_across(ctx: RuleContext, start: int, end: int) -> bool:
    """Whether the segmenter read a common word across an edge of text[start:end] (沿海|城市: no
    海城市), or one ending with a unit's character as its last piece (余名|山区, 老|城区: no 名山区,
    老城区) where the level and what follows do not name a body of the place (应|城|市总工会 is
    应城市's union; not 余名|山区学校): the listed place is not written there."""
    text, words = ctx.text, ctx.patterns.words
    suffix_chars = ctx.tables.conventions.place_suffixes
    for edge in (start, end):
        if ctx.cuts_word(edge):
            opening = ctx.token_start(edge)
            if text[opening:ctx.token_end(opening) or edge] in words:
                return True
    last = ctx.token_start(end, start)   # (start itself where the segmenter read it whole)
    piece = text[last:end]
    # (伊犁哈萨克|自治州: the last piece is a unit's ending, no common word)
    return last > start and text[end - 1] in suffix_chars and piece in words \
        and piece not in ctx.patterns.names.lex.place_suffixes \
        and not (ctx.tables.elided and ctx.tables.elided.match(text, end - 1))


@rule_steps.register("cut_places_at_verbs")
def cut_places_at_verbs(ctx: RuleContext, spans: SpanSet) -> None:
    """赴|通州|调研|工会驿站, 在|伦敦|拜会|英国下议院: a model's place or organization that runs from a
    place over a verb of going or visiting (movement_verbs) holds the place alone before the verb,
    and one that runs so from an organization's name (拱墅区总工会|夜访|医院…: its ending) the
    organization, where the verb opens no group's name (甘肃省总工会考察|团: group_heads); after
    it, an organization's name (its ending) is the organization visited, anything else none."""
    p, text, verbs = ctx.patterns, ctx.text, ctx.conventions.movement_verbs
    for span in spans.of("LOC", "ORG"):
        name = text[span.start:span.end]
        cut, verb = min(((k, v) for v in verbs if (k := name.find(v)) >= 2), default=(-1, ""))
        if cut < 0:
            continue
        if p.is_place(name[:cut]):
            spans.replace(span, (span.start, span.start + cut, "LOC"))
        elif span.label == "ORG" and cut >= 3 and p.suffix_end_re.search(name, 0, cut) \
                and not ctx.cuts_word(span.start + cut) and not _opens_a_group(ctx, name[cut + len(verb):]):
            spans.replace(span, (span.start, span.start + cut, "ORG"))
        else:
            continue
        rest = span.start + cut + len(verb)
        if span.label == "ORG" and span.end - rest >= 3 and p.suffix_end_re.search(text, rest, span.end):
            spans.add(rest, span.end, "ORG")


def _opens_a_group(ctx: RuleContext, rest: str) -> bool:
    """Whether the words after a verb of visiting make it a group's name (考察|团, 检查|组: group_heads)."""
    return bool(rest) and rest[0] in ctx.conventions.group_heads


@rule_steps.register("facilities")
def facilities(ctx: RuleContext, spans: SpanSet) -> None:
    """Named places by their suffix: 2-6 characters of name before 社区, 胡同, 大厦 ..., not a
    common word (居民社区), not a slogan (服务进社区) and not running over a stop word or another
    entity; not a suffix that opens a title (社区工作者)."""
    p, t, text = ctx.patterns, ctx.tables, ctx.text
    if not t.facility_suffixes:
        return
    words = p.words
    stops = ctx.conventions.function_chars | ctx.conventions.agent_marks
    for m in p.facility_re.finditer(text):
        if (title := p.position_at(text, m.start())) is not None and title.end() > m.end():
            continue   # 东华门街道|社区工作者: the word opens a title, no facility
        if ctx.cuts_word(m.end()):
            continue   # 泉润|体育场|馆运营…: the ending runs into a longer word (体育场馆), no facility
        # (霍尔果斯铁路|口岸: a place the model ended inside the suffix is the facility's name too)
        place = spans.ending_at(m.start()) or next((s for s in spans.overlapping(m.start(), m.end())
                                                    if s.start < m.start() < s.end < m.end()), None)
        if place is not None and place.label == "LOC" and not p.position_at(text, m.end()):
            first = ctx.token_end(place.start, longest=place.end - place.start - 2)
            start = first if first is not None and _after_a_number(ctx, place.start) else place.start
            spans.widen(place, start, m.end(), "LOC")  # 天畅园 + 社区 (read apart or not) is one place
            continue   # (220|千伏龙泉 + 变电站: a measure after a number is no part of it)
        if ctx.cuts_word(m.start()):
            continue   # 自来|水厂: 水 of 自来水 opens no facility's ending
        if m.group() in ctx.conventions.trade_facilities \
                and (unit := _place_before_common_words(ctx, spans, m.start(), m.end())) is not None:
            spans.widen(unit, unit.start, m.end(), "LOC")   # 新吴区|集成电路|设计|产业园: one place
            continue
        start = run_back(text, spans, m.start(), 6, stops, NAME_CHAR)   # (最终由|社区: 由 names an agent)
        start = _after_a_verb_of_going(ctx, start, m.start(), opening=True)   # 走进|白鹭生态园
        first = ctx.token_end(start, longest=m.start() - start)
        if first is not None and first < m.start() - 1 \
                and (text[start:first] in ctx.tables.org_suffixes or _after_a_number(ctx, start)):
            start = first   # 该公司|下关营业厅: a body's word opens no name; 220千伏|龙泉变电站: a measure
        if after_a_count(ctx, start, m.start()) != start:
            continue   # 一处安置房建设工地: a facility counted (one of its kind), not named
        if m.group() in t.works_suffixes and not _a_works_name(ctx, start, m.start()):
            continue   # 高速公路省界|收费站, 110千伏光伏|升压站: works named by no place
        name = text[start:m.start()]
        common_ok = m.group() in ctx.conventions.common_word_facilities and len(name) == 2 \
            or _second_level_under_its_unit(ctx, spans, start, m.group())
        if len(name) < 2 or (name in words or name[-2:] in words) and not common_ok or name in t.not_entities \
                or name[-1] in ctx.conventions.slogan_entering_chars:
            continue
        spans.add(start, m.end(), "LOC")


def _second_level_under_its_unit(ctx: RuleContext, spans: SpanSet, start: int, suffix: str) -> bool:
    """霁光街道|振兴社区: a place of the second level (admin_splits) right after a place of the first
    is named so even by a common word (振兴, 阳光): the chain says it is a unit."""
    unit = spans.ending_at(start)
    if unit is None or unit.label != "LOC":
        return False
    name = ctx.text[unit.start:unit.end]
    return any(suffix == lower and name.endswith(upper) for upper, lower in ctx.conventions.admin_splits)


def _place_before_common_words(ctx: RuleContext, spans: SpanSet, start: int, end: int,
                               longest: int = 10) -> Mention | None:
    """The place the model read (a unit: 新吴区; a listed place: 宝鸡; a named area: 明珠湾) that ends
    where a run of common nouns before the facility ending text[start:end] opens (集成电路|设计|产业园,
    trade_facilities): a facility of common words is named by the place before it
    (``_generic_facility``); None where no such place is. Only nouns, none a verb of going
    (徐汇区|调研|…, 某市|共有|…: the clause's verbs)."""
    p, text = ctx.patterns, ctx.text
    for b in range(start - 2, max(0, start - longest) - 1, -1):
        if spans.overlapping(b, start):
            return None   # (a mention between: the words are no run of the facility's)
        if b not in ctx.word_bounds:
            continue
        unit = spans.ending_at(b)
        if unit is None or unit.label != "LOC":
            continue
        return unit if _generic_facility(ctx, b, end, p.nouns.difference(ctx.conventions.movement_verbs)) else None
    return None


@rule_steps.register("lodging_places")
def lodging_places(ctx: RuleContext, spans: SpanSet) -> None:
    """在钓鱼台国宾馆会见, 下榻北京饭店: an organization the model read whose name ends with a hotel
    word (lodging_suffixes), right after a mark of where (lodging_venue_marks), is used as a place
    (the guideline chooses by use; PD1998 tags hotels as places); so is a body's house where things
    are held (house_venue_suffixes: 在区职工服务中心举行, 来到某镇职工服务中心), not where the body
    acts (在区职工服务中心的帮助下), nor a union's own unit (某区总工会职工服务中心: the read sets' gold
    writes it as an organization 8 times, as a place twice)."""
    t, text = ctx.tables, ctx.text
    unions = tuple(ctx.conventions.sub_unit_parents)
    for span in spans.of("ORG"):
        word = next((w for w in t.lodging_suffixes if text.endswith(w, span.start, span.end)), None)
        house = None
        if word is None and not text.startswith("的", span.end):
            house = word = next((w for w in t.house_venue_suffixes if text.endswith(w, span.start, span.end)), None)
            if house and unions and text.endswith(unions, span.start, span.end - len(house)):
                continue
        if word and span.end - span.start > len(word) and (text.endswith(t.lodging_venue_marks, 0, span.start)
                                                             or house and _gone_to_house(ctx, spans, span.start)):
            spans.replace(span, (span.start, span.end, "LOC"))


def _gone_to_house(ctx: RuleContext, spans: SpanSet, start: int, depth: int = 3) -> bool:
    """Whether a body's house starting at ``start`` is gone to or stood in: right after a verb of
    going or visiting (movement_verbs, 了 after it: 察看了|县职工服务中心), or after a place or body
    that is (在|鼓楼区|温泉街道职工服务中心, 来到|某公司|和|某街道职工服务中心: its chain or list)."""
    text = ctx.text
    at = start - 1 if text.startswith("了", start - 1) else start
    if text.endswith((*ctx.tables.lodging_venue_marks, *ctx.conventions.movement_verbs), 0, at):
        return True
    gap = start - 1 if text[start - 1:start] in ("和", "、", "及") else start
    before = spans.ending_at(gap)
    return depth > 0 and before is not None and before.label != "PER" \
        and (text.endswith(ctx.tables.lodging_venue_marks, 0, before.start)
             or _gone_to_house(ctx, spans, before.start, depth - 1))


@rule_steps.register("unit_name_starts")
def unit_name_starts(ctx: RuleContext, spans: SpanSet) -> None:
    """壶瓶|山镇, 深入|首|阳山街道, 走访|小|板桥街道: a town or street (``town_units``) the model
    began inside its name (the segmenter cut it) opens one word further back: where the name it
    read is one character (山镇), over the word before (壶瓶); where it is two, over one character
    standing alone before it (首, 小, 四) that is no function character, left stop, verb, position
    or unit (在|, 赴|, 区|), nor the end of a verb of going the segmenter cut (走|进|)."""
    p, text, t = ctx.patterns, ctx.text, ctx.tables
    units, movements = tuple(ctx.conventions.unit_suffixes), tuple(ctx.conventions.movement_verbs)
    for span in spans.of("LOC"):
        start, end, _ = span
        suffix = next((u for u in ctx.conventions.town_units if text.endswith(u, start, end)), None)
        if suffix is None or start == 0 or spans.ending_at(start) is not None:
            continue
        name = end - len(suffix) - start
        word_start = ctx.token_start(start)
        word = text[word_start:start]
        if not HAN_WORD.fullmatch(word) or spans.overlapping(word_start, start) or word in t.org_left_stops \
                or word in p.position_set or p.verb_like(word) or word[-1] in units \
                or any(c in ctx.conventions.function_chars for c in word) \
                or text.endswith(movements, 0, start):
            continue   # (走|进|江南街道: the segmenter cut a verb of going)
        if name == 1 and len(word) <= 3 or name == 2 and len(word) == 1:
            spans.widen(span, word_start, end, "LOC")


@rule_steps.register("region_places")
def region_places(ctx: RuleContext, spans: SpanSet) -> None:
    """中亚|地区, 京津冀|地区, 准噶尔|盆地: a place written right before a region word (region_words)
    is one place with it (People's Daily and the guideline's gold both write 京津冀地区 as one)."""
    text, words = ctx.text, ctx.conventions.region_words
    for span in spans.of("LOC"):
        word = next((w for w in words if text.startswith(w, span.end)), None)
        if word and not spans.overlapping(span.end, span.end + len(word)):
            start = span.start
            # (青|藏|高原: the run of one-character places before the word names the region with it)
            while span.end - span.start == 1 and (before := spans.ending_at(start)) is not None \
                    and before.label == "LOC" and before.end - before.start == 1:
                spans.remove(before)
                start = before.start
            spans.widen(span, start, span.end + len(word), "LOC")


@rule_steps.register("abbreviated_places")
def abbreviated_places(ctx: RuleContext, spans: SpanSet) -> None:
    """来京, 赴台, 访华: a one-character place abbreviation (verb_place_abbreviations) right after a
    verb of going or being (abbreviation_verbs) is a place (guideline: LOC), unless it opens a
    word (在|京剧院, 在|华人: a listed word, or the segmenter's word running on, 在|昌盛) or the
    verb closes one (现在|华…). A word the segmenter opened with the abbreviation and ran on over a
    listed word's first character cuts nothing (来|湘务|工人员: 湘, then 务工人员; not 驻华大使)."""
    text, found, words = ctx.text, ctx.conventions.verb_abbreviation, ctx.patterns.words
    if found is None:
        return
    for m in found.finditer(text):
        k = m.start()
        runs_on = ctx.cuts_word(k + 1) and (ctx.cuts_word(k) or not ctx.patterns.word_opens_at(text, k + 1))
        if text[k:k + 2] in words or text[k - 2:k] in words or runs_on or spans.overlapping(k, k + 1):
            continue
        spans.add(k, k + 1, "LOC")


@rule_steps.register("named_city_abbreviations")
def named_city_abbreviations(ctx: RuleContext, spans: SpanSet) -> None:
    """执法检查组来烟检查 (the article names 烟台), 一行来肥考察 (合肥): a character of a city of two
    characters the article names (its level aside), right after a verb of going or being
    (abbreviation_verbs) and before a word, is that city written short (guideline: LOC), as the
    listed abbreviations are (来京); not where it opens or ends a word (来|烟花, 来|肥料)."""
    text, words = ctx.text, ctx.patterns.words
    levels = tuple(ctx.conventions.admin_levels)
    # (the places the mentions open with, listed or a unit: 烟台市委, 武汉经济技术开发区)
    names = set()
    for s, e, label in spans.spans:
        listed = ctx.patterns.place_re.match(text, s) if ctx.patterns.place_re else None
        names |= {text[s:e]} if label == "LOC" else set()
        names |= {listed.group()} if listed is not None and listed.end() <= e else set()
        names |= set(ctx.patterns.place_units(text[s:e])[0][:1])
    stems = {n[:-1] if n.endswith(levels) and len(n) == 3 else n for n in names}
    chars = "".join(sorted({c for n in stems if len(n) == 2 and n not in words for c in n}))
    if not chars:
        return
    verbs = ctx.conventions.abbreviation_verbs
    for m in re.finditer(f"(?<=[{re.escape(verbs)}])[{re.escape(chars)}]", text) if verbs else ():
        k = m.start()
        if spans.overlapping(k, k + 1) or text[k:k + 2] in words or text[k - 1:k + 1] in words \
                or text[k + 1:k + 3] not in words:
            continue   # (a word of its own, or none after it: no place written short)
        spans.add(k, k + 1, "LOC")


@rule_steps.register("abbreviation_runs")
def abbreviation_runs(ctx: RuleContext, spans: SpanSet) -> None:
    """湘鄂赣三省, 中匈两国, 深港合作: a run of one-character abbreviations of distinct places
    (place_abbreviations.txt with a place; not 中华, both 中国), where the model read a place inside
    it or before a count of places whatever the model read (鲁渝|两地: abbreviation_counts), is one
    place a character (the guideline: 皖台交流 -> 皖, 台); not a listed place written
    with such characters (宁波, 京津冀, 挪威, 俄罗|斯, 某港 of 某港市), a province's or city's beside
    one of another kind (波黑: a country; 浙中: the home country's, ner_rules.yaml
    home_country_abbreviations), a run whose edge makes a word with the text beside it (中美|洲),
    one before a level (贵港|市), one of two the model read as one place with no word of a pair after
    it (新津是…; 深港|合作: abbreviation_pair_followers), nor one running on to a facility's name
    (津港|智慧物流园)."""
    conv, text = ctx.conventions, ctx.text
    of, home = conv.abbreviation_places, conv.home_country_abbreviations
    if conv.abbreviation_run is None:
        return
    words, listed, levels = ctx.patterns.words, ctx.patterns.place_set, conv.place_suffixes
    named, longest = conv.abbreviated_place_names, conv.longest_abbreviated_place

    def domestic(c: str) -> bool:   # a province's or city's (listed places), not the home country's
        return of[c] in listed and c not in home

    for m in conv.abbreviation_run.finditer(text):
        a, b = m.start(), m.end()
        inside = spans.overlapping(a, b)
        counted = text.startswith(conv.abbreviation_counts, b)   # 鲁渝|两地: the places counted
        if len({of[c] for c in m.group()}) < b - a or any(s.start < a or s.end > b for s in inside):
            continue   # a place written twice, a mention running past the run
        if not counted and (not inside or any(s.label != "LOC" for s in inside) or len(inside) == b - a):
            continue   # no place read there, another reading, each character read already
        if len({domestic(c) for c in m.group()}) > 1:
            continue   # 波黑: a country's name; 浙中: the middle of a province
        if text[b:b + 1] in levels or (b - a == 2 and len(inside) == 1 and inside[0] == (a, b, "LOC")
                                       and not text.startswith(conv.abbreviation_pair_followers, b)):
            continue   # 贵港|市: a place's name before its level; 新津 read whole, no pair said after it
        # (a place written with them, also across the run's end: 中美|洲, 俄罗|斯, 某港 of 某港市)
        if any(text[i:j] in listed or text[i:j] in named or text[i:j] + level in listed for i in range(a, b)
               for j in range(i + 2, i + longest + 1) for level in levels) \
                or text[a - 1:a + 1] in words or text[b - 1:b + 1] in words or _opens_a_facility(ctx, b):
            continue
        for s in inside:
            spans.remove(s)
        for k in range(a, b):
            spans.add(k, k + 1, "LOC")


def _opens_a_facility(ctx: RuleContext, pos: int) -> bool:
    """津港|智慧物流园: Han characters at ``pos`` running on to a facility's ending (facility_suffixes)
    within a few characters, no verb among them (not 浙川|共建|产业园区): what stands before is the
    facility's name, no list of places."""
    text, p = ctx.text, ctx.patterns
    m = p.facility_re.search(text, pos, pos + _FACILITY_REACH)
    if m is None or HAN_RUN.fullmatch(text, pos, m.end()) is None:
        return False
    return not any(p.verb_like(text[k:k + 2]) for k in range(pos, m.start() - 1))


_FACILITY_REACH = 8   # 津港|智慧物流园: the farthest a facility's ending stands after a name


@rule_steps.register("join_place_units")
def join_place_units(ctx: RuleContext, spans: SpanSet) -> None:
    """西岭|街道, 西城|区: a place the model cut before its administrative suffix takes it, unless
    the suffix opens a word (中国|市场, 全|区域, 巴黎|市中心) or another mention, or another unit
    follows it (台湾|县市长: levels listed, no name). A unit's name the model left out between
    another place and the unit (a rare character: 妙峰山镇|涧|沟村, or two: 南沙区|万顷|沙镇; a name
    cut at its 和: 顺义区|仁和|镇总工会) belongs to the unit, and to an organization opening with it
    (驻马店市|遂|平县总工会); the place before stays one."""
    text, words = ctx.text, ctx.patterns.words
    units = tuple(u for u in ctx.conventions.unit_suffixes if u != "府")

    def one_character_after_a_place(gap: int) -> bool:   # 妙峰山镇|涧
        before = spans.ending_at(gap) if gap > 0 else None
        return before is not None and before.label == "LOC" and HAN_CHAR.match(text, gap) is not None \
            and text[gap] not in ctx.conventions.function_chars and not spans.overlapping(gap, gap + 1)

    def name_left_out(start: int) -> int | None:
        """Where the unit's name the model left out before ``start`` begins, else None."""
        if text.startswith(units, start + 1) and one_character_after_a_place(start - 1):
            return start - 1   # 遂|平县
        if text.startswith(units, start + 1) and one_character_after_a_place(start - 2) \
                and HAN_CHAR.match(text, start - 1) and text[start - 1] not in ctx.conventions.function_chars \
                and not spans.overlapping(start - 1, start):
            return start - 2   # 南沙区|万顷|沙镇: two characters left out
        if text.startswith(units, start) and text[start - 1:start] == "和" and one_character_after_a_place(start - 2):
            return start - 2   # 仁和|镇
        return None

    for span in spans.of("ORG"):
        if (new_start := name_left_out(span.start)) is not None:
            spans.widen(span, new_start, span.end, "ORG")
    for span in spans.of("LOC"):
        start, end, _ = span
        name = text[start:end]
        unit = next((u for u in units if name.endswith(u)), None)
        if unit is not None:
            if len(name) == len(unit) + 1 and (new_start := name_left_out(start)) is not None:
                spans.widen(span, new_start, end, "LOC")
            continue
        unit = next((u for u in units if text.startswith(u, end)), None)
        if unit is None or spans.overlapping(end, end + len(unit)):
            continue
        if len(unit) == 1 and (text[end:end + 2] in words or (
                text[end:end + 3] in words and text[end:end + 3] not in ctx.tables.org_suffixes)):
            continue   # 市|场, 市中心; not 区政府, a body's ending
        if text.startswith(units, end + len(unit)):
            continue
        spans.widen(span, start, end + len(unit), "LOC")


@rule_steps.register("autonomous_places")
def autonomous_places(ctx: RuleContext, spans: SpanSet) -> None:
    """围场满族|蒙古族自治县 -> 围场满族蒙古族自治县: an autonomous unit (autonomous_units) the model
    read from its last people on takes the peoples written right before it and the place's name
    opening them: the run of name characters back to another mention (the place's name where the
    model read it alone), a function character or a verb of going (在承德市|围场满族|…), where that
    run ends with a people's head (族). One the model read as an organization whole (三江侗族自治县:
    the unit's name alone, no body's ending) is the place."""
    conv, text = ctx.conventions, ctx.text
    heads, units = tuple(conv.people_heads), conv.autonomous_units
    if not heads or not units:
        return
    for span in spans.of("ORG"):
        name = text[span.start:span.end]
        unit = next((u for u in units if name.endswith(u)), None)
        if unit is not None and name[:-len(unit)].endswith(heads):
            spans.replace(span, (span.start, span.end, "LOC"))
    stops = conv.function_chars
    for span in spans.of("LOC"):
        name = text[span.start:span.end]
        unit = next((u for u in units if name.endswith(u)), None)
        if unit is None or not name[:-len(unit)].endswith(heads) or not text.endswith(heads, 0, span.start):
            continue
        start = run_back(text, spans, span.start, _LONGEST_AUTONOMOUS_PREFIX, stops)
        before = spans.ending_at(start)
        if before is not None and before.label == "LOC" and not ctx.patterns.place_units(text[before.start:start])[0]:
            start = before.start   # 双江|拉祜族…: the place's name the model read alone (no unit of its own)
        start = _after_a_verb_of_going(ctx, start, span.start)
        if span.start - start >= 3:   # a place's name (2+) and a people's head at least
            spans.widen(span, start, span.end, "LOC")


_LONGEST_AUTONOMOUS_PREFIX = 8   # 围场满族, 双江拉祜族佤族布朗族傣族: the peoples of the longest names


@rule_steps.register("facility_word_starts")
def facility_word_starts(ctx: RuleContext, spans: SpanSet) -> None:
    """国|家考古遗址公园: a facility whose name begins inside a common word (the character before
    and its first make a word), or inside a segmenter word (赣州|国际|陆港 read from 际), begins at
    that word; then a place before it can join it."""
    p, text, stops = ctx.patterns, ctx.text, ctx.conventions.function_chars
    for span in spans.of("LOC"):
        start, end, _ = span
        begin = ctx.token_start(start, max(start - 2, 0)) if end - start >= 3 and ctx.cuts_word(start) else start
        after = ctx.token_end(begin) if begin < start else None
        if _after_a_number(ctx, begin if begin < start else start - 1):
            continue   # 220|千伏|龙泉变电站: a measure after a number is no part of the name
        if after is not None and not p.verb_like(text[begin:after]) and ctx.names_facility(start, end):
            # 赣州|国际|陆港 read from 际: the name begins where the segmenter's word does (a word
            # that is a noun or no common word: not 共建|工业…, 户外|劳动者…, as below)
            # (not from a function character: 在|州民族文化中心)
            if HAN_CHAR.fullmatch(text[begin]) and text[begin] not in stops and not spans.overlapping(begin, start):
                spans.replace(span, (begin, end, "LOC"))
            continue
        if end - start < 4 or start == 0 or not ctx.names_facility(start, end):
            continue
        before = text[start - 1]
        if HAN_CHAR.match(before) and before not in stops \
                and (text[start - 1:start + 1] in p.words or text[start - 1:start + 1] in p.place_set
                     or text[start - 1:start + 1] in p.place_stems) \
                and text[start:start + 2] not in p.words and text[max(start - 2, 0):start] not in p.words \
                and not spans.overlapping(start - 1, start):
            # 走进|城市副中心: the name opens with a word of its own, 进 belongs to the verb; a listed
            # place or its stem is a word too (在|望京|瑞泽大厦 read from 京: 望京街道)
            spans.replace(span, (start - 1, end, "LOC"))


_NAME_WORDS = 8   # the characters between a place and a station, site or room named after it
_STATION_WORDS = 10   # ... and for a rest station, the words of whom it serves (长滨路|新就业形态劳动者|驿站)


@rule_steps.register("named_stations")
def named_stations(ctx: RuleContext, spans: SpanSet) -> None:
    """松林公园|户外劳动者驿站, 长河大道工会|爱心驿站: a rest station named after the place or union
    it stands at is one place, from that name (found within 8 characters before, 10 before 驿站;
    no stop between) through 驿站; a unit written in front (青山镇|松林广场工会驿站) stays apart
    (place chains). So is a building site named after its place and its project
    (南昌北站|扩建工程|项目工地: ``site_heads``), the project's words written between, or after an
    estate or facility alone (金华园|项目工地); not after an organization (某医院|新建项目工地). So is a
    workers' reading room right after the place it is in (北梁社区|职工书屋: ``room_heads``; not
    某公司工会|职工书屋, the union's)."""
    p, text = ctx.patterns, ctx.text
    movement = tuple(ctx.conventions.movement_verbs)
    breaks = tuple(w for w in ctx.conventions.event_name_breaks if len(w) > 1)
    sites, rooms = ctx.conventions.site_heads, ctx.conventions.room_heads
    placed, stations = ctx.conventions.place_station_heads, set(ctx.conventions.station_heads)
    for head in [*ctx.conventions.station_heads, *placed, *sites, *rooms]:
        at = text.find(head)
        while at >= 0:
            end = at + len(head)
            cover = next(iter(spans.overlapping(at, end)), None)
            # (an organization the model read over a head that follows places only is its own:
            # 国家对外文化贸易基地（北京）, 某镇总工会服务站)
            start = cover.start if cover is not None and cover.start < at \
                and not (head in placed and cover.label != "LOC") else None
            k, longest = at, _STATION_WORDS if head in stations else _NAME_WORDS
            while start is None and k > 0 and at - k < longest and HAN_CHAR.match(text, k - 1) \
                    and text[k - 1] not in ctx.conventions.function_chars:
                name = spans.ending_at(k)
                if name is not None and name.label in ("LOC", "ORG"):
                    # (not a body and a verb that opens an event's name: 某市总工会|召开|工会驿站…推进会)
                    site_of_a_body = head in sites and not ctx.names_facility(name.start, name.end)
                    room_elsewhere = head in rooms and (name.label != "LOC" or k != at) \
                        or head in placed and name.label != "LOC"
                    # (a site right after a place is named by it where that place is itself a
                    # facility or an estate, 金华园|项目工地, not a city's area: 北京城市副中心|项目工地)
                    named_site = at - k >= 2 or name.label == "LOC" and ctx.names_facility(name.start, name.end)
                    if not (name.label == "ORG" and (text.startswith(breaks, k, at) or site_of_a_body)) \
                            and (head not in sites or named_site) and not room_elsewhere:
                        start = name.start   # (a site is named after a place: not 某医院|新建项目工地)
                    break
                if spans.overlapping(k - 1, k) or _two_verbs_before(p, text, k) \
                        or text.endswith(movement, 0, k) or after_a_count(ctx, k - 2, k) == k:
                    break   # (杭州市|学习考察|工会驿站, 通州|调研|工会驿站: what is done there, no part of a name;
                    #         余杭区一处|骑手驿站: a station counted, not named)
                k -= 1
            if start is not None and (cover is None or cover.end <= end) and spans.widen(
                    cover or spans.ending_at(k), start, end, "LOC"):
                units, rest = p.place_units(text[start:end])
                # (a station of common words stays whole with its unit: 太原街街道|爱心驿站)
                if len(units) == 1 and len(rest) - len(head) >= 2 and rest not in ctx.tables.not_entities \
                        and not splits_into_words(rest[:-len(head)], p.words):
                    spans.replace((start, end, "LOC"), (start + len(units[0]), end, "LOC"))
                    spans.add(start, start + len(units[0]), "LOC")
            at = text.find(head, end)


@rule_steps.register("quoted_stations")
def quoted_stations(ctx: RuleContext, spans: SpanSet) -> None:
    """在迎宾路的“椰风驿站”: a rest station printed in quotes under a name of its own (a word of no
    list: 椰风, 汴西) is a place; not a kind of station so quoted (“暖心驿站”, “爱心驿站”: common
    words), nor one a mention already covers."""
    text, words = ctx.text, ctx.patterns.words
    if "“" not in text:
        return
    for m in ctx.patterns.quoted_station_re.finditer(text):
        name = m.group(1)
        if spans.overlapping(m.start(1), m.end(2)) or name in words or splits_into_words(name, words) \
                or name in ctx.tables.not_entities:
            continue
        spans.add(m.start(1), m.end(2), "LOC")


def _after_a_verb_of_going(ctx: RuleContext, start: int, end: int, opening: bool = False) -> int:
    """Where a place's name may start in text[start:end]: after the last verb of going in it
    (在承德市|来到|围场满族…: ``movement_verbs``; ``opening``: only one that opens it, the
    longest), else ``start``."""
    text, verbs = ctx.text, ctx.conventions.movement_verbs
    if opening:
        return start + max((len(v) for v in verbs if text.startswith(v, start, end)), default=0)
    return max((k + len(v) for v in verbs if (k := text.rfind(v, start, end)) >= 0), default=start)


def after_a_count(ctx: RuleContext, start: int, end: int) -> int:
    """Where a facility's name may start in text[start:end]: after the last count of places in it
    (一处|安置房, 首家|乡村工会: ``place_counters``), else ``start``."""
    count = ctx.conventions.place_count
    found = [m.end() for m in count.finditer(ctx.text, max(start, 0), end)] if count is not None else []
    return found[-1] if found else start


def _a_works_name(ctx: RuleContext, start: int, end: int) -> bool:
    """Whether text[start:end] may name works after their place where no place was found (西固|水厂,
    肥东|收费站): two or three characters, no common word ending them, written right after a verb of
    going, a function character, punctuation or a body's word (来到|西固, 和|雁滩, 该公司|下关), not
    after a number's measure or another word (高速公路|省界, 110千伏|光伏), nor opening with a word
    that ends a name's left side (要|压实|水库: a modal and its verb, org_left_stops)."""
    text, words = ctx.text, ctx.patterns.words
    if not 2 <= end - start <= 3 or text[end - 2:end] in words or text[start:end] in words \
            or text[start] in ctx.tables.org_left_stops:
        return False
    before = text[max(start - 2, 0):start]
    return start == 0 or not HAN_CHAR.match(text[start - 1]) or text[start - 1] in ctx.conventions.function_chars \
        or before in ctx.conventions.movement_verbs or before in ctx.tables.org_suffixes


def _after_a_number(ctx: RuleContext, pos: int) -> bool:
    """Whether a digit or a numeral of a count stands right before ``pos`` (220|千伏, 两|座)."""
    return pos > 0 and (ctx.text[pos - 1].isdigit() or ctx.text[pos - 1] in ctx.conventions.count_chars)


def _two_verbs_before(p: RulePatterns, text: str, k: int) -> bool:
    """Two common words that are no nouns end at ``k`` (学习考察, 调研指导): a verb phrase."""
    def verb(a: int, b: int) -> bool:
        return a >= 0 and text[a:b] in p.names.lex.non_noun_word_set
    return verb(k - 2, k) and verb(k - 4, k - 2)


_UNIT_LIST = re.compile(f"[{HAN}]{{2,8}}(?:、[{HAN}]{{2,8}})+")
_LISTED_UNIT_CHARS = (3, 6)   # 白地市镇, 黄土铺镇: a listed unit's name with its suffix


@rule_steps.register("enumerated_places")
def enumerated_places(ctx: RuleContext, spans: SpanSet) -> None:
    """深入风石堰镇、白地市镇、黄土铺镇: in a 、 list of administrative units where a place was found
    ending an item (with the unit's suffix: 镇, 村, 街道), each later item that ends with that suffix
    too is a place: three to six characters, no common word, nothing found in it (the last ends at
    its suffix: 黄土铺镇|等地), its words before the suffix no common word (示范村, 其他街道: kinds) nor
    ending one with it (新农|村, 示范乡|镇). Only where every later item so ends (a list of units, not
    某镇、某公司)."""
    text, p = ctx.text, ctx.patterns
    if "、" not in text:
        return
    shortest, longest = _LISTED_UNIT_CHARS
    for m in _UNIT_LIST.finditer(text):
        items = enumeration_items(text, m.start(), m.end())
        # (the last item may run on after its place: 水头镇、石井镇|的6家企业)
        found = next(((i, x.end) for i, (s, e) in enumerate(items) for x in spans.overlapping(s, e)
                      if x.label == "LOC" and x.end - x.start >= shortest
                      and (x.end == e or i == len(items) - 1 and x.start == s)), None)
        if found is None:
            continue
        first, found_end = found
        suffix = next((u for u in ctx.conventions.unit_suffixes if text.endswith(u, 0, found_end)), None)
        if suffix is None:
            continue
        # (走进|水头镇、石井镇: an item before the one found, a verb of going opening the list, is one too)
        earlier = [(_after_a_verb_of_going(ctx, s, e, opening=True), e) for s, e in items[:first]]
        if earlier and all(text.endswith(suffix, s, e) for s, e in earlier):
            _add_listed_units(ctx, spans, earlier, suffix)
        if first == len(items) - 1:
            continue
        later = items[first + 1:]
        s, e = later[-1]   # the last may run on after the list (黄土铺镇|等地): it ends at its suffix
        cut = text.find(suffix, s + shortest - len(suffix), e)
        later[-1] = (s, cut + len(suffix)) if cut >= 0 else (s, e)
        if not all(text.endswith(suffix, s, e) for s, e in later):
            continue
        _add_listed_units(ctx, spans, later, suffix)


def _add_listed_units(ctx: RuleContext, spans: SpanSet, items: list[tuple[int, int]], suffix: str) -> None:
    """Each listed unit text[s:e] (ending with ``suffix``) of a name's length, no common word, and
    nothing found in it, is a place."""
    text, p = ctx.text, ctx.patterns
    shortest, longest = _LISTED_UNIT_CHARS
    for s, e in items:
        stem = e - len(suffix)   # (示范|村, 其他|街道: a kind, no name; 新农村, 示范乡镇: a word's end)
        if shortest <= e - s <= longest and not spans.overlapping(s, e) and text[s:e] not in p.words \
                and text[s:stem] not in p.words and text[stem - 1:stem + 1] not in p.words \
                and not ctx.cuts_word(s) and not ctx.cuts_word(e):
            spans.add(s, e, "LOC")


@rule_steps.register("split_admin_levels")
def split_admin_levels(ctx: RuleContext, spans: SpanSet) -> None:
    """奥运村街道|天畅园社区: a place that runs from one administrative level into a lower one
    (街道 then 社区) is two places, as the guideline lists them."""
    text = ctx.text
    for span in spans.of("LOC"):
        start, end, _ = span
        name = text[start:end]
        for upper, lower in ctx.conventions.admin_splits:
            cut = name.find(upper)
            if cut < 2 or not name.endswith(lower):
                continue
            cut += len(upper)
            if end - (start + cut) > len(lower) + 1:
                spans.split(span, [start + cut])
                break


@rule_steps.register("org_unit_places")
def org_unit_places(ctx: RuleContext, spans: SpanSet) -> None:
    """南湖街道工会联合会 … 南湖街道相关负责人说: an administrative unit that opens an organization's
    name is a place where the article writes it on its own (guideline: not listed as a place
    unless it also appears on its own); not before an organization word or an office (南湖街道|工会,
    牡丹社区|党委书记: the unit's body), only where a name can start (not 西岭街道|牡丹社区…, the
    start of a longer name) and not where the end cuts a word."""
    p, text = ctx.patterns, ctx.text
    units = {unit for s, e, _ in spans.of("ORG") for unit in p.place_units(text[s:e])[0][:1]
             if len(unit) >= 3 and not unit.endswith("府")}
    _places_where_alone(ctx, spans, units, lambda start, end: p.suffix_re.match(text, end) or p.position_at(text, end)
                        or not ctx.opens_name(start) or ctx.cuts_word(end))


@rule_steps.register("unit_stems")
def unit_stems(ctx: RuleContext, spans: SpanSet) -> None:
    """东江区总工会 … 为东江的建设: a county, district or city named in the article with its
    suffix (in a place or an organization) is the same place where it is written without it;
    not where the stem is a common word or a cut falls inside a word. The model's person or
    organization of no ending that is such a stem alone is that place too (佩奇市 … 在佩奇: no
    person)."""
    p, text, suffixes = ctx.patterns, ctx.text, ctx.conventions.admin_levels
    named = {text[s:e] for s, e, _ in spans.spans if e - s >= 3}
    stems = {unit[:-1] for name in named if any(ch in suffixes for ch in name)
             for unit in p.place_units(name)[0] if unit[-1] in suffixes and len(unit) >= 3}
    _places_where_alone(ctx, spans, stems, lambda start, end: end < len(text) and text[end] in suffixes
                        or ctx.cuts_word(start) or ctx.cuts_word(end))
    # (a person the article names with a title or label, a speech verb or in its credit stays one:
    # 区总工会主席杨浦, 劳模黄山, （记者 丹阳）)
    persons = {text[s.start:s.end] for s in spans.of("PER")
               if p.ends_with_position(text, s.start) or ctx.tables.speech.match(text, s.end)
               or any(a <= s.start and s.end <= b for a, b in ctx.credited)}
    for span in spans.of("PER", "ORG"):
        name = text[span.start:span.end]
        if name in stems - p.words and name not in persons and not text.startswith(tuple(suffixes), span.end) \
                and not (span.label == "ORG" and p.suffix_end_re.search(text, span.start, span.end)):
            spans.replace(span, (span.start, span.end, "LOC"))


def _places_where_alone(ctx: RuleContext, spans: SpanSet, names: set[str],
                        refused: Callable[[int, int], object]) -> None:
    """Each of ``names`` (no common word) is a place wherever it is written outside any mention,
    unless ``refused(start, end)``; the longest first, so a shorter one never cuts a longer."""
    text = ctx.text
    for name in longest_first(names - ctx.patterns.words):
        for start in find_all(text, name):
            end = start + len(name)
            if not spans.overlapping(start, end) and not refused(start, end):
                spans.add(start, end, "LOC")


@rule_steps.register("split_units_off_facilities")
def split_units_off_facilities(ctx: RuleContext, spans: SpanSet) -> None:
    """青山区|滨江公园: administrative units written in front of a facility are places of their
    own (as 北京|人民大会堂 stays apart in join_place_facilities); the facility keeps its name."""
    p, text = ctx.patterns, ctx.text
    for span in spans.of("LOC"):
        suffix = p.facility_end_re.search(text, span.start, span.end)
        if suffix is None:
            continue
        units, rest = p.place_units(text[span.start:span.end])
        own = rest[:len(rest) - len(suffix.group())]
        cut = span.end - len(rest)
        if not units or len(own) < 2 or own in p.words or ctx.cuts_word(cut) or _generic_facility(ctx, cut, span.end):
            continue  # 朝阳区|文化馆, 北京市|百货大楼, 竹岚镇|茶叶产业园: the unit names the facility
        if text[span.start:span.end] in p.place_set:
            continue  # 北京市劳动人民文化宫: a gazetteer's name is one place
        spans.split(span, [cut])


@rule_steps.register("honour_places")
def honour_places(ctx: RuleContext, spans: SpanSet) -> None:
    """北京市|金牌调解组织, “通州|工匠”: a place that heads an honour is part of the honour's
    name, which is no entity."""
    heads = tuple(ctx.conventions.honour_heads)
    if not heads:
        return
    for span in spans.of("LOC"):
        if ctx.text.startswith(heads, span.end):
            spans.remove(span)


@rule_steps.register("union_work_places")
def union_work_places(ctx: RuleContext, spans: SpanSet) -> None:
    """平谷区工会|工作, 延庆工会|工作新局面: "the union work of a place"; the place is the entity."""
    after = tuple(ctx.conventions.generic_after_union)
    if not after:
        return
    text = ctx.text
    for span in spans.of("ORG"):
        start, end, _ = span
        name = text[start:end]
        if not name.endswith("工会") or name.endswith("总工会") or not text.startswith(after, end):
            continue
        place = name[:-2]
        spans.remove(span)
        if len(place) >= 2 and ctx.patterns.is_place(place):
            spans.add(start, start + len(place), "LOC")


@rule_steps.register("generic_unions")
def generic_unions(ctx: RuleContext, spans: SpanSet) -> None:
    """国际工会, 两岸工会, 亚洲工会, 沪港工会: the unions of a region, of the world or of two sides
    in general are no organization; a place among those owners (亚洲; 沪, 港) stays a place."""
    places = set(ctx.conventions.generic_union_places)
    owners = set(ctx.conventions.generic_union_owners) | places
    if not owners:
        return
    text = ctx.text
    abbreviations = ctx.conventions.place_abbreviations
    for span in spans.of("ORG"):
        start, end, _ = span
        if end - start != 4 and (end - start < 4 or text[start:end - 2] not in owners) \
                or not text.endswith("工会", start, end):
            continue
        owner = text[start:end - 2]
        # 皖台工会: two sides' unions; not 巴西工会, a country's name of two characters neither of
        # which stands for one place
        pair = len(owner) == 2 and all(c in abbreviations for c in owner) \
            and any(ctx.patterns.names.lex.place_abbreviations.get(c) for c in owner)
        if owner not in owners and not pair:
            continue
        spans.remove(span)
        if owner in places:
            spans.add(start, end - 2, "LOC")
        elif pair:
            spans.add(start, start + 1, "LOC")
            spans.add(start + 1, start + 2, "LOC")


@rule_steps.register("split_place_chains")
def split_place_chains(ctx: RuleContext, spans: SpanSet) -> None:
    """北京市海淀区 -> 北京市, 海淀区: a chain whose units each carry an administrative suffix is
    split into its units (guideline, place chains); not one whose last "unit" is a facility's
    common noun alone (竹泉村景区: 景区 ends in 区, but names no unit), or common words before one
    named by its trade (容县|经济|开发区: trade_facilities, named by the unit before it)."""
    p, text = ctx.patterns, ctx.text
    facilities = set(ctx.tables.facility_suffixes)
    trades = ctx.conventions.trade_facilities
    for span in spans.of("LOC"):
        units, rest = p.place_units(text[span.start:span.end])
        if len(units) < 2 or rest or units[-1] in facilities \
                or units[-1].endswith(trades) and _generic_facility(ctx, span.end - len(units[-1]), span.end):
            continue
        spans.remove(span)
        pos = span.start
        for unit in units:
            spans.add(pos, pos + len(unit), "LOC")
            pos += len(unit)


@rule_steps.register("join_place_chains")
def join_place_chains(ctx: RuleContext, spans: SpanSet) -> None:
    """浙江|杭州, 北京|海淀: a listed domestic place written together with the city or district
    in it, one of them without an administrative suffix, is one place (guideline: a chain with
    a unit that has no suffix stays one LOC), and so does a city's zone, named by no name of its
    own (乌鲁木齐|经济技术开发区: the shared lexicon's ``generic_zone_end``) or ending with a zone's
    level (宜宾|三江新区: ``zone_levels``), a unit though a facility's ending closes it. Countries (日本|东京)
    and facilities (北京|人民大会堂) are not joined: People's Daily and MSRA list those apart."""
    p, text = ctx.patterns, ctx.text
    spans_list = spans.of()
    joined: set[tuple[int, int]] = set()   # chains joined here (河北秦皇岛 + 北戴河区: one place)
    for left, right in zip(spans_list, spans_list[1:]):
        if left not in spans.spans and (chain := spans.ending_at(left.end)) is not None \
                and (chain.start, chain.end) in joined:
            left = chain
        if left.label != "LOC" or right.label != "LOC" or left.end != right.start or left not in spans.spans:
            continue
        names = (text[left.start:left.end], text[right.start:right.end])
        # (乌鲁木齐|经济技术开发区: a zone named by no name of its own; 武汉|东湖新技术开发区: one named)
        zone = p.names.lex.generic_zone_end(names[1]) == len(names[1]) or names[1].endswith(p.names.lex.zone_levels)
        # (烟台 of 烟台市 before a zone; 嘉兴 of 嘉兴市 before a unit of it: 嘉兴|南湖区)
        listed = names[0] in p.place_set or (zone or _a_unit(p, names[1])) and names[0] in p.place_stems
        if not listed and (left.start, left.end) not in joined or names[0].endswith("国") \
                or not (2 <= len(names[1]) <= 4 or names[1] in p.place_set or zone) \
                or ctx.names_facility(right.start, right.end) and not zone:
            continue
        # (北京市|海淀区: units each with its level; not 广西钦州市|钦南区, joined over 广西)
        if all(p.place_units(n)[0] and not p.place_units(n)[1] for n in names) and (left.start, left.end) not in joined:
            continue
        if all(n in p.place_set and n[-1] in ctx.conventions.place_suffixes for n in names):
            continue   # 锡林郭勒盟|二连浩特市: listed places, each with its level (盟, 旗: place_suffixes.txt)
        if p.place_units(names[0])[0] and names[1] not in p.place_set and names[1] not in p.place_stems \
                and not names[0].endswith(ctx.conventions.province_suffixes) and not _a_unit(p, names[1]):
            continue   # 临漳县|明阳屯: a unit below a province, then a place in it listed nowhere (not 钦南区)
        spans.remove(left)
        spans.replace(right, (left.start, right.end, "LOC"))
        joined.add((left.start, right.end))


def _a_unit(p: RulePatterns, name: str) -> bool:
    """钦南区, 南湖区: one administrative unit as written, its level closing it."""
    units, rest = p.place_units(name)
    return len(units) == 1 and not rest


@rule_steps.register("join_place_facilities")
def join_place_facilities(ctx: RuleContext, spans: SpanSet) -> None:
    """清水湾|湿地公园: a named place written right before a facility is the facility's
    name; a listed or administrative place (北京|人民大会堂, 朝阳区|…) stays apart."""
    p, text = ctx.patterns, ctx.text
    for right in spans.of("LOC"):
        left = spans.ending_at(right.start)
        if left is None or left.label != "LOC" or right not in spans.spans:
            continue
        name, facility = text[left.start:left.end], text[right.start:right.end]
        if len(name) < 2 or len(facility) < 3 or not ctx.names_facility(right.start, right.end) \
                or p.place_units(facility)[0]:
            continue
        units, rest = p.place_units(name)
        # (a trade's facility or a station after a listed place is named by it: 宁波|中德智造产业园, as the
        # devset's 北京京东方生命科技产业基地; 上海|虹桥站, as People's Daily's [北京 西 站]ns; not
        # 北京|人民大会堂)
        trade = not units and name in p.place_set \
            and facility.endswith((*ctx.conventions.trade_facilities, *ctx.conventions.station_endings))
        generic = units and not rest and _generic_facility(ctx, right.start, right.end)
        if (name in p.place_set or units) and not generic and not trade:
            continue
        spans.remove(left)
        spans.replace(right, (left.start, right.end, "LOC"))


def _generic_facility(ctx: RuleContext, start: int, end: int, words: Container[str] | None = None) -> bool:
    """茶叶|产业园, 生态|旅游|度假区, 现代|农业|产业园: a facility of common words (common_words.txt;
    ``words``: those only) and a facility suffix names no place of its own: the administrative unit
    before it names it (竹岚镇茶叶产业园, as 朝阳区文化馆). Not a word of numerals (五一|广场,
    八一|体育馆: a day's name, the facility's own)."""
    suffix = ctx.patterns.facility_end_re.search(ctx.text, start, end)
    if suffix is None:
        return False
    words = ctx.patterns.words if words is None else words
    bounds, numerals = ctx.word_bounds, ctx.conventions.count_chars
    cuts = [b for b in range(start, suffix.start() + 1) if b in bounds]
    return cuts[:1] == [start] and cuts[-1] == suffix.start() \
        and all((w := ctx.text[a:b]) in words and not all(c in numerals for c in w) for a, b in zip(cuts, cuts[1:]))


@rule_steps.register("company_places")
def company_places(ctx: RuleContext, spans: SpanSet) -> None:
    """青山超市: a place the model read whose name ends like a company's (org_suffixes.txt, kind
    company) is the company (guideline: prefer ORG for companies)."""
    heads = ctx.patterns.names.lex.company_org_suffixes
    if not heads:
        return
    for span in spans.of("LOC"):
        if span.end - span.start > 2 and ctx.text.endswith(heads, span.start, span.end):
            spans.replace(span, (span.start, span.end, "ORG"))
