"""Another country's places in an article (德国|曼海姆市, 法国图卢兹市): an elided body (市委, 区总工会,
市长 with no place) is the home's, so none of them stands for one. Not every place the gazetteer lacks
is foreign: two-character counties (雄县), districts newer than it (平城区) and short forms (湘西州) are
the home's; a place is another country's only where the text marks it so."""
from __future__ import annotations

import re

from ..text.chars import HAN, NAME_PARTS_MARK
from .lexicon import RoleLexicon


def foreign_places(text: str, places: list[tuple[int, int]], lex: RoleLexicon) -> tuple[set[str], set[str]]:
    """(another country's places, the countries named) among the article's places (offsets into
    ``text``). A place is another country's where it is no listed one and is written right after a
    country's name (德国|曼海姆市, 韩国|京畿道) or another country's place (韩国|京畿道|始兴市), or
    opens with a country's name (法国图卢兹市); not 湖南省|湘西州, 大同市|平城区, 庙滩镇|喻家湾村, whose
    first place is listed or has a level of the home's."""
    if not places:
        return set(), set()
    levels = tuple(lex.elision_prefixes)
    names = {text[s:e] for s, e in places}
    countries = _countries(names, levels, lex)
    starts = {e: s for s, e in sorted(places)}
    foreign: set[str] = set()
    foreign_at: set[int] = set()
    for s, e in sorted(places):
        place, before = text[s:e], starts.get(s)
        if lex.is_listed(place):
            continue
        if before is not None and (before in foreign_at or text[before:s] in countries) \
                or _opens_with(place, countries) or _headed_by_a_foreign_name(text, e, lex):
            foreign_at.add(s)
            foreign.add(place)
    return foreign, countries


_FOREIGN_NAME = re.compile(f"[{HAN}]{{1,10}}{NAME_PARTS_MARK}[{HAN}]")   # (克劳斯·韦伯)


def _headed_by_a_foreign_name(text: str, end: int, lex: RoleLexicon) -> bool:
    """曼海姆市|市长|克劳斯·韦伯: a place whose head's title (place_heads) is followed by a name
    written with · (a transliterated one) is another country's, its sister city named beside the
    home's."""
    title = next((t for t in lex.place_head_titles if text.startswith(t, end)), None)
    return title is not None and _FOREIGN_NAME.match(text, end + len(title)) is not None


def _countries(names: set[str], levels: tuple[str, ...], lex: RoleLexicon) -> set[str]:
    """Country names: places of two characters or more that no gazetteer lists and that end with no
    level of the home's (德国; not 昌, 浙: the home's written short), and the countries the
    abbreviations stand for (韩 -> 韩国); not a place's name less its level written with it too (酉阳
    beside 酉阳县, 伊滨 beside 伊滨区); and what opens one place before another (意大利 of
    意大利帕尔马市 beside 帕尔马市)."""
    found = {n for n in names if len(n) >= 2 and not lex.is_listed(n) and not n.endswith(levels)}
    found |= lex.abbreviated_countries
    found = {c for c in found if not any(n.startswith(c) and n[len(c):] in levels for n in names)}
    found |= {a[:-len(b)] for a in names for b in names if len(a) - len(b) >= 2 and a.endswith(b)
              and not lex.is_listed(b) and not lex.is_listed(a[:-len(b)]) and not a[:-len(b)].endswith(levels)}
    return found


def opening_country(place: str, countries: set[str], rest: int = 1) -> str | None:
    """The country ``place`` opens with, ``rest`` characters or more written after it (法国|图卢兹市),
    the longest where two do (the same in every run: ``countries`` is a set), else None."""
    return max((c for c in countries if place.startswith(c) and len(place) - len(c) >= rest),
               key=lambda c: (len(c), c), default=None)


def _opens_with(place: str, countries: set[str]) -> bool:
    return opening_country(place, countries) is not None


def is_foreign(place: str, foreign: set[str], countries: set[str]) -> bool:
    """Another country's place: marked so, written with one or without its country (法国图卢兹市 of a
    title's organization, 法国图卢兹市|市长; 帕尔马市 beside 意大利帕尔马市), or opening with a
    country's name."""
    return any(place.endswith(f) or f.endswith(place) for f in foreign) or _opens_with(place, countries)
