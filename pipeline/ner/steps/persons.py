"""Rule steps for person names: credited names, a name after a title or before a speech verb,
and model persons that are common words."""
from __future__ import annotations

import re

from ...article_doc import field_span
from ...text.chars import CLAUSE_END, HEADLINE_SEPARATORS, SENT_END
from ...text.scan import find_all, runs_into_word, word_runs_past
from ..spans import Mention, SpanSet
from .context import HAN, HAN_CHAR, HAN_WORD, RuleContext, RulePatterns, enumeration_items
from .registry import rule_steps

def name_at(p: RulePatterns, text: str, start: int, end_at: int | None = None) -> int | None:
    """End of a person name starting at ``start`` (the one name guesser, pipeline/names.py),
    or None; with ``end_at`` the name must end there."""
    return p.names.name_at(text, start, end_at=end_at)


@rule_steps.register("credited_names")
def credited_names(ctx: RuleContext, spans: SpanSet) -> None:
    """Names of the byline found in the credit or author line are persons there."""
    for start, end in ctx.credited:
        spans.add(start, end, "PER", override=True)


_UNIT_NAME_CHARS = 3   # a model's person this long ending with a unit's level (陈埭镇) is that unit


@rule_steps.register("drop_common_word_persons")
def drop_common_word_persons(ctx: RuleContext, spans: SpanSet) -> None:
    """A model's PER that is a common word (雷达), or a word plus the end of a body (宣讲|团),
    is no name, unless the byline credits it and a surname opens it (（记者 周密）; not 采访 of a
    credit line read wrong). Names that start like a word (王国|华, 高明|光) or end like a body
    (张友会) stay: People's Daily lists many such; so does one written right after a title (队长|高峰).
    One of three characters ending with a unit's level before 的 or a mention (陈埭镇的) is that place."""
    words, text = ctx.patterns.words, ctx.text
    final = ctx.tables.non_name_final
    for span in spans.of("PER"):
        name = text[span.start:span.end]
        if (span.start, span.end) in ctx.credited and name[0] in ctx.patterns.surnames:
            continue
        if len(name) <= 3 and "·" not in name and (name in words or name[:2] in words and name[-1] in final) \
                and not ctx.patterns.ends_with_position(text, span.start):
            spans.remove(span)
        elif (unit := _unit_opening(ctx, span.start, span.end)) is not None:
            spans.replace(span, (span.start, unit, "LOC"))   # 阿巴嘎旗|洪格尔: no name opens with a unit
        elif len(name) == _UNIT_NAME_CHARS and name[-1] in final and name[-1] in ctx.conventions.place_suffixes \
                and (text.startswith("的", span.end) or spans.starting_at(span.end) is not None) \
                and not ctx.patterns.ends_with_position(text, span.start):
            # 陈埭镇的|某中心: no name ends with a unit's level where what follows is the unit's (a
            # list of names keeps 罗雪村、关牧村: People's Daily names persons so)
            spans.replace(span, (span.start, span.end, "LOC"))


def _unit_opening(ctx: RuleContext, start: int, end: int) -> int | None:
    """Where the segmenter's first token of a model's person ends when that token is a place of
    three characters or more (阿巴嘎旗: listed, or Han characters with a place's suffix) and more of
    the person follows; else None."""
    k = ctx.token_end(start, longest=end - start - 1)
    token = ctx.text[start:k] if k is not None else ""
    if len(token) < 3 or not ctx.patterns.is_place(token):
        return None
    return k


@rule_steps.register("split_joined_names")
def split_joined_names(ctx: RuleContext, spans: SpanSet) -> None:
    """周明远吴晓东: names printed with no mark between them (a credit, a list) that the model
    read as one person are that many persons, where the name guesser reads the run so
    (NameGuesser.split_joined: one way, else the one way with common surnames only; never a
    compound-surname name alone, 欧阳明日, nor a transliterated foreign one, 普里马科夫).
    Two-character names are left joined (乌叶海亚 would read as 乌叶 + 海亚)."""
    text = ctx.text
    for span in spans.of("PER"):
        start, end, _ = span
        names = ctx.patterns.names.split_joined(text[start:end])
        if names:
            spans.remove(span)
            for name in names:
                spans.add(start, start + len(name), "PER")
                start += len(name)


@rule_steps.register("compound_surname_names")
def compound_surname_names(ctx: RuleContext, spans: SpanSet) -> None:
    """上官|雪梅, 农机手尉|迟海龙, 宗政雨|晴说: a compound surname that is no common word (东方 is)
    opens a name wherever it stands outside another word (马上|官员) and another mention. Where the
    one name guesser reads no name (or one a common word runs out of: 上官浩工|作), a name the text
    reads so elsewhere is the name (上官浩|已经, after 上官浩说), else the surname and the characters
    no common word runs over (上官雪梅|像, 上官浩|工作). The segmenter cuts such rare names anywhere,
    and no title need stand before them; a shorter person the model read inside the name gives way,
    and so does a longer one of Han characters after it (慕容晓峰|拉)."""
    p, text = ctx.patterns, ctx.text
    words = p.names.lex.common_word_set
    openings = [(m.start(), m.group()) for m in p.names.lex.rare_compound_surname_re.finditer(text)
                if not (m.start() > 0 and text[m.start() - 1:m.start() + 1] in words)]   # 马上|官员
    # (the guesser's reading, unless a common word runs from its last character on: 上官浩工|作)
    read = {start: end for start, _ in openings if (end := name_at(p, text, start)) is not None
            and not p.word_opens_at(text, end - 1)}
    names = sorted({text[start:end] for start, end in read.items()}, key=len, reverse=True)
    for start, surname in openings:
        end = read.get(start) or next((start + len(n) for n in names if text.startswith(n, start)), None) \
            or _given_name_before_words(ctx, start + len(surname))
        if end is None:
            continue
        for s in spans.overlapping(start, end):
            if s.label == "PER" and s.start == start and s.end - start > len(surname) + _LONGEST_GIVEN_NAME \
                    and HAN_WORD.fullmatch(text, s.start, s.end):   # (not 司马义·艾买提)
                spans.remove(s)   # 慕容晓峰拉|起: no given name after a compound surname is this long
        if not any(s.label != "PER" or s.start < start or s.end > end for s in spans.overlapping(start, end)):
            spans.add(start, end, "PER", override=True)


def _given_name_before_words(ctx: RuleContext, start: int) -> int | None:
    """The end of a given name of one or two Han characters at ``start``, before the first
    common word that starts in it and runs past it (浩|工作, 明|劳模): two where none does, one
    where one starts at the second character; None where the given name opens with a common word
    or ends in a character that closes no name (说, 在)."""
    text, lex, word_at = ctx.text, ctx.patterns.names.lex, ctx.patterns.word_opens_at
    if not HAN_WORD.fullmatch(text, start, start + 2) or word_at(text, start):
        return None
    end = start + 1 if word_at(text, start + 1) else start + 2
    return end if text[end - 1] not in lex.name_stop_last else None


@rule_steps.register("title_names")
def title_names(ctx: RuleContext, spans: SpanSet) -> None:
    """副主席张良: a surname-led name right after a position word is a person; not after a title
    running into a longer word (欧盟主席国期间: names.yaml title_blocked_next)."""
    p, text = ctx.patterns, ctx.text
    if not p.position_re:
        return
    lex = p.names.lex
    for m in p.position_re.finditer(text):
        if runs_into_word(text, m.end(), lex.title_blocked_next, lex.title_blocked_next_except) \
                or ctx.cuts_word(m.start()) and m.start() + 1 in ctx.word_bounds:
            continue   # (无为市|长江大堤, 公司|长沙: the title's first character closes a word, no title)
        end = name_at(p, text, m.end())
        if end is None:
            end = _name_before_verb(ctx, m.end())
        if end is None:
            end = _name_of_a_preposition_surname(ctx, spans, m.end())
        if end is None and (model := spans.starting_at(m.end())) is not None and model.label == "PER":
            end = model.end   # (the model's name, where no guess reads one: 乌云|其其格)
        if end is None:
            end = _name_token_after_title(ctx, m.end())
        if end is None:
            end = _compound_surname_name(ctx, spans, m.end())
        if end is None:
            end = _minority_name_after_title(ctx, m.end())
        if end is None and (model := _given_name_after_a_lone_surname(ctx, spans, m.end())) is not None:
            end = model.end   # 包装工|厉|小芳: the surname the model left out is the name's
        if end is None:
            continue
        if end - m.end() == 1 and (rest := _name_part_after_and(ctx, spans, end)) is not None:
            spans.remove(rest)   # 总经理苏|和|巴特尔: no title names a surname alone; 苏和 is the name's
            end = rest.end
        end = _name_to_clause_end(ctx, spans, m.end(), end)
        if word_runs_past(p.position_re, text, m.end(), end):
            continue   # 职工|方首席代表: a side (职工方) and its title, no name
        if (title := p.position_at(text, m.end())) is not None and title.end() >= end:
            continue   # 志愿者|老师: another title after the first, no name
        clash = spans.overlapping(m.end(), end)
        for inside in [s for s in clash if m.start() <= s.start < m.end() and s.end <= end]:
            # 副监狱|长孙立: the model began the name inside the title (长孙, a surname; 副总河|长韦玉林,
            # read as a place), or at it (旗长张海滨, 旗长额尔敦 read as a place: a title it did not know)
            spans.remove(inside)
            clash.remove(inside)
        for over in [s for s in clash if _runs_on_over_a_verb(ctx, s, m.end(), end)
                     or _runs_into_a_follower(ctx, s, m.end(), end)]:
            spans.remove(over)   # 董事长段志鹏|作|集团工作报告: no organization; 快递员郜|晓彤拉|起家常
            clash.remove(over)
        if len(clash) == 1 and clash[0] == (m.end(), end - 1, "PER") and (
                text[end - 1:end + 1] in p.words and text[end:end + 1] not in ctx.conventions.name_completing_followers
                or text[end - 1] in ctx.conventions.name_completion_stops):
            continue   # 主持人陶涛|合作, 秘书长安南|已于: the model's name, one short of a character that makes a word on
        spans.add(m.end(), end, "PER", override=_model_reading_gives_way(ctx, clash, m.end(), end))


_NAME_TOKEN_CHARS = 3
_WHOLE_HAN_NAME = 3   # a surname and a given name of two: no word after it runs on into the name
_WHOLE_PART = 3   # one part of a minority name this long names a person alone (其其格, 巴雅尔)


def _minority_name_after_title(ctx: RuleContext, start: int) -> int | None:
    """巡线工|格桑曲珍, 牧民|其其格: after a title, a run of two or more parts of Tibetan or Mongolian
    names (names.yaml minority_name_parts), or one part of three characters ending a word, is a name
    no surname opens; where it ends, else None."""
    lex = ctx.patterns.names.lex
    if ctx.text[start:start + 2] not in lex.minority_part_openings:
        return None
    run = _parts_run(ctx.text, start, lex.minority_name_parts)
    end = start + sum(map(len, run))
    return end if len(run) >= 2 or run and len(run[0]) >= _WHOLE_PART and not ctx.cuts_word(end) else None


def _compound_surname_name(ctx: RuleContext, spans: SpanSet, start: int) -> int | None:
    """货车司机|司空|立军|已经: after a title, a compound surname (司空, 也 a word) and the given name
    token after it (the one reading of _given_name_token), or the segmenter's token of both; else None."""
    p, text = ctx.patterns, ctx.text
    surname = next((s for s in p.names.lex.compound_surnames if text.startswith(s, start)), None)
    if surname is None or p.names.opens_no_name(text, start):
        return None   # (副主席|第五次参加…: an ordinal's count, names.yaml not_name_start_words)
    whole = ctx.token_end(start, longest=len(surname) + _LONGEST_GIVEN_NAME)
    if whole is not None and whole > start + len(surname) and HAN_WORD.fullmatch(text, start, whole) \
            and not p.common_word(text[start:whole]):
        return whole   # 首席技师|闻人志强|带来: the segmenter read the name whole
    if not ctx.is_token(start, start + len(surname)):
        return None
    return _given_name_token(ctx, spans, start + len(surname))


def _name_token_after_title(ctx: RuleContext, start: int) -> int | None:
    """网约车司机|焦大勇|则提出: after a title, a token of the segmenter of three Han characters that a
    single surname opens, no common word nor one opening with a common word (马路|边), no title, place
    or listed name: a name no follower closes (the segmenter read it whole). Else None."""
    p, text = ctx.patterns, ctx.text
    end = ctx.token_end(start, longest=_NAME_TOKEN_CHARS)
    if end != start + _NAME_TOKEN_CHARS or not ctx.is_token(start, end) or text[start] not in p.surnames \
            or text[start] in p.names.lex.verb_surnames or not all(HAN_CHAR.match(text, k) for k in range(start, end)):
        return None
    token = text[start:end]
    if p.names.is_common(token) or p.is_place(token) or p.position_at(text, start) is not None:
        return None   # (马路边, 张家村, 王主任: a word, a place, a title)
    return end


def _given_name_after_a_lone_surname(ctx: RuleContext, spans: SpanSet, start: int) -> Mention | None:
    """The model's person of two characters one character after a title, where that character is a
    single surname standing alone as a token (包装工|厉|小芳): the given name of a three-character
    name. Else None."""
    p, text = ctx.patterns, ctx.text
    model = spans.starting_at(start + 1)
    if model is None or model.label != "PER" or model.end - model.start != 2 or text[start] not in p.surnames \
            or text[start] in ctx.conventions.function_chars or text[start] in p.names.lex.verb_surnames \
            or not ctx.is_token(start, start + 1) or spans.overlapping(start, start + 1):
        return None
    return model


_LONGEST_NAME = 5   # a name of a minority written without · (乌云其其格, 孟和巴雅尔)
_NAME_END_MARKS = CLAUSE_END + SENT_END + "、"   # a clause mark or a list's, where a name ends


def _name_to_clause_end(ctx: RuleContext, spans: SpanSet, start: int, end: int) -> int:
    """副市长乌云|其其格，, 州长阿苏木|呷，: a name after a title, guessed or read to end one to
    three characters before a clause mark or 、, ends there (a minority's name of four or five
    characters) where those characters hold no token of one character that is a word (王刚|等:
    one_character_words), a word that follows names (王刚|说) or a numeral (棋手赵治勋|九段，: a rank),
    make no common word or title with the name's last (主任王刚|一行，, 王刚|同志，) and lie in no
    mention, nor one word of two or more after a name of three (律师宓春阳|接案，: a whole name
    and a verb); else ``end``."""
    text, p = ctx.text, ctx.patterns
    stops = ctx.conventions.one_character_words
    k = end
    while k < len(text) and k - start < _LONGEST_NAME and HAN_CHAR.match(text, k) \
            and not (text[k] in stops and ctx.is_token(k, k + 1)) and not text.startswith(p.name_followers, k):
        k += 1   # (其 of the token 其其格 is a name's; 说 after 王刚 follows it)
    if k == end or k >= len(text) or text[k] not in _NAME_END_MARKS or spans.overlapping(end, k) \
            or (end - start >= _WHOLE_HAN_NAME and k - end >= 2 and ctx.is_token(end, k)) \
            or any(c in ctx.conventions.count_chars for c in text[end:k]) \
            or any(text[i:j] in p.words or text[i:j] in p.position_set or text[i:j] in p.name_followers
                   for i in range(end - 1, k - 1) for j in range(i + 2, k + 1)):
        return end
    return k


def _name_part_after_and(ctx: RuleContext, spans: SpanSet, end: int) -> Mention | None:
    """The person the model read right after a lone surname and 和 (苏|和|巴特尔), else None."""
    if not ctx.text.startswith("和", end):
        return None
    rest = spans.starting_at(end + 1)
    return rest if rest is not None and rest.label == "PER" else None


def _model_reading_gives_way(ctx: RuleContext, clash: list[Mention], start: int, end: int) -> bool:
    """Whether the model's mentions over a name found after a title give way to it: persons with a
    wrong boundary (张良出); a place of just that name, or of its given name (主席邰|正阳), where no
    place is written so (全国劳动模范|卓立峰: no listed place, no place's ending); an organization of
    just the name, or of its given name, with no organization's ending (部长|宿海军, 主席练|海军)."""
    p, text = ctx.patterns, ctx.text
    if all(s.label == "PER" for s in clash):
        return True
    if len(clash) != 1:
        return False
    model = clash[0]
    if model.label == "LOC":
        return start <= model.start and model.end == end \
            and not p.is_place(text[model.start:end]) and text[model.start:end] not in p.place_set
    return model.label == "ORG" and start <= model.start and model.end == end \
        and not p.suffix_end_re.search(text, start, end)


def _runs_on_over_a_verb(ctx: RuleContext, model: Mention, start: int, end: int) -> bool:
    """Whether the model's organization opens with the name text[start:end] found after a title and
    runs on over a verb standing alone right after it (董事长段志鹏|作|集团工作报告:
    one_character_verbs): the name and the verb's object, no organization."""
    return model.label == "ORG" and model.start == start and model.end > end + 1 \
        and ctx.text[end] in ctx.conventions.one_character_verbs and ctx.is_token(end, end + 1)


def _runs_into_a_follower(ctx: RuleContext, model: Mention, start: int, end: int) -> bool:
    """Whether the model's person begins inside the name text[start:end] found after a title and
    ends inside the words that follow names written right after it (分拣员郜|晓彤拉|起家常: the
    model's name cut the surname off and took a verb's first character)."""
    follower = ctx.patterns.names.boundary(ctx.text, end)
    return model.label == "PER" and start < model.start < end < model.end < end + len(follower or "")


def _name_before_verb(ctx: RuleContext, start: int) -> int | None:
    """副主席厉小兵|评价: after a title, a three-character name that a verb the name followers do
    not list ends: a word that is no noun (common_words.txt) or a rare verb. Not a two-character
    one (负责人|齐聚|现场: a verb of the clause), nor a surname that is mostly a preposition
    (主席|由两位…: verb_surnames), nor a name ending in an adverb (导演王坪|曾执导:
    name_completion_stops)."""
    p, text = ctx.patterns, ctx.text
    end = start + 3
    word = text[end:end + 2]
    if text[start:start + 1] in p.names.lex.verb_surnames or text[end - 1:end] in ctx.conventions.name_completion_stops \
            or not p.verb_like(word):
        return None
    return end if name_at(p, text, start, end) is not None else None


def _name_of_a_preposition_surname(ctx: RuleContext, spans: SpanSet, start: int) -> int | None:
    """州委书记向|华林|表示: after a title, a surname that is mostly a preposition (向, 和: names.yaml
    not_name_start_words, which never open a name guessed) before a two-character name the model
    read, which no common surname opens (not 书记向|李明|颁发…, to whom), and a name follower after
    it: one three-character name. Its end, else None. (Not where the model read nothing: 局长向丽华
    介绍 reads as 局长向网友介绍, to whom he spoke.)"""
    p, text = ctx.patterns, ctx.text
    lex = p.names.lex
    if text[start:start + 1] not in lex.not_name_start or text[start:start + 1] not in lex.single_surnames:
        return None
    end = start + 3
    if (start + 1, end, "PER") not in spans.spans or lex.is_common_surname_start(text, start + 1) \
            or p.names.boundary(text, end) is None:
        return None
    return end


@rule_steps.register("state_title_names")
def state_title_names(ctx: RuleContext, spans: SpanSet) -> None:
    """日本首相|安倍|晋三|表示, 东洋国总统|山本一郎: after a place and an office, the words up to a
    common word, a verb, a name follower or a stop are that office holder's name, surname-led or
    not (foreign names). Two to six characters, or a name with an interpunct. A person the model
    found in part inside the run (日本首相岸|田文雄) gives way to the whole name."""
    p, text = ctx.patterns, ctx.text
    if not p.position_re:
        return
    offices = p.names.lex.positions
    followers = p.word_followers
    for m in p.position_re.finditer(text):
        place = spans.ending_at(m.start())
        if place is None or place.label != "LOC" or offices.get(m.group()) != "office" \
                or spans.overlapping(m.end(), m.end() + 1) or text.startswith(ctx.conventions.title_joiners, m.end()):
            continue   # (大使|兼驻某国大使: another title follows, no name)
        end = _name_run_end(ctx, spans, m.end())
        cut = spans.starting_at(m.end() + 1)
        if end <= m.end() + 1 and cut is not None and cut.label == "PER" and HAN_CHAR.match(text, m.end()) \
                and text[m.end()] not in ctx.conventions.function_chars:
            end = cut.end   # the model's person lacks the name's first character (岸|田文雄)
        length = end - m.end()
        # not 书记|写联赠|乡亲: a name is no noun's modifier (a noun that follows names, 会见, is no such noun)
        if (2 <= length <= 6 or (length > 2 and "·" in text[m.end():end])) \
                and (not _noun_at(ctx, end) or text.startswith(followers, end)):
            spans.add(m.end(), end, "PER", override=True)


_NAME_TOKEN = re.compile(f"[{HAN}·]+")
_LONGEST_TOKEN = 8   # a name's token is never longer
_CLAUSE_ENDS = SENT_END + CLAUSE_END
_CLAUSE_END_RE = re.compile(f"[{re.escape(_CLAUSE_ENDS)}]")
# where a clause may open: after a clause mark, or after a headline's separator (视频|甲会见乙,
# 甲会见乙 讨论…)
_CLAUSE_OPENER_RE = re.compile(f"[{re.escape(_CLAUSE_ENDS + HEADLINE_SEPARATORS)} 　]")
_CLAUSE_MARKS = _CLAUSE_ENDS + "、）)”的"   # ends a clause, or a modifier
_PARTNER_GAP = 4   # 与来访的|乙: characters between a joiner and the person joined
_NAME_REACH = 6     # a verb or joiner right after a clause-opening name stands this far at most
_JOINER_REACH = 18   # 甲|当天上午在首相官邸与…: how far after a clause's start a joiner may stand


def _noun_at(ctx: RuleContext, pos: int) -> bool:
    """Whether the token at ``pos`` is a common noun."""
    k = ctx.token_end(pos, _LONGEST_TOKEN)
    return k is not None and ctx.text[pos:k] in ctx.patterns.nouns


def _name_run_end(ctx: RuleContext, spans: SpanSet, start: int) -> int:
    """Where a run of name tokens from ``start`` ends: before a token that is a common word, a
    verb, a function character, a position, punctuation or another mention, or that opens a
    name follower (表示, 说)."""
    p, text = ctx.patterns, ctx.text
    stops, followers = ctx.conventions.function_chars, p.name_followers
    end = start
    while end < len(text):
        k = ctx.token_end(end, _LONGEST_TOKEN)
        if k is None:
            break
        token = text[end:k]
        if not _NAME_TOKEN.fullmatch(token) or token in p.words or token in p.verbs or token in stops \
                or token in p.position_set or text.startswith(followers, end) or spans.overlapping(end, k):
            break
        end = k
    return end


@rule_steps.register("speech_names")
def speech_names(ctx: RuleContext, spans: SpanSet) -> None:
    """周阳激动地说: a surname-led name before a speech verb, at a clause start or after a title."""
    p, text = ctx.patterns, ctx.text
    for m in ctx.tables.speech.finditer(text):
        for length in (3, 2):
            start = m.start() - length
            if start < 0:
                continue
            before = text[start - 1] if start > 0 else "。"
            # inside running text, a name needs a position before it (副主席|张良|在讲话中)
            if HAN_CHAR.match(before) and not (p.position_re and p.ends_with_position(text, start)):
                continue
            if name_at(p, text, start, end_at=m.start()) == m.start():
                spans.add(start, m.start(), "PER")
                break


@rule_steps.register("clause_subject_names")
def clause_subject_names(ctx: RuleContext, spans: SpanSet) -> None:
    """安倍晋三|会见了…, 默里|认为, 文在寅|与|金正恩举行会晤: the words that open a clause, right
    before a verb of meeting or speech (of two characters: 说 glues to other words), or joined by
    与/同/和 to a person with such a verb later in the clause, are a person: the tokens of a name
    (no common word, verb, position or mention: foreign names too) or a surname-led name. So is
    the partner joined to a person before 在 or the meeting verb (甲与|山本一郎|在某地举行会晤). A
    single sentence of news names both so, with no title before them for title_names to go by."""
    p, text, conv = ctx.patterns, ctx.text, ctx.conventions
    if p.subject_cue_re is None:
        return
    verbs, joint = p.subject_cues, conv.subject_verbs + conv.joint_verbs

    def clause_end(pos: int) -> int:
        return next((i for i in range(pos, len(text)) if text[i] in _CLAUSE_ENDS), len(text))

    def clause_states(pos: int) -> bool:
        return any(text.startswith(joint, i) for i in range(pos, clause_end(pos)))

    def joined_later(pos: int) -> bool:
        """当天在某地与来访的乙举行会晤: a joiner later in the clause, a person after it (a short
        modifier between: 来访的), and a verb of meeting after him."""
        for j in range(pos, clause_end(pos)):
            if text[j] in conv.name_joiners:
                partner = next((s for s in spans.overlapping(j + 1, j + _PARTNER_GAP + 1)
                                if s.label == "PER" and s.start > j), None)
                if partner is not None and clause_states(partner.end):
                    return True
        return False

    # where a name could end: before a verb or a joiner (found once; most clauses have none near)
    ends = {m.start() for m in p.subject_cue_re.finditer(text)}
    if not ends:
        return
    # a joiner far from the clause's start, a place meeting, a person met: only where a verb of
    # meeting is written at all
    meets = any(v in text for v in joint)
    reach = _JOINER_REACH if meets else _NAME_REACH
    for start in (0, *(m.end() for m in _CLAUSE_OPENER_RE.finditer(text))):
        place = spans.starting_at(start) if meets else None
        if place is not None and place.label == "LOC" and text.startswith(conv.subject_verbs, place.end) \
                and not p.is_place(text[start:place.end]):
            spans.replace(place, (start, place.end, "PER"))   # 普京会见…: a place meets nobody
            continue
        if not HAN_CHAR.match(text, start) or ends.isdisjoint(range(start + 2, start + reach + 1)) \
                or spans.overlapping(start, start + 1):
            continue
        for end, surname_led in _name_readings(ctx, spans, start):
            if not _may_be_subject_name(ctx, spans, start, end, surname_led):
                continue
            partner = spans.starting_at(end + 1) if text[end:end + 1] in conv.name_joiners else None
            if text.startswith(verbs, end) or (partner is not None and partner.label == "PER"
                                               and clause_states(partner.end)) \
                    or (text.startswith(p.name_followers, end) and joined_later(end)):
                spans.add(start, end, "PER")
                break
    # 甲与|山本一郎|在某地举行会晤: the partner joined to a person; …，并与|山本一郎|举行会谈: to the
    # subject of the clause before (a clause opening with the joiner)
    joined_at = [person.end + 1 for person in spans.of("PER") if text[person.end:person.end + 1] in conv.name_joiners]
    if meets and p.clause_partner_re is not None:
        joined_at += [m.end() for m in p.clause_partner_re.finditer(text)]
    for start in joined_at:
        if spans.overlapping(start, start + 1) or not HAN_CHAR.match(text, start):
            continue
        for end, surname_led in _name_readings(ctx, spans, start):
            if _may_be_subject_name(ctx, spans, start, end, surname_led) \
                    and text.startswith(("在", "举行", *joint), end) and clause_states(end):
                spans.add(start, end, "PER")
                break
    for person in spans.of("PER") if meets else ():   # 甲会见|文在寅|。: the one met, ending the clause
        verb = next((v for v in conv.subject_verbs if text.startswith(v, person.end)), None)
        if verb is None:
            continue
        start = person.end + len(verb)
        start += text.startswith("了", start)
        if spans.overlapping(start, start + 1) or not HAN_CHAR.match(text, start) \
                or text.startswith(conv.meeting_frames, start):
            continue
        for end, surname_led in reversed(_name_readings(ctx, spans, start)):
            closes = end == len(text) or text[end] in _CLAUSE_ENDS
            # (two characters only surname-led: 会见了外宾 names nobody)
            if closes and (surname_led or end - start >= 3) \
                    and _may_be_subject_name(ctx, spans, start, end, surname_led):
                spans.add(start, end, "PER")
                break


def _name_readings(ctx: RuleContext, spans: SpanSet, start: int) -> list[tuple[int, bool]]:
    """Where a name opening at ``start`` may end, nearest first, each with whether it is the name
    guesser's surname-led reading: the run of name tokens, and the guesser's name."""
    surname_end = name_at(ctx.patterns, ctx.text, start)
    return [(end, end == surname_end) for end in sorted({_name_run_end(ctx, spans, start), surname_end or start})]


def _may_be_subject_name(ctx: RuleContext, spans: SpanSet, start: int, end: int, surname_led: bool) -> bool:
    """Whether text[start:end] may be a clause subject's name: 2 to 6 characters, no mention, no
    pronoun, no function word of its own (a surname-led name may hold one: 文在寅), not opening with a
    deictic (本报), a numeral (一天, 两名) or a conjunction (并简要介绍), not a common word or a
    place, and not ending like a body, with an office or with a common noun (论者, 区领导)."""
    p, text, conv = ctx.patterns, ctx.text, ctx.conventions
    name = text[start:end]
    if not 2 <= len(name) <= 6 or spans.overlapping(start, end):
        return False
    if name[0] in conv.count_chars or name[0] in ctx.tables.org_left_stops or name[-1] in ctx.tables.non_name_final:
        return False
    if not surname_led and (name[0] in conv.deictics or conv.pronoun_chars.intersection(name)
                            or any(c in conv.function_chars and ctx.is_token(start + k, start + k + 1)
                                   for k, c in enumerate(name))):
        return False   # a function word stands apart (他|曾, 文|在|寅); 山本|一郎 holds 本 in a word
    if p.common_word(name) or p.is_place(name) or p.ends_with_position(text, end):
        return False
    return not (_noun_at(ctx, end - 2) and ctx.is_token(end - 2, end))


_ENUMERATION = re.compile(f"[{HAN}·]{{2,6}}(?:、[{HAN}·]{{2,4}}){{2,}}[{HAN}·]{{0,6}}")


def _list_names(p: RulePatterns, spans: SpanSet, text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of a 、 enumeration's ``items``: the middle items whole (when surname-led),
    the first item's name at its end (同志有|张三: the model's person there, else the longest
    surname-led reading), the last item's at its start (李四|为)."""
    out = []
    stop = p.names.lex.name_stop_last
    for i, (s, e) in enumerate(items):
        if i == 0:
            model = spans.ending_at(e)
            if model is not None and model.label == "PER" and model.start >= s:
                found = (model.start, e)
            else:
                found = next(((k, e) for k in range(max(s, e - 4), e - 1) if _surname_led(p, text, k, e)), None)
        elif i == len(items) - 1:
            # the name guesser's rule: a 3-character reading ending in a stop character that text
            # goes on after (李四等参加, 李四和…) is a 2-character name and that word
            found = next(((s, k) for k in (s + 3, s + 2, s + 4) if k <= e and _surname_led(p, text, s, k)
                          and (k == e or text.startswith(p.name_followers, k) or text[k] in stop)
                          and not (k == s + 3 < e and text[k - 1] in stop)), None)
        else:
            found = (s, e) if _surname_led(p, text, s, e) else None
        if found:
            out.append(found)
    return out


def _surname_led(p: RulePatterns, text: str, start: int, end: int) -> bool:
    """A 2-3 character name after a one-character surname, or 3-4 after a double one."""
    surnames = p.surnames
    if text[start:start + 2] in surnames and 3 <= end - start <= 4:
        return True
    return text[start] in surnames and 2 <= end - start <= 3 and HAN_WORD.fullmatch(text, start, end) is not None


_APPOSITION_REACH = 24   # the longest description after the comma, up to the title that ends it
_SENTENCE_OPENERS = SENT_END + "；\n"   # what a sentence opens after


@rule_steps.register("appositive_names")
def appositive_names(ctx: RuleContext, spans: SpanSet) -> None:
    """段国梁，公司焊装车间主任、北京市劳动模范，…: a name the guesser reads opening a sentence,
    then a comma and a description ending in a title or label before the next mark, is a person
    (the description is his, in apposition)."""
    p, text = ctx.patterns, ctx.text
    if not p.position_re:
        return
    for comma in find_all(text, "，", 0, len(text)):
        # the name is the whole of its sentence before the comma: two or three characters
        start = next((k for k in (comma - 2, comma - 3) if k >= 0 and (k == 0 or text[k - 1] in _SENTENCE_OPENERS)
                      and not any(c in _SENTENCE_OPENERS for c in text[k:comma])), None)
        if start is None or spans.overlapping(start, comma) or name_at(p, text, start, end_at=comma) is None:
            continue
        ends = [k for c in "，、。；" if (k := text.find(c, comma + 1, comma + 1 + _APPOSITION_REACH)) > 0]
        if ends and p.ends_with_position(text, min(ends)):
            spans.add(start, comma, "PER")


@rule_steps.register("enumerated_names")
def enumerated_names(ctx: RuleContext, spans: SpanSet) -> None:
    """张小东、李玉明、钱三为…: in a 、 enumeration where the model found persons (at least two
    items), every surname-led item is a person, whole (李玉 -> 李玉明, 赵大河 not a place)."""
    p, text = ctx.patterns, ctx.text
    if text.count("、") < 2:
        return
    for m in _ENUMERATION.finditer(text):
        items = enumeration_items(text, m.start(), m.end())
        names = _list_names(p, spans, text, items)
        known = sum(1 for s, e in names if any(x.label == "PER" for x in spans.overlapping(s, e)))
        if known < 2 or known * 2 < len(names):
            continue
        for s, e in names:
            spans.add(s, e, "PER", override=True)
        # 周明远、巨晓东、吴晓岚: a three-character middle item between two names is one too,
        # where the surname is not listed (巨, 招: rare surnames) and the item is no word or place
        starts, ends = {s for s, _ in names}, {e for _, e in names}
        for before, (s, e), after in zip(items, items[1:-1], items[2:]):
            if e - s == 3 and s not in starts and before[1] in ends and after[0] in starts \
                    and HAN_WORD.fullmatch(text, s, e) and not p.common_word(text[s:e]) \
                    and not p.is_place(text[s:e]) and not p.suffix_end_re.search(text, s, e) \
                    and not spans.overlapping(s, e):
                spans.add(s, e, "PER")



@rule_steps.register("paired_names")
def paired_names(ctx: RuleContext, spans: SpanSet) -> None:
    """快递员沈浩然、邴小军|交流: a surname-led three-character name right after a person and 、,
    ending where a name can (a follower word, a mark, a common word), is a person too (a list of
    two the enumeration step leaves alone); not a place, nor over another entity."""
    p, text = ctx.patterns, ctx.text
    for person in spans.of("PER"):
        start = person.end + 1
        if text[person.end:start] != "、" or spans.overlapping(start, start + 1):
            continue
        end = name_at(p, text, start)
        if end is None and text[start + 3:start + 5] in p.words and name_at(p, text, start, start + 3) is not None \
                and not ctx.names_facility(start, start + 5) and not p.is_place(text[start:start + 5]):
            end = start + 3   # (…、邴小军|交流: three characters before a word of the clause; not 王府井|大街)
        if end != start + 3 or p.is_place(text[start:end]) or spans.overlapping(start, end):
            continue   # (two characters are too often a word: 安邻、富邻)
        if any((title := p.position_at(text, k)) is not None and title.end() > end for k in range(start + 1, end)):
            continue   # (…、全总副|主席: a title begins inside, no name runs into it)
        spans.add(start, end, "PER")
    for person in spans.of("PER"):
        if (start := _paired_name_before(ctx, spans, person)) is not None:
            spans.add(start, person.start - 1, "PER")


def _paired_name_before(ctx: RuleContext, spans: SpanSet, person: Mention) -> int | None:
    """区领导|冷秋实、拓跋宏: where a surname-led three-character name right before 、 and a person
    starts, when the segmenter read it as one token of its own (no word, place or mention); else None."""
    p, text = ctx.patterns, ctx.text
    end = person.start - 1
    start = end - 3
    if start < 0 or text[end:person.start] != "、" or not ctx.is_token(start, end) \
            or name_at(p, text, start, end_at=end) is None or p.common_word(text[start:end]) \
            or p.is_place(text[start:end]) or spans.overlapping(start, end) \
            or p.position_at(text, start) is not None:
        return None
    return start


@rule_steps.register("complete_short_names")
def complete_short_names(ctx: RuleContext, spans: SpanSet) -> None:
    """孙明|月正在, 周明|远在: a two-character person (surname + one) followed by one more name
    character and then a word that follows names (正在, 说, 表示) or a preposition that does
    (在, 与, 同, 和: name_completing_followers) is the three-character name. Not over a function
    word, an adverb or a verb of position (李明|又在, 李明|又表示, 李明|坐在); before a follower of
    two characters, not where the character and the follower's first make a word (a word read as
    the model read it). A surname alone after a title runs on to the next character, unless it
    opens a listed word that starts no name (职工方|协商代表: no person)."""
    p, text, conv = ctx.patterns, ctx.text, ctx.conventions
    followers = ctx.patterns.word_followers
    stops = conv.function_chars | ctx.tables.org_left_stops | set(conv.name_completion_stops)
    for span in spans.of("PER"):
        start, end, _ = span
        if end - start == 1 and _lone_surname_after_title(ctx, spans, start):
            if p.names.opens_no_name(text, start, shortest=2):
                spans.remove(span)   # 职工方|协商代表: a side at the table (a listed word), no surname
            else:
                spans.replace(span, (start, end + 1, "PER"))
            continue
        if text[start:end] in p.names.lex.compound_surnames and (given := _given_name_token(ctx, spans, end)):
            for inside in spans.overlapping(end, given):
                spans.remove(inside)   # (谷梁|正阳 read as a place: the given name)
            spans.replace(span, (start, given, "PER"))
            continue
        if end - start != 2 or text[start] not in p.surnames or end + 1 >= len(text):
            continue
        nxt = text[end]
        # a word after the name is read as the model read it (孙明|月正在 is no 月正); before a
        # preposition the name wins over the word (远在) where its character is no adverb's
        preposition = text[end + 1] in conv.name_completing_followers
        # (郑立|新作讲话: a follower of three characters or more is read whole, over the word 新作)
        phrase = any(len(f) >= 3 and text.startswith(f, end + 1) for f in followers)
        if not HAN_CHAR.match(nxt) or nxt in stops or text.startswith(p.name_followers, end) \
                or spans.overlapping(end, end + 1) or p.common_word(text[start:end + 1]) \
                or not (preposition or text.startswith(followers, end + 1)
                        and (phrase or text[end:end + 2] not in p.words)):
            continue
        spans.replace(span, (start, end + 1, "PER"))


_LONGEST_GIVEN_NAME = 2


def _given_name_token(ctx: RuleContext, spans: SpanSet, end: int) -> int | None:
    """Where the given name after a compound surname the model read alone ends (欧阳|振国|拿着,
    段干|明远|到: no one is named by a compound surname alone after a title or before a verb): the
    segmenter's next token, one or two Han characters, no function character, word that follows
    names or title, and no mention but one lying within it. Else None."""
    p, text = ctx.patterns, ctx.text
    k = ctx.token_end(end, longest=_LONGEST_GIVEN_NAME)
    if k is None or not all(HAN_CHAR.match(text, i) for i in range(end, k)) \
            or text[end] in ctx.conventions.function_chars or text.startswith(p.name_followers, end) \
            or p.position_at(text, end) is not None or text[end:k] in p.words and k - end == 2:
        return None
    if any(s.start < end or s.end > k for s in spans.overlapping(end, k)):
        return None
    return k


_LONGEST_TITLE_BEFORE = 8


def _lone_surname_after_title(ctx: RuleContext, spans: SpanSet, start: int) -> bool:
    """副总理韩|正在: a surname the model read alone right after a position word, where the next
    character makes a word with the one after it (正在); news never names an office holder by his
    surname alone after his title, so the character is his given name."""
    p, text = ctx.patterns, ctx.text
    end = start + 1
    if text[start] not in p.surnames or end + 2 > len(text) or not HAN_CHAR.match(text, end) \
            or text[end] in ctx.conventions.function_chars or text[end:end + 2] not in p.words \
            or spans.overlapping(end, end + 1):
        return False
    return any((title := p.position_at(text, k)) is not None and title.end() == start
               for k in range(max(0, start - _LONGEST_TITLE_BEFORE), start))


@rule_steps.register("japanese_names")
def japanese_names(ctx: RuleContext, spans: SpanSet) -> None:
    """片|冈聪 -> 片冈聪, 细川|护熙 -> 细川护熙: a person the model read across a Japanese family
    name (names.yaml japanese_surnames) is the whole Japanese reading: begun one character into
    the family name, or read as the family name alone or ended where no name can end (安田晋|一一行)
    where a given name and a name's end follow. Nothing another mention holds is taken."""
    names, text = ctx.patterns.names, ctx.text
    for span in spans.of("PER"):
        start, end, _ = span
        before = start - 1   # 片|冈聪: the family name opens one character before the model's person
        if start and start < before + names.lex.japanese_surname_at(text, before) <= end \
                and not spans.overlapping(before, start) and not ctx.cuts_word(before) \
                and names.japanese_reading(text, before, end_at=end) == end:
            spans.replace(span, (before, end, "PER"))
            continue
        surname = names.lex.japanese_surname_at(text, start)
        # the family name alone, or cut short where no name ends (安田晋|一一行, 安田晋|一13日), or
        # before a one-character follower the two-character given name holds (木村拓|也一行: 拓也)
        if surname and (surname == end - start or names.ends_no_name(text, end)
                        or end - start == surname + 1 and len(names.boundary(text, end) or "") == 1):
            whole = names.japanese_reading(text, start)
            if whole is not None and whole > end and not spans.overlapping(end, whole):
                spans.replace(span, (start, whole, "PER"))


_LONGEST_NAME_RUN = 8   # how far before a person a run of name parts may open (扎西|次仁|多吉)


@rule_steps.register("minority_names")
def minority_names(ctx: RuleContext, spans: SpanSet) -> None:
    """多杰才|让 -> 多杰才让, 乌云|其其格 -> 乌云其其格, 乌云|毕力格 (two persons read) -> 乌云毕力格, 洛桑
    of 旦增洛桑: a person the model read inside a run of two or more parts of Tibetan or Mongolian
    names (names.yaml minority_name_parts), or over its first part into the next, is the whole run,
    where no other mention holds any of it; one the model read from a Han surname into one part
    (包乌力|吉) is the surname and that part."""
    parts, text = ctx.patterns.names.lex.minority_name_parts, ctx.text
    if not parts:
        return
    openings = ctx.patterns.names.lex.minority_part_openings
    for span in spans.of("PER"):
        if span not in spans.spans:
            continue   # (joined into the run of a person before it)
        start, end, _ = span
        # the leftmost run of parts that reaches into the person (旦增|洛桑: it opens before it)
        run_start, run = next(((k, run) for k in range(max(0, start - _LONGEST_NAME_RUN), start + 1)
                               if text[k:k + 2] in openings and (run := _parts_run(text, k, parts))
                               and k + sum(map(len, run)) > start),
                              (start, []))
        run_end = run_start + sum(map(len, run))
        if len(run) < 2:
            # 包乌力|吉: a Han surname and one part the model cut inside it is the surname and the part
            lone = _parts_run(text, start + 1, parts)[:1] if text[start] in ctx.patterns.surnames else []
            whole = start + 1 + len(lone[0]) if lone else end
            if start + 1 < end < whole and not any(s != span for s in spans.overlapping(start, whole)):
                spans.replace(span, (start, whole, "PER"))
            continue
        if (run_start, run_end) == (start, end) or end > run_end:
            continue
        # (图门|吉日嘎拉: a part the model read as a place no gazetteer lists is the name's; 乌云|毕力格:
        # so is one it read as another person)
        others = [s for s in spans.overlapping(run_start, run_end) if s != span]
        if any(s.label not in ("LOC", "PER") or s.start < run_start or s.end > run_end
               or s.label == "LOC" and ctx.patterns.is_place(text[s.start:s.end]) for s in others):
            continue
        for s in others:
            spans.remove(s)
        spans.replace(span, (run_start, run_end, "PER"))


def _minority_name(text: str, start: int, end: int, parts: tuple[str, ...]) -> bool:
    """Whether text[start:end] is two or more parts of minority names (边巴|顿珠), no name and a verb."""
    run = _parts_run(text, start, parts)
    return len(run) >= 2 and start + sum(map(len, run)) == end


def _parts_run(text: str, pos: int, parts: tuple[str, ...]) -> list[str]:
    """The name parts written one after another from ``pos`` (longest first), [] where none opens there."""
    run: list[str] = []
    while (part := next((w for w in parts if text.startswith(w, pos)), None)) is not None:
        run.append(part)
        pos += len(part)
    return run


@rule_steps.register("japanese_names_before_titles")
def japanese_names_before_titles(ctx: RuleContext, spans: SpanSet) -> None:
    """以山本一郎会长为团长, 与小泉纯一郎首相会谈: a Japanese reading written whole as tokens right
    before a position word is that office holder's name, where no mention holds any of it. The
    model finds Chinese names in this order; Japanese given names it reads as words (一|郎), or
    ends them early (木村拓|也社长): a person inside the reading gives way to it."""
    p, text = ctx.patterns, ctx.text
    if not p.position_re:
        return
    names = p.names
    for m in p.position_re.finditer(text):
        end = m.start()
        if end < 2 or ctx.cuts_word(end) or ctx.cuts_word(m.end()):
            continue
        for start in range(max(0, end - 5), end - 1):   # a family name of 1-2 and a given name of 1-3
            clash = spans.overlapping(start, end)
            if not ctx.cuts_word(start) and all(s.label == "PER" and s.start >= start for s in clash) \
                    and names.japanese_reading(text, start, end_at=end) == end:
                spans.add(start, end, "PER", override=bool(clash))
                break


@rule_steps.register("transliterated_names")
def transliterated_names(ctx: RuleContext, spans: SpanSet) -> None:
    """詹尼·因|凡蒂诺 -> 詹尼·因凡蒂诺, 唐纳德·特朗|普通电话 -> 唐纳德·特朗普: a ·-joined foreign name
    is one person: two persons joined by · and at most one character are one (so a person and a
    part the model read as a place: 哈立德·曼苏里), and a name the model
    ended before a character of transliterations (transliteration_chars) that makes a word with the
    next (普通) takes that character."""
    text, p = ctx.text, ctx.patterns
    if "·" not in text:
        return
    translit, stops = p.names.lex.transliteration_chars, ctx.conventions.function_chars
    for span in sorted(spans.of("PER")):
        if span not in spans.spans:
            continue   # joined to the one before it
        start, end, _ = span
        if text[end + 1:end + 2] == "·" and HAN_CHAR.match(text, end) and not spans.overlapping(end, end + 1) \
                and (after := spans.starting_at(end + 2)) is not None and after.label == "PER":
            span = Mention(start, end + 1, "PER")   # 巴特孟|和·额尔德尼: the character before a · is the name's
            spans.replace((start, end, "PER"), span)
            end += 1
        if text[end:end + 1] == "·":
            gap = 0 if spans.starting_at(end + 1) is not None else 1
            after = spans.starting_at(end + 1 + gap)
            # (哈立德·|曼苏里 read as a place: a name's part of transliteration characters, no place listed)
            if after is not None and after.label == "LOC" and gap == 0 and not p.is_place(text[after.start:after.end]) \
                    and all(c in translit for c in text[after.start:after.end]):
                after = Mention(after.start, after.end, "PER")
                spans.replace((after.start, after.end, "LOC"), after)
            if after is not None and after.label == "PER" and (gap == 0 or HAN_CHAR.match(text, end + 1)
                                                                 and text[end + 1] not in stops
                                                                 and not spans.overlapping(end + 1, end + 2)):
                spans.remove(after)
                spans.replace(span, (start, after.end, "PER"))
                end = after.end
        if "·" in text[start:end] and (given := _hyphenated_given_name(ctx, spans, start)):
            spans.replace((start, end, "PER"), (start - given, end, "PER"))   # 让-|皮埃尔·勒梅尔
            start -= given
        if "·" in text[start:end] and text[end:end + 1] in translit and text[end:end + 2] in p.words \
                and not text.startswith((*p.name_followers, *p.names.lex.address_terms), end) \
                and not spans.overlapping(end, end + 1):   # (希克迈特·赫朱|夫妇, 夫人: words after a name)
            spans.replace((start, end, "PER"), (start, end + 1, "PER"))
            end += 1
        elif "·" in text[start:end] and (rest := _transliterated_rest(ctx, spans, end)):
            spans.replace((start, end, "PER"), (start, end + rest, "PER"))   # 阿依古丽·热|合曼|主持
            end += rest
        elif "·" in text[start:end] and (part := _transliterated_part_read_apart(ctx, spans, end)) is not None:
            spans.remove(part)   # 甘巴特·策登|巴勒 (巴勒 read as a body): the name's last part
            spans.replace((start, end, "PER"), (start, part.end, "PER"))
            end = part.end
        if "·" in text[start:end] and (title_end := _title_begun_before(p, text, start, text.find("·", start))):
            spans.replace((start, end, "PER"), (title_end, end, "PER"))   # 贸易部|长沙夫卡特·乌马罗夫


def _title_begun_before(p: RulePatterns, text: str, start: int, dot: int) -> int | None:
    """Where a listed title that holds the first character of a name ends, where the name still has
    two characters or more before its · (部长|沙夫卡特: the model began it at 长), else None."""
    if p.position_re is None:
        return None
    for m in p.position_re.finditer(text, max(0, start - p.longest_position), start + 1):
        if m.start() < start < m.end() and dot - m.end() >= 2:
            return m.end()
    return None


_MAX_NAME_REST = 3
_HYPHENS = "-－‐"
_MAX_GIVEN_BEFORE_HYPHEN = 3


def _hyphenated_given_name(ctx: RuleContext, spans: SpanSet, start: int) -> int:
    """The length of a given name joined by a hyphen before a ·-joined name the model began after
    it (让-|皮埃尔·勒梅尔): the hyphen and 1-3 Han characters, back to a title (大使), another
    entity, a function character (会见了|让-…) or a mark; 0 where there is none."""
    text, p = ctx.text, ctx.patterns
    if start < 2 or text[start - 1] not in _HYPHENS:
        return 0
    hyphen = start - 1
    for n in range(1, _MAX_GIVEN_BEFORE_HYPHEN + 1):
        k = hyphen - n
        if k < 0 or not HAN_CHAR.match(text, k) or spans.overlapping(k, k + 1):
            return 0
        if k == 0 or not HAN_CHAR.match(text, k - 1) or spans.ending_at(k) is not None \
                or text[k - 1] in ctx.conventions.function_chars or p.ends_with_position(text, k):
            return n + 1
    return 0



def _transliterated_part_read_apart(ctx: RuleContext, spans: SpanSet, end: int) -> Mention | None:
    """A place or body the model read right after a ·-joined name, of 1-3 characters of
    transliterations, no listed place or body, before a word that follows names or a clause mark
    (甘巴特·策登|巴勒|率领): the name's last part; else None."""
    text, p = ctx.text, ctx.patterns
    part = spans.starting_at(end)
    if part is None or part.label == "PER" or part.end - part.start > _MAX_NAME_REST:
        return None
    written = text[part.start:part.end]
    if not all(c in p.names.lex.transliteration_chars for c in written) or p.is_place(written) \
            or written in p.names.lex.org_names:
        return None
    return part if _name_closes_at(ctx, part.end) else None


def _name_closes_at(ctx: RuleContext, k: int) -> bool:
    """Whether a name may end at k: before a word that follows names, a clause mark or 、, or the
    text's end."""
    text = ctx.text
    return k == len(text) or text[k] in _NAME_END_MARKS or text.startswith(ctx.patterns.word_followers, k)


def _transliterated_rest(ctx: RuleContext, spans: SpanSet, end: int) -> int:
    """The length of the rest of a ·-joined name the model ended early: 1-3 characters ending with
    a character of transliterations, none a function character, right before a word that follows
    names (阿依古丽·热|合曼|主持座谈会) or a clause mark or 、 (艾合买提·阿|不力孜、); 0 where there
    is none."""
    text, p = ctx.text, ctx.patterns
    translit, stops = p.names.lex.transliteration_chars, ctx.conventions.function_chars
    for n in range(1, _MAX_NAME_REST + 1):
        k = end + n
        if not HAN_CHAR.match(text, k - 1) or text[k - 1] in stops or spans.overlapping(k - 1, k):
            return 0
        if text[k - 1] in translit and _name_closes_at(ctx, k):
            return n
    return 0


@rule_steps.register("names_before_a_clause_end")
def names_before_a_clause_end(ctx: RuleContext, spans: SpanSet) -> None:
    """韩国外长康京|和。, 瞿弦|和的诗朗诵: a conjunction (和, 与, 及, 同) joins two names, so one
    right after a person and before a clause mark, 的 or a speech verb ends the name instead."""
    p, text = ctx.patterns, ctx.text
    joiners = ctx.conventions.name_joiners
    for span in spans.of("PER"):
        start, end, _ = span
        if end - start not in (2, 3) or end >= len(text) or text[end] not in joiners \
                or spans.overlapping(end, end + 1):
            continue
        after = end + 1
        if after == len(text) or text[after] in _CLAUSE_MARKS or ctx.tables.speech.match(text, after):
            spans.replace(span, (start, after, "PER"))


def _longest_at(text: str, pos: int, words: tuple[str, ...]) -> int:
    """The length of the longest of ``words`` written at ``pos``, or 0."""
    return max((len(w) for w in words if text.startswith(w, pos)), default=0)


@rule_steps.register("trim_name_followers")
def trim_name_followers(ctx: RuleContext, spans: SpanSet) -> None:
    """李辰作|交流发言 -> 李辰: a three-character person (surname + two) whose last character opens
    a word that follows names (作报告, 作交流发言), where nothing follows the full reading, is the
    two-character name; and a four-character one under a single surname whose last character the
    segmenter reads alone (卢守山|拉|起家常) is the three-character name."""
    p, text = ctx.patterns, ctx.text
    followers = p.word_followers
    lex = p.names.lex
    for span in spans.of("PER"):
        start, end, _ = span
        if end - start == 4 and text[start] in lex.single_surnames \
                and not text.startswith(lex.compound_surnames, start) \
                and not all(c in lex.transliteration_chars for c in text[start:end - 1]) \
                and not _minority_name(text, start, end, lex.minority_name_parts) \
                and (ctx.is_token(start, end - 1) and ctx.is_token(end - 1, end)
                     or _longest_at(text, end - 1, followers) >= 3) \
                and HAN_CHAR.match(text, end) and text[end] not in _NAME_END_MARKS:
            # 卢守山|拉|起家常, 耿宝林|拉|着: four characters under a single surname, the segmenter
            # reading the name of three and the last alone before more text: the name and a verb
            # (not a transliterated name: 阿维兰|热); or its last character opens a longer word that
            # follows names, however the segmenter read it (杨|阿妹|拉家常)
            spans.replace(span, (start, end - 1, "PER"))
            continue
        if end - start != 3 or text[start] not in p.surnames or not text.startswith(followers, end - 1) \
                or _longest_at(text, end, p.name_followers) >= _longest_at(text, end - 1, followers):
            continue   # (李辰作|交流发言: 作交流发言 reads on further than 交流 after the full reading)
        spans.replace(span, (start, end - 1, "PER"))
