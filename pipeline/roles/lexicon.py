"""Lexicon of the roles stage: the cue patterns (roles.yaml) over the shared ``DomainLexicon``
(positions, surnames, organization and place endings, name followers).

Both are plain data so users extend them without code; the component's serializer carries them
(``to_disk``/``to_bytes``), independent of the files they were read from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


from ..lexicon_files import read_yaml_mapping
from ..lexicon import DomainLexicon, LexiconError, place_stems, read_positions  # noqa: F401 (re-exported)
from ..names import NameGuesser
from ..text.scan import any_word_regex, longest_first, words_regex


def read_patterns(path: str | Path) -> dict:
    """roles.yaml as a mapping; a clear error naming the file otherwise (an older file's
    ``elision`` too: it is the shared lexicon's elision.yaml now, read by events as well)."""
    data = read_yaml_mapping(path, "roles patterns file")
    if "elision" in data:
        raise LexiconError(f"{path}: 'elision' moved to the shared lexicon's elision.yaml "
                           "(data/lexicons/elision.yaml): move its prefixes and not_words there")
    return data


@dataclass
class RoleLexicon:
    patterns: dict = field(default_factory=dict)
    domain: DomainLexicon = field(default_factory=DomainLexicon)

    # -- derived views (cheap; rebuilt on demand) -------------------------------------------
    def __post_init__(self) -> None:
        p, d = self.patterns, self.domain
        self.positions = d.positions
        # a ``label`` (劳模, 职工) says what a person is but is no post; an older roles file may
        # still list such words as ``not_positions``
        not_pos = set(p.get("not_positions") or [])
        self.titles: dict[str, str] = {w: k for w, k in self.positions.items()
                                       if w and k != "label" and w not in not_pos}
        self.max_title = max((len(w) for w in self.titles), default=0)
        self.coordination: list[str] = list(p.get("coordination") or ["、", "兼"])
        self.follow_marks: tuple[str, ...] = tuple(p.get("follow_marks") or ["、", "，"])
        self.same_office_marks: tuple[str, ...] = tuple(p.get("same_office_marks") or [])
        self.honours: list[str] = sorted(p.get("honours") or [], key=len, reverse=True)
        between = p.get("honour_between")
        self.honour_between = re.compile(between.replace("{honours}", "|".join(map(re.escape, self.honours)))) \
            if between and self.honours else re.compile("(?!)")
        # the shared lexicon's (names.yaml); an older roles file listed them itself
        self.blocked_next: set[str] = set(p.get("blocked_next") or d.title_blocked_next)
        self.blocked_next_except: tuple[str, ...] = tuple(p.get("blocked_next_except") or d.title_blocked_next_except)
        self.title_prefixes: list[str] = sorted(p.get("title_prefixes") or [], key=len, reverse=True)
        self.side_marks: tuple[str, ...] = tuple(p.get("side_marks") or [])
        self.side_titles: frozenset[str] = frozenset(p.get("side_titles") or [])
        self.org_heads: list[str] = sorted(p.get("org_heads") or [], key=len, reverse=True)
        self.title_modifiers: list[str] = sorted(p.get("title_modifiers_after_org") or [], key=len, reverse=True)
        self.posted_marks: list[str] = sorted(p.get("posted_marks") or [], key=len, reverse=True)
        self.posted_titles: frozenset[str] = frozenset(p.get("posted_titles") or [])
        self.body_final_chars: str = "".join(p.get("body_final_chars") or [])
        self.holder_words: list[str] = sorted(p.get("holder_words") or [], key=len, reverse=True)
        self.sub_units: tuple[str, ...] = tuple(sorted(p.get("sub_units") or [], key=len, reverse=True))
        self.workplace_titles: frozenset[str] = frozenset(p.get("workplace_titles") or [])
        self.unit_openers: str = "".join(p.get("unit_openers") or [])
        self.town_levels: tuple[str, ...] = tuple(p.get("town_levels") or [])
        self.province_levels: tuple[str, ...] = tuple(p.get("province_levels") or [])
        self.unaffiliated_occupations: frozenset[str] = frozenset(p.get("unaffiliated_occupations") or [])
        self.occupation_bodies: dict[str, tuple[str, ...]] = {
            k: tuple(v) for k, v in (p.get("occupation_bodies") or {}).items()}
        # 在某公司焊接车间，: a shop-floor unit or a site inside an organization ends its frame's place
        self.frame_sites: tuple[str, ...] = self.sub_units + tuple(p.get("frame_sites") or [])
        # 原, 时任 and the anaphors (该公司 -> 公司, resolved as the company written before)
        self.anaphors: str = "".join(p.get("anaphors") or d.anaphors)   # (an older roles file's own)
        self.org_leading_strip: list[str] = sorted(dict.fromkeys([*(p.get("org_leading_strip") or []), *self.anaphors]),
                                                   key=len, reverse=True)
        self.org_leading_marks: tuple[str, ...] = tuple(p.get("org_leading_marks") or [])
        # 某集团党委书记、董事长: a party body inside an organization, and the titles it holds
        self.title_party_bodies: list[str] = sorted(p.get("title_party_bodies") or [], key=len, reverse=True)
        self.party_centres: frozenset[str] = frozenset(p.get("party_centres") or [])
        self.party_bodies: list[str] = sorted(self.title_party_bodies + list(p.get("working_committees") or []),
                                              key=len, reverse=True)
        self.party_titles: frozenset[str] = frozenset(p.get("party_titles") or [])
        self.party_governed_units: tuple[str, ...] = tuple(p.get("party_governed_units") or [])
        self.executive_titles: frozenset[str] = frozenset(p.get("executive_titles") or [])
        self.body_titles: list[str] = list(p.get("body_titles") or [])
        self.leading_bodies: list[str] = sorted(p.get("leading_bodies") or [], key=len, reverse=True)
        self.party_organs: frozenset[str] = frozenset(p.get("party_organs") or [])
        self.party_committee_ends: tuple[str, ...] = tuple(p.get("party_committee_ends") or []) + tuple(self.title_party_bodies)
        self.chain_bodies: frozenset[str] = frozenset(p.get("chain_bodies") or [])
        self.chain_bodies_longest: list[str] = longest_first(self.chain_bodies)
        # 组织部, 工会, and 党委 (某集团工会主席、党委副书记 -> 某集团党委)
        self.bare_chain_bodies: frozenset[str] = self.party_organs | self.chain_bodies | frozenset(self.party_bodies)
        self.bare_chain_bodies_longest: list[str] = longest_first(self.bare_chain_bodies)
        self.org_stop_words: list[str] = longest_first(dict.fromkeys([*(p.get("org_stop_words") or []),
                                                                      *d.speaker_verbs_longest]))
        self.origin_marks: tuple[str, ...] = tuple(p.get("origin_marks") or [])
        self.org_suffixes: list[str] = list(d.all_org_suffixes)
        self.org_suffix_set: frozenset[str] = frozenset(self.org_suffixes)
        self.place_suffixes: list[str] = list(d.place_suffixes_longest)
        self.not_places: set[str] = set(p.get("not_places") or [])
        self.deictic_places: tuple[str, ...] = tuple(p.get("deictic_places") or [])
        # 中共|北京市委: a party's name before a body's place (elision.yaml; an older roles file's own)
        self.place_leading_strip: list[str] = sorted(p.get("place_leading_strip") or d.party_prefixes,
                                                     key=len, reverse=True)
        self.not_place_suffixes: list[str] = list(p.get("not_place_suffixes") or [])
        self.national_prefixes: list[str] = sorted(p.get("national_prefixes") or [], key=len, reverse=True)
        self.national_country: str | None = p.get("national_country")
        self.self_contained: dict[str, str | None] = dict(p.get("self_contained") or {})
        self.place_heads: dict[str, str] = dict(p.get("place_heads") or {})
        self.place_head_titles: tuple[str, ...] = tuple(sorted(self.place_heads, key=len, reverse=True))
        self.place_assemblies: frozenset[str] = frozenset(p.get("place_assemblies") or [])
        self.place_governments: tuple[str, ...] = tuple(sorted(p.get("place_governments") or [], key=len, reverse=True))
        self.country_titles: frozenset[str] = frozenset(p.get("country_titles") or [])
        self.shared_head_chars: set[str] = set(p.get("shared_head_chars") or [])
        self.elision_prefixes: list[str] = list(d.elision_prefixes)
        self.bare_levels: frozenset[str] = frozenset(self.elision_prefixes)   # 市, 区: a level written alone
        self.gazetteer: frozenset[str] = d.place_set   # (the shared lexicon's, built once)
        self.place_re = words_regex(self.gazetteer)   # the longest listed place at a position
        # 广西 -> 广西壮族自治区 (自治区): a listed place whose name opens the listed full name of a level
        self.full_of_level: dict[tuple[str, str], str] = _full_names_of_levels(self.gazetteer, self.elision_prefixes)
        # 恩施州 -> 恩施土家族苗族自治州: a listed autonomous unit written short, whose head written with
        # no place (恩施州州长) holds it; 自治州: the units whose full names so end
        self.autonomous_short_forms: dict[str, tuple[str, ...]] = d.autonomous_short_forms
        self.autonomous_units: tuple[str, ...] = d.autonomous_units
        # 洛阳 (an entity) for the listed 洛阳市: the names of listed places less their level
        self.level_stems: frozenset[str] = place_stems(self.gazetteer, self.elision_prefixes, d.common_word_set)
        # 衡阳日报讯, 本报衡阳…讯: a source lead names a listed place by its stem as often as in full
        self.source_place_re = words_regex(self.gazetteer | self.level_stems)
        self.own_paper_leads: tuple[str, ...] = tuple(p.get("own_paper_leads") or ())
        self.place_abbreviations: dict[str, str] = {a: p for a, p in d.place_abbreviations.items() if p}
        # 韩 -> 韩国: the countries the abbreviations stand for (no home place: 威海, 东莞 are listed)
        self.abbreviated_countries: frozenset[str] = frozenset(
            p for p in self.place_abbreviations.values() if len(p) >= 2 and not self.is_listed(p))
        # 甲率领的…代表团: a lead verb and 的 (an older roles file's own led_by_cues add to them)
        led_by = [w + "的" for w in d.lead_verbs_longest] + list(p.get("led_by_cues") or [])
        self.led_by = re.compile("|".join(map(re.escape, longest_first(led_by))) or "(?!)")
        # 以甲为团长的…代表团: 以, the person (a title may stand on either side), 为, a head's title, 的
        heads = "|".join(map(re.escape, sorted(p.get("delegation_heads") or [], key=len, reverse=True)))
        self.headed_by = re.compile(f"为({heads})的") if heads else re.compile("(?!)")
        self.bare_heads: list[str] = sorted(p.get("bare_heads") or d.bare_heads, key=len, reverse=True)
        self.bare_head_kinds: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in (p.get("bare_head_kinds") or {}).items()}
        self.branch_marks: frozenset[str] = frozenset(p.get("branch_marks") or [])
        self.meeting_bodies: tuple[str, ...] = tuple(p.get("meeting_bodies") or [])
        self.generic_heads: frozenset[str] = frozenset(p.get("generic_heads") or d.generic_heads)
        # 女职工委员会 -> 总工会: a committee written alone, and the ending of the body it is of
        self.committee_of: dict[str, str] = {c: body for body, cs in (p.get("committees_of") or {}).items() for c in cs}
        # … and any union holds them (总工会 ends with 工会): 某集团工会女职工委员会
        self.committee_bodies: tuple[str, ...] = tuple(p.get("committee_bodies") or ())
        # ... the full name may go on with its legal form (集团党委 of 东江港集团有限公司)
        self.legal_forms: tuple[str, ...] = tuple(d.legal_forms)
        self.partner_marks: tuple[str, ...] = tuple(p.get("partner_marks") or [])
        # (段: [] -> the organization endings that end with it: 工务段, 机务段 …)
        self.anaphoric_heads: dict[str, list[str]] = {
            k: list(v) or [w for w in d.all_org_suffixes if len(w) > 1 and w.endswith(k)]
            for k, v in (p.get("anaphoric_heads") or {}).items()}
        self.unit_head_titles: dict[str, list[str]] = {k: list(v) for k, v in (p.get("unit_head_titles") or {}).items()}
        # how an enterprise or institution's name ends (公司, 集团, 医院 …, 有限公司)
        self.body_holder_endings: tuple[str, ...] = tuple(self.bare_heads) + self.legal_forms
        self.department_endings: tuple[str, ...] = tuple(p.get("department_endings") or [])
        self.clinic_endings: tuple[str, ...] = tuple(p.get("clinic_endings") or [])
        self.department_stops: frozenset[str] = frozenset(p.get("department_stops") or [])
        self.noun_words: frozenset[str] = d.noun_word_set
        self.common_words: frozenset[str] = d.common_word_set
        self.name_followers: list[str] = list(d.name_followers_longest)
        self.names = NameGuesser(d)
        self.bracket_open: list[str] = list(p.get("bracket_open") or ["（", "("])
        self.bracket_close: list[str] = list(p.get("bracket_close") or ["）", ")"])
        # （兼）, (挂职): the notes in either bracket, longest first
        brackets = list(zip(self.bracket_open, self.bracket_close))
        self.title_notes: list[str] = sorted((o + n + c for n in p.get("title_notes") or [] for o, c in brackets),
                                             key=len, reverse=True)
        # precomputed for the scans: where a title (2+ characters) may start, suffixes as tuples
        self.title_start = re.compile(f"(?={words_regex({w[:2] for w in self.titles if len(w) >= 2}).pattern})")
        self.title_re = words_regex(self.titles)   # the longest title at a position (维修工|程师: 工程师)
        # the first of these words (in list order) a run starts with: an alternation in that order
        self.run_strip = re.compile("|".join(map(re.escape, self.org_stop_words + self.org_leading_strip)) or "(?!)")
        self.stop_re = any_word_regex(self.org_stop_words)   # does a run hold a stop word at all
        self.level_re = re.compile("|".join(map(re.escape, self.elision_prefixes)) or "(?!)")
        self._place_suffixes = tuple(self.place_suffixes)
        self._not_place_suffixes = tuple(self.not_place_suffixes)

    def is_listed(self, place: str) -> bool:
        """A listed place, or one whose name less its level a listed place has (祁阳市, a county listed
        as 祁阳县 before it became a city)."""
        level = next(iter(self.levels_written(place)), "")
        return place in self.gazetteer or place in self.level_stems \
            or bool(level) and place[:-len(level)] in self.level_stems

    def levels_written(self, place: str) -> list[str]:
        """The levels (elision prefixes: 市, 省 ...) a name ends with after more of it (北京市 -> 市)."""
        return [lv for lv in self.elision_prefixes if place.endswith(lv) and len(place) > len(lv)]

    def home_place_levels(self, place: str) -> list[str]:
        """The levels (市, 省 ...) a listed place is written with (北京市 -> 市), none for a place the
        gazetteer does not list so (北京, 北平)."""
        return self.levels_written(place) if place in self.gazetteer else []

    def is_place(self, text: str) -> bool:
        """An administrative place name: 门头沟区, 北京市, 团结湖街道 (not 社区, 全区)."""
        return (len(text) >= 2 and text not in self.not_places and not text.endswith(self.deictic_places)
                and text.endswith(self._place_suffixes)
                and not text.endswith(self._not_place_suffixes))

    def kind(self, title: str) -> str | None:
        return self.titles.get(title)

    @classmethod
    def load(cls, patterns: str | Path, domain: DomainLexicon) -> "RoleLexicon":
        return cls(patterns=read_patterns(patterns), domain=domain)


def _full_names_of_levels(gazetteer: frozenset[str], levels: list[str]) -> dict[tuple[str, str], str]:
    """(a listed place, a level) -> the one listed place of that level whose name it opens, two
    or more characters between (广西, 自治区 -> 广西壮族自治区: the peoples). Levels of one
    character are left out (朝阳|门街道, 大兴|庄镇 are other places), as is the level right after
    the name (北京市: the place and its level written together are read as such)."""
    found: dict[tuple[str, str], set[str]] = {}
    for full in gazetteer:
        for level in levels:
            if len(level) < 2 or not full.endswith(level):
                continue
            for k in range(2, len(full) - len(level) - 1):
                if full[:k] in gazetteer:
                    found.setdefault((full[:k], level), set()).add(full)
    return {key: names.pop() for key, names in found.items() if len(names) == 1}
