"""Article-level rule steps: document consistency (a name found once is found at each of its
mentions, the longest written form wins) and the guideline's flat annotation (nothing inside a
meeting's or a doctrine's name; common nouns are no entities)."""
from __future__ import annotations

from ...lexicon import DomainLexicon
from ...splitter.wordlist import word_spans_break
from ...text.chars import CLAUSE_END, CLOSING_MARKS, HAN_RUN, HEADLINE_SEPARATORS, OPENING_MARKS, SENT_END, unclosed_at
from ...text.scan import find_all, longest_first
from ..spans import Mention, SpanSet
from .context import HAN, RuleContext
from .registry import rule_steps

import re

_NAME_CHARS = re.compile(f"[{HAN}·]+")


@rule_steps.register("company_short_names")
def company_short_names(ctx: RuleContext, spans: SpanSet) -> None:
    """长风汽车股份有限公司 … 长风汽车召开座谈会: a company the article names in full (its legal
    form written) is the same company where its trade name is written alone (the shared lexicon's
    ``names_company_short``: 直隶精工 of 直隶精工机械股份有限公司, 清源供水集团 of 兰州清源供水集团
    有限公司), cut where the segmenter cut words, opening with a word of its own (no common word:
    not 地铁|集团) and ending with no verb. Not where the short name runs on into a word (长风汽车|城,
    华为技术|骨干: ``_runs_on``), cuts into a longer mention or holds a person's name (张三丰|武术文化)."""
    p, text, lex = ctx.patterns, ctx.text, ctx.patterns.names.lex
    shorts: set[str] = set()
    for span in spans.of("ORG"):
        full = text[span.start:span.end]
        if not full.endswith(lex.legal_forms):
            continue
        bounds = [k for k in range(span.start, span.end) if k == span.start or not ctx.cuts_word(k)]
        for start in bounds:
            first = ctx.token_end(start)
            if first is None or not p.proper_word(text[start:first]):
                continue
            shorts |= {text[start:end] for end in bounds[1:] + [span.end]
                       if end > start and lex.names_company_short(text[start:end], full)
                       and not p.verb_like(text[ctx.token_start(end, start):end])}
    for short in longest_first(shorts):
        for start in find_all(text, short):
            end = start + len(short)
            if ctx.cuts_word(start) or ctx.cuts_word(end) or _runs_on(ctx, start, end) \
                    or any(m.label == "PER" for m in spans.overlapping(start, end)):
                continue   # (张三丰|武术文化…: the person stays)
            spans.add(start, end, "ORG", override=True)


def _runs_on(ctx: RuleContext, start: int, end: int) -> bool:
    """Whether a name written at text[start:end] runs on into the word after it: a Han character
    alone that is no function character (长风汽车|城), or a common word across its end (华为技术|骨干:
    技术骨干, 发展研究|成果: 研究成果)."""
    text = ctx.text
    after = ctx.token_end(end)
    if after is not None and after - end == 1 and HAN_RUN.fullmatch(text[end]) \
            and text[end] not in ctx.conventions.function_chars:
        return True
    return word_spans_break(text[max(start, end - 3):end], text[end:end + 3], ctx.patterns.words)


@rule_steps.register("consistency")
def consistency(ctx: RuleContext, spans: SpanSet) -> None:
    """A name recognized once is recognized at each of its mentions in the article; a common
    word (公司, 两岸, 党委) that the model read as a name once is not spread."""
    text, not_entities, words = ctx.text, ctx.tables.not_entities, ctx.patterns.words
    known: dict[str, str] = {}
    for s, e, label in spans.spans:
        name = text[s:e]
        if len(name) >= 2 and name not in not_entities and name not in words:
            known.setdefault(name, label)
    for name in sorted(known, key=len, reverse=True):
        for start in find_all(text, name):
            if not _ends_inside_a_word(ctx, start + len(name)):
                spans.add(start, start + len(name), known[name])


def _ends_inside_a_word(ctx: RuleContext, end: int) -> bool:
    """应急管理部|门: a mention ending inside a common word the segmenter read (部门) is part of a
    longer word there, no name."""
    if not ctx.cuts_word(end):
        return False
    stop = ctx.token_end(end)
    return stop is not None and ctx.text[ctx.token_start(end):stop] in ctx.patterns.words


@rule_steps.register("person_labels")
def person_labels(ctx: RuleContext, spans: SpanSet) -> None:
    """市委书记何建国 … 何建国指出: a surname-led name read as a person at one mention is that
    person at every mention where the model read it as a place or organization (a name is one
    entity in an article); not a name that looks like a place (listed, or 区/县 … at its end),
    nor a mention where the text says place (在|慕尼黑, 摩纳哥|蒙特卡洛: a verb of going or being,
    or a place, right before it)."""
    p, text, place_verbs = ctx.patterns, ctx.text, ctx.conventions.abbreviation_verbs
    persons = {text[s:e] for s, e, label in spans.spans if label == "PER" and 2 <= e - s <= 4
               and text[s] in p.surnames and not p.is_place(text[s:e])}
    if not persons:
        return
    for span in spans.of("LOC", "ORG"):
        before = spans.ending_at(span.start)
        if text[span.start:span.end] in persons and not (span.start > 0 and text[span.start - 1] in place_verbs) \
                and not (before is not None and before.label == "LOC"):
            spans.replace(span, (span.start, span.end, "PER"))


@rule_steps.register("longest_mentions")
def longest_mentions(ctx: RuleContext, spans: SpanSet, min_len: int = 3) -> None:
    """A known name found again where the model has only shorter entities inside it
    (北京市 | 国有资产经营有限责任公司; 王立|新 where the article writes 王立新) becomes that
    name there too: the longest written form wins."""
    text = ctx.text
    names = {text[s:e]: label for s, e, label in spans.spans
             if e - s >= (min_len if label != "PER" else 3) and _NAME_CHARS.fullmatch(text, s, e)}
    for name in sorted(names, key=len, reverse=True):
        for start in find_all(text, name):
            end = start + len(name)
            inside = spans.overlapping(start, end)
            if inside and all(start <= s and e <= end for s, e, _ in inside) and (start, end) != inside[0][:2]:
                spans.add(start, end, names[name], override=True)


def event_name_spans(ctx: RuleContext, persons: list[Mention] = ()) -> list[tuple[int, int]]:
    """Meeting names; a pattern opens with a free run of characters, which can swallow the
    organizer (丰台区总工会召开|职工座谈会): the name starts after the last verb or function word
    in it that no name holds (召开, 举办, 在 …), and after the last of ``persons`` in it (副主席甲|
    宣布大赛启动: whoever acts before the name is no part of it; not one it is named for: 甲杯)."""
    text, breaks = ctx.text, ctx.conventions.event_breaks
    out = []
    for scanner in ctx.patterns.event_names:
        for m in scanner.finditer(text):
            cut = m.start()
            if breaks is not None:
                for b in breaks.finditer(text, m.start(), m.end()):
                    cut = b.end()
            cut = max([cut] + [p.end for p in persons if m.start() <= p.start and p.end < m.end()
                               and not text.startswith(ctx.conventions.named_for_marks, p.end)])
            if m.end() - cut >= 2:
                out.append((cut, m.end()))
    return out


@rule_steps.register("drop_inside_events")
def drop_inside_events(ctx: RuleContext, spans: SpanSet) -> None:
    """A meeting's name, or a mention inside one: flat annotation keeps only the name, which
    is no entity. An organization inside one stays a mention on the Doc, unlisted: the roles
    resolve 公司总经理 to 某公司 of 某公司职工代表大会, the one place it is written."""
    events = event_name_spans(ctx, spans.of("PER"))
    if not events:
        return
    names = set(events)
    inside = [m for m in spans.spans if any(es <= m.start and m.end <= ee for es, ee in events)]
    for m in inside:
        if m.label == "ORG" and (m.start, m.end) not in names:
            ctx.unlisted.add((m.start, m.end))
        else:
            spans.remove(m)


@rule_steps.register("drop_inside_flat_names")
def drop_inside_flat_names(ctx: RuleContext, spans: SpanSet) -> None:
    """Inside a doctrine, slogan or title of a work (习近平新时代中国特色社会主义思想) no entity."""
    flats = [(m.start(), m.end()) for p in ctx.patterns.flat_names for m in p.finditer(ctx.text)]
    if flats:
        spans.keep(lambda m: not any(fs <= m.start and m.end <= fe and (fs, fe) != (m.start, m.end)
                                     for fs, fe in flats))


@rule_steps.register("drop_not_entities")
def drop_not_entities(ctx: RuleContext, spans: SpanSet) -> None:
    """Common nouns of the domain (首都, 全市, 工会), mentions made of generic bodies only
    (执委会|主席团) or cut out of one (经费|审查委员会), a number of units (一区一城: ``counted_unit_chars``)
    a building's common noun alone (博物馆, 体育场: no name before it; not 大运河), a common word before
    levels whose every unit is listed (友好|省州) and mentions without a character of text.
    Two-character words (全国, 街道) are modifiers there: 全国|总工会 is a name."""
    text, not_entities, p = ctx.text, ctx.tables.not_entities, ctx.patterns
    longest, counted = p.longest_not_entity, ctx.conventions.counted_unit

    def common(m) -> bool:
        name = text[m.start:m.end]
        return name in not_entities or (p.generic_bodies_re is not None and p.generic_bodies_re.fullmatch(name) is not None) \
            or (counted is not None and counted.fullmatch(name) is not None)

    def inside_common(m) -> bool:   # 经费|审查委员会: a tail of a common noun written in full
        return text[m.start:m.end] in p.not_entity_tails and \
            any(text[k:m.end] in not_entities for k in range(max(0, m.end - longest), m.start))

    finals, facilities = ctx.conventions.building_final_chars, tuple(ctx.tables.facility_suffixes)

    def bare_facility(m) -> bool:   # 博物馆, 广场: a facility's common noun alone names no place
        name = text[m.start:m.end]
        return m.label == "LOC" and name in p.nouns and (name[-1] in finals or name.endswith(facilities))

    levels = ctx.conventions.listed_level_chars

    def common_word_unit(m) -> bool:   # 友好|省州: a common word before levels whose units are all listed
        name = text[m.start:m.end]
        stem = name.rstrip(levels) if levels else name
        return m.label == "LOC" and stem != name and len(stem) >= 2 and stem in p.words \
            and name not in p.place_set and stem not in p.place_set and stem not in p.place_stems

    spans.keep(lambda m: text[m.start:m.end].strip() != "" and not common(m) and not inside_common(m)
               and not bare_facility(m) and not common_word_unit(m))


@rule_steps.register("drop_peoples")
def drop_peoples(ctx: RuleContext, spans: SpanSet) -> None:
    """蒙古|族, 朝鲜|族: a place the model read right before a word for a people (``people_heads``)
    is the people's name, not a place (a 蒙古族 deputy is no place in Mongolia)."""
    heads, text = ctx.conventions.people_heads, ctx.text
    if heads:
        spans.keep(lambda m: not (m.label == "LOC" and text.startswith(tuple(heads), m.end)))


@rule_steps.register("address_term_persons")
def address_term_persons(ctx: RuleContext, spans: SpanSet) -> None:
    """孙|大妈 -> 孙大妈, 老|王 -> 老王: a surname the model read as a person, before an address
    term or after a nickname prefix, is one person with it (the guideline's 小李; MSRA and
    People's Daily tag 杨 and 李 alone)."""
    text, lex = ctx.text, ctx.patterns.names.lex
    for m in spans.of("PER"):
        if m.end - m.start == 1 and text[m.start] in lex.single_surnames:
            term = next((w for w in lex.address_terms if text.startswith(w, m.end)), None)
            if term is not None:
                spans.widen(m, m.start, m.end + len(term), "PER")
            elif m.start > 0 and text[m.start - 1] in lex.nickname_prefixes \
                    and not spans.overlapping(m.start - 1, m.start):
                spans.widen(m, m.start - 1, m.end, "PER")   # 老|王 -> 老王 (guideline: 小李)


@rule_steps.register("drop_single_chars")
def drop_single_chars(ctx: RuleContext, spans: SpanSet) -> None:
    """One-character mentions (a model's stray 比) are dropped, except
    - the one-character place abbreviations the guideline makes LOC (来京, 中美, 皖台: 京, 中,
      美, 皖, 台) where the model read them as a place;
    - a surname the model read as a person (汤说, 李主席: a real person as written, as MSRA
      tags it), unless the article names a person in full with it (曹明远 … 曹主席): the
      longest form is the entity and the surname its shorter mention."""
    text, abbreviations, words = ctx.text, ctx.conventions.place_abbreviations, ctx.patterns.words
    surnames = ctx.patterns.names.lex.single_surnames
    named = {text[m.start] for m in spans.of("PER") if m.end - m.start > 1}

    def kept(m) -> bool:
        if m.end - m.start >= 2:
            return True
        if m.label == "PER":
            return text[m.start] in surnames and text[m.start] not in named
        if m.label != "LOC" or text[m.start] not in abbreviations:
            return False
        # not when only part of a word (奥|运, 华|人); 中|美 is two places
        return not (text[m.start:m.start + 2] in words and text[m.end:m.end + 1] not in abbreviations)
    spans.keep(kept)


@rule_steps.register("drop_numbered_congresses")
def drop_numbered_congresses(ctx: RuleContext, spans: SpanSet) -> None:
    """党的十五大, 九三学社七大: a party's numbered congress is a meeting, no entity, and flat
    annotation lists nothing inside it (the body named just before the number). 第二大 (second
    largest) is no congress: the pattern asks for a party or body right before the number; a
    model's organization that is the numbered congress alone (十五大精神) is dropped too."""
    congress, name = ctx.conventions.congress, ctx.conventions.congress_name
    if congress is None:
        return
    text = ctx.text
    if name is not None:   # 十五大|精神
        spans.keep(lambda m: not (m.label == "ORG" and name.fullmatch(text, m.start, m.end)))
    for m in congress.finditer(ctx.text):
        for span in spans.overlapping(m.start(), m.end()):
            spans.remove(span)
        body = spans.ending_at(m.start())
        if body is not None and body.label == "ORG":
            spans.remove(body)


@rule_steps.register("unlist_elided_with_full")
def unlist_elided_with_full(ctx: RuleContext, spans: SpanSet) -> None:
    """区总工会 where the article writes 东城区总工会, 全总 where it writes 中华全国总工会: an elided
    name or a short form (org_short_forms.txt) is not listed as an entity of its own (the
    guideline lists it only if nothing longer is written). It stays a mention on the Doc, so
    roles and events resolve it to the full name (省总工会赴… -> visitor 某省总工会)."""
    elided, text, lex = ctx.tables.elided, ctx.text, ctx.patterns.names.lex
    orgs = {text[s:e] for s, e, _ in spans.of("ORG")}
    endings = tuple(lex.all_org_suffixes)
    for m in spans.of("ORG"):
        name = text[m.start:m.end]
        if elided is not None and elided.fullmatch(name) and _elided_written_in_full(name, orgs, endings) \
                or lex.written_full_form(name, text) is not None or _level_led_short_form(name, orgs, lex) \
                or name in ctx.tables.org_suffixes and any(len(o) > len(name) and o.endswith(name) for o in orgs) \
                or any(lex.company_unit_short_form(name, o) for o in orgs) \
                or name in ctx.conventions.group_nouns or _bare_head_of_one_named(name, orgs, ctx):
            # (… or an organization's ending alone: 工务段 beside 丰台工务段; a company's unit by its
            # short name: 热轧厂 beside 某股份有限公司热轧厂; a travelling group named by no body: 交流团)
            ctx.unlisted.add((m.start, m.end))


def _bare_head_of_one_named(name: str, orgs: set[str], ctx: RuleContext) -> bool:
    """研究院, 研究院工会 beside 东湖光电材料研究院: an institution's own word written bare (elision.yaml
    bare_heads), alone or with its union (sector_union_heads), where the article names the
    institution in full (roles resolve it to that one)."""
    head = next((h for h in ctx.patterns.names.lex.bare_heads if name.startswith(h)), None)
    if head is None or name[len(head):] not in ("", *ctx.conventions.sector_union_heads):
        return False
    return any(len(o) > len(head) and o.endswith(head) and o != name for o in orgs)


def _elided_written_in_full(name: str, orgs: set[str], endings: tuple[str, ...]) -> bool:
    """Whether another organization of the article writes the elided ``name`` in full (区总工会 in
    东城区总工会); a body of it that opens the same way does not (市委 in 市委常委会), but one of a
    name cut short does (省总 in 省总工会: no organization's ending closes 省总)."""
    return any(o != name and name in o and not (o.startswith(name) and name.endswith(endings)) for o in orgs)


def _level_led_short_form(name: str, orgs: set[str], lex: DomainLexicon) -> bool:
    """市律师协会 beside 东江市律师协会, 街道工会联合会 beside 东湖街道工会联合会: a name opening
    with a level (elision prefixes, not a word such as 市场) that another organization of the
    article ends with, after the name of its place, is that one's short form."""
    level = next((p for p in lex.elision_prefixes if name.startswith(p)), None)
    if level is None or name.startswith(lex.elision_not_words) or len(name) - len(level) < 2:
        return False
    return any(len(o) > len(name) + 1 and o.endswith(name) for o in orgs)


_OPENERS, _CLOSERS = OPENING_MARKS, CLOSING_MARKS
_TITLE_CLOSERS = "”’》」"   # the closers of quoted or titled names, not of a bracketed seat
_CLAUSE_MARK = re.compile(f"[{re.escape(SENT_END + CLAUSE_END)}]")
_NO_CLAUSE_MARK = re.compile(f"[^{re.escape(SENT_END + CLAUSE_END)}]+")
_EDGE_JUNK = set(" \t\n\u3000，。、；：！？,.;:!?·-—/／" + HEADLINE_SEPARATORS)   # (杜洋/摄: a credit's slash)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


@rule_steps.register("whole_latin_words")
def whole_latin_words(ctx: RuleContext, spans: SpanSet) -> None:
    """bro|ther企业集团: a mention never ends or starts inside a word in Latin letters; it takes the
    whole word (where that cuts into no other mention)."""
    text = ctx.text
    for span in spans.of():
        start, end, label = span
        new_start, new_end = start, end
        while new_end < len(text) and _latin(text[new_end]) and _latin(text[new_end - 1]):
            new_end += 1
        while new_start > 0 and _latin(text[new_start - 1]) and _latin(text[new_start]):
            new_start -= 1
        if (new_start, new_end) != (start, end):
            spans.widen(span, new_start, new_end, label)


_SIDE_WORD_PLACE = 3   # a place and a side word: 江边, 湖畔 of two or three characters may be names


@rule_steps.register("trim_mention_edges")
def trim_mention_edges(ctx: RuleContext, spans: SpanSet) -> None:
    """“石桥工会, 王小明）, 赵一凡 钱多多: a mention does not open or end with an unpaired bracket or
    quote, or with punctuation (a closer inside takes its opener right before: 《某报》社); a person
    across a space is two persons (a credit's names); no mention runs across the end of a clause
    or sentence (董事长景立峰，协会: its parts of two characters or more are mentions of its label)."""
    text = ctx.text
    for span in spans.of():
        start, end, label = span
        while start < end and (text[start] in _EDGE_JUNK or text[start] in _CLOSERS or unclosed_at(text, start, end)):
            start += 1
        while end > start and (text[end - 1] in _EDGE_JUNK or text[end - 1] in _OPENERS or
                               text[end - 1] in _CLOSERS and _OPENERS[_CLOSERS.index(text[end - 1])] not in text[start:end]):
            end -= 1
        if label == "LOC" and end - start > _SIDE_WORD_PLACE and text[end - 1] in ctx.conventions.side_words:
            # 锦江路旁: the place, then a word of where beside it; 长湖|湖畔: a word of where that
            # repeats the place's last character (湖畔 after 长湖)
            end -= 2 if text[end - 3] == text[end - 2] else 1
        closer = next((k for k in range(start + 1, end - 1) if text[k] in _TITLE_CLOSERS), None)
        if closer is not None and start > 0 and text[start - 1] == _OPENERS[_CLOSERS.index(text[closer])] \
                and text[start - 1] not in text[start:closer]:
            start -= 1   # 费加罗报》社: the title's opener before it belongs to the name (《费加罗报》社)
        for k in range(start + 1, end - 1):   # 东坝“一刻钟: an opener inside, unclosed, ends the name
            if unclosed_at(text, k, end) and k - start >= 2:
                end = k
                break
        parts = [(start, end)]
        if _CLAUSE_MARK.search(text, start, end):
            parts = [(m.start(), m.end()) for m in _NO_CLAUSE_MARK.finditer(text, start, end)]
        elif label == "PER" and any(c.isspace() for c in text[start:end]):
            parts, pos = [], start
            for piece in text[start:end].split():
                k = text.index(piece, pos)
                parts.append((k, k + len(piece)))
                pos = k + len(piece)
        if parts == [(span.start, span.end)]:
            continue
        spans.remove(span)
        for s, e in parts:
            if (e - s >= 2 or label == "LOC") and not _a_common_word_cut_off(ctx, s, e, label):
                spans.add(s, e, label)


def _a_common_word_cut_off(ctx: RuleContext, start: int, end: int, label: str) -> bool:
    """客运组织情况。|集团公司: a common word (情况) the model ran into a name across a sentence's end
    is no name of its own, where no organization ending says it is one (协会 is)."""
    return label != "PER" and ctx.text[start:end] in ctx.patterns.words \
        and not ctx.patterns.suffix_end_re.search(ctx.text, start, end)
