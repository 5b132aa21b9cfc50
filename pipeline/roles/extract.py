"""Role extraction from one field's text: titles, their organizations, the person they name.

A chain is ``[org] title (coordination [org] title)* name``: 北京市总工会党组书记、副主席张良,
丰台区人大常委会副主任、区总工会主席连宇, 东城区人大常委会党组副书记、副主任，区总工会主席 吕德成.
Also read: name + bare title (习近平总书记, 钱其琛副总理兼外长) and name（org title）.
Offsets here are field offsets; the component adds the field's start.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

from ..text.chars import CLAUSE_END, HAN, SENT_END
from ..text.scan import find_all, runs_into_word, splits_into_words, word_runs_past
from .lexicon import RoleLexicon
from .names import fallback_name_after, name_after, per_ending_at
from .resolve import PlaceIndex, elided, one_body, place_of_level, resolve_elided, with_legal_forms
from .text import SPACES, Ent, all_han, ends_with_any, is_han, starts_with_any

MAX_ORG_CHARS = 24
_SENTENCE_ENDS = SENT_END + "；\n"
_TITLE_MARK_OPEN, _TITLE_MARK_CLOSE = "《", "》"   # a publication's name between them
_APPOSITION_COMMAS = "，,"   # 甲，某公司高级技师，…: a description in apposition opens after it
_APPOSITION_ENDS = "，,、。；"   # … and ends at one of these


@dataclass
class Title:
    start: int
    end: int
    word: str
    kind: str


@dataclass
class Segment:
    title: Title
    org_start: int            # where the printed organization starts (= title.start when none)
    org_text: str             # the organization as printed ('' when none)
    has_ent: bool = False     # org text given by an ORG/LOC entity
    is_place: bool = False    # ... by a place (a country: 某国副总理兼外交部长)
    name_before: Ent | None = None
    org: str | None = None            # resolved
    org_as_written: str | None = None


@dataclass
class Chain:
    segments: list[Segment] = field(default_factory=list)
    names: list[tuple[int, int]] = field(default_factory=list)  # persons the chain names
    start: int = 0
    end: int = 0                                                # of the phrase for names[0]
    ends: list[int] = field(default_factory=list)               # phrase end per name
    follows: "Chain | None" = None   # the chain this one continues after 、 (国家教委主任甲、党组书记乙)
    place_before: str | None = None  # the place written right before its first body (中国|国务院…)


# -- titles ---------------------------------------------------------------------------------
def _masked(text: str, lex: RoleLexicon) -> list[tuple[int, int]]:
    return [(i, i + len(h)) for h in lex.honours for i in find_all(text, h)]


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in spans)


def find_titles(text: str, ents: list[Ent], lex: RoleLexicon) -> list[Title]:
    """Longest-match titles, left to right, minus those inside honours or other words/entities."""
    masked = _masked(text, lex)
    titles: list[Title] = []
    i = 0
    # only where a title's first two characters stand can one start
    for start in [m.start() for m in lex.title_start.finditer(text)]:
        if start < i:
            continue
        i = start
        found = None
        for length in range(min(lex.max_title, len(text) - i), 1, -1):
            word = text[i:i + length]
            kind = lex.kind(word)
            if not kind:
                continue
            end = i + length
            if runs_into_word(text, end, lex.blocked_next, lex.blocked_next_except):
                continue
            if _overlaps(i, end, masked):
                continue
            # inside an entity (常委 in 人大常委会): not a title, unless NER swallowed the title
            if any(e.start <= i and end <= e.end and not (e.end == end and e.label != "PER") for e in ents):
                continue
            # opening on the last character of an organization or place (某分公|司机|修车间): no
            # title, but for one that character heads (外交|部长 with 外交部 read; the NER may read
            # more of a title into a name: 团中央书记处|书记)
            if any(e.label != "PER" and e.end == i + 1 and e.start < i for e in ents) \
                    and not _shares_head(text[i - 2:i], word, lex):
                continue
            if kind == "occupation" and word_runs_past(lex.title_re, text, i, end):
                continue   # 车辆|维修工|程师: the trade ends inside 工程师
            found = Title(i, end, word, kind)
            break
        if not found:
            continue
        if found.word in lex.side_titles and lex.side_marks and text.endswith(lex.side_marks, 0, found.start):
            i = found.end
            continue   # 职工方|首席代表: a side's representative at the table, no post
        # 工会主席 (a merged lexicon may hold it): 工会 is part of the organization
        head = starts_with_any(found.word, lex.org_heads)
        if head and lex.kind(found.word[len(head):]):
            found = Title(found.start + len(head), found.end, found.word[len(head):], lex.kind(found.word[len(head):]))
        prefix = next((p for p in lex.title_prefixes if text[found.start - len(p):found.start] == p
                       and lex.kind(p + found.word) is None), None)
        if prefix and (not titles or titles[-1].end <= found.start - len(prefix)):
            found = Title(found.start - len(prefix), found.end, prefix + found.word, found.kind)
        if found.word in lex.posted_titles:
            found = _with_post(text, found, ents, lex)
        if found.kind in ("occupation", "office") and found.start == start:
            found = _with_work_noun(text, found, ents, lex, titles[-1].end if titles else 0)
        if found.kind == "office" and found.start == start:
            found = _with_sub_unit(text, found, ents, lex, titles[-1].end if titles else 0)
        titles.append(found)
        i = found.end
    return titles


def _with_post(text: str, title: Title, ents: list[Ent], lex: RoleLexicon) -> Title:
    """中国|驻某国|大使, 英国|驻港|总领事: the post abroad written before an envoy's title (a mark of
    posting, then a place or body the NER found, or a one-character place) is part of the title."""
    post = next((e for e in ents if e.end == title.start and e.label != "PER"), None)
    start = post.start if post is not None else title.start - 1
    # (any listed one-character place: 驻法, though 法 stands for no one place the roles resolve)
    if post is None and not (start > 0 and text[start] in lex.domain.place_abbreviations):
        return title
    mark = next((m for m in lex.posted_marks if text.startswith(m, start - len(m))), None)
    if mark is None:
        return title
    start -= len(mark)
    return Title(start, title.end, text[start:title.end], title.kind)


_WORK_NOUN_CHARS = 4   # the longest noun of the work between an organization and an occupation (车辆维修)
_OFFICE_NOUN_CHARS = 2   # ... and an office (商务|参赞, 代|总理; not 因运输|部长, 秘书长|发言人)


def _with_work_noun(text: str, title: Title, ents: list[Ent], lex: RoleLexicon, floor: int = 0) -> Title:
    """某港集团|桥吊|司机, 某公交集团|公交车|驾驶员, 某京剧院|艺术|总监: a short noun of what the
    work is done with or about, written between an organization and an occupation or office, is
    part of the job as written (as 网约车司机 is); not a word that is no noun (聘请, 下岗), a
    modifier (原), a word of the holder (模范, 女), a stop word, nor (for an office) a body of its
    own or a place; nor a title found before it (``floor``: 副主任|医师 is no work noun). Before an
    occupation with no organization written, a listed noun opening the clause is one too
    (。风机|检修工乙, 与|动车组|机械师乙)."""
    start = _org_end_before(text, title.start, ents, _WORK_NOUN_CHARS, floor)
    if start is None and title.kind == "occupation":
        start = _clause_start_before(text, title.start, _WORK_NOUN_CHARS, floor, lex)
        if start is not None and (text[start:title.start] not in lex.domain.noun_word_set
                                  or any(e.start < title.start and start < e.end for e in ents)):
            return title   # (某集团有限公司|首席技师: the organization's own words, no noun of the work)
    if start is None:
        return title
    gap = text[start:title.start]
    if _names_a_body(gap, lex) or lex.domain.verb_like(gap) or _holds_a_stop(gap, lex) \
            or (title.kind == "office" and (len(gap) > _OFFICE_NOUN_CHARS or gap[-1] in lex.body_final_chars
                                            or lex.is_place(gap) or lex.kind(gap[-2:]))):
        return title   # (an office's: 中国画|系|主任, a body inside the organization, stays apart)
    return Title(start, title.end, gap + title.word, title.kind)


def _names_a_body(words: str, lex: RoleLexicon) -> bool:
    """公司|门机司机, 纺织厂|挡车工: words ending with a bare body's head are the organization
    written elided (resolved as such), not a noun of the work."""
    return ends_with_any(words, lex.bare_heads) is not None or words in lex.generic_heads


def _holds_a_stop(words: str, lex: RoleLexicon) -> bool:
    """Whether a modifier, a former-holder word, a stop word, a joiner or a word of the holder is
    written in ``words`` (what lies between an organization and its title)."""
    return any(w in words for w in lex.title_modifiers + lex.org_leading_strip + lex.org_stop_words
               + lex.coordination + lex.holder_words)


def _org_end_before(text: str, pos: int, ents: list[Ent], longest: int, floor: int) -> int | None:
    """Where an organization the NER found ends within ``longest`` Han characters before ``pos``,
    with no entity and nothing before ``floor`` in between; else None."""
    for start in range(pos - 1, pos - longest - 1, -1):
        if start < floor or not is_han(text[start]) or any(e.start <= start < e.end for e in ents):
            return None
        if any(e.end == start and e.label == "ORG" for e in ents):
            return start
    return None


_SUB_UNIT_CHARS = 5   # the longest name of a shop-floor unit before its title (第一机修车间)


def _with_sub_unit(text: str, title: Title, ents: list[Ent], lex: RoleLexicon, floor: int = 0) -> Title:
    """某公司|维修班|班长, 某集团|机修|车间主任: a shop-floor unit (sub_units) named between an
    organization the NER found and an office of it is part of the title; the unit word ends the
    name or opens the title. Not a clause's verb (某公司|慰问|车间主任), a stop word or modifier."""
    start = _org_end_before(text, title.start, ents, _SUB_UNIT_CHARS, floor)
    if start is None:
        start = _clause_start_before(text, title.start, _SUB_UNIT_CHARS, max(floor, 0), lex)
    if start is None:
        return title
    unit = text[start:title.start]
    if _names_a_body(unit, lex):
        return title   # (纸品厂|车间主任: the works elided, no unit of it)
    named = any(unit.endswith(u) and len(unit) > len(u) for u in lex.sub_units)
    if not (named or title.word.startswith(lex.sub_units)) or unit in lex.domain.non_noun_word_set \
            or _holds_a_stop(unit, lex):
        return title
    return Title(start, title.end, unit + title.word, title.kind)


def _clause_start_before(text: str, pos: int, longest: int, floor: int, lex: RoleLexicon) -> int | None:
    """Where a run of two to ``longest`` Han characters before ``pos`` opens: after a clause's
    punctuation or the text's start (。炼钢车间主任乙), after a bare organization word (公司|运维
    班长乙: ``bare_heads``, the organization written) or after a character a unit's name opens after
    (与|电焊班组长乙, 的|带电作业班班长乙: ``unit_openers``); else None."""
    if pos < 1 or not is_han(text[pos - 1]):
        return None   # (120余名.|车间主任: a clause's mark right before the title, no run)
    for start in range(pos - 2, max(pos - longest, floor) - 1, -1):
        if not is_han(text[start]):
            return None
        if start == 0 or not is_han(text[start - 1]) or text.endswith(tuple(lex.bare_heads), 0, start) \
                or text[start - 1] in lex.unit_openers:
            return start
    return None


def _one_company(index: PlaceIndex, lex: RoleLexicon, before: int) -> str | None:
    """The one company the article names by its registered name (a legal form ends it), else the
    one its paragraph names so before ``before``, else the one it names so most often before;
    None where there is none."""
    return one_body(set(index.registered()), lex) or index.named_before(lex.legal_forms, before)


def _workplace(word: str, kind: str, frame: Frame | None, index: PlaceIndex, lex: RoleLexicon,
               before: int) -> str | None:
    """The organization a title written alone is held at: for an occupation of a kind of body
    (``occupation_bodies``: 护士 -> 医院), the one such body the sentence happens at or its paragraph
    (else the article) names before; for another occupation (not ``unaffiliated_occupations``:
    快递员) or a title of an enterprise's management or shop floor (``executive_titles``,
    ``workplace_titles``), the enterprise the sentence happens at, else the article's one company
    (_one_company); else None."""
    if word in lex.occupation_bodies:
        ends = lex.occupation_bodies[word]
        if frame is not None:
            return frame.org if frame.org.endswith(ends) else None
        return index.named_before(ends, before) or one_body({n for e in ends if (n := index.only_full(e))}, lex)
    if kind == "occupation" and word in lex.unaffiliated_occupations:
        return None
    if kind == "occupation" or word in lex.executive_titles or word in lex.workplace_titles:
        return frame.org if frame is not None else _one_company(index, lex, before)
    return None


def _holds_sub_unit(word: str, lex: RoleLexicon) -> bool:
    """Whether a title names a shop-floor unit it was read with (炼钢车间主任, 焊工班班长; not a
    listed title alone: 班长, 车间主任)."""
    return lex.kind(word) is None and any(u in word for u in lex.sub_units)


# -- organizations --------------------------------------------------------------------------
def _valid_org(org: str, lex: RoleLexicon) -> bool:
    if not org:
        return False
    if ends_with_any(org, lex.org_suffixes) or org in lex.national_prefixes:
        return True
    return lex.is_place(org)


def org_before(text: str, title: Title, left: int, ents: list[Ent], lex: RoleLexicon) -> Segment:
    """The organization printed right before ``title`` (not crossing ``left``)."""
    end = title.start
    per = per_ending_at(end, ents)
    if per and per.start >= left and per.end - per.start >= 2:   # 李大使: a bare surname is no name
        # 国家经贸委|陈清泰|副主任: an organization written right before the name is his
        org = next((e for e in ents if e.end == per.start and e.label == "ORG" and e.start >= left), None)
        if org is not None:
            return Segment(title, org.start, text[org.start:org.end], has_ent=True, name_before=per)
        return Segment(title, end, "", name_before=per)
    modifiers = lex.title_modifiers + lex.holder_words if title.kind == "occupation" else lex.title_modifiers
    while mod := ends_with_any(text[left:end], modifiers):   # 协会相关负责人 -> 协会, 某小学模范教师 -> 某小学
        end -= len(mod)   # (several: 某总工会新当选的主席)
    end = _before_bracketed_alias(text, left, end, ents, lex)
    body = ends_with_any(text[left:end], lex.bare_chain_bodies_longest)
    if body and (cut := _before_bracketed_alias(text, left, end - len(body), ents, lex)) < end - len(body):
        # 某公司（以下简称“某”）党委|书记: the organization before its other name, its body after it
        named = next(e for e in ents if e.end == cut and e.label == "ORG")
        return Segment(title, named.start, text[named.start:cut] + body, has_ent=True)
    # an ORG/LOC entity (or a run of them) ending right there
    ent = next((e for e in ents if e.end == end and e.label != "PER" and e.start >= left), None)
    if ent:
        start = ent.start
        while ent.label == "ORG":
            prev = next((e for e in ents if e.end == start and e.label == "ORG" and e.start >= left), None)
            if not prev:
                break   # a place written in front of an organization is no part of it (某国 + 东京都议会)
            start = prev.start
        if ent.label != "ORG":
            while True:
                prev = next((e for e in ents if e.end == start and e.label != "PER" and e.start >= left), None)
                if not prev:
                    break
                start = prev.start
        anaphoric = start - 2 >= left and text[start - 2] in lex.anaphors and text[start - 1] in lex.anaphoric_heads
        if anaphoric:
            start -= 2   # 该校|科研处: a unit of the body the anaphor stands for
        org = text[start:end]
        if ent.label == "LOC" and lex.origin_marks and text.endswith(lex.origin_marks, left, start) \
                and text[end:title.start].startswith("的"):
            return Segment(title, title.start, "")   # 来自安徽的钢筋工: where one comes from
        strip = None if anaphoric else starts_with_any(org, lex.org_leading_strip)
        listed = lex.place_re.match(org) if strip else None   # 本溪市总工会: a listed place opens it
        if strip and len(org) > len(strip) + 1 and not (listed and listed.end() > len(strip)):
            start, org = start + len(strip), org[len(strip):]
        return Segment(title, start, org, has_ent=True, is_place=ent.label == "LOC")
    # 《长江日报》副总编辑: a publication in title marks right before the title is its organization
    if text.endswith(_TITLE_MARK_CLOSE, left, end):
        opening = text.rfind(_TITLE_MARK_OPEN, max(left, end - MAX_ORG_CHARS), end)
        if opening >= 0 and end - opening > 2 and _TITLE_MARK_CLOSE not in text[opening:end - 1]:
            return Segment(title, opening + 1, text[opening + 1:end - 1])
    # text alone: the Han run before the title, cut after stop words (在丰台区委 -> 丰台区委)
    start = end
    joiners = {c for c in lex.coordination if len(c) == 1 and is_han(c)}   # 副总理兼外交部长
    while start > max(left, end - MAX_ORG_CHARS) and is_han(text[start - 1]) and text[start - 1] not in joiners:
        start -= 1
    # never reach back into a PER entity
    for e in ents:
        if e.label == "PER" and start < e.end <= end:
            start = max(start, e.end)
    run = text[start:end]
    # Cut after the last stop word that leaves a valid organization (会见了以美国前国防部 -> ...);
    # a cut never falls inside an ORG/LOC entity. Without stop words the whole run is a candidate.
    protected = [(e.start - start, e.end - start) for e in ents if e.label != "PER"]
    cuts = sorted({i + len(w) for w in lex.org_stop_words for i in find_all(run, w)
                   if not any(a < i + len(w) < b for a, b in protected) and not _opens_a_word(run, i, w, lex)},
                  reverse=True) if lex.stop_re.search(run) else []
    # 以|东洋国国防部长, 青山市同|东洋国自治政府: a frame word or joiner before a name, opening
    # the text (or its part after a stop word) or after another name, ends the text before it
    # (财政和|商务部 is one name)
    opened = {0, *cuts}
    marked = {e.start - start for e in ents if e.label != "PER" and start < e.start <= end
              and text[e.start - 1] in lex.org_leading_marks
              and (e.start - 1 - start in opened or any(f.end == e.start - 1 for f in ents))}
    cuts = sorted(set(cuts or [0]) | marked, reverse=True)
    best = None
    for cut in cuts:
        cand = run[cut:]
        strip = starts_with_any(cand, lex.org_leading_strip)
        if strip and strip in lex.anaphors and cand[len(strip):] in lex.bare_heads:
            strip = None   # 该公司: the anaphor stays, to point back to the company written before
        if strip and len(cand) > len(strip) + 1:
            cut, cand = cut + len(strip), cand[len(strip):]
        if not cand and cut == len(run):
            break   # 听取了|厂长: a stop word right before the title leaves no organization written
        if cand in lex.bare_levels or cand in lex.anaphoric_heads:
            best = (start + cut, cand)   # (，村|党支部书记, 局|党组成员: the level or body alone, resolved)
            break
        if len(cand) < 2 or starts_with_any(cand, lex.org_stop_words):
            continue
        full = cand + title.word[-2] if _shares_head(cand, title.word, lex) else cand
        if _valid_org(full, lex) or elided(cand, lex) or cand in lex.generic_heads:
            best = (start + cut, cand)
            break
    if not best:
        return Segment(title, title.start, "")
    return Segment(title, best[0], _without_modifier_after_place(best[0], best[1], ents, lex))


def _opens_a_word(run: str, i: int, stop: str, lex: RoleLexicon) -> bool:
    """A one-character stop word that is the first character of a word the rest does not read
    (就|业促进处, 应|急管理局: 就业, 应急), not one before a word (在|职工之家: 职工)."""
    return len(stop) == 1 and run[i:i + 2] in lex.common_words and run[i + 1:i + 3] not in lex.common_words


def _without_modifier_after_place(start: int, org: str, ents: list[Ent], lex: RoleLexicon) -> str:
    """东洋国前国防部长: a former-holder word (org_leading_strip) between the country and the rest
    of the body belongs to the title: the body is 东洋国国防部."""
    place = next((e for e in ents if e.start == start and e.label == "LOC" and e.end - start < len(org)), None)
    if place is None:
        return org
    k = place.end - start
    mod = starts_with_any(org[k:], lex.org_leading_strip)
    return org[:k] + org[k + len(mod):] if mod and len(org) > k + len(mod) + 1 else org


_ALIAS_CHARS = 16   # the longest other name in brackets between an organization and a title
_QUOTES = "“”‘’\"'"   # quotation marks round that other name


def _before_bracketed_alias(text: str, left: int, end: int, ents: list[Ent], lex: RoleLexicon) -> int:
    """某服务中心（某援助服务中心）主任: where an organization's other name in brackets stands between
    it and the title, the organization ends before the bracket; ``end`` otherwise."""
    if end - 2 < left or text[end - 1] not in lex.bracket_close:
        return end
    opening = max(text.rfind(o, max(left, end - _ALIAS_CHARS - 2), end) for o in lex.bracket_open)
    if opening < left or not all(is_han(c) or c in _QUOTES for c in text[opening + 1:end - 1]):
        return end   # (（以下简称“某”）: the other name in quotes)
    named = any(e.end == opening and e.label == "ORG" and e.start >= left for e in ents)
    return opening if named else end


# -- chains ---------------------------------------------------------------------------------
def _is_coordination(gap: str, lex: RoleLexicon) -> bool:
    g = gap.strip(SPACES)
    note = starts_with_any(g, lex.title_notes)   # 副主席（兼）、…
    g = g[len(note):] if note else g
    if not g:
        return bool(gap)  # spaces alone join titles in author lines
    return g in lex.coordination


def _before_places(start: int, left: int, ents: list[Ent]) -> int:
    """Where the places written right before an organization begin (台湾|两岸职工…促进会: a place
    in front of an organization is no part of it, but it does not break a chain of titles)."""
    while True:
        place = next((e for e in ents if e.end == start and e.label == "LOC" and e.start >= left), None)
        if place is None:
            return start
        start = place.start


def build_chains(text: str, ents: list[Ent], lex: RoleLexicon) -> list[Chain]:
    titles = find_titles(text, ents, lex)
    blocked = [(t.start, t.end) for t in titles] + [(e.start, e.end) for e in ents if e.label != "PER"]
    chains: list[Chain] = []
    current: Chain | None = None
    prev_end = 0
    for title in titles:
        seg = org_before(text, title, prev_end, ents, lex)
        gap = text[prev_end:_before_places(seg.org_start, prev_end, ents)]   # 中常委、台湾|…促进会理事长
        linked = (current is not None and not current.names and seg.name_before is None
                  and (_is_coordination(gap, lex) or (not gap and bool(seg.org_text)))
                  # 甲当选为X主席，乙…: the clause ends the title an appointment gives
                  and not (any(c in gap for c in CLAUSE_END) and _cue_before(text, current, "appointment_cues", lex)))
        if not linked:
            previous = current
            current = Chain(start=seg.org_start)
            places = _before_places(seg.org_start, prev_end, ents)
            current.place_before = text[places:seg.org_start] if seg.org_text and places < seg.org_start else None
            mark = text[previous.names[-1][1]:seg.org_start].strip(SPACES) \
                if previous is not None and previous.names \
                and (not seg.org_text or seg.org_text in lex.bare_chain_bodies or _department_word(seg.org_text, lex)) \
                else None   # (某总工会副主席甲、办公室主任乙: the office follows the federation too)
            if mark in lex.follow_marks or mark in lex.same_office_marks \
                    and (_office(previous.segments[-1].title.word, lex) == _office(title.word, lex)
                         or _of_a_country(previous.segments[-1], lex) or previous.follows is not None):
                # 某国总统甲和副总理乙: the same country; 某集团董事长甲、总经理乙和副总经理丙: 和 closes
                # a list the marks above opened (not 中国外长甲和国务卿乙, no list)
                current.follows = previous
            chains.append(current)
        current.segments.append(seg)
        prev_end = title.end
        name = name_after(text, title.end, ents, lex, blocked)
        if name is None and (honour := lex.honour_between.match(text, title.end)):
            name = name_after(text, honour.end(), ents, lex, blocked)   # 某车间主任、全国劳动模范|甲
        if name and _appoints_the_next(text, current, name, lex):
            name = None   # 甲当选某省人大常委会主任|乙当选某省省长: 乙 opens the next appointment
        if name is None and (others := _also_appointed(text, current, title.end, lex)):
            name = name_after(text, others, ents, lex, blocked)   # 当选为某省委常委的还有甲、乙
        if name:
            current.names.append(name)
            current.end = name[1]
            current.ends.append(name[1])
            _extend_list(text, name[1], current, ents, lex, blocked)
            prev_end = current.end
    done: list[Chain] = []
    for chain in chains:
        if not chain.names:
            appointed = _name_outside(text, chain, ents, lex)
            first = chain.segments[0]
            # 甲当选X主席，乙、丙当选为副主席: the same X (the appointment before, not a title of 乙's)
            before = [c for c in done if _cue_before(text, c, "appointment_cues", lex)] or done
            if appointed and chain.follows is None and not first.org_text and before \
                    and not any(c in text[before[-1].end:chain.start] for c in _SENTENCE_ENDS):
                chain.follows = before[-1]
        if chain.names:
            done.append(chain)
    return done


def _cue_before(text: str, chain: Chain, key: str, lex: RoleLexicon) -> str | None:
    """The cue of roles.yaml's list ``key`` (appointment_cues: 当选为, 任) that the chain's text
    follows (甲当选|某省人大常委会主任), if any."""
    return ends_with_any(text[:chain.start].rstrip(SPACES), lex.patterns.get(key) or [])


def _appoints_the_next(text: str, chain: Chain, name: tuple[int, int], lex: RoleLexicon) -> bool:
    """Whether the chain's titles follow an appointment cue (甲当选…主任) and the name after them
    opens another (乙当选…): two appointments printed together, the name the second's subject."""
    return _cue_before(text, chain, "appointment_cues", lex) is not None \
        and starts_with_any(text[name[1]:], lex.patterns.get("appointment_cues") or []) is not None


def _also_appointed(text: str, chain: Chain, end: int, lex: RoleLexicon) -> int | None:
    """当选为某省委常委的还有甲、乙: where the titles after an appointment cue are followed by one
    of roles.yaml's ``also_marks``, where the names after it start; else None."""
    mark = starts_with_any(text[end:], lex.patterns.get("also_marks") or [])
    if mark is None or _cue_before(text, chain, "appointment_cues", lex) is None:
        return None
    return end + len(mark)


def _extend_list(text: str, pos: int, chain: Chain, ents: list[Ent], lex: RoleLexicon,
                 blocked: list[tuple[int, int]]) -> None:
    """副委员长王汉斌、布赫出席: every name of the list holds the titles."""
    while pos < len(text) and text[pos] == "、":
        nxt = name_after(text, pos + 1, ents, lex, blocked)
        if not nxt:
            return
        after = text[nxt[1]:nxt[1] + 1]
        is_ent = any(e.start == nxt[0] and e.label == "PER" for e in ents)
        if not is_ent and after not in ("、", "，", ",", "。", "") and not starts_with_any(text[nxt[1]:], lex.name_followers):
            return
        chain.names.append(nxt)
        chain.ends.append(nxt[1])
        pos = nxt[1]


def _name_outside(text: str, chain: Chain, ents: list[Ent], lex: RoleLexicon) -> bool:
    """Name before the titles: 习近平总书记 / 张良（北京市总工会副主席） / 甲、乙当选为副主席.
    True when the names come from an appointment (甲当选…)."""
    first, last = chain.segments[0], chain.segments[-1]
    if first.name_before:
        chain.names.append((first.name_before.start, first.name_before.end))
        chain.start, chain.end = first.name_before.start, last.title.end
        chain.ends.append(chain.end)
        return False
    if _appointed(text, chain, ents, lex):
        return True
    s, e = chain.start, last.title.end
    if s > 0 and text[s - 1] in lex.bracket_open and text[e:e + 1] in lex.bracket_close:
        per = per_ending_at(s - 1, ents)
        span = (per.start, per.end) if per else _fallback_name_before(text, s - 1, lex)
        if span:
            chain.names.append(span)
            chain.start, chain.end = span[0], e + 1
            chain.ends.append(chain.end)
    elif (holder := _held_by(text, e, ents, lex)) is not None:
        # 委员会主任由司法部部长甲担任: the person named before the verb holds the titles
        chain.names.append((holder.start, holder.end))
        chain.end = holder.end
        chain.ends.append(holder.end)
    elif s > 0 and text[s - 1] in _APPOSITION_COMMAS and text[e:e + 1] in _APPOSITION_ENDS:
        # 段国梁，公司焊装车间主任、…，: the person opening the sentence, in apposition
        per = per_ending_at(s - 1, ents)
        if per is not None and (per.start == 0 or text[per.start - 1] in _SENTENCE_ENDS):
            chain.names.append((per.start, per.end))
            chain.start, chain.end = per.start, e
            chain.ends.append(e)
    return False


def _held_by(text: str, end: int, ents: list[Ent], lex: RoleLexicon) -> Ent | None:
    """The person named before a held_by verb in the clause after a held_by mark right after the
    titles (…主任由|司法部部长甲|担任), else None."""
    mark = starts_with_any(text[end:], lex.patterns.get("held_by_marks") or [])
    if mark is None:
        return None
    verbs = lex.patterns.get("held_by_verbs") or []
    stop = min([k for c in CLAUSE_END + SENT_END if (k := text.find(c, end)) >= 0] + [len(text)])
    return next((e for e in ents if e.label == "PER" and end + len(mark) <= e.start and e.end <= stop
                 and starts_with_any(text[e.end:], verbs) is not None), None)


def _appointed(text: str, chain: Chain, ents: list[Ent], lex: RoleLexicon) -> bool:
    """`甲、乙当选为[org]副主席`: the persons before an appointment cue hold the titles (their own
    titles may stand before each: 某公司工会主席甲、某居委会主任乙当选为副主席)."""
    p = lex.patterns
    before = text[:chain.start].rstrip(SPACES)
    cue = _cue_before(text, chain, "appointment_cues", lex)
    elect = not cue and _cue_before(text, chain, "election_object_cues", lex)
    if not cue and not elect:
        return False
    pos = len(before) - len(cue or elect)
    if cue and (adverb := ends_with_any(before[:pos], p.get("appointment_adverbs") or [])):
        pos -= len(adverb)   # 甲|现在|担任…
    tail = re.search(p.get("appointment_list_tail") or r"(?!x)x", before[:pos])   # 甲、乙等15位同志当选
    if tail:
        pos = tail.start()
    names: list[tuple[int, int]] = []
    while True:
        span = _listed_name(text, pos, ents, lex, first=not names)
        if span is None:
            break
        names.insert(0, span)
        if span[0] > 0 and text[span[0] - 1] == "、":
            pos = span[0] - 1
            continue
        # 乙、某居委会主任丙当选为副主席: the listed person's own titles between the mark and his name
        mark = text.rfind("、", 0, span[0])
        if mark < 0 or any(c in text[mark:span[0]] for c in CLAUSE_END + SENT_END) \
                or not any(lex.kind(text[k:span[0]]) for k in range(max(mark + 1, span[0] - lex.max_title), span[0] - 1)):
            break
        pos = mark
    if not names:
        return False
    if elect:   # 推选甲为X / …，乙、丙为Y: an election verb earlier in the sentence
        sent_start = _sentence_start(text, names[0][0])
        if not any(v in before[sent_start:names[0][0]] for v in p.get("election_verbs") or []):
            return False
    end = chain.segments[-1].title.end
    chain.names.extend(names)
    chain.ends.extend([end] * len(names))
    chain.start, chain.end = names[0][0], end
    return True


def _of_a_country(seg: Segment, lex: RoleLexicon) -> bool:
    """A title written after a place alone (某国总统, 某自治州州长): a second holder joined by 和
    with another office and no body of his own serves the same place."""
    return seg.is_place or bool(seg.org_text) and _is_place(seg.org_text, lex)


def _office(title: str, lex: RoleLexicon) -> str:
    """The office a title holds, its rank before it left out (第二首相, 副主席 -> 首相, 主席)."""
    prefix = next((p for p in lex.title_prefixes if title.startswith(p)), "")
    core = title[len(prefix):]
    return core[1:] if core.startswith("副") and len(core) > 2 else core


def _listed_name(text: str, end: int, ents: list[Ent], lex: RoleLexicon, first: bool) -> tuple[int, int] | None:
    """The name ending at ``end`` in a 、-list. Inside a list (a 、 on its left) the item between
    the marks is the name even where NER cut it (周明 of 周明远) or gave it another label."""
    end = _before_person_note(text, end, lex)
    per = per_ending_at(end, ents)
    start = max(text.rfind(c, 0, end) for c in "、，,；。：\n") + 1
    item = text[start:end]
    listed = start > 0 and text[start - 1] == "、" or not first
    if listed and 2 <= len(item) <= 4 and all(is_han(c) for c in item) \
            and (len(item) <= 3 or any(e.label == "PER" and start <= e.start and e.end <= end for e in ents)
                 or fallback_name_after(text[:end], start, lex, []) == (start, end)):
        return start, end
    if per is not None and per.end - per.start >= 2:
        return per.start, per.end
    return None


_NOTE_CHARS = 5   # the longest note in brackets after a listed name: （女）, （女、侗族）


def _before_person_note(text: str, end: int, lex: RoleLexicon) -> int:
    """朱维芳（女）、张春生为副主任: where a short note in brackets (sex, nation: （女、侗族）) follows
    a listed name, the name ends before it."""
    if end < 2 or text[end - 1] not in lex.bracket_close:
        return end
    opening = max(text.rfind(o, max(0, end - _NOTE_CHARS - 2), end) for o in lex.bracket_open)
    return opening if opening > 0 and all(is_han(c) or c == "、" for c in text[opening + 1:end - 1]) else end


def _fallback_name_before(text: str, end: int, lex: RoleLexicon) -> tuple[int, int] | None:
    for length in (3, 2):
        s = end - length
        if s < 0 or (s > 0 and is_han(text[s - 1])):
            continue
        span = fallback_name_after(text[: end], s, lex, [])
        if span == (s, end):
            return span
    return None


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last sentence end before it)."""
    return max(text.rfind(c, 0, pos) for c in _SENTENCE_ENDS) + 1


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (its first sentence end from ``pos``, else the text's end)."""
    return min([k for c in _SENTENCE_ENDS if (k := text.find(c, pos)) >= 0] + [len(text)])


# -- organizations resolved -----------------------------------------------------------------
class Frame(NamedTuple):
    """The organization a sentence happens at (在某公司，…); ``carried``: named by an earlier
    sentence of the paragraph, not by the sentence itself."""
    org: str
    carried: bool = False


def frame_org(text: str, pos: int, ents: list[Ent], sites: tuple[str, ...] = ()) -> Frame | None:
    """在某公司，甲与公司总经理乙座谈: the organization a sentence opens with as where it happens
    (在 + an ORG + a comma), for the sentence holding ``pos``; also one written short there (在瑞丰
    航空食品，: the one organization of the article whose name holds it); or, carried, for a later
    sentence of its paragraph where no other organization is named, that of an earlier one (在某公司，
    甲走进车间。公司总经理乙介绍…: the visit goes on there); else None. ``sites``: the words of a
    place inside an organization that may follow it in the frame (在某公司焊接车间，)."""
    start = _sentence_start(text, pos)
    if text.startswith("在", start):
        org = _frame_at(text, start, ents, sites)
        return Frame(org) if org is not None else None
    paragraph = text.rfind("\n", 0, pos) + 1
    while start > paragraph:
        start = _sentence_start(text, start - 1)
        if text.startswith("在", start) and (org := _frame_at(text, start, ents, sites)) is not None:
            named = {text[e.start:e.end] for e in ents if e.label == "ORG" and start < e.start < pos}
            return Frame(org, carried=True) if named <= {org} else None
    return None


def _frame_at(text: str, start: int, ents: list[Ent], sites: tuple[str, ...] = ()) -> str | None:
    """The organization the sentence at ``start`` (opening with 在) frames, else None."""
    org = next((e for e in ents if e.start == start + 1 and e.label == "ORG"), None)
    if org is not None:
        site = _FRAME_SITE.match(text, org.end)   # 在某公司|焊接车间，: a place inside it
        end = site.end(1) if site and site.group(1).endswith(sites) else org.end
        return text[org.start:org.end] if text[end:end + 1] in _FRAME_CLOSE else None
    short = _FRAME_SHORT.match(text, start + 1)
    if short is None or any(e.start < short.end(1) and short.start(1) < e.end for e in ents):
        return None
    holders = {text[e.start:e.end] for e in ents if e.label == "ORG" and short.group(1) in text[e.start:e.end]}
    return holders.pop() if len(holders) == 1 else None


_FRAME_CLOSE = ("，", ",")
_FRAME_SITE = re.compile(rf"([{HAN}]{{2,8}})[，,]")
_FRAME_SHORT = re.compile(rf"([{HAN}]{{3,12}})[，,]")


def resolve_chain(chain: Chain, offset: int, index: PlaceIndex, lex: RoleLexicon, frame: Frame | None = None) -> None:
    """Fill ``org`` / ``org_as_written`` for every segment (``offset``: field start in the doc;
    ``frame``: the organization the chain's sentence, or an earlier one of its paragraph, opens with as
    where it happens)."""
    if frame is not None:   # 在东门制糖厂|车间，厂长乙: the unit as the article names it in full
        frame = frame._replace(org=index.expand(frame.org))
    chain_orgs: list[str] = []
    prev: Segment | None = None
    for seg in chain.segments:
        governing = _governing_party_body_out_of_title(seg, lex)
        word = seg.title.word
        written = seg.org_text or None
        short = None   # 经审会 where the article writes 经费审查委员会: read by its full name
        if written and (full := lex.domain.written_full_form(written, index.text, endings=False)):
            short, written = written, full
        if written and _shares_head(written, word, lex):
            written += word[-2]                                   # 外交部长 -> 外交部
        level = lex.place_heads.get(word)   # 区长, 市长: the head of a place of that level
        governed = _governed_place(written, lex) if level else None   # 某省人民政府|副省长 -> 某省
        placed = _with_level(governed or written, level, lex) if level else written   # 上海|市长 -> 上海市
        if word in lex.self_contained and written and seg.has_ent and not ends_with_any(written, lex.org_suffixes):
            seg.org, seg.org_as_written = written, written   # 越南|国家主席: the state is written
        elif word in lex.self_contained:
            seg.org, seg.org_as_written = lex.self_contained[word], None
        elif (bare := _bare_level(written, lex)) is not None and not level:
            # 村|党支部书记, 和|村党支部书记: the level alone, the body in the title: the place of that
            # level the article is about (the guideline: the village is the org)
            seg.org, seg.org_as_written = index.nearest(bare, offset + seg.org_start), written
        elif level and (governed or not (written and not _is_place(placed, lex))):
            # (a place the chain, or the one it follows, writes: 黔东南州委书记甲、州长乙)
            written_before = chain_orgs or ([s.org for s in chain.follows.segments if s.org]
                                            if prev is None and chain.follows is not None else [])
            place = (placed if placed not in lex.bare_levels else None) \
                or next((p for o in reversed(written_before) if (p := place_of_level(o, level, lex))), None)
            # (州长 with no place written: of 恩施土家族苗族自治州, where the article writes it in full)
            # (西双版纳州州长: the autonomous prefecture in full, as with no place written)
            seg.org = index.in_full(index.without_country(place), level) if place \
                else (found := index.nearest(level, offset + seg.org_start)) and index.in_full(found, level)
            seg.org_as_written = written
        elif written and written in lex.body_titles:
            seg.org = _article_org(index, offset + seg.org_start, lex)   # 执委会|主席团委员: a body alone
            seg.org_as_written = written
        elif written in lex.party_organs and prev is not None and prev.org \
                and prev.org.endswith(lex.party_committee_ends):
            # 区委常委、组织部部长: a party organ written bare right after a title of its party
            # committee stays in the title, the committee is the organization (the guideline: 党支部
            # 书记 of 某中心); not after a government's title (副区长、统战部部长: as below)
            seg.title = Title(seg.org_start, seg.title.end, written + word, seg.title.kind)
            seg.org, seg.org_as_written = prev.org, prev.org_as_written
        elif written in lex.bare_chain_bodies and chain_orgs:   # 某集团党委常委、工会主席
            seg.org, seg.org_as_written = _body_of_chain(written, chain_orgs[-1], lex), written
        elif written in lex.bare_chain_bodies and prev is None and chain.follows is not None \
                and _holds_bodies(before := chain.follows.segments[-1].org, lex):
            seg.org, seg.org_as_written = _body_of_chain(written, before, lex), written   # 公司总经理甲、工会主席乙
        elif written in lex.place_assemblies and (place := _place_of_chain(chain_orgs, lex)):
            seg.org, seg.org_as_written = place + written, written   # 某镇党委书记、人大主席: 某镇人大
        elif written:
            prefix = elided(written, lex)
            seg.org = resolve_elided(written, prefix, chain_orgs, index, offset + seg.org_start) if prefix else written
            seg.org = _last_unit(index.expand(seg.org), lex)
            seg.org = _bare_head_resolved(seg.org, index, lex, frame, offset + seg.org_start)
            if seg.org == written:   # 心内科|主任: the hospital's department
                seg.org = _department_of(written, index, lex, frame, offset + seg.org_start)
            if seg.org == written and prev is None and chain.follows is not None \
                    and _department_word(written, lex) and (beside := _listed_before(chain.follows, lex)):
                seg.org = beside + written   # 某总工会副主席甲、办公室主任乙: that federation's office
            if seg.org:   # 日本|大阪府知事: the place, its country written apart
                seg.org = index.without_country(seg.org)
            if seg.org in lex.generic_heads or seg.org in lex.anaphoric_heads:
                seg.org = None   # 企业董事长 where no enterprise frames the sentence, 局 of no one bureau: none named
            seg.org_as_written = written
        elif prev is not None and seg.title.kind == prev.title.kind and prev.title.word not in lex.place_heads \
                and prev.title.word not in lex.self_contained:
            seg.org, seg.org_as_written = prev.org, prev.org_as_written   # 党组书记、副主席: shared org
            if seg.org and word in lex.country_titles and not (prev.is_place or _is_place(seg.org, lex)):
                # 国务院副总理兼外长: the country's, not 国务院's (中国|国务院…: the one written; a
                # national body alone: the national country)
                seg.org, seg.org_as_written = chain.place_before or _opening_place(seg.org, lex) \
                    or (lex.national_country if seg.org in lex.national_prefixes else None), None
            elif seg.org and starts_with_any(word, lex.body_titles):   # 政治局常委、书记处书记
                seg.org = _outside_leading_body(seg.org, lex)
                seg.org_as_written = seg.org_as_written and _outside_leading_body(seg.org_as_written, lex)
            elif seg.org and word not in lex.party_titles and (
                    (place := _place_of_chain([seg.org], lex)) is None or place.endswith(lex.party_governed_units)):
                # 某集团党委书记、董事长: 某集团; not a place's party committee (自治区党委常委、秘书长:
                # the committee's secretary-general, the place's government posts named as such), but
                # a village's party branch (某村党支部书记、主任: the village's)
                outside = _outside_party_body if word not in lex.executive_titles else _outside_inner_body
                seg.org = _bare_head_resolved(outside(seg.org, lex), index, lex)
                seg.org_as_written = seg.org_as_written and outside(seg.org_as_written, lex)
                if seg.org_as_written in lex.bare_chain_bodies and seg.org != prev.org:
                    seg.org_as_written = None   # 工会主席兼副总经理: the enterprise is not written
        elif prev is None and chain.follows is not None and _inherits(chain.follows.segments[-1], seg, lex):
            before = chain.follows.segments[-1]                          # 主任甲、党组书记乙: same org
            seg.org, seg.org_as_written = before.org, before.org_as_written
        elif prev is None and (body := starts_with_any(word, lex.body_titles)):
            # 书记处书记: the body's organization (全总, where the article names 全总书记处 most: the body
            # is the title's, not the organization's)
            seg.org = _article_org(index, offset + seg.org_start, lex)
            if seg.org and seg.org.endswith(body) and len(seg.org) > len(body):
                seg.org = index.expand(seg.org[:-len(body)])
            seg.org_as_written = None
        elif _holds_sub_unit(word, lex):   # 炼钢车间主任乙: a unit of the article's one enterprise
            seg.org = frame.org if frame is not None else _one_company(index, lex, offset + seg.org_start)
            seg.org_as_written = None
        else:   # 厂长, 校长: the one factory, school … the article names in full
            seg.org, seg.org_as_written = _head_of_frame(word, frame, lex) or _body_the_title_heads(word, index, lex), None
            if seg.org is None:   # 炉前工乙 on a visit to 某钢铁公司, 护士乙 at 某医院
                seg.org = _workplace(word, seg.title.kind, frame, index, lex, offset + seg.org_start)
        if short and seg.org_as_written == written:
            seg.org_as_written = short   # (as printed)
        if seg.title.kind == "occupation" and seg.org and (
                not (seg.has_ent or _valid_org(seg.org, lex)) or lex.is_place(seg.org)):
            # (某市雁塔区|环卫工人甲: where the worker lives or works, no employer: the read sets' gold
            # names a place as a worker's org 0 times of 11 the roles read so)
            seg.org = seg.org_as_written = None
        if seg.org:   # 宁波市|镇海区委, 昆山市周市镇|总工会: the chain's last place's body (Clarifications)
            seg.org = _from_last_place(seg.org, lex)
        if governing and seg.org:   # 某村|党支部|书记: the village resolved, its party branch the org
            seg.org += governing
            seg.org_as_written = seg.org_as_written and seg.org_as_written + governing
        elif governing:   # (no village named: the title stays whole)
            seg.title = Title(seg.title.start - len(governing), seg.title.end, governing + word, seg.title.kind)
        if word in lex.party_titles and seg.org:
            _party_body_into_title(seg, prev, index, lex)
        elif seg.org:
            _committee_into_title(seg, prev, lex)
        if seg.org:
            chain_orgs.append(seg.org)
        prev = seg
    _of_the_chains_place(chain, lex)


def _place_of_chain(chain_orgs: list[str], lex: RoleLexicon) -> str | None:
    """The place whose party committee the chain's last organization is (白沙镇党委 -> 白沙镇),
    else None."""
    org = chain_orgs[-1] if chain_orgs else ""
    if not org.endswith(lex.party_committee_ends):
        return None
    return next((p for level in lex.elision_prefixes if (p := place_of_level(org, level, lex))), None)


def _opening_place(org: str, lex: RoleLexicon) -> str | None:
    """The listed place a body's name opens with (中国|国务院 -> 中国), else None."""
    return next((org[:k] for k in range(len(org) - 2, 1, -1) if org[:k] in lex.gazetteer), None)


def _governing_party_body_out_of_title(seg: Segment, lex: RoleLexicon) -> str | None:
    """某村|党支部书记 -> 书记 of 某村党支部: the party body governing a village or community
    (``party_governed_units``: 某社区党委书记 is 书记 of 某社区党委) is the organization, as the
    devset writes it, where the title word holds it (党支部书记 is listed whole): the body, taken out
    of the title, to follow the unit once resolved; a body inside an organization stays in the title
    (某中心党支部书记: _party_body_into_title)."""
    body = starts_with_any(seg.title.word, lex.title_party_bodies)
    written = seg.org_text
    if body is None or seg.title.word[len(body):] not in lex.party_titles or not written \
            or seg.org_start + len(written) != seg.title.start:
        return None
    unit = written[1:] if written[0] in lex.org_leading_marks and written[1:] in lex.bare_levels else written
    if not unit.endswith(lex.party_governed_units):
        return None
    seg.title = Title(seg.title.start + len(body), seg.title.end, seg.title.word[len(body):], seg.title.kind)
    return body


def _bare_level(written: str | None, lex: RoleLexicon) -> str | None:
    """村 or 和村 (a joiner before it): a level written alone before a title, else None."""
    if written and written[0] in lex.org_leading_marks:
        written = written[1:]
    return written if written in lex.bare_levels else None


def _governed_place(written: str | None, lex: RoleLexicon) -> str | None:
    """安徽省人民政府|副省长: the place whose government is written before its head's title (the
    guideline: the head of a place's government takes the place)."""
    gov = next((g for g in lex.place_governments if written and written.endswith(g)), None)
    place = written[:-len(gov)] if gov else None
    # (市政府|副市长: the level alone, elided: the place of that level the article is about)
    return place if place and (_is_place(place, lex) or place in lex.bare_levels) else None


def _with_level(place: str | None, level: str, lex: RoleLexicon) -> str | None:
    """上海|市长: a place written without the level its head governs is that level's place, where
    it is listed so (上海市); as written otherwise."""
    return place + level if place and not place.endswith(level) and place + level in lex.gazetteer else place


def _of_the_chains_place(chain: Chain, lex: RoleLexicon) -> None:
    """东洋国副总理兼外交部长: a body written bare later in a chain headed by a place (a country,
    a city) is that place's (东洋国外交部); not one resolved otherwise, nor one naming a place itself."""
    head = chain.segments[0]
    if not (head.is_place and head.org):
        return
    for seg in chain.segments[1:]:
        org = seg.org
        if org and org == seg.org_as_written and not seg.is_place and not org.startswith(head.org) \
                and ends_with_any(org, lex.org_suffixes) and not lex.level_re.search(org) \
                and not any(org[:k] in lex.gazetteer for k in range(2, min(len(org), 7))):
            seg.org = head.org + org


def _body_of_chain(body: str, before: str, lex: RoleLexicon) -> str:
    """区委常委、组织部部长: a body written bare after a title of ``before`` is ``before``'s own: a
    party organ inside its party body (西城区委组织部), any other outside it (某集团党委常委、工会主席
    -> 某集团工会), a party body outside the union or league body before it (某集团工会主席、党委副书记
    -> 某集团党委)."""
    if body in lex.party_organs:
        return before + body
    base = _outside_party_body(before, lex)
    if body in lex.party_bodies:
        base = _outside(base, lex.chain_bodies_longest)
    return base + body


def _head_of_frame(word: str, frame: Frame | None, lex: RoleLexicon) -> str | None:
    """在某派出所，所长乙介绍: a title naming the head of a body by one character (所长, 庭长,
    站长) is of the organization the sentence opens with as where it happens, where that one's
    name ends with the character or one of its endings (``anaphoric_heads``: 校 -> 小学); so is an
    enterprise's management title (在某公司，董事长乙: ``executive_titles``); else None."""
    if frame is not None and word in lex.executive_titles:
        return frame.org   # 在某公司，董事长乙介绍: the enterprise's management
    core = word[1:] if word.startswith("副") else word
    if frame is None or len(core) != 2 or core[1] != "长":
        return None
    return frame.org if frame.org.endswith((core[0], *lex.anaphoric_heads.get(core[0], ()))) else None


def _body_the_title_heads(word: str, index: PlaceIndex, lex: RoleLexicon) -> str | None:
    """厂长, 副校长, 行长: a title naming the head of a body by its one-character word
    (``anaphoric_heads``) is of the one such body the article names in full; so is the head of a
    unit by its title (站长, 场长, 大队长: ``unit_head_titles``, 五道梁气象站); None otherwise."""
    core = word[1:] if word.startswith("副") else word
    if core in lex.unit_head_titles:
        found = _full_names_of(lex.unit_head_titles[core], index)
        return one_body(found, lex) if found else None
    if len(core) != 2 or core[1] != "长" or core[0] not in lex.anaphoric_heads:
        return None
    return _one_body_of_head(core[0], index, lex)


def _full_names_of(ends: Iterable[str], index: PlaceIndex) -> set[str]:
    """The bodies the article names in full, one for each of ``ends`` it names one of."""
    return {f for end in ends if (f := index.only_full(end))}


def _one_body_of_head(head: str, index: PlaceIndex, lex: RoleLexicon) -> str | None:
    """The one organization the article names in full with an ending of the one-character head
    (行 -> 银行, 分行, 支行: ``anaphoric_heads``), else the one it names elided so (县农业农村局, its
    place resolved where the article names one), None where there is none or more than one."""
    found = _full_names_of(lex.anaphoric_heads[head], index)
    if found:
        return one_body(found, lex)
    ends = tuple(lex.anaphoric_heads[head])
    # (the ORG entities, and the body one of them is named after: 区农业农村局 of 区农业农村局工会;
    # not a printed phrase: 县人民医院和县中医院, 会同县人社局)
    names = index.orgs | _holders_of_bodies(index, lex)
    written = {t for t in names if t.endswith(ends) and t not in ends and elided(t, lex)
               and not any(mark in t for mark in (*lex.same_office_marks, *lex.partner_marks, *lex.coordination))}
    if len(written) != 1:
        return None
    name = written.pop()
    return resolve_elided(name, elided(name, lex), [], index, len(index.text))


def _holders_of_bodies(index: PlaceIndex, lex: RoleLexicon) -> set[str]:
    """The organizations the article names only through a body of theirs (某大学 of 某大学工会,
    区农业农村局 of 区农业农村局工会: ``bare_chain_bodies``)."""
    return {t[:-len(b)] for t in index.orgs for b in lex.bare_chain_bodies if t.endswith(b) and len(t) > len(b)}


def _a_longer_kind(name: str, word: str, lex: RoleLexicon) -> bool:
    """Whether ``name`` ends with an organization word longer than ``word`` that ends with it: a
    body of another kind (某区总工会 is a federation, no 工会 of an enterprise)."""
    return any(len(s) > len(word) and s.endswith(word) and name.endswith(s) for s in lex.org_suffix_set)


def _bare_head_resolved(org: str, index: PlaceIndex, lex: RoleLexicon, frame: Frame | None = None,
                        before: int | None = None) -> str:
    """总工会主席, 公司工会主席, 公司党委书记: a bare organization word alone (总工会), or one of
    roles.yaml's ``bare_heads`` (公司, 集团) before a body of its own (工会, 党委), or an anaphor and
    a one-character head (该行, 该校: ``anaphoric_heads``), is the one such organization the article
    names in full (某电子有限公司 -> 某电子有限公司工会); a bare chain body (工会) is the one such body
    named in full, else the one enterprise's (never a federation: 某区总工会 is another kind); a
    committee of a body alone (女职工委员会: ``committees_of``) is that body's; ``org`` where there is
    none or more than one.
    Where the sentence opens with the organization it happens at (``frame``: 在某公司，…公司总经理、
    工会主席), a bare head is that one and a bare chain body (工会) its own; where an earlier
    sentence of the paragraph opened so (carried), a bare head only (公司总经理, not 企业负责人).
    An anaphor and a head (该局) points back to the latest such body written before ``before`` (来到
    某市商务局，与该局局长…), where that is given, before the one such body of the article."""
    if frame is not None:
        head = starts_with_any(org, lex.bare_heads)
        # (在德丰化工，公司董事长乙: the trade name frames it, the company named in full)
        framed = frame.org if head is None or frame.org.endswith(with_legal_forms(head, lex)) \
            else index.company_of_trade_name(frame.org)
        if head is not None and framed and framed.endswith(with_legal_forms(head, lex)):
            return framed + org[len(head):]
        if org in lex.generic_heads and not frame.carried:
            return frame.org   # 在某公司，企业董事长乙: the enterprise is the one it happens at
        if org in lex.chain_bodies and not frame.org.endswith(org) and not frame.carried:
            return frame.org + org
    if org in lex.chain_bodies:   # 工会主席: not a federation (某区总工会), but the one enterprise's
        full = index.only_full(org)
        if full is not None and not _a_longer_kind(full, org, lex):
            return full
        holders = {h for end in lex.body_holder_endings if (h := index.only_full(end))}
        return holders.pop() + org if len(holders) == 1 else org
    if org in lex.anaphoric_heads:   # 局|党组书记: the article's one bureau
        return _one_body_of_head(org, index, lex) or org
    if org in lex.org_suffix_set:   # (of several, the one its paragraph names before it)
        return _one_named(org, index, lex, before) or org
    if org in lex.committee_of:   # 女职工委员会: the one federation's (某市总工会女职工委员会)
        body = index.only_full(lex.committee_of[org])
        return body + org if body else org
    if len(org) >= 2 and org[0] in lex.anaphors and org[1] in lex.anaphoric_heads:
        body = _written_before(index, tuple(lex.anaphoric_heads[org[1]]), before) \
            or _one_body_of_head(org[1], index, lex)   # 该行行长, 该校教师, 该校|科研处处长
        return body + org[2:] if body else org
    if len(org) >= 3 and org[0] in lex.anaphors and org[1:] in lex.bare_heads:
        # 该公司总经理: the latest company written before, else the one company of the article
        return _written_before(index, with_legal_forms(org[1:], lex), before) or index.only_full(org[1:]) \
            or org[1:]
    if org[0] in lex.anaphoric_heads and org[1:] in lex.bare_chain_bodies and len(org) >= 3:
        body = _one_body_of_head(org[0], index, lex)   # 校党委, 厂工会: the one school's, factory's
        if body is None:   # (校工会 where the article names the school only with one of its bodies: 某大学工会)
            held = {h for h in _holders_of_bodies(index, lex) if h.endswith(tuple(lex.anaphoric_heads[org[0]]))}
            body = held.pop() if len(held) == 1 else None
        return body + org[1:] if body else org
    head = starts_with_any(org, lex.bare_heads)   # 公司|工会: the company's own body, not 中央|纪委
    rest = org[len(head):] if head else ""
    inner = starts_with_any(rest, lex.bare_heads)   # 集团公司|工会: the group company's own body
    if inner and rest[len(inner):] in lex.org_suffix_set:
        rest = rest[len(inner):]
    if head and rest in lex.org_suffix_set:
        full = _one_named(head, index, lex, before)
        if full is None:
            return org
        return full if full.endswith(rest) else full + rest   # 集团公司: the group's registered name itself
    if ends_with_any(org, lex.org_suffixes):
        # 居委会主任, 收费站站长: a body written by its kind (common words and an ending: 派出所,
        # 收费站, 工作室) is the one the article names in full with it (某社区居委会, 肥东收费站),
        # where there is one; not a country's (外交部副部长 beside 英国外交部: the home country's), nor
        # one a word qualifies (署理政务司, 原…). A name of its own stays as written (松湖医院 beside
        # 某区松湖医院, 某县供电分公司 beside 某电网有限公司某县供电分公司: the read sets' gold).
        full = index.only_full(org)
        named = full[:-len(org)] if full and full.endswith(org) else ""
        if named and _a_kind_of_body(org, lex) \
                and not (named in lex.domain.country_set or named in lex.domain.place_abbreviations
                         or named in lex.domain.common_word_set or named in lex.org_leading_strip):
            return full
    return org


def _a_kind_of_body(org: str, lex: RoleLexicon) -> bool:
    """Whether ``org`` names a kind of body, not one body: a common word (居委会), or common words
    and an organization's ending (收费|站, 投递|部, 党群服务|中心)."""
    if org in lex.common_words:
        return True
    ending = next((e for e in lex.org_suffixes if org.endswith(e) and len(e) < len(org)), None)
    return ending is not None and splits_into_words(org[:-len(ending)], lex.common_words)


def _one_named(word: str, index: PlaceIndex, lex: RoleLexicon, before: int | None) -> str | None:
    """The body a bare organization word (医院, 公司) stands for: the one the article names in full,
    else (where ``before`` is given) the one its paragraph names before, else the one it names most
    often before, else, for an enterprise's or institution's word (``bare_heads``), the one it names
    first (公司总经理乙 in a report on 某公司 receiving a guest company: the one the report is on; not
    总工会, of federations named alike); None where none is."""
    if (full := index.only_full(word)) is not None or before is None:
        return full
    ends = with_legal_forms(word, lex)
    return index.named_before(ends, before) or (index.first_named(ends, before) if word in lex.bare_heads else None)


def _written_before(index: PlaceIndex, ends: tuple[str, ...], before: int | None) -> str | None:
    """The latest full name with one of ``ends`` written before ``before``, where that is given."""
    return index.latest_full(ends, before) if before is not None else None


def led_body(text: str, end: int, ents: list[tuple[int, int, str]], lex: RoleLexicon,
             title: str | None = None) -> str | None:
    """巴图主席率领的东洋工会联合会代表团: the body whose delegation a person with a
    title and no organization leads (东洋工会联合会). Places written before the body are passed
    over (日本东洋市|青山区议会代表团); the delegation is one by the shared lexicon's
    ``delegation_body``, which the events stage reads too. The head of a place's government
    leads that place's delegation (州长甲率领的东洋国青山州代表团 -> 东洋国青山州)."""
    cue = lex.led_by.match(text, end)
    if cue is None:
        return None
    delegation = _body_after(text, cue.end(), ents)
    if delegation is None:
        return None
    place = lex.domain.delegation_place(delegation, lex.place_heads[title]) if title in lex.place_heads else None
    return place or lex.domain.delegation_body(delegation)


def _body_after(text: str, pos: int, ents: list[tuple[int, int, str]]) -> str | None:
    """The organization written at ``pos``, places before it passed over (日本东洋市|青山区议会
    代表团: a place in front of a body is no part of it), or None."""
    starts = {s: (e, label) for s, e, label in ents}
    while pos in starts and starts[pos][1] == "LOC":
        pos = starts[pos][0]
    return text[pos:starts[pos][0]] if pos in starts and starts[pos][1] == "ORG" else None


_ORDINAL = re.compile(r"第[零一二三四五六七八九十百0-9]+[次届批]")
_HEADED_REACH = 30   # 以|会长樱内义雄|为团长: how far before 为 the 以 may stand


def headed_delegations(text: str, ents: list[tuple[int, int, str]], roles: list[dict],
                       lex: RoleLexicon) -> list[dict]:
    """以甲会长为团长的某联合会代表团: the person named between 以 and 为团长的 heads the delegation
    named after it (places before it passed over, as for led_body), whatever it is named after; his
    titles without an organization are the delegation's body's (会长 of 某联合会). Returns the
    heads' roles."""
    out: list[dict] = []
    for cue in lex.headed_by.finditer(text):
        opener = text.rfind("以", max(0, cue.start() - _HEADED_REACH), cue.start())
        persons = [(s, e) for s, e, label in ents if label == "PER" and opener < s and e <= cue.start()]
        ordinal = _ORDINAL.match(text, cue.end())   # 为团长的第二十六次…访华团: the visit's number
        delegation = _body_after(text, ordinal.end() if ordinal else cue.end(), ents)
        if opener < 0 or len(persons) != 1 or delegation is None or any(c in text[opener:cue.start()] for c in "，。；"):
            continue
        body = lex.domain.delegation_body(delegation)   # (None: 某省经贸代表团 is named after no body)
        s, e = persons[0]
        person = text[s:e]
        for role in roles:
            if body is not None and role["person"] == person and role["org"] is None and opener < role["start"] < cue.start():
                role.update(org=body, org_as_written=body)
        out.append({"person": person, "position": cue.group(1), "org": delegation, "org_as_written": delegation,
                    "start": opener + 1, "end": cue.end() - 1})
    return out


def _last_unit(org: str, lex: RoleLexicon) -> str:
    """A chain of places is split into its units (GUIDELINES Clarifications): the title is held in
    the last one (南湖镇白石村主任 -> 白石村)."""
    if not lex.is_place(org):
        return org
    for k in range(2, len(org) - 1):
        if lex.is_place(org[:k]) and lex.is_place(org[k:]):
            return _last_unit(org[k:], lex)
    return org


def _from_last_place(org: str, lex: RoleLexicon) -> str:
    """An organization written after a chain of places is the last place's (GUIDELINES Clarifications:
    天津市武清区总工会 -> 武清区总工会; the devset's 北京市顺义区南法信镇总工会 -> 南法信镇总工会): a place
    opening ``org`` is left off while the rest opens with another (not 中国|人民银行, 北京|大学: no
    place follows). A place alone keeps its chain, as the devset's 区长 of 北京市西城区 does."""
    if lex.is_place(org):
        return org
    for k in range(2, len(org) - 2):
        # (not 兰州|市…: the place listed with the next character is the one written)
        if lex.is_place(org[:k]) and not lex.is_listed(org[:k + 1]) and _opens_with_place(org[k:], lex):
            return _from_last_place(org[k:], lex)
    return org


def _opens_with_place(text: str, lex: RoleLexicon) -> bool:
    """Whether ``text`` opens with a listed place (武清区|总工会) or a town before a body of its own
    (周市镇|总工会), something after it; not a zone's name that is no place of its own (苏州|工业园区
    总工会)."""
    return any(lex.is_place(head := text[:k]) and (lex.is_listed(head) or _town_body(head, text[k:], lex))
               for k in range(2, len(text)))


def _town_body(place: str, rest: str, lex: RoleLexicon) -> bool:
    """Whether ``place`` is a town's or street's name (two or three characters before its level:
    周市镇, 南法信镇) and ``rest`` one of its bodies (总工会, 党委: ``org_heads``); not 住房城乡|建设局."""
    level = ends_with_any(place, lex.town_levels)
    return bool(level) and 2 <= len(place) - len(level) <= 3 and len(rest) <= 4 \
        and ends_with_any(rest, lex.org_heads) is not None


def _article_org(index: PlaceIndex, before: int, lex: RoleLexicon) -> str | None:
    """The organization named most often before ``before`` (by full name; the later one on a
    tie), for a body's title: 书记处书记 belongs to the organization the article is about."""
    counts: dict[str, tuple[int, int]] = {}
    for pos, text in index.seen:
        org = index.expand(text)
        if pos < before and ends_with_any(org, lex.org_suffixes) and not lex.is_place(org):
            n, _ = counts.get(org, (0, 0))
            counts[org] = (n + 1, pos)
    return max(counts, key=counts.__getitem__) if counts else None


def _outside(org: str, bodies: list[str]) -> str:
    """The organization ``org`` is inside when it ends with one of ``bodies`` (at least two
    characters left); ``org`` when it ends with none."""
    body = ends_with_any(org, bodies)
    return org[:-len(body)] if body and len(org) - len(body) >= 2 else org


def _party_body_into_title(seg: Segment, prev: Segment | None, index: PlaceIndex, lex: RoleLexicon) -> None:
    """某集团党委|书记 -> 党委书记 of 某集团: a party body inside an organization (``title_party_bodies``)
    stays in the title and the organization is the org (the guideline: 党支部书记 of 某中心), and in a party title
    sharing that title's organization (某集团党委书记、副书记); the party committee of a place or a
    community (某镇党委, 某社区党委: ``party_governed_units``) governs it and stays the org."""
    held = starts_with_any(prev.title.word, lex.title_party_bodies) if prev is not None and prev.org == seg.org else None
    if held and prev.title.word[len(held):] in lex.party_titles:
        seg.title = Title(seg.title.start, seg.title.end, held + seg.title.word, seg.title.kind)
        return
    body = ends_with_any(seg.org, lex.title_party_bodies)   # (not 某开发区党工委, 某区团工委: title_party_bodies)
    owner = seg.org[:-len(body)] if body else ""
    if len(owner) < 2 or lex.is_place(owner) or owner.endswith(lex.party_governed_units) or owner in lex.party_centres \
            or not (ends_with_any(owner, lex.org_suffixes) or index.names_organization(owner)):
        return   # (an organization by its ending, or one the article names: 石岭煤矿 of 石岭煤矿党委)
    # (南岭航空 of 南岭航空股份有限公司; 党委副书记 written bare: no org written)
    _body_into_title(seg, body, _bare_head_resolved(index.expand(owner), index, lex))


def _committee_into_title(seg: Segment, prev: Segment | None, lex: RoleLexicon) -> None:
    """某市总工会女职工委员会|主任 -> 女职工委员会主任 of 某市总工会: a union's committee (``committees_of``)
    stays in the title and the union is the org, as a party body inside an organization does (the
    guideline's clarification: 党支部书记 of 某中心). A committee written alone after a title of a union
    (``committee_bodies``) is that union's (某集团工会副主席、女职工委员会主任)."""
    committee = ends_with_any(seg.org, tuple(lex.committee_of))
    union = seg.org[:-len(committee)] if committee else ""
    if committee == seg.org and prev is not None and prev.org and prev.org.endswith(lex.committee_bodies):
        union = prev.org
    if len(union) < 2 or not union.endswith(lex.committee_bodies):
        return
    # (the title as printed: 经审会主任 of 经审会, read as 经费审查委员会)
    _body_into_title(seg, ends_with_any(seg.org_text, tuple(lex.committee_of)) or committee, union)


def _body_into_title(seg: Segment, body: str, owner: str) -> None:
    """The body inside an organization (党委, 女职工委员会) goes into the title (党委书记, its span
    widened where the body is printed right before it) and ``owner`` is the org; the org as
    written loses it too."""
    written_before = seg.org_text.endswith(body) and seg.org_start + len(seg.org_text) == seg.title.start
    start = seg.title.start - len(body) if written_before else seg.title.start
    seg.title = Title(start, seg.title.end, body + seg.title.word, seg.title.kind)
    seg.org = owner
    if seg.org_as_written and seg.org_as_written.endswith(body):
        seg.org_as_written = seg.org_as_written[:-len(body)] or None


def _outside_party_body(org: str, lex: RoleLexicon) -> str:
    """The organization a party body is inside (某集团党委 -> 某集团)."""
    return _outside(org, lex.party_bodies)


def _outside_leading_body(org: str, lex: RoleLexicon) -> str:
    """The organization a leading body is inside (中共中央政治局 -> 中共中央)."""
    return _outside(org, lex.leading_bodies)


def _department_of(written: str, index: PlaceIndex, lex: RoleLexicon, frame: Frame | None, before: int) -> str:
    """人力资源部, 心内科, 党委 written bare before a title (or after the body's own word: 公司|技术部):
    the department or party body of the enterprise, hospital or school the sentence happens at
    (``frame``), else of the one the article names most before it (某医院心内科: ``department_endings``),
    where no other body is named in the sentence (某市总工会来到某公司…法律工作部部长: the union's).
    Where the article names the body's union most, only a clinic (``clinic_endings``: 心内科) or a party
    body is the body's, not 女工部. ``written`` where
    there is none, where it is a listed body's name (外交部, 人武部: org_names.txt) or a party organ
    (组织部), or where its words name a place's, a unit's or a committee's (县委宣传部, 支队政治部:
    ``department_stops``)."""
    head = starts_with_any(written, lex.bare_heads)
    dept = written[len(head):] if head and len(written) - len(head) >= 2 else written
    # (党委书记、董事长甲 opening a sentence: the party body of that enterprise, as a department is;
    # 集团党委 among two groups named is left to the bare head's own reading)
    party_body = dept == written and dept in lex.title_party_bodies
    if not (party_body or _department_word(dept, lex)):
        return written
    if frame is not None:
        parent = frame.org
    else:
        found = _article_org(index, before, lex)
        parent = _outside_inner_body(found, lex) if found else None
        if found and found.endswith(tuple(lex.chain_bodies_longest)) and not dept.endswith(lex.clinic_endings) \
                and not party_body:
            return written   # (某集团工会…女工部: the union's; its 党委 is the enterprise's)
    parent = index.with_seat(index.expand(_bare_head_resolved(parent, index, lex))) if parent else None
    if parent in lex.bare_heads or not _holds_bodies(parent, lex) or parent.endswith(dept) \
            or _another_body_in_sentence(index, parent, before, lex):
        return written
    return parent + dept


def _department_word(dept: str, lex: RoleLexicon) -> bool:
    """Whether ``dept`` names a department of some body (人力资源部, 心内科, 办公室: 2-6 characters
    ending with ``department_endings``): not a listed body's name (外交部), a party organ (组织部),
    nor words of a place's, a unit's or a committee's (县委宣传部, 支队政治部: ``department_stops``)."""
    return 2 <= len(dept) <= 6 and dept.endswith(lex.department_endings) and all_han(dept) \
        and dept not in lex.domain.org_names and dept not in lex.party_organs \
        and not any(c in lex.domain.place_suffix_chars or c in lex.department_stops for c in dept[:-1]) \
        and not elided(dept, lex)


def _listed_before(chain: Chain, lex: RoleLexicon) -> str | None:
    """The organization of the title just before in a list of persons (某总工会副主席甲、…), where it
    is a body's and no place's (县长甲、办公室主任乙: the county's government is not written)."""
    last = chain.segments[-1]
    if not last.org or last.is_place or last.title.word in lex.place_heads or _is_place(last.org, lex):
        return None
    return last.org


def _another_body_in_sentence(index: PlaceIndex, parent: str, at: int, lex: RoleLexicon) -> bool:
    """Whether the sentence holding ``at`` names an organization other than ``parent``, its own
    bodies and departments (某市总工会来到某公司: the union's department as likely)."""
    start, end = _sentence_start(index.text, at), _sentence_end(index.text, at)
    return any(start <= offset < end and t in index.orgs and t not in parent and parent not in t
               and not (len(t) <= 8 and t.endswith(lex.department_endings))
               and index.with_seat(index.expand(t)) != parent for offset, t in index.seen)


def _outside_inner_body(org: str, lex: RoleLexicon) -> str:
    """The enterprise a party body or a union is inside (某集团工会 -> 某集团, for 某集团工会主席兼
    副总经理)."""
    return _outside(org, lex.party_bodies + lex.chain_bodies_longest)


def _holds_bodies(org: str | None, lex: RoleLexicon) -> bool:
    """Whether ``org`` is an enterprise or institution (…有限公司, …集团, …医院: roles.yaml's
    ``bare_heads``, or a legal form), whose union or party committee written bare after one of its
    people's titles is its own."""
    return bool(org) and org.endswith(lex.body_holder_endings)


def _inherits(before: Segment, seg: Segment, lex: RoleLexicon) -> bool:
    return bool(before.org) and before.title.kind == seg.title.kind == "office" \
        and before.title.word not in lex.place_heads and before.title.word not in lex.self_contained \
        and seg.title.word not in lex.place_heads


def _shares_head(org: str, title: str, lex: RoleLexicon) -> bool:
    """外交部长 -> 外交部 + 部长: a title of the body's last character and 长 alone (or 副 before
    them), never a longer title ending so (班组长 is no 班组 + 组长)."""
    core = title[1:] if title.startswith("副") else title
    return len(core) == 2 and core.endswith("长") and core[0] in lex.shared_head_chars \
        and not org.endswith(core[0])


def _is_place(text: str, lex: RoleLexicon) -> bool:
    return lex.is_place(text)
