"""Who takes part: entities in a text region, minus title modifiers and proxies, with elided names resolved."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable, Iterator

from spacy.tokens import Doc

from ..article_doc import doc_text, entity_char_spans
from ..text.chars import COLONS, HAN_CHAR, is_part_of_name
from ..text.scan import find_all
from .sentences import CLAUSE_END, SENT_END
from .triggers import EventLexicon

BREAKS = "，。；：,;:！？!?\n"


@dataclass(frozen=True)
class Mention:
    name: str
    label: str
    start: int
    end: int


_TERM = re.compile(r"第[一二三四五六七八九十百0-9]{1,4}届")
# ... also when NER left the body out: X第九届执行委员会
_TERM_BODY = re.compile(r"第[一二三四五六七八九十百0-9]{1,4}届[\u4e00-\u9fff]{0,6}?(?:委员会|执委会|理事会|常委会|主席团)")


def doc_mentions(doc: Doc) -> list[Mention]:
    """PER/ORG/LOC entities (other labels are no participants), in order."""
    text = doc_text(doc)   # (read once: a span's text is its slice of the doc's)
    spans = entity_char_spans(doc)
    ents = sorted((Mention(text[s:e], label, s, e) for s, e, label in spans if label in ("PER", "ORG", "LOC")),
                  key=lambda m: m.start)
    # 某省总工会 + 第九届 + 执行委员会: one body of the organization, one name
    out: list[Mention] = []
    for m in ents:
        prev = out[-1] if out else None
        if prev and prev.label == m.label == "ORG" and _TERM.fullmatch(text, prev.end, m.start):
            out[-1] = Mention(text[prev.start:m.end], "ORG", prev.start, m.end)
            continue
        if prev and prev.label == "ORG" and prev.start <= m.start < prev.end:
            continue   # inside a body joined above
        body = _TERM_BODY.match(text, m.end) if m.label == "ORG" else None
        out.append(Mention(text[m.start:body.end()], "ORG", m.start, body.end()) if body else m)
    return out


def in_region(ents: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in ents if start <= m.start and m.end <= end]


def accompanied(text: str, start: int, who: Mention, lex: EventLexicon) -> bool:
    """随同东洋国总统甲来访的乙: 甲 is named after a companion mark (events.yaml companion_marks) in
    text[start:who.start], his place and titles between (no 的, list mark nor clause mark)."""
    marks = [k + len(w) for w in lex.companion_marks if (k := text.rfind(w, start, who.start)) >= 0]
    return bool(marks) and not any(c in text[max(marks):who.start] for c in "的、和与，")


def reported_start(text: str, ents: list[Mention], start: int, end: int, lex: EventLexicon,
                   labels: tuple[str, ...] = ("PER",), titles: list[tuple[int, int, str]] = ()) -> int:
    """发言人甲宣布：乙将对某国进行访问, 甲说乙期待今年访华, 甲说，某法院当天举行会议: where a colon
    or a reporting verb before ``end`` opens reported words that name someone (of ``labels``; not
    a body inside a person's title, ``titles``: 他担任美国国防部长以后首次访华), the event's
    subject is among them, not the one reporting: after the colon or verb."""
    marks = [(k, k + len(c)) for c in COLONS if (k := text.rfind(c, start, end)) >= 0] \
        + reporting_verbs_at(text, ents, start, end, lex)
    if not marks:
        return start
    after = max(marks)[1]
    return after if any(after <= m.start and m.end <= end and m.label in labels
                        and not (m.label != "PER" and _in_a_title(text, m, lex, titles))
                        for m in ents) else start


def _in_a_title(text: str, m: Mention, lex: EventLexicon, titles: list[tuple[int, int, str]]) -> bool:
    """A body inside a person's title (the roles stage's ``titles``), or one a title follows, its
    last character shared (担任美国国防部|长: no person named after it)."""
    return any(a <= m.start and m.end <= b for a, b, _ in titles) or text.startswith(lex.positions, m.end) \
        or text.startswith(lex.positions, m.end - 1)


def reporting_verbs_at(text: str, ents: list[Mention], start: int, end: int, lex: EventLexicon) -> list[tuple[int, int]]:
    """(start, end) of each reporting verb (events.yaml reporting_verbs: 说, 表示, 宣布) in
    text[start:end] outside any name: the words after one are reported."""
    return [(k, k + len(w)) for w in lex.reporting_verbs for k in find_all(text, w, start, end)
            if not any(m.start <= k < m.end for m in ents)]


def inside_a_name(ents: list[Mention], start: int, end: int) -> bool:
    """Whether text[start:end] lies inside an entity (a trigger word in 某某会晤委员会, 调研组)."""
    return any(m.start <= start and end <= m.end for m in ents)


def written_outside_names(text: str, words: Iterable[str], start: int, end: int,
                          ents: list[Mention]) -> Iterator[tuple[int, str]]:
    """(offset, word) for each of ``words`` written in text[start:end] outside every name (计划 is
    no word of the clause inside 联合国开发计划署)."""
    return ((k, w) for w in words for k in find_all(text, w, start, end) if not inside_a_name(ents, k, k + len(w)))


def role_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, person) of title-and-name phrases found by the roles stage, if it ran."""
    return [(r["start"], r["end"], r.get("person") or "") for r in (doc._.roles or []) if "start" in r]


def title_owner(text: str, m: Mention, ents: list[Mention], lex: EventLexicon, roles: list[tuple[int, int, str]]) -> Mention | None:
    """The person whose title m is part of (`北京市总工会党组书记、副主席张良` -> 张良), else None."""
    if m.label == "PER":
        return None
    for start, end, person in roles:
        if start <= m.start and m.end <= end and person and person != m.name:
            if heads_after_frame(text, m, lex):
                continue   # 以甲为团长的乙代表团: the delegation he heads, named after him, acts too
            return next((p for p in ents if p.label == "PER" and start <= p.start and p.end <= end), None)
    for p in ents:
        if p.label != "PER" or p.start < m.end:
            continue
        between = text[m.end:p.start]
        # a title between (…党组书记、副主席|张良), not a verb's clause (在东洋国访问的|乙: 东洋国 is visited)
        if len(between) <= lex.title_gap and not any(c in BREAKS for c in between) and between \
                and not (between.endswith("的") and _clause_before_de(between, lex)) \
                and not _visited_before_titles(between, lex) \
                and _titled_up_to_next(text, m, p, ents):
            return p
        break
    return None


_LIST_JOINS = ("、",)


def _titled_up_to_next(text: str, m: Mention, p: Mention, ents: list[Mention]) -> bool:
    """Whether ``m`` is no stop of a list on the way to the person ``p``: the next place or
    organization follows it with words between other than a bare 、 (某总工会党组书记、区总工会主席甲:
    a title; 英国外交部北亚…事务助理次官甲: a part of the body), or none follows (来到某公司某供水站、
    某镇困难职工甲: the station, listed before the town, is a stop, and so is the company written
    right before it, not 甲's)."""
    nxt = next((q for q in ents if q.label != "PER" and m.end <= q.start < p.start), None)
    if nxt is not None and nxt.start == m.end:
        return _titled_up_to_next(text, nxt, p, ents)   # 某公司|某供水站、…: as the name it opens
    return nxt is None or text[m.end:nxt.start] not in _LIST_JOINS


_HEADED_FRAME_REACH = 40   # longer than any 以…为团长的 frame (events.yaml headed_frame)


def heads_after_frame(text: str, m: Mention, lex: EventLexicon) -> bool:
    """以甲为团长的|乙代表团: ``m`` stands right after the frame naming its head (events.yaml
    ``headed_frame``): the body that person heads, which acts with him."""
    return lex.headed_frame_re.search(text, max(0, m.start - _HEADED_FRAME_REACH), m.start) is not None


def _visited_before_titles(between: str, lex: EventLexicon) -> bool:
    """在中东进行访问的|挪威外交大臣|乙: a visit word before the 的 that opens the person's own
    titles makes the place visited, no title (not where a meeting's word has it: 在某堂会见了来访的…)."""
    clause = between[:between.rfind("的") + 1]
    return 0 < len(clause) < len(between) and bool(lex.visit_any.search(clause)) and not lex.verb_any.search(clause)


def _clause_before_de(between: str, lex: EventLexicon) -> bool:
    """访问的, 来访的: a visit or meeting word right before the 的 that joins a place to a person
    makes the place that word's, no title."""
    core = between[:-1]
    return bool(lex.visit_any.search(core)) or bool(lex.verb_any.search(core))


def unnamed_office_holder(text: str, m: Mention, lex: EventLexicon) -> bool:
    """李克强会见世界银行行长 (a headline): the body names an office whose holder is not named
    there; the body itself takes no part (the holder, named in the body, does)."""
    if m.label == "PER":
        return False
    # (美国防部长: the office shares the body's last character, 部|长)
    post = lex.position_re.match(text, m.end) or lex.position_re.match(text, m.end - 1)
    if post is None or post.end() <= m.end:
        return False
    after = post.end()
    return after == len(text) or text[after] == "\n" or text[after] in BREAKS


def is_proxy(text: str, m: Mention, lex: EventLexicon, ents: list[Mention] = ()) -> bool:
    """`连宇代表丰台区总工会第十三届委员会作报告`: the body acted for is no participant; but a
    person after a group's word or a body and 代表 (劳模代表甲, 职工代表甲, 全国人大代表甲) is
    that group's representative."""
    before = text[max(0, m.start - 4):m.start]
    cue = next((c for c in lex.proxy_cues if before.endswith(c)), None)
    if cue is None:
        return False
    if m.label != "PER":
        return True
    at = m.start - len(cue)
    if text[max(0, at - 2):at] in lex.noun_words:
        return False   # 劳模代表甲, 职工代表甲
    if cue not in lex.representative_cues:
        return True    # 受甲委托
    # 骑手代表甲, 全国人大代表甲: a word or a body before 代表 (甲代表乙, ，代表乙: acting for 乙)
    before = next((e for e in ents if e.end == at), None)
    return at == 0 or not HAN_CHAR.match(text[at - 1]) or (before is not None and before.label == "PER")


def in_attribution(text: str, m: Mention, lex: EventLexicon) -> bool:
    """据新华社报道: the entity names the source the sentence is reported from."""
    line_start = max(text.rfind(c, 0, m.start) for c in SENT_END + "\n") + 1
    frames = lex.attribution_re.finditer(text, line_start, m.end + 12)
    return any(f.start() < m.start and m.end <= f.end() for f in frames)


def in_credit(text: str, m: Mention, lex: EventLexicon) -> bool:
    """Inside a bracket (`（记者卢劲）`), within a dateline (`新华社北京１月１２日电`) or the credit right
    after it (`…电记者甲报道：`)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    before = text[line_start:m.start]
    if before.count("（") > before.count("）") or before.count("(") > before.count(")"):
        return True
    line_end = text.find("\n", line_start)
    # the dateline opens this line: never one of the next line (…参加了会见。\n新华社…电)
    d = lex.dateline_re.search(text, line_start, min(len(text) if line_end < 0 else line_end, line_start + 60))
    credit = lex.dateline_credit_re.match(text, d.end()) if d else None   # …电记者甲报道：
    if d and m.start < (credit or d).end():
        return True
    # a lead naming the source (新浪财经讯, 本报北京电): the line opens with it
    lead = _LEAD_END.match(text, m.end, min(len(text), m.end + 14))
    return bool(lead) and not any(c in BREAKS for c in before)


_LEAD_END = re.compile(r"[^，。；：,;:！？!?\n（(]{0,12}?[讯电](?![^，。；\s（(])")


def actors(doc: Doc, ents: list[Mention], start: int, end: int, lex: EventLexicon) -> list[Mention]:
    """Entities acting in text[start:end]: persons, and organizations/places that are not a person's title."""
    roles = role_spans(doc)
    text = doc_text(doc)
    out = []
    for m in in_region(ents, start, end):
        if is_proxy(text, m, lex, ents) or title_owner(text, m, ents, lex, roles) is not None \
                or in_credit(text, m, lex) or in_attribution(text, m, lex) or unnamed_office_holder(text, m, lex):
            continue
        out.append(m)
    return out


_RELATIVE_CLAUSE = re.compile(r"了?(?:[\u4e00-\u9fff]{1,6}的)?")


def group_referent(text: str, ents: list[Mention], opens_at: int, lex: EventLexicon) -> Mention | None:
    """会见了代表团一行, 与来访的代表团座谈: a group word opening the object (after 了 and a short
    relative clause with 的, nothing else) that a body named before in the article ends with
    (东洋国…代表团) is that body: the latest such."""
    word = group_word_at(text, opens_at, lex)   # 对代表团的来访: the group word itself opens it
    pos = opens_at if word else _RELATIVE_CLAUSE.match(text, opens_at).end()
    word = word or group_word_at(text, pos, lex)
    if word is None or any(m.start <= pos < m.end for m in ents):
        return None
    return next((m for m in reversed(ents) if m.end <= opens_at and m.label == "ORG"
                 and m.name.endswith(word) and m.name != word), None)


def group_word_at(text: str, pos: int, lex: EventLexicon) -> str | None:
    """The unnamed group word (代表团, 考察团, 客人) written at ``pos``, or None."""
    return next((w for w in lex.partner_groups if text.startswith(w, pos)), None)


def subjects(doc: Doc, ents: list[Mention], start: int, end: int, lex: EventLexicon) -> list[Mention]:
    """Actors of text[start:end] that can be a verb's subject: not after 在/了解/为… in their clause."""
    from .sentences import clause_at
    text = doc_text(doc)
    out = []
    found = actors(doc, ents, start, end, lex)
    for i, m in enumerate(found):
        c_start, _ = clause_at(text, start, end, m.start)
        last = _last_object_mark(text, c_start, m.start, ents, lex)
        if (last is None or _acts_jointly(text, last, m, ents, lex) or _frames_a_stay(text, c_start, m, lex)
                or heads_after_frame(text, m, lex)) \
                and not _owns_the_next(text, m, found[i + 1:]):
            out.append(m)
    return out


_OWNED_GAP = 8   # 甲将军的女儿|乙: titles and a word of kin or office between the two names


def _owns_the_next(text: str, m: Mention, rest: list[Mention]) -> bool:
    """甲将军的女儿乙来到…, 某公司的乙: one whose 的 makes the person named right after him
    his (daughter, secretary, member) only says whose that person is; that person acts."""
    nxt = rest[0] if rest else None
    if nxt is None or nxt.label != "PER":
        return False
    gap = text[m.end:nxt.start]
    return "的" in gap and len(gap) <= _OWNED_GAP and not any(c in gap for c in CLAUSE_END + SENT_END)


def _frames_a_stay(text: str, c_start: int, m: Mention, lex: EventLexicon) -> bool:
    """在甲访问某国期间，…: the one right after the 在 opening a clause that closes with a word of
    duration (during_frames) is the subject of what the frame says he did."""
    if m.start != c_start + 1 or text[c_start] != "在":
        return False
    end = next((k for k in range(m.end, len(text)) if text[k] in CLAUSE_END + SENT_END), len(text))
    return text.endswith(lex.during_frames, m.end, end)


def _last_object_mark(text: str, start: int, end: int, ents: list[Mention], lex: EventLexicon) -> str | None:
    """The last word in text[start:end] that makes what follows an object or a place (在, 对,
    了解 …), as that word: not inside a name (某国对外友好协会), nor inside a two-character common
    word (对外, 共同, 参与, 现在: no preposition) but for ``object_marks_in_words`` (递给); a
    name's last character makes no word with it (周明远|在: 远在 is a word, not here). None where
    there is none."""
    named = {k for m in ents if m.start < end and m.end > start for k in range(m.start, m.end)}
    last: tuple[int, str] | None = None
    for w in lex.not_subject_after:
        k = text.rfind(w, start, end)
        while k >= 0 and (k in named or (w not in lex.object_marks_in_words
                                          and lex.inside_common_word(text, k, k + len(w), named))):
            k = text.rfind(w, start, k)
        if k >= 0 and (last is None or (k, w) > last):
            last = (k, w)
    return last[1] if last else None


def _acts_jointly(text: str, mark: str, m: Mention, ents: list[Mention], lex: EventLexicon) -> bool:
    """甲与乙共同召开 / 甲同乙、丙联合举办: the partners after 与/同 act with the subject when a
    joint word (共同, 联合) follows them, or follows a deed they did first (甲与乙举行会谈后共同会见
    记者); the last word before them that keeps an entity from
    being a subject (``mark``) must be that 与/同."""
    if mark not in lex.joint_partner_marks:
        return False
    pos = m.end
    while not text.startswith(lex.joint_words, pos):
        nxt = next((e for e in ents if e.start == pos + 1), None) if text[pos:pos + 1] in lex.coordinators else None
        if nxt is None:
            return _joint_after_a_deed(text, pos, lex)
        pos = nxt.end
    return True


def _joint_after_a_deed(text: str, pos: int, lex: EventLexicon) -> bool:
    """甲与乙举行会谈后|共同会见记者: a deed done first, ending with an after-word, then the joint
    word, within the clause and 10 characters."""
    for k in range(pos + 1, min(len(text), pos + 11)):
        if text[k] in SENT_END + CLAUSE_END:
            return False
        if text.startswith(lex.joint_words, k):
            return text.endswith(lex.joint_after_deed, pos, k) if lex.joint_after_deed else False
    return False


_TITLE_INDEX = "events_title_index"   # doc.user_data: the role phrases and mentions, sorted once
_LONGEST_NAME = 64


def title_orgs(doc: Doc, ents: list[Mention], person: Mention, lex: EventLexicon) -> list[Mention]:
    """Organizations in the title of `person` (for 带队: the leader's organization visits too).
    Only the phrases and mentions near him are read (a title runs back a short way): a long
    article of many visits costs no more per visitor than a short one."""
    text = doc_text(doc)
    phrases, phrase_starts, longest, mentions, mention_starts = _title_index(doc, ents)
    # (a phrase holding an organization of his title holds him too; a title's organization ends
    # within title_gap of him; a name is never longer than _LONGEST_NAME)
    lo = person.start - 2 * longest - lex.title_gap - _LONGEST_NAME
    near_phrases = sorted(phrases[bisect_left(phrase_starts, lo):bisect_right(phrase_starts, person.start)])
    roles = [r for _, r in near_phrases]   # in the roles stage's order, as title_owner reads them
    near = mentions[bisect_left(mention_starts, lo):bisect_right(mention_starts, person.end)]
    return [m for m in near if m.label == "ORG" and m.end <= person.start
            and title_owner(text, m, near, lex, roles) == person]


def _title_index(doc: Doc, ents: list[Mention]) -> tuple:
    """(role phrases as (index, phrase) sorted by start, their starts, the longest phrase's length,
    the mentions sorted by start, their starts), built once per Doc and list of mentions."""
    key = (id(ents), len(ents), len(doc._.roles or []))
    cached = doc.user_data.get(_TITLE_INDEX)
    if cached is not None and cached[0] == key:
        return cached[1]
    spans = role_spans(doc)
    phrases = sorted(((r[0], i), r) for i, r in enumerate(spans))
    phrases = [(i, r) for (_, i), r in phrases]
    mentions = sorted(ents, key=lambda m: m.start)
    index = (phrases, [r[0] for _, r in phrases], max((e - s for s, e, _ in spans), default=0),
             mentions, [m.start for m in mentions])
    doc.user_data[_TITLE_INDEX] = (key, index)
    return index


def resolve_name(name: str, doc: Doc, ents: list[Mention], lex: EventLexicon, at: int | None = None) -> str:
    """`区总工会` -> `平谷区总工会` when that full form is written in the article, or the roles stage
    resolved it with a place the article writes with its level (平谷区) or by its abbreviation
    (来苏: 江苏省总工会; not 江西 for 省总工会: a participant is named as written, completed only
    from what is written); a short form (全总) is its full name where the article writes that
    (中华全国总工会), and so is a company's trade name written alone (豫信精密: the shared lexicon's
    ``company_named_short``); a foreign person named by one part of his name (桑托斯) is the one the
    article names in full so (玛丽亚·桑托斯). ``at``: where the participant is written (of two full
    forms written as often, the one written last before it)."""
    text = doc_text(doc)
    foreign = {m.name for m in ents if m.label == "PER" and is_part_of_name(name, m.name)}
    if len(foreign) == 1:
        return foreign.pop()
    full = lex.written_full_form(name, text)
    if full is not None:
        return full
    company = lex.company_named_short(name, (m.name for m in ents if m.label == "ORG"))
    if company is not None:   # 豫信精密 of 豫信精密制造股份有限公司: the company in full
        return company
    for r in doc._.roles or []:
        org = r.get("org")
        if r.get("org_as_written") == name and org and org.endswith(name) and name \
                and (org[:-len(name)] + name[0] in text   # the place with its level: 平谷 + 区
                     or any(a in text for a in lex.place_abbreviations_of.get(org[:-len(name)], ()))):
            return org
    level = lex.elided_level(name)   # 区, 街道 …
    if level is None or len(name) <= len(level):
        return name
    longer = [(m.name, m.start) for m in ents if m.name != name and m.name.endswith(name) and m.label == "ORG"]
    if not longer:  # a written full form that NER missed: place entity + the rest
        longer = [(p.name + name[len(level):], p.start) for p in ents if p.label == "LOC" and p.name.endswith(level)
                  and (p.name + name[len(level):]) in text]
    if not longer:
        return name
    # the one written most, the longest; of two so, the one written last before the participant
    # (…与拉萨市总工会座谈…北京市总工会巡视员甲，市总工会相关部门负责人参加: 北京's), else the first written
    names = [n for n, _ in longer]
    last_before = {n: k for n, k in longer if at is None or k < at}
    return max(dict.fromkeys(names), key=lambda n: (names.count(n), len(n), last_before.get(n, -1)))


def coordinated_name(text: str, who: Mention, ents: list[Mention], lex: EventLexicon) -> str | None:
    """青山区委、区政府; 平谷区人社局、区司法局、区法院: an elided name (区政府) listed after a body
    written with its place (青山区委; the place an entity of the article), directly or through
    other elided names of the list, is that place's: 青山区政府, 平谷区法院 (the guideline's
    丰台区人大常委会副主任、区总工会主席 -> 丰台区总工会, as the roles stage reads it)."""
    level = lex.elided_level(who.name)
    if who.label != "ORG" or level is None or len(who.name) <= len(level):
        return None
    item = who
    while text[item.start - 1:item.start] in lex.coordinators:
        sibling = next((m for m in ents if m.end == item.start - 1 and m.label == "ORG"), None)
        if sibling is None:
            return None
        places = [m.name for m in ents if m.label == "LOC" and m.name.endswith(level)
                  and sibling.name.startswith(m.name) and len(sibling.name) > len(m.name)]
        if places:
            return max(places, key=len) + who.name[len(level):]
        if not sibling.name.startswith(level):
            return None   # a body of no place of that level opens the list
        item = sibling
    return None


def led_body(text: str, who: Mention, ents: list[Mention], lex: EventLexicon) -> str | None:
    """甲率领的（日本东洋市）青山区议会代表团: a delegation led by a named head takes part as
    its body (青山区议会), as the guests of a reception are named: a delegation by the shared
    lexicon's ``delegation_body`` (as the roles stage reads it; ``partner_groups`` are group words
    too), after a leader cue with 的 and any places written before it."""
    if who.label != "ORG":
        return None
    body = lex.delegation_body(who.name, lex.partner_groups)
    if body is None:
        return None
    start = who.start
    while (place := next((m for m in ents if m.end == start and m.label == "LOC"), None)) is not None:
        start = place.start
    led = any(text.endswith(cue + "的", 0, start) for cue in lex.leader_cues)
    return body if led else None


def label_of(name: str, ents: list[Mention], lex: EventLexicon) -> str:
    for m in ents:
        if m.name == name:
            return m.label
    return "ORG" if name.endswith(lex.org_suffixes) else "LOC"


def is_org_like(name: str, lex: EventLexicon) -> bool:
    return len(name) >= 3 and name.endswith(lex.org_suffixes) and not re.search(r"[，。、“”]", name)


def opens_with_titles(text: str, start: int, name_start: int, lex: EventLexicon) -> bool:
    """The words from ``start`` open with the name, or with titles right before it
    (市总工会副主席|甲, 对东洋国总统|乙): no clause mark in between, and the words before the name
    end with a position."""
    before = text[start:name_start]
    return not before or (not any(c in before for c in CLAUSE_END) and before.endswith(lex.positions))

