"""Annotation conventions of the gold guideline (GUIDELINES.md), applied after the domain rules.

Each function takes the article text and the entity ``SpanSet`` and edits the spans in place:
- ``longest_mentions``: flat, longest span: a name written in full somewhere in the article
  replaces the shorter pieces a model found at another mention of it;
- ``split_coordinated_orgs``: 怀柔区总工会|联合|区农业农村局: a coordinating verb inside a
  model's organization separates two organizations;
- ``trim_org_left_stops``: a leading function word or verb is not part of a name;
- ``union_work_places``: 平谷区工会工作 is "Pinggu's union work": the place, not an organization;
- ``honour_places``: a place at the head of an honour (北京市金牌调解组织, 通州工匠) is not listed;
- ``generic_elided_orgs``: 各镇乡、街道总工会 names no one organization.
Words and patterns come from ner_rules.yaml (``ConventionTables``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..text.chars import HAN
from ..text.scan import words_regex

if TYPE_CHECKING:  # pragma: no cover
    from .rules import SpanSet

_HAN = HAN
_NAME_CHARS = re.compile(f"[{_HAN}·]+")


@dataclass
class ConventionTables:
    coordinating_verbs: list[str]
    honour_heads: list[str]
    generic_after_union: list[str]
    generic_markers: list[str]
    place_suffixes: str
    known_orgs: re.Pattern | None   # longest listed name first (a trie regex)
    admin_splits: list[tuple[str, str]]

    event_name_breaks: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.coordinating = words_regex(self.coordinating_verbs) if self.coordinating_verbs else None
        self.event_breaks = words_regex(self.event_name_breaks) if self.event_name_breaks else None

    @classmethod
    def from_yaml(cls, data: dict) -> "ConventionTables":
        return cls(
            coordinating_verbs=list(data.get("coordinating_verbs", [])),
            honour_heads=sorted(data.get("honour_heads", []), key=len, reverse=True),
            generic_after_union=list(data.get("generic_after_union", [])),
            generic_markers=list(data.get("generic_markers", [])),
            place_suffixes="".join(data.get("place_suffix_chars", [])),
            known_orgs=words_regex(data["known_orgs"]) if data.get("known_orgs") else None,
            admin_splits=[tuple(pair) for pair in data.get("admin_splits", [])],
            event_name_breaks=list(data.get("event_name_breaks", [])),
        )


def longest_mentions(text: str, spans: "SpanSet", min_len: int = 4) -> None:
    """A known ORG/LOC name found again where the model has only shorter entities inside it
    (北京市 | 国有资产经营有限责任公司) becomes that name there too."""
    names = {text[s:e]: label for s, e, label in spans.spans
             if label in ("ORG", "LOC") and e - s >= min_len and _NAME_CHARS.fullmatch(text, s, e)}
    for name in sorted(names, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            inside = spans.overlapping(start, end)
            if inside and all(start <= s and e <= end for s, e, _ in inside) and (start, end) != inside[0][:2]:
                spans.add(start, end, names[name], override=True)
            start = text.find(name, start + 1)


def split_coordinated_orgs(text: str, spans: "SpanSet", tables: ConventionTables,
                           elided: re.Pattern | None) -> None:
    """X总工会联合区组织部: where a coordinating verb inside an organization is followed by an
    elided organization, the two are separate (联合会, 联合国 stay whole)."""
    verbs = tables.coordinating
    if elided is None or verbs is None:
        return
    for span in list(spans.spans):
        start, end, label = span
        if label != "ORG":
            continue
        for m in verbs.finditer(text, start + 2, end):
            right = elided.match(text, m.end(), end)
            if right and right.end() == end:
                spans.remove(span)
                spans.add(start, m.start(), "ORG")
                spans.add(m.end(), end, "ORG")
                break


def trim_org_left_stops(text: str, spans: "SpanSet", stops: set[str], elided: re.Pattern | None,
                        places: set[str]) -> None:
    """联合|区农业农村局, 和|丰台区委: an organization does not start with a function word. Only
    where the rest is itself a name (an elided organization, or starts with a listed place), so
    that 联合政府, 经济日报 and 经开区 stay whole."""
    longest = max((len(s) for s in stops), default=0)
    for span in list(spans.spans):
        start, end, label = span
        if label != "ORG":
            continue
        for k in range(min(longest, end - start - 2), 0, -1):
            if text[start:start + k] not in stops:
                continue
            rest = text[start + k:end]
            if (elided is not None and elided.fullmatch(rest)) or \
                    any(rest[:n] in places for n in range(2, min(len(rest) - 1, 6) + 1)):
                spans.replace(span, (start + k, end, label))
            break


def union_work_places(text: str, spans: "SpanSet", tables: ConventionTables, is_place) -> None:
    """平谷区工会|工作, 延庆工会|工作新局面: "the union work of a place"; the place is the entity."""
    if not tables.generic_after_union:
        return
    for span in list(spans.spans):
        start, end, label = span
        name = text[start:end]
        if label != "ORG" or not name.endswith("工会") or name.endswith("总工会") \
                or not text.startswith(tuple(tables.generic_after_union), end):
            continue
        place = name[:-2]
        spans.remove(span)
        if len(place) >= 2 and is_place(place):
            spans.add(start, start + len(place), "LOC")


def honour_places(text: str, spans: "SpanSet", tables: ConventionTables) -> None:
    """北京市|金牌调解组织, “通州|工匠”: a place that heads an honour is part of the honour's
    name, which is no entity."""
    if not tables.honour_heads:
        return
    heads = tuple(tables.honour_heads)
    for span in list(spans.spans):
        start, end, label = span
        if label == "LOC" and text.startswith(heads, end):
            spans.remove(span)


def generic_elided_orgs(text: str, spans: "SpanSet", tables: ConventionTables,
                        elided: re.Pattern | None, window: int = 8) -> None:
    """该区各镇乡、街道总工会: an elided organization after 各 in the same phrase is generic."""
    if elided is None or not tables.generic_markers:
        return
    for span in list(spans.spans):
        start, end, label = span
        if label != "ORG" or not elided.fullmatch(text, start, end):
            continue
        before = re.split(r"[，。；：！？\n（）]", text[max(0, start - window):start])[-1]
        if any(marker in before for marker in tables.generic_markers):
            spans.remove(span)


def is_place_name(name: str, places: set[str], suffix_chars: str) -> bool:
    """A listed place, or a name ending with 区/市/县 … (经开区, 延庆区)."""
    return name in places or (len(name) >= 2 and name[-1] in suffix_chars
                              and re.fullmatch(f"[{_HAN}]+", name) is not None)


_BRACKETED = re.compile(f"([{_HAN}]{{2,8}})[（(]([{_HAN}]{{2,4}})[）)]")


def bracketed_place_orgs(text: str, spans: "SpanSet", stop_chars: set[str]) -> None:
    """汉拿万都（北京）汽车部件有限公司: a company name with its seat in brackets is one ORG, from
    the name before the bracket (the run of characters back to a stop character)."""
    for m in _BRACKETED.finditer(text):
        org = next((sp for sp in spans.overlapping(m.end(), m.end() + 1) if sp[0] == m.end()), None)
        if org is None or org[2] != "ORG":
            continue
        start = m.start(1)
        for k in range(m.end(1) - 2, m.start(1) - 1, -1):
            if text[k] in stop_chars:
                start = k + 1
                break
        if m.end(1) - start < 2:
            continue
        inside = [sp for sp in spans.overlapping(start, m.end()) if sp != org]
        if any(sp[0] < start for sp in inside):
            continue
        for sp in inside:
            spans.remove(sp)
        spans.replace(org, (start, org[1], "ORG"))


def interpunct_names(text: str, spans: "SpanSet", stop_chars: set[str]) -> None:
    """中轴·成贤暖心驿站: a name the model starts at the interpunct takes the word before it."""
    for span in list(spans.spans):
        start, end, label = span
        if label == "PER" or text[start] != "·":
            continue
        k = start
        while k > 0 and start - k < 4 and re.match(f"[{_HAN}]", text[k - 1]) and text[k - 1] not in stop_chars \
                and not spans.overlapping(k - 1, k):
            k -= 1
        if start - k >= 2:
            spans.replace(span, (k, end, label))


def known_orgs(text: str, spans: "SpanSet", tables: ConventionTables) -> None:
    """Well-known companies and platforms (美团, 京东) from the rules file, where no entity is."""
    if tables.known_orgs is None:
        return
    for m in tables.known_orgs.finditer(text):
        if not spans.overlapping(m.start(), m.end()):
            spans.add(m.start(), m.end(), "ORG")


def split_admin_levels(text: str, spans: "SpanSet", tables: ConventionTables) -> None:
    """奥运村街道|天畅园社区: a place that runs from one administrative level into a lower one
    (街道 then 社区) is two places, as the guideline lists them."""
    for span in list(spans.spans):
        start, end, label = span
        if label != "LOC":
            continue
        name = text[start:end]
        for upper, lower in tables.admin_splits:
            cut = name.find(upper)
            if cut < 2 or not name.endswith(lower):
                continue
            cut += len(upper)
            if end - (start + cut) > len(lower) + 1:
                spans.remove(span)
                spans.add(start, start + cut, "LOC")
                spans.add(start + cut, end, "LOC")
                break


def event_name_spans(text: str, matches: list[tuple[int, int]], tables: ConventionTables) -> list[tuple[int, int]]:
    """A meeting-name pattern opens with a free run of characters, which can swallow the
    organizer (丰台区总工会召开|职工座谈会): the name starts after the last verb or function word
    in it that no name holds (召开, 举办, 在 …)."""
    if tables.event_breaks is None:
        return matches
    out = []
    for start, end in matches:
        cut = start
        for m in tables.event_breaks.finditer(text, start, end):
            cut = m.end()
        if end - cut >= 2:
            out.append((cut, end))
    return out

