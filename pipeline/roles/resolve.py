"""Places behind elided organizations: 区总工会 / 区委 / 区长 in an article about 通州区.

A place mention is (doc offset, level, place) where level is the place suffix (区, 市, 街道 ...).
Mentions come from LOC/ORG entities and from the organizations printed before titles; an elided
organization takes the nearest earlier mention of its level (same chain first), else the only
place of that level in the article, else it stays as written.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import RoleLexicon
from .text import HAN_RUN, all_han

_UPPER_LEVELS = ("省", "市")
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
        place = text[: idx + len(level)]
        if level not in _UPPER_LEVELS:
            cut = max(place.rfind(u, 0, idx) for u in _UPPER_LEVELS)
            if cut != -1 and idx - (cut + 1) >= min_before:
                place = place[cut + 1:]
        if lex.is_place(place) and len(place) - len(level) <= _MAX_PLACE_NAME:
            return place   # (a longer run is a clause ending in 省/市: 介绍了我省)
        idx = text.find(level, idx + 1)
    return None


def elided(org_text: str, lex: RoleLexicon) -> str | None:
    """The elision prefix when ``org_text`` is an elided form (区总工会 -> 区), else None."""
    for prefix in lex.elision_prefixes:
        if org_text.startswith(prefix) and len(org_text) > len(prefix):
            if any(org_text.startswith(w) for w in lex.elision_not_words):
                return None
            return prefix
    return None


@dataclass
class PlaceIndex:
    lex: RoleLexicon
    mentions: list[tuple[int, str, str]] = field(default_factory=list)  # (doc offset, level, place)
    weak: list[tuple[int, str, str]] = field(default_factory=list)      # from raw text, no entity

    def add_text(self, offset: int, text: str, weak: bool = False) -> None:
        if not text or not all_han(text):
            return   # (place_of_level reads Han text only)
        stripped = _strip_lead(text, self.lex)
        if not self.lex.level_re.search(stripped, 1) or elided(text, self.lex):
            return   # a place ends in a level written after its first character
        for level in self.lex.elision_prefixes:
            place = _level_place(stripped, level, self.lex)
            if place:
                (self.weak if weak else self.mentions).append((offset, level, place))

    def add_runs(self, offset: int, text: str) -> None:
        """Places that open a run of Han characters (通州区总工会召开… in a headline), as weak
        evidence used only when no entity or printed organization names a place of that level."""
        for m in HAN_RUN.finditer(text):
            run = m.group()
            stop = self.lex.run_strip.match(run)
            stop = stop.group() if stop else ""
            self.add_text(offset + m.start() + len(stop), run[len(stop):], weak=True)

    def nearest(self, level: str, before: int) -> str | None:
        for pool in (self.mentions, self.weak):
            earlier = [m for m in pool if m[1] == level and m[0] < before]
            if earlier:
                return max(earlier, key=lambda m: m[0])[2]
            distinct = {m[2] for m in pool if m[1] == level}
            if len(distinct) == 1:
                return distinct.pop()
        return None


def resolve_elided(org_text: str, prefix: str, chain_places: list[str], index: PlaceIndex,
                   before: int) -> str:
    """区总工会 -> 丰台区总工会 from the chain's earlier orgs, else the article; else as written."""
    place = None
    for earlier in reversed(chain_places):
        place = place_of_level(earlier, prefix, index.lex)
        if place:
            break
    place = place or index.nearest(prefix, before)
    return place + org_text[len(prefix):] if place else org_text
