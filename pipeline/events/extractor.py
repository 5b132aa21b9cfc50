"""Mentions -> events: merge statements of the same meeting/visit, attach role cues, dates, places, counts."""
from __future__ import annotations

from bisect import bisect_left
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..article_doc import doc_text
from ..text.chars import COLONS, LIST_CLOSER, NUMERAL_CHARS, SENT_END
from ..text.scan import find_all, inside_quotation
from .dates import YEAR, DateMention, dateline, find_dates, normalize, parse_iso
from .meetings import meeting_nouns, meeting_verbs
from .mentions import GENERIC_MEETING, EventMention
from .participants import (Mention, actors, coordinated_name, doc_mentions, inside_a_name, label_of, led_body,
                           opens_with_titles, reporting_verbs_at, resolve_name, role_spans, subjects, written_outside_names)
from .sentences import CLAUSE_END, Sentence, clause_at, clauses, sentences
from .triggers import EventLexicon
from .visits import group_stop, place_frame, subtype_of, topic_stop, visit_kind, visit_mentions

_LIST_ITEM_ENDS = "、，,。；;等和及"   # what may follow an item of a list of names
_LIST_CLOSER = re.compile(LIST_CLOSER)
# the roles whose cue sentence may count a meeting's attendance (not a speaker's: 他说，已有5000余名职工参加培训)
_ATTENDANCE_ROLES = ("attendee", "organizer", "chair")


_YEAR_FIRST = re.compile(rf"^(?:{YEAR})年")   # 2025年 opening a meeting's name: its date


@dataclass
class EventDraft:
    type: str
    subtype: str
    mentions: list[EventMention] = field(default_factory=list)
    extra: list[tuple[Mention, str]] = field(default_factory=list)   # from role cues and stops
    date: DateMention | None = None
    attended: list[Sentence] = field(default_factory=list)   # sentences whose attendee cue it took

    @property
    def body(self) -> list[EventMention]:
        return [m for m in self.mentions if m.sentence.is_body]

    @property
    def main(self) -> EventMention:
        return (self.body or self.mentions)[0]

    @property
    def name(self) -> str | None:
        names = [m.name for m in self.body if m.name and not m.anaphoric] or \
                [m.name for m in self.mentions if m.name and not m.anaphoric]
        if not names:
            return None
        # the longest form wins: a headline's 某某工会联谊座谈会 where the body writes 联谊座谈会
        # (a year written before it is its date, no part of the name: 2025年|某某联席会议)
        heads = (_YEAR_FIRST.sub("", m.name, count=1) for m in self.mentions
                 if m.name and not m.anaphoric and not m.sentence.is_body)
        longer = [name for name in heads if len(name) > len(names[0]) and name.endswith(names[0])]
        return max(longer, key=len) if longer else names[0]

    def participants(self) -> list[tuple[Mention, str]]:
        body = [p for m in self.body for p in m.participants]
        heads = [p for m in self.mentions if not m.sentence.is_body for p in m.participants]
        roles_in_body = {(r, w.label == "PER") for w, r in body}
        # the headline's people count only where the body states no one in that role (persons
        # and bodies apart: 区总工会赴X in the headline, its leader in the body, both visit)
        out = body + [p for p in heads if (p[1], p[0].label == "PER") not in roles_in_body
                      and (p[0].label != "LOC" or p[1] not in {r for r, _ in roles_in_body})] + self.extra
        seen, unique = set(), []
        for who, role in out:
            if (who.name, role) not in seen:
                seen.add((who.name, role))
                unique.append((who, role))
        return unique


def _name_key(name: str, lex: EventLexicon) -> str:
    """A meeting's name as compared with another of its names: bodies written short, ordinal marks
    left out (第十四届人民代表大会第三次会议 -> 十四届人大三次会议)."""
    for full, short in lex.name_variants:
        name = name.replace(full, short)
    return name


def _written_inside(short: str, name: str) -> bool:
    """``short`` is written in ``name`` with no number running on across either edge (二次会议 is
    not inside 十二次会议)."""
    for k in find_all(name, short):
        end = k + len(short)
        if not (k > 0 and name[k - 1] in NUMERAL_CHARS and short[0] in NUMERAL_CHARS) \
                and not (end < len(name) and name[end] in NUMERAL_CHARS and short[-1] in NUMERAL_CHARS):
            return True
    return False


def _same_meeting(ev: EventDraft, m: EventMention, lex: EventLexicon) -> bool:
    if ev.type != "meeting":
        return False
    if m.subtype in lex.partner_meeting_subtypes or ev.subtype in lex.partner_meeting_subtypes:
        if ev.subtype != m.subtype:
            return False
        first, second = ("host", "guest") if m.subtype == "reception" else ("organizer", "organizer")
        hosts = {w.name for w, r in ev.participants() if r == first}
        guests = {w.name for w, r in ev.participants() if r == second}
        # another host meeting the same guest is another reception; a short form is the same
        # party (甲会见了托马斯·萨维…甲表示很高兴与萨维会面)
        return (not m.names(first) or _same_names(m.names(first), hosts)) and _same_names(m.names(second), guests)
    if m.anaphoric and not m.name:
        return True
    name = ev.name
    if m.name and name:
        ours, theirs = _name_key(m.name, lex), _name_key(name, lex)
        return _written_inside(ours, theirs) or _written_inside(theirs, ours)
    return m.anaphoric or (not m.name and ev.subtype == m.subtype)


def _continues_a_reception(text: str, m: EventMention, events: list[EventDraft], lex: EventLexicon) -> bool:
    """甲会见了乙一行，并与他们座谈: a bare meeting verb of a kind a reception goes on in
    (continued_reception), after a continuation mark following the sentence's reception
    with no other meeting stated in between (a visit may be: 会见了来京访问的乙，并座谈)."""
    if m.type != "meeting" or m.name or m.subtype not in lex.continued_reception:
        return False
    stated = [(x.trigger_start, e) for e in events if e.type == "meeting" for x in e.body
              if x.sentence == m.sentence and x.trigger_start < m.trigger_start]
    if not stated:
        return False
    start, last = max(stated, key=lambda se: se[0])
    return last.subtype == "reception" \
        and any(text.find(w, start, m.trigger_start) >= 0 for w in lex.continuations)


def _same_names(ours: set[str], theirs: set[str]) -> bool:
    """Some name of ``ours`` is one of ``theirs`` or written inside it, or the other way round."""
    return any(a == b or (min(len(a), len(b)) >= 2 and (a in b or b in a)) for a in ours for b in theirs)


def _cue_hits(text: str, sent: Sentence, ents: list[Mention], lex: EventLexicon,
              phrases: list[tuple[int, int, str]] = ()) -> list[tuple[int, int, str]]:
    """Role cues of the sentence (出席, 讲话, 作…报告 …) as (start, end, role); ``phrases``: the
    title-and-name phrases of the roles stage (no verb inside one)."""
    hits: list[tuple[int, int, str]] = []
    reports = [(m.start(), m.end(), "speaker") for m in lex.agent_report_re.finditer(text, sent.start, sent.end)]
    reports += [(m.start(), m.end(), "speaker") for m in lex.made_report_re.finditer(text, sent.start, sent.end)
                if not any(a <= m.start() < b for a, b, _ in reports)
                and not _report_received(text, sent, m.start(), ents, phrases, lex)]
    reports += [(m.start(), m.end(), "speaker") for m in lex.heard_report_re.finditer(text, sent.start, sent.end)
                if not any(a <= m.start() < b for a, b, _ in reports) and _heard_from(text, sent, m.start(), lex) >= 0]
    # 某某带队。 / …由甲率团。: a lead verb closing its sentence names a leader of the visit stated;
    # so does one closing a clause before those who come along (甲带队，乙陪同。), not one going on
    # to a trip of its own (甲带队，到某镇送图书)
    led = [(a, a + len(w), "visitor") for w in lex.leader_cues for a in find_all(text, w, sent.start, sent.end)
           if (text[a + len(w):a + len(w) + 1] in SENT_END or _before_companions(text, sent, a + len(w), lex))
           and not inside_a_name(ents, a, a + len(w))]
    if not (reports or led or lex.cue_any.search(text, sent.start, sent.end)) or _in_non_event(text, sent, lex):
        return hits
    hits += reports + led
    for word, role in lex.role_cues:
        for a in find_all(text, word, sent.start, sent.end):
            b = a + len(word)
            if any(x < b and a < y for x, y, _ in hits):
                continue
            if any(text.startswith(w, b) for w in lex.cue_blockers) or inside_a_name(ents, a, b):
                continue   # 讲话精神: a noun; 市政|协办|公厅: a name's characters
            if inside_quotation(text, a) or _reported_before(text, ents, sent.start, a, lex):
                continue   # 甲说：“我与乙共同主持了…” / 甲说，乙…积极参加…: reported words tell of another occasion
            if role == "speaker" and lex.noun_re.match(text, b):
                continue   # 宣讲报告会: part of a meeting's name (主持座谈会 has the meeting as object)
            if role == "attendee" and text.startswith("的", b) and not _meeting_object(text, sent, b, lex):
                continue   # 取消了甲参加的两场比赛的成绩: what he took part in is named after 的, no meeting
            if role == "attendee" and word in lex.object_cues and not _attends_an_event(text, sent, b, lex):
                continue   # 先后参加了南昌起义, 参加了投票: what he took part in is no event
            if role == "speaker" and text.endswith(tuple(lex.speech_noun_before), sent.start, a):
                continue   # 学习甲的重要讲话: a speech referred to, given elsewhere
            if role == "speaker" and _report_received(text, sent, a, ents, phrases, lex):
                continue   # 会议审议通过了某委员会工作报告: a report approved, nobody speaks here
            hits.append((a, b, role))
    return sorted(hits)


def _before_companions(text: str, sent: Sentence, pos: int, lex: EventLexicon) -> bool:
    """Whether a clause end at ``pos`` opens the sentence's last clause, which names those who
    attend (陪同, 参加)."""
    if text[pos:pos + 1] not in CLAUSE_END:
        return False
    start, end = clause_at(text, sent.start, sent.end, pos + 1)
    return end >= sent.end - 1 and any(cue in text[start:end] for cue in lex.attendee_cues)


def _heard_from(text: str, sent: Sentence, pos: int, lex: EventLexicon) -> int:
    """Where the words of those whose report is heard start: after the last word of receiving a
    report (听取) before ``pos`` in its clause; -1 where there is none."""
    start = clause_at(text, sent.start, sent.end, pos)[0]
    found = [(k + len(w)) for w in lex.speech_objects_before if (k := text.rfind(w, start, pos)) >= 0]
    if not found:
        return -1
    k = max(found)
    return k + 1 if text.startswith("了", k) else k


def _report_received(text: str, sent: Sentence, pos: int, ents: list[Mention],
                     phrases: list[tuple[int, int, str]], lex: EventLexicon) -> bool:
    """Whether a word of receiving a report (speech_objects_before: 审议, 听取) stands before
    ``pos`` in its clause outside any name or title (not 经费审查委员会主任甲作报告)."""
    start = clause_at(text, sent.start, sent.end, pos)[0]
    return any(not any(a <= k and k + len(w) <= b for a, b, _ in phrases)
               for k, w in written_outside_names(text, lex.speech_objects_before, start, pos, ents))


def _attends_an_event(text: str, sent: Sentence, pos: int, lex: EventLexicon) -> bool:
    """Whether what follows an attendee cue at ``pos`` in its clause is nothing (甲、乙参加), or an
    object naming an event: a meeting noun or verb, a visit word, or an event word
    (attendee_objects: 参加了此次活动, 出席仪式), or the clause going on (出席并颁奖)."""
    obj = text[pos:clause_at(text, sent.start, sent.end, pos)[1]].removeprefix("了").strip(" 　" + CLAUSE_END + SENT_END)
    if obj.startswith(tuple(lex.continuations)):
        return True   # 甲出席并为获奖选手颁奖: nothing named, the clause goes on with what he did there
    return not obj or lex.noun_re.search(obj) is not None or lex.verb_any.search(obj) is not None \
        or lex.visit_any.search(obj) is not None or any(w in obj for w in lex.object_events)


def _meeting_object(text: str, sent: Sentence, pos: int, lex: EventLexicon) -> bool:
    """Whether a meeting noun follows ``pos`` in its clause (参加的|全体会议)."""
    return lex.noun_re.search(text, pos, clause_at(text, sent.start, sent.end, pos)[1]) is not None


def _reported_before(text: str, ents: list[Mention], start: int, cue: int, lex: EventLexicon) -> bool:
    """Whether a reporting verb right before a comma or colon (说，/ 表示： / 指出，) opens reported
    words between ``start`` and ``cue``."""
    return any(text.startswith(mark, end) for _, end in reporting_verbs_at(text, ents, start, cue, lex)
               for mark in "，," + COLONS)


def _in_non_event(text: str, sent: Sentence, lex: EventLexicon) -> bool:
    """随后的慰问演出中，甲致辞: a sentence set in a non-event (a show, a ceremony: non_events) by
    its opening frame; its speakers and attendees take part in that, not in a meeting."""
    parts = clauses(text, sent.start, sent.end)
    if len(parts) < 2:
        return False
    frame = text[parts[0][0]:parts[0][1]].rstrip(CLAUSE_END)
    return frame.endswith(("中", "上", "时", "期间")) and any(w in frame for w in lex.non_events)


def _cue_roles(doc: Doc, sent: Sentence, ents: list[Mention], hits, lex: EventLexicon) -> list[tuple[Mention, str]]:
    """Subjects of 出席/讲话/主持/…; `出席…并讲话` keeps one subject, the stronger role wins per person
    (both where one person holds them together: 主持…并讲话, ``joint_roles``)."""
    best: dict[str, tuple[Mention, str]] = {}
    joint: list[tuple[Mention, str]] = []
    prio = {r: k for k, r in enumerate(lex.role_priority)}
    subject: list[Mention] = []
    prev = sent.start
    text = doc_text(doc)
    for a, b, role in hits:
        region, escorts = _after_meeting_clause(text, prev, a, lex), False
        # (听取甲、乙工作汇报: a report heard with no 的 before it, heard_report)
        plain = role == "speaker" and text[a] != "的" and lex.heard_report_re.fullmatch(text, a, b) is not None
        if text[b:b + 1] == "下":   # X在Y的陪同下, 在Y等陪同下: Y attends
            k = text.rfind("在", prev, a)
            region, escorts = (k + 1, True) if k >= 0 else (prev, False)
        if text.startswith("所", a):   # 听取了甲所作的报告: the agent is written right before 所
            found = [m for m in actors(doc, ents, region, a, lex) if m.end == a]
        elif (text.startswith("的", a) or plain) and (heard := _heard_from(text, sent, a, lex)) >= 0:
            # 听取了甲和乙的情况汇报, 听取了甲关于…的汇报, 听取甲、乙工作汇报: those heard, the last
            # right before 的, the topic or the report (not 听取了某委员会各组召集人关于…: nobody named)
            marks = (*lex.topic_marks, *lex.heard_report_topics)
            topic = min((k for w in marks if (k := text.find(w, heard, a)) >= 0), default=a)
            found = actors(doc, ents, heard, topic, lex)
            # (听取甲、乙、丙等部门关于…的汇报: the list closed by 等 and a word for its kind)
            if not any(m.end == topic or _LIST_CLOSER.fullmatch(text, m.end, topic) for m in found):
                found = []
            if plain and not found:
                prev = b
                continue   # 听取集团各单位工会工作汇报: nobody named, the subject does not report
        else:
            found = actors(doc, ents, region, a, lex) if escorts else subjects(doc, ents, region, a, lex)
        if found:
            subject = found
        prev = b
        for who in subject:
            old = best.get(who.name)
            both = old is not None and frozenset((old[1], role)) in lex.joint_roles
            if old is None or prio.get(role, 99) < prio.get(old[1], 99):
                best[who.name] = (who, role)
                if both:
                    joint.append(old)
            elif both:
                joint.append((who, role))
    return list(best.values()) + joint


def _after_meeting_clause(text: str, start: int, cue: int, lex: EventLexicon) -> int:
    """Where a cue's subjects may start: after the clause of a meeting verb or predicate before it
    (甲、乙与丙共同召开座谈会，丁出席并主持: 丁 chairs, the conveners stay organizers; 某总工会举行
    招待会招待客人，某总工会主席甲讲话: 甲 speaks, the host does not)."""
    verbs = list(lex.verb_any.finditer(text, start, cue)) + list(lex.predicate_re.finditer(text, start, cue))
    verbs.sort(key=lambda m: m.end())
    if not verbs:
        return start
    ends = [e for c in CLAUSE_END if (e := text.find(c, verbs[-1].end(), cue)) >= 0]
    return min(ends) + 1 if ends else start


def _date_for(text: str, ev: EventDraft, lex: EventLexicon, sents: list[Sentence],
              name_ends: frozenset[int]) -> DateMention | None:
    """The date of the first statement: the last one before its trigger, else the first after it;
    where it gives none, the first later statement in the body that does (青山区总工会开展慰问活动。
    3月2日上午，甲前往…), else a headline stating it."""
    for m in [ev.main] + sorted((m for m in ev.body if m is not ev.main), key=lambda m: m.trigger_start):
        found = find_dates(text, m.sentence.start, m.sentence.end, lex, name_ends)
        if not found and text.startswith(lex.during_frames, m.sentence.start):
            # 10月11日至16日，甲在某地休养。期间，甲参观了…: the period the sentence before dates
            previous = next((s for s in reversed(sents) if s.end <= m.sentence.start), None)
            before = find_dates(text, previous.start, previous.end, lex) if previous else []
            if before:
                return before[-1]
        if m.type == "visit" and text.startswith("的", m.trigger_start + len(m.trigger)):
            # 今天会见了正在这里访问的乙: a date before the meeting word is the meeting's, not the
            # date of the visit that only describes the guest
            found = [d for d in found if not (d.end <= m.trigger_start
                                              and lex.verb_any.search(text, d.end, m.trigger_start))]
        before = [d for d in found if d.start <= m.trigger_start]
        if before and any(w in text[before[-1].end:m.trigger_start] for w in lex.during_frames):
            return None   # 5月3日…，乙在青山期间，丙还会见了乙: some day of the stay, not that date
        if found:
            return before[-1] if before else found[0]
    # 某工会3月12日召开座谈会 (headline) over a body that dates it nowhere: the headline's date
    return next((d for m in ev.mentions if not m.sentence.is_body
                 for d in find_dates(text, m.sentence.start, m.sentence.end, lex, name_ends)), None)


def _attendance(text: str, ev: EventDraft, lex: EventLexicon) -> str | None:
    """`200余人参加` in a sentence stating the event, else in one whose attendees it took."""
    for sent in [m.sentence for m in ev.mentions] + ev.attended:
        hit = lex.attendance_re.search(text, sent.start, sent.end)
        if hit:
            return hit.group(1)
    return None


def _visit_name(text: str, ev: EventDraft, lex: EventLexicon) -> str | None:
    for m in ev.body or ev.mentions:
        hit = lex.visit_name_re.search(text, m.sentence.start, m.sentence.end)
        if hit and not hit.group(1).startswith(lex.kinds_of):   # 开展各类送温暖活动: kinds, no name
            return hit.group(1)
    return None


def _unreal(text: str, m: EventMention, ents: list[Mention], lex: EventLexicon) -> bool:
    """Whether the clause has a word of need, proposal, agreement, denial or of what is still to
    come before the event's word (events.yaml meeting.unreal_before; visits read it too), outside
    a name (联合国开发计划署), or says a habit of it (每季度召开一次: events.yaml meeting.habit), or
    the sentence holds it in a person's directive (甲要求，…). The clause is read through the
    event's word: 将出访, 将会见 end in it."""
    start, end = clause_at(text, m.sentence.start, m.sentence.end, m.trigger_start)
    return any(h.start(1) == m.trigger_start for h in lex.habit_re.finditer(text, start, end)) \
        or any(written_outside_names(text, lex.unreal_before, start, m.trigger_start + len(m.trigger), ents)) \
        or _directed(text, m, ents, lex)


def _directed(text: str, m: EventMention, ents: list[Mention], lex: EventLexicon) -> bool:
    """甲要求，各级工会要…把岗位送到园区: the event is in what a person named before it in its
    sentence directs others to do (a directive verb right after the person, then a comma or colon),
    where nobody is named between (甲要求，…，当天下午，市安委会召开了现场会) and the directive is
    not one followed (应甲要求, 按照甲要求: ``directive_followed`` before the person in its clause)."""
    for p in ents:
        if p.label != "PER" or not m.sentence.start <= p.start < p.end < m.trigger_start:
            continue
        verb = next((d for d in lex.directives if text.startswith(d, p.end)), None)
        if verb is None or text[p.end + len(verb):p.end + len(verb) + 1] not in "，：:":
            continue
        c_start = clause_at(text, m.sentence.start, m.sentence.end, p.start)[0]
        if any(written_outside_names(text, lex.directive_followed, c_start, p.start, ents)):
            continue
        if not any(p.end + len(verb) < e.start and e.end <= m.trigger_start for e in ents if e.label in ("PER", "ORG")):
            return True
    return False


def _many_or_listed(text: str, m: EventMention, ents: list[Mention], lex: EventLexicon) -> bool:
    """各地工会陆续召开代表大会, 一是召开委员会会议: a word of many places or of a listed step
    (generic_before) before the meeting's word in its clause, outside its name (各级工会负责人座谈会
    在某地召开 is one meeting)."""
    start = clause_at(text, m.sentence.start, m.sentence.end, m.trigger_start)[0]
    named = text.find(m.name, start, m.trigger_start) if m.name else -1
    end = named if named >= 0 else m.trigger_start
    return any(written_outside_names(text, lex.generic_before, start, end, ents))


def _in_its_clause(text: str, m: EventMention, words: tuple[str, ...], end: int, ents: list[Mention]) -> bool:
    """Whether one of ``words`` is written outside every name from the start of the clause of
    ``m``'s word up to ``end``."""
    start = clause_at(text, m.sentence.start, m.sentence.end, m.trigger_start)[0]
    return any(written_outside_names(text, words, start, end, ents))


def _valid(text: str, ev: EventDraft, ents: list[Mention], lex: EventLexicon) -> bool:
    roles = {r for _, r in ev.participants()}
    if ev.type == "visit":   # someone visits a named place, or goes round unnamed ones (走访慰问)
        if all(_unreal(text, m, ents, lex) for m in ev.mentions):
            return False   # 将于最近前往某国访问: still to come
        if "visitor" not in roles and not _unnamed_visitors(text, ev, lex):
            return False   # 赴港澳可一日来回, 图为…少女前往…: nobody named or sent goes
        goes_round = "visitor" in roles and any(m.trigger in lex.going_without_place for m in ev.body)
        carries = any(m.trigger in lex.carried and any(w.label == "PER" for w, r in m.participants if r == "visitor")
                      for m in ev.body)   # 甲将慰问品送到职工手中: a person goes
        # 甲来到环卫作业点，慰问…, 市总工会领导深入一线慰问…: a named visitor goes (not carries:
        # 送去) somewhere unnamed to condole (guideline: 慰问 is a visit where someone goes)
        condoles = "visitor" in roles \
            and any(m.trigger in lex.motion and m.trigger not in lex.carried for m in ev.body) \
            and any(subtype_of(m.trigger, lex) == "condolence" for m in ev.body)
        return "visited" in roles or goes_round or carries or condoles
    if all(_unreal(text, m, ents, lex) or _many_or_listed(text, m, ents, lex) for m in ev.mentions):
        return False   # 需要举行世界大会, 将不会与乙举行会谈, 各地陆续召开: not one held
    if ev.subtype == "reception":   # 会见 needs its guests; a reception held (举行招待会) is one anyway
        # (a place is never a guest: 会见了中国球迷 names none)
        return any(r == "guest" and w.label != "LOC" for w, r in ev.participants()) \
            or any(m.unnamed_partner or m.trigger in lex.predicates for m in ev.mentions)
    return True


def extract_events(doc: Doc, lex: EventLexicon) -> list[dict]:
    text = doc_text(doc)
    ents = doc_mentions(doc)
    sents = sentences(text, doc._.fields)
    context = doc._.context or {}
    issue = parse_iso(context.get("issue_date"))
    # the dateline of the lead the splitter took off (新华社北京1月5日电), else one in the text
    reference = dateline(context.get("source") or "", lex, issue) or dateline(text, lex, issue)
    events: list[EventDraft] = []
    body = [s for s in sents if s.is_body]
    heads = [s for s in sents if s.is_headline]

    def place(m: EventMention, from_headline: bool) -> None:
        if m.type == "visit":
            if not m.participants:
                return
            target = _visit_a_headline_sums_up(events, m) if from_headline \
                else next((e for e in reversed(events) if e.type == "visit"), None)
            together = text.endswith(lex.together_marks, 0, m.trigger_start)   # 乙、丙一同走访
            if target is not None and _unreal(text, m, ents, lex):
                return   # …还将赴某地访问, 拟访问某地: a trip still to come adds no stop to the one made
            if target is not None and _made_before(text, m, ents, lex):
                target = None
            elif target is not None and _other_visitors(target, m) and not together:
                # (甲走访…。乙带领慰问组参观…。甲看望了丙: 甲's visit stated before goes on)
                target = next((e for e in reversed(events) if e.type == "visit" and _same_visitors(e, m)), None)
            if target is not None:
                target.mentions.append(m)
            elif not from_headline or m.names("visited"):
                events.append(EventDraft("visit", m.subtype, [m]))
            return
        if _continues_a_reception(text, m, events, lex):
            return   # 会见了乙一行，并与他们座谈: the reception's own talk
        target = next((e for e in reversed(events) if _same_meeting(e, m, lex)), None)
        if target is None and text.endswith(lex.anaphors, 0, m.trigger_start):
            # 此次会谈, 这次会见 right before the word: the meeting stated before, whatever its kind
            target = next((e for e in reversed(events) if e.type == "meeting"), None)
        if target is None and from_headline:   # a headline sums up the body's meeting
            target = next((e for e in events if e.type == "meeting" and e.subtype == m.subtype), None)
        if target is not None:
            target.mentions.append(m)
        elif not m.anaphoric or not any(e.type == "meeting" for e in events) \
                or (m.trigger in lex.predicates and m.subtype != GENERIC_MEETING
                    and not any(e.type == "meeting" and e.subtype == m.subtype for e in events)):
            # (会见了乙一行。随后，双方召开座谈会: a bare noun of its own kind, held, is a new meeting;
            # a bare 会议 or 大会 refers to any meeting stated)
            events.append(EventDraft("meeting", m.subtype, [m]))

    cues: list[tuple[Sentence, list[tuple[Mention, str]]]] = []
    phrases = role_spans(doc)
    for i, sent in enumerate(body):
        hits = _cue_hits(text, sent, ents, lex, phrases)
        found = meeting_nouns(doc, sent, ents, lex) + meeting_verbs(doc, sent, ents, lex, [(a, b) for a, b, _ in hits]) \
            + visit_mentions(doc, sent, ents, lex)
        for m in sorted(found, key=lambda x: x.trigger_start):
            place(m, False)
        current_visit = next((e for e in reversed(events) if e.type == "visit"), None)
        visitors = {w.name for w, role in current_visit.participants() if role == "visitor" and w.label == "PER"} \
            if current_visit is not None else set()
        stops = group_stop(doc, sent, ents, lex, visitors) \
            + topic_stop(doc, sent, body[i + 1] if i + 1 < len(body) else None, ents, lex, visitors)
        if stops and current_visit is not None:
            current_visit.extra += [(w, "visited") for w in stops]
        if hits:
            cues.append((sent, _cue_roles(doc, sent, ents, hits, lex)))
    for sent in heads:
        for m in sorted(meeting_nouns(doc, sent, ents, lex) + meeting_verbs(doc, sent, ents, lex, [])
                        + visit_mentions(doc, sent, ents, lex), key=lambda x: x.trigger_start):
            place(m, True)

    events = [ev for ev in events if _valid(text, ev, ents, lex)]
    # role cues go to the event stated in their sentence, else the latest one stated before it
    for sent, roles in cues:
        stated = [ev for ev in events if any(m.sentence == sent for m in ev.body)]
        earlier = sorted((ev for ev in events if _stated_at(ev) <= sent.start), key=_stated_at)
        target = (stated or earlier or [None])[-1]
        # 讲话 / 主持 / 主办 belong to a meeting, 每到一处 to a visit: a visit takes attendees too (陪同)
        meetings = [ev for ev in stated or earlier if ev.type == "meeting"]
        visits = [ev for ev in stated or earlier if ev.type == "visit"]
        # 甲到X调研并召开座谈会。乙、丙参加。: those taking part join each event of that sentence
        together = [ev for ev in earlier if target is not None and not stated
                    and any(m.sentence == target.body[0].sentence for m in ev.body)] or [target]
        # 乙、丙参加了会见: those taking part in a meeting the cue names join meetings only (those
        # of that sentence, else the latest one), never a visit stated in between nor one the
        # sentence states in passing (随甲来访的乙参加了会见)
        if any(w in text[sent.start:sent.end] for w in lex.seated_cues) and meetings:
            together = meetings[-1:]   # 甲、乙等会见时在座: the meeting's, not a visit's
        elif attended := lex.attended_meeting_re.search(text, sent.start, sent.end):
            # (参加会见 after 会见…。双方…座谈交流: the latest meeting of the verb's kind)
            kind = next((v.subtype for v in lex.meeting_verbs if attended.group(1) in v.words), None)
            latest = [ev for ev in earlier if ev.type == "meeting"][-1:]
            of_kind = [ev for ev in earlier if ev.type == "meeting" and ev.subtype == kind][-1:] \
                if latest and latest[0].subtype != kind and not stated else []
            named = [ev for ev in stated if ev.type == "meeting"] or of_kind or latest
            if named:
                together = of_kind or [ev for ev in together if ev is not None and ev.type == "meeting"] or named
        elif not stated and lex.attended_visit_re.search(text, sent.start, sent.end) \
                and (trips := [ev for ev in earlier if ev.type == "visit"]):
            together = trips[-1:]   # 乙、丙参加调研: the latest visit, not a meeting stated since
        elif not stated and lex.escort_end_re.search(text, sent.start, sent.end) \
                and not lex.noun_re.search(text, sent.start, sent.end) \
                and (trips := [ev for ev in earlier if ev.type == "visit"]) and target is not None \
                and target.type == "meeting" and target.subtype not in lex.partner_meeting_subtypes:
            # …召开座谈会。乙、丙陪同。: escorts on the visit, not at its meeting (宣讲会由甲主持，乙陪同:
            # the meeting named)
            together = trips[-1:]
        elif not stated and (noun := lex.attended_noun_re.search(text, sent.start, sent.end)):
            # …共120余人参加会议: the latest meeting of the noun's kind, else the latest meeting
            held = [ev for ev in earlier if ev.type == "meeting"]
            kind = [ev for ev in held if ev.subtype == lex.noun_subtype[noun.group(1)]]
            together = (kind or held)[-1:] or together
            if not roles and (kind or held) and sent not in together[0].attended:
                together[0].attended.append(sent)   # 职工代表260人参加会议: its attendance, none named
        for who, role in roles:
            own = visits if role == "visitor" else meetings
            goes_to = together if role == "attendee" else [own[-1]] if own else []
            for ev in goes_to:
                if ev is None:
                    continue
                ev.extra.append((who, role))
                if role in _ATTENDANCE_ROLES and sent not in ev.attended:
                    ev.attended.append(sent)   # 200余人齐聚一堂, 会议由甲主办，共200余人参加: its attendance too
    _listed_attendees(doc, body, ents, events, lex)
    events = [part for ev in events for part in _each_apart(text, ev)]
    _held_by_visiting_group(text, events, lex)
    _unnamed_guests_named_before(events)
    _speakers(text, body, ents, events, lex)
    _briefing_hosts(text, body, ents, events, lex)
    _persons_given_to(text, body, ents, events, lex)
    _receiving_hosts(doc, events, lex)
    _union_receiving_the_visit(doc, ents, events, lex)
    # the article's visitors: at talks, the side visiting is the guest, the other side the host
    visiting = frozenset(w.name for ev in events if ev.type == "visit" for w, r in ev.participants() if r == "visitor")
    return [_record(doc, ev, ents, sents, lex, issue, reference, visiting) for ev in events]


def _meetings_stated_by(events: list[EventDraft], sent: Sentence) -> list[EventDraft]:
    """The meetings the body states up to ``sent`` (its own included), in order; one the headline
    alone states (劳模工匠宣讲会走进某科技园) is stated before the body."""
    return sorted((ev for ev in events if ev.type == "meeting" and _stated_at(ev) <= sent.start), key=_stated_at)


def _stated_at(ev: EventDraft) -> int:
    """Where the body first states ``ev``; -1 for an event the headline alone states."""
    return ev.body[0].sentence.start if ev.body else -1


def _listed_attendees(doc: Doc, body: list[Sentence], ents: list[Mention], events: list[EventDraft],
                      lex: EventLexicon) -> None:
    """出席会议的有：甲、乙: those named after the list's opening attend the latest meeting stated
    up to that sentence (events.yaml attendee_list)."""
    text = doc_text(doc)
    for sent in body:
        opening = lex.attendee_list_re.search(text, sent.start, sent.end)
        if opening is None:
            continue
        held = _meetings_stated_by(events, sent)
        if not held:
            continue
        taking_part = {w.name for w, _ in held[-1].participants()}
        for who in actors(doc, ents, opening.end(), sent.end, lex):
            # a person, or a body listed as such (not 某部队的负责人, 纪委书记: a body of a title);
            # not one taking part already (陪同克雷库总统访华的…: the guest, 马蒂厄·克雷库)
            if (who.label == "PER" or who.label == "ORG" and text[who.end:who.end + 1] in _LIST_ITEM_ENDS) \
                    and not _same_names({who.name}, taking_part):
                held[-1].extra.append((who, "attendee"))
        if sent not in held[-1].attended:
            held[-1].attended.append(sent)


def _visiting_persons(pairs) -> set[str]:
    """The persons visiting among (mention, role) pairs."""
    return {w.name for w, r in pairs if r == "visitor" and w.label == "PER"}


def _other_visitors(ev: EventDraft, m: EventMention) -> bool:
    """Whether persons visit in ``m`` and none of them visits in ``ev``, which has persons
    visiting: another visit."""
    theirs, ours = _visiting_persons(ev.participants()), _visiting_persons(m.participants)
    # a short form is the same person (马蒂厄·克雷库, 克雷库)
    return bool(theirs and ours) and not _same_names(ours, theirs)


def _visit_a_headline_sums_up(events: list[EventDraft], m: EventMention) -> EventDraft | None:
    """The body's visit a headline's visit states: the first that names one of its names, else the
    first (the body's later visits are the stops and trips it leads to: 代表团赴港交流 over a body
    where a host says 组织雇员北上交流)."""
    visits = [e for e in events if e.type == "visit"]
    ours = {w.name for w, _ in m.participants}
    return next((e for e in visits if _same_names(ours, {w.name for w, _ in e.participants()})),
                visits[0] if visits else None)


def _delegation_named_by_headline(ev: EventDraft, lex: EventLexicon) -> list[tuple[Mention, str]]:
    """The visit's participants, where a body visiting (甲率考察团赴苏: 甲's 合肥市总工会) is the
    delegation a headline names after it (合肥市总工会考察团赴苏…): that delegation instead."""
    heads = [w for m in ev.mentions if not m.sentence.is_body for w, r in m.participants
             if r == "visitor" and w.label == "ORG"]
    def named(w: Mention, role: str) -> Mention:
        if role != "visitor" or w.label != "ORG":
            return w
        return next((h for h in heads if h.name.startswith(w.name) and h.name[len(w.name):] in lex.delegation_groups), w)
    return [(named(w, r), r) for w, r in ev.participants()]


def _same_visitors(ev: EventDraft, m: EventMention) -> bool:
    """Whether persons visit in both ``ev`` and ``m`` and they are the same (a short form too)."""
    theirs, ours = _visiting_persons(ev.participants()), _visiting_persons(m.participants)
    return bool(theirs and ours) and _same_names(ours, theirs)


def _made_before(text: str, m: EventMention, ents: list[Mention], lex: EventLexicon) -> bool:
    """Whether a mark of the past (曾, 去年) stands before the visit's word in its clause, outside a
    name: a trip made before, not the one stated (events.yaml visit.past_marks)."""
    return _in_its_clause(text, m, lex.past_marks, m.trigger_start, ents)


def _unnamed_visitors(text: str, ev: EventDraft, lex: EventLexicon) -> bool:
    """A visit with no one named visiting is one only where a group sent to visit is its subject
    (慰问团来到某镇, 志愿者走进某驿站: the group is no participant, being unnamed)."""
    return any(w in text[m.sentence.start:m.trigger_start] for m in ev.body for w in lex.visiting_groups)


def _unnamed_guests_named_before(events: list[EventDraft]) -> None:
    """区长甲也会见了考察团客人: a reception whose guests are an unnamed group meets the bodies a
    reception before it in the article received (东洋市青山区议会代表团 -> 青山区议会), else the
    party of the visit stated before it, where the group word alone opens the object (会见考察团一行)."""
    for k, ev in enumerate(events):
        if ev.subtype != "reception" or not any(m.unnamed_partner for m in ev.mentions) \
                or any(role == "guest" for _, role in ev.participants()):
            continue
        before = next((e for e in reversed(events[:k]) if e.subtype == "reception" and _bodies(e, "guest")), None)
        if before is not None:
            ev.extra += [(body, "guest") for body in _bodies(before, "guest")]
            continue
        # 乙一行来京考察交流。甲会见考察团一行: the party on the trip stated before it, where its
        # host is none of them (甲在某国访问期间会见了代表团: his own trip)
        if ev.main.partner_word is None:
            continue   # (会见了青山国经济考察团: a group of its own, unnamed by the NER)
        hosts = {w.name for w, role in ev.participants() if role == "host"}
        trip = next((e for e in reversed(events[:k]) if e.type == "visit"
                     and any(m.trigger_start < ev.main.trigger_start for m in e.mentions)), None)
        visitors = [w for w, role in trip.participants() if role == "visitor"] if trip is not None else []
        if visitors and not hosts & {w.name for w in visitors}:
            ev.extra += [(w, "guest") for w in visitors]


def _held_by_visiting_group(text: str, events: list[EventDraft], lex: EventLexicon) -> None:
    """考察组一行走访了…，随后召开座谈会: a meeting that names no one, held by the visiting group
    (a group word before its trigger), is organized by the bodies visiting on that trip."""
    for ev in events:
        m = ev.main
        if ev.type != "meeting" or ev.participants() or not m.sentence.is_body \
                or not any(w in text[m.sentence.start:m.trigger_start] for w in lex.group_words):
            continue
        trip = next((e for e in reversed(events) if e.type == "visit" and e.body
                     and e.body[0].trigger_start < m.trigger_start), None)
        if trip is not None:
            ev.extra += [(body, "organizer") for body in _bodies(trip, "visitor")]


def _bodies(ev: EventDraft, role: str) -> list[Mention]:
    """The organizations taking part in ``ev`` in ``role``."""
    return [who for who, r in ev.participants() if r == role and who.label == "ORG"]


def _each_apart(text: str, ev: EventDraft) -> list[EventDraft]:
    """`甲、乙分别会见了X` / `甲分别会见了X和Y`: each host meets the guest, or the host meets each
    guest, apart: one reception each (a guest's body written before him goes with him)."""
    m = ev.main
    if ev.type != "meeting" or not text.endswith("分别", 0, m.trigger_start):
        return [ev]
    hosts = [w for w, r in m.participants if r == "host" and w.label == "PER"]
    guests = sorted((w for w, r in m.participants if r == "guest" and w.label == "PER"), key=lambda w: w.start)
    if len(hosts) >= 2:
        others = [(w, r) for w, r in m.participants if r != "host"]
        apart = [[(h, "host")] + others for h in hosts]
    elif len(guests) >= 2:
        others = [(w, r) for w, r in m.participants if r != "guest"]
        bodies = [w for w, r in m.participants if r == "guest" and w.label != "PER"]
        apart, after = [], -1
        for g in guests:
            own = [(b, "guest") for b in bodies if after < b.start < g.start]
            apart.append(others + own + [(g, "guest")])
            after = g.end
    else:
        return [ev]
    return [EventDraft(ev.type, ev.subtype, [replace(m, participants=who)] + [x for x in ev.mentions if x is not m],
                       list(ev.extra), ev.date, list(ev.attended))
            for who in apart]


def _speakers(text: str, body: list[Sentence], ents: list[Mention], events: list[EventDraft],
              lex: EventLexicon) -> None:
    """`甲表示…` / `甲在座谈中说…` / `甲向客人介绍…` / `甲就…提出要求`: a meeting's attendee who
    opens a later sentence with words of speech, his titles before him or not (书记甲代表区委向…表示
    感谢), spoke at it (the latest meeting stated up to that sentence); so did a visitor of the
    party that holds it, and anyone whose words a frame places at the meeting (会上，甲指出… /
    …，在随后召开的座谈会上，甲介绍… / 甲在会上指出…)."""
    if lex.speech_after_name_re is None:
        return
    persons = sorted((m for m in ents if m.label == "PER"), key=lambda m: m.start)
    starts = [m.start for m in persons]
    for sent in body:
        held = _meetings_stated_by(events, sent)
        if not held:
            continue
        # where the words may open: the sentence, or a clause framed at a meeting (…，在随后召开的
        # 座谈会上，甲介绍…), the frame left out (matched at each clause's start: a frame opens one)
        frames = [f for a, _ in clauses(text, sent.start, sent.end) if (f := lex.speech_frame_re.match(text, a, sent.end))]
        spoke = [k for opening, framed in [(sent.start, False)] + [(f.end(), True) for f in frames]
                 if (k := _speaker_at(text, opening, framed, sent, body, persons, starts, held[-1], events, lex)) is not None]
        # (…甲反映…；乙建议…；丙则希望…: the clauses after a speaker's semicolons go on in his frame;
        # a page set in half-width marks writes them ;)
        for semicolon in _SEMICOLON.finditer(text, spoke[0], sent.end) if spoke else ():
            _speaker_at(text, semicolon.end(), True, sent, body, persons, starts, held[-1], events, lex)


_SEMICOLON = re.compile("[；;]")


def _speaker_at(text: str, opening: int, framed: bool, sent: Sentence, body: list[Sentence], persons: list[Mention],
                starts: list[int], meeting: EventDraft, events: list[EventDraft], lex: EventLexicon) -> int | None:
    """The first person after ``opening`` (in ``sent``) who opens it with words of speech is a
    speaker of ``meeting``, the latest stated, where _speakers' conditions hold (``framed``: a frame
    places his words at it); where his name ends, else None."""
    pattern = lex.speech_after_name_re
    i = bisect_left(starts, opening)   # the first person after the opening
    who = persons[i] if i < len(persons) and starts[i] < sent.end else None
    if who is None or not opens_with_titles(text, opening, who.start, lex) \
            or not pattern.match(text, who.end, sent.end):
        return None
    placed = bool(lex.speech_placed_re.match(text, who.end, sent.end))   # 甲在…会议上说
    if not (framed or placed) and any(m.sentence == sent and m.trigger_start > who.end for m in meeting.body[:1]):
        return None   # 甲说，某法院当天举行会议: his words report the meeting, at none
    roles = {r for w, r in meeting.participants() if w.name == who.name}
    if "speaker" in roles:
        return who.end   # (甲汇报了…；乙介绍…: read a speaker by his cue, his semicolons go on)
    framed = framed or placed \
        or (opening == sent.start and not text.startswith("在", who.end)   # (甲在北京时表示: elsewhere)
            and meeting.subtype not in _SIDES_SPEAK
            and (_only_meetings_and_new(who, meeting, events)
                 or who.start > opening and _right_after_meeting(who, sent, body, meeting, events))
            and not _speaks_absent(text, body, who.name, lex))   # 甲在会上指出
    if (roles or framed) and roles <= {"attendee", "organizer"} \
            and not (meeting.subtype == "talks" and "organizer" in roles):
        # (a host or chair speaks in that role, and so does a side of talks: 甲同乙举行会谈。乙称…)
        meeting.extra.append((who, "speaker"))
    elif not roles and _of_the_holding_party(text, who, meeting, events, lex):
        meeting.extra.append((who, "speaker"))   # 调研组…召开座谈会。甲就…提出要求: a visitor of the party
    else:
        return None
    return who.end


# meetings whose sides speak as such (host, guest, the sides of talks), or whose listeners remark on
# what they heard (a report meeting): a person's later words are no speech at them
_SIDES_SPEAK = ("reception", "talks", "report_meeting")


def _only_meetings_and_new(who: Mention, meeting: EventDraft, events: list[EventDraft]) -> bool:
    """An article stating meetings only, none of which names ``who`` (in full or short: 于贝尔·
    韦德里纳, 韦德里纳): a person opening a later sentence with words of speech speaks at the latest,
    a gathering (at a reception or talks the two sides speak, as host and guest; after a report
    meeting its listeners remark on it; with a visit he may brief its visitors; one named at
    another meeting speaks there). (Not at the meetings whose sides speak as such: the caller's
    _SIDES_SPEAK.)"""
    return not any(ev.type == "visit" or any(w.name.endswith(who.name) or who.name.endswith(w.name)
                                             for w, _ in ev.participants()) for ev in events)


def _right_after_meeting(who: Mention, sent: Sentence, body: list[Sentence], meeting: EventDraft,
                         events: list[EventDraft]) -> bool:
    """…召开座谈会，听取汇报。某总工会主席乙介绍，…: a person written with his titles who opens the
    sentence right after the one that states ``meeting`` (no visit stated there) with words of speech
    speaks at it, where he takes no part in a visit of the article (its host briefs the visitors);
    not after a reception, talks or a report meeting (the caller's _SIDES_SPEAK: their sides speak as
    such, listeners remark on a report)."""
    k = body.index(sent) if sent in body else 0
    if k == 0:
        return False
    before = body[k - 1]
    visits = [ev for ev in events if ev.type == "visit"]
    return any(m.sentence == before for m in meeting.body) \
        and not any(m.sentence == before for ev in visits for m in ev.body) \
        and not any(w.name == who.name for ev in visits for w, _ in ev.participants())


def _speaks_absent(text: str, body: list[Sentence], name: str, lex: EventLexicon) -> bool:
    """Whether a clause naming ``name`` anywhere in the body says his words reach the meeting by
    letter (a word of ``absent_speech`` after him: 甲致信会议) or relayed (one before him: 乙传达了
    甲…的要求)."""
    after, before = lex.absent_speech
    for sent in body:
        for k in find_all(text, name, sent.start, sent.end):
            start, end = clause_at(text, sent.start, sent.end, k)
            if any(w in text[k + len(name):end] for w in after) or any(w in text[start:k] for w in before):
                return True
    return False


def _of_the_holding_party(text: str, who: Mention, meeting: EventDraft, events: list[EventDraft],
                          lex: EventLexicon) -> bool:
    """Whether ``who`` visits with the body that organizes ``meeting`` (甲一行赴某地调研…并召开
    座谈会: the visiting party holds it, and its named member speaks there), or with the unnamed
    group that does (检查组召开座谈会: a visiting group word before the meeting's word in its clause)."""
    organizers = {w.name for w, r in meeting.participants() if r == "organizer"}
    if not organizers:
        main = meeting.main
        opening = clause_at(text, main.sentence.start, main.sentence.end, main.trigger_start)[0]
        if not any(w in text[opening:main.trigger_start] for w in lex.visiting_groups):
            return False
    return any(ev.type == "visit" and {w.name for w, r in ev.participants() if r == "visitor"} >= organizers | {who.name}
               for ev in events)


def _body_and_its_parent(org: str, lex: EventLexicon) -> tuple[str, ...]:
    """The body and, where a unit's ending closes an organization's name, that organization
    (某公司工会 -> 某公司, 某集团党委 -> 某集团): a unit's leader receives visitors of its parent;
    and where a place's organ of the party or government closes it (visit.leader_org_not: 某区委,
    某区政府), that place: its leaders receive visitors of the place."""
    unit = next((e for e in lex.org_endings if org.endswith(e) and len(org) > len(e) + 1), None)
    parent = org[:-len(unit)] if unit else ""
    place = next((org[:k] for k in range(len(org) - 1, 1, -1)
                  if org[k - 1] in lex.place_suffix_chars and org[k:].endswith(lex.organs)
                  and (org[k:] in lex.org_endings or org[k:] in lex.organs)), None)   # (某村|党总支)
    return (org,) + ((parent,) if parent.endswith(lex.org_endings) else ()) + ((place,) if place else ())


def _receiving_hosts(doc: Doc, events: list[EventDraft], lex: EventLexicon) -> None:
    """在某公司总经理乙陪同下，甲来到某公司…: a person attending a visit (陪同) whose post, as the
    roles stage read it, is in a body visited receives the visitors: a host (the guideline's
    "leaders who accompany … the visitors"); one of another body (the city's union accompanying
    the national one) stays an attendee."""
    posts = {person: {b for org in orgs for b in _body_and_its_parent(org, lex)}
             for person, orgs in _posts(doc).items()}
    if not posts:
        return
    for ev in events:
        if ev.type != "visit":
            continue
        # (a place with an administrative ending too: 镇长 of 某镇 receives visitors there; not a
        # country, whose envoy posted abroad comes along with them)
        visited = {w.name for w, r in ev.participants() if r == "visited" and (
            w.label == "ORG" or w.label == "LOC" and w.name[-1] in lex.place_suffix_chars)}
        places = {w.name for w, r in ev.participants() if r == "visited" and w.label == "LOC" and len(w.name) >= 2}
        # (a body visited written elided: 在高新区管委会 received by the leaders of 某高新区管委会)
        elided = {w.name for w, r in ev.participants() if r == "visited" and w.label == "ORG" and lex.elided_level(w.name)}
        # (the visitors' own bodies: a vice-governor coming along with the governor is of their side)
        theirs = {org for w, r in ev.participants() if r == "visitor" for org in posts.get(w.name, ())}
        for who, role in ev.participants():
            orgs = [org for org in posts.get(who.name, ()) if org not in theirs]
            if role == "attendee" and who.label == "PER" and (
                    any(v.startswith(org) for org in orgs for v in visited)
                    or any(org.endswith(v) for org in orgs for v in elided)
                    or any(_place_holds(org, v, lex) for org in orgs for v in places)):
                ev.extra.append((who, "host"))


def _place_holds(org: str, visited: str, lex: EventLexicon) -> bool:
    """Whether ``org``, a place with its level, is the place visited written without that level
    (四川省 of 赴四川考察, 泸州市 of 到泸州调研) or holds it, its name without the level opening a
    longer place visited (合肥市 of 合肥高新区: a zone, a district written with its city's name):
    its leaders receive the visitors there."""
    if org[-1:] not in lex.place_suffix_chars:
        return False
    return org.startswith(visited) or (len(org) >= 3 and len(visited) > len(org)
                                       and visited.startswith(org[:-1]) and not visited.startswith(org))


def _posts(doc: Doc) -> dict[str, set[str]]:
    """Each person's organizations, as the roles stage read them (the posts he holds)."""
    posts: dict[str, set[str]] = {}
    for r in doc._.roles or []:
        if r.get("org"):
            posts.setdefault(r["person"], set()).add(r["org"])
    return posts


def _union_receiving_the_visit(doc: Doc, ents: list[Mention], events: list[EventDraft], lex: EventLexicon) -> None:
    """某省总工会举行晚宴欢迎代表团, 某省总工会副主席甲会见考察团: a union (``union_bodies``) that
    receives a visit's visitors at a reception, or whose leader does (his post, as the roles stage read
    it), hosts their visit too, as the devset writes an exchange trip between unions; a government
    receiving a delegation does not (the devset's visits have none)."""
    posts = {person: {org for org in orgs if org.endswith(lex.union_bodies)} for person, orgs in _posts(doc).items()}
    bodies = {m.name: m for m in ents if m.label == "ORG"}
    for ev in events:
        if ev.type != "visit":
            continue
        visitors = {w.name for w, r in ev.participants() if r == "visitor"}
        taking_part = {w.name for w, _ in ev.participants()}
        for reception in events:
            guests = {w.name for w, r in reception.participants() if r == "guest"}
            # (the same side: 某省总工会考察团, the guest, of 某省总工会 visiting)
            hosts = [w for w, r in reception.participants() if r == "host"]
            # (a host read as one of the visitors: his side stays as read)
            if reception.subtype != "reception" or any(w.name in visitors for w in hosts) \
                    or not any(g.startswith(v) or v.startswith(g) for g in guests for v in visitors):
                continue
            unions = [u for who in hosts for u in (
                [who] if who.label == "ORG" and who.name.endswith(lex.union_bodies)
                else [bodies[org] for org in posts.get(who.name, ()) if org in bodies])]
            # (a headline's elided 市总工会 beside the union named in full: that one only)
            named = [u for u in unions if not lex.elided_level(u.name)]
            for union in named or unions:
                if union.name not in taking_part and union.name not in visitors:
                    ev.extra.append((union, "host"))
                    taking_part.add(union.name)


def _briefing_hosts(text: str, body: list[Sentence], ents: list[Mention], events: list[EventDraft],
                    lex: EventLexicon) -> None:
    """甲一行调研了X，X党支部书记乙介绍了…: a person named after the visit word of a visit's
    sentence, no visitor, who briefs or receives them (介绍 / 向客人介绍 / 接待), or whose briefing they
    hear (听取乙关于…的汇报), receives the visitors: a host (the guideline's "leaders who accompany or
    brief the visitors"); so does one who opens the next sentence, after his titles alone, and
    briefs (甲来到X调研。X项目经理乙介绍，…), or a later one before another event is stated where
    no other event names him (…。站长乙介绍，…), or opens a later one so after saying where
    (在X，企业负责人乙介绍…: at a stop)."""
    pattern = lex.briefing_re
    heard_before, heard_after = lex.briefing_heard_re
    stated = _statement_starts(events)
    for ev in events:
        if ev.type != "visit":
            continue
        visitors = {w.name for w, r in ev.participants() if r == "visitor"}
        elsewhere = {w.name for e in events if e is not ev for w, _ in e.participants()}
        for m in ev.body:
            after = next((s for s in body if s.start >= m.sentence.end), None)
            # the sentences up to the next one stating an event, which open by saying where
            until = _next_statement(stated, m, len(text))
            framed = [(s, f[1]) for s in body if m.sentence.end <= s.start < until
                      and (f := place_frame(text, s, lex)) is not None]
            next_one = [(after, after.start)] if after is not None else []
            later = [(s, s.start) for s in body if m.sentence.end <= s.start < until and s is not after]
            for who in ents:
                if who.label != "PER" or who.name in visitors:
                    continue
                if m.trigger_start < who.start and who.end <= m.sentence.end:
                    heard = heard_before.search(text, m.trigger_start, who.start) \
                        and heard_after.match(text, who.end, m.sentence.end)
                    if heard or pattern.match(text, who.end, m.sentence.end):
                        ev.extra.append((who, "host"))   # (听取区总工会主席乙关于…的汇报: his briefing heard)
                    continue
                # the next sentence; a later one before another event is stated, by one no other
                # event names (甲来到X。…。站长乙介绍，…; not 甲会见了乙…。乙介绍了…, the guest)
                opening = next_one + (later if who.name not in elsewhere else [])
                if any(s.start <= who.start and who.end <= s.end and opens_with_titles(text, start, who.start, lex)
                       and pattern.match(text, who.end, s.end) for s, start in opening + framed):
                    ev.extra.append((who, "host"))


def _persons_given_to(text: str, body: list[Sentence], ents: list[Mention], events: list[EventDraft],
                      lex: EventLexicon) -> None:
    """甲来到某物流园，为快递员乙、货车司机丙送上新春红包 / 与环卫工人丁拉起家常: a person a visit of
    ``recipient_subtypes`` (慰问) gives to or chats with (``recipient_re``), named after its visit word
    in its sentences or in those after them before another event is stated, and no side of any
    event, is visited (GUIDELINES: the people visited)."""
    before_re, after_re = lex.recipient_re
    stated = _statement_starts(events)
    for ev in events:
        if ev.type != "visit" or _kind_of_visit(text, ev, lex) not in lex.recipient_subtypes:
            continue
        named = {w.name for e in events for w, _ in e.participants()}
        for m in ev.body:
            until = _next_statement(stated, m, len(text))
            for who in ents:
                if who.label != "PER" or who.name in named or not m.trigger_start < who.start < until:
                    continue
                sent = next((s for s in body if s.start <= who.start and who.end <= s.end), None)
                if sent is None:
                    continue
                mark, given = before_re.search(text, sent.start, who.start), after_re.match(text, who.end, sent.end)
                if mark is None or given is None or lex.opens_inside_word(text, mark.start()) \
                        or before_re.search(text, who.end, given.end()):
                    continue   # (图为甲（右）为骑手送上…: 甲 gives, to those after his own mark)
                piece = re.split("[、和及]", mark.group("names"))[-1]
                if not piece or piece.endswith(lex.positions):   # (正在休息的环卫工人|丁)
                    ev.extra.append((who, "visited"))
                    named.add(who.name)


def _kind_of_visit(text: str, ev: EventDraft, lex: EventLexicon) -> str:
    """The visit's subtype from the sentences stating it (visits.visit_kind)."""
    return visit_kind([text[m.sentence.start:m.sentence.end] for m in ev.mentions], lex)


def _statement_starts(events: list[EventDraft]) -> list[int]:
    """Where the sentences stating the events start, in order."""
    return sorted(m.sentence.start for e in events for m in e.mentions)


def _next_statement(starts: list[int], m: EventMention, default: int) -> int:
    """Where the first sentence stating an event after ``m``'s sentence starts, else ``default``:
    the words after ``m`` up to there go on about its event."""
    return next((k for k in starts if k >= m.sentence.end), default)


def _first_role(name: str, pairs: list[tuple[Mention, str]], body_start: int) -> str:
    """Of a visit's two sides, the one ``name`` is first named in, in the body before the
    headlines (two run together: …访问欧洲|李岚清月底出访), visitor on a tie."""
    return min((w.start < body_start, w.start, r != "visitor", r)
               for w, r in pairs if w.name == name and r in ("visitor", "visited"))[3]


def _record(doc: Doc, ev: EventDraft, ents: list[Mention], sents: list[Sentence], lex: EventLexicon,
            issue, reference, visiting: frozenset[str] = frozenset()) -> dict:
    text = doc_text(doc)
    main = ev.main
    if ev.type == "visit":
        subtype = _kind_of_visit(text, ev, lex)
        head = [m for m in ev.mentions if m.sentence.is_headline]
        stated = (head or ev.body or ev.mentions)[0]
        trigger = stated.trigger
        name = _visit_name(text, ev, lex)
        location = None
    else:
        stated = main
        subtype, trigger, name = ev.subtype, main.trigger, ev.name
        location = next((m.location for m in ev.body + ev.mentions if m.location), None)
    date = _date_for(text, ev, lex, sents, frozenset(e.end for e in ents if e.label == "PER"))
    date_norm, upper = normalize(date, issue, reference) if date else (None, None)
    participants = []
    pairs = _delegation_named_by_headline(ev, lex) if ev.type == "visit" else ev.participants()
    # a role that says more than attending: a visitor taking part in his own visit (甲参加) visits
    stronger = ("chair", "speaker", "host", "guest") + (("visitor",) if ev.type == "visit" else ())
    strong = {w.name for w, r in pairs if r in stronger}
    # a host or guest who speaks does so in that role (one role each, as in one sentence); a chair
    # speaks as a speaker too (joint_roles: 主持会议并讲话)
    presiding = {w.name for w, r in pairs if r in ("host", "guest", "chair")
                 and frozenset((r, "speaker")) not in lex.joint_roles}
    attendees = {w.name for w, r in pairs if r == "attendee"}
    visitors = {w.name for w, r in pairs if r == "visitor"}
    visited = {w.name for w, r in pairs if r == "visited"}
    body_start = min((x.start for x in sents if x.is_body), default=0)
    unnamed = set(lex.partner_groups) | set(lex.group_words)
    # talks (held by two sides, organizers both) where one side of persons visits and one does not
    sides = {w.name for w, r in pairs if r == "organizer" and w.label == "PER"}
    sides_visiting = subtype in lex.hosted_talks and bool(sides & visiting) and bool(sides - visiting)
    for who, role in pairs:
        if who.name in unnamed:
            continue   # 代表团 / 一行 alone: an unnamed group is no participant
        if ev.type == "meeting" and who.name == name:
            continue   # 召开汛期天气会商会: the meeting itself (its noun ends like 商会) holds nothing
        if who.name in strong and (role == "attendee" or (role == "organizer" and who.label == "PER")):
            continue   # 出席…讲话 / 主持召开: the stronger role says it
        if role == "speaker" and who.name in presiding:
            continue   # 甲会见了乙。甲在讲话中…: the host speaks as host
        # one role each: a person named both as a subject of 座谈 and with 参加 attends (a body
        # holding the meeting is no attendee of it: below, on the names resolved)
        if role == "organizer" and who.label == "PER" and who.name in attendees:
            continue
        if role in ("visited", "visitor") and who.name in visitors and who.name in visited \
                and role != _first_role(who.name, pairs, body_start):
            continue   # one side each: as first named (在甲出访东洋国期间: 甲 goes; 送到乙手中…乙说: 乙 visited)
        if role == "organizer" and subtype == "reception":
            role = "host"   # the side holding a reception hosts it (市政府举办招待会)
        elif role == "organizer" and sides_visiting and who.label == "PER":
            role = "guest" if who.name in visiting else "host"   # 甲同来访的乙举行会谈: 乙 is the guest
        name_full = led_body(text, who, ents, lex) or resolve_name(who.name, doc, ents, lex, who.start)
        if name_full == who.name:
            name_full = coordinated_name(text, who, ents, lex) or name_full
        item = {"name": name_full, "role": role,
                "label": who.label if who.name == name_full or who.label != "LOC" else label_of(name_full, ents, lex),
                "start": who.start, "end": who.end}   # the mention as written (doc offsets)
        if item["label"] == "LOC" and role != "visited":
            continue   # a place is only ever where a visit goes: it speaks, attends, hosts nothing
        if not any(p["name"] == item["name"] and p["role"] == role for p in participants):
            participants.append(item)
    # a body holding the meeting is no attendee of it, also where one mention is elided (市总工会
    # attends, 东江市总工会 organizes: one body); the side holding a reception hosts it; a body
    # visiting attends no visit it makes (全总 attends, 中华全国总工会 visits: one body)
    holding = {"host" if subtype == "reception" else "organizer"} | ({"visitor"} if ev.type == "visit" else set())
    held_by = {p["name"] for p in participants if p["role"] in holding}
    participants = [p for p in participants if not (p["role"] == "attendee" and p["label"] != "PER" and p["name"] in held_by)]
    participants = _without_short_forms(_without_repeated_stops(participants, lex))
    return {
        "type": ev.type, "subtype": subtype, "trigger": trigger, "name": name,
        "date": date.text if date else None, "date_norm": date_norm, "date_upper_bound": upper,
        "location": location, "attendance": _attendance(text, ev, lex),
        "participants": participants,
        "trigger_start": stated.trigger_start, "trigger_end": stated.trigger_start + len(trigger),
        "start": main.sentence.start, "end": main.sentence.end,
    }


def _without_short_forms(participants: list[dict]) -> list[dict]:
    """托马斯·萨维 … 萨维: a person named inside the name of another in the same role is that one
    again (the longest form wins, as the NER's document consistency reads it)."""
    persons = [(p["name"], p["role"]) for p in participants if p["label"] == "PER"]
    return [p for p in participants if not (p["label"] == "PER" and any(
        role == p["role"] and len(name) > len(p["name"]) >= 2 and p["name"] in name for name, role in persons))]


def _without_repeated_stops(participants: list[dict], lex: EventLexicon) -> list[dict]:
    """抵达江苏南京 … 在苏期间: a one-character place visited that is the short form of another
    place visited (place_abbreviations.txt: 苏 -> 江苏) is that stop again, not one more; not of an
    organization visited that a place's name opens (赴粤 … 广东某公司: 粤 is a stop of its own), nor
    of a facility there (赴港 … 香港科技园): the longer stop is the place, or a chain of places."""
    longer = [p["name"] for p in participants
              if p["role"] == "visited" and len(p["name"]) > 1 and p["label"] == "LOC"]

    def chain_of(name: str, place: str) -> bool:
        rest = name.replace(place, "", 1)
        return place in name and (not rest or rest in lex.place_names)

    def repeated(p: dict) -> bool:
        return p["role"] == "visited" and len(p["name"]) == 1 and any(
            chain_of(name, place) for place, short in lex.place_abbreviations_of.items() if p["name"] in short
            for name in longer)
    return [p for p in participants if not repeated(p)]
