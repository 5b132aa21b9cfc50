"""The tables of the gold guideline's annotation conventions (GUIDELINES.md), read from
ner_rules.yaml. The steps that apply them live in ``pipeline/ner/steps/`` (places, orgs,
org_lists, document); this module holds data only and imports no rule code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..text.chars import HAN
from ..text.scan import words_regex

if TYPE_CHECKING:
    from ..lexicon import DomainLexicon


@dataclass
class ConventionTables:
    coordinating_verbs: list[str]
    honour_heads: list[str]
    generic_after_union: list[str]
    generic_markers: list[str]
    each_markers: list[str]              # 各|街乡总工会: no one organization after them
    place_suffixes: str
    known_orgs: re.Pattern | None   # longest listed name first (a trie regex)
    admin_splits: list[tuple[str, str]]
    listed_org_words: re.Pattern | None = None   # every org_names.txt entry, names and kinds (人民法院)

    event_name_breaks: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)            # the rule steps, in order
    place_abbreviations: str = ""        # 京, 沪, 中, 美: one-character places (guideline: LOC)
    # 湘 -> 湖南, 匈 -> 匈牙利: those standing for one place each, and that place (湘鄂赣: three places)
    abbreviation_places: dict[str, str] = field(default_factory=dict)
    home_country_abbreviations: str = ""   # 中, 华: pair with foreign countries' (中匈), not with a province's
    abbreviation_pair_followers: tuple[str, ...] = ()   # 合作, 两国: after two abbreviations read as one, a pair
    abbreviation_counts: tuple[str, ...] = ()   # 两地, 三省: after a run of abbreviations, the places counted
    abbreviation_verbs: str = ""         # 来|京, 赴|台: one-character verbs an abbreviation is a place after
    verb_place_abbreviations: str = ""   # the abbreviations that are places after such a verb
    place_bound_suffixes: list[str] = field(default_factory=list)   # 公司: an ORG only after a domestic unit (美国公司 is generic)
    numbered_congress: dict[str, str] | None = None  # 党的|十五大: {name, after} patterns of a body's
    #                                                   numbered congress and what stands before it
    numbered_body: str | None = None      # X总工会|第二届委员会: a body of one term of an organization
    numbered_unit: str | None = None      # 刘桥|一矿, 昆明|八中: a works or school numbered after its place
    numbered_division: str | None = None  # 第八师: a numbered division (of the production corps)
    branch_ordinal: str | None = None     # 某集团有限公司|第七|项目部: an ordinal names a branch
    station_endings: tuple[str, ...] = ()  # 上海|虹桥站: a station after its city is one place with it
    unit_suffixes: list[str] = field(default_factory=list)   # 省, 市, 区, 街道: an administrative unit ends so
    unit_road_heads: tuple[str, ...] = ()    # 路: 海府|路 is a road, no unit 海府
    unit_road_bodies: tuple[str, ...] = ()   # 路政: 东江市|路政局 is the unit's body
    no_unit_words: tuple[str, ...] = ()   # 农村: 坝源农村|商业银行 holds no village
    town_units: tuple[str, ...] = ()   # 镇, 街道: 壶瓶|山镇, a town the model began inside its name
    person_named_body_words: list[str] = field(default_factory=list)   # 劳模工作室: named after a person
    sub_unit_parents: list[str] = field(default_factory=list)  # 工会: its units join it (…工会|服务站)
    department_endings: tuple[str, ...] = ()   # 部, 处: 某总工会|权益保障部 is one organization
    union_unit_endings: tuple[str, ...] = ()   # 中心, 工作站: 某区总工会|职工法律援助工作站 too
    hometown_body_heads: tuple[str, ...] = ()   # 商会: 深圳市|修水商会 is a place and a chamber
    mission_heads: tuple[str, ...] = ()   # 大使馆: 中国|驻|哈萨克斯坦大使馆 is one organization
    object_prepositions: frozenset[str] = frozenset()   # 应, 由: 应|新南威尔士州议会邀请 (no surname there)
    province_suffixes: tuple[str, ...] = ()   # 省, 自治区: a place written right after a province joins it
    institution_heads: tuple[str, ...] = ()   # 管理站, 中心: 某区|环境卫生|管理站 is one organization (generic ones too)
    generic_institution_heads: tuple[str, ...] = ()   # 中心: 某市|城市|中心 is no institution
    branch_parents: tuple[str, ...] = ()   # 有限公司: a company takes its branch (…有限公司|长川分公司)
    branch_suffixes: tuple[str, ...] = ()   # 分公司, 项目部: a branch ends so
    brand_trades: tuple[str, ...] = ()   # 快递, 出行: a brand of two characters and one names a firm (顺迅快递)
    movement_verbs: list[str] = field(default_factory=list)  # 前往, 调往: never the start of a name
    facility_final_chars: str = ""       # 堂, 场, 馆: a place ending so is a facility, not a unit
    building_final_chars: str = ""       # 馆, 场: a common noun ending so, alone, names no place
    station_heads: list[str] = field(default_factory=list)   # 驿站: named after the place it stands at
    place_station_heads: list[str] = field(default_factory=list)   # 服务站: ... after a place only
    site_heads: list[str] = field(default_factory=list)   # 项目工地: named after its place and project
    room_heads: list[str] = field(default_factory=list)   # 职工书屋: named after the place it is in
    generic_union_owners: list[str] = field(default_factory=list)  # 国际|工会: unions in general
    generic_union_places: list[str] = field(default_factory=list)  # 亚洲|工会: the same, the owner a place
    group_nouns: frozenset[str] = frozenset()   # 交流团, 访问团 alone: unlisted mentions, no entities
    phrase_ends: list[str] = field(default_factory=list)  # 镇域内, 目前: a name never runs back over them
    common_word_facilities: list[str] = field(default_factory=list)  # 大厦: 科技|大厦 is still a name
    slogan_entering_chars: str = ""   # 进: 服务进|社区 is a campaign's slogan, no place
    named_for_marks: tuple[str, ...] = ()   # 杯: 甲杯…大赛 is named for him, no one acting
    title_joiners: tuple[str, ...] = ()   # 兼: 大使|兼驻某国大使 joins titles, opens no name
    region_words: list[str] = field(default_factory=list)  # 地区: 中亚|地区 is one place
    deictics: str = ""   # 我|市, 本|区: a level character after them is "this city", no name's part
    side_words: frozenset[str] = frozenset()   # 旁 边 畔: beside a place, no part of it
    local_units: tuple[str, ...] = ()   # 区 县 旗 镇 乡: a company after one has the unit split off
    admin_levels: str = ""   # 省 市 区 县: 东江区 is written 东江 too (unit_stems); 省|交通|工会 (sector_unions)
    field_body_endings: tuple[str, ...] = ()   # 厅, 局, 部: a government body named for fields joined by 和
    zone_units: str = ""   # 区: a zone's name is common nouns before it (加工出口区)
    trade_facilities: tuple[str, ...] = ()   # 产业园, 开发区: named by the unit before their trade's nouns
    foreign_unit_suffixes: tuple[str, ...] = ()   # 州, 省: a country's unit (阿穆尔州, 老街省)
    group_heads: str = ""   # 团, 组: a verb before one names a group (考察团, 检查组), no verb
    clause_final_chars: str = ""   # 是, 的: a token ending so (健是) is no part of a name
    name_joiners: str = ""   # 和, 与: joins two names, never ends a clause (康京和。 is a name)
    function_chars: frozenset[str] = frozenset()   # 的, 在, 到: a name's left side never runs over them
    agent_marks: frozenset[str] = frozenset()   # 由: no trade name runs over it (项目由|某公司开发)
    people_heads: list[str] = field(default_factory=list)   # 族: 蒙古|族 is a people, no place
    autonomous_units: tuple[str, ...] = ()   # 自治县: a unit named after the peoples written before it
    sector_union_heads: list[str] = field(default_factory=list)   # 工会
    org_kind_nouns: tuple[str, ...] = ()   # 等企业: a list closed by 等 and one names bodies
    name_conjunctions: tuple[str, ...] = ()   # 暨: joins two fields inside one body's name
    partner_marks: str = ""      # 与, 同: …，并与|乙举行会谈 opens a clause with a partner
    partner_adverbs: tuple[str, ...] = ()   # 并, 还: may stand before such a mark
    count_chars: str = ""   # 一, 两, 几: numerals of a count (两地|政府: counted, not named)
    counted_unit_chars: str = ""   # 区, 城: 一区, 三城 are a number of units (一区一城 of a slogan), no place
    listed_level_chars: str = ""   # 省, 州: every unit of these levels is listed (友好|省州 names none)
    place_counters: str = ""   # 处, 家: 一处|骑手驿站, 首家|…驿站 counts places: no name runs back over it
    ordinal_count_chars: str = ""   # 首: 首家 counts the first of them
    counted_units: str | None = None   # an older rules file's pattern for the same, used as it is
    subject_verbs: tuple[str, ...] = ()   # 会见, 会晤: the clause's subject before them is a person
    joint_verbs: tuple[str, ...] = ()   # 会谈: the same, where a person is joined to the subject
    meeting_frames: tuple[str, ...] = ()   # 会见|时: a time frame after a meeting verb, no one met
    pronoun_chars: frozenset[str] = frozenset()   # 他, 我: never part of a name
    name_completing_followers: str = ""   # 在, 与: 周明|远在 is the name 周明远 before 在
    name_completion_stops: str = ""   # 又, 坐: 李明|坐在 is a name and a verb
    one_character_verbs: str = ""   # 去, 赴: a character standing alone that is a verb, no trade name's

    def __post_init__(self) -> None:
        # words of one character: no part of a name the segmenter cut into characters (沪|东|新 of
        # 沪东新材料…, 乌云|其其格; not 他|去|新…, 讯|由|美国…, 王刚|等)
        self.one_character_words = frozenset(self.function_chars) | self.pronoun_chars | self.agent_marks \
            | frozenset(self.deictics + self.name_completion_stops + self.one_character_verbs)
        self.coordinating = words_regex(self.coordinating_verbs) if self.coordinating_verbs else None
        self.event_breaks = words_regex(self.event_name_breaks) if self.event_name_breaks else None
        self.verb_abbreviation = re.compile(
            f"(?<=[{re.escape(self.abbreviation_verbs)}])[{re.escape(self.verb_place_abbreviations)}]") \
            if self.abbreviation_verbs and self.verb_place_abbreviations else None
        # 湘鄂赣, 中匈: two to four of the one-place abbreviations written together
        self.abbreviation_run = re.compile(f"[{re.escape(''.join(self.abbreviation_places))}]{{2,4}}") \
            if self.abbreviation_places else None
        self.abbreviated_place_names = frozenset(self.abbreviation_places.values())   # 湖南, 挪威
        self.longest_abbreviated_place = max(map(len, self.abbreviated_place_names), default=0)
        congress = self.numbered_congress or {}
        # the congress as a name on its own (十五大 in 十五大精神), and in running text after its body
        self.congress_name = re.compile(congress["name"]) if congress.get("name") else None
        self.congress = re.compile(f"(?<={congress['after']}){congress['name']}") \
            if congress.get("name") and congress.get("after") \
            else re.compile(congress["pattern"]) if congress.get("pattern") else None
        self.term_body = re.compile(self.numbered_body) if self.numbered_body else None
        self.unit_number = re.compile(self.numbered_unit) if self.numbered_unit else None
        self.division_number = re.compile(self.numbered_division) if self.numbered_division else None
        self.branch_number = re.compile(self.branch_ordinal) if self.branch_ordinal else None
        self.person_named_bodies = words_regex(self.person_named_body_words) if self.person_named_body_words else None
        self.count = re.compile(f"[{re.escape(self.count_chars)}]") if self.count_chars else None
        counted = self.counted_units or (f"[{re.escape(self.count_chars)}]+[{re.escape(self.counted_unit_chars)}]"
                                         if self.count_chars and self.counted_unit_chars else None)
        self.counted_unit = re.compile(counted) if counted else None
        numerals = re.escape(self.count_chars + self.ordinal_count_chars)
        self.place_count = re.compile(f"(?:[{numerals}]|[0-9０-９])+[{re.escape(self.place_counters)}]") \
            if numerals and self.place_counters else None
        # 合作社|1.2万家，: a count of bodies closing a clause right after a kind (decimals and 万 too;
        # not 某公司、某有限公司|几家单位: the list's count)
        self.body_count = re.compile(f"(?:[{numerals}]|[0-9０-９.．万])+[{re.escape(self.place_counters)}](?![{HAN}])") \
            if numerals and self.place_counters else None

    @classmethod
    def from_yaml(cls, data: dict, lexicon: "DomainLexicon | None" = None) -> "ConventionTables":
        """The rules file's tables over the shared lexicon's place endings, place abbreviations
        and known organizations; an older rules file that still lists its own (place_suffix_chars,
        place_abbreviations, known_orgs) adds them. The abbreviations that are places after a
        verb are place abbreviations too."""
        def joined(*lists: Any) -> list[str]:
            return list(dict.fromkeys(w for words in lists for w in words))

        lex_suffixes = lexicon.place_suffix_chars if lexicon else ""
        lex_abbreviations = list(lexicon.place_abbreviations) if lexicon else []
        lex_orgs = list(lexicon.known_orgs) if lexicon else []
        known_orgs = joined(lex_orgs, data.get("known_orgs", []))
        return cls(
            coordinating_verbs=list(data.get("coordinating_verbs", [])),
            honour_heads=sorted(data.get("honour_heads", []), key=len, reverse=True),
            generic_after_union=list(data.get("generic_after_union", [])),
            generic_markers=list(data.get("generic_markers", [])),
            each_markers=list(data.get("each_markers", [])),
            place_suffixes="".join(joined(lex_suffixes, data.get("place_suffix_chars", []))),
            known_orgs=words_regex(known_orgs) if known_orgs else None,
            listed_org_words=words_regex(list(lexicon.org_names)) if lexicon and lexicon.org_names else None,
            admin_splits=[tuple(pair) for pair in data.get("admin_splits", [])],
            event_name_breaks=list(data.get("event_name_breaks", [])),
            steps=list(data.get("steps", [])),
            place_abbreviations="".join(joined(lex_abbreviations, data.get("place_abbreviations", []),
                                               data.get("verb_place_abbreviations", []))),
            abbreviation_places={a: place for a, place in (lexicon.place_abbreviations if lexicon else {}).items() if place},
            home_country_abbreviations="".join(data.get("home_country_abbreviations", [])),
            abbreviation_pair_followers=tuple(data.get("abbreviation_pair_followers", [])),
            abbreviation_counts=tuple(data.get("abbreviation_counts", [])),
            abbreviation_verbs="".join(data.get("abbreviation_verbs", [])),
            verb_place_abbreviations="".join(data.get("verb_place_abbreviations", [])),
            place_bound_suffixes=list(data.get("place_bound_suffixes", [])),
            numbered_congress=_congress(data.get("numbered_congress")),
            numbered_body=data.get("numbered_body"),
            numbered_unit=data.get("numbered_unit"),
            numbered_division=data.get("numbered_division"),
            branch_ordinal=data.get("branch_ordinal"),
            station_endings=tuple(data.get("station_endings", [])),
            unit_suffixes=sorted(data.get("unit_suffixes", []), key=len, reverse=True),
            unit_road_heads=tuple(data.get("unit_road_heads", [])),
            unit_road_bodies=tuple(data.get("unit_road_bodies", [])),
            no_unit_words=tuple(data.get("no_unit_words", [])),
            town_units=tuple(sorted(data.get("town_units", []), key=len, reverse=True)),
            facility_final_chars="".join(data.get("facility_final_chars", [])),
            building_final_chars="".join(data.get("building_final_chars", [])),
            movement_verbs=list(data.get("movement_verbs", [])),
            sub_unit_parents=list(data.get("sub_unit_parents", [])),
            department_endings=tuple(data.get("department_endings", [])),
            union_unit_endings=tuple(data.get("union_unit_endings", [])),
            hometown_body_heads=tuple(data.get("hometown_body_heads", [])),
            mission_heads=tuple(sorted(data.get("mission_heads", []), key=len, reverse=True)),
            object_prepositions=frozenset(data.get("object_prepositions", [])),
            province_suffixes=tuple(data.get("province_suffixes", [])),
            institution_heads=tuple(sorted([*data.get("institution_heads", []), *data.get("generic_institution_heads", [])],
                                           key=len, reverse=True)),
            generic_institution_heads=tuple(data.get("generic_institution_heads", [])),
            branch_parents=tuple(data.get("branch_parents", [])),
            branch_suffixes=tuple(sorted(data.get("branch_suffixes", []), key=len, reverse=True)),
            brand_trades=tuple(data.get("brand_trades", [])),
            person_named_body_words=list(data.get("person_named_bodies", [])),
            station_heads=list(data.get("station_heads", [])),
            place_station_heads=list(data.get("place_station_heads", [])),
            site_heads=list(data.get("site_heads", [])),
            room_heads=list(data.get("room_heads", [])),
            generic_union_owners=list(data.get("generic_union_owners", [])),
            generic_union_places=list(data.get("generic_union_places", [])),
            group_nouns=frozenset(data.get("group_nouns", [])),
            phrase_ends=list(data.get("phrase_ends", [])),
            common_word_facilities=list(data.get("common_word_facilities", [])),
            slogan_entering_chars="".join(data.get("slogan_entering_chars", [])),
            named_for_marks=tuple(data.get("named_for_marks", [])),
            title_joiners=tuple(data.get("title_joiners", [])),
            region_words=list(data.get("region_words", [])),
            deictics="".join(data.get("deictics", [])),
            function_chars=frozenset(data.get("function_chars", [])),
            agent_marks=frozenset(data.get("agent_marks", [])),
            field_body_endings=tuple(data.get("field_body_endings") or ()),
            # older rules files listed the levels twice, under these names
            local_units=tuple(data.get("local_units") or data.get("county_units") or []),
            side_words=frozenset(data.get("side_words", [])),
            admin_levels="".join(data.get("admin_levels") or data.get("stem_unit_suffixes")
                                 or data.get("sector_union_levels") or []),
            zone_units="".join(data.get("zone_units", [])),
            trade_facilities=tuple(data.get("trade_facilities", [])),
            foreign_unit_suffixes=tuple(data.get("foreign_unit_suffixes", [])),
            group_heads="".join(data.get("group_heads", [])),
            clause_final_chars="".join(data.get("clause_final_chars", [])),
            name_joiners="".join(data.get("name_joiners", [])),
            # the shared lexicon's (elision.yaml); an older rules file listed them itself
            people_heads=list(data.get("people_heads") or (lexicon.people_heads if lexicon else [])),
            autonomous_units=tuple(data.get("autonomous_units") or (lexicon.autonomous_units if lexicon else ())),
            sector_union_heads=list(data.get("sector_union_heads", [])),
            org_kind_nouns=tuple(sorted(data.get("org_kind_nouns", []), key=len, reverse=True)),
            name_conjunctions=tuple(data.get("name_conjunctions") or (lexicon.name_conjunctions if lexicon else ())),
            partner_marks="".join(data.get("partner_marks", [])),
            partner_adverbs=tuple(data.get("partner_adverbs", [])),
            count_chars="".join(data.get("count_chars", [])),
            counted_unit_chars="".join(data.get("counted_unit_chars", [])),
            listed_level_chars="".join(data.get("listed_level_chars", [])),
            place_counters="".join(data.get("place_counters", [])),
            ordinal_count_chars="".join(data.get("ordinal_count_chars", [])),
            counted_units=data.get("counted_units"),
            subject_verbs=tuple(sorted(data.get("subject_verbs", []), key=len, reverse=True)),
            joint_verbs=tuple(sorted(data.get("joint_verbs", []), key=len, reverse=True)),
            # the shared lexicon's (names.yaml); an older rules file listed them itself
            meeting_frames=tuple(sorted(data.get("meeting_frames") or (lexicon.meeting_frames if lexicon else []),
                                        key=len, reverse=True)),
            pronoun_chars=frozenset(data.get("pronoun_chars", [])),
            name_completing_followers="".join(data.get("name_completing_followers", [])),
            name_completion_stops="".join(data.get("name_completion_stops", [])),
            one_character_verbs="".join(data.get("one_character_verbs", [])),
        )


def _congress(value: Any) -> dict[str, str] | None:
    """``numbered_congress`` of the rules file: a mapping with ``name`` and ``after``. A pipeline
    saved before it was one holds a single pattern: it still loads (``pattern``: the congress in
    running text only)."""
    if value is None:
        return None
    if isinstance(value, str):
        return {"pattern": value}
    if not isinstance(value, dict) or not isinstance(value.get("name"), str):
        raise ValueError("rules file: numbered_congress must be a mapping with 'name' (the congress "
                         "pattern) and 'after' (what stands right before it in running text)")
    return {k: str(v) for k, v in value.items()}
