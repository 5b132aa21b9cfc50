"""Meeting mentions: a meeting noun that is held (召开/举行/…), or a meeting verb (会见, 会谈, 座谈)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from spacy.tokens import Doc

from ..article_doc import doc_text
from ..text.chars import CLAUSE_END, HAN_RUN, all_han, is_han, unclosed_at
from ..text.scan import find_all
from .dates import find_dates
from .mentions import GENERIC_MEETING, EventMention
from .participants import (Mention, accompanied, actors, group_referent, group_word_at, in_region, inside_a_name,
                           is_org_like, reported_start, resolve_name, subjects)
from .sentences import Sentence, clauses
from .triggers import EventLexicon, MeetingVerb

_ORGANIZER_CUT = re.compile(r"(?:主办|承办|召开|举办|举行|组织)的")


def _strip_dates(text: str, start: int, end: int, lex: EventLexicon) -> int:
    """Skip leading dates and time words of a name."""
    while True:
        head = text[start:end]
        m = lex.filler_re.match(head)
        moved = m.end() if m else 0
        for d in find_dates(text, start, end, lex):
            if d.start == start:
                moved = max(moved, d.end - start)
        if moved == 0:
            return start
        start += moved


_PREDICATE_REACH = 30   # the farthest a meeting's predicate stands after its name
_PASSIVE_REACH = 60     # ... after 由 and the bodies holding it


def _light_verb_before(text: str, start: int, noun_start: int, noun_end: int, lex: EventLexicon) -> list[re.Match]:
    """与职工代表开展劳动关系协商沟通会: a light verb (进行, 开展) before a meeting's noun in its
    clause holds the meeting where the noun closes the verb's object (a mark or the text's end
    after it); not 开展职代会规范化建设工作 (the noun only qualifies the object), nor after a verb
    of going in the clause (走进某公司开展沟通会: the guideline's outreach visit, one event)."""
    if noun_end < len(text) and is_han(text[noun_end]) or not lex.light_verbs:
        return []
    found = list(lex.light_verb_re.finditer(text, start, noun_start))
    if found and any(text.find(v, start, found[-1].start()) >= 0 for v in lex.motion):
        return []
    return found


def _held_after(text: str, noun_end: int, clause_end: int, lex: EventLexicon,
                ents: Sequence[Mention] = ()) -> tuple[int, str, str | None, tuple[int, int] | None] | None:
    """A predicate after the name: (predicate start, predicate, location, where the agent of a
    passive is written: 座谈会由甲和乙联合举办, else None)."""
    tail = text[noun_end:clause_end]
    m = lex.predicate_re.search(tail)
    # (由 and a list of the bodies holding it may run longer: 由甲、乙、丙、丁联合举办)
    passive = tail.startswith(lex.passive_agent_marks, lex.filler_re.match(tail).end())
    if not m or m.start() > (_PASSIVE_REACH if passive else _PREDICATE_REACH):
        return None
    between = tail[:m.start()]
    after = tail[m.end():]
    if any(after.startswith(w) for w in lex.reference_after) or lex.anniversary_re.match(after):
        return None   # 召开以来, 召开20周年
    if lex.noun_re.search(after):   # 某论坛今天在东京举行特别演讲会: the predicate holds the later one
        return None
    filler = lex.filler_re.match(between).end()
    rest = between[filler:]
    location = None
    if rest.startswith(lex.passive_agent_marks):   # 由甲、乙(共同)举办: the agents hold it
        return noun_end + m.start(), m.group(0), None, (noun_end + filler + 1, noun_end + m.start())
    rest = _without_manner(rest, lex)   # 某会议以线上方式召开, 在某地以视频形式召开
    if rest:
        loc = re.match(rf"^(?:在|于)(.+?)(?:{lex.manner_alternation})*$", rest)
        if not loc:
            return None
        location = _place_as_written(loc.group(1), lex, noun_end + filler + loc.start(1), ents)[1] or None
    return noun_end + m.start(), m.group(0), location, None


def _taken_to(text: str, noun_end: int, ents: Sequence[Mention],
              lex: EventLexicon) -> tuple[int, str, str | None, None] | None:
    """宣讲会走进|某科技园: a meeting taken to the place or body written right after the verb
    (``taken_to``) is held there: (the verb's start, the verb, that place, None), else None."""
    verb = next((w for w in lex.taken_to if text.startswith(w, noun_end)), None)
    place = next((e for e in ents if verb and e.start == noun_end + len(verb) and e.label in ("LOC", "ORG")), None)
    return (noun_end, verb, place.name, None) if place is not None else None


def _without_manner(rest: str, lex: EventLexicon) -> str:
    """The words between a meeting's name and its predicate without a phrase of how it is held
    (以线上方式, 以视频会议形式: 以 and a manner noun) opening or ending them."""
    nouns = "|".join(map(re.escape, lex.manner_nouns))
    if not nouns:
        return rest
    phrase = rf"以[^，。；在于]{{0,{_MANNER_REACH}}}?(?:{nouns})"
    return re.sub(rf"(?:^{phrase}|{phrase}$)", "", rest, count=1)


def _place_as_written(place: str, lex: EventLexicon, start: int = 0,
                      ents: Sequence[Mention] = ()) -> tuple[int, str]:
    """The place of `在X` / `于X` (``place`` at ``start`` of the text) without what stands around
    it: dates written first (于昨天在济南, 于本月29日至2月3日在某地), a predicate or light verb
    written after (在马那瓜举行了会晤, 在某市进行非正式会晤), a named partner joined by a coordinator
    outside any name (在塔什干同东洋国总统甲举行会谈, 在某宾馆同来访的乙举行会谈; not 大同市, 永和县:
    no name starts after their 同, 和), a topic after a name (在某宫就某事举行会议), a deed before a
    continuation (在某市共进晚餐并举行会晤: the names after 在). Returns (offset in ``place``, place)."""
    lead = _strip_dates(place, 0, len(place), lex)   # 于本月29日至2月3日在某地: the dates first
    if lead == len(place):
        return lead, ""   # 于今天: a date, no place
    offset = lead + 1 if lead and place.startswith(("在", "于"), lead) else 0
    held = lex.predicate_re.search(place, offset)
    end = held.start() if held else len(place)
    # 在某市进行非正式会晤: a light verb before the meeting word ends the place too
    end = min([end] + [k for v in lex.light_verbs if (k := place.find(v, offset + 1, end)) > 0])
    for k in range(offset + 1, end):
        if place[k] not in lex.coordinators or any(m.start < start + k < m.end for m in ents):
            continue
        # the partner named right after it, or a person named later (在某宾馆同来访的某国首相甲)
        if any(m.start == start + k + 1 or (m.label == "PER" and start + k < m.start < start + end)
               for m in ents):
            end = k
            break
    # 在某宫就某事举行: a topic mark right after a name written there ends the place
    topic = next((m.end - start for m in ents if offset < m.end - start < end
                  and m.label in ("LOC", "ORG") and place.startswith(lex.topic_marks, m.end - start)), None)
    if topic is not None:
        end = topic
    if any(w in place[offset:end] for w in lex.continuations):
        # 在越南河内共进晚餐并举行会晤: a deed before 并; the place is the names right after 在
        names = offset
        while (m := next((m for m in ents if m.start == start + names and m.label in ("LOC", "ORG")), None)):
            names = m.end - start
        end = names if names > offset else end
    return offset, place[offset:end]


@lru_cache(maxsize=16)
def _venue_pattern(preps: str, shortest: int, manner: str) -> re.Pattern[str]:
    return re.compile(rf"[{preps}]([^，。；]{{{shortest},30}}?)(?:{manner})*$")


def _venue_before(text: str, c_start: int, end: int, ents: Sequence[Mention], lex: EventLexicon,
                  preps: str, shortest: int) -> tuple[int, str] | None:
    """`在X` (``preps``: 在 or 于, X ``shortest`` characters or more) ending the clause's words
    before ``end``, a manner word allowed after it (在京隆重召开, 在中南海亲切会见), when X is a
    venue: (where the 在 stands, the place as written); else None."""
    pattern = _venue_pattern(preps, shortest, lex.manner_alternation)
    loc = pattern.search(text[c_start:end])
    named = {k for m in ents if m.start < end and m.end > c_start for k in range(m.start, m.end)}
    # not the 在 inside a name (文在寅当天在青瓦台会见), nor one ending a word (正在东洋国访问的甲)
    while loc is not None and (any(m.start < c_start + loc.start() < m.end for m in ents)
                               or lex.opens_inside_word(text, c_start + loc.start(), named)):
        loc = pattern.search(text[c_start:end], loc.start() + 1)
    if loc is None:
        return None
    offset, place = _place_as_written(loc.group(1), lex, c_start + loc.start(1), ents)
    return (c_start + loc.start(), place) if _is_venue(place, c_start + loc.start(1) + offset, ents, lex) else None


def _visited_before(text: str, who: Mention, sent_clauses: list[tuple[int, int]], lex: EventLexicon) -> bool:
    """甲拜访了海淀区政府，与乙进行了座谈: an entity after a visit word in its clause is visited,
    no subject of a meeting verb after it. A visit word before 的 modifies the one after it, who
    visits (正在东洋国访问的甲与乙举行会谈)."""
    c_start = next((a for a, b in sent_clauses if a <= who.start < b), who.start)
    return any(not text.startswith("的", m.end()) for m in lex.visit_any.finditer(text, c_start, who.start))


def _place_carried_over(text: str, c_start: int, sent_clauses: list[tuple[int, int]], ents: list[Mention],
                        lex: EventLexicon) -> str | None:
    """甲在青山迎接乙一行，并与乙座谈: a clause that goes on with the same subject
    (opening with a continuation word: 并) is where the clause before it says: a named place
    right after its 在."""
    if not text.startswith(lex.continuations, c_start):
        return None
    before = [(a, b) for a, b in sent_clauses if b <= c_start]
    if not before:
        return None
    a, b = before[-1]
    k = text.find("在", a, b)
    place = next((m for m in ents if k >= 0 and m.start == k + 1 and m.label == "LOC"), None)
    return place.name if place is not None else None


def _is_venue(place: str, start: int, ents: list[Mention], lex: EventLexicon) -> bool:
    """`在人民大会堂` is a venue; `在同应邀参加中宣部` and `在与企业家座谈时` are not (a
    coordinator opens no place, unless a named one starts there or it ends like a venue:
    在和平饭店)."""
    if not place or any(w in place for w, _ in lex.role_cues) or place.endswith(lex.holding_verbs):
        return False   # (在某总工会组织召开的…上: the body holds the meeting)
    like_venue = place.endswith(tuple(lex.venue_suffixes))
    if place.startswith(tuple(lex.coordinators)) and not like_venue and not any(m.start == start for m in ents):
        return False
    return like_venue or any(m.label in ("LOC", "ORG") and start <= m.start and m.end <= start + len(place)
                             for m in ents)


def _compact_start(text: str, start: int, noun_start: int, ents: list[Mention], lex: EventLexicon) -> int:
    """Move the name's start past verbs and persons before it (`王少峰出席大会` -> `大会`)."""
    for w in lex.name_breakers:
        k = text.rfind(w, start, noun_start)
        if k >= 0:
            start = max(start, k + len(w))
    for m in ents:
        if m.label == "PER" and start <= m.start and m.end <= noun_start:
            inside = text[start:m.start]
            if inside.count("《") > inside.count("》") or inside.count("“") > inside.count("”"):
                continue   # a person in a title (《罗荣桓军事文选》) stays in the name
            if text.startswith(lex.commemorated_marks, m.end):
                continue   # 某某同志诞辰90周年纪念大会: the person commemorated is named in it
            start = max(start, m.end)
    return start


def _is_reference(text: str, clause_start: int, name_start: int, noun_end: int, lex: EventLexicon) -> bool:
    after = text[noun_end:noun_end + 4]
    if any(after.startswith(w) or after.startswith("的" + w) for w in lex.reference_after):
        return True
    return _referred_before(text, clause_start, name_start, lex)


def _referred_before(text: str, clause_start: int, name_start: int, lex: EventLexicon) -> bool:
    """贯彻…会议精神, 在谈到…会议时: a word before the name in its clause refers to the meeting;
    not 以 of a manner (以视频形式召开…: ``manner_nouns``)."""
    before = text[clause_start:name_start]
    return any(w in before and not _held_in_a_manner(before, w, lex) for w in lex.reference_before)


def _held_in_a_manner(before: str, word: str, lex: EventLexicon) -> bool:
    """以视频形式, 以线上方式: the word (以) and, a few characters after it, one of
    ``manner_nouns`` say how the meeting is held, not which one it refers to."""
    k = before.find(word)
    return any(0 <= before.find(m, k) - k <= _MANNER_REACH for m in lex.manner_nouns)


_MANNER_REACH = 9   # 以|线上|方式: the farthest the manner noun stands after the word


_HOLDERS = ("PER", "ORG")   # who may hold a meeting named in reported words


def _frame_opening(text: str, clause_start: int, noun_end: int, ents: list[Mention], lex: EventLexicon) -> int | None:
    """在随后召开的座谈会上: a meeting stated held before its noun, the clause framed at it
    (held_noun_frames' 在…上), is told here, not referred to; so is one framed right after the
    person who opens the clause (某部部长甲|在今天召开的…会议上说), or by a 在 anywhere before a
    predicate of holding and 的 (连日来|在京举行的…会议上, 记者从今天|在北京召开的…会议上获悉: not
    现在, 正在, words that hold it), or by the clause alone where it names the meeting held and
    closes it with one of ``bare_frame_closings`` right before the clause's end (视察后召开的座谈会上，;
    not 介绍了上次召开的座谈会上提出的要求). Where the frame opens, or None."""
    starts = [clause_start] + [m.end for m in ents if m.label == "PER" and clause_start < m.end < noun_end] \
        + [k for k in find_all(text, "在", clause_start + 1, noun_end) if text[k - 1:k + 1] not in lex.common_words
           and any(text.find(p + "的", k, noun_end) >= 0 for p in lex.predicates)]
    framed = next((at for at in starts for opening, closings in lex.held_noun_frames.items()
                   if text.startswith(opening, at) and any(text.startswith(c, noun_end) for c in closings)), None)
    if framed is not None:
        return framed
    closing = next((c for c in lex.bare_frame_closings if text.startswith(c, noun_end)), "")
    after = text[noun_end + len(closing):noun_end + len(closing) + 1]
    if closing and after and after in CLAUSE_END \
            and any(text.find(p + "的", clause_start, noun_end) >= 0 for p in lex.predicates):
        return clause_start   # 随后召开的座谈会上，…: the clause itself frames, no 在 written
    return None


def _joined_bodies(text: str, before: list[Mention], lex: EventLexicon) -> list[Mention]:
    """The organizations among ``before`` joined to the subject by a partner mark (与乙、丙召开…),
    the items of a list after it included."""
    out: list[Mention] = []
    for who in before:
        mark = text[who.start - 1:who.start]
        listed = mark == "、" and bool(out) and who.start - 1 == out[-1].end
        if who.label == "ORG" and (mark in lex.joint_partner_marks or listed):
            out.append(who)
    return out


def _joined_names(clause: str, hits: list[tuple[int, int, str]], lex: EventLexicon) -> list[tuple[int, int, str]]:
    """工作会议暨表彰大会: a meeting noun, a name conjunction and the next meeting noun's name are one
    meeting's name, ending at the second noun, of the first noun's subtype unless that one says no
    more than a meeting (成立大会暨第一次会员代表大会: a congress); so are a meeting body and its
    session (第三届职工代表大会第五次会议)."""
    out: list[tuple[int, int, str]] = []
    for hit in hits:
        joined = out and hit[0] > out[-1][1] and (clause.startswith(lex.name_conjunctions, out[-1][1])
                                                  or lex.session_re.fullmatch(clause, out[-1][1], hit[0]))
        if joined:
            out[-1] = (out[-1][0], hit[1], hit[2] if out[-1][2] == GENERIC_MEETING else out[-1][2])
        else:
            out.append(hit)
    return out


def _runs_into_verb(text: str, start: int, end: int, lex: EventLexicon) -> bool:
    """Whether a meeting verb's word starts inside text[start:end] and goes on past its end."""
    return any(text.startswith(w, k) and k + len(w) > end
               for verb in lex.meeting_verbs for w in verb.words for k in range(start + 1, end))


def meeting_nouns(doc: Doc, sent: Sentence, ents: list[Mention], lex: EventLexicon) -> list[EventMention]:
    text, out = doc_text(doc), []
    if not lex.may_hold_meeting_noun(text, sent.start, sent.end):
        return out
    for c_start, c_end in clauses(text, sent.start, sent.end):
        clause = text[c_start:c_end]
        hits = [(m.start(), m.end(), lex.noun_subtype[m.group(0)]) for m in lex.noun_re.finditer(clause)]
        hits += [(m.start(), m.end(), "congress") for m in lex.numbered_re.finditer(clause)]
        for n_start, n_end, subtype in _joined_names(clause, sorted(hits), lex):
            noun_end = c_start + n_end
            if _runs_into_verb(text, c_start + n_start, noun_end, lex):
                continue   # 举行工作会|谈: the noun is part of a meeting verb's word
            held = _held_after(text, noun_end, c_end, lex, ents) or _taken_to(text, noun_end, ents, lex)
            pred = None
            if held:
                name_start = _strip_dates(text, c_start, noun_end, lex)
                cut = list(_ORGANIZER_CUT.finditer(text, name_start, noun_end))
                organizer_region = (name_start, cut[-1].start()) if cut else None
                if cut:
                    name_start = cut[-1].end()
                pred_start, pred, location, agents = held
                organizer_region = agents or organizer_region
            else:
                if subtype == "congress" and lex.numbered_re.fullmatch(text[c_start + n_start:noun_end]):
                    continue  # 十五大 only with its predicate after it
                before = [m for m in lex.predicate_re.finditer(text, c_start, c_start + n_start)] \
                    or _light_verb_before(text, c_start, c_start + n_start, noun_end, lex)
                chair = None if before else _cued_at(text, c_start, c_start + n_start, lex.chair_cues) \
                    or _attended_at(text, c_start, c_start + n_start, noun_end, c_end, lex)
                if chair is not None and lex.noun_re.search(text, chair, c_start + n_start):
                    continue   # 主持会议并作职代会提案工作报告: the cue's meeting is the noun before
                if chair is not None:
                    # 甲主持座谈会, 主持今天的会议, 甲出席某论坛并致辞: held, chaired or attended by the
                    # one the role cue names (no organizer); the noun is its word, the name starts
                    # after the cue and a date
                    pred_start, pred, location = c_start + n_start, text[c_start + n_start:noun_end], None
                    name_start, organizer_region = _strip_dates(text, chair, c_start + n_start, lex), None
                else:
                    if not before:
                        continue
                    p = before[-1]
                    if lex.noun_re.search(text, p.end(), c_start + n_start):
                        continue  # another meeting noun in between
                    pred_start, pred, location = p.start(), p.group(0), None
                    name_start = p.end()
                    if text.startswith("了", name_start):
                        name_start += 1
                    # (甲说，某法院当天举行会议: the one reporting holds nothing)
                    opens = reported_start(text, ents, sent.start, pred_start, lex, _HOLDERS)
                    organizer_region = (opens, pred_start)
                    venue = _venue_before(text, c_start, pred_start, ents, lex, "在于", 1)
                    if venue is not None:
                        location = venue[1]
                        organizer_region = (opens, venue[0])
            name_start = _compact_start(text, name_start, c_start + n_start, ents, lex)
            if not text.startswith(("在", "于"), name_start):
                while name_start < noun_end and text[name_start] in "的了":
                    name_start += 1
                lead = lex.name_lead_re.match(text, name_start, noun_end)
                name_start = lead.end() if lead else name_start
            while name_start < noun_end and unclosed_at(text, name_start, noun_end):
                name_start += 1   # “某研讨会” quoted whole: its closer falls after the noun, no mark opens the name
            name = text[name_start:noun_end]
            # 技能竞赛动员大会: a meeting held for a contest is a meeting
            held_for = name.endswith(tuple((lex.raw.get("meeting") or {}).get("held_for_non_events") or ()))
            if (not held_for and any(w in name for w in lex.non_events)) \
                    or any(w in text[noun_end:noun_end + 3] for w in lex.non_events) or name.startswith(lex.kinds_of):
                continue   # (多种形式的座谈会: kinds of meetings, none held here)
            # 在随后召开的座谈会上: held inside its frame, unless a word refers (在谈到即将召开的某会议时)
            opening = None if held else _frame_opening(text, c_start, noun_end, ents, lex)
            framed = opening is not None and not _referred_before(text, c_start, name_start, lex)
            if framed and opening > c_start:
                organizer_region = None   # 甲在…召开的会议上说: the person speaks there, convenes nothing
            if _is_reference(text, c_start, name_start, noun_end, lex) and not framed:
                continue
            noun = text[c_start + n_start:noun_end]
            anaphoric = name == noun or text[max(c_start, name_start - 2):name_start].endswith(lex.anaphors) \
                or name.startswith(lex.anaphors)
            mention = EventMention("meeting", subtype, pred, pred_start, sent, name=None if name == noun else name,
                                   location=location, anaphoric=anaphoric)
            if organizer_region:
                for who in subjects(doc, ents, organizer_region[0], organizer_region[1], lex):
                    if who.label != "LOC" or not location:
                        mention.add(who, "organizer")
                if subtype in lex.joint_meeting_subtypes:   # 甲与乙、丙召开联席会议: 乙, 丙 convene it too
                    for who in _joined_bodies(text, actors(doc, ents, *organizer_region, lex), lex):
                        mention.add(who, "organizer")
            for who in _name_organizers(doc, name, name_start, noun_end, ents, lex):
                mention.add(who, "organizer")
            if pred is not None and (holder := _holder_before(text, pred_start, ents, lex)) is not None:
                mention.add(holder, "organizer")   # 在某总工会组织召开的…上
            out.append(mention)
    return out


def _holder_before(text: str, pred_start: int, ents: Sequence[Mention], lex: EventLexicon) -> Mention | None:
    """某市总工会|组织|召开: the organization written right before a holding verb that stands right
    before the predicate (holding_verbs) holds the meeting; else None."""
    verb = next((v for v in lex.holding_verbs if text.endswith(v, 0, pred_start)), None)
    if verb is None:
        return None
    return next((m for m in ents if m.end == pred_start - len(verb) and m.label == "ORG"), None)


_CHAIRED_NAME = 20   # the longest name between a chair's or attendee's cue and the meeting noun


def _attended_at(text: str, c_start: int, noun_start: int, noun_end: int, c_end: int, lex: EventLexicon) -> int | None:
    """Where a named meeting's name starts after an attendee's cue (甲出席某论坛并致辞), else None: the
    name ends the clause or a 并 follows (not 出席某大会|代表协商选举会议, a longer name; not 出席了大会
    alone, which refers to one stated or to none held: 颁奖大会)."""
    start = _cued_at(text, c_start, noun_start, lex.attended_cues)
    if start is None or noun_end < c_end and text[noun_end] not in "并，。；、,;":
        return None
    return start if _strip_dates(text, start, noun_start, lex) < noun_start else None


def _cued_at(text: str, c_start: int, noun_start: int, cues: Sequence[str]) -> int | None:
    """Where the meeting's name starts when one of ``cues`` opens it in the clause (甲主持座谈会,
    主持了东江市职工座谈会, 出席2025国际论坛: right after the cue), else None."""
    for word in cues:
        k = text.rfind(word, max(c_start, noun_start - _CHAIRED_NAME - len(word) - 1), noun_start)
        if k >= 0:
            start = k + len(word)
            return start + 1 if text.startswith("了", start) else start
    return None


_SESSION_ORDINAL = re.compile(r"第?[一二三四五六七八九十百\d]+[次届]")   # 第十四次, 七届
# where a meeting name's head (the bodies holding it) ends: a session's ordinal, 十五大, a year
_NAME_HEAD_END = re.compile(rf"{_SESSION_ORDINAL.pattern}|[一二三四五六七八九十]{{1,3}}大|\d{{4}}年")


def _name_organizers(doc: Doc, name: str, start: int, end: int, ents: list[Mention], lex: EventLexicon) -> list[Mention]:
    """Organizations the name opens with (`平谷区政府与区总工会联席会议`): organizers when the article
    names them elsewhere too, or when the name joins two of them."""
    # (a term's number without 第 too: 某区总工会十届三次全委（扩大）会议)
    head = _NAME_HEAD_END.split(name)[0]
    parts = _coordinated_parts(head, lex)
    joint = len(parts) > 1
    # 某公司|七届三次职工代表大会, 某区总工会|第十二届委员会第五次全体会议: a body right before its
    # session's ordinal holds its own session, written elsewhere or not
    session = parts[-1] if parts and len(head) < len(name) and head.endswith(parts[-1]) \
        and _SESSION_ORDINAL.match(name, len(head)) else None
    out = []
    for part in parts:
        # (not one cut out of a word: 集体协商会|议 names no chamber of commerce, 商会)
        cand = next((part[:k] for k in range(len(part), 2, -1)
                     if is_org_like(part[:k], lex) and part[k - 1:k + 1] not in lex.common_words), None)
        if cand and _kind_of_body(cand, ents, lex):
            continue
        if not cand:
            body = _body_of_article(part, ents, lex)
            if body is not None:   # 主席团第二次会议 where the article names 某省总工会主席团
                out.append(Mention(body, "ORG", start, start + len(part)))
            continue
        elsewhere = (part == session and cand == part) or _stands_alone(doc_text(doc), cand, lex)
        if joint or elsewhere:
            inside = [m for m in in_region(ents, start, end) if m.name == cand]
            full = resolve_name(cand, doc, ents, lex, start)
            label = inside[0].label if inside else "ORG"
            out.append(Mention(full, label, start, start + len(cand)))
    return out


def _coordinated_parts(head: str, lex: EventLexicon) -> list[str]:
    """The parts of a name's head joined by a coordinator (平谷区政府|与|区总工会), not at one inside
    a word (协同, 和谐, 共同: a common word over it)."""
    parts, start = [], 0
    for k, c in enumerate(head):
        if c in lex.coordinators and head[k - 1:k + 1] not in lex.common_words \
                and head[k:k + 2] not in lex.common_words:
            parts.append(head[start:k])
            start = k + 1
    return [p for p in parts + [head[start:]] if p]


def _kind_of_body(name: str, ents: list[Mention], lex: EventLexicon) -> bool:
    """全国工会, 各级工会, 企业工会 (全国工会宣传工作会议): a common word before an organization
    ending names the bodies of a scope or a kind, no one organizer; not a listed name (全国总工会)
    nor one the article names as an organization (世界银行)."""
    if name in lex.known_orgs or any(m.label == "ORG" and m.name == name for m in ents):
        return False
    # (青山|区政府: an ending opening with a place's unit makes the word before it a place)
    return any(name.endswith(end) and name[:-len(end)] in lex.common_words
               and end[0] not in lex.place_suffix_chars for end in lex.org_endings)


def _body_of_article(part: str, ents: list[Mention], lex: EventLexicon) -> str | None:
    """The organization a meeting name opens with when it is written as the last words of one
    organization the article names in full (主席团第二次会议, 某省总工会主席团): that one."""
    for k in range(len(part), 2, -1):
        head = part[:k]
        if not head.endswith(lex.org_endings):
            continue
        bodies = {m.name for m in ents if m.label == "ORG" and len(m.name) > k and m.name.endswith(head)}
        if len(bodies) == 1:
            return bodies.pop()
    return None


_NAME_REACH = 16   # the longest words between a meeting name's head and its noun


def _heads_a_meeting_name(text: str, end: int, lex: EventLexicon) -> bool:
    """京津冀工会|协同发展联席会议, 北京城市副中心|重点工程劳动竞赛观摩推进会: a run of words with no
    predicate between them (召开, 举行) ending in a meeting noun follows: the head of a name."""
    run = HAN_RUN.match(text, end, end + _NAME_REACH)
    if run is None:
        return False
    said = lex.predicate_re.search(text, end, run.end())
    return bool(lex.noun_re.search(text, end, said.start() if said else run.end()))


def _stands_alone(text: str, org: str, lex: EventLexicon) -> bool:
    """Is `org` written somewhere not as the head of a meeting name (`北京市工会十四大` does not count)?"""
    k = text.find(org)
    while k >= 0:
        tail = text[k + len(org):k + len(org) + 8]
        if not (lex.numbered_re.match(tail) or tail.startswith("第") or re.match(r"\d{4}年", tail)
                or lex.noun_re.match(tail) or any(c in tail[:1] for c in "与和同、")
                or _heads_a_meeting_name(text, k + len(org), lex)):
            return True
        k = text.find(org, k + 1)
    return False


# 与X会谈, 同X交流, 和X座谈: the words that introduce a meeting's partner before its verb
_PARTNER_PREPS = ("与", "同", "和")


def meeting_verbs(doc: Doc, sent: Sentence, ents: list[Mention], lex: EventLexicon, cue_spans: list[tuple[int, int]]) -> list[EventMention]:
    """会见 / 会谈 / 座谈: the verb states the meeting; subject and partner take the verb's roles."""
    text, out, taken = doc_text(doc), [], []
    if not lex.verb_any.search(text, sent.start, sent.end):
        return out
    sent_clauses = clauses(text, sent.start, sent.end)
    verb_hits = sorted(k for verb in lex.meeting_verbs for w in verb.words for k in find_all(text, w, sent.start, sent.end))
    for verb in lex.meeting_verbs:
        for word in verb.words:
            for v_start in find_all(text, word, sent.start, sent.end):
                v_end = v_start + len(word)
                if any(a < v_end and v_start < b for a, b in taken + cue_spans):
                    continue
                if inside_a_name(ents, v_start, v_end):
                    continue   # 中俄总理定期会晤委员会: the word is inside a name
                if lex.noun_re.match(text, v_start) and lex.noun_re.match(text, v_start).end() > v_end:
                    continue  # 座谈会 is a noun, handled as one
                if text[v_end:v_end + 1] == "会" and text[v_start - 1:v_start] != "并":
                    continue  # 会谈会: a noun
                # (会见|中宸集团…: a name that opens with a frame's character is the object, no frame)
                back = text[v_start - 1:v_start] != "并" and any(
                    text.startswith(w, v_end) and not inside_a_name(ents, v_end, v_end + len(w)) for w in lex.meeting_frames)
                c_start, c_end = next((a, b) for a, b in sent_clauses if a <= v_start < b)
                # 乙受到甲的接见, 在与乙的会谈中: stated so, the meeting is read apart
                stated = _passive_reception(doc, ents, sent, c_start, v_start, word, verb, lex) \
                    or _held_as_noun(doc, ents, sent, c_start, v_start, word, verb, lex)
                if stated is not None:
                    taken.append((v_start, v_end))
                    out.append(stated)
                    continue
                if (text[v_start - 1:v_start] == "的" and not _modified_after_a_light_verb(text, c_start, v_start, lex)) \
                        or text[v_end:v_end + 1] in ("与", "和", "、", "平"):
                    continue  # 的交流与合作 / 交流平台: a noun
                attended = lex.attendee_cue_before(text, sent.start, v_start)
                if verb.needs_object and attended:
                    continue  # 甲和乙参加了会见: the reception taken part in, stated before (参加座谈 states one)
                partners = [] if verb.object_after else actors(doc, ents, v_end, c_end, lex)
                partners = [w for w in partners if not accompanied(text, v_end, w, lex)]
                # the subject stands after the clause of an earlier meeting verb of the sentence
                # (甲会见了乙，…丙也会见了乙: 丙 hosts the second), else anywhere before
                earlier = [b for a, b in sent_clauses if b <= v_start and any(a <= h < b for h in verb_hits)]
                # … and in the verb's own clause when it names one there (乙在青山期间，丙会见了乙)
                subject = [m for m in subjects(doc, ents, c_start, v_start, lex) if m.label != "LOC"] \
                    or (subjects(doc, ents, earlier[-1], v_start, lex) if earlier else []) \
                    or subjects(doc, ents, sent.start, v_start, lex)
                venue = _venue_before(text, c_start, v_start, ents, lex, "在", 1)
                unnamed = lex.partner_group_re.match(text, v_end, c_end) if verb.object_role == "guest" else None
                referent = None   # 会见了代表团一行 / 与代表团座谈: a delegation named before
                if not partners and not unnamed:   # 与X会谈 / 同X交流: the partner stands before the verb
                    # (甲和夫人乙会见了前来迎接的官员: the guests are after the verb, unnamed; 乙 hosts too)
                    prep, before = _partner_mark(text, c_start, v_start, verb.object_after or _PARTNER_PREPS, lex)
                    if prep >= 0:
                        # 与乙在白宫举行会晤: the venue after the partner is where, not who
                        stop = venue[0] if venue is not None and prep < venue[0] < before else before
                        partners = actors(doc, ents, prep + 1, stop, lex)
                        referent = None if partners else group_referent(text, ents, prep + 1, lex)
                        # (发言人甲宣布，乙同丙在会谈中…: the one reporting meets nobody)
                        subject = subjects(doc, ents, reported_start(text, ents, sent.start, prep, lex, _HOLDERS), prep, lex)
                subject = [m for m in subject if not _visited_before(text, m, sent_clauses, lex)]
                if not partners and unnamed:
                    referent = group_referent(text, ents, v_end, lex)
                group = False   # the guests are unnamed: 会见了来访的考察团, 会见了中国球迷, 会见东洋国特使
                if referent:
                    partners = [referent]
                elif verb.object_role == "guest" and (unnamed or partners) \
                        and all(w.label == "LOC" for w in partners):
                    partners = []   # a place is met by nobody, its people are
                    # (定期会晤|委员会: an office opening a body's ending is a name's, no group)
                    group = unnamed is None or not any(
                        len(e) > len(unnamed.group(1)) and text.startswith(e, unnamed.start(1)) for e in lex.org_endings)
                if verb.needs_object and not partners and not group:
                    continue
                if group and not any(w.label != "LOC" for w in subject):
                    continue  # an unnamed guest needs a named host
                if back and all(w.start >= v_end for w in partners):
                    # 会见时指出, 会晤以后乙宣布: refers back, and one named after the frame was not met
                    # (会见X时, X between, and 与X会谈后, X before: stated here)
                    continue
                if verb.needs_object and verb.subject_role == verb.object_role and not subject:
                    continue  # talks between named parties only
                taken.append((v_start, v_end))
                location = venue[1] if venue is not None else _place_carried_over(text, c_start, sent_clauses, ents, lex)
                mention = EventMention("meeting", verb.subtype, word, v_start, sent, location=location,
                                       unnamed_partner=group,
                                       partner_word=group_word_at(text, v_end + text.startswith("了", v_end), lex))
                # 与代表团座谈: a meeting with a visiting delegation named before is hosted by the
                # subject, the delegation its guest (talks keep their two organizers)
                received = referent is not None and verb.subject_role != verb.object_role
                # 甲率某省代表团来访，并与乙座谈: a subject holding a visiting delegation is received,
                # the one met hosts (the guideline: the side receiving a visit hosts it)
                visiting = not received and not attended and bool(partners) and verb.object_role != "guest" \
                    and verb.subject_role != verb.object_role \
                    and any(w.label == "ORG" and w.name.endswith(lex.delegation_groups) for w in subject)
                for who in subject:
                    if who.label != "LOC":   # 在人民大会堂会见: the place is where, not who
                        # persons who 座谈 take part, and anyone who 参加座谈; a body 座谈 organizes
                        role = "attendee" if attended or (verb.subject_role == "organizer" and not verb.needs_object
                                                          and who.label == "PER") else verb.subject_role
                        mention.add(who, "host" if received and not attended else "guest" if visiting else role)
                org_starts = {w.start for w in partners if w.label == "ORG"}
                for who in partners:
                    if who.label == "LOC" and who.end in org_starts:
                        continue   # 东洋市 + 青山区议会代表团: the place of the guest body
                    mention.add(who, "guest" if received else "host" if visiting else verb.object_role)
                out.append(mention)
    return out


_MODIFIER = 8   # the longest modifier between 进行了 and 的会晤 (热情友好, 长达两个小时)


def _modified_after_a_light_verb(text: str, c_start: int, v_start: int, lex: EventLexicon) -> bool:
    """与乙进行了热情友好的会晤: a short modifier and 的 between a light verb or predicate (and 了)
    and the meeting word leave it the verb's object, the meeting held; not 的交流与合作."""
    words = (*lex.predicates, *lex.light_verbs)
    head = max((k + len(w) for w in words if (k := text.rfind(w, max(c_start, v_start - _MODIFIER - 4), v_start - 1)) >= 0),
               default=-1)
    if head < 0:
        return False
    modifier = text[head:v_start - 1].removeprefix("了")
    return 0 < len(modifier) <= _MODIFIER and all_han(modifier) and "的" not in modifier


def _partner_mark(text: str, c_start: int, v_start: int, preps: Sequence[str], lex: EventLexicon) -> tuple[int, int]:
    """(where the mark before the partner stands, where the partner's words end) for a meeting
    verb whose partner stands before it (与X会谈): the last mark before the verb, ending at the verb;
    where a topic (topic_marks) comes between and a predicate or light verb holds the meeting
    word, the last mark before the topic, ending there (同乙就中东和平问题举行会谈: the 和 of 和平 is
    none; 就美巴首脑会晤的议题进行讨论 names no partner of 会晤). (-1, v_start) where there is none."""
    topic = max((text.rfind(t, c_start, v_start) for t in lex.topic_marks), default=-1)
    held_here = text[c_start:v_start].removesuffix("了").endswith((*lex.predicates, *lex.light_verbs))
    if topic >= 0 and held_here:
        prep = max((text.rfind(p, c_start, topic) for p in preps), default=-1)
        if prep >= 0:
            return prep, topic
    return max((text.rfind(p, c_start, v_start) for p in preps), default=-1), v_start


def _held_as_noun(doc: Doc, ents: list[Mention], sent: Sentence, c_start: int, v_start: int, word: str,
                  verb: MeetingVerb, lex: EventLexicon) -> EventMention | None:
    """在与乙的会谈中, 此次与乙的会面: the verb used as a noun after 与/同/和 + the partner + 的,
    framed as a meeting held (``held_noun_frames``): the subject before the frame (or, where
    the frame opens the sentence, the first person of the clause after it) takes the subject's
    role, the partner the object's; None where that is not so written."""
    text = doc_text(doc)
    if not verb.needs_object or text[v_start - 1:v_start] != "的":
        return None
    prep = max(text.rfind(p, c_start, v_start - 1) for p in _PARTNER_PREPS)
    frame = next((f for f in lex.held_noun_frames if prep > 0 and text.endswith(f, c_start, prep)), None)
    closing = lex.held_noun_frames.get(frame, ())
    if frame is None or (closing and not text.startswith(closing, v_start + len(word))):
        return None
    partners = [m for m in actors(doc, ents, prep + 1, v_start - 1, lex) if m.label != "LOC"]
    hosts = [m for m in subjects(doc, ents, sent.start, prep - len(frame), lex) if m.label != "LOC"]
    if not hosts and prep - len(frame) == c_start:   # 在与乙的会谈中，甲表示: the next clause's subject
        after = next(((a, b) for a, b in clauses(text, sent.start, sent.end) if a > v_start), None)
        hosts = [m for m in subjects(doc, ents, *after, lex) if m.label == "PER"][:1] if after else []
    if not partners or not hosts:
        return None
    return _verb_meeting(verb, word, v_start, sent, hosts, partners)


def _passive_reception(doc: Doc, ents: list[Mention], sent: Sentence, c_start: int, v_start: int, word: str,
                       verb: MeetingVerb, lex: EventLexicon) -> EventMention | None:
    """乙受到甲的亲切接见: a reception verb after 受到 + host + 的 (manner words allowed): the host
    named after the mark, the guests the subject before it; None where that is not so written."""
    text = doc_text(doc)
    if verb.object_role != "guest" or not text.endswith(("的", *lex.manner), c_start, v_start):
        return None
    hit = lex.passive_re.search(text, c_start, v_start)
    if hit is None:
        return None
    hosts = [m for m in actors(doc, ents, hit.start(1), hit.end(1), lex) if m.label != "LOC"]
    guests = [m for m in subjects(doc, ents, sent.start, hit.start(), lex) if m.label != "LOC"]
    if not hosts or not guests:
        return None
    return _verb_meeting(verb, word, v_start, sent, hosts, guests)


def _verb_meeting(verb: MeetingVerb, word: str, v_start: int, sent: Sentence,
                  subject_side: list[Mention], object_side: list[Mention]) -> EventMention:
    """The meeting a verb states, with each side in the verb's role for it."""
    mention = EventMention("meeting", verb.subtype, word, v_start, sent)
    for who in subject_side:
        mention.add(who, verb.subject_role)
    for who in object_side:
        mention.add(who, verb.object_role)
    return mention
