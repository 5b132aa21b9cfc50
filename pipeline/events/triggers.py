"""The event lexicon (data/lexicons/events.yaml) as a typed object with compiled patterns."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Sequence


from ..lexicon_files import read_yaml_mapping
from ..lexicon import DomainLexicon
from ..lexicon import load_lexicon as load_domain_lexicon
from ..text.scan import any_word_regex, context_free, longest_first, words_regex
from .sentences import CLAUSE_END, SENT_END


def _object_gap_re(locating_marks: list[str], owned_marks: Sequence[str] = ()) -> re.Pattern[str]:
    """来到了|过|到 the object, 来到(了)位于…的 the object, 慰问了…的 the object, 深入所属 the object: an
    aspect mark, a locating phrase, a word saying whose it is (``owned_marks``) or a description
    ending in 的 between a visit verb and what it visits."""
    locating = "|".join(re.escape(w) for w in longest_first(locating_marks))
    mark = f"了|过|到|了?(?:{locating})" if locating else "了|过|到"
    owned = "|".join(re.escape(w) for w in longest_first(list(owned_marks)))
    owner = f"(?:{owned})?" if owned else ""
    return re.compile(f"(?:{mark})?{owner}(?:[^，。；]{{0,20}}?的)?")


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in longest_first(words)) or r"(?!x)x")


def _filled(spec: str | None, slot: str, words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """The pattern ``spec`` with ``slot`` ({lead}, {attendee}, {meeting}) standing for ``words`` in
    their order; a pattern matching nothing where either is missing."""
    if not spec or not words:
        return re.compile(r"(?!x)x")
    return re.compile(spec.replace(slot, "|".join(map(re.escape, words))))


def _with_abbreviations(spec: str | None, abbreviations: tuple[str, ...]) -> str | None:
    """``spec`` with ``{abbr}`` standing for the one-character place abbreviations (来{abbr}: 来京)."""
    if not spec or "{abbr}" not in spec:
        return spec
    return spec.replace("{abbr}", "|".join(map(re.escape, abbreviations)) or r"(?!x)x")


def _attribution(frame: dict) -> re.Pattern[str]:
    """据…报道: an opening word, at most 12 characters (no clause mark), a reporting word."""
    opens, closes = frame.get("opens") or [], frame.get("closes") or []
    if not opens or not closes:
        return re.compile(r"(?!x)x")
    inside = re.escape(SENT_END + CLAUSE_END)
    return re.compile(f"(?:{_alternation(opens).pattern})[^{inside}]{{1,12}}?(?:{_alternation(closes).pattern})")


@dataclass
class MeetingVerb:
    subtype: str
    words: list[str]
    subject_role: str
    object_role: str
    needs_object: bool
    object_after: list[str] = field(default_factory=list)  # the partner is introduced by 与/同 before the verb


@dataclass
class EventLexicon:
    raw: dict[str, Any]
    noun_subtype: dict[str, str]
    noun_re: re.Pattern[str]
    numbered_re: re.Pattern[str]
    session_re: re.Pattern[str]               # 第五次: a session of the meeting body named before
    predicates: list[str]
    taken_to: list[str]                        # 走进, 进: 宣讲会走进某园 is held there
    predicate_re: re.Pattern[str]
    meeting_verbs: list[MeetingVerb]
    partner_groups: list[str]                 # 会见考察团: an unnamed group received as guests
    passive_marks: list[str]                  # 受到: 乙受到甲的接见, 甲 hosts
    passive_agent_marks: tuple[str, ...]      # 由: 会议由甲举办, 甲 organizes
    held_noun_frames: dict[str, tuple[str, ...]]   # 在…中: 在与乙的会谈中 states a meeting held
    bare_frame_closings: tuple[str, ...]            # 随后召开的座谈会上: a frame with no 在 written
    non_events: list[str]
    kinds_of: tuple[str, ...]                  # 多种形式的, 各类: a name of kinds of meetings
    commemorated_marks: tuple[str, ...]        # 同志诞辰: 某某同志诞辰90周年纪念大会 names him
    reference_after: list[str]
    anniversary_re: re.Pattern[str]           # 召开20周年: the meeting's anniversary
    habit_re: re.Pattern[str]                 # 每季度召开一次: a habit (group 1: its predicate)
    reference_before: list[str]
    manner_nouns: tuple[str, ...]              # 以视频形式召开: how it is held, no reference
    unreal_before: tuple[str, ...]             # 需要举行, 不会…会谈: a meeting not held
    directives: tuple[str, ...]                # 甲要求，…: what a person directs others to do
    directive_followed: tuple[str, ...]        # 应, 按照: 应甲要求 follows a directive, no directive
    generic_before: tuple[str, ...]            # 各地…陆续召开, 一是召开: many, or a step listed
    companion_marks: tuple[str, ...]           # 会见了随同甲来访的乙: 甲 accompanied, not met
    attended_cues: tuple[str, ...]             # 出席: 甲出席某论坛 states the forum held
    coordinators: list[str]
    holding_verbs: tuple[str, ...]             # 在某总工会组织召开的…上: the body holds it, no venue
    name_breakers: list[str]
    venue_suffixes: list[str]
    hosted_talks: tuple[str, ...]              # talks where a side visits: guest and host
    delegation_groups: tuple[str, ...]         # 代表团, 考察团: a body sent to visit (partner_groups hold them)
    manner: list[str]                          # 隆重, 亲切: between a place and its predicate or verb
    continuations: tuple[str, ...]             # 并: a clause going on with the subject before it
    continued_reception: tuple[str, ...]       # 会见…并座谈: kinds a reception goes on in
    topic_marks: tuple[str, ...]               # 就: 在某宫就某事举行会议, the topic after the place
    light_verbs: tuple[str, ...]               # 进行, 开展 (visit.list_verbs): 进行会谈, 进行考察
    light_verb_re: re.Pattern[str]             # ... as one pattern (与某方开展沟通会: a meeting held)
    filler_particles: list[str]                # 将, 已: between a name and its predicate
    visit_subtypes: list[tuple[str, list[str]]]
    default_visit_subtype: str
    motion: list[str]
    prepositions: list[str]
    coming: list[str]                          # 来威海参访: the place right after it is visited
    gone_to_marks: tuple[str, ...]             # 到某区，慰问…: the place of the clause before
    homes: list[str]                           # 到甲家中: the persons named before it are visited
    recipient_subtypes: tuple[str, ...]        # 慰问: the persons such a visit gives to are visited
    homes_after: list[str]                     # 到: going to a home, besides the verbs of going
    transitive: list[str]
    person_objects: tuple[str, ...]            # 慰问: the transitive words of one kind; its persons may follow a description
    looking_verbs: tuple[str, ...]             # 察看: its object is visited unless a stop was named before
    going_without_place: tuple[str, ...]       # 走访: a visit though no place is named
    past_marks: tuple[str, ...]                # 曾, 去年: a trip made before, never joined to the one stated
    together_marks: tuple[str, ...]            # 一同走访: companions on the visit stated before
    organs: tuple[str, ...]                    # 委, 政府 (visit.leader_org_not): a place's organs of the party or government
    union_bodies: tuple[str, ...]              # 总工会 (visit.union_bodies): its leader visits on its behalf
    private_purposes: tuple[str, ...]          # 探亲, 训练: going for one's own ends, no visit
    fellow_travel_marks: tuple[str, ...]       # 随同甲来访的乙: 乙 visits with 甲
    carried: tuple[str, ...]                   # 送到: a visit where a named person carries gifts
    handed_over: tuple[str, ...]               # 送上: gifts handed over, no visit by themselves
    carried_subtype: str | None                # … whose kind, where no other visit word gives one
    service_re: re.Pattern[str]                # 开展…活动, 发放: a service delivered where one goes
    service_subtype: str | None                # … whose kind, where no other visit word gives one
    errand_of: dict[str, Any]                  # {kind, errand, after}: 检查…慰问 is an inspection
    delegation_subtype: str | None             # official_visit: a delegation's visit
    delegation_tours: tuple[str, ...]          # 考察, 参观: a delegation's study tour, an official visit
    remote: list[str]
    site_marks: tuple[str, ...]                # 来到甲所在的X: X is visited
    locating_marks: tuple[str, ...]            # 来到位于甲的X: 甲 locates X, X is visited
    object_gap_re: re.Pattern[str]             # what may stand between a visit verb and its object
    abbreviated_place_re: re.Pattern[str]      # 来京 / 赴台: the place visited is one character
    place_abbreviations: tuple[str, ...]       # 京, 台, 美: place_abbreviations.txt, {abbr} in patterns
    object_end: list[str]                      # where an unrecognized visited object ends
    list_ends: list[str]                       # 等: closes a list of the visited
    welcome_verbs: list[str]                   # 欢迎乙访问: 乙 visits
    regarded_marks: list[str]                  # 对乙来华访问表示欢迎: 乙 (a person) visits
    reporting_verbs: tuple[str, ...]           # 甲宣布：乙将访问…, 甲说乙期待访华: 乙 visits
    regarded_object_re: re.Pattern[str]        # (对X)进行国事|访问, (对X、Y)四国进行正式|访问: X is visited
    pronouns: list[str]                        # 欢迎他访问: nobody named visits
    singular_pronouns: tuple[str, ...]         # 他又来到…: the person the sentence opens with
    invitation_re: re.Pattern[str]             # 应甲邀请: 甲 invites, no visitor
    max_gap: int
    group_words: list[str]
    visiting_groups: tuple[str, ...]           # 慰问团, 志愿者: an unnamed subject that visits
    list_only_re: re.Pattern[str]              # 、乙、丙进行了 with the names taken out: a bare list
    topic_stop_verbs: tuple[str, ...]          # 甲了解…: what a visitor does at a stop just described
    stop_frame_ends: tuple[str, ...]           # 在甲的陪同下，: a frame, no place
    leader_cues: list[str]
    led_along_verbs: tuple[str, ...]           # 带领, 率: a list of bodies whose officials come along opens after one
    led_along_re: re.Pattern[str]              # …等部门负责人: closes that list
    list_marks: tuple[str, ...]                # 、, 和, 及, 与: between the items of a list of names
    visit_name_re: re.Pattern[str]
    role_cues: list[tuple[str, str]]          # (word, role), longest word first
    agent_report_re: re.Pattern[str]           # 甲所作的工会工作报告: 甲 speaks
    made_report_re: re.Pattern[str]            # 甲作经审工作报告: 甲 speaks
    heard_report_re: re.Pattern[str]           # 听取了甲的情况汇报: 甲 speaks
    heard_report_topics: tuple[str, ...]       # 听取了甲关于…的汇报: 甲 is named before
    role_priority: list[str]
    name_variants: tuple[tuple[str, str], ...]   # (人民代表大会, 人大), (第, ""): a meeting's names compared so
    joint_roles: frozenset[frozenset[str]]    # {chair, speaker}: one person holds both (主持…并讲话)
    cue_blockers: list[str]
    speech_noun_before: list[str]              # 甲的重要讲话: a speech referred to
    speech_objects_before: tuple[str, ...]     # 审议通过了…工作报告: a report approved, no speech given
    not_subject_after: list[str]
    object_marks_in_words: frozenset[str]     # 递给X: 给 marks an object inside a word too
    proxy_cues: list[str]
    representative_cues: tuple[str, ...]
    attribution_re: re.Pattern[str]           # 据新华社报道: the source, no participant
    anaphors: tuple[str, ...]                 # 此次, 该: 此次会议 refers back
    name_leads: tuple[str, ...]               # 由, 在: not part of a meeting's name
    name_lead_pattern: str                    # 为期三天的: nor this
    joint_words: tuple[str, ...]              # 共同, 联合: 甲与乙共同召开 — 乙 acts too
    joint_partner_marks: tuple[str, ...]      # 与, 同: what introduces such a partner
    joint_meeting_subtypes: tuple[str, ...]   # joint_meeting: 甲与乙召开联席会议 — 乙 convenes too
    joint_after_deed: tuple[str, ...]         # 后: 甲与乙举行会谈后共同会见… — 乙 acts in both
    meeting_frames: tuple[str, ...]           # 会见时, 会谈后: the verb refers to a meeting told before
    name_conjunctions: tuple[str, ...]        # 暨: 工作会议暨表彰大会 is one meeting's name
    title_gap: int
    seated_cues: tuple[str, ...]               # 在座: an attendee of a meeting only
    object_cues: tuple[str, ...]               # 参加, 出席: an attendee cue that may take an object …
    object_events: tuple[str, ...]             # … which must name an event (活动, 仪式) if no meeting or visit
    org_suffixes: tuple[str, ...]             # the endings a name grows over (name, weak)
    org_endings: tuple[str, ...]              # every organization ending, 会 and 处 too
    positions: tuple[str, ...]                # offices, occupations and labels, longest first
    occupations: frozenset[str]               # 线路工, 快递员: jobs (positions.txt occupation), no office
    written_full_form: Callable[[str, str], str | None]   # 全总 -> 中华全国总工会 where written
    company_named_short: Callable[..., str | None]   # 长风汽车 -> 长风汽车股份有限公司 where written
    delegation_body: Callable[..., str | None]   # 青山区议会代表团 -> 青山区议会
    elided_level: Callable[[str], str | None]  # 区总工会 -> 区: the shared lexicon's elision.yaml
    common_words: frozenset[str]               # 对外, 共同: a preposition inside one is none
    noun_words: frozenset[str]                 # the common words marked noun (基层, 企业)
    non_noun_words: frozenset[str]             # the others (学习, 贯彻): the domain's verb-like words
    action_words: frozenset[str]               # the nouns of a doing (交流, 研究)
    known_orgs: frozenset[str]                 # org_names.txt's names (全国总工会), not its kinds
    place_suffix_chars: str                    # 区, 市, 县 …: 青山|区政府 names a place's body
    adverbial_motion: tuple[str, ...]          # 深入: an adverb before a word that is no noun
    place_abbreviations_of: dict[str, tuple[str, ...]]   # 江苏 -> (苏,): how a place is written short
    place_names: frozenset[str]                # the gazetteers' places (江苏, 南京): a chain's units
    attendance_re: re.Pattern[str]
    vague_dates: list[str]
    holiday_date_re: re.Pattern[str]           # 春节前夕, 除夕当天: a holiday and a part of it, vague
    relative_dates: dict[str, int]
    time_of_day: list[str]                     # 上午, 下午: written right after a date, part of it
    time_zones: tuple[str, ...]                # 当地时间: written right before a date, part of it
    short_time_of_day: str                     # 晚: part of a date only before a clause mark
    short_time_followers: tuple[str, ...]      # 在, 会见: 9日晚|在… is that evening too
    clock_time_re: re.Pattern[str] | None      # 上午10时: a clock time after a date is part of it
    week_words: tuple[str, ...]                # 星期, 周: 周五 is a day of the week
    weekdays: dict[str, int]                   # 五 -> 5 (Monday 1)
    week_before: dict[str, int]                # 上 -> -1: 上周五 is the week before's
    week_habit_marks: tuple[str, ...]          # 每: 每周五 is a habit, no date
    month_parts: dict[str, tuple[int, int]]    # 中旬 -> (11, 20): 3月中旬
    relative_years: dict[str, int]             # 去年 -> -1: 去年11月5日
    relative_months: dict[str, int]            # 上月 -> -1: 上月5日
    range_joiners: list[str]                   # 至, 、, -: two dates joined are one range
    range_after: list[str]                     # 之间: closes a range as written
    during_frames: tuple[str, ...]             # 期间: 在京期间 dates what follows by the stay
    headed_frame_re: re.Pattern[str]          # 以甲为团长的|乙代表团: 乙 is the subject
    dateline_re: re.Pattern[str]
    dateline_credit_re: re.Pattern[str]        # 电记者甲报道：: 甲 reports

    @cached_property
    def visit_words(self) -> list[str]:
        words = [w for _, ws in self.visit_subtypes for w in ws]
        return longest_first(words + self.motion + self.transitive)

    @cached_property
    def led_coming_re(self) -> re.Pattern[str]:
        """率队|来京: coming to a one-character place after a lead verb (visit.led_coming, ``{lead}``
        standing for lead_verbs.txt); group 1 is the visit word."""
        spec = (self.raw.get("visit") or {}).get("led_coming")
        return _filled(_with_abbreviations(spec, self.place_abbreviations), "{lead}", self.leader_cues)

    @cached_property
    def led_coming_named_re(self) -> re.Pattern[str]:
        """率考察团|来|青山市: coming after a lead verb, before a place named in full
        (visit.led_coming_named); group 1 is the visit word."""
        spec = (self.raw.get("visit") or {}).get("led_coming_named")
        return _filled(spec, "{lead}", self.leader_cues) if spec else re.compile(r"(?!x)x")

    # Does a sentence hold any visit word / role cue / meeting verb: most hold none, and then
    # the word-by-word scans are skipped.
    @cached_property
    def visit_any(self) -> re.Pattern[str]:
        return any_word_regex(self.visit_words)

    def may_hold_meeting_noun(self, text: str, start: int, end: int) -> bool:
        """False when no clause of text[start:end] can hold a meeting noun (or 十五大)."""
        if self.noun_re.search(text, start, end):
            return True
        return not self._numbered_context_free or bool(self.numbered_re.search(text, start, end))

    @cached_property
    def _numbered_context_free(self) -> bool:
        return context_free(self.numbered_re) and context_free(self.noun_re)

    @cached_property
    def name_lead_re(self) -> re.Pattern[str]:
        """What opens a meeting's name without being part of it: 由, 在, 于, an anaphor (此次), a
        span of time (为期三天的: name_lead_pattern). Matched at a position, not searched."""
        words = longest_first(list(self.name_leads) + list(self.anaphors))
        alternatives = [re.escape(w) for w in words] + ([self.name_lead_pattern] if self.name_lead_pattern else [])
        return re.compile("(?:" + "|".join(alternatives) + ")") if alternatives else re.compile(r"(?!x)x")

    def opens_inside_word(self, text: str, pos: int, named: frozenset[int] | set[int] = frozenset()) -> bool:
        """Whether the character at ``pos`` closes a two-character common word with the one before
        it (正|在东洋国), that one in no name (``named``: positions inside names; 周明远|在: 远在 is
        no word here)."""
        return pos > 0 and pos - 1 not in named and text[pos - 1:pos + 1] in self.common_words

    def inside_common_word(self, text: str, start: int, end: int, named: frozenset[int] | set[int] = frozenset()) -> bool:
        """Is the one character text[start:end] part of a two-character common word with the
        character before or after it (对|外, 共|同, 参|与), that character in no name (``named``:
        positions inside names)?"""
        if end - start != 1:
            return False
        after = end not in named and text[start:end + 1] in self.common_words
        return self.opens_inside_word(text, start, named) or after

    @cached_property
    def position_re(self) -> re.Pattern[str]:
        """The longest office, occupation or label at a position (``match``)."""
        return words_regex(self.positions)

    @cached_property
    def briefing_re(self) -> re.Pattern[str]:
        """Right after a person: he briefs someone (向客人介绍, 介绍了), from visit.briefing."""
        spec = (self.raw.get("visit") or {}).get("briefing")
        return re.compile(spec) if spec else re.compile(r"(?!x)x")

    @cached_property
    def recipient_re(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """Before and after a person a visit gives to or chats with (为乙送上…, 与乙拉起家常), from
        visit.recipient_before and visit.recipient_after."""
        return self._visit_pattern_pair("recipient_before", "recipient_after")

    @cached_property
    def briefing_heard_re(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """Before and after a person whose briefing is heard (听取…乙…的汇报), from visit.briefing_heard
        and visit.briefing_heard_after."""
        return self._visit_pattern_pair("briefing_heard", "briefing_heard_after")

    def _visit_pattern_pair(self, before_key: str, after_key: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The patterns before and after a person that visit.``before_key`` and ``after_key`` give,
        or two that match nothing where either is missing."""
        visit = self.raw.get("visit") or {}
        before, after = visit.get(before_key), visit.get(after_key)
        never = re.compile(r"(?!x)x")
        return (re.compile(before), re.compile(after)) if before and after else (never, never)

    @cached_property
    def speech_after_name_re(self) -> re.Pattern[str] | None:
        """Words of speech right after a person (甲表示, 甲在会上指出: ``speech_after_name``), or None;
        its ``{speech}`` slot is filled by the verbs of speech (``reporting_verbs``), its ``{letter}``
        slot by the letter words of ``absent_speech`` (甲在贺信中说 speaks nowhere, as 甲致信会议 does not)."""
        spec = self.raw.get("speech_after_name")
        if not spec:
            return None
        spec = spec.replace("{speech}", "|".join(map(re.escape, self.reporting_verbs)) or r"(?!x)x")
        letters = self.absent_speech[0]
        return _filled(spec, "{letter}", letters) if letters else re.compile(spec.replace("{letter}", r"(?!x)x"))

    @cached_property
    def absent_speech(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(words after a person, words before him) in a clause saying his words reach a meeting
        by letter or relayed (甲致信会议, 乙传达了甲…的要求: ``absent_speech``)."""
        spec = self.raw.get("absent_speech") or {}
        return tuple(spec.get("after_name") or ()), tuple(spec.get("before_name") or ())

    @cached_property
    def speech_frame_re(self) -> re.Pattern[str]:
        """Opening a sentence or clause, a frame at a meeting: the words after it were said there
        (会上， / 座谈会上， / 在随后召开的座谈会上， / 在与乙的会谈中，). ``speech_frame`` gives
        its shape, ``{meeting}`` standing for the meeting nouns and verbs (社会上 is no frame)."""
        return self._with_meeting_words(self.raw.get("speech_frame"))

    @cached_property
    def attendee_list_re(self) -> re.Pattern[str]:
        """出席会议的有：甲、乙, 出席大会的老同志还有甲、乙: an attendee cue, what was attended and
        who, then 有: those named after it attend (``attendee_list``, ``{attendee}`` standing for
        the attendee cues)."""
        return _filled(self.raw.get("attendee_list"), "{attendee}", self.attendee_cues)

    @cached_property
    def speech_placed_re(self) -> re.Pattern[str]:
        """Right after a person, a frame at a meeting (甲在会上指出 / 甲在座谈会上表示): his words
        were said there (``speech_placed``, ``{meeting}`` as in ``speech_frame``)."""
        return self._with_meeting_words(self.raw.get("speech_placed"))

    def _with_meeting_words(self, spec: str | None) -> re.Pattern[str]:
        return _filled(spec, "{meeting}", longest_first(list(self.noun_subtype) + [w for v in self.meeting_verbs for w in v.words]))

    @cached_property
    def manner_alternation(self) -> str:
        """Manner words and joint words (在京隆重召开, 在某馆联合举办): between a place and its
        predicate."""
        return "|".join(map(re.escape, longest_first(list(self.manner) + list(self.joint_words)))) or r"(?!x)x"

    @cached_property
    def filler_re(self) -> re.Pattern[str]:
        """What may stand between a meeting's name and its predicate without breaking the link
        (`会议今天在京隆重召开`): particles, manner words, relative, vague and numeric dates and
        times of day, any number of them, from the start."""
        words = longest_first(self.filler_particles + self.manner + self.vague_dates
                               + list(self.relative_dates) + self.time_of_day)
        alt = "|".join(map(re.escape, words))
        numeric = r"\d{1,2}月\d{1,2}日|\d{1,2}日"
        return re.compile(f"^(?:{alt + '|' if alt else ''}{numeric})*")

    @cached_property
    def passive_re(self) -> re.Pattern[str]:
        """受到 + the host (no clause mark) + 的 + manner words, ending right before the verb."""
        if not self.passive_marks:
            return re.compile(r"(?!x)x")
        marks = "|".join(re.escape(w) for w in self.passive_marks)
        manner = "|".join(re.escape(w) for w in self.manner)
        stops = re.escape(SENT_END + CLAUSE_END)
        return re.compile(f"(?:{marks})([^{stops}]{{1,30}}?)的(?:{manner})*$" if manner else
                          f"(?:{marks})([^{stops}]{{1,30}}?)的$")

    @cached_property
    def partner_group_re(self) -> re.Pattern[str]:
        """A group noun or an office opening the object (at most 20 characters of modifiers
        before it): 会见了来访的考察团, 会见了来访的东洋国外长 (an official received, unnamed),
        会见了2025年首都劳动奖章获得者代表."""
        words = longest_first([*self.partner_groups, *self.positions])
        if not words:
            return re.compile(r"(?!x)x")
        alt = "|".join(re.escape(w) for w in words)
        return re.compile(f"(?:了)?[^，。；、]{{0,20}}?({alt})")

    @cached_property
    def cue_any(self) -> re.Pattern[str]:
        return any_word_regex([w for w, _ in self.role_cues])

    @cached_property
    def verb_any(self) -> re.Pattern[str]:
        return any_word_regex([w for verb in self.meeting_verbs for w in verb.words])

    @cached_property
    def chair_cues(self) -> tuple[str, ...]:
        """主持召开, 主持: the cues that make their subjects chairs, longest first."""
        return tuple(w for w, role in self.role_cues if role == "chair")

    @cached_property
    def attendee_cues(self) -> tuple[str, ...]:
        """出席, 参加, 陪同 …: the cues that make their subjects attendees, longest first."""
        return tuple(w for w, role in self.role_cues if role == "attendee")

    def attendee_cue_before(self, text: str, start: int, end: int) -> bool:
        """Does text[start:end] end with an attendee cue, a 了 and an anaphor after it allowed
        (参加了|慰问, 参加了这次|接见)?"""
        before = text[start:end]
        anaphor = next((a for a in self.anaphors if before.endswith(a)), "")
        return before[:len(before) - len(anaphor)].removesuffix("了").endswith(self.attendee_cues)

    @cached_property
    def attended_meeting_re(self) -> re.Pattern[str]:
        """参加了会见, 参加了今天的会见: an attendee cue whose object is a meeting verb that needs a
        partner (a short modifier with 的 between)."""
        return self._attending([w for verb in self.meeting_verbs if verb.needs_object for w in verb.words])

    @cached_property
    def attended_visit_re(self) -> re.Pattern[str]:
        """参加调研, 陪同走访: an attendee cue whose object is a visit word (group 1)."""
        return self._attending(longest_first([w for _, ws in self.visit_subtypes for w in ws]))

    @cached_property
    def escort_end_re(self) -> re.Pattern[str]:
        """乙、丙陪同。: a companion mark of two characters ending its clause (no object after it)."""
        cues = "|".join(map(re.escape, [w for w in self.companion_marks if len(w) >= 2]))
        return re.compile(f"(?:{cues})(?=[，。；,;]|$)") if cues else re.compile(r"(?!x)x")

    @cached_property
    def partner_meeting_subtypes(self) -> frozenset[str]:
        """reception, talks: the kinds of meetings held with a partner (a verb that needs an object)."""
        return frozenset(v.subtype for v in self.meeting_verbs if v.needs_object)

    @cached_property
    def attended_noun_re(self) -> re.Pattern[str]:
        """参加会议, 出席了今天的座谈会: an attendee cue whose object is a meeting noun (group 1)."""
        return self._attending(sorted(self.noun_subtype, key=len, reverse=True))

    def _attending(self, objects: list[str]) -> re.Pattern[str]:
        """An attendee cue, 了, a short modifier with 的 or an anaphor (参加了这次接见), then one of
        ``objects`` (group 1)."""
        cues = "|".join(map(re.escape, self.attendee_cues))
        words = "|".join(map(re.escape, objects))
        anaphors = "".join(f"|{re.escape(a)}" for a in self.anaphors)
        return re.compile(f"(?:{cues})了?(?:[^，。；、]{{1,6}}?的{anaphors})?({words})") if cues and words \
            else re.compile(r"(?!x)x")


def lexicon_from_dict(raw: dict[str, Any], domain: DomainLexicon | None = None) -> EventLexicon:
    """The trigger table of events.yaml's mapping; organization endings from the domain lexicon."""
    domain = domain or load_domain_lexicon()
    abbreviations = tuple(domain.place_abbreviations)   # one character each: 京, 台, 美
    m, v, r = raw.get("meeting", {}), raw.get("visit", {}), raw.get("roles", {})
    noun_subtype = {w: st for st, ws in m.get("nouns", {}).items() for w in ws}
    verbs = []
    for key, spec in (m.get("verbs") or {}).items():
        verbs.append(MeetingVerb(subtype=spec.get("subtype", key), words=longest_first(spec["words"]),
                                 subject_role=spec.get("subject_role", "organizer"),
                                 object_role=spec.get("object_role", "attendee"),
                                 needs_object=bool(spec.get("needs_object", True)),
                                 object_after=list(spec.get("object_after") or [])))
    role_cues = sorted(((w, role) for role, ws in r.items() for w in ws), key=lambda x: len(x[0]), reverse=True)
    d = raw.get("dates", {})
    return EventLexicon(
        raw=raw,
        noun_subtype=noun_subtype,
        noun_re=_alternation(list(noun_subtype)),
        numbered_re=re.compile(m.get("numbered_congress", r"(?!x)x")),
        session_re=re.compile(m.get("session_ordinal", r"(?!x)x")),
        predicates=longest_first(m.get("predicates", [])),
        taken_to=longest_first(m.get("taken_to", [])),
        predicate_re=_alternation(m.get("predicates", [])),
        meeting_verbs=verbs,
        partner_groups=longest_first([*m.get("delegation_groups", []), *m.get("partner_groups", [])]),
        delegation_groups=tuple(m.get("delegation_groups", [])),
        passive_marks=longest_first(m.get("passive_marks", [])),
        passive_agent_marks=tuple(m.get("passive_agent_marks", [])),
        held_noun_frames={k: tuple(v or ()) for k, v in (m.get("held_noun_frames") or {}).items()},
        bare_frame_closings=tuple(m.get("bare_frame_closings") or ()),
        non_events=list(m.get("non_events", [])),
        kinds_of=tuple(longest_first(m.get("kinds_of", []))),
        commemorated_marks=tuple(longest_first(m.get("commemorated_marks", []))),
        reference_after=longest_first(m.get("reference_after", [])),
        anniversary_re=re.compile(m.get("anniversary", r"(?!x)x")),
        habit_re=re.compile(m.get("habit", r"(?!x)x")),
        reference_before=list(m.get("reference_before", [])),
        manner_nouns=tuple(m.get("manner_nouns", [])),
        unreal_before=tuple(m.get("unreal_before", [])),
        directives=tuple(m.get("directives", [])),
        directive_followed=tuple(m.get("directive_followed", [])),
        generic_before=tuple(m.get("generic_before", [])),
        companion_marks=tuple(m.get("companion_marks", [])),
        attended_cues=tuple(m.get("attended_cues", [])),
        coordinators=list(m.get("coordinators", [])),
        holding_verbs=tuple(m.get("holding_verbs", [])),
        name_breakers=longest_first(m.get("name_breakers", [])),
        venue_suffixes=list(dict.fromkeys([*m.get("venue_suffixes", []), *domain.lodging_words])),   # hotels too
        hosted_talks=tuple(m.get("hosted_talks", [])),
        manner=list(m.get("manner", [])),
        continuations=tuple(m.get("continuations", [])),
        continued_reception=tuple(m.get("continued_reception", [])),
        topic_marks=tuple(longest_first(m.get("topic_marks", []))),
        light_verbs=tuple(v.get("list_verbs", [])),
        light_verb_re=_alternation(v.get("list_verbs", [])),
        filler_particles=list(m.get("filler_particles", [])),
        visit_subtypes=[(st, longest_first(ws)) for st, ws in (v.get("subtypes") or {}).items()],
        default_visit_subtype=v.get("default_subtype", "inspection"),
        motion=longest_first(v.get("motion", [])),
        prepositions=list(v.get("prepositions", [])),
        coming=longest_first(v.get("coming", [])),
        gone_to_marks=tuple(v.get("gone_to_marks", [])),
        homes=list(v.get("homes", [])),
        recipient_subtypes=tuple(v.get("recipient_subtypes", [])),
        homes_after=list(v.get("homes_after", [])),
        transitive=longest_first(v.get("transitive", [])),
        person_objects=tuple(w for st, ws in (v.get("subtypes") or {}).items() if st == v.get("person_objects_kind")
                             for w in ws if w in v.get("transitive", [])),
        looking_verbs=tuple(v.get("looking_verbs", [])),
        going_without_place=tuple(v.get("going_without_place", [])),
        past_marks=tuple(v.get("past_marks", [])),
        together_marks=tuple(v.get("together_marks", [])),
        organs=tuple(v.get("leader_org_not", [])),
        union_bodies=tuple(v.get("union_bodies", [])),
        private_purposes=tuple(v.get("private_purposes", [])),
        fellow_travel_marks=tuple(longest_first(v.get("fellow_travel_marks", []))),
        adverbial_motion=tuple(v.get("adverbial_motion", [])),
        carried=tuple(v.get("carried_by_a_person", [])),
        handed_over=tuple(v.get("handed_over", [])),
        carried_subtype=v.get("carried_subtype"),
        service_re=re.compile(v.get("services") or r"(?!x)x"),
        service_subtype=v.get("service_subtype"),
        errand_of=dict(v.get("errand_of") or {}),
        delegation_subtype=v.get("delegation_subtype"),
        delegation_tours=tuple(v.get("delegation_tours", [])),
        remote=list(v.get("remote", [])),
        site_marks=tuple(v.get("site_marks", [])),
        locating_marks=tuple(longest_first(v.get("locating_marks", []))),
        object_gap_re=_object_gap_re(v.get("locating_marks", []), [*v.get("owned_marks", []), *domain.anaphoric_bodies]),
        abbreviated_place_re=re.compile(_with_abbreviations(v.get("abbreviated_place"), abbreviations) or r"(?!x)x"),
        place_abbreviations=abbreviations,
        object_end=longest_first(v.get("object_end", [])),
        list_ends=list(v.get("list_ends", [])),
        welcome_verbs=list(v.get("welcome_verbs", [])),
        regarded_marks=list(v.get("regarded_marks", [])),
        # (speech_verbs.txt; an older events file listed its own)
        reporting_verbs=tuple(longest_first(dict.fromkeys([*domain.speech_verbs, *v.get("reporting_verbs", [])]))),
        regarded_object_re=re.compile("[^，。；、]{{0,{gap}}}?(?:{verbs})了?[^，。；、]{{0,{gap}}}".format(
            verbs="|".join(map(re.escape, v.get("list_verbs", []))) or "(?!x)x", gap=int(v.get("object_mark_gap", 4)))),
        pronouns=longest_first(v.get("pronouns", [])),
        singular_pronouns=tuple(v.get("singular_pronouns", [])),
        invitation_re=re.compile(v.get("invitation", r"(?!x)x")),
        max_gap=int(v.get("max_gap", 4)),
        group_words=list(v.get("group_words", [])),
        visiting_groups=tuple(dict.fromkeys([*v.get("group_words", []), *m.get("delegation_groups", []),
                                             *v.get("unnamed_visitors", [])])),
        list_only_re=re.compile("(?:{})*(?:(?:{})了?)?".format(
            "|".join(map(re.escape, v.get("list_marks", []))) or "(?!x)x",
            "|".join(map(re.escape, v.get("list_verbs", []))) or "(?!x)x")),
        topic_stop_verbs=tuple(v.get("topic_stop_verbs", [])),
        stop_frame_ends=tuple(v.get("stop_frame_ends", [])),
        leader_cues=longest_first(domain.lead_verbs + list(v.get("leader_cues", []))),   # older files add
        led_along_verbs=tuple(longest_first(domain.lead_verbs + list(v.get("led_along_verbs", [])))),
        led_along_re=re.compile(v.get("led_along", r"(?!x)x")),
        list_marks=tuple(v.get("list_marks", [])),
        visit_name_re=re.compile(v.get("name_pattern", r"(?!x)x")),
        role_cues=role_cues,
        agent_report_re=re.compile(raw.get("agent_report") or r"(?!x)x"),
        made_report_re=re.compile(raw.get("made_report") or r"(?!x)x"),
        heard_report_re=re.compile(raw.get("heard_report") or r"(?!x)x"),
        heard_report_topics=tuple(raw.get("heard_report_topics", [])),
        role_priority=list(raw.get("role_priority", [])),
        name_variants=tuple(sorted(((full, short) for forms in domain.org_short_forms.values()
                                    for short, full in forms.items()), key=lambda fs: -len(fs[0])))
        + tuple((mark, "") for mark in m.get("name_variant_marks", [])),
        joint_roles=frozenset(frozenset(pair) for pair in raw.get("joint_roles", [])),
        cue_blockers=list(raw.get("cue_blockers", [])),
        speech_noun_before=list(raw.get("speech_noun_before", [])),
        speech_objects_before=tuple(raw.get("speech_objects_before", [])),
        not_subject_after=list(raw.get("not_subject_after", [])),
        object_marks_in_words=frozenset(raw.get("object_marks_in_words", [])),
        proxy_cues=list(raw.get("proxy_cues", [])),
        representative_cues=tuple(raw.get("representative_cues", [])),
        attribution_re=_attribution(raw.get("attribution") or {}),
        anaphors=tuple(longest_first(raw.get("anaphors", []))),
        name_leads=tuple(m.get("name_leads", [])),
        name_lead_pattern=str(m.get("name_lead_pattern") or ""),
        joint_words=tuple(longest_first((raw.get("joint") or {}).get("words", []))),
        joint_partner_marks=tuple((raw.get("joint") or {}).get("partner_marks", [])),
        joint_meeting_subtypes=tuple((raw.get("joint") or {}).get("meeting_subtypes", [])),
        joint_after_deed=tuple(longest_first((raw.get("joint") or {}).get("after_deed", []))),
        title_gap=int(raw.get("title_gap", 16)),
        seated_cues=tuple(raw.get("seated_cues", [])),
        object_cues=tuple((raw.get("attendee_objects") or {}).get("cues", [])),
        object_events=tuple((raw.get("attendee_objects") or {}).get("words", [])),
        org_suffixes=tuple(domain.name_org_suffixes),
        org_endings=tuple(domain.all_org_suffixes),
        positions=tuple(domain.positions_longest),
        occupations=frozenset(w for w, kind in domain.positions.items() if kind == "occupation"),
        written_full_form=domain.written_full_form,
        company_named_short=domain.company_named_short,
        delegation_body=domain.delegation_body,
        elided_level=domain.elided_level,
        meeting_frames=domain.meeting_frames,
        name_conjunctions=domain.name_conjunctions,
        place_abbreviations_of=_abbreviations_of(domain.place_abbreviations),
        place_names=domain.place_set,
        common_words=domain.common_word_set,
        noun_words=domain.noun_word_set,
        non_noun_words=domain.non_noun_word_set,
        action_words=domain.action_word_set,
        known_orgs=frozenset(domain.known_orgs),
        place_suffix_chars=domain.place_suffix_chars,
        attendance_re=_attendance_re((raw.get("attendance") or {}).get("pattern"), r.get("attendee", [])),
        vague_dates=longest_first(d.get("vague", [])),
        holiday_date_re=_holiday_date_re(d.get("holidays", []), d.get("holiday_parts", [])),
        relative_dates=dict(d.get("relative", {})),
        time_of_day=longest_first(d.get("time_of_day", [])),
        time_zones=tuple(longest_first(d.get("time_zones", []))),
        short_time_of_day="".join(d.get("short_time_of_day", [])),
        short_time_followers=tuple(d.get("short_time_followers", [])),
        clock_time_re=re.compile(d["clock_time"]) if d.get("clock_time") else None,
        week_words=tuple(longest_first(d.get("week_words", []))),
        weekdays={k: int(v) for k, v in (d.get("weekdays") or {}).items()},
        week_before={k: int(v) for k, v in (d.get("week_before") or {}).items()},
        week_habit_marks=tuple(d.get("week_habit_marks", [])),
        month_parts={k: (int(v[0]), int(v[1])) for k, v in (d.get("month_parts") or {}).items()},
        relative_years={k: int(v) for k, v in (d.get("relative_years") or {}).items()},
        relative_months={k: int(v) for k, v in (d.get("relative_months") or {}).items()},
        range_joiners=longest_first(d.get("range_joiners", [])),
        range_after=longest_first(d.get("range_after", [])),
        during_frames=tuple(d.get("during_frames", [])),
        headed_frame_re=re.compile(raw.get("headed_frame") or r"(?!x)x"),
        dateline_re=re.compile(d.get("dateline", r"(?!x)x")),
        dateline_credit_re=re.compile(d.get("dateline_credit", r"(?!x)x")),
    )


def _abbreviations_of(abbreviations: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """place -> its one-character abbreviations (江苏 -> 苏), from abbr -> place."""
    out: dict[str, list[str]] = {}
    for abbr, place in abbreviations.items():
        if place:
            out.setdefault(place, []).append(abbr)
    return {place: tuple(abbrs) for place, abbrs in out.items()}


def _holiday_date_re(holidays: list[str], parts: list[str]) -> re.Pattern[str]:
    """A holiday and a part of it (春节前夕, 除夕当天); never matches without both lists."""
    if not holidays or not parts:
        return re.compile(r"(?!x)x")
    return re.compile(f"(?:{_alternation(holidays).pattern})(?:{_alternation(parts).pattern})")


def _attendance_re(pattern: str | None, attendee_cues: list[str]) -> re.Pattern[str]:
    """The attendance pattern; ``{attendee}`` in it stands for the attendee cues (参加, 出席 …),
    so the verbs are listed once, under roles."""
    return _filled(pattern, "{attendee}", longest_first(attendee_cues))


def read_triggers(path: str | Path) -> dict[str, Any]:
    """events.yaml as a mapping; a clear error naming the file otherwise."""
    return read_yaml_mapping(path, "event triggers file")


def load_lexicon(path: str | Path, domain: DomainLexicon | None = None) -> EventLexicon:
    return lexicon_from_dict(read_triggers(path), domain)
