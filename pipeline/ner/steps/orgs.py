"""Rule steps for organization boundaries: where a name starts (left stops, the words of its
name, a bracketed seat) and where it ends (its suffixes, a position word, a common word)."""
from __future__ import annotations

import re
from typing import Any, Callable, Iterator

from ...lexicon import NAME_KINDS
from ...splitter.wordlist import word_spans_break
from ...text.scan import find_all, splits_into_words
from ..align import token_bounds
from ..spans import Mention, SpanSet
from .context import HAN, HAN_CHAR, HAN_WORD, RuleContext, RulePatterns, run_back
from .org_lists import elided_organ_at
from .places import after_a_count, join_place_chains
from .registry import rule_steps

_BRACKET = re.compile(f"[（(]([{HAN}]{{2,4}})[）)]")


@rule_steps.register("trim_org_left_stops")
def trim_org_left_stops(ctx: RuleContext, spans: SpanSet) -> None:
    """联合|区农业农村局, 和|丰台区委: an organization does not start with a function word. Only
    where the rest is itself a name (an elided organization, or starts with a listed place), or
    the word is a token of its own before a name with an organization ending (应|省总工会), so
    that 联合政府, 经济日报 and 经开区 stay whole."""
    for span in spans.of("ORG"):
        _trim_left_stop(ctx, spans, span)


def _trim_left_stop(ctx: RuleContext, spans: SpanSet, span: tuple[int, int, str]) -> None:
    text, t = ctx.text, ctx.tables
    stops, elided, places = t.org_left_stops, t.elided, ctx.patterns.place_set
    movement = ctx.conventions.movement_verbs   # 前往|…有限公司, 调往|…派出所: always a verb
    suffix_re = ctx.patterns.suffix_re
    start, end, label = span
    for k in range(min(t.longest_left_stop, end - start - 2), 0, -1):
        if text[start:start + k] not in stops:
            continue
        rest = text[start + k:end]
        if k >= 2 and text[start:start + k] in movement and suffix_re.fullmatch(rest):
            spans.remove(span)   # 检查|集团在…: a verb and the body named back by its kind word, no name
            break
        if (elided is not None and elided.fullmatch(rest)) or \
                any(rest[:n] in places for n in range(2, min(len(rest) - 1, 6) + 1)) or \
                (k >= 2 and len(rest) >= 3 and text[start:start + k] in movement) or \
                (len(rest) >= 3 and ctx.patterns.suffix_end_re.search(rest)
                 and (ctx.is_token(start, start + k) or ctx.patterns.names.lex.elided_level(rest))):
            # (联合区|人力资源和社会保障局: a level opens the rest, the name of a body of that level)
            spans.replace(span, (start + k, end, label))
        break


@rule_steps.register("trim_phrase_heads")
def trim_phrase_heads(ctx: RuleContext, spans: SpanSet) -> None:
    """镇域内|华通之星, 目前|…: a place or organization does not begin with the locative or
    time phrase before it; it starts after that word (found within its first three characters,
    or opening before it: 下|一步区总工会, the phrase 下一步)."""
    text, ends = ctx.text, ctx.conventions.phrase_ends
    firsts = frozenset(w[0] for w in ends)
    longest = max(map(len, ends), default=1)
    for span in spans.of("LOC", "ORG"):
        start, end, label = span
        reach = max(0, start - longest + 1)
        if firsts.isdisjoint(text[reach:start + 4]):
            continue   # no phrase word can open within the first characters
        cut = max((k + len(w) for w in ends
                   if 0 <= (k := text.find(w, max(reach, start - len(w) + 1), start + 3 + len(w)))), default=start)
        if start < cut <= end - 2:
            spans.replace(span, (cut, end, label))


@rule_steps.register("split_coordinated_orgs")
def split_coordinated_orgs(ctx: RuleContext, spans: SpanSet) -> None:
    """X总工会联合区组织部, X总工会联合电信公司Y分公司: where a coordinating verb inside an
    organization is followed by an elided organization, or stands between two names that each
    end with an organization word, the two are separate (联合会, 联合国 stay whole); so where a
    space stands before an elided organization (a headline's list: 市人社局 市总工会召开…; not a
    body and its own unit: 某大学 新闻学院)."""
    verbs, elided, text = ctx.conventions.coordinating, ctx.tables.elided, ctx.text
    if elided is None or verbs is None:
        return
    suffix_end = ctx.patterns.suffix_end_re
    for span in spans.of("ORG"):
        start, end, _ = span
        if (k := _facility_before_a_joiner(ctx, start, end)) is not None:
            spans.remove(span)   # 邕州快递产业园|和|平安…: a facility, then the next stop's name
            spans.add(start, k, "LOC")
            continue
        if (k := _body_before_a_joiner(ctx, start, end)) is not None:
            spans.remove(span)   # 北京市总工会|和|平谷区总工会 (和平 read as a word): two bodies
            spans.add(start, k, "ORG")
            spans.add(k + 1, end, "ORG")
            continue
        for m in [*verbs.finditer(text, start + 2, end), *_SPACES.finditer(text, start + 2, end)]:
            right = elided.match(text, m.end(), end)
            if not (right and right.end() == end) and _SPACES.fullmatch(m.group()):
                continue   # 某大学 新闻学院: a space before a name of its own is no joint
            if (right and right.end() == end) or (
                    end - m.end() >= 3 and suffix_end.search(text, start, m.start())
                    and suffix_end.search(text, m.end(), end)):
                spans.remove(span)
                spans.add(start, m.start(), "ORG")
                spans.add(m.end(), end, "ORG")
                break


_SPACES = re.compile(r"[ \u3000]+")


_SHORTEST_JOINED_BODY = 3   # 区总工会 … a body named after a conjunction has a name and an ending


def _body_before_a_joiner(ctx: RuleContext, start: int, end: int) -> int | None:
    """Where a conjunction (name_joiners) stands inside the model's organization between two names
    that each end with an organization's ending (北京市总工会|和|平谷区总工会, whatever word 和平
    the segmenter read across), else None."""
    text, suffix_end = ctx.text, ctx.patterns.suffix_end_re
    for k in range(start + 2, end - _SHORTEST_JOINED_BODY):
        if text[k] in ctx.conventions.name_joiners and (m := suffix_end.search(text, start, k)) is not None \
                and m.end() == k and suffix_end.search(text, k + 1, end) is not None:
            return k
    return None


def _facility_before_a_joiner(ctx: RuleContext, start: int, end: int) -> int | None:
    """Where a facility (facility_suffixes) that opens the model's organization ends, right before
    a conjunction inside it (name_joiners: 邕州快递产业园|和|平安): the end of the facility, else None."""
    text, p = ctx.text, ctx.patterns
    for k in range(start + 2, end - 1):
        if text[k] in ctx.conventions.name_joiners and not ctx.cuts_word(k) \
                and p.facility_end_re.search(text, start, k) is not None:   # (…产业园|和平|安: whatever 和 opens)
            return k
    return None


@rule_steps.register("split_joined_organs")
def split_joined_organs(ctx: RuleContext, spans: SpanSet) -> None:
    """西城区区委|区政府, 市委|市政府: an organization written right after another one, itself an
    elided organ of a level (区政府: it opens with a unit such as 区/市/县), is a second
    organization, the two leading bodies of a place (湖南大学团委 stays whole)."""
    elided, text, suffix_end = ctx.tables.elided, ctx.text, ctx.patterns.suffix_end_re
    levels = {u for u in ctx.conventions.unit_suffixes if len(u) == 1}
    if elided is None:
        return
    known = ctx.conventions.known_orgs
    for span in spans.of("ORG"):
        start, end, _ = span
        for k in range(start + 2, end - 1):
            if text[k] in levels and elided.fullmatch(text, k, end) and suffix_end.search(text, start, k) \
                    and not elided.fullmatch(text, start, end):
                spans.split(span, [k])
                break
            # (应急管理部|全国总工会, 管理部 全国总工会: a listed body after one that ends as a body does;
            # not a department named like a listed one, 青山集团|应急管理部: the group's own)
            after = k + 1 if text[k].isspace() else k
            if known is not None and known.fullmatch(text, after, end) and _ends_as_a_body(ctx, start, k) \
                    and not text.endswith(tuple(ctx.conventions.department_endings), after, end):
                spans.remove(span)
                spans.add(start, k, "ORG")
                spans.add(after, end, "ORG")
                break


def _ends_as_a_body(ctx: RuleContext, start: int, end: int) -> bool:
    """Whether text[start:end] ends with an organization's ending (org_suffixes.txt) at a word's end."""
    m = ctx.patterns.suffix_end_re.search(ctx.text, start, end)
    return m is not None and m.end() == end and not ctx.cuts_word(end)


@rule_steps.register("trim_positions")
def trim_positions(ctx: RuleContext, spans: SpanSet) -> None:
    """An organization that runs into a position word ends before it (…人大常委会党组|副书记,
    全总党组|书记: elided_orgs); so does a place (土默特左旗旗|长: the listed banner, then its
    head's title)."""
    p, text = ctx.patterns, ctx.text
    if not p.position_re:
        return
    for span in spans.of("LOC"):
        start, end, _ = span
        k = next((k for k in range(end - 1, start + 1, -1) if k in ctx.word_bounds
                  and (m := p.position_re.match(text, k)) is not None and m.end() > end
                  and p.is_place(text[start:k])), None)   # (not 上海市|长宁区: no title read there)
        if k is not None:
            spans.replace(span, (start, k, "LOC"))
    elided = p.tables.elided
    for span in spans.of("ORG"):
        start, end, _ = span
        for k in range(start + 2, end):
            m = p.position_re.match(text, k)
            # (全总|党组书记: an elided body, no suffix of its own, ends there too)
            if m and m.end() > end and (p.suffix_end_re.search(text, start, k)
                                         or elided is not None and elided.fullmatch(text, start, k)):
                if text[k:end] in ctx.conventions.sub_unit_parents and p.position_re.fullmatch(text, end, m.end()):
                    break  # …有限公司工会|主席: the name ends with a unit (工会), the position after it
                spans.replace(span, (start, k, "ORG"))
                break


def org_end(p: RulePatterns, text: str, start: int, end: int, label: str) -> int:
    """Where the organization ``text[start:end]`` (or the place) ends once its suffixes are taken."""
    t = p.tables
    bound = p.tables.conventions.place_bound_suffixes
    while True:
        m = p.suffix_re.match(text, end)
        if m is None:
            return end
        suffix = m.group()
        if label == "LOC" and (end - start < 2 or suffix in bound and text[end - 1] not in t.conventions.place_suffixes):
            return end  # 美|政府, 中国|公司: an abbreviation or a country + a generic noun
        if label == "ORG" and t.elided is not None and t.elided.match(text, end):
            return end  # 昌平区区委|区政府, 市委|市政府: two organs written together
        if suffix in t.weak_suffixes and label == "ORG":
            return end  # 总工会 + 办 is not a new organization
        pos = p.position_at(text, end)
        if pos is not None and len(pos.group()) > len(suffix) and not (
                suffix in t.conventions.sub_unit_parents and p.position_re.fullmatch(text, end + len(suffix), pos.end())):
            return end  # 北京市总工会 + 党组书记: the suffix is the start of a position (not …有限公司|工会|主席)
        if suffix.endswith("工会") and text.startswith(t.after_union_stops, end + len(suffix)):
            return end  # 海淀区工会工作: generic
        if word_spans_break(suffix, text[end + len(suffix):end + len(suffix) + 3], p.words):
            return end  # 协会 + 联合|会员: the suffix is the start of another word
        end += len(suffix)
        label = "ORG"


def _cut_suffix_end(p: RulePatterns, text: str, start: int, end: int) -> int:
    """东洋国劳动组|合代表团: an organization the model ended inside its own ending (劳动组合)
    ends where that ending does; ``end`` where it ends on no such cut."""
    for k in range(min(end - start - 1, p.longest_suffix - 1), 0, -1):
        m = p.suffix_re.match(text, end - k)
        if m is not None and m.end() > end and len(m.group()) >= 3 \
                and not word_spans_break(m.group(), text[m.end():m.end() + 3], p.words):
            return m.end()
    return end


@rule_steps.register("grow_orgs")
def grow_orgs(ctx: RuleContext, spans: SpanSet) -> None:
    """A place or organization followed by an organization suffix is one organization."""
    for span in spans.of("LOC", "ORG"):
        if span not in spans.spans:
            continue  # swallowed by an earlier growth
        end = _cut_suffix_end(ctx.patterns, ctx.text, span.start, span.end) if span.label == "ORG" else span.end
        new_end = org_end(ctx.patterns, ctx.text, span.start, end, span.label)
        if new_end > span.end:
            spans.widen(span, span.start, new_end, "ORG")


@rule_steps.register("delegation_orgs")
def delegation_orgs(ctx: RuleContext, spans: SpanSet) -> None:
    """安徽省工会|代表团, 三亚市总工会|考察团: a travelling group (``group_nouns``) written right after
    the organization that sends it is one organization with it (the devset's 安徽省工会代表团);
    not after a place (中国|代表团: People's Daily tags the place alone), nor a word the group
    word only opens (代表团团长 stays: the title follows the whole)."""
    text = ctx.text
    groups = sorted(ctx.conventions.group_nouns, key=len, reverse=True)
    if not groups:
        return
    for span in spans.of("ORG"):
        group = next((g for g in groups if text.startswith(g, span.end)), None)
        if group is None:
            continue
        end = span.end + len(group)
        if not ctx.cuts_word(end) and not spans.overlapping(span.end, end):
            spans.widen(span, span.start, end, "ORG")


@rule_steps.register("place_named_institutions")
def place_named_institutions(ctx: RuleContext, spans: SpanSet, max_words: int = 4) -> None:
    """东港区|环卫|作业|中心, 北京|云峰水库|管理处: a place the model read (or a token ending with an
    administrative unit, no common word: 芗城区), followed by a few words of what is done there (no
    verb, function word or entity) and an institution's head (``institution_heads``), is one
    organization with them; before a generic head (中心) the words are nouns, more than one common
    word (not 北京|再添|职工服务中心, 成都市|城市|中心: a place's part)."""
    heads, text, p = ctx.conventions.institution_heads, ctx.text, ctx.patterns
    if not heads or not any(h in text for h in heads):
        return
    stops, units = ctx.conventions.function_chars, ctx.conventions.place_suffixes
    places = [(s.start, s.end) for s in spans.of("LOC") if s.end - s.start >= 2]   # (台|胞服务中心: no place)
    for start, length in token_bounds(ctx.doc).tolist():   # (offsets, not Token objects: every token is read)
        end = start + length
        if length >= 3 and text[end - 1] in units and text[start:end] not in p.words \
                and p.is_place(text[start:end]) and not spans.overlapping(start, end):
            places.append((start, end))
    generic = ctx.conventions.generic_institution_heads
    for start, place_end in places:
        pos, words = place_end, []
        for _ in range(max_words):
            end = ctx.token_end(pos, longest=8)
            word = text[pos:end] if end is not None else ""
            if not word or not HAN_WORD.fullmatch(word) or word[0] in stops or p.verb_like(word) \
                    or spans.overlapping(pos, end):
                break
            words.append(word)
            head = next((h for h in heads if text.endswith(h, place_end, end)), None)
            work = text[place_end:end - len(head)] if head is not None else ""
            parts = words[:-1] + ([word[:-len(head)]] if head is not None and word != head else [])
            if head in generic and (work in p.words or not all(w in p.nouns for w in parts)):
                break   # 城市|中心, 再添|职工服务中心: a place's part, a verb the lexicon lacks
            if head is not None and len(work) >= 2:
                # (拱墅区|全民|健身中心: a venue, a facility's ending, is a place)
                label = "LOC" if text.endswith(tuple(ctx.tables.facility_suffixes), start, end) else "ORG"
                place = spans.starting_at(start)
                if place is not None:
                    spans.widen(place, start, end, label)
                else:
                    spans.add(start, end, label)
                break
            pos = end


@rule_steps.register("cut_orgs_at_words")
def cut_orgs_at_words(ctx: RuleContext, spans: SpanSet) -> None:
    """An organization whose end cuts a common word (…协会联合|会员单位) ends at its last
    complete suffix instead."""
    p, text = ctx.patterns, ctx.text
    words = p.words
    for span in spans.of("ORG"):
        start, end, _ = span
        if not word_spans_break(text[start:end][-3:], text[end:end + 3], words) \
                or text.endswith(p.legal_forms, start, end) \
                or p.position_at(text, end) is not None and p.suffix_end_re.search(text, start, end):
            continue   # (…储备库有限公司|机修工: a legal form ends the name, whatever 司机 reads;
            # …中心小学|校长: a body's ending and a title after it, whatever 学校 reads)
        for k in range(end - 1, start + 1, -1):
            if p.suffix_end_re.search(text, start, k) and not word_spans_break(text[start:k][-3:], text[k:k + 3], words):
                spans.replace(span, (start, k, "ORG"))
                break


_GENERIC_TRADE_NAME_CHARS = 4   # the longest trade name before a company's generic name (速达优选)


def _name_words_back(ctx: RuleContext, spans: SpanSet, i: int, start: int, verbs: bool = False) -> Iterator[int]:
    """The token indices a company's name may start at, walking back from token ``i`` (the model's
    start ``start``) over at most _GENERIC_TRADE_NAME_CHARS of Han words: none a position, a stop,
    a function word or another mention (``verbs``: nor a verb)."""
    p, t, doc = ctx.patterns, ctx.tables, ctx.doc
    k = i
    while k > 0 and start - doc[k - 1].idx <= _GENERIC_TRADE_NAME_CHARS:
        word, at = doc[k - 1].text, doc[k - 1].idx
        if not HAN_WORD.fullmatch(word) or word in p.position_set or word in t.org_left_stops \
                or (verbs and word in p.verbs) or word in ctx.conventions.function_chars \
                or spans.overlapping(at, at + len(word)):
            return
        k -= 1
        yield k


def _trade_name_back(ctx: RuleContext, spans: SpanSet, i: int, start: int, end: int) -> tuple[int, int] | None:
    """(token index, start) of a trade name of one or two words (速达|优选) written between a
    place and a company whose name the model read without one (网络|科技|有限公司: common words and
    a legal form, which name no company), where the place (杭州) is right before it; else None (not
    after a clause's start: 别看|中保人寿…). Not a position, a stop or a function word."""
    p, text, doc = ctx.patterns, ctx.text, ctx.doc
    form = p.legal_form_re.search(text, start, end)   # (网络科技有限公司|工会: the company's body)
    if form is None:
        return None
    cuts = [b for b in range(start, form.start() + 1) if b in ctx.word_bounds]
    if len(cuts) < 2 or cuts[0] != start or cuts[-1] != form.start() \
            or not all(text[a:b] in p.words for a, b in zip(cuts, cuts[1:])):
        return None   # (a name of its own before the legal form: the model's is whole)
    for k in _name_words_back(ctx, spans, i, start):
        before = spans.ending_at(doc[k].idx)
        if before is not None and before.label == "LOC":
            return k, doc[k].idx
    return None


def _brand_at_clause_start(ctx: RuleContext, spans: SpanSet, i: int, start: int, end: int) -> tuple[int, int] | None:
    """(token index, start) of a company's name that opens its clause (。赣西|精密|模具有限公司): a
    brand of no common word right after punctuation, then words of its trade (no verb), at most
    _GENERIC_TRADE_NAME_CHARS before the legal form's name the model read; else None."""
    p, doc = ctx.patterns, ctx.doc
    if p.legal_form_re.search(ctx.text, start, end) is None:
        return None
    for k in _name_words_back(ctx, spans, i, start, verbs=True):
        word = doc[k].text
        if len(word) >= 2 and word not in p.words and (k == 0 or not HAN_CHAR.match(doc[k - 1].text)):
            return k, doc[k].idx
    return None


@rule_steps.register("extend_orgs_left")
def extend_orgs_left(ctx: RuleContext, spans: SpanSet) -> None:
    """An organization name runs back over the words of its name: places and names before it
    (北京|苏宁|易购|销售有限公司), uncommon words, a bracketed place (汉拿万都（北京）…); it
    stops at punctuation, a function word, a common word (会员单位), a verb (加盟|江苏三毛集团)
    or another organization."""
    doc, text, p, t = ctx.doc, ctx.text, ctx.patterns, ctx.tables
    if len(doc) and all(len(tok.text) == 1 for tok in doc):
        return  # character tokens: no words to go by
    words = p.words
    for span in spans.of("ORG"):
        start, end, _ = span
        if text[start:end] in t.not_entities or (t.elided and t.elided.fullmatch(text[start:end])):
            continue  # a bare 工会 / 区总工会 is no name to grow
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None:
            continue
        i, new_start = first.start, start
        head = doc[i]
        # 出口|区产业工会…, 青石|加工|出口区|总管理处: a name that opens with a zone's unit alone
        # (区) or after a common word (出口区, not the listed 朝阳区) began further back, at the
        # nouns of the zone's name
        unit = head.text if head.idx == start else ""
        # (not the level of an elided body: 吴晓东代表|区总工会常委会 is the district's union)
        unnamed_unit = bool(unit) and unit[-1] in ctx.conventions.zone_units and \
            (len(unit) == 1 or unit[:-1] in words and unit[:-1] not in p.place_set) \
            and not (t.elided and t.elided.match(text, start))
        if head.idx < start:  # the model's name began inside a word
            before = text[head.idx:start]
            if head.text in t.org_left_stops or head.text in words and len(head.text) > 1 and \
                    before in t.org_left_stops | {head.text[:-1]} or len(before) >= 2 and before in t.org_left_stops:
                continue  # 走|进北京…, 联合|县人民医院 (one token): the word before is a verb; keep the model's start
            new_start = head.idx   # 便|民服务业协会 -> 便民服务业协会
        if new_start == start and head.text in t.sector_chars and head.idx == start and i > 0 \
                and len(doc[i - 1].text) >= 2 and doc[i - 1].text in words and doc[i - 1].text not in t.org_left_stops \
                and not spans.overlapping(doc[i - 1].idx, start):
            i, new_start = i - 1, doc[i - 1].idx   # 香港|建造|业职工联合会: the industry is 建造业
        if new_start == start and (back := _trade_name_back(ctx, spans, i, start, end)
                                   or _brand_at_clause_start(ctx, spans, i, start, end)) is not None:
            i, new_start = back   # 杭州|速达|优选|网络科技有限公司: the trade name, a common word too
        while i > 0:
            prev = doc[i - 1]
            word = prev.text
            ent = next((s for s in spans.overlapping(prev.idx, prev.idx + len(word)) if s != span), None)
            if ent is not None:
                if ent.end != prev.idx + len(word) or ent.label not in ("LOC", "PER") \
                        or p.suffix_end_re.search(text, ent.start, ent.end):
                    break  # never swallow a whole other organization
                new_start = ent.start
                i = doc.char_span(ent.start, ent.end, alignment_mode="expand").start
                continue
            if word in ("（", "(", "）", ")"):
                new_start, i = prev.idx, i - 1
                continue
            stop = max((w for w in t.org_left_stops if word.startswith(w) and len(word) > len(w)), key=len, default=None)
            if stop is not None and all(c in t.org_left_chars for c in word[len(stop):]) \
                    and (person := spans.ending_at(prev.idx)) is not None and person.label == "PER":
                # 虞建明|和市|人力资源…局: after a person, 和 joins him to the body, whose level is
                # the name's (not 安徽省|和县|…厂: the county 和县)
                new_start = prev.idx + len(stop)
                break
            # the model's name opens with a word of the segmenter's own (同|日本外务省, 次|日本…),
            # not one the model's start split (澳门|酒|店业…: the segmenter read 酒店业)
            split_word = ctx.cuts_word(start)
            opens_word = len(doc[i].text) > 1 and doc[i].idx == start and not split_word
            if len(word) == 1 and word not in t.org_left_chars and word not in ctx.conventions.function_chars \
                    and word not in t.org_left_stops \
                    and HAN_WORD.fullmatch(word) and new_start == start == prev.idx + 1 \
                    and ((word_spans_break(word, text[start:start + 3], words) and not opens_word)
                         or (len(doc[i].text) == 1 and ctx.opens_name(prev.idx)
                             and word not in ctx.conventions.object_prepositions)
                         or (split_word and not ctx.cuts_word(prev.idx) and _place_ends_at(spans, prev.idx))):
                # 职|工服务中心: the model began inside a word; 的|凯|达中国工会: inside a name the
                # segmenter cut into characters; 厦门|鹭|江心理健康研究院: inside a word the segmenter
                # read (鹭江) opening with this character, right after a place (a preposition
                # that is also a surname opens no name: 应|新…议会邀请)
                new_start, i = prev.idx, i - 1
                if split_word and not ctx.cuts_word(new_start) and not spans.ending_at(new_start):
                    # the split word made whole, only a place or person before runs on (整装待发|冬奥会…),
                    # or the nouns between a place and it (阿尔山市|冰雪|旅游…)
                    if (k := _modifiers_after_place(ctx, spans, i)) is None:
                        break
                    new_start, i = doc[k].idx, k
                continue
            if not HAN_WORD.fullmatch(word) or word in t.org_left_stops or word in t.not_entities \
                    or ctx.left_stop_ends_at(prev.idx + len(word), longer_than=len(word)) \
                    or (len(word) > 1 and word[-1] in ctx.conventions.clause_final_chars) \
                    or (word in words and not (unnamed_unit and word in p.nouns)) or word in p.verbs \
                    or word in p.position_set \
                    or (len(word) == 1 and word not in t.org_left_chars) \
                    or (len(word) == 1 and prev.idx > 0 and text[prev.idx - 1] in ctx.conventions.deictics) \
                    or (i >= 2 and doc[i - 2].text in p.position_set):
                if new_start == start and not _named_alone(ctx, start, end) \
                        and (k := _modifiers_after_place(ctx, spans, i)) is not None:
                    new_start, i = doc[k].idx, k   # 台湾|基层|劳工权益促进会 (the place is taken next)
                    continue
                break   # …, or 我|市: "our city" is no part of the name; nor the holder after a
                #         title (副委员长|贝承业率|…检查组: the segmenter ran his name into 率)
            new_start, i = prev.idx, i - 1
        while new_start < start and text[new_start] in "（(）)":
            new_start += 1
        if new_start >= start or text[new_start:start].count("（") != text[new_start:start].count("）"):
            continue
        if spans.widen(span, new_start, end, "ORG"):
            # the extension can take a token that opens with a stop (联合区|农业农村局)
            _trim_left_stop(ctx, spans, (new_start, end, "ORG"))


_MODIFIER_RUN = 2   # the most common words between a place and the name it opens


def _modifiers_after_place(ctx: RuleContext, spans: SpanSet, i: int) -> int | None:
    """阿尔山市|冰雪|旅|游行业工会联合会, 台湾|基层|劳工权益促进会: one or two common nouns or
    adjectives (no verb, no stop) between a place the model read and the name at token ``i`` are
    the name's, which the place opens: the index of the run's first token, or None."""
    doc, p = ctx.doc, ctx.patterns
    k = i
    while k > 0 and i - k < _MODIFIER_RUN:
        word = doc[k - 1].text
        if len(word) < 2 or not (word in p.nouns or word in p.adjectives) or word in ctx.tables.org_left_stops:
            break
        k -= 1
    return k if k < i and _place_ends_at(spans, doc[k].idx) else None


_SHORT_FORM_CHARS = 3   # a body's name this short is a short form (政协, 人大): it names itself


def _named_alone(ctx: RuleContext, start: int, end: int) -> bool:
    """Whether the name at text[start:end] opens with a place, a country or a listed body, or is a
    short form: it names itself, and the words before it are no part of it (亚洲|冠军|中国队,
    非洲|雄鹰|尼日利亚队, 香港|新任|政协)."""
    p = ctx.patterns
    return end - start <= _SHORT_FORM_CHARS or p.opens_with_place(ctx.text, start, end) \
        or (p.country_re is not None and p.country_re.match(ctx.text, start, end) is not None) \
        or any(m.start() == start for m in ctx.listed_body_matches)


def _place_ends_at(spans: SpanSet, pos: int) -> bool:
    before = spans.ending_at(pos)
    return before is not None and before.label == "LOC"


def _spelled_trade_name(ctx: RuleContext, spans: SpanSet, pos: int, floor: int) -> int | None:
    """Where a trade name the segmenter cut into single characters opens, running back from
    ``pos``: two or more one-character tokens (沪|东|新, 绒|都), or one right after a word of no list
    (甬匈|新: that word's start); none a word of one character (的, 了, 由, 他, 去:
    ``one_character_words``), none inside a mention, none before a locative or time phrase's end
    (镇|域|内: phrase_ends) or a left stop's (旗|下: org_left_stops). None otherwise (去|…, 他|…: a
    character standing alone opens the name after it)."""
    text, conv = ctx.text, ctx.conventions
    stops, locatives = conv.one_character_words, tuple(conv.phrase_ends)
    start = pos
    # (镇域内|奥通之星…, 集团旗下|东江…: a locative phrase or a left stop the segmenter cut)
    while start > floor and HAN_CHAR.match(text, start - 1) and ctx.is_token(start - 1, start) \
            and text[start - 1] not in stops and not spans.overlapping(start - 1, start) \
            and not text.endswith(locatives, 0, start) and not ctx.left_stop_ends_at(start, longer_than=1):
        start -= 1
    if pos - start >= 2:
        return start
    before = ctx.token_start(start, floor)
    word = text[before:start]
    if pos - start == 1 and len(word) >= 2 and HAN_WORD.fullmatch(word) and word not in ctx.patterns.words \
            and not spans.overlapping(before, start) and not ctx.patterns.verb_like(word) \
            and word not in ctx.patterns.position_set:
        return before
    return None


@rule_steps.register("trade_names")
def trade_names(ctx: RuleContext, spans: SpanSet) -> None:
    """A registered company name the model cut after its place: the place, the trade name and the
    company are one organization. Two cuts: the trade name left out (北京|兴旺|保洁服务有限公司) and
    a trade name cut at its 和 (北京|鼎和|公交客运有限公司, 北京市|京和|律师事务所, 北京京西仁|和|医院).
    (A unit's name cut at its 和, 顺义区|仁和|镇总工会: join_place_units.)"""
    for org in spans.of("ORG"):
        left = _place_before_left_out_trade_name(ctx, spans, org) or _place_and_trade_name_cut_at_and(ctx, spans, org)
        if left is not None:
            spans.remove(left)
            spans.replace(org, (left.start, org.end, "ORG"))


_MAX_TRADE_NAME = 6   # the longest trade name between a place and a company's cut name (恒通供应)


def _place_before_left_out_trade_name(ctx: RuleContext, spans: SpanSet, org: Mention) -> Mention | None:
    """北京|兴旺|保洁服务有限公司, 苏州|恒通供应|链管理有限公司: a place (listed, or one of two or three
    characters the model read before a trade name of no common word: 宜宾|锐能|动力电池有限公司, not
    中美|合资|…) and the words of a trade name (two to six characters: no verb, position or stop
    word, no function character, no agent mark after a word: 二期项目由|) before a company ending
    with its legal form, opening with no place; the model read the place alone and left the words
    between out. The span of the place, else None."""
    text, p, t = ctx.text, ctx.patterns, ctx.tables
    if not p.legal_form_re.search(text, org.start, org.end) \
            or any(p.is_place(text[org.start:org.start + k]) for k in (2, 3)):
        return None
    for name_at in range(org.start - 2, max(org.start - _MAX_TRADE_NAME, 1) - 1, -1):
        place = spans.ending_at(name_at)
        if place is None:
            continue
        trade = text[name_at:org.start]
        listed = p.is_place(text[place.start:place.end])
        if place.label != "LOC" or not (listed or (2 <= place.end - place.start <= 3 and p.proper_word(trade))) \
                or not HAN_WORD.fullmatch(trade) or any(c in ctx.conventions.function_chars for c in trade) \
                or trade[-1] in ctx.conventions.agent_marks and trade[-3:-1] in p.words \
                or spans.overlapping(name_at, org.start) or not _trade_name_words(ctx, name_at, org.start):
            return None
        return place
    return None


def _trade_name_words(ctx: RuleContext, start: int, end: int) -> bool:
    """The characters between a place and a company's cut name can be its trade name: two that are
    no rare verb (兴旺, 鼎和), or more that hold no verb-like word, position or stop word
    (苏州|设立供应|链管理有限公司 is a clause). Read from the lexicon, not the segmenter's cut."""
    p, t = ctx.patterns, ctx.tables
    gap = ctx.text[start:end]
    if len(gap) == 2:
        return gap not in p.verbs
    return not any(p.verb_like(w) or w in p.verbs or w in p.position_set or w in t.org_left_stops
                   for w in _inner_words(gap))


def _place_and_trade_name_cut_at_and(ctx: RuleContext, spans: SpanSet, org: Mention) -> Mention | None:
    """北京|鼎和|公交客运有限公司: a place, one character and 和 before an organization named only by
    common words (公交客运…, 律师事务所); the model cut the trade name (鼎和) at 和. Not after an
    organization's ending (北京市委|和|市政府: two bodies) nor after a whole place (北京|和|上海…).
    The span holding the place, else None."""
    text, p = ctx.text, ctx.patterns
    at = org.start - 1   # the 和
    if at < 2 or text[at] != "和" or text[org.start:org.start + 2] not in p.words \
            or not HAN_CHAR.match(text, at - 1) or text[at - 1] in ctx.conventions.function_chars:
        return None
    left = spans.ending_at(at) or spans.ending_at(at - 1)
    if left is None or left.label not in ("LOC", "ORG") or p.suffix_end_re.search(text, left.start, at):
        return None
    if left.end == at and p.is_place(text[left.start:at]):
        return None
    # the place, then the trade name's characters before 和 (北京|鼎); more of them where an
    # organization's ending opens what follows (北京|京西仁|和|医院…; not 中国剧协和人民日报…)
    opening = p.place_re.match(text, left.start, at - 1) if p.place_re else None
    longer = opening is not None and at - opening.end() <= _TRADE_NAME_CHARS and p.suffix_re.match(text, org.start)
    if not (p.is_place(text[left.start:at - 1]) or longer):
        return None
    return left


_TRADE_NAME_CHARS = 3   # the most characters of a trade name before its 和 (京西仁|和)


@rule_steps.register("company_name_starts")
def company_name_starts(ctx: RuleContext, spans: SpanSet, max_chars: int = 8) -> None:
    """东莞|鼎盛精密|模具有限公司, 的|长安丝路|供应|链管理有限公司: a company written with its
    legal form that the model began after words of its name (or inside one) began further back, at
    its trade name and the place before it. The name runs back over nouns, quality words (精密),
    words of no list (a trade name) and places, up to what opens a name: punctuation, a character
    standing alone (的, 去), a verb, a position, a kind of body (民营企业). A run that reaches no
    opening within ``max_chars`` characters, or holds no place or unlisted word, is left as read."""
    text, p = ctx.text, ctx.patterns
    if p.legal_form_re.search(text) is None:
        return
    for org in spans.of("ORG"):
        start = org.start
        if org not in spans.spans or not text.endswith(p.legal_forms, start, org.end) \
                or start == 0 or not HAN_CHAR.match(text, start - 1) or p.opens_with_place(text, start, org.end):
            continue  # (台资企业|漳州…: a name that opens with its place opens there)
        pos = ctx.token_start(start) if ctx.cuts_word(start) else start
        if pos < start and (text[pos:start] in ctx.tables.org_left_stops
                            or text[ctx.token_start(pos):start] in ctx.tables.org_left_stops):
            continue   # 运营|方启航…: the word the model began inside closes a stop (运营方)
        found = _company_name_start(ctx, spans, pos, start - max_chars)
        if found is None:
            continue
        new_start, taken_in = found
        for mention in taken_in:
            spans.remove(mention)
        spans.widen(org, new_start, org.end, "ORG")


def _company_name_start(ctx: RuleContext, spans: SpanSet, pos: int, floor: int
                        ) -> tuple[int, list[Mention]] | None:
    """Where a company's name opens, running back from ``pos`` (not before ``floor``), with the
    mentions it takes in (a place, a trade name the model read alone); None where no opening is
    reached or nothing of a name is passed. A registered name reads place, trade name, trade:
    once a trade name or place is passed, only a place may come before it (合作伙伴|华鑫|精密…:
    the noun before the trade name is no part of it)."""
    text, p, t = ctx.text, ctx.patterns, ctx.tables
    start, taken_in, named = pos, [], False
    before_places: tuple[int, int, bool] | None = None   # (pos, mentions taken, named) at the first place
    floor = max(floor, 0)
    while pos > 0 and HAN_CHAR.match(text, pos - 1):
        word_start = ctx.token_start(pos)
        taken = spans.overlapping(word_start, pos)
        if taken:
            # a place (东莞|, 云南滇|通) or a name the model read alone (天津顺驰达|供应…) is the
            # name's; a person or an organization of its own is not
            if any(s.label == "PER" or s.end > pos or p.suffix_end_re.search(text, s.start, s.end) for s in taken):
                return None
            if before_places is None and any(s.label == "LOC" for s in taken):
                before_places = (pos, len(taken_in), named)
            if min(word_start, taken[0].start) < floor:
                # (浙江省宁波市北仑区|海晟精密…: a chain of places past reach is the address, the
                # name opens after it)
                if before_places is None or not before_places[2] or before_places[0] >= start:
                    return None
                return before_places[0], taken_in[:before_places[1]]
            taken_in.extend(taken)
            pos, named = min(word_start, taken[0].start), True
            continue
        word = text[word_start:pos]
        if len(word) == 1 and (spelled := _spelled_trade_name(ctx, spans, pos, floor)) is not None:
            pos, named = spelled, True   # 走访了|沪|东|新|材料科技…: a trade name cut into characters
            continue
        if len(word) == 1 or word in t.org_left_stops or word in p.position_set \
                or (p.verb_like(word) and word not in p.adjectives) \
                or word.endswith(ctx.conventions.org_kind_nouns) or (named and not p.is_place(word)):
            break   # 向|…, 去|…, 走访|…, 主任|…, 民营企业|…, 合作伙伴|华鑫…: what opens a name
        if word_start < floor:
            return None   # no opening within reach
        named = named or word not in p.words
        pos = word_start
    return (pos, taken_in) if pos < start and named else None


@rule_steps.register("and_joined_bodies")
def and_joined_bodies(ctx: RuleContext, spans: SpanSet, max_chars: int = 6) -> None:
    """省|人力资源|和|社会保障厅, 坦桑尼亚|外交|和|东非合作部: a government body named for two fields
    joined by 和/与 (one of ``field_body_endings``: 厅, 局, 部), that the model began at the second,
    is one organization from its level (省, 县; or the place read before it) on. The second opens
    with no level or place of its own (…和|区计生委) and is no body that stands on its own, a common
    word or a listed name (市领导|和|教育局, 中国企业|和|商务部: two); the first is nouns or words of
    no list, none an organization's ending (市财政局|和|人社局) nor a kind of body (企业), and a level
    (not one opening a word: 县长, 市场) or a place must open it (职工|和|家属…: no body's name).
    Fields listed with 、 before the pair make one body after a place only (塞尔维亚劳动、就业、退伍
    军人和社会事务部; 市财政、人社和税务局 is three bureaus of the city)."""
    text, p = ctx.text, ctx.patterns
    if "和" not in text and "与" not in text:
        return
    levels, bodies = ctx.conventions.admin_levels, ctx.conventions.field_body_endings
    for org in spans.of("ORG"):
        joint = org.start - 1
        second = text[org.start:org.end]
        # (…、|工业和竞争部: the model began after a list mark, at a pair of fields it holds)
        listed = joint >= 2 and text[joint] == "、" and ("和" in second or "与" in second)
        if joint < 2 or not (text[joint] in "和与" or listed) or org not in spans.spans or not second.endswith(bodies) \
                or text[org.start] in levels or p.opens_with_place(text, org.start, org.end) \
                or second in p.words or second in p.names.lex.org_names:
            continue   # (…和|重庆医院, …和|区计生委, …和|教育局, …和|商务部: a body of its own)
        pos = _fields_start(ctx, spans, joint, max_chars)
        if pos == joint:
            continue
        listed = listed or "、" in text[pos:joint]
        if listed and text[pos] in levels:
            continue   # 市财政、人社和税务局: three bureaus of the city, elided; a list makes one body only abroad
        place = spans.ending_at(pos)
        first_word = text[pos:ctx.token_end(pos) or pos + 1]
        if text[pos] in levels and joint - pos > 1 and (len(first_word) == 1 or not (
                first_word in p.words or first_word in p.position_set)):
            spans.widen(org, pos, org.end, "ORG")   # 省|人力资源, 省人力|资源: the level opens the name
        elif place is not None and place.label == "LOC":
            spans.remove(place)   # 坦桑尼亚|外交: the place read before it
            spans.widen(org, place.start, org.end, "ORG")
        elif not listed and (parent := _body_ending_at(ctx, spans, pos)) is not None:
            if parent in spans.spans:   # 省总工会|劳动|和|经济工作部: a department of the body before it
                spans.remove(parent)
            spans.widen(org, parent.start, org.end, "ORG")


def _body_ending_at(ctx: RuleContext, spans: SpanSet, pos: int) -> Mention | None:
    """The organization that ends at ``pos``: one read that ends like one (湖南省总工会, 省政协; not
    武警|部队和…, a name of no ending), or one written elided where a phrase opens (，省总工会),
    else None."""
    parent = spans.ending_at(pos)
    if parent is not None:
        ends_so = ctx.text[parent.start:parent.end].endswith(ctx.patterns.names.lex.all_org_suffixes)   # 政协 too
        return parent if parent.label == "ORG" and ends_so else None
    elided = ctx.tables.elided
    for m in elided.finditer(ctx.text, max(pos - _ELIDED_CHARS, 0), pos) if elided is not None else ():
        if m.end() == pos and not spans.overlapping(m.start(), pos) and ctx.opens_name(m.start()):
            return Mention(m.start(), pos, "ORG")
    return None


_ELIDED_CHARS = 12   # an elided organization (省总工会, 自治区党委) is at most this long


def _fields_start(ctx: RuleContext, spans: SpanSet, joint: int, max_chars: int) -> int:
    """Where the fields before ``joint`` (a 和 or a list mark) begin: nouns or words of no list,
    none an organization's ending, a kind of body or a title (某银行|行长|和…: no field), back to a
    level (省) or up to ``max_chars`` characters; a list mark between fields goes on with the next
    (劳动、就业、退伍军人|和…)."""
    text, p, levels = ctx.text, ctx.patterns, ctx.conventions.admin_levels
    pos = start = joint
    floor = max(joint - max_chars, 0)
    while pos > floor:
        if text[pos - 1] == "、" and pos < joint:
            pos -= 1   # (start stays at the field after it until a field before it is read)
            floor = max(pos - max_chars, 0)
            continue
        word_start = ctx.token_start(pos, floor)
        word = text[word_start:pos]
        listed = "、" in (text[pos], text[word_start - 1:word_start])   # (就业 in a list of fields is one)
        if spans.overlapping(word_start, pos) or not HAN_WORD.fullmatch(word) or (p.verb_like(word) and not listed) \
                or p.suffix_end_re.search(word) or p.position_at(text, word_start) is not None \
                or word.endswith(ctx.conventions.org_kind_nouns) or (len(word) == 1 and word not in levels):
            break
        pos = start = word_start
        if word in levels:
            break
    return start


@rule_steps.register("bracketed_place_orgs")
def bracketed_place_orgs(ctx: RuleContext, spans: SpanSet) -> None:
    """汉拿万都（北京）汽车部件有限公司: a company name with its seat in brackets is one ORG, from
    the name before the bracket (the model's name there, else the run of characters back to a
    stop character). The bracket must hold a place, a listed place's stem before its level
    (某汽车零部件（长寿）有限公司: 长寿区) or a country (锡澄纺织（柬埔寨）有限公司; not （记者…）,
    （集团）)."""
    text, levels = ctx.text, tuple(ctx.conventions.admin_levels)
    if "（" not in text and "(" not in text:
        return
    for b in _BRACKET.finditer(text):
        name_end, k = b.start(), b.start()
        while k > 0 and name_end - k < 8 and HAN_CHAR.match(text, k - 1):
            k -= 1
        seat = b.group(1)
        # (a place, a listed one's stem before its level, 渝川汽车零部件(长寿)…: 长寿区, or a country;
        # not place_stems, which leaves out a stem that is a common word too, as 长寿 is: in brackets
        # after a company's name it is the seat)
        placed = ctx.patterns.is_place(seat) or any(seat + level in ctx.patterns.place_set for level in levels)
        if name_end - k < 2 or not (placed or seat in ctx.patterns.names.lex.country_set):
            continue
        org = spans.starting_at(b.end()) or spans.starting_at(b.start(1))  # …|北京）物流有限公司
        if org is None or org.label != "ORG" or org.end <= b.end():
            continue
        start = k
        name = spans.ending_at(name_end)
        # (the model's organization cut inside the name, nothing but the name's characters after it:
        # 深圳市宝安区芯瑞|微电子（深圳）…; not 某总工会|和华联（北京）…)
        cut = next((s for s in spans.overlapping(k, name_end) if s.label == "ORG" and k < s.end < name_end
                    and not any(c in ctx.conventions.function_chars for c in text[s.end:name_end])), None)
        if name is not None and name.start >= k:
            start = name.start  # the model's name before the bracket (华联|（北京）…)
        elif cut is not None:
            spans.remove(cut)
            start = cut.start
        else:
            for j in range(name_end - 2, k - 1, -1):
                if text[j] in ctx.conventions.function_chars:
                    start = j + 1
                    break
            stop = ctx.tables.org_left_stops
            # 镇域内|华通（上海）…, 他前往|中体盛世（北京）…: the name starts after a locative
            # phrase or a function word / verb of going written in the run
            for word in [*ctx.conventions.phrase_ends, *(w for w in stop if len(w) > 1)]:
                at = text.rfind(word, k, name_end - 1)   # (from the run's start: 集团所|属… holds 所)
                if at >= 0 and at + len(word) <= name_end - 2:
                    start = max(start, at + len(word))
            while start < name_end - 2 and (text[start:start + 2] in stop or text[start] in stop):
                start += 2 if text[start:start + 2] in stop else 1
        if name_end - start >= 2:
            spans.widen(org, start, org.end, "ORG")


@rule_steps.register("bracketed_seats")
def bracketed_seats(ctx: RuleContext, spans: SpanSet) -> None:
    """国际会展中心（上海）, 东方文化贸易基地（北京）: an official name written with its seat in
    brackets right after it holds the bracket (one mention, the place inside not listed). Only
    where no name goes on after the bracket (汉拿万都（北京）汽车…: bracketed_place_orgs) and the
    bracket is no short form of the name; a place named so is a facility (海峡两岸（威海）: a region
    and a city, two places)."""
    text = ctx.text
    if "（" not in text and "(" not in text:
        return
    for b in _BRACKET.finditer(text):
        name = spans.ending_at(b.start())
        if name is None or name.label not in ("LOC", "ORG") or name.end - name.start < 4 \
                or not ctx.patterns.is_place(b.group(1)) \
                or name.label == "LOC" and not ctx.names_facility(name.start, name.end):
            continue
        after = spans.starting_at(b.end())
        if (after is not None and after.label == "ORG") or all(ch in text[name.start:name.end] for ch in b.group(1)):
            continue   # …全国联盟（安盟）: the name's short form, no seat
        spans.widen(name, name.start, b.end(), name.label)


_MAX_COMPANY_NAME = 16


@rule_steps.register("company_names")
def company_names(ctx: RuleContext, spans: SpanSet) -> None:
    """北京市|国有资产经营|有限责任公司: a company's legal form ends its name, which runs back over
    its words to punctuation, a function word or another name; a place right before it opens the
    name (the registered name holds it), and so does a trade name the model read alone as a body
    (常州力拓|精密铸造有限公司: no organization's ending). Only where no organization covers the legal form yet, and
    not for a kind counted (两家|农民专业合作社, 现有农民专业合作社|1.2万家, not a list's: 甲、乙有限
    公司|几家) or a deictic's (全市|农民专业合作社: all of the city's): no name."""
    text, t, words = ctx.text, ctx.tables, ctx.patterns.words
    counted, deictics = ctx.conventions.body_count, tuple(ctx.conventions.deictics)
    for m in ctx.patterns.legal_form_re.finditer(text):
        cover = [s for s in spans.overlapping(m.start(), m.end()) if s.label == "ORG"]
        # (北方轨道客车|装备有限公司: the model read a field and the legal form, no name; the name runs on)
        if cover and not (len(cover) == 1 and cover[0].end == m.end() and cover[0].start < m.start()
                          and splits_into_words(text[cover[0].start:m.start()], words)):
            continue
        k = cover[0].start if cover else m.start()
        while k > 0 and m.start() - k < _MAX_COMPANY_NAME and HAN_CHAR.match(text, k - 1) \
                and text[k - 1] not in ctx.conventions.function_chars:
            other = next(iter(spans.overlapping(k - 1, k)), None)
            if other is not None:
                if other.label == "LOC" or (other.label == "ORG" and other.end == k
                                            and not ctx.patterns.suffix_end_re.search(text, other.start, other.end)):
                    k = other.start   # the place, or the trade name, opens the registered name
                break
            if text[k - 2:k] in t.org_left_stops or (text[k - 1] in t.org_left_stops
                                                      and text[k - 1:k + 1] not in words
                                                      and ctx.token_start(k) == k - 1):
                break   # 赴|北京…, not 经|营, nor 陇原|枸杞… (原 closing a word of the segmenter's)
            k -= 1
        k = _after_a_verb(ctx, k, m.start())
        if after_a_count(ctx, max(k - 3, 0), m.start()) > k:
            continue   # 2家|农牧民专业合作社: a kind counted, no name
        k = _after_a_deictic(ctx, k, m.start(), deictics)
        if counted is not None and counted.match(text, m.end()) and not text.endswith("、", 0, k):
            continue   # 现有…合作社|1.2万家: a kind counted (not a list's last: 甲、乙有限公司|几家)
        if cover and k == cover[0].start:
            continue   # (nothing more of the name before the model's)
        if m.start() - k >= 2 and text[k:m.start()] not in words:   # not 和|经营|有限公司
            spans.add(k, m.end(), "ORG", override=True)


def _after_a_deictic(ctx: RuleContext, start: int, end: int, deictics: tuple[str, ...]) -> int:
    """Where a company's name may start in text[start:end]: after the last common word there that
    opens with a deictic (埇桥区召开|全市|农民专业合作社: 全市 says all of them), else ``start``."""
    k, cut = start, start
    while k < end:
        nxt = min(ctx.token_end(k) or end, end)
        if ctx.text.startswith(deictics, k) and ctx.text[k:nxt] in ctx.patterns.words and nxt - k >= 2:
            cut = nxt
        k = nxt
    return cut


def _after_a_verb(ctx: RuleContext, start: int, end: int) -> int:
    """Where a company's name starts in text[start:end] (its words before the legal form): after
    the last word there that is a verb or an adverb and has a word of the name's own (no common word)
    after it (扶持|红星养殖, 其中|绿源果蔬), or common words only before it (全县已组建|农机); a verb of
    the trade (绿源|环保|科技) or one opening the name (希望|文化|责任有限公司) is in the name."""
    words, p, k, cut = ctx.patterns.words, ctx.patterns, start, start
    if ctx.cuts_word(k) and ctx.text[ctx.token_start(k):ctx.token_end(ctx.token_start(k)) or end] in words:
        k = cut = ctx.token_end(ctx.token_start(k)) or end   # 其|中绿源: the stop ends a word (其中)
    tokens = []
    while k < end:
        nxt = min(ctx.token_end(k) or end, end)
        tokens.append((k, nxt))
        k = nxt
    def own(pieces) -> bool:   # a word no common word (a name's own), of two characters or more
        return any(d - c >= 2 and ctx.text[c:d] not in words for c, d in pieces)
    for i, (a, b) in enumerate(tokens[:-1]):
        word = ctx.text[a:b]   # (粤顺|精密|模具: a quality word, no verb, as company_name_starts reads it)
        if p.verb_like(word) and word not in p.adjectives and (own(tokens[i + 1:]) or i > 0 and not own(tokens[:i])):
            cut = b
    return cut


@rule_steps.register("interpunct_names")
def interpunct_names(ctx: RuleContext, spans: SpanSet) -> None:
    """中轴·成贤暖心驿站: a name the model starts at the interpunct takes the word before it."""
    text = ctx.text
    for span in spans.of("ORG", "LOC"):
        start, end, label = span
        if text[start] != "·":
            continue
        k = run_back(text, spans, start, 4, ctx.conventions.function_chars)
        if start - k >= 2:
            spans.replace(span, (k, end, label))


_RESIDENT_MARK = "驻"   # (a state's mission: 中国|驻|某国大使馆)
_MISSION_PLACE = (1, 8)   # the characters of the place a mission is in (华 … 乌鲁木齐)


@rule_steps.register("resident_missions")
def resident_missions(ctx: RuleContext, spans: SpanSet) -> None:
    """中国|驻|哈萨克斯坦大使馆, 哈萨克斯坦|驻|乌鲁木齐总领事馆: a state, 驻, the place it is in
    and a mission (``mission_heads``) are one organization; a body the model read as a state and
    驻 (老挝驻|南宁总领事) is the state."""
    p, text, heads = ctx.patterns, ctx.text, ctx.conventions.mission_heads
    if not heads or _RESIDENT_MARK not in text:
        return
    shortest, longest = _MISSION_PLACE
    for span in sorted(spans.of("ORG", "LOC")):
        start, end, label = span
        if span not in spans.spans:
            continue
        if label == "ORG" and text.endswith(_RESIDENT_MARK, start, end) and _a_state(p, text[start:end - 1]):
            end -= 1
            spans.replace(span, (start, end, "LOC"))
            span = Mention(start, end, "LOC")
        if span.label != "LOC" or not _a_state(p, text[start:end]) or not text.startswith(_RESIDENT_MARK, end):
            continue
        at = end + len(_RESIDENT_MARK)
        head = next(((k, h) for k in range(at + shortest, min(len(text), at + longest) + 1)
                     for h in heads if text.startswith(h, k)), None)
        if head is None:
            continue
        place_end, head_end = head[0], head[0] + len(head[1])
        if not HAN_WORD.fullmatch(text, at, head_end) \
                or any(c in ctx.conventions.function_chars for c in text[at:place_end]):
            continue   # (the place a mission is in: no function character, 中国驻|在…)
        inside = spans.overlapping(at, head_end)
        if all(s.label in ("LOC", "ORG") and at <= s.start and s.end <= head_end for s in inside):
            for s in inside:
                spans.remove(s)
            spans.replace(span, (start, head_end, "ORG"))


def _a_state(p: RulePatterns, name: str) -> bool:
    """Whether ``name`` is a country (world_countries.txt) or a listed place (中国)."""
    return name in p.names.lex.country_set or name in p.place_set


@rule_steps.register("split_places_off_orgs")
def split_places_off_orgs(ctx: RuleContext, spans: SpanSet) -> None:
    """天津市武清区总工会 -> 天津市 (LOC), 武清区总工会 (ORG): the units in front of the
    organization's own unit are places (guideline, place chains); 北京市总工会 stays whole. The
    places split off keep the chain convention (浙江杭州市|西湖区总工会: 浙江杭州市 is one place)."""
    p, text = ctx.patterns, ctx.text
    parties = p.names.lex.party_prefixes
    for span in spans.of("ORG"):
        if (country := _country_before_own_unit(ctx, span)) is not None:
            spans.split(span, [country], ["LOC", "ORG"])   # 越南|老街省劳动联合会, 俄罗斯|阿穆尔州工会
            continue
        # 中共|广西壮族自治区|桂林市|灵川县委: a party's name before the places is none of them
        party = next((w for w in parties if text.startswith(w, span.start)), "")
        units, rest = p.place_units(text[span.start + len(party):span.end])
        if not rest and len(units) > 1 and p.suffix_end_re.search(units[-1]):
            rest = units.pop()  # 北京市|海淀区|政府: 政府 ends the unit chain, it is the organization's
        if units and rest and p.suffix_end_re.search(units[-1]):
            units = units[:-1]  # 江南省人民政府|驻…办事处: the government is the organization
        if not rest:
            continue
        begin = span.start + len(party)
        units = _whole_word_units(_units_at_word_ends(_listed_place_first(units, p), begin, ctx), begin, ctx, p)
        units += _second_level_unit(ctx, units, begin + len("".join(units)), span.end)
        at = begin + len("".join(units))
        if units and _trade_named_company(ctx, units[-1], at, span.end):
            units.append(text[at:span.end])   # (齐齐哈尔市|富拉尔基区|北方重型装备集团有限公司)
        if len(units) < 2 or any(p.suffix_re.search(unit) for unit in units[:-1]):
            continue   # (国家税务总局|佛山市|顺德区税务局: a body opens the name, no place)
        cuts = [begin + len("".join(units[:i + 1])) for i in range(len(units) - 1)]
        spans.split(span, cuts, ["LOC"] * len(cuts) + ["ORG"])
        if party:
            spans.replace((span.start, cuts[0], "LOC"), (begin, cuts[0], "LOC"))
    join_place_chains(ctx, spans)


_TRADE_NAME_AND_FIELD = 4   # the least characters of a trade name and a field (绵兴建设) before the legal form


def _trade_named_company(ctx: RuleContext, unit: str, start: int, end: int) -> bool:
    """游仙区|绵兴建设有限公司: a company named by a trade name and its field (at least
    _TRADE_NAME_AND_FIELD characters before its first legal form or company head, org_suffixes.txt:
    北方重型装备|集团), written after the county or township unit where it sits (local_units): the unit is
    a place in front of it (guideline), no part of a registered name; not a unit's own branch
    (亚东县邮政|分公司, 某区供电|有限公司: the field alone)."""
    if not unit.endswith(tuple(ctx.conventions.local_units)):
        return False
    p, text = ctx.patterns, ctx.text
    heads = [k for word in (*p.legal_forms, *p.names.lex.company_org_suffixes) if (k := text.find(word, start, end)) >= 0]
    return bool(heads) and min(heads) - start >= _TRADE_NAME_AND_FIELD and not ctx.cuts_word(start)


_SECOND_LEVEL_NAME = 6   # the longest name of a community before its suffix


def _second_level_unit(ctx: RuleContext, units: list[str], at: int, end: int) -> list[str]:
    """[振兴社区] for 霁光街道|振兴社区工会: a unit of the second level (admin_splits: 社区 under 街道)
    written between the units and the organization's own words is the organization's own unit, so
    the first-level unit before it is a place too; else []."""
    if not units:
        return []
    text = ctx.text
    for upper, lower in ctx.conventions.admin_splits:
        if not units[-1].endswith(upper):
            continue
        k = text.find(lower, at + 2, min(end, at + _SECOND_LEVEL_NAME + len(lower)))
        if k != -1 and k + len(lower) < end and all(HAN_CHAR.match(text, i) for i in range(at, k)):
            return [text[at:k + len(lower)]]
    return []


def _country_before_own_unit(ctx: RuleContext, span: Mention) -> int | None:
    """Where a country (world_countries.txt) that opens a foreign body's name ends, when one unit of
    that country follows it (foreign_unit_suffixes: 老街省, 阿穆尔州) and then the body's own words:
    the country is a place in front of the organization (guideline), the unit the body's own. None
    for a chain of units (韩国釜山广域市|金井区议会: the places before the last unit stay one) and for
    a country's national body (蒙古工会总联合会: no unit)."""
    p, text = ctx.patterns, ctx.text
    country = p.country_re.match(text, span.start, span.end) if p.country_re else None
    if country is None or ctx.cuts_word(country.end()):
        return None
    unit = p.foreign_unit_re.match(text, country.end(), span.end)
    # (老挝|琅南塔省|委: the segmenter's 省委 is the unit's level and its party committee)
    organ = unit is not None and ctx.tables.elided is not None \
        and ctx.tables.elided.fullmatch(text, unit.end() - 1, span.end) is not None
    if unit is None or unit.end() >= span.end or ctx.cuts_word(unit.end()) and not organ \
            or p.foreign_unit_re.match(text, unit.end(), span.end) \
            or (p.place_re is not None and any(p.place_re.match(text, k, unit.end()) for k in range(*unit.span()))):
        return None   # (法国|驻广州总领事馆: a listed place of China's, no unit of the country's)
    return country.end()


@rule_steps.register("hometown_bodies")
def hometown_bodies(ctx: RuleContext, spans: SpanSet) -> None:
    """深圳市|修水商会, 宁波市|湖北商会: a chamber (``hometown_body_heads``) named for its members'
    home place, a listed place or a listed unit's stem that opens its own name, with the unit where
    it sits written in front: the unit is a place of its own (guideline: a place in front of an
    organization is split off). 北京市总工会 is named for its own unit and stays whole."""
    heads = ctx.conventions.hometown_body_heads
    if not heads:
        return
    p, text = ctx.patterns, ctx.text
    for span in spans.of("ORG"):
        name = text[span.start:span.end]
        if not any(h in name for h in heads):
            continue
        units, rest = p.place_units(name)
        if not units or not rest or name.endswith(p.legal_forms):
            continue   # (上海市温州商会投资有限公司: a company keeps its registered place)
        cut = span.end - len(rest)
        home = _home_place_at(ctx, cut, span.end)
        if home and any(h in rest[home:] for h in heads) and not ctx.cuts_word(cut) and not ctx.cuts_word(cut + home):
            spans.split(span, [cut], ["LOC", "ORG"])


def _home_place_at(ctx: RuleContext, start: int, end: int) -> int:
    """The length of the listed place or listed unit's stem (修水 of 修水县) that opens
    text[start:end] and leaves a name after it, or 0."""
    p, text = ctx.patterns, ctx.text
    listed = p.place_re.match(text, start, end) if p.place_re else None
    longest = listed.end() - start if listed is not None else 0
    for k in (3, 2):
        if k > longest and text[start:start + k] in p.place_stems:
            longest = k
            break
    return longest if start + longest < end else 0


def _listed_place_first(units: list[str], p: RulePatterns) -> list[str]:
    """湖北东江县|总工会, 北京青山区|总工会: a listed place without a suffix that opens the first
    unit is a place of its own in front of the organization (湖北, 东江县总工会); a place chain
    alone stays one (甘肃康乐县: split_place_chains never calls this), and so does a city's zone
    named by no name of its own (南宁经开区: the shared lexicon's ``generic_zone_end``)."""
    if not units or p.place_re is None:
        return units
    listed = p.place_re.match(units[0])
    if listed is None or listed.end() >= len(units[0]) or not p.unit_re.fullmatch(units[0], listed.end()) \
            or p.suffix_re.search(units[0], listed.end()):
        return units  # 中国|工商银行广东省…: a unit holding an organization word is none
    if p.names.lex.generic_zone_end(zone := units[0][listed.end():]) == len(zone):
        return units  # 南宁经开区|党工委, 武汉经济技术开发区|党工委: a city's zone is one place with it
    return [units[0][:listed.end()], units[0][listed.end():], *units[1:]]


def _whole_word_units(units: list[str], start: int, ctx: RuleContext, p: RulePatterns) -> list[str]:
    """The leading units that are places as written: a unit that is a common word (城市, 社区)
    and no listed place ends the chain (大连港保税区|城市建设管理局), and so does a cut inside a
    word (北京市委|经济技术开发区…: 市委 is the organization's own word)."""
    kept: list[str] = []
    pos = start
    for unit in units:
        if kept and (ctx.cuts_word(pos) or (unit in p.words and unit not in p.place_set)
                     or _of_common_words(unit, ctx)):
            break
        kept.append(unit)
        pos += len(unit)
    return kept


def _units_at_word_ends(units: list[str], pos: int, ctx: RuleContext) -> list[str]:
    """The units read so that each ends where a word does: one ending inside a word runs on with
    the next (都镇|湾镇, 王府|井街道: the shortest run to an ending cut the word), unless the word
    opens with its ending (镇江|市委: a body of the unit); one that cannot ends the chain before it
    (北京|王府|井百货…: no unit follows the place)."""
    def inside_a_word(end: int) -> bool:   # (镇江|市委: the word opens at the ending, no cut)
        return ctx.cuts_word(end) and end - 1 not in ctx.word_bounds

    out: list[str] = []
    i = 0
    while i < len(units):
        unit = units[i]
        while inside_a_word(pos + len(unit)) and i + 1 < len(units):
            i += 1
            unit += units[i]
        if inside_a_word(pos + len(unit)):
            break
        out.append(unit)
        pos += len(unit)
        i += 1
    return out


def _of_common_words(unit: str, ctx: RuleContext) -> bool:
    """住房和城乡, 农业农村: a "unit" written wholly in common words (joined by a function character),
    its suffix inside the last of them (城乡, 农村), is the organization's own words, no place (not
    和平|街道, whose last word is the unit's suffix)."""
    p, joiners = ctx.patterns, ctx.conventions.function_chars
    if unit in p.place_set:
        return False
    ok = [True] + [False] * len(unit)   # ok[i]: unit[:i] splits into common words and joiners
    for i in range(1, len(unit) + 1):
        ok[i] = (unit[i - 1] in joiners and ok[i - 1] and i < len(unit)) \
            or any(ok[j] and unit[j:i] in p.words for j in range(max(0, i - 4), i - 1))
    last_word = next((unit[j:] for j in range(max(0, len(unit) - 4), len(unit) - 1)
                      if ok[j] and unit[j:] in p.words), None)
    return ok[len(unit)] and last_word is not None and last_word not in ctx.conventions.unit_suffixes


@rule_steps.register("join_sub_units")
def join_sub_units(ctx: RuleContext, spans: SpanSet) -> None:
    """X区总工会|职工服务中心: a unit written right after its union (a parent ending with one of
    ``sub_unit_parents``), with no separator, is one organization as written in full. Two organs
    written together (区委|区政府), a place-led name after it, a company (no union's unit:
    省总工会|调研|某港口集团, the verb read as a noun) and a fragment without an organization
    suffix stay apart (a group and its centres: measured, the devset lists them apart)."""
    p, text, elided = ctx.patterns, ctx.text, ctx.tables.elided
    parents = tuple(ctx.conventions.sub_unit_parents)
    companies = (*p.names.lex.company_org_suffixes, *p.legal_forms)
    for right in spans.of("ORG"):
        left = spans.ending_at(right.start) or _parent_before_a_noun(ctx, spans, right.start)
        if left is None or left.label != "ORG" or right not in spans.spans or not parents \
                or not text.endswith(parents, left.start, left.end) \
                or not p.suffix_end_re.search(text, right.start, right.end):
            continue
        second = text[right.start:right.end]
        if (elided is not None and elided.fullmatch(second)) or p.place_units(second)[0] \
                or (p.place_re and p.place_re.match(second)) or second in ctx.tables.not_entities \
                or second.endswith(companies):
            continue
        spans.remove(left)
        spans.replace(right, (left.start, right.end, "ORG"))


_DEPARTMENT_CHARS = (3, 10)   # a department's name with its ending (科技处 … 职业能力建设处)


@rule_steps.register("department_tails")
def department_tails(ctx: RuleContext, spans: SpanSet) -> None:
    """湖北省总工会|权益保障部, 某市人社局|职业能力建设处, 区政府|办公室: a department (one of
    ``department_endings``) written right after its body, which the model left out, is one
    organization with it, as the devset writes them (福州市总工会权益保障部); after a union, so is
    a unit of its services (``union_unit_endings``: 某区总工会|职工法律援助工作站). Its name is nouns or
    words of no list: no verb (人民出版社|成立|策划室, 某区总工会|走进|数据中心), position, function
    character, generic marker (有关|部室) or entity, and its last word is no common word other than
    an ending (全体|干部, 内部: no department)."""
    conv, p, text = ctx.conventions, ctx.patterns, ctx.text
    shortest, longest = _DEPARTMENT_CHARS
    union_endings = conv.department_endings + conv.union_unit_endings
    unions, movements = tuple(conv.sub_unit_parents), tuple(conv.movement_verbs)
    for org in [*spans.of("ORG"), *_bodies_not_yet_read(ctx, spans)]:
        short = org not in spans.spans   # (a short form found in no mention: 全|总)
        if spans.overlapping(org.start, org.end) if short else not p.suffix_end_re.search(text, org.start, org.end):
            continue   # (a short form a department taken before now covers; a body of no ending)
        union = bool(unions) and text.endswith(unions, org.start, org.end)
        endings = union_endings if union else conv.department_endings
        if not endings:
            continue
        pos = end = org.end
        taken: Mention | None = None   # a body the model read in the department's last word (宣传|教育部)
        if short and (read := spans.starting_at(end)) is not None and read.label == "ORG" \
                and text.endswith(endings, read.start, read.end) and shortest <= read.end - end <= longest \
                and not p.opens_with_place(text, read.start, read.end):
            spans.widen(read, org.start, read.end, "ORG")   # 全总|港澳台办公室: the model read the department
            continue
        while pos - end < longest and HAN_CHAR.match(text, pos):
            word_end = ctx.token_end(pos) or pos + 1
            word = text[pos:word_end]
            inside = spans.overlapping(pos, word_end)
            if pos > end and inside == [(pos, word_end, "ORG")] and word.endswith(endings):
                taken = inside[0]   # 市总工会|宣传|教育部: the department's word, read as the ministry
            elif inside or p.verb_like(word) or text.startswith(movements, pos) \
                    or _a_position_at(ctx, pos, word, labels=union) or text[pos] in conv.function_chars \
                    or word in conv.generic_markers:
                break
            pos = word_end
            if word.endswith(endings):
                if shortest <= pos - end <= longest and (word not in p.words or word in endings):
                    if taken is not None:
                        spans.remove(taken)
                    if short:
                        spans.add(org.start, pos, "ORG")   # 全总|基层工作部: the body written short
                    else:
                        spans.widen(org, org.start, pos, "ORG")
                break


def _bodies_not_yet_read(ctx: RuleContext, spans: SpanSet) -> list[Mention]:
    """Where a body's short form (org_short_forms.txt: 全总) stands in no mention, cut by the
    segmenter into characters (全|总): a body a department may follow (全总|港澳台办公室); so does
    an elided organ (市总工会|宣传教育部) or a listed body read as whole words (应急管理部|安全生产
    基础司), found before the elided_orgs and known_orgs steps list them."""
    text, forms = ctx.text, ctx.patterns.names.lex.org_short_forms["names"]
    found = [Mention(m.start(), m.end(), "ORG") for m in ctx.elided_matches
             if not spans.overlapping(m.start(), m.end()) and elided_organ_at(ctx, spans, m)]
    found += [Mention(m.start(), m.end(), "ORG") for m in ctx.listed_body_matches
              if not spans.overlapping(m.start(), m.end()) and m.group() not in ctx.patterns.words]
    for short in forms:
        k = text.find(short)
        while k >= 0:
            if not spans.overlapping(k, k + len(short)) and not ctx.cuts_word(k) and not ctx.cuts_word(k + len(short)):
                found.append(Mention(k, k + len(short), "ORG"))
            k = text.find(short, k + 1)
    return found


def _a_position_at(ctx: RuleContext, pos: int, word: str, labels: bool) -> bool:
    """Whether a position opens at ``pos`` (the word there, or a listed one); with ``labels``, not a
    label of those a union serves (某总工会|职工|法律援助工作站, 女职工部: positions.txt's ``label``)."""
    p = ctx.patterns
    listed = p.position_at(ctx.text, pos)
    found = [w for w in (word, listed.group(0) if listed else None) if w and w in p.position_set]
    return any(not (labels and p.names.lex.positions.get(w) == "label") for w in found)


def _parent_before_a_noun(ctx: RuleContext, spans: SpanSet, start: int) -> Mention | None:
    """X总工会|经费|审查委员会: the organization that ends right before one noun (common_words.txt)
    the model left out of the unit's name, else None."""
    for k in (2, 3, 4):
        left = spans.ending_at(start - k)
        if left is not None and ctx.text[start - k:start] in ctx.patterns.nouns:
            return left
    return None


_BRANCH_NAME = (2, 6)   # the characters of a branch's own name before its suffix


@rule_steps.register("join_branches")
def join_branches(ctx: RuleContext, spans: SpanSet) -> None:
    """某物业管理有限公司|长川分公司, 某公交集团第三客运分公司|西峪场站: a branch written right
    after its company, its own name (two to six characters: a place, a number; no function
    character, verb or position) then a branch ending, is one organization with it; the places
    or pieces the model read inside the branch go into it."""
    conv, text, p = ctx.conventions, ctx.text, ctx.patterns
    if not conv.branch_parents or not conv.branch_suffixes:
        return
    shortest, longest = _BRANCH_NAME
    for left in spans.of("ORG"):
        if left not in spans.spans or not text.endswith(conv.branch_parents, left.start, left.end):
            continue
        start = left.end
        for k in range(start + shortest, min(len(text), start + longest) + 1):
            suffix = next((x for x in conv.branch_suffixes if text.startswith(x, k)), None)
            if suffix is None:
                continue
            name, end = text[start:k], k + len(suffix)
            inside = spans.overlapping(start, end)
            # (not 某有限责任公司|同美国德士古|公司: a joiner opens another company)
            ordinal = conv.branch_number is not None and conv.branch_number.fullmatch(name) is not None
            own = name[_place_opening(p, name):]   # (那曲|供电: 那 of a place is no function character)
            # (某公司|阜阳西站项目部工会: the branch's own body the model read from its name goes in whole)
            body = next((s for s in inside if s.label == "ORG" and s.start == start and s.end > end), None)
            if (HAN_WORD.fullmatch(name) or ordinal) and (name not in p.words or ordinal) \
                    and not any(c in conv.function_chars or c in conv.name_joiners for c in own) \
                    and not _holds_a_verb(name, p.verbs) and p.position_re.search(name) is None \
                    and all(s.label in ("LOC", "ORG") and start <= s.start and (s.end <= end or s == body)
                            for s in inside):
                for s in inside:
                    spans.remove(s)
                spans.widen(left, left.start, body.end if body is not None else end, "ORG")
            break


_BRAND_CHARS = 2   # the brand's own characters before its trade (顺迅|快递)


@rule_steps.register("brand_led_bodies")
def brand_led_bodies(ctx: RuleContext, spans: SpanSet) -> None:
    """顺迅快递|南湖营业部, 闽运出行|福州分公司, 速邮快递岳麓分部 read from 邮快递…: a brand of two
    characters and a trade (ner_rules.yaml brand_trades) right before an organization the model
    read, or inside its opening, is that body's name's opening: the brand starts where the
    segmenter starts a word, is no common word, and holds no function character (全市|快递…,
    各家|快递… name no firm)."""
    conv, text, p = ctx.conventions, ctx.text, ctx.patterns
    for trade in conv.brand_trades:
        for at in find_all(text, trade):
            start, brand_end = at - _BRAND_CHARS, at + len(trade)
            brand = text[start:at]
            if start < 0 or not HAN_WORD.fullmatch(brand) or brand in p.words \
                    or any(c in conv.function_chars for c in brand) \
                    or not (start == 0 or start in ctx.word_bounds or not HAN_CHAR.match(text, start - 1)):
                continue
            body = next((s for s in spans.overlapping(start, brand_end + 1)
                         if s.label == "ORG" and start <= s.start <= brand_end and s.end > brand_end), None)
            if body is not None and all(s == body for s in spans.overlapping(start, body.end)):
                spans.widen(body, start, body.end, "ORG")


def _place_opening(p: RulePatterns, name: str) -> int:
    """The length of the listed place (or its stem: 那曲 of 那曲市) that opens a branch's name (那曲|供电), or 0."""
    return next((k for k in range(len(name) - 1, 1, -1) if name[:k] in p.place_set or name[:k] in p.place_stems), 0)


def _holds_a_verb(name: str, verbs: frozenset[str]) -> bool:
    """Whether a verb of two characters or more is written inside ``name``."""
    return any(w in verbs for w in _inner_words(name))


def _inner_words(name: str) -> Iterator[str]:
    """Every run of two or more characters written inside ``name``: where a lexicon's words may
    stand, whatever the segmenter cut."""
    return (name[i:j] for i in range(len(name)) for j in range(i + 2, len(name) + 1))


@rule_steps.register("numbered_bodies")
def numbered_bodies(ctx: RuleContext, spans: SpanSet) -> None:
    """东江区总工会|第二届委员会: the committee of one term of an organization, written right after
    it, is one organization with it."""
    term_body = ctx.conventions.term_body
    if term_body is None or "届" not in ctx.text:
        return
    for span in spans.of("ORG"):
        m = term_body.match(ctx.text, span.end)
        if m is not None and span in spans.spans:
            spans.widen(span, span.start, m.end(), "ORG")


@rule_steps.register("numbered_units")
def numbered_units(ctx: RuleContext, spans: SpanSet) -> None:
    """刘桥|一矿, 昆明|八中: a place, person or organization the model read right before a number
    and a works, school or bureau character (``numbered_unit``) names that unit: one organization
    (not where the character opens a longer word: 一中|心, 八中|学生)."""
    unit, text, words = ctx.conventions.unit_number, ctx.text, ctx.patterns.words
    if unit is None:
        return
    for span in spans.of():
        m = unit.match(text, span.end)
        if m is None or span not in spans.spans or text[m.end() - 1:m.end() + 1] in words \
                or any(s != span for s in spans.overlapping(span.end, m.end())):
            continue
        spans.replace(span, (span.start, m.end(), "ORG"))


@rule_steps.register("numbered_divisions")
def numbered_divisions(ctx: RuleContext, spans: SpanSet) -> None:
    """第八师|石河子市总工会, 第十三师: a numbered division (``numbered_division``: 兵团第八师; a
    regiment before its union, 六十八团|工会) is an organization, and opens the name of a body the
    model read right after it (the city's body joined with it); one the model read inside a longer
    mention is left as read."""
    division, text = ctx.conventions.division_number, ctx.text
    if division is None:
        return
    for m in division.finditer(text):
        start, end = m.span()
        inside = spans.overlapping(start, end)
        after = spans.starting_at(end)
        if any(s.start < start or s.end > end for s in inside):
            continue   # (part of a longer mention)
        for s in inside:
            spans.remove(s)
        if after is not None and after.label == "ORG":
            spans.widen(after, start, after.end, "ORG")
        else:
            spans.add(start, end, "ORG")


@rule_steps.register("place_union_abbreviations")
def place_union_abbreviations(ctx: RuleContext, spans: SpanSet) -> None:
    """江南省|总, 东州市|总: a province or city followed by 总 (its federation of trade unions,
    the elided 省总/市总) is that organization; 总工会, 总体, 总结 … are left to other steps, and a
    title opening at 总 is none (集团亚太区|总裁)."""
    text, elided = ctx.text, ctx.tables.elided
    if elided is None:
        return
    for span in spans.of("LOC"):
        start, end, _ = span
        if end - start < 3 or end >= len(text) or text[end] != "总" or ctx.title_at(end):
            continue
        m = elided.match(text, end - 1)
        if m is not None and m.end() == end + 1:
            spans.widen(span, start, end + 1, "ORG")


@rule_steps.register("place_led_orgs")
def place_led_orgs(ctx: RuleContext, spans: SpanSet, longest: int = 4) -> None:
    """中华|两岸|劳动|关系|发展协会: where the model's organization opens with a noun, the nouns
    before it (words People's Daily tags as nouns, at most ``longest``) back to a place that opens
    the phrase (after punctuation or a function word) are the start of its name, the place too;
    so is a proper word (no common word) there that opens the phrase or follows a place
    (台湾|中华文化…). Not over a position word (德国|代表|特委会), nor for a generic body
    (中国|体育|代表团)."""
    doc, text, t, p = ctx.doc, ctx.text, ctx.tables, ctx.patterns

    joining = tuple(ctx.conventions.name_conjunctions)

    def read(prev, n: int) -> str:
        if joining and prev.text.startswith(joining) and n:
            return "pass"   # 食品|饮料|暨同|行业|工友联合会: 暨 joins two fields of one name
        if prev.text not in p.nouns or prev.text in t.org_left_stops or prev.text in p.position_set:
            # 台湾|中华|两岸…协会: 中华 opens it
            return "start" if n and _proper_word(ctx, spans, prev) else "stop"
        return "pass"

    for span in spans.of("ORG"):
        start, end, _ = span
        first = doc.char_span(start, end)
        if first is None or text[start:end] in t.not_entities:
            continue
        joined = bool(joining) and any(w.text.startswith(joining) for w in doc[max(0, first.start - longest):first.start])
        if first[0].text not in p.nouns and not (joined and len(first[0].text) >= 2 and first[0].text not in p.words):
            continue   # (工友|联合会 after 暨: an uncommon word opens the model's part)
        found = _name_start_back(ctx, spans, first.start, longest + joined, read)
        if found is not None:
            spans.widen(span, found[0], end, "ORG")


def _name_start_back(ctx: RuleContext, spans: SpanSet, i: int, longest: int,
                     read: Callable[[Any, int], str]) -> tuple[int, bool] | None:
    """Where a name starts that runs back from token ``i`` over at most ``longest`` words of it:
    at a place that opens the phrase, after one word or more (start, True); at a word ``read``
    says starts it (start, False); None where ``read`` says a word stops the walk ("stop"; "pass"
    goes on), another mention ends it or no start is found."""
    doc, n = ctx.doc, 0
    while i > 0 and n < longest:
        prev = doc[i - 1]
        ent = spans.ending_at(prev.idx + len(prev.text))
        if ent is not None:
            # (西宁市|城北区|餐饮|行业…: the last unit of a chain of places opens it too; the chain
            # before splits off)
            chained = (before := spans.ending_at(ent.start)) is not None and before.label == "LOC"
            return (ent.start, True) if ent.label == "LOC" and n and (ctx.opens_name(ent.start) or chained) else None
        verdict = read(prev, n)
        if verdict != "pass":
            return (prev.idx, False) if verdict == "start" else None
        i, n = i - 1, n + 1
    return None


def _proper_word(ctx: RuleContext, spans: SpanSet, token) -> bool:
    """A word of 2+ Han characters that is no common word (a proper name's word: 中华) and opens
    the phrase or follows a place (台湾|中华)."""
    word = token.text
    if len(word) < 2 or not ctx.patterns.proper_word(word):
        return False
    before = spans.ending_at(token.idx)
    return ctx.opens_name(token.idx) or (before is not None and before.label == "LOC")


@rule_steps.register("topic_orgs")
def topic_orgs(ctx: RuleContext, spans: SpanSet) -> None:
    """介绍了江南省|经济|文化等情况: a model's organization that is a place followed only by common
    words, none an organization's ending (经济文化: a topic, not a body), is the place."""
    p, text = ctx.patterns, ctx.text
    endings, listed = p.names.lex.all_org_suffixes, p.names.lex.org_names
    for span in spans.of("ORG"):
        name = text[span.start:span.end]
        units, rest = p.place_units(name)
        if not units or not rest or rest.endswith(endings) or listed.get(name) in NAME_KINDS:
            continue
        pos = span.start + len(name) - len(rest)
        if not ctx.cuts_word(pos) and all(_topic_tokens(ctx, pos, span.end)):
            spans.replace(span, (span.start, pos, "LOC"))


def _topic_tokens(ctx: RuleContext, start: int, end: int) -> Iterator[bool]:
    """Whether each token of text[start:end] is a common word and no organization's ending
    (工会 of 江南省|工会|十五大 names a body: that is a meeting's name, not a topic); False for a
    token running past ``end``."""
    words, endings, text = ctx.patterns.words, ctx.patterns.names.lex.org_suffixes, ctx.text
    while start < end:
        k = ctx.token_end(start)
        if k is None or k > end:
            yield False
            return
        yield text[start:k] in words and text[start:k] not in endings
        start = k


@rule_steps.register("suffix_led_orgs")
def suffix_led_orgs(ctx: RuleContext, spans: SpanSet, longest: int = 3) -> None:
    """东京|地下铁|劳动组合, 中国|足球|协会: an organization's ending the model left outside any
    mention, after nouns or proper words (at most ``longest``) that follow a place opening the
    phrase, is an organization from the place through the ending; so from a proper word (no
    common word) opening the phrase (青禾|水务|公司)."""
    doc, text, p, t = ctx.doc, ctx.text, ctx.patterns, ctx.tables
    if p.suffix_re is None:
        return
    bounds = ctx.word_bounds
    kinds = p.names.lex.positions   # a label (职工, 劳模) may name what a body serves: 职工|服务站

    def read(prev, n: int) -> str:
        word = prev.text
        if prev.whitespace_:
            return "stop"   # 榨季正酣 工会慰问…: a headline's two phrases, the space between them
        if not HAN_WORD.fullmatch(word) or word in t.org_left_stops or (word in p.position_set and kinds.get(word) != "label") \
                or p.verb_like(word) or len(word) < 2 \
                or (ctx.conventions.count is not None and ctx.conventions.count.search(word)) \
                or ((word[0] in ctx.conventions.function_chars or word[0] in ctx.conventions.agent_marks)
                    and word not in p.words):
            return "stop"   # …, or 两地|政府: a count of bodies, no name; nor 对镇, 由区: a function character glued on
        # 沐泽|社会|工作|事务所: a proper word opens it
        return "start" if n and word not in p.words and ctx.opens_name(prev.idx) else "pass"

    for m in p.suffix_re.finditer(text):
        if m.group() in t.weak_suffixes or len(m.group()) < 2 or m.start() not in bounds \
                or spans.overlapping(m.start(), m.end()) or p.position_at(text, m.start()) is not None:
            continue
        first = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if first is None:
            continue
        found = _name_start_back(ctx, spans, first.start, longest, read)
        if found is not None:
            spans.add(found[0], m.end(), "ORG", override=found[1])   # the place joins the name
