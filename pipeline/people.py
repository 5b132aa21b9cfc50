"""People registry of a run: one record per distinct person (SCHEMA.md people.jsonl).

A name seen in several articles is one person when the contexts are compatible: either side has
no organization, or some organization of the mention agrees with one of the person's: equal, one
contains the other, or the same place prefix (丰台区委 / 丰台区总工会). A person may hold posts in
unrelated bodies (a town office and a village branch): one shared organization is enough. The
same name whose organizations all conflict (门头沟区总工会 / 一家公司) stays two people.
``刘淑珍 吕明`` (names separated by a space) are two people. Each position keeps the articles and
the issue dates where it was seen: the person's timeline. Ids are ``P0001``... in order of
first appearance, so a run over the same input gives the same ids.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# A place prefix: the shortest leading run ending in an administrative suffix (丰台区, 北京市).
_PLACE = re.compile(r"^(?:中共|中国共产党)?([\u4e00-\u9fff]{2,}?(?:自治区|自治州|街道|省|市|区|县|镇|乡))")
_SPACES = re.compile(r"[\s\u3000]+")


def place_prefix(org: str) -> str | None:
    m = _PLACE.match(org or "")
    return m.group(1) if m else None


def orgs_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b or a == b or a in b or b in a:
        return True
    pa, pb = place_prefix(a), place_prefix(b)
    return pa is not None and pa == pb


def split_names(name: str) -> list[str]:
    """`刘淑珍 吕明` -> two names; a name without spaces is itself."""
    return [n for n in _SPACES.split(name.strip()) if n]


@dataclass
class _Seen:
    article_ids: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)

    def add(self, article_id: str, date: str | None) -> None:
        if article_id not in self.article_ids:
            self.article_ids.append(article_id)
        if date and date not in self.dates:
            self.dates.append(date)


@dataclass
class _Person:
    person_id: str
    name: str
    orgs: list[str] = field(default_factory=list)
    positions: dict[tuple[str, str | None], _Seen] = field(default_factory=dict)
    article_ids: list[str] = field(default_factory=list)

    def affinity(self, orgs: list[str]) -> int | None:
        """How well a mention with ``orgs`` fits: None when its context conflicts, 2 for a shared
        organization, 1 for a compatible one, 0 when either side has none."""
        if not orgs or not self.orgs:
            return 0
        if set(orgs) & set(self.orgs):
            return 2
        return 1 if any(orgs_compatible(a, b) for a in self.orgs for b in orgs) else None

    def add(self, article_id: str, roles: list[dict], date: str | None) -> None:
        if article_id not in self.article_ids:
            self.article_ids.append(article_id)
        for role in roles:
            self.positions.setdefault((role["position"], role.get("org")), _Seen()).add(article_id, date)
            if role.get("org") and role["org"] not in self.orgs:
                self.orgs.append(role["org"])

    def record(self) -> dict:
        # positions in the order they were first seen in time (undated ones keep their place)
        items = sorted(self.positions.items(), key=lambda kv: min(kv[1].dates) if kv[1].dates else "")
        return {"person_id": self.person_id, "name": self.name,
                "positions": [{"position": p, "org": o, "article_ids": list(seen.article_ids),
                               "dates": sorted(seen.dates)}
                              for (p, o), seen in items],
                "article_ids": list(self.article_ids)}


class PeopleRegistry:
    def __init__(self) -> None:
        self._people: list[_Person] = []
        self._by_name: dict[str, list[_Person]] = {}

    def add(self, article_id: str, person_names: list[str], roles: list[dict],
            issue_date: str | None = None) -> None:
        """One article: the PER names it mentions, its role records and the issue's date."""
        by_name: dict[str, list[dict]] = {}
        for role in roles:
            parts = split_names(role["person"] or "")
            if parts:   # `主席甲 乙`: the title is printed before the first name
                by_name.setdefault(parts[0], []).append(role)
        mentioned = [part for n in person_names if n for part in split_names(n)]
        names = list(dict.fromkeys(mentioned + list(by_name)))
        for name in names:
            name_roles = by_name.get(name, [])
            self._match(name, [r["org"] for r in name_roles if r.get("org")]).add(article_id, name_roles, issue_date)

    def _match(self, name: str, orgs: list[str]) -> _Person:
        candidates = self._by_name.setdefault(name, [])
        fits = [(a, -k, p) for k, p in enumerate(candidates) if (a := p.affinity(orgs)) is not None]
        if fits:
            return max(fits, key=lambda f: f[:2])[2]   # the best fit, the earliest on a tie
        person = _Person(f"P{len(self._people) + 1:04d}", name)
        self._people.append(person)
        candidates.append(person)
        return person

    def records(self) -> list[dict]:
        return [p.record() for p in self._people]
