"""What a rule step sees: the article (Doc and text), the rule tables and the patterns compiled
from them once per component."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.tokens import Doc

from ...article_doc import field_span
from ...lexicon import place_stems
from ...text.scan import Scanner, WordIndex, find_all, longest_first, words_regex

from ...text.chars import CLAUSE_END, HAN, HAN_CHAR, HAN_RUN as HAN_WORD, SENT_END
NAME_CHAR = re.compile(f"[{HAN}·]")


def ends_regex(words) -> re.Pattern[str]:
    """A pattern that matches where a text (or a slice: ``search(text, pos, endpos)``) ends with
    one of ``words``; never matches for no words."""
    return re.compile("(?:" + ("|".join(map(re.escape, words)) or "(?!)") + ")$")


def run_back(text: str, spans: Any, end: int, longest: int, stops: frozenset[str],
             chars: re.Pattern[str] = HAN_CHAR) -> int:
    """Start of the run of name characters (``chars``, none of ``stops``, in no mention of
    ``spans``) that ends at ``end``, at most ``longest`` long; ``end`` where there is none."""
    k = end
    while k > 0 and end - k < longest and chars.match(text, k - 1) and text[k - 1] not in stops \
            and not spans.overlapping(k - 1, k):
        k -= 1
    return k


def enumeration_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each item of the 、 enumeration text[start:end]."""
    items, pos = [], start
    for part in text[start:end].split("、"):
        items.append((pos, pos + len(part)))
        pos += len(part) + 1
    return items


class RulePatterns:
    """Regexes and sets built from the tables (``RuleTables``) once, shared by every article."""

    def __init__(self, tables: Any, names: Any):
        t = tables
        self.tables = t
        self.names = names   # the one name guesser (pipeline/names.py) and its lexicon
        self.surnames = frozenset(names.lex.surname_set)
        self.name_followers = tuple(names.lex.name_followers_longest)
        # the followers that are words (表示, 正在): a one-character one (说, 在) glues to others
        self.word_followers = tuple(f for f in self.name_followers if len(f) >= 2)
        # a clause's subject is named before these (会见, 表示: clause_subject_names)
        conv = t.conventions
        self.subject_cues = conv.subject_verbs + tuple(v for v in t.speech_verbs if len(v) >= 2)
        self.subject_cue_re = words_regex([*self.subject_cues, *conv.name_joiners]) if conv.subject_verbs else None
        # a clause opening with a partner mark, adverbs allowed before it (，并与|乙…, ，还同|乙…)
        adverbs = "|".join(map(re.escape, conv.partner_adverbs)) or "(?!)"
        self.clause_partner_re = re.compile(f"[{re.escape(SENT_END + CLAUSE_END)}](?:{adverbs})*[^{HAN}]?"
                                            f"[{re.escape(conv.partner_marks)}]") if conv.partner_marks else None
        # (the shared lexicon's, built once; the short names of autonomous prefectures added)
        self.short_prefectures = t.short_prefectures
        self.short_prefecture_lengths = sorted({len(w) for w in t.short_prefectures}, reverse=True)
        self.place_set = names.lex.place_set | t.short_prefectures if t.short_prefectures else names.lex.place_set
        self.place_stems = place_stems(t.places, t.conventions.unit_suffixes, self.words)   # 张北 for 张北县
        self.position_set = set(t.positions)
        # word lists as tries: the longest listed word at each position
        self.position_re = words_regex(t.positions) if t.positions else None
        self.longest_position = max(map(len, t.positions), default=0)
        self.place_re = WordIndex(t.places) if t.places else None   # (thousands of places: indexed)
        # 越南|老街省劳动联合会: a country opening a foreign body's unit (world_countries.txt)
        self.country_re = words_regex(names.lex.countries_longest) if names.lex.countries else None
        ends = "|".join(map(re.escape, t.conventions.foreign_unit_suffixes)) or "(?!)"
        self.foreign_unit_re = re.compile(f"[{HAN}]{{1,6}}?(?:{ends})")   # 老街省, 阿穆尔州
        self.suffix_re = words_regex(t.org_suffixes)
        self.longest_suffix = max(map(len, t.org_suffixes), default=0)
        self.suffix_end_re = ends_regex(t.org_suffixes)
        # a company's legal form ends its registered name (org_suffixes.txt, kind legal)
        self.legal_forms = tuple(names.lex.legal_forms)
        self.legal_form_re = words_regex(self.legal_forms)
        self.facility_re = words_regex(t.facility_suffixes)
        self.facility_end_re = ends_regex(t.facility_suffixes)
        self.event_names = [Scanner(p) for p in t.event_names]
        self.flat_names = [Scanner(p) for p in t.flat_names]
        # generic bodies (not_entities) of 3+ characters, one after another (执委会主席团), and the
        # tails of every not-entity (审查委员会 of 经费审查委员会)
        bodies = longest_first(w for w in t.not_entities if len(w) >= 3)
        self.generic_bodies_re = re.compile("(?:" + "|".join(map(re.escape, bodies)) + ")+") if bodies else None
        self.not_entity_tails = frozenset(w[i:] for w in t.not_entities for i in range(1, len(w)))
        self.longest_not_entity = max(map(len, t.not_entities), default=0)

    @property
    def words(self) -> frozenset[str]:
        # the component's own lexicon (serialized with it), not the project's data files
        return self.names.lex.common_word_set

    @property
    def verbs(self) -> frozenset[str]:
        """Verbs too rare to be common words (转发, 聘任, 判刑): never part of a name."""
        return self.names.lex.verb_set

    @property
    def adjectives(self) -> frozenset[str]:
        """The common words that are quality words in most of their uses (精密, 鼎盛): no verb."""
        return self.names.lex.adjective_word_set

    @property
    def nouns(self) -> frozenset[str]:
        """The common words that are nouns in most of their uses (they can sit inside a name)."""
        return self.names.lex.noun_word_set

    def verb_like(self, word: str) -> bool:
        """A rare verb, or a common word that is no noun (落实, 评价): what ends a name or opens a
        clause after it."""
        return self.names.lex.verb_like(word)

    def is_place(self, name: str) -> bool:
        """A listed place, or a name ending with 区/市/县 … (经开区, 延庆区)."""
        suffix_chars = self.tables.conventions.place_suffixes
        return name in self.place_set or (len(name) >= 2 and name[-1] in suffix_chars
                                          and HAN_WORD.fullmatch(name) is not None)

    def opens_with_place(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] opens with a listed place or a place of two or three characters
        (漳州|鸿祥…, 重庆|医院): a name that opens there."""
        return (self.place_re is not None and self.place_re.match(text, start, end) is not None) \
            or any(self.is_place(text[start:start + k]) for k in (2, 3))

    def place_units(self, name: str) -> tuple[list[str], str]:
        """The administrative units a name opens with (湖北省|襄阳市|东江县|总工会 ->
        [湖北省, 襄阳市, 东江县], 总工会): each the shortest run of 2+ characters ending with a
        unit suffix (省, 市, 区, 县, 镇, 乡, 村, 街道)."""
        units: list[str] = []
        unit_re = self.unit_re
        pos = 0
        while True:
            m = unit_re.match(name, pos)
            listed = self.place_re.match(name, pos) if self.place_re else None
            if listed is not None and (m is None or listed.end() > m.end()) \
                    and (not units and unit_re.match(name, listed.end())
                         or unit_re.fullmatch(listed.group()) is not None):
                # 北京|昌平区, 湖南|浏阳市: a listed place opens a chain; a listed unit is read whole
                # (湘乡市, 西乡塘区|总工会, 江西省|景德镇市|浮梁县: not 西乡|塘区, 景德镇|市浮梁县)
                m = listed
            short = next((w for k in self.short_prefecture_lengths
                          if (w := name[pos:pos + k]) in self.short_prefectures), None)
            if short is not None and (units or unit_re.match(name, pos + len(short))):
                units.append(short)   # 海西州|格尔木市: a prefecture written short is a unit (州 ends none)
                pos += len(short)
                continue
            if m is None:
                return units, name[pos:]
            units.append(m.group())
            pos = m.end()

    @cached_property
    def unit_re(self) -> re.Pattern[str]:
        conv = self.tables.conventions
        ends = "|".join(re.escape(u) for u in conv.unit_suffixes) or "(?!)"
        # 东乡|族自治县, 海府|路: a suffix character right before a people's head (族) or a road's
        # (路, not 路政) ends no unit
        bodies = "|".join(map(re.escape, conv.unit_road_bodies)) or "(?!)"
        heads = [*map(re.escape, conv.people_heads), *(f"(?!{bodies}){re.escape(r)}" for r in conv.unit_road_heads)]
        # (坝源农村|商业银行: a word ending with a suffix character ends no unit; one lookbehind a word,
        # as Python's are of fixed width)
        words = "".join(f"(?<!{re.escape(w)})" for w in conv.no_unit_words)
        return re.compile(f"[{HAN}]+?(?:{ends}){words}" + (f"(?!{'|'.join(heads)})" if heads else ""))

    @cached_property
    def quoted_station_re(self) -> re.Pattern[str]:
        """“椰风驿站”: a station's name of 2-6 Han characters and its head (station_heads) in quotes."""
        heads = "|".join(map(re.escape, self.tables.conventions.station_heads)) or "(?!)"
        return re.compile(f"“([{HAN}]{{2,6}}?)({heads})”")

    def proper_word(self, word: str) -> bool:
        """Han characters only, no common word and no position: a word of a proper name (中华, 顶益)."""
        return HAN_WORD.fullmatch(word) is not None and word not in self.words and word not in self.position_set

    def word_opens_at(self, text: str, pos: int) -> bool:
        """Whether a listed common word (of two to four characters) starts at ``pos`` (工|作, 务工人员)."""
        return any(text[pos:pos + n] in self.words for n in (2, 3, 4))

    def common_word(self, name: str) -> bool:
        """文化宫, 方面, 权益: a common word that happens to start with a surname is no name."""
        return self.names.is_common(name)

    def ends_with_position(self, text: str, pos: int) -> bool:
        window = text[max(0, pos - 8):pos]
        return any(window[-k:] in self.position_set for k in range(1, len(window) + 1))

    def position_at(self, text: str, pos: int):
        return self.position_re.match(text, pos) if self.position_re else None


@dataclass
class RuleContext:
    doc: Doc
    text: str
    patterns: RulePatterns
    # (start, end) of mentions that stay on the Doc but are not listed as entities of their own
    unlisted: set[tuple[int, int]] = field(default_factory=set)

    def listed(self, spans: Any) -> list[tuple[int, int, str]]:
        """The mentions the entity listing keeps (all but ``unlisted``)."""
        return [s for s in spans.spans if (s[0], s[1]) not in self.unlisted]

    @property
    def tables(self) -> Any:
        return self.patterns.tables

    @property
    def conventions(self) -> Any:
        return self.patterns.tables.conventions

    @cached_property
    def word_bounds(self) -> frozenset[int]:
        """Character offsets where a word of the segmenter starts or ends, as it cut the text
        before the model's entities split tokens (built once, on demand: no Token objects)."""
        from ..align import word_bounds
        return word_bounds(self.doc)

    @cached_property
    def elided_matches(self) -> tuple[re.Match[str], ...]:
        """Where the elided organs' pattern matches the text (区总工会, 市委; elided_orgs): scanned
        once, read by the steps that take such an organ (a department after it, the organ itself)."""
        elided = self.patterns.tables.elided
        return tuple(elided.finditer(self.text)) if elided is not None else ()

    @cached_property
    def listed_body_matches(self) -> tuple[re.Match[str], ...]:
        """Where a listed body (conventions.known_orgs: 美团, 应急管理部) is written as whole words of
        the segmenter (not the 华为 of 升华为): scanned once, read by the steps that take such a body
        (a department after it, the body itself)."""
        known, bounds = self.conventions.known_orgs, self.word_bounds
        return tuple(m for m in known.finditer(self.text) if m.start() in bounds and m.end() in bounds) \
            if known is not None else ()

    @cached_property
    def credited(self) -> tuple[tuple[int, int], ...]:
        """Where the byline's names are written in the credit or author line (（记者 周密）):
        persons there, read by two steps."""
        info = self.doc._.context or {}
        names = [n for names in (info.get("byline") or {}).values() for n in names]
        found: list[tuple[int, int]] = []
        for name_field in ("credit_line", "author_line"):
            where = field_span(self.doc._.fields, name_field)
            if where:
                found += [(k, k + len(name)) for name in names for k in find_all(self.text, name, where[0], where[1])]
        return tuple(found)

    def cuts_word(self, pos: int) -> bool:
        """Whether a cut at ``pos`` falls inside a token (北京市委|经济: 市委 is one word)."""
        return 0 < pos < len(self.text) and pos not in self.word_bounds

    def title_at(self, pos: int) -> bool:
        """Whether a title opens at ``pos`` and ends where a word does (区|总裁, 市|总经理; not 省总|统筹,
        区总|督导组: a title of two characters whose last opens a common word, 统筹, 督导)."""
        title = self.patterns.position_at(self.text, pos)
        return title is not None and not self.cuts_word(title.end()) \
            and not (title.end() - pos == 2 and self.text[title.end() - 1:title.end() + 1] in self.patterns.words)

    def token_end(self, pos: int, longest: int | None = None) -> int | None:
        """Where the token that starts at ``pos`` ends: the next token bound after ``pos`` (within
        ``longest`` characters, if given), or None."""
        bounds, stop = self.word_bounds, len(self.text)
        if longest is not None:
            stop = min(stop, pos + longest)
        return next((b for b in range(pos + 1, stop + 1) if b in bounds), None)

    def token_start(self, pos: int, floor: int = 0) -> int:
        """Where the token that ends at ``pos``, or holds the character before it, starts: the last
        token bound before ``pos`` (not before ``floor``; ``floor`` where there is none)."""
        bounds = self.word_bounds
        return next((b for b in range(pos - 1, floor - 1, -1) if b in bounds), floor)

    def is_token(self, start: int, end: int) -> bool:
        """Whether text[start:end] is one token of the Doc (应|省总工会: the tokenizer keeps 应 apart)."""
        bounds = self.word_bounds
        return start in bounds and end in bounds and not any(b in bounds for b in range(start + 1, end))

    def names_facility(self, start: int, end: int) -> bool:
        """Whether text[start:end] ends as a facility does: with a whole facility suffix
        (…湿地公园, …社区) or a facility's last character (…堂, …馆). Not every district
        (…青山区) because 社区 ends in 区. One test for the place steps that keep facilities apart."""
        return self.text[end - 1] in self.conventions.facility_final_chars or \
            self.patterns.facility_end_re.search(self.text, start, end) is not None

    def opens_name(self, pos: int) -> bool:
        """Whether a name can start at ``pos``: the text's start, after a non-Han character, a
        function character or a word that ends a name's left side (由|中华…, 通过|北京…)."""
        text = self.text
        return pos == 0 or not HAN_CHAR.match(text, pos - 1) or text[pos - 1] in self.conventions.function_chars \
            or self.left_stop_ends_at(pos)

    def left_stop_ends_at(self, pos: int, longer_than: int = 0) -> bool:
        """Whether a word that ends a name's left side (org_left_stops) of more than ``longer_than``
        characters ends at ``pos``, read on the text (总|包方: the segmenter cut 总包方)."""
        tables = self.patterns.tables
        return any(self.text[pos - k:pos] in tables.org_left_stops
                   for k in range(longer_than + 1, min(pos, tables.longest_left_stop) + 1))
