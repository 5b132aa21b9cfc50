"""Places behind elided organizations: 区总工会 / 区委 / 区长 in an article about 通州区.

A place mention is (doc offset, level, place) where level is the place suffix (区, 市, 街道 ...).
Mentions come from LOC/ORG entities and from the organizations printed before titles; an elided
organization takes the nearest earlier mention of its level (same chain first), else the only
place of that level in the article, else it stays as written. Entities and printed organizations
come first; then a listed place an entity writes without its level (江西, when 江西省 is listed
too); last a place guessed from a raw run of text (its level is written, but 落实好|市委 reads as
a place 贯彻好市 too).
"""
from __future__ import annotations

import re
from collections import Counter

from dataclasses import dataclass, field

from .foreign import foreign_places, is_foreign, opening_country
from .lexicon import RoleLexicon
from ..text.scan import splits_into_words
from .text import HAN_RUN, all_han, ends_with_any

_UPPER_LEVELS = ("省", "市")
_SEAT_BRACKETS = re.compile(r"[（）()]")   # a company's seat written in brackets inside its name
_MAX_PLACE_NAME = 8   # characters before the level: 黑龙江省, 新疆维吾尔自治区  # 北京市丰台区 -> 丰台区 when the level asked for is 区


def place_of_level(text: str, level: str, lex: RoleLexicon) -> str | None:
    """The place of ``level`` that ``text`` starts with: 丰台区人大常委会 -> 丰台区 for 区."""
    if not text or not all_han(text):
        return None
    return _level_place(_strip_lead(text, lex), level, lex)


def _strip_lead(text: str, lex: RoleLexicon) -> str:
    for prefix in lex.place_leading_strip:
        if text.startswith(prefix) and len(text) > len(prefix) + 2:
            return text[len(prefix):]
    return text


def _level_place(text: str, level: str, lex: RoleLexicon) -> str | None:
    min_before = 1 if level == "县" else 2
    idx = text.find(level, min_before)
    while idx != -1:
        if text[idx:idx + 2] in lex.titles:
            idx = text.find(level, idx + 1)
            continue   # 常务副|区长: the level opens a title, no place ends there
        place = text[: idx + len(level)]
        if level not in _UPPER_LEVELS:
            cut = max(place.rfind(u, 0, idx) for u in _UPPER_LEVELS)
            if cut != -1 and idx - (cut + 1) >= min_before:
                place = place[cut + 1:]
        if _is_place(place, lex) and len(place) - len(level) <= _MAX_PLACE_NAME \
                and not place.endswith(tuple(o for o in lex.domain.other_levels if o != level)):   # 内蒙古自治区: no 区
            # (a longer run is a clause ending in 省/市: 介绍了我省); 国网|北京市…: the listed
            # place a brand opens the name with
            return place if place in lex.gazetteer else _listed_tail(place, lex)
        idx = text.find(level, idx + 1)
    return None


def _common_words_only(name: str, words: frozenset[str]) -> bool:
    """Whether ``name`` is two or more common words written together (春节|前夕), each of two
    characters or more, however it is cut (a single word, 朝阳, is a name)."""
    return splits_into_words(name, words, fewest=2)


def with_legal_forms(word: str, lex: RoleLexicon) -> tuple[str, ...]:
    """``word`` (公司, 集团) and it with each legal form after it (集团有限公司): how a full name
    named by that word ends."""
    return (word,) + tuple(word + form for form in lex.legal_forms)


def _listed_tail(place: str, lex: RoleLexicon) -> str:
    """The longest listed place that ends ``place`` after two or more other characters (国网北京市
    -> 北京市), else ``place``; not after a place of its own (昆山|经济技术开发区: the city's zone)."""
    return next((place[k:] for k in range(2, len(place) - 1) if place[k:] in lex.gazetteer
                 and place[:k] not in lex.gazetteer and place[:k] not in lex.level_stems), place)


def _is_place(text: str, lex: RoleLexicon) -> bool:
    """A place name; also a city whose own name ends in 城 (X城 + 市: 3 characters), which the
    not-a-place ending 城市 (智慧城市) would reject."""
    return lex.is_place(text) or (len(text) == 3 and text.endswith("城市") and lex.is_place(text[:-2] + "市"))


def elided(org_text: str, lex: RoleLexicon) -> str | None:
    """The elision prefix when ``org_text`` is an elided form (区总工会 -> 区), else None: the
    shared lexicon's reading (elision.yaml), the one events use too."""
    return lex.domain.elided_level(org_text)


@dataclass
class PlaceIndex:
    lex: RoleLexicon
    mentions: list[tuple[int, str, str]] = field(default_factory=list)  # (doc offset, level, place)
    weak: list[tuple[int, str, str]] = field(default_factory=list)      # from raw text, no entity
    bare: list[tuple[int, str, str]] = field(default_factory=list)      # 江西 for 江西省: level unwritten
    outlet: list[tuple[int, str, str]] = field(default_factory=list)    # the source lead's place (四川日报讯)
    seen: list[tuple[int, str]] = field(default_factory=list)   # entity and printed-org strings
    raw: list[str] = field(default_factory=list)                # the fields' text
    text: str = ""                                               # the article's text (doc offsets)
    orgs: set[str] = field(default_factory=set)                 # the ORG entities' strings
    places: list[tuple[int, int]] = field(default_factory=list)  # the LOC entities' offsets
    org_starts: set[int] = field(default_factory=set)            # where the ORG entities start
    _cache: dict = field(default_factory=dict)                  # (kind, key) -> answer, once all is added

    def add_text(self, offset: int, text: str, weak: bool = False) -> None:
        han = all_han(text)
        if not text or not (han or all_han(_SEAT_BRACKETS.sub("", text))):
            return
        self._cache.clear()
        if not weak:
            self.seen.append((offset, text))
        if not han:
            return   # 某轮胎（青岛）有限公司: a name with its seat in brackets (place_of_level reads Han text only)
        stripped = _strip_lead(text, self.lex)
        if not weak:
            self._add_bare(offset, stripped)
        if not self.lex.level_re.search(stripped, 1) or elided(text, self.lex):
            return   # a place ends in a level written after its first character
        lead = len(text) - len(stripped)
        for level in self.lex.elision_prefixes:
            place = _level_place(stripped, level, self.lex)
            if place and weak and self._body_from_level(offset + lead + stripped.find(place) + len(place) - len(level)):
                place = None   # 乔映雪代表|市卫生健康委: NER read the body from its level, no place before it
            if place and weak:
                place = self._read_from_raw_text(stripped, place, level)
            if place:
                (self.weak if weak else self.mentions).append((offset, level, place))

    def _body_from_level(self, pos: int) -> bool:
        """Whether NER read an organization from ``pos`` with no place of one chain with it before
        it (乔映雪代表|市卫生健康委, 成都市|高新区总工会: the body is named from its level; not
        西安|高新区管委会, a place without a level before it: 西安高新区 is one place)."""
        levels = tuple(self.lex.elision_prefixes)
        return pos in self.org_starts and not any(e == pos and not self.text[s:e].endswith(levels)
                                                  for s, e in self.places)

    def _read_from_raw_text(self, run: str, place: str, level: str) -> str | None:
        """A place read from a raw run of text, else None: its level ends a word (not 打造|市场化,
        资源县|里: the level opens the common word 市场, 县里; an organ of the level, 市委, may
        follow); a listed one stays whole (随州市 holds 随); another starts after the run's last stop
        word (会议听取并审议了省 is no place: 了 leaves only the level) and its name is no string of
        common words (春节前夕|市领导) nor a verb (要求|市直有关部门)."""
        if self._opens_a_word(run, place, level):
            return None
        if place in self.lex.gazetteer:
            return place
        stops = list(self.lex.stop_re.finditer(place))
        if stops:
            place = _level_place(place[stops[-1].end():], level, self.lex)
            if place is None or place in self.lex.gazetteer:
                return place
        stem = place[:-len(level)]   # (要求|市直…: a verb before the level names no place)
        if stem[-1:] in self.lex.org_leading_marks and self.lex.is_place(stem[:-1]):
            return None   # 通州区和|市有关部门: the district and the city, the city's level elided
        return None if _common_words_only(stem, self.lex.common_words) or self.lex.domain.verb_like(stem) else place

    def _opens_a_word(self, run: str, place: str, level: str) -> bool:
        """Whether the place's level opens a common word written on (资源县|里, 打造|市场化: no place
        ends there), other than an organ of the level (市委)."""
        end = run.find(place) + len(place)
        opened = (run[end - len(level):end + k] for k in (1, 2, 3))
        return any(word in self.lex.common_words and not elided(word, self.lex) for word in opened)

    def add_source(self, source: str | None, home_place: str | None = None) -> None:
        """The places the source lead names (四川日报讯 -> 四川省, 本报成都3月5日电 -> 成都市, 衡阳日报讯 ->
        衡阳市, a listed place by its stem): the weakest evidence of all, for an elided body the
        article names no place for (省委 in a provincial daily's report); where the paper's own lead
        (本报讯: ``own_paper_leads``) names none, the paper's ``home_place``."""
        if not source:
            return
        self._cache.clear()
        for m in self.lex.source_place_re.finditer(source):
            self.outlet += [(-1, level, place) for level, place in self._levels_of(m.group(), written_with_level=True)]
        if not self.outlet and home_place and source.startswith(self.lex.own_paper_leads):
            self.outlet += [(-1, level, home_place) for level in self.lex.home_place_levels(home_place)]

    def _add_bare(self, offset: int, text: str) -> None:
        """A listed place written without its level (江西, 北京; 洛阳, listed only as 洛阳市), or by
        its abbreviation (来浙: 浙江), whose name with the level is listed (江西省, 北京市): the
        weakest evidence of that level's place."""
        text = self.lex.place_abbreviations.get(text, text)
        if text in self.lex.gazetteer or text in self.lex.level_stems:
            self.bare += [(offset, level, place) for level, place in self._levels_of(text)]
            return
        # (南宁|经开区党工委, 南宁|经济技术开发区: the city opening its zone's name, written bare)
        head = next((text[:k] for k in (3, 2) if self.lex.domain.generic_zone_end(text[k:])
                     and (text[:k] in self.lex.gazetteer or text[:k] in self.lex.level_stems)), None)
        if head is not None:
            self.bare += [(offset, level, place) for level, place in self._levels_of(head)]

    def _levels_of(self, name: str, written_with_level: bool = False) -> list[tuple[str, str]]:
        """(level, place) for each level a listed place ``name`` stands for: with the level added
        where that is listed (江西 -> 江西省), or the one listed full name of the level it opens
        (广西 -> 广西壮族自治区); ``written_with_level``: also itself where it ends with one (成都市)."""
        gazetteer, found = self.lex.gazetteer, []
        for level in self.lex.elision_prefixes:
            if name.endswith(level):
                if written_with_level and len(name) > len(level):
                    found.append((level, name))
            elif name + level in gazetteer:
                found.append((level, name + level))
            elif (full := self.lex.full_of_level.get((name, level))) is not None:
                found.append((level, full))
        return found

    def add_runs(self, offset: int, text: str) -> None:
        """Places that open a run of Han characters (通州区总工会召开… in a headline), as weak
        evidence used only when no entity or printed organization names a place of that level."""
        self.raw.append(text)
        self._cache.clear()
        for m in HAN_RUN.finditer(text):
            run = m.group()
            stop = self.lex.run_strip.match(run)
            stop = stop.group() if stop else ""
            self.add_text(offset + m.start() + len(stop), run[len(stop):], weak=True)

    def nearest(self, level: str, before: int) -> str | None:
        for k, pool in enumerate(self._home_pools(level)):
            key = ("home", level, k)
            if key not in self._cache:
                self._cache[key] = self._dominant({m[2] for m in pool if m[1] == level}, level)
            if self._cache[key]:
                return self._cache[key]
            earlier = [m for m in pool if m[1] == level and m[0] < before]
            if earlier:
                return max(earlier, key=lambda m: m[0])[2]
            distinct = {m[2] for m in pool if m[1] == level}
            if len(distinct) == 1:
                return distinct.pop()
        return self._province_of_the_places(level)

    def _province_of_the_places(self, level: str) -> str | None:
        """The one province that the article's places all lie in, where ``level`` is a province's
        (roles.yaml province_levels), the province ends with it and the article names none of that
        level (省总工会, 省长 in a story of 株洲市 and 本报株洲…讯: 湖南省), else None
        (province_of_places.txt)."""
        owners = self.lex.domain.province_of_places
        if not owners or level not in self.lex.province_levels:
            return None
        key = ("province", level)
        if key not in self._cache:
            named = {self.text[s:e] for s, e in self.places} \
                | {m[2] for pool in (self.mentions, self.bare, self.weak, self.outlet) for m in pool}
            provinces = {owners[p] for p in named if p in owners}
            one = provinces.pop() if len(provinces) == 1 else None
            self._cache[key] = one if one is not None and one.endswith(level) else None
        return self._cache[key]

    def in_full(self, place: str, level: str) -> str:
        """The autonomous place the article names in full that ``place`` names short (恩施州 of
        恩施土家族苗族自治州, 巍山县 of 巍山彝族回族自治县: its stem opens it, 自治 before its level),
        where there is one such, else the one the gazetteer lists so (a short name no gazetteer lists
        itself); else ``place``."""
        stem = place[:-len(level)] if place.endswith(level) else ""
        endings = tuple(u for u in self.lex.autonomous_units if u.endswith(level) and len(u) > len(level))
        if len(stem) < 2 or not endings:
            return place
        full = {name for s, e in self.places if (name := self.text[s:e]).startswith(stem)
                and name.endswith(endings) and name != place}
        if not full and not self.lex.is_listed(place):   # (else the one the gazetteer lists: 西双版纳州)
            full = set(self.lex.autonomous_short_forms.get(place, ()))
        return full.pop() if len(full) == 1 else place

    def registered(self) -> list[str]:
        """The article's registered company names, found once: those that end with a legal form, and
        the one a unit's name holds (某汽车集团股份有限公司|工会 names that company too)."""
        if "registered" not in self._cache:
            self._cache["registered"] = [t if t.endswith(self.lex.legal_forms) else self._registered_within(t)
                                         for _, t in self.seen
                                         if t.endswith(self.lex.legal_forms) or self._registered_within(t)]
        return self._cache["registered"]

    def _foreign(self) -> tuple[set[str], set[str]]:
        """(another country's places, the countries named): found once, where asked for."""
        if "foreign" not in self._cache:
            foreign, countries = foreign_places(self.text, self.places, self.lex)
            # (老挝|琅南塔省委: a place an organization's name opens, written after a country)
            foreign |= {place for _, _, place in self.mentions if any(c + place in self.text for c in countries)}
            self._cache["foreign"] = foreign, countries
        return self._cache["foreign"]

    def without_country(self, place: str) -> str:
        """The place a head of government heads, without the country written before it (日本|大阪府
        知事 -> 大阪府, as the devset writes it; a place of the home keeps its chain: 北京市西城区)."""
        if not any(place.endswith(self.text[s:e]) and e - s <= len(place) - 2 for s, e in self.places) \
                and not (self.lex.is_place(place) and not any(self.lex.is_listed(place[:k]) for k in (2, 3))):
            return place   # (no place of the article ends it, nor a level after no listed place: no country)
        country = opening_country(place, self._foreign()[1], rest=2)
        return place[len(country):] if country else place

    def _home_pools(self, level: str) -> tuple[list[tuple[int, str, str]], ...]:
        """The pools of places an elided body of ``level`` may stand for, strongest first; another
        country's places (foreign.py: 日本|高冈市) are left out: 市长甲 beside 法国图卢兹市 is the
        home's mayor, its city unnamed."""
        key = ("pools", level)
        if key not in self._cache:
            # (a bare name written at another level gives way to another place of the level, where
            # there is one: 上海 beside 喀什地区 and 喀什; 阿克苏 alone beside 阿克苏地区 is its city)
            named = {self.text[s:e] for s, e in self.places}
            bare = [m for m in self.bare if m[1] != level or not self._named_at_another_level(m[2], level, named)]
            if not any(m[1] == level for m in bare):
                bare = self.bare
            pools = (self.mentions, bare, self.weak, self.outlet)
            foreign, countries = self._foreign()   # (found where an elided body is resolved at all)
            if foreign or countries:
                pools = tuple([m for m in pool if m[1] != level or not is_foreign(m[2], foreign, countries)]
                              for pool in pools)
            self._cache[key] = pools
        return self._cache[key]

    def _named_at_another_level(self, place: str, level: str, named: set[str]) -> bool:
        """Whether the article's places (``named``) name ``place`` (喀什市, read from a bare 喀什) only
        with another level (喀什地区): the bare name stands for that one."""
        stem = place[:-len(level)]
        levels = (*self.lex.place_suffixes, *self.lex.domain.other_levels)
        return place not in named and any(stem + other in named for other in levels if other != level)

    def written_in_full(self, org_text: str, prefix: str, before: int) -> str | None:
        """The place of the body an elided form names (区总工会) where the article prints that body
        in full (丰台区总工会, not 丽泽商务区 named nearer): the nearest such body before
        ``before``, else the one printed after it (where only one is, and no place of the level is
        named before: 南充市…市总工会主席…阆中市总工会作交流发言 is 南充市's union)."""
        foreign, countries = self._foreign()   # (琅南塔省委 of 老挝: not the home's 省委)
        full = sorted((offset, place) for offset, t in self.seen if t.endswith(org_text) and len(t) > len(org_text)
                      and (place := place_of_level(t[:len(t) - len(org_text) + len(prefix)], prefix, self.lex))
                      and len(place) + len(org_text) - len(prefix) == len(t)
                      and not is_foreign(place, foreign, countries))
        earlier = [place for offset, place in full if offset < before]
        if earlier:
            return earlier[-1]
        if len({place for _, place in full}) != 1:
            return None
        after = full[0][1]
        named_before = any(level == prefix and at < before and place != after for at, level, place in self.mentions)
        return None if named_before else after

    def _dominant(self, places: set[str], level: str) -> str | None:
        """The article's own place among several of a level: named (also without its level,
        昌平 for 昌平区) at least twice as often as any other, and three times or more."""
        if len(places) < 2:
            return None
        counts = sorted(((self._count(p, level), p) for p in places), reverse=True)
        (top, place), (second, _) = counts[0], counts[1]
        return place if top >= _HOME_MIN and 2 * top >= 3 * second else None

    def _count(self, place: str, level: str) -> int:
        stem = place[: -len(level)]
        word = stem if len(stem) >= 2 else place
        return sum(t.count(word) for t in self.raw)

    def expand(self, org: str) -> str:
        """The full name of an organization written short, when the article names it in full:
        全国总工会 -> 中华全国总工会, 全总 -> 中华全国总工会. A name that opens
        with a place is complete (海淀区委 is not 北京市海淀区委)."""
        key = ("full", org)
        if key not in self._cache:
            self._cache[key] = self._expand(org)
        return self._cache[key]

    def _expand(self, org: str) -> str:
        # 南宁市检察院, 人社部 where the article writes 南宁市人民检察院, 人力资源和社会保障部: the full
        # form of a short name or ending (org_short_forms.txt), as NER and events read it
        full = self.lex.domain.written_full_form(org, self.text)
        if full is not None:
            return full
        # 河南省委 where the article writes 中共河南省委: the party's body, as written in full
        party = next((w + org for w in self.lex.place_leading_strip if any(t == w + org for _, t in self.seen)), None)
        if party is not None:
            return party
        for _ in range(3):
            longer = self._longer(org)
            if longer is None:
                break
            org = longer
        return org

    def company_of_trade_name(self, org: str) -> str | None:
        """南岭航空 -> 南岭航空股份有限公司: the one company the article names in full whose trade name
        ``org`` is (a trade name may open with a place), else None."""
        if not any(org in t for t in self.registered()):
            return None
        return self.lex.domain.company_named_short(org, [*(t for _, t in self.seen), *self.registered()])

    def _longer(self, org: str) -> str | None:
        company = self.company_of_trade_name(org)
        if company is not None:
            return company
        owned = self._company_body(org)
        if owned is not None:
            return owned
        if len(org) < 2 or not all_han(org) or self._opens_with_place(org):
            return None
        # (not a name the short form opens: 全总|书记处 is a body inside it, no full form of it)
        cands = {t for _, t in self.seen
                 if len(t) > len(org) and not t.startswith(org) and _abbreviates(org, t, self.lex)}
        if not cands:
            return None
        short = min(cands, key=lambda c: (len(c), c))
        if all(c.endswith(short) for c in cands):
            return short
        # names that do not nest (全总: 中华全国总工会, its 执行委员会): the one named most often
        counts = sorted(((sum(t == c for _, t in self.seen), c) for c in cands), reverse=True)
        return counts[0][1] if counts[0][0] > counts[1][0] else None

    def _company_body(self, org: str) -> str | None:
        """恒驰电气工会 -> 株洲恒驰电气股份有限公司工会: a body of a company's own (工会, 党委) after its
        trade name is that body of the one company the article names in full, else None."""
        body = ends_with_any(org, self.lex.bare_chain_bodies_longest)
        company = self.company_of_trade_name(org[:-len(body)]) if body and len(org) > len(body) else None
        return company + body if company is not None else None

    def only_full(self, word: str) -> str | None:
        """The one full name ending with a bare organization word (总工会), or with it and a legal
        form (集团 of 某港集团有限公司), that the article's entities and printed organizations hold,
        if there is exactly one (南湖镇总工会); a word for its kind (学校: ``bare_head_kinds``) names
        a body of any of its kinds (江城理工大学) where none is named with the word itself."""
        ends = with_legal_forms(word, self.lex)
        names = self._named_with(word, ends)
        # 某港集团 and 某港集团有限公司 (the registered name, a meeting's name holds it; with its seat
        # in front too: 舟山市某港集团有限公司): one body
        names -= {t for t in names if any(u.endswith(t + form) for form in self.lex.legal_forms for u in names)}
        # … and so are 东江集团 (a headline's short name) and 北京东江建设集团有限公司, whose name holds its
        # stem but not its whole (a name inside a longer one may be the model's cut of it: not guessed)
        names -= {t for t in names if any(t not in u and _stem(t, ends) in u for u in names)}
        # … and 苍洱文旅集团 of 大理苍洱文化旅游集团有限公司: a stem written short, characters skipped
        names -= {t for t in names if any(t != u and _short_stem(_stem(t, ends), _stem(u, ends)) for u in names)}
        kinds = self.lex.bare_head_kinds.get(word, ())
        if kinds and not names:   # (学校: a 某大学附属实验学校 named so first)
            names = self._named_with(word, kinds)
        return one_body(names, self.lex)

    def _named_with(self, word: str, ends: tuple[str, ...]) -> set[str]:
        """The article's full names ending with one of ``ends``, and the bodies a body of their own is
        named after (东江港集团 of 东江港集团工会, 某小学 of 某小学工会)."""
        names = {t for _, t in self.seen if len(t) > len(word) and t.endswith(ends) and not elided(t, self.lex)}
        return names | {t[:-len(body)] for _, t in self.seen for body in self.lex.bare_chain_bodies
                        if t.endswith(body) and t[:-len(body)].endswith(ends) and len(t) - len(body) > len(word)
                        and not elided(t, self.lex)}

    def with_seat(self, name: str) -> str:
        """``name`` as the article writes it with its seat in front, where it does so once (北陵医院 ->
        沈阳市北陵医院, also inside 沈阳市北陵医院工会); else ``name``."""
        seated = {t[:k + len(name)] for _, t in self.seen for k in range(2, len(t) - len(name) + 1)
                  if t.startswith(name, k) and self.lex.is_place(t[:k])}
        return seated.pop() if len(seated) == 1 else name

    def names_organization(self, name: str) -> bool:
        """Whether an ORG entity of the article is ``name`` (石岭煤矿; not the place 王府井商圈)."""
        return name in self.orgs

    def latest_full(self, ends: tuple[str, ...], before: int) -> str | None:
        """The full name ending with one of ``ends`` that the article writes last before ``before``
        (来到某市商务局，与该局局长…: what 该局 points back to), else None."""
        names = [(offset, t) for offset, written in self.seen if offset < before
                 for t in (written, self._registered_within(written)) if self._full_name_ending(t, ends)
                 and not (0 < offset <= len(self.text) and self.text[offset - 1] in self.lex.partner_marks)]
        return max(names)[1] if names else None   # (not 与|乙公司: 甲与乙公司签约，该公司… is 甲)

    def one_in_paragraph(self, ends: tuple[str, ...], before: int) -> str | None:
        """The one full name ending with one of ``ends`` that the paragraph writes before ``before``
        (来到某镇丰禾种植专业合作社，…。合作社理事长乙: the one just visited, where the article names
        others elsewhere), else None (南湖镇总工会和西岭镇总工会…总工会主席: either)."""
        start = self.text.rfind("\n", 0, max(before, 0)) + 1
        names = {t for offset, t in self.seen if start <= offset < before and self._full_name_ending(t, ends)}
        return names.pop() if len(names) == 1 else None

    def named_before(self, ends: tuple[str, ...], before: int) -> str | None:
        """The body with one of ``ends`` that its paragraph names before ``before`` (the one), else the
        one the article names most often before it (one_in_paragraph, most_named); else None."""
        return self.one_in_paragraph(ends, before) or self.most_named(ends, before)

    def first_named(self, ends: tuple[str, ...], before: int) -> str | None:
        """The full name ending with one of ``ends`` that the article writes first, before ``before``
        (the company its lead reports on, where a guest company is named after it), else None; None
        too where it is written beside another such name (某公司和某公司签约: which one is not said)."""
        named = sorted((offset, t) for offset, t in set(self.seen)
                       if offset < before and self._full_name_ending(t, ends))
        if not named:
            return None
        first = named[0][1]
        for offset, t in named:
            if t == first and any(o != offset and self.text[min(o + len(u), offset + len(t)):max(o, offset)]
                                  in self._joining_marks for o, u in named):
                return None
        return first

    @property
    def _joining_marks(self) -> tuple[str, ...]:
        return (*self.lex.same_office_marks, *self.lex.partner_marks, *self.lex.coordination)

    def most_named(self, ends: tuple[str, ...], before: int) -> str | None:
        """The full name ending with one of ``ends`` that the article writes before ``before`` twice or
        more and more often than any other (医院党委书记 in a report on 某医院, beside the county
        hospitals it signs with, named once each), else None."""
        # (by offset: an entity and the organization a title prints there are one mention)
        counts = Counter(t for offset, t in set(self.seen) if offset < before and self._full_name_ending(t, ends))
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    def _full_name_ending(self, name: str, ends: tuple[str, ...]) -> bool:
        """Whether ``name`` is a body's full name ending with one of ``ends``: not the ending alone,
        an anaphor's (该公司) or an elided one (区总工会)."""
        return name.endswith(ends) and name not in ends and name not in self.lex.domain.anaphoric_bodies \
            and not elided(name, self.lex)

    def _registered_within(self, name: str) -> str:
        """某药业股份有限公司新药研发中心: a unit's name that holds its company's registered name names
        that company too: the name up to its last legal form ("" where none is inside it)."""
        cut = max((name.rfind(form) + len(form) for form in self.lex.legal_forms if form in name[:-1]), default=0)
        return name[:cut] if 0 < cut < len(name) else ""

    def _opens_with_place(self, org: str) -> bool:
        return any(self.lex.is_place(org[:k]) for k in range(2, len(org) + 1))


_HOME_MIN = 3


def one_body(names: set[str], lex: RoleLexicon) -> str | None:
    """The one body ``names`` name, where they name one: 北陵医院 (a headline's) and 沈阳市北陵医院
    are one, named with its seat in full; a branch (某局江南分局, 良庆分局, 分局: ``branch_marks`` before
    the last character) is its trunk's part, not another body, where the trunk is named."""
    # (宁波分行 and 浙东商业银行宁波分行: one branch, named once with its trunk in front)
    names = {t for t in names if not any(u != t and u.endswith(t) and _seat_or_trunk(u[:-len(t)], lex) for u in names)}
    trunks = {t for t in names if len(t) < 2 or t[-2] not in lex.branch_marks}
    names = trunks or names
    return names.pop() if len(names) == 1 else None


def _seat_or_trunk(prefix: str, lex: RoleLexicon) -> bool:
    """Whether ``prefix``, written before a body's name, is its seat (沈阳市) or the body it is a part
    of (浙东商业银行, 某集团有限公司: a name ending with a body's head or a legal form)."""
    return lex.is_place(prefix) or (len(prefix) >= 3 and prefix.endswith(lex.body_holder_endings))


def _stem(name: str, ends: tuple[str, ...]) -> str:
    """东江集团 -> 东江: the name without the ending it was found by; the whole name where fewer
    than two characters would be left."""
    end = next((e for e in ends if name.endswith(e)), "")
    return name[:-len(end)] if end and len(name) - len(end) >= 2 else name


def _short_stem(short: str, full: str) -> bool:
    """苍洱文旅 of 大理苍洱文化旅游: a stem of two characters or more that skips characters of the other
    (no part of it written whole: 南宁市生态环境 of 南宁市生态环境局江南分 is its parent) while all of
    its own stand in it in order, the first among its first three."""
    return 2 <= len(short) < len(full) and short not in full and _in_order(short, full)


def _in_order(short: str, full: str) -> bool:
    """Whether every character of ``short`` stands in ``full`` in order, the first among its first
    three (全总 of 中华全国总工会, 苍洱文旅 of 大理苍洱文化旅游)."""
    rest = iter(full)
    return short[0] in full[:3] and all(ch in rest for ch in short)


def _abbreviates(short: str, full: str, lex: RoleLexicon) -> bool:
    """``short`` is ``full`` with a leading part dropped (全国总工会 of 中华全国总工会; 4+ characters
    ending like an organization), ``full`` less its legal form (某证券 of 某证券股份有限公司), or its
    initials (全总: 2-3 characters, in order, from its start)."""
    if len(short) >= 3 and full.startswith(short) and full[len(short):] in lex.legal_forms:
        return True
    if lex.domain.company_unit_short_form(short, full):
        return True   # 热轧厂 of 某股份有限公司热轧厂: the company's unit
    if full.endswith(short):   # a short name of 3 characters (国防部, 总工会) is any body's: kept
        rest = full[: -len(short)]
        return len(short) >= 4 and len(rest) >= 2 and not lex.is_place(rest) \
            and any(short.endswith(s) for s in lex.org_suffixes)
    if len(short) > 3 or short in full or any(short.endswith(s) for s in lex.org_suffixes):
        return False   # initials skip characters (全总); 以色列 is no short form of 以色列议会
    return _in_order(short, full) and any(full.endswith(s) for s in lex.org_suffixes)


def resolve_elided(org_text: str, prefix: str, chain_places: list[str], index: PlaceIndex,
                   before: int) -> str:
    """区总工会 -> 丰台区总工会 from the chain's earlier orgs, else the article; else as written."""
    place = None
    for earlier in reversed(chain_places):
        place = place_of_level(earlier, prefix, index.lex)
        if place:
            break
    place = place or index.written_in_full(org_text, prefix, before) or index.nearest(prefix, before)
    if place is None:
        return org_text
    # (雄县|县委, 雄县|县政府: the committee and government of a place of one character and its level
    # keep the level in their names; its union is 雄县总工会)
    body = org_text[len(prefix):]
    doubled = len(place) - len(prefix) == 1 and body in (*index.lex.party_committee_ends, *index.lex.place_governments)
    return place + (org_text if doubled else body)
